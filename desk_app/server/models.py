"""Tables of the county server (PostgreSQL) — created by the server's own
Alembic migrations in ``desk_app/server/migrations``.

The server is partitioned by county: every row that belongs to a county
carries its code, and a deployment may hold one county or several.

- ``workstations``: enrolled counters; only the SHA-256 of their token is kept.
- ``enrolment_codes``: one-time codes an admin hands to a counter (hashed).
- ``batches``: every applied batch id, so a replayed batch changes nothing.
- ``changes``: the county's change feed; ``seq`` is the pull cursor.
- ``requests``: the current version of every request in the county.
- ``request_versions``: every version ever received, from every workstation (``data``
  NULL while it is the request's current text, filled in before that changes).
- ``conflicts``: a request changed at two counters since their last sync.
- ``number_leases``: number blocks leased per workstation, series and year (the
  county's registration numbers; each office's decision numbers).
- ``server_audit``: who enrolled, revoked, resolved what.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class ServerBase(DeclarativeBase):
    pass


class Workstation(ServerBase):
    __tablename__ = "workstations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    county: Mapped[str] = mapped_column(String(2), default="")
    office_code: Mapped[str] = mapped_column(String(20), default="")
    office_name: Mapped[str] = mapped_column(String(200), default="")
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    enrolled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                            nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                           nullable=True)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                             nullable=True)


class EnrolmentCode(ServerBase):
    __tablename__ = "enrolment_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    workstation: Mapped[str] = mapped_column(String(60))
    county: Mapped[str] = mapped_column(String(2), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Batch(ServerBase):
    __tablename__ = "batches"

    batch_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    workstation_id: Mapped[int] = mapped_column(ForeignKey("workstations.id"))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    changes: Mapped[int] = mapped_column(Integer)
    checksum: Mapped[str] = mapped_column(String(64))
    conflicts: Mapped[int] = mapped_column(Integer, default=0)


class Change(ServerBase):
    __tablename__ = "changes"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    county: Mapped[str] = mapped_column(String(2))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    origin_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    payload: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_changes_county_seq", "county", "seq"),)


class ServerRequest(ServerBase):
    __tablename__ = "requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    county: Mapped[str] = mapped_column(String(2))
    annex_id: Mapped[str] = mapped_column(String(8))
    registration_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registration_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    applicant_cnp: Mapped[str] = mapped_column(String(13), default="")
    deceased_cnp: Mapped[str] = mapped_column(String(13), default="")
    status: Mapped[str] = mapped_column(String(20))
    data: Mapped[str] = mapped_column(Text)
    checksum: Mapped[str] = mapped_column(String(64))
    server_version: Mapped[int] = mapped_column(Integer)
    origin_id: Mapped[int] = mapped_column(Integer)
    last_writer_id: Mapped[int] = mapped_column(Integer)
    last_writer_seq: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    __table_args__ = (
        Index("ix_srv_requests_number", "county", "registration_year", "registration_no"),
        Index("ix_srv_requests_applicant", "county", "applicant_cnp"),
        Index("ix_srv_requests_deceased", "county", "deceased_cnp"),
    )


class RequestVersion(ServerBase):
    __tablename__ = "request_versions"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(36), index=True)
    workstation_id: Mapped[int] = mapped_column(Integer)
    client_seq: Mapped[int] = mapped_column(BigInteger)
    base_version: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[str] = mapped_column(String(40))
    # NULL: the same text as the request's current row (filled in before it changes).
    data: Mapped[str | None] = mapped_column(Text, nullable=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    __table_args__ = (UniqueConstraint("workstation_id", "client_seq",
                                       name="uq_version_origin"),)


class Conflict(ServerBase):
    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    county: Mapped[str] = mapped_column(String(2))
    request_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    kept_data: Mapped[str] = mapped_column(Text)
    other_data: Mapped[str] = mapped_column(Text)
    kept_workstation: Mapped[str] = mapped_column(String(60))
    other_workstation: Mapped[str] = mapped_column(String(60))
    rule: Mapped[str] = mapped_column(String(300))
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                            nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
    choice: Mapped[str] = mapped_column(String(10), default="")


class NumberLease(ServerBase):
    __tablename__ = "number_leases"

    id: Mapped[int] = mapped_column(primary_key=True)
    lease_id: Mapped[str] = mapped_column(String(40), unique=True)
    county: Mapped[str] = mapped_column(String(2))
    series: Mapped[str] = mapped_column(String(60), default="request")
    year: Mapped[int] = mapped_column(Integer)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    workstation_id: Mapped[int] = mapped_column(ForeignKey("workstations.id"))
    leased_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    __table_args__ = (UniqueConstraint("county", "series", "year", "first",
                                       name="uq_lease_range"),)


class ServerAudit(ServerBase):
    __tablename__ = "server_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    details: Mapped[str] = mapped_column(Text)

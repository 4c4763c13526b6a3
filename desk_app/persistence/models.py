"""SQLAlchemy 2 typed models of the embedded store (SQLite) — the schema that
Alembic migrations in ``db/migrations`` create.

Requests keep common columns (registration, status, applicant, deadline) next
to a JSON payload validated against the annex spec; the spec version is stored
with each request so old requests still print as they were registered.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Office(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    county_code: Mapped[str] = mapped_column(String(2))
    office_code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    __table_args__ = (UniqueConstraint("county_code", "office_code"),)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    cnp: Mapped[str] = mapped_column(String(13), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    father_name: Mapped[str] = mapped_column(String(100), default="")
    mother_name: Mapped[str] = mapped_column(String(100), default="")
    birth_place: Mapped[str] = mapped_column(String(150), default="")
    locality: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(150), default="")
    street_no: Mapped[str] = mapped_column(String(20), default="")
    block: Mapped[str] = mapped_column(String(20), default="")
    staircase: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[str] = mapped_column(String(20), default="")
    apartment: Mapped[str] = mapped_column(String(20), default="")
    county: Mapped[str] = mapped_column(String(60), default="")
    id_type: Mapped[str] = mapped_column(String(40), default="carte de identitate")
    id_series: Mapped[str] = mapped_column(String(10), default="")
    id_number: Mapped[str] = mapped_column(String(20), default="")
    id_issuer: Mapped[str] = mapped_column(String(120), default="")
    id_issued_on: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Request(Base):
    __tablename__ = "requests"

    # Integer key: the search index (FTS5) addresses rows by it.
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    annex_id: Mapped[str] = mapped_column(String(8))
    spec_version: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    applicant_cnp: Mapped[str] = mapped_column(String(13), default="")
    applicant_name: Mapped[str] = mapped_column(String(250), default="")
    registration_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registration_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registration_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    payload: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(60))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("registration_year", "registration_no", name="uq_registration"),
        Index("ix_requests_applicant_cnp", "applicant_cnp"),
        Index("ix_requests_status_deadline", "status", "deadline"),
        Index("ix_requests_registration_date", "registration_date"),
    )


class RequestDocument(Base):
    __tablename__ = "request_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_row_id: Mapped[int] = mapped_column(ForeignKey("requests.row_id", ondelete="CASCADE"),
                                                index=True)
    key: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(40), default="")
    series: Mapped[str] = mapped_column(String(20), default="")
    number: Mapped[str] = mapped_column(String(40), default="")
    issued_on: Mapped[str] = mapped_column(String(10), default="")


class StatusChange(Base):
    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_row_id: Mapped[int] = mapped_column(ForeignKey("requests.row_id", ondelete="CASCADE"),
                                                index=True)
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(String(500), default="")


class NumberBlock(Base):
    """A range of registration numbers this store may issue for a year.

    ``source`` is ``local`` for a standalone office (open-ended, ``last`` is
    NULL) or ``server`` for a block leased from the county server.
    """

    __tablename__ = "number_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int | None] = mapped_column(Integer, nullable=True)
    next_no: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10), default="local")
    lease_id: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class VoidedNumber(Base):
    __tablename__ = "voided_numbers"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    voided_by: Mapped[str] = mapped_column(String(60))
    voided_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(500))
    __table_args__ = (UniqueConstraint("year", "number"),)


class AuditEntry(Base):
    """Append-only (triggers refuse UPDATE/DELETE); each entry hashes the previous."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxEntry(Base):
    """A change waiting to be pushed to the county server (see the sync issue)."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    operation: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)
    batch_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    synced_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    __table_args__ = (Index("ix_outbox_pending", "synced_at", "id"),)


class Setting(Base):
    """Business settings kept with the data (backed up and migrated with it)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Calculation(Base):
    """A calculator result saved with a pension request (inputs, outputs and the
    reference values used), for the decision to be issued from."""

    __tablename__ = "calculations"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_row_id: Mapped[int] = mapped_column(ForeignKey("requests.row_id", ondelete="CASCADE"),
                                                index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))
    case_json: Mapped[str] = mapped_column(Text)
    result_json: Mapped[str] = mapped_column(Text)


class ReferenceOverride(Base):
    """A value of the law entered or corrected by an admin (a new reference point
    value, an average salary the law leaves to the statistics institute…).
    Rows supersede the shipped CSV row with the same key; never edited in place:
    a correction is a newer row."""

    __tablename__ = "reference_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(80), index=True)
    row_json: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60))

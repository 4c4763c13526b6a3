"""Tables of decisions (created by migration ``0005_decisions``).

- ``decision_templates``: the wording of each kind of decision, set by CNPP
  orders and edited by an admin; never changed in place — an edit is a new
  version, and every decision keeps the version it was issued with.
- ``decisions``: one row per decision issued for a request, with its own number
  series per office and year, the grant data, the rejection reason, the exact
  filled text (so a reprint is word for word the signed original even after
  the template changes), and the communication record.
- ``decision_counters``: the next decision number of an office in a year
  (a workstation not enrolled with the county server).
- ``decision_blocks``: decision numbers leased from the county server for this
  office and year (an enrolled workstation issues only from these, so two
  workstations of one office never give the same number offline).
- ``death_aid_payments``: the payment of a death aid (cash at the counter, bank
  transfer or postal order) that the mention on the death certificate shows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.persistence.models import Base


class DecisionTemplate(Base):
    __tablename__ = "decision_templates"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    version: Mapped[int] = mapped_column(Integer)
    body_json: Mapped[str] = mapped_column(Text)  # title, legal basis, paragraphs…
    note: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Decision(Base):
    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("office_id", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    request_row_id: Mapped[int] = mapped_column(ForeignKey("requests.row_id"), index=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(10))  # admit | reject
    template_version: Mapped[int] = mapped_column(Integer)
    grant_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    amount_lei: Mapped[str] = mapped_column(String(20), default="")
    reason_code: Mapped[str] = mapped_column(String(40), default="")
    reason_text: Mapped[str] = mapped_column(String(2000), default="")
    content_json: Mapped[str] = mapped_column(Text)  # the filled document, as printed
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    communicated_how: Mapped[str] = mapped_column(String(20), default="")
    communicated_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    communicated_ref: Mapped[str] = mapped_column(String(100), default="")
    communicated_by: Mapped[str] = mapped_column(String(60), default="")


class DecisionCounter(Base):
    __tablename__ = "decision_counters"

    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_no: Mapped[int] = mapped_column(Integer)


class DecisionBlock(Base):
    __tablename__ = "decision_blocks"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    next_no: Mapped[int] = mapped_column(Integer)
    lease_id: Mapped[str] = mapped_column(String(40), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class DeathAidPayment(Base):
    __tablename__ = "death_aid_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_row_id: Mapped[int] = mapped_column(ForeignKey("requests.row_id"), unique=True)
    method: Mapped[str] = mapped_column(String(20))  # cash | transfer | postal_order
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_lei: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(100), default="")  # OP / mandat no.
    recorded_by: Mapped[str] = mapped_column(String(60))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)

"""The "Termene" view: open requests by due date, overdue in red, due within
5 working days in amber (art. 58 (5) and art. 100 (3) of the norms)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.domain.deadlines import working_days_between
from desk_app.domain.statuses import OPEN
from desk_app.persistence.models import Request
from desk_app.services.queries import RequestSummary, summary_of
from desk_app.services.store import Store

SOON_WORKING_DAYS = 5


@dataclass(frozen=True)
class DeadlineRow:
    request: RequestSummary
    created_by: str
    level: str  # "overdue" | "soon" | "ok"
    working_days_left: int

    @property
    def level_label(self) -> str:
        if self.level == "overdue":
            return "depășit"
        if self.level == "soon":
            return f"{self.working_days_left} zile lucrătoare"
        return "în termen"


def level_of(deadline: dt.date, today: dt.date) -> tuple[str, int]:
    if deadline < today:
        return "overdue", -working_days_between(deadline, today)
    left = working_days_between(today, deadline)
    return ("soon" if left <= SOON_WORKING_DAYS else "ok"), left


def open_deadlines(store: Store, *, clerk: str | None = None, today: dt.date | None = None,
                   limit: int = 2000) -> list[DeadlineRow]:
    """Open requests with a legal deadline, the most urgent first."""
    today = today or dt.date.today()
    stmt = (select(Request).where(Request.status.in_([s.value for s in OPEN]),
                                  Request.deadline.is_not(None))
            .order_by(Request.deadline, Request.registration_no).limit(limit))
    if clerk:
        stmt = stmt.where(Request.created_by == clerk)
    with store.read() as session:
        rows = []
        for row in session.execute(stmt).scalars():
            level, left = level_of(row.deadline, today)
            rows.append(DeadlineRow(summary_of(row), row.created_by, level, left))
        return rows

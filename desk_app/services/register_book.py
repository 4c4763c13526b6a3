"""The registry book (registrul de intrare-ieșire): every registered request of
a period in number order, with its type, status and the newest decision; the
statistics printed after it (by type, by month) and the usual periods.

The query selects only the columns the book shows and builds one small frozen
row per request (no ORM object): a year of a large county office is about
100,000 rows (bench/bench_register_book.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desk_app.domain.annexes import UnknownAnnex, get_spec
from desk_app.domain.statuses import Status, label
from desk_app.persistence.decision_models import Decision
from desk_app.persistence.models import Request
from desk_app.services.store import Store

MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
          "septembrie", "octombrie", "noiembrie", "decembrie")
MONTHS_SHORT = ("ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sep.", "oct.",
                "nov.", "dec.")
# The columns of the printed book and of the GUI table.
BOOK_HEADERS = ("Nr.", "Data", "Solicitant", "CNP", "Tipul cererii", "Stare",
                "Decizia nr. / data")


@dataclass(frozen=True, slots=True)
class BookRow:
    request_id: str
    year: int
    number: int
    registration_date: dt.date
    applicant_name: str
    applicant_cnp: str
    annex_id: str
    request_type: str
    status: str
    status_label: str
    decision_no: int | None = None
    decision_year: int | None = None
    decision_date: dt.date | None = None

    @property
    def decision_text(self) -> str:
        """``"12 / 03.02.2026"``; empty when no decision was issued yet."""
        if self.decision_no is None:
            return ""
        when = f"{self.decision_date:%d.%m.%Y}" if self.decision_date else ""
        return f"{self.decision_no} / {when}" if when else str(self.decision_no)

    def cells(self) -> tuple[str, str, str, str, str, str, str]:
        """The row as the printed book shows it (one string per column of BOOK_HEADERS)."""
        return (str(self.number), f"{self.registration_date:%d.%m.%Y}", self.applicant_name,
                self.applicant_cnp, self.request_type, self.status_label, self.decision_text)


@dataclass(frozen=True)
class Stats:
    total: int
    with_decision: int
    by_type: tuple[tuple[str, int], ...]  # most frequent first
    by_month: tuple[tuple[int, int, int], ...]  # (year, month, count), in calendar order
    by_status: tuple[tuple[str, int], ...]  # status label, count; in the order of the flow

    def month_rows(self) -> list[tuple[str, int]]:
        """``[("ianuarie 2026", 812), …]`` for tables."""
        return [(month_label(y, m), n) for y, m, n in self.by_month]


@dataclass(frozen=True)
class Period:
    key: str  # day | month | year
    label: str
    start: dt.date
    end: dt.date


def month_label(year: int, month: int, *, short: bool = False) -> str:
    return f"{(MONTHS_SHORT if short else MONTHS)[month - 1]} {year}"


def type_title(annex_id: str) -> str:
    try:
        return get_spec(annex_id).short_title
    except UnknownAnnex:
        return f"Anexa {annex_id}"


def book_rows(store: Store, start: dt.date, end: dt.date) -> list[BookRow]:
    """Registered requests (drafts excluded) with registration date in [start, end],
    in (year, number) order, each with its newest decision if any."""
    newest = aliased(Decision)
    # The newest decision of the request: a correlated subquery in the join
    # condition, answered from the index on decisions.request_row_id.
    newest_id = (select(Decision.id).where(Decision.request_row_id == Request.row_id)
                 .order_by(Decision.issued_on.desc(), Decision.id.desc()).limit(1)
                 .correlate(Request).scalar_subquery())
    stmt = (select(Request.id, Request.registration_year, Request.registration_no,
                   Request.registration_date, Request.applicant_name, Request.applicant_cnp,
                   Request.annex_id, Request.status, newest.number, newest.year,
                   newest.issued_on)
            .outerjoin(newest, newest.id == newest_id)
            .where(Request.registration_date >= start, Request.registration_date <= end,
                   Request.status != Status.DRAFT.value,
                   Request.registration_no.is_not(None))
            .order_by(Request.registration_year, Request.registration_no))
    titles: dict[str, str] = {}
    labels: dict[str, str] = {}
    rows: list[BookRow] = []
    append = rows.append
    with store.read() as session:
        for (request_id, year, number, day, name, cnp, annex_id, status, d_no, d_year,
             d_date) in session.execute(stmt):
            title = titles.get(annex_id)
            if title is None:
                title = titles[annex_id] = type_title(annex_id)
            status_label = labels.get(status)
            if status_label is None:
                status_label = labels[status] = label(status)
            append(BookRow(request_id, year, number, day, name, cnp, annex_id, title, status,
                           status_label, d_no, d_year, d_date))
    return rows


def statistics(rows: list[BookRow]) -> Stats:
    """Counts of the book: by type, by month of registration, by status."""
    by_type = Counter(row.request_type for row in rows)
    by_month = Counter((row.registration_date.year, row.registration_date.month) for row in rows)
    by_status = Counter(row.status for row in rows)
    order = {status.value: index for index, status in enumerate(Status)}
    return Stats(
        total=len(rows),
        with_decision=sum(1 for row in rows if row.decision_no is not None),
        by_type=tuple(sorted(by_type.items(), key=lambda item: (-item[1], item[0]))),
        by_month=tuple((y, m, n) for (y, m), n in sorted(by_month.items())),
        by_status=tuple((label(s), n) for s, n in
                        sorted(by_status.items(), key=lambda item: order.get(item[0], 99))),
    )


def period_presets(today: dt.date) -> list[Period]:
    """Today, this calendar month, this calendar year."""
    first_of_month = today.replace(day=1)
    next_month = (first_of_month + dt.timedelta(days=32)).replace(day=1)
    return [
        Period("day", "Azi", today, today),
        Period("month", "Luna aceasta", first_of_month, next_month - dt.timedelta(days=1)),
        Period("year", "Anul acesta", dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)),
    ]


def period_text(start: dt.date, end: dt.date) -> str:
    """How the book names its period ("01.01.2026 – 31.12.2026", or one day)."""
    if start == end:
        return f"{start:%d.%m.%Y}"
    return f"{start:%d.%m.%Y} – {end:%d.%m.%Y}"

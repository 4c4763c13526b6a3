"""Decision numbers: one series per office and year (issue 5).

A workstation not enrolled with the county server counts on its own
(``decision_counters``). An enrolled one issues only from blocks the server
leased for the series ``decision:<office code>`` (``decision_blocks``), like
registration numbers, so two workstations of one office never give the same
number while offline. A number already used (a decision issued before
enrolment) is skipped, never given twice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.persistence.decision_models import Decision, DecisionBlock, DecisionCounter

REFILL_THRESHOLD = 0.2  # ask for a new block when a fifth of the current one is left


class NoDecisionNumbers(LookupError):
    """An enrolled workstation has no leased decision number left for the year."""


def series_of(office_code: str) -> str:
    return f"decision:{office_code}"


def _used(session: Session, office_id: int, year: int, number: int) -> bool:
    return session.execute(select(Decision.id).where(
        Decision.office_id == office_id, Decision.year == year,
        Decision.number == number)).first() is not None


def next_number(session: Session, office_id: int, year: int, *, leased: bool) -> int:
    """Take the next decision number inside the caller's write transaction."""
    if not leased:
        counter = session.get(DecisionCounter, (office_id, year))
        if counter is None:
            counter = DecisionCounter(office_id=office_id, year=year, next_no=1)
            session.add(counter)
        while _used(session, office_id, year, counter.next_no):
            counter.next_no += 1
        number = counter.next_no
        counter.next_no = number + 1
        return number
    blocks = session.execute(select(DecisionBlock).where(
        DecisionBlock.office_id == office_id, DecisionBlock.year == year,
        DecisionBlock.next_no <= DecisionBlock.last).order_by(DecisionBlock.first)).scalars()
    for block in blocks:
        while block.next_no <= block.last and _used(session, office_id, year, block.next_no):
            block.next_no += 1
        if block.next_no <= block.last:
            number = block.next_no
            block.next_no = number + 1
            return number
    raise NoDecisionNumbers(year)


def numbers_left(session: Session, office_id: int, year: int) -> tuple[int, int]:
    """(numbers left, size of the newest block) of the leased decision blocks."""
    left = session.execute(select(func.coalesce(func.sum(
        DecisionBlock.last - DecisionBlock.next_no + 1), 0)).where(
        DecisionBlock.office_id == office_id, DecisionBlock.year == year,
        DecisionBlock.next_no <= DecisionBlock.last)).scalar_one()
    size = session.execute(select(DecisionBlock.last - DecisionBlock.first + 1).where(
        DecisionBlock.office_id == office_id, DecisionBlock.year == year)
        .order_by(DecisionBlock.first.desc()).limit(1)).scalar()
    return int(left), int(size or 0)


def store_block(session: Session, office_id: int, block: dict[str, Any]) -> None:
    """Keep a leased block (once: the same lease answered twice is stored once)."""
    lease_id = str(block["lease_id"])
    if session.execute(select(DecisionBlock.id).where(
            DecisionBlock.lease_id == lease_id)).first():
        return
    session.add(DecisionBlock(office_id=office_id, year=int(block["year"]),
                              first=int(block["first"]), last=int(block["last"]),
                              next_no=int(block["first"]), lease_id=lease_id,
                              created_at=dt.datetime.now()))

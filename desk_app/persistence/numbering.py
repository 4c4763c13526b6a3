"""Registration numbers: unique in the county for the year, allocated offline,
never issued twice.

A number is taken from a :class:`NumberBlock` *inside the same write
transaction that stores the registered request*: either both are committed or
neither is. A process killed between allocation and commit therefore leaves no
issued number behind (nothing was printed or shown), and the next registration
takes that number — no gap, no duplicate. Numbers voided after registration
stay used and are recorded in ``voided_numbers`` (who and why).

A standalone office has one open-ended ``local`` block per year. Enrolled
workstations receive ``server`` blocks leased by the county server (sync
issue) and ask for a new one when 20 % of the current block is left.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.persistence.models import NumberBlock, Request

REFILL_THRESHOLD = 0.2


class NoNumbersLeft(RuntimeError):
    def __str__(self) -> str:
        return ("Nu mai sunt numere de înregistrare disponibile pentru acest an. "
                "Sincronizați cu serverul județean pentru a primi un bloc nou.")


def allocate(session: Session, year: int, *, standalone: bool = True) -> int:
    """Take the next number of the year (call inside a write transaction)."""
    for _attempt in range(2):
        row = session.execute(
            text(
                "UPDATE number_blocks SET next_no = next_no + 1 "
                "WHERE id = (SELECT id FROM number_blocks WHERE year = :year "
                "AND (last IS NULL OR next_no <= last) ORDER BY first LIMIT 1) "
                "RETURNING next_no - 1"
            ),
            {"year": year},
        ).first()
        if row is not None:
            return int(row[0])
        if not standalone:
            raise NoNumbersLeft()
        _open_local_block(session, year, 1)
    raise NoNumbersLeft()


def _open_local_block(session: Session, year: int, first: int) -> NumberBlock:
    block = NumberBlock(year=year, first=first, last=None, next_no=first, source="local",
                        created_at=dt.datetime.now())
    session.add(block)
    session.flush()
    return block


def highest_used(session: Session, year: int) -> int:
    return session.execute(
        select(func.max(Request.registration_no)).where(Request.registration_year == year)
    ).scalar_one() or 0


def next_number(session: Session, year: int) -> int | None:
    block = session.execute(
        select(NumberBlock).where(NumberBlock.year == year)
        .where((NumberBlock.last.is_(None)) | (NumberBlock.next_no <= NumberBlock.last))
        .order_by(NumberBlock.first).limit(1)
    ).scalar_one_or_none()
    return block.next_no if block else None


def set_next_local_number(session: Session, year: int, next_no: int) -> int:
    """Continue a paper register: the next number issued will be ``next_no``.

    Only forward: a number already issued can never be issued again.
    Returns the previous next number.
    """
    used = highest_used(session, year)
    if next_no <= used:
        raise ValueError(f"Numărul următor trebuie să fie mai mare decât {used}, ultimul "
                         "număr folosit în acest an.")
    block = session.execute(
        select(NumberBlock).where(NumberBlock.year == year, NumberBlock.source == "local")
    ).scalar_one_or_none()
    if block is None:
        _open_local_block(session, year, next_no)
        return 1
    previous = block.next_no
    if next_no < previous:
        raise ValueError(f"Numărul următor nu poate coborî sub {previous}.")
    block.next_no = next_no
    return previous


def numbers_left(session: Session, year: int) -> int | None:
    """How many numbers the leased blocks still hold (None: open-ended local)."""
    blocks = session.execute(select(NumberBlock).where(NumberBlock.year == year)).scalars()
    left = 0
    for block in blocks:
        if block.last is None:
            return None
        left += max(0, block.last - block.next_no + 1)
    return left

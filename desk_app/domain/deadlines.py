"""Legal terms: "zile libere" and working days with Romanian public holidays.

* Art. 58 (5) of the norms (HG 181/2024): terms for filing and solving pension
  requests are counted in "zile libere" — neither the day the term starts nor
  the day it ends is counted; a last day that is not a working day (weekend,
  legal holiday) moves to the next working day.
* Art. 100 (3) of the norms: the 3 working days for paying the death aid are
  counted the same way (Civil Code), over working days.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _romanian_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.Romania(years=year).keys())


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _romanian_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the next one."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def free_days_deadline(start: dt.date, days: int) -> dt.date:
    """Last day of a term of ``days`` "zile libere" starting on ``start``.

    The start day is not counted and the term runs ``days`` full days; the day
    after them is the last day (not counted in the term either), moved to the
    next working day when it is not one (art. 58 (5) of the norms).
    """
    last = start + dt.timedelta(days=days + 1)
    return next_working_day(last)


def working_days_deadline(start: dt.date, days: int) -> dt.date:
    """Last day of a term of ``days`` working days (art. 100 (3) of the norms).

    The start day is not counted; ``days`` working days follow; the term ends
    on the next working day after them (the last day is not counted).
    """
    day = start
    counted = 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return next_working_day(day + dt.timedelta(days=1))


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 if end <= start)."""
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count

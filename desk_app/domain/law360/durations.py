"""Durations of contribution periods in years, months and days.

Art. 16 (1) of the norms (HG 181/2024): the contribution period is established
and expressed in calendar days and shown as years/months/days (art. 39 (3)).
For points a year is 360 days and a month 30 days: the per-month and per-day
rates of art. 54–56 of the norms are the yearly rates divided by 12 and 360.

A dated period counts both its first and last day (inclusive); its length is
the calendar difference (``relativedelta``), so 01.01.2000–31.12.2000 is
exactly 1 year and 15.01–14.02 exactly 1 month. Durations of several periods
are added component-wise and then normalised (30 days = 1 month, 12 months =
1 year), which is how a contribution record is summed at the counter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

DAYS_PER_MONTH = 30
MONTHS_PER_YEAR = 12
DAYS_PER_YEAR = DAYS_PER_MONTH * MONTHS_PER_YEAR


@dataclass(frozen=True, order=False)
class Duration:
    """A non-negative period in years, months and days, always normalised."""

    years: int = 0
    months: int = 0
    days: int = 0

    def __post_init__(self) -> None:
        if self.years < 0 or self.months < 0 or self.days < 0:
            raise ValueError("a duration cannot be negative")
        if self.months >= MONTHS_PER_YEAR or self.days >= DAYS_PER_MONTH:
            raise ValueError("use Duration.of() for a duration that is not normalised")

    @staticmethod
    def of(years: int = 0, months: int = 0, days: int = 0) -> Duration:
        """Build a normalised duration from any non-negative components."""
        return Duration.from_days(years * DAYS_PER_YEAR + months * DAYS_PER_MONTH + days)

    @staticmethod
    def from_days(total: int) -> Duration:
        """360-day years and 30-day months (art. 54 (2) of the norms)."""
        if total < 0:
            raise ValueError("a duration cannot be negative")
        years, rest = divmod(total, DAYS_PER_YEAR)
        months, days = divmod(rest, DAYS_PER_MONTH)
        return Duration(years, months, days)

    @staticmethod
    def zero() -> Duration:
        return _ZERO

    @property
    def total_days(self) -> int:
        return self.years * DAYS_PER_YEAR + self.months * DAYS_PER_MONTH + self.days

    @property
    def total_months(self) -> int:
        """Whole months (days dropped)."""
        return self.years * MONTHS_PER_YEAR + self.months

    def __add__(self, other: Duration) -> Duration:
        return Duration.from_days(self.total_days + other.total_days)

    def minus(self, other: Duration) -> Duration:
        """``self - other``, never below zero."""
        return Duration.from_days(max(0, self.total_days - other.total_days))

    def __lt__(self, other: Duration) -> bool:
        return self.total_days < other.total_days

    def __le__(self, other: Duration) -> bool:
        return self.total_days <= other.total_days

    def __gt__(self, other: Duration) -> bool:
        return self.total_days > other.total_days

    def __ge__(self, other: Duration) -> bool:
        return self.total_days >= other.total_days

    def __bool__(self) -> bool:
        return self.total_days > 0

    def to_json(self) -> dict[str, int]:
        return {"years": self.years, "months": self.months, "days": self.days}

    def ro(self) -> str:
        """Romanian text, e.g. ``33 ani 3 luni 0 zile``."""
        return f"{self.years} {_unit(self.years, 'an', 'ani')} " \
               f"{self.months} {_unit(self.months, 'lună', 'luni')} " \
               f"{self.days} {_unit(self.days, 'zi', 'zile')}"


def _unit(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


_ZERO = Duration(0, 0, 0)


def sum_durations(items: Iterable[Duration]) -> Duration:
    return Duration.from_days(sum(d.total_days for d in items))


def calendar_difference(start: dt.date, end: dt.date) -> Duration:
    """Years/months/days from ``start`` up to (not including) ``end``.

    Used for "data împlinirii vârstei − data acordării" (CNPP circular of
    28.01.2025, example 2: 01.10.2028 − 15.11.2024 = 3 ani 10 luni 16 zile).
    """
    if end <= start:
        return _ZERO
    delta = relativedelta(end, start)
    return Duration.of(delta.years, delta.months, delta.days)


def dated_duration(start: dt.date, end: dt.date) -> Duration:
    """Length of a period whose first and last day both count."""
    if end < start:
        raise ValueError("period ends before it starts")
    return calendar_difference(start, end + dt.timedelta(days=1))


Interval = tuple[dt.date, dt.date]


def merge_intervals(intervals: Iterable[Interval]) -> list[Interval]:
    """Union of inclusive date intervals: an overlap or a touching day counts once."""
    ordered = sorted(intervals)
    merged: list[Interval] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1] + dt.timedelta(days=1):
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def subtract_intervals(intervals: Iterable[Interval], taken: list[Interval]) -> list[Interval]:
    """Parts of ``intervals`` not covered by the (merged) ``taken`` intervals.

    Art. 14 (3) of the law: an assimilated period counts only where it does not
    overlap a contribution period; art. 54 (4) of the norms: simultaneous
    periods count once.
    """
    result: list[Interval] = []
    one = dt.timedelta(days=1)
    for start, end in merge_intervals(intervals):
        cursor = start
        for t_start, t_end in taken:
            if t_end < cursor or t_start > end:
                continue
            if t_start > cursor:
                result.append((cursor, t_start - one))
            cursor = max(cursor, t_end + one)
            if cursor > end:
                break
        if cursor <= end:
            result.append((cursor, end))
    return result


def intervals_duration(intervals: Iterable[Interval]) -> Duration:
    """Sum of the lengths of inclusive intervals, each measured as a dated period."""
    return sum_durations(dated_duration(s, e) for s, e in intervals)

"""Points: monthly, annual, assimilated, supplementary, stability, total.

* Monthly points = gross monthly income / average gross salary of the year
  (art. 85 (7) law, art. 51 (1) norms; before 1.9.2024 the INS average of
  Annex 7, gross or net as the wage basis of art. 139 (4), art. 142).
* Annual points = sum of the monthly points / 12, whatever the number of
  months (art. 85 (2) law, art. 50 norms).
* Assimilated periods a), b), e): 0.25 points per month (art. 86 (2)).
* Supplementary points added to the monthly points (art. 88 (5)): 0.25 per
  month grupa a II-a / particular, 0.50 grupa I / special, 1.00 art. 28 a)–b)
  (art. 88 (1), (4) law, art. 55 norms); disability 0.50 / 0.25 (art. 88
  (2)–(3), art. 56 norms). Per-day rates: month rate / 30.
* Stability points for contributory periods over 25 years: 0.50 / 0.75 / 1.00
  per year in the tiers 25–30 / 30–35 / over 35 with the month and day rates of
  art. 54 (2) norms; each tier "up to … inclusive".
* Every value has 5 decimals, mathematical rounding (art. 54 (5) norms).
* Amount = total points × reference point value, fractions of a leu rounded
  up in the pensioner's favour (art. 83 (2) law, art. 49 (2) norms).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from desk_app.domain.law360.durations import Duration
from desk_app.domain.law360.errors import MissingReferenceValue
from desk_app.domain.law360.reference import ReferenceTables, SalaryValue

Q5 = Decimal("0.00001")
ZERO = Decimal("0.00000")
TWELVE = Decimal(12)
BASS_FROM = (2024, 9)  # art. 85 (7) applies from the law's entry into force, 1.9.2024
NET_FROM, NET_TO = (1977, 7), (1990, 12)  # art. 139 (4) b): net wages
MONTHS_RO = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie",
             "august", "septembrie", "octombrie", "noiembrie", "decembrie")

# Art. 54 (2) norms: (years in tier, per year, per month, per day).
STABILITY_TIERS = (
    (5, Decimal("0.50"), Decimal("0.04167"), Decimal("0.00139")),  # over 25 up to 30
    (5, Decimal("0.75"), Decimal("0.06250"), Decimal("0.00208")),  # over 30 up to 35
    (None, Decimal("1.00"), Decimal("0.08333"), Decimal("0.00278")),  # over 35
)
STABILITY_START_YEARS = 25


def q5(value: Decimal) -> Decimal:
    return value.quantize(Q5, rounding=ROUND_HALF_UP)


def amount_lei(points: Decimal, value: Decimal) -> Decimal:
    """Art. 83 (2): fractions of a leu are rounded up to a whole leu."""
    return (points * value).quantize(Decimal(1), rounding=ROUND_CEILING)


@dataclass(frozen=True)
class MonthRate:
    """A monthly-point rate and its per-day rate (month rate / 30, 5 decimals)."""

    per_month: Decimal
    per_day: Decimal


def rate(per_month: str, per_day: str) -> MonthRate:
    return MonthRate(Decimal(per_month), Decimal(per_day))


def monthly_points_for(duration: Duration, month_rate: MonthRate) -> Decimal:
    """Sum of the monthly points a duration earns at a fixed monthly rate."""
    return month_rate.per_month * duration.total_months + month_rate.per_day * duration.days


def as_annual(monthly_sum: Decimal) -> Decimal:
    """Monthly points become annual points divided by 12 (art. 85 (2))."""
    return q5(monthly_sum / TWELVE)


def stability_points(contributory: Duration) -> Decimal:
    """Stability points for the contributory period over 25 years (art. 54 (2) norms)."""
    remaining = contributory.minus(Duration.of(STABILITY_START_YEARS))
    total = Decimal(0)
    for years, per_year, per_month, per_day in STABILITY_TIERS:
        if not remaining:
            break
        part = remaining if years is None or remaining <= Duration.of(years) \
            else Duration.of(years)
        total += per_year * part.years + per_month * part.months + per_day * part.days
        remaining = remaining.minus(part)
    return q5(total)


@dataclass(frozen=True)
class SalaryUse:
    """Which average salary served as divisor, for ``reference_values_used``."""

    year: int
    basis: str  # "brut" / "net"
    value: Decimal
    status: str
    source: str
    months: tuple[int, ...]


def _divisor(tables: ReferenceTables, year: int, month: int) -> tuple[Decimal, str, SalaryValue]:
    if (year, month) >= BASS_FROM:
        row = tables.bass_salaries.get(year)
        value = row.gross if row else None
        if row is None or value is None:
            raise MissingReferenceValue(
                f"Lipsește câștigul salarial mediu brut pentru anul {year} "
                "(utilizat la fundamentarea bugetului asigurărilor sociale de stat, "
                "art. 85 alin. (7)).", f"bass_average_gross_salary:{year}")
        return value, "brut", row
    # Art. 142 (2): before 1938 and 1939–1946 the 1938 gross average applies.
    lookup_year = 1938 if year < 1938 or 1939 <= year <= 1946 else year
    net = NET_FROM <= (year, month) <= NET_TO
    row = tables.annex7_salaries.get(lookup_year)
    value = (row.net if net else row.gross) if row else None
    basis = "net" if net else "brut"
    if row is None or value is None:
        which = f"anul {year}"
        if year == 2024:
            which = "anul 2024 (lunile ianuarie–august, înainte de art. 85 alin. (7))"
        raise MissingReferenceValue(
            f"Lipsește câștigul salarial mediu {basis} pentru {which} (anexa nr. 7, art. 142).",
            f"average_salary:{year}")
    return value, basis, row


@dataclass(frozen=True)
class AnnualPoints:
    by_year: Mapping[int, Decimal]
    annual_sum: Decimal
    salaries_used: tuple[SalaryUse, ...]
    given_years: tuple[int, ...]


def annual_points(tables: ReferenceTables, monthly_gross: Iterable[tuple[int, int, Decimal]],
                  given: Iterable[tuple[int, Decimal]]) -> AnnualPoints:
    """Annual points from monthly incomes; a year given directly wins (clerk's value).

    Raises :class:`MissingReferenceValue` naming the first missing divisor.
    """
    given_map = {year: q5(points) for year, points in given}
    divisors: dict[tuple[int, bool], tuple[Decimal, str, SalaryValue]] = {}
    uses: dict[tuple[int, bool], list[int]] = {}
    per_year: dict[int, list[Decimal]] = {}
    # Hot loop (540 months for a full career): the divisor and the target lists
    # are looked up only when the year (or its wage basis) changes.
    last_key: tuple[int, bool] | None = None
    value = Decimal(1)
    month_list: list[int] = []
    points_list: list[Decimal] = []
    half_up = ROUND_HALF_UP
    for year, month, income in monthly_gross:
        if year in given_map:
            continue
        # One divisor per year, except the two years whose basis changes:
        # 1977 (net from July, art. 139 (4)) and 2024 (BASS from September).
        key = (year, (year == 1977 and month >= 7) or (year == 2024 and month >= 9))
        if key != last_key:
            found = divisors.get(key)
            if found is None:
                found = divisors[key] = _divisor(tables, year, month)
            value = found[0]
            month_list = uses.setdefault(key, [])
            points_list = per_year.setdefault(year, [])
            last_key = key
        month_list.append(month)
        points_list.append((income / value).quantize(Q5, rounding=half_up))  # art. 54 (5)
    sums = {year: sum(values, ZERO) for year, values in per_year.items()}
    by_year = {year: q5(total / TWELVE) for year, total in sums.items()}
    by_year.update(given_map)
    salary_uses = tuple(
        SalaryUse(key[0], divisors[key][1], divisors[key][0], divisors[key][2].status,
                  divisors[key][2].source, tuple(months))
        for key, months in sorted(uses.items())
    )
    return AnnualPoints(
        by_year=dict(sorted(by_year.items())),
        annual_sum=q5(sum(by_year.values(), ZERO)),
        salaries_used=salary_uses,
        given_years=tuple(sorted(given_map)),
    )


def month_label(year: int, month: int) -> str:
    return f"{MONTHS_RO[month - 1]} {year}"


def on_or_after(day: dt.date, start: tuple[int, int]) -> bool:
    return (day.year, day.month) >= start

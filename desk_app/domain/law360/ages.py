"""Standard retirement age and contribution periods by sex and birth date.

Art. 47 (1)–(3) and Annex 5 of Law 360/2023; art. 18 (1) of the norms. The
Annex 5 row is chosen by the year and month of birth; past the last row the
values of art. 47 apply (65 years, complete period 35 years, minimum 15 years).
The date the age is reached is the birth date plus the age in years and months
(CNPP circular of 28.01.2025: born 01.11.1966, 62 y 11 m → 01.10.2029).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from desk_app.domain.law360.durations import Duration
from desk_app.domain.law360.errors import CalculationError
from desk_app.domain.law360.reference import ReferenceTables

# Art. 47 (1)–(3) of the law: the end of the Annex 5 schedule.
FINAL_AGE_YEARS = 65
FINAL_COMPLETE = Duration.of(35)
FINAL_MINIMUM = Duration.of(15)


@dataclass(frozen=True)
class AgeRule:
    """Standard age and the minimum/complete contributory periods for a person."""

    age_years: int
    age_months: int
    standard_age_date: dt.date
    complete_period: Duration
    minimum_period: Duration
    source: str  # "anexa nr. 5" or "art. 47"
    status: str

    @property
    def age_total_months(self) -> int:
        return self.age_years * 12 + self.age_months


def add_months(day: dt.date, months: int) -> dt.date:
    return day + relativedelta(months=months)


def age_rule(tables: ReferenceTables, sex: str, birth_date: dt.date) -> AgeRule:
    """Annex 5 row for the person, or the final values of art. 47 after it."""
    sex = sex.upper()
    if sex not in tables.annex5_range:
        raise CalculationError(f"Sexul trebuie să fie F sau M (primit: {sex!r}).")
    first, last = tables.annex5_range[sex]
    key = (birth_year_month := (birth_date.year, birth_date.month))
    row = tables.annex5.get((sex, *key))
    if row is not None:
        years, months = row.age_years, row.age_months
        complete, minimum, source, status = (row.complete_period, row.minimum_period,
                                             "anexa nr. 5", row.status)
    elif birth_year_month > last:
        years, months = FINAL_AGE_YEARS, 0
        complete, minimum, source, status = FINAL_COMPLETE, FINAL_MINIMUM, "art. 47", "read"
    else:
        who = "femei" if sex == "F" else "bărbați"
        raise CalculationError(
            f"Anexa nr. 5 nu are vârsta standard pentru {who} născuți în "
            f"{birth_date.month:02d}.{birth_date.year} (tabelul începe cu "
            f"{first[1]:02d}.{first[0]}); legea nu dă o valoare pentru această dată."
        )
    return AgeRule(
        age_years=years, age_months=months,
        standard_age_date=add_months(birth_date, years * 12 + months),
        complete_period=complete, minimum_period=minimum, source=source, status=status,
    )

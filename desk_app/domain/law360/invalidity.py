"""Invalidity pension: the potential period and its points; survivor shares.

* Potential period = complete contributory period (Annex 5) − period realised
  at the grant date (art. 66 (1) law, art. 39 (1) norms), at most the period
  the person could still realise until the standard age (art. 66 (2)),
  in years, months and days (art. 39 (3) norms).
* Monthly points of the potential period: 0.25 / 0.20 / 0.10 for grades
  I / II / III (art. 87 (1)); per day the month rate / 30.
* Survivor pension: 50 / 75 / 100 % of the deceased's total points for 1 / 2 /
  3 or more survivors (art. 79 (2)).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk_app.domain.law360.durations import Duration, calendar_difference
from desk_app.domain.law360.errors import CalculationError
from desk_app.domain.law360.points import MonthRate, rate

POTENTIAL_RATES: dict[int, MonthRate] = {
    1: rate("0.25", "0.00833"),
    2: rate("0.20", "0.00667"),
    3: rate("0.10", "0.00333"),
}
SURVIVOR_PCT = {1: Decimal(50), 2: Decimal(75), 3: Decimal(100)}


def potential_period(complete: Duration, realised: Duration, grant: dt.date,
                     standard_age_date: dt.date) -> tuple[Duration, Duration, bool]:
    """(potential period, cap until the standard age, whether the cap applied)."""
    uncapped = complete.minus(realised)
    cap = calendar_difference(grant, standard_age_date)
    if cap < uncapped:
        return cap, cap, True
    return uncapped, cap, False


def potential_rate(grade: int) -> MonthRate:
    try:
        return POTENTIAL_RATES[grade]
    except KeyError as exc:
        raise CalculationError("Gradul de invaliditate este 1, 2 sau 3.") from exc


def survivor_pct(survivors: int) -> Decimal:
    if survivors < 1:
        raise CalculationError("Numărul de urmași trebuie să fie cel puțin 1.")
    return SURVIVOR_PCT[min(survivors, 3)]

"""Early pension: grant date, months of anticipation, diminution.

* Grant date (art. 90 law): a request registered within 30 days of the date the
  conditions are met (art. 89 (2); counted in "zile libere", art. 58 (5)
  norms) takes effect from that date, a later one from its registration date.
  CNPP circular 28.01.2025, examples 1 and 2.
* Months of anticipation (art. 34 (1) norms): from the grant date to the
  standard age of Annex 5 or, where applicable, the standard age reduced
  according to the law; a fraction of a month counts as a whole month
  (art. 34 (2)). Circular example 2: 01.10.2028 − 15.11.2024 = 3 y 10 m 16 d → 47.
* Diminution (art. 58 (3), Table 4): percent per month by the period realised
  over the complete period; total = months × percent, mathematical rounding
  (art. 34 (4) norms).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desk_app.domain.deadlines import free_days_deadline
from desk_app.domain.law360.durations import Duration, calendar_difference
from desk_app.domain.law360.errors import CalculationError
from desk_app.domain.law360.reference import DiminutionBand

FILING_TERM_DAYS = 30  # art. 89 (2)
Q2 = Decimal("0.01")


@dataclass(frozen=True)
class GrantDate:
    conditions_met: dt.date
    filing_deadline: dt.date
    grant_date: dt.date
    filed_in_time: bool
    filed_too_early: bool


def grant_date(conditions_met: dt.date, request_date: dt.date) -> GrantDate:
    """Art. 90 (2)–(3): from the conditions date if filed in time, else from filing."""
    deadline = free_days_deadline(conditions_met, FILING_TERM_DAYS)
    too_early = request_date < conditions_met
    in_time = conditions_met <= request_date <= deadline
    granted = conditions_met if (in_time or too_early) else request_date
    return GrantDate(conditions_met, deadline, granted, in_time, too_early)


def anticipation_months(grant: dt.date, reference_age_date: dt.date) -> tuple[int, Duration]:
    """Whole months from the grant date to the age, fractions rounded up (art. 34 (2))."""
    gap = calendar_difference(grant, reference_age_date)
    return gap.total_months + (1 if gap.days else 0), gap


def diminution_band(bands: tuple[DiminutionBand, ...], over: Duration) -> DiminutionBand:
    """Table 4 band for the period over the complete period.

    The labels read "până la un an", "între un an și 2 ani", …; an exact
    boundary (e.g. 1 y 0 m 0 d) is taken in the lower band ("up to one year"
    inclusive) — the law does not say; see docs/calculator.md.
    """
    days = over.total_days
    for band in bands:
        low, high = band.low_years * 360, band.high_years * 360
        if (days == 0 and band.low_years == 0) or low < days <= high:
            return band
    raise CalculationError(
        f"Stagiul realizat peste stagiul complet ({over.ro()}) nu se încadrează în tabelul nr. 4.")


def diminution_pct(months: int, band: DiminutionBand) -> Decimal:
    return (band.pct_per_month * months).quantize(Q2, rounding=ROUND_HALF_UP)

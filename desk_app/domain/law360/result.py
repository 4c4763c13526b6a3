"""The outcome of a calculation (plain frozen data; JSON in ``case_json``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from desk_app.domain.law360.ages import AgeRule
from desk_app.domain.law360.case import CaseInput
from desk_app.domain.law360.durations import Duration
from desk_app.domain.law360.early import GrantDate
from desk_app.domain.law360.periods import PeriodTotals
from desk_app.domain.law360.reductions import ReductionOutcome


@dataclass(frozen=True)
class Eligibility:
    eligible: bool  # on the request date
    date: dt.date | None  # earliest date the conditions are met
    reason_ro: str


@dataclass(frozen=True)
class EarlyResult:
    grant: GrantDate
    reference_age_date: dt.date
    anticipation_gap: Duration
    anticipation_months: int
    over_complete: Duration
    pct_per_month: Decimal
    diminution_pct: Decimal


@dataclass(frozen=True)
class InvalidityResult:
    grade: int
    grant: GrantDate
    potential: Duration
    cap_until_standard_age: Duration
    capped: bool


@dataclass(frozen=True)
class PointsResult:
    by_year: Mapping[int, Decimal]
    annual_sum: Decimal
    assimilated: Decimal
    supplementary: Decimal
    supplementary_detail: Mapping[str, Decimal]
    stability: Decimal
    potential: Decimal
    total: Decimal  # the person's (or the deceased's) total points
    survivor_pct: Decimal | None
    pension_points: Decimal  # total × survivor share, else total


@dataclass(frozen=True)
class ReferenceUse:
    name: str
    key: str
    value: str
    status: str
    source: str


@dataclass(frozen=True)
class CalculationResult:
    case: CaseInput
    age: AgeRule
    reductions: ReductionOutcome
    totals: PeriodTotals
    eligibility: Mapping[str, Eligibility]
    grant_date: dt.date | None
    early: EarlyResult | None
    invalidity: InvalidityResult | None
    points: PointsResult | None
    reference_point_value: Decimal | None
    amount_before_diminution_lei: Decimal | None
    amount_lei: Decimal | None
    missing_values: tuple[str, ...]
    reference_values_used: tuple[ReferenceUse, ...]
    explanation: tuple[str, ...]

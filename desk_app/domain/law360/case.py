"""The input of a calculation: the person, the request and the career.

Plain frozen dataclasses; :mod:`desk_app.domain.law360.case_json` builds them
from the JSON a clerk's form or the ``calc`` command provides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desk_app.domain.law360.durations import Duration


class PensionType(StrEnum):
    OLD_AGE = "old_age"
    EARLY = "early"
    INVALIDITY = "invalidity"
    SURVIVOR = "survivor"


class PeriodKind(StrEnum):
    """Kinds of period (art. 3 q)–r), 13–14 of the law)."""

    CONTRIBUTORY = "contributory"
    CHILD_LEAVE_BEFORE_2001 = "child_leave_before_2001"  # contributory (DL 31/1990, L 120/1997)
    ALLOWANCE_2001_2005 = "allowance_2001_2005"  # assimilated, art. 14 (1) c)
    CHILD_LEAVE_FROM_2006 = "child_leave_from_2006"  # assimilated, art. 14 (1) e)
    UNIVERSITY = "university"  # assimilated, art. 14 (1) a)
    MILITARY = "military"  # assimilated, art. 14 (1) b)
    VOLUNTARY_CONTRACT = "voluntary_contract"  # contributory, art. 6 (2)–(3)
    NON_CONTRIBUTORY = "non_contributory"  # art. 13 b)


class WorkCondition(StrEnum):
    NORMAL = "normal"
    GROUP_I = "group_I"  # grupa I, before 1 April 2001
    GROUP_II = "group_II"  # grupa a II-a, before 1 April 2001
    PARTICULAR = "particular"  # condiții deosebite (art. 27)
    SPECIAL = "special"  # condiții speciale (art. 28 (1))
    SPECIAL_ART28_AB = "special_art28_ab"  # art. 28 (1) a) underground mining, b) nuclear


class DisabilityKind(StrEnum):
    SEVERE = "grav"  # art. 52 (1) a)
    ACCENTUATED = "accentuat"  # art. 52 (1) b)
    MEDIUM = "mediu"  # art. 52 (1) c)
    VISUAL = "vizual"  # art. 53, severe visual impairment


class FixedRule(StrEnum):
    """Fixed reductions of art. 49–50 (combined with nothing, art. 49 (2))."""

    MINING = "art49_a"  # 20 years underground → −20 years
    MINING_CLOSED = "art49_a_closed"  # 15 years if the mine closed under EU commitments
    ARTISTIC = "art49_b"  # 20 years → −13 years
    SPECIAL_CFGIL = "art49_c"  # 25 years → −11 years
    SPECIAL_DH = "art49_d"  # 25 years → −13 years
    RADIATION_ZONE1 = "art50_zone1"  # 22 years → −20 years, not below 45
    RADIATION_ZONE2 = "art50_zone2"  # 25 years → −18 years, not below 45


@dataclass(frozen=True)
class PeriodInput:
    """A dated period (inclusive) or a bare duration, of one kind and condition."""

    kind: PeriodKind
    condition: WorkCondition = WorkCondition.NORMAL
    start: dt.date | None = None
    end: dt.date | None = None
    duration: Duration | None = None

    @property
    def is_dated(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class DisabilityInput:
    kind: DisabilityKind
    period: Duration  # contributory period realised in that condition


@dataclass(frozen=True)
class FixedReductionInput:
    rule: FixedRule
    period: Duration  # contributory period in that special condition


@dataclass(frozen=True)
class CaseInput:
    """Everything the calculator needs about one case."""

    sex: str
    birth_date: dt.date
    request_date: dt.date
    pension: PensionType = PensionType.OLD_AGE
    periods: tuple[PeriodInput, ...] = ()
    children_raised: int = 0
    invalidity_grade: int | None = None
    survivors: int | None = None
    annual_points: tuple[tuple[int, Decimal], ...] = ()
    monthly_gross: tuple[tuple[int, int, Decimal], ...] = ()
    disability: DisabilityInput | None = None
    fixed_reduction: FixedReductionInput | None = None
    political_detention_years: int = 0
    conditions_met_date: dt.date | None = None  # e.g. the medical decision date
    death_date: dt.date | None = None  # survivor pension

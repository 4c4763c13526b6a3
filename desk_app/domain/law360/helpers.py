"""Counter helpers: part-time conversion, night-work percentage, death aid.

* Part-time work (CJP Arad guidance "Determinarea stagiului de cotizare"):
  the share of the contract hours in the normal day, times the days worked,
  gives full-time days; the fraction of a day times the normal hours gives
  hours. The three worked examples are reproduced with their roundings:
  the share is kept exactly when it has at most one decimal as a percentage
  (3:8 = 37,5 %, 3:6 = 50 %) and otherwise rounded to a whole percent
  (3:7 = 43 %); equivalent days keep 2 decimals, cut (21 × 37,5 % = 7,87);
  hours are rounded to the nearest whole hour (0,87 × 8 = 6,96 → 7).
* Night work (annex 15 of the norms, column 4): the average night-work bonus
  percentage = column 3 × 31,51 %, with two decimals.
* Death aid (art. 111–112 law): the amount in force at the date of death
  (art. 111 (4)); half for a family member (art. 112 (4)).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from desk_app.domain.law360.errors import CalculationError, MissingReferenceValue
from desk_app.domain.law360.reference import ReferenceTables, value_on

NIGHT_SHARE = Decimal("0.3151")  # annex 15: average share of night work in shifts
Q2 = Decimal("0.01")
Q1 = Decimal("0.1")


@dataclass(frozen=True)
class PartTimeResult:
    share_pct: Decimal  # e.g. 37.5
    equivalent_days: Decimal  # 2 decimals, e.g. 7.87
    fraction_hours: Decimal  # fraction of a day × normal hours, e.g. 6.96
    days: int
    hours: int

    def ro(self) -> str:
        if self.hours:
            return f"{self.days} zile și {self.hours} ore"
        return f"{self.days} zile"


def part_time_conversion(days_worked: int, contract_hours: Decimal | int,
                         normal_hours: Decimal | int) -> PartTimeResult:
    """A month of part-time work as full-time days and hours (CJP Arad examples)."""
    contract, normal = Decimal(contract_hours), Decimal(normal_hours)
    if days_worked < 0 or contract <= 0 or normal <= 0 or contract > normal:
        raise CalculationError("Orele din contract trebuie să fie între 0 și programul normal.")
    exact_pct = contract * 100 / normal
    share = exact_pct if exact_pct == exact_pct.quantize(Q1) else \
        exact_pct.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    equivalent = (Decimal(days_worked) * share / 100).quantize(Q2, rounding=ROUND_DOWN)
    days = int(equivalent)
    fraction = equivalent - days
    fraction_hours = (fraction * normal).quantize(Q2, rounding=ROUND_HALF_UP)
    hours = int(fraction_hours.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if hours >= normal:
        days, hours = days + 1, 0
    return PartTimeResult(share, equivalent, fraction_hours, days, hours)


def night_work_average_pct(bonus_pct: Decimal | int | str) -> Decimal:
    """Annex 15 column 4: column 3 × 31,51 %, two decimals."""
    return (Decimal(bonus_pct) * NIGHT_SHARE).quantize(Q2, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class DeathAid:
    amount_lei: Decimal
    status: str
    legal_basis: str
    in_force_from: dt.date | None
    in_force_to: dt.date | None
    note: str


def death_aid_amount(tables: ReferenceTables, date_of_death: dt.date,
                     family_member: bool = False) -> DeathAid:
    """Death aid in force at the date of death (art. 111 (4), 112 (4))."""
    row = value_on(tables.death_aid, date_of_death)
    amount = None if row is None else (row.second_value if family_member else row.value)
    if row is None or amount is None:
        raise MissingReferenceValue(
            "Lipsește cuantumul ajutorului de deces în vigoare la data de "
            f"{date_of_death:%d.%m.%Y}.", f"death_aid:{date_of_death.isoformat()}")
    return DeathAid(amount, row.status, row.basis, row.start, row.end, row.note)

"""JSON in and out of the calculator (schema in docs/calculator.md).

``case_from_json`` checks every field and raises :class:`CaseInputError` with a
one-line Romanian message naming the field; ``result_to_json`` gives plain
JSON types with decimals as strings.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from desk_app.domain.cnp import CnpError, parse_cnp
from desk_app.domain.law360.case import (
    CaseInput,
    DisabilityInput,
    DisabilityKind,
    FixedReductionInput,
    FixedRule,
    PensionType,
    PeriodInput,
    PeriodKind,
    WorkCondition,
)
from desk_app.domain.law360.durations import Duration
from desk_app.domain.law360.result import CalculationResult

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_RO = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# Art. 13–14 of the law and the circular: where each dated kind may lie.
_KIND_WINDOWS = {
    PeriodKind.CHILD_LEAVE_BEFORE_2001: (None, dt.date(2001, 3, 31)),
    PeriodKind.ALLOWANCE_2001_2005: (dt.date(2001, 4, 1), dt.date(2006, 1, 1)),
    PeriodKind.CHILD_LEAVE_FROM_2006: (dt.date(2006, 1, 1), None),
}
_GROUPS_END = dt.date(2001, 3, 31)  # grupa I / II exist only before 1 April 2001


class CaseInputError(ValueError):
    """Bad calculator input; ``str(error)`` is a one-line Romanian message."""


def parse_date(value: Any, field: str) -> dt.date:
    text = str(value).strip() if value is not None else ""
    match = _ISO.match(text)
    parts = (match.group(1), match.group(2), match.group(3)) if match else None
    if parts is None and (match := _RO.match(text)):
        parts = (match.group(3), match.group(2), match.group(1))
    try:
        if parts is None:
            raise ValueError
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise CaseInputError(f"Câmpul „{field}”: dată nevalidă {text!r} (AAAA-LL-ZZ sau "
                             "ZZ.LL.AAAA).") from None


def _int(value: Any, field: str, low: int = 0, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise CaseInputError(f"Câmpul „{field}” trebuie să fie un număr întreg.")
    try:
        number = int(value)
    except ValueError:
        raise CaseInputError(f"Câmpul „{field}” trebuie să fie un număr întreg.") from None
    if number < low or (high is not None and number > high):
        upper = f" și {high}" if high is not None else ""
        raise CaseInputError(f"Câmpul „{field}” trebuie să fie între {low}{upper}.")
    return number


def _dec(value: Any, field: str) -> Decimal:
    if isinstance(value, bool):
        raise CaseInputError(f"Câmpul „{field}” trebuie să fie un număr.")
    if isinstance(value, float):
        # A JSON number: its shortest repr is the decimal the user typed; strings are
        # preferred (decimals as strings, DESIGN "Law and arithmetic").
        value = repr(value)
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise CaseInputError(f"Câmpul „{field}” trebuie să fie un număr.") from None
    if not number.is_finite() or number < 0:
        raise CaseInputError(f"Câmpul „{field}” trebuie să fie un număr pozitiv.")
    return number


def _choice(enum: Any, value: Any, field: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise CaseInputError(f"Câmpul „{field}”: valoare necunoscută {value!r} (una dintre: "
                             f"{allowed}).") from None


def _duration(obj: dict[str, Any], field: str) -> Duration:
    return Duration.of(_int(obj.get("years", 0), f"{field}.years"),
                       _int(obj.get("months", 0), f"{field}.months"),
                       _int(obj.get("days", 0), f"{field}.days"))


def _period(obj: Any, index: int) -> PeriodInput:
    field = f"periods[{index}]"
    if not isinstance(obj, dict):
        raise CaseInputError(f"„{field}” trebuie să fie un obiect.")
    kind = _choice(PeriodKind, obj.get("kind", "contributory"), f"{field}.kind")
    condition = _choice(WorkCondition, obj.get("condition", "normal"), f"{field}.condition")
    if condition is not WorkCondition.NORMAL and kind is not PeriodKind.CONTRIBUTORY:
        raise CaseInputError(f"„{field}”: condițiile de muncă se dau doar pentru stagiul "
                             "contributiv.")
    has_dates = "start" in obj or "end" in obj
    has_duration = any(k in obj for k in ("years", "months", "days"))
    if has_dates == has_duration:
        raise CaseInputError(f"„{field}”: dați fie „start” și „end”, fie „years”/„months”/"
                             "„days”.")
    if has_duration:
        return PeriodInput(kind, condition, duration=_duration(obj, field))
    start = parse_date(obj.get("start"), f"{field}.start")
    end = parse_date(obj.get("end"), f"{field}.end")
    if end < start:
        raise CaseInputError(f"„{field}”: perioada se termină ({end:%d.%m.%Y}) înainte să "
                             f"înceapă ({start:%d.%m.%Y}).")
    low, high = _KIND_WINDOWS.get(kind, (None, None))
    if (low and start < low) or (high and end > high):
        raise CaseInputError(f"„{field}”: o perioadă de tipul {kind.value} trebuie să fie "
                             f"între {low or '…'} și {high or '…'}.")
    if condition in (WorkCondition.GROUP_I, WorkCondition.GROUP_II) and end > _GROUPS_END:
        raise CaseInputError(f"„{field}”: grupele I/II de muncă există doar până la "
                             "31.03.2001; după această dată folosiți particular/special.")
    return PeriodInput(kind, condition, start, end)


def case_from_json(obj: Any) -> CaseInput:
    """Build a :class:`CaseInput`; raises :class:`CaseInputError` on bad input."""
    if not isinstance(obj, dict):
        raise CaseInputError("Datele calculului sunt un obiect JSON {\"câmp\": valoare, …}.")
    sex, birth = obj.get("sex"), obj.get("birth_date")
    if obj.get("cnp"):
        try:
            info = parse_cnp(str(obj["cnp"]))
        except CnpError as exc:
            raise CaseInputError(str(exc)) from None
        sex = sex or info.sex
        birth = birth or info.birth_date.isoformat()
        if sex != info.sex:
            raise CaseInputError("Sexul dat nu corespunde cu CNP-ul.")
    if sex not in ("F", "M"):
        raise CaseInputError("Câmpul „sex” este F sau M (sau dați „cnp”).")
    if birth is None:
        raise CaseInputError("Câmpul „birth_date” este obligatoriu (sau dați „cnp”).")
    birth_date = parse_date(birth, "birth_date")
    if "request_date" not in obj:
        raise CaseInputError("Câmpul „request_date” (data cererii) este obligatoriu.")
    request = parse_date(obj["request_date"], "request_date")
    if request < birth_date:
        raise CaseInputError("Data cererii este înaintea datei nașterii.")
    pension = _choice(PensionType, obj.get("pension", "old_age"), "pension")
    grade = survivors = None
    if pension is PensionType.INVALIDITY:
        grade = _int(obj.get("invalidity_grade"), "invalidity_grade", 1, 3)
    if pension is PensionType.SURVIVOR:
        survivors = _int(obj.get("survivors"), "survivors", 1, 50)
    periods = obj.get("periods", [])
    if not isinstance(periods, list):
        raise CaseInputError("Câmpul „periods” este o listă.")
    annual = []
    for i, item in enumerate(obj.get("annual_points") or []):
        if not isinstance(item, dict):
            raise CaseInputError(f"„annual_points[{i}]” trebuie să fie un obiect.")
        annual.append((_int(item.get("year"), f"annual_points[{i}].year", 1900, 2200),
                       _dec(item.get("points"), f"annual_points[{i}].points")))
    monthly = []
    for i, item in enumerate(obj.get("monthly_gross") or []):
        if not isinstance(item, dict):
            raise CaseInputError(f"„monthly_gross[{i}]” trebuie să fie un obiect.")
        match = _MONTH.match(str(item.get("month", "")))
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise CaseInputError(f"„monthly_gross[{i}].month” este de forma AAAA-LL.")
        monthly.append((int(match.group(1)), int(match.group(2)),
                        _dec(item.get("amount"), f"monthly_gross[{i}].amount")))
    disability = fixed = None
    if obj.get("disability"):
        dis = obj["disability"]
        if not isinstance(dis, dict):
            raise CaseInputError("Câmpul „disability” este un obiect.")
        disability = DisabilityInput(_choice(DisabilityKind, dis.get("grade"), "disability.grade"),
                                     _duration(dis, "disability"))
    if obj.get("fixed_reduction"):
        fr = obj["fixed_reduction"]
        if not isinstance(fr, dict):
            raise CaseInputError("Câmpul „fixed_reduction” este un obiect.")
        fixed = FixedReductionInput(_choice(FixedRule, fr.get("rule"), "fixed_reduction.rule"),
                                    _duration(fr, "fixed_reduction"))
    optional_dates = {k: parse_date(obj[k], k) for k in ("conditions_met_date", "death_date")
                      if obj.get(k)}
    return CaseInput(
        sex=sex, birth_date=birth_date, request_date=request, pension=pension,
        periods=tuple(_period(p, i) for i, p in enumerate(periods)),
        children_raised=_int(obj.get("children_raised", 0), "children_raised", 0, 50),
        invalidity_grade=grade, survivors=survivors, annual_points=tuple(annual),
        monthly_gross=tuple(monthly), disability=disability, fixed_reduction=fixed,
        political_detention_years=_int(obj.get("political_detention_years", 0),
                                       "political_detention_years", 0, 80),
        conditions_met_date=optional_dates.get("conditions_met_date"),
        death_date=optional_dates.get("death_date"),
    )


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _s(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def result_to_json(result: CalculationResult) -> dict[str, Any]:
    """Plain JSON: dates ISO, decimals as strings, durations as {years, months, days}."""
    t, age, red = result.totals, result.age, result.reductions
    out: dict[str, Any] = {
        "pension": result.case.pension.value,
        "standard_age": {"years": age.age_years, "months": age.age_months},
        "standard_age_date": _date(age.standard_age_date),
        "reductions": [{"article": a.article, "months": a.months, "reason": a.reason_ro}
                       for a in red.applied],
        "reduction_total_months": red.total_months,
        "reduced_age_date": _date(red.reduced_age_date),
        "any_age": red.any_age,
        "minimum_period": age.minimum_period.to_json(),
        "complete_period": age.complete_period.to_json(),
        "periods": {
            "by_kind": {k.value: v.to_json() for k, v in t.by_kind.items() if v},
            "contributory_by_condition": {c.value: v.to_json()
                                          for c, v in t.contributory_by_condition.items() if v},
            "contributory": t.contributory.to_json(),
            "for_eligibility": t.eligibility.to_json(),
            "for_early_eligibility": t.early_eligibility.to_json(),
            "for_stability": t.stability.to_json(),
            "over_25_for_stability": t.stability.minus(Duration.of(25)).to_json(),
            "supplement_art15": t.supplement_art15.to_json(),
            "total_stagiu": t.total_stagiu.to_json(),
            "overlap_removed": t.overlap_removed.to_json(),
        },
        "eligible": {k: {"eligible": e.eligible, "date": _date(e.date), "reason": e.reason_ro}
                     for k, e in result.eligibility.items()},
        "grant_date": _date(result.grant_date),
        "early": None,
        "invalidity": None,
        "points": None,
        "reference_point_value": _s(result.reference_point_value),
        "amount_before_diminution_lei": _s(result.amount_before_diminution_lei),
        "amount_lei": _s(result.amount_lei),
        "missing_values": list(result.missing_values),
        "reference_values_used": [u.__dict__ for u in result.reference_values_used],
        "explanation": list(result.explanation),
    }
    if result.early is not None:
        e = result.early
        out["early"] = {
            "conditions_met_date": _date(e.grant.conditions_met),
            "filing_deadline": _date(e.grant.filing_deadline),
            "filed_in_time": e.grant.filed_in_time,
            "grant_date": _date(e.grant.grant_date),
            "reference_age_date": _date(e.reference_age_date),
            "anticipation": e.anticipation_gap.to_json(),
            "anticipation_months": e.anticipation_months,
            "over_complete_period": e.over_complete.to_json(),
            "diminution_pct_per_month": str(e.pct_per_month),
            "diminution_pct": str(e.diminution_pct),
        }
    if result.invalidity is not None:
        inv = result.invalidity
        out["invalidity"] = {"grade": inv.grade, "potential_period": inv.potential.to_json(),
                             "cap_until_standard_age": inv.cap_until_standard_age.to_json(),
                             "capped": inv.capped}
    if result.points is not None:
        p = result.points
        out["points"] = {
            "by_year": {str(y): str(v) for y, v in p.by_year.items()},
            "annual_sum": str(p.annual_sum), "assimilated": str(p.assimilated),
            "supplementary": str(p.supplementary),
            "supplementary_detail": {k: str(v) for k, v in p.supplementary_detail.items()},
            "stability": str(p.stability), "potential": str(p.potential),
            "total": str(p.total),
            "survivor_pct": _s(p.survivor_pct), "pension_points": str(p.pension_points),
        }
    return out

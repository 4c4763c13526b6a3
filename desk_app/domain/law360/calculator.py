"""``calculate(case, tables)``: one Law 360/2023 calculation, explained.

Pure: the reference tables come in as data, the result goes out as data. The
order follows a pension file: standard age (Annex 5), periods, reductions,
eligibility and grant date, points, reference point value, amount. A figure of
the law that is missing does not stop the parts that do not need it: the
result lists it in ``missing_values`` and leaves points/amount empty.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, Decimal

from desk_app.domain.law360 import explain
from desk_app.domain.law360.ages import AgeRule, add_months, age_rule
from desk_app.domain.law360.case import CaseInput, DisabilityKind, PensionType, WorkCondition
from desk_app.domain.law360.durations import Duration
from desk_app.domain.law360.early import (
    anticipation_months,
    diminution_band,
    diminution_pct,
    grant_date,
)
from desk_app.domain.law360.errors import CalculationError, MissingReferenceValue
from desk_app.domain.law360.invalidity import potential_period, potential_rate, survivor_pct
from desk_app.domain.law360.periods import PeriodTotals, compute_totals
from desk_app.domain.law360.points import (
    ZERO,
    amount_lei,
    annual_points,
    as_annual,
    monthly_points_for,
    q5,
    rate,
    stability_points,
)
from desk_app.domain.law360.reductions import ReductionOutcome, compute_reductions
from desk_app.domain.law360.reference import ReferenceTables, value_on
from desk_app.domain.law360.result import (
    CalculationResult,
    EarlyResult,
    Eligibility,
    InvalidityResult,
    PointsResult,
    ReferenceUse,
)

EARLY_MONTHS = 60  # art. 58 (1): at most 5 years before
ART56_OVER = Duration.of(5)  # art. 56: at least 5 years over the complete period
ASSIMILATED_RATE = rate("0.25", "0.00833")  # art. 86 (2)
# Art. 88 (1), (4) law; art. 55 norms.
SUPPLEMENT_RATES = {
    WorkCondition.GROUP_II: rate("0.25", "0.00833"),
    WorkCondition.PARTICULAR: rate("0.25", "0.00833"),
    WorkCondition.GROUP_I: rate("0.50", "0.01667"),
    WorkCondition.SPECIAL: rate("0.50", "0.01667"),
    WorkCondition.SPECIAL_ART28_AB: rate("1.00", "0.03333"),
}
# Art. 88 (2)–(3) law; art. 56 norms (only when the art. 52 a)/b) or 53 conditions are met).
DISABILITY_RATES = {
    DisabilityKind.SEVERE: rate("0.50", "0.01667"),
    DisabilityKind.VISUAL: rate("0.50", "0.01667"),
    DisabilityKind.ACCENTUATED: rate("0.25", "0.00833"),
}


def _eligibility(case: CaseInput, rule: AgeRule, red: ReductionOutcome,
                 totals: PeriodTotals) -> dict[str, Eligibility]:
    out: dict[str, Eligibility] = {}
    has_min = totals.eligibility >= rule.minimum_period
    age_date = red.reduced_age_date or rule.standard_age_date
    if red.any_age:
        age_date = case.request_date
    if not has_min:
        out["old_age"] = Eligibility(False, None, "Stagiul minim de cotizare contributiv "
                                     f"({rule.minimum_period.ro()}) nu este realizat "
                                     "(art. 46 alin. (1), anexa nr. 5).")
    else:
        out["old_age"] = Eligibility(case.request_date >= age_date, age_date,
                                     "Vârsta (standard sau redusă) și stagiul minim "
                                     "(art. 46 alin. (1)).")
    complete = rule.complete_period
    earliest = add_months(red.early_reference_date, -EARLY_MONTHS)
    if totals.early_eligibility < complete:
        out["early"] = Eligibility(False, None, "Stagiul complet de cotizare contributiv "
                                   f"({complete.ro()}) nu este realizat; contractele de "
                                   "asigurare voluntară nu se iau în calcul (art. 58, "
                                   "art. 32 din norme).")
    else:
        ok = earliest <= case.request_date < red.early_reference_date
        out["early"] = Eligibility(ok, earliest, "Cu stagiul complet, cu cel mult 5 ani "
                                   "înaintea vârstei standard sau reduse (art. 58 alin. (1), "
                                   "art. 34 alin. (1) din norme).")
    has_contrib = bool(totals.contributory)
    out["invalidity"] = Eligibility(
        has_contrib and case.request_date < rule.standard_age_date,
        case.conditions_met_date or case.request_date,
        "Stagiu de cotizare contributiv și vârsta standard neîmplinită (art. 61 alin. (1)); "
        "gradul de invaliditate se stabilește prin decizie medicală.")
    out["survivor"] = Eligibility(has_contrib, case.death_date,
                                  "Susținătorul era pensionar sau îndeplinea condițiile "
                                  "pentru o pensie (art. 73).")
    return out


def _supplementary(case: CaseInput, totals: PeriodTotals,
                   red: ReductionOutcome) -> tuple[Decimal, dict[str, Decimal]]:
    detail: dict[str, Decimal] = {}
    for cond, month_rate in SUPPLEMENT_RATES.items():
        dur = totals.contributory_by_condition[cond]
        if dur:
            detail[cond.value] = as_annual(monthly_points_for(dur, month_rate))
    dis = case.disability
    applies = {"art52": ("art. 52 alin. (1) lit. a)", "art. 52 alin. (1) lit. b)"),
               "art53": ("art. 53",)}
    if dis is not None and dis.kind in DISABILITY_RATES and any(
            a.article in applies.get(red.option, ()) for a in red.applied):
        detail["disability"] = as_annual(monthly_points_for(dis.period,
                                                            DISABILITY_RATES[dis.kind]))
    return q5(sum(detail.values(), ZERO)), detail


def calculate(case: CaseInput, tables: ReferenceTables) -> CalculationResult:
    """Run the whole calculation; raises :class:`CalculationError` on an impossible case."""
    rule = age_rule(tables, case.sex, case.birth_date)
    totals = compute_totals(case.periods)
    red = compute_reductions(case, rule, totals, (tables.table1, tables.table2, tables.table3))
    elig = _eligibility(case, rule, red, totals)
    used: list[ReferenceUse] = [ReferenceUse(
        "anexa nr. 5" if rule.source == "anexa nr. 5" else "art. 47",
        f"{case.sex} {case.birth_date:%m.%Y}",
        f"{rule.age_years} ani {rule.age_months} luni; complet {rule.complete_period.ro()}; "
        f"minim {rule.minimum_period.ro()}", rule.status, "Legea 360/2023")]
    for applied in red.applied:
        used.append(ReferenceUse(applied.article, applied.reason_ro, f"{applied.months} luni",
                                 "read", "Legea 360/2023"))
    missing: list[str] = []

    early = invalid = None
    early_note = ""
    pension = case.pension
    if pension is PensionType.EARLY:
        grant = grant_date(max(elig["early"].date or case.request_date,
                               case.conditions_met_date or dt.date.min), case.request_date)
        granted: dt.date | None = grant.grant_date
        over = totals.total_stagiu_early.minus(rule.complete_period)
        if over >= ART56_OVER:
            # Art. 56–57: 5 years or more over the complete period give an old-age
            # pension up to 5 years earlier, without diminution — not an early pension.
            early_note = ("Stagiul realizat depășește stagiul complet cu cel puțin 5 ani "
                          f"({over.ro()}): se cuvine pensie pentru limită de vârstă fără "
                          "diminuare (art. 56–57), nu pensie anticipată.")
        else:
            months, gap = anticipation_months(grant.grant_date, red.early_reference_date)
            band = diminution_band(tables.table4, over)
            early = EarlyResult(grant, red.early_reference_date, gap, months, over,
                                band.pct_per_month, diminution_pct(months, band))
            used.append(ReferenceUse("tabelul nr. 4", over.ro(),
                                     f"{band.pct_per_month} %/lună", band.status,
                                     "Legea 360/2023 art. 58 alin. (3)"))
    elif pension in (PensionType.INVALIDITY, PensionType.SURVIVOR):
        if pension is PensionType.INVALIDITY:
            grade = case.invalidity_grade or 0
            start = case.conditions_met_date or case.request_date
        else:  # art. 79 (1), art. 47 norms: by reference to invalidity grade I
            grade, start = 1, case.death_date or case.request_date
        grant = grant_date(start, case.request_date)
        granted = grant.grant_date
        if pension is PensionType.INVALIDITY or start < rule.standard_age_date:
            # Art. 61 (2): voluntary contracts do not count for invalidity.
            realised = totals.total_stagiu_early
            pot, cap, capped = potential_period(rule.complete_period, realised,
                                                grant.grant_date if pension is
                                                PensionType.INVALIDITY else start,
                                                rule.standard_age_date)
            invalid = InvalidityResult(grade, grant, pot, cap, capped)
    else:
        age_date = elig["old_age"].date or rule.standard_age_date
        grant = grant_date(max(age_date, case.conditions_met_date or dt.date.min),
                           case.request_date)
        granted = grant.grant_date

    points = None
    try:
        annual = annual_points(tables, case.monthly_gross, case.annual_points)
        for use in annual.salaries_used:
            used.append(ReferenceUse(
                "câștig salarial mediu " + use.basis, str(use.year), str(use.value), use.status,
                use.source))
        assimilated = as_annual(monthly_points_for(totals.assimilated_for_points,
                                                   ASSIMILATED_RATE))
        supplementary, detail = _supplementary(case, totals, red)
        stab_basis = totals.stability_early if pension is PensionType.EARLY \
            else totals.stability
        stability = stability_points(stab_basis)
        potential = ZERO
        if invalid is not None:
            potential = as_annual(monthly_points_for(invalid.potential,
                                                     potential_rate(invalid.grade)))
        total = q5(annual.annual_sum + assimilated + supplementary + stability + potential)
        share = survivor_pct(case.survivors or 0) if pension is PensionType.SURVIVOR else None
        pension_points = q5(total * share / 100) if share is not None else total
        points = PointsResult(annual.by_year, annual.annual_sum, assimilated, supplementary,
                              detail, stability, potential, total, share, pension_points)
    except MissingReferenceValue as exc:
        missing.append(str(exc))

    vpr_value = amount_full = amount = None
    if granted is not None:
        vpr_row = value_on(tables.vpr, granted)
        if vpr_row is None or vpr_row.value is None:
            missing.append("Lipsește valoarea punctului de referință în vigoare la data de "
                           f"{granted:%d.%m.%Y} (art. 84).")
        else:
            vpr_value = vpr_row.value
            used.append(ReferenceUse("valoarea punctului de referință", f"{granted:%d.%m.%Y}",
                                     str(vpr_row.value), vpr_row.status, vpr_row.basis))
    if points is not None and vpr_value is not None:
        amount_full = amount_lei(points.pension_points, vpr_value)
        amount = amount_full
        if early is not None:
            amount = (amount_full * (100 - early.diminution_pct) / 100).quantize(
                Decimal(1), rounding=ROUND_CEILING)

    partial = CalculationResult(
        case=case, age=rule, reductions=red, totals=totals, eligibility=elig,
        grant_date=granted, early=early, invalidity=invalid, points=points,
        reference_point_value=vpr_value, amount_before_diminution_lei=amount_full,
        amount_lei=amount, missing_values=tuple(missing), reference_values_used=tuple(used),
        explanation=(),
    )
    lines = explain.lines(partial)
    if early_note:
        lines = (*lines, early_note)
    return CalculationResult(**{**partial.__dict__, "explanation": lines})


__all__ = ["CalculationError", "calculate"]

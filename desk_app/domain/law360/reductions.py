"""Reductions of the standard retirement age and which of them combine.

* Art. 48 (1) a) Table 1 (particular conditions, grupa a II-a), b) Table 2
  (grupa I, special conditions), c) 6 months per year of political detention;
  all need the complete contributory period (art. 22 (1) norms). A fraction of
  a year in grupa I/special conditions is added to the particular-conditions
  years for Table 1 (art. 54 (1)).
* Art. 51 Table 3: women with the complete period who raised children.
* Art. 48 and 51 combine, at most 11 years in total (art. 54 (2) law, art. 22
  (2) norms), and the reduced age is never below 52 (women) / 54 (men)
  (art. 54 (3)).
* Art. 49 (fixed, combined with nothing, art. 49 (2)); art. 50 (radiation
  zones, reduced age not below 45, art. 50 (4)); neither needs the complete
  period (art. 21 (4) norms).
* Art. 52 (disability) and art. 53 (severe visual impairment, any age); the
  CNPP circular of 28.01.2025 (pt. 2) says art. 51 does not combine with them.
* Art. 56: complete period exceeded by at least 5 years → up to 5 years
  earlier, combined with nothing (art. 57).

The most favourable admissible option is applied; the others are listed as
not combined so the clerk can cite why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.law360.ages import AgeRule, add_months
from desk_app.domain.law360.case import (
    CaseInput,
    DisabilityKind,
    FixedRule,
    WorkCondition,
)
from desk_app.domain.law360.durations import Duration, sum_durations
from desk_app.domain.law360.periods import PeriodTotals
from desk_app.domain.law360.reference import ReductionRow

MAX_CUMULATED_MONTHS = 11 * 12  # art. 54 (2)
FLOOR_MONTHS = {"F": 52 * 12, "M": 54 * 12}  # art. 54 (3)
ART56_MONTHS = 5 * 12  # art. 56
RADIATION_FLOOR_MONTHS = 45 * 12  # art. 50 (4)

# rule → (years required in the condition, reduction in years, article)
_FIXED = {
    FixedRule.MINING: (20, 20, "art. 49 alin. (1) lit. a)"),
    FixedRule.MINING_CLOSED: (15, 20, "art. 49 alin. (1) lit. a)"),
    FixedRule.ARTISTIC: (20, 13, "art. 49 alin. (1) lit. b)"),
    FixedRule.SPECIAL_CFGIL: (25, 11, "art. 49 alin. (1) lit. c)"),
    FixedRule.SPECIAL_DH: (25, 13, "art. 49 alin. (1) lit. d)"),
    FixedRule.RADIATION_ZONE1: (22, 20, "art. 50 alin. (2)"),
    FixedRule.RADIATION_ZONE2: (25, 18, "art. 50 alin. (2)"),
}
# kind → (numerator, denominator of the complete period, reduction years, article)
_DISABILITY = {
    DisabilityKind.SEVERE: (1, 3, 15, "art. 52 alin. (1) lit. a)"),
    DisabilityKind.ACCENTUATED: (2, 3, 10, "art. 52 alin. (1) lit. b)"),
    DisabilityKind.MEDIUM: (1, 1, 10, "art. 52 alin. (1) lit. c)"),
}


@dataclass(frozen=True)
class AppliedReduction:
    article: str
    months: int
    reason_ro: str


@dataclass(frozen=True)
class ReductionOutcome:
    applied: tuple[AppliedReduction, ...]
    total_months: int
    reduced_age_date: dt.date | None  # None: no reduction applies
    any_age: bool  # art. 53
    option: str  # art48_51 / art49_50 / art52 / art53 / art56 / none
    # Age reduced under art. 48/51 (norms art. 34 (1), circular example 2),
    # used to count the months of anticipation of an early pension.
    early_reference_date: dt.date
    notes: tuple[str, ...]


def table_months(rows: tuple[ReductionRow, ...], count: int) -> int:
    """Months of reduction for ``count`` full years (or children) in a table."""
    for row in rows:
        if row.low <= count and (row.high is None or count <= row.high):
            return row.months
    return 0


def _cumulative(case: CaseInput, rule: AgeRule, totals: PeriodTotals,
                tables_1_2_3: tuple[tuple[ReductionRow, ...], ...],
                has_complete: bool) -> tuple[list[AppliedReduction], list[str]]:
    table1, table2, table3 = tables_1_2_3
    cond = totals.contributory_by_condition
    applied: list[AppliedReduction] = []
    notes: list[str] = []
    special = sum_durations(cond[c] for c in (WorkCondition.GROUP_I, WorkCondition.SPECIAL,
                                              WorkCondition.SPECIAL_ART28_AB))
    particular = cond[WorkCondition.GROUP_II] + cond[WorkCondition.PARTICULAR]
    wants_48 = bool(special) or bool(particular) or case.political_detention_years > 0
    wants_51 = case.sex == "F" and case.children_raised > 0
    if (wants_48 or wants_51) and not has_complete:
        notes.append("Reducerile art. 48 și art. 51 nu se acordă: stagiul complet de cotizare "
                     "contributiv nu este realizat (art. 22 alin. (1) din norme, art. 51 "
                     "alin. (1) din lege).")
        return applied, notes
    months_b = table_months(table2, special.years)
    if months_b:
        applied.append(AppliedReduction(
            "art. 48 alin. (1) lit. b) (Tabelul nr. 2)", months_b,
            f"{special.years} ani întregi în grupa I / condiții speciale"))
    # Art. 54 (1): the fraction of a year left from Table 2 joins Table 1.
    fraction = Duration(0, special.months, special.days)
    table1_years = (particular + fraction).years
    months_a = table_months(table1, table1_years)
    if months_a:
        extra = " (inclusiv fracțiunea din grupa I / condiții speciale, art. 54 alin. (1))" \
            if fraction and (particular + fraction).years > particular.years else ""
        applied.append(AppliedReduction(
            "art. 48 alin. (1) lit. a) (Tabelul nr. 1)", months_a,
            f"{table1_years} ani întregi în grupa a II-a / condiții deosebite{extra}"))
    if case.political_detention_years > 0:
        applied.append(AppliedReduction(
            "art. 48 alin. (1) lit. c)", 6 * case.political_detention_years,
            f"{case.political_detention_years} ani de privare de libertate/deportare/"
            "prizonierat (DL nr. 118/1990)"))
    if wants_51:
        months_51 = table_months(table3, case.children_raised)
        applied.append(AppliedReduction(
            "art. 51 (Tabelul nr. 3)", months_51,
            f"{case.children_raised} {'copil' if case.children_raised == 1 else 'copii'} "
            "născuți și crescuți"))
    total = sum(a.months for a in applied)
    if total > MAX_CUMULATED_MONTHS:
        notes.append(f"Reducerea cumulată de {total} luni se limitează la 132 de luni "
                     "(11 ani, art. 54 alin. (2) din lege).")
    return applied, notes


def compute_reductions(case: CaseInput, rule: AgeRule, totals: PeriodTotals,
                       tables_1_2_3: tuple[tuple[ReductionRow, ...], ...]) -> ReductionOutcome:
    """Choose the most favourable admissible reduction option (module docstring)."""
    complete = rule.complete_period
    has_complete = totals.eligibility >= complete
    standard = rule.age_total_months
    options: list[tuple[str, list[AppliedReduction], int, bool]] = []
    notes: list[str] = []

    cumul, cumul_notes = _cumulative(case, rule, totals, tables_1_2_3, has_complete)
    notes.extend(cumul_notes)
    cumul_total = min(sum(a.months for a in cumul), MAX_CUMULATED_MONTHS)
    floor = FLOOR_MONTHS.get(case.sex, FLOOR_MONTHS["M"])
    if cumul and standard - cumul_total < floor:
        cumul_total = max(0, standard - floor)
        notes.append(f"Vârsta redusă nu poate fi mai mică de {floor // 12} de ani "
                     "(art. 54 alin. (3) din lege).")
    if cumul_total:
        options.append(("art48_51", cumul, cumul_total, False))

    if case.fixed_reduction is not None:
        need, years, article = _FIXED[case.fixed_reduction.rule]
        if case.fixed_reduction.period >= Duration.of(need):
            months = years * 12
            if article.startswith("art. 50"):
                months = min(months, max(0, standard - RADIATION_FLOOR_MONTHS))
            options.append(("art49_50", [AppliedReduction(
                article, months, f"cel puțin {need} de ani în condițiile speciale respective; "
                "nu se cumulează cu alte reduceri (art. 49 alin. (2))")], months, False))
        else:
            notes.append(f"{article}: stagiul în condiții speciale este sub {need} de ani; "
                         "se aplică art. 48 alin. (1) lit. b) (art. 21 alin. (3) din norme).")

    if case.disability is not None:
        dis = case.disability
        if dis.kind is DisabilityKind.VISUAL:
            if dis.period.total_days * 3 >= complete.total_days:
                options.append(("art53", [AppliedReduction(
                    "art. 53", 0, "deficiență vizuală gravă, cel puțin o treime din stagiul "
                    "complet: pensie indiferent de vârstă")], 0, True))
            else:
                notes.append("Art. 53: stagiul realizat în condiții de deficiență vizuală gravă "
                             "este sub o treime din stagiul complet.")
        else:
            num, den, years, article = _DISABILITY[dis.kind]
            if dis.period.total_days * den >= complete.total_days * num:
                options.append(("art52", [AppliedReduction(
                    article, years * 12, f"handicap {dis.kind.value}, stagiu în condiții de "
                    "handicap suficient")], years * 12, False))
            else:
                notes.append(f"{article}: stagiul realizat în condiții de handicap este "
                             "insuficient pentru reducere.")

    if has_complete and totals.total_stagiu >= complete + Duration.of(5):
        options.append(("art56", [AppliedReduction(
            "art. 56", ART56_MONTHS, "stagiul complet depășit cu cel puțin 5 ani; nu se "
            "cumulează cu alte reduceri (art. 57)")], ART56_MONTHS, False))

    early_ref = add_months(rule.standard_age_date, -cumul_total) if cumul_total \
        else rule.standard_age_date
    if not options:
        return ReductionOutcome((), 0, None, False, "none", early_ref, tuple(notes))
    order = {"art53": 0, "art48_51": 1, "art56": 2, "art49_50": 3, "art52": 4}
    best = min(options, key=lambda o: (not o[3], -o[2], order[o[0]]))
    for other in options:
        if other is not best:
            arts = ", ".join(a.article for a in other[1])
            notes.append(f"Nu se cumulează: {arts} ({other[2]} luni) — s-a aplicat varianta "
                         "mai favorabilă.")
    option, applied, total, any_age = best
    reduced = None if any_age else add_months(rule.standard_age_date, -total)
    return ReductionOutcome(tuple(applied), total, reduced, any_age, option, early_ref,
                            tuple(notes))

"""The Romanian explanation of a calculation, one line per step, each citing its article.

A clerk reads these lines to the citizen and the calculation sheet prints
them; they use the correct diacritics (ș ț with comma below).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from desk_app.domain.law360.case import PensionType, PeriodKind

if TYPE_CHECKING:
    from desk_app.domain.law360.result import CalculationResult

KIND_RO = {
    PeriodKind.CONTRIBUTORY: "stagiu contributiv",
    PeriodKind.CHILD_LEAVE_BEFORE_2001: "concediu pentru creșterea copilului anterior "
                                        "01.04.2001 (contributiv)",
    PeriodKind.ALLOWANCE_2001_2005: "indemnizații de asigurări sociale 01.04.2001–01.01.2006 "
                                    "(asimilat)",
    PeriodKind.CHILD_LEAVE_FROM_2006: "concediu pentru creșterea copilului din 01.01.2006 "
                                      "(asimilat)",
    PeriodKind.UNIVERSITY: "studii universitare (asimilat)",
    PeriodKind.MILITARY: "stagiu militar (asimilat)",
    PeriodKind.VOLUNTARY_CONTRACT: "contract de asigurare socială (contributiv)",
    PeriodKind.NON_CONTRIBUTORY: "perioade necontributive",
}


def d(day: dt.date | None) -> str:
    return "—" if day is None else f"{day:%d.%m.%Y}"


def num(value: Decimal) -> str:
    """Romanian decimal comma."""
    return str(value).replace(".", ",")


def lines(r: CalculationResult) -> tuple[str, ...]:
    out: list[str] = []
    age, case, totals, red = r.age, r.case, r.totals, r.reductions
    source = "anexa nr. 5 la lege" if age.source == "anexa nr. 5" else "art. 47 alin. (1)–(3)"
    out.append(f"Vârsta standard de pensionare: {age.age_years} ani {age.age_months} luni, "
               f"împlinită la {d(age.standard_age_date)} ({source}).")
    out.append(f"Stagiul minim de cotizare contributiv: {age.minimum_period.ro()}; stagiul "
               f"complet: {age.complete_period.ro()} ({source}).")
    for kind, dur in totals.by_kind.items():
        if dur:
            out.append(f"Perioadă — {KIND_RO[kind]}: {dur.ro()} (art. 3, 13, 14 din lege).")
    if totals.overlap_removed:
        out.append(f"Perioade suprapuse luate o singură dată: {totals.overlap_removed.ro()} "
                   "(art. 14 alin. (3) din lege, art. 54 alin. (4) din norme).")
    out.append(f"Stagiu contributiv pentru stagiul minim/complet: {totals.eligibility.ro()} "
               "(inclusiv concediul pentru creșterea copilului din 2006, art. 47 alin. (4)).")
    out.append(f"Stagiu contributiv pentru punctele de stabilitate: {totals.stability.ro()} "
               "(fără perioadele asimilate, art. 85 alin. (3)–(4)).")
    if totals.supplement_art15:
        out.append(f"Stagiu suplimentar pentru condiții deosebite/speciale: "
                   f"{totals.supplement_art15.ro()} (art. 15 alin. (1) din lege).")
    for applied in red.applied:
        out.append(f"Reducere {applied.article}: {applied.months} luni — {applied.reason_ro}.")
    out.extend(red.notes)
    if red.any_age:
        out.append("Pensia pentru limită de vârstă se acordă indiferent de vârstă (art. 53).")
    elif red.reduced_age_date:
        out.append(f"Vârsta redusă se împlinește la {d(red.reduced_age_date)}; reducere totală "
                   f"{red.total_months} luni (art. 54 alin. (2)–(3), art. 57).")
    for kind_name, elig in r.eligibility.items():
        if kind_name == case.pension.value:
            verdict = "îndeplinite" if elig.eligible else "neîndeplinite la data cererii"
            out.append(f"Condiții pentru pensia solicitată: {verdict}; data îndeplinirii: "
                       f"{d(elig.date)}. {elig.reason_ro}")
    if r.early is not None:
        e = r.early
        timing = ("cererea depusă în termen de 30 de zile, drepturile se acordă de la data "
                  "îndeplinirii condițiilor (art. 90 alin. (2))") if e.grant.filed_in_time else (
            "cererea depusă înainte de îndeplinirea condițiilor; calculul este făcut la data "
            "îndeplinirii lor" if e.grant.filed_too_early else
            "cererea depusă după termenul de 30 de zile, drepturile se acordă de la data "
            "înregistrării (art. 90 alin. (3))")
        out.append(f"Data acordării pensiei anticipate: {d(e.grant.grant_date)} — {timing}.")
        out.append(f"Luni de anticipare: {d(e.reference_age_date)} − {d(e.grant.grant_date)} = "
                   f"{e.anticipation_gap.ro()}, întregit la {e.anticipation_months} luni "
                   "(art. 34 alin. (1)–(2) din norme).")
        out.append(f"Stagiu realizat peste stagiul complet: {e.over_complete.ro()} "
                   "(art. 32 alin. (3) din norme); procent de diminuare "
                   f"{num(e.pct_per_month)} % pe lună (tabelul nr. 4, art. 58 alin. (3)).")
        out.append(f"Procent de diminuare: {e.anticipation_months} × {num(e.pct_per_month)} % = "
                   f"{num(e.diminution_pct)} % (art. 34 alin. (2) și (4) din norme).")
    if r.invalidity is not None:
        inv = r.invalidity
        cap = (" — limitat la stagiul realizabil până la vârsta standard (art. 66 alin. (2))"
               if inv.capped else "")
        out.append(f"Stagiu potențial: {inv.potential.ro()}{cap} (art. 66 alin. (1) din lege, "
                   "art. 39 din norme).")
    p = r.points
    if p is not None:
        given = [y for y in p.by_year if y in dict(case.annual_points)]
        if given:
            out.append("Punctaje anuale introduse direct de funcționar pentru anii: "
                       + ", ".join(str(y) for y in given) + " (art. 85 alin. (2)).")
        out.append(f"Suma punctajelor anuale: {num(p.annual_sum)} (punctaj lunar = venit brut / "
                   "câștig salarial mediu brut, punctaj anual = suma / 12; art. 85 alin. (2) "
                   "și (7), art. 50–51 din norme).")
        if p.assimilated:
            out.append(f"Puncte pentru perioade asimilate (0,25 puncte pe lună): "
                       f"{num(p.assimilated)} (art. 86 alin. (2)).")
        if totals.assimilated_before_2001:
            out.append("Studiile/stagiul militar anterioare datei de 01.04.2001 "
                       f"({totals.assimilated_before_2001.ro()}) se punctează după salariul "
                       "minim (art. 138 alin. (2)); introduceți punctajul lor anual.")
        if p.supplementary:
            out.append(f"Puncte suplimentare: {num(p.supplementary)} (art. 88 din lege, "
                       "art. 55–56 din norme).")
        out.append(f"Puncte de stabilitate: {num(p.stability)} (art. 85 alin. (3), art. 54 "
                   "alin. (2) din norme).")
        if p.potential:
            out.append(f"Puncte pentru stagiul potențial: {num(p.potential)} (art. 87 "
                       "alin. (1)).")
        out.append(f"Număr total de puncte: {num(p.total)} (art. 85 alin. (1), 5 zecimale, "
                   "art. 54 alin. (5) din norme).")
        if p.survivor_pct is not None:
            out.append(f"Pensie de urmaș: {num(p.survivor_pct)} % din punctele susținătorului "
                       f"= {num(p.pension_points)} puncte (art. 79 alin. (2)).")
    if r.reference_point_value is not None:
        out.append(f"Valoarea punctului de referință la {d(r.grant_date)}: "
                   f"{num(r.reference_point_value)} lei (art. 83–84).")
    if r.amount_before_diminution_lei is not None and p is not None:
        out.append(f"Cuantum: {num(p.pension_points)} × {num(r.reference_point_value or 0)} = "
                   f"{r.amount_before_diminution_lei} lei, fracțiunile de leu întregite în "
                   "favoarea pensionarului (art. 83 alin. (2), art. 49 alin. (2) din norme).")
    if r.early is not None and r.amount_lei is not None:
        out.append(f"Cuantumul pensiei anticipate: {r.amount_lei} lei, după diminuarea cu "
                   f"{num(r.early.diminution_pct)} % (art. 58 alin. (3)).")
    if case.pension is PensionType.EARLY:
        out.append("Lunile de anticipare se socotesc până la vârsta standard redusă potrivit "
                   "art. 48/51, conform exemplului 2 din circulara CNPP din 28.01.2025 și "
                   "art. 34 alin. (1) din norme.")
    for use in r.reference_values_used:
        if use.status in ("inferred", "missing", "secondary", "override"):
            label = {"inferred": "dedusă", "missing": "lipsă",
                     "secondary": "din surse secundare",
                     "override": "introdusă de administrator"}[use.status]
            out.append(f"Atenție: valoarea folosită pentru {use.name} ({use.key}) = {use.value} "
                       f"este {label} — verificați-o (temei: {use.source or 'Legea 360/2023'}).")
    for message in r.missing_values:
        out.append(f"Lipsă: {message}")
    return tuple(out)

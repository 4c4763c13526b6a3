"""Rejection reasons offered to the clerk, per kind of decision, each with the
article it rests on (the decision must state its legal grounds, art. 93 (4)
of Law 360/2023). The clerk picks one and adds the facts in free text."""

from __future__ import annotations

from dataclasses import dataclass

LAW = "Legea nr. 360/2023"


@dataclass(frozen=True)
class RejectionReason:
    code: str
    label: str
    article: str


_COMMON = (
    RejectionReason("incomplete_file", "Dosarul nu a fost completat cu documentele necesare "
                    "stabilirii dreptului", f"art. 89 alin. (4) și art. 93 alin. (2) din {LAW}"),
    RejectionReason("other", "Alt motiv (descris în text)", f"art. 93 alin. (4) din {LAW}"),
)

REASONS: dict[str, tuple[RejectionReason, ...]] = {
    "old_age": (
        RejectionReason("age_not_reached", "Nu este îndeplinită vârsta standard de pensionare "
                        "(nici redusă, după caz)", f"art. 46 alin. (1) și anexa nr. 5 din {LAW}"),
        RejectionReason("minimum_period_missing", "Nu este realizat stagiul minim de cotizare "
                        "contributiv", f"art. 46 alin. (1) și art. 47 alin. (2) din {LAW}"),
        RejectionReason("reduction_not_proven", "Nu sunt dovedite condițiile pentru reducerea "
                        "vârstei standard de pensionare", f"art. 48–57 din {LAW}"),
        RejectionReason("already_pensioner", "Solicitantul beneficiază deja de o categorie de "
                        "pensie în sistemul public", f"art. 45 alin. (2) din {LAW}"),
        *_COMMON,
    ),
    "early": (
        RejectionReason("complete_period_missing", "Nu este realizat stagiul complet de "
                        "cotizare contributiv", f"art. 58 alin. (1) din {LAW}"),
        RejectionReason("more_than_5_years", "Data cererii este cu mai mult de 5 ani înaintea "
                        "vârstei standard de pensionare", f"art. 58 alin. (1) din {LAW}"),
        RejectionReason("voluntary_contract", "Stagiul complet se realizează numai cu perioade "
                        "din contract de asigurare socială, care nu se iau în considerare",
                        f"art. 58 alin. (2) din {LAW}"),
        RejectionReason("already_pensioner", "Solicitantul beneficiază deja de o categorie de "
                        "pensie în sistemul public", f"art. 45 alin. (2) din {LAW}"),
        *_COMMON,
    ),
    "invalidity": (
        RejectionReason("no_medical_decision", "Lipsește decizia medicală de încadrare într-un "
                        "grad de invaliditate", f"art. 61 și art. 64 din {LAW}"),
        RejectionReason("standard_age_reached", "Solicitantul a împlinit vârsta standard de "
                        "pensionare", f"art. 61 alin. (1) din {LAW}"),
        RejectionReason("no_contribution", "Nu există stagiu de cotizare contributiv realizat",
                        f"art. 61 alin. (1)–(2) din {LAW}"),
        *_COMMON,
    ),
    "survivor": (
        RejectionReason("supporter_not_entitled", "Susținătorul decedat nu era pensionar și nu "
                        "îndeplinea condițiile pentru obținerea unei pensii", f"art. 73 din {LAW}"),
        RejectionReason("child_over_age", "Copilul a depășit vârsta până la care se acordă "
                        "pensia de urmaș sau nu face dovada continuării studiilor",
                        f"art. 74 din {LAW}"),
        RejectionReason("spouse_conditions", "Soțul supraviețuitor nu îndeplinește condițiile "
                        "de vârstă, durată a căsătoriei sau invaliditate",
                        f"art. 75–78 din {LAW}"),
        *_COMMON,
    ),
    "recalculation": (
        RejectionReason("no_new_periods", "Documentele depuse nu conțin stagii sau venituri "
                        "nevalorificate", f"art. 94 alin. (5)–(7) din {LAW}"),
        RejectionReason("already_this_year", "Stagiul realizat după pensionare a fost deja "
                        "valorificat în acest an calendaristic", f"art. 94 alin. (6) din {LAW}"),
        *_COMMON,
    ),
    "death_aid": (
        RejectionReason("already_paid", "Ajutorul de deces pentru aceeași persoană decedată a "
                        "fost deja acordat", f"art. 111 alin. (1) și art. 112 din {LAW}"),
        RejectionReason("not_insured", "Persoana decedată nu avea calitatea de asigurat, "
                        "pensionar sau membru de familie al acestora",
                        f"art. 111 alin. (1)–(2) și art. 112 din {LAW}"),
        RejectionReason("expenses_not_proven", "Nu s-a făcut dovada suportării cheltuielilor "
                        "ocazionate de deces", f"art. 111 alin. (1) și (3) din {LAW}"),
        RejectionReason("prescribed", "Dreptul a fost solicitat după împlinirea termenului "
                        "general de prescripție", f"art. 116 alin. (2) din {LAW}"),
        *_COMMON,
    ),
    "unpaid_amounts": (
        RejectionReason("not_heir", "Solicitantul nu face dovada calității de moștenitor sau "
                        "de soț supraviețuitor", f"art. 107 alin. (1) din {LAW}"),
        RejectionReason("already_paid", "Sumele au fost plătite altei persoane",
                        f"art. 107 alin. (1) din {LAW}"),
        RejectionReason("no_amounts", "Nu există sume cuvenite și neîncasate până la data "
                        "decesului", f"art. 107 alin. (1) din {LAW}"),
        *_COMMON,
    ),
}


def reasons_for(kind: str) -> tuple[RejectionReason, ...]:
    return REASONS.get(kind, _COMMON)


def reason(kind: str, code: str) -> RejectionReason | None:
    return next((r for r in reasons_for(kind) if r.code == code), None)

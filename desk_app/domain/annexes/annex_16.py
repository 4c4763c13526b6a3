"""Annex 16 to the norms (HG 181/2024): request for the recalculation of the
pension ("Cerere pentru recalcularea pensiei"), art. 94 (5) of the law and
art. 121 of the norms.

Each reason of the model is a box; the reasons printed with "în perioada" carry
their period (from/to), required when the box is ticked; at least one reason is
required. The documents attached are rows (name, number, date), at least one:
a recalculation adds what documents prove (art. 121 (1) of the norms).

Deadline: 45 days from registration (art. 94 (7) of the law; +30 days when more
documents are needed, art. 94 (8)), counted in "zile libere" (art. 58 (5) of
the norms). The recalculated rights are due from the month after registration
(art. 121 (8) of the norms).
"""

from __future__ import annotations

import datetime as dt

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_extra as x
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Bullets,
    DeadlineKind,
    DeadlineRule,
    Field,
    FieldKind,
    Para,
    Section,
    Signatures,
    Table,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"

APPLICANT = (
    *c.full_person_fields(P),
    Field(f"{P}.pension_file", "Număr de dosar (pensie)", required=True, max_length=40),
)

# (key, label); the ones with a period print "în perioada: … – …".
_REASONS_WITH_PERIOD = (
    ("reason.income", "Veniturile totale lunare realizate"),
    ("reason.contribution", "Stagiile de cotizare realizate"),
    ("reason.assimilated", "Perioadele asimilate realizate"),
    ("reason.bonuses", "Sporurile cu caracter permanent acordate"),
)


def _reason_with_period(key: str, label: str) -> tuple[Field, ...]:
    on = x.ticked(key)
    return (
        Field(key, label, FieldKind.FLAG),
        x.when(Field(f"{key}_from", "În perioada — de la", FieldKind.DATE), on),
        x.when(Field(f"{key}_to", "până la", FieldKind.DATE), on),
    )


REASONS = (
    *_reason_with_period(*_REASONS_WITH_PERIOD[0]),
    *_reason_with_period(*_REASONS_WITH_PERIOD[1]),
    *_reason_with_period(*_REASONS_WITH_PERIOD[2]),
    Field("reason.work_conditions", "Perioadele de activitate în grupe superioare/condiții "
          "deosebite și speciale de muncă", FieldKind.FLAG),
    *_reason_with_period(*_REASONS_WITH_PERIOD[3]),
    Field("reason.other_documents", "Alte documente", FieldKind.FLAG),
)

REASON_KEYS = tuple(f.key for f in REASONS if f.kind is FieldKind.FLAG)

ATTACHMENTS = Field(
    "attachments", "Documente anexate", FieldKind.ROWS, required=True, max_rows=30,
    columns=(
        Field("name", "Denumirea documentului", required=True, max_length=200),
        Field("number", "Nr.", max_length=40),
        Field("date", "Data", FieldKind.DATE),
    ),
)

APPLICANT_PARAGRAPH = (
    "Subsemnatul(a) {applicant.surname} {applicant.given_names}, având codul numeric personal "
    "{applicant.cnp}, domiciliat(ă) în localitatea {applicant.locality}, str. "
    "{applicant.street} nr. {applicant.street_no}, bl. {applicant.block}, "
    "sc. {applicant.staircase}, et. {applicant.floor}, ap. {applicant.apartment}, "
    "județul/sectorul {applicant.county}, posesor/posesoare al/a actului de identitate seria "
    "{applicant.id_series} nr. {applicant.id_number}, eliberat de {applicant.id_issuer} la "
    "data de {applicant.id_date}, număr de dosar {applicant.pension_file}, număr de telefon "
    "{applicant.phone}, adresă de e-mail {applicant.email}, născut(ă) la data de "
    "{applicant.birth_date}, în localitatea/județul/sectorul {applicant.birth_place}, fiul "
    "(fiica) lui {applicant.father_name} și al (a) {applicant.mother_name}, solicit:"
)


def _period(key: str) -> str:
    return f"{{{key}_from}} – {{{key}_to}}"


LAYOUT = (
    Para("Nr. {_registration_no} din {_registration_date}", style="right"),
    Title("C E R E R E", "pentru recalcularea pensiei"),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para(APPLICANT_PARAGRAPH),
    Bullets(
        intro="— recalcularea conform art. 94 din Legea 360/2023 privind sistemul public de "
              "pensii, prin adăugarea:",
        items=(
            "{reason.income|box} veniturilor totale lunare realizate în perioada: "
            + _period("reason.income"),
            "{reason.contribution|box} stagiilor de cotizare realizate în perioada: "
            + _period("reason.contribution"),
            "{reason.assimilated|box} perioadelor asimilate realizate în perioada: "
            + _period("reason.assimilated"),
            "{reason.work_conditions|box} perioadelor de activitate desfășurate în grupe "
            "superioare/condiții deosebite și speciale de muncă;",
            "{reason.bonuses|box} sporurilor cu caracter permanent acordate în perioada: "
            + _period("reason.bonuses"),
            "{reason.other_documents|box} altor documente.",
        ),
    ),
    Table("attachments", ("Denumirea documentului", "Nr.", "Data"), min_printed_rows=2,
          intro="În acest scop anexez următoarele documente:"),
    Para(c.GDPR_CONSENT),
    Signatures(),
)

_SAMPLE_CNP = make_cnp("F", dt.date(1959, 8, 21), "16", 305)

SAMPLE = {
    **c.sample_person(P, _SAMPLE_CNP, surname="Ionescu", given_names="Aurelia",
                      locality="Craiova", street="Str. Brestei", street_no="52",
                      block="B2", staircase="1", floor="6", apartment="24", county="Dolj",
                      id_series="DX", id_number="735518", id_issuer="SPCLEP Craiova",
                      id_date="09.05.2019", birth_place="Băilești, jud. Dolj",
                      father_name="Dumitru", mother_name="Ioana", phone="0251 418 226",
                      email="aurelia.ionescu@exemplu.ro"),
    f"{P}.pension_file": "DJ-233170",
    "reason.income": True,
    "reason.income_from": "01.03.1985",
    "reason.income_to": "31.12.2000",
    "reason.contribution": True,
    "reason.contribution_from": "01.09.2024",
    "reason.contribution_to": "31.08.2025",
    "reason.assimilated": True,
    "reason.assimilated_from": "01.10.1977",
    "reason.assimilated_to": "30.06.1982",
    "reason.work_conditions": True,
    "reason.bonuses": True,
    "reason.bonuses_from": "01.01.1990",
    "reason.bonuses_to": "31.03.2001",
    "reason.other_documents": True,
    "attachments": [
        {"name": "Adeverință privind veniturile realizate (anexa nr. 6 la lege)",
         "number": "1184", "date": "12.10.2026"},
        {"name": "Diplomă de licență cu foaia matricolă", "number": "4418",
         "date": "15.07.1982"},
        {"name": "Adeverință privind sporurile cu caracter permanent", "number": "1185",
         "date": "12.10.2026"},
    ],
}

SPEC = AnnexSpec(
    annex_id="16",
    version=1,
    annex_label="ANEXA nr. 16 la norme (HG nr. 181/2024)",
    title="Cerere pentru recalcularea pensiei",
    short_title="Recalcularea pensiei",
    group="Pensii",
    benefit="recalculation",
    legal_basis="art. 94 alin. (5)–(9) din Legea nr. 360/2023; art. 121 din norme",
    deadline=DeadlineRule(DeadlineKind.FREE_DAYS, 45,
                          "art. 94 alin. (7) din lege și art. 58 alin. (5) din norme"),
    sections=(
        Section("Solicitant", APPLICANT),
        Section("Se solicită recalcularea prin adăugarea", REASONS),
        Section("Documente anexate", (ATTACHMENTS,)),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(
        x.at_least_one(REASON_KEYS, "reason.income",
                       "Bifați cel puțin un motiv al recalculării."),
        *(x.dates_in_order(f"{key}_from", f"{key}_to") for key, _ in _REASONS_WITH_PERIOD),
    ),
)

"""Annex 8 to the norms (HG 181/2024): request for the unpaid amounts of a
deceased pensioner ("Cerere pentru plata sumelor cuvenite și neîncasate de
către pensionarul decedat"), art. 107 of the law and art. 66 of the norms.

The amounts go to the surviving spouse, the children, the parents and, failing
them, the heirs (art. 66 (1)); the relationship is a choice ("soț/supraviețuitor"
of the reference text is read as one quality, "soț supraviețuitor"). The months
claimed are rows (month, year), printed grouped by year after "pe luna … anul …".
Documents (art. 66 (2)): the death certificate is required; the applicant's civil
status acts for a spouse, child or parent; the certificate of inheritance for an
heir (art. 66 (3)). The office boxes "Se aprobă." and the CFP visa are printed as
frames.

Deadline: none. The norms set no term for deciding this request; art. 66 (4)
only lets the request be made within the general limitation period from the
death (art. 107 (2) of the law), which is the citizen's term, not the office's.
"""

from __future__ import annotations

import datetime as dt

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_extra as x
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Boxes,
    Bullets,
    Field,
    FieldKind,
    Option,
    Para,
    Payload,
    Section,
    Signatures,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"
HEIR = "mostenitor"

MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
          "septembrie", "octombrie", "noiembrie", "decembrie")

APPLICANT = (
    *x.person_fields(P, without=("birth_place", "father_name", "mother_name")),
    Field(f"{P}.relationship", "În calitate de", FieldKind.CHOICE, required=True,
          options=(Option("fiu", "fiu"), Option("fiica", "fiică"),
                   Option("sot_supravietuitor", "soț supraviețuitor"),
                   Option("parinte", "părinte"), Option(HEIR, "moștenitor"))),
)


def _by_year(payload: Payload) -> list[tuple[str, list[str]]]:
    """The claimed months grouped by year, in calendar order."""
    years: dict[str, list[int]] = {}
    for row in payload.get("claim.periods") or []:
        if not isinstance(row, dict):
            continue
        month, year = str(row.get("month", "")), str(row.get("year", ""))
        if month.isdigit() and 1 <= int(month) <= 12 and year.isdigit():
            years.setdefault(year, []).append(int(month))
    return [(year, [MONTHS[m - 1] for m in sorted(set(months))])
            for year, months in sorted(years.items())]


def _months_text(payload: Payload) -> str:
    return "; ".join(", ".join(months) for _, months in _by_year(payload))


def _years_text(payload: Payload) -> str:
    return "; ".join(year for year, _ in _by_year(payload))


CLAIM = (
    Field("claim.pension_file", "Dosarul nr.", required=True, max_length=40,
          help="Dosarul de pensie al pensionarului decedat."),
    c.alternatives("claim.kind", "Plata", "pensiei", "indemnizației"),
    Field("claim.periods", "Lunile pentru care se solicită plata", FieldKind.ROWS,
          required=True, max_rows=60,
          columns=(
              Field("month", "Luna", FieldKind.CHOICE, required=True,
                    options=tuple(Option(f"{n:02d}", name)
                                  for n, name in enumerate(MONTHS, start=1))),
              Field("year", "Anul", FieldKind.INTEGER, required=True, max_length=4,
                    minimum=1950, maximum=2100),
          )),
    Field("claim.months", "Luna (lunile)", FieldKind.COMPUTED, compute=_months_text),
    Field("claim.years", "Anul (anii)", FieldKind.COMPUTED, compute=_years_text),
)

DOCUMENTS = (
    c.document("doc.death_certificate", "Certificat de deces", required=True),
    x.required_if(c.document("doc.civil_status", "Acte de stare civilă (solicitant)",
                             forms=(c.ORIGINAL_AND_COPY,)),
                  lambda p: p.get(f"{P}.relationship") not in (None, "", HEIR)),
    x.required_if(c.document("doc.heir_certificate", "Certificat de moștenitor",
                             forms=(c.ORIGINAL_AND_COPY,)),
                  x.equals(f"{P}.relationship", HEIR)),
)

APPLICANT_PARAGRAPH = (
    "Subsemnatul(a) {applicant.surname} {applicant.given_names}, având codul numeric personal "
    "{applicant.cnp}, domiciliat(ă) în localitatea {applicant.locality}, str. "
    "{applicant.street} nr. {applicant.street_no}, bl. {applicant.block}, "
    "sc. {applicant.staircase}, et. {applicant.floor}, ap. {applicant.apartment}, județul "
    "{applicant.county}, posesor (posesoare) al (a) actului de identitate seria "
    "{applicant.id_series} nr. {applicant.id_number}, eliberat de {applicant.id_issuer} la "
    "data de {applicant.id_date}, în calitate de {applicant.relationship|alt}, nr. telefon "
    "{applicant.phone}, adresă de e-mail {applicant.email}, vă rog ca, în baza dosarului "
    "nr. {claim.pension_file} și a celorlalte acte, să aprobați plata:"
)

LAYOUT = (
    Title("CERERE", "pentru plata sumelor cuvenite și neîncasate de către pensionarul decedat"),
    Boxes(("Se aprobă.",)),
    Para("Înregistrată cu nr. {_registration_no} din {_registration_date}", style="right"),
    Boxes(("Viza pentru controlul financiar preventiv",)),
    Para("(semnătura)", style="small"),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para(APPLICANT_PARAGRAPH),
    Para("— {claim.kind|alt} pe luna {claim.months} anul {claim.years}"),
    Bullets(
        intro="Odată cu prezenta cerere depun și următoarele acte:",
        items=(
            "{doc.death_certificate|box} certificat de deces, în copie;",
            "{doc.civil_status|box} acte de stare civilă (solicitant);",
            "{doc.heir_certificate|box} certificat de moștenitor.",
        ),
    ),
    Signatures(),
)

_SAMPLE_CNP = make_cnp("M", dt.date(1969, 5, 30), "08", 163)

SAMPLE = {
    **x.only(APPLICANT, c.sample_person(
        P, _SAMPLE_CNP, surname="Olteanu", given_names="Radu-Mircea", locality="Brașov",
        street="Bd. Saturn", street_no="12", block="3", staircase="A", floor="2",
        apartment="8", county="Brașov", id_series="BV", id_number="902174",
        id_issuer="SPCLEP Brașov", id_date="27.08.2018", phone="0268 412 097",
        email="radu.olteanu@exemplu.ro")),
    f"{P}.relationship": "fiu",
    "claim.pension_file": "BV-097364",
    "claim.kind": "pensiei",
    "claim.periods": [{"month": "09", "year": "2026"}, {"month": "10", "year": "2026"}],
    "doc.death_certificate": x.sample_document(c.COPY),
    "doc.civil_status": x.sample_document(c.ORIGINAL_AND_COPY),
    "doc.heir_certificate": x.NOT_SUBMITTED,
}

SPEC = AnnexSpec(
    annex_id="08",
    version=1,
    annex_label="ANEXA nr. 8 la norme (HG nr. 181/2024)",
    title="Cerere pentru plata sumelor cuvenite și neîncasate de către pensionarul decedat",
    short_title="Sume neîncasate (pensionar decedat)",
    group="Pensii",
    benefit="unpaid_amounts",
    legal_basis="art. 107 din Legea nr. 360/2023; art. 66 din norme",
    deadline=None,
    sections=(
        Section("Solicitant", APPLICANT),
        Section("Sumele solicitate", CLAIM),
        Section("Acte depuse", DOCUMENTS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
)

"""Annex 9 to the norms (HG 181/2024): request for the medical assessment of
work capacity ("Cerere pentru expertizarea medicală a capacității de muncă"),
art. 64 of the law and art. 68–69 of the norms.

The request is addressed to an assessment office (cabinet) of INEMRCM. The ten
documents are boxes; they are handed in as originals, or as copies where the
originals cannot be obtained (footnote *), art. 69 (4) of the norms). Required:
the identity card (art. 69 (2) lit. a)) and at least one medical document of
items 2–7 (lit. b)); the rest is "după caz". The correspondence address is the
domicile or another: the form's two boxes, exactly one ticked; the other
address becomes required when its box is ticked.

Deadline: art. 72 (1) of the norms — the expert schedules the assessment within
at most 15 calendar days from registration; counted without the first and the
last day (Civil Code rule for terms in days, as art. 58 (5) of the norms does).
The law (art. 64) sets the term of the medical decision itself; it is not a
term of the norms.
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
    Footnotes,
    Para,
    Payload,
    Section,
    Signatures,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"
A = "correspondence"

CABINET = Field("cabinet", "Cabinetul de expertiză medicală a capacității de muncă",
                required=True, max_length=120,
                help="Cabinetul INEMRCM în raza căruia are domiciliul solicitantul.")

APPLICANT = x.person_fields(P, without=("floor", "id_issuer", "id_date", "birth_place",
                                        "father_name", "mother_name"))

_FORMS = (c.ORIGINAL, c.COPY)

MEDICAL_DOCUMENTS = (
    c.document("doc.discharge_letters", "Bilete externare/scrise medicale", forms=_FORMS),
    c.document("doc.medical_report", "Referat medical eliberat de medicul curant",
               forms=_FORMS),
    c.document("doc.lab_tests", "Analize medicale de laborator", forms=_FORMS),
    c.document("doc.imaging", "Investigații imagistice", forms=_FORMS),
    c.document("doc.functional_tests", "Explorări funcționale", forms=_FORMS),
    c.document("doc.other_results", "Alte rezultate ale investigațiilor medicale",
               forms=_FORMS),
)

DOCUMENTS = (
    c.document("doc.identity_card", "Cartea de identitate/buletinul de identitate",
               forms=_FORMS, required=True),
    *MEDICAL_DOCUMENTS,
    c.document("doc.invalidity_cause", "Documentul din care să rezulte cauza invalidității "
               "(FIAM sau fișa BP2)", forms=_FORMS),
    c.document("doc.invalidity_onset", "Documentul care atestă data ivirii invalidității "
               "(art. 74 lit. c) din lege)", forms=_FORMS),
    c.document("doc.sick_leave_days", "Adeverință cu nr. zile de concediu medical cumulată "
               "în ultimele 12/24 luni", forms=_FORMS),
)

_OTHER_ADDRESS = x.ticked(f"{A}.other")

CORRESPONDENCE = (
    Field(f"{A}.same", "Adresa de corespondență este aceeași cu cea de domiciliu",
          FieldKind.FLAG),
    Field(f"{A}.other", "Adresa de corespondență este alta (următoarea)", FieldKind.FLAG),
    *(x.when(Field(f.key, f.label, max_length=f.max_length), _OTHER_ADDRESS,
             required=f.required)
      for f in c.address_fields(A)),
)

APPLICANT_PARAGRAPH = (
    "Subsemnatul(a) {applicant.surname} {applicant.given_names}, având codul numeric personal "
    "{applicant.cnp}, domiciliat(ă) în localitatea {applicant.locality}, str. "
    "{applicant.street} nr. {applicant.street_no}, bl. {applicant.block}, "
    "sc. {applicant.staircase}, ap. {applicant.apartment}, județul/sectorul "
    "{applicant.county}, posesor (posesoare) al (a) buletinului/cărții de identitate seria "
    "{applicant.id_series} nr. {applicant.id_number}, adresa de e-mail {applicant.email}, "
    "nr. telefon {applicant.phone}, solicit expertizarea medicală a capacității de muncă în "
    "vederea încadrării în grad de invaliditate, conform Legii nr. 360/2023 privind sistemul "
    "public de pensii."
)

LAYOUT = (
    Para("Institutul Național de Expertiză Medicală și Recuperare a Capacității de Muncă",
         style="bold"),
    Para("Cabinetul de expertiză medicală a capacității de muncă {cabinet}", style="bold"),
    Para("Nr. {_registration_no} / {_registration_date}", style="right"),
    Title("CERERE", "pentru expertizarea medicală a capacității de muncă"),
    Para(APPLICANT_PARAGRAPH),
    Bullets(
        intro="Odată cu prezenta cerere depun și următoarele acte*):",
        items=(
            "1. cartea de identitate/buletinul de identitate {doc.identity_card|box}",
            "2. bilete externare/scrise medicale {doc.discharge_letters|box}",
            "3. referat medical eliberat de medicul curant {doc.medical_report|box}",
            "4. analize medicale de laborator {doc.lab_tests|box}",
            "5. investigații imagistice {doc.imaging|box}",
            "6. explorări funcționale {doc.functional_tests|box}",
            "7. alte rezultate ale investigațiilor medicale {doc.other_results|box}",
            "8. documentul din care să rezulte cauza invalidității (FIAM sau fișa BP2) "
            "{doc.invalidity_cause|box}",
            "9. documentul care să ateste data ivirii invalidității, pentru cazurile prevăzute "
            "la art. 74 lit. c) din lege {doc.invalidity_onset|box}",
            "10. adeverință cu nr. zile de concediu medical cumulată în ultimele 12/24 luni**) "
            "{doc.sick_leave_days|box}",
        ),
    ),
    Bullets(
        intro="Declar pe propria răspundere că:",
        items=(
            "1. Adresa de corespondență este aceeași cu cea de domiciliu precizată în actul de "
            "identitate. {correspondence.same|box}",
            "2. Adresa de corespondență nu este aceeași cu cea de domiciliu precizată în actul de "
            "identitate, fiind următoarea: {correspondence.other|box}",
        ),
    ),
    Para("localitatea {correspondence.locality}, str. {correspondence.street} "
         "nr. {correspondence.street_no}, bl. {correspondence.block}, "
         "sc. {correspondence.staircase}, et. {correspondence.floor}, "
         "ap. {correspondence.apartment}, județul/sectorul {correspondence.county}"),
    Signatures(),
    Footnotes((
        "*) Actele se depun în original. În situații motivate de imposibilitatea obiectivă a "
        "procurării documentelor originale, acestea se pot depune în copie, cu respectarea "
        "dispozițiilor art. 67 alin. (5) din prezentele norme.",
        "**) Pentru salariați, după caz.",
    )),
)


def _one_correspondence_box(payload: Payload) -> dict[str, str]:
    ticked = [bool(payload.get(f"{A}.same")), bool(payload.get(f"{A}.other"))]
    if sum(ticked) != 1:
        return {f"{A}.same": "Bifați una dintre cele două variante ale adresei de "
                             "corespondență."}
    return {}


_medical_document = x.at_least_one(
    (f.key for f in MEDICAL_DOCUMENTS), "doc.discharge_letters",
    "Depuneți cel puțin un document medical (punctele 2–7).")

_SAMPLE_CNP = make_cnp("F", dt.date(1976, 12, 8), "39", 54)

SAMPLE = {
    "cabinet": "Focșani",
    **x.only(APPLICANT, c.sample_person(
        P, _SAMPLE_CNP, surname="Stan", given_names="Elena-Mădălina", locality="Focșani",
        street="Str. Cuza Vodă", street_no="28", block="14", staircase="B", apartment="36",
        county="Vrancea", id_series="VN", id_number="447261", phone="0744 903 218",
        email="elena.stan@exemplu.ro")),
    "doc.identity_card": x.sample_document(c.COPY),
    "doc.discharge_letters": x.sample_document(c.ORIGINAL),
    "doc.medical_report": x.sample_document(c.ORIGINAL),
    "doc.lab_tests": x.sample_document(c.ORIGINAL),
    "doc.imaging": x.sample_document(c.COPY),
    "doc.functional_tests": x.NOT_SUBMITTED,
    "doc.other_results": x.NOT_SUBMITTED,
    "doc.invalidity_cause": x.NOT_SUBMITTED,
    "doc.invalidity_onset": x.NOT_SUBMITTED,
    "doc.sick_leave_days": x.sample_document(c.ORIGINAL),
    f"{A}.same": False,
    f"{A}.other": True,
    f"{A}.locality": "Odobești",
    f"{A}.street": "Str. Ștefan cel Mare",
    f"{A}.street_no": "6",
    f"{A}.block": "2",
    f"{A}.staircase": "1",
    f"{A}.floor": "1",
    f"{A}.apartment": "4",
    f"{A}.county": "Vrancea",
}

SPEC = AnnexSpec(
    annex_id="09",
    version=1,
    annex_label="ANEXA nr. 9 la norme (HG nr. 181/2024)",
    title="Cerere pentru expertizarea medicală a capacității de muncă",
    short_title="Expertiză medicală a capacității de muncă",
    group="Expertiză medicală",
    benefit="medical_assessment",
    legal_basis="art. 64 din Legea nr. 360/2023; art. 67–72 din norme",
    deadline=DeadlineRule(DeadlineKind.FREE_DAYS, 15,
                          "art. 72 alin. (1) din norme (programarea la expertizare, "
                          "zile calendaristice)"),
    sections=(
        Section("Cabinetul de expertiză", (CABINET,)),
        Section("Solicitant", APPLICANT),
        Section("Acte depuse", DOCUMENTS),
        Section("Adresa de corespondență", CORRESPONDENCE),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(_one_correspondence_box, _medical_document),
)

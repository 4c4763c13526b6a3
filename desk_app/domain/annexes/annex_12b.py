"""Annex 12b to the norms (HG 181/2024): request for the death aid by a legal
person, on the death of a family member of an insured person or a pensioner
("Cerere pentru acordarea ajutorului de deces", anexa nr. 12-b).

Legal basis: art. 112 of Law 360/2023; art. 96–98 and art. 101 alin. (1) and
(3) of the norms (the legal person is mandated by a special power of attorney,
letter a, always required). Deadline: 3 working days from the request, without
the first and the last day (art. 100 alin. (2)–(3) of the norms).

Decision where the text is ambiguous: in this model the aid is asked "pentru"
the insured person/pensioner ("având calitatea de asigurat/pensionar") whose
family member died, so that blank is the ``insured`` person; the deceased
family member (``deceased.*``, with the CNP that identifies the death, and the
relationship, art. 96) is printed right after it, before the death
certificate.
"""

from __future__ import annotations

import datetime as dt

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.annex_12a import COMPANY, SIGNER, P, closing, head, signer_paragraph
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Bullets,
    DeadlineKind,
    DeadlineRule,
    Field,
    FieldKind,
    Para,
    Section,
)
from desk_app.domain.cnp import make_cnp

EMPOWERED = "imputernicit"

INSURED = (
    Field("insured.surname", "Numele asiguratului/pensionarului", required=True,
          max_length=100),
    Field("insured.given_names", "Prenumele asiguratului/pensionarului", required=True,
          max_length=100),
    Field("insured.cnp", "CNP-ul asiguratului/pensionarului", FieldKind.CNP, required=True,
          max_length=13),
    m.choice("insured.quality", "Având calitatea de", ("asigurat", "pensionar")),
)

DECEASED = (
    *m.deceased_fields(),
    m.choice("deceased.relationship", "Membrul de familie decedat este (art. 96 din norme)",
             ("soț/soție", "copil", "părinte al unuia dintre soți",
              "bunic/bunică al/a unuia dintre soți")),
    *m.death_certificate_fields(),
)

DOCUMENTS = (
    c.document("doc.power_of_attorney", "Procură specială", forms=(c.ORIGINAL,), required=True),
    c.document("doc.service_contract", "Contract de prestări servicii cu persoana juridică",
               forms=(c.COPY, c.ORIGINAL)),
    c.document("doc.death_certificate", "Certificat de deces", forms=(c.ORIGINAL_AND_COPY,),
               required=True),
    m.document("doc.empowerment", "Împuternicirea persoanei care reprezintă persoana juridică",
               forms=(c.ORIGINAL, c.COPY), required_when=m.equals(f"{P}.role", EMPOWERED)),
    c.document("doc.identity_card", "Act de identitate reprezentant legal/împuternicit",
               forms=(c.COPY,), required=True),
    c.document("doc.civil_status", "Actele de stare civilă ale persoanei al cărei membru de "
               "familie a decedat (calitatea de soț/soție, gradul de rudenie)",
               forms=(c.ORIGINAL_AND_COPY,)),
    c.document("doc.expenses_proof", "Dovada că asiguratul/pensionarul a suportat cheltuielile "
               "ocazionate de deces", forms=(c.ORIGINAL,), required=True),
    c.document("doc.holographic_statement", "Declarație olografă că membrul de familie nu era "
               "asigurat sau pensionar", forms=(c.ORIGINAL,), required=True),
    c.document("doc.studies_certificate", "Adeverință că membrul de familie (18–26 de ani) "
               "urma o formă de învățământ", forms=(c.ORIGINAL,)),
    c.document("doc.medical_act", "Act medical al medicului expert al asigurărilor sociale "
               "(copil inapt de peste 18 ani)", forms=(c.ORIGINAL,)),
    m.document("doc.insured_proof", "Dovada calității de asigurat în sistemul public de pensii",
               forms=(c.COPY, c.ORIGINAL),
               required_when=m.equals("insured.quality", "asigurat")),
    c.document("doc.bank_statement", "Extras de cont", forms=(c.ORIGINAL, c.COPY),
               required=True),
    m.iban_field(required=True),
)

LAYOUT = (
    *head(),
    Para(signer_paragraph(
        "{insured.surname} {insured.given_names}, CNP {insured.cnp}, având calitatea de "
        "{insured.quality|alt}, pentru decesul membrului de familie {deceased.surname} "
        "{deceased.given_names}, CNP {deceased.cnp}, {deceased.relationship}, "
        + m.DEATH_CERTIFICATE_TEXT + ".")),
    Bullets(
        intro="Odată cu prezenta cerere depun și următoarele acte:",
        items=(
            "{doc.power_of_attorney|box} a) procură specială;",
            "{doc.service_contract|box} b) contract de prestări servicii cu persoana juridică, "
            "după caz;",
            "{doc.death_certificate|box} c) certificat de deces, în original și copie;",
            "{doc.empowerment|box} d) împuternicirea persoanei care reprezintă persoana "
            "juridică, după caz;",
            "{doc.identity_card|box} e) act de identitate reprezentant legal/împuternicit;",
            "{doc.civil_status|box} f) actele de stare civilă ale persoanei al cărei membru de "
            "familie a decedat, din care să rezulte calitatea de soț/soție, respectiv gradul de "
            "rudenie cu decedatul (original și copie), după caz;",
            "{doc.expenses_proof|box} g) dovada că asiguratul/pensionarul a suportat "
            "cheltuielile ocazionate de deces (original);",
            "{doc.holographic_statement|box} h) declarație olografă pe propria răspundere că "
            "membrul de familie nu era asigurat sau pensionar;",
            "{doc.studies_certificate|box} i) adeverință că membrul de familie cu vârsta "
            "cuprinsă între 18 și 26 de ani urma o formă de învățământ organizată potrivit "
            "legii (original), după caz;",
            "{doc.medical_act|box} j) act medical emis sau vizat de medicul expert al "
            "asigurărilor sociale, prin care se atestă boala care l-a făcut inapt și data "
            "ivirii acesteia, în cazul copilului inapt în vârstă de peste 18 ani (original), "
            "după caz;",
            "{doc.insured_proof|box} k) dovada calității de asigurat în sistemul public de "
            "pensii, după caz;",
            "{doc.bank_statement|box} l) extras de cont. IBAN: {payment.iban}",
        ),
    ),
    *closing("cererii mele"),
)

_SIGNER_CNP = make_cnp("F", dt.date(1985, 3, 30), "22", 611)
_INSURED_CNP = make_cnp("M", dt.date(1968, 10, 4), "22", 142)
_DECEASED_CNP = make_cnp("F", dt.date(1941, 6, 19), "22", 97)

SAMPLE = {
    **c.sample_person(P, _SIGNER_CNP, surname="Rusu", given_names="Andreea-Ioana",
                      locality="Iași", street="Strada Păcurari", street_no="58", block="P7",
                      staircase="B", floor="1", apartment="5", county="Iași", id_series="MX",
                      id_number="604128", id_issuer="SPCLEP Iași", phone="0232 214 905",
                      email="andreea.rusu@exemplu.ro"),
    f"{P}.role": "reprezentant_legal",
    "company.name": "Casa Funerară Sfântul Nicolae S.R.L.",
    "company.cui": m.make_cui("3094217"),
    "company.phone": "0232 250 018",
    "company.email": "office@sfantulnicolae-funerare.ro",
    "company.seat": "Iași, șos. Nicolina nr. 41, jud. Iași",
    "insured.surname": "Țăranu",
    "insured.given_names": "Constantin",
    "insured.cnp": _INSURED_CNP,
    "insured.quality": "asigurat",
    "deceased.surname": "Țăranu",
    "deceased.given_names": "Floarea",
    "deceased.cnp": _DECEASED_CNP,
    "deceased.relationship": "parinte_al_unuia_dintre_soti",
    "death_certificate.series": "DI",
    "death_certificate.number": "309876",
    "death_certificate.date": "09.11.2026",
    "deceased.death_date": "07.11.2026",
    "death_certificate.issuer": "Iași",
    "doc.power_of_attorney": {"submitted": True, "form": c.ORIGINAL},
    "doc.service_contract": {"submitted": True, "form": c.COPY},
    "doc.death_certificate": {"submitted": True, "form": c.ORIGINAL_AND_COPY},
    "doc.empowerment": {"submitted": False},
    "doc.identity_card": {"submitted": True, "form": c.COPY},
    "doc.civil_status": {"submitted": True, "form": c.ORIGINAL_AND_COPY},
    "doc.expenses_proof": {"submitted": True, "form": c.ORIGINAL},
    "doc.holographic_statement": {"submitted": True, "form": c.ORIGINAL},
    "doc.studies_certificate": {"submitted": False},
    "doc.medical_act": {"submitted": False},
    "doc.insured_proof": {"submitted": True, "form": c.COPY},
    "doc.bank_statement": {"submitted": True, "form": c.ORIGINAL},
    "payment.iban": m.make_iban("RNCB", "0175036912340001"),
}

SPEC = AnnexSpec(
    annex_id="12b",
    version=1,
    annex_label="ANEXA nr. 12.b la norme (HG nr. 181/2024)",
    title="Cerere pentru acordarea ajutorului de deces (persoană juridică — decesul unui "
          "membru de familie al asiguratului sau pensionarului)",
    short_title="Ajutor de deces (persoană juridică, membru de familie)",
    group="Ajutor de deces",
    benefit="death_aid",
    legal_basis="art. 112 din Legea nr. 360/2023; art. 96–98, art. 100 și art. 101 "
                "alin. (3) din norme",
    deadline=DeadlineRule(DeadlineKind.WORKING_DAYS, 3, m.DEATH_AID_DEADLINE_ARTICLE),
    sections=(
        Section("Reprezentantul persoanei juridice", SIGNER),
        Section("Persoana juridică", COMPANY),
        Section("Asiguratul/pensionarul", INSURED),
        Section("Membrul de familie decedat și certificatul de deces", DECEASED),
        Section("Acte depuse", DOCUMENTS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(m.death_aid_checks,),
)

# Shown in the form, not printed: what the CNP tells (birth date, sex).
# The date of death is for the office (the amount, art. 116 (3)); the model has no blank.
FORM_ONLY = frozenset({f"{P}.birth_date", f"{P}.sex", "deceased.death_date"})

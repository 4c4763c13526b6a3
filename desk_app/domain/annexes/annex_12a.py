"""Annex 12a to the norms (HG 181/2024): request for the death aid by a legal
person, on the death of an insured person or a pensioner ("Cerere pentru
acordarea ajutorului de deces", anexa nr. 12-a).

Legal basis: art. 111 of Law 360/2023; art. 101 alin. (1)–(2) of the norms
(the aid is paid to the legal person by bank transfer when it proves it bore
the funeral costs). Deadline: 3 working days from the request, without the
first and the last day (art. 100 alin. (2)–(3) of the norms).

The signer is the legal representative or the empowered person
(``applicant``); the company is ``company``; the deceased's CNP and the death
certificate's series/number are separate keys (one death aid per death).
"""

from __future__ import annotations

import datetime as dt

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Boxes,
    Bullets,
    DeadlineKind,
    DeadlineRule,
    Field,
    Para,
    Section,
    Signatures,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"
EMPOWERED = "imputernicit"

SIGNER = (
    *m.person_fields(P),
    m.choice(f"{P}.role", "În calitate de", ("reprezentant legal", "împuternicit")),
)

COMPANY = (
    *m.company_fields("company"),
    Field("company.seat", "Sediul persoanei juridice", required=True, max_length=250),
)

DECEASED = (
    *m.deceased_fields(),
    m.choice("deceased.quality", "Persoana decedată avea calitatea de",
             ("asigurat", "pensionar")),
    *m.death_certificate_fields(),
)


def signer_paragraph(pentru: str) -> str:
    """The "Subsemnatul(a) …, în calitate de reprezentant legal/împuternicit al …"
    paragraph shared by annexes 12a and 12b; ``pentru`` is the text after
    "plata ajutorului de deces pentru"."""
    return (
        "Subsemnatul(a) {applicant.surname} {applicant.given_names}, cod numeric personal "
        "{applicant.cnp}, " + m.short_address(P) + ", posesor (posesoare) al (a) "
        "buletinului/cărții de identitate seria {applicant.id_series} nr. {applicant.id_number}, "
        "eliberat(ă) de {applicant.id_issuer}, nr. telefon {applicant.phone}, adresă de e-mail "
        "{applicant.email}, în calitate de {applicant.role|alt} al {company.name}, sediul "
        "{company.seat}, codul de identificare fiscală {company.cui}, nr. telefon "
        "{company.phone}, adresă de e-mail {company.email}, vă rog să aprobați plata ajutorului "
        "de deces pentru " + pentru
    )


def head() -> tuple:
    """Title, the "Se aprobă" and CFP boxes and the registration line."""
    return (
        Title("CERERE", "pentru acordarea ajutorului de deces"),
        Boxes(("Se aprobă.",)),
        Para("(semnătura)", style="small"),
        Para("Înregistrată cu nr. {_registration_no} din {_registration_date}", style="right"),
        Boxes(("Viza pentru controlul financiar preventiv",)),
        Para("Către Casa Teritorială de Pensii {_office_name}"),
    )


def closing(mine: str) -> tuple:
    """Statements and signature; ``mine`` is "cererii" (12a) or "cererii mele" (12b)."""
    return (
        Para(f"În susținerea {mine}, declar pe propria răspundere și sub sancțiunile prevăzute "
             "de Codul penal referitoare la falsul în înscrisuri oficiale că am suportat "
             "cheltuielile ocazionate de deces, că nu am încasat și nu voi încasa ajutorul de "
             "deces de la nicio altă unitate."),
        Para(c.GDPR_CONSENT),
        Signatures(),
    )


_EMPOWERED = m.equals(f"{P}.role", EMPOWERED)

DOCUMENTS = (
    c.document("doc.death_certificate", "Certificat de deces", forms=(c.ORIGINAL_AND_COPY,),
               required=True),
    m.document("doc.empowerment", "Împuternicirea persoanei care reprezintă persoana juridică",
               forms=(c.ORIGINAL, c.COPY), required_when=_EMPOWERED),
    c.document("doc.identity_card", "Act de identitate reprezentant legal/împuternicit",
               forms=(c.COPY,), required=True),
    c.document("doc.expenses_proof", "Dovada suportării cheltuielilor ocazionate de deces "
               "(factura)", number=True, forms=(c.ORIGINAL,), required=True),
    m.document("doc.insured_proof", "Dovada calității de asigurat în sistemul public de pensii",
               forms=(c.COPY, c.ORIGINAL), required_when=m.equals("deceased.quality", "asigurat")),
    c.document("doc.power_of_attorney", "Procură specială", forms=(c.ORIGINAL,)),
    c.document("doc.service_contract", "Contract de prestări servicii cu persoana juridică",
               forms=(c.COPY, c.ORIGINAL)),
    c.document("doc.bank_statement", "Extras de cont", forms=(c.ORIGINAL, c.COPY),
               required=True),
    m.iban_field(required=True),
)

LAYOUT = (
    *head(),
    Para(signer_paragraph("{deceased.surname} {deceased.given_names}, CNP {deceased.cnp}, "
                          "având calitatea de {deceased.quality|alt}, "
                          + m.DEATH_CERTIFICATE_TEXT + ".")),
    Bullets(
        intro="Odată cu prezenta cerere depun și următoarele acte:",
        items=(
            "{doc.death_certificate|box} a) certificat de deces, în original și copie;",
            "{doc.empowerment|box} b) împuternicirea persoanei care reprezintă persoana "
            "juridică, după caz;",
            "{doc.identity_card|box} c) act de identitate reprezentant legal/împuternicit;",
            "{doc.expenses_proof|box} d) dovada suportării cheltuielilor ocazionate de deces, "
            "factura nr. {doc.expenses_proof.number} (original);",
            "{doc.insured_proof|box} e) dovada calității de asigurat în sistemul public de "
            "pensii, după caz;",
            "{doc.power_of_attorney|box} f) procură specială, după caz;",
            "{doc.service_contract|box} g) contract de prestări servicii cu persoana juridică, "
            "după caz;",
            "{doc.bank_statement|box} h) extras de cont. IBAN: {payment.iban}",
        ),
    ),
    *closing("cererii"),
)

_SIGNER_CNP = make_cnp("M", dt.date(1979, 5, 22), "04", 517)
_DECEASED_CNP = make_cnp("F", dt.date(1944, 12, 8), "04", 305)

SAMPLE = {
    **c.sample_person(P, _SIGNER_CNP, surname="Ciobanu", given_names="Răzvan-Mihai",
                      locality="Bacău", street="Strada Ștefan cel Mare", street_no="27",
                      block="C2", staircase="A", floor="4", apartment="16", county="Bacău",
                      id_series="XC", id_number="731904", id_issuer="SPCLEP Bacău",
                      phone="0234 511 730", email="razvan.ciobanu@exemplu.ro"),
    f"{P}.role": EMPOWERED,
    "company.name": "Servicii Funerare Liniștea S.R.L.",
    "company.cui": m.make_cui("2816453"),
    "company.phone": "0234 520 114",
    "company.email": "contact@linistea-funerare.ro",
    "company.seat": "Bacău, str. Mărășești nr. 112, jud. Bacău",
    "deceased.surname": "Vrânceanu",
    "deceased.given_names": "Elisabeta",
    "deceased.cnp": _DECEASED_CNP,
    "deceased.quality": "pensionar",
    "death_certificate.series": "DB",
    "death_certificate.number": "227451",
    "death_certificate.date": "16.11.2026",
    "deceased.death_date": "14.11.2026",
    "death_certificate.issuer": "Bacău",
    "doc.death_certificate": {"submitted": True, "form": c.ORIGINAL_AND_COPY},
    "doc.empowerment": {"submitted": True, "form": c.ORIGINAL},
    "doc.identity_card": {"submitted": True, "form": c.COPY},
    "doc.expenses_proof": {"submitted": True, "form": c.ORIGINAL, "number": "LFB 004512"},
    "doc.insured_proof": {"submitted": False},
    "doc.power_of_attorney": {"submitted": True, "form": c.ORIGINAL},
    "doc.service_contract": {"submitted": True, "form": c.COPY},
    "doc.bank_statement": {"submitted": True, "form": c.ORIGINAL},
    "payment.iban": m.make_iban("BRDE", "040SV71562930400"),
}

SPEC = AnnexSpec(
    annex_id="12a",
    version=1,
    annex_label="ANEXA nr. 12.a la norme (HG nr. 181/2024)",
    title="Cerere pentru acordarea ajutorului de deces (persoană juridică — decesul "
          "asiguratului sau al pensionarului)",
    short_title="Ajutor de deces (persoană juridică, asigurat/pensionar)",
    group="Ajutor de deces",
    benefit="death_aid",
    legal_basis="art. 111 din Legea nr. 360/2023; art. 100–101 alin. (2) din norme",
    deadline=DeadlineRule(DeadlineKind.WORKING_DAYS, 3, m.DEATH_AID_DEADLINE_ARTICLE),
    sections=(
        Section("Reprezentantul persoanei juridice", SIGNER),
        Section("Persoana juridică", COMPANY),
        Section("Persoana decedată și certificatul de deces", DECEASED),
        Section("Acte depuse", DOCUMENTS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(m.death_aid_checks,),
)

# Shown in the form, not printed: what the CNP tells (birth date, sex).
# The date of death is for the office (the amount, art. 116 (3)); the model has no blank.
FORM_ONLY = frozenset({f"{P}.birth_date", f"{P}.sex", "deceased.death_date"})

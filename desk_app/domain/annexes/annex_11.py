"""Annex 11 to the norms (HG 181/2024): request for the death aid by a natural
person ("Cerere pentru acordarea ajutorului de deces").

Legal basis: art. 111–112 of Law 360/2023; art. 93–100 of the norms (who may
ask, art. 94; family members, art. 96–98; documents, art. 99). Deadline: paid
within 3 working days from the request (art. 100 alin. (2)), counted without
the first and the last day (art. 100 alin. (3)).

The deceased's CNP and the certificate's series/number are separate fields
(``deceased.cnp``, ``death_certificate.series``/``.number``) so a second death
aid for the same death can be refused. The bank account (IBAN) is asked when the
"extras de cont" is handed in (letter j).
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
PENSIONER = "pensionar"
FAMILY_MEMBER = "membru_de_familie"

APPLICANT = (
    *m.person_fields(P),
    Field(f"{P}.capacity", "În calitate de (soț supraviețuitor, copil, părinte, altă persoană)",
          required=True, max_length=100,
          help="Art. 94 din norme: soțul supraviețuitor, copilul, părintele sau oricare altă "
               "persoană care a suportat cheltuielile ocazionate de deces."),
)

DECEASED = (
    *m.deceased_fields(),
    m.choice("deceased.quality", "Persoana decedată avea calitatea de",
             ("asigurat", "pensionar", "membru de familie")),
    Field("pension_file", "Dosarul de pensie nr.", max_length=40,
          required_when=m.equals("deceased.quality", PENSIONER),
          help="Obligatoriu când persoana decedată era pensionar."),
    *m.death_certificate_fields(),
)

_FAMILY = m.equals("deceased.quality", FAMILY_MEMBER)

DOCUMENTS = (
    c.document("doc.death_certificate", "Certificat de deces", forms=(c.ORIGINAL_AND_COPY,),
               required=True),
    c.document("doc.identity_card", "Act de identitate", forms=(c.ORIGINAL_AND_COPY,),
               required=True),
    c.document("doc.civil_status", "Actele de stare civilă din care rezultă calitatea de "
               "soț/soție, respectiv gradul de rudenie cu decedatul",
               forms=(c.ORIGINAL_AND_COPY,)),
    c.document("doc.expenses_proof", "Dovada suportării cheltuielilor ocazionate de deces",
               forms=(c.ORIGINAL,), required=True),
    c.document("doc.studies_certificate", "Adeverință că membrul de familie (18–26 de ani) "
               "urma o formă de învățământ", forms=(c.ORIGINAL,)),
    c.document("doc.medical_act", "Act medical al medicului expert al asigurărilor sociale "
               "(copil inapt de peste 18 ani)", forms=(c.ORIGINAL,)),
    m.document("doc.holographic_statement", "Declarație olografă că membrul de familie nu era "
               "asigurat sau pensionar", forms=(c.ORIGINAL,), required_when=_FAMILY),
    c.document("doc.insured_proof", "Dovada calității de asigurat în sistemul public de pensii",
               forms=(c.COPY, c.ORIGINAL)),
    c.document("doc.power_of_attorney", "Procură specială", forms=(c.ORIGINAL,)),
    c.document("doc.bank_statement", "Extras de cont", forms=(c.ORIGINAL, c.COPY)),
    m.iban_field(required_when=m.submitted("doc.bank_statement")),
)

LAYOUT = (
    Title("CERERE", "pentru acordarea ajutorului de deces"),
    Boxes(("Se aprobă.",)),
    Para("(semnătura)", style="small"),
    Para("Înregistrată cu nr. {_registration_no} din {_registration_date}", style="right"),
    Boxes(("Viza pentru controlul financiar preventiv",)),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para(
        "Subsemnatul(a) {applicant.surname} {applicant.given_names}, având codul numeric "
        "personal {applicant.cnp}, " + m.short_address(P) + ", posesor (posesoare) al (a) "
        "buletinului/cărții de identitate seria {applicant.id_series} nr. {applicant.id_number}, "
        "eliberat(ă) de {applicant.id_issuer}, în calitate de {applicant.capacity}, nr. telefon "
        "{applicant.phone}, adresă de e-mail {applicant.email}, vă rog ca, în baza dosarului de "
        "pensie nr. {pension_file} și a celorlalte acte, să aprobați plata ajutorului de deces "
        "pentru {deceased.surname} {deceased.given_names}, CNP {deceased.cnp}, "
        + m.DEATH_CERTIFICATE_TEXT + ", având calitatea de {deceased.quality|alt}."
    ),
    Bullets(
        intro="Odată cu prezenta cerere depun și următoarele acte:",
        items=(
            "{doc.death_certificate|box} a) certificat de deces (original și copie);",
            "{doc.identity_card|box} b) act de identitate (original și copie);",
            "{doc.civil_status|box} c) actele de stare civilă din care rezultă calitatea de "
            "soț/soție, respectiv gradul de rudenie cu decedatul (original și copie), după caz;",
            "{doc.expenses_proof|box} d) dovada suportării cheltuielilor ocazionate de deces "
            "(original);",
            "{doc.studies_certificate|box} e) adeverință că, la data decesului, membrul de "
            "familie cu vârsta cuprinsă între 18 și 26 de ani urma o formă de învățământ "
            "organizată potrivit legii (original), după caz;",
            "{doc.medical_act|box} f) act medical emis sau vizat de medicul expert al "
            "asigurărilor sociale, prin care se atestă boala care l-a făcut inapt și data "
            "ivirii acesteia, în cazul copilului inapt în vârstă de peste 18 ani (original), "
            "după caz;",
            "{doc.holographic_statement|box} g) declarație olografă pe propria răspundere că "
            "membrul de familie, la data decesului, nu era asigurat sau pensionar, după caz;",
            "{doc.insured_proof|box} h) dovada calității de asigurat în sistemul public de "
            "pensii, după caz;",
            "{doc.power_of_attorney|box} i) procură specială, după caz;",
            "{doc.bank_statement|box} j) extras de cont, după caz. IBAN: {payment.iban}",
        ),
    ),
    Para("În susținerea cererii mele, declar pe propria răspundere și sub sancțiunile "
         "prevăzute de Codul penal referitoare la falsul în înscrisuri oficiale că am suportat "
         "cheltuielile ocazionate de deces, că nu am încasat și nu voi încasa ajutorul de deces "
         "de la nicio altă unitate."),
    Para(c.GDPR_CONSENT),
    Signatures(),
)

_APPLICANT_CNP = make_cnp("F", dt.date(1958, 2, 11), "26", 214)
_DECEASED_CNP = make_cnp("M", dt.date(1951, 9, 3), "26", 88)

SAMPLE = {
    **c.sample_person(P, _APPLICANT_CNP, surname="Moldovan", given_names="Ileana",
                      locality="Târgu Mureș", street="Bulevardul 1 Decembrie 1918",
                      street_no="212", block="B4", staircase="1", floor="2", apartment="9",
                      county="Mureș", id_series="MS", id_number="482913",
                      id_issuer="SPCLEP Târgu Mureș", phone="0744 318 220",
                      email="ileana.moldovan@exemplu.ro"),
    f"{P}.capacity": "soție supraviețuitoare",
    "deceased.surname": "Moldovan",
    "deceased.given_names": "Gheorghe-Ștefan",
    "deceased.cnp": _DECEASED_CNP,
    # "membru de familie": every conditional document of the list applies.
    "deceased.quality": FAMILY_MEMBER,
    "pension_file": "MS-1187634",
    "death_certificate.series": "DM",
    "death_certificate.number": "418207",
    "death_certificate.date": "03.11.2026",
    "deceased.death_date": "01.11.2026",
    "death_certificate.issuer": "Târgu Mureș",
    "doc.death_certificate": {"submitted": True, "form": c.ORIGINAL_AND_COPY},
    "doc.identity_card": {"submitted": True, "form": c.ORIGINAL_AND_COPY},
    "doc.civil_status": {"submitted": True, "form": c.ORIGINAL_AND_COPY},
    "doc.expenses_proof": {"submitted": True, "form": c.ORIGINAL},
    "doc.studies_certificate": {"submitted": False},
    "doc.medical_act": {"submitted": False},
    "doc.holographic_statement": {"submitted": True, "form": c.ORIGINAL},
    "doc.insured_proof": {"submitted": True, "form": c.COPY},
    "doc.power_of_attorney": {"submitted": False},
    "doc.bank_statement": {"submitted": True, "form": c.COPY},
    "payment.iban": m.make_iban("BTRL", "02701202K51234XX"),
}

SPEC = AnnexSpec(
    annex_id="11",
    version=1,
    annex_label="ANEXA nr. 11 la norme (HG nr. 181/2024)",
    title="Cerere pentru acordarea ajutorului de deces",
    short_title="Ajutor de deces (persoană fizică)",
    group="Ajutor de deces",
    benefit="death_aid",
    legal_basis="art. 111–112 din Legea nr. 360/2023; art. 93–100 din norme",
    deadline=DeadlineRule(DeadlineKind.WORKING_DAYS, 3, m.DEATH_AID_DEADLINE_ARTICLE),
    sections=(
        Section("Solicitant", APPLICANT),
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

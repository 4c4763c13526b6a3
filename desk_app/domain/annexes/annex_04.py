"""Annex 4 to the norms (HG 181/2024): request for the early pension
("Cerere privind acordarea pensiei anticipate").

The documents are those of art. 61 alin. (1) of the norms, all "după caz"
except the identity card. Deadline: the decision within 45 days from
registration (art. 60 of the norms), counted in "zile libere" (art. 58 (5)).
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
    Para,
    Section,
    Signatures,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"

DOCUMENTS = x.pension_documents(
    "doc.work_book", "doc.cap_book", "doc.farmer_book", "doc.insurance_book",
    "doc.military_book", "doc.identity_card", "doc.civil_status", "doc.studies",
    "doc.bonus_certificate", "doc.conditions_certificate", "doc.employer_certificate",
    "doc.other_proofs",
)

LAYOUT = (
    Para("Nr. {_registration_no} din {_registration_date}", style="right"),
    Title("C E R E R E", "privind acordarea pensiei anticipate"),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para(c.person_paragraph(P) + ", solicit înscrierea la pensie anticipată."),
    Bullets(
        intro="În acest scop depun, după caz, următoarele documente:",
        items=(
            "{doc.work_book|box} carnet de muncă seria {doc.work_book.series} "
            "nr. {doc.work_book.number}, în original și copie;",
            "{doc.cap_book|box} carnetul de pensii și asigurări sociale pentru membrii CAP "
            "(original și copie);",
            "{doc.farmer_book|box} carnetul de pensii și asigurări sociale pentru țăranii cu "
            "gospodărie individuală din zonele necooperativizate (original și copie);",
            "{doc.insurance_book|box} carnet de asigurări sociale seria "
            "{doc.insurance_book.series} nr. {doc.insurance_book.number}, în original și copie;",
            "{doc.military_book|box} livret militar seria {doc.military_book.series} "
            "nr. {doc.military_book.number}, în copie;",
            "{doc.identity_card|box} buletin/carte de identitate seria "
            "{doc.identity_card.series} nr. {doc.identity_card.number}, în copie;",
            "{doc.civil_status|box} certificat de naștere și/sau certificate de căsătorie seria "
            "{doc.civil_status.series} nr. {doc.civil_status.number}, în copie;",
            "{doc.studies|box} diplomă de studii însoțită de foaia matricolă sau adeverință de "
            "certificare a perioadelor de studii învățământ superior nr. {doc.studies.number} "
            "din {doc.studies.date}, {doc.studies.form|alt}, după caz;",
            "{doc.bonus_certificate|box} adeverință privind sporurile la salariu "
            "nr. {doc.bonus_certificate.number} din {doc.bonus_certificate.date}, în original;",
            "{doc.conditions_certificate|box} adeverință privind grupa superioară/condiții de "
            "muncă nr. {doc.conditions_certificate.number} din "
            "{doc.conditions_certificate.date}, în original;",
            "{doc.employer_certificate|box} adeverință eliberată de angajator/angajatorii la care "
            "își desfășoară activitatea, cu datele de identificare ale acestuia/acestora, în "
            "vederea informării cu privire la emiterea deciziei de pensie, conform art. 93 "
            "alin. (7) din lege, nr. {doc.employer_certificate.number} din "
            "{doc.employer_certificate.date} (original);",
            "{doc.other_proofs|box} alte acte pentru dovedirea perioadelor de activitate și a "
            "veniturilor realizate, în original.",
        ),
    ),
    Bullets(intro=c.FALSE_STATEMENTS, items=x.PENSION_DECLARATION_ITEMS),
    Para(c.GDPR_CONSENT),
    Para(x.NOTIFY_CHANGES),
    Para("În cazul în care nu îmi voi respecta declarația asumată prin prezenta cerere, mă oblig "
         "să restitui integral sumele încasate nelegal, suportând rigorile legii."),
    Signatures(),
)

_SAMPLE_CNP = make_cnp("M", dt.date(1962, 2, 9), "40", 118)

SAMPLE = {
    **c.sample_person(P, _SAMPLE_CNP, surname="Dumitrescu", given_names="Gheorghe-Ștefan",
                      locality="București", street="Bd. Iuliu Maniu", street_no="7",
                      block="C4", staircase="B", floor="5", apartment="58",
                      county="Sectorul 6", id_series="RK", id_number="874512",
                      id_issuer="DEPABD Sector 6", id_date="02.10.2020",
                      birth_place="Slatina, jud. Olt", father_name="Vasile",
                      mother_name="Elena", phone="0745 210 334",
                      email="gheorghe.dumitrescu@exemplu.ro"),
    "doc.work_book": x.sample_document(c.ORIGINAL_AND_COPY, series="FM", number="0312457"),
    "doc.cap_book": x.NOT_SUBMITTED,
    "doc.farmer_book": x.NOT_SUBMITTED,
    "doc.insurance_book": x.NOT_SUBMITTED,
    "doc.military_book": x.sample_document(c.COPY, series="AZ", number="118902"),
    "doc.identity_card": x.sample_document(c.COPY, series="RK", number="874512"),
    "doc.civil_status": x.sample_document(c.COPY, series="N.O.", number="215478"),
    "doc.studies": x.sample_document(c.COPY, number="5512", date="15.07.1985"),
    "doc.bonus_certificate": x.sample_document(c.ORIGINAL, number="208", date="03.11.2026"),
    "doc.conditions_certificate": x.sample_document(c.ORIGINAL, number="209",
                                                    date="03.11.2026"),
    "doc.employer_certificate": x.sample_document(c.ORIGINAL, number="214",
                                                  date="05.11.2026"),
    "doc.other_proofs": x.sample_document(c.ORIGINAL),
    "decl.insured": "nu_sunt",
    "decl.other_pension": "nu_primesc",
    "decl.integrated_pension": "nu_primesc",
    "decl.non_integrated_pension": "primesc",
    "decl.non_integrated_pension_file": "MApN-P/44871",
    "decl.allowance": "nu_primesc",
    "decl.unemployment": "nu_primesc",
    "decl.disability_allowance": "nu_primesc",
}

SPEC = AnnexSpec(
    annex_id="04",
    version=1,
    annex_label="ANEXA nr. 4 la norme (HG nr. 181/2024)",
    title="Cerere privind acordarea pensiei anticipate",
    short_title="Pensie anticipată",
    group="Pensii",
    benefit="early",
    legal_basis="art. 58–59 și art. 89 din Legea nr. 360/2023; art. 58–61 din norme",
    deadline=DeadlineRule(DeadlineKind.FREE_DAYS, 45, "art. 60 și art. 58 alin. (5) din norme"),
    sections=(
        Section("Solicitant", c.full_person_fields(P)),
        Section("Documente depuse", DOCUMENTS),
        Section("Declarații pe propria răspundere", x.PENSION_DECLARATIONS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
)

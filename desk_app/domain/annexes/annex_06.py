"""Annex 6 to the norms (HG 181/2024): request for the invalidity pension
("Cerere pentru acordarea pensiei de invaliditate").

The documents are those of art. 61 alin. (2) of the norms, "după caz"; the
identity card and the medical decision on work capacity (art. 61 alin. (2)
lit. c)) are required: the invalidity pension is opened on that decision. The
sick-leave end certificate (lit. d)), FIAM (lit. e)) and BP2 (lit. f)) are
"după caz". Deadline: the decision within 45 days from registration (art. 60
of the norms), counted in "zile libere" (art. 58 (5)).
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

DOCUMENTS = (
    *x.pension_documents(
        "doc.work_book", "doc.cap_book", "doc.farmer_book", "doc.insurance_book",
        "doc.military_book", "doc.identity_card", "doc.civil_status", "doc.studies",
        "doc.bonus_certificate", "doc.conditions_certificate", "doc.other_proofs"),
    c.document("doc.sick_leave_end", "Adeverință privind data încetării plății indemnizației "
               "pentru incapacitate temporară de muncă/data încetării calității de asigurat",
               forms=(c.ORIGINAL,)),
    c.document("doc.medical_decision", "Decizia medicală asupra capacității de muncă",
               number=True, date=True, forms=(c.ORIGINAL,), required=True),
    c.document("doc.fiam", "FIAM pentru accident de muncă", number=True, date=True),
    c.document("doc.bp2", "BP2 pentru boală profesională", number=True, date=True),
    x.PENSION_DOCUMENTS["doc.employer_certificate"],
)

LAYOUT = (
    Para("Nr. {_registration_no} din {_registration_date}", style="right"),
    Title("C E R E R E", "pentru acordarea pensiei de invaliditate"),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para(c.person_paragraph(P) + ", solicit înscrierea la pensie de invaliditate."),
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
            "{doc.studies|box} diploma de studii însoțită de foaia matricolă sau adeverința de "
            "certificare a perioadelor de studii învățământ superior nr. {doc.studies.number} "
            "din {doc.studies.date}, {doc.studies.form|alt}, după caz;",
            "{doc.bonus_certificate|box} adeverință privind sporurile la salariu "
            "nr. {doc.bonus_certificate.number} din {doc.bonus_certificate.date}, în original;",
            "{doc.conditions_certificate|box} adeverință privind grupa superioară/condiții de "
            "muncă nr. {doc.conditions_certificate.number} din "
            "{doc.conditions_certificate.date}, în original;",
            "{doc.other_proofs|box} alte acte pentru dovedirea perioadelor de activitate și a "
            "veniturilor realizate, în original;",
            "{doc.sick_leave_end|box} adeverință din care să reiasă data încetării plății "
            "indemnizației pentru incapacitate temporară de muncă sau, după caz, data încetării "
            "calității de asigurat, în original;",
            "{doc.medical_decision|box} decizia medicală asupra capacității de muncă "
            "nr. {doc.medical_decision.number} din {doc.medical_decision.date}, în original;",
            "{doc.fiam|box} FIAM pentru accident de muncă nr. {doc.fiam.number} "
            "din {doc.fiam.date}, în copie;",
            "{doc.bp2|box} BP2 pentru boală profesională nr. {doc.bp2.number} "
            "din {doc.bp2.date}, în copie;",
            "{doc.employer_certificate|box} adeverință eliberată de angajatorul/angajatorii la "
            "care își desfășoară activitatea, cu datele de identificarea ale acestuia/acestora, "
            "în vederea informării cu privire la emiterea deciziei de pensie, conform art. 93 "
            "alin. (7) din lege, nr. {doc.employer_certificate.number} din "
            "{doc.employer_certificate.date} (original).",
        ),
    ),
    Bullets(intro=c.FALSE_STATEMENTS, items=x.PENSION_DECLARATION_ITEMS),
    Para(c.GDPR_CONSENT),
    Para(x.NOTIFY_CHANGES),
    Para("În cazul în care nu îmi voi respecta declarația asumată prin prezenta cerere, mă oblig "
         "să restituiesc integral sumele încasate nelegal, suportând rigorile legii."),
    Signatures(),
)

_SAMPLE_CNP = make_cnp("M", dt.date(1971, 11, 23), "22", 47)

SAMPLE = {
    **c.sample_person(P, _SAMPLE_CNP, surname="Munteanu", given_names="Costel",
                      locality="Iași", street="Str. Păcurari", street_no="112",
                      block="560", staircase="A", floor="2", apartment="9", county="Iași",
                      id_series="MZ", id_number="553104", id_issuer="SPCLEP Iași",
                      id_date="18.06.2021", birth_place="Pașcani, jud. Iași",
                      father_name="Toader", mother_name="Smaranda", phone="0232 214 870",
                      email="costel.munteanu@exemplu.ro"),
    "doc.work_book": x.sample_document(c.ORIGINAL_AND_COPY, series="IS", number="0087412"),
    "doc.cap_book": x.NOT_SUBMITTED,
    "doc.farmer_book": x.NOT_SUBMITTED,
    "doc.insurance_book": x.NOT_SUBMITTED,
    "doc.military_book": x.sample_document(c.COPY, series="IS", number="440217"),
    "doc.identity_card": x.sample_document(c.COPY, series="MZ", number="553104"),
    "doc.civil_status": x.sample_document(c.COPY, series="N.Ș.", number="771203"),
    "doc.studies": x.NOT_SUBMITTED,
    "doc.bonus_certificate": x.NOT_SUBMITTED,
    "doc.conditions_certificate": x.sample_document(c.ORIGINAL, number="1178",
                                                    date="20.10.2026"),
    "doc.other_proofs": x.NOT_SUBMITTED,
    "doc.sick_leave_end": x.sample_document(c.ORIGINAL),
    "doc.medical_decision": x.sample_document(c.ORIGINAL, number="2291", date="28.10.2026"),
    "doc.fiam": x.sample_document(c.COPY, number="36", date="14.03.2025"),
    "doc.bp2": x.NOT_SUBMITTED,
    "doc.employer_certificate": x.sample_document(c.ORIGINAL, number="1190",
                                                  date="02.11.2026"),
    "decl.insured": "sunt",
    "decl.other_pension": "nu_primesc",
    "decl.integrated_pension": "nu_primesc",
    "decl.non_integrated_pension": "nu_primesc",
    "decl.allowance": "nu_primesc",
    "decl.unemployment": "nu_primesc",
    "decl.disability_allowance": "primesc",
}

SPEC = AnnexSpec(
    annex_id="06",
    version=1,
    annex_label="ANEXA nr. 6 la norme (HG nr. 181/2024)",
    title="Cerere pentru acordarea pensiei de invaliditate",
    short_title="Pensie de invaliditate",
    group="Pensii",
    benefit="invalidity",
    legal_basis="art. 61 și urm. și art. 89 din Legea nr. 360/2023; "
                "art. 58–61 și art. 63 din norme",
    deadline=DeadlineRule(DeadlineKind.FREE_DAYS, 45, "art. 60 și art. 58 alin. (5) din norme"),
    sections=(
        Section("Solicitant", c.full_person_fields(P)),
        Section("Documente depuse", DOCUMENTS),
        Section("Declarații pe propria răspundere", x.PENSION_DECLARATIONS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
)

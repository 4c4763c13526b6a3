"""Annex 3 to the norms (HG 181/2024): request for the old-age pension
("Cerere privind acordarea pensiei pentru limită de vârstă").

Deadline: the decision within 45 days from registration (art. 60 of the norms),
counted in "zile libere" (art. 58 (5)). The children question is for women
asking for the art. 51 reduction of the law only (footnote *).
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
    Section,
    Signatures,
    Table,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"

DOCUMENTS = (
    *x.pension_documents("doc.work_book", "doc.insurance_book", "doc.cap_book",
                         "doc.farmer_book", "doc.military_book", "doc.identity_card",
                         "doc.civil_status"),
    c.document("doc.child_birth", "Certificat de naștere copil (art. 51)",
               visible_when=c.is_woman),
    c.document("doc.adoption", "Hotărârea judecătorească definitivă de încuviințare a adopției",
               number=True, date=True, visible_when=c.is_woman),
    *x.pension_documents("doc.studies", "doc.bonus_certificate", "doc.conditions_certificate",
                         "doc.employer_certificate", "doc.other_proofs"),
)

CHILDREN = Field(
    "children_certificates", "Certificate de naștere ale copiilor (seria și numărul)",
    FieldKind.ROWS, max_rows=20, visible_when=c.is_woman,
    columns=(
        Field("series", "Seria", required=True, max_length=10),
        Field("number", "Numărul", required=True, max_length=20),
    ),
)

DECLARATIONS = (
    *x.PENSION_DECLARATIONS,
    c.alternatives("decl.raised_children", "Am/nu am crescut copii (art. 51 din lege)",
                   "am", "nu am", visible_when=c.is_woman),
)

LAYOUT = (
    Para("Nr. {_registration_no} din {_registration_date}", style="right"),
    Title("CERERE", "privind acordarea pensiei pentru limită de vârstă"),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para(c.person_paragraph(P)),
    Bullets(
        intro="În acest scop depun, după caz, următoarele documente:",
        items=(
            "{doc.work_book|box} carnet de muncă seria {doc.work_book.series} "
            "nr. {doc.work_book.number}, în original și copie;",
            "{doc.insurance_book|box} carnet de asigurări sociale seria "
            "{doc.insurance_book.series} nr. {doc.insurance_book.number}, în original și copie;",
            "{doc.cap_book|box} carnetul de pensii și asigurări sociale pentru membrii CAP "
            "(original și copie);",
            "{doc.farmer_book|box} carnetul de pensii și asigurări sociale pentru țăranii cu "
            "gospodărie individuală din zonele necooperativizate (original și copie);",
            "{doc.military_book|box} livret militar seria {doc.military_book.series} "
            "nr. {doc.military_book.number}, în copie;",
            "{doc.identity_card|box} buletin/carte de identitate seria "
            "{doc.identity_card.series} nr. {doc.identity_card.number}, în copie;",
            "{doc.civil_status|box} certificat de naștere și/sau certificate de căsătorie seria "
            "{doc.civil_status.series} nr. {doc.civil_status.number}, în copie;",
            "{doc.child_birth|box} *) certificat de naștere copil, în copie",
        ),
    ),
    Table("children_certificates", ("Seria și numărul",), min_printed_rows=2),
    Bullets(
        items=(
            "{doc.adoption|box} *) hotărârea judecătorească definitivă prin care s-a încuviințat "
            "adopția, nr. {doc.adoption.number} din {doc.adoption.date}, în copie;",
            "{doc.studies|box} diploma de studii însoțită de foaia matricolă sau adeverința de "
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
    Bullets(
        intro=c.FALSE_STATEMENTS,
        items=(
            *x.PENSION_DECLARATION_ITEMS[:-1],
            x.PENSION_DECLARATION_ITEMS[-1].removesuffix(".") + ";",
            "*) {decl.raised_children|alt} crescut copii până la vârsta de 16 ani, respectiv timp "
            "de cel puțin 13 ani, în cazul copiilor adoptați, după caz.",
        ),
    ),
    Para(c.GDPR_CONSENT),
    Para(x.NOTIFY_CHANGES),
    Para("În cazul în care nu îmi voi respecta declarația asumată prin prezenta cerere, mă oblig "
         "să restitui integral sumele încasate nelegal, suportând rigorile legii."),
    Signatures(),
    Footnotes(("*) Se va completa doar în situația femeilor care solicită acordarea pensiei "
               "pentru limită de vârstă în baza prevederilor art. 51 din lege.",)),
)

_SAMPLE_CNP = make_cnp("F", dt.date(1963, 7, 15), "12", 31)

SAMPLE = {
    **c.sample_person(P, _SAMPLE_CNP),
    "doc.work_book": {"submitted": True, "form": c.ORIGINAL_AND_COPY, "series": "AB",
                      "number": "0456789"},
    "doc.insurance_book": {"submitted": False},
    "doc.cap_book": {"submitted": False},
    "doc.farmer_book": {"submitted": False},
    "doc.military_book": {"submitted": False},
    "doc.identity_card": {"submitted": True, "form": c.COPY, "series": "CJ",
                          "number": "123456"},
    "doc.civil_status": {"submitted": True, "form": c.COPY, "series": "N.A.", "number": "334455"},
    "doc.child_birth": {"submitted": True, "form": c.COPY},
    "doc.adoption": {"submitted": False},
    "doc.studies": {"submitted": True, "form": c.COPY, "number": "1289", "date": "30.06.1986"},
    "doc.bonus_certificate": {"submitted": True, "form": c.ORIGINAL, "number": "77",
                              "date": "10.11.2026"},
    "doc.conditions_certificate": {"submitted": False},
    "doc.employer_certificate": {"submitted": True, "form": c.ORIGINAL, "number": "412",
                                 "date": "12.11.2026"},
    "doc.other_proofs": {"submitted": False},
    "children_certificates": [
        {"series": "N.B.", "number": "112233"},
        {"series": "N.C.", "number": "445566"},
    ],
    "decl.insured": "sunt",
    "decl.other_pension": "nu_primesc",
    "decl.integrated_pension": "nu_primesc",
    "decl.non_integrated_pension": "nu_primesc",
    "decl.allowance": "primesc",
    "decl.allowance_file": "IND-2024/318",
    "decl.unemployment": "nu_primesc",
    "decl.disability_allowance": "nu_primesc",
    "decl.raised_children": "am",
}

SPEC = AnnexSpec(
    annex_id="03",
    version=1,
    annex_label="ANEXA nr. 3 la norme (HG nr. 181/2024)",
    title="Cerere privind acordarea pensiei pentru limită de vârstă",
    short_title="Pensie pentru limită de vârstă",
    group="Pensii",
    benefit="old_age",
    legal_basis="art. 89 din Legea nr. 360/2023; art. 58–61 din norme",
    deadline=DeadlineRule(DeadlineKind.FREE_DAYS, 45, "art. 60 și art. 58 alin. (5) din norme"),
    sections=(
        Section("Solicitant", c.full_person_fields(P)),
        Section("Documente depuse", (*DOCUMENTS, CHILDREN)),
        Section("Declarații pe propria răspundere", DECLARATIONS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
)

"""Annex 7 to the norms (HG 181/2024): request for the survivor pension
("Cerere pentru acordarea pensiei de urmaș").

The applicant signs as surviving spouse, son, daughter, guardian or curator,
for up to five beneficiaries (rows: name and quality). The deceased supporter
is identified by CNP or pension dossier number (at least one, art. 61 alin. (3)
of the norms: the acts of art. 61 (1) are needed only when the supporter was
not a pensioner). Documents are "după caz"; the death certificate (art. 61
alin. (3) lit. b)) and the civil status acts (lit. d)) are required.

The survivor statements with no alternative are ticked as confirmations:
"nu am săvârșit infracțiunea de omor …" always; the marriage statements only
for a surviving spouse; the income statement is "după caz" (art. 75–78 of the
law set an income condition only for some spouses). The obligation to prove the
children's studies (art. 64 (3) of the norms) is printed for every applicant.

Deadline: the decision within 45 days from registration (art. 60 of the norms),
counted in "zile libere" (art. 58 (5)).
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
    Option,
    Para,
    Payload,
    Section,
    Signatures,
    Table,
    Title,
)
from desk_app.domain.cnp import make_cnp

P = "applicant"
D = "deceased"
SPOUSE = "sot_supravietuitor"

QUALITY = Field(
    f"{P}.quality", "În calitate de", FieldKind.CHOICE, required=True,
    options=(Option(SPOUSE, "soț supraviețuitor"), Option("fiu", "fiu"),
             Option("fiica", "fiică"), Option("tutore", "tutore"),
             Option("curator", "curator")),
)

DECEASED = (
    *c.name_fields(D),
    *c.cnp_fields(D, required=False),
    Field(f"{D}.pension_file", "Dosar pensie nr.", max_length=40),
    Field(f"{D}.death_date", "Decedat(ă) la data de", FieldKind.DATE, required=True),
    c.alternatives(f"{D}.status", "În calitate de", "asigurat", "pensionar"),
)

BENEFICIARIES = Field(
    "beneficiaries", "Titularii (numele și calitatea)", FieldKind.ROWS, required=True,
    max_rows=5,
    columns=(
        Field("name", "Numele și prenumele", required=True, max_length=150),
        Field("quality", "Calitatea", FieldKind.CHOICE, required=True,
              options=(Option(SPOUSE, "soț supraviețuitor"), Option("fiu", "fiu"),
                       Option("fiica", "fiică"))),
    ),
)

DOCUMENTS = (
    *x.pension_documents("doc.work_book", "doc.cap_book", "doc.farmer_book",
                         "doc.insurance_book", "doc.military_book", "doc.studies",
                         "doc.bonus_certificate", "doc.conditions_certificate",
                         "doc.other_proofs"),
    x.when(Field("doc.other_proofs_list", "Alte acte — care anume", max_length=300),
           x.submitted("doc.other_proofs"), required=False),
    c.document("doc.death_cause", "Act doveditor din care să reiasă cauza decesului"),
    c.document("doc.fiam", "FIAM, pentru decesul cauzat de accident de muncă", number=True,
               date=True),
    c.document("doc.bp2", "BP2 pentru decesul cauzat de boală profesională", number=True,
               date=True),
    c.document("doc.death_medical_certificate", "Certificat medical constatator al decesului",
               number=True, date=True),
    c.document("doc.death_certificate", "Certificat de deces", series=True, number=True,
               required=True),
    c.document("doc.civil_status_acts", "Act de stare civilă (buletin/carte de identitate, "
               "certificat de naștere, certificat de căsătorie)", forms=(c.ORIGINAL_AND_COPY,),
               required=True),
    c.document("doc.study_certificate", "Adeverința de studii", forms=(c.ORIGINAL,)),
    c.document("doc.medical_decision", "Decizia medicală asupra capacității de muncă",
               number=True, date=True, forms=(c.ORIGINAL,)),
)


def is_spouse(payload: Payload) -> bool:
    return payload.get(f"{P}.quality") == SPOUSE


RECEIVES = x.RECEIVES

DECLARATIONS = (
    Field("decl.no_homicide", "Nu am săvârșit infracțiunea de omor sau tentativă de omor "
          "asupra susținătorului decedat", FieldKind.FLAG, required=True),
    c.alternatives("decl.insured", "Sunt/nu sunt asigurat", "sunt", "nu sunt"),
    Field("decl.income_below_minimum", "Nu realizez venituri lunare mai mari decât salariul "
          "minim brut pe țară garantat în plată", FieldKind.FLAG),
    c.alternatives("decl.special_allowance", "Indemnizații prevăzute de legi speciale",
                   "primesc", "nu primesc"),
    c.dossier_for("decl.special_allowance", RECEIVES, "decl.special_allowance_file"),
    c.alternatives("decl.other_pension", "O altă pensie sau ajutor social",
                   "primesc", "nu primesc"),
    c.dossier_for("decl.other_pension", RECEIVES, "decl.other_pension_file"),
    c.alternatives("decl.non_integrated_pension",
                   "O altă pensie dintr-un sistem de pensii neintegrat sistemului public",
                   "primesc", "nu primesc"),
    c.dossier_for("decl.non_integrated_pension", RECEIVES, "decl.non_integrated_pension_file"),
    c.alternatives("decl.unemployment", "Indemnizație de șomaj", "primesc", "nu primesc"),
    x.when(Field("decl.not_divorced", "Nu s-a desfăcut căsătoria cu susținătorul decedat",
                 FieldKind.FLAG), is_spouse),
    x.when(Field("decl.not_remarried", "După decesul susținătorului nu m-am recăsătorit",
                 FieldKind.FLAG), is_spouse),
)

APPLICANT_PARAGRAPH = (
    "Subsemnatul(a) {applicant.surname} {applicant.given_names}, în calitate de "
    "{applicant.quality|alt}, având codul numeric personal {applicant.cnp}, domiciliat(ă) în "
    "localitatea {applicant.locality}, str. {applicant.street} nr. {applicant.street_no}, "
    "bl. {applicant.block}, sc. {applicant.staircase}, et. {applicant.floor}, "
    "ap. {applicant.apartment}, județul {applicant.county}, posesor (posesoare) al (a) actului "
    "de identitate seria {applicant.id_series} nr. {applicant.id_number}, eliberat(ă) de "
    "{applicant.id_issuer} la data de {applicant.id_date}, născut(ă) la data de "
    "{applicant.birth_date} în localitatea/județul {applicant.birth_place}, fiul (fiica) lui "
    "{applicant.father_name} și al (a) {applicant.mother_name}, nr. telefon {applicant.phone}, "
    "adresă de e-mail {applicant.email}, solicit înscrierea la pensie de urmaș după "
    "susținătorul {deceased.surname} {deceased.given_names}, decedat(ă) la data de "
    "{deceased.death_date}, în calitate de {deceased.status|alt}, având codul numeric personal "
    "{deceased.cnp}/dosar pensie nr. {deceased.pension_file}, pentru titularii (numele și "
    "calitatea):"
)

LAYOUT = (
    Para("Nr. {_registration_no} din {_registration_date}", style="right"),
    Title("C E R E R E", "pentru acordarea pensiei de urmaș"),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para(APPLICANT_PARAGRAPH),
    Table("beneficiaries", ("Numele", "Calitatea"), min_printed_rows=5),
    Bullets(
        intro="În acest scop depun, după caz, următoarele documente:",
        items=(
            "{doc.work_book|box} carnet de muncă seria {doc.work_book.series} "
            "nr. {doc.work_book.number}, în original și copie;",
            "{doc.cap_book|box} carnetul de pensii și asigurări sociale pentru membrii CAP "
            "(original și copie);",
            "{doc.farmer_book|box} carnetul de pensii și asigurări sociale pentru țărani cu "
            "gospodărie individuală din zonele necooperativizate (original și copie);",
            "{doc.insurance_book|box} carnet de asigurări sociale seria "
            "{doc.insurance_book.series} nr. {doc.insurance_book.number}, în original și copie;",
            "{doc.military_book|box} livret militar seria {doc.military_book.series} "
            "nr. {doc.military_book.number}, în copie;",
            "{doc.studies|box} diploma de studii însoțită de foaia matricolă sau adeverința de "
            "certificare a perioadelor de studii învățământ superior nr. {doc.studies.number} "
            "din {doc.studies.date}, {doc.studies.form|alt}, după caz;",
            "{doc.bonus_certificate|box} adeverință privind sporurile la salariu "
            "nr. {doc.bonus_certificate.number} din {doc.bonus_certificate.date}, în original;",
            "{doc.conditions_certificate|box} adeverință privind grupa superioară/condiții de "
            "muncă nr. {doc.conditions_certificate.number} din "
            "{doc.conditions_certificate.date}, în original;",
            "{doc.other_proofs|box} alte acte pentru dovedirea perioadelor de activitate și a "
            "veniturilor realizate {doc.other_proofs_list}, în original;",
            "{doc.death_cause|box} act doveditor din care să reiasă cauza decesului;",
            "{doc.fiam|box} FIAM, pentru decesul cauzat de accident de muncă, "
            "nr. {doc.fiam.number} din {doc.fiam.date}, în copie;",
            "{doc.bp2|box} BP2 pentru decesul cauzat de boală profesională, "
            "nr. {doc.bp2.number} din {doc.bp2.date}, în copie;",
            "{doc.death_medical_certificate|box} certificat medical constatator al decesului, "
            "nr. {doc.death_medical_certificate.number} din "
            "{doc.death_medical_certificate.date}, în copie;",
            "{doc.death_certificate|box} certificat de deces seria "
            "{doc.death_certificate.series} nr. {doc.death_certificate.number}, în copie;",
            "{doc.civil_status_acts|box} act de stare civilă (buletin/carte de identitate, "
            "certificat de naștere, certificat de căsătorie);",
            "{doc.study_certificate|box} adeverința de studii;",
            "{doc.medical_decision|box} decizia medicală asupra capacității de muncă, "
            "nr. {doc.medical_decision.number} din {doc.medical_decision.date}, în original.",
        ),
    ),
    Title("D E C L A R A Ț I E"),
    Bullets(
        intro="Declar pe propria răspundere, sub sancțiunile prevăzute de Codul penal pentru "
              "declarații neadevărate, că:",
        items=(
            "{decl.no_homicide|box} nu am săvârșit infracțiunea de omor sau tentativă de omor "
            "asupra susținătorului decedat;",
            "{decl.insured|alt} asigurat;",
            "{decl.income_below_minimum|box} nu realizez venituri lunare mai mari decât "
            "salariul minim brut pe țară garantat în plată;",
            "{decl.special_allowance|alt} indemnizații prevăzute de legi speciale — dosar nr. "
            "{decl.special_allowance_file};",
            "{decl.other_pension|alt} o altă pensie sau ajutor social — dosar nr. "
            "{decl.other_pension_file};",
            "{decl.non_integrated_pension|alt} o altă pensie dintr-un sistem de pensii "
            "neintegrat sistemului public — dosar nr. {decl.non_integrated_pension_file};",
            "{decl.unemployment|alt} indemnizație de șomaj;",
            "{decl.not_divorced|box} nu s-a desfășurat căsătoria cu susținătorul decedat;",
            "{decl.not_remarried|box} după decesul susținătorului nu m-am recăsătorit.",
        ),
    ),
    Para(c.GDPR_CONSENT),
    Para("Mă oblig ca la împlinirea vârstei de 16 ani și la începerea fiecărui an "
         "școlar/universitar să prezint, în termen de 10 zile, casei teritoriale de pensii "
         "dovada continuării studiilor (în cazul copiilor urmași)."),
    Para(x.NOTIFY_CHANGES),
    Para("În cazul în care nu îmi voi respecta declarația asumată prin prezenta cerere, mă oblig "
         "să restituiesc integral sumele încasate nelegal, suportând rigorile legii."),
    Signatures(),
)


def _deceased_identified(payload: Payload) -> dict[str, str]:
    if str(payload.get(f"{D}.cnp") or "").strip() or \
            str(payload.get(f"{D}.pension_file") or "").strip():
        return {}
    return {f"{D}.cnp": "Completați CNP-ul susținătorului decedat sau numărul dosarului "
                        "de pensie."}


_SAMPLE_CNP = make_cnp("F", dt.date(1958, 4, 3), "05", 212)
_DECEASED_CNP = make_cnp("M", dt.date(1954, 9, 27), "05", 87)

SAMPLE = {
    **c.sample_person(P, _SAMPLE_CNP, surname="Crișan", given_names="Ileana",
                      locality="Oradea", street="Str. Nufărului", street_no="31",
                      block="P12", staircase="C", floor="4", apartment="17", county="Bihor",
                      id_series="XH", id_number="618220", id_issuer="SPCLEP Oradea",
                      id_date="11.01.2022", birth_place="Beiuș, jud. Bihor",
                      father_name="Teodor", mother_name="Floarea", phone="0259 417 532",
                      email="ileana.crisan@exemplu.ro"),
    f"{P}.quality": SPOUSE,
    f"{D}.surname": "Crișan",
    f"{D}.given_names": "Aurel",
    f"{D}.cnp": _DECEASED_CNP,
    f"{D}.pension_file": "BH-118457",
    f"{D}.death_date": "04.10.2026",
    f"{D}.status": "pensionar",
    "beneficiaries": [
        {"name": "Crișan Ileana", "quality": SPOUSE},
        {"name": "Crișan Mihai-Ștefan", "quality": "fiu"},
    ],
    "doc.work_book": x.NOT_SUBMITTED,
    "doc.cap_book": x.NOT_SUBMITTED,
    "doc.farmer_book": x.NOT_SUBMITTED,
    "doc.insurance_book": x.NOT_SUBMITTED,
    "doc.military_book": x.NOT_SUBMITTED,
    "doc.studies": x.NOT_SUBMITTED,
    "doc.bonus_certificate": x.NOT_SUBMITTED,
    "doc.conditions_certificate": x.NOT_SUBMITTED,
    "doc.other_proofs": x.sample_document(c.ORIGINAL),
    "doc.other_proofs_list": "adeverința nr. 77/2026 a SC Electrocentrale Oradea SA",
    "doc.death_cause": x.NOT_SUBMITTED,
    "doc.fiam": x.NOT_SUBMITTED,
    "doc.bp2": x.NOT_SUBMITTED,
    "doc.death_medical_certificate": x.sample_document(c.COPY, number="5531",
                                                       date="04.10.2026"),
    "doc.death_certificate": x.sample_document(c.COPY, series="D.Ș.", number="104556"),
    "doc.civil_status_acts": x.sample_document(c.ORIGINAL_AND_COPY),
    "doc.study_certificate": x.sample_document(c.ORIGINAL),
    "doc.medical_decision": x.NOT_SUBMITTED,
    "decl.no_homicide": True,
    "decl.insured": "nu_sunt",
    "decl.income_below_minimum": True,
    "decl.special_allowance": "nu_primesc",
    "decl.other_pension": "primesc",
    "decl.other_pension_file": "BH-204311",
    "decl.non_integrated_pension": "nu_primesc",
    "decl.unemployment": "nu_primesc",
    "decl.not_divorced": True,
    "decl.not_remarried": True,
}

SPEC = AnnexSpec(
    annex_id="07",
    version=1,
    annex_label="ANEXA nr. 7 la norme (HG nr. 181/2024)",
    title="Cerere pentru acordarea pensiei de urmaș",
    short_title="Pensie de urmaș",
    group="Pensii",
    benefit="survivor",
    legal_basis="art. 73–79 și art. 89 din Legea nr. 360/2023; art. 58–61 și art. 64 din norme",
    deadline=DeadlineRule(DeadlineKind.FREE_DAYS, 45, "art. 60 și art. 58 alin. (5) din norme"),
    sections=(
        Section("Solicitant", (*c.full_person_fields(P), QUALITY)),
        Section("Susținătorul decedat", DECEASED),
        Section("Titularii", (BENEFICIARIES,)),
        Section("Documente depuse", DOCUMENTS),
        Section("Declarație", DECLARATIONS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(_deceased_identified,),
)

"""Annex 15 to the norms (HG 181/2024): employer certificate for the night-work
bonus in shift work ("Adeverință" for the "spor pentru munca prestată în
timpul nopții").

Legal basis: art. 139 alin. (3) of Law 360/2023; art. 115 alin. (4) of the
norms (night-work bonuses are proved with this model; the bonus is in the
annex 14 list, chapter II point 17). Column 4 = column 3 × 31,51 % (the average
share of night work in shift work), two decimals rounded half up.

Deadline: none — the norms set no processing term for this certificate (it is
evidence for a pension request); ``deadline=None``. The applicant is the
issuing employer (``applicant_prefix="employer"``).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Field,
    FieldKind,
    Footnotes,
    Para,
    Payload,
    Section,
    Signatures,
    Table,
    Title,
)
from desk_app.domain.cnp import make_cnp

E = "employee"
NIGHT_SHARE = Decimal("0.3151")  # 31,51 %: average share of night work in shift work


def night_average(bonus_percent: Decimal) -> Decimal:
    """Column 4: column 3 × 31,51 %, two decimals, rounded half up."""
    return (bonus_percent * NIGHT_SHARE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _column_4(row: Payload) -> str:
    bonus = m.parse_decimal(row.get("bonus_percent", "")) if row.get("bonus_percent") else None
    return m.format_decimal(night_average(bonus)) if bonus is not None else ""


EMPLOYER = (
    *m.company_fields("employer", name_label="Denumirea persoanei juridice care eliberează "
                      "actul", phone=False, email=False),
    Field("employer.locality", "Adresa: localitatea", required=True, max_length=100),
    Field("employer.street", "Str.", max_length=150),
    Field("employer.street_no", "Nr.", max_length=20),
    Field("employer.county", "Județul", required=True, max_length=60),
    Field("employer.phone", "Telefon", FieldKind.PHONE, max_length=30),
    Field("employer.fax", "Fax", FieldKind.PHONE, max_length=30),
    Field("employer.email", "E-mail", FieldKind.EMAIL, max_length=120),
    Field("certificate.number", "Adeverința nr.", required=True, max_length=30),
    Field("certificate.date", "Din (data)", FieldKind.DATE, required=True),
)

EMPLOYEE = (
    *c.name_fields(E),
    *c.cnp_fields(E),
    Field(f"{E}.birth_locality", "Născut(ă) în localitatea", required=True, max_length=100),
    Field(f"{E}.birth_county", "Județul (nașterii)", required=True, max_length=60),
    Field(f"{E}.father_name", "Prenumele tatălui", required=True, max_length=100,
          person_attr="father_name"),
    Field(f"{E}.mother_name", "Prenumele mamei", required=True, max_length=100,
          person_attr="mother_name"),
    m.gendered(f"{E}.title", "Domnul/doamna", "domnul", "doamna", cnp_prefix=E),
    m.gendered(f"{E}.born", "Născut/născută", "născut", "născută", cnp_prefix=E),
    m.gendered(f"{E}.child", "Fiul/fiica", "fiul", "fiica", cnp_prefix=E),
    m.gendered(f"{E}.of", "Al/a", "al", "a", cnp_prefix=E),
    m.gendered(f"{E}.employee", "Angajatul/angajata", "angajatul", "angajata", cnp_prefix=E),
    m.gendered(f"{E}.named", "Sus-numitul/sus-numita", "sus-numitului", "sus-numitei",
               cnp_prefix=E),
    Field("employment.from", "Angajat(ă) în perioada — de la", FieldKind.DATE, required=True),
    Field("employment.to", "Până la", FieldKind.DATE, required=True),
)

NIGHT_WORK = Field(
    "night_work", "Perioadele de activitate organizată pe schimburi", FieldKind.ROWS,
    required=True, max_rows=60,
    columns=(
        Field("period_from", "De la data", FieldKind.DATE, required=True),
        Field("period_to", "Până la data", FieldKind.DATE, required=True),
        Field("bonus_percent", "Sporul pentru munca de noapte (%)", FieldKind.DECIMAL,
              required=True, max_length=8),
        Field("average_percent", "Procentul mediu (col. 3 × 31,51%)", FieldKind.COMPUTED,
              compute=_column_4),
    ),
)

CERTIFICATE = (
    NIGHT_WORK,
    Field("bonus.legal_basis", "Temeiul legal al sporului", required=True, max_length=300),
    m.choice("purpose", "Spre a-i servi la", ("stabilirea", "recalcularea")),
)

SIGNERS = (
    m.representative_field("employer", "Reprezentant legal — numele și prenumele"),
    Field("employer.representative_role", "Reprezentant legal — funcția", required=True,
          max_length=100),
    Field("prepared_by.name", "Întocmit — numele și prenumele", required=True, max_length=150),
    Field("prepared_by.role", "Întocmit — funcția", required=True, max_length=100),
)

LAYOUT = (
    Para("Denumirea persoanei juridice care eliberează actul {employer.name}, "
         "CUI {employer.cui}"),
    Para("Adresa: localitatea {employer.locality}, str. {employer.street} "
         "nr. {employer.street_no}, județul {employer.county}"),
    Para("Telefon {employer.phone}, fax {employer.fax}"),
    Para("E-mail {employer.email}"),
    Para("Nr. {certificate.number} din {certificate.date}"),
    Title("ADEVERINȚĂ"),
    Para("Adeverim că {employee.title|alt} {employee.surname} {employee.given_names}, având "
         "codul numeric personal {employee.cnp}, {employee.born|alt} la data de "
         "{employee.birth_date} în localitatea {employee.birth_locality}, județul "
         "{employee.birth_county}, {employee.child|alt} lui {employee.father_name} și "
         "{employee.of|alt} {employee.mother_name}, a fost {employee.employee|alt} unității în "
         "perioada {employment.from} – {employment.to} și a desfășurat activitate organizată pe "
         "schimburi, beneficiind de spor pentru munca prestată în timpul nopții, după cum "
         "urmează:"),
    Table("night_work", (
        "Nr. crt. (0)",
        "Perioada în care a desfășurat activitatea organizată pe schimburi — De la data (1)",
        "Până la data (2)",
        "Sporul acordat pentru munca prestată în timpul nopții, conform legii (%) (3)",
        "Procentul mediu al sporului pentru munca prestată în timpul nopții "
        "(col. 3 × 31,51%) (4)*)",
    ), min_printed_rows=4),
    Footnotes(("*) Se completează cu două zecimale.",)),
    Para("Temeiul legal în baza căruia a fost acordat acest spor este {bonus.legal_basis}."),
    Para("Prezenta adeverință a fost eliberată la cererea {employee.named|alt}, pe baza datelor "
         "cuprinse în arhiva aflată în păstrarea noastră, spre a-i servi la "
         "{purpose|alt} pensiei."),
    Signatures(items=(
        ("Reprezentant legal:", ""),
        ("Întocmit", ""),
        ("Numele și prenumele", "{employer.representative} / {prepared_by.name}"),
        ("Funcția", "{employer.representative_role} / {prepared_by.role}"),
        ("Semnătura", ""),
    )),
    Footnotes((
        "• 31,51% reprezintă ponderea medie a timpului de muncă prestată noaptea în totalul "
        "timpului de muncă dintr-o perioadă în care activitatea a fost organizată pe schimburi.",
        "• În situația în care munca a fost prestată ocazional pe timp de noapte, în cadrul unor "
        "activități care nu erau organizate pe schimburi, adeverințele vor cuprinde sumele "
        "acordate, lună de lună, cu titlu de spor de noapte.",
        "• În situația persoanelor care, prin natura sarcinilor de serviciu, au desfășurat "
        "activitate numai în timpul nopții, adeverințele vor cuprinde procentul în care, potrivit "
        "legii, sporul de noapte a fost acordat.",
    )),
)

_EMPLOYEE_CNP = make_cnp("M", dt.date(1956, 4, 17), "08", 233)

SAMPLE = {
    "employer.name": "Uzina Mecanică Brașov S.A.",
    "employer.cui": m.make_cui("1102847"),
    "employer.locality": "Brașov",
    "employer.street": "Strada Zizinului",
    "employer.street_no": "119",
    "employer.county": "Brașov",
    "employer.phone": "0268 332 410",
    "employer.fax": "0268 332 411",
    "employer.email": "resurse.umane@umb-exemplu.ro",
    "certificate.number": "1842",
    "certificate.date": "20.10.2026",
    f"{E}.surname": "Bălan",
    f"{E}.given_names": "Dumitru",
    f"{E}.cnp": _EMPLOYEE_CNP,
    f"{E}.birth_locality": "Făgăraș",
    f"{E}.birth_county": "Brașov",
    f"{E}.father_name": "Nicolae",
    f"{E}.mother_name": "Aurelia",
    "employment.from": "01.09.1976",
    "employment.to": "31.03.2001",
    "night_work": [
        {"period_from": "01.09.1976", "period_to": "31.12.1985", "bonus_percent": "15"},
        {"period_from": "01.01.1986", "period_to": "31.12.1995", "bonus_percent": "20"},
        {"period_from": "01.01.1996", "period_to": "31.03.2001", "bonus_percent": "25"},
    ],
    "bonus.legal_basis": "art. 72 din Legea nr. 57/1974; contractul colectiv de muncă",
    "purpose": "recalcularea",
    "employer.representative": "Stoica Valentin",
    "employer.representative_role": "Director general",
    "prepared_by.name": "Munteanu Carmen",
    "prepared_by.role": "Inspector resurse umane",
}

SPEC = AnnexSpec(
    annex_id="15",
    version=1,
    annex_label="ANEXA nr. 15 la norme (HG nr. 181/2024)",
    title="Adeverință privind sporul pentru munca prestată în timpul nopții",
    short_title="Adeverință spor de noapte",
    group="Angajatori",
    benefit="employer_certificate",
    legal_basis="art. 139 alin. (3) din Legea nr. 360/2023; art. 115 alin. (4) din norme",
    deadline=None,
    applicant_prefix="employer",
    sections=(
        Section("Angajatorul care eliberează adeverința", EMPLOYER),
        Section("Persoana", EMPLOYEE),
        Section("Sporul pentru munca de noapte", CERTIFICATE),
        Section("Semnături", SIGNERS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(
        m.period_check("employment.from", "employment.to"),
        m.rows_period_check("night_work", "period_from", "period_to"),
        m.percent_check("bonus_percent", rows_key="night_work"),
    ),
)

# Shown in the form, not printed: the sex from the CNP (it picks the gendered words).
FORM_ONLY = frozenset({f"{E}.sex"})

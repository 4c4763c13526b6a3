"""Annex 2 to the norms (HG 181/2024): the list of insured persons who worked
in workplaces in special conditions (whole normal working time of each month)
or in particular conditions ("Lista asiguraților …").

Legal basis: art. 29 alin. (3)–(4) of the norms (special conditions: the
provider's list, confirmed by the beneficiary, with the opinion on keeping the
special conditions) and art. 30 alin. (4)–(5) (particular conditions: the
renewed opinion). The opinion asked depends on the conditions (checked).

Deadline: none for the office — the norms set only the employer's filing term
(by the 25th of the following month, art. 29 alin. (2) and art. 30 alin. (3)),
no processing term; ``deadline=None``. The applicant is the employer
(``applicant_prefix="employer"``).
"""

from __future__ import annotations

import datetime as dt

from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Field,
    FieldKind,
    Option,
    Para,
    Section,
    Signatures,
    Table,
    Title,
)
from desk_app.domain.cnp import make_cnp

SPECIAL_LABEL = ("pe toată durata programului normal de lucru din luna respectivă la locurile "
                 "de muncă încadrate în condiții speciale")
PARTICULAR_LABEL = ("programului normal de lucru la locurile de muncă încadrate în condiții "
                    "deosebite")
SPECIAL, PARTICULAR = m.slug("speciale"), m.slug("deosebite")

_SPECIAL = m.equals("list.conditions", SPECIAL)
_PARTICULAR = m.equals("list.conditions", PARTICULAR)

EMPLOYER = (
    *m.company_fields("employer", name_label="Denumirea unității", phone=False, email=False),
    Field("employer.address", "Sediul unității", required=True, max_length=250),
    Field("list.number", "Nr. (listă)", required=True, max_length=30),
    Field("list.date", "Data (listă)", FieldKind.DATE, required=True),
)

LIST = (
    Field("list.conditions", "Locuri de muncă încadrate în condiții", FieldKind.CHOICE,
          required=True, options=(Option(SPECIAL, SPECIAL_LABEL),
                                  Option(PARTICULAR, PARTICULAR_LABEL)),
          help="Condiții speciale (art. 29 din norme) sau condiții deosebite (art. 30)."),
    Field("opinion_special.number", "Avizul privind menținerea încadrării în condiții speciale "
          "— nr.", max_length=30, required_when=_SPECIAL, visible_when=_SPECIAL),
    Field("opinion_special.date", "Avizul privind menținerea încadrării în condiții speciale "
          "— data", FieldKind.DATE, required_when=_SPECIAL, visible_when=_SPECIAL),
    Field("opinion_renewal.number", "Avizul de reînnoire (condiții deosebite) — nr.",
          max_length=30, required_when=_PARTICULAR, visible_when=_PARTICULAR),
    Field("opinion_renewal.date", "Avizul de reînnoire (condiții deosebite) — data",
          FieldKind.DATE, required_when=_PARTICULAR, visible_when=_PARTICULAR),
    Field("insured", "Asigurații", FieldKind.ROWS, required=True, max_rows=200, columns=(
        Field("name", "Numele și prenumele", required=True, max_length=150),
        Field("cnp", "Codul numeric personal", FieldKind.CNP, required=True, max_length=13),
        Field("workplace", "Locul de muncă (atelier/secție/compartiment)", required=True,
              max_length=150),
        Field("period_from", "Perioada — de la", FieldKind.DATE, required=True),
        Field("period_to", "Perioada — până la", FieldKind.DATE, required=True),
        Field("remarks", "Observații", max_length=200),
    )),
)

SIGNERS = (m.representative_field("employer"),)

LAYOUT = (
    Para("Date de identificare a unității: {employer.name}, CUI {employer.cui}, "
         "{employer.address}"),
    Para("Nr. {list.number} / {list.date}"),
    Title("LISTA"),
    Para("asiguraților care au desfășurat activități {list.conditions|alt}, după caz, "
         "specificate în:"),
    Para("— Avizul privind menținerea încadrării în condiții speciale de muncă "
         "nr. {opinion_special.number} / {opinion_special.date}"),
    Para("— Avizul de reînnoire privind locurile de muncă încadrate în condiții deosebite de "
         "muncă nr. {opinion_renewal.number} / {opinion_renewal.date}"),
    Table("insured", ("Nr. crt.", "Numele și prenumele", "Codul numeric personal",
                      "Locul de muncă (atelier/secție/compartiment)", "Perioada (de la",
                      "până la)", "Observații"), min_printed_rows=10),
    Para("Sub sancțiunile prevăzute la art. 326 din Legea nr. 286/2009 — Codul penal, "
         "declarăm conformitatea înscrisurilor din prezenta listă."),
    Signatures(items=(("Conducătorul unității,", "{employer.representative}"),)),
    Para("(numele, prenumele, semnătura și ștampila)", style="small"),
)

SAMPLE = {
    "employer.name": "Foraj Sonde Vest S.R.L.",
    "employer.cui": m.make_cui("2468135"),
    "employer.address": "Timișoara, str. Gheorghe Lazăr nr. 24, jud. Timiș",
    "list.number": "315",
    "list.date": "24.11.2026",
    "list.conditions": SPECIAL,
    "opinion_special.number": "2045",
    "opinion_special.date": "17.03.2009",
    "insured": [
        {"name": "Mureșan Vasile", "cnp": make_cnp("M", dt.date(1974, 2, 9), "35", 412),
         "workplace": "Secția foraj — sonda 112", "period_from": "01.10.2026",
         "period_to": "31.10.2026", "remarks": "program normal integral"},
        {"name": "Știrbu Ionuț", "cnp": make_cnp("M", dt.date(1988, 7, 30), "35", 19),
         "workplace": "Atelier intervenții sonde", "period_from": "01.10.2026",
         "period_to": "31.10.2026", "remarks": "fără observații"},
    ],
    "employer.representative": "Lazăr Daniel",
}

SPEC = AnnexSpec(
    annex_id="02",
    version=1,
    annex_label="ANEXA nr. 2 la norme (HG nr. 181/2024)",
    title="Lista asiguraților care au desfășurat activități la locurile de muncă încadrate în "
          "condiții speciale/deosebite",
    short_title="Listă asigurați în condiții speciale/deosebite",
    group="Angajatori",
    benefit="employer_list",
    legal_basis="art. 29 alin. (3)–(4) și art. 30 alin. (4)–(5) din norme",
    deadline=None,
    applicant_prefix="employer",
    sections=(
        Section("Unitatea", EMPLOYER),
        Section("Lista asiguraților", LIST),
        Section("Semnături", SIGNERS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(m.rows_period_check("insured", "period_from", "period_to"),),
)

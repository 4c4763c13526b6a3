"""Annex 13 to the norms (HG 181/2024): employer certificate for group I work
whose workplace was taken over by another company ("Adeverință").

Legal basis: art. 133 alin. (4) of Law 360/2023; art. 106 alin. (2)–(3) of the
norms (periods before 1 April 2001 in group I, in workplaces taken over by a
unit of annex 3 to the law; proved with the work book and this certificate).
Footnote 2: the group I period is before 1 April 2001 (checked).

Deadline: none — the norms set no processing term for this certificate (it is
evidence for a pension request); ``deadline=None``. The applicant is the
issuing employer (``applicant_prefix="employer"``).
"""

from __future__ import annotations

import datetime as dt

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
    Title,
)
from desk_app.domain.cnp import make_cnp
from desk_app.domain.values import parse_date

E = "employee"
GROUP_I_END = dt.date(2001, 3, 31)  # footnote 2: before 1 April 2001

EMPLOYER = (
    *m.company_fields("employer", name_label="Unitatea", phone=False, email=False),
    Field("employer.address", "Adresa", required=True, max_length=250),
    Field("employer.phone", "Telefon", FieldKind.PHONE, max_length=30),
    Field("certificate.number", "Nr. (adeverință)", required=True, max_length=30),
    Field("certificate.date", "Data (adeverință)", FieldKind.DATE, required=True),
)

EMPLOYEE = (
    *c.name_fields(E),
    *c.cnp_fields(E),
    Field(f"{E}.birth_locality", "Născut(ă) în localitatea", required=True, max_length=100),
    Field(f"{E}.birth_county", "Județul (nașterii)", required=True, max_length=60),
    m.gendered(f"{E}.title", "Domnul/doamna", "domnul", "doamna", cnp_prefix=E),
    m.gendered(f"{E}.born", "Născut/născută", "născut", "născută", cnp_prefix=E),
    m.gendered(f"{E}.hired", "Angajat/angajată", "angajat", "angajată", cnp_prefix=E),
)

EMPLOYMENT = (
    Field("employment.company", "Societatea (și denumirile anterioare)¹⁾", required=True,
          max_length=250),
    Field("employment.occupation", "Meseria/funcția", required=True, max_length=150),
    Field("employment.from", "Angajat(ă) în perioada — de la", FieldKind.DATE, required=True),
    Field("employment.to", "Până la", FieldKind.DATE, required=True),
    Field("group.from", "Perioada²⁾ în grupa I — de la", FieldKind.DATE, required=True),
    Field("group.to", "Perioada²⁾ în grupa I — până la", FieldKind.DATE, required=True),
    Field("group.percent", "În procent de (%)", FieldKind.DECIMAL, required=True, max_length=8),
    Field("group.legal_basis", "În baza prevederilor³⁾ (actul normativ: număr, dată, poziție, "
          "anexă)", required=True, max_length=300),
    Field("group.annex2_position", "Poziția din anexa nr. 2 la Legea nr. 360/2023",
          required=True, max_length=20),
    Field("takeover.company", "Societatea care a preluat locul de muncă", required=True,
          max_length=250),
    Field("takeover.annex3_position", "Poziția din anexa nr. 3 la Legea nr. 360/2023",
          required=True, max_length=20),
    Field("takeover.basis", "Preluarea s-a făcut în baza⁴⁾", required=True, max_length=300),
    Field("takeover.date", "Începând cu data de", FieldKind.DATE, required=True),
)

SIGNERS = (
    m.representative_field("employer"),
    Field("payroll.head", "Direcția/Serviciul cu atribuții salarizare personal (numele și "
          "prenumele)", required=True, max_length=150),
    Field("prepared_by.name", "Întocmit (numele și prenumele)", required=True, max_length=150),
)


def group_period_check(payload: Payload) -> dict[str, str]:
    """Footnote 2: the group I period is before 1 April 2001."""
    end = parse_date(str(payload.get("group.to") or ""))
    if end and end > GROUP_I_END:
        return {"group.to": "Perioada în grupa I de muncă se înscrie numai pentru perioada "
                            "anterioară datei de 1 aprilie 2001."}
    return {}


LAYOUT = (
    Para("UNITATEA {employer.name}"),
    Para("C.U.I. /Cod fiscal {employer.cui}"),
    Para("Adresa, telefon {employer.address}, {employer.phone}"),
    Para("Nr. {certificate.number} /data {certificate.date}"),
    Title("ADEVERINȚĂ"),
    Para("Se adeverește prin prezenta că {employee.title|alt} {employee.surname} "
         "{employee.given_names}, {employee.born|alt} la data de {employee.birth_date} în "
         "localitatea {employee.birth_locality}, județul {employee.birth_county}, având codul "
         "numeric personal {employee.cnp}, a fost {employee.hired|alt} cu contract individual "
         "de muncă la societatea¹⁾ {employment.company}, în meseria/funcția "
         "{employment.occupation}, în perioada {employment.from} – {employment.to}."),
    Para("Pe perioada²⁾ {group.from} – {group.to} se încadrează în grupa I de muncă, în procent "
         "de {group.percent}%, în baza prevederilor³⁾ {group.legal_basis}, activitate care se "
         "regăsește la poziția {group.annex2_position} din anexa nr. 2 la Legea nr. 360/2023 "
         "privind sistemul public de pensii."),
    Para("Locul de muncă unde se desfășoară activitatea prevăzută în anexa nr. 2 la Legea "
         "nr. 360/2023 a fost preluat de societatea {takeover.company}, care se regăsește la "
         "poziția {takeover.annex3_position} din anexa nr. 3 la Legea nr. 360/2023."),
    Para("Preluarea locului de muncă s-a făcut în baza⁴⁾ {takeover.basis}, începând cu data de "
         "{takeover.date}."),
    Para("Menționăm că prezenta adeverință s-a eliberat în baza documentelor, verificabile, "
         "aflate în arhiva societății, cunoscându-se atât prevederile Codului penal referitoare "
         "la falsul în înscrisuri oficiale, cât și prevederile legislației de reglementare a "
         "pensiilor din sistemul public, potrivit cărora angajatorul poartă întreaga răspundere "
         "pentru valabilitatea și corectitudinea actelor doveditoare utilizate la stabilirea "
         "drepturilor de pensie."),
    Signatures(items=(
        ("Conducătorul unității, (numele, prenumele, semnătura și ștampila)",
         "{employer.representative}"),
        ("Direcția/Serviciul cu atribuții salarizare personal (numele, prenumele și semnătura)",
         "{payroll.head}"),
        ("Întocmit (numele, prenumele și semnătura)", "{prepared_by.name}"),
    )),
    Footnotes((
        "1) Se completează cu denumirea societății sau, după caz, cu eventualele denumiri "
        "anterioare.",
        "2) Pentru perioada anterioară datei de 1 aprilie 2001.",
        "3) Se precizează actul normativ (număr, dată, poziție, anexă) în baza căruia a fost "
        "încadrat în grupa I de muncă, anterior datei de 1 aprilie 2001.",
        "4) Se înscriu actele normative sau alte documente care au reglementat această "
        "preluare.",
    )),
)

_EMPLOYEE_CNP = make_cnp("F", dt.date(1962, 1, 25), "20", 418)

SAMPLE = {
    "employer.name": "Complexul Energetic Oltenia S.A.",
    "employer.cui": m.make_cui("3015683"),
    "employer.address": "Târgu Jiu, str. Alexandru Ioan Cuza nr. 5, jud. Gorj",
    "employer.phone": "0253 227 101",
    "certificate.number": "7712",
    "certificate.date": "05.11.2026",
    f"{E}.surname": "Popescu",
    f"{E}.given_names": "Elena-Cătălina",
    f"{E}.cnp": _EMPLOYEE_CNP,
    f"{E}.birth_locality": "Rovinari",
    f"{E}.birth_county": "Gorj",
    "employment.company": "Întreprinderea Minieră Rovinari (fostă Combinatul Minier Rovinari)",
    "employment.occupation": "lăcătuș mecanic în subteran",
    "employment.from": "15.08.1981",
    "employment.to": "30.06.1998",
    "group.from": "15.08.1981",
    "group.to": "30.06.1998",
    "group.percent": "100",
    "group.legal_basis": "Ordinul nr. 50/1990, anexa nr. 1, poziția 1",
    "group.annex2_position": "1",
    "takeover.company": "Complexul Energetic Oltenia S.A.",
    "takeover.annex3_position": "12",
    "takeover.basis": "Hotărârea Guvernului nr. 1.024/2011; contractul de preluare nr. 118/2012",
    "takeover.date": "31.05.2012",
    "employer.representative": "Ionescu Marian",
    "payroll.head": "Dinu Georgeta",
    "prepared_by.name": "Pârvu Ana",
}

SPEC = AnnexSpec(
    annex_id="13",
    version=1,
    annex_label="ANEXA nr. 13 la norme (HG nr. 181/2024)",
    title="Adeverință privind activitatea desfășurată în grupa I de muncă la un loc de muncă "
          "preluat de altă societate",
    short_title="Adeverință grupa I (loc de muncă preluat)",
    group="Angajatori",
    benefit="employer_certificate",
    legal_basis="art. 133 alin. (4) din Legea nr. 360/2023; art. 106 alin. (2)–(3) din norme",
    deadline=None,
    applicant_prefix="employer",
    sections=(
        Section("Unitatea care eliberează adeverința", EMPLOYER),
        Section("Persoana", EMPLOYEE),
        Section("Activitatea în grupa I și preluarea locului de muncă", EMPLOYMENT),
        Section("Semnături", SIGNERS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(
        m.period_check("employment.from", "employment.to"),
        m.period_check("group.from", "group.to"),
        group_period_check,
        m.percent_check("group.percent"),
    ),
)

# Shown in the form, not printed: the sex from the CNP (it picks the gendered words).
FORM_ONLY = frozenset({f"{E}.sex"})

"""The request for a user account on the CNPP portal (www.cnpp.ro), printed for
the citizen to sign and registered at the counter ("Cerere pentru crearea
contului de utilizator pe portalul CNPP").

There is no official annex for it: the wording follows the CNPP portal guide
and the account-request steps (the e-mail address is the user name; the
signed request is brought in person with the identity document and the
supporting documents for every administered person; after approval an
activation link valid 72 hours lets the holder set a password of at least 8
characters with a capital letter and a digit).

Administered persons are rows: natural persons by CNP, legal persons by CUI,
each with the supporting document and the mandate end date; the identifier is
checked according to the kind (message key ``administered[2].identifier``).

Deadline: none — no legal term for activating accounts; ``deadline=None``.
"""

from __future__ import annotations

import datetime as dt

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Bullets,
    Field,
    FieldKind,
    Para,
    Payload,
    Section,
    Signatures,
    Table,
    Title,
)
from desk_app.domain.cnp import make_cnp
from desk_app.domain.values import cnp_error, cui_error, parse_date

P = "applicant"
NATURAL, LEGAL = "persoana_fizica", "persoana_juridica"

HOLDER = (
    *c.name_fields(P),
    *c.cnp_fields(P),
    *c.id_document_fields(P),
    *c.address_fields(P),
    *c.contact_fields(P, email_required=True),
)

ADMINISTERED = Field(
    "administered", "Persoane pe care titularul contului le va administra", FieldKind.ROWS,
    max_rows=50,
    columns=(
        m.choice("kind", "Tipul", ("persoană fizică", "persoană juridică")),
        Field("identifier", "CNP / CUI", required=True, max_length=14),
        Field("name", "Numele și prenumele / denumirea", required=True, max_length=200),
        Field("document", "Documentul justificativ (de exemplu: procură notarială, "
              "împuternicire)", required=True, max_length=120),
        Field("document_number", "Nr. documentului", required=True, max_length=40),
        Field("document_date", "Din (data)", FieldKind.DATE, required=True),
        Field("mandate_end", "Mandat valabil până la", FieldKind.DATE, required=True),
    ),
)


def administered_check(payload: Payload) -> dict[str, str]:
    """CNP for natural persons, CUI for legal persons; the mandate ends after the
    document's date; the holder does not administer himself."""
    errors: dict[str, str] = {}
    rows = payload.get("administered")
    if not isinstance(rows, list):
        return errors
    own = str(payload.get(f"{P}.cnp") or "").strip()
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        key = f"administered[{index}]"
        identifier = str(row.get("identifier") or "").strip()
        if identifier:
            if row.get("kind") == NATURAL:
                message = cnp_error(identifier)
                if message is None and identifier == own:
                    message = "Titularul contului nu se înscrie printre persoanele administrate."
            elif row.get("kind") == LEGAL:
                message = cui_error(identifier)
            else:
                message = None
            if message:
                errors[f"{key}.identifier"] = message
        issued = parse_date(str(row.get("document_date") or ""))
        ends = parse_date(str(row.get("mandate_end") or ""))
        if issued and ends and ends < issued:
            errors[f"{key}.mandate_end"] = ("Mandatul nu poate expira înainte de data "
                                            "documentului justificativ.")
    return errors


LAYOUT = (
    Para("Nr. {_registration_no} din {_registration_date}", style="right"),
    Title("Cerere pentru crearea contului de utilizator pe portalul CNPP", "www.cnpp.ro"),
    Para("Către Casa Teritorială de Pensii {_office_name}"),
    Para("Subsemnatul(a) {applicant.surname} {applicant.given_names}, având codul numeric "
         "personal {applicant.cnp}, posesor/posesoare al (a) actului de identitate seria "
         "{applicant.id_series} nr. {applicant.id_number}, eliberat de {applicant.id_issuer} la "
         "data de {applicant.id_date}, domiciliat(ă) în localitatea {applicant.locality}, "
         "str. {applicant.street} nr. {applicant.street_no}, bl. {applicant.block}, "
         "sc. {applicant.staircase}, et. {applicant.floor}, ap. {applicant.apartment}, "
         "județul/sectorul {applicant.county}, nr. telefon {applicant.phone}, adresă de e-mail "
         "{applicant.email}, vă rog să aprobați crearea contului meu de utilizator pe portalul "
         "Casei Naționale de Pensii Publice (www.cnpp.ro), pentru accesul la serviciile "
         "electronice gratuite."),
    Para("Adresa de e-mail de mai sus va fi numele de utilizator pentru conectarea la "
         "portal."),
    Table("administered", ("Nr. crt.", "Persoană fizică/juridică", "CNP/CUI",
                           "Numele și prenumele/denumirea", "Documentul justificativ", "Nr.",
                           "Din data", "Valabil până la"),
          min_printed_rows=3,
          intro="Solicit drepturi de administrare pentru următoarele persoane fizice sau "
                "juridice, pe baza documentelor justificative pe care le prezint la ghișeu:"),
    Bullets(intro="Declar că:", items=(
        "răspund pentru corectitudinea și realitatea datelor înscrise în prezenta cerere și mă "
        "oblig să comunic orice modificare a acestora;",
        "am luat la cunoștință că, după aprobarea contului, voi primi pe adresa de e-mail de mai "
        "sus o informare automată și o legătură de activare, valabilă 72 de ore, prin care îmi "
        "stabilesc parola;",
        "am luat la cunoștință că parola trebuie să conțină minimum 8 caractere, dintre care "
        "obligatoriu o majusculă și o cifră;",
        "am luat la cunoștință că drepturile de administrare pentru o altă persoană încetează la "
        "data expirării documentului justificativ (procură, împuternicire).",
    )),
    Para(c.GDPR_CONSENT),
    Signatures(),
)

_HOLDER_CNP = make_cnp("F", dt.date(1971, 11, 2), "40", 256)

SAMPLE = {
    **{k: v for k, v in c.sample_person(
        P, _HOLDER_CNP, surname="Marin", given_names="Doina", locality="București",
        street="Bulevardul Iuliu Maniu", street_no="7", block="R1", staircase="C", floor="6",
        apartment="142", county="Sector 6", id_series="RK", id_number="552018",
        id_issuer="SPCEP Sector 6", id_date="09.09.2021", phone="0723 901 446",
        email="doina.marin@exemplu.ro").items() if k in {f.key for f in HOLDER}},
    "administered": [
        {"kind": NATURAL, "identifier": make_cnp("M", dt.date(1940, 3, 14), "40", 61),
         "name": "Marin Constantin", "document": "Procură notarială",
         "document_number": "1245", "document_date": "02.03.2026",
         "mandate_end": "02.03.2029"},
        {"kind": LEGAL, "identifier": m.make_cui("3417652"), "name": "Atelierul Doina S.R.L.",
         "document": "Împuternicire", "document_number": "18", "document_date": "15.01.2026",
         "mandate_end": "31.12.2027"},
    ],
}

SPEC = AnnexSpec(
    annex_id="cont",
    version=1,
    title="Cerere pentru crearea contului de utilizator pe portalul CNPP",
    short_title="Cont online cnpp.ro",
    group="Cont online",
    benefit="portal_account",
    legal_basis="Ghidul serviciilor electronice CNPP (portalul www.cnpp.ro); "
                "Regulamentul (UE) 2016/679",
    deadline=None,
    sections=(
        Section("Titularul contului", HOLDER,
                note="Adresa de e-mail este numele de utilizator al contului."),
        Section("Persoane administrate", (ADMINISTERED,)),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(administered_check,),
)

# Shown in the form, not printed: what the CNP tells (birth date, sex).
FORM_ONLY = frozenset({f"{P}.birth_date", f"{P}.sex"})

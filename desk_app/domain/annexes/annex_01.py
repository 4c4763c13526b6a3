"""Annex 1 to the norms (HG 181/2024): the employer's note on workplaces in
special/particular conditions taken over by another unit ("Notă privind
locurile de muncă încadrate în condiții speciale/deosebite, după caz, potrivit
Avizului reevaluat/reînnoit …").

Legal basis: art. 27 alin. (3)–(5) of the norms (special conditions, re-evaluated
opinion) and art. 28 alin. (4)–(6) (particular conditions, renewed opinion):
the employer that took over the workplaces (unit B) files this note with the
labour inspectorate's (or CNCAN's) finding note. "Speciale" goes with
"reevaluat", "deosebite" with "reînnoit" (checked).

Deadline: none — the norms set no processing term for this note; ``deadline=None``.
The applicant is the employer that took the workplaces over (unit B,
``applicant_prefix="employer"``); the initial unit is ``initial_unit``.
"""

from __future__ import annotations

from desk_app.domain.annexes import common_more as m
from desk_app.domain.annexes.spec import (
    AnnexSpec,
    Field,
    FieldKind,
    Para,
    Payload,
    Section,
    Signatures,
    Title,
)

SPECIAL, PARTICULAR = "speciale", "deosebite"
REEVALUATED, RENEWED = "reevaluat", "reinnoit"


def unit_fields(prefix: str) -> tuple[Field, ...]:
    """Identification of a unit as the note asks it (A and B)."""
    return (
        Field(f"{prefix}.name", "Denumirea unității", required=True, max_length=200),
        Field(f"{prefix}.locality", "Cu sediul în localitatea", required=True, max_length=100),
        Field(f"{prefix}.street", "Str.", max_length=150),
        Field(f"{prefix}.street_no", "Nr.", max_length=20),
        Field(f"{prefix}.county", "Județul", required=True, max_length=60),
        Field(f"{prefix}.cui", "Cod unic de înregistrare/cod fiscal", FieldKind.CUI,
              required=True, max_length=14),
        Field(f"{prefix}.trade_register", "Nr. de înregistrare la registrul comerțului",
              required=True, max_length=30),
    )


def unit_text(prefix: str) -> str:
    p = prefix
    return (f"denumirea unității {{{p}.name}}, cu sediul în localitatea {{{p}.locality}}, "
            f"str. {{{p}.street}} nr. {{{p}.street_no}}, județul {{{p}.county}}, cod unic de "
            f"înregistrare/cod fiscal {{{p}.cui}}, nr. de înregistrare la registrul comerțului "
            f"{{{p}.trade_register}}")


NOTE = (
    Field("note.number", "Nr. (notă)", required=True, max_length=30),
    Field("note.date", "Data (notă)", FieldKind.DATE, required=True),
    m.choice("note.conditions", "Condiții", ("speciale", "deosebite")),
    m.choice("opinion.kind", "Avizul", ("reevaluat", "reînnoit")),
    Field("opinion.number", "Avizul nr.", required=True, max_length=30),
    Field("opinion.date", "Avizul din (data)", FieldKind.DATE, required=True),
    m.choice("note.extent", "Locurile de muncă au fost preluate", ("total", "parțial")),
)

SIGNERS = (m.representative_field("employer"),)


def pairing_check(payload: Payload) -> dict[str, str]:
    """Special conditions: re-evaluated opinion (art. 27); particular: renewed (art. 28)."""
    expected = {SPECIAL: REEVALUATED, PARTICULAR: RENEWED}.get(
        str(payload.get("note.conditions") or ""))
    kind = payload.get("opinion.kind")
    if expected and kind and kind != expected:
        return {"opinion.kind": "Pentru condiții speciale avizul este reevaluat (art. 27 din "
                                "norme), pentru condiții deosebite avizul este reînnoit "
                                "(art. 28 din norme)."}
    return {}


LAYOUT = (
    Para("Nr. {note.number} / {note.date}"),
    Title("NOTĂ"),
    Para("privind locurile de muncă încadrate în condiții {note.conditions|alt}, după caz, "
         "potrivit Avizului {opinion.kind|alt} pentru încadrarea locurilor de muncă în "
         "condiții speciale/deosebite nr. {opinion.number} / {opinion.date}", style="center"),
    Para("A. Datele de identificare a unității inițiale căreia i s-a emis avizul "
         "reevaluat/reînnoit pentru încadrarea locurilor de muncă în condiții "
         "speciale/deosebite: " + unit_text("initial_unit")),
    Para("B. Datele de identificare a unității care a preluat locurile de muncă specificate în "
         "avizul reevaluat/reînnoit pentru încadrarea locurilor de muncă în condiții "
         "speciale/deosebite: " + unit_text("employer")),
    Para("Locurile de muncă au fost preluate {note.extent|alt} conform listei anexate."),
    Signatures(items=(("Conducătorul unității,", "{employer.representative}"),)),
    Para("(numele, prenumele, semnătura și ștampila)", style="small"),
)

SAMPLE = {
    "note.number": "2290",
    "note.date": "14.10.2026",
    "note.conditions": SPECIAL,
    "opinion.kind": REEVALUATED,
    "opinion.number": "1187",
    "opinion.date": "22.05.2008",
    "initial_unit.name": "Societatea Națională a Lignitului Oltenia S.A.",
    "initial_unit.locality": "Târgu Jiu",
    "initial_unit.street": "Strada Tudor Vladimirescu",
    "initial_unit.street_no": "4",
    "initial_unit.county": "Gorj",
    "initial_unit.cui": m.make_cui("1536598"),
    "initial_unit.trade_register": "J18/98/1997",
    "employer.name": "Complexul Energetic Oltenia S.A.",
    "employer.locality": "Târgu Jiu",
    "employer.street": "Strada Alexandru Ioan Cuza",
    "employer.street_no": "5",
    "employer.county": "Gorj",
    "employer.cui": m.make_cui("3015683"),
    "employer.trade_register": "J18/184/2012",
    "note.extent": "partial",
    "employer.representative": "Ionescu Marian",
}

SPEC = AnnexSpec(
    annex_id="01",
    version=1,
    annex_label="ANEXA nr. 1 la norme (HG nr. 181/2024)",
    title="Notă privind locurile de muncă încadrate în condiții speciale/deosebite, după caz, "
          "potrivit Avizului reevaluat/reînnoit pentru încadrarea locurilor de muncă în "
          "condiții speciale/deosebite",
    short_title="Notă locuri de muncă preluate (condiții speciale/deosebite)",
    group="Angajatori",
    benefit="employer_note",
    legal_basis="art. 27 alin. (3)–(5) și art. 28 alin. (4)–(6) din norme",
    deadline=None,
    applicant_prefix="employer",
    sections=(
        Section("Nota și avizul", NOTE),
        Section("A. Unitatea inițială", unit_fields("initial_unit")),
        Section("B. Unitatea care a preluat locurile de muncă", unit_fields("employer")),
        Section("Semnături", SIGNERS),
    ),
    layout=LAYOUT,
    sample=SAMPLE,
    checks=(pairing_check,),
)

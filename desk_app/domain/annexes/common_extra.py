"""More reusable pieces of annex specs, next to :mod:`common`: person blocks
without the blanks a model does not have, addresses abroad with a country,
conditions (``visible_when``/``required_when``), the documents and the
declarations the pension requests (annexes 4, 6, 7) share with annex 3, and
cross-field checks.

The keys are the ones annex 3 uses, so the same document or declaration has
the same key in every pension request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes.spec import Field, FieldKind, Option, Payload
from desk_app.domain.countries import COUNTRIES
from desk_app.domain.values import parse_date

Predicate = Callable[[Payload], bool]
Check = Callable[[Payload], dict[str, str]]

# --- conditions ------------------------------------------------------------


def equals(key: str, *values: str) -> Predicate:
    """True when the choice ``key`` holds one of ``values``."""
    wanted = frozenset(values)
    return lambda p: p.get(key) in wanted


def ticked(key: str) -> Predicate:
    """True when the flag ``key`` is ticked."""
    return lambda p: bool(p.get(key))


def submitted(key: str) -> Predicate:
    """True when the document ``key`` is marked as handed in."""
    def predicate(p: Payload) -> bool:
        value = p.get(key)
        return isinstance(value, dict) and bool(value.get("submitted"))
    return predicate


def when(field: Field, condition: Predicate, *, required: bool = True) -> Field:
    """The field shown only under ``condition``, and then required (if ``required``)."""
    return dataclasses.replace(field, required=False, visible_when=condition,
                               required_when=condition if required else None)


def required_if(field: Field, condition: Predicate) -> Field:
    """The field always shown, required only under ``condition``."""
    return dataclasses.replace(field, required=False, required_when=condition)


# --- persons and addresses ---------------------------------------------------


def person_fields(prefix: str = "applicant", *, without: Iterable[str] = ()) -> tuple[Field, ...]:
    """:func:`common.full_person_fields` minus the blanks a model does not have
    (``without`` names the part after the prefix: ``"floor"``, ``"id_issuer"``)."""
    dropped = {f"{prefix}.{name}" for name in without}
    return tuple(f for f in c.full_person_fields(prefix) if f.key not in dropped)


def country_options() -> tuple[Option, ...]:
    return tuple(Option(country.code, country.name) for country in COUNTRIES)


def country_field(key: str, label: str = "Țara", *, required: bool = False) -> Field:
    """A choice among the world's countries (ISO code stored, Romanian name shown)."""
    return Field(key, label, FieldKind.CHOICE, required=required, options=country_options())


REGION_LABEL = "Județul/provincia/departamentul/regiunea"


def world_address_fields(prefix: str, *, required: bool = True,
                         from_person: bool = True) -> tuple[Field, ...]:
    """An address in Romania or abroad: the Romanian address blanks with the
    county read as "județul/provincia/departamentul/regiunea", and the country.

    ``from_person`` keeps the link to the stored person (domicile); an address
    that is not the person's (habitual residence) fills nothing by CNP.
    """
    fields = []
    for field in c.address_fields(prefix, required=required):
        if field.key == f"{prefix}.county":
            field = dataclasses.replace(field, label=REGION_LABEL)
        if not from_person:
            field = dataclasses.replace(field, person_attr=None)
        fields.append(field)
    fields.append(country_field(f"{prefix}.country", required=required))
    return tuple(fields)


# --- documents and declarations shared by the pension requests ---------------

PENSION_DOCUMENTS: dict[str, Field] = {f.key: f for f in (
    c.document("doc.work_book", "Carnet de muncă", series=True, number=True,
               forms=(c.ORIGINAL_AND_COPY,)),
    c.document("doc.cap_book", "Carnetul de pensii și asigurări sociale pentru membrii CAP",
               forms=(c.ORIGINAL_AND_COPY,)),
    c.document("doc.farmer_book", "Carnetul de pensii și asigurări sociale pentru țăranii cu "
               "gospodărie individuală din zonele necooperativizate",
               forms=(c.ORIGINAL_AND_COPY,)),
    c.document("doc.insurance_book", "Carnet de asigurări sociale", series=True, number=True,
               forms=(c.ORIGINAL_AND_COPY,)),
    c.document("doc.military_book", "Livret militar", series=True, number=True),
    c.document("doc.identity_card", "Buletin/carte de identitate", series=True, number=True,
               required=True),
    c.document("doc.civil_status", "Certificat de naștere și/sau certificate de căsătorie",
               series=True, number=True),
    c.document("doc.studies", "Diploma de studii cu foaia matricolă sau adeverința de "
               "certificare a perioadelor de studii superioare", number=True, date=True,
               forms=(c.COPY, c.ORIGINAL)),
    c.document("doc.bonus_certificate", "Adeverință privind sporurile la salariu", number=True,
               date=True, forms=(c.ORIGINAL,)),
    c.document("doc.conditions_certificate", "Adeverință privind grupa superioară/condiții "
               "de muncă", number=True, date=True, forms=(c.ORIGINAL,)),
    c.document("doc.employer_certificate", "Adeverință a angajatorului (art. 93 alin. (7) "
               "din lege)", number=True, date=True, forms=(c.ORIGINAL,)),
    c.document("doc.other_proofs", "Alte acte pentru dovedirea perioadelor de activitate și "
               "a veniturilor", forms=(c.ORIGINAL,)),
)}


def pension_documents(*keys: str) -> tuple[Field, ...]:
    """The shared pension documents, in the order the model lists them."""
    return tuple(PENSION_DOCUMENTS[key] for key in keys)


RECEIVES = "primesc"

# The statements of annexes 3, 4 and 6 (annex 3 adds the children question).
PENSION_DECLARATIONS: tuple[Field, ...] = (
    c.alternatives("decl.insured", "Sunt/nu sunt asigurat(ă)", "sunt", "nu sunt"),
    c.alternatives("decl.other_pension", "Primesc/nu primesc o altă pensie sau ajutor social",
                   "primesc", "nu primesc"),
    c.dossier_for("decl.other_pension", RECEIVES, "decl.other_pension_file"),
    c.alternatives("decl.integrated_pension", "Pensie din alt sistem integrat sistemului public",
                   "primesc", "nu primesc"),
    c.dossier_for("decl.integrated_pension", RECEIVES, "decl.integrated_pension_file"),
    c.alternatives("decl.non_integrated_pension",
                   "Pensie din alt sistem neintegrat sistemului public", "primesc", "nu primesc"),
    c.dossier_for("decl.non_integrated_pension", RECEIVES, "decl.non_integrated_pension_file"),
    c.alternatives("decl.allowance", "Indemnizație", "primesc", "nu primesc"),
    c.dossier_for("decl.allowance", RECEIVES, "decl.allowance_file"),
    c.alternatives("decl.unemployment", "Indemnizație de șomaj", "primesc", "nu primesc"),
    c.alternatives("decl.disability_allowance", "Indemnizație pentru persoane cu handicap",
                   "primesc", "nu primesc"),
)

PENSION_DECLARATION_ITEMS: tuple[str, ...] = (
    "{decl.insured|alt} asigurat(ă);",
    "{decl.other_pension|alt} o altă pensie sau ajutor social — dosar nr. "
    "{decl.other_pension_file};",
    "{decl.integrated_pension|alt} pensie din alt sistem de pensii integrat sistemului "
    "public de pensii — dosar nr. {decl.integrated_pension_file};",
    "{decl.non_integrated_pension|alt} pensie din alt sistem de pensii neintegrat "
    "sistemului public de pensii — dosar nr. {decl.non_integrated_pension_file};",
    "{decl.allowance|alt} indemnizație — dosar nr. {decl.allowance_file};",
    "{decl.unemployment|alt} indemnizație de șomaj;",
    "{decl.disability_allowance|alt} indemnizație acordată persoanelor cu handicap.",
)

NOTIFY_CHANGES = ("Mă oblig a anunța, în termen de 15 zile, casei teritoriale de pensii orice "
                  "schimbare ce va surveni în cele declarate mai sus.")

# --- cross-field checks -------------------------------------------------------


def at_least_one(keys: Iterable[str], error_key: str, message: str) -> Check:
    """At least one of ``keys`` filled (a flag ticked, a document handed in, a text)."""
    keys = tuple(keys)

    def check(p: Payload) -> dict[str, str]:
        for key in keys:
            value = p.get(key)
            if isinstance(value, dict):
                if value.get("submitted"):
                    return {}
            elif isinstance(value, str):
                if value.strip():
                    return {}
            elif value:
                return {}
        return {error_key: message}
    return check


def dates_in_order(start_key: str, end_key: str) -> Check:
    """"de la … până la …": the end not before the start (both valid dates)."""
    def check(p: Payload) -> dict[str, str]:
        start = parse_date(str(p.get(start_key) or ""))
        end = parse_date(str(p.get(end_key) or ""))
        if start and end and end < start:
            return {end_key: "Sfârșitul perioadei este înaintea începutului ei."}
        return {}
    return check


def sample_document(form: str = c.COPY, **parts: str) -> dict[str, object]:
    """A handed-in document for samples: ``sample_document(c.COPY, series="AB")``."""
    return {"submitted": True, "form": form, **parts}


NOT_SUBMITTED: dict[str, object] = {"submitted": False}


def only(fields: Iterable[Field], data: dict[str, object]) -> dict[str, object]:
    """``data`` restricted to the keys of ``fields`` (a sample person for a model
    whose person block lacks some blanks)."""
    keys = {f.key for f in fields}
    return {k: v for k, v in data.items() if k in keys}

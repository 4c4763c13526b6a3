"""Reusable pieces of annex specs: person identification, addresses, documents,
declarations ("sunt/nu sunt", "primesc/nu primesc ... dosar nr.").

Specs compose these so the same blanks have the same keys, widgets and checks
in every model; the person fields carry ``person_attr`` so the stored person
(by CNP) fills them.
"""

from __future__ import annotations

from desk_app.domain.annexes.spec import DocumentSpec, Field, FieldKind, Option, Payload
from desk_app.domain.cnp import CnpError, parse_cnp
from desk_app.domain.values import format_date

ORIGINAL = "original"
COPY = "copie"
ORIGINAL_AND_COPY = "original și copie"


def _derived_from_cnp(prefix: str, what: str):
    def compute(payload: Payload) -> str:
        try:
            info = parse_cnp(str(payload.get(f"{prefix}.cnp", "")))
        except CnpError:
            return ""
        if what == "birth_date":
            return format_date(info.birth_date)
        return "masculin" if info.sex == "M" else "feminin"

    return compute


def sex_of(payload: Payload, prefix: str = "applicant") -> str | None:
    """"M"/"F" from the CNP in the payload, None while the CNP is not valid."""
    try:
        return parse_cnp(str(payload.get(f"{prefix}.cnp", ""))).sex
    except CnpError:
        return None


def is_woman(payload: Payload) -> bool:
    return sex_of(payload) == "F"


def name_fields(prefix: str, *, required: bool = True) -> tuple[Field, ...]:
    return (
        Field(f"{prefix}.surname", "Nume", required=required, max_length=100,
              person_attr="surname"),
        Field(f"{prefix}.given_names", "Prenume", required=required, max_length=100,
              person_attr="given_names"),
    )


def cnp_fields(prefix: str, *, required: bool = True) -> tuple[Field, ...]:
    return (
        Field(f"{prefix}.cnp", "CNP", FieldKind.CNP, required=required, max_length=13,
              person_attr="cnp"),
        Field(f"{prefix}.birth_date", "Data nașterii (din CNP)", FieldKind.COMPUTED,
              compute=_derived_from_cnp(prefix, "birth_date")),
        Field(f"{prefix}.sex", "Sexul (din CNP)", FieldKind.COMPUTED,
              compute=_derived_from_cnp(prefix, "sex")),
    )


def address_fields(prefix: str, *, required: bool = True) -> tuple[Field, ...]:
    return (
        Field(f"{prefix}.locality", "Localitatea", required=required, max_length=100,
              person_attr="locality"),
        Field(f"{prefix}.street", "Strada", max_length=150, person_attr="street"),
        Field(f"{prefix}.street_no", "Nr.", max_length=20, person_attr="street_no"),
        Field(f"{prefix}.block", "Bl.", max_length=20, person_attr="block"),
        Field(f"{prefix}.staircase", "Sc.", max_length=20, person_attr="staircase"),
        Field(f"{prefix}.floor", "Et.", max_length=20, person_attr="floor"),
        Field(f"{prefix}.apartment", "Ap.", max_length=20, person_attr="apartment"),
        Field(f"{prefix}.county", "Județul/Sectorul", required=required, max_length=60,
              person_attr="county"),
    )


def id_document_fields(prefix: str, *, required: bool = True) -> tuple[Field, ...]:
    return (
        Field(f"{prefix}.id_series", "Act de identitate — seria", required=required,
              max_length=10, person_attr="id_series"),
        Field(f"{prefix}.id_number", "Act de identitate — nr.", required=required,
              max_length=20, person_attr="id_number"),
        Field(f"{prefix}.id_issuer", "Eliberat de", required=required, max_length=120,
              person_attr="id_issuer"),
        Field(f"{prefix}.id_date", "La data de", FieldKind.DATE, required=required,
              person_attr="id_issued_on"),
    )


def contact_fields(prefix: str, *, email_required: bool = False) -> tuple[Field, ...]:
    return (
        Field(f"{prefix}.phone", "Nr. telefon", FieldKind.PHONE, max_length=30,
              person_attr="phone"),
        Field(f"{prefix}.email", "Adresă de e-mail", FieldKind.EMAIL,
              required=email_required, max_length=120, person_attr="email"),
    )


def birth_and_parents_fields(prefix: str) -> tuple[Field, ...]:
    return (
        Field(f"{prefix}.birth_place", "Locul nașterii (localitatea/județul)", max_length=150,
              person_attr="birth_place"),
        Field(f"{prefix}.father_name", "Prenumele tatălui", max_length=100,
              person_attr="father_name"),
        Field(f"{prefix}.mother_name", "Prenumele mamei", max_length=100,
              person_attr="mother_name"),
    )


def full_person_fields(prefix: str = "applicant") -> tuple[Field, ...]:
    """Everything an "Subsemnatul(a) …" paragraph of the norms asks for."""
    return (
        *name_fields(prefix),
        *cnp_fields(prefix),
        *address_fields(prefix),
        *id_document_fields(prefix),
        *birth_and_parents_fields(prefix),
        *contact_fields(prefix),
    )


def document(key: str, label: str, *, series: bool = False, number: bool = False,
             date: bool = False, forms: tuple[str, ...] = (COPY,), required: bool = False,
             visible_when=None) -> Field:
    """A document of the checklist: handed in or not, with series/number/date."""
    return Field(key, label, FieldKind.DOCUMENT, required=required,
                 document=DocumentSpec(series=series, number=number, date=date, forms=forms),
                 visible_when=visible_when)


def alternatives(key: str, label: str, yes: str, no: str, *, required: bool = True,
                 visible_when=None) -> Field:
    """A declaration with two official alternatives, e.g. "sunt"/"nu sunt"."""
    return Field(key, label, FieldKind.CHOICE, required=required,
                 options=(Option(_slug(yes), yes), Option(_slug(no), no)),
                 visible_when=visible_when)


def dossier_for(choice_key: str, yes_value: str, key: str, label: str = "Dosar nr.") -> Field:
    """"dosar nr." that becomes required when the declaration says yes."""
    return Field(key, label, max_length=40,
                 required_when=lambda p: p.get(choice_key) == yes_value,
                 visible_when=lambda p: p.get(choice_key) == yes_value)


def _slug(label: str) -> str:
    return label.replace(" ", "_").replace("ă", "a").replace("î", "i").replace("â", "a") \
        .replace("ș", "s").replace("ț", "t")


PERSON_TEMPLATE = (
    "Subsemnatul(a) {p.surname} {p.given_names}, având codul numeric personal {p.cnp}, "
    "domiciliat(ă) în localitatea {p.locality}, str. {p.street} nr. {p.street_no}, "
    "bl. {p.block}, sc. {p.staircase}, et. {p.floor}, ap. {p.apartment}, județul {p.county}, "
    "posesor/posesoare al (a) actului de identitate seria {p.id_series} nr. {p.id_number}, "
    "eliberat de {p.id_issuer} la data de {p.id_date}, născut(ă) la data de {p.birth_date} "
    "în localitatea/județul {p.birth_place}, fiul (fiica) lui {p.father_name} "
    "și al (a) {p.mother_name}, nr. telefon {p.phone}, adresă de e-mail: {p.email}"
)


def person_paragraph(prefix: str = "applicant") -> str:
    return PERSON_TEMPLATE.replace("{p.", "{" + prefix + ".")


GDPR_CONSENT = (
    "Declar că îmi exprim acordul cu privire la prelucrarea datelor, în scopul și pentru "
    "îndeplinirea atribuțiilor legale ale instituției, cu respectarea prevederilor "
    "Regulamentului (UE) 2016/679 al Parlamentului European și al Consiliului din 27 aprilie "
    "2016 privind protecția persoanelor fizice în ceea ce privește prelucrarea datelor cu "
    "caracter personal și privind libera circulație a acestor date și de abrogare a "
    "Directivei 95/46/CE (Regulamentul general privind protecția datelor)."
)

FALSE_STATEMENTS = (
    "Declar pe propria răspundere, sub sancțiunile prevăzute de Codul penal pentru "
    "declarații false, că:"
)

SAMPLE_PERSON = {
    "surname": "Popescu",
    "given_names": "Maria-Ștefania",
    "locality": "Cluj-Napoca",
    "street": "Calea Moților",
    "street_no": "14",
    "block": "A3",
    "staircase": "2",
    "floor": "3",
    "apartment": "12",
    "county": "Cluj",
    "id_series": "CJ",
    "id_number": "123456",
    "id_issuer": "SPCLEP Cluj-Napoca",
    "id_date": "14.03.2019",
    "birth_place": "Turda, jud. Cluj",
    "father_name": "Ion",
    "mother_name": "Ană",
    "phone": "0722 123 456",
    "email": "maria.popescu@exemplu.ro",
}


def sample_person(prefix: str, cnp: str, **overrides: str) -> dict[str, str]:
    data = {**SAMPLE_PERSON, **overrides, "cnp": cnp}
    return {f"{prefix}.{k}": v for k, v in data.items()}

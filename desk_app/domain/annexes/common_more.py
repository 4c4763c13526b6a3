"""More reusable pieces of annex specs (group B: death aid, employer models,
social inquiry, portal account), built on :mod:`common` so the same blanks keep
the same keys everywhere.

* gendered word pairs ("domnul/doamna", "născut/născută") derived from the CNP;
* the blocks of a death-aid request (deceased, death certificate, bank account);
* employer (legal person) identification;
* checks across fields (a period's start before its end, a date before a limit);
* sample helpers computing valid CUIs and Romanian IBANs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from stdnum import iban as stdnum_iban
from stdnum.ro import cui as stdnum_cui

from desk_app.domain.annexes import common as c
from desk_app.domain.annexes.spec import Field, FieldKind, Option, Payload
from desk_app.domain.cnp import CnpError, parse_cnp
from desk_app.domain.values import parse_date

Check = Callable[[Payload], dict[str, str]]


# --- gendered alternatives ---------------------------------------------------


def gendered(key: str, label: str, masculine: str, feminine: str, *,
             cnp_prefix: str) -> Field:
    """A "domnul/doamna" pair of the official text, chosen by the CNP's sex.

    A COMPUTED field that carries the two alternatives as options, so
    ``{key|alt}`` prints both words with the one not matching the person's sex
    struck through (both stay when the CNP is not yet valid: blank form).
    """
    def compute(payload: Payload) -> str:
        return c.sex_of(payload, cnp_prefix) or ""

    return Field(key, label, FieldKind.COMPUTED, compute=compute,
                 options=(Option("M", masculine), Option("F", feminine)))


# --- fields with a condition ---------------------------------------------------


def document(key: str, label: str, *, required_when: Callable[[Payload], bool] | None = None,
             **kwargs) -> Field:
    """:func:`common.document` that may also become required on a condition."""
    field = c.document(key, label, **kwargs)
    return dataclasses.replace(field, required_when=required_when) if required_when else field


def choice(key: str, label: str, labels: Iterable[str], *, required: bool = True,
           **kwargs) -> Field:
    """A choice among several official alternatives (values are ASCII slugs)."""
    options = tuple(Option(slug(text), text) for text in labels)
    return Field(key, label, FieldKind.CHOICE, required=required, options=options, **kwargs)


def slug(label: str) -> str:
    """ASCII value for an option label ("fără lift" → "fara_lift")."""
    table = str.maketrans("ăâîșțĂÂÎȘȚ", "aaistAAIST")
    cleaned = "".join(ch if ch.isalnum() else "_" for ch in label.translate(table).lower())
    return "_".join(part for part in cleaned.split("_") if part)


def equals(key: str, value: str) -> Callable[[Payload], bool]:
    return lambda payload: payload.get(key) == value


def submitted(key: str) -> Callable[[Payload], bool]:
    """True when the document ``key`` is ticked as handed in."""
    def test(payload: Payload) -> bool:
        value = payload.get(key)
        return isinstance(value, dict) and bool(value.get("submitted"))

    return test


# --- person and company blocks ---------------------------------------------------


def person_fields(prefix: str, *, id_date: bool = False, email: bool = True) -> tuple[Field, ...]:
    """The "Subsemnatul(a) …" blanks of the death-aid requests (annexes 11, 12a,
    12b): :func:`common.full_person_fields` without what those texts do not ask
    (place of birth, parents; the ID's date unless ``id_date``)."""
    ids = c.id_document_fields(prefix)
    if not id_date:
        ids = tuple(f for f in ids if not f.key.endswith(".id_date"))
    contact = c.contact_fields(prefix)
    if not email:
        contact = tuple(f for f in contact if not f.key.endswith(".email"))
    return (*c.name_fields(prefix), *c.cnp_fields(prefix), *c.address_fields(prefix), *ids,
            *contact)


def short_address(prefix: str) -> str:
    """Address wording of annexes 11, 12a, 12b ("domiciliat(ă) în …, str. … nr. …")."""
    p = prefix
    return (f"domiciliat(ă) în {{{p}.locality}}, str. {{{p}.street}} nr. {{{p}.street_no}}, "
            f"bl. {{{p}.block}}, sc. {{{p}.staircase}}, et. {{{p}.floor}}, "
            f"ap. {{{p}.apartment}}, județul (sectorul) {{{p}.county}}")


def company_fields(prefix: str, *, name_label: str = "Denumirea persoanei juridice",
                   phone: bool = True, email: bool = True) -> tuple[Field, ...]:
    """A legal person: name and CUI (never ``person_attr``: not a stored person)."""
    fields = [
        Field(f"{prefix}.name", name_label, required=True, max_length=200),
        Field(f"{prefix}.cui", "Cod unic de înregistrare (CUI)/cod fiscal", FieldKind.CUI,
              required=True, max_length=14),
    ]
    if phone:
        fields.append(Field(f"{prefix}.phone", "Nr. telefon", FieldKind.PHONE, max_length=30))
    if email:
        fields.append(Field(f"{prefix}.email", "Adresă de e-mail", FieldKind.EMAIL,
                            max_length=120))
    return tuple(fields)


def representative_field(prefix: str, label: str = "Conducătorul unității (numele și "
                         "prenumele)", *, required: bool = True) -> Field:
    return Field(f"{prefix}.representative", label, required=required, max_length=150)


# --- death aid (annexes 11, 12a, 12b) ----------------------------------------------

DEATH_AID_DEADLINE_ARTICLE = "art. 100 alin. (2)–(3) din norme"


def deceased_fields(prefix: str = "deceased") -> tuple[Field, ...]:
    """The deceased: name and CNP (``deceased.cnp``: one death aid per deceased)."""
    return (
        Field(f"{prefix}.surname", "Numele persoanei decedate", required=True, max_length=100),
        Field(f"{prefix}.given_names", "Prenumele persoanei decedate", required=True,
              max_length=100),
        Field(f"{prefix}.cnp", "CNP-ul persoanei decedate", FieldKind.CNP, required=True,
              max_length=13),
    )


def death_certificate_fields() -> tuple[Field, ...]:
    """Series, number, date and issuer of the death certificate (as separate keys:
    ``death_certificate.series``/``.number`` identify the death)."""
    return (
        Field("death_certificate.series", "Certificat de deces — seria", required=True,
              max_length=10),
        Field("death_certificate.number", "Certificat de deces — nr.", required=True,
              max_length=20),
        Field("death_certificate.date", "Certificat de deces — din (data)", FieldKind.DATE,
              required=True),
        Field("death_certificate.issuer", "Eliberat de Primăria", required=True,
              max_length=120),
        # Not on the printed model, but on the certificate the clerk holds: the
        # amount is the one in force at the death (art. 116 (3) of the law).
        Field("deceased.death_date", "Data decesului (din certificatul de deces)",
              FieldKind.DATE,
              help="Pentru uzul casei de pensii: cuantumul ajutorului de deces este cel în "
                   "vigoare la data decesului (art. 116 alin. (3) din Legea nr. 360/2023)."),
    )


DEATH_CERTIFICATE_TEXT = (
    "conform certificatului de deces seria {death_certificate.series} "
    "nr. {death_certificate.number} din {death_certificate.date}, eliberat de Primăria "
    "{death_certificate.issuer}"
)


def iban_field(key: str = "payment.iban", *, required: bool = False,
               required_when: Callable[[Payload], bool] | None = None) -> Field:
    return Field(key, "Cont bancar (IBAN) din extrasul de cont", FieldKind.IBAN,
                 required=required, required_when=required_when, max_length=42,
                 help="Contul în care se virează ajutorul de deces (art. 101 alin. (1) "
                      "din norme).")


def death_aid_checks(payload: Payload) -> dict[str, str]:
    """The certificate cannot be older than the deceased's birth (from the CNP)."""
    errors: dict[str, str] = {}
    issued = parse_date(str(payload.get("death_certificate.date") or ""))
    died = parse_date(str(payload.get("deceased.death_date") or ""))
    born = _birth(payload, "deceased")
    if issued and born and issued < born:
        errors["death_certificate.date"] = (
            "Data certificatului de deces este anterioară datei nașterii din CNP-ul "
            "persoanei decedate.")
    if died and born and died < born:
        errors["deceased.death_date"] = ("Data decesului este anterioară datei nașterii din "
                                         "CNP-ul persoanei decedate.")
    elif died and issued and died > issued:
        errors["deceased.death_date"] = ("Data decesului nu poate fi după data eliberării "
                                         "certificatului de deces.")
    return errors


def _birth(payload: Payload, prefix: str) -> dt.date | None:
    try:
        return parse_cnp(str(payload.get(f"{prefix}.cnp", ""))).birth_date
    except CnpError:
        return None


# --- checks across fields ---------------------------------------------------------


def period_check(start_key: str, end_key: str) -> Check:
    """"de la" must not be after "până la" (message on the end field)."""
    def check(payload: Payload) -> dict[str, str]:
        start = parse_date(str(payload.get(start_key) or ""))
        end = parse_date(str(payload.get(end_key) or ""))
        if start and end and start > end:
            return {end_key: "Data de sfârșit a perioadei este anterioară datei de început."}
        return {}

    return check


def rows_period_check(rows_key: str, start: str, end: str) -> Check:
    """The same for each row of a repeated-rows field (``rows[2].end``)."""
    def check(payload: Payload) -> dict[str, str]:
        errors: dict[str, str] = {}
        rows = payload.get(rows_key)
        if not isinstance(rows, list):
            return errors
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                continue
            first = parse_date(str(row.get(start) or ""))
            last = parse_date(str(row.get(end) or ""))
            if first and last and first > last:
                errors[f"{rows_key}[{index}].{end}"] = (
                    "Data de sfârșit a perioadei este anterioară datei de început.")
        return errors

    return check


# --- numbers -------------------------------------------------------------------------


def parse_decimal(text: object) -> Decimal | None:
    """"22,5" or "22.5" to a Decimal; None when it is not a number."""
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def format_decimal(value: Decimal, places: int = 2) -> str:
    """Rounded half up ("rotunjire matematică") and printed with a decimal comma."""
    quantum = Decimal(1).scaleb(-places)
    return str(value.quantize(quantum, rounding=ROUND_HALF_UP)).replace(".", ",")


def percent_check(key: str, *, rows_key: str | None = None) -> Check:
    """A percentage must be greater than 0 and at most 100."""
    message = "Procentul trebuie să fie mai mare decât 0 și cel mult 100."

    def bad(value: object) -> bool:
        number = parse_decimal(value) if value not in (None, "") else None
        return number is not None and not (Decimal(0) < number <= Decimal(100))

    def check(payload: Payload) -> dict[str, str]:
        if rows_key is None:
            return {key: message} if bad(payload.get(key)) else {}
        rows = payload.get(rows_key)
        if not isinstance(rows, list):
            return {}
        return {f"{rows_key}[{i}].{key}": message for i, row in enumerate(rows)
                if isinstance(row, dict) and bad(row.get(key))}

    return check


# --- sample helpers ---------------------------------------------------------------------


def make_cui(base: str) -> str:
    """A valid CUI: ``base`` digits followed by the computed check digit."""
    return base + stdnum_cui.calc_check_digit(base)


def make_iban(bank: str, account: str) -> str:
    """A valid Romanian IBAN (printed in groups of four) for a bank code and account."""
    body = f"RO00{bank}{account}"
    number = f"RO{stdnum_iban.calc_check_digits(body)}{bank}{account}"
    return stdnum_iban.format(number)

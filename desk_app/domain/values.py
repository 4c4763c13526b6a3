"""Parsing and checking of the values a clerk types, with Romanian messages.

Each checker returns ``None`` for a good value or the message shown next to
the field. Dates are typed ``zz.ll.aaaa`` (ISO ``aaaa-ll-zz`` is accepted from
files and the command line).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError
from stdnum.ro import cui as stdnum_cui

from desk_app.domain.cnp import cnp_error

_DATE_RO = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{6,20}$")
# Characters a printer, a database or a search index must never receive.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

EARLIEST_DATE = dt.date(1900, 1, 1)


def parse_date(text: str) -> dt.date | None:
    """``zz.ll.aaaa`` or ``aaaa-ll-zz`` to a date; None if it is not a real date."""
    if isinstance(text, dt.date):
        return text
    match = _DATE_RO.match(text or "")
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _DATE_ISO.match(text or "")
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def date_error(text: str, *, not_after: dt.date | None = None) -> str | None:
    if not _DATE_RO.match(text or "") and not _DATE_ISO.match(text or ""):
        return "Data se scrie zz.ll.aaaa (de exemplu 22.11.2026)."
    value = parse_date(text)
    if value is None:
        return "Data nu există în calendar."
    if value < EARLIEST_DATE:
        return "Data este prea veche (înainte de 1900)."
    if not_after is not None and value > not_after:
        return "Data nu poate fi în viitor."
    if value.year > 2200:
        return "Anul nu este plauzibil."
    return None


def text_error(text: str, max_length: int) -> str | None:
    if len(text) > max_length:
        return f"Textul are {len(text)} caractere; maximum {max_length}."
    if _CONTROL.search(text):
        return "Textul conține caractere de control nepermise."
    return None


def email_error(text: str) -> str | None:
    if not _EMAIL.match(text.strip()):
        return "Adresa de e-mail nu este validă (exemplu: nume@domeniu.ro)."
    return None


def phone_error(text: str) -> str | None:
    if not _PHONE.match(text.strip()) or sum(ch.isdigit() for ch in text) < 6:
        return "Numărul de telefon nu este valid (doar cifre, spații, +, -)."
    return None


def cui_error(text: str) -> str | None:
    value = text.strip().upper().removeprefix("RO").strip()
    try:
        stdnum_cui.validate(value)
    except ValidationError:
        return "CUI invalid (cifra de control nu corespunde sau lungime greșită)."
    return None


def iban_error(text: str) -> str | None:
    try:
        stdnum_iban.validate(text)
    except ValidationError:
        return "IBAN invalid (verificați țara, lungimea și cifrele de control)."
    return None


def integer_error(text: str, minimum: int | None, maximum: int | None) -> str | None:
    try:
        value = int(str(text).strip())
    except ValueError:
        return "Introduceți un număr întreg."
    if minimum is not None and value < minimum:
        return f"Valoarea minimă este {minimum}."
    if maximum is not None and value > maximum:
        return f"Valoarea maximă este {maximum}."
    return None


def decimal_error(text: str) -> str | None:
    try:
        Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        return "Introduceți un număr (zecimale cu virgulă sau punct)."
    return None


__all__ = [
    "cnp_error",
    "cui_error",
    "date_error",
    "decimal_error",
    "email_error",
    "format_date",
    "iban_error",
    "integer_error",
    "parse_date",
    "phone_error",
    "text_error",
]

"""The Romanian personal numeric code (CNP): validation and what it tells.

Validation is python-stdnum's (check digit, birth date, county code); this
module turns its exceptions into the Romanian messages shown next to the field
and derives the birth date and sex the forms display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.ro import cnp as stdnum_cnp

from desk_app.domain.counties import cnp_county_name


class CnpError(ValueError):
    """An invalid CNP; ``str(error)`` is the Romanian message for the clerk."""


@dataclass(frozen=True)
class CnpInfo:
    cnp: str
    birth_date: dt.date
    sex: str  # "M" / "F"
    county: str


def clean_cnp(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def parse_cnp(text: str) -> CnpInfo:
    """Validate a CNP and return what it encodes; raises :class:`CnpError`."""
    value = clean_cnp(text)
    if not value:
        raise CnpError("CNP-ul este obligatoriu.")
    if not value.isdigit():
        raise CnpError("CNP-ul conține doar cifre.")
    if len(value) != 13:
        raise CnpError(f"CNP-ul are 13 cifre (ați introdus {len(value)}).")
    try:
        stdnum_cnp.validate(value)
    except InvalidChecksum as exc:
        raise CnpError("CNP invalid: cifra de control nu corespunde.") from exc
    except InvalidComponent as exc:
        raise CnpError(_component_message(value)) from exc
    except (InvalidFormat, InvalidLength) as exc:
        raise CnpError("CNP invalid.") from exc
    birth = stdnum_cnp.get_birth_date(value)
    sex = "M" if value[0] in "13579" else "F"
    county = cnp_county_name(value[7:9]) or "necunoscut"
    return CnpInfo(cnp=value, birth_date=birth, sex=sex, county=county)


def _component_message(value: str) -> str:
    if value[0] == "0":
        return "CNP invalid: prima cifră (sexul și secolul) nu poate fi 0."
    try:
        stdnum_cnp.get_birth_date(value)
    except InvalidComponent:
        return "CNP invalid: data nașterii din CNP nu există."
    return "CNP invalid: codul de județ din CNP nu există."


def cnp_error(text: str) -> str | None:
    """The Romanian message for an invalid CNP, or None when it is valid."""
    try:
        parse_cnp(text)
    except CnpError as exc:
        return str(exc)
    return None


def make_cnp(sex: str, birth: dt.date, county_code: str = "12", serial: int = 1) -> str:
    """Build a valid CNP (for samples and tests): the check digit is computed."""
    if birth.year < 1900:
        first = "3" if sex == "M" else "4"
    elif birth.year < 2000:
        first = "1" if sex == "M" else "2"
    else:
        first = "5" if sex == "M" else "6"
    body = f"{first}{birth:%y%m%d}{county_code}{serial:03d}"
    return body + stdnum_cnp.calc_check_digit(body)

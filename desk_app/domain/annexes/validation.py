"""One validation for every model: used by the form, the CLI, the services and
the server. Messages are Romanian, keyed by the field they belong to, so the
form shows each one next to its field.

Keys of messages: ``field.key`` for a field, ``field.key.number`` for a part
of a document, ``field.key[2].column`` for a cell of repeated rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from desk_app.domain.annexes.spec import SYSTEM_KEYS, AnnexSpec, Field, FieldKind, Payload
from desk_app.domain.values import (
    cnp_error,
    cui_error,
    date_error,
    decimal_error,
    email_error,
    iban_error,
    integer_error,
    phone_error,
    text_error,
)

REQUIRED = "Câmp obligatoriu."
DOCUMENT_REQUIRED = "Documentul este obligatoriu pentru această cerere."
MAX_ROWS = 200


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, dict)):
        return len(value) == 0
    return False


def normalise(spec: AnnexSpec, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Strip text, keep only known keys, fill computed fields."""
    fields = spec.field_map()
    clean: dict[str, Any] = {}
    for key, value in payload.items():
        field = fields.get(key)
        if field is None or field.kind is FieldKind.COMPUTED:
            continue
        clean[key] = _normalise_value(field, value)
    for field in fields.values():
        if field.kind is FieldKind.COMPUTED and field.compute is not None:
            clean[field.key] = field.compute(clean)
    return clean


def _normalise_value(field: Field, value: Any) -> Any:
    if field.kind is FieldKind.ROWS:
        if not isinstance(value, list):
            return value
        columns = {c.key: c for c in field.columns}
        rows = []
        for row in value:
            if not isinstance(row, Mapping):
                rows.append(row)
                continue
            clean = {k: _normalise_value(columns[k], v) for k, v in row.items()
                     if k in columns and columns[k].kind is not FieldKind.COMPUTED}
            for column in field.columns:
                if column.kind is FieldKind.COMPUTED and column.compute is not None:
                    clean[column.key] = column.compute(clean)
            rows.append(clean)
        return rows
    if field.kind is FieldKind.DOCUMENT:
        if not isinstance(value, Mapping):
            return value
        return {k: (v.strip() if isinstance(v, str) else v) for k, v in value.items()}
    if field.kind is FieldKind.FLAG:
        return bool(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and field.kind in (FieldKind.TEXT, FieldKind.INTEGER,
                                                           FieldKind.DECIMAL):
        return str(value)
    return value


def unknown_keys(spec: AnnexSpec, payload: Mapping[str, Any]) -> list[str]:
    known = spec.field_map()
    return [k for k in payload if k not in known and k not in SYSTEM_KEYS]


def validate(spec: AnnexSpec, payload: Payload, *, today: dt.date | None = None) -> dict[str, str]:
    """All problems of a payload as {key: Romanian message}; empty when valid."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    for field in spec.fields():
        if not field.is_visible(payload) or field.kind is FieldKind.COMPUTED:
            continue
        _validate_field(field, payload.get(field.key), field.is_required(payload), today,
                        field.key, errors)
    for check in spec.checks:
        for key, message in check(payload).items():
            errors.setdefault(key, message)
    return errors


def validate_value(field: Field, value: Any, *, today: dt.date | None = None) -> str | None:
    """The message for one value typed in one field (used as the clerk types)."""
    errors: dict[str, str] = {}
    _validate_field(field, value, False, today or dt.date.today(), field.key, errors)
    return errors.get(field.key)


def _validate_field(field: Field, value: Any, required: bool, today: dt.date, key: str,
                    errors: dict[str, str]) -> None:
    if field.kind is FieldKind.DOCUMENT:
        _validate_document(field, value, required, today, key, errors)
        return
    if field.kind is FieldKind.ROWS:
        _validate_rows(field, value, required, today, key, errors)
        return
    if field.kind is FieldKind.FLAG:
        if value not in (None, True, False):
            errors[key] = "Bifați sau lăsați nebifat."
        elif required and not value:
            errors[key] = REQUIRED
        return
    if is_empty(value):
        if required:
            errors[key] = REQUIRED
        return
    if not isinstance(value, str):
        errors[key] = "Valoare de tip greșit (se așteaptă text)."
        return
    message = _value_message(field, value, today)
    if message:
        errors[key] = message


def _value_message(field: Field, value: str, today: dt.date) -> str | None:
    kind = field.kind
    message = text_error(value, field.max_length)
    if message:
        return message
    if kind is FieldKind.CNP:
        return cnp_error(value)
    if kind is FieldKind.DATE:
        return date_error(value)
    if kind is FieldKind.EMAIL:
        return email_error(value)
    if kind is FieldKind.PHONE:
        return phone_error(value)
    if kind is FieldKind.CUI:
        return cui_error(value)
    if kind is FieldKind.IBAN:
        return iban_error(value)
    if kind is FieldKind.INTEGER:
        return integer_error(value, field.minimum, field.maximum)
    if kind is FieldKind.DECIMAL:
        return decimal_error(value)
    if kind is FieldKind.CHOICE and value not in {o.value for o in field.options}:
        if len(field.options) > 6:
            return "Alegeți o valoare din listă."
        labels = " / ".join(o.label for o in field.options)
        return f"Alegeți una dintre variante: {labels}."
    return None


def _validate_document(field: Field, value: Any, required: bool, today: dt.date, key: str,
                       errors: dict[str, str]) -> None:
    if value is None:
        value = {}
    if not isinstance(value, Mapping):
        errors[key] = "Document descris greșit."
        return
    submitted = bool(value.get("submitted"))
    if not submitted:
        if required:
            errors[key] = DOCUMENT_REQUIRED
        return
    spec = field.document
    assert spec is not None
    form = value.get("form") or spec.forms[0]
    if form not in spec.forms:
        errors[f"{key}.form"] = "Alegeți: " + " / ".join(spec.forms) + "."
    if spec.series:
        _text_part(value.get("series"), 20, "Seria documentului", f"{key}.series", errors)
    if spec.number:
        _text_part(value.get("number"), 40, "Numărul documentului", f"{key}.number", errors)
    if spec.date:
        date_text = value.get("date")
        if is_empty(date_text):
            errors[f"{key}.date"] = "Data documentului este obligatorie."
        else:
            message = date_error(str(date_text))
            if message:
                errors[f"{key}.date"] = message


def _text_part(value: Any, max_length: int, what: str, key: str,
               errors: dict[str, str]) -> None:
    if is_empty(value):
        errors[key] = f"{what} este obligatoriu(e)."
        return
    message = text_error(str(value), max_length)
    if message:
        errors[key] = message


def _validate_rows(field: Field, value: Any, required: bool, today: dt.date, key: str,
                   errors: dict[str, str]) -> None:
    rows = value or []
    if not isinstance(rows, list):
        errors[key] = "Rândurile sunt descrise greșit."
        return
    limit = field.max_rows or MAX_ROWS
    if len(rows) > limit:
        errors[key] = f"Cel mult {limit} rânduri."
        return
    minimum = max(field.min_rows, 1 if required else 0)
    if len(rows) < minimum:
        errors[key] = "Adăugați cel puțin un rând." if minimum == 1 else \
            f"Adăugați cel puțin {minimum} rânduri."
        return
    for index, row in enumerate(rows):
        if not isinstance(row, Mapping):
            errors[f"{key}[{index}]"] = "Rând descris greșit."
            continue
        for column in field.columns:
            if column.kind is FieldKind.COMPUTED:
                continue
            _validate_field(column, row.get(column.key), column.required, today,
                            f"{key}[{index}].{column.key}", errors)

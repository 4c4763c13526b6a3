"""The law's figures as data an admin can complete and correct.

Shipped values come from ``db/reference/law360/*.csv`` with their status
(read / secondary / inferred / missing). An admin adds a value when the law
changes (a new reference point value) or fills one the law leaves to the
statistics institute (average salaries of 1991–2023): the new row is stored in
``reference_overrides`` (audited, never edited in place) and supersedes the
shipped row with the same key in every calculation from then on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.domain.law360.reference import ROW_KEYS, ReferenceDataError, parse_reference_tables
from desk_app.domain.roles import Permission
from desk_app.persistence import audit, outbox
from desk_app.persistence.models import ReferenceOverride
from desk_app.services.auth import CurrentUser, require
from desk_app.services.law_reference import load_reference_tables, read_reference_csvs
from desk_app.services.store import Store


@dataclass(frozen=True)
class EditableTable:
    file_name: str
    title: str
    columns: tuple[str, ...]  # shown and typed, keys first


EDITABLE_TABLES: tuple[EditableTable, ...] = (
    EditableTable("vpr.csv", "Valoarea punctului de referință (VPR)",
                  ("indicator", "effective_from", "effective_to", "value_lei", "legal_basis")),
    EditableTable("average_salary.csv", "Câștigul salarial mediu brut (anexa 7, art. 85)",
                  ("year", "gross_lei", "net_lei", "legal_ref")),
    EditableTable("bass_average_gross_salary.csv",
                  "Câștigul salarial mediu brut din legea bugetului asigurărilor sociale",
                  ("year", "value_lei", "legal_basis")),
    EditableTable("death_aid.csv", "Ajutorul de deces (art. 111–112)",
                  ("effective_from", "effective_to", "insured_or_pensioner_lei",
                   "family_member_lei", "legal_basis")),
)

STATUS_LABELS = {"read": "din lege", "secondary": "sursă secundară", "inferred": "dedus",
                 "missing": "LIPSEȘTE", "override": "introdus de administrator"}


class ReferenceValueError(ValueError):
    """A value that cannot be accepted; the message is Romanian."""


def editable(file_name: str) -> EditableTable:
    for table in EDITABLE_TABLES:
        if table.file_name == file_name:
            return table
    raise ReferenceValueError(f"Tabelul {file_name} nu poate fi modificat.")


def _read_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _overrides(store: Store) -> dict[str, list[dict[str, str]]]:
    with store.read() as session:
        rows = session.execute(select(ReferenceOverride).order_by(ReferenceOverride.id)).scalars()
        result: dict[str, list[dict[str, str]]] = {}
        for row in rows:
            result.setdefault(row.file_name, []).append(json.loads(row.row_json))
        return result


def _to_csv(header: list[str], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def overrides_csv(store: Store) -> dict[str, str]:
    """file name → CSV text of the admin's rows (the seam of the domain parser)."""
    shipped = read_reference_csvs()
    result = {}
    for file_name, rows in _overrides(store).items():
        header = next(csv.reader(io.StringIO(shipped[file_name])))
        result[file_name] = _to_csv(header, rows)
    return result


def tables_for(store: Store):  # type: ignore[no-untyped-def]
    """The reference tables in force for this store (shipped + admin rows)."""
    return load_reference_tables(overrides_csv(store) or None)


def table_rows(store: Store, file_name: str) -> list[dict[str, str]]:
    """Shipped rows with the admin's rows applied by key, each with its status."""
    editable(file_name)
    keys = ROW_KEYS[file_name]
    rows = _read_rows(read_reference_csvs()[file_name])
    index = {tuple(r[k] for k in keys): i for i, r in enumerate(rows)}
    for override in _overrides(store).get(file_name, []):
        key = tuple(override.get(k, "") for k in keys)
        merged = {**rows[index[key]], **override} if key in index else dict(override)
        merged["status"] = "override"
        if key in index:
            rows[index[key]] = merged
        else:
            index[key] = len(rows)
            rows.append(merged)
    return rows


def add_value(store: Store, user: CurrentUser, file_name: str, row: dict[str, str],
              note: str) -> None:
    """Store an admin's value; refused unless the tables still parse with it."""
    require(user, Permission.EDIT_REFERENCE)
    table = editable(file_name)
    clean = {k: str(v).strip() for k, v in row.items() if k in table.columns}
    for key in ROW_KEYS[file_name]:
        if not clean.get(key):
            raise ReferenceValueError(f"Coloana „{key}” (cheia rândului) este obligatorie.")
    if len(note.strip()) < 5:
        raise ReferenceValueError("Indicați actul normativ sau sursa valorii (cel puțin 5 "
                                  "caractere).")
    clean["status"] = "override"
    candidate = overrides_csv(store)
    header = next(csv.reader(io.StringIO(read_reference_csvs()[file_name])))
    rows = [*_overrides(store).get(file_name, []), clean]
    candidate[file_name] = _to_csv(header, rows)
    try:
        parse_reference_tables(read_reference_csvs(), candidate)
    except (ReferenceDataError, ValueError, KeyError) as exc:
        raise ReferenceValueError(f"Valoarea nu poate fi folosită în calcule: {exc}") from exc
    with store.write() as session:
        session.add(ReferenceOverride(file_name=file_name,
                                      row_json=json.dumps(clean, ensure_ascii=False),
                                      note=note.strip()[:500], created_at=dt.datetime.now(),
                                      created_by=user.username))
        audit.append(session, username=user.username, action="reference_value_added",
                     entity="reference", entity_id=file_name,
                     details={"row": clean, "note": note.strip()[:500]})
        outbox.add(session, entity="reference", entity_id=file_name, operation="add",
                   payload={"file_name": file_name, "row": clean, "note": note.strip()})

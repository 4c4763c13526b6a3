"""Requests for the same benefit filed at two counters of the county.

Works over the local store, which holds the requests pulled from the other
counters: a clerk sees at registration that the person already filed
elsewhere (when the data is already synchronised), and a supervisor sees the
list of duplicates after each sync.

Rules: a death aid is paid once per deceased (art. 111–112 of Law 360/2023),
so two death-aid requests (annexes 11, 12a, 12b) with the same
``deceased.cnp`` are duplicates; two old-age pension requests (annex 3) with
the same applicant CNP are duplicates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from desk_app.domain.annexes import all_specs, get_spec
from desk_app.domain.statuses import Status
from desk_app.services.persons import applicant_cnp
from desk_app.services.store import Store

_CLOSED = (Status.DRAFT.value, Status.VOIDED.value, Status.REJECTED.value)
_DECEASED = "json_extract(payload, '$.\"deceased.cnp\"')"


@dataclass(frozen=True)
class Duplicate:
    request_id: str
    annex_id: str
    registration_year: int | None
    registration_no: int | None
    registration_date: str
    applicant_name: str
    origin_workstation: str
    office_name: str
    reason: str


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str
    key: str
    requests: list[Duplicate]


def _annexes(benefit: str) -> list[str]:
    return [spec.annex_id for spec in all_specs() if spec.benefit == benefit]


def _rule(benefit: str) -> tuple[str, str] | None:
    """(SQL expression of the key, Romanian reason) for a benefit."""
    if benefit == "death_aid":
        return _DECEASED, "ajutor de deces solicitat deja pentru aceeași persoană decedată"
    if benefit == "old_age":
        return "applicant_cnp", "cerere de pensie pentru limită de vârstă depusă deja de " \
                                "același solicitant"
    return None


def _select(key_sql: str, annexes: list[str]) -> str:
    marks = ",".join(f"'{a}'" for a in annexes)
    closed = ",".join(f"'{s}'" for s in _CLOSED)
    return (f"SELECT r.id, r.annex_id, r.registration_year, r.registration_no, "
            f"r.registration_date, r.applicant_name, r.origin_workstation, o.name AS office, "
            f"{key_sql} AS dup_key FROM requests r JOIN offices o ON o.id = r.office_id "
            f"WHERE r.annex_id IN ({marks}) AND r.status NOT IN ({closed})")


def _duplicate(row: Any, reason: str) -> Duplicate:
    date = row.registration_date
    shown = dt.date.fromisoformat(str(date)[:10]).strftime("%d.%m.%Y") if date else ""
    return Duplicate(row.id, row.annex_id, row.registration_year, row.registration_no, shown,
                     row.applicant_name, row.origin_workstation or "", row.office, reason)


def find_duplicates(store: Store, annex_id: str, payload: dict[str, Any], *,
                    exclude_request_id: str | None = None) -> list[Duplicate]:
    """Requests already in the store for the same benefit and person."""
    spec = get_spec(annex_id)
    rule = _rule(spec.benefit)
    if rule is None:
        return []
    key_sql, reason = rule
    if spec.benefit == "death_aid":
        key = str(payload.get("deceased.cnp") or "").strip()
    else:
        key = applicant_cnp(spec, payload).strip()
    if not key:
        return []
    sql = _select(key_sql.replace("payload", "r.payload").replace("applicant_cnp",
                                                                  "r.applicant_cnp"),
                  _annexes(spec.benefit))
    sql = f"SELECT * FROM ({sql}) WHERE dup_key = :key AND id != :exclude " \
          "ORDER BY registration_date, registration_no"
    with store.read() as session:
        rows = session.execute(text(sql), {"key": key, "exclude": exclude_request_id or ""})
        return [_duplicate(row, reason) for row in rows]


def duplicate_groups(store: Store) -> list[DuplicateGroup]:
    """Every person with two or more open requests for the same benefit."""
    groups: list[DuplicateGroup] = []
    with store.read() as session:
        for benefit in ("death_aid", "old_age"):
            rule = _rule(benefit)
            assert rule is not None
            key_sql, reason = rule
            inner = _select(key_sql.replace("payload", "r.payload")
                            .replace("applicant_cnp", "r.applicant_cnp"), _annexes(benefit))
            sql = (f"WITH c AS ({inner}) SELECT * FROM c WHERE dup_key IN (SELECT dup_key "
                   f"FROM c WHERE dup_key IS NOT NULL AND dup_key != '' GROUP BY dup_key "
                   f"HAVING count(*) > 1) ORDER BY dup_key, registration_date, registration_no")
            current: list[Duplicate] = []
            last_key = None
            for row in session.execute(text(sql)):
                if row.dup_key != last_key and current:
                    groups.append(DuplicateGroup(reason, str(last_key), current))
                    current = []
                last_key = row.dup_key
                current.append(_duplicate(row, reason))
            if current:
                groups.append(DuplicateGroup(reason, str(last_key), current))
    return groups

"""Decisions and death-aid payments made at other counters of the county,
applied to this store when pulled, so any counter of the office can print the
day's decisions, record the communication, show the decision in the registry
book, and never pays a death aid a second time.

Called by :func:`desk_app.services.sync_pull.apply_changes` after the page's
requests are in (a decision refers to its request).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def _stamp(value: str | None) -> str | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S.%f")


def _request(session: Session, request_id: str) -> Any:
    return session.execute(text("SELECT row_id, office_id FROM requests WHERE id = :i"),
                           {"i": request_id}).first()


def apply_decision(session: Session, data: dict[str, Any]) -> bool:
    """Insert a decision issued elsewhere, or bring its communication up to date."""
    request = _request(session, str(data.get("request_id") or ""))
    if request is None or "content" not in data:
        return False
    existing = session.execute(text("SELECT id, communicated_on FROM decisions "
                                    "WHERE uuid = :u"), {"u": data["id"]}).first()
    if existing is not None:
        if existing.communicated_on is None and data.get("communicated_on"):
            session.execute(text(
                "UPDATE decisions SET communicated_how = :h, communicated_on = :o, "
                "communicated_ref = :r, communicated_by = :b WHERE uuid = :u"),
                {"h": data.get("communicated_how") or "", "o": data["communicated_on"],
                 "r": str(data.get("communicated_ref") or "")[:100],
                 "b": str(data.get("communicated_by") or "")[:60], "u": data["id"]})
            return True
        return False
    # Numbers are leased per office, so a clash means a decision issued before
    # enrolment; the local one is kept and this one is not copied here.
    inserted = session.execute(text(
        "INSERT OR IGNORE INTO decisions (uuid, request_row_id, office_id, year, number, "
        "issued_on, kind, outcome, template_version, grant_date, amount_lei, reason_code, "
        "reason_text, content_json, created_by, created_at, print_count, communicated_how, "
        "communicated_on, communicated_ref, communicated_by) VALUES (:uuid, :row, :office, "
        ":year, :number, :issued_on, :kind, :outcome, :tv, :grant, :amount, :reason, "
        ":reason_text, :content, :by, :at, 0, :how, :on, :ref, :cby)"),
        {"uuid": data["id"], "row": request.row_id, "office": request.office_id,
         "year": int(data["year"]), "number": int(data["number"]),
         "issued_on": data["issued_on"], "kind": data["kind"], "outcome": data["outcome"],
         "tv": int(data["template_version"]), "grant": data.get("grant_date"),
         "amount": str(data.get("amount_lei") or ""),
         "reason": str(data.get("reason_code") or ""),
         "reason_text": str(data.get("reason_text") or "")[:2000],
         "content": json.dumps(data["content"], ensure_ascii=False),
         "by": str(data.get("created_by") or "sincronizare")[:60],
         "at": _stamp(data.get("created_at")) or _stamp(dt.datetime.now().isoformat()),
         "how": data.get("communicated_how") or "", "on": data.get("communicated_on"),
         "ref": str(data.get("communicated_ref") or "")[:100],
         "cby": str(data.get("communicated_by") or "")[:60]})
    return bool(inserted.rowcount)


def apply_payment(session: Session, data: dict[str, Any]) -> bool:
    """A death aid paid at another counter: recorded here so it is never paid twice."""
    request = _request(session, str(data.get("request_id") or ""))
    if request is None:
        return False
    inserted = session.execute(text(
        "INSERT OR IGNORE INTO death_aid_payments (request_row_id, method, paid_on, amount_lei, "
        "reference, recorded_by, recorded_at) VALUES (:row, :method, :paid_on, :amount, :ref, "
        ":by, :at)"),
        {"row": request.row_id, "method": data["method"], "paid_on": data["paid_on"],
         "amount": str(data["amount_lei"]), "ref": str(data.get("reference") or "")[:100],
         "by": str(data.get("recorded_by") or "sincronizare")[:60],
         "at": _stamp(data.get("recorded_at")) or _stamp(dt.datetime.now().isoformat())})
    return bool(inserted.rowcount)

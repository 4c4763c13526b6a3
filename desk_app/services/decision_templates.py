"""Decision templates: the shipped defaults (``db/reference/decision_templates.json``,
version 1) and the versions an admin saved (table ``decision_templates``).

A template is never changed in place: saving makes the next version, audited,
and decisions keep the version they were issued with.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.decisions.kinds import all_template_keys
from desk_app.domain.decisions.template import Template, TemplateError, template_from_json
from desk_app.domain.roles import Permission
from desk_app.paths import asset_path
from desk_app.persistence import audit, outbox
from desk_app.persistence.decision_models import DecisionTemplate
from desk_app.services.auth import CurrentUser, require
from desk_app.services.store import Store

SHIPPED_VERSION = 1


@dataclass(frozen=True)
class TemplateVersion:
    key: str
    version: int
    created_by: str
    created_at: dt.datetime | None
    note: str


@lru_cache(maxsize=1)
def shipped_templates() -> dict[str, dict[str, Any]]:
    data = json.loads(asset_path("db", "reference", "decision_templates.json")
                      .read_text(encoding="utf-8"))
    return dict(data["templates"])


def shipped_template(key: str) -> Template:
    try:
        return template_from_json(key, SHIPPED_VERSION, shipped_templates()[key])
    except KeyError:
        raise TemplateError(f"Nu există șablon de decizie „{key}”.") from None


def _latest_row(session: Session, key: str) -> DecisionTemplate | None:
    return session.execute(select(DecisionTemplate).where(DecisionTemplate.kind == key)
                           .order_by(DecisionTemplate.version.desc()).limit(1)
                           ).scalar_one_or_none()


def current_in(session: Session, key: str) -> Template:
    """The template in force (newest saved version, else the shipped one)."""
    row = _latest_row(session, key)
    if row is None:
        return shipped_template(key)
    return template_from_json(key, row.version, json.loads(row.body_json))


def version_in(session: Session, key: str, version: int) -> Template:
    row = session.execute(select(DecisionTemplate).where(
        DecisionTemplate.kind == key, DecisionTemplate.version == version)).scalar_one_or_none()
    if row is None:
        if version == SHIPPED_VERSION:
            return shipped_template(key)
        raise TemplateError(f"Șablonul „{key}” nu are versiunea {version}.")
    return template_from_json(key, row.version, json.loads(row.body_json))


def ensure_recorded(session: Session, key: str, username: str) -> None:
    """Keep the shipped text in the table before a decision uses it, so the exact
    version 1 text stays with the data even if a later release changes the file."""
    if _latest_row(session, key) is None:
        session.add(DecisionTemplate(
            kind=key, version=SHIPPED_VERSION,
            body_json=json.dumps(shipped_templates()[key], ensure_ascii=False),
            note="șablon implicit", created_by=username, created_at=dt.datetime.now()))
        session.flush()


def current(store: Store, key: str) -> Template:
    with store.read() as session:
        return current_in(session, key)


def versions(store: Store, key: str) -> list[TemplateVersion]:
    """Newest first; the shipped version 1 is listed even if never recorded."""
    with store.read() as session:
        rows = session.execute(select(DecisionTemplate).where(DecisionTemplate.kind == key)
                               .order_by(DecisionTemplate.version.desc())).scalars().all()
        found = [TemplateVersion(key, r.version, r.created_by, r.created_at, r.note)
                 for r in rows]
    if not any(v.version == SHIPPED_VERSION for v in found):
        found.append(TemplateVersion(key, SHIPPED_VERSION, "desk_app", None, "șablon implicit"))
    return found


def save(store: Store, user: CurrentUser, key: str, body: dict[str, Any], note: str) -> Template:
    """Save an edited template as the next version (admin; audited)."""
    require(user, Permission.EDIT_REFERENCE)
    if key not in all_template_keys():
        raise TemplateError(f"Nu există șablon de decizie „{key}”.")
    if len(note.strip()) < 3:
        raise TemplateError("Scrieți motivul modificării (de ex. ordinul CNPP).")
    with store.write() as session:
        ensure_recorded(session, key, user.username)
        version = (session.execute(select(func.max(DecisionTemplate.version))
                                   .where(DecisionTemplate.kind == key)).scalar() or 0) + 1
        template = template_from_json(key, version, body)
        text = json.dumps(template.to_json(), ensure_ascii=False)
        session.add(DecisionTemplate(kind=key, version=version, body_json=text,
                                     note=note.strip()[:500], created_by=user.username,
                                     created_at=dt.datetime.now()))
        audit.append(session, username=user.username, action="decision_template_saved",
                     entity="decision_template", entity_id=key,
                     details={"version": version, "note": note.strip()[:500]})
        outbox.add(session, entity="decision_template", entity_id=f"{key}@{version}",
                   operation="upsert", payload={"kind": key, "version": version,
                                                "body": template.to_json(),
                                                "note": note.strip()[:500],
                                                "created_by": user.username})
        return template

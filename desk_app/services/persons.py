"""Persons by CNP: one stored person per CNP, reused by every request.

When a request's typed data differ from the stored person, the clerk decides
whether to update the person (``PersonDiffers`` lists the differences).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.annexes.spec import AnnexSpec
from desk_app.domain.cnp import CnpError, parse_cnp
from desk_app.persistence.models import Person
from desk_app.services.store import Store


@dataclass(frozen=True)
class PersonDifference:
    attr: str
    label: str
    stored: str
    typed: str


class PersonDiffers(Exception):
    """The typed person data differ from the stored person with the same CNP."""

    def __init__(self, cnp: str, differences: list[PersonDifference]) -> None:
        super().__init__(cnp, differences)
        self.cnp = cnp
        self.differences = differences

    def __str__(self) -> str:
        changes = "; ".join(f"{d.label}: „{d.stored}” → „{d.typed}”" for d in self.differences)
        return f"Persoana cu CNP {self.cnp} are alte date în evidență: {changes}."


def person_values(spec: AnnexSpec, payload: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """{person attribute: (label, typed value)} for the applicant's fields."""
    prefix = spec.applicant_prefix
    values: dict[str, tuple[str, str]] = {}
    if not prefix:
        return values
    for field in spec.fields():
        if field.person_attr and field.key.startswith(prefix + "."):
            values[field.person_attr] = (field.label, str(payload.get(field.key) or ""))
    return values


def applicant_cnp(spec: AnnexSpec, payload: dict[str, Any]) -> str:
    if not spec.applicant_prefix:
        return ""
    return str(payload.get(f"{spec.applicant_prefix}.cnp") or "")


def find_by_cnp(session: Session, cnp: str) -> Person | None:
    return session.execute(select(Person).where(Person.cnp == cnp)).scalar_one_or_none()


def differences(person: Person, values: dict[str, tuple[str, str]]) -> list[PersonDifference]:
    found = []
    for attr, (label, typed) in values.items():
        if attr == "cnp" or not typed:
            continue
        stored = str(getattr(person, attr) or "")
        if stored != typed:
            found.append(PersonDifference(attr, label, stored, typed))
    return found


def upsert(session: Session, spec: AnnexSpec, payload: dict[str, Any], *,
           update: bool | None) -> Person | None:
    """The stored person for the applicant, created or (if allowed) updated.

    ``update``: None → raise :class:`PersonDiffers` when data differ; True →
    update the stored person; False → keep it as it is.
    """
    cnp = applicant_cnp(spec, payload)
    try:
        info = parse_cnp(cnp)
    except CnpError:
        return None
    values = person_values(spec, payload)
    person = find_by_cnp(session, info.cnp)
    now = dt.datetime.now()
    if person is None:
        person = Person(cnp=info.cnp, birth_date=info.birth_date, sex=info.sex, updated_at=now,
                        surname="", given_names="")
        for attr, (_label, typed) in values.items():
            if attr != "cnp":
                setattr(person, attr, typed)
        session.add(person)
        session.flush()
        return person
    diffs = differences(person, values)
    if diffs and update is None:
        raise PersonDiffers(info.cnp, diffs)
    if diffs and update:
        for diff in diffs:
            setattr(person, diff.attr, diff.typed)
        person.updated_at = now
    return person


def prefill(store: Store, spec: AnnexSpec, cnp: str, prefix: str | None = None) -> dict[str, str]:
    """Form values of the stored person with this CNP (empty if unknown)."""
    prefix = prefix if prefix is not None else spec.applicant_prefix
    with store.read() as session:
        person = find_by_cnp(session, cnp.strip())
        if person is None or not prefix:
            return {}
        filled = {}
        for field in spec.fields():
            if field.person_attr and field.key.startswith(prefix + ".") \
                    and field.person_attr != "cnp":
                filled[field.key] = str(getattr(person, field.person_attr) or "")
        return filled

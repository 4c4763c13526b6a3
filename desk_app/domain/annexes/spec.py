"""The vocabulary every official model (annex) is declared in.

One :class:`AnnexSpec` per model of the norms (HG 181/2024, annexes 1–16) and
for the portal account request. From the one spec come the Qt form, the
validation, the stored payload and the printed PDF, so adding a model means
adding one spec module.

A spec has two views of the same fields:

* ``sections`` — the fields grouped as the clerk types them (the form);
* ``layout`` — the official wording in order, as printing blocks whose
  templates name fields in braces: ``{applicant.cnp}`` prints the value (or a
  dotted blank), ``{decl.insured|alt}`` prints every alternative of a choice
  ("sunt/nu sunt") with the unchosen ones struck through.

The payload is a flat ``dict`` keyed by :attr:`Field.key`; repeated rows are a
list of dicts keyed by the column keys; a document is a dict (see
:class:`DocumentValue`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

Payload = Mapping[str, Any]


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    CNP = "cnp"
    CUI = "cui"
    IBAN = "iban"
    DATE = "date"
    EMAIL = "email"
    PHONE = "phone"
    INTEGER = "integer"
    DECIMAL = "decimal"
    CHOICE = "choice"
    FLAG = "flag"
    DOCUMENT = "document"
    ROWS = "rows"
    COMPUTED = "computed"


@dataclass(frozen=True)
class Option:
    """One alternative of a choice; ``label`` is the official wording."""

    value: str
    label: str


@dataclass(frozen=True)
class DocumentSpec:
    """Which parts of a handed-in document the official text asks for."""

    series: bool = False
    number: bool = False
    date: bool = False
    # The official forms say "original", "copie", "original și copie" or
    # "copie/original, după caz": the last one is the clerk's choice.
    forms: tuple[str, ...] = ("copie",)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    max_length: int = 200
    options: tuple[Option, ...] = ()
    columns: tuple[Field, ...] = ()
    max_rows: int | None = None
    min_rows: int = 0
    document: DocumentSpec | None = None
    # Shown (and validated) only when this returns True for the payload.
    visible_when: Callable[[Payload], bool] | None = None
    # Required only when this returns True (e.g. "dosar nr." when "primesc").
    required_when: Callable[[Payload], bool] | None = None
    # COMPUTED fields: derived from the payload, never typed.
    compute: Callable[[Payload], str] | None = None
    # A person's field that fills itself from the stored person by CNP.
    person_attr: str | None = None
    help: str = ""
    minimum: int | None = None
    maximum: int | None = None

    def is_visible(self, payload: Payload) -> bool:
        return self.visible_when is None or bool(self.visible_when(payload))

    def is_required(self, payload: Payload) -> bool:
        if not self.is_visible(payload):
            return False
        if self.required:
            return True
        return self.required_when is not None and bool(self.required_when(payload))

    def option_label(self, value: str) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        return value


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[Field, ...]
    note: str = ""


# --- printing blocks (the official wording, in order) -----------------------


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Para:
    """A paragraph of official wording with ``{field}`` placeholders."""

    template: str
    style: str = "body"  # body | right | center | small | bold


@dataclass(frozen=True)
class Bullets:
    """A list of items, each a template (one line of the official list)."""

    items: tuple[str, ...]
    intro: str = ""


@dataclass(frozen=True)
class Table:
    """A repeated-rows field printed as a table."""

    field_key: str
    headers: tuple[str, ...]
    min_printed_rows: int = 3
    intro: str = ""


@dataclass(frozen=True)
class Signatures:
    """Date and signature lines; each item is (label, template-or-empty)."""

    items: tuple[tuple[str, str], ...] = (("Data", "{_registration_date}"), ("Semnătura", ""))


@dataclass(frozen=True)
class Footnotes:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Boxes:
    """Office boxes such as "Se aprobă" and the CFP visa, printed as frames."""

    titles: tuple[str, ...]


@dataclass(frozen=True)
class Spacer:
    height_mm: float = 4


Block = Title | Para | Bullets | Table | Signatures | Footnotes | Boxes | Spacer


class DeadlineKind(StrEnum):
    FREE_DAYS = "free_days"  # art. 58 (5) of the norms: first and last day not counted
    WORKING_DAYS = "working_days"  # art. 100 (3) of the norms


@dataclass(frozen=True)
class DeadlineRule:
    kind: DeadlineKind
    days: int
    article: str


@dataclass(frozen=True)
class AnnexSpec:
    annex_id: str  # "03", "12a", "cont"
    version: int
    title: str  # Romanian title as in the norms
    short_title: str  # for lists, receipts and the registry book
    group: str  # Pensii, Ajutor de deces, Expertiză medicală, Angajatori, Cont online
    benefit: str  # old_age, early, ... (used to detect duplicate requests)
    sections: tuple[Section, ...]
    layout: tuple[Block, ...]
    sample: Mapping[str, Any]
    deadline: DeadlineRule | None = None
    legal_basis: str = ""
    # Which field prefix holds the applicant person (persons table).
    applicant_prefix: str = "applicant"
    # Checks across fields: each returns {field key: Romanian message}.
    checks: tuple[Callable[[Payload], dict[str, str]], ...] = ()
    # Words printed at the top left (e.g. "ANEXA nr. 3 la norme").
    annex_label: str = ""

    def fields(self) -> tuple[Field, ...]:
        return tuple(f for section in self.sections for f in section.fields)

    def field_map(self) -> dict[str, Field]:
        return {f.key: f for f in self.fields()}

    def field(self, key: str) -> Field:
        return self.field_map()[key]


# ``{key}`` value, ``{key|alt}`` alternatives with the unchosen struck through,
# ``{key|box}`` a check box (document handed in / option ticked).
PLACEHOLDER = re.compile(r"\{([A-Za-z_][\w.]*)(?:\|(alt|box))?\}")


def placeholders(template: str) -> list[tuple[str, str]]:
    """The field keys a template names, each with its modifier ("", "alt", "box")."""
    return [(m.group(1), m.group(2) or "") for m in PLACEHOLDER.finditer(template)]


def layout_templates(spec: AnnexSpec) -> list[str]:
    """Every template string of the layout, in print order."""
    templates: list[str] = []
    for block in spec.layout:
        if isinstance(block, Para):
            templates.append(block.template)
        elif isinstance(block, Bullets):
            templates.append(block.intro)
            templates.extend(block.items)
        elif isinstance(block, Signatures):
            templates.extend(t for _, t in block.items)
        elif isinstance(block, Footnotes):
            templates.extend(block.items)
        elif isinstance(block, Title):
            templates.extend((block.text, block.subtitle))
        elif isinstance(block, Table):
            templates.append(block.intro)
    return templates


# Keys the system fills in (registration number and date, office name).
SYSTEM_KEYS = frozenset({"_registration_no", "_registration_date", "_office_name", "_county_name"})

"""Turn an annex template (official wording with ``{field}`` placeholders) into
ReportLab paragraph markup.

* ``{key}`` — the payload value in bold, escaped so that anything a clerk types
  (``<``, ``&``, ``</para>``, emoji, right-to-left text) prints as typed; an
  empty value prints as a dotted line long enough to write by hand;
* ``{key.series}``, ``{key.number}``, ``{key.date}``, ``{key.form}`` — parts of
  a document's value;
* ``{key|alt}`` — every alternative ("sunt/nu sunt"), the unchosen ones struck
  through once something is chosen;
* ``{key|box}`` — ☒ when the document is handed in / the flag is set, else ☐.

Templates are parsed once (cached); only the values change between requests.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from desk_app.domain.annexes.spec import PLACEHOLDER, Field, FieldKind

CHECKED = "\u2612"  # ☒
UNCHECKED = "\u2610"  # ☐
ELLIPSIS = "\u2026"
DOCUMENT_PARTS = ("series", "number", "date", "form")

# How many "…" a blank gets (≈ 3.5 mm each at 10 pt), by what is written in it.
_DOTS_BY_KIND = {
    FieldKind.CNP: 10, FieldKind.CUI: 8, FieldKind.IBAN: 16, FieldKind.DATE: 7,
    FieldKind.PHONE: 8, FieldKind.EMAIL: 14, FieldKind.INTEGER: 5, FieldKind.DECIMAL: 6,
    FieldKind.LONG_TEXT: 40,
}
_DOTS_BY_PART = {"series": 4, "number": 7, "date": 7, "form": 6}
DEFAULT_DOTS = 12

# Control characters break nothing in ReportLab but print as boxes; keep line
# breaks, turn tabs into spaces, drop the rest.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def dots(count: int = DEFAULT_DOTS) -> str:
    return ELLIPSIS * count


def blank_for(field: Field | None, part: str = "") -> str:
    if part:
        return dots(_DOTS_BY_PART.get(part, DEFAULT_DOTS))
    if field is None:
        return dots()
    if field.kind in _DOTS_BY_KIND:
        return dots(_DOTS_BY_KIND[field.kind])
    return dots(5 if field.max_length <= 20 else DEFAULT_DOTS)


def text_markup(value: str) -> str:
    """Escaped paragraph markup of typed text (line breaks kept)."""
    value = value.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return "<br/>".join(escape(line) for line in value.split("\n"))


def value_markup(value: str) -> str:
    """A filled value, set apart from the official wording."""
    return f"<b>{text_markup(value)}</b>"


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


@dataclass(frozen=True)
class Slot:
    key: str
    modifier: str  # "", "alt", "box"
    before: str  # the literal text just before the placeholder (for overlaps)


Piece = str | Slot


@lru_cache(maxsize=4096)
def compile_template(template: str) -> tuple[Piece, ...]:
    """Literal text (already escaped) and slots, in order."""
    pieces: list[Piece] = []
    position = 0
    for match in PLACEHOLDER.finditer(template):
        literal = template[position:match.start()]
        if literal:
            pieces.append(escape(literal))
        pieces.append(Slot(match.group(1), match.group(2) or "", literal))
        position = match.end()
    if position < len(template):
        pieces.append(escape(template[position:]))
    return tuple(pieces)


class Filler:
    """Fills templates of one spec with one payload (or with nothing: a blank form)."""

    def __init__(self, fields: Mapping[str, Field], payload: Mapping[str, Any],
                 system: Mapping[str, str], *, blank: bool = False) -> None:
        self.fields = fields
        self.payload = payload
        self.system = system
        self.blank = blank

    def markup(self, template: str) -> str:
        if not template:
            return ""
        out: list[str] = []
        for piece in compile_template(template):
            out.append(piece if isinstance(piece, str) else self.slot(piece))
        return "".join(out)

    # --- slots ----------------------------------------------------------------

    def slot(self, slot: Slot) -> str:
        key = slot.key
        if key in self.system or key.startswith("_"):
            return self._system(slot)
        field = self.fields.get(key)
        part = ""
        if field is None:
            base, _, part = key.rpartition(".")
            field = self.fields.get(base)
            if field is None or field.kind is not FieldKind.DOCUMENT or part not in DOCUMENT_PARTS:
                return dots()
        value = None if self.blank else self.payload.get(field.key)
        if slot.modifier == "box":
            return CHECKED if self._ticked(field, value) else UNCHECKED
        if part:
            return self._document_part(field, value, part, slot.modifier)
        if slot.modifier == "alt":
            labels = [o.label for o in field.options]
            chosen = None
            if isinstance(value, str) and value:
                chosen = field.option_label(value)
            return alternatives_markup(labels, chosen)
        return self._value(field, value)

    def _system(self, slot: Slot) -> str:
        value = "" if self.blank and slot.key in ("_registration_no", "_registration_date") \
            else self.system.get(slot.key, "")
        if slot.key == "_office_name":
            value = strip_overlap(slot.before, value)
        if not value:
            return dots(7 if slot.key.startswith("_registration") else DEFAULT_DOTS)
        return value_markup(value)

    def _ticked(self, field: Field, value: Any) -> bool:
        if field.kind is FieldKind.DOCUMENT:
            return isinstance(value, Mapping) and bool(value.get("submitted"))
        if field.kind is FieldKind.FLAG:
            return value is True
        return bool(value)

    def _document_part(self, field: Field, value: Any, part: str, modifier: str) -> str:
        parts = value if isinstance(value, Mapping) else {}
        raw = parts.get(part)
        if part == "form" and modifier == "alt":
            forms = list(field.document.forms) if field.document else []
            chosen = raw if isinstance(raw, str) and raw and parts.get("submitted") else None
            if chosen and chosen not in forms:
                forms.append(chosen)
            return alternatives_markup(forms, chosen)
        text = "" if raw is None else str(raw).strip()
        return value_markup(text) if text else blank_for(field, part)

    def _value(self, field: Field, value: Any) -> str:
        if value is None or (value is False and field.kind is not FieldKind.FLAG):
            return blank_for(field)
        if field.kind is FieldKind.CHOICE:
            text = field.option_label(str(value)) if value != "" else ""
        elif field.kind is FieldKind.FLAG:
            text = "da" if value else "nu"
        elif field.kind is FieldKind.DOCUMENT and isinstance(value, Mapping):
            text = " ".join(str(value[p]) for p in ("series", "number", "date")
                            if value.get(p))
        elif field.kind is FieldKind.ROWS:
            text = ""
        else:
            text = str(value)
        text = text.strip()
        return value_markup(text) if text else blank_for(field)


def alternatives_markup(labels: list[str], chosen: str | None) -> str:
    """"sunt/nu sunt": plain on a blank form, the unchosen struck through otherwise."""
    if not labels:
        return value_markup(chosen) if chosen else dots(6)
    if chosen is None:
        return "/".join(escape(label) for label in labels)
    return "/".join(f"<b>{escape(label)}</b>" if label == chosen
                    else f"<strike>{escape(label)}</strike>" for label in labels)


def cell_text(field: Field, value: Any) -> str:
    """Markup of one table cell (a column value of a rows field)."""
    if value is None or value == "":
        return ""
    if field.kind is FieldKind.CHOICE:
        return text_markup(field.option_label(str(value)))
    if field.kind is FieldKind.FLAG:
        return "da" if value else "nu"
    return text_markup(str(value))


def strip_overlap(before: str, value: str) -> str:
    """Drop from ``value`` the words the template already prints before it.

    "Către Casa Teritorială de Pensii {_office_name}" with the office named
    "Casa Teritorială de Pensii Cluj" prints "… de Pensii Cluj", not the
    house name twice.
    """
    if not value or not before:
        return value
    before_words = [_fold(w) for w in before.split()]
    value_words = value.split()
    folded = [_fold(w) for w in value_words]
    for size in range(min(len(before_words), len(value_words) - 1), 1, -1):
        if before_words[-size:] == folded[:size]:
            return " ".join(value_words[size:])
    return value


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()

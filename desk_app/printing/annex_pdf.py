"""Print any official model (an :class:`AnnexSpec`) as PDF: a filled request,
a blank form, or many requests in one batch.

Generic over the spec: the layout blocks (Title, Para, Bullets, Table,
Signatures, Footnotes, Boxes, Spacer) are printed in order with the official
wording, values set apart in bold, empty blanks as dotted lines. Plain data in,
PDF bytes out; printing never reads the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, TableStyle
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus.flowables import HRFlowable, KeepTogether

from desk_app.domain.annexes import spec as s
from desk_app.printing.markup import (
    ELLIPSIS,
    Filler,
    Slot,
    cell_text,
    compile_template,
    dots,
    format_date,
)
from desk_app.printing.page import FRAME_WIDTH, PageHeader, build_pdf, styles

_OFFICE_PREFIXES = ("Casa Teritorială de Pensii", "Casa Județeană de Pensii",
                    "Casa de Pensii a Municipiului", "Casa de Pensii")
REGISTRATION_LINE = "Nr. {_registration_no} din {_registration_date}"


@dataclass(frozen=True)
class PrintHeader:
    registration_no: int | None = None
    registration_date: dt.date | None = None
    office_name: str = ""  # e.g. "Casa Teritorială de Pensii Cluj"
    request_id: str = ""  # UUID -> QR code at the top when given
    duplicate: bool = False  # reprint marked "DUPLICAT"


def county_from_office(office_name: str) -> str:
    """"Casa Teritorială de Pensii Cluj" -> "Cluj"."""
    name = office_name.strip()
    for prefix in _OFFICE_PREFIXES:
        if name.casefold().startswith(prefix.casefold()):
            return name[len(prefix):].strip()
    return name


_FIELD_MAPS: dict[int, tuple[s.AnnexSpec, dict[str, s.Field], bool]] = {}


def _spec_info(spec: s.AnnexSpec) -> tuple[dict[str, s.Field], bool]:
    """The spec's fields by key and whether its wording prints the registration line."""
    cached = _FIELD_MAPS.get(id(spec))
    if cached is None or cached[0] is not spec:
        prints_number = any(key == "_registration_no" for template in s.layout_templates(spec)
                            for key, _ in s.placeholders(template))
        cached = (spec, spec.field_map(), prints_number)
        _FIELD_MAPS[id(spec)] = cached
    return cached[1], cached[2]


class AnnexRenderer:
    """Builds the flowables of one request (or blank form) of one spec."""

    def __init__(self, spec: s.AnnexSpec, payload: Mapping[str, Any], header: PrintHeader,
                 *, blank: bool = False) -> None:
        self.spec = spec
        self.header = header
        self.blank = blank
        self.fields, self._prints_number = _spec_info(spec)
        self.payload = {} if blank else _with_computed(self.fields, payload)
        self.styles = styles()
        system = {
            "_registration_no": "" if header.registration_no is None
            else str(header.registration_no),
            "_registration_date": format_date(header.registration_date),
            "_office_name": header.office_name.strip(),
            "_county_name": county_from_office(header.office_name),
        }
        self.filler = Filler(self.fields, self.payload, system, blank=blank)

    def page_header(self) -> PageHeader:
        return PageHeader(label=self.spec.annex_label, qr_data=self.header.request_id,
                          duplicate=self.header.duplicate)

    def generate(self) -> bytes:
        return build_pdf([(self.page_header(), self.story())], title=self.spec.title)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        if not self._prints_number and self.header.registration_no is not None:
            story.append(self._para(REGISTRATION_LINE, "right"))
        for block in self.spec.layout:
            story.extend(self.block(block))
        return story

    # --- blocks -------------------------------------------------------------------

    def block(self, block: s.Block) -> list[Flowable]:
        if isinstance(block, s.Title):
            out = [Paragraph(self.filler.markup(block.text), self.styles.title)]
            if block.subtitle:
                out.append(Paragraph(self.filler.markup(block.subtitle), self.styles.subtitle))
            return out
        if isinstance(block, s.Para):
            return [self._para(block.template, block.style)]
        if isinstance(block, s.Bullets):
            return self._bullets(block)
        if isinstance(block, s.Table):
            return self._table(block)
        if isinstance(block, s.Signatures):
            return self._signatures(block)
        if isinstance(block, s.Footnotes):
            return self._footnotes(block)
        if isinstance(block, s.Boxes):
            return self._boxes(block)
        if isinstance(block, s.Spacer):
            return [RLSpacer(0, block.height_mm * mm)]
        return []

    def _para(self, template: str, style: str = "body") -> Paragraph:
        return Paragraph(self.filler.markup(template), self.styles.by_name(style, blank=self.blank))

    def _bullets(self, block: s.Bullets) -> list[Flowable]:
        out: list[Flowable] = []
        if block.intro:
            intro = self._para(block.intro)
            intro.keepWithNext = True
            out.append(intro)
        for item in block.items:
            pieces = compile_template(item)
            bullet = "\u2013"
            if pieces and isinstance(pieces[0], Slot) and pieces[0].modifier == "box":
                # The check box is the bullet of a document line.
                bullet = self.filler.slot(pieces[0])
                rest = list(pieces[1:])
                if rest and isinstance(rest[0], str):
                    rest[0] = rest[0].lstrip()
                pieces = tuple(rest)
            text = "".join(p if isinstance(p, str) else self.filler.slot(p) for p in pieces)
            out.append(Paragraph(text, self.styles.bullet, bulletText=bullet))
        return out

    def _table(self, block: s.Table) -> list[Flowable]:
        field = self.fields.get(block.field_key)
        if field is None or not field.columns:
            return []
        st = self.styles
        columns = list(field.columns)
        headers = list(block.headers) or [c.label for c in columns]
        numbered = len(headers) == len(columns) + 1
        if numbered or len(headers) >= len(columns):
            groups = [[c] for c in columns]
            headers = headers[: len(columns) + (1 if numbered else 0)]
        else:
            # Fewer headers than columns: the last header holds the remaining
            # columns ("Seria și numărul" over series and number).
            groups = [[c] for c in columns[: len(headers) - 1]]
            groups.append(columns[len(headers) - 1:])
        rows = [] if self.blank else self.payload.get(field.key)
        rows = [r for r in rows if isinstance(r, Mapping)] if isinstance(rows, list) else []
        body: list[list[str]] = []
        for number, row in enumerate(rows, start=1):
            cells = [" ".join(t for t in (cell_text(c, row.get(c.key)) for c in group) if t)
                     for group in groups]
            body.append(([str(number)] if numbered else []) + cells)
        widths = _column_widths(headers, body)
        headers = [_breakable(h, w) for h, w in zip(headers, widths, strict=True)]
        data: list[list[Any]] = [[Paragraph(escape(h), st.cell_head) for h in headers]]
        for line in body:
            data.append([Paragraph(f"<b>{t}</b>" if t else "", st.cell) for t in line])
        for _ in range(max(0, block.min_printed_rows - len(rows))):
            data.append([Paragraph(_dots_for_width(w), st.cell) for w in widths])
        table = RLTable(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1,
                        hAlign="LEFT")
        table.setStyle(_TABLE_STYLE)
        out: list[Flowable] = []
        if block.intro:
            intro = self._para(block.intro)
            intro.keepWithNext = True
            out.append(intro)
        out += [table, RLSpacer(0, 2 * mm)]
        return out

    def _signatures(self, block: s.Signatures) -> list[Flowable]:
        st = self.styles
        cells: list[Paragraph] = []
        for label, template in block.items:
            value = self.filler.markup(template) if template else ""
            if not value.strip():
                value = dots(14)
            cells.append(Paragraph(f"{escape(label)}<br/>{value}", st.left))
        if not cells:
            return []
        per_row = 2 if len(cells) > 1 else 1
        data = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
        if len(data[-1]) < per_row:
            data[-1].append(Paragraph("", st.left))
        table = RLTable(data, colWidths=[FRAME_WIDTH / per_row] * per_row, splitInRow=1,
                        hAlign="LEFT")
        table.setStyle(_PLAIN_STYLE)
        return [RLSpacer(0, 5 * mm), table, RLSpacer(0, 3 * mm)]

    def _footnotes(self, block: s.Footnotes) -> list[Flowable]:
        out: list[Flowable] = [HRFlowable(width="35%", thickness=0.5, color=colors.black,
                                          hAlign="LEFT", spaceBefore=6, spaceAfter=3)]
        out += [Paragraph(self.filler.markup(item), self.styles.footnote)
                for item in block.items]
        return out

    def _boxes(self, block: s.Boxes) -> list[Flowable]:
        if not block.titles:
            return []
        st = self.styles
        count = len(block.titles)
        width = FRAME_WIDTH / max(count, 2)
        cells = [[Paragraph(self.filler.markup(t), st.center), RLSpacer(0, 16 * mm)]
                 for t in block.titles]
        table = RLTable([cells], colWidths=[width - 4 * mm] * count, hAlign="LEFT")
        table.setStyle(_BOX_STYLE)
        return [KeepTogether([table]), RLSpacer(0, 3 * mm)]


_TABLE_STYLE = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
])
_PLAIN_STYLE = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
])
_BOX_STYLE = TableStyle([
    ("BOX", (0, 0), (-1, -1), 0.7, colors.black),
    ("INNERGRID", (0, 0), (-1, -1), 0.7, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
])


CELL_PADDING = 4


def _dots_for_width(width: float) -> str:
    per_dot = stringWidth(ELLIPSIS, styles().fonts.regular, styles().cell.fontSize)
    return dots(max(2, int((width - 2 * CELL_PADDING - 2) / per_dot)))


def _longest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def _column_widths(headers: list[str], body: list[list[str]]) -> list[float]:
    """Widths that fit every value's longest word (a CNP, a date) and each header
    word (split after "/" when needed); the space left is shared equally."""
    st = styles()
    needed = []
    for index, header in enumerate(headers):
        head = max((_longest_word(part, st.fonts.bold, st.cell_head.fontSize)
                    for part in header.replace("/", "/ ").split()), default=0.0)
        values = max((_longest_word(row[index], st.fonts.bold, st.cell.fontSize)
                      for row in body if index < len(row)), default=0.0)
        needed.append(min(max(head, values, 14.0), FRAME_WIDTH / 2) + 2 * CELL_PADDING + 1)
    total = sum(needed)
    if total >= FRAME_WIDTH:
        return [w * FRAME_WIDTH / total for w in needed]
    extra = (FRAME_WIDTH - total) / len(needed)
    return [w + extra for w in needed]


def _breakable(header: str, width: float) -> str:
    """Let a header word too wide for its column break after its slashes."""
    st = styles()
    room = width - 2 * CELL_PADDING
    return " ".join(word.replace("/", "/ ")
                    if stringWidth(word, st.fonts.bold, st.cell_head.fontSize) > room else word
                    for word in header.split(" "))


def _with_computed(fields: Mapping[str, s.Field], payload: Mapping[str, Any]) -> dict[str, Any]:
    """The payload with any computed field the caller left out filled in."""
    data = dict(payload)
    for field in fields.values():
        if field.kind is s.FieldKind.COMPUTED and field.key not in data and field.compute:
            try:
                data[field.key] = field.compute(data)
            except Exception:
                data[field.key] = ""
    return data


# --- public API ------------------------------------------------------------------


def render_request(spec: s.AnnexSpec, payload: Mapping[str, Any], header: PrintHeader) -> bytes:
    """A filled request: the official wording with the payload's values."""
    return AnnexRenderer(spec, payload, header).generate()


def render_blank(spec: s.AnnexSpec, *, office_name: str = "") -> bytes:
    """An empty form to fill by hand: every blank a dotted line."""
    return AnnexRenderer(spec, {}, PrintHeader(office_name=office_name), blank=True).generate()


def render_many(items: Iterable[tuple[s.AnnexSpec, Mapping[str, Any], PrintHeader]]) -> bytes:
    """Many requests in one PDF, each starting on a new page, numbered on its own."""
    documents = []
    for spec, payload, header in items:
        renderer = AnnexRenderer(spec, payload, header)
        documents.append((renderer.page_header(), renderer.story()))
    return build_pdf(documents, title="Cereri")

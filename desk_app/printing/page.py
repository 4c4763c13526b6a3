"""The page every printed document shares: A4, margins, the DejaVu styles, a
canvas that numbers pages "Pagina x din y" and a ``BaseDocTemplate`` with a
first-page and an other-pages template (after pretix's invoice renderer).

One PDF may hold several documents (batch printing): each starts on a new page
with its own header (label, registration line, QR, "DUPLICAT") and its pages
are numbered on their own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer
from reportlab.platypus.doctemplate import ActionFlowable, NextPageTemplate, PageBreak

from desk_app.printing.fonts import FontFamily, register_fonts
from desk_app.printing.qr import draw_qr

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_BOTTOM = 18 * mm
TOP_FIRST = 34 * mm  # room for the annex label and the QR code
TOP_LATER = 18 * mm
QR_SIZE = 21 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT


@dataclass(frozen=True)
class PageHeader:
    """What the page decorations of one document show."""

    label: str = ""  # small, top left (e.g. "ANEXA nr. 3 la norme …")
    qr_data: str = ""  # QR code, top right of the first page
    duplicate: bool = False
    footer_note: str = ""  # small, bottom left (e.g. the office)


@dataclass(frozen=True)
class Styles:
    fonts: FontFamily
    body: ParagraphStyle
    left: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    footnote: ParagraphStyle
    ragged: ParagraphStyle  # body text of blank forms: dotted lines justify badly

    def by_name(self, name: str, *, blank: bool = False) -> ParagraphStyle:
        if blank and name == "body":
            return self.ragged
        return {"body": self.body, "right": self.right, "center": self.center,
                "small": self.small, "bold": self.bold, "left": self.left}.get(name, self.body)


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles, built once per process (fonts registered first)."""
    fonts = register_fonts()
    # No hyphenation, no word splitting inside ordinary words: the official
    # wording must extract word for word.
    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=13.2,
                          alignment=TA_JUSTIFY, spaceAfter=4, hyphenationLang="",
                          embeddedHyphenation=0, uriWasteReduce=0)
    return Styles(
        fonts=fonts,
        body=base,
        left=ParagraphStyle("left", base, alignment=TA_LEFT),
        right=ParagraphStyle("right", base, alignment=TA_RIGHT),
        center=ParagraphStyle("center", base, alignment=TA_CENTER),
        small=ParagraphStyle("small", base, fontSize=8, leading=10, alignment=TA_LEFT),
        bold=ParagraphStyle("bold", base, fontName=fonts.bold),
        title=ParagraphStyle("title", base, fontName=fonts.bold, fontSize=14, leading=18,
                             alignment=TA_CENTER, spaceBefore=6, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", base, fontName=fonts.bold, fontSize=11,
                                leading=14, alignment=TA_CENTER, spaceAfter=10),
        bullet=ParagraphStyle("bullet", base, leftIndent=16, bulletIndent=3,
                              bulletFontName=fonts.regular, bulletFontSize=10, spaceAfter=2),
        cell=ParagraphStyle("cell", base, fontSize=9, leading=11, alignment=TA_LEFT,
                            spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", base, fontName=fonts.bold, fontSize=8.5,
                                 leading=10.5, alignment=TA_CENTER, spaceAfter=0),
        footnote=ParagraphStyle("footnote", base, fontSize=8, leading=10, alignment=TA_LEFT,
                                spaceAfter=1),
        ragged=ParagraphStyle("ragged", base, alignment=TA_LEFT, leading=17),
    )


class NumberedCanvas(Canvas):
    """Defers page output to number pages "Pagina x din y" per document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self._page_group = 0

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._saved_pages:
            group = state.get("_page_group", 0)
            totals[group] = totals.get(group, 0) + 1
        seen: dict[int, int] = {}
        for state in self._saved_pages:
            self.__dict__.update(state)
            group = state.get("_page_group", 0)
            seen[group] = seen.get(group, 0) + 1
            self._draw_page_number(seen[group], totals[group])
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(styles().fonts.regular, 8)
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 10 * mm, f"Pagina {number} din {total}")
        self.restoreState()


class StartDocument(ActionFlowable):
    """Switches the page header to the next document of a batch."""

    def __init__(self, index: int) -> None:
        super().__init__(("startDocument", index))


class DocTemplate(BaseDocTemplate):
    """First page with QR and room for it; later pages with a smaller top margin."""

    def __init__(self, buffer: io.BytesIO, headers: Sequence[PageHeader], *,
                 title: str = "") -> None:
        super().__init__(buffer, pagesize=A4, leftMargin=MARGIN_LEFT,
                         rightMargin=MARGIN_RIGHT, topMargin=TOP_LATER,
                         bottomMargin=MARGIN_BOTTOM, title=title, author="desk_app",
                         creator="desk_app", initialFontName=styles().fonts.regular)
        self.headers = list(headers)
        self.current = 0
        height = PAGE_HEIGHT - MARGIN_BOTTOM
        first = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, height - TOP_FIRST,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        later = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, height - TOP_LATER,
                      id="later", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="first", frames=[first], onPage=self._on_first,
                         autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=self._on_later),
        ])

    def handle_startDocument(self, index: int) -> None:
        self.current = index

    def _on_first(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._decorate(canvas, first=True)

    def _on_later(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._decorate(canvas, first=False)

    def _decorate(self, canvas: Canvas, *, first: bool) -> None:
        canvas._page_group = self.current  # type: ignore[attr-defined]
        header = self.headers[self.current] if self.headers else PageHeader()
        fonts = styles().fonts
        top = PAGE_HEIGHT - 11 * mm
        canvas.saveState()
        if header.label:
            canvas.setFont(fonts.regular, 7.5)
            canvas.drawString(MARGIN_LEFT, top, header.label)
        if header.duplicate:
            canvas.setFont(fonts.bold, 13)
            canvas.setFillColorRGB(0.55, 0, 0)
            canvas.drawCentredString(PAGE_WIDTH / 2, top - 1 * mm, "DUPLICAT")
            canvas.setFillColorRGB(0, 0, 0)
        if header.footer_note:
            canvas.setFont(fonts.regular, 7.5)
            canvas.drawString(MARGIN_LEFT, 10 * mm, header.footer_note)
        if first and header.qr_data:
            x = PAGE_WIDTH - MARGIN_RIGHT - QR_SIZE
            y = PAGE_HEIGHT - 8 * mm - QR_SIZE
            draw_qr(canvas, header.qr_data, x, y, QR_SIZE)
        canvas.restoreState()


def build_pdf(documents: Sequence[tuple[PageHeader, list[Flowable]]], *,
              title: str = "") -> bytes:
    """One PDF of one or more documents; each document starts on a new page."""
    buffer = io.BytesIO()
    headers = [header for header, _ in documents]
    doc = DocTemplate(buffer, headers, title=title)
    story: list[Flowable] = []
    for index, (_, flowables) in enumerate(documents):
        if index:
            story += [StartDocument(index), NextPageTemplate("first"), PageBreak()]
        story.extend(flowables)
    if not story:
        story.append(Spacer(0, 0))
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


"""The registry book as a PDF: A4 landscape, the title, office and period on
every page, one table row per request with the header row repeated on every
page, "Pagina x din y", and a statistics page at the end (by type, by month,
bar chart of requests per month).

A year of a large office is ~100,000 rows (~2,300 pages), so the table is made
of plain string cells with fixed column widths and row heights (nothing to
measure per cell), cut into tables of whole pages: each one ends exactly at the
bottom of a page, so the next starts on a new page with its own header row and
no page shows the header twice. Takes plain strings; never reads the database.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.printing.page import NumberedCanvas, styles

TITLE = "Registrul de intrare — cereri"
HEADERS = ("Nr.", "Data", "Solicitant", "CNP", "Tipul cererii", "Stare", "Decizia nr. / data")
PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 22 * mm  # the running title, office and period
MARGIN_BOTTOM = 14 * mm  # the page number
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
COLUMN_WIDTHS = (46.0, 56.0, 165.0, 80.0, 225.0, 98.0)
COLUMN_WIDTHS += (FRAME_WIDTH - sum(COLUMN_WIDTHS),)
FONT_SIZE = 7.5
ROW_HEIGHT = 11.0
HEADER_HEIGHT = 14.0
PADDING = 3.0
ROWS_PER_PAGE = int((PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - HEADER_HEIGHT) // ROW_HEIGHT)
# The frame is exactly one header and ROWS_PER_PAGE rows high (+ a hair for rounding).
FRAME_HEIGHT = HEADER_HEIGHT + ROWS_PER_PAGE * ROW_HEIGHT + 0.5
PAGES_PER_TABLE = 23  # ~1,000 rows per Table: splitting a table copies its rest


@dataclass(frozen=True)
class BookDocument:
    """What the printed book shows; every cell already a string."""

    office_name: str
    period: str  # "01.01.2026 – 31.12.2026"
    rows: Sequence[Sequence[str]]  # one tuple of len(HEADERS) strings per request
    by_type: Sequence[tuple[str, int]]
    by_month: Sequence[tuple[str, int]]  # ("ian. 2026", 812), in calendar order
    with_decision: int = 0
    generated_on: str = ""  # "01.12.2026 14:05"


class _LandscapeNumberedCanvas(NumberedCanvas):
    """The shared two-pass "Pagina x din y" canvas, number placed for landscape."""

    def _draw_page_number(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(styles().fonts.regular, 8)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, 7 * mm, f"Pagina {number} din {total}")
        self.restoreState()


class _Fitter:
    """Cuts a cell's text with "…" so it stays in its column (cached per text)."""

    def __init__(self, font: str) -> None:
        self.font = font
        self.cache: dict[tuple[str, int], str] = {}
        # A string shorter than this many characters cannot overflow the column.
        self.safe = [int((w - 2 * PADDING) // FONT_SIZE) for w in COLUMN_WIDTHS]

    def fit(self, text: str, column: int) -> str:
        if len(text) <= self.safe[column]:
            return text
        key = (text, column)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        room = COLUMN_WIDTHS[column] - 2 * PADDING
        fitted = text
        if stringWidth(text, self.font, FONT_SIZE) > room:
            while fitted and stringWidth(fitted + "…", self.font, FONT_SIZE) > room:
                fitted = fitted[:-1]
            fitted = fitted.rstrip() + "…"
        if len(self.cache) < 50_000:
            self.cache[key] = fitted
        return fitted


def _table_style(fonts: Any) -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 1),
        ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f7f9")]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa3ad")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])


def _book_tables(rows: Sequence[Sequence[str]]) -> list[Flowable]:
    fonts = styles().fonts
    style = _table_style(fonts)
    fitter = _Fitter(fonts.regular)
    fit = fitter.fit
    columns = range(len(HEADERS))
    chunk = ROWS_PER_PAGE * PAGES_PER_TABLE
    tables: list[Flowable] = []
    for first in range(0, max(len(rows), 1), chunk):
        part = rows[first:first + chunk]
        data: list[Sequence[str]] = [HEADERS]
        data.extend([fit(row[c], c) for c in columns] for row in part)
        tables.append(Table(data, colWidths=COLUMN_WIDTHS,
                            rowHeights=[HEADER_HEIGHT] + [ROW_HEIGHT] * len(part),
                            repeatRows=1, style=style, hAlign="LEFT"))
    if not rows:
        tables.append(Spacer(0, 8))
        tables.append(Paragraph("Nicio cerere înregistrată în această perioadă.",
                                styles().left))
    return tables


def _thousands(number: int) -> str:
    """12345 → "12.345", as Romanian texts write counts."""
    return f"{number:,}".replace(",", ".")


def _count_table(title: str, items: Sequence[tuple[str, int]], width: float) -> Table:
    fonts = styles().fonts
    data = [[title, "Cereri"]] + [[name, _thousands(count)] for name, count in items]
    data.append(["Total", _thousands(sum(count for _, count in items))])
    return Table(data, colWidths=(width - 50, 50), repeatRows=1, hAlign="LEFT", style=[
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
        ("FONTNAME", (0, -1), (-1, -1), fonts.bold),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa3ad")),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])


def month_chart(by_month: Sequence[tuple[str, int]], width: float = FRAME_WIDTH,
                height: float = 190) -> Drawing:
    """Bar chart of the requests registered in each month."""
    fonts = styles().fonts
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, "Cereri înregistrate pe luni", fontName=fonts.bold,
                       fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 35
    chart.width, chart.height = width - 60, height - 65
    values = [count for _, count in by_month] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [name for name, _ in by_month] or [""]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7
    if len(values) > 14:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(values) * 1.15, 1)
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _statistics(document: BookDocument) -> list[Flowable]:
    st = styles()
    total = len(document.rows)
    half = (FRAME_WIDTH - 20) / 2
    side_by_side = Table(
        [[_count_table("Tipul cererii", document.by_type, half),
          _count_table("Luna", document.by_month, half)]],
        colWidths=(half + 20, half), hAlign="LEFT",
        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
               ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [
        PageBreak(),
        Paragraph("Statistici", st.subtitle),
        Paragraph(f"Total cereri înregistrate: <b>{_thousands(total)}</b>; cu decizie emisă: "
                  f"<b>{_thousands(document.with_decision)}</b>.", st.left),
        Spacer(0, 4),
        side_by_side,
        Spacer(0, 10),
        month_chart(document.by_month),
    ]


class _BookTemplate(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, document: BookDocument) -> None:
        super().__init__(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X,
                         rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=TITLE, author="desk_app",
                         creator="desk_app", initialFontName=styles().fonts.regular)
        self.document = document
        frame = Frame(MARGIN_X, PAGE_HEIGHT - MARGIN_TOP - FRAME_HEIGHT, FRAME_WIDTH,
                      FRAME_HEIGHT, id="book", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="book", frames=[frame],
                                            onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        fonts = styles().fonts
        top = PAGE_HEIGHT - 11 * mm
        canvas.saveState()
        canvas.setFont(fonts.bold, 12)
        canvas.drawString(MARGIN_X, top, TITLE)
        canvas.setFont(fonts.regular, 9)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.document.office_name)
        canvas.drawString(MARGIN_X, top - 5 * mm, f"Perioada: {self.document.period}")
        canvas.setFont(fonts.regular, 7.5)
        note = "Registrul de intrare-ieșire al cererilor"
        if self.document.generated_on:
            note += f" · generat la {self.document.generated_on}"
        canvas.drawString(MARGIN_X, 7 * mm, note)
        canvas.restoreState()


def render_register_book(document: BookDocument) -> bytes:
    """The book followed by its statistics page, as PDF bytes."""
    buffer = io.BytesIO()
    template = _BookTemplate(buffer, document)
    story = _book_tables(document.rows) + _statistics(document)
    template.build(story, canvasmaker=_LandscapeNumberedCanvas)
    return buffer.getvalue()

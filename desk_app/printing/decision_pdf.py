"""Decisions on paper: the decision for signing (title, preamble, "DECIDE:",
articles, grounds, how to contest, signature blocks, communication record) and,
for pensions, the calculation annex on a page of its own.

Several decisions make one PDF (the day's batch for signing); each starts on a
new page with its own page numbering and, when reprinted, "DUPLICAT".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.decisions.document import DecisionDocument
from desk_app.printing.page import FRAME_WIDTH, PageHeader, build_pdf, styles

BOX_EMPTY, BOX_TICKED = "☐", "☒"


@dataclass(frozen=True)
class PrintedDecision:
    document: DecisionDocument
    qr_data: str = ""
    duplicate: bool = False
    communication: str = ""  # the recorded communication, printed in the record box


def _p(text: str, style_name: str = "body") -> Paragraph:
    st = styles()
    style = {"body": st.body, "center": st.center, "bold": st.bold, "small": st.small,
             "title": st.title, "subtitle": st.subtitle, "left": st.left,
             "cell": st.cell, "cell_head": st.cell_head, "footnote": st.footnote}[style_name]
    return Paragraph(escape(text), style)


def _grid(rows: list[list[Flowable]], widths: Sequence[float], *, head: bool = False) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if head else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if head:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke))
    table.setStyle(TableStyle(commands))
    return table


def _signatures(doc: DecisionDocument) -> Table:
    cells = []
    for label, name in doc.signatures:
        cells.append([_p(label, "bold"), _p(name or " ", "center"),
                      _p("Semnătura ………………………", "small")])
    rows = [[cells[i], cells[i + 1] if i + 1 < len(cells) else ""]
            for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[FRAME_WIDTH / 2] * 2)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return table


def _communication_box(item: PrintedDecision) -> Table:
    recorded = item.communication
    lines = [_p("Comunicarea deciziei (art. 93 alin. (6) din Legea nr. 360/2023)", "bold")]
    if recorded:
        lines.append(_p(f"{BOX_TICKED} {recorded}"))
    else:
        lines += [
            _p(f"{BOX_EMPTY} personal, la sediul casei teritoriale de pensii: am primit "
               "decizia, data ……………… semnătura titularului ………………………"),
            _p(f"{BOX_EMPTY} prin scrisoare recomandată cu confirmare de primire nr. "
               "……………… din ………………"),
            _p(f"{BOX_EMPTY} în format electronic, la data de ………………"),
        ]
    table = Table([[lines]], colWidths=[FRAME_WIDTH])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _calculation_annex(doc: DecisionDocument) -> list[Flowable]:
    if not doc.calculation:
        return []
    story: list[Flowable] = [PageBreak(), _p("ANEXA DE CALCUL", "title"),
                             _p(f"la {doc.title} {doc.subject}", "subtitle")]
    widths = [FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38]
    for table in doc.calculation:
        rows = [[_p(a, "cell"), _p(b, "cell")] for a, b in table.rows]
        story += [Spacer(1, 3 * mm), _p(table.heading, "bold"), _grid(rows, widths)]
    story += [Spacer(1, 8 * mm),
              _p("Întocmit ………………………………          Verificat ………………………………", "left")]
    return story


def decision_story(item: PrintedDecision) -> list[Flowable]:
    doc = item.document
    story: list[Flowable] = [_p(doc.office_name.upper(), "bold")]
    if doc.office_address:
        story.append(_p(doc.office_address, "small"))
    story += [Spacer(1, 6 * mm), _p(doc.title, "title"), _p(doc.subject, "subtitle")]
    story += [_p(text) for text in doc.preamble]
    story.append(_p(doc.decides, "title"))
    story += [_p(text) for text in doc.articles]
    if doc.motivation:
        story += [Spacer(1, 2 * mm), _p("Motivarea în fapt și în drept", "bold")]
        story += [_p(f"{i}. {line}", "left") for i, line in enumerate(doc.motivation, 1)]
    story += [Spacer(1, 2 * mm), _p(doc.contest, "bold")]
    story += [_p(note, "footnote") for note in doc.notes]
    story += [CondPageBreak(60 * mm), Spacer(1, 6 * mm), _signatures(doc),
              KeepTogether([Spacer(1, 4 * mm), _communication_box(item)])]
    story += _calculation_annex(doc)
    return story


def render_decisions(items: Sequence[PrintedDecision]) -> bytes:
    """One PDF with each decision starting on a new page, numbered on its own."""
    # The label stays short: "DUPLICAT" is drawn at the top centre.
    documents = [(PageHeader(label=item.document.title,
                             qr_data=item.qr_data, duplicate=item.duplicate,
                             footer_note=f"Șablon {item.document.template_kind} "
                                         f"v{item.document.template_version}"),
                  decision_story(item)) for item in items]
    title = items[0].document.title if len(items) == 1 else f"{len(items)} decizii"
    return build_pdf(documents, title=title)

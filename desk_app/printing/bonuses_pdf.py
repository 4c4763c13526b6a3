"""The list of permanent bonuses of annex 14 to the norms, printed for the
clerk who checks an employer certificate (recalculation, annexes 13 and 15)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desk_app.domain.bonuses import Bonus
from desk_app.printing.markup import text_markup
from desk_app.printing.page import FRAME_WIDTH, PageHeader, build_pdf, styles

TITLE = "Lista sporurilor cu caracter permanent"
SUBTITLE = ("anexa nr. 14 la normele aprobate prin HG nr. 181/2024 — sporuri care, înainte de "
            "1 aprilie 2001, făceau parte din baza de calcul a pensiei")


def render_bonuses(bonuses: Sequence[Bonus], *, query: str = "") -> bytes:
    """The whole list (or the result of a search) as a table, grouped by chapter."""
    style = styles()
    story: list[Flowable] = [Paragraph(TITLE, style.title), Paragraph(SUBTITLE, style.subtitle)]
    if query:
        story.append(Paragraph(f"Căutare: „{text_markup(query)}” — {len(bonuses)} rezultate.",
                               style.small))
    rows: list[list[Flowable]] = [[Paragraph("Cod", style.cell_head),
                                   Paragraph("Sporul (textul normelor)", style.cell_head)]]
    chapter_rows: list[int] = []
    current = None
    for bonus in bonuses:
        if bonus.chapter != current:
            current = bonus.chapter
            chapter_rows.append(len(rows))
            rows.append([Paragraph(f"<b>{text_markup(bonus.chapter)}</b>", style.cell),
                         Paragraph(f"<b>{text_markup(bonus.category)}</b>", style.cell)])
        rows.append([Paragraph(text_markup(bonus.code), style.cell),
                     Paragraph(text_markup(bonus.wording), style.cell)])
    table = Table(rows, colWidths=[18 * mm, FRAME_WIDTH - 18 * mm], repeatRows=1)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]
    commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f3f3f3"))
                 for r in chapter_rows]
    table.setStyle(TableStyle(commands))
    story.append(table)
    return build_pdf([(PageHeader(label="ANEXA nr. 14 la norme (HG nr. 181/2024)"), story)],
                     title=TITLE)

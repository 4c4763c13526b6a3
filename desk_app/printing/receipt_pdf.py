"""The receipt handed to the citizen ("dovada de înregistrare"): number and
date, applicant, request type, documents handed in, the legal deadline with
its article, the clerk and a signature line, and the QR code of the request.

Plain data in, PDF bytes out (the services layer gathers the data).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desk_app.printing.markup import dots, format_date, text_markup
from desk_app.printing.page import FRAME_WIDTH, PageHeader, build_pdf, styles


@dataclass(frozen=True)
class ReceiptDocument:
    label: str
    form: str = ""  # "original", "copie", "original și copie"
    details: str = ""  # e.g. "seria AB nr. 0456789"


@dataclass(frozen=True)
class ReceiptData:
    registration_no: int
    registration_date: dt.date
    request_id: str
    request_title: str
    annex_label: str
    applicant_name: str
    applicant_cnp: str
    documents: tuple[ReceiptDocument, ...]
    deadline: dt.date | None
    deadline_article: str
    clerk_name: str
    office_name: str
    county_name: str


class ReceiptRenderer:
    """One A4 receipt; :meth:`generate` returns the PDF bytes."""

    def __init__(self, data: ReceiptData) -> None:
        self.data = data
        self.styles = styles()

    def generate(self) -> bytes:
        header = PageHeader(label=self.data.office_name, qr_data=self.data.request_id,
                            footer_note=self._footer_note())
        return build_pdf([(header, self.story())], title="Dovadă de înregistrare")

    def _footer_note(self) -> str:
        d = self.data
        if d.county_name and d.county_name.casefold() not in d.office_name.casefold():
            return f"{d.office_name} — județul {d.county_name}"
        return d.office_name

    def story(self) -> list[Flowable]:
        d, st = self.data, self.styles
        title = st.title
        story: list[Flowable] = [
            Paragraph("DOVADĂ DE ÎNREGISTRARE", title),
            Paragraph(f"Nr. {d.registration_no} din {format_date(d.registration_date)}",
                      st.subtitle),
            Paragraph(f"{_v(d.office_name)} a înregistrat cererea de mai jos.", st.body),
            Spacer(0, 2 * mm),
            self._facts(),
            Spacer(0, 4 * mm),
            Paragraph("Documente depuse:", st.bold),
            self._documents(),
            Spacer(0, 4 * mm),
            Paragraph(self._deadline(), st.body),
            Paragraph("Păstrați această dovadă. Pentru orice informație despre cerere "
                      "menționați numărul și data înregistrării.", st.small),
            Spacer(0, 8 * mm),
            self._signature(),
        ]
        return story

    def _facts(self) -> Table:
        d, st = self.data, self.styles
        request = _v(d.request_title)
        if d.annex_label:
            request += f" ({text_markup(d.annex_label)})"
        rows = [
            ("Solicitant:", _v(d.applicant_name)),
            ("CNP:", _v(d.applicant_cnp)),
            ("Tipul cererii:", request),
            ("Cod cerere:", text_markup(d.request_id) or dots(8)),
        ]
        data = [[Paragraph(label, st.left), Paragraph(value, st.left)] for label, value in rows]
        table = Table(data, colWidths=[35 * mm, FRAME_WIDTH - 35 * mm], hAlign="LEFT",
                      splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return table

    def _documents(self) -> Flowable:
        st = self.styles
        if not self.data.documents:
            return Paragraph("Nu au fost depuse documente.", st.body)
        head = [Paragraph(h, st.cell_head) for h in ("Nr. crt.", "Documentul", "Forma",
                                                     "Seria, numărul, data")]
        data: list[list[Paragraph]] = [head]
        for number, document in enumerate(self.data.documents, start=1):
            data.append([Paragraph(str(number), st.cell),
                         Paragraph(text_markup(document.label), st.cell),
                         Paragraph(text_markup(document.form), st.cell),
                         Paragraph(text_markup(document.details), st.cell)])
        widths = [13 * mm, FRAME_WIDTH - 13 * mm - 32 * mm - 50 * mm, 32 * mm, 50 * mm]
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return table

    def _deadline(self) -> str:
        d = self.data
        if d.deadline is None:
            return "Pentru această cerere legea nu prevede un termen de soluționare."
        text = f"Termenul legal de soluționare: <b>{format_date(d.deadline)}</b>"
        if d.deadline_article:
            text += f" ({text_markup(d.deadline_article)})"
        return text + "."

    def _signature(self) -> Table:
        st = self.styles
        left = Paragraph(f"Am primit,<br/>{_v(self.data.clerk_name)}<br/>"
                         "(funcționar ghișeu)", st.left)
        right = Paragraph(f"Semnătura<br/>{dots(16)}", st.left)
        table = Table([[left, right]], colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return table


def _v(value: str) -> str:
    """A value in bold, or a dotted blank when missing."""
    value = value.strip()
    return f"<b>{text_markup(value)}</b>" if value else dots(12)


def render_receipt(data: ReceiptData) -> bytes:
    return ReceiptRenderer(data).generate()


__all__ = ["ReceiptData", "ReceiptDocument", "ReceiptRenderer", "render_receipt"]

"""The two papers of a death-aid payment (art. 111–116 of Law 360/2023,
art. 100–102 of the norms, HG 181/2024).

* The payment approval ("Aprobare de plată a ajutorului de deces"): the
  request, the deceased and the death certificate, the beneficiary, the amount
  in figures and in words, the method of payment and the legal basis, with the
  "Se aprobă" box of the executive director and the "Viza pentru controlul
  financiar preventiv" box that annexes 11, 12a and 12b carry, and the
  "Întocmit" / "Verificat" signature lines.
* The mention on the back of the ORIGINAL death certificate (art. 102 of the
  norms): "ACHITAT" for cash at the counter (alin. (1)), "PLĂTIT prin virament
  bancar" or "PLĂTIT prin mandat poștal" (alin. (2)), with the date, the
  signature and the stamp.

The mention is printed as a boxed block of about 120 × 62 mm at the top of an
A4 page, not on an A6 sheet: counters have A4 laser printers only and an A6
sheet needs a manual feed. The box is small enough for the back of a
certificate; the clerk copies it there (or cuts it out as a guide for the
stamp), then signs and stamps on the certificate itself, since the signature
and the stamp must be original. The rest of the page says on which certificate
it goes and is kept in the file as proof of what was written.

Plain data in, PDF bytes out: the services layer gathers the data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desk_app.domain.amount_in_words import format_lei, lei_in_words
from desk_app.printing.markup import dots, format_date, text_markup
from desk_app.printing.page import FRAME_WIDTH, PageHeader, build_pdf, styles

METHOD_LABELS = {
    "cash": "numerar, la ghișeul casei teritoriale de pensii",
    "transfer": "virament bancar",
    "postal_order": "mandat poștal",
}
REFERENCE_LABELS = {"cash": "Chitanța / dispoziția de plată nr.",
                    "transfer": "Ordinul de plată nr.", "postal_order": "Mandatul poștal nr."}
LEGAL_BASIS = ("art. 111–116 din Legea nr. 360/2023 privind sistemul public de pensii și "
               "art. 100–102 din Normele de aplicare a Legii nr. 360/2023, aprobate prin "
               "H.G. nr. 181/2024")
MENTION_WIDTH = 120 * mm


@dataclass(frozen=True)
class DeathAidPaymentData:
    office_name: str
    registration_no: int
    registration_date: dt.date
    request_id: str
    annex_label: str  # "ANEXA nr. 11 la norme (HG nr. 181/2024)"
    deceased_name: str
    deceased_cnp: str
    date_of_death: dt.date | None  # None: the request does not give it
    amount_date: dt.date  # the date whose amount applies (art. 116 (3) of the law)
    certificate_series: str
    certificate_number: str
    certificate_date: str  # as typed, DD.MM.YYYY
    certificate_issuer: str
    family_member: bool  # art. 112 (half the amount) instead of art. 111
    beneficiary_name: str
    beneficiary_id_label: str  # "CNP" or "CUI"
    beneficiary_id: str
    representative: str  # who signs for a legal person ("" for a natural person)
    amount_lei: Decimal
    method: str  # cash | transfer | postal_order
    iban: str
    due: dt.date
    paid_on: dt.date | None = None
    reference: str = ""
    prepared_by: str = ""  # full name of the clerk

    @property
    def certificate(self) -> str:
        text = f"seria {self.certificate_series} nr. {self.certificate_number}"
        if self.certificate_date:
            text += f" din {self.certificate_date}"
        if self.certificate_issuer:
            text += f", eliberat de Primăria {self.certificate_issuer}"
        return text

    @property
    def request_line(self) -> str:
        return f"nr. {self.registration_no} din {format_date(self.registration_date)}"


def _v(value: str) -> str:
    value = value.strip()
    return f"<b>{text_markup(value)}</b>" if value else dots(12)


def _box(content: list[Flowable], width: float, *, padding: float = 3 * mm,
         line: float = 0.8) -> Table:
    table = Table([[content]], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), line, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), padding),
                               ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                               ("TOPPADDING", (0, 0), (-1, -1), padding),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]))
    return table


def _plain_table(rows: list[list[Flowable]], widths: list[float], *,
                 split_rows: bool = True) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1 if split_rows else 0)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


class PaymentApprovalRenderer:
    """One A4 page: "Se aprobă plata" of the death aid."""

    def __init__(self, data: DeathAidPaymentData) -> None:
        self.data = data
        self.styles = styles()

    def generate(self) -> bytes:
        d = self.data
        header = PageHeader(label=d.office_name, qr_data=d.request_id,
                            footer_note=f"{d.office_name} — cererea {d.request_line}")
        return build_pdf([(header, self.story())],
                         title="Aprobare de plată a ajutorului de deces")

    def story(self) -> list[Flowable]:
        d, st = self.data, self.styles
        amount = format_lei(d.amount_lei)
        words = lei_in_words(d.amount_lei)
        article = "art. 112" if d.family_member else "art. 111"
        return [
            self._approval_boxes(),
            Spacer(0, 2 * mm),
            Paragraph("APROBARE DE PLATĂ", st.title),
            Paragraph("a ajutorului de deces", st.subtitle),
            Paragraph(f"Cererea pentru acordarea ajutorului de deces {_v(d.request_line)} "
                      f"({text_markup(d.annex_label)}), înregistrată la {_v(d.office_name)}.",
                      st.body),
            Spacer(0, 2 * mm),
            self._facts(),
            Spacer(0, 3 * mm),
            _box([Paragraph(f"Suma de plată: <b>{amount}</b>", st.left),
                  Paragraph(f"(în litere: <b>{text_markup(words)}</b>)", st.left)],
                 FRAME_WIDTH),
            Spacer(0, 3 * mm),
            Paragraph(
                f"În temeiul {LEGAL_BASIS}, se aprobă plata ajutorului de deces prevăzut la "
                f"{article} din lege, la nivelul în vigoare la data decesului "
                f"(art. 116 alin. (3) din lege), în sumă de <b>{amount}</b> "
                f"(<b>{text_markup(words)}</b>), prin <b>{METHOD_LABELS[d.method]}</b>, "
                f"în termenul de 3 zile lucrătoare de la solicitare (art. 115 alin. (1) din "
                f"lege, art. 100 alin. (2)–(3) din norme): până la "
                f"<b>{format_date(d.due)}</b>.", st.body),
            Paragraph("După plată, pe versoul certificatului de deces original se înscrie "
                      "mențiunea prevăzută la art. 102 din norme, data, semnătura și ștampila.",
                      st.small),
            Spacer(0, 6 * mm),
            self._signatures(),
        ]

    def _approval_boxes(self) -> Table:
        st = self.styles
        half = (FRAME_WIDTH - 10 * mm) / 2
        approve = _box([Paragraph("<b>Se aprobă plata.</b>", st.left),
                        Paragraph("Director executiv,", st.left),
                        Spacer(0, 7 * mm),
                        Paragraph(f"{dots(16)}<br/>(numele, semnătura, ștampila)", st.small)],
                       half)
        visa = _box([Paragraph("<b>Viza pentru controlul financiar preventiv</b>", st.left),
                     Spacer(0, 7 * mm),
                     Paragraph(f"{dots(16)}<br/>(numele, semnătura, data)", st.small)],
                    half)
        table = Table([[approve, "", visa]], colWidths=[half, 10 * mm, half], hAlign="LEFT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    def _facts(self) -> Table:
        d, st = self.data, self.styles
        if d.date_of_death is not None:
            death = format_date(d.date_of_death)
        else:
            # The models of annexes 11, 12a, 12b do not ask for the date of death;
            # say which date the amount was taken at instead of inventing one.
            death = (f"necompletată în cerere; cuantumul s-a stabilit la data certificatului "
                     f"de deces ({format_date(d.amount_date)})")
        quality = ("membru de familie al asiguratului/pensionarului (art. 112 din lege)"
                   if d.family_member else "asigurat sau pensionar (art. 111 din lege)")
        rows = [
            ("Persoana decedată:", _v(d.deceased_name)),
            ("CNP-ul persoanei decedate:", _v(d.deceased_cnp)),
            ("Data decesului:", _v(death)),
            ("Certificatul de deces:", _v(d.certificate)),
            ("Ajutor de deces pentru:", _v(quality)),
            ("Beneficiar:", _v(d.beneficiary_name)),
            (f"{d.beneficiary_id_label}-ul beneficiarului:", _v(d.beneficiary_id)),
        ]
        if d.representative:
            rows.append(("Prin:", _v(d.representative)))
        rows.append(("Modalitatea de plată:", _v(METHOD_LABELS[d.method])))
        if d.method == "transfer":
            rows.append(("Cont (IBAN):", _v(d.iban)))
        if d.paid_on is not None:
            rows.append(("Plătit la data de:", _v(format_date(d.paid_on))))
        if d.reference:
            rows.append((REFERENCE_LABELS[d.method], _v(d.reference)))
        data = [[Paragraph(label, st.left), Paragraph(value, st.left)] for label, value in rows]
        return _plain_table(data, [52 * mm, FRAME_WIDTH - 52 * mm])

    def _signatures(self) -> Table:
        st = self.styles
        prepared = text_markup(self.data.prepared_by) if self.data.prepared_by else dots(14)
        left = Paragraph(f"Întocmit,<br/>{prepared}<br/><br/>Semnătura {dots(12)}", st.left)
        right = Paragraph(f"Verificat,<br/>{dots(14)}<br/><br/>Semnătura {dots(12)}", st.left)
        return _plain_table([[left, right]], [FRAME_WIDTH / 2] * 2, split_rows=False)


class CertificateMentionRenderer:
    """The mention of art. 102 of the norms, boxed at the top of an A4 page."""

    def __init__(self, data: DeathAidPaymentData) -> None:
        if data.paid_on is None:
            raise ValueError("Mențiunea se tipărește după înregistrarea plății.")
        self.data = data
        self.styles = styles()

    def generate(self) -> bytes:
        d = self.data
        header = PageHeader(label=f"{d.office_name} — mențiune pe versoul certificatului de "
                                  "deces original (art. 102 din norme)")
        return build_pdf([(header, self.story())],
                         title="Mențiune pe certificatul de deces")

    def headline(self) -> str:
        """The wording art. 102 requires: alin. (1) cash, alin. (2) transfer or postal order."""
        if self.data.method == "cash":
            return "ACHITAT"
        return f"PLĂTIT prin {METHOD_LABELS[self.data.method]}"

    def story(self) -> list[Flowable]:
        d, st = self.data, self.styles
        big = ParagraphStyle("mention_head", st.bold, fontSize=15, leading=19, spaceAfter=3)
        text = ParagraphStyle("mention", st.left, fontSize=9.5, leading=12, spaceAfter=2)
        assert d.paid_on is not None
        lines: list[Flowable] = [
            Paragraph(self.headline(), big),
            Paragraph(f"ajutor de deces <b>{format_lei(d.amount_lei)}</b> "
                      f"({text_markup(lei_in_words(d.amount_lei))}), la data de "
                      f"<b>{format_date(d.paid_on)}</b>", text),
            Paragraph(f"{text_markup(d.office_name)}, cererea {d.request_line}", text),
        ]
        if d.reference:
            lines.append(Paragraph(f"{REFERENCE_LABELS[d.method]} "
                                   f"<b>{text_markup(d.reference)}</b>", text))
        sign = Paragraph(f"Semnătura<br/><br/>{dots(12)}", text)
        stamp = Table([[Paragraph("L.S.<br/>(ștampila)", ParagraphStyle(
            "stamp", st.small, alignment=1))]], colWidths=[30 * mm], rowHeights=[22 * mm])
        stamp.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        inner = MENTION_WIDTH - 6 * mm
        signature_row = Table([[sign, stamp]], colWidths=[inner - 32 * mm, 32 * mm],
                              hAlign="LEFT")
        signature_row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        lines += [Spacer(0, 2 * mm), signature_row]
        guide = [
            Spacer(0, 3 * mm),
            Paragraph("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
                      " ✂", st.small),
            Spacer(0, 4 * mm),
            Paragraph("Pentru funcționarul care a făcut plata", st.bold),
            Paragraph(
                f"Mențiunea de mai sus se înscrie pe versoul certificatului de deces ORIGINAL "
                f"{_v(d.certificate)}, al persoanei decedate {_v(d.deceased_name)} "
                f"(CNP {_v(d.deceased_cnp)}), în baza căruia s-a solicitat ajutorul de deces "
                f"(art. 102 din norme). Semnătura și ștampila se aplică în original pe "
                f"certificat; această pagină se păstrează la dosarul cererii.", st.body),
            Paragraph(f"Plata: {_v(METHOD_LABELS[d.method])}, {_v(format_lei(d.amount_lei))}, "
                      f"la data de {_v(format_date(d.paid_on))}.", st.body),
        ]
        return [_box(lines, MENTION_WIDTH, line=1.2), *guide]


def render_payment_approval(data: DeathAidPaymentData) -> bytes:
    return PaymentApprovalRenderer(data).generate()


def render_certificate_mention(data: DeathAidPaymentData) -> bytes:
    return CertificateMentionRenderer(data).generate()


__all__ = ["METHOD_LABELS", "DeathAidPaymentData", "render_certificate_mention",
           "render_payment_approval"]

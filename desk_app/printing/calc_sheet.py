"""The calculation sheet ("fișa de calcul") of a Law 360/2023 calculation, as PDF.

Data in (the JSON of ``result_to_json``), PDF bytes out; A4, ReportLab
platypus, a font with Romanian glyphs (ș ț with comma below).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

PENSION_RO = {
    "old_age": "pensie pentru limită de vârstă",
    "early": "pensie anticipată",
    "invalidity": "pensie de invaliditate",
    "survivor": "pensie de urmaș",
}


def _fonts() -> tuple[str, str]:
    """(regular, bold) family names with Romanian glyphs."""
    try:
        from desk_app.printing.fonts import register_fonts  # type: ignore[attr-defined]
    except ImportError:
        return _register_dejavu()
    names = register_fonts()
    if isinstance(names, dict):
        return names.get("regular", "DejaVuSans"), names.get("bold", "DejaVuSans-Bold")
    if isinstance(names, tuple | list) and len(names) >= 2:
        return str(names[0]), str(names[1])
    return _register_dejavu()


def _register_dejavu() -> tuple[str, str]:
    """Fallback until desk_app.printing.fonts exists: DejaVu Sans from the system/resources."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desk_app.paths import asset_path

    registered = pdfmetrics.getRegisteredFontNames()
    if "DejaVuSans" in registered and "DejaVuSans-Bold" in registered:
        return "DejaVuSans", "DejaVuSans-Bold"
    candidates = [asset_path("resources", "fonts"), Path("/usr/share/fonts/truetype/dejavu"),
                  Path("/usr/share/fonts/dejavu"), Path("C:/Windows/Fonts")]
    for folder in candidates:
        regular, bold = Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return "DejaVuSans", "DejaVuSans-Bold"
    raise RuntimeError("Fontul DejaVu Sans (cu diacritice românești) nu a fost găsit.")


def _date(iso: str | None) -> str:
    if not iso:
        return "—"
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")


def _dur(obj: dict[str, int] | None) -> str:
    if not obj:
        return "—"
    return f"{obj['years']} ani {obj['months']} luni {obj['days']} zile"


def _num(value: str | None) -> str:
    return "—" if value is None else value.replace(".", ",")


def _lei(value: str | None) -> str:
    return "— (valoare lipsă)" if value is None else f"{_num(value)} lei"


def render_calculation_sheet(result_json: dict[str, Any], *, person_name: str = "",
                             office_name: str = "") -> bytes:
    """The sheet for one calculation result; returns the PDF bytes."""
    regular, bold = _fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
    title = ParagraphStyle("title", parent=base, fontName=bold, fontSize=14, leading=18,
                           alignment=1, spaceAfter=4)
    head = ParagraphStyle("head", parent=base, fontName=bold, fontSize=11, leading=14,
                          spaceBefore=8, spaceAfter=3)
    r = result_json

    def p(text: str, style: ParagraphStyle = base) -> Paragraph:
        return Paragraph(escape(text), style)

    def table(rows: list[tuple[str, str]]) -> Table:
        t = Table([[p(a, small), p(b)] for a, b in rows], colWidths=[70 * mm, 105 * mm])
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return t

    story: list[Flowable] = []
    if office_name:
        story.append(p(office_name, small))
    story.append(p("FIȘA DE CALCUL — Legea nr. 360/2023 privind sistemul public de pensii", title))
    story.append(p(f"Tipul pensiei: {PENSION_RO.get(r.get('pension', ''), r.get('pension', ''))}"
                   + (f" — titular: {person_name}" if person_name else ""), base))
    red = ", ".join(f"{x['article']}: {x['months']} luni" for x in r.get("reductions", [])) or "—"
    age = r["standard_age"]
    story.append(p("Vârstă și stagii", head))
    story.append(table([
        ("Vârsta standard (anexa nr. 5)", f"{age['years']} ani {age['months']} luni, la "
                                          f"{_date(r.get('standard_age_date'))}"),
        ("Reduceri aplicate", red),
        ("Vârsta redusă împlinită la", _date(r.get("reduced_age_date"))),
        ("Stagiul minim / complet", f"{_dur(r.get('minimum_period'))} / "
                                    f"{_dur(r.get('complete_period'))}"),
        ("Stagiu pentru stagiul minim/complet (art. 47 alin. (4))",
         _dur(r["periods"].get("for_eligibility"))),
        ("Stagiu pentru punctele de stabilitate", _dur(r["periods"].get("for_stability"))),
        ("Stagiu total de cotizare", _dur(r["periods"].get("total_stagiu"))),
        ("Data acordării", _date(r.get("grant_date"))),
    ]))
    early = r.get("early")
    if early:
        story.append(p("Pensie anticipată", head))
        story.append(table([
            ("Luni de anticipare", f"{early['anticipation_months']} "
                                   f"({_dur(early['anticipation'])})"),
            ("Stagiu peste stagiul complet", _dur(early["over_complete_period"])),
            ("Procent de diminuare pe lună", f"{_num(early['diminution_pct_per_month'])} %"),
            ("Procent de diminuare", f"{_num(early['diminution_pct'])} %"),
        ]))
    pts = r.get("points")
    story.append(p("Puncte și cuantum", head))
    rows = []
    if pts:
        rows += [("Suma punctajelor anuale", _num(pts["annual_sum"])),
                 ("Puncte pentru perioade asimilate", _num(pts["assimilated"])),
                 ("Puncte suplimentare", _num(pts["supplementary"])),
                 ("Puncte de stabilitate", _num(pts["stability"])),
                 ("Puncte pentru stagiul potențial", _num(pts["potential"])),
                 ("Număr total de puncte", _num(pts["total"]))]
        if pts.get("survivor_pct"):
            rows.append(("Puncte pensie de urmaș", f"{_num(pts['pension_points'])} "
                                                   f"({_num(pts['survivor_pct'])} %)"))
    rows += [("Valoarea punctului de referință", _lei(r.get("reference_point_value"))),
             ("Cuantumul pensiei", _lei(r.get("amount_lei")))]
    story.append(table(rows))
    if r.get("missing_values"):
        story.append(p("Valori lipsă", head))
        story.extend(p("• " + m) for m in r["missing_values"])
    story.append(p("Motivare (articole aplicate)", head))
    story.extend(p(f"{i}. {line}", small) for i, line in enumerate(r.get("explanation", []), 1))
    story.append(Spacer(1, 10 * mm))
    story.append(p("Întocmit: ______________________        Verificat: ______________________",
                   base))

    buffer = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(18 * mm, 10 * mm, "Fișă de calcul orientativă; decizia de pensie "
                                            "se emite de casa teritorială de pensii.")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Pagina {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title="Fișa de calcul — Legea nr. 360/2023", author="desk_app")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()

"""The calculation sheet: key figures readable and Romanian diacritics with comma below."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desk_app.domain.law360.calculator import calculate
from desk_app.domain.law360.case_json import case_from_json, result_to_json
from desk_app.printing.calc_sheet import render_calculation_sheet
from desk_app.services.law_reference import load_reference_tables


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_sheet_contains_the_key_figures_and_comma_below_diacritics():
    case = case_from_json({
        "sex": "F", "birth_date": "01.11.1966", "request_date": "15.11.2024",
        "pension": "early", "children_raised": 2,
        "periods": [{"kind": "contributory", "years": 34, "months": 11, "days": 10},
                    {"kind": "university", "years": 4}],
        "annual_points": [{"year": 2000, "points": "30.5"}]})
    result = result_to_json(calculate(case, load_reference_tables()))
    pdf = render_calculation_sheet(result, person_name="Țăranu Ștefania",
                                   office_name="Casa Județeană de Pensii Arad")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    for figure in ("01.10.2029", "01.10.2028", "47", "9,40 %", "0,20 %",
                   result["points"]["total"].replace(".", ","), result["amount_lei"] + " lei"):
        assert figure in text, figure
    assert "Țăranu Ștefania" in text
    assert "ș" in text and "ț" in text  # U+0219, U+021B
    assert "ş" not in text and "ţ" not in text  # never the cedilla forms
    assert "art. 34 alin. (1)" in text


def test_sheet_lists_missing_values():
    case = case_from_json({"sex": "M", "birth_date": "1960-02-01", "request_date": "2025-03-03",
                           "periods": [{"kind": "contributory", "years": 40}],
                           "monthly_gross": [{"month": "1995-05", "amount": "300000"}]})
    result = result_to_json(calculate(case, load_reference_tables()))
    text = _text(render_calculation_sheet(result))
    assert "Valori lipsă" in text
    assert "anul 1995" in text

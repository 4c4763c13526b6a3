"""Golden tests: every worked example of the CNPP circular of 28.01.2025.

Expected values are copied from the circular's text
(/work/shared/reference/seeds/cnpp_circular_2025_law360_clarifications.txt),
not from the code's output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desk_app.domain.law360.calculator import calculate
from desk_app.domain.law360.case_json import case_from_json, result_to_json


def _run(tables, obj):
    return result_to_json(calculate(case_from_json(obj), tables))


CHILD_LEAVE_CASE = {
    # Pt. 1: woman born 01.07.1963, old-age pension with art. 51, request 01.01.2025.
    "sex": "F", "birth_date": "01.07.1963", "request_date": "01.01.2025",
    "pension": "old_age", "children_raised": 2,
    "periods": [
        {"kind": "contributory", "condition": "normal", "years": 30, "months": 6},
        {"kind": "child_leave_before_2001", "years": 1},
        {"kind": "allowance_2001_2005", "months": 6},
        {"kind": "child_leave_from_2006", "years": 2},
    ],
}


def test_child_leave_example_periods(tables):
    r = _run(tables, CHILD_LEAVE_CASE)
    # "Stagiul complet ... Anexa nr. 5: 33 ani 3 luni"
    assert r["complete_period"] == {"years": 33, "months": 3, "days": 0}
    # "Stagiul de cotizare contributiv realizat ... (art. 47 alin. 4)): 33 ani 6 luni"
    assert r["periods"]["for_eligibility"] == {"years": 33, "months": 6, "days": 0}
    # "Total stagiu ... puncte pentru stabilitate: 31 ani 6 luni"
    assert r["periods"]["for_stability"] == {"years": 31, "months": 6, "days": 0}
    # "se acordă puncte de stabilitate pentru 6 ani 6 luni"
    assert r["periods"]["over_25_for_stability"] == {"years": 6, "months": 6, "days": 0}


def test_child_leave_example_reduction_and_stability(tables):
    r = _run(tables, CHILD_LEAVE_CASE)
    # "reducerea vârstei standard de pensionare cu 1 an pentru 2 copii"
    assert r["reductions"] == [{"article": "art. 51 (Tabelul nr. 3)", "months": 12,
                                "reason": "2 copii născuți și crescuți"}]
    # Annex 5, July 1963: 62 y 6 m → 01.01.2026; minus one year → 01.01.2025, the request date.
    assert r["standard_age_date"] == "2026-01-01"
    assert r["reduced_age_date"] == "2025-01-01"
    assert r["eligible"]["old_age"]["eligible"] is True
    # Art. 54 (2) norms: 5 years × 0,50 + 1 year × 0,75 + 6 months × 0,06250 = 3,62500.
    assert r["points"]["stability"] == "3.62500"
    # The allowance of 2001–2005 is assimilated: kept apart, not in any total above.
    assert r["periods"]["by_kind"]["allowance_2001_2005"] == {"years": 0, "months": 6, "days": 0}


EARLY_BASE = {
    "sex": "F", "birth_date": "01.11.1966", "pension": "early",
    "periods": [
        {"kind": "contributory", "years": 34, "months": 11, "days": 10},
        {"kind": "university", "years": 4},
    ],
}


def test_early_example_1(tables):
    r = _run(tables, {**EARLY_BASE, "request_date": "15.10.2024"})
    assert r["standard_age"] == {"years": 62, "months": 11}
    assert r["standard_age_date"] == "2029-10-01"
    assert r["complete_period"] == {"years": 34, "months": 11, "days": 0}
    assert r["periods"]["total_stagiu"] == {"years": 38, "months": 11, "days": 10}
    e = r["early"]
    assert e["over_complete_period"] == {"years": 4, "months": 0, "days": 10}
    # "01.10.2029 - 01.10.2024 = 5 ani, respectiv 60 luni" (filed within 30 days of 01.10.2024)
    assert e["grant_date"] == "2024-10-01"
    assert e["anticipation_months"] == 60
    assert Decimal(e["diminution_pct_per_month"]) == Decimal("0.20")
    assert Decimal(e["diminution_pct"]) == Decimal("12")


def test_early_example_2(tables):
    r = _run(tables, {**EARLY_BASE, "request_date": "15.11.2024", "children_raised": 2})
    # "Vârsta standard ... redusă conform art. 51: 61 ani 11 luni, la data de 01.10.2028"
    assert r["reduced_age_date"] == "2028-10-01"
    e = r["early"]
    assert e["grant_date"] == "2024-11-15"
    # "01.10.2028 - 15.11.2024 = 3 ani 10 luni 16 zile, întregit la 47 luni"
    assert e["anticipation"] == {"years": 3, "months": 10, "days": 16}
    assert e["anticipation_months"] == 47
    assert Decimal(e["diminution_pct"]) == Decimal("9.4")


def test_early_amount_is_diminished_old_age_amount(tables):
    r = _run(tables, {**EARLY_BASE, "request_date": "15.10.2024",
                      "annual_points": [{"year": 2000, "points": "20"}]})
    full = Decimal(r["amount_before_diminution_lei"])
    assert Decimal(r["amount_lei"]) < full
    # 12 % less, rounded up to the whole leu in the pensioner's favour (art. 83 (2)).
    assert Decimal(r["amount_lei"]) == (full * Decimal("0.88")).to_integral_value(
        rounding="ROUND_CEILING")


def test_early_request_filed_in_time_counts_from_conditions_date(tables):
    # Art. 90 (2): filed 31 "zile libere" after 01.10.2024 is still in time (01.11.2024).
    r = _run(tables, {**EARLY_BASE, "request_date": "01.11.2024"})
    assert r["early"]["grant_date"] == "2024-10-01"
    late = _run(tables, {**EARLY_BASE, "request_date": "04.11.2024"})
    assert late["early"]["grant_date"] == "2024-11-04"
    assert late["early"]["anticipation_months"] == 59  # 4 y 10 m 27 d → 59


def test_early_explanation_states_the_circular_reading(tables):
    r = _run(tables, {**EARLY_BASE, "request_date": "15.11.2024", "children_raised": 2})
    text = "\n".join(r["explanation"])
    assert "art. 34 alin. (1) din norme" in text
    assert "exemplului 2 din circulara" in text
    assert dt.date.fromisoformat(r["early"]["reference_age_date"]) == dt.date(2028, 10, 1)


def test_five_years_over_the_complete_period_is_not_an_early_pension(tables):
    # Art. 56–57: 34 y 11 m 10 d + 4 y studies + 1 y more work = 5 y 0 m 10 d over.
    r = _run(tables, {**EARLY_BASE, "request_date": "15.10.2024", "periods": [
        {"kind": "contributory", "years": 35, "months": 11, "days": 10},
        {"kind": "university", "years": 4}]})
    assert r["early"] is None
    assert r["amount_lei"] == r["amount_before_diminution_lei"]
    assert any("art. 56–57" in line for line in r["explanation"])

"""Annex 5 ages, stability tiers (art. 54 (2) norms), points and missing figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desk_app.domain.law360.ages import age_rule
from desk_app.domain.law360.calculator import calculate
from desk_app.domain.law360.case_json import case_from_json, result_to_json
from desk_app.domain.law360.durations import Duration
from desk_app.domain.law360.errors import CalculationError, MissingReferenceValue
from desk_app.domain.law360.points import amount_lei, annual_points, stability_points
from desk_app.domain.law360.reference import parse_reference_tables
from desk_app.services.law_reference import load_reference_tables, read_reference_csvs


def test_annex5_check_points_of_the_readme(tables):
    # Woman born 01.11.1966: 62 y 11 m, reached 01.10.2029, complete 34 y 11 m, minimum 15 y.
    r = age_rule(tables, "F", dt.date(1966, 11, 1))
    assert (r.age_years, r.age_months) == (62, 11)
    assert r.standard_age_date == dt.date(2029, 10, 1)
    assert r.complete_period == Duration.of(34, 11)
    assert r.minimum_period == Duration.of(15)
    # Woman born July 1963: complete 33 y 3 m; May 1964: 62 y 8 m, complete 33 y 8 m.
    assert age_rule(tables, "F", dt.date(1963, 7, 20)).complete_period == Duration.of(33, 3)
    may64 = age_rule(tables, "F", dt.date(1964, 5, 3))
    assert (may64.age_years, may64.age_months, may64.complete_period) == (62, 8,
                                                                          Duration.of(33, 8))
    # Men from January 1950: 65 / 35 / 15.
    men = age_rule(tables, "M", dt.date(1950, 1, 15))
    assert (men.age_years, men.complete_period, men.minimum_period) == (
        65, Duration.of(35), Duration.of(15))


def test_after_annex5_the_final_values_of_art_47_apply(tables):
    r = age_rule(tables, "F", dt.date(1985, 3, 12))
    assert (r.age_years, r.age_months, r.source) == (65, 0, "art. 47")
    assert r.standard_age_date == dt.date(2050, 3, 12)
    assert r.complete_period == Duration.of(35)


def test_before_annex5_there_is_no_value(tables):
    with pytest.raises(CalculationError, match=r"Anexa nr\. 5 nu are"):
        age_rule(tables, "M", dt.date(1938, 12, 1))


@pytest.mark.parametrize(("period", "expected"), [
    (Duration.of(25), "0.00000"),
    (Duration.of(25, 0, 1), "0.00139"),  # one day in the first tier
    (Duration.of(25, 1), "0.04167"),
    (Duration.of(26), "0.50000"),
    (Duration.of(30), "2.50000"),  # "până la 30 de ani inclusiv"
    (Duration.of(30, 0, 1), "2.50208"),  # first day of the second tier
    (Duration.of(30, 1), "2.56250"),
    (Duration.of(35), "6.25000"),  # 2,5 + 5 × 0,75
    (Duration.of(35, 0, 1), "6.25278"),  # first day over 35
    (Duration.of(35, 1), "6.33333"),
    (Duration.of(40), "11.25000"),
    (Duration.of(20), "0.00000"),
])
def test_stability_tier_boundaries(period, expected):
    assert stability_points(period) == Decimal(expected)


def test_monthly_points_five_decimals_and_annual_divided_by_12(tables):
    # 2025: divisor 8 620 lei (BASS). 10 000 / 8 620 = 1,160092807… → 1,16009 per month.
    months = [(2025, m, Decimal("10000")) for m in range(1, 7)]
    result = annual_points(tables, months, [])
    # Six months: 6 × 1,16009 / 12 = 0,580045 → 0,58005 (always / 12, art. 50 norms).
    assert result.by_year[2025] == Decimal("0.58005")
    assert result.salaries_used[0].value == Decimal("8620")
    assert result.salaries_used[0].status == "secondary"


def test_pre_1991_uses_net_average_between_july_1977_and_1990(tables):
    # Between 1.7.1977 and 31.12.1990 the net average of Annex 7 is the divisor (art. 139 (4) b).
    result = annual_points(tables, [(1980, 3, Decimal("2000"))], [])
    used = result.salaries_used[0]
    assert used.basis == "net"
    row = tables.annex7_salaries[1980]
    assert used.value == row.net


def test_missing_average_salary_is_named_exactly(tables):
    with pytest.raises(MissingReferenceValue) as err:
        annual_points(tables, [(1995, 5, Decimal("300000"))], [])
    assert str(err.value).startswith("Lipsește câștigul salarial mediu brut pentru anul 1995")
    assert err.value.key == "average_salary:1995"


def test_missing_salary_is_reported_in_the_result_and_points_left_empty(tables):
    case = case_from_json({
        "sex": "M", "birth_date": "1960-02-01", "request_date": "2025-03-03",
        "periods": [{"kind": "contributory", "years": 40}],
        "monthly_gross": [{"month": "1995-05", "amount": "300000"}],
    })
    r = result_to_json(calculate(case, tables))
    assert r["points"] is None and r["amount_lei"] is None
    assert any("anul 1995" in m for m in r["missing_values"])
    assert r["standard_age_date"] == "2025-02-01"  # the rest is still calculated


def test_clerk_given_annual_points_replace_missing_salaries(tables):
    case = case_from_json({
        "sex": "M", "birth_date": "1960-02-01", "request_date": "2025-03-03",
        "periods": [{"kind": "contributory", "years": 40}],
        "monthly_gross": [{"month": "1995-05", "amount": "300000"}],
        "annual_points": [{"year": 1995, "points": "1.2"}],
    })
    r = result_to_json(calculate(case, tables))
    assert r["missing_values"] == []
    assert r["points"]["by_year"] == {"1995": "1.20000"}


def test_missing_vpr_for_2027_is_reported(tables):
    case = case_from_json({"sex": "M", "birth_date": "1962-01-10", "request_date": "2027-01-11",
                           "periods": [{"kind": "contributory", "years": 30}]})
    r = result_to_json(calculate(case, tables))
    assert r["reference_point_value"] is None and r["amount_lei"] is None
    assert any("punctului de referință" in m and "10.01.2027" in m
               for m in r["missing_values"])


def test_admin_override_supplies_a_missing_salary():
    override = {"average_salary.csv": "year,gross_lei,net_lei,status\n1995,280000,,\n"}
    tables = load_reference_tables(override)
    result = annual_points(tables, [(1995, m, Decimal("280000")) for m in range(1, 13)], [])
    assert result.by_year[1995] == Decimal("1.00000")
    assert result.salaries_used[0].status == "override"
    # The cached shipped tables are untouched.
    with pytest.raises(MissingReferenceValue):
        annual_points(load_reference_tables(), [(1995, 1, Decimal("1"))], [])


def test_override_vpr_row_supersedes_by_effective_date():
    texts = read_reference_csvs()
    extra = {"vpr.csv": "indicator,effective_from,effective_to,value_lei,status\n"
                        "reference_point_value,2027-01-01,,85,\n"}
    tables = parse_reference_tables(texts, extra)
    case = case_from_json({"sex": "M", "birth_date": "1962-01-10", "request_date": "2027-01-11",
                           "periods": [{"kind": "contributory", "years": 30}]})
    r = result_to_json(calculate(case, tables))
    assert r["reference_point_value"] == "85"
    assert any("introdusă de administrator" in line for line in r["explanation"])


def test_amount_is_rounded_up_to_the_whole_leu():
    # Art. 83 (2): 12,34567 × 81 = 999,99927 → 1 000 lei; an exact product stays.
    assert amount_lei(Decimal("12.34567"), Decimal("81")) == Decimal("1000")
    assert amount_lei(Decimal("10.00000"), Decimal("81")) == Decimal("810")


def test_secondary_salary_status_is_said_in_the_explanation(tables):
    case = case_from_json({
        "sex": "M", "birth_date": "1960-02-01", "request_date": "2025-03-03",
        "periods": [{"kind": "contributory", "years": 40}],
        "monthly_gross": [{"month": "2025-01", "amount": "8620"}],
    })
    r = result_to_json(calculate(case, tables))
    used = [u for u in r["reference_values_used"] if u["key"] == "2025"]
    assert used and used[0]["status"] == "secondary"
    assert any("din surse secundare" in line for line in r["explanation"])

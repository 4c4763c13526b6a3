"""Periods kept apart and counted once; reductions, their combinations and caps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desk_app.domain.law360.calculator import calculate
from desk_app.domain.law360.case_json import CaseInputError, case_from_json, result_to_json
from desk_app.domain.law360.durations import Duration, dated_duration


def _run(tables, obj):
    return result_to_json(calculate(case_from_json(obj), tables))


def test_dated_period_counts_first_and_last_day():
    assert dated_duration(dt.date(2000, 1, 1), dt.date(2000, 12, 31)) == Duration.of(1)
    assert dated_duration(dt.date(2001, 2, 1), dt.date(2001, 2, 28)) == Duration.of(0, 1)
    assert dated_duration(dt.date(2000, 1, 15), dt.date(2000, 2, 14)) == Duration.of(0, 1)
    assert dated_duration(dt.date(2000, 1, 1), dt.date(2000, 1, 10)) == Duration.of(0, 0, 10)


def test_overlapping_periods_count_once(tables):
    r = _run(tables, {"sex": "M", "birth_date": "1959-03-01", "request_date": "2024-10-01",
                      "periods": [
                          {"kind": "contributory", "start": "2000-01-01", "end": "2000-12-31"},
                          {"kind": "contributory", "start": "2000-07-01", "end": "2001-06-30"},
                          # military service overlapping work: counts only where free
                          {"kind": "military", "start": "2001-01-01", "end": "2001-12-31"},
                      ]})
    assert r["periods"]["contributory"] == {"years": 1, "months": 6, "days": 0}
    assert r["periods"]["by_kind"]["military"] == {"years": 0, "months": 6, "days": 0}
    assert r["periods"]["overlap_removed"] == {"years": 1, "months": 0, "days": 0}


def test_more_favourable_condition_keeps_an_overlapping_day(tables):
    r = _run(tables, {"sex": "M", "birth_date": "1959-03-01", "request_date": "2024-10-01",
                      "periods": [
                          {"kind": "contributory", "condition": "normal",
                           "start": "1990-01-01", "end": "1995-12-31"},
                          {"kind": "contributory", "condition": "group_I",
                           "start": "1992-01-01", "end": "1993-12-31"},
                      ]})
    cond = r["periods"]["contributory_by_condition"]
    assert cond["group_I"] == {"years": 2, "months": 0, "days": 0}
    assert cond["normal"] == {"years": 4, "months": 0, "days": 0}


def test_assimilated_kinds_count_where_the_law_says(tables):
    r = _run(tables, {"sex": "F", "birth_date": "1975-05-01", "request_date": "2025-01-10",
                      "pension": "early", "periods": [
                          {"kind": "contributory", "years": 30},
                          {"kind": "voluntary_contract", "years": 2},
                          {"kind": "child_leave_from_2006", "years": 1},
                          {"kind": "allowance_2001_2005", "months": 8},
                      ]})
    p = r["periods"]
    # Art. 47 (4): child-raising leave from 2006 counts for the minimum/complete period.
    assert p["for_eligibility"] == {"years": 33, "months": 0, "days": 0}
    # Art. 58 (2), art. 32 norms: voluntary contracts do not count for the early pension.
    assert p["for_early_eligibility"] == {"years": 31, "months": 0, "days": 0}
    # Stability: contributory only (voluntary contracts are contributory, art. 3 r)).
    assert p["for_stability"] == {"years": 32, "months": 0, "days": 0}


def test_dated_child_leave_from_2006_must_start_in_2006():
    with pytest.raises(CaseInputError, match="child_leave_from_2006"):
        case_from_json({"sex": "F", "birth_date": "1970-01-01", "request_date": "2025-01-01",
                        "periods": [{"kind": "child_leave_from_2006",
                                     "start": "2005-06-01", "end": "2006-06-01"}]})


def test_group_periods_end_on_31_march_2001():
    with pytest.raises(CaseInputError, match=r"31\.03\.2001"):
        case_from_json({"sex": "M", "birth_date": "1960-01-01", "request_date": "2025-01-01",
                        "periods": [{"kind": "contributory", "condition": "group_II",
                                     "start": "2000-01-01", "end": "2002-01-01"}]})


def _reduction_case(**extra):
    base = {"sex": "M", "birth_date": "1962-06-15", "request_date": "2020-01-01",
            "periods": [{"kind": "contributory", "years": 36}]}
    base.update(extra)
    return base


def test_tables_1_and_2_with_the_fraction_of_art_54_1(tables):
    periods = [{"kind": "contributory", "years": 28},
               {"kind": "contributory", "condition": "group_I", "years": 5, "months": 6},
               {"kind": "contributory", "condition": "group_II", "years": 2, "months": 8}]
    r = _run(tables, _reduction_case(periods=periods))
    by_article = {x["article"]: x["months"] for x in r["reductions"]}
    # Table 2: 5 full years → 2 y 6 m; fraction 6 m + 2 y 8 m = 3 y 2 m → Table 1: 1 y.
    assert by_article == {"art. 48 alin. (1) lit. b) (Tabelul nr. 2)": 30,
                          "art. 48 alin. (1) lit. a) (Tabelul nr. 1)": 12}
    assert r["reduced_age_date"] == "2023-12-15"  # 15.06.2027 (65 y) − 3 y 6 m


def test_cumulated_reductions_are_capped_at_11_years(tables):
    periods = [{"kind": "contributory", "years": 10},
               {"kind": "contributory", "condition": "group_I", "years": 20},
               {"kind": "contributory", "condition": "group_II", "years": 10}]
    r = _run(tables, _reduction_case(periods=periods))
    assert sum(x["months"] for x in r["reductions"]) == 160  # 120 + 40 before the cap
    assert r["reduction_total_months"] == 132
    assert r["reduced_age_date"] == "2016-06-15"  # 65 − 11 = 54, also the men's floor
    assert any("art. 54 alin. (2)" in line for line in r["explanation"])


def test_womens_floor_of_52_years(tables):
    # Born 01.07.1963: 62 y 6 m; 11 years would give 51 y 6 m < 52 → limited to 126 months.
    periods = [{"kind": "contributory", "years": 5},
               {"kind": "contributory", "condition": "group_I", "years": 20},
               {"kind": "contributory", "condition": "group_II", "years": 10}]
    r = _run(tables, {"sex": "F", "birth_date": "1963-07-01", "request_date": "2016-01-01",
                      "children_raised": 3, "periods": periods})
    assert r["reduction_total_months"] == 126
    assert r["reduced_age_date"] == "2015-07-01"
    assert any("52 de ani" in line for line in r["explanation"])


def test_no_art_48_or_51_reduction_without_the_complete_period(tables):
    periods = [{"kind": "contributory", "condition": "group_I", "years": 10}]
    r = _run(tables, {"sex": "F", "birth_date": "1963-07-01", "request_date": "2025-01-01",
                      "children_raised": 2, "periods": periods})
    assert r["reductions"] == []
    assert any("stagiul complet" in line and "art. 22" in line for line in r["explanation"])


def test_art_56_combines_with_nothing_and_the_better_option_wins(tables):
    # Woman born 01.11.1966, complete 34 y 11 m, realised 40 y: 5 y 1 m over → art. 56 (60
    # months) beats art. 51 for 2 children (12 months); they are not cumulated (art. 57).
    r = _run(tables, {"sex": "F", "birth_date": "1966-11-01", "request_date": "2024-10-02",
                      "children_raised": 2, "periods": [{"kind": "contributory", "years": 40}]})
    assert [x["article"] for x in r["reductions"]] == ["art. 56"]
    assert r["reduction_total_months"] == 60
    assert r["reduced_age_date"] == "2024-10-01"
    assert any("Nu se cumulează: art. 51" in line for line in r["explanation"])


def test_fixed_reduction_art_49_and_radiation_floor(tables):
    r = _run(tables, _reduction_case(
        fixed_reduction={"rule": "art49_a", "years": 20},
        periods=[{"kind": "contributory", "years": 10},
                 {"kind": "contributory", "condition": "special_art28_ab", "years": 20}]))
    assert r["reductions"][0]["article"] == "art. 49 alin. (1) lit. a)"
    assert r["reduction_total_months"] == 240  # 20 years, more than Table 2's 10 years
    zone = _run(tables, _reduction_case(fixed_reduction={"rule": "art50_zone1", "years": 22}))
    assert zone["reduction_total_months"] == 240  # 65 − 20 = 45, exactly the floor


def test_disability_and_visual_impairment(tables):
    severe = _run(tables, _reduction_case(disability={"grade": "grav", "years": 12}))
    assert severe["reductions"][0]["article"] == "art. 52 alin. (1) lit. a)"
    assert severe["reduction_total_months"] == 180
    # 0,50 points per month in handicap (art. 56 norms): 144 × 0,5 / 12 = 6 annual points.
    assert severe["points"]["supplementary_detail"]["disability"] == "6.00000"
    short = _run(tables, _reduction_case(disability={"grade": "accentuat", "years": 12}))
    assert all(x["article"] != "art. 52 alin. (1) lit. b)" for x in short["reductions"])
    visual = _run(tables, _reduction_case(disability={"grade": "vizual", "years": 12}))
    assert visual["any_age"] is True and visual["eligible"]["old_age"]["eligible"] is True


def test_supplementary_points_by_condition(tables):
    r = _run(tables, _reduction_case(periods=[
        {"kind": "contributory", "years": 20},
        {"kind": "contributory", "condition": "group_II", "years": 2},
        {"kind": "contributory", "condition": "special_art28_ab", "months": 6}]))
    detail = r["points"]["supplementary_detail"]
    # Art. 88: 24 months × 0,25 / 12 = 0,5; 6 months × 1,00 / 12 = 0,5.
    assert detail == {"group_II": "0.50000", "special_art28_ab": "0.50000"}
    assert Decimal(r["points"]["supplementary"]) == Decimal("1.00000")


def test_assimilated_points_quarter_point_per_month(tables):
    r = _run(tables, {"sex": "M", "birth_date": "1962-06-15", "request_date": "2025-01-01",
                      "periods": [{"kind": "contributory", "years": 30},
                                  {"kind": "university", "start": "1980-10-01",
                                   "end": "1984-09-30"},
                                  {"kind": "military", "start": "2002-01-01",
                                   "end": "2002-12-31"}]})
    # Only the military year after 1.4.2001 earns 0,25 × 12 / 12 = 0,25 (art. 86 (2)); the
    # studies before 2001 are valued on the minimum wage (art. 138 (2)) and said so.
    assert r["points"]["assimilated"] == "0.25000"
    assert any("art. 138 alin. (2)" in line for line in r["explanation"])


def test_invalidity_potential_period_capped_at_standard_age(tables):
    r = _run(tables, {"sex": "F", "birth_date": "1980-05-10", "request_date": "2024-10-01",
                      "pension": "invalidity", "invalidity_grade": 1,
                      "periods": [{"kind": "contributory", "years": 10}]})
    inv = r["invalidity"]
    # 35 − 10 = 25 years, but only 20 y 7 m 9 d remain until 10.05.2045 (art. 66 (2)).
    assert inv["capped"] is True
    assert inv["potential_period"] == {"years": 20, "months": 7, "days": 9}
    # (247 × 0,25 + 9 × 0,00833) / 12 = 5,15208 (art. 87 (1)).
    assert r["points"]["potential"] == "5.15208"


def test_invalidity_potential_period_not_capped(tables):
    r = _run(tables, {"sex": "M", "birth_date": "1970-01-01", "request_date": "2025-01-01",
                      "pension": "invalidity", "invalidity_grade": 3,
                      "periods": [{"kind": "contributory", "years": 30, "months": 2,
                                   "days": 5}]})
    assert r["invalidity"]["potential_period"] == {"years": 4, "months": 9, "days": 25}
    assert r["invalidity"]["capped"] is False


@pytest.mark.parametrize(("survivors", "pct"), [(1, "50"), (2, "75"), (3, "100"), (5, "100")])
def test_survivor_share_of_points(tables, survivors, pct):
    r = _run(tables, {"sex": "M", "birth_date": "1950-01-01", "request_date": "2025-02-01",
                      "death_date": "2025-01-20", "pension": "survivor",
                      "survivors": survivors, "periods": [{"kind": "contributory", "years": 35}],
                      "annual_points": [{"year": 1990, "points": "20"}]})
    p = r["points"]
    assert p["survivor_pct"] == pct
    assert Decimal(p["pension_points"]) == (Decimal(p["total"]) * Decimal(pct) / 100).quantize(
        Decimal("0.00001"))

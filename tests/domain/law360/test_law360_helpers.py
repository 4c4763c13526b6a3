"""Part-time conversion (CJP Arad guidance), night work (annex 15), death aid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desk_app.domain.law360.errors import MissingReferenceValue
from desk_app.domain.law360.helpers import (
    death_aid_amount,
    night_work_average_pct,
    part_time_conversion,
)


def test_arad_example_8_hour_day():
    # "3 : 8 = 37,5% … 21 zile lucrate * 37,5% = 7,87 zile … 0,87 * 8 ore = 6,96 - prin
    # rotunjire 7 ore … stagiul de cotizare: 7 zile si 7 ore"
    r = part_time_conversion(21, 3, 8)
    assert r.share_pct == Decimal("37.5")
    assert r.equivalent_days == Decimal("7.87")
    assert r.fraction_hours == Decimal("6.96")
    assert (r.days, r.hours) == (7, 7)
    assert r.ro() == "7 zile și 7 ore"


def test_arad_example_7_hour_day():
    # "3 : 7 = 43% … 21 * 43% = 9,03 zile … 0,03 * 7 ore = 0,21 - prin rotunjire 0 ore …
    # stagiul de cotizare: 9 zile"
    r = part_time_conversion(21, 3, 7)
    assert r.share_pct == Decimal("43")
    assert r.equivalent_days == Decimal("9.03")
    assert r.fraction_hours == Decimal("0.21")
    assert (r.days, r.hours) == (9, 0)
    assert r.ro() == "9 zile"


def test_arad_example_6_hour_day():
    # "3 : 6 = 50% … 21 * 50% = 10,5 zile … 0,50 * 6 ore = 3 ore … 10 zile si 3 ore"
    r = part_time_conversion(21, 3, 6)
    assert r.share_pct == Decimal("50")
    assert r.equivalent_days == Decimal("10.50")
    assert r.fraction_hours == Decimal("3.00")
    assert (r.days, r.hours) == (10, 3)


def test_part_time_rejects_more_hours_than_the_normal_day():
    with pytest.raises(ValueError, match="programul normal"):
        part_time_conversion(21, 9, 8)


def test_night_work_average_annex_15():
    # Column 4 = column 3 × 31,51 %, two decimals: 25 % → 7,8775 → 7,88 %.
    assert night_work_average_pct(25) == Decimal("7.88")
    assert night_work_average_pct("15") == Decimal("4.73")  # 4,7265
    assert night_work_average_pct(Decimal("100")) == Decimal("31.51")


def test_death_aid_in_force_at_the_date_of_death(tables):
    # death_aid.csv: 8 620 / 4 310 lei from 13.02.2025 (Legea 10/2025, read).
    aid = death_aid_amount(tables, dt.date(2025, 3, 1))
    assert aid.amount_lei == Decimal("8620") and aid.status == "read"
    assert death_aid_amount(tables, dt.date(2025, 3, 1), family_member=True).amount_lei == \
        Decimal("4310")
    # The day before: still 7 567 lei (Legea 422/2023, secondary).
    before = death_aid_amount(tables, dt.date(2025, 2, 12))
    assert before.amount_lei == Decimal("7567") and before.status == "secondary"


def test_death_aid_inferred_amount_is_flagged(tables):
    aid = death_aid_amount(tables, dt.date(2020, 6, 1))
    assert aid.amount_lei == Decimal("5429")
    assert aid.status == "inferred"
    assert death_aid_amount(tables, dt.date(2022, 6, 1)).status == "inferred"


def test_death_aid_before_any_data_is_reported_missing(tables):
    with pytest.raises(MissingReferenceValue, match=r"ajutorului de deces .* 01\.01\.2010"):
        death_aid_amount(tables, dt.date(2010, 1, 1))

"""Law as data: an admin completes a value the law leaves open, the calculator
uses it, and the change is audited; a clerk cannot."""

from __future__ import annotations

import pytest

from desk_app.domain.annexes import get_spec
from desk_app.services import auth, office, reference_values
from desk_app.services.calculation import calculate_json, latest_calculation, save_calculation
from desk_app.services.maintenance import verify_audit
from desk_app.services.requests import register
from desk_app.services.store import open_store

PASSWORD = "Parola123"

# A career with an income in 1995: the shipped average salary for 1995 is
# marked missing (the law leaves it to the statistics institute).
CASE_1995 = {"sex": "M", "birth_date": "1960-03-10", "request_date": "2025-03-20",
             "pension": "old_age",
             "periods": [{"kind": "contributory", "start": "1995-01-01", "end": "1995-12-31"}],
             "monthly_gross": [{"month": f"1995-{m:02d}", "amount": "500000"}
                               for m in range(1, 13)]}


@pytest.fixture
def store_and_users(tmp_path):
    store = open_store(tmp_path / "ref.sqlite3")
    office.initialise(store, county_code="IS", office_code="CTP-IS",
                      office_name="Casa Teritorială de Pensii Iași", address="",
                      admin_username="admin", admin_full_name="Admin", admin_password=PASSWORD)
    admin = auth.login(store, "admin", PASSWORD)
    auth.create_user(store, admin, username="clerk", full_name="Clerk", role="clerk",
                     password=PASSWORD)
    return store, admin, auth.login(store, "clerk", PASSWORD)


def test_missing_average_salary_is_named_then_completed_by_an_admin(store_and_users):
    store, admin, _clerk = store_and_users
    before = calculate_json(CASE_1995, store)
    assert any("1995" in str(m) for m in before["missing_values"])
    rows = reference_values.table_rows(store, "average_salary.csv")
    row_1995 = next(r for r in rows if r["year"] == "1995")
    assert row_1995["status"] == "missing"
    reference_values.add_value(store, admin, "average_salary.csv",
                               {"year": "1995", "gross_lei": "250000"},
                               "INS, comunicat 1996 (exemplu)")
    after = calculate_json(CASE_1995, store)
    assert not any("1995" in str(m) for m in after["missing_values"])
    # 12 months × 500000 / 250000 = 24 monthly points → 2.00000 annual points.
    assert after["points"]["by_year"]["1995"] == "2.00000"
    assert next(r for r in reference_values.table_rows(store, "average_salary.csv")
                if r["year"] == "1995")["status"] == "override"
    assert verify_audit(store).ok


def test_clerk_cannot_change_the_law_and_bad_values_are_refused(store_and_users):
    store, admin, clerk = store_and_users
    with pytest.raises(auth.PermissionDenied):
        reference_values.add_value(store, clerk, "vpr.csv",
                                   {"indicator": "reference_point_value",
                                    "effective_from": "2027-01-01", "value_lei": "90"},
                                   "Legea bugetului 2027")
    with pytest.raises(reference_values.ReferenceValueError, match="sursa"):
        reference_values.add_value(store, admin, "average_salary.csv",
                                   {"year": "1996", "gross_lei": "1"}, "")
    with pytest.raises(reference_values.ReferenceValueError, match="cheia"):
        reference_values.add_value(store, admin, "average_salary.csv",
                                   {"gross_lei": "1"}, "INS 1997")


def test_calculation_is_saved_with_the_request(store_and_users):
    store, _admin, clerk = store_and_users
    info = register(store, clerk, "03", dict(get_spec("03").sample))
    case = {"sex": "F", "birth_date": "1963-07-15", "request_date": "2026-11-25",
            "pension": "old_age", "periods": [{"kind": "contributory", "years": 35}]}
    result = calculate_json(case, store)
    save_calculation(store, clerk, info.id, case, result)
    saved = latest_calculation(store, info.id)
    assert saved is not None
    assert saved["case"] == case
    assert saved["result"]["points"]["total"] == result["points"]["total"]
    assert saved["created_by"] == "clerk"

"""`desk-app calc --db` uses the values an admin entered in that store."""

from __future__ import annotations

import json

from desk_app.cli.main import main
from desk_app.services import auth, office, reference_values
from desk_app.services.store import open_store


def test_calc_uses_the_stores_reference_values(tmp_path, capsys):
    db = tmp_path / "calc.sqlite3"
    store = open_store(db)
    office.initialise(store, county_code="CJ", office_code="CTP-CJ", office_name="CTP Cluj",
                      address="", admin_username="admin", admin_full_name="Admin",
                      admin_password="Parola123")
    admin = auth.login(store, "admin", "Parola123")
    case = tmp_path / "case.json"
    case.write_text(json.dumps({
        "sex": "M", "birth_date": "1960-03-10", "request_date": "2025-03-20",
        "periods": [{"kind": "contributory", "start": "1995-01-01", "end": "1995-12-31"}],
        "monthly_gross": [{"month": f"1995-{m:02d}", "amount": "500000"} for m in range(1, 13)],
    }), encoding="utf-8")
    assert main(["calc", "--input", str(case)]) == 0
    shipped = json.loads(capsys.readouterr().out)
    assert any("1995" in str(m) for m in shipped["missing_values"])
    reference_values.add_value(store, admin, "average_salary.csv",
                               {"year": "1995", "gross_lei": "250000"}, "INS (exemplu de test)")
    assert main(["calc", "--input", str(case), "--db", str(db)]) == 0
    with_store = json.loads(capsys.readouterr().out)
    assert with_store["missing_values"] == []
    assert with_store["points"]["by_year"]["1995"] == "2.00000"

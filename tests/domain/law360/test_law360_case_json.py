"""JSON input checks: one clear Romanian line per mistake."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.cnp import make_cnp
from desk_app.domain.law360.case import PensionType
from desk_app.domain.law360.case_json import CaseInputError, case_from_json

BASE = {"sex": "F", "birth_date": "1966-11-01", "request_date": "2024-10-15"}


def test_both_date_formats_and_cnp():
    a = case_from_json({**BASE, "birth_date": "01.11.1966"})
    assert a.birth_date == dt.date(1966, 11, 1)
    cnp = make_cnp("M", dt.date(1961, 4, 9))
    b = case_from_json({"cnp": cnp, "request_date": "2025-01-01"})
    assert (b.sex, b.birth_date) == ("M", dt.date(1961, 4, 9))
    assert b.pension is PensionType.OLD_AGE


@pytest.mark.parametrize(("patch", "message"), [
    ({"sex": "X"}, "„sex”"),
    ({"birth_date": "31.02.1966"}, "„birth_date”: dată nevalidă"),
    ({"pension": "pensie"}, "„pension”: valoare necunoscută"),
    ({"pension": "invalidity"}, "„invalidity_grade”"),
    ({"pension": "invalidity", "invalidity_grade": 4}, "între 1 și 3"),
    ({"periods": [{"kind": "contributory"}]}, "fie „start” și „end”"),
    ({"periods": [{"kind": "job", "years": 1}]}, "„periods[0].kind”"),
    ({"periods": [{"kind": "university", "condition": "special", "years": 1}]},
     "doar pentru stagiul contributiv"),
    ({"periods": [{"start": "2001-01-02", "end": "2001-01-01"}]}, "se termină"),
    ({"monthly_gross": [{"month": "2024-13", "amount": "100"}]}, "AAAA-LL"),
    ({"annual_points": [{"year": 2020, "points": "abc"}]}, "număr"),
    ({"cnp": "1234567890123"}, "CNP"),
])
def test_bad_input_gives_one_romanian_line(patch, message):
    with pytest.raises(CaseInputError) as err:
        case_from_json({**BASE, **patch})
    text = str(err.value)
    assert message in text
    assert "\n" not in text


def test_not_an_object():
    with pytest.raises(CaseInputError, match="obiect JSON"):
        case_from_json([1, 2])


CASES = [
    {**BASE, "pension": "early", "children_raised": 2,
     "periods": [{"kind": "contributory", "years": 34, "months": 11, "days": 10},
                 {"kind": "university", "years": 4}],
     "monthly_gross": [{"month": "2025-01", "amount": "9000"}],
     "annual_points": [{"year": 2000, "points": "1.5"}]},
    {"sex": "M", "birth_date": "1960-02-01", "request_date": "2025-03-03",
     "periods": [{"kind": "contributory", "years": 30},
                 {"kind": "contributory", "condition": "group_I", "years": 6},
                 {"kind": "military", "start": "1979-01-01", "end": "1980-03-31"},
                 {"kind": "contributory", "start": "1979-06-01", "end": "1979-12-31"}],
     "monthly_gross": [{"month": "1995-05", "amount": "300000"}]},
    {"sex": "F", "birth_date": "1980-05-10", "request_date": "2024-10-01",
     "pension": "invalidity", "invalidity_grade": 2,
     "periods": [{"kind": "contributory", "years": 10}]},
]


@pytest.mark.parametrize("obj", CASES)
def test_every_explanation_line_cites_its_legal_basis_with_comma_below(tables, obj):
    from desk_app.domain.law360.calculator import calculate
    from desk_app.domain.law360.case_json import result_to_json

    lines = result_to_json(calculate(case_from_json(obj), tables))["explanation"]
    assert lines
    for line in lines:
        assert any(mark in line for mark in ("art. ", "anexa", "Tabelul", "tabelul")), line
        assert not set(line) & {"ş", "ţ", "Ş", "Ţ"}, line

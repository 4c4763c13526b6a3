"""`desk-app deadline`: due dates worked out by hand around holidays."""

from __future__ import annotations

import json

import pytest

from desk_app.cli.main import main


@pytest.mark.parametrize(("kind", "start", "due"), [
    # Thursday 24.12.2026; 25–26.12 Christmas, 27 Sunday: working days 28, 29, 30;
    # the last day is not counted → Thursday 31.12.2026.
    ("death_aid", "24.12.2026", "2026-12-31"),
    # Wednesday 28.04.2027: 29 (1), Friday 30.04 Good Friday, 1.05 Labour Day,
    # 2–3.05 Easter → Tuesday 4.05 (2), Wednesday 5.05 (3), next working day 6.05.
    ("death_aid", "28.04.2027", "2027-05-06"),
    # 45 zile libere from 16.10.2026: day 46 is 01.12.2026 (national day) → 02.12.
    ("pension", "16.10.2026", "2026-12-02"),
    # 10 zile libere from 19.01.2027: day 11 is 30.01 (Saturday) → Monday 01.02.2027.
    ("communication", "2027-01-19", "2027-02-01"),
])
def test_due_dates(capsys, kind, start, due):
    assert main(["deadline", "--kind", kind, "--from", start]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["due"] == due
    assert out["article"]


def test_bad_date_is_one_romanian_line(capsys):
    assert main(["deadline", "--kind", "pension", "--from", "31.02.2026"]) == 2
    err = capsys.readouterr().err
    assert "nu este validă" in err and "Traceback" not in err

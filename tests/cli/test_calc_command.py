"""The ``calc`` command: JSON out, one-line Romanian errors with exit code 2."""

from __future__ import annotations

import argparse
import json

import pytest

from desk_app.cli import calc_command


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="desk-app")
    sub = parser.add_subparsers(dest="command")
    calc_command.add_parser(sub)
    return parser.parse_args(argv)


CASE = {"sex": "F", "birth_date": "01.11.1966", "request_date": "15.10.2024",
        "pension": "early", "periods": [
            {"kind": "contributory", "years": 34, "months": 11, "days": 10},
            {"kind": "university", "years": 4}],
        "annual_points": [{"year": 2000, "points": "25"}]}


def test_calc_prints_the_result_and_writes_the_sheet(tmp_path, capsys):
    src = tmp_path / "case.json"
    src.write_text(json.dumps(CASE), "utf-8")
    pdf = tmp_path / "fisa.pdf"
    code = calc_command.run(_parse(["calc", "--input", str(src), "--pdf", str(pdf),
                                    "--db", "ignored.sqlite3"]))
    out = capsys.readouterr()
    assert code == 0
    result = json.loads(out.out)
    assert result["early"]["anticipation_months"] == 60
    assert result["early"]["diminution_pct"] == "12.00"
    assert result["amount_lei"] is not None
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "nu este JSON valid (linia 1)"),
    (json.dumps({**CASE, "request_date": "mâine"}), "„request_date”: dată nevalidă"),
    (json.dumps({**CASE, "sex": "F", "birth_date": "01.01.1930"}), "Anexa nr. 5 nu are"),
])
def test_bad_input_exit_2_one_line_no_traceback(tmp_path, capsys, content, message):
    src = tmp_path / "case.json"
    src.write_text(content, "utf-8")
    code = calc_command.run(_parse(["calc", "--input", str(src)]))
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_file(capsys, tmp_path):
    code = calc_command.run(_parse(["calc", "--input", str(tmp_path / "nu.json")]))
    assert code == 2
    assert "nu există" in capsys.readouterr().err


def test_missing_reference_value_is_warned_on_stderr(tmp_path, capsys):
    src = tmp_path / "case.json"
    src.write_text(json.dumps({**CASE, "pension": "old_age", "annual_points": [],
                               "monthly_gross": [{"month": "1995-01", "amount": "1"}]}), "utf-8")
    code = calc_command.run(_parse(["calc", "--input", str(src)]))
    out = capsys.readouterr()
    assert code == 0
    assert "Lipsește câștigul salarial mediu brut pentru anul 1995" in out.err
    assert json.loads(out.out)["points"] is None

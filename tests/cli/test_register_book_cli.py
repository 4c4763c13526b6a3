"""``desk-app register-book``: one JSON line with the row count, the file in the
format of its suffix, both date spellings; one Romanian line and exit 1 on
any error.

Runs through ``desk_app.cli.main.main`` once the command is wired there, else
through a parser built from ``register_book_command.add_parser`` the same way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk_app.cli import register_book_command
from desk_app.domain.annexes import get_spec
from desk_app.services import requests

D = dt.date


def _wired() -> bool:
    from desk_app.cli.main import build_parser

    parser = build_parser()
    return any(isinstance(action, argparse._SubParsersAction)
               and "register-book" in action.choices for action in parser._actions)


def cli(argv: list[str]) -> int:
    if _wired():
        from desk_app.cli.main import main

        return main(argv)
    parser = argparse.ArgumentParser(prog="desk-app")
    parser.add_argument("--db")
    register_book_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture
def db(store, clerk) -> str:  # type: ignore[no-untyped-def]
    sample = dict(get_spec("03").sample)
    for day in (D(2026, 3, 2), D(2026, 3, 2), D(2026, 4, 1)):
        requests.register(store, clerk, "03", sample, today=day)
    return str(store.path)


def test_pdf_for_a_month_with_romanian_dates(db, tmp_path, capsys):
    out = tmp_path / "martie.pdf"
    assert cli(["register-book", "--from", "01.03.2026", "--to", "31.03.2026",
                "--out", str(out), "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == {"rows": 2, "out": str(out)}
    text = PdfReader(out).pages[0].extract_text()
    assert "Perioada: 01.03.2026 – 31.03.2026" in text


def test_xlsx_and_csv_for_a_year_with_iso_dates(db, tmp_path, capsys):
    xlsx, csv_path = tmp_path / "an.xlsx", tmp_path / "an.csv"
    for out in (xlsx, csv_path):
        assert cli(["register-book", "--db", db, "--from", "2026-01-01", "--to", "2026-12-31",
                    "--out", str(out)]) == 0
        assert json.loads(capsys.readouterr().out)["rows"] == 3
    assert load_workbook(xlsx)["Registru"].max_row == 4
    assert len(csv_path.read_text("utf-8-sig").splitlines()) == 4


@pytest.mark.parametrize(("argv", "message"), [
    (["--from", "31.02.2026", "--to", "2026-03-31", "--out", "r.pdf"],
     "Data de început '31.02.2026' nu este validă"),
    (["--from", "2026-03-31", "--to", "2026-03-01", "--out", "r.pdf"],
     "Perioada nu este validă: 31.03.2026 este după 01.03.2026."),
    (["--from", "2026-03-01", "--to", "2026-03-31", "--out", "r.docx"],
     "registrul se poate salva ca .pdf, .xlsx sau .csv"),
])
def test_bad_input_is_one_romanian_line_and_exit_1(db, tmp_path, capsys, argv, message):
    argv = [a.replace("r.", str(tmp_path / "r.")) if a.startswith("r.") else a for a in argv]
    assert cli(["register-book", "--db", db, *argv]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err
    assert "Traceback" not in captured.err
    assert not list(tmp_path.glob("r.*"))


def test_a_missing_database_is_reported_not_created(tmp_path, capsys):
    missing = tmp_path / "nu-exista.sqlite3"
    assert cli(["register-book", "--db", str(missing), "--from", "2026-01-01",
                "--to", "2026-01-31", "--out", str(tmp_path / "r.csv")]) == 1
    assert f"Baza de date {missing} nu există." in capsys.readouterr().err
    assert not missing.exists()

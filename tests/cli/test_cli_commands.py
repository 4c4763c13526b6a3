"""The command line as a script or an IT admin uses it: JSON out, one Romanian
line and a non-zero exit on bad input, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desk_app.cli.main import main

ENV = {"DESK_APP_ADMIN_PASSWORD": "Parola123", "DESK_APP_PASSWORD": "Parola123"}


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    path = tmp_path / "cli.sqlite3"
    assert main(["--db", str(path), "init", "--county", "CJ", "--office-code", "CTP-CJ",
                 "--office-name", "Casa Teritorială de Pensii Cluj", "--admin", "admin"]) == 0
    capsys.readouterr()
    return str(path)


def test_register_sample_prints_number_date_deadline(db, capsys):
    assert main(["register", "03", "--sample", "--user", "admin", "--db", db]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["registration_no"] == 1 and out["id"] and out["deadline"] > \
        out["registration_date"]
    assert main(["search", "stefania", "--db", db]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [out["id"]]


@pytest.mark.parametrize(("content", "expected"), [
    ("{not json", "nu este JSON valid"),
    ('{"applicant.nume": "x"}', "Câmpuri necunoscute"),
    ('{"applicant.cnp": "1630615123458"}', "nu este completă"),
    ("[1, 2]", "obiect JSON"),
])
def test_bad_input_files(db, tmp_path, capsys, content, expected):
    data = tmp_path / "in.json"
    data.write_text(content, encoding="utf-8")
    assert main(["register", "03", "--input", str(data), "--user", "admin", "--db", db]) == 2
    err = capsys.readouterr().err
    assert expected in err and len(err.strip().splitlines()) == 1


def test_wrong_password_and_unknown_annex(db, capsys, monkeypatch):
    assert main(["register", "99", "--sample", "--user", "admin", "--db", db]) == 2
    assert "Model necunoscut" in capsys.readouterr().err
    monkeypatch.setenv("DESK_APP_PASSWORD", "Gresit123")
    assert main(["register", "03", "--sample", "--user", "admin", "--db", db]) == 2
    assert "parolă greșită" in capsys.readouterr().err


def test_real_process_has_no_traceback(db, tmp_path):
    env = {**os.environ, **ENV}
    bad = tmp_path / "bad.json"
    bad.write_text('{"applicant.cnp": "abc"}', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "desk_app.cli.main", "--db", db, "register",
                          "03", "--input", str(bad), "--user", "admin"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and run.stderr.startswith("desk-app: ")
    printed = subprocess.run([sys.executable, "-m", "desk_app.cli.main", "print", "03",
                              "--blank", "--out", str(tmp_path / "blank.pdf")],
                             capture_output=True, text=True, env=env, timeout=60)
    assert printed.returncode == 0 and (tmp_path / "blank.pdf").read_bytes()[:5] == b"%PDF-"


def test_selftest_reports_every_check(db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    code = main(["selftest", "--db", db])
    checks = {c["check"]: c for c in map(json.loads, capsys.readouterr().out.splitlines())}
    assert set(checks) == {"fonts", "migrations", "write_access", "keyring"}
    assert checks["fonts"]["ok"] and checks["migrations"]["ok"] and checks["write_access"]["ok"]
    assert code == (0 if checks["keyring"]["ok"] else 1)

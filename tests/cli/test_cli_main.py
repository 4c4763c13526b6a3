"""``desk-app`` as a script or an IT admin uses it: JSON on stdout; bad input
ends with one Romanian line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desk_app.cli.main import main
from desk_app.domain.annexes import get_spec

PASSWORD = "Parola123"
SAMPLE = dict(get_spec("03").sample)


@pytest.fixture
def cli_db(tmp_path, monkeypatch, capsys) -> str:
    """A store made by ``desk-app init`` itself."""
    monkeypatch.setenv("DESK_APP_ADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("DESK_APP_PASSWORD", PASSWORD)
    path = tmp_path / "cli.sqlite3"
    code = main(["init", "--db", str(path), "--county", "CJ", "--office-code", "CJ1",
                 "--office-name", "Casa Teritorială de Pensii Cluj", "--admin", "admin"])
    out = capsys.readouterr().out
    assert code == 0
    assert json.loads(out) == {"office": "Casa Teritorială de Pensii Cluj", "county": "CJ",
                               "office_code": "CJ1", "admin": "admin", "db": str(path)}
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_romanian_line(err: str) -> None:
    assert "Traceback" not in err
    assert err.startswith("desk-app: ")
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Background on this error" not in err and "sqlalche.me" not in err


def write_json(tmp_path, data, name: str = "cerere.json") -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False),
                    encoding="utf-8")
    return str(path)


def test_register_sample_prints_id_number_date_and_deadline(cli_db, capsys):
    code, out, err = run(capsys, "register", "03", "--sample", "--user", "admin", "--db", cli_db)
    assert code == 0 and err == ""
    printed = json.loads(out)
    assert set(printed) == {"id", "registration_no", "registration_date", "deadline", "status"}
    assert printed["registration_no"] == 1 and printed["status"] == "registered"
    assert len(printed["id"]) == 36
    # The deadline is 45 "zile libere" later, on a working day.
    import datetime as dt

    from desk_app.domain.deadlines import free_days_deadline, is_working_day

    registered = dt.date.fromisoformat(printed["registration_date"])
    deadline = dt.date.fromisoformat(printed["deadline"])
    assert registered == dt.date.today()
    assert is_working_day(deadline)
    assert (deadline - registered).days >= 46
    assert deadline == free_days_deadline(registered, 45)


def test_register_from_a_json_file_then_search_prints_json_lines(cli_db, capsys, tmp_path):
    source = write_json(tmp_path, {**SAMPLE, "applicant.surname": "Țăranu"})
    assert run(capsys, "register", "03", "--input", source, "--user", "admin",
               "--db", cli_db)[0] == 0
    assert run(capsys, "register", "03", "--sample", "--user", "admin", "--person", "update",
               "--db", cli_db)[0] == 0
    code, out, err = run(capsys, "search", "--db", cli_db, SAMPLE["applicant.cnp"])
    assert code == 0 and err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["registration_no"] for line in lines] == [2, 1]
    assert lines[1]["applicant_name"] == "Țăranu Maria-Ștefania"
    assert lines[0]["type"] == "Pensie pentru limită de vârstă"
    code, out, _ = run(capsys, "search", "--db", cli_db, "taranu")
    assert [json.loads(line)["registration_no"] for line in out.splitlines()] == [1]
    code, out, _ = run(capsys, "search", "--db", cli_db, "nimeni")
    assert code == 0 and out == ""


def test_draft_from_the_command_line_takes_no_number(cli_db, capsys, tmp_path):
    source = write_json(tmp_path, {"applicant.surname": "Ionescu", "applicant.cnp": "12"})
    code, out, _ = run(capsys, "register", "03", "--input", source, "--draft", "--user",
                       "admin", "--db", cli_db)
    assert code == 0
    assert json.loads(out)["registration_no"] is None
    assert json.loads(out)["status"] == "draft"


@pytest.mark.parametrize(("content", "expected"), [
    ("{\"applicant.surname\": ", "nu este JSON valid (linia 1)"),
    ("[1, 2]", "Datele cererii sunt un obiect JSON"),
    ({**SAMPLE, "applicant.porecla": "Nea Gică"},
     "Câmpuri necunoscute pentru anexa 03: applicant.porecla."),
    ({**SAMPLE, "applicant.cnp": "2630715120319"},
     "Cererea nu este completă: CNP (applicant.cnp): CNP invalid: cifra de control nu "
     "corespunde."),
    ({**SAMPLE, "applicant.surname": ""},
     "Cererea nu este completă: Nume (applicant.surname): Câmp obligatoriu."),
])
def test_bad_input_files(cli_db, capsys, tmp_path, content, expected):
    source = write_json(tmp_path, content)
    code, out, err = run(capsys, "register", "03", "--input", source, "--user", "admin",
                         "--db", cli_db)
    assert code == 2 and out == ""
    assert expected in err
    assert_one_romanian_line(err)
    assert run(capsys, "search", "--db", cli_db, "popescu")[1] == ""  # nothing registered


def test_missing_and_non_utf8_files(cli_db, capsys, tmp_path):
    code, _, err = run(capsys, "register", "03", "--input", str(tmp_path / "lipsa.json"),
                       "--user", "admin", "--db", cli_db)
    assert code == 2 and f"Fișierul {tmp_path / 'lipsa.json'} nu există." in err
    assert_one_romanian_line(err)
    latin2 = tmp_path / "latin2.json"
    latin2.write_bytes('{"applicant.surname": "Ţăranu"}'.encode("iso-8859-2"))
    code, _, err = run(capsys, "register", "03", "--input", str(latin2), "--user", "admin",
                       "--db", cli_db)
    assert code == 2 and "nu este text UTF-8" in err
    assert_one_romanian_line(err)


def test_unknown_annex(cli_db, capsys):
    code, out, err = run(capsys, "register", "99", "--sample", "--user", "admin",
                         "--db", cli_db)
    assert code == 2 and out == ""
    assert err.startswith("desk-app: Model necunoscut: '99'. Modele: 03, ")
    assert_one_romanian_line(err)


def test_wrong_password(cli_db, capsys, monkeypatch):
    monkeypatch.setenv("DESK_APP_PASSWORD", "Gresit123")
    code, out, err = run(capsys, "register", "03", "--sample", "--user", "admin",
                         "--db", cli_db)
    assert code == 2 and out == ""
    assert err == "desk-app: Utilizator sau parolă greșită. Mai aveți 4 încercări.\n"


def test_missing_password_is_asked_for_by_name(cli_db, capsys, monkeypatch):
    monkeypatch.delenv("DESK_APP_PASSWORD")
    code, _, err = run(capsys, "register", "03", "--sample", "--user", "admin", "--db", cli_db)
    assert code == 2
    assert err == ("desk-app: Parola lipsește: setați variabila de mediu "
                   "DESK_APP_PASSWORD.\n")


def test_init_twice_is_refused(cli_db, capsys):
    code, _, err = run(capsys, "init", "--db", cli_db, "--county", "CJ", "--office-code", "CJ1",
                       "--office-name", "Alta", "--admin", "admin2")
    assert code == 2 and err == "desk-app: Baza de date este deja configurată.\n"


def test_audit_verify(cli_db, capsys):
    run(capsys, "register", "03", "--sample", "--user", "admin", "--db", cli_db)
    code, out, _ = run(capsys, "audit", "verify", "--db", cli_db)
    result = json.loads(out)
    assert code == 0
    assert result["ok"] is True and result["first_bad_id"] is None
    # office, admin created, admin login, registration
    assert result["entries"] == 4
    assert result["message"] == "Jurnalul de audit este intact (4 intrări)."


def test_audit_verify_reports_a_tampered_entry(cli_db, capsys):
    import sqlite3

    run(capsys, "register", "03", "--sample", "--user", "admin", "--db", cli_db)
    raw = sqlite3.connect(cli_db)
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET username = 'intrus' WHERE id = 2")
    raw.commit()
    raw.close()
    code, out, _ = run(capsys, "audit", "verify", "--db", cli_db)
    assert code == 1
    assert json.loads(out)["first_bad_id"] == 2
    assert json.loads(out)["message"] == "Intrarea 2 a fost modificată după scriere."


def test_a_file_that_is_not_a_store(capsys, tmp_path):
    junk = tmp_path / "notite.db"
    junk.write_text("nu este o bază de date, doar text\n" * 20)
    before = junk.read_bytes()
    code, out, err = run(capsys, "search", "--db", str(junk), "popescu")
    assert code == 1 and out == ""
    assert_one_romanian_line(err)
    # Nothing was backed up, so nothing was restored: the message must not say so.
    assert "restaurat" not in err
    assert junk.read_bytes() == before


def test_selftest_with_a_test_keyring(cli_db, capsys):
    code, out, _ = run(capsys, "selftest", "--db", cli_db)
    checks = {c["check"]: c for c in map(json.loads, out.splitlines())}
    assert set(checks) == {"fonts", "migrations", "write_access", "keyring"}
    assert checks["keyring"]["ok"] is True
    assert checks["keyring"]["message"].startswith("Keyring disponibil: keyrings.alt.file.")
    assert checks["migrations"]["ok"] is True
    assert checks["write_access"]["ok"] is True
    assert code == (0 if all(c["ok"] for c in checks.values()) else 1)


def test_a_real_process_answers_bad_input_without_a_traceback(cli_db, tmp_path, app_env):
    source = write_json(tmp_path, {**SAMPLE, "applicant.cnp": "2630715120319"})
    app_env["DESK_APP_PASSWORD"] = PASSWORD
    done = subprocess.run([sys.executable, "-m", "desk_app.cli.main", "register", "03",
                           "--input", source, "--user", "admin", "--db", cli_db],
                          capture_output=True, text=True, env=app_env, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == ("desk-app: Cererea nu este completă: CNP (applicant.cnp): CNP "
                           "invalid: cifra de control nu corespunde.\n")

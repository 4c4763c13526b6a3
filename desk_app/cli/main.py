"""``desk-app``: the GUI when called alone, and commands for scripting and checks.

Every command accepts ``--db PATH`` (default: the embedded store in the user
data folder). Bad input ends with a one-line Romanian message on stderr and a
non-zero exit code — never a traceback (``--debug`` shows it for IT staff).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1


class CliError(Exception):
    """A message for the user; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def _db_path(args: argparse.Namespace) -> Path:
    from desk_app.paths import default_database_path

    return Path(args.db) if args.db else default_database_path()


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desk_app.services.store import open_store

    return open_store(_db_path(args))


def _password(env_var: str, prompt: str) -> str:
    value = os.environ.get(env_var)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise CliError(f"Parola lipsește: setați variabila de mediu {env_var}.")


def _login(store, username: str):  # type: ignore[no-untyped-def]
    from desk_app.services.auth import login

    return login(store, username, _password("DESK_APP_PASSWORD",
                                            f"Parola pentru {username}: "))


def _read_input(args: argparse.Namespace, spec) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    from desk_app.domain.annexes.validation import unknown_keys

    if getattr(args, "sample", False):
        return dict(spec.sample)
    if not args.input:
        raise CliError("Indicați datele cererii: --input FIȘIER.json sau --sample.")
    try:
        text = sys.stdin.read() if args.input == "-" else Path(args.input).read_text("utf-8")
        data = json.loads(text)
    except FileNotFoundError as exc:
        raise CliError(f"Fișierul {args.input} nu există.") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"Fișierul {args.input} nu este text UTF-8.") from exc
    except json.JSONDecodeError as exc:
        raise CliError(f"Fișierul {args.input} nu este JSON valid (linia {exc.lineno}).") from exc
    if not isinstance(data, dict):
        raise CliError("Datele cererii sunt un obiect JSON {\"câmp\": valoare, …}.")
    unknown = unknown_keys(spec, data)
    if unknown:
        raise CliError(f"Câmpuri necunoscute pentru anexa {spec.annex_id}: "
                       f"{', '.join(unknown[:5])}. Vedeți docs/cli.md.")
    return data


def _write_out(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise CliError(f"Nu se poate scrie {path}: {exc.strerror}.", EXIT_FAILURE) from exc


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


# --- commands -----------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")):
        raise CliError("Nu există un ecran grafic (DISPLAY). Porniți aplicația dintr-o sesiune "
                       "grafică sau folosiți comenzile în linie (desk-app --help).",
                       EXIT_FAILURE)
    from desk_app.gui.app import run

    return run(_db_path(args))


def cmd_init(args: argparse.Namespace) -> int:
    from desk_app.services.office import initialise

    store = _open(args)
    password = _password("DESK_APP_ADMIN_PASSWORD", f"Parola pentru {args.admin}: ")
    office = initialise(store, county_code=args.county, office_code=args.office_code,
                        office_name=args.office_name, address=args.office_address or "",
                        admin_username=args.admin, admin_full_name=args.admin_name or args.admin,
                        admin_password=password)
    _print_json({"office": office.name, "county": office.county_code,
                 "office_code": office.office_code, "admin": args.admin,
                 "db": str(store.path)})
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from desk_app.domain.annexes import get_spec
    from desk_app.services import requests

    spec = get_spec(args.annex)
    payload = _read_input(args, spec)
    store = _open(args)
    user = _login(store, args.user)
    if args.draft:
        info = requests.save_draft(store, user, spec.annex_id, payload)
    else:
        update = {"update": True, "keep": False, "ask": None}[args.person]
        info = requests.register(store, user, spec.annex_id, payload, update_person=update)
    _print_json({"id": info.id, "registration_no": info.registration_no,
                 "registration_date": info.registration_date, "deadline": info.deadline,
                 "status": info.status})
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from desk_app.services import printing

    if args.request:
        data = printing.request_pdf(_open(args), args.request, duplicate=args.duplicate)
    elif args.blank:
        data = printing.blank_pdf(args.annex)
    else:
        from desk_app.domain.annexes import get_spec

        spec = get_spec(args.annex)
        data = printing.preview_pdf(None, spec.annex_id, _read_input(args, spec))
    _write_out(args.out, data)
    _print_json({"out": args.out, "bytes": len(data)})
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from desk_app.services import printing

    data = printing.receipt_pdf(_open(args), args.request)
    _write_out(args.out, data)
    _print_json({"out": args.out, "bytes": len(data)})
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from desk_app.services.queries import search

    for row in search(_open(args), args.text, limit=args.limit):
        _print_json({"id": row.id, "annex_id": row.annex_id, "type": row.request_type,
                     "registration_no": row.registration_no,
                     "registration_date": row.registration_date,
                     "applicant_name": row.applicant_name, "applicant_cnp": row.applicant_cnp,
                     "status": row.status, "deadline": row.deadline})
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from desk_app.services.requests import change_status

    store = _open(args)
    info = change_status(store, _login(store, args.user), args.request, args.status,
                         args.note or "")
    _print_json({"id": info.id, "status": info.status})
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from desk_app.services.maintenance import verify_audit

    result = verify_audit(_open(args))
    _print_json({"ok": result.ok, "entries": result.entries, "first_bad_id": result.first_bad_id,
                 "message": result.message})
    return 0 if result.ok else EXIT_FAILURE


def cmd_selftest(args: argparse.Namespace) -> int:
    from desk_app.services.maintenance import selftest

    checks = selftest(_db_path(args))
    for check in checks:
        _print_json({"check": check.name, "ok": check.ok, "message": check.message})
    return 0 if all(c.ok for c in checks) else EXIT_FAILURE


def cmd_deadline(args: argparse.Namespace) -> int:
    from desk_app.domain.deadline_kinds import TERM_KINDS
    from desk_app.domain.values import parse_date

    start = parse_date(args.start)
    if start is None:
        raise CliError(f"Data {args.start!r} nu este validă (zz.ll.aaaa sau aaaa-ll-zz).")
    kind = TERM_KINDS[args.kind]
    due = kind.due(start)
    _print_json({"kind": kind.name, "from": start, "due": due, "days": kind.days,
                 "working_days": kind.working_days, "article": kind.article,
                 "label": kind.label})
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from desk_app.services.auth import create_user

    store = _open(args)
    actor = _login(store, args.user)
    create_user(store, actor, username=args.username, full_name=args.full_name, role=args.role,
                password=_password("DESK_APP_NEW_PASSWORD", f"Parola pentru {args.username}: "))
    _print_json({"created": args.username, "role": args.role})
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk-app",
                                     description="Aplicația de ghișeu a casei de pensii.")
    parser.add_argument("--db", help="fișierul bazei de date (implicit: cel din dosarul "
                        "utilizatorului)")
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str):  # type: ignore[no-untyped-def]
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--db", default=argparse.SUPPRESS, help="fișierul bazei de date")
        command.set_defaults(func=func)
        return command

    init = add("init", cmd_init, "configurează casa de pensii și primul administrator")
    init.add_argument("--county", required=True, help="indicativul județului (CJ, B, …)")
    init.add_argument("--office-code", required=True)
    init.add_argument("--office-name", required=True)
    init.add_argument("--office-address", default="")
    init.add_argument("--admin", required=True, help="numele de utilizator al administratorului")
    init.add_argument("--admin-name", help="numele complet al administratorului")

    register = add("register", cmd_register, "înregistrează o cerere")
    register.add_argument("annex", help='modelul: "03", "12a", "cont", …')
    source = register.add_mutually_exclusive_group()
    source.add_argument("--input", help="fișier JSON cu datele cererii (- pentru stdin)")
    source.add_argument("--sample", action="store_true", help="exemplul complet al modelului")
    register.add_argument("--user", required=True)
    register.add_argument("--draft", action="store_true", help="salvează ca ciornă")
    register.add_argument("--person", choices=("ask", "update", "keep"), default="ask",
                          help="dacă datele persoanei diferă de cele din evidență")

    print_cmd = add("print", cmd_print, "tipărește o cerere în PDF")
    print_cmd.add_argument("annex", nargs="?", default="03")
    print_source = print_cmd.add_mutually_exclusive_group()
    print_source.add_argument("--input")
    print_source.add_argument("--sample", action="store_true")
    print_source.add_argument("--blank", action="store_true", help="formular necompletat")
    print_source.add_argument("--request", help="id-ul unei cereri înregistrate")
    print_cmd.add_argument("--duplicate", action="store_true", help="marcat DUPLICAT")
    print_cmd.add_argument("--out", required=True)

    receipt = add("receipt", cmd_receipt, "tipărește dovada de înregistrare")
    receipt.add_argument("--request", required=True)
    receipt.add_argument("--out", required=True)

    search = add("search", cmd_search, "caută după CNP, nume sau număr (linii JSON)")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=200)

    status = add("status", cmd_status, "preia în lucru sau anulează o cerere (soluționarea "
                 "se face cu `decide`)")
    status.add_argument("request")
    status.add_argument("status", choices=("in_progress", "voided"))
    status.add_argument("--user", required=True)
    status.add_argument("--note", default="")

    audit_cmd = add("audit", cmd_audit, "verifică jurnalul de audit")
    audit_cmd.add_argument("action", choices=("verify",))

    deadline = add("deadline", cmd_deadline, "calculează un termen legal")
    deadline.add_argument("--kind", required=True, choices=(
        "pension", "pension_extended", "recalculation", "death_aid", "communication", "contest",
        "filing"))
    deadline.add_argument("--from", dest="start", required=True, help="data de început")

    add("selftest", cmd_selftest, "verifică fonturile, migrațiile, scrierea și keyring-ul")

    user = add("user-add", cmd_user_add, "creează un cont (doar administratorii)")
    user.add_argument("--user", required=True, help="administratorul care creează contul")
    user.add_argument("--username", required=True)
    user.add_argument("--full-name", required=True)
    user.add_argument("--role", required=True,
                      choices=("clerk", "activation_officer", "supervisor", "admin"))

    try:
        from desk_app.cli import calc_command
    except ImportError:  # the calculator is optional until it is installed
        calc_command = None  # type: ignore[assignment]
    if calc_command is not None:
        calc_command.add_parser(sub)
    from desk_app.cli import decide_command, register_book_command, sync_commands

    decide_command.add_parser(sub)
    register_book_command.add_parser(sub)
    sync_commands.add_parsers(sub)
    return parser


def _message(exc: BaseException) -> tuple[str, int]:
    """The one line a user sees for an error raised by a command."""
    from desk_app.domain.annexes import UnknownAnnex
    from desk_app.services.auth import AuthError
    from desk_app.services.office import SetupError
    from desk_app.services.persons import PersonDiffers
    from desk_app.services.requests import RequestError, ValidationFailed
    from desk_app.services.store import StoreError

    if isinstance(exc, CliError):
        return str(exc), exc.code
    if isinstance(exc, ValidationFailed):
        return f"Cererea nu este completă: {exc}", EXIT_BAD_INPUT
    if isinstance(exc, PersonDiffers):
        return f"{exc} Folosiți --person update sau --person keep.", EXIT_BAD_INPUT
    if isinstance(exc, UnknownAnnex):
        return str(exc), EXIT_BAD_INPUT
    if isinstance(exc, (AuthError, SetupError, RequestError)):
        return str(exc), EXIT_BAD_INPUT
    if isinstance(exc, StoreError):
        return str(exc), EXIT_FAILURE
    if isinstance(exc, KeyboardInterrupt):
        return "Întrerupt.", 130
    return f"Eroare neașteptată: {exc.__class__.__name__}: {exc}", EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        return int(args.func(args) or 0)
    except BaseException as exc:
        if isinstance(exc, SystemExit):
            raise
        if args.debug:
            raise
        message, code = _message(exc)
        print(f"desk-app: {message}", file=sys.stderr)
        return code


if __name__ == "__main__":
    # Run through the package module so that error classes are the same objects
    # the sub-command modules import (``python -m desk_app.cli.main``).
    from desk_app.cli.main import main as package_main

    sys.exit(package_main())

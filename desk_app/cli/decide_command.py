"""``desk-app decide``: issue, communicate and print decisions from scripts.

    desk-app decide REQUEST_ID --admit [--amount LEI] [--grant-date DATE] --user U --out d.pdf
    desk-app decide REQUEST_ID --reject --reason CODE|TEXT [--details TEXT] --user U --out d.pdf
    desk-app decide --batch [--date DATE] --user U --out semnat.pdf
    desk-app decide --reprint DECISION_ID --user U --out duplicat.pdf
    desk-app decide --communicate DECISION_ID --how counter|post|electronic [--ref NR] --user U

JSON on stdout; a Romanian line on stderr and exit code 2 for bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desk_app.cli.main import EXIT_BAD_INPUT, CliError, _login, _open, _print_json, _write_out


def _date(text: str | None) -> dt.date | None:
    from desk_app.domain.values import parse_date

    if not text:
        return None
    value = parse_date(text)
    if value is None:
        raise CliError(f"Data „{text}” nu este validă (zz.ll.aaaa sau aaaa-ll-zz).",
                       EXIT_BAD_INPUT)
    return value


def _reason_code(kind: str, reason: str) -> tuple[str, str]:
    """``--reason`` takes a code from the list or, as free text, means "other"."""
    from desk_app.domain.decisions.reasons import reasons_for

    codes = {r.code for r in reasons_for(kind)}
    return (reason, "") if reason in codes else ("other", reason)


def _describe(info: Any) -> dict[str, Any]:
    return {"id": info.id, "number": info.number, "year": info.year,
            "issued_on": info.issued_on, "kind": info.kind, "outcome": info.outcome,
            "template_version": info.template_version, "grant_date": info.grant_date,
            "amount_lei": info.amount_lei, "reason_code": info.reason_code,
            "request_id": info.request_id, "communicated_on": info.communicated_on}


def run(args: argparse.Namespace) -> int:
    from desk_app.services import decisions

    store = _open(args)
    user = _login(store, args.user)
    try:
        if args.batch:
            count, data = decisions.batch_for_signing(store, user,
                                                      _date(args.date) or dt.date.today())
            _need_out(args)
            _write_out(args.out, data)
            _print_json({"decisions": count, "out": args.out, "bytes": len(data)})
            return 0
        if args.reprint:
            data = decisions.pdf(store, user, [args.reprint], duplicate=True)
            _need_out(args)
            _write_out(args.out, data)
            _print_json({"decision": args.reprint, "duplicate": True, "out": args.out})
            return 0
        if args.communicate:
            info = decisions.communicate(store, user, args.communicate, args.how or "",
                                         _date(args.on) or dt.date.today(), args.ref or "")
            _print_json(_describe(info))
            return 0
        return _issue(args, store, user)
    except decisions.DecisionError as exc:
        raise CliError(str(exc), EXIT_BAD_INPUT) from exc


def _need_out(args: argparse.Namespace) -> None:
    if not args.out:
        raise CliError("Lipsește --out (fișierul PDF).", EXIT_BAD_INPUT)


def _issue(args: argparse.Namespace, store: Any, user: Any) -> int:
    from desk_app.services import decisions, queries

    if not args.request:
        raise CliError("Dați id-ul cererii (sau --batch / --reprint / --communicate).",
                       EXIT_BAD_INPUT)
    if args.admit == args.reject:
        raise CliError("Alegeți --admit sau --reject.", EXIT_BAD_INPUT)
    if args.reject and not (args.reason or "").strip():
        raise CliError("Respingerea cere un motiv: --reason COD sau --reason „text”.",
                       EXIT_BAD_INPUT)
    kind = decisions.kind_of_request(queries.detail(store, args.request).summary.annex_id)
    code, free = _reason_code(kind.key if kind else "", args.reason or "")
    details = " ".join(t for t in (free, args.details or "") if t)
    info = decisions.issue(store, user, args.request, "admit" if args.admit else "reject",
                           reason_code=code if args.reject else "", reason_text=details,
                           amount_lei=args.amount, grant_date=_date(args.grant_date),
                           issued_on=_date(args.date))
    out = _describe(info)
    if args.out:
        data = decisions.pdf(store, user, [info.id])
        _write_out(args.out, data)
        out.update(out=args.out, bytes=len(data))
    _print_json(out)
    return 0


def add_parser(sub: Any) -> None:
    cmd = sub.add_parser("decide", help="emite, comunică sau tipărește decizii")
    cmd.add_argument("--db", default=argparse.SUPPRESS, help="fișierul bazei de date")
    cmd.add_argument("request", nargs="?", help="id-ul cererii")
    outcome = cmd.add_mutually_exclusive_group()
    outcome.add_argument("--admit", action="store_true", help="admitere / aprobare")
    outcome.add_argument("--reject", action="store_true", help="respingere")
    cmd.add_argument("--reason", help="codul motivului din listă sau textul motivului")
    cmd.add_argument("--details", help="motivarea în fapt")
    cmd.add_argument("--amount", help="cuantumul (pensie de urmaș, sume neîncasate)")
    cmd.add_argument("--grant-date", help="data acordării, dacă diferă de cea din calcul")
    cmd.add_argument("--date", help="data deciziei (implicit azi); cu --batch: ziua")
    cmd.add_argument("--batch", action="store_true",
                     help="toate deciziile de semnat din ziua dată, într-un PDF")
    cmd.add_argument("--reprint", metavar="DECISION_ID", help="reimprimă marcat DUPLICAT")
    cmd.add_argument("--communicate", metavar="DECISION_ID", help="înregistrează comunicarea")
    cmd.add_argument("--how", choices=("counter", "post", "electronic"))
    cmd.add_argument("--on", help="data comunicării (implicit azi)")
    cmd.add_argument("--ref", help="nr. scrisorii recomandate")
    cmd.add_argument("--user", required=True)
    cmd.add_argument("--out", help="fișierul PDF")
    cmd.set_defaults(func=run)

"""Client commands of the county synchronisation: ``desk-app enroll`` and
``desk-app sync`` (JSON on stdout, one Romanian line on error)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desk_app.cli.main import EXIT_FAILURE, CliError


class SyncCliError(CliError):
    """A sync failure shown as one Romanian line."""


def _store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from desk_app.paths import default_database_path
    from desk_app.services.store import open_store

    db = getattr(args, "db", None)
    return open_store(Path(db) if db else default_database_path())


def _run(fn: Any) -> Any:
    from desk_app.infra.secrets import SecretsUnavailable
    from desk_app.infra.sync_client import SyncError
    from desk_app.services.office import SetupError
    from desk_app.services.sync import SyncSetupError

    try:
        return fn()
    except (SyncError, SyncSetupError, SecretsUnavailable, SetupError) as exc:
        raise SyncCliError(str(exc), EXIT_FAILURE) from exc


def cmd_enroll(args: argparse.Namespace) -> int:
    from desk_app.services import sync

    store = _store(args)
    try:
        result = _run(lambda: sync.enrol(store, args.server, args.code, ca_file=args.ca_file,
                                         block_size=args.block_size))
    finally:
        store.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from desk_app.services import sync

    store = _store(args)
    try:
        report = _run(lambda: sync.sync_now(store, batch_size=args.batch_size))
    finally:
        store.close()
    print(json.dumps(report.as_dict(), ensure_ascii=False))
    for warning in report.warnings:
        print(f"desk-app: {warning}", file=sys.stderr)
    return 0


def add_parsers(subparsers: Any) -> None:
    """Add ``enroll`` and ``sync`` to ``desk-app``'s sub-commands."""
    enroll = subparsers.add_parser("enroll", help="înrolează stația la serverul județean")
    enroll.add_argument("--db", default=argparse.SUPPRESS, help="fișierul bazei de date")
    enroll.add_argument("--server", required=True, help="adresa serverului (https://…)")
    enroll.add_argument("--code", required=True, help="codul de înrolare de la administrator")
    enroll.add_argument("--ca-file", default="", help="certificatul CA al serverului (PEM)")
    enroll.add_argument("--block-size", type=int, default=1000,
                        help="câte numere de înregistrare se rezervă o dată")
    enroll.set_defaults(func=cmd_enroll)

    sync_cmd = subparsers.add_parser("sync", help="sincronizează acum cu serverul județean")
    sync_cmd.add_argument("--db", default=argparse.SUPPRESS, help="fișierul bazei de date")
    sync_cmd.add_argument("--batch-size", type=int, default=500,
                          help="modificări pe lot (implicit 500)")
    sync_cmd.set_defaults(func=cmd_sync)

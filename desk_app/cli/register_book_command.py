"""``desk-app register-book --from DATE --to DATE --out book.pdf|.xlsx|.csv``:
the registry book of a period written to a file (format by suffix).

Prints one JSON line ``{"rows": N, "out": path}``. Dates are accepted as
YYYY-MM-DD or DD.MM.YYYY. Any error ends with one Romanian line on stderr and
exit code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_ERROR = 1


class _Failure(Exception):
    pass


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``register-book`` command on an argparse sub-parser collection."""
    parser = subparsers.add_parser(
        "register-book", help="registrul de intrare al unei perioade în PDF, XLSX sau CSV",
        description="Scrie registrul de intrare (cererile înregistrate în perioadă, în "
                    "ordinea numerelor, cu decizia) ca PDF, XLSX sau CSV, după extensia "
                    "fișierului.")
    parser.add_argument("--from", dest="start", required=True, metavar="DATA",
                        help="prima zi (aaaa-ll-zz sau zz.ll.aaaa)")
    parser.add_argument("--to", dest="end", required=True, metavar="DATA",
                        help="ultima zi (aaaa-ll-zz sau zz.ll.aaaa)")
    parser.add_argument("--out", required=True, metavar="FIȘIER",
                        help="registru.pdf, registru.xlsx sau registru.csv")
    parser.add_argument("--db", default=argparse.SUPPRESS, metavar="CALE",
                        help="fișierul bazei de date")
    parser.set_defaults(func=run)
    return parser


def _date(text: str, what: str) -> dt.date:
    from desk_app.domain.values import parse_date

    value = parse_date(text.strip())
    if value is None:
        raise _Failure(f"Data {what} {text!r} nu este validă (aaaa-ll-zz sau zz.ll.aaaa).")
    return value


def _store(db: str | None):  # type: ignore[no-untyped-def]
    from desk_app.paths import default_database_path
    from desk_app.services.store import open_store

    path = Path(db) if db else default_database_path()
    if not path.exists():
        raise _Failure(f"Baza de date {path} nu există.")
    return open_store(path)


def run(args: argparse.Namespace) -> int:
    """Write the book; returns the exit code."""
    from desk_app.services.register_export import check_format, export_book
    from desk_app.services.store import StoreError

    store = None
    try:
        start = _date(args.start, "de început")
        end = _date(args.end, "de sfârșit")
        check_format(args.out)  # before opening the store: a typo costs nothing
        store = _store(getattr(args, "db", None))
        rows = export_book(store, start, end, args.out)
    except (_Failure, ValueError, StoreError) as exc:
        print(f"desk-app: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"desk-app: Nu se poate scrie {args.out}: {exc.strerror or exc}.", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if store is not None:
            store.close()
    print(json.dumps({"rows": rows, "out": str(args.out)}, ensure_ascii=False))
    return EXIT_OK

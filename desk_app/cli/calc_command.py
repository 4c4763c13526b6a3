"""``desk-app calc --input case.json [--pdf sheet.pdf]``: the Law 360/2023 calculator.

Prints the result as JSON (decimals as strings). Bad input ends with a
one-line Romanian message on stderr and exit code 2, never a traceback. A
figure of the law missing from the reference data is reported in
``missing_values`` (and on stderr); the rest of the result is still printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_BAD_INPUT = 2


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the ``calc`` command on an argparse sub-parser collection."""
    parser = subparsers.add_parser(
        "calc", help="calculează pensia după Legea nr. 360/2023 (JSON → JSON)",
        description="Calculatorul Legii nr. 360/2023: vârstă standard, reduceri, stagii, "
                    "puncte, pensie anticipată. Schema datelor: docs/calculator.md.")
    parser.add_argument("--input", required=True, metavar="FIȘIER.json",
                        help="datele cazului (JSON); „-” citește de la intrarea standard")
    parser.add_argument("--pdf", metavar="FIȘA.pdf", help="scrie și fișa de calcul în PDF")
    parser.add_argument("--name", default="", help="numele persoanei, pentru fișa PDF")
    parser.add_argument("--office", default="", help="denumirea casei de pensii, pentru fișă")
    parser.add_argument("--db", metavar="CALE",
                        help="baza de date (ignorată deocamdată: se folosesc valorile "
                             "de referință livrate)")
    parser.set_defaults(func=run)
    return parser


class _BadInput(Exception):
    pass


def _read(path: str) -> Any:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
    except FileNotFoundError:
        raise _BadInput(f"Fișierul {path} nu există.") from None
    except UnicodeDecodeError:
        raise _BadInput(f"Fișierul {path} nu este text UTF-8.") from None
    except OSError as exc:
        raise _BadInput(f"Fișierul {path} nu poate fi citit ({exc.strerror}).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _BadInput(f"Fișierul {path} nu este JSON valid (linia {exc.lineno}).") from None


def _tables(args: argparse.Namespace, shipped):  # type: ignore[no-untyped-def]
    """With ``--db`` the values an admin entered in that store apply too."""
    db = getattr(args, "db", None)
    if not db or not Path(db).exists():
        return shipped()
    from desk_app.services.reference_values import tables_for
    from desk_app.services.store import open_store

    return tables_for(open_store(db))


def run(args: argparse.Namespace) -> int:
    """Run one calculation; returns the exit code."""
    from desk_app.domain.law360.calculator import calculate
    from desk_app.domain.law360.case_json import CaseInputError, case_from_json, result_to_json
    from desk_app.domain.law360.errors import CalculationError
    from desk_app.domain.law360.reference import ReferenceDataError
    from desk_app.services.law_reference import load_reference_tables

    try:
        case = case_from_json(_read(args.input))
        result = result_to_json(calculate(case, _tables(args, load_reference_tables)))
    except (_BadInput, CaseInputError, CalculationError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except ReferenceDataError as exc:
        print(f"Datele de referință nu pot fi folosite: {exc}", file=sys.stderr)
        return 1
    pdf_path = getattr(args, "pdf", None)
    if pdf_path:
        from desk_app.printing.calc_sheet import render_calculation_sheet

        data = render_calculation_sheet(result, person_name=getattr(args, "name", "") or "",
                                        office_name=getattr(args, "office", "") or "")
        try:
            Path(pdf_path).write_bytes(data)
        except OSError as exc:
            print(f"Fișa nu poate fi scrisă în {pdf_path} ({exc.strerror}).", file=sys.stderr)
            return 1
    for message in result["missing_values"]:
        print(f"Atenție: {message}", file=sys.stderr)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK

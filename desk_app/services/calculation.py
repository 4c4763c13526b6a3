"""Calculator use cases: compute a case, start a case from a registered pension
request, print the calculation sheet.

The engine is pure (``desk_app.domain.law360``); the law's figures come from
``db/reference/law360`` through :func:`load_reference_tables`.
"""

from __future__ import annotations

from typing import Any

from desk_app.domain.cnp import CnpError, parse_cnp
from desk_app.domain.law360.calculator import calculate
from desk_app.domain.law360.case_json import CaseInputError, case_from_json, result_to_json
from desk_app.services.law_reference import load_reference_tables
from desk_app.services.queries import detail
from desk_app.services.store import Store

# Which registered requests the calculator can start from, and as what pension.
PENSION_OF_ANNEX: dict[str, str] = {"03": "old_age", "04": "early", "06": "invalidity",
                                    "16": "old_age"}

__all__ = ["PENSION_OF_ANNEX", "CaseInputError", "calculate_json", "case_from_request",
           "sheet_pdf"]


def calculate_json(case: dict[str, Any]) -> dict[str, Any]:
    """The result JSON for a case JSON; raises :class:`CaseInputError` (Romanian)."""
    return result_to_json(calculate(case_from_json(case), load_reference_tables()))


def case_from_request(store: Store, request_id: str) -> dict[str, Any]:
    """A case prefilled from a registered request of annexes 3, 4, 6 or 16."""
    item = detail(store, request_id)
    annex_id = item.summary.annex_id
    if annex_id not in PENSION_OF_ANNEX:
        raise CaseInputError("Calculul se face pentru cererile de pensie (anexele 3, 4, 6, 16).")
    payload = item.payload
    case: dict[str, Any] = {"pension": PENSION_OF_ANNEX[annex_id], "periods": []}
    cnp = str(payload.get("applicant.cnp") or item.summary.applicant_cnp)
    try:
        info = parse_cnp(cnp)
        case.update(cnp=info.cnp, sex=info.sex, birth_date=info.birth_date.isoformat())
    except CnpError:
        pass
    if item.summary.registration_date:
        case["request_date"] = item.summary.registration_date.isoformat()
    children = payload.get("children_certificates")
    if isinstance(children, list) and case.get("sex") == "F" and \
            payload.get("decl.raised_children") == "am":
        case["children_raised"] = len(children)
    return case


def sheet_pdf(result: dict[str, Any], *, person_name: str = "", office_name: str = "") -> bytes:
    from desk_app.printing.calc_sheet import render_calculation_sheet

    return render_calculation_sheet(result, person_name=person_name, office_name=office_name)

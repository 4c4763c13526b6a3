"""Calculator use cases: compute a case, start a case from a registered pension
request, print the calculation sheet.

The engine is pure (``desk_app.domain.law360``); the law's figures come from
``db/reference/law360`` through :func:`load_reference_tables`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from desk_app.domain.cnp import CnpError, parse_cnp
from desk_app.domain.law360.calculator import calculate
from desk_app.domain.law360.case_json import CaseInputError, case_from_json, result_to_json
from desk_app.domain.pension_kinds import PENSION_OF_ANNEX
from desk_app.domain.roles import Permission
from desk_app.persistence import audit
from desk_app.persistence.models import Calculation, Request
from desk_app.services.auth import CurrentUser, require
from desk_app.services.law_reference import load_reference_tables
from desk_app.services.queries import detail
from desk_app.services.reference_values import tables_for
from desk_app.services.store import Store

__all__ = ["PENSION_OF_ANNEX", "CaseInputError", "calculate_json", "case_from_request",
           "latest_calculation", "save_calculation", "sheet_pdf"]


def calculate_json(case: dict[str, Any], store: Store | None = None) -> dict[str, Any]:
    """The result JSON for a case JSON; raises :class:`CaseInputError` (Romanian).

    With a store, the values an admin entered there supersede the shipped ones.
    """
    tables = tables_for(store) if store is not None else load_reference_tables()
    return result_to_json(calculate(case_from_json(case), tables))


def save_calculation(store: Store, user: CurrentUser, request_id: str, case: dict[str, Any],
                     result: dict[str, Any]) -> None:
    """Keep inputs, outputs and reference values used with the request (audited)."""
    require(user, Permission.REGISTER)
    with store.write() as session:
        row = session.execute(select(Request).where(Request.id == request_id)).scalar_one_or_none()
        if row is None or row.annex_id not in PENSION_OF_ANNEX:
            raise CaseInputError("Calculul se salvează doar la o cerere de pensie înregistrată.")
        session.add(Calculation(request_row_id=row.row_id, created_at=dt.datetime.now(),
                                created_by=user.username,
                                case_json=json.dumps(case, ensure_ascii=False, default=str),
                                result_json=json.dumps(result, ensure_ascii=False, default=str)))
        audit.append(session, username=user.username, action="calculation_saved",
                     entity="request", entity_id=request_id,
                     details={"amount_lei": result.get("amount_lei"),
                              "total_points": (result.get("points") or {}).get("total")})


def latest_calculation(store: Store, request_id: str) -> dict[str, Any] | None:
    """{"case", "result", "created_at", "created_by"} of the newest saved calculation."""
    with store.read() as session:
        row = session.execute(
            select(Calculation).join(Request, Request.row_id == Calculation.request_row_id)
            .where(Request.id == request_id).order_by(Calculation.id.desc()).limit(1)
        ).scalar_one_or_none()
        if row is None:
            return None
        return {"case": json.loads(row.case_json), "result": json.loads(row.result_json),
                "created_at": row.created_at, "created_by": row.created_by}


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

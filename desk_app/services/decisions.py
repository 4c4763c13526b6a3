"""Issuing, printing and communicating decisions.

A request is finished only by a decision of the county office (art. 93 (1)
of Law 360/2023): admission or rejection of a pension request or a
recalculation, approval or refusal of a death aid or of unpaid amounts. The
decision gets its own number in the office's series for the year, the template
version in force, the figures of the calculation stored with the request, and
the filled text; the request moves to "soluționată", and to "comunicată" when
the communication is recorded (art. 93 (6): at the counter, by registered post
or electronically). All in one transaction with the audit and outbox entries.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.annexes import get_spec
from desk_app.domain.decisions.document import (
    AnnexTable,
    DecisionDocument,
    build_document,
    calculation_annex,
    motivation_lines,
)
from desk_app.domain.decisions.kinds import OUTCOME_LABELS, DecisionKind, Outcome, kind_for_benefit
from desk_app.domain.decisions.reasons import reason as find_reason
from desk_app.domain.law360.errors import MissingReferenceValue
from desk_app.domain.law360.helpers import death_aid_amount
from desk_app.domain.roles import Permission
from desk_app.domain.statuses import Status, label
from desk_app.domain.values import format_date, parse_date
from desk_app.persistence import audit, decision_numbering, outbox
from desk_app.persistence import settings as settings_repo
from desk_app.persistence.decision_models import Decision
from desk_app.persistence.models import Calculation, Office, Request, StatusChange
from desk_app.services import decision_templates, sync_state
from desk_app.services.auth import CurrentUser, require
from desk_app.services.errors import FieldError
from desk_app.services.reference_values import tables_for
from desk_app.services.requests import outbox_request
from desk_app.services.store import Store

COMMUNICATION_WAYS: dict[str, str] = {
    "counter": "înmânată personal, la sediul casei teritoriale de pensii, sub semnătură",
    "post": "prin scrisoare recomandată cu confirmare de primire",
    "electronic": "în format electronic",
}
SIGNER_SETTINGS: dict[str, str] = {
    "Director executiv": "decision.signer.director",
    "Șef serviciu": "decision.signer.head",
    "Verificat": "decision.signer.checker",
}
COMMUNICATION_TERM_DAYS = 10  # art. 93 (6) of the law


class DecisionError(FieldError):
    """A decision cannot be issued, printed or communicated as asked."""


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    number: int
    year: int
    issued_on: dt.date
    kind: str
    outcome: str
    template_version: int
    grant_date: dt.date | None
    amount_lei: str
    reason_code: str
    reason_text: str
    request_id: str
    request_no: int | None
    request_date: dt.date | None
    applicant_name: str
    print_count: int
    communicated_how: str
    communicated_on: dt.date | None
    communicated_ref: str

    @property
    def number_line(self) -> str:
        return f"Nr. {self.number} din {format_date(self.issued_on)}"

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[Outcome(self.outcome)]

    @property
    def communication_due(self) -> dt.date:
        return self.issued_on + dt.timedelta(days=COMMUNICATION_TERM_DAYS)


def _info(decision: Decision, request: Request) -> DecisionInfo:
    return DecisionInfo(
        decision.uuid, decision.number, decision.year, decision.issued_on, decision.kind,
        decision.outcome, decision.template_version, decision.grant_date, decision.amount_lei,
        decision.reason_code, decision.reason_text, request.id, request.registration_no,
        request.registration_date, request.applicant_name, decision.print_count,
        decision.communicated_how, decision.communicated_on, decision.communicated_ref)


# --- what the decision says ----------------------------------------------------


def kind_of_request(annex_id: str) -> DecisionKind | None:
    """The decision a request of this annex ends with (None: no decision here)."""
    return kind_for_benefit(get_spec(annex_id).benefit)


def _address(payload: Mapping[str, Any], prefix: str) -> str:
    def part(key: str, label: str = "") -> str:
        value = str(payload.get(f"{prefix}.{key}") or "").strip()
        return f"{label}{value}" if value else ""

    pieces = [part("locality"), part("street", "str. "), part("street_no", "nr. "),
              part("block", "bl. "), part("staircase", "sc. "), part("floor", "et. "),
              part("apartment", "ap. "), part("county", "județul ")]
    return ", ".join(p for p in pieces if p) or "……"


def _lei(amount: Decimal | str | None) -> str:
    if amount in (None, ""):
        return ""
    value = Decimal(str(amount))
    whole = int(value)
    text = f"{whole:,}".replace(",", ".")
    frac = value - whole
    return text if not frac else f"{text},{int(frac * 100):02d}"


def _placeholder_values(row: Request, payload: Mapping[str, Any], kind: DecisionKind, *,
                        number: int, issued_on: dt.date, office: Office,
                        grant_date: dt.date | None, amount: str,
                        result: Mapping[str, Any] | None, reason_label: str,
                        reason_article: str, reason_text: str) -> dict[str, str]:
    spec = get_spec(row.annex_id)
    prefix = spec.applicant_prefix
    company = str(payload.get("company.name") or "")
    points = (result or {}).get("points") or {}
    early = (result or {}).get("early") or {}
    cert = payload
    return {
        "office_name": office.name, "office_address": office.address,
        "decision_no": str(number), "decision_date": format_date(issued_on),
        "request_no": str(row.registration_no or ""),
        "request_date": format_date(row.registration_date),
        "request_title": spec.title,
        "applicant_name": row.applicant_name + (f" pentru {company}" if company else ""),
        "applicant_cnp": row.applicant_cnp,
        "applicant_address": _address(payload, prefix),
        "benefit": kind.benefit_label,
        "grant_date": format_date(grant_date) if grant_date else "",
        "amount_lei": _lei(amount),
        "total_points": str(points.get("total") or "").replace(".", ","),
        "reference_point_value": _lei(
            (result or {}).get("reference_point_value") or None),
        "early_diminution": str(early.get("diminution_pct") or "").replace(".", ","),
        "reason_label": reason_label, "reason_article": reason_article,
        "reason_text": reason_text,
        "deceased_name": " ".join(str(payload.get(k) or "") for k in
                                  ("deceased.surname", "deceased.given_names")).strip(),
        "deceased_cnp": str(payload.get("deceased.cnp") or ""),
        "death_certificate": (f"seria {cert.get('death_certificate.series', '')} "
                              f"nr. {cert.get('death_certificate.number', '')} din "
                              f"{cert.get('death_certificate.date', '')}"
                              if payload.get("death_certificate.number") else ""),
        "unpaid_period": _unpaid_period(payload),
        "pension_file": str(payload.get("claim.pension_file") or payload.get("pension_file")
                            or ""),
    }


def _unpaid_period(payload: Mapping[str, Any]) -> str:
    rows = payload.get("claim.periods") or []
    months = [f"{r.get('month')}.{r.get('year')}" for r in rows if isinstance(r, dict)]
    return ("lunile " + ", ".join(months)) if months else ""


def _signers(session: Session, user: CurrentUser) -> dict[str, str]:
    names = {label: settings_repo.get(session, key, "")
             for label, key in SIGNER_SETTINGS.items()}
    names["Întocmit"] = user.full_name
    return names


# --- issuing -------------------------------------------------------------------


def _latest_calculation(session: Session, row: Request) -> dict[str, Any] | None:
    calc = session.execute(select(Calculation).where(Calculation.request_row_id == row.row_id)
                           .order_by(Calculation.id.desc()).limit(1)).scalar_one_or_none()
    return None if calc is None else json.loads(calc.result_json)


def _amount(text: str | Decimal | None) -> Decimal | None:
    if text in (None, ""):
        return None
    raw = str(text).strip().replace(" ", "")
    if "," in raw:  # Romanian writing: 2.450,50
        raw = raw.replace(".", "").replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise DecisionError("Cuantumul nu este un număr (de ex. 2450 sau 2450,50).",
                            "amount") from None
    if value <= 0 or value >= Decimal("1000000"):
        raise DecisionError("Cuantumul trebuie să fie între 0 și 1.000.000 lei.", "amount")
    return value.quantize(Decimal("0.01"))


def _death_aid(store: Store, annex_id: str, payload: Mapping[str, Any]) -> Decimal:
    """Art. 111 (4) / 112 (4) and art. 116 (3): the level in force at the death
    (the date of death typed from the certificate, else the certificate's date)."""
    died = parse_date(str(payload.get("deceased.death_date") or "")) or \
        parse_date(str(payload.get("death_certificate.date") or ""))
    if died is None:
        raise DecisionError("Cererea nu are data certificatului de deces.", "amount")
    family = annex_id == "12b" or payload.get("deceased.quality") == "membru de familie"
    try:
        return death_aid_amount(tables_for(store), died, family).amount_lei
    except MissingReferenceValue as exc:
        raise DecisionError(str(exc), "amount") from None


def _check_reason(kind: DecisionKind, outcome: Outcome, reason_code: str,
                  reason_text: str) -> tuple[str, str]:
    if outcome is Outcome.ADMIT:
        return "", ""
    chosen = find_reason(kind.key, reason_code)
    if chosen is None:
        raise DecisionError("Alegeți motivul respingerii din listă.", "reason")
    if chosen.code == "other" and len(reason_text.strip()) < 10:
        raise DecisionError("Descrieți motivul respingerii (cel puțin 10 caractere).",
                            "reason_text")
    if len(reason_text) > 2000:
        raise DecisionError("Motivarea are cel mult 2000 de caractere.", "reason_text")
    return chosen.label, chosen.article


def _admission_figures(store: Store, session: Session, row: Request, kind: DecisionKind,
                       payload: Mapping[str, Any], amount: Decimal | None,
                       grant_date: dt.date | None) -> tuple[Decimal | None, dt.date | None,
                                                            dict[str, Any] | None]:
    result = _latest_calculation(session, row) if kind.pension else None
    if kind.calculation_required:
        if result is None:
            raise DecisionError("Calculați pensia și salvați calculul la cerere (Calculează → "
                                "Salvează la cerere) înainte de decizia de admitere.",
                                "calculation")
        if result.get("missing_values") or not result.get("amount_lei"):
            raise DecisionError("Calculul salvat nu are cuantumul (lipsesc valori de "
                                "referință); refaceți calculul.", "calculation")
        pension = str(result.get("pension") or "")
        verdict = (result.get("eligible") or {}).get(pension)
        if verdict is not None and not verdict.get("eligible"):
            raise DecisionError("Calculul salvat arată că nu sunt îndeplinite condițiile: "
                                f"{verdict.get('reason')} Emiteți o decizie de respingere "
                                "sau refaceți calculul.", "calculation")
        amount = Decimal(str(result["amount_lei"]))
        grant_date = grant_date or (dt.date.fromisoformat(result["grant_date"])
                                    if result.get("grant_date") else row.registration_date)
        if kind.key == "recalculation" and row.registration_date:
            # Art. 94 (9): recalculated rights are due from the month after the request.
            grant_date = row.registration_date.replace(day=1) + relativedelta(months=1)
    elif kind.key == "death_aid":
        amount = _death_aid(store, row.annex_id, payload)
    elif amount is None:
        raise DecisionError("Scrieți cuantumul acordat, în lei.", "amount")
    if kind.pension and grant_date is None:
        grant_date = row.registration_date
    return amount, grant_date, result


def issue(store: Store, user: CurrentUser, request_id: str, outcome: str, *,
          reason_code: str = "", reason_text: str = "", amount_lei: str | None = None,
          grant_date: dt.date | None = None, issued_on: dt.date | None = None) -> DecisionInfo:
    """Issue the decision on a registered request; raises :class:`DecisionError`."""
    require(user, Permission.ISSUE_DECISION)
    try:
        result_kind = Outcome(outcome)
    except ValueError:
        raise DecisionError("Decizia este de admitere sau de respingere.", "outcome") from None
    issued_on = issued_on or dt.date.today()
    amount = _amount(amount_lei)
    with store.read() as session:
        row = _load(session, request_id)
        annex_id, payload = row.annex_id, json.loads(row.payload)
    kind = kind_of_request(annex_id)
    if kind is None:
        raise DecisionError("Pentru acest tip de cerere casa de pensii nu emite decizie.")
    reason_label, reason_article = _check_reason(kind, result_kind, reason_code, reason_text)
    death_aid = _death_aid(store, annex_id, payload) \
        if result_kind is Outcome.ADMIT and kind.key == "death_aid" else None
    with store.write() as session:
        row = _load(session, request_id)
        if Status(row.status) not in (Status.REGISTERED, Status.IN_PROGRESS):
            raise DecisionError(f"Cererea este „{row_status_label(row)}”: nu se mai poate "
                                "emite o decizie.")
        if row.registration_date and issued_on < row.registration_date:
            raise DecisionError("Data deciziei nu poate fi înaintea înregistrării cererii.",
                                "issued_on")
        result = None
        if result_kind is Outcome.ADMIT:
            if death_aid is not None:
                amount = death_aid
            else:
                amount, grant_date, result = _admission_figures(
                    store, session, row, kind, payload, amount, grant_date)
        key = kind.template_key(result_kind)
        decision_templates.ensure_recorded(session, key, user.username)
        template = decision_templates.current_in(session, key)
        office = session.get(Office, row.office_id)
        assert office is not None
        number = _next_number(session, office, issued_on.year)
        values = _placeholder_values(
            row, payload, kind, number=number, issued_on=issued_on, office=office,
            grant_date=grant_date if result_kind is Outcome.ADMIT else None,
            amount=str(amount) if amount is not None and result_kind is Outcome.ADMIT else "",
            result=result, reason_label=reason_label, reason_article=reason_article,
            reason_text=reason_text.strip())
        annex: list[AnnexTable] = calculation_annex(result) if result else []
        document = build_document(
            template, values, office_name=office.name, office_address=office.address,
            motivation=motivation_lines(kind, result_kind, result=result,
                                        reason=find_reason(kind.key, reason_code),
                                        reason_text=reason_text,
                                        extra=_extra_grounds(kind, values)),
            calculation=annex, signer_names=_signers(session, user))
        now = dt.datetime.now()
        decision = Decision(
            uuid=str(uuid.uuid4()), request_row_id=row.row_id, office_id=office.id,
            year=issued_on.year, number=number, issued_on=issued_on, kind=kind.key,
            outcome=result_kind.value, template_version=template.version,
            grant_date=grant_date if result_kind is Outcome.ADMIT else None,
            amount_lei=str(amount) if amount is not None and result_kind is Outcome.ADMIT
            else "",
            reason_code=reason_code if result_kind is Outcome.REJECT else "",
            reason_text=reason_text.strip()[:2000] if result_kind is Outcome.REJECT else "",
            content_json=json.dumps(document.to_json(), ensure_ascii=False),
            created_by=user.username, created_at=now, print_count=0)
        session.add(decision)
        note = f"Decizia nr. {number} din {format_date(issued_on)}"
        if row.status == Status.REGISTERED:
            _move(session, row, Status.IN_PROGRESS, user, now, note)
        _move(session, row, Status.ADMITTED if result_kind is Outcome.ADMIT
              else Status.REJECTED, user, now, note)
        audit.append(session, username=user.username, action="decision_issued",
                     entity="request", entity_id=row.id,
                     details={"decision": decision.uuid, "number": number,
                              "year": issued_on.year, "outcome": result_kind.value,
                              "template": key, "template_version": template.version,
                              "amount_lei": decision.amount_lei,
                              "reason": decision.reason_code})
        session.flush()
        _outbox(session, decision, row)
        return _info(decision, row)


def _extra_grounds(kind: DecisionKind, values: Mapping[str, str]) -> list[str]:
    if kind.key == "death_aid":
        return [f"Cuantumul ajutorului de deces, {values['amount_lei']} lei, este cel în vigoare "
                "la data decesului (art. 111 alin. (4), art. 112 alin. (4) și art. 116 "
                "alin. (3) din Legea nr. 360/2023)."]
    if kind.pension and values.get("grant_date"):
        return [f"Drepturile se acordă de la {values['grant_date']}, potrivit art. 90 din "
                "Legea nr. 360/2023 (data îndeplinirii condițiilor, dacă cererea a fost "
                "depusă în 30 de zile, altfel data înregistrării cererii)."]
    return []


def _next_number(session: Session, office: Office, year: int) -> int:
    leased = bool(sync_state.get(session, sync_state.SERVER_URL)
                  and sync_state.get(session, sync_state.WORKSTATION_UUID))
    try:
        return decision_numbering.next_number(session, office.id, year, leased=leased)
    except decision_numbering.NoDecisionNumbers:
        raise DecisionError(f"Nu mai sunt numere de decizie rezervate de la serverul județean "
                            f"pentru {year}. Sincronizați (Sincronizează acum) pentru a primi "
                            "un bloc nou.") from None


def _move(session: Session, row: Request, target: Status, user: CurrentUser,
          now: dt.datetime, note: str) -> None:
    session.add(StatusChange(request_row_id=row.row_id, from_status=row.status,
                             to_status=target.value, changed_at=now, changed_by=user.username,
                             note=note[:500]))
    row.status = target.value
    row.version += 1
    row.updated_by, row.updated_at = user.username, now


def _outbox(session: Session, decision: Decision, row: Request) -> None:
    outbox.add(session, entity="decision", entity_id=decision.uuid, operation="upsert",
               payload={"id": decision.uuid, "request_id": row.id, "year": decision.year,
                        "number": decision.number, "issued_on": decision.issued_on.isoformat(),
                        "kind": decision.kind, "outcome": decision.outcome,
                        "template_version": decision.template_version,
                        "grant_date": decision.grant_date.isoformat()
                        if decision.grant_date else None,
                        "amount_lei": decision.amount_lei, "reason_code": decision.reason_code,
                        "reason_text": decision.reason_text,
                        "content": json.loads(decision.content_json),
                        "created_by": decision.created_by,
                        "created_at": decision.created_at.isoformat(),
                        "communicated_how": decision.communicated_how,
                        "communicated_on": decision.communicated_on.isoformat()
                        if decision.communicated_on else None,
                        "communicated_ref": decision.communicated_ref,
                        "communicated_by": decision.communicated_by})
    outbox_request(session, row, "upsert")


def _load(session: Session, request_id: str) -> Request:
    row = session.execute(select(Request).where(Request.id == request_id)).scalar_one_or_none()
    if row is None:
        raise DecisionError(f"Cererea {request_id} nu există.")
    return row


def row_status_label(row: Request) -> str:
    return label(row.status)


# --- communication ---------------------------------------------------------------


def communicate(store: Store, user: CurrentUser, decision_id: str, how: str, on: dt.date,
                reference: str = "") -> DecisionInfo:
    """Record how and when the decision reached the citizen (art. 93 (6))."""
    require(user, Permission.ISSUE_DECISION)
    if how not in COMMUNICATION_WAYS:
        raise DecisionError("Alegeți modul de comunicare.", "how")
    reference = reference.strip()
    if how == "post" and len(reference) < 3:
        raise DecisionError("Scrieți numărul scrisorii recomandate.", "reference")
    if on > dt.date.today():
        raise DecisionError("Data comunicării nu poate fi în viitor.", "on")
    with store.write() as session:
        decision, row = _decision(session, decision_id)
        if decision.communicated_on is not None:
            raise DecisionError(f"Decizia a fost deja comunicată la "
                                f"{format_date(decision.communicated_on)}.")
        if on < decision.issued_on:
            raise DecisionError("Data comunicării nu poate fi înaintea emiterii deciziei.",
                                "on")
        now = dt.datetime.now()
        decision.communicated_how, decision.communicated_on = how, on
        decision.communicated_ref, decision.communicated_by = reference[:100], user.username
        _move(session, row, Status.COMMUNICATED, user, now,
              f"Decizia nr. {decision.number} comunicată {COMMUNICATION_WAYS[how]}")
        audit.append(session, username=user.username, action="decision_communicated",
                     entity="request", entity_id=row.id,
                     details={"decision": decision.uuid, "how": how, "on": on.isoformat(),
                              "reference": reference[:100]})
        _outbox(session, decision, row)
        return _info(decision, row)


# --- reading and printing -------------------------------------------------------


def _decision(session: Session, decision_id: str) -> tuple[Decision, Request]:
    found = session.execute(select(Decision, Request)
                            .join(Request, Request.row_id == Decision.request_row_id)
                            .where(Decision.uuid == decision_id)).first()
    if found is None:
        raise DecisionError(f"Decizia {decision_id} nu există.")
    return found[0], found[1]


def get(store: Store, decision_id: str) -> DecisionInfo:
    with store.read() as session:
        return _info(*_decision(session, decision_id))


def of_request(store: Store, request_id: str) -> list[DecisionInfo]:
    with store.read() as session:
        rows = session.execute(select(Decision, Request)
                               .join(Request, Request.row_id == Decision.request_row_id)
                               .where(Request.id == request_id)
                               .order_by(Decision.id)).all()
        return [_info(d, r) for d, r in rows]


def issued_on_day(store: Store, day: dt.date, *, only_unsigned: bool = True
                  ) -> list[DecisionInfo]:
    """Decisions of a day in number order (by default those not yet communicated:
    the ones waiting to be signed)."""
    stmt = (select(Decision, Request).join(Request, Request.row_id == Decision.request_row_id)
            .where(Decision.issued_on == day).order_by(Decision.year, Decision.number))
    if only_unsigned:
        stmt = stmt.where(Decision.communicated_on.is_(None))
    with store.read() as session:
        return [_info(d, r) for d, r in session.execute(stmt).all()]


def document(store: Store, decision_id: str) -> DecisionDocument:
    with store.read() as session:
        decision, _ = _decision(session, decision_id)
        return DecisionDocument.from_json(json.loads(decision.content_json))


def pdf(store: Store, user: CurrentUser, decision_ids: list[str], *,
        duplicate: bool = False) -> bytes:
    """One PDF with the decisions, in the order given. An original is printed only
    while the decision is not communicated; afterwards only a DUPLICAT."""
    from desk_app.printing.decision_pdf import PrintedDecision, render_decisions

    require(user, Permission.ISSUE_DECISION)
    printed: list[PrintedDecision] = []
    with store.write() as session:
        for decision_id in decision_ids:
            decision, row = _decision(session, decision_id)
            if not duplicate and decision.communicated_on is not None:
                raise DecisionError(f"Decizia nr. {decision.number} a fost comunicată; se "
                                    "poate tipări doar ca DUPLICAT.")
            printed.append(PrintedDecision(
                document=DecisionDocument.from_json(json.loads(decision.content_json)),
                qr_data=f"DECIZIE {decision.year}/{decision.number} {decision.uuid}",
                duplicate=duplicate,
                communication=_communication_line(decision)))
            decision.print_count += 1
            audit.append(session, username=user.username, action="decision_printed",
                         entity="request", entity_id=row.id,
                         details={"decision": decision.uuid, "duplicate": duplicate})
    return render_decisions(printed)


def _communication_line(decision: Decision) -> str:
    if decision.communicated_on is None:
        return ""
    ref = f", nr. {decision.communicated_ref}" if decision.communicated_ref else ""
    return (f"Comunicată {COMMUNICATION_WAYS[decision.communicated_how]}{ref}, la data de "
            f"{format_date(decision.communicated_on)}.")


def batch_for_signing(store: Store, user: CurrentUser, day: dt.date) -> tuple[int, bytes]:
    """Every decision of the day still to be signed, in number order, in one PDF."""
    items = issued_on_day(store, day)
    if not items:
        raise DecisionError(f"Nu există decizii de semnat din {format_date(day)}.")
    return len(items), pdf(store, user, [d.id for d in items])


def signers(store: Store) -> dict[str, str]:
    with store.read() as session:
        return {label: settings_repo.get(session, key, "")
                for label, key in SIGNER_SETTINGS.items()}


def set_signers(store: Store, user: CurrentUser, names: Mapping[str, str]) -> None:
    """The names printed under "Director executiv", "Șef serviciu", "Verificat"."""
    require(user, Permission.EDIT_OFFICE)
    with store.write() as session:
        for label, name in names.items():
            if label not in SIGNER_SETTINGS:
                raise DecisionError(f"Funcție necunoscută: {label}.")
            settings_repo.put(session, SIGNER_SETTINGS[label], name.strip()[:120])
        audit.append(session, username=user.username, action="setting_changed",
                     entity="setting", entity_id="decision.signers",
                     details={k: v.strip()[:120] for k, v in names.items()})

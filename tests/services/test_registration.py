"""Registering at the counter: drafts, numbers and deadlines, the status flow,
voiding, continuing a paper register — as the clerk and the supervisor see it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from desk_app.domain.annexes import get_spec
from desk_app.services import auth, decisions, office, queries, requests

SAMPLE = dict(get_spec("03").sample)
D = dt.date


def audit_actions(store) -> list[tuple[str, str, dict]]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [(r.username, r.action, json.loads(r.details)) for r in session.execute(text(
            "SELECT username, action, details FROM audit_log ORDER BY id"))]


# --- drafts -------------------------------------------------------------------------


def test_a_draft_keeps_everything_typed_and_takes_no_number(store, clerk):
    typed = {"applicant.surname": "  Ionescu ", "applicant.cnp": "123",
             "applicant.email": "nu-e-mail", "decl.insured": "poate"}
    draft = requests.save_draft(store, clerk, "03", typed)
    assert draft.status == "draft"
    assert draft.registration_no is None and draft.registration_date is None
    assert draft.deadline is None
    kept = queries.detail(store, draft.id).payload
    assert kept["applicant.cnp"] == "123"
    assert kept["applicant.email"] == "nu-e-mail"
    assert kept["decl.insured"] == "poate"
    assert kept["applicant.surname"] == "Ionescu"
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM number_blocks")).scalar() == 0


def test_a_draft_is_updated_then_registered_with_the_first_number(store, clerk):
    draft = requests.save_draft(store, clerk, "03", {"applicant.surname": "Ionescu"})
    requests.save_draft(store, clerk, "03", {"applicant.surname": "Ionescu",
                                            "applicant.cnp": "263"}, request_id=draft.id)
    assert queries.detail(store, draft.id).payload["applicant.cnp"] == "263"
    with pytest.raises(requests.ValidationFailed) as failure:
        requests.register(store, clerk, "03", {"applicant.cnp": "263"}, request_id=draft.id)
    assert failure.value.errors["applicant.cnp"] == "CNP-ul are 13 cifre (ați introdus 3)."
    assert failure.value.errors["applicant.given_names"] == "Câmp obligatoriu."
    assert queries.detail(store, draft.id).summary.status == "draft"
    info = requests.register(store, clerk, "03", SAMPLE, request_id=draft.id,
                             today=D(2026, 11, 25))
    assert (info.id, info.registration_no, info.status) == (draft.id, 1, "registered")
    history = queries.detail(store, draft.id).history
    assert [(h.from_status, h.to_status) for h in history] == [(None, "draft"),
                                                               ("draft", "registered")]
    with pytest.raises(requests.RequestError, match="deja înregistrată"):
        requests.register(store, clerk, "03", SAMPLE, request_id=draft.id)
    with pytest.raises(requests.RequestError, match="Doar o ciornă"):
        requests.save_draft(store, clerk, "03", SAMPLE, request_id=draft.id)


def test_validation_failure_names_the_field_in_romanian(store, clerk):
    with pytest.raises(requests.ValidationFailed) as failure:
        requests.register(store, clerk, "03", {**SAMPLE, "applicant.surname": ""})
    assert str(failure.value) == "Nume (applicant.surname): Câmp obligatoriu."


# --- number and deadline --------------------------------------------------------------


def test_registered_on_25_11_2026_the_decision_is_due_on_11_01_2027(store, clerk):
    # 45 "zile libere" (art. 58 (5), art. 60 of the norms): 26.11–9.01 are the 45
    # days, 10.01.2027 is a Sunday → Monday 11.01.2027.
    info = requests.register(store, clerk, "03", SAMPLE, today=D(2026, 11, 25))
    assert info.registration_date == D(2026, 11, 25)
    assert info.deadline == D(2027, 1, 11)
    assert queries.detail(store, info.id).summary.deadline == D(2027, 1, 11)


def test_numbers_restart_each_year(store, clerk):
    a = requests.register(store, clerk, "03", SAMPLE, today=D(2026, 12, 31))
    b = requests.register(store, clerk, "03", SAMPLE, today=D(2027, 1, 4))
    c = requests.register(store, clerk, "03", SAMPLE, today=D(2026, 12, 31))
    assert (a.registration_no, b.registration_no, c.registration_no) == (1, 1, 2)
    assert [r.registration_no for r in queries.search(store, "1/2027")] == [1]
    assert [r.registration_date for r in queries.search(store, "1/2026")] == [D(2026, 12, 31)]


def test_documents_handed_in_are_listed_with_series_and_number(store, clerk):
    info = requests.register(store, clerk, "03", SAMPLE)
    documents = {d.label: (d.form, d.series, d.number, d.issued_on)
                 for d in queries.detail(store, info.id).documents}
    assert documents["Buletin/carte de identitate"] == ("copie", "CJ", "123456", "")
    assert documents["Carnet de muncă"] == ("original și copie", "AB", "0456789", "")
    assert "Livret militar" not in documents  # not handed in


# --- status flow --------------------------------------------------------------------------


def test_status_flow_with_history_and_audit(store, clerk):
    info = requests.register(store, clerk, "03", SAMPLE)
    requests.change_status(store, clerk, info.id, "in_progress",
                           "preluată de compartimentul stabiliri")
    decision = decisions.issue(store, clerk, info.id, "reject", reason_code="incomplete_file")
    decisions.communicate(store, clerk, decision.id, "post", decision.issued_on, "RA123")
    detail = queries.detail(store, info.id)
    day = f"{decision.issued_on:%d.%m.%Y}"
    assert [(h.from_status, h.to_status, h.by, h.note) for h in detail.history] == [
        (None, "registered", "ghiseu1", ""),
        ("registered", "in_progress", "ghiseu1", "preluată de compartimentul stabiliri"),
        ("in_progress", "rejected", "ghiseu1", f"Decizia nr. 1 din {day}"),
        ("rejected", "communicated", "ghiseu1",
         "Decizia nr. 1 comunicată prin scrisoare recomandată cu confirmare de primire"),
    ]
    assert detail.summary.status_label == "comunicată"
    actions = [a for _u, a, _d in audit_actions(store)]
    assert actions.count("status_changed") == 1
    assert "decision_issued" in actions and "decision_communicated" in actions


DECISION_ONLY = ("Cererea se soluționează numai prin emiterea deciziei (admitere sau "
                 "respingere), iar comunicarea se înregistrează la decizie.")


@pytest.mark.parametrize(("path", "refused", "message"), [
    ((), "admitted", DECISION_ONLY),
    ((), "communicated", DECISION_ONLY),
    (("in_progress",), "rejected", DECISION_ONLY),
    (("in_progress",), "registered",
     "Nu se poate trece din „în lucru” în „înregistrată”."),
])
def test_forbidden_transitions_are_refused_in_romanian(store, clerk, path, refused, message):
    info = requests.register(store, clerk, "03", SAMPLE)
    for status in path:
        requests.change_status(store, clerk, info.id, status)
    with pytest.raises(requests.RequestError) as failure:
        requests.change_status(store, clerk, info.id, refused)
    assert str(failure.value) == message
    assert len(queries.detail(store, info.id).history) == 1 + len(path)


def test_a_decided_request_cannot_go_back_to_work(store, clerk):
    info = requests.register(store, clerk, "03", SAMPLE)
    decisions.issue(store, clerk, info.id, "reject", reason_code="incomplete_file")
    with pytest.raises(requests.RequestError) as failure:
        requests.change_status(store, clerk, info.id, "in_progress")
    assert str(failure.value) == "Nu se poate trece din „soluționată — respinsă” în „în lucru”."


def test_a_draft_cannot_change_status(store, clerk):
    draft = requests.save_draft(store, clerk, "03", {})
    with pytest.raises(requests.RequestError, match="ciornă"):
        requests.change_status(store, clerk, draft.id, "in_progress")


# --- voiding ------------------------------------------------------------------------------


def test_voiding_records_who_and_why_and_the_number_is_never_reused(store, clerk, supervisor):
    first = requests.register(store, clerk, "03", SAMPLE, today=D(2026, 11, 25))
    second = requests.register(store, clerk, "03", SAMPLE, today=D(2026, 11, 25))
    with pytest.raises(auth.PermissionDenied) as denied:
        requests.void_request(store, clerk, second.id, "înregistrată din greșeală")
    assert str(denied.value) == ("Nu aveți dreptul să faceți această operație "
                                 "(rol: funcționar ghișeu).")
    with pytest.raises(requests.RequestError, match="Motivul anulării este obligatoriu"):
        requests.void_request(store, supervisor, second.id, "  ab ")
    voided = requests.void_request(store, supervisor, second.id, "înregistrată din greșeală")
    assert voided.status == "voided" and voided.registration_no == 2
    with store.read() as session:
        row = session.execute(text("SELECT year, number, voided_by, reason "
                                   "FROM voided_numbers")).one()
    assert tuple(row) == (2026, 2, "sef1", "înregistrată din greșeală")
    third = requests.register(store, clerk, "03", SAMPLE, today=D(2026, 11, 25))
    assert third.registration_no == 3
    assert first.registration_no == 1
    with pytest.raises(requests.RequestError, match="nu poate fi anulată"):
        requests.void_request(store, supervisor, second.id, "a doua oară, tot din greșeală")
    assert ("sef1", "number_voided",
            {"registration_no": 2, "year": 2026, "reason": "înregistrată din greșeală"}) \
        in audit_actions(store)


def test_a_draft_cannot_be_voided(store, clerk, supervisor):
    draft = requests.save_draft(store, clerk, "03", {})
    with pytest.raises(requests.RequestError, match="„ciornă” nu poate fi anulată"):
        requests.void_request(store, supervisor, draft.id, "nu mai e nevoie de ea")


# --- paper register -------------------------------------------------------------------------


def test_set_next_number_continues_a_paper_register(store, admin, clerk, supervisor):
    for user in (clerk, supervisor):
        with pytest.raises(auth.PermissionDenied):
            office.set_next_registration_number(store, user, 500, year=2026)
    office.set_next_registration_number(store, admin, 1234, year=2026)
    assert office.next_registration_number(store, 2026) == 1234
    numbers = [requests.register(store, clerk, "03", SAMPLE, today=D(2026, 11, 25))
               .registration_no for _ in range(3)]
    assert numbers == [1234, 1235, 1236]
    with pytest.raises(office.SetupError) as backwards:
        office.set_next_registration_number(store, admin, 1236, year=2026)
    assert str(backwards.value) == ("Numărul următor trebuie să fie mai mare decât 1236, "
                                    "ultimul număr folosit în acest an.")
    # Jumping forward again is allowed (another paper batch), never back.
    office.set_next_registration_number(store, admin, 2000, year=2026)
    with pytest.raises(office.SetupError, match="nu poate coborî sub 2000"):
        office.set_next_registration_number(store, admin, 1500, year=2026)
    assert requests.register(store, clerk, "03", SAMPLE,
                             today=D(2026, 11, 26)).registration_no == 2000
    changes = [d for u, a, d in audit_actions(store) if a == "next_number_set" and u == "admin"]
    assert changes == [{"previous_next": 1, "next": 1234}, {"previous_next": 1237, "next": 2000}]


# --- what is typed is what is stored ---------------------------------------------------------


def test_sql_typed_into_a_name_is_stored_and_found_verbatim(store, clerk):
    hostile = "'; DROP TABLE requests; --"
    info = requests.register(store, clerk, "03", {**SAMPLE, "applicant.surname": hostile,
                                                  "applicant.given_names": 'Robert"); --'},
                             update_person=True)
    detail = queries.detail(store, info.id)
    assert detail.payload["applicant.surname"] == hostile
    assert detail.summary.applicant_name == "'; DROP TABLE requests; -- Robert\"); --"
    assert [r.id for r in queries.search(store, "DROP TABLE requests")] == [info.id]
    assert [r.id for r in queries.search(store, hostile)] == [info.id]
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM requests")).scalar() == 1


def test_emoji_and_diacritics_in_names_come_back_intact(store, clerk):
    name = "Ștefănescu-Țăranu 👵🏻"
    given = "Înger Ână 🇷🇴"
    info = requests.register(store, clerk, "03", {**SAMPLE, "applicant.surname": name,
                                                  "applicant.given_names": given},
                             update_person=True)
    detail = queries.detail(store, info.id)
    assert detail.payload["applicant.surname"] == name
    assert detail.payload["applicant.given_names"] == given
    assert detail.summary.applicant_name == f"{name} {given}"
    assert [r.applicant_name for r in queries.search(store, "stefanescu taranu")] == \
        [f"{name} {given}"]

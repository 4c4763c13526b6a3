"""Counter rules a clerk meets every day: drafts, persons by CNP, status flow,
voiding, continuing a paper register, search, staff accounts."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.annexes import get_spec
from desk_app.services import auth, decisions, office, persons, queries, requests
from desk_app.services.store import open_store

PASSWORD = "Parola123"
SAMPLE = get_spec("03").sample


@pytest.fixture
def ctx(tmp_path):
    store = open_store(tmp_path / "rules.sqlite3")
    office.initialise(store, county_code="CJ", office_code="CTP-CJ", office_name="CTP Cluj",
                      address="", admin_username="admin", admin_full_name="Admin",
                      admin_password=PASSWORD)
    admin = auth.login(store, "admin", PASSWORD)
    auth.create_user(store, admin, username="ghiseu", full_name="Ghișeu", role="clerk",
                     password=PASSWORD)
    auth.create_user(store, admin, username="sef", full_name="Șef", role="supervisor",
                     password=PASSWORD)
    return (store, admin, auth.login(store, "ghiseu", PASSWORD),
            auth.login(store, "sef", PASSWORD))


def test_draft_keeps_invalid_input_takes_no_number_then_registers(ctx):
    store, _admin, clerk, _sup = ctx
    partial = {"applicant.surname": "Ionescu", "applicant.cnp": "123"}
    draft = requests.save_draft(store, clerk, "03", partial)
    assert draft.registration_no is None and draft.status == "draft"
    assert queries.detail(store, draft.id).payload["applicant.cnp"] == "123"
    with pytest.raises(requests.ValidationFailed) as failure:
        requests.register(store, clerk, "03", partial, request_id=draft.id)
    assert "13 cifre" in failure.value.errors["applicant.cnp"]
    info = requests.register(store, clerk, "03", dict(SAMPLE), request_id=draft.id)
    assert info.id == draft.id and info.registration_no == 1
    history = [h.to_status for h in queries.detail(store, info.id).history]
    assert history == ["draft", "registered"]


def test_same_cnp_reuses_the_person_and_asks_before_changing_it(ctx):
    store, _admin, clerk, _sup = ctx
    requests.register(store, clerk, "03", dict(SAMPLE))
    moved = {**SAMPLE, "applicant.locality": "Dej", "applicant.street": "Str. Unirii"}
    with pytest.raises(persons.PersonDiffers) as differs:
        requests.register(store, clerk, "03", moved)
    assert {d.attr for d in differs.value.differences} == {"locality", "street"}
    assert "Dej" in str(differs.value)
    requests.register(store, clerk, "03", moved, update_person=False)
    assert persons.prefill(store, get_spec("03"), SAMPLE["applicant.cnp"])[
        "applicant.locality"] == SAMPLE["applicant.locality"]
    requests.register(store, clerk, "03", moved, update_person=True)
    assert persons.prefill(store, get_spec("03"), SAMPLE["applicant.cnp"])[
        "applicant.locality"] == "Dej"


def test_status_flow_and_refused_transitions(ctx):
    store, _admin, clerk, _sup = ctx
    info = requests.register(store, clerk, "03", dict(SAMPLE))
    requests.change_status(store, clerk, info.id, "in_progress", note="ok")
    # Closing is only by a decision, never by a bare status change.
    for status in ("admitted", "rejected", "communicated"):
        with pytest.raises(requests.RequestError, match="numai prin emiterea deciziei"):
            requests.change_status(store, clerk, info.id, status, note="ok")
    decision = decisions.issue(store, clerk, info.id, "reject", reason_code="incomplete_file")
    decisions.communicate(store, clerk, decision.id, "counter", decision.issued_on)
    history = queries.detail(store, info.id).history
    assert [h.to_status for h in history] == ["registered", "in_progress", "rejected",
                                              "communicated"]
    assert all(h.by == "ghiseu" for h in history)


def test_voiding_keeps_the_number_used_and_records_who_and_why(ctx):
    store, _admin, clerk, supervisor = ctx
    info = requests.register(store, clerk, "03", dict(SAMPLE))
    with pytest.raises(auth.PermissionDenied):
        requests.void_request(store, clerk, info.id, "înregistrată din greșeală")
    with pytest.raises(requests.RequestError, match="Motivul"):
        requests.void_request(store, supervisor, info.id, "")
    requests.void_request(store, supervisor, info.id, "înregistrată din greșeală")
    assert requests.register(store, clerk, "03", dict(SAMPLE)).registration_no == 2
    assert queries.detail(store, info.id).history[-1].note == "înregistrată din greșeală"


def test_continuing_a_paper_register_mid_year(ctx):
    store, admin, clerk, _sup = ctx
    with pytest.raises(auth.PermissionDenied):
        office.set_next_registration_number(store, clerk, 500)
    office.set_next_registration_number(store, admin, 1234, year=2026)
    info = requests.register(store, clerk, "03", dict(SAMPLE), today=dt.date(2026, 11, 22))
    assert info.registration_no == 1234
    with pytest.raises(office.SetupError, match="mai mare"):
        office.set_next_registration_number(store, admin, 1000, year=2026)


def test_search_by_cnp_name_number_and_hostile_text(ctx):
    store, _admin, clerk, _sup = ctx
    info = requests.register(store, clerk, "03", dict(SAMPLE))
    year = info.registration_date.year
    for query in (SAMPLE["applicant.cnp"], "stefania", "STEF", "popescu maria",
                  str(info.registration_no), f"nr. {info.registration_no}",
                  f"{info.registration_no}/{year}"):
        assert [r.id for r in queries.search(store, query)] == [info.id], query
    # FTS syntax and SQL typed by a clerk are plain words: no error, nothing found.
    for hostile in ('"', "*", "OR", "NEAR(", "-", "'; DROP TABLE requests; --", "😀", "a" * 500):
        assert queries.search(store, hostile) == []
    assert [r.id for r in queries.search(store, "stefania")] == [info.id]


def test_staff_accounts(ctx):
    store, admin, clerk, _sup = ctx
    with pytest.raises(auth.PermissionDenied):
        auth.create_user(store, clerk, username="nou", full_name="Nou", role="clerk",
                         password=PASSWORD)
    with pytest.raises(auth.AuthError, match="literă mare"):
        auth.create_user(store, admin, username="nou", full_name="Nou", role="clerk",
                         password="parola123")
    for _attempt in range(5):
        with pytest.raises(auth.AuthError):
            auth.login(store, "ghiseu", "Gresit123")
    with pytest.raises(auth.AuthError, match="blocat"):
        auth.login(store, "ghiseu", PASSWORD)
    auth.unlock_user(store, admin, "ghiseu")
    assert auth.login(store, "ghiseu", PASSWORD).role == "clerk"

"""Decisions and their templates through the real county server: a template an
admin saves at one counter reaches the others; two admins saving the same
version offline keep both texts; a decided request arrives with its status."""

from __future__ import annotations

from sqlalchemy import text

from desk_app.services import decision_templates, decisions, sync
from tests.server.conftest import make_counter, register_many


def _edit(store, admin, words: str) -> None:  # type: ignore[no-untyped-def]
    body = decision_templates.current(store, "old_age.reject").to_json()
    body["articles"][0] = f"Art. 1. {words} cererea nr. {{request_no}} a lui {{applicant_name}}."
    decision_templates.save(store, admin, "old_age.reject", body, f"Ordin CNPP — {words}")


def test_templates_travel_and_concurrent_versions_are_both_kept(tmp_path, server_engine,
                                                                server, county):
    a = make_counter(tmp_path, server_engine, server, county, "a")
    b = make_counter(tmp_path, server_engine, server, county, "b")
    _edit(a.store, a.admin, "Se respinge, potrivit Ordinului 10/2027,")
    _edit(b.store, b.admin, "Se respinge, potrivit Ordinului 11/2027,")
    sync.sync_now(a.store)
    report = sync.sync_now(b.store)
    assert report.templates_received == 1
    sync.sync_now(a.store)
    for counter in (a, b):
        versions = [v.version for v in decision_templates.versions(counter.store,
                                                                   "old_age.reject")]
        assert versions == [3, 2, 1]
        with counter.store.read() as session:
            bodies = [r[0] for r in session.execute(text(
                "SELECT body_json FROM decision_templates WHERE kind = 'old_age.reject'"))]
        assert any("Ordinului 10/2027" in b for b in bodies)
        assert any("Ordinului 11/2027" in b for b in bodies)
    # A decision issued at b after the sync uses b's newest version, stored with it.
    rid = register_many(b, 1, start=500)[0]
    made = decisions.issue(b.store, b.admin, rid, "reject", reason_code="incomplete_file")
    assert made.template_version == 3
    sync.sync_now(b.store)
    sync.sync_now(a.store)
    with a.store.read() as session:
        status = session.execute(text("SELECT status FROM requests WHERE id = :i"),
                                 {"i": rid}).scalar_one()
    assert status == "rejected"


def test_two_workstations_of_one_office_never_give_the_same_decision_number(
        tmp_path, server_engine, server, county):
    # Two counters of the same office (same office code), enrolled, then offline.
    a = make_counter(tmp_path, server_engine, server, county, "a", office_code="CTP-X")
    b = make_counter(tmp_path, server_engine, server, county, "b", office_code="CTP-X")
    other = make_counter(tmp_path, server_engine, server, county, "c", office_code="CTP-Y")
    made = {}
    for counter, start in ((a, 100), (b, 200), (other, 300)):
        ids = register_many(counter, 3, start=start)
        made[counter.name] = [decisions.issue(counter.store, counter.admin, rid, "reject",
                                              reason_code="incomplete_file").number
                              for rid in ids]
    office_x = made[a.name] + made[b.name]
    assert len(set(office_x)) == 6, f"numere de decizie date de două ori: {made}"
    # Each office has its own series: the other office starts at 1 too.
    assert made[other.name] == [1, 2, 3]
    assert sorted(made[a.name])[0] == 1
    with server_engine.connect() as conn:
        series = {r[0] for r in conn.execute(text(
            "SELECT series FROM number_leases WHERE county = :c"), {"c": county})}
    assert series == {"request", "decision:CTP-X", "decision:CTP-Y"}


def test_an_enrolled_counter_without_decision_numbers_is_told_to_sync(
        tmp_path, server_engine, server, county):
    a = make_counter(tmp_path, server_engine, server, county, "a")
    with a.store.write() as session:
        session.execute(text("DELETE FROM decision_blocks"))
    rid = register_many(a, 1, start=900)[0]
    try:
        decisions.issue(a.store, a.admin, rid, "reject", reason_code="incomplete_file")
    except decisions.DecisionError as exc:
        assert "Sincronizați" in str(exc)
    else:
        raise AssertionError("an enrolled counter issued a number it was not leased")
    assert decisions.of_request(a.store, rid) == []
    sync.sync_now(a.store)  # leases a new block
    assert decisions.issue(a.store, a.admin, rid, "reject",
                           reason_code="incomplete_file").number >= 1


def test_a_decision_and_its_payment_reach_the_offices_other_counter(
        tmp_path, server_engine, server, county):
    from desk_app.domain.annexes import get_spec
    from desk_app.services import death_aid_payment, register_book, requests

    a = make_counter(tmp_path, server_engine, server, county, "a", office_code="CTP-Z")
    b = make_counter(tmp_path, server_engine, server, county, "b", office_code="CTP-Z")
    info = requests.register(a.store, a.admin, "11", dict(get_spec("11").sample))
    decision = decisions.issue(a.store, a.admin, info.id, "admit")
    sync.sync_now(a.store)
    report = sync.sync_now(b.store)
    assert report.decisions_received == 1
    # Counter b prints the day's batch and sees the decision in its registry book.
    count, _pdf = decisions.batch_for_signing(b.store, b.admin, decision.issued_on)
    assert count == 1
    row = next(r for r in register_book.book_rows(b.store, info.registration_date,
                                                  info.registration_date)
               if r.request_id == info.id)
    assert row.decision_no == decision.number
    # b pays the death aid; a learns it and refuses to pay it again.
    death_aid_payment.record_payment(b.store, b.admin, info.id, "cash",
                                     info.registration_date)
    decisions.communicate(b.store, b.admin, decision.id, "counter", decision.issued_on)
    sync.sync_now(b.store)
    report = sync.sync_now(a.store)
    assert report.payments_received == 1
    try:
        death_aid_payment.record_payment(a.store, a.admin, info.id, "cash",
                                         info.registration_date)
    except death_aid_payment.PaymentError as exc:
        assert "deja" in str(exc)
    else:
        raise AssertionError("the death aid was paid twice")
    assert decisions.get(a.store, decision.id).communicated_on == decision.issued_on

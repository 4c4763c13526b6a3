"""One transaction per change: the request, its audit entry and its outbox
entry are committed together — or, when anything fails, none of them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from desk_app.domain.annexes import get_spec
from desk_app.services import persons, requests

SAMPLE = dict(get_spec("03").sample)


def rows(store, sql: str) -> list:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return list(session.execute(text(sql)))


def counts(store) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    (req, aud, out, per), = rows(store, (
        "SELECT (SELECT count(*) FROM requests), (SELECT count(*) FROM audit_log), "
        "(SELECT count(*) FROM outbox), (SELECT count(*) FROM persons)"))
    return req, aud, out, per


def test_every_change_of_a_request_leaves_one_outbox_entry(store, clerk, supervisor):
    _, _, out_before, _ = counts(store)
    draft = requests.save_draft(store, clerk, "03", {"applicant.surname": "Ionescu"})
    requests.register(store, clerk, "03", SAMPLE, request_id=draft.id)
    requests.change_status(store, clerk, draft.id, "in_progress")
    requests.void_request(store, supervisor, draft.id, "cerere dublă, depusă din greșeală")
    entries = rows(store, "SELECT entity, entity_id, operation, payload FROM outbox "
                          f"ORDER BY id LIMIT -1 OFFSET {out_before}")
    assert [(e.entity, e.entity_id, e.operation) for e in entries] == \
        [("request", draft.id, "upsert")] * 4
    statuses = [json.loads(e.payload)["status"] for e in entries]
    assert statuses == ["draft", "registered", "in_progress", "voided"]
    versions = [json.loads(e.payload)["version"] for e in entries]
    assert versions == [1, 2, 3, 4]
    registered = json.loads(entries[1].payload)
    assert registered["registration_no"] == 1
    assert registered["payload"]["applicant.surname"] == "Popescu"


def test_each_outbox_entry_has_its_audit_entry(store, clerk):
    for _ in range(3):
        requests.register(store, clerk, "03", SAMPLE)
    audited = {r.entity_id for r in rows(store, "SELECT entity_id FROM audit_log "
                                                "WHERE action = 'request_registered'")}
    queued = {r.entity_id for r in rows(store, "SELECT entity_id FROM outbox "
                                               "WHERE entity = 'request'")}
    assert len(audited) == 3 and audited == queued


def test_an_invalid_request_leaves_nothing_behind(store, clerk):
    before = counts(store)
    with pytest.raises(requests.ValidationFailed):
        requests.register(store, clerk, "03", {**SAMPLE, "applicant.cnp": "2630715120319"})
    assert counts(store) == before


def test_a_person_conflict_leaves_nothing_behind(store, clerk):
    requests.register(store, clerk, "03", SAMPLE)
    before = counts(store)
    with pytest.raises(persons.PersonDiffers):
        requests.register(store, clerk, "03", {**SAMPLE, "applicant.locality": "Dej"})
    assert counts(store) == before
    assert requests.register(store, clerk, "03", SAMPLE).registration_no == 2


def test_a_failure_after_the_number_was_taken_rolls_everything_back(store, clerk):
    requests.register(store, clerk, "03", SAMPLE)
    # A write that fails late in the transaction (after the number, the request
    # and its documents were written): the history row cannot be inserted.
    with store.write() as session:
        session.execute(text(
            "CREATE TRIGGER fail_history BEFORE INSERT ON status_changes "
            "BEGIN SELECT RAISE(ABORT, 'disc plin (simulat)'); END"))
    before = counts(store)
    (next_before,), = rows(store, "SELECT next_no FROM number_blocks")
    with pytest.raises(DatabaseError, match="disc plin"):
        requests.register(store, clerk, "03", SAMPLE, today=dt.date.today())
    assert counts(store) == before
    assert rows(store, "SELECT next_no FROM number_blocks") == [(next_before,)]
    assert rows(store, "SELECT count(*) FROM request_documents") == \
        rows(store, "SELECT count(*) FROM request_documents WHERE request_row_id = 1")
    with store.write() as session:
        session.execute(text("DROP TRIGGER fail_history"))
    # The number that was never committed is the next one issued.
    assert requests.register(store, clerk, "03", SAMPLE).registration_no == 2

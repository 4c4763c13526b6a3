"""One person per CNP: a second request reuses the stored person; typed data
that differ are shown to the clerk, who updates the person or keeps it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desk_app.domain.annexes import get_spec
from desk_app.services import persons, queries, requests

SPEC = get_spec("03")
SAMPLE = dict(SPEC.sample)
CNP = SAMPLE["applicant.cnp"]


def stored_persons(store) -> list[tuple]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT cnp, surname, locality, birth_date, sex FROM persons ORDER BY id"))]


def test_the_person_is_created_from_the_request_with_birth_date_and_sex_from_cnp(store, clerk):
    requests.register(store, clerk, "03", SAMPLE)
    # 2 63 07 15 …: a woman born 15.07.1963.
    assert stored_persons(store) == [(CNP, "Popescu", "Cluj-Napoca", "1963-07-15", "F")]


def test_a_second_request_with_the_same_cnp_reuses_the_person(store, clerk):
    a = requests.register(store, clerk, "03", SAMPLE)
    b = requests.register(store, clerk, "03", SAMPLE)
    assert len(stored_persons(store)) == 1
    with store.read() as session:
        ids = {pid for (pid,) in session.execute(text("SELECT person_id FROM requests"))}
    assert len(ids) == 1 and None not in ids
    assert [r.id for r in queries.search(store, CNP)] == [b.id, a.id]


def test_different_typed_data_are_shown_then_updated_or_kept(store, clerk):
    requests.register(store, clerk, "03", SAMPLE)
    moved = {**SAMPLE, "applicant.locality": "Dej", "applicant.street": "Str. Unirii"}
    before = queries.search(store, CNP)
    with pytest.raises(persons.PersonDiffers) as differs:
        requests.register(store, clerk, "03", moved)
    assert {(d.attr, d.stored, d.typed) for d in differs.value.differences} == {
        ("locality", "Cluj-Napoca", "Dej"), ("street", "Calea Moților", "Str. Unirii")}
    message = str(differs.value)
    assert message.startswith(f"Persoana cu CNP {CNP} are alte date în evidență:")
    assert "Localitatea: „Cluj-Napoca” → „Dej”" in message
    assert queries.search(store, CNP) == before  # nothing registered meanwhile

    kept = requests.register(store, clerk, "03", moved, update_person=False)
    assert stored_persons(store)[0][2] == "Cluj-Napoca"
    # The request itself keeps what was typed on it.
    assert queries.detail(store, kept.id).payload["applicant.locality"] == "Dej"
    assert persons.prefill(store, SPEC, CNP)["applicant.locality"] == "Cluj-Napoca"

    requests.register(store, clerk, "03", moved, update_person=True)
    assert stored_persons(store)[0][2] == "Dej"
    assert persons.prefill(store, SPEC, CNP)["applicant.street"] == "Str. Unirii"
    assert len(stored_persons(store)) == 1


def test_blank_typed_fields_do_not_count_as_differences(store, clerk):
    requests.register(store, clerk, "03", SAMPLE)
    fewer = {**SAMPLE, "applicant.phone": "", "applicant.email": ""}
    requests.register(store, clerk, "03", fewer)  # no PersonDiffers
    assert persons.prefill(store, SPEC, CNP)["applicant.phone"] == "0722 123 456"


def test_prefill_for_an_unknown_cnp_is_empty(store):
    assert persons.prefill(store, SPEC, "1630615123457") == {}

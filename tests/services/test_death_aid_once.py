"""A second death aid for the same deceased is refused (art. 111–112 of the law)."""

from __future__ import annotations

import pytest

from desk_app.domain.annexes import get_spec
from desk_app.services import requests


@pytest.fixture
def store_and_clerk(store, supervisor):  # type: ignore[no-untyped-def]
    # A supervisor: the last test voids a request.
    return store, supervisor


def test_same_deceased_cnp_is_refused_even_through_another_model(store_and_clerk):
    store, user = store_and_clerk
    first = requests.register(store, user, "11", dict(get_spec("11").sample))
    company = dict(get_spec("12a").sample)
    company["deceased.cnp"] = get_spec("11").sample["deceased.cnp"]
    with pytest.raises(requests.RequestError, match=f"nr. {first.registration_no}"):
        requests.register(store, user, "12a", company)
    # Nothing was stored and no number was spent by the refused request.
    other = dict(get_spec("12b").sample)
    assert requests.register(store, user, "12b", other).registration_no == \
        first.registration_no + 1


def test_same_death_certificate_is_refused(store_and_clerk):
    store, user = store_and_clerk
    requests.register(store, user, "11", dict(get_spec("11").sample))
    again = dict(get_spec("11").sample)
    again["deceased.cnp"] = get_spec("12b").sample["deceased.cnp"]
    again["death_certificate.series"] = again["death_certificate.series"].lower()
    with pytest.raises(requests.RequestError, match="deja solicitat"):
        requests.register(store, user, "11", again)


def test_a_voided_request_does_not_block_a_new_one(store_and_clerk):
    store, user = store_and_clerk
    first = requests.register(store, user, "11", dict(get_spec("11").sample))
    requests.void_request(store, user, first.id, "cerere înregistrată din greșeală")
    assert requests.register(store, user, "11", dict(get_spec("11").sample)).registration_no

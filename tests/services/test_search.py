"""Search at the counter: CNP exact, start of names without diacritics,
registration number in the ways clerks type it; whatever is typed, no error."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.services import queries, requests

SAMPLE = dict(get_spec("03").sample)
D = dt.date
PEOPLE = [  # surname, given names, sex, birth date
    ("Ștefănescu", "Ion", "M", D(1960, 3, 1)),
    ("Țăranu", "Elena", "F", D(1962, 5, 9)),
    ("Popescu", "Ștefan", "M", D(1959, 1, 20)),
    ("Stan", "Maria", "F", D(1961, 8, 30)),
    ("Ionescu", "Tărâță Ana", "F", D(1963, 2, 14)),
]


@pytest.fixture
def filed(store, clerk):  # type: ignore[no-untyped-def]
    """One registration per person (numbers 1–5, 2026) and one in 2027 (number 1)."""
    found = {}
    for serial, (surname, given_names, sex, birth) in enumerate(PEOPLE, start=1):
        payload = {**SAMPLE, "applicant.surname": surname, "applicant.given_names": given_names,
                   "applicant.cnp": make_cnp(sex, birth, "12", serial)}
        if sex == "M":
            payload = {k: v for k, v in payload.items()
                       if k not in ("decl.raised_children", "children_certificates",
                                    "doc.child_birth")}
        found[surname] = requests.register(store, clerk, "03", payload, today=D(2026, 11, 25))
    found["2027"] = requests.register(store, clerk, "03", {
        **SAMPLE, "applicant.surname": "Moldovan", "applicant.given_names": "Ana"},
        today=D(2027, 1, 4))
    return found


def names(results) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.applicant_name for r in results]


def test_by_cnp_exact(store, filed):
    cnp = filed["Stan"].applicant_cnp
    assert names(queries.search(store, cnp)) == ["Stan Maria"]
    assert names(queries.search(store, f"  {cnp} ")) == ["Stan Maria"]
    assert queries.search(store, cnp[:-1] + str((int(cnp[-1]) + 1) % 10)) == []


@pytest.mark.parametrize(("typed", "expected"), [
    ("stefan", ["Popescu Ștefan", "Ștefănescu Ion"]),  # newest first
    ("STEFANESCU", ["Ștefănescu Ion"]),
    ("tar", ["Ionescu Tărâță Ana", "Țăranu Elena"]),
    ("taranu", ["Țăranu Elena"]),
    ("țăr", ["Ionescu Tărâță Ana", "Țăranu Elena"]),
    ("sta", ["Stan Maria"]),
    ("ion", ["Ionescu Tărâță Ana", "Ștefănescu Ion"]),
    ("ion stef", ["Ștefănescu Ion"]),
    ("popescu stefan", ["Popescu Ștefan"]),
    ("tarata ana", ["Ionescu Tărâță Ana"]),
    ("vasilescu", []),
])
def test_by_start_of_names_without_diacritics(store, filed, typed, expected):
    assert names(queries.search(store, typed)) == expected


@pytest.mark.parametrize("typed", ["3", "nr. 3", "Nr 3", "nr.3", "3/2026", "nr. 3/2026",
                                   "3 din 2026"])
def test_by_registration_number(store, filed, typed):
    results = queries.search(store, typed)
    if "2026" in typed:
        assert names(results) == ["Popescu Ștefan"]
    else:
        assert [r.registration_no for r in results] == [3]


def test_number_one_exists_in_both_years(store, filed):
    assert [r.registration_date.year for r in queries.search(store, "1")] == [2027, 2026]
    assert [r.registration_date.year for r in queries.search(store, "1/2027")] == [2027]
    assert queries.search(store, "12/2026") == []


@pytest.mark.parametrize("typed", ['"', '"stef', "stef*", "*", "OR", "stef OR ion", "AND",
                                   "NOT", "NEAR(", "NEAR(stef ion)", "-", "-stef", "stef -ion",
                                   "^stef", "stef:", "applicant_name:stef", "(", ")", "{}",
                                   "'; DROP TABLE requests; --", "%", "_", "\\", "😀",
                                   "a" * 500, "stef " * 50, "\x00", "", "   "])
def test_fts_syntax_typed_by_a_clerk_never_errors(store, filed, typed):
    results = queries.search(store, typed)
    assert isinstance(results, list)
    assert len(queries.search(store, "stef")) == 2  # the index is still fine afterwards


def test_fts_operators_are_plain_words(store, filed):
    assert names(queries.search(store, "stef*")) == ["Popescu Ștefan", "Ștefănescu Ion"]
    assert names(queries.search(store, "-stef")) == ["Popescu Ștefan", "Ștefănescu Ion"]
    # "OR" is a word to look for, not an operator: nobody is called Or…
    assert queries.search(store, "stan OR ion") == []


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_any_text_typed_returns_a_list(store, filed, typed):
    assert isinstance(queries.search(store, typed), list)


def test_name_search_is_limited(store, clerk):
    for _ in range(5):
        requests.register(store, clerk, "03", SAMPLE)
    assert len(queries.search(store, "popescu", limit=3)) == 3
    newest = queries.search(store, "popescu", limit=1)[0]
    assert newest.registration_no == 5

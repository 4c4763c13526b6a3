"""CNP rules against an independent implementation of the check digit
(weights 279146358279, sum mod 11, 10 → 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.cnp import CnpError, cnp_error, parse_cnp

WEIGHTS = "279146358279"
COUNTY_CODES = [f"{n:02d}" for n in range(1, 47)] + ["51", "52"]


def reference_check_digit(first12: str) -> str:
    total = sum(int(d) * int(w) for d, w in zip(first12, WEIGHTS, strict=True)) % 11
    return "1" if total == 10 else str(total)


def build(sex: str, birth: dt.date, county: str, serial: int) -> str:
    century = {18: ("3", "4"), 19: ("1", "2"), 20: ("5", "6")}[birth.year // 100]
    first = century[0] if sex == "M" else century[1]
    body = f"{first}{birth:%y%m%d}{county}{serial:03d}"
    return body + reference_check_digit(body)


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31))


@given(sex=st.sampled_from("MF"), birth=dates, county=st.sampled_from(COUNTY_CODES),
       serial=st.integers(1, 999))
def test_valid_cnp_gives_back_birth_date_and_sex(sex, birth, county, serial):
    info = parse_cnp(build(sex, birth, county, serial))
    assert (info.birth_date, info.sex) == (birth, sex)


@given(sex=st.sampled_from("MF"), birth=dates, county=st.sampled_from(COUNTY_CODES),
       serial=st.integers(1, 999), wrong=st.integers(1, 9))
def test_a_wrong_check_digit_is_always_refused(sex, birth, county, serial, wrong):
    cnp = build(sex, birth, county, serial)
    bad = cnp[:-1] + str((int(cnp[-1]) + wrong) % 10)
    assert "cifra de control" in (cnp_error(bad) or "")


@given(st.text(max_size=40))
def test_anything_typed_gets_a_romanian_answer_never_a_crash(typed):
    message = cnp_error(typed)
    assert message is None or message.startswith("CNP")


@pytest.mark.parametrize(("typed", "expected"), [
    ("", "obligatoriu"), ("12345", "13 cifre"), ("1630615123457x", "doar cifre"),
    ("1632215123457", "data nașterii"), ("1630615993454", "județ"),
    ("1630615123458", "cifra de control"),
])
def test_messages_say_what_is_wrong(typed, expected):
    with pytest.raises(CnpError, match=expected):
        parse_cnp(typed)


def test_spaces_typed_by_a_clerk_are_ignored():
    assert parse_cnp(" 1630615 123457 ").cnp == "1630615123457"

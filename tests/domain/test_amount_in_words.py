"""Amounts in Romanian words: hand-checked examples and, for every amount up to
999 999, a round trip through an independent parser of the words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.amount_in_words import MAX_AMOUNT, format_lei, lei_in_words, number_in_words


@pytest.mark.parametrize(("amount", "words"), [
    (0, "zero lei"),
    (1, "un leu"),
    (2, "doi lei"),
    (12, "doisprezece lei"),
    (19, "nouăsprezece lei"),
    (20, "douăzeci de lei"),
    (21, "douăzeci și unu de lei"),
    (101, "o sută unu lei"),
    (112, "o sută doisprezece lei"),
    (200, "două sute de lei"),
    (1000, "o mie de lei"),
    (1001, "o mie unu lei"),
    (2000, "două mii de lei"),
    (5163, "cinci mii o sută șaizeci și trei de lei"),
    (8620, "opt mii șase sute douăzeci de lei"),
    (9192, "nouă mii o sută nouăzeci și doi de lei"),
    (4596, "patru mii cinci sute nouăzeci și șase de lei"),
    (12000, "douăsprezece mii de lei"),
    (21000, "douăzeci și unu de mii de lei"),
    (22002, "douăzeci și două de mii doi lei"),
    (100000, "o sută de mii de lei"),
    (222222, "două sute douăzeci și două de mii două sute douăzeci și doi de lei"),
    (999999, "nouă sute nouăzeci și nouă de mii nouă sute nouăzeci și nouă de lei"),
])
def test_hand_checked_amounts(amount, words):
    assert lei_in_words(amount) == words


def test_bani_follow_the_lei():
    assert lei_in_words(Decimal("3784.50")) == \
        "trei mii șapte sute optzeci și patru de lei și cincizeci de bani"
    assert lei_in_words(Decimal("2.01")) == "doi lei și un ban"


def test_figures_the_romanian_way():
    assert format_lei(Decimal("5163")) == "5.163,00 lei"
    assert format_lei(Decimal("999999.5")) == "999.999,50 lei"
    assert format_lei(7) == "7,00 lei"


def test_out_of_range_is_refused():
    with pytest.raises(ValueError):
        number_in_words(MAX_AMOUNT + 1)
    with pytest.raises(ValueError):
        lei_in_words(-1)


# An independent reading of the words back into a number.
_VALUES = {
    "zero": 0, "unu": 1, "un": 1, "una": 1, "o": 1, "doi": 2, "două": 2, "trei": 3,
    "patru": 4, "cinci": 5, "șase": 6, "șapte": 7, "opt": 8, "nouă": 9, "zece": 10,
    "unsprezece": 11, "doisprezece": 12, "douăsprezece": 12, "treisprezece": 13,
    "paisprezece": 14, "cincisprezece": 15, "șaisprezece": 16, "șaptesprezece": 17,
    "optsprezece": 18, "nouăsprezece": 19, "douăzeci": 20, "treizeci": 30,
    "patruzeci": 40, "cincizeci": 50, "șaizeci": 60, "șaptezeci": 70, "optzeci": 80,
    "nouăzeci": 90,
}


def _parse(text: str) -> int:
    words = text.split(" ")
    assert words[-1] in ("lei", "leu")
    total = current = 0
    for word in words[:-1]:
        if word in ("și", "de"):
            continue
        if word in ("sută", "sute"):
            current *= 100
        elif word in ("mie", "mii"):
            total += current * 1000
            current = 0
        else:
            current += _VALUES[word]
    return total + current


@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_words_read_back_to_the_same_number(amount):
    text = lei_in_words(amount)
    assert _parse(text) == amount
    assert "  " not in text and text == text.strip()


@given(st.integers(min_value=2, max_value=MAX_AMOUNT))
def test_de_before_lei_exactly_when_the_last_two_digits_are_00_or_20_to_99(amount):
    text = lei_in_words(amount)
    last_two = amount % 100
    assert text.endswith(" de lei") == (last_two == 0 or last_two >= 20)


@given(st.integers(min_value=2, max_value=MAX_AMOUNT // 1000))
def test_thousands_are_feminine(thousands):
    text = number_in_words(thousands * 1000)
    assert "doi mii" not in text and "doisprezece mii" not in text
    assert text.endswith("mii") and ("de mii" in text) == (
        thousands % 100 == 0 or thousands % 100 >= 20)

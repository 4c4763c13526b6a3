"""Annex 14 permanent bonuses: the reference CSV parses, search ignores diacritics."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.domain.bonuses import Bonus, BonusDataError, fold, parse_bonuses, search_bonuses

CSV = Path(__file__).resolve().parents[2] / "db" / "reference" / "annex14_permanent_bonuses.csv"


@pytest.fixture(scope="module")
def bonuses() -> tuple[Bonus, ...]:
    return parse_bonuses(CSV.read_text(encoding="utf-8"))


def test_every_item_of_the_annex_is_listed(bonuses: tuple[Bonus, ...]) -> None:
    codes = [b.code for b in bonuses]
    assert codes[:2] == ["I.1", "I.2"]
    assert [c for c in codes if c.startswith("II.")] == [f"II.{n}" for n in range(1, 26)]
    assert {"III.1", "III.2", "III.3", "IV", *(f"V.{n}" for n in range(1, 8))} <= set(codes)
    assert len(codes) == len(set(codes)) == 38
    night = next(b for b in bonuses if b.code == "II.17")
    assert night.wording.startswith("sporul pentru munca în timpul nopții")
    assert night.category.startswith("Sporuri, indemnizații și majorări")


def test_official_wording_keeps_romanian_diacritics(bonuses: tuple[Bonus, ...]) -> None:
    text = " ".join(b.wording + b.category for b in bonuses)
    assert "ș" in text and "ț" in text
    assert not set(text) & set("şţŞŢ")


@pytest.mark.parametrize(("query", "code"), [
    ("spor noapte", "II.17"),
    ("spor de noapte", "II.17"),
    ("SPORUL PENTRU MUNCA IN TIMPUL NOPTII", "II.17"),
    ("sporul pentru munca în timpul nopții", "II.17"),
    ("gradatie de merit", "II.7"),
    ("santier", "II.3"),
    ("II.17", "II.17"),
])
def test_search_without_diacritics(bonuses: tuple[Bonus, ...], query: str, code: str) -> None:
    found = search_bonuses(bonuses, query)
    assert found and found[0].code == code


def test_search_matches_word_forms_without_keywords() -> None:
    bonus = Bonus("II.17", "II", "17", "Sporuri", "sporul pentru munca în timpul nopții")
    other = Bonus("V.3", "V", "3", "Sporuri", "indemnizația de zbor")
    assert search_bonuses((other, bonus), "spor noapte") == [bonus]
    assert search_bonuses((other, bonus), "noapte zbor") == []
    assert search_bonuses((other, bonus), "  ") == [other, bonus]


def test_search_ranks_prefix_matches_first(bonuses: tuple[Bonus, ...]) -> None:
    found = search_bonuses(bonuses, "subteran")
    assert {b.code for b in found} >= {"II.9", "V.2"}


def test_fold() -> None:
    assert fold("Șantier ŢĂRANI îngrijit") == "santier tarani ingrijit"


def test_bad_file_gives_a_romanian_error() -> None:
    with pytest.raises(BonusDataError, match="coloanele"):
        parse_bonuses("cod,text\nII.1,spor\n")
    header = "code,chapter,number,category,wording,keywords\n"
    with pytest.raises(BonusDataError, match="de două ori"):
        parse_bonuses(header + "I.1,I,1,c,a,\nI.1,I,1,c,b,\n")
    with pytest.raises(BonusDataError, match="lipsește"):
        parse_bonuses(header + "I.1,I,1,c,,\n")

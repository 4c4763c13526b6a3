"""The permanent bonuses of annex 14 to the norms (HG 181/2024, art. 115
alin. (1)): the bonuses that, before 1 April 2001, were part of the pension
calculation base and count for the monthly points (art. 139 alin. (3) of Law
360/2023).

The list is reference data (``db/reference/annex14_permanent_bonuses.csv``,
columns ``code, chapter, number, category, wording, keywords``); this module
only parses the text the caller read and searches it, without diacritics
("spor noapte" finds "sporul pentru munca în timpul nopții"). No file I/O here.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass

COLUMNS = ("code", "chapter", "number", "category", "wording", "keywords")

# Words a query may contain that tell nothing ("spor de noapte").
STOP_WORDS = frozenset({"a", "al", "ale", "cu", "de", "din", "in", "la", "pe", "pentru", "si",
                        "sau", "un", "o"})
_VOWELS = frozenset("aeiouy")


class BonusDataError(ValueError):
    """The bonuses file is not as expected (Romanian message)."""


@dataclass(frozen=True)
class Bonus:
    code: str  # "II.17"
    chapter: str  # "II"
    number: str  # "17" ("" for a chapter with a single item)
    category: str  # the chapter's official title
    wording: str  # the official wording of the item
    keywords: str = ""  # extra search words (e.g. "noapte"), not official text

    @property
    def label(self) -> str:
        return f"{self.code} — {self.wording}"


def parse_bonuses(csv_text: str) -> tuple[Bonus, ...]:
    """The bonuses in file order; raises :class:`BonusDataError` on a bad file."""
    reader = csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff")))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise BonusDataError("Fișierul sporurilor (anexa 14) trebuie să aibă coloanele: "
                             + ", ".join(COLUMNS) + ".")
    bonuses = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        values = {k: (row.get(k) or "").strip() for k in COLUMNS}
        if not values["code"] or not values["wording"]:
            raise BonusDataError(f"Rândul {line}: lipsește codul sau textul sporului.")
        if values["code"] in seen:
            raise BonusDataError(f"Rândul {line}: codul {values['code']} apare de două ori.")
        seen.add(values["code"])
        bonuses.append(Bonus(**values))
    return tuple(bonuses)


def fold(text: str) -> str:
    """Lower case without diacritics (ș/ş → s, ț/ţ → t, ă/â → a, î → i)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()


def _skeleton(word: str) -> str:
    """First letter and the consonants after it: "noapte" and "noptii" → "npt"."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)


def _matches(query_word: str, word: str) -> int:
    """2 for a prefix match, 1 for a match of the consonant skeletons, 0 for none."""
    if word.startswith(query_word):
        return 2
    skeleton = _skeleton(query_word)
    if len(skeleton) >= 3 and _skeleton(word).startswith(skeleton):
        return 1
    return 0


def search_bonuses(bonuses: tuple[Bonus, ...] | list[Bonus], text: str) -> list[Bonus]:
    """Bonuses whose code, wording or keywords match every word of ``text``.

    Diacritics and case are ignored; a word matches the start of a word of the
    bonus ("spor" → "sporul") or the same consonants ("noapte" → "nopții"),
    prefix matches ranking first. An empty query returns every bonus.
    """
    query = [w for w in _words(text) if w not in STOP_WORDS] or _words(text)
    if not query:
        return list(bonuses)
    scored = []
    for index, bonus in enumerate(bonuses):
        haystack = _words(f"{bonus.code} {bonus.wording} {bonus.keywords}")
        total = 0
        for word in query:
            best = max((_matches(word, candidate) for candidate in haystack), default=0)
            if not best:
                break
            total += best
        else:
            scored.append((-total, index, bonus))
    return [bonus for _, _, bonus in sorted(scored, key=lambda item: item[:2])]

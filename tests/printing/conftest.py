"""Helpers for the printing tests: read a real PDF back with pypdf, compare the
official wording word by word, count drawn lines in the content streams."""

from __future__ import annotations

import io
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "annexes"

# The reference copies of the official texts carry a few transcription defects;
# the printed forms (rightly) use the correct wording.
REFERENCE_FIXES = {
    "decesSe": "deces Se",  # title run into the box that follows
    "bucatărie": "bucătărie",  # missing breve
    "3 + 8 31,51%": "3 × 31,51%",  # "×" lost in the transcription
}
CEDILLA_TO_COMMA = str.maketrans("şţŞŢ", "șțȘȚ")
# Footnote marks (*), ^{iv}, ⁱⁱ), markup (**, <i>) and check boxes carry no words.
IGNORABLE = re.compile(r"<[^>]{1,20}>|\*\*|\^\{[ivx]+\}|\^[ivx]+\b|[ⁱᵛˣ]+|\*\)|[☐☒]")
LETTER_SPACED = re.compile(r"\b(?:[A-ZĂÂÎȘȚ] ){2,}[A-ZĂÂÎȘȚ]\b")  # "C E R E R E"
WORD = re.compile(r"\w+")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def stroked_lines(pdf: bytes) -> int:
    """How many straight strokes ("x y l S") the pages draw (strike-through, rules)."""
    data = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)
    return len(re.findall(rb" l S\b", data))


def squash(text: str) -> str:
    """Whitespace removed: a value wrapped over two lines still matches."""
    return re.sub(r"\s+", "", text)


def words(text: str, *, reference: bool = False) -> list[str]:
    """Case-folded words; dotted blanks, punctuation and footnote marks dropped."""
    if reference:
        for wrong, right in REFERENCE_FIXES.items():
            text = text.replace(wrong, right)
    text = IGNORABLE.sub(" ", text.translate(CEDILLA_TO_COMMA))
    text = LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return [w.casefold() for w in WORD.findall(text)]


def official_text(annex_id: str) -> str | None:
    matches = sorted(FIXTURES.glob(f"annex_{annex_id}_*.txt"))
    return matches[0].read_text(encoding="utf-8") if matches else None


def _find(needle: list[str], haystack: list[str], start: int) -> tuple[int, int]:
    """Match ``needle`` as a subsequence from ``start``: (words matched, end index)."""
    position = start
    for matched, word in enumerate(needle):
        while position < len(haystack) and haystack[position] != word:
            position += 1
        if position == len(haystack):
            return matched, position
        position += 1
    return len(needle), position


def missing_wording(official: str, printed: str) -> str | None:
    """None when every paragraph of the official text is printed, in order; else
    a readable report of the first missing word with its context."""
    got = words(printed)
    position = 0
    for paragraph in re.split(r"\n\s*\n", official):
        if not any(ch.isalpha() for ch in paragraph):
            continue  # "1.; 2.; 3." — numbered blanks only
        if "\t" in paragraph:
            # A table: the cells of its header may be laid out in another order.
            units = [cell for line in paragraph.splitlines() for cell in line.split("\t")]
            advance = False
        else:
            units = [paragraph]
            advance = True
        for unit in units:
            want = words(unit, reference=True)
            matched, end = _find(want, got, position)
            if matched < len(want):
                before = " ".join(want[max(0, matched - 8):matched])
                after = " ".join(want[matched + 1:matched + 6])
                near = " ".join(got[max(0, position - 3):position + 12])
                return (f"missing {want[matched]!r} after «{before}» (followed by «{after}»)"
                        f"; printed text at that point: «{near}»")
            if advance:
                position = end
    return None


@pytest.fixture(scope="session")
def pdfcheck() -> SimpleNamespace:
    """The helpers above, for the test modules (conftest is not imported directly)."""
    return SimpleNamespace(text=pdf_text, pages=page_count, lines=stroked_lines,
                           squash=squash, words=words, official=official_text,
                           missing_wording=missing_wording)


@pytest.fixture(scope="session")
def annex3():
    from desk_app.domain.annexes import get_spec

    return get_spec("03")

"""The annex-14 list of permanent bonuses: loaded once from db/reference, searched
without diacritics, printed."""

from __future__ import annotations

from functools import cache

from desk_app.domain.bonuses import Bonus, parse_bonuses, search_bonuses
from desk_app.paths import asset_path


@cache
def all_bonuses() -> tuple[Bonus, ...]:
    text = asset_path("db", "reference", "annex14_permanent_bonuses.csv").read_text("utf-8")
    return parse_bonuses(text)


def find(text: str) -> list[Bonus]:
    """Bonuses matching the words typed ("spor noapte"); all of them for an empty query."""
    if not text.strip():
        return list(all_bonuses())
    return search_bonuses(all_bonuses(), text)


def bonuses_pdf(text: str = "") -> bytes:
    from desk_app.printing.bonuses_pdf import render_bonuses

    return render_bonuses(find(text), query=text.strip())

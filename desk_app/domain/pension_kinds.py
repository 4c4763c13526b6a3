"""Which registered requests the calculator can start from, and as what pension
(annex 3 old-age, 4 early, 6 invalidity, 16 recalculation)."""

from __future__ import annotations

PENSION_OF_ANNEX: dict[str, str] = {"03": "old_age", "04": "early", "06": "invalidity",
                                    "16": "old_age"}

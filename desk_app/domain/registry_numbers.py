"""How registration numbers look on screen and on paper.

A registration number is unique in the county for the calendar year; it is
shown as ``Nr. 1234 din 22.11.2026``. Allocation (blocks leased per
workstation, never reused) lives in the persistence layer; see
docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt


def format_registration(number: int | None, date: dt.date | None) -> str:
    if number is None or date is None:
        return "Nr. ........ din ............"
    return f"Nr. {number} din {date:%d.%m.%Y}"

"""The legal terms a clerk can compute by name (``desk-app deadline --kind``).

Each kind cites its article; the counting rules live in ``deadlines.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.deadlines import free_days_deadline, working_days_deadline


@dataclass(frozen=True)
class TermKind:
    name: str
    label: str
    days: int
    working_days: bool
    article: str

    def due(self, start: dt.date) -> dt.date:
        if self.working_days:
            return working_days_deadline(start, self.days)
        return free_days_deadline(start, self.days)


TERM_KINDS: dict[str, TermKind] = {kind.name: kind for kind in (
    TermKind("pension", "decizia asupra cererii de pensie", 45, False,
             "art. 60 și art. 58 alin. (5) din norme"),
    TermKind("pension_extended", "decizia, termen prelungit", 75, False,
             "art. 93 alin. (3) din lege (45 + 30 de zile)"),
    TermKind("recalculation", "decizia de recalculare", 45, False, "art. 94 alin. (7) din lege"),
    TermKind("death_aid", "plata ajutorului de deces", 3, True,
             "art. 100 alin. (2)–(3) din norme"),
    TermKind("communication", "comunicarea deciziei", 10, False, "art. 93 alin. (6) din lege"),
    TermKind("contest", "contestarea deciziei la instanță", 45, False,
             "art. 127 alin. (1) din lege"),
    TermKind("filing", "depunerea cererii după îndeplinirea condițiilor", 30, False,
             "art. 89 alin. (2) din lege, art. 58 alin. (1) din norme"),
)}

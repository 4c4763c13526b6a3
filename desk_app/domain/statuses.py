"""The life of a request at the counter and which changes are allowed.

ciornă → înregistrată → în lucru → soluționată (admisă / respinsă) → comunicată;
a registered request may be voided (anulată) with a reason, its number stays
used (a recorded gap).
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    DRAFT = "draft"
    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    ADMITTED = "admitted"
    REJECTED = "rejected"
    COMMUNICATED = "communicated"
    VOIDED = "voided"


LABELS: dict[Status, str] = {
    Status.DRAFT: "ciornă",
    Status.REGISTERED: "înregistrată",
    Status.IN_PROGRESS: "în lucru",
    Status.ADMITTED: "soluționată — admisă",
    Status.REJECTED: "soluționată — respinsă",
    Status.COMMUNICATED: "comunicată",
    Status.VOIDED: "anulată",
}

_NEXT: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.REGISTERED}),
    Status.REGISTERED: frozenset({Status.IN_PROGRESS, Status.VOIDED}),
    Status.IN_PROGRESS: frozenset({Status.ADMITTED, Status.REJECTED, Status.VOIDED}),
    Status.ADMITTED: frozenset({Status.COMMUNICATED}),
    Status.REJECTED: frozenset({Status.COMMUNICATED}),
    Status.COMMUNICATED: frozenset(),
    Status.VOIDED: frozenset(),
}

# Statuses whose legal deadline is still running.
OPEN: frozenset[Status] = frozenset({Status.REGISTERED, Status.IN_PROGRESS})


def allowed_next(status: Status) -> frozenset[Status]:
    return _NEXT[status]


def can_change(current: Status, new: Status) -> bool:
    return new in _NEXT[current]


def label(status: str) -> str:
    return LABELS.get(Status(status), status)

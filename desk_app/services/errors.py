"""Errors of the use cases that belong next to one input of a form."""

from __future__ import annotations


class FieldError(ValueError):
    """``str()`` is the Romanian message; ``field`` names the input it is about
    (empty: the whole request), so a dialog can show it next to that field."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field

"""Errors of the Law 360/2023 calculator; every message is Romanian, one line."""

from __future__ import annotations


class CalculationError(ValueError):
    """The case cannot be calculated as given (message for the clerk)."""


class MissingReferenceValue(CalculationError):
    """A figure of the law needed by the calculation is missing from the data.

    ``key`` names the value (e.g. ``average_salary:1995``) so an administrator
    can add it; the message says exactly which value is missing.
    """

    def __init__(self, message: str, key: str) -> None:
        super().__init__(message)
        self.key = key

"""Password rules for staff and portal accounts.

The portal account flow (CNPP guide) and our staff accounts ask for at least
8 characters with at least one capital letter and one digit.
"""

from __future__ import annotations

MIN_LENGTH = 8
MAX_LENGTH = 128


def password_problems(password: str) -> list[str]:
    """Romanian messages for each rule the password breaks (empty when it is good)."""
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(f"Parola are cel puțin {MIN_LENGTH} caractere.")
    if len(password) > MAX_LENGTH:
        problems.append(f"Parola are cel mult {MAX_LENGTH} caractere.")
    if not any(ch.isupper() for ch in password):
        problems.append("Parola conține cel puțin o literă mare.")
    if not any(ch.isdigit() for ch in password):
        problems.append("Parola conține cel puțin o cifră.")
    return problems

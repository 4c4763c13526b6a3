"""Secrets (the sync token, local key material) in the operating system's
keyring, behind one small interface. There is deliberately no plain-file
fallback: without a usable keyring the app says what to install instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "desk_app"


class SecretsUnavailable(RuntimeError):
    """No usable keyring backend; ``str()`` tells the IT admin what to do."""


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str
    message: str


def _unusable(backend: object) -> bool:
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return True
    return isinstance(backend, chainer.ChainerBackend) and not backend.backends


def status() -> KeyringStatus:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if _unusable(backend):
        return KeyringStatus(False, name,
                             "Nu există un depozit securizat de parole (keyring) pe acest "
                             "calculator. Pe Windows se folosește Credential Manager; pe Linux "
                             "instalați și porniți gnome-keyring sau KWallet (sau pachetul "
                             "keyrings.alt doar pentru teste).")
    return KeyringStatus(True, name, f"Keyring disponibil: {name}.")


def get_secret(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except (NoKeyringError, KeyringError) as exc:
        raise SecretsUnavailable(status().message) from exc


def set_secret(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except (NoKeyringError, KeyringError) as exc:
        raise SecretsUnavailable(status().message) from exc


def delete_secret(name: str) -> None:
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except (NoKeyringError, KeyringError) as exc:
        raise SecretsUnavailable(status().message) from exc

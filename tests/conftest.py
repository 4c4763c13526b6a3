"""Shared fixtures: a real SQLite store in a temporary folder, an initialised
office with an admin, a clerk and a supervisor, and an environment in which no
test touches the real home folder (data folder, keyring, Qt platform).

Building an office costs four argon2 hashes (~0.5 s), so it is built once per
session as a template file and copied into each test's own folder: every test
still gets its own real store file, migrated to head.

Fixtures other test modules may use:

* ``store`` — an open :class:`~desk_app.services.store.Store` (office CJ,
  users ``admin``, ``ghiseu1`` (clerk) and ``sef1`` (supervisor), password
  :data:`PASSWORD`);
* ``admin``, ``clerk``, ``supervisor`` — the signed-in users (the same value
  ``auth.login`` returns; the argon2 check itself is tested in
  ``tests/services/test_auth.py``);
* ``make_user(role, username=None)`` — a new account of that role, signed in;
* ``empty_store`` — a migrated store without an office;
* ``app_env`` — a copy of ``os.environ`` for subprocesses (same isolation).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

PASSWORD = "Parola123"
OFFICE_NAME = "Casa Teritorială de Pensii Cluj"
ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Data folder, keyring and XDG folders in a temporary folder, Qt offscreen."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DESK_APP_DATA_DIR", str(home / "desk_app"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    # The keyring backend of this process was chosen at first use: point it at a
    # file in the temporary folder as well, and give the previous one back after.
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(home / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(ring)
    try:
        yield home
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def app_env(_isolated_environment: Path) -> dict[str, str]:
    """Environment for a subprocess of the app: the same isolation as this process."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _fold_wal(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


@pytest.fixture(scope="session")
def _office_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file with an office and three staff accounts, built once."""
    from desk_app.services import auth, office
    from desk_app.services.store import open_store

    path = tmp_path_factory.mktemp("template") / "office.sqlite3"
    store = open_store(path)
    office.initialise(store, county_code="CJ", office_code="CTP-CJ", office_name=OFFICE_NAME,
                      address="Cluj-Napoca, str. Observatorului nr. 1",
                      admin_username="admin", admin_full_name="Ana Ionescu",
                      admin_password=PASSWORD)
    admin = auth.CurrentUser("admin", "Ana Ionescu", "admin")
    auth.create_user(store, admin, username="ghiseu1", full_name="Ion Ștefănescu",
                     role="clerk", password=PASSWORD)
    auth.create_user(store, admin, username="sef1", full_name="Elena Țăranu",
                     role="supervisor", password=PASSWORD)
    store.close()
    _fold_wal(path)
    return path


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desk_app.services.store import open_store

    path = tmp_path_factory.mktemp("template-empty") / "empty.sqlite3"
    open_store(path).close()
    _fold_wal(path)
    return path


def _open_copy(template: Path, target: Path):  # type: ignore[no-untyped-def]
    from desk_app.services.store import open_store

    shutil.copyfile(template, target)
    return open_store(target)


@pytest.fixture
def store(tmp_path: Path, _office_template: Path):  # type: ignore[no-untyped-def]
    """An initialised office store (its own file in ``tmp_path``)."""
    opened = _open_copy(_office_template, tmp_path / "desk_app.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def empty_store(tmp_path: Path, _empty_template: Path):  # type: ignore[no-untyped-def]
    """A store migrated to head, with no office yet (first run)."""
    opened = _open_copy(_empty_template, tmp_path / "empty.sqlite3")
    yield opened
    opened.close()


def _signed_in(store, username: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from desk_app.persistence.models import User
    from desk_app.services.auth import CurrentUser

    with store.read() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one()
        return CurrentUser(user.username, user.full_name, user.role)


@pytest.fixture
def admin(store):  # type: ignore[no-untyped-def]
    return _signed_in(store, "admin")


@pytest.fixture
def clerk(store):  # type: ignore[no-untyped-def]
    return _signed_in(store, "ghiseu1")


@pytest.fixture
def supervisor(store):  # type: ignore[no-untyped-def]
    return _signed_in(store, "sef1")


@pytest.fixture
def make_user(store, admin) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    """``make_user("activation_officer")`` → a new signed-in account of that role."""
    from desk_app.services import auth

    counter = iter(range(1, 1000))

    def make(role: str, username: str | None = None, full_name: str = "Utilizator Test"):
        name = username or f"{role.replace('_', '-')}{next(counter)}"
        auth.create_user(store, admin, username=name, full_name=full_name, role=role,
                         password=PASSWORD)
        return auth.login(store, name, PASSWORD)

    return make

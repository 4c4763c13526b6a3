"""Fixtures of the sync tests: a real PostgreSQL (started by
``installer/postgres-test.sh`` unless ``DESK_APP_TEST_PG_URL`` is set), the
real ``desk-app-server`` in a subprocess on 127.0.0.1, and counters that are
real SQLite stores, initialised and enrolled through the real client code.

If PostgreSQL cannot be started the tests FAIL (they never skip).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import Engine, create_engine, text

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp, parse_cnp
from desk_app.server import enrolment
from desk_app.server.db import make_engine, migrate
from desk_app.services import auth, office, requests, sync
from desk_app.services.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Parola123"


def _admin_url(url: str) -> str:
    return url.rsplit("/", 1)[0] + "/postgres"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    base = os.environ.get("DESK_APP_TEST_PG_URL", "")
    if not base:
        script = ROOT / "installer" / "postgres-test.sh"
        done = subprocess.run([str(script)], capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or not done.stdout.strip():
            pytest.fail("PostgreSQL nu a putut fi pornit pentru teste "
                        f"(installer/postgres-test.sh):\n{done.stderr[-2000:]}")
        base = done.stdout.strip().splitlines()[-1]
    name = f"desk_sync_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(_admin_url(base).replace("postgresql://", "postgresql+psycopg://"),
                          isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # a server that is not there must fail, not skip
        pytest.fail(f"PostgreSQL la {base} nu răspunde: {exc}")
    url = base.rsplit("/", 1)[0] + "/" + name
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def server_engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url, pool_size=2)
    migrate(engine)
    yield engine
    engine.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    database_url: str
    port: int
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desk_app.server.cli", "serve", "--database-url",
             self.database_url, "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("desk-app-server s-a oprit: "
                                   + self.process.stderr.read().decode()[-2000:])  # type: ignore[union-attr]
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("desk-app-server nu a pornit în 30 s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def start_server(database_url: str, **extra_env: str) -> ServerProcess:
    env = {**os.environ, **extra_env}
    server = ServerProcess(database_url, free_port(), env)
    server.start()
    return server


@pytest.fixture(scope="session")
def server(pg_url: str, server_engine: Engine) -> Iterator[ServerProcess]:
    process = start_server(pg_url)
    yield process
    process.stop()


@pytest.fixture(autouse=True)
def _test_keyring(tmp_path: Path) -> Iterator[None]:
    previous = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(ring)
    yield
    keyring.set_keyring(previous)


_COUNTIES = iter(["AB", "AR", "AG", "BC", "BH", "BN", "BT", "BV", "BR", "BZ", "CS", "CL", "CJ",
                  "CT", "CV", "DB", "DJ", "GL", "GR", "GJ", "HR", "HD", "IL", "IS", "IF", "MM",
                  "MH", "MS", "NT", "OT", "PH", "SM", "SJ", "SB", "SV", "TR", "TM", "TL", "VS",
                  "VL", "VN", "B"])


@pytest.fixture
def county() -> str:
    """A county of its own for each test: the server partitions by county."""
    return next(_COUNTIES)


@dataclass
class Counter:
    name: str
    store: Store
    admin: auth.CurrentUser


def make_counter(tmp_path: Path, server_engine: Engine, server: ServerProcess, county: str,
                 name: str, *, office_code: str = "", block_size: int = 1000,
                 enrol: bool = True) -> Counter:
    store = open_store(tmp_path / f"{name}.sqlite3")
    office.initialise(store, county_code=county, office_code=office_code or f"CTP-{name}",
                      office_name=f"Casa de pensii {name}", address="",
                      admin_username="admin", admin_full_name=f"Admin {name}",
                      admin_password=PASSWORD)
    admin = auth.login(store, "admin", PASSWORD)
    counter = Counter(f"{county}-{name}", store, admin)
    if enrol:
        code = enrolment.create_code(server_engine, counter.name, county)
        sync.enrol(store, server.url, code, actor=admin, block_size=block_size)
    return counter


def pension_payload(serial: int) -> dict[str, object]:
    spec = get_spec("03")
    payload = dict(spec.sample)
    key = f"{spec.applicant_prefix}.cnp"
    info = parse_cnp(str(payload[key]))
    payload[key] = make_cnp(info.sex, info.birth_date, "12", serial % 999 + 1)
    return payload


def register_many(counter: Counter, count: int, start: int = 0, *,
                  standalone: bool = False) -> list[str]:
    ids = []
    for i in range(count):
        info = requests.register(counter.store, counter.admin, "03",
                                 pension_payload(start + i), standalone=standalone)
        ids.append(info.id)
    return ids

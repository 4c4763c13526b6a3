"""HTTP client of the county server (httpx): enrolment, push, pull, leases.

Network failures are retried a few times with exponential back-off (tenacity);
push and lease are idempotent on the server (batch id, lease id), so a retry
can never apply anything twice. Every answer's ``Date`` header is compared
with the local clock. Errors are :class:`SyncError` subclasses whose ``str()``
is the Romanian message for the clerk.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import json
from typing import TYPE_CHECKING, Any

from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

if TYPE_CHECKING:  # httpx (~0.2 s with its CLI extras) loads on the first sync, not at start-up
    import httpx

MAX_CLOCK_SKEW = dt.timedelta(minutes=5)


class SyncError(RuntimeError):
    """A synchronisation failure; ``str()`` is Romanian."""


class Unreachable(SyncError):
    pass


class Unauthorised(SyncError):
    pass


class Rejected(SyncError):
    """The server refused a request (``code`` says why)."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def _unreachable(url: str, exc: BaseException) -> Unreachable:
    return Unreachable(f"Serverul județean ({url}) nu poate fi contactat: "
                       f"{exc.__class__.__name__}. Lucrați în continuare; datele rămân pe "
                       "acest calculator și se trimit automat când legătura revine.")


class SyncClient:
    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 60.0,
                 verify: bool | str = True, attempts: int = 3,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.attempts = max(1, attempts)
        self.clock_skew: dt.timedelta | None = None
        self.bytes_sent = 0
        self.bytes_received = 0
        import httpx

        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, verify=verify,
                                  transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- plumbing ---------------------------------------------------------------

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return {**headers, **(extra or {})}

    def _send(self, method: str, path: str, *, retry: bool = True,
              **kwargs: Any) -> httpx.Response:
        import httpx

        retrying = Retrying(stop=stop_after_attempt(self.attempts if retry else 1),
                            wait=wait_exponential(multiplier=0.5, max=8),
                            retry=retry_if_exception_type(httpx.TransportError), reraise=True)
        try:
            for attempt in retrying:
                with attempt:
                    response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise _unreachable(self.base_url, exc) from exc
        self._note_clock(response)
        self.bytes_received += response.num_bytes_downloaded
        if response.status_code == 401:
            raise Unauthorised(self._detail(response) or "Stația de lucru nu este autorizată.")
        if response.status_code >= 500:
            raise Unreachable(f"Serverul județean a răspuns cu eroarea {response.status_code}; "
                              "se va reîncerca automat.")
        if response.status_code >= 400:
            body = self._json(response)
            raise Rejected(self._detail(response) or f"Cerere refuzată ({response.status_code}).",
                           str(body.get("code", "")) if isinstance(body, dict) else "")
        return response

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            return {}

    def _detail(self, response: httpx.Response) -> str:
        body = self._json(response)
        detail = body.get("detail") if isinstance(body, dict) else None
        return detail if isinstance(detail, str) else ""

    def _note_clock(self, response: httpx.Response) -> None:
        date = response.headers.get("date")
        if not date:
            return
        try:
            server = email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError):
            return
        self.clock_skew = dt.datetime.now(dt.UTC) - server

    def clock_warning(self) -> str | None:
        skew = self.clock_skew
        if skew is None or abs(skew) <= MAX_CLOCK_SKEW:
            return None
        minutes = int(abs(skew).total_seconds() // 60)
        way = "înainte" if skew > dt.timedelta(0) else "în urmă"
        return (f"Ceasul acestui calculator este cu {minutes} minute {way} față de serverul "
                "județean. Corectați data și ora (termenele legale și datele de înregistrare "
                "depind de ele).")

    # --- calls --------------------------------------------------------------------

    def enrol(self, code: str, *, county: str, office_code: str,
              office_name: str) -> dict[str, Any]:
        response = self._send("POST", "/api/v1/enrol", retry=False, json={
            "code": code, "county": county, "office_code": office_code,
            "office_name": office_name})
        return dict(response.json())

    def push(self, batch_id: str, body_gz: bytes, checksum: str) -> dict[str, Any]:
        self.bytes_sent += len(body_gz)
        response = self._send("POST", "/api/v1/push", content=body_gz, headers=self._headers({
            "Content-Type": "application/json", "Content-Encoding": "gzip",
            "X-Batch-Id": batch_id, "X-Checksum": checksum}))
        ack = dict(response.json())
        if ack.get("batch_id") != batch_id:
            raise Rejected("Confirmarea serverului nu corespunde lotului trimis.", "bad_ack")
        return ack

    def pull(self, since: int, limit: int = 2000) -> dict[str, Any]:
        response = self._send("GET", "/api/v1/pull", params={"since": since, "limit": limit},
                              headers=self._headers())
        body = response.content
        if hashlib.sha256(body).hexdigest() != response.headers.get("x-checksum", ""):
            raise Rejected("Datele primite de la server sunt incomplete (suma de control nu "
                           "corespunde); se vor cere din nou.", "bad_checksum")
        return dict(json.loads(body))

    def lease(self, lease_id: str, year: int, size: int,
              series: str = "request") -> dict[str, Any]:
        body: dict[str, Any] = {"lease_id": lease_id, "year": year, "size": size}
        if series != "request":
            body["series"] = series
        response = self._send("POST", "/api/v1/leases", headers=self._headers(), json=body)
        return dict(response.json())


def canonical_json(data: Any) -> str:
    """The canonical text of a change's content (sorted keys, no spaces, UTF-8):
    the server stores a request's ``data_json`` as sent and its sha256 is the
    content checksum compared between the counters and the server."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def pack(document_json: str) -> tuple[bytes, str]:
    """(gzip body, sha256 of the uncompressed body) of a batch."""
    raw = document_json.encode("utf-8")
    return gzip.compress(raw, 6, mtime=0), hashlib.sha256(raw).hexdigest()

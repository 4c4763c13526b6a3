"""The county server's HTTP API (FastAPI). Stateless: every process behind a
load balancer talks to the same PostgreSQL; nothing is kept in memory between
calls.

``POST /api/v1/enrol``   one-time code → token (stored hashed)
``POST /api/v1/push``    gzip JSON batch, headers ``X-Batch-Id``, ``X-Checksum``
``GET  /api/v1/pull``    the county's changes after ``since`` (gzip JSON)
``POST /api/v1/leases``  a block of registration (or an office's decision) numbers
``GET  /api/v1/health``  liveness and server time

Errors are JSON ``{"code": …, "detail": "<Romanian message>"}``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from typing import Any

from fastapi import FastAPI, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import Engine

from desk_app.server import apply, enrolment, feed
from desk_app.server.db import now

MAX_COMPRESSED = 16 * 1024 * 1024
MAX_BODY = 128 * 1024 * 1024


class EnrolIn(BaseModel):
    code: str
    county: str = ""
    office_code: str = ""
    office_name: str = ""


class LeaseIn(BaseModel):
    lease_id: str
    year: int
    size: int = 1000
    series: str = "request"


def _error(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse({"code": code, "detail": detail}, status_code=status)


def _unauthorised() -> JSONResponse:
    return _error(401, "unauthorised", "Stația de lucru nu este autorizată (token revocat sau "
                  "greșit). Cereți administratorului un cod nou de înrolare.")


def _token(authorization: str) -> str:
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def _gunzip(data: bytes) -> bytes:
    inflater = zlib.decompressobj(wbits=31)
    out = inflater.decompress(data, MAX_BODY)
    if inflater.unconsumed_tail:
        raise ValueError("too large")
    if not inflater.eof:
        raise EOFError("truncated")
    return out


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI(title="desk-app-server", docs_url=None, redoc_url=None, openapi_url=None)

    def caller_for(authorization: str) -> enrolment.Caller | None:
        return enrolment.authenticate(engine, _token(authorization))

    @app.get("/api/v1/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "time": now().isoformat()}

    @app.post("/api/v1/enrol", response_model=None)
    def enrol(body: EnrolIn) -> Any:
        try:
            token, station = enrolment.enrol(engine, body.code, county=body.county,
                                             office_code=body.office_code,
                                             office_name=body.office_name)
        except enrolment.EnrolmentError as exc:
            return _error(403, "enrolment_refused", str(exc))
        return {"token": token, "workstation": station.name, "county": station.county}

    @app.get("/api/v1/me", response_model=None)
    def me(authorization: str = Header("")) -> Any:
        caller = caller_for(authorization)
        if caller is None:
            return _unauthorised()
        return {"workstation": caller.name, "county": caller.county}

    @app.post("/api/v1/push", response_model=None)
    async def push(request: Request, authorization: str = Header(""),
                   x_batch_id: str = Header(""), x_checksum: str = Header("")) -> Any:
        caller = await run_in_threadpool(caller_for, authorization)
        if caller is None:
            return _unauthorised()
        raw = await request.body()
        if len(raw) > MAX_COMPRESSED:
            return _error(413, "too_large", "Lotul este prea mare; micșorați mărimea lotului.")
        try:
            body = _gunzip(raw)
        except (zlib.error, EOFError, ValueError):
            return _error(400, "truncated", "Lotul a sosit incomplet sau deteriorat "
                          "(arhiva gzip nu poate fi citită); va fi retrimis.")
        if hashlib.sha256(body).hexdigest() != x_checksum.lower():
            return _error(400, "bad_checksum", "Suma de control a lotului nu corespunde "
                          "conținutului; lotul nu a fost salvat și va fi retrimis.")
        try:
            document = json.loads(body)
            changes = document["changes"]
            if document.get("batch_id") != x_batch_id or not x_batch_id \
                    or len(x_batch_id) > 40 or not isinstance(changes, list):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            return _error(400, "bad_batch", "Lotul nu are forma așteptată (identificator sau "
                          "listă de modificări lipsă).")
        try:
            ack = await run_in_threadpool(apply.apply_batch, engine, caller, x_batch_id,
                                          x_checksum.lower(), changes)
        except apply.BatchRejected as exc:
            return _error(409, "batch_conflict", str(exc))
        except (KeyError, TypeError, ValueError) as exc:
            return _error(400, "bad_change", f"O modificare din lot nu are forma așteptată: "
                          f"{exc}")
        return ack

    @app.get("/api/v1/pull", response_model=None)
    def pull(since: int = 0, limit: int = 2000, authorization: str = Header("")) -> Any:
        caller = caller_for(authorization)
        if caller is None:
            return _unauthorised()
        body, cursor, count = feed.pull(engine, caller, since, limit)
        return Response(gzip.compress(body, 6), media_type="application/json",
                        headers={"Content-Encoding": "gzip",
                                 "X-Checksum": hashlib.sha256(body).hexdigest(),
                                 "X-Cursor": str(cursor), "X-Count": str(count)})

    @app.post("/api/v1/leases", response_model=None)
    def leases(body: LeaseIn, authorization: str = Header("")) -> Any:
        caller = caller_for(authorization)
        if caller is None:
            return _unauthorised()
        try:
            return feed.lease(engine, caller, body.lease_id, body.year, body.size,
                              body.series)
        except feed.LeaseError as exc:
            return _error(400, "lease_refused", str(exc))

    return app

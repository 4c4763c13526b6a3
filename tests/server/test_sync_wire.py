"""A request travels as its canonical text (``data_json``): the server stores
and checksums that text as received, exactly as it would have canonicalised a
``data`` object; a ``data_json`` that is not a JSON object is refused (400)
and nothing of its batch is stored."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import text

from desk_app.infra.sync_client import Rejected, canonical_json, pack
from desk_app.server.apply import canonical, checksum
from tests.server.test_sync_faults import raw_client, server_counts


def _request(request_id: str, number: int) -> dict[str, object]:
    return {"id": request_id, "annex_id": "03", "status": "registered",
            "registration_year": 2031, "registration_no": number,
            "payload": {"applicant.surname": "Ștefănescu", "deceased.cnp": "1630715120011",
                        "note": 'ghilimele " și \\ backslash'}}


def _push(client, batch_id: str, changes: list[dict[str, object]]) -> dict:  # type: ignore[no-untyped-def, type-arg]
    body, body_sum = pack(json.dumps({"batch_id": batch_id, "changes": changes},
                                     ensure_ascii=False))
    return client.push(batch_id, body, body_sum)


def test_data_json_is_stored_as_sent_and_bad_text_is_refused(server_engine, server, county):
    client = raw_client(server_engine, server, county, f"{county}-wire")
    as_text, as_object = (f"00000000-0000-4000-8000-00000000{county.ljust(2, '0')}{i}0"
                          for i in (1, 2))
    first, second = _request(as_text, 1), _request(as_object, 2)
    _push(client, "w-1" + county, [
        {"seq": 1, "entity": "request", "id": as_text, "op": "upsert", "base": 0,
         "data_json": canonical_json(first)},
        {"seq": 2, "entity": "request", "id": as_object, "op": "upsert", "base": 0,
         "data": second}])
    with server_engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(text(
            "SELECT id, data, checksum, deceased_cnp, registration_no FROM requests "
            "WHERE county = :c"), {"c": county})}
    assert rows[as_text].data == canonical_json(first) == canonical(first)
    assert rows[as_object].data == canonical(second)
    for rid, content in ((as_text, first), (as_object, second)):
        assert rows[rid].checksum == checksum(canonical(content)) \
            == hashlib.sha256(canonical_json(content).encode()).hexdigest()
    assert rows[as_text].deceased_cnp == "1630715120011" and rows[as_text].registration_no == 1

    before = server_counts(server_engine, county)
    for bad in ("[1, 2]", '{"id": 1} trailing', "not json"):
        with pytest.raises(Rejected) as refused:
            _push(client, f"w-bad{len(bad)}" + county, [
                {"seq": 3, "entity": "request", "id": as_text, "op": "upsert", "base": 1,
                 "data_json": canonical_json(_request(as_text, 1))},
                {"seq": 4, "entity": "request", "id": as_object, "op": "upsert", "base": 1,
                 "data_json": bad}])
        assert refused.value.code == "bad_change"
    assert server_counts(server_engine, county) == before  # nothing of those batches
    client.close()

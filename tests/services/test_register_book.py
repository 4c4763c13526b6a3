"""The registry book: the requests of a period in number order with type,
status and newest decision; drafts and other periods left out; statistics and
the usual periods."""

from __future__ import annotations

import datetime as dt
import uuid

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.persistence.decision_models import Decision
from desk_app.services import register_book, requests

D = dt.date


def register(store, user, annex_id: str, day: dt.date, surname: str = "Popescu",  # type: ignore[no-untyped-def]
             serial: int = 1):
    payload = dict(get_spec(annex_id).sample)
    if annex_id == "03":
        payload.update({"applicant.surname": surname, "applicant.given_names": "Ana",
                        "applicant.cnp": make_cnp("F", D(1961, 3, 1), "12", serial)})
    return requests.register(store, user, annex_id, payload, today=day)


def add_decision(store, request_id: str, number: int, issued_on: dt.date) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from desk_app.persistence.models import Request

    with store.write() as session:
        row_id = session.execute(select(Request.row_id).where(Request.id == request_id)).scalar()
        session.add(Decision(uuid=str(uuid.uuid4()), request_row_id=row_id, office_id=1,
                             year=issued_on.year, number=number, issued_on=issued_on,
                             kind="old_age", outcome="admit", template_version=1,
                             content_json="{}", created_by="admin",
                             created_at=dt.datetime(issued_on.year, issued_on.month,
                                                    issued_on.day, 10)))


def test_the_book_lists_registered_requests_of_the_period_in_number_order(store, clerk):
    before = register(store, clerk, "03", D(2026, 2, 27), "Înainte", 1)
    first = register(store, clerk, "03", D(2026, 3, 2), "Ștefănescu", 2)
    second = register(store, clerk, "16", D(2026, 3, 2))
    third = register(store, clerk, "03", D(2026, 3, 31), "Țăranu", 3)
    register(store, clerk, "03", D(2026, 4, 1), "După", 4)
    requests.save_draft(store, clerk, "03", {"applicant.surname": "Ciornă"})

    rows = register_book.book_rows(store, D(2026, 3, 1), D(2026, 3, 31))

    assert [r.request_id for r in rows] == [first.id, second.id, third.id]
    assert [r.number for r in rows] == [2, 3, 4]
    assert before.registration_no == 1
    top = rows[0]
    assert top.registration_date == D(2026, 3, 2)
    assert top.applicant_name.startswith("Ștefănescu")
    assert top.applicant_cnp == make_cnp("F", D(1961, 3, 1), "12", 2)
    assert top.request_type == "Pensie pentru limită de vârstă"
    assert rows[1].request_type == "Recalcularea pensiei"
    assert top.status_label == "înregistrată"
    assert top.decision_text == ""
    assert top.cells()[:2] == ("2", "02.03.2026")


def test_voided_requests_stay_in_the_book_with_their_status(store, clerk, supervisor):
    info = register(store, clerk, "03", D(2026, 5, 4))
    requests.void_request(store, supervisor, info.id, "greșeală de înregistrare")
    (row,) = register_book.book_rows(store, D(2026, 5, 4), D(2026, 5, 4))
    assert (row.number, row.status_label) == (1, "anulată")


def test_the_newest_decision_of_a_request_is_shown(store, clerk):
    with_two = register(store, clerk, "03", D(2026, 3, 2), "Popescu", 1)
    without = register(store, clerk, "03", D(2026, 3, 3), "Ionescu", 2)
    add_decision(store, with_two.id, 7, D(2026, 4, 10))
    add_decision(store, with_two.id, 19, D(2026, 5, 20))  # revised: the newer counts

    rows = register_book.book_rows(store, D(2026, 1, 1), D(2026, 12, 31))

    assert [r.request_id for r in rows] == [with_two.id, without.id]  # one row each
    assert (rows[0].decision_no, rows[0].decision_date) == (19, D(2026, 5, 20))
    assert rows[0].decision_text == "19 / 20.05.2026"
    assert rows[0].cells()[-1] == "19 / 20.05.2026"
    assert rows[1].decision_no is None and rows[1].cells()[-1] == ""


def test_statistics_count_by_type_month_and_status(store, clerk):
    for serial, day in enumerate((D(2026, 1, 5), D(2026, 1, 6), D(2026, 3, 9)), start=1):
        register(store, clerk, "03", day, "Popescu", serial)
    register(store, clerk, "16", D(2026, 3, 10))
    rows = register_book.book_rows(store, D(2026, 1, 1), D(2026, 12, 31))
    add_decision(store, rows[0].request_id, 1, D(2026, 2, 1))

    stats = register_book.statistics(register_book.book_rows(store, D(2026, 1, 1),
                                                             D(2026, 12, 31)))

    assert stats.total == 4
    assert stats.with_decision == 1
    assert stats.by_type == (("Pensie pentru limită de vârstă", 3),
                             ("Recalcularea pensiei", 1))
    assert stats.by_month == ((2026, 1, 2), (2026, 3, 2))
    assert stats.month_rows() == [("ianuarie 2026", 2), ("martie 2026", 2)]
    assert stats.by_status == (("înregistrată", 4),)


def test_an_empty_period_gives_an_empty_book_and_zero_statistics(store):
    rows = register_book.book_rows(store, D(2026, 1, 1), D(2026, 1, 31))
    assert rows == []
    stats = register_book.statistics(rows)
    assert (stats.total, stats.by_type, stats.by_month) == (0, (), ())


def test_period_presets_are_today_this_month_and_this_year():
    presets = register_book.period_presets(D(2024, 2, 14))
    assert [(p.label, p.start, p.end) for p in presets] == [
        ("Azi", D(2024, 2, 14), D(2024, 2, 14)),
        ("Luna aceasta", D(2024, 2, 1), D(2024, 2, 29)),
        ("Anul acesta", D(2024, 1, 1), D(2024, 12, 31)),
    ]
    december = register_book.period_presets(D(2026, 12, 31))[1]
    assert (december.start, december.end) == (D(2026, 12, 1), D(2026, 12, 31))
    assert register_book.period_text(D(2026, 1, 1), D(2026, 12, 31)) == \
        "01.01.2026 – 31.12.2026"

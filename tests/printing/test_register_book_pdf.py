"""The printed registry book, read back with pypdf: A4 landscape, the header
row on every page, "Pagina x din y", diacritics, the decision column and the
statistics page of a real store's requests."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.printing import register_book_pdf
from desk_app.services import register_book, register_export, requests
from tests.services.test_register_book import add_decision

D = dt.date
HEADER = "Nr. Data Solicitant CNP Tipul cererii Stare Decizia nr. / data"
SPECIAL = ("Ștefănescu", "Țuțu-Ânișoara Îlie")
PENSIONS = 46  # annex 3: more than one page of rows (43 a page)
RECALCULATIONS = 3  # annex 16


def _register_all(store, clerk) -> list[str]:  # type: ignore[no-untyped-def]
    ids = []
    sample = dict(get_spec("03").sample)
    for serial in range(1, PENSIONS + 1):
        surname, given = SPECIAL if serial == 2 else ("Popescu", f"Maria {serial}")
        day = D(2026, 1, 15) if serial <= 20 else D(2026, 2, 10)
        ids.append(requests.register(store, clerk, "03", {
            **sample, "applicant.surname": surname, "applicant.given_names": given,
            "applicant.cnp": make_cnp("F", D(1961, 3, 1), "12", serial)}, today=day).id)
    for _ in range(RECALCULATIONS):
        ids.append(requests.register(store, clerk, "16", dict(get_spec("16").sample),
                                     today=D(2026, 3, 2)).id)
    return ids


def lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The page's text lines as laid out (cells of a row on one line), spaces squashed."""
    return [re.sub(r"\s+", " ", line).strip()
            for line in page.extract_text(extraction_mode="layout").splitlines()
            if line.strip()]


def text_of(page) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(lines(page))


@pytest.fixture
def book(store, clerk):  # type: ignore[no-untyped-def]
    ids = _register_all(store, clerk)
    add_decision(store, ids[1], 317, D(2026, 3, 20))
    rows = register_book.book_rows(store, D(2026, 1, 1), D(2026, 12, 31))
    pdf = register_export.pdf_bytes(rows, register_book.statistics(rows),
                                    office_name="Casa Teritorială de Pensii Cluj",
                                    start=D(2026, 1, 1), end=D(2026, 12, 31))
    return PdfReader(io.BytesIO(pdf))


def test_the_book_is_a4_landscape_with_header_row_and_page_numbers_on_every_page(book):
    pages = book.pages
    total = len(pages)
    assert total == 3  # 43 + 6 rows, then the statistics page
    for number, page in enumerate(pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)
        text = text_of(page)
        assert f"Pagina {number} din {total}" in text
        assert "Registrul de intrare — cereri" in text
        assert "Casa Teritorială de Pensii Cluj" in text
        assert "Perioada: 01.01.2026 – 31.12.2026" in text
    for page in pages[:-1]:
        assert lines(page).count(HEADER) == 1


def test_rows_are_in_number_order_with_diacritics_and_the_decision(book):
    first = text_of(book.pages[0])
    second = text_of(book.pages[1])
    numbers = [int(n) for n in re.findall(r"^(\d+) \d\d\.\d\d\.2026 ", first + "\n" + second,
                                          re.MULTILINE)]
    assert numbers == list(range(1, PENSIONS + RECALCULATIONS + 1))
    line = next(ln for ln in first.splitlines() if ln.startswith("2 "))
    assert line.startswith("2 15.01.2026 Ștefănescu Țuțu-Ânișoara Îlie "
                           f"{make_cnp('F', D(1961, 3, 1), '12', 2)} "
                           "Pensie pentru limită de vârstă înregistrată 317 / 20.03.2026")
    other = next(ln for ln in first.splitlines() if ln.startswith("3 "))
    assert "/ 20.03.2026" not in other
    assert "Recalcularea pensiei" in second


def test_the_statistics_page_counts_what_was_registered(book):
    text = text_of(book.pages[-1])
    assert "Statistici" in text
    assert HEADER not in text
    assert "Total cereri înregistrate: 49; cu decizie emisă: 1." in text
    assert f"Pensie pentru limită de vârstă {PENSIONS}" in text
    assert f"Recalcularea pensiei {RECALCULATIONS}" in text
    assert "ian. 2026 20" in text
    assert "feb. 2026 26" in text
    assert "mar. 2026 3" in text
    assert "Cereri înregistrate pe luni" in text  # the chart's title


def test_a_long_type_is_cut_to_its_column_and_a_large_book_splits_into_whole_pages():
    long_type = "Ajutor de deces (persoană juridică, asigurat/pensionar) — " * 2
    rows = [(str(n), "02.03.2026", "Popescu Maria", "2610301120021", long_type,
             "înregistrată", "") for n in range(1, 2 * 23 * 43 + 11)]
    pdf = register_book_pdf.render_register_book(register_book_pdf.BookDocument(
        office_name="CTP Cluj", period="02.03.2026", rows=rows, by_type=[(long_type, 1)],
        by_month=[("mar. 2026", len(rows))]))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2 * 23 + 1 + 1  # two full tables of 23 pages, 10 rows, statistics
    for page in (pages[22], pages[23], pages[46]):
        assert lines(page).count(HEADER) == 1  # a new table starts on a new page: no doubled header
    assert "Pagina 48 din 48" in text_of(pages[-1])
    assert "Total cereri înregistrate: 1.988;" in text_of(pages[-1])  # Romanian thousands
    row = next(line for line in lines(pages[0]) if line.startswith("1 02.03.2026"))
    assert "Ajutor de deces (persoană juridică" in row and "…" in row
    assert long_type.strip() not in row

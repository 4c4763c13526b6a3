"""Exporting the registry book: the format follows the file name; XLSX with a
frozen header, real dates and a statistics sheet; CSV that Romanian Excel
opens with diacritics (UTF-8 BOM, ';'); a Romanian message for anything else."""

from __future__ import annotations

import csv
import datetime as dt
import uuid

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desk_app.domain.annexes import get_spec
from desk_app.domain.cnp import make_cnp
from desk_app.persistence.decision_models import Decision
from desk_app.persistence.models import Request
from desk_app.services import register_export, requests

D = dt.date
CNP_1 = make_cnp("F", D(1961, 3, 1), "12", 1)


@pytest.fixture
def filed(store, clerk):  # type: ignore[no-untyped-def]
    sample = dict(get_spec("03").sample)
    first = requests.register(store, clerk, "03", {
        **sample, "applicant.surname": "Ștefănescu", "applicant.given_names": "Țuțu-Ânișoara Îlie",
        "applicant.cnp": CNP_1}, today=D(2026, 1, 15))
    requests.register(store, clerk, "03", {
        **sample, "applicant.surname": "Popescu", "applicant.given_names": "Ana",
        "applicant.cnp": make_cnp("F", D(1961, 3, 1), "12", 2)}, today=D(2026, 2, 3))
    requests.register(store, clerk, "16", dict(get_spec("16").sample), today=D(2026, 2, 4))
    requests.register(store, clerk, "16", dict(get_spec("16").sample), today=D(2027, 1, 5))
    with store.write() as session:
        row_id = session.execute(select(Request.row_id).where(Request.id == first.id)).scalar()
        session.add(Decision(uuid=str(uuid.uuid4()), request_row_id=row_id, office_id=1,
                             year=2026, number=41, issued_on=D(2026, 2, 20), kind="old_age",
                             outcome="admit", template_version=1, content_json="{}",
                             created_by="admin", created_at=dt.datetime(2026, 2, 20, 9)))
    return store


def test_xlsx_has_a_frozen_header_real_dates_and_a_statistics_sheet(filed, tmp_path):
    out = tmp_path / "registru.xlsx"
    assert register_export.export_book(filed, D(2026, 1, 1), D(2026, 12, 31), out) == 3
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Registru", "Statistici"]
    sheet = workbook["Registru"]
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == register_export.COLUMNS
    assert len(rows) == 4
    number, year, registered, name, cnp, kind, status, decision_no, decided = rows[1]
    assert (number, year) == (1, 2026)
    assert registered == dt.datetime(2026, 1, 15)  # a real date, not text
    assert sheet["C2"].number_format == "DD.MM.YYYY"
    assert name == "Ștefănescu Țuțu-Ânișoara Îlie"
    assert cnp == CNP_1 and isinstance(cnp, str)
    assert (kind, status) == ("Pensie pentru limită de vârstă", "înregistrată")
    assert (decision_no, decided) == (41, dt.datetime(2026, 2, 20))
    assert rows[3][5] == "Recalcularea pensiei" and rows[3][7] is None
    assert sheet.column_dimensions["D"].width >= 30
    stats = {row[0]: row[1] for row in workbook["Statistici"].iter_rows(values_only=True)
             if row and row[0]}
    assert stats["Total cereri înregistrate"] == 3
    assert stats["Cu decizie emisă"] == 1
    assert stats["Pensie pentru limită de vârstă"] == 2
    assert stats["Recalcularea pensiei"] == 1
    assert stats["ianuarie 2026"] == 1 and stats["februarie 2026"] == 2


def test_csv_is_utf8_with_bom_and_semicolons_for_romanian_excel(filed, tmp_path):
    out = tmp_path / "registru.csv"
    assert register_export.export_book(filed, D(2026, 1, 1), D(2026, 12, 31), out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0] == list(register_export.COLUMNS)
    assert rows[1] == ["1", "2026", "15.01.2026", "Ștefănescu Țuțu-Ânișoara Îlie", CNP_1,
                       "Pensie pentru limită de vârstă", "înregistrată", "41", "20.02.2026"]
    assert rows[2][7:] == ["", ""]
    assert len(rows) == 4


def test_pdf_is_chosen_by_suffix_and_counts_the_rows(filed, tmp_path):
    out = tmp_path / "Registru.PDF"
    assert register_export.export_book(filed, D(2027, 1, 1), D(2027, 12, 31), out) == 1
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    assert "Casa Teritorială de Pensii Cluj" in reader.pages[0].extract_text()


def test_other_suffixes_and_bad_periods_get_a_romanian_message_and_no_file(filed, tmp_path):
    with pytest.raises(ValueError, match=r"se poate salva ca \.pdf, \.xlsx sau \.csv"):
        register_export.export_book(filed, D(2026, 1, 1), D(2026, 1, 31), tmp_path / "r.docx")
    with pytest.raises(ValueError, match="Perioada nu este validă"):
        register_export.export_book(filed, D(2026, 2, 1), D(2026, 1, 31), tmp_path / "r.csv")
    with pytest.raises(ValueError, match="nu există"):
        register_export.export_book(filed, D(2026, 1, 1), D(2026, 1, 31),
                                    tmp_path / "lipsă" / "r.csv")
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith(filed.path.name)]

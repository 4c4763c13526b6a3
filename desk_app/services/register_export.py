"""Writing the registry book of a period to a file: PDF (printed book with its
statistics page), XLSX (openpyxl, write-only for speed: frozen header, real
dates, a "Statistici" sheet) or CSV (UTF-8 with BOM and ``;`` as Romanian
Excel expects). ``export_book`` picks the format from the file's suffix.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from desk_app.services.office import SetupError, office_info
from desk_app.services.register_book import (
    BookRow,
    Stats,
    book_rows,
    month_label,
    period_text,
    statistics,
)
from desk_app.services.store import Store

# Columns of the spreadsheet and the CSV: the decision split in number and date
# so both can be sorted and filtered.
COLUMNS = ("Nr. înregistrare", "Anul", "Data înregistrării", "Solicitant", "CNP",
           "Tipul cererii", "Stare", "Decizia nr.", "Data deciziei")
WIDTHS = (14, 7, 17, 36, 16, 46, 22, 12, 14)
FORMATS = (".pdf", ".xlsx", ".csv")


def _office_name(store: Store) -> str:
    try:
        return office_info(store).name
    except SetupError:
        return ""


def pdf_bytes(rows: Sequence[BookRow], stats: Stats, *, office_name: str, start: dt.date,
              end: dt.date, now: dt.datetime | None = None) -> bytes:
    from desk_app.printing.register_book_pdf import BookDocument, render_register_book

    now = now or dt.datetime.now()
    document = BookDocument(
        office_name=office_name, period=period_text(start, end),
        rows=[row.cells() for row in rows], by_type=stats.by_type,
        by_month=[(month_label(y, m, short=True), n) for y, m, n in stats.by_month],
        with_decision=stats.with_decision, generated_on=f"{now:%d.%m.%Y %H:%M}")
    return render_register_book(document)


def write_xlsx(rows: Sequence[BookRow], stats: Stats, path: Path, *, office_name: str,
               start: dt.date, end: dt.date) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Registru")
    sheet.freeze_panes = "A2"
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)

    def header(values: Sequence[str], target) -> list[WriteOnlyCell]:  # type: ignore[no-untyped-def]
        cells = []
        for value in values:
            cell = WriteOnlyCell(target, value=value)
            cell.font = bold
            cells.append(cell)
        return cells

    sheet.append(header(COLUMNS, sheet))
    # One styled cell per date column, reused: write-only rows are serialised at
    # once, so the same cell object can carry each row's value.
    registered = WriteOnlyCell(sheet)
    registered.number_format = "DD.MM.YYYY"
    decided = WriteOnlyCell(sheet)
    decided.number_format = "DD.MM.YYYY"
    append = sheet.append
    for row in rows:
        registered.value = row.registration_date
        decided.value = row.decision_date
        append((row.number, row.year, registered, row.applicant_name, row.applicant_cnp,
                row.request_type, row.status_label, row.decision_no, decided))
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"

    summary = workbook.create_sheet("Statistici")
    summary.column_dimensions["A"].width = 58
    summary.column_dimensions["B"].width = 12
    summary.append(header([f"Registrul de intrare — {office_name}".rstrip(" —")], summary))
    summary.append([f"Perioada: {period_text(start, end)}"])
    summary.append(["Total cereri înregistrate", stats.total])
    summary.append(["Cu decizie emisă", stats.with_decision])
    summary.append([])
    summary.append(header(["Tipul cererii", "Cereri"], summary))
    for name, count in stats.by_type:
        summary.append([name, count])
    summary.append([])
    summary.append(header(["Luna", "Cereri"], summary))
    for name, count in stats.month_rows():
        summary.append([name, count])
    summary.append([])
    summary.append(header(["Stare", "Cereri"], summary))
    for name, count in stats.by_status:
        summary.append([name, count])
    workbook.save(path)


def write_csv(rows: Sequence[BookRow], path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows(
            (row.number, row.year, f"{row.registration_date:%d.%m.%Y}", row.applicant_name,
             row.applicant_cnp, row.request_type, row.status_label,
             "" if row.decision_no is None else row.decision_no,
             f"{row.decision_date:%d.%m.%Y}" if row.decision_date else "")
            for row in rows)


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Write next to ``path`` and rename: a failed export leaves no half file."""
    handle, temporary = tempfile.mkstemp(prefix=".registru-", suffix=path.suffix,
                                         dir=path.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check_format(out_path: Path | str) -> str:
    """The format of ``out_path`` (".pdf", ".xlsx", ".csv"); ValueError otherwise."""
    suffix = Path(out_path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"Format necunoscut „{suffix or Path(out_path).name}”: registrul se "
                         "poate salva ca .pdf, .xlsx sau .csv.")
    return suffix


def export_book(store: Store, start: dt.date, end: dt.date, out_path: Path | str) -> int:
    """Write the book of [start, end] to ``out_path`` (format by suffix); returns the
    number of requests written. ValueError (Romanian) for a bad suffix or period;
    OSError when the file cannot be written."""
    path = Path(out_path)
    suffix = check_format(path)
    if end < start:
        raise ValueError(f"Perioada nu este validă: {start:%d.%m.%Y} este după "
                         f"{end:%d.%m.%Y}.")
    if not path.parent.is_dir():
        raise ValueError(f"Dosarul {path.parent} nu există.")
    rows = book_rows(store, start, end)
    if suffix == ".csv":
        _atomic(path, lambda target: write_csv(rows, target))
        return len(rows)
    stats = statistics(rows)
    office_name = _office_name(store)
    if suffix == ".xlsx":
        _atomic(path, lambda target: write_xlsx(rows, stats, target, office_name=office_name,
                                                start=start, end=end))
    else:
        data = pdf_bytes(rows, stats, office_name=office_name, start=start, end=end)
        _atomic(path, lambda target: target.write_bytes(data))
    return len(rows)

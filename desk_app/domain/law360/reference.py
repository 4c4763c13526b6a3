"""Law 360/2023 reference data as values with effective dates (pure parsing).

The figures of the law that change (Annex 5, tables 1–4, average gross
salaries, reference point value, death aid) are data, shipped as CSV in
``db/reference/law360`` and read by ``desk_app.services.law_reference``.
This module only parses CSV *text*; it never opens a file.

Every value keeps the ``status`` of its source row (``read``, ``secondary``,
``inferred``, ``missing``) so a result can say which figures are not certain.

Overrides (the seam for administrator-edited values stored later in the
database): :func:`parse_reference_tables` accepts a second mapping of CSV texts
with the same columns; an override row replaces the shipped row with the same
key (birth year/month for Annex 5, year for salaries, effective date for the
reference point value and the death aid) and adds rows that did not exist.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from desk_app.domain.law360.durations import Duration

ANNEX5_FILES = ("annex5_women.csv", "annex5_men.csv")
REQUIRED_FILES = (
    *ANNEX5_FILES,
    "table1_conditii_deosebite.csv",
    "table2_grupa1_conditii_speciale.csv",
    "table3_women_children.csv",
    "table4_early_pension_diminution.csv",
    "average_salary.csv",
    "bass_average_gross_salary.csv",
    "vpr.csv",
    "death_aid.csv",
)


class ReferenceDataError(ValueError):
    """A reference CSV that cannot be used; the message is Romanian."""


@dataclass(frozen=True)
class Annex5Row:
    """One row of Annex 5: standard age and periods for a birth month."""

    sex: str
    birth_year: int
    birth_month: int
    age_years: int
    age_months: int
    complete_period: Duration
    minimum_period: Duration
    status: str


@dataclass(frozen=True)
class ReductionRow:
    """A row of tables 1–3: from ``low`` to ``high`` (None = and more) → months."""

    low: int
    high: int | None
    months: int
    status: str


@dataclass(frozen=True)
class DiminutionBand:
    """Table 4: years over the complete period in [low, high) → % per month."""

    low_years: int
    high_years: int
    pct_per_month: Decimal
    status: str


@dataclass(frozen=True)
class SalaryValue:
    """An average salary for a year; ``gross``/``net`` may be None (missing)."""

    year: int
    gross: Decimal | None
    net: Decimal | None
    status: str
    source: str


@dataclass(frozen=True)
class DatedValue:
    """A value in force from ``start`` to ``end`` (inclusive, None = open)."""

    start: dt.date | None
    end: dt.date | None
    value: Decimal | None
    status: str
    basis: str
    second_value: Decimal | None = None  # death aid: family-member amount
    note: str = ""


@dataclass(frozen=True)
class ReferenceTables:
    """Everything the calculator reads from the law's tables, immutable."""

    annex5: Mapping[tuple[str, int, int], Annex5Row]
    annex5_range: Mapping[str, tuple[tuple[int, int], tuple[int, int]]]
    table1: tuple[ReductionRow, ...]
    table2: tuple[ReductionRow, ...]
    table3: tuple[ReductionRow, ...]
    table4: tuple[DiminutionBand, ...]
    annex7_salaries: Mapping[int, SalaryValue]
    bass_salaries: Mapping[int, SalaryValue]
    vpr: tuple[DatedValue, ...]
    death_aid: tuple[DatedValue, ...]
    overridden: frozenset[str] = field(default_factory=frozenset)


def _rows(text: str, name: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def _int(row: Mapping[str, str], key: str, name: str) -> int:
    try:
        return int(row[key])
    except (KeyError, ValueError) as exc:
        raise ReferenceDataError(
            f"Fișierul {name}: valoare nevalidă în coloana {key!r}: {row.get(key)!r}."
        ) from exc


def _dec(value: str, name: str) -> Decimal | None:
    if value == "":
        return None
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise ReferenceDataError(f"Fișierul {name}: număr nevalid {value!r}.") from exc


def _date(value: str, name: str) -> dt.date | None:
    if value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ReferenceDataError(f"Fișierul {name}: dată nevalidă {value!r}.") from exc


def _status(row: Mapping[str, str]) -> str:
    """First word of the status cell (``read (numeric bounds …)`` → ``read``)."""
    raw = row.get("status", "") or "read"
    return raw.split()[0].strip("(),;") if raw.split() else "read"


def _merge_keyed(shipped: list[dict[str, str]], extra: list[dict[str, str]],
                 key: tuple[str, ...]) -> list[dict[str, str]]:
    """Override rows replace shipped rows with the same key; new keys are added."""
    merged = {tuple(r.get(k, "") for k in key): r for r in shipped}
    order = [tuple(r.get(k, "") for k in key) for r in shipped]
    for row in extra:
        k = tuple(row.get(col, "") for col in key)
        if k not in merged:
            order.append(k)
        # An administrator's value carries status "override" unless it says otherwise.
        merged[k] = {**merged.get(k, {}), **{c: v for c, v in row.items() if v != ""},
                     "status": row.get("status") or "override"}
    return [merged[k] for k in order]


def _parse_annex5(rows: list[dict[str, str]], name: str) -> list[Annex5Row]:
    return [
        Annex5Row(
            sex=r["sex"].upper(),
            birth_year=_int(r, "birth_year", name),
            birth_month=_int(r, "birth_month", name),
            age_years=_int(r, "standard_age_years", name),
            age_months=_int(r, "standard_age_months", name),
            complete_period=Duration.of(_int(r, "complete_period_years", name),
                                        _int(r, "complete_period_months", name)),
            minimum_period=Duration.of(_int(r, "minimum_period_years", name),
                                       _int(r, "minimum_period_months", name)),
            status=_status(r),
        )
        for r in rows
    ]


def _parse_reduction(rows: list[dict[str, str]], low: str, high: str,
                     name: str) -> tuple[ReductionRow, ...]:
    parsed = [
        ReductionRow(low=_int(r, low, name),
                     high=int(r[high]) if r.get(high) else None,
                     months=_int(r, "reduction_total_months", name),
                     status=_status(r))
        for r in rows
    ]
    return tuple(sorted(parsed, key=lambda row: row.low))


def _parse_table4(rows: list[dict[str, str]], name: str) -> tuple[DiminutionBand, ...]:
    bands = []
    for r in rows:
        pct = _dec(r.get("diminution_pct_per_month", ""), name)
        if pct is None:
            raise ReferenceDataError(f"Fișierul {name}: procent de diminuare lipsă.")
        bands.append(DiminutionBand(_int(r, "over_complete_years_from", name),
                                    _int(r, "over_complete_years_to", name), pct, _status(r)))
    return tuple(sorted(bands, key=lambda b: b.low_years))


def _parse_annex7(rows: list[dict[str, str]], name: str) -> dict[int, SalaryValue]:
    return {
        _int(r, "year", name): SalaryValue(
            year=_int(r, "year", name), gross=_dec(r.get("gross_lei", ""), name),
            net=_dec(r.get("net_lei", ""), name), status=_status(r),
            source=r.get("legal_ref", "") or "Legea 360/2023 anexa nr. 7")
        for r in rows
    }


def _parse_bass(rows: list[dict[str, str]], name: str) -> dict[int, SalaryValue]:
    out = {}
    for r in rows:
        value = _dec(r.get("value_lei", ""), name)
        status = _status(r) if value is not None else "missing"
        out[_int(r, "year", name)] = SalaryValue(
            year=_int(r, "year", name), gross=value, net=None, status=status,
            source=(r.get("budget_law", "") or "legea bugetului asigurărilor sociale de stat")
            + "; Legea 360/2023 art. 85 alin. (7)")
    return out


def _close_open_ends(values: list[DatedValue]) -> tuple[DatedValue, ...]:
    """Give every row a start and an end from its neighbours (file order).

    An empty ``effective_to`` ends the day before the next row starts; an empty
    ``effective_from`` starts the day after the previous row ends. When both
    neighbours are open (the 2019/2020 death-aid rows), the boundary is taken
    as 1 January of the year after the earlier row starts and the later row is
    marked ``inferred`` — the law changes these amounts with the yearly budget.
    """
    one = dt.timedelta(days=1)
    items = list(values)
    for i, item in enumerate(items):
        start, end, status, note = item.start, item.end, item.status, item.note
        if start is None and i > 0:
            prev = items[i - 1]
            if prev.end is not None:
                start = prev.end + one
            elif prev.start is not None:
                start = dt.date(prev.start.year + 1, 1, 1)
                status = "inferred" if status != "missing" else status
                note = (note + " " if note else "") + "data de început dedusă (1 ianuarie)"
        if end is None and i + 1 < len(items):
            nxt = items[i + 1]
            if nxt.start is not None:
                end = nxt.start - one
            elif item.start is not None:
                end = dt.date(item.start.year + 1, 1, 1) - one
                note = (note + " " if note else "") + "data de sfârșit dedusă (31 decembrie)"
        items[i] = DatedValue(start, end, item.value, status, item.basis,
                              item.second_value, note)
    return tuple(items)


def _parse_vpr(rows: list[dict[str, str]], name: str) -> tuple[DatedValue, ...]:
    values = [
        DatedValue(start=_date(r.get("effective_from", ""), name),
                   end=_date(r.get("effective_to", ""), name),
                   value=_dec(r.get("value_lei", ""), name),
                   status=_status(r) if r.get("value_lei") else "missing",
                   basis=r.get("legal_basis", ""))
        for r in rows
        if r.get("indicator", "reference_point_value") == "reference_point_value"
    ]
    values.sort(key=lambda v: v.start or dt.date.min)
    return _close_open_ends(values)


def _parse_death_aid(rows: list[dict[str, str]], name: str) -> tuple[DatedValue, ...]:
    values = [
        DatedValue(start=_date(r.get("effective_from", ""), name),
                   end=_date(r.get("effective_to", ""), name),
                   value=_dec(r.get("insured_or_pensioner_lei", ""), name),
                   second_value=_dec(r.get("family_member_lei", ""), name),
                   status=_status(r), basis=r.get("legal_basis", ""),
                   note=r.get("note", ""))
        for r in rows
    ]
    return _close_open_ends(values)


_KEYS: Mapping[str, tuple[str, ...]] = {
    "annex5_women.csv": ("sex", "birth_year", "birth_month"),
    "annex5_men.csv": ("sex", "birth_year", "birth_month"),
    "average_salary.csv": ("year",),
    "bass_average_gross_salary.csv": ("year",),
    "vpr.csv": ("indicator", "effective_from"),
    "death_aid.csv": ("effective_from", "effective_to"),
    "table1_conditii_deosebite.csv": ("years_completed_min",),
    "table2_grupa1_conditii_speciale.csv": ("years_completed_min",),
    "table3_women_children.csv": ("children_min",),
    "table4_early_pension_diminution.csv": ("over_complete_years_from",),
}

# The columns that identify a row of each table (an override with the same key
# supersedes the shipped row).
ROW_KEYS = _KEYS


def parse_reference_tables(csv_texts: Mapping[str, str],
                           overrides: Mapping[str, str] | None = None) -> ReferenceTables:
    """Build :class:`ReferenceTables` from file name → CSV text (pure).

    ``overrides`` has the same shape; its rows supersede shipped rows with the
    same key (see the module docstring). Raises :class:`ReferenceDataError`
    with a Romanian message when a required file is absent or malformed.
    """
    overrides = overrides or {}
    missing = [n for n in REQUIRED_FILES if n not in csv_texts]
    if missing:
        raise ReferenceDataError("Lipsesc fișierele de referință: " + ", ".join(missing) + ".")
    rows: dict[str, list[dict[str, str]]] = {}
    for name in REQUIRED_FILES:
        shipped = _rows(csv_texts[name], name)
        if name in overrides:
            shipped = _merge_keyed(shipped, _rows(overrides[name], name), _KEYS[name])
        rows[name] = shipped

    annex5: dict[tuple[str, int, int], Annex5Row] = {}
    annex5_range: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {}
    for name in ANNEX5_FILES:
        parsed = _parse_annex5(rows[name], name)
        if not parsed:
            raise ReferenceDataError(f"Fișierul {name} nu are rânduri.")
        for row in parsed:
            annex5[(row.sex, row.birth_year, row.birth_month)] = row
        keys = sorted((r.birth_year, r.birth_month) for r in parsed)
        annex5_range[parsed[0].sex] = (keys[0], keys[-1])

    return ReferenceTables(
        annex5=annex5,
        annex5_range=annex5_range,
        table1=_parse_reduction(rows["table1_conditii_deosebite.csv"], "years_completed_min",
                                "years_completed_max", "table1_conditii_deosebite.csv"),
        table2=_parse_reduction(rows["table2_grupa1_conditii_speciale.csv"],
                                "years_completed_min", "years_completed_max",
                                "table2_grupa1_conditii_speciale.csv"),
        table3=_parse_reduction(rows["table3_women_children.csv"], "children_min",
                                "children_max", "table3_women_children.csv"),
        table4=_parse_table4(rows["table4_early_pension_diminution.csv"],
                             "table4_early_pension_diminution.csv"),
        annex7_salaries=_parse_annex7(rows["average_salary.csv"], "average_salary.csv"),
        bass_salaries=_parse_bass(rows["bass_average_gross_salary.csv"],
                                  "bass_average_gross_salary.csv"),
        vpr=_parse_vpr(rows["vpr.csv"], "vpr.csv"),
        death_aid=_parse_death_aid(rows["death_aid.csv"], "death_aid.csv"),
        overridden=frozenset(overrides),
    )


def value_on(values: tuple[DatedValue, ...], day: dt.date) -> DatedValue | None:
    """The row in force on ``day`` (None when no row covers it)."""
    for item in values:
        if (item.start is None or item.start <= day) and (item.end is None or day <= item.end):
            return item
    return None

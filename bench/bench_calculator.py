"""Benchmark of the Law 360/2023 calculator (pure domain, no I/O in the timed part).

A full 45-year career with monthly incomes (540 months, September 1980 –
August 2025) is calculated repeatedly; the median time per calculation is
reported, then ``--careers`` different careers (default 100 000) are timed in
one run. The INS average salaries 1991–2023 (and January–August 2024) are
missing from the shipped data, so the benchmark supplies SYNTHETIC divisors
through the administrator-override seam; they are not real figures.

    .venv/bin/python bench/bench_calculator.py [--repeat 2000] [--careers 100000]
        [--write docs/performance-calculator.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.domain.law360.calculator import calculate
from desk_app.domain.law360.case import CaseInput, PeriodInput, PeriodKind
from desk_app.domain.law360.case_json import case_from_json, result_to_json
from desk_app.services.law_reference import load_reference_tables

FIRST = (1980, 9)
MONTHS = 540


def synthetic_overrides() -> dict[str, str]:
    """Made-up divisors for 1991–2024 (growth 8 %/year from 1991) — NOT real INS data."""
    rows = ["year,gross_lei,net_lei,status,basis"]
    value = Decimal(6000)
    for year in range(1991, 2025):
        rows.append(f"{year},{value.quantize(Decimal(1))},,synthetic,benchmark only")
        value *= Decimal("1.08")
    return {"average_salary.csv": "\n".join(rows) + "\n"}


def months() -> list[tuple[int, int]]:
    year, month = FIRST
    out = []
    for _ in range(MONTHS):
        out.append((year, month))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out


def career(rng: random.Random) -> CaseInput:
    incomes = tuple((y, m, Decimal(rng.randrange(1500, 60000)))
                    for y, m in months())
    birth = dt.date(1959 + rng.randrange(0, 3), rng.randrange(1, 13), rng.randrange(1, 28))
    return CaseInput(
        sex=rng.choice("FM"), birth_date=birth, request_date=dt.date(2025, 9, 1),
        periods=(PeriodInput(PeriodKind.CONTRIBUTORY, start=dt.date(*FIRST, 1),
                             end=dt.date(2025, 8, 31)),),
        monthly_gross=incomes, children_raised=rng.randrange(0, 4))


def career_json(case: CaseInput) -> dict:
    return {"sex": case.sex, "birth_date": case.birth_date.isoformat(),
            "request_date": case.request_date.isoformat(), "children_raised":
            case.children_raised, "periods": [{"kind": "contributory", "start": "1980-09-01",
                                               "end": "2025-08-31"}],
            "monthly_gross": [{"month": f"{y}-{m:02d}", "amount": str(a)}
                              for y, m, a in case.monthly_gross]}


def median_us(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        fn()
        samples.append((time.perf_counter_ns() - t0) / 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2000)
    ap.add_argument("--careers", type=int, default=100_000)
    ap.add_argument("--pool", type=int, default=500, help="distinct careers cycled")
    ap.add_argument("--write", metavar="MD", help="write the results as Markdown")
    args = ap.parse_args()

    tables = load_reference_tables(synthetic_overrides())
    rng = random.Random(360)
    one = career(rng)
    result = calculate(one, tables)
    assert result.points is not None and not result.missing_values, result.missing_values
    for _ in range(50):
        calculate(one, tables)
    med, p99 = median_us(lambda: calculate(one, tables), args.repeat)
    obj = career_json(one)
    med_json, p99_json = median_us(lambda: result_to_json(calculate(case_from_json(obj),
                                                                    tables)),
                                   max(200, args.repeat // 4))

    pool = [career(rng) for _ in range(args.pool)]
    t0 = time.perf_counter()
    for i in range(args.careers):
        calculate(pool[i % len(pool)], tables)
    total_s = time.perf_counter() - t0

    lines = [
        "## Calculator (Law 360/2023)",
        "",
        f"Measured {dt.date.today().isoformat()} on {platform.machine()}, Python "
        f"{platform.python_version()}, {platform.system()} (2 cores shared with other "
        "work; single-threaded).",
        "",
        "Command: `.venv/bin/python bench/bench_calculator.py "
        f"--repeat {args.repeat} --careers {args.careers} --write docs/performance-calculator.md`",
        "",
        "| case | median | p99 |",
        "|---|---|---|",
        f"| `calculate()` — 45-year career, 540 monthly incomes | {med:.0f} µs | {p99:.0f} µs |",
        f"| JSON in → `calculate()` → JSON out, same career | {med_json:.0f} µs | "
        f"{p99_json:.0f} µs |",
        "",
        f"{args.careers:,} careers (540 months each, {args.pool} distinct careers cycled): "
        f"{total_s:.1f} s in total, {total_s / args.careers * 1e6:.0f} µs per career, "
        f"{args.careers / total_s:,.0f} careers/s.",
        "",
        "Target: median ≤ 1 ms per calculation. The average salaries 1991–2024 used by the "
        "benchmark are synthetic (supplied through the override seam), because the shipped "
        "data marks them `missing`.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        Path(args.write).write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

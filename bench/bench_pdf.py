"""Benchmark of the printing layer: one annex-3 request (median and p95 over 50
runs, PDFs per second), and 1,000 requests printed into one PDF by render_many.

Run: ``.venv/bin/python bench/bench_pdf.py [--batch 1000]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.domain.annexes import get_spec
from desk_app.domain.annexes.validation import normalise
from desk_app.printing.annex_pdf import PrintHeader, render_many, render_request


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()

    spec = get_spec("03")
    payload = normalise(spec, spec.sample)

    def header(number: int) -> PrintHeader:
        return PrintHeader(registration_no=number, registration_date=dt.date(2026, 11, 22),
                           office_name="Casa Teritorială de Pensii Cluj",
                           request_id=str(uuid.uuid4()))

    started = time.perf_counter()
    first = render_request(spec, payload, header(1))
    cold = time.perf_counter() - started

    times = []
    for number in range(args.runs):
        started = time.perf_counter()
        render_request(spec, payload, header(number + 2))
        times.append(time.perf_counter() - started)
    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]

    items = [(spec, payload, header(10_000 + i)) for i in range(args.batch)]
    started = time.perf_counter()
    batch = render_many(items)
    batch_time = time.perf_counter() - started

    print(f"annex 3, one request: first call {cold * 1000:.1f} ms (fonts, styles), "
          f"{len(first) / 1024:.0f} KiB")
    print(f"annex 3, {args.runs} runs: median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
          f"{1 / median:.0f} PDFs/s")
    print(f"render_many, {args.batch} requests: {batch_time:.1f} s "
          f"({args.batch / batch_time:.0f} requests/s), {len(batch) / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()

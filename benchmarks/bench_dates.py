"""Speed of claims.dates.find_dates on >= 10 MB of mixed Chinese/English text.

The corpus is the seed documents (normalised view) plus an English paragraph dense in dates,
repeated document by document until it passes the target size; find_dates runs once per document,
as the extractor calls it. Prints MB/s (UTF-8 bytes) as the median of 3 runs, and mentions found.

    python benchmarks/bench_dates.py [--mb 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.dates import find_dates  # noqa: E402
from claims.text import normalize  # noqa: E402

ENGLISH = (
    "On January 23, 2025, the President signed Executive Order 14179. The OSTP published a request "
    "for information on February 6, 2025; comments were due by March 15, 2025, and 10,068 were "
    "received. In late July the White House released the plan, and agencies must report by the end "
    "of 2026 or early 2027. From 2022 to 2025, export controls tightened (see 2023-10-17 rules and "
    "the CHIPS and Science Act of 2022). Last year, in Q3 2024, mid-2024 and this year, version "
    "2.0.25 and 20:35 timestamps are not dates; nor is https://example.gov/2025/07/plan.pdf.\n"
)


def corpus(target_bytes: int) -> list[str]:
    docs = [normalize(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs.append(ENGLISH * 20)
    out: list[str] = []
    size = 0
    i = 0
    while size < target_bytes:
        d = docs[i % len(docs)]
        out.append(d)
        size += len(d.encode("utf-8"))
        i += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    docs = corpus(int(args.mb * 1_000_000))
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    nchars = sum(len(d) for d in docs)
    doc_date = dt.date(2025, 11, 20)
    find_dates("2025年1月23日", doc_date=doc_date)  # compile patterns and load the lexicon
    times = []
    cpu = []
    found = 0
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(find_dates(d, doc_date=doc_date)) for d in docs)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    med, med_cpu = statistics.median(times), statistics.median(cpu)
    print(
        f"find_dates: {nbytes / 1e6:.1f} MB ({nchars:,} chars, {len(docs)} documents), "
        f"median of {args.runs}: {med:.2f} s wall = {nbytes / 1e6 / med:.2f} MB/s "
        f"({nchars / 1e6 / med:.2f} M chars/s); CPU {med_cpu:.2f} s = {nbytes / 1e6 / med_cpu:.2f} MB/s; "
        f"{found:,} mentions"
    )


if __name__ == "__main__":
    main()

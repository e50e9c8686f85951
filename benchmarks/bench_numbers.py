"""Throughput of claims.numbers.find_numbers on >= 10 MB of mixed zh-Hans / zh-Hant / English text:
the seed articles (as read, full-width forms and traditional characters included) plus an English
passage written for this benchmark, repeated. Median of 3 runs, wall clock and CPU time of this
process (the second is steadier on a shared machine); writes
benchmarks/results/bench_numbers.json.

    python benchmarks/bench_numbers.py [--mb 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.numbers import find_numbers  # noqa: E402

ENGLISH = """\
The Commerce Department's Bureau of Industry and Security has fewer than 600 staff and a budget of
under $200 million a year, yet it is asked to police exports worth more than $9 billion. Roughly two
thirds of the 10,068 comments submitted to the Office of Science and Technology Policy came from
individuals; about 292 companies and some forty-five trade groups also responded. Orders of fewer
than 1,700 H100-class chips need no license review, while shipments of 50,000 or more do. Nvidia's
market value fell by nearly $600 billion in a single day, a drop of more than 15 percent. Analysts
expect between 2 and 4 years of rapid progress, and the cost of a given capability falls about
10x every 12 months. The plan lists 90-odd actions across three pillars, at least twenty-one of
which name a lead agency; up to 70% of them could be finished within one hundred and eighty days.
"""


def corpus(mb: float) -> str:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    unit = "\n".join(seeds) + "\n" + ENGLISH * 8
    target = int(mb * 1_000_000)
    reps = target // len(unit.encode("utf-8")) + 1
    return unit * reps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    text = corpus(args.mb)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    find_numbers("约 4000 万美元")  # load and compile the lexicon outside the timing
    times = []
    cpu = []
    count = 0
    for _ in range(args.runs):
        t, c = time.perf_counter(), time.process_time()
        count = len(find_numbers(text))
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    med = statistics.median(times)
    med_cpu = statistics.median(cpu)
    result = {
        "bytes_mb": round(size_mb, 2),
        "chars": len(text),
        "mentions": count,
        "runs_s": [round(x, 3) for x in times],
        "median_s": round(med, 3),
        "mb_per_s": round(size_mb / med, 3),
        "cpu_median_s": round(med_cpu, 3),
        "mb_per_cpu_s": round(size_mb / med_cpu, 3),
    }
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bench_numbers.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"find_numbers: {size_mb:.1f} MB, {count} mentions, median {med:.2f} s "
          f"-> {size_mb / med:.2f} MB/s wall, {size_mb / med_cpu:.2f} MB/s of CPU time "
          f"(runs: {', '.join(f'{x:.2f}' for x in times)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

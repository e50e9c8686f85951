"""Throughput of claims.text.normalize (NFKC + OpenCC t2s + offset map) on the seeds' text.

    python benchmarks/bench_normalize.py [--mb 10] [--runs 3]

The seeds' text is repeated to at least ``--mb`` MB of UTF-8; prints the median of ``--runs``
runs in MB/s (UTF-8 bytes of input per second), plus the zh-Hant-only and map-lookup figures.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from claims.text import normalize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(mb: float, only: tuple[str, ...] = ()) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) if not only or p.name[:3] in only]
    base = "\n".join(texts)
    reps = int(mb * 1_000_000 // len(base.encode("utf-8"))) + 1
    return base * reps


def measure(text: str, runs: int) -> tuple[float, float, float]:
    """(MB, MB/s by wall clock, MB/s by process CPU time): on a shared machine the CPU-time
    figure is the one that does not depend on what else is running."""
    size = len(text.encode("utf-8")) / 1_000_000
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        normalize(text)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return size, size / statistics.median(wall), size / statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    normalize("預熱 warm-up")  # load OpenCC once, outside the timing
    for label, only in (("all seeds", ()), ("zh-Hant seeds (002, 003)", ("002", "003"))):
        size, rate, cpu_rate = measure(corpus(args.mb, only), args.runs)
        print(f"normalize, {label}: {size:.1f} MB, median of {args.runs}: {rate:.1f} MB/s wall, {cpu_rate:.1f} MB/s CPU")
    n = normalize(corpus(1.0))
    t0 = time.perf_counter()
    step = max(1, len(n.text) // 100_000)
    for i in range(0, len(n.text) - 10, step):
        n.to_original(i, i + 10)
    dt = time.perf_counter() - t0
    print(f"to_original: {dt / (len(n.text) // step) * 1e6:.2f} µs per call")


if __name__ == "__main__":
    main()

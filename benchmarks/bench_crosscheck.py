"""Cross-check time against the number of claims (10^3 .. 10^6 synthetic claims).

Claims are spread over n/10 subjects and n/20 documents; per subject most claims state the same
figure, some state it with a hedge ("over", "about"), some a date, and about 5 % a different
figure (so conflicts are found and findings built). Prints a table (wall and CPU time) and the growth
exponent (the slope of log(CPU time) against log(n)); 1.0 is linear. Writes benchmarks/results/bench_crosscheck.json.

    python benchmarks/bench_crosscheck.py [--max-exp 6] [--repeat 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.crosscheck import crosscheck  # noqa: E402
from claims.model import Claim, DateRange, Quantity  # noqa: E402
from claims.rules import RuleSet  # noqa: E402


class _Catalog:
    subjects: dict = {}
    dir = None


def synthetic(n: int, seed: int = 7) -> list[Claim]:
    rnd = random.Random(seed)
    n_subjects = max(1, n // 10)
    n_docs = max(2, n // 20)
    base = [rnd.randint(10, 100000) for _ in range(n_subjects)]
    exact_cache: dict[float, Quantity] = {}
    out: list[Claim] = []
    d0 = dt.date(2025, 1, 1)
    for i in range(n):
        s = i % n_subjects
        doc = f"doc{rnd.randrange(n_docs):07d}"
        r = rnd.random()
        if s % 10 == 9:  # a date subject
            day = d0 + dt.timedelta(days=base[s] % 300 + (30 if r < 0.05 else 0))
            v = DateRange.model_construct(kind="date", start=day, end=day, granularity="day", anchor="explicit", month=day.month, day_from=day.day, day_to=day.day, relative=False)
            kind = "date"
        else:
            b = float(base[s])
            if r < 0.05:
                b = b * 2 + 1
            if r > 0.9:
                v = Quantity.model_construct(kind="quantity", nominal=b * 0.9, low=b * 0.9, high=None, low_open=True, high_open=False, unit="documents", approx=True, hedge="over")
            else:
                v = exact_cache.get(b) or exact_cache.setdefault(b, Quantity.model_construct(kind="quantity", nominal=b, low=b, high=b, low_open=False, high_open=False, unit="documents", approx=False, hedge="exact"))
            kind = "quantity"
        start = rnd.randrange(100000)
        out.append(
            Claim.model_construct(
                id=f"{doc}:{start}", doc=doc, start=start, end=start + 5, line=1, column=start + 1, text=str(i % 97),
                sentence="…", sentence_start=start, subject=f"synthetic.s{s}", subject_source="catalog", kind=kind, value=v,
                language="en", doc_date=d0 + dt.timedelta(days=rnd.randrange(365)), as_of=None, confidence=0.9, cues=(),
            )
        )
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-exp", type=int, default=6)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "bench_crosscheck.json"))
    a = ap.parse_args()
    rules = RuleSet()
    rows = []
    print(f"{'claims':>10} {'wall s':>9} {'cpu s':>9} {'µs/claim':>9} {'findings':>9}")
    for e in range(3, a.max_exp + 1):
        n = 10**e
        claims = synthetic(n)
        best = cpu_best = math.inf
        found = 0
        for _ in range(a.repeat):
            gc.collect()
            t, c = time.perf_counter(), time.process_time()
            fs = crosscheck(claims, _Catalog(), rules=rules)
            best = min(best, time.perf_counter() - t)
            cpu_best = min(cpu_best, time.process_time() - c)
            found = len(fs)
        rows.append({"claims": n, "seconds": round(best, 4), "cpu_seconds": round(cpu_best, 4), "findings": found})
        print(f"{n:>10} {best:>9.3f} {cpu_best:>9.3f} {cpu_best / n * 1e6:>9.1f} {found:>9}")
        del claims, fs
    xs = [math.log(r["claims"]) for r in rows]
    ys = [math.log(r["cpu_seconds"]) for r in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"growth exponent (log-log slope of CPU time): {slope:.3f}")
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"rows": rows, "exponent": round(slope, 3), "load_average_1min_at_end": round(os.getloadavg()[0], 2), "cores": os.cpu_count()}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

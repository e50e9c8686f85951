"""Worst-case extraction time on adversarial input, relative to ordinary text of the same size.

Usage: python benchmarks/bench_adversarial.py [--chars 100000] [--repeat 3] [--family NAME ...]

For each adversarial family of tests/robustness/adversarial.py (long runs and random mixes of
digits, separators, Chinese numerals, 万/亿, hedge words, date words, brackets and quotes,
identifiers, English number words) the full extraction (``claims.extract.extract_claims`` on a
Document) is timed in CPU seconds of this process (the machine is shared), the median of
--repeat runs, and divided by the median time of ordinary text of the same size (the seed
articles' bodies, repeated). Also times each family at a quarter of the size: the growth
(time at N / time at N/4) is about 4 for a linear pattern and about 16 for a quadratic one.
Writes benchmarks/results/bench_adversarial.json and prints the table, worst ratio last.
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

from claims.catalog import load_catalog  # noqa: E402
from claims.extract import extract_claims, text_document  # noqa: E402
from tests.robustness import adversarial as adv  # noqa: E402


def cpu(text: str, catalog, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        doc = text_document(text, doc_id="adv", language="zh-Hans")
        t0 = time.process_time()
        extract_claims(doc, catalog)
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chars", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--family", action="append", help="only these families (default: all)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "bench_adversarial.json"))
    args = ap.parse_args(argv)

    catalog = load_catalog()
    cpu(adv.ordinary(20_000), catalog, 1)  # warm-up: indexes and pattern caches
    n = args.chars
    base = cpu(adv.ordinary(n), catalog, args.repeat)
    base_q = cpu(adv.ordinary(n // 4), catalog, args.repeat)
    rows = []
    print(f"ordinary text: {n} code points in {base:.3f} s CPU ({n / base / 1e6:.2f} M chars/s); growth x{base / base_q:.1f}")
    print(f"{'family':<22} {'CPU s':>7} {'ratio':>7} {'growth':>7}")
    for fam in args.family or adv.ALL:
        t = cpu(adv.build(fam, n), catalog, args.repeat)
        tq = cpu(adv.build(fam, n // 4, seed=1), catalog, args.repeat)  # another seed: not a prefix (memoised runs)
        rows.append({"family": fam, "cpu_seconds": round(t, 4), "ratio": round(t / base, 2),
                     "growth_4x": round(t / max(tq, 1e-6), 2)})
        print(f"{fam:<22} {t:7.3f} {t / base:7.1f} {t / max(tq, 1e-6):7.1f}", flush=True)
    worst = max(rows, key=lambda r: r["ratio"])
    worst_growth = max(rows, key=lambda r: r["growth_4x"])
    print(f"worst ratio: {worst['ratio']}x ordinary text ({worst['family']}); "
          f"worst growth for 4x the size: x{worst_growth['growth_4x']} ({worst_growth['family']})")
    result = {
        "chars": n, "repeat": args.repeat, "statistic": "median CPU seconds of this process",
        "ordinary_cpu_seconds": round(base, 4), "ordinary_growth_4x": round(base / base_q, 2),
        "families": rows, "worst": worst, "worst_growth": worst_growth,
        "python": sys.version.split()[0],
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

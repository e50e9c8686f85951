"""Latency of `policycheck check` for one draft against seeds/, as a user runs it (a subprocess:
interpreter start, imports, catalog, corpus, extraction, check, output).

cold: an empty cache folder each run (catalog parsed, every corpus document extracted);
warm: the cache filled by a previous run (catalog unpickled, corpus claims read back).
Prints the median wall time and spread, and the median CPU time (user + system: less sensitive
to other processes on a shared machine); writes benchmarks/results/bench_check.json.

    python benchmarks/bench_check.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one(draft: Path, corpus: Path, cache: Path) -> tuple[float, int, float]:
    """Wall seconds, exit code, and CPU seconds (user + system) of one run."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = dict(os.environ, POLICYCHECK_CACHE_DIR=str(cache))
    exe = Path(sys.executable).parent / "policycheck"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "flows.cli"]
    t = time.perf_counter()
    p = subprocess.run([*cmd, "check", str(draft), "--corpus", str(corpus), "--format", "concise"], env=env, capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, p.returncode, cpu


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", default=str(ROOT / "seeds"))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "bench_check.json"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.md"
        draft.write_text("# Draft\n\nThe RFI drew 10,086 comments.\n", encoding="utf-8")
        cold, warm, codes, cold_cpu, warm_cpu = [], [], set(), [], []
        for i in range(a.runs):
            cache = Path(tmp) / f"cache{i}"
            s, c, cpu = one(draft, Path(a.corpus), cache)
            cold.append(s)
            cold_cpu.append(cpu)
            codes.add(c)
        warm_cache = Path(tmp) / "warm"
        one(draft, Path(a.corpus), warm_cache)
        for _ in range(a.runs):
            s, c, cpu = one(draft, Path(a.corpus), warm_cache)
            warm.append(s)
            warm_cpu.append(cpu)
            codes.add(c)
    res = {
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "cores": os.cpu_count(),
        "runs": a.runs,
        "exit_codes": sorted(codes),
        "cold_median_s": round(statistics.median(cold), 3),
        "cold_min_s": round(min(cold), 3),
        "cold_max_s": round(max(cold), 3),
        "warm_median_s": round(statistics.median(warm), 3),
        "warm_min_s": round(min(warm), 3),
        "warm_max_s": round(max(warm), 3),
        "cold_cpu_median_s": round(statistics.median(cold_cpu), 3),
        "warm_cpu_median_s": round(statistics.median(warm_cpu), 3),
    }
    print(f"check, one draft vs {a.corpus}: cold median {res['cold_median_s']} s (min {res['cold_min_s']}, max {res['cold_max_s']}); "
          f"warm median {res['warm_median_s']} s (min {res['warm_min_s']}, max {res['warm_max_s']}); "
          f"CPU time median cold {res['cold_cpu_median_s']} s, warm {res['warm_cpu_median_s']} s; exit codes {res['exit_codes']}; load average {res['load_average_1min_at_end']} on {res['cores']} cores")
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

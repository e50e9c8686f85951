"""Extraction throughput: ``extract_claims`` over >= 10 MB of text in the three scripts, one process.

Usage: python benchmarks/bench_extract.py [--mb 10] [--repeat 3] [--profile]

The corpus is the five seeds (simplified and traditional Chinese) plus the English and Chinese test
documents of tests/data/extract, each document repeated until the total reaches --mb megabytes
(UTF-8), in documents of about 64 KB (documents are extracted one at a time, as in a corpus run).
Prints MB/s and claims/s, the median of --repeat runs, per script and overall.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.catalog import load_catalog  # noqa: E402
from claims.documents import load_document  # noqa: E402
from claims.extract import extract_claims, text_document  # noqa: E402

DOC_BYTES = 64 * 1024


def sources() -> dict[str, list[str]]:
    by: dict[str, list[str]] = {"zh-Hans": [], "zh-Hant": [], "en": []}
    paths = sorted((ROOT / "seeds").glob("0*.txt")) + sorted((ROOT / "tests" / "data" / "extract").glob("*.md"))
    for p in paths:
        d = load_document(p)
        by.setdefault(d.language, []).append(d.text[d.body_start:])
    return by


def corpus(mb: float) -> dict[str, list]:
    """Documents per script; each script gets a third of the bytes."""
    per_script = mb * 1e6 / 3
    out: dict[str, list] = {}
    for lang, texts in sources().items():
        docs = []
        total = 0
        i = 0
        while total < per_script:
            buf: list[str] = []
            size = 0
            while size < DOC_BYTES:
                t = texts[i % len(texts)]
                i += 1
                buf.append(t)
                size += len(t.encode("utf-8"))
            text = "\n\n".join(buf)
            docs.append(text_document(text, doc_id=f"{lang}-{len(docs)}", language=lang))
            total += size
        out[lang] = docs
    return out


def run_once(docs: list, catalog) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    n = 0
    for d in docs:
        n += len(extract_claims(d, catalog))
    dt = time.perf_counter() - t0
    return dt, n, sum(len(d.text.encode("utf-8")) for d in docs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--breakdown", action="store_true", help="also time normalize, find_numbers, find_dates alone")
    args = ap.parse_args()
    catalog = load_catalog()
    by = corpus(args.mb)
    extract_claims(by["en"][0], catalog)  # warm caches (catalog indexes, lexicons)
    if args.profile:
        import cProfile
        import pstats

        docs = [d for ds in by.values() for d in ds[:5]]
        cProfile.runctx("run_once(docs, catalog)", globals(), {"docs": docs, "catalog": catalog, "run_once": run_once}, "/tmp/extract.prof")
        pstats.Stats("/tmp/extract.prof").sort_stats("cumulative").print_stats(25)
        return
    total_t = []
    rows = []
    for lang, docs in by.items():
        runs = [run_once(docs, catalog) for _ in range(args.repeat)]
        t = statistics.median(r[0] for r in runs)
        n, b = runs[0][1], runs[0][2]
        rows.append((lang, b, n, t))
        total_t.append(t)
    B = sum(r[1] for r in rows)
    N = sum(r[2] for r in rows)
    T = sum(total_t)
    print(f"extract_claims throughput (median of {args.repeat}, one process, catalog {catalog.version})")
    print(f"{'script':8} {'MB':>7} {'claims':>8} {'s':>7} {'MB/s':>7} {'claims/s':>9}")
    for lang, b, n, t in rows:
        print(f"{lang:8} {b / 1e6:7.2f} {n:8d} {t:7.2f} {b / 1e6 / t:7.2f} {n / t:9.0f}")
    print(f"{'all':8} {B / 1e6:7.2f} {N:8d} {T:7.2f} {B / 1e6 / T:7.2f} {N / T:9.0f}")
    if args.breakdown:
        from claims.dates import find_dates
        from claims.numbers import find_numbers
        from claims.text import normalize

        print("time of the modules extract_claims calls, alone (s): normalize, find_numbers, find_dates, rest")
        for (lang, b, n, t) in rows:
            docs = by[lang]
            t0 = time.perf_counter()
            norm = [normalize(d.text).text for d in docs]
            t1 = time.perf_counter()
            for x in norm:
                find_numbers(x)
            t2 = time.perf_counter()
            for x in norm:
                find_dates(x, doc_date=None)
            t3 = time.perf_counter()
            rest = t - (t3 - t0)
            print(f"{lang:8} {t1 - t0:7.2f} {t2 - t1:7.2f} {t3 - t2:7.2f} {rest:7.2f}  (of {t:.2f})")


if __name__ == "__main__":
    main()

"""Extraction throughput: ``extract_claims`` over >= 10 MB of text in the three scripts, one process.

Usage: python benchmarks/bench_extract.py [--mb 10] [--repeat 3] [--corpus articles|real|fixtures|sparse|both] [--model]
                                          [--breakdown] [--profile]

Two corpora, each document repeated until the total reaches --mb megabytes (UTF-8), a third per
script, in documents of about 64 KB (extracted one at a time, as in a corpus run):

* ``articles`` (the default): article prose, the text policycheck is for: the five seed articles
  (simplified and traditional Chinese) and the prose articles of tests/data/prose (English and
  Chinese, written for the tests, with a checkable figure every 100-200 bytes);
* ``real``: published text as it is: the five seed articles and official documents of the US, PRC and
  ROC governments (benchmarks/corpus/public: verbatim, public domain or excluded from copyright), a
  claim every few hundred bytes;
* ``fixtures``: the seeds plus the short test documents of tests/data/extract, whose English part
  is three hand-written snippets with a claim every ~80 bytes: the claim-dense worst case (the
  corpus of the figures reported before 2026-12-04);
* ``sparse``: the sentences of ``articles`` in which extraction finds no claim (each sentence
  extracted alone), joined into paragraphs: prose around the figures, what the scans cost per byte.

Throughput falls as claims get denser, so one MB/s figure describes one corpus only. ``--model``
measures ``sparse`` and ``articles`` and solves, per script, time = a x MB + b x claims: the cost
of reading text (a, shown as the MB/s of text with no claim) and of each claim (b, in
microseconds), and the density (bytes per claim) at which a corpus would reach 2 MB/s.

Prints MB/s and claims/s (CPU time of this process, so that other jobs on a shared machine do not
count), the median of --repeat runs, per script and overall. --breakdown also times the modules
extract_claims calls (normalize, find_numbers, find_dates), document by document.
"""

from __future__ import annotations

import argparse
import re
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


CORPORA = {
    "articles": ["seeds/0*.txt", "tests/data/prose/*.md"],
    "real": ["seeds/0*.txt", "benchmarks/corpus/public/[ez]*.md"],
    "fixtures": ["seeds/0*.txt", "tests/data/extract/*.md"],
}
_SENTENCE_END = re.compile(r"(?<=[.!?。！？；;])\s*|\n+")


def sparse_sources(catalog) -> dict[str, list[str]]:
    """The sentences of the articles corpus in which extraction, run on the sentence alone, finds no
    claim, in paragraphs of ten."""
    out: dict[str, list[str]] = {}
    for lang, texts in sources("articles").items():
        keep = []
        for t in texts:
            for sent in _SENTENCE_END.split(t):
                sent = sent.strip()
                if sent and not extract_claims(text_document(sent, doc_id="s", language=lang), catalog):
                    keep.append(sent)
        glue = " " if lang == "en" else ""
        out[lang] = [glue.join(keep[i:i + 10]) for i in range(0, len(keep), 10)]
    return out


def sources(name: str = "articles", catalog=None) -> dict[str, list[str]]:
    if name == "sparse":
        return sparse_sources(catalog or load_catalog())
    by: dict[str, list[str]] = {"zh-Hans": [], "zh-Hant": [], "en": []}
    for pattern in CORPORA[name]:
        for p in sorted(ROOT.glob(pattern)):
            d = load_document(p)
            by.setdefault(d.language, []).append(d.text[d.body_start:])
    return by


def corpus(mb: float, name: str = "articles", catalog=None) -> dict[str, list]:
    """Documents per script; each script gets a third of the bytes."""
    per_script = mb * 1e6 / 3
    out: dict[str, list] = {}
    for lang, texts in sources(name, catalog).items():
        if not texts:
            continue
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


CLOCK = time.process_time  # CPU time of this process: the machine is shared, wall time is not ours


def run_once(docs: list, catalog) -> tuple[float, int, int]:
    t0 = CLOCK()
    n = 0
    for d in docs:
        n += len(extract_claims(d, catalog))
    dt = CLOCK() - t0
    return dt, n, sum(len(d.text.encode("utf-8")) for d in docs)


def table(name: str, by: dict[str, list], catalog, repeat: int) -> dict[str, tuple[int, int, float]]:
    total_t = []
    rows = []
    for lang, docs in by.items():
        runs = [run_once(docs, catalog) for _ in range(repeat)]
        t = statistics.median(r[0] for r in runs)
        n, b = runs[0][1], runs[0][2]
        rows.append((lang, b, n, t))
        total_t.append(t)
    B = sum(r[1] for r in rows)
    N = sum(r[2] for r in rows)
    T = sum(total_t)
    print(f"extract_claims throughput, corpus {name} (median of {repeat}, one process, CPU time, catalog {catalog.version})")
    print(f"{'script':8} {'MB':>7} {'claims':>8} {'s':>7} {'MB/s':>7} {'claims/s':>9} {'B/claim':>8}")
    for lang, b, n, t in rows:
        print(f"{lang:8} {b / 1e6:7.2f} {n:8d} {t:7.2f} {b / 1e6 / t:7.2f} {n / t:9.0f} {b / max(n, 1):8.0f}")
    print(f"{'all':8} {B / 1e6:7.2f} {N:8d} {T:7.2f} {B / 1e6 / T:7.2f} {N / T:9.0f} {B / max(N, 1):8.0f}")
    return {lang: (b, n, t) for lang, b, n, t in rows}


def cost_model(sparse: dict[str, tuple[int, int, float]], dense: dict[str, tuple[int, int, float]]) -> None:
    """Per script, solve t = a * MB + b * claims from the two corpora, and print the MB/s of text
    with no claim (1 / a), the microseconds per claim (b) and the density that gives 2 MB/s."""
    print("cost model, time = a x MB + b x claims, solved per script from the sparse and articles corpora")
    print(f"{'script':8} {'text MB/s':>10} {'us/claim':>9} {'B/claim for 2 MB/s':>19}")
    for lang in dense:
        (b1, n1, t1), (b2, n2, t2) = sparse[lang], dense[lang]
        m1, m2 = b1 / 1e6, b2 / 1e6
        det = m1 * n2 - m2 * n1
        if det == 0:
            continue
        a = (t1 * n2 - t2 * n1) / det  # seconds per MB
        b = (m1 * t2 - m2 * t1) / det  # seconds per claim
        need = f"{b * 1e6 / (0.5 - a):19.0f}" if a < 0.5 else f"{'unreachable':>19}"  # 1 MB in 0.5 s
        print(f"{lang:8} {1 / a:10.2f} {b * 1e6:9.1f} {need}")


def breakdown(by: dict[str, list], catalog) -> None:
    from claims.dates import find_dates
    from claims.numbers import find_numbers
    from claims.text import normalize

    print("CPU seconds per step, measured document by document: normalize, find_numbers, find_dates,"
          " extract_claims (all of it), rest = extract_claims minus the three")
    for lang, docs in by.items():
        tn = tf = td = te = 0.0
        for d in docs:
            t0 = CLOCK()
            x = normalize(d.text).text
            t1 = CLOCK()
            find_numbers(x)
            t2 = CLOCK()
            find_dates(x, doc_date=None)
            t3 = CLOCK()
            extract_claims(d, catalog)
            t4 = CLOCK()
            tn, tf, td, te = tn + t1 - t0, tf + t2 - t1, td + t3 - t2, te + t4 - t3
        rest = te - tn - tf - td
        print(f"{lang:8} normalize {tn:6.2f}  numbers {tf:6.2f}  dates {td:6.2f}  extract {te:6.2f}  rest {rest:6.2f}"
              f"  -> rest alone {sum(len(d.text.encode()) for d in docs) / 1e6 / max(rest, 1e-9):.2f} MB/s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", choices=["articles", "real", "fixtures", "sparse", "both"], default="articles")
    ap.add_argument("--model", action="store_true", help="measure sparse and articles and fit the cost per MB and per claim")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--breakdown", action="store_true", help="also time normalize, find_numbers, find_dates alone")
    args = ap.parse_args()
    catalog = load_catalog()
    names = ["articles", "fixtures"] if args.corpus == "both" else [args.corpus]
    if args.model:
        names = ["sparse", "articles"]
    measured = {}
    for i, name in enumerate(names):
        by = corpus(args.mb, name, catalog)
        extract_claims(by["en"][0], catalog)  # warm caches (catalog indexes, lexicons)
        if args.profile:
            import cProfile
            import pstats

            docs = [d for ds in by.values() for d in ds[:5]]
            cProfile.runctx("run_once(docs, catalog)", globals(), {"docs": docs, "catalog": catalog, "run_once": run_once}, "/tmp/extract.prof")
            pstats.Stats("/tmp/extract.prof").sort_stats("cumulative").print_stats(25)
            continue
        if i:
            print()
        measured[name] = table(name, by, catalog, args.repeat)
        if args.breakdown:
            breakdown(by, catalog)
    if args.model:
        print()
        cost_model(measured["sparse"], measured["articles"])


if __name__ == "__main__":
    main()

"""Render time and size of the HTML report for 100, 1,000 and 10,000 synthetic documents.

    python benchmarks/bench_report.py [--sizes 100,1000,10000] [--keep DIR]

Each synthetic document is about 1.3 kB of simplified/traditional Chinese and English text with
6 claims (quantities and dates); findings: one per 10 documents (2-3 claims each), plus one
finding with 300 claims (a subject cited everywhere) to exercise the caps. Prints one line per size:
documents, claims, findings, render seconds, index.html size, largest page, total size, pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.model import Claim, DateRange, Document, DocumentSummary, Finding, Quantity, RunReport  # noqa: E402
from reports.render import write_report  # noqa: E402

PARAS = [
    ("zh-Hans", "白宫于{d}发布了行动计划。科技政策办公室此前共收到{n}份意见，其中约{p}%来自企业。"
     "BIS目前员工不足{s}人，年预算不到{b}亿美元。计划提出了{a}余项政策行动，涵盖基础设施、人才与出口管制。\n"),
    ("zh-Hant", "美國白宮於{d}公布行動計畫。科技政策辦公室共收到逾{n}份意見，約{p}%來自企業。"
     "BIS的員工約有{s}人，年度預算約{b}億美元。計畫提出{a}多項政策行動，涵蓋基礎設施、人才與出口管制。\n"),
    ("en", "The White House released the plan on {d}. OSTP received {n} comments, about {p}% from companies. "
     "BIS has fewer than {s} staff and under ${b}00 million a year. The plan lists {a} policy actions on infrastructure, talent and export controls.\n"),
]


def synth(n_docs: int) -> tuple[RunReport, list[Claim], list[Document]]:
    docs: list[Document] = []
    claims: list[Claim] = []
    by_subject: dict[str, list[Claim]] = {}
    for i in range(n_docs):
        lang, para = PARAS[i % 3]
        vals = {"d": "2025-07-23", "n": 10068 - (i % 7), "p": 40 + i % 5, "s": 600 - i % 3, "b": 2, "a": 90 + i % 4}
        body = "".join(para.format(**vals) for _ in range(3))
        text = f"# synthetic document {i}\n\n" + body
        doc_id = f"doc-{i:05d}"
        docs.append(Document(
            id=doc_id, path=f"corpus/{doc_id}.txt", text=text, language=lang,  # type: ignore[arg-type]
            date=dt.date(2025, 7, 1) + dt.timedelta(days=i % 60), title=f"Synthetic document {i}",
            source_url=f"https://example.org/{i}", content_hash=hashlib.sha256(text.encode()).hexdigest(),
        ))
        for subject, surface, value in [
            ("rfi.submissions.total", str(vals["n"]), Quantity(nominal=vals["n"], low=vals["n"], high=vals["n"])),
            ("rfi.share.companies", str(vals["p"]), Quantity(nominal=vals["p"], low=vals["p"], high=vals["p"], unit="percent")),
            ("bis.staff", str(vals["s"]), Quantity(nominal=vals["s"], low=None, high=vals["s"], hedge="under", high_open=True)),
            ("action_plan.actions.total", str(vals["a"]), Quantity(nominal=vals["a"], low=vals["a"], high=vals["a"] + 10, hedge="plus")),
            ("plan.release_date", "2025-07-23" if lang != "en" else "2025-07-23", DateRange(start=dt.date(2025, 7, 23), end=dt.date(2025, 7, 23))),
        ]:
            start = text.find(surface)
            if start < 0:
                continue
            end = start + len(surface)
            s0 = text.rfind("\n", 0, start) + 1
            s1 = text.find("\n", end)
            c = Claim(
                id=f"{doc_id}:{start}-{end}", doc=doc_id, start=start, end=end, line=text.count("\n", 0, start) + 1,
                column=start - s0 + 1, text=surface, sentence=text[s0:s1], sentence_start=s0, subject=subject,
                subject_source="catalog" if subject != "rfi.share.companies" else "open", kind=value.kind, value=value,
                language=lang, confidence=0.9,  # type: ignore[arg-type]
            )
            claims.append(c)
            by_subject.setdefault(subject, []).append(c)
    findings = []
    subs = by_subject["rfi.submissions.total"]
    for k in range(0, len(subs) - 2, 10):
        group = tuple(subs[k : k + 2 + k % 2])
        findings.append(Finding(
            kind="contradiction", severity=("error", "warning", "info")[k % 3], rule="PC101", rule_name="value-conflict",
            subject="rfi.submissions.total", fingerprint=hashlib.sha256(f"f{k}".encode()).hexdigest()[:16],
            message=f"rfi.submissions.total: {group[0].text} conflicts with {group[1].text}", claims=group,
        ))
    findings.append(Finding(
        kind="internal", severity="error", rule="PC201", rule_name="everywhere", subject="bis.staff", fingerprint="everywhere",
        message="bis.staff is cited with different bounds across the corpus", claims=tuple(by_subject["bis.staff"][:300]),
    ))
    run = RunReport(
        tool_version="bench", catalog_version="bench", reference_date=dt.date(2025, 11, 20),
        generated_at=dt.datetime(2025, 11, 20, tzinfo=dt.timezone.utc),
        documents=tuple(DocumentSummary(
            id=d.id, path=d.path, title=d.title, language=d.language, date=d.date, publisher=None, source_url=d.source_url,
            content_hash=d.content_hash, claims=5,
        ) for d in docs),
        findings=tuple(findings),
    )
    return run, claims, docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--keep", type=Path, help="keep the reports under this folder")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench_report."))
    print(f"{'docs':>6} {'claims':>7} {'findings':>8} {'render s':>9} {'index.html':>11} {'largest page':>13} {'total':>9} {'files':>6}")
    for n in [int(x) for x in args.sizes.split(",")]:
        run, claims, docs = synth(n)
        out = root / f"report-{n}"
        t = time.perf_counter()
        write_report(run, claims, docs, out)
        secs = time.perf_counter() - t
        files = [p for p in out.rglob("*") if p.is_file()]
        pages = [p for p in files if p.suffix == ".html"]
        total = sum(p.stat().st_size for p in files)
        largest = max(pages, key=lambda p: p.stat().st_size)
        print(
            f"{n:>6} {len(claims):>7} {len(run.findings):>8} {secs:>9.2f} {(out / 'index.html').stat().st_size / 1e6:>9.2f}MB "
            f"{largest.stat().st_size / 1e6:>8.2f}MB {largest.name[:12]:>0} {total / 1e6:>7.1f}MB {len(files):>6}",
            flush=True,
        )
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

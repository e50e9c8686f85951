"""A small, realistic run for report tests: four documents (simplified and traditional Chinese,
English, and a hostile one), their claims, and findings of every kind.

Claims are built by locating their surface text in the document, so offsets, lines, columns and
sentences are consistent exactly as the extractor's would be.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from claims.model import (
    Claim,
    DateRange,
    Document,
    DocumentSummary,
    Finding,
    Identifier,
    Problem,
    Quantity,
    ReferenceFact,
    RunReport,
    TextValue,
)

# Strings that must never reach a page unescaped (and never as a link).
HOSTILE_STRINGS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "</script>",
    "javascript:alert(1)",
    "data:text/html,<script>alert(2)</script>",
    "\u202e",
    "\ufeff",
    "<svg onload=alert(3)>",
    "' onmouseover='alert(4)",
]
HOSTILE_URL = "javascript:alert(1)//<script>alert(1)</script>"
LOOKALIKE_URL = "https://\u0430pple.com/policy"  # Cyrillic а

ZH_HANS = """---
title: 美国人工智能行动计划解读
date: 2025-07-24
source_url: https://example.org/zh/plan
---
# 美国人工智能行动计划解读

白宫于2025年7月23日发布了《赢得竞赛：美国人工智能行动计划》。科技政策办公室此前共收到10068份意见。
计划建议，订购少于1700块H100的订单无需审查。BIS目前员工不足600人，年预算不到2亿美元。
第14179号行政令于2025年1月23日签署。
"""

ZH_HANT = """---
title: 美國人工智慧行動計畫觀察
date: 2025-07-30
source_url: http://example.tw/plan?a=1&b=2
---
美國白宮於2025年7月23日公布行動計畫。科技政策辦公室共收到逾1萬份意見。
BIS的員工約有550人，年度預算約1.9億美元。
"""

EN = """---
title: Reading the AI Action Plan
date: 2025-07-25
source_url: https://example.com/en/plan
---
The White House released the plan on July 23, 2025. OSTP received 8,755 comments in response.
Orders of fewer than 1,700 H100s need no review. BIS has fewer than 600 staff and under $200 million a year.
Executive Order 14179 was signed on January 23, 2025.
"""

HOSTILE_TITLE = '<script>alert(1)</script>"><img src=x onerror=alert(1)> {{ 7*7 }} \u202eevil\u202c'
HOSTILE = (
    "---\n"
    f"title: '{HOSTILE_TITLE}'\n"
    f"source_url: '{HOSTILE_URL}'\n"
    "---\n"
    "\ufeffHostile <script>alert(1)</script> text. </script><script>alert(5)</script> "
    '"><img src=x onerror=alert(1)> claims 10068 submissions {{ 7*7 }} javascript:alert(1) '
    "data:text/html,<script>alert(2)</script> \u202e1700\u202c <svg onload=alert(3)> ' onmouseover='alert(4)\n"
    "Look-alike: \u0430pple ＜script＞ 10０68.\n"
)


def _doc(doc_id: str, text: str, language: str, title: str, date: dt.date | None, url: str | None) -> Document:
    body = text.index("---\n", 4) + 4 if text.startswith("---\n") else 0
    return Document(
        id=doc_id,
        path=f"corpus/{doc_id}.md",
        text=text,
        body_start=body,
        language=language,  # type: ignore[arg-type]
        date=date,
        date_source="front_matter" if date else "none",
        title=title,
        source_url=url,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        format="md",
    )


def documents() -> list[Document]:
    return [
        _doc("zh-plan", ZH_HANS, "zh-Hans", "美国人工智能行动计划解读", dt.date(2025, 7, 24), "https://example.org/zh/plan"),
        _doc("tw-plan", ZH_HANT, "zh-Hant", "美國人工智慧行動計畫觀察", dt.date(2025, 7, 30), "http://example.tw/plan?a=1&b=2"),
        _doc("en-plan", EN, "en", "Reading the AI Action Plan", dt.date(2025, 7, 25), "https://example.com/en/plan"),
        _doc("hostile\"<x>", HOSTILE, "en", HOSTILE_TITLE, None, HOSTILE_URL),
        _doc("lookalike", "Apple says 42 percent.\n", "en", "Look-alike link", dt.date(2025, 8, 1), LOOKALIKE_URL),
    ]


def _claim(doc: Document, surface: str, subject: str, value, *, nth: int = 0, source: str = "catalog", kind: str | None = None) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(surface, start + 1)
    end = start + len(surface)
    line = doc.text.count("\n", 0, start) + 1
    column = start - (doc.text.rfind("\n", 0, start) + 1) + 1
    s = max(doc.text.rfind("\n", 0, start), max(doc.text.rfind(p, 0, start) for p in "。.")) + 1
    e_candidates = [i for i in (doc.text.find(p, end) for p in "。\n") if i >= 0]
    e = min(e_candidates) + 1 if e_candidates else len(doc.text)
    sentence = doc.text[s:e].strip("\n")
    s = doc.text.index(sentence, s)
    return Claim(
        id=f"{doc.id}:{start}-{end}",
        doc=doc.id,
        start=start,
        end=end,
        line=line,
        column=column,
        text=surface,
        sentence=sentence,
        sentence_start=s,
        subject=subject,
        subject_source=source,  # type: ignore[arg-type]
        kind=kind or value.kind,
        value=value,
        language=doc.language,
        doc_date=doc.date,
        confidence=0.9,
        cues=("意见",) if doc.language.startswith("zh") else ("comments",),
    )


def q(low, high, unit=None, hedge="exact", nominal=None, low_open=False, high_open=False) -> Quantity:
    return Quantity(
        nominal=nominal if nominal is not None else (low if low is not None else high),
        low=low, high=high, unit=unit, hedge=hedge, approx=hedge != "exact", low_open=low_open, high_open=high_open,
    )


def day(y: int, m: int, d: int) -> DateRange:
    return DateRange(start=dt.date(y, m, d), end=dt.date(y, m, d))


def claims(docs: list[Document] | None = None) -> list[Claim]:
    d = {x.id: x for x in (docs or documents())}
    zh, tw, en, bad, look = d["zh-plan"], d["tw-plan"], d["en-plan"], d['hostile"<x>'], d["lookalike"]
    return [
        _claim(zh, "2025年7月23日", "plan.release_date", day(2025, 7, 23)),
        _claim(zh, "10068份", "rfi.submissions.total", q(10068, 10068)),
        _claim(zh, "少于1700块", "export.h100.review_threshold", q(None, 1700, "H100", "under", 1700, high_open=True)),
        _claim(zh, "不足600人", "bis.staff", q(None, 600, "person", "under", 600, high_open=True)),
        _claim(zh, "不到2亿美元", "bis.budget", q(None, 2e8, "USD", "under", 2e8, high_open=True)),
        _claim(zh, "第14179号行政令", "eo.14179.id", Identifier(scheme="executive_order", number="14179")),
        _claim(zh, "2025年1月23日", "eo.14179.signed", day(2025, 1, 23)),
        _claim(tw, "2025年7月23日", "plan.release_date", day(2025, 7, 23)),
        _claim(tw, "逾1萬份", "rfi.submissions.total", q(10000, None, None, "over", 10000, low_open=True)),
        _claim(tw, "約有550人", "bis.staff", q(500, 600, "person", "about", 550)),
        _claim(tw, "約1.9億美元", "bis.budget", q(1.8e8, 2e8, "USD", "about", 1.9e8)),
        _claim(en, "July 23, 2025", "plan.release_date", day(2025, 7, 23)),
        _claim(en, "8,755 comments", "rfi.submissions.total", q(8755, 8755)),
        _claim(en, "fewer than 1,700", "export.h100.review_threshold", q(None, 1700, "H100", "under", 1700, high_open=True)),
        _claim(en, "fewer than 600", "bis.staff", q(None, 600, "person", "under", 600, high_open=True)),
        _claim(en, "under $200 million", "bis.budget", q(None, 2e8, "USD", "under", 2e8, high_open=True)),
        _claim(en, "Executive Order 14179", "eo.14179.id", Identifier(scheme="executive_order", number="14179")),
        _claim(en, "January 23, 2025", "eo.14179.signed", day(2025, 1, 23)),
        _claim(bad, "10068 submissions", "rfi.submissions.total", q(10068, 10068)),
        _claim(bad, "\u202e1700\u202c", "open:count:<script>", q(1700, 1700), source="open"),
        _claim(bad, "{{ 7*7 }}", "open:text:{{ 7*7 }}", TextValue(text="{{ 7*7 }}", normalized="<script>alert(1)</script>"), source="open"),
        _claim(look, "42 percent", "open:percent:apple", q(42, 42, "percent"), source="open"),
    ]


def _by(cs: list[Claim], doc: str, subject: str) -> Claim:
    return next(c for c in cs if c.doc == doc and c.subject == subject)


def findings(cs: list[Claim] | None = None) -> list[Finding]:
    cs = cs or claims()
    return [
        Finding(
            kind="contradiction", severity="error", rule="PC101", rule_name="value-conflict",
            subject="rfi.submissions.total", fingerprint="fp-rfi-0001",
            message="rfi.submissions.total: 10068 (zh-plan) conflicts with 8,755 (en-plan).",
            message_zh="rfi.submissions.total：10068（zh-plan）与 8,755（en-plan）矛盾。",
            expected="10,068", observed="8,755",
            claims=(_by(cs, "zh-plan", "rfi.submissions.total"), _by(cs, "en-plan", "rfi.submissions.total"), _by(cs, 'hostile"<x>', "rfi.submissions.total")),
            days_apart=1,
            reference=ReferenceFact(subject="rfi.submissions.total", value=q(10068, 10068), source_url="https://www.federalregister.gov/x", quote="10,068 comments"),
        ),
        Finding(
            kind="contradiction", severity="warning", rule="PC102", rule_name="value-conflict-hedged",
            subject="bis.budget", fingerprint="fp-bis-budget",
            message="bis.budget: under $200 million (en-plan) vs about 190 million USD (tw-plan) barely overlap.",
            claims=(_by(cs, "en-plan", "bis.budget"), _by(cs, "tw-plan", "bis.budget")),
        ),
        Finding(
            kind="internal", severity="error", rule="PC201", rule_name="part-exceeds-whole",
            subject="bis.staff", fingerprint="fp-bis-staff-internal",
            message="bis.staff: the same document gives two different staff figures.",
            claims=(_by(cs, "zh-plan", "bis.staff"), _by(cs, "tw-plan", "bis.staff")),
        ),
        Finding(
            kind="imprecise", severity="info", rule="PC301", rule_name="imprecise-figure",
            subject="rfi.submissions.total", fingerprint="fp-imprecise-tw",
            message="rfi.submissions.total: 逾1萬份 is imprecise (more than 10,000).",
            claims=(_by(cs, "tw-plan", "rfi.submissions.total"),),
        ),
        Finding(
            kind="possible", severity="info", rule="PC401", rule_name="open-key-match",
            subject="open:count:<script>", fingerprint="fp-hostile-<script>alert(1)</script>",
            message='Possible match: <script>alert(1)</script> "><img src=x onerror=alert(1)> {{ 7*7 }}',
            message_zh="可能相关：</script><script>alert(6)</script>",
            claims=(_by(cs, 'hostile"<x>', "open:count:<script>"), _by(cs, "lookalike", "open:percent:apple")),
            reference=ReferenceFact(subject="x", value=q(1, 1), source_url="javascript:alert(7)"),
        ),
    ]


def run_report(*, previous: bool = True) -> RunReport:
    docs = documents()
    cs = claims(docs)
    fs = findings(cs)
    counts = {d.id: sum(1 for c in cs if c.doc == d.id) for d in docs}
    resolved = (
        Finding(
            kind="contradiction", severity="error", rule="PC101", rule_name="value-conflict",
            subject="plan.release_date", fingerprint="fp-old-release",
            message="plan.release_date: 2025-07-23 conflicts with 2025-07-22.", claims=(_by(cs, "zh-plan", "plan.release_date"),),
        ),
    )
    return RunReport(
        tool_version="0.1.0",
        catalog_version="2025.11-test",
        reference_date=dt.date(2025, 11, 20),
        generated_at=dt.datetime(2025, 11, 20, 12, 0, tzinfo=dt.timezone.utc),
        documents=tuple(
            DocumentSummary(
                id=d.id, path=d.path, title=d.title, language=d.language, date=d.date, publisher=None,
                source_url=d.source_url, content_hash=d.content_hash, claims=counts[d.id],
            )
            for d in docs
        ),
        findings=tuple(fs),
        problems=(
            Problem(code="E107", path="corpus/broken.md", line=3, column=1, message="invalid YAML: <script>alert(1)</script>", hint="Fix the YAML."),
        ),
        status={f.fingerprint: ("new" if i % 2 == 0 else "unchanged") for i, f in enumerate(fs)} if previous else {},
        resolved=resolved if previous else (),
        reviews={
            "fp-bis-budget": {"status": "explained", "note": "Different fiscal years <b>ok</b>", "by": "reviewer", "on": "2025-11-01"},
            "fp-rfi-0001": {"status": "confirmed", "note": "EN article is wrong", "by": "li", "on": "2025-11-02"},
            "fp-gone-away": {"status": "dismissed", "note": "stale entry", "by": "li", "on": "2025-10-01"},
        },
    )


def fixture_run() -> tuple[RunReport, list[Claim], list[Document]]:
    docs = documents()
    return run_report(), claims(docs), docs

"""Output of the pre-publication gate (``policycheck check``): the data it renders, and the text,
concise and JSON formats. Pure functions returning strings; no I/O, no Prefect.

Document text is untrusted: control characters (ANSI escapes, bidi overrides) are made visible
before anything from a document reaches a terminal.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from claims.messages import KIND_ORDER, RULES, at_or_above
from claims.model import Claim, Finding, Problem


@dataclass(frozen=True)
class DocInfo:
    id: str
    path: str
    title: str | None = None
    date: dt.date | None = None
    language: str = "unknown"


@dataclass
class GateResult:
    findings: list[Finding]
    drafts: dict[str, DocInfo]
    corpus: dict[str, DocInfo]
    problems: list[Problem] = field(default_factory=list)
    fail_on: str = "contradiction"
    lang: str = "en"
    accepted: list[tuple[Finding, Any]] = field(default_factory=list)
    stale: list[Any] = field(default_factory=list)
    expired: list[Any] = field(default_factory=list)
    tool_version: str = ""
    catalog_version: str = ""
    reference_facts: int = 0
    exit_code: int = 0

    def failing(self) -> list[Finding]:
        return [f for f in self.findings if at_or_above(f.kind, self.fail_on)]

    def draft_claim(self, f: Finding) -> Claim | None:
        return next((c for c in f.claims if c.doc in self.drafts), None)

    def evidence(self, f: Finding) -> list[Claim]:
        """Every claim of the finding except the draft claim it is reported at (for a finding
        inside a draft, the draft's other statements)."""
        primary = self.draft_claim(f)
        return [c for c in f.claims if c is not primary]

    def doc(self, doc_id: str) -> DocInfo | None:
        return self.corpus.get(doc_id) or self.drafts.get(doc_id)

    def summary(self) -> dict[str, Any]:
        counts = {k: sum(1 for f in self.findings if f.kind == k) for k in KIND_ORDER}
        return {
            "drafts": len(self.drafts),
            "corpus_documents": len(self.corpus),
            "reference_facts": self.reference_facts,
            "findings": len(self.findings),
            "by_kind": counts,
            "failing": len(self.failing()),
            "fail_on": self.fail_on,
            "accepted": len(self.accepted),
            "stale_accepted": len(self.stale),
            "expired_accepted": len(self.expired),
            "problems": len(self.problems),
            "exit_code": self.exit_code,
            "catalog_version": self.catalog_version,
            "tool_version": self.tool_version,
        }


_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(s: str) -> str:
    """Text from a document, safe for a terminal: control and bidi characters shown as \\uXXXX."""
    return _CTRL.sub(lambda m: f"\\u{ord(m.group()):04x}", s.replace("\r", " ").replace("\n", " ").replace("\t", " "))


def mark(c: Claim, tty: bool = False) -> str:
    """The claim's sentence with its value marked (»value« or ANSI bold on a terminal)."""
    s = c.sentence
    i = c.start - c.sentence_start
    j = i + (c.end - c.start)
    if not (0 <= i <= j <= len(s)) or s[i:j] != c.text:
        k = s.find(c.text)
        if k < 0:
            return safe(s.strip()) + f"  [»{safe(c.text)}«]"
        i, j = k, k + len(c.text)
    a, b = ("\x1b[1m", "\x1b[0m") if tty else ("»", "«")
    return (safe(s[:i]) + a + safe(s[i:j]) + b + safe(s[j:])).strip()


def _msg(f: Finding, lang: str) -> str:
    return f.message_zh if lang == "zh" and f.message_zh else f.message


def _doc_line(d: DocInfo | None, doc_id: str, lang: str) -> str:
    if d is None:
        return doc_id
    date = str(d.date) if d.date else ("日期不详" if lang == "zh" else "date unknown")
    title = f" “{safe(d.title)}”" if d.title else ""
    return f"{doc_id}{title} ({date})"


def location(res: GateResult, f: Finding) -> tuple[str, int, int]:
    c = res.draft_claim(f) or (f.claims[0] if f.claims else None)
    if c is None:
        return ("?", 1, 1)
    d = res.drafts.get(c.doc) or res.corpus.get(c.doc)
    return (safe(d.path) if d else safe(c.doc), c.line, c.column)  # file names reach the terminal too


def render_text(res: GateResult, *, tty: bool = False) -> str:
    zh = res.lang == "zh"
    out: list[str] = []
    for f in res.findings:
        path, line, col = location(res, f)
        sev = f.severity.upper() if tty else f.severity
        out.append(f"{path}:{line}:{col}: {sev} {f.rule} {f.rule_name}: {safe(_msg(f, res.lang))}")
        dc = res.draft_claim(f)
        if dc is not None:
            out.append(f"    {'草稿' if zh else 'draft'}: {mark(dc, tty)}")
        last = None
        for c in res.evidence(f):
            d = res.doc(c.doc)
            where = _doc_line(d, c.doc, res.lang) if c.doc not in res.drafts else f"{safe(d.path) if d else safe(c.doc)}:{c.line}:{c.column}"
            if where != last:  # one header per document; its quotes below it
                out.append(f"    {'证据' if zh else 'evidence'}: {where}")
                last = where
            out.append(f"        {mark(c, tty)}")
        if f.reference is not None:
            r = f.reference
            out.append(f"    {'参考' if zh else 'reference'}: {r.source_url}")
            if r.quote:
                out.append(f"        “{safe(r.quote)}”")
        if f.days_apart is not None and f.days_apart > 0:
            out.append(f"    {'相隔天数' if zh else 'days apart'}: {f.days_apart}")
        out.append(f"    fingerprint: {f.fingerprint[:16]}")
        out.append("")
    for f, e in res.accepted:
        path, line, col = location(res, f)
        out.append(f"{path}:{line}:{col}: accepted {f.rule} ({safe(e.reason)})")
    for e in res.stale:
        out.append(f"stale accepted entry {e.fingerprint[:16]}: no finding matches it any more; remove it")
    for e in res.expired:
        out.append(f"expired accepted entry {e.fingerprint[:16]} (expired {e.expires}); it no longer applies")
    for p in res.problems:
        out.append(format_problem_line(p))
    out.append(summary_line(res))
    return "\n".join(out) + "\n"


def format_problem_line(p: Problem) -> str:
    loc = safe(p.path) + (f":{p.line}" if p.line else "") + (f":{p.column}" if p.line and p.column else "")
    return f"{loc}: {p.code} {safe(p.message)}" + (f" — {p.hint}" if p.hint else "")


def summary_line(res: GateResult) -> str:
    s = res.summary()
    kinds = ", ".join(f"{n} {k}" for k, n in s["by_kind"].items())
    if res.lang == "zh":
        return (
            f"检查了 {s['drafts']} 份草稿，对照 {s['corpus_documents']} 份语料文档和 {s['reference_facts']} 条参考事实："
            f"{kinds}；{s['failing']} 项达到 --fail-on {res.fail_on}；{s['problems']} 个输入问题；退出码 {res.exit_code}"
        )
    return (
        f"checked {s['drafts']} draft(s) against {s['corpus_documents']} corpus document(s) and {s['reference_facts']} reference fact(s): "
        f"{kinds}; {s['failing']} at or above --fail-on {res.fail_on}; {s['problems']} input problem(s); exit {res.exit_code}"
    )


def render_concise(res: GateResult) -> str:
    lines = []
    for f in res.findings:
        path, line, col = location(res, f)
        lines.append(f"{path}:{line}:{col}: {f.rule} {safe(_msg(f, res.lang))}")
    for p in res.problems:
        lines.append(f"{safe(p.path)}:{p.line or 1}:{p.column or 1}: {p.code} {safe(p.message)}")
    return "".join(x + "\n" for x in lines)


def render_json(res: GateResult) -> str:
    data = {
        "findings": [f.model_dump(mode="json") for f in res.findings],
        "problems": [p.model_dump(mode="json") for p in res.problems],
        "accepted": [{"finding": f.model_dump(mode="json"), "entry": e.model_dump(mode="json")} for f, e in res.accepted],
        "stale_accepted": [e.model_dump(mode="json") for e in res.stale],
        "expired_accepted": [e.model_dump(mode="json") for e in res.expired],
        "summary": res.summary(),
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def rule_table() -> Sequence[tuple[str, str, str, str]]:
    return [(r.code, r.name, r.kind, r.summary) for r in RULES.values()]

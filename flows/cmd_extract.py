"""``policycheck extract PATH... [--format json|jsonl|table]``: print the claims of files or folders.

Problems (unreadable files) go to stderr as ``path:line:col: CODE message — hint`` and the other
files are still processed. Exit 2 for usage errors, a broken catalog, or when nothing could be
read; 0 otherwise. Never imports Prefect.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata

from claims.errors import PolicycheckError
from claims.numfmt import human_number


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}") from None


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files (.txt, .md, .html) or folders")
    p.add_argument("--format", choices=("json", "jsonl", "table"), default="json")
    p.add_argument("--catalog", metavar="DIR", help="catalog folder (default: the bundled catalog)")
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                   help="resolve relative dates of undated documents against this date")


def value_text(c) -> str:
    """The normalised value of a claim, for people."""
    v = c.value
    if v.kind == "quantity":
        def f(x: float | None) -> str:
            return "" if x is None else human_number(x)
        if v.low == v.high and v.low is not None:
            iv = f(v.low)
        else:
            lo = "(-∞" if v.low is None else ("(" if v.low_open else "[") + f(v.low)
            hi = "∞)" if v.high is None else f(v.high) + (")" if v.high_open else "]")
            iv = f"{lo}, {hi}"
        moment = f" as of {c.as_of}" if c.as_of else ""
        return f"{iv} {v.unit or ''}".strip() + ("" if v.hedge == "exact" else f" ({v.hedge})") + moment
    if v.kind == "date":
        if not v.resolved:
            parts = [f"month {v.month}" if v.month else "", f"days {v.day_from}-{v.day_to}" if v.day_from else ""]
            shown = "unresolved " + " ".join(p for p in parts if p)
        else:
            shown = str(v.start) if v.start == v.end else f"{v.start}..{v.end}"
        return shown if v.bound == "on" else f"{v.bound.replace('_', ' ')} {shown}"  # "before 2028-01-01..2028-12-31"
    if v.kind == "identifier":
        return f"{v.scheme} {v.number}"
    return v.normalized


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _width(s))


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    out, w = "", 0
    for ch in s:
        cw = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if w + cw > n - 1:
            return out + "…"
        out += ch
        w += cw
    return out


def table(rows: list[list[str]]) -> str:
    header = ["doc", "line:col", "subject", "text", "value"]
    rows = [header] + rows
    widths = [max(_width(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for r in rows:
        lines.append("  ".join(_pad(c, widths[i]) if i < len(r) - 1 else c for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from claims.catalog import load_catalog
    from flows.cmd_common import load_documents_or_report
    from claims.extract import extract_claims

    try:
        catalog = load_catalog(args.catalog)
    except PolicycheckError as exc:
        sys.stderr.write(str(exc) + "\n")
        return 2
    docs, problems = load_documents_or_report(args.paths)
    if docs is None:
        return 2
    claims = []
    for d in docs:
        claims.extend(extract_claims(d, catalog, reference_date=args.reference_date))
    try:
        _write(sys.stdout, args.format, claims, len(docs), catalog.version)
    except BrokenPipeError:  # `policycheck extract ... | head`
        sys.stdout = open(__import__("os").devnull, "w")
    return 0


def _write(out, fmt: str, claims: list, ndocs: int, version: str) -> None:
    if fmt == "json":
        out.write(json.dumps([c.model_dump(mode="json") for c in claims], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for c in claims:
            out.write(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n")
    else:
        rows = [[c.doc, f"{c.line}:{c.column}", c.subject, _clip(c.text, 40), value_text(c)] for c in claims]
        out.write(table(rows) + "\n")
        out.write(f"{len(claims)} claims in {ndocs} documents (catalog {version})\n")

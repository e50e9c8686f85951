"""``policycheck crosscheck CORPUS``: print the findings of a corpus (between documents, inside
documents, against reference facts), without writing a report. Exit 0 when it ran (findings or
not), 2 on bad input (corpus not found or empty, broken reference file, broken catalog)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claims.errors import PolicycheckError, format_problem


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", nargs="+", metavar="CORPUS", help="corpus folder(s) or files")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--reference", metavar="FILE", help="reference facts YAML (default: CORPUS/reference.yaml when present)")
    p.add_argument("--no-reference", action="store_true", help="do not use CORPUS/reference.yaml")
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the corpus claim cache")


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except PolicycheckError as exc:
        sys.stderr.write(str(exc) + "\n")
        return 2
    except Exception as exc:  # noqa: BLE001 - a bug exits 2 with a message, not a traceback and 1
        from claims.errors import problem

        sys.stderr.write(format_problem(problem("E501", " ".join(args.corpus), f"{type(exc).__name__}: {exc}")) + "\n")
        return 2


def _run(args: argparse.Namespace) -> int:
    from claims.crosscheck import crosscheck
    from flows.cmd_common import load_documents_or_report
    from claims.reference import default_reference, load_reference
    from flows.cmd_check import corpus_claims, load_catalog_cached
    from reports.gate_text import DocInfo, mark, safe

    try:
        catalog = load_catalog_cached(use_cache=not args.no_cache)
    except PolicycheckError as exc:
        sys.stderr.write(str(exc) + "\n")
        return 2
    first = Path(args.corpus[0])
    ref_path = args.reference or (None if args.no_reference else default_reference(first))
    reference = []
    if ref_path:
        try:
            reference = load_reference(ref_path)
        except PolicycheckError as exc:
            sys.stderr.write(str(exc) + "\n")
            return 2
    docs, problems = load_documents_or_report(args.corpus)
    if docs is None:
        return 2
    claims = corpus_claims(docs, catalog, first if first.is_dir() else None, use_cache=not args.no_cache)
    findings = crosscheck(claims, catalog, reference=reference)
    info = {d.id: DocInfo(d.id, d.path, d.title, d.date, d.language) for d in docs}
    if args.format == "json":
        data = {
            "catalog_version": str(getattr(catalog, "version", "")),
            "documents": len(docs),
            "claims": len(claims),
            "reference_facts": len(reference),
            "findings": [f.model_dump(mode="json") for f in findings],
            "problems": [p.model_dump(mode="json") for p in problems],
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    out = []
    for f in findings:
        msg = f.message_zh if args.lang == "zh" and f.message_zh else f.message
        out.append(f"{f.severity} {f.rule} {f.rule_name} [{f.kind}] {safe(msg)}")
        for c in f.claims:
            d = info.get(c.doc)
            where = f"{d.path}:{c.line}:{c.column}" if d else c.doc
            date = f" ({d.date})" if d and d.date else ""
            out.append(f"    {where}{date}: {mark(c)}")
        if f.reference is not None:
            out.append(f"    reference: {f.reference.source_url} “{safe(f.reference.quote)}”")
        if f.days_apart:
            out.append(f"    days apart: {f.days_apart}")
        out.append(f"    fingerprint: {f.fingerprint[:16]}")
    kinds = {}
    for f in findings:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    if args.lang == "zh":
        out.append(f"{len(docs)} 份文档，{len(claims)} 条声明，{len(reference)} 条参考事实：{len(findings)} 项发现" + (f"（{by_kind}）" if by_kind else ""))
    else:
        out.append(f"{len(docs)} documents, {len(claims)} claims, {len(reference)} reference facts: {len(findings)} findings" + (f" ({by_kind})" if by_kind else ""))
    sys.stdout.write("\n".join(out) + "\n")
    return 0

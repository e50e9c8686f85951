"""``policycheck report RUN.json --out DIR [--lang en|zh]``: re-render a report from a saved run.

Reads ``report.json`` and its twins from the same folder: ``claims.jsonl`` (required) and
``documents.jsonl`` (the documents' text, written by every report). When ``documents.jsonl`` is
missing (a run saved by an older build), each document is re-read from the path recorded in the
run and used only if its content hash still matches; otherwise its page lists the claims without
the text. No Prefect import on this path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claims.errors import PolicycheckError, format_problem, problem
from claims.model import Document, RunReport


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run", metavar="RUN.json", help="a report.json written by 'policycheck verify' (claims.jsonl next to it)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the report into (replaced atomically)")
    parser.add_argument("--lang", choices=["en", "zh"], default="en", help="language of the report's labels (default: en)")


def _reread(run: RunReport) -> list[Document]:
    """Documents re-read from their recorded paths, kept only when unchanged since the run."""
    try:
        from claims.documents import load_document
    except ImportError:  # pragma: no cover
        return []
    docs = []
    for s in run.documents:
        try:
            doc = load_document(s.path)
        except PolicycheckError as exc:
            for p in exc.problems:
                sys.stderr.write(f"policycheck report: warning: {format_problem(p)}; its text is left out\n")
            continue
        if doc.content_hash != s.content_hash:
            sys.stderr.write(f"policycheck report: warning: {s.path} changed since the run; its text is left out\n")
            continue
        docs.append(doc.model_copy(update={"id": s.id}))
    return docs


def run(args: argparse.Namespace) -> int:
    from flows.lock import OutputLock
    from reports.render import write_report
    from reports.runfile import read_saved

    try:
        saved, claims, documents = read_saved(Path(args.run))
        if documents is None:
            sys.stderr.write("policycheck report: documents.jsonl not found; re-reading documents from their paths\n")
            documents = _reread(saved)
        out = Path(args.out)
        with OutputLock(out):
            write_report(saved, claims, documents, out, lang=args.lang)
    except PolicycheckError as exc:
        for p in exc.problems:
            sys.stderr.write(format_problem(p) + "\n")
        return 2
    except OSError as exc:  # --out is a file, read-only, or the disk is full: no traceback, exit 2
        sys.stderr.write(format_problem(problem("E401", str(args.out), f"cannot write the report there: {exc.strerror or exc}")) + "\n")
        return 2
    print(f"wrote {Path(args.out) / 'index.html'} ({len(saved.findings)} findings, {len(documents)} documents)")
    return 0

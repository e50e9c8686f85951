"""What the gate commands share: reading the documents they were given and saying what was skipped.
No Prefect import."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from claims.errors import format_problem, problem
from claims.model import Document, Problem


def load_documents_or_report(paths: Sequence[str]) -> tuple[list[Document] | None, list[Problem]]:
    """Load files and folders; each unreadable one is named on stderr and the rest go on.
    Returns the documents (None when nothing at all could be read: the caller exits 2) and the
    problems, for outputs that list them."""
    from claims.documents import load_corpus

    docs, problems = load_corpus(list(paths))
    for p in problems:
        sys.stderr.write(format_problem(p) + "\n")
    if not docs:
        sys.stderr.write(format_problem(problem("E101", ", ".join(paths), "no readable document")) + "\n")
        return None, problems
    return docs, problems

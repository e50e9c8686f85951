"""Read a saved run back: report.json -> RunReport, and its twins claims.jsonl and documents.jsonl.

Every failure is a PolicycheckError with code E403 naming the file (and the line, for JSON lines
and JSON syntax errors), so ``policycheck report`` can say exactly what is wrong.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from claims.errors import PolicycheckError, problem
from claims.model import Claim, Document, RunReport

M = TypeVar("M", bound=BaseModel)
CODE = "E403"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicycheckError(problem(CODE, str(path), "file not found")) from None
    except IsADirectoryError:
        raise PolicycheckError(problem(CODE, str(path), "is a folder; pass the report.json file")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicycheckError(problem(CODE, str(path), f"cannot read: {exc}")) from None


def _errors(exc: ValidationError, limit: int = 5) -> str:
    parts = [f"{'.'.join(str(x) for x in e['loc']) or '(top level)'}: {e['msg']}" for e in exc.errors()[:limit]]
    more = len(exc.errors()) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def read_run(path: Path) -> RunReport:
    """Load a report.json written by ``write_report``."""
    path = Path(path)
    text = _read(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PolicycheckError(problem(CODE, str(path), f"not JSON: {exc.msg}", exc.lineno, exc.colno)) from None
    if not isinstance(data, dict) or "schema_version" not in data:
        raise PolicycheckError(problem(CODE, str(path), "not a policycheck report (no schema_version)"))
    if data.get("schema_version") != 1:
        raise PolicycheckError(problem(CODE, str(path), f"unsupported schema_version {data.get('schema_version')!r}; this build reads 1"))
    try:
        return RunReport.model_validate(data)
    except ValidationError as exc:
        raise PolicycheckError(problem(CODE, str(path), f"invalid report: {_errors(exc)}")) from None


def _read_lines(path: Path, model: type[M]) -> list[M]:
    out: list[M] = []
    for n, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(model.model_validate_json(line))
        except ValidationError as exc:
            raise PolicycheckError(problem(CODE, str(path), f"invalid {model.__name__.lower()}: {_errors(exc)}", n)) from None
    return out


def read_claims(path: Path) -> list[Claim]:
    """Load claims.jsonl (one Claim per line)."""
    return _read_lines(Path(path), Claim)


def read_documents(path: Path) -> list[Document]:
    """Load documents.jsonl (one Document per line, text included)."""
    return _read_lines(Path(path), Document)


def read_saved(report_json: Path) -> tuple[RunReport, list[Claim], list[Document] | None]:
    """A saved run and its twins from the same folder. Documents are None when documents.jsonl is absent."""
    report_json = Path(report_json)
    run = read_run(report_json)
    folder = report_json.parent
    claims = read_claims(folder / "claims.jsonl")
    docs_path = folder / "documents.jsonl"
    documents = read_documents(docs_path) if docs_path.exists() else None
    return run, claims, documents

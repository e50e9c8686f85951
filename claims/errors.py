"""Stable error codes. Each names what went wrong and how to fix the input.

docs/errors.md documents the same set; tests/test_error_codes.py checks they agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.model import Problem


@dataclass(frozen=True)
class ErrorCode:
    code: str
    title: str
    hint: str


CODES: dict[str, ErrorCode] = {
    e.code: e
    for e in [
        ErrorCode("E101", "path not found", "Check the path; it does not exist."),
        ErrorCode("E102", "file unreadable", "Check permissions; the file could not be opened or read."),
        ErrorCode("E103", "not a text file", "The file looks binary; only .txt, .md and .html text is read."),
        ErrorCode("E104", "unknown encoding", "Save the file as UTF-8 (GB18030/GBK, Big5 and UTF-16 with BOM are also detected)."),
        ErrorCode("E105", "empty file", "The file has no text; remove it or add content."),
        ErrorCode("E106", "file too large", "The file exceeds the size limit (50 MB); split it into smaller documents."),
        ErrorCode("E107", "broken front matter", "Fix the YAML between the '---' lines at the top of the file."),
        ErrorCode("E108", "front matter field has the wrong type", "Give the field the documented type (e.g. date: 2025-07-23)."),
        ErrorCode("E109", "unsupported file type", "Use .txt, .md or .html (or list the file in sources.yaml)."),
        ErrorCode("E110", "symlink loop or unsafe path", "Remove the link loop, or keep sources inside the corpus folder."),
        ErrorCode("E201", "catalog invalid", "Fix the catalog YAML at the named line; every problem is listed."),
        ErrorCode("E202", "reference facts invalid", "Fix the reference YAML at the named line."),
        ErrorCode("E203", "reviews file invalid", "Fix reviews.yaml at the named line (fingerprint, status, note, by, on)."),
        ErrorCode("E204", "sources file invalid", "Fix sources.yaml at the named line."),
        ErrorCode("E205", "configuration invalid", "Fix policycheck.toml or [tool.policycheck] in pyproject.toml."),
        ErrorCode("E301", "source fetch failed", "The URL could not be fetched; check it or retry later."),
        ErrorCode("E302", "source refused", "Only http(s) URLs with a text content type under the size limit are fetched."),
        ErrorCode("E401", "usage error", "See 'policycheck --help'."),
        ErrorCode("E402", "output folder busy", "Another run is writing to this output folder; wait for it or choose another --out."),
        ErrorCode("E403", "saved run unreadable", "Pass a report.json written by 'policycheck verify'."),
        ErrorCode("E501", "internal error", "A bug in policycheck, not in your input: please report it with the file named."),
    ]
}


def problem(code: str, path: str, message: str, line: int | None = None, column: int | None = None) -> Problem:
    """Build a Problem for a registered code; the hint comes from the registry."""
    if code not in CODES:
        raise KeyError(f"unregistered error code {code}")
    return Problem(code=code, path=path, line=line, column=column, message=message, hint=CODES[code].hint)


# Control characters (ESC sequences, newlines, BEL) and bidirectional overrides in a file name or a
# message would reach the terminal raw: a file named "x\x1b]0;...\x07\nfake.txt: E101 ..." could
# retitle the terminal or forge lines. They are shown as \xNN / \uNNNN instead.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(s: str) -> str:
    return _INVISIBLE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", s)


def format_problem(p: Problem) -> str:
    """``path:line:col: CODE message (hint)`` — the form every command prints on stderr."""
    loc = _visible(p.path)
    if p.line is not None:
        loc += f":{p.line}"
        if p.column is not None:
            loc += f":{p.column}"
    return f"{loc}: {p.code} {_visible(p.message)}" + (f" — {p.hint}" if p.hint else "")


class PolicycheckError(Exception):
    """An error carrying Problems; raised for input that cannot be used at all."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("\n".join(format_problem(p) for p in self.problems))

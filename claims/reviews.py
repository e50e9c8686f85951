"""reviews.yaml: decisions reviewers recorded about findings, keyed by fingerprint.

The file lives in the corpus. It is a list of entries (or a mapping with a ``reviews:`` list)::

    - fingerprint: "3f2a9c..."        # the finding's fingerprint, quoted
      status: confirmed               # confirmed | dismissed | explained
      note: "The EN article misquotes the RFI count."
      by: li
      on: 2025-11-20

A broken file is an error (E203) naming ``file:line``; an entry whose fingerprint matches no
finding of the run is *stale*: reported so the list shrinks, never an error. YAML 1.1 reads an
unquoted ``on:`` key as the boolean true; the loader maps it back to ``on``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from claims.errors import PolicycheckError, problem
from claims.model import Finding
from claims.yamlio import load_yaml, locate, validate

ReviewStatus = Literal["confirmed", "dismissed", "explained"]
CODE = "E203"


class ReviewEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=False)

    fingerprint: str = Field(min_length=1, description="the finding's fingerprint (quote it in YAML)")
    status: ReviewStatus
    note: str = ""
    by: str = ""
    on: dt.date | None = Field(None, description="the day of the decision")
    expires: dt.date | None = Field(None, description="after this day the decision no longer applies")

    def as_dict(self) -> dict[str, str]:
        """The form RunReport.reviews keeps: strings only, empty fields left out."""
        out = {"status": self.status, "note": self.note, "by": self.by}
        if self.on:
            out["on"] = self.on.isoformat()
        if self.expires:
            out["expires"] = self.expires.isoformat()
        return {k: v for k, v in out.items() if v}


class ReviewsFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    reviews: tuple[ReviewEntry, ...] = ()


@dataclass(frozen=True)
class Reviews:
    path: str
    reviews: tuple[ReviewEntry, ...]  # in file order
    lines: tuple[int | None, ...]  # line of each entry in the file

    def by_fingerprint(self, *, today: dt.date | None = None) -> dict[str, ReviewEntry]:
        """Entries in force (not expired on ``today``), by fingerprint."""
        return {e.fingerprint: e for e in self.reviews if not (today and e.expires and e.expires < today)}


def _fix_on_key(item: Any) -> Any:
    if isinstance(item, dict) and True in item and "on" not in item:
        item = dict(item)
        item["on"] = item.pop(True)
    return item


def load_reviews(path: Path) -> Reviews:
    """Load and validate a reviews file. Raises PolicycheckError(E203) with file:line on any problem."""
    path = Path(path)
    data, positions = load_yaml(path, CODE)
    if data is None:
        return Reviews(str(path), (), ())
    prefix: tuple[Any, ...] = ()
    if isinstance(data, dict):
        items = data.get("reviews", [])
        prefix = ("reviews",)
        wrapped = {k: v for k, v in data.items()}
    elif isinstance(data, list):
        items = data
        wrapped = {"reviews": data}
    else:
        raise PolicycheckError(problem(CODE, str(path), "expected a list of review entries", 1, 1))
    if isinstance(items, list):
        items = [_fix_on_key(i) for i in items]
        wrapped["reviews"] = items
    # positions are keyed by the file's own paths; validate() reports (reviews, i, field)
    pos = dict(positions)
    if not prefix:
        for key, where in positions.items():
            pos[("reviews",) + key] = where
    for key, where in list(pos.items()):  # an unquoted `on:` key is recorded under its text
        if key and key[-1] == "on":
            pos[key[:-1] + (True,)] = where
    model = validate(ReviewsFile, wrapped, path, pos, CODE)
    lines = tuple(locate(pos, ("reviews", i))[0] for i in range(len(model.reviews)))
    seen: dict[str, int | None] = {}
    problems = []
    for entry, line in zip(model.reviews, lines):
        if entry.fingerprint in seen:
            problems.append(
                problem(CODE, str(path), f"fingerprint {entry.fingerprint!r} is reviewed twice (first at line {seen[entry.fingerprint]})", line)
            )
        seen.setdefault(entry.fingerprint, line)
    if problems:
        raise PolicycheckError(problems)
    return Reviews(str(path), model.reviews, lines)


@dataclass(frozen=True)
class Applied:
    reviews: dict[str, dict[str, str]]  # fingerprint -> entry, for RunReport.reviews (stale ones included)
    matched: tuple[str, ...]
    stale: tuple[ReviewEntry, ...]  # entries that match no finding of the run


def apply_reviews(reviews: Reviews | None, findings: list[Finding] | tuple[Finding, ...], *, today: dt.date | None = None) -> Applied:
    """Match entries to findings by fingerprint; unmatched entries are stale (kept, and listed)."""
    if reviews is None:
        return Applied({}, (), ())
    fps = {f.fingerprint for f in findings}
    active = reviews.by_fingerprint(today=today)
    matched = tuple(sorted(fp for fp in active if fp in fps))
    stale = tuple(e for fp, e in sorted(active.items()) if fp not in fps)
    return Applied({fp: e.as_dict() for fp, e in sorted(active.items())}, matched, stale)


def stale_messages(reviews: Reviews, stale: tuple[ReviewEntry, ...]) -> list[str]:
    """``path:line: stale review ...`` lines for logs (warnings, not errors)."""
    line_of = {e.fingerprint: line for e, line in zip(reviews.reviews, reviews.lines)}
    return [
        f"{reviews.path}:{line_of.get(e.fingerprint) or '?'}: stale review: fingerprint {e.fingerprint!r} matches no finding; remove the entry"
        for e in stale
    ]

"""Accepted findings: a reviewed list of fingerprints that the gate does not fail on.

YAML (``--accepted FILE`` or ``accepted =`` in the configuration)::

    accepted:
      - fingerprint: 3f2a...        # the full sha256 (or a unique prefix of at least 12 characters)
        reason: "the corpus figure is the preliminary count; the draft quotes the final one"
        expires: 2026-06-30          # optional: after this date the entry no longer applies
        by: editor-name              # optional

Nothing is suppressed by editing the source documents: they are the evidence. An entry that no
longer matches any finding is reported as *stale* so the list shrinks; an expired entry is reported
and no longer accepts its finding. Errors: E205 with file:line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field

from claims.errors import PolicycheckError, problem
from claims.model import Finding
from claims.yamlio import load_yaml, validate


class AcceptedEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str = Field(pattern=r"^[0-9a-f]{12,64}$")
    reason: str = Field(min_length=1)
    expires: dt.date | None = None
    by: str = ""


class _AcceptedFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    accepted: tuple[AcceptedEntry, ...] = ()


def load_accepted(path: Path | str) -> list[AcceptedEntry]:
    path = Path(path)
    if not path.exists():
        raise PolicycheckError(problem("E205", str(path), "accepted-findings file not found"))
    data, positions = load_yaml(path, "E205")
    if data is None:
        return []
    return list(validate(_AcceptedFile, data, path, positions, "E205").accepted)


@dataclass(frozen=True)
class Applied:
    kept: list[Finding]
    accepted: list[tuple[Finding, AcceptedEntry]]
    stale: list[AcceptedEntry]
    expired: list[AcceptedEntry]


def apply_accepted(findings: Sequence[Finding], entries: Sequence[AcceptedEntry], today: dt.date) -> Applied:
    """Split findings into kept and accepted; list stale and expired entries."""
    live = [e for e in entries if e.expires is None or e.expires >= today]
    expired = [e for e in entries if e.expires is not None and e.expires < today]
    used: set[int] = set()
    kept: list[Finding] = []
    accepted: list[tuple[Finding, AcceptedEntry]] = []
    for f in findings:
        hit = next((i for i, e in enumerate(live) if f.fingerprint.startswith(e.fingerprint)), None)
        if hit is None:
            kept.append(f)
        else:
            used.add(hit)
            accepted.append((f, live[hit]))
    stale = [e for i, e in enumerate(live) if i not in used]
    return Applied(kept, accepted, stale, expired)

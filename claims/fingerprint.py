"""Finding fingerprints: same evidence => same fingerprint, across runs and machines.

sha256 over (rule, subject, the sorted (document id, normalised value, surface text) of every claim
involved, and the reference fact when there is one). No offsets, line numbers or dates of the
run: an edit elsewhere in a document does not change the fingerprint; a different value, a
different surface text or another document does.
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable

from claims.compare import value_key
from claims.model import Claim, ReferenceFact


def evidence_key(c: Claim) -> tuple[str, str, str]:
    return (c.doc, value_key(c.value), c.text.strip())


def fingerprint(rule: str, subject: str, claims: Iterable[Claim], reference: ReferenceFact | None = None) -> str:
    items = sorted({evidence_key(c) for c in claims})
    payload: list[object] = [rule, subject, [list(i) for i in items]]
    if reference is not None:
        payload.append(["reference", reference.source_url, value_key(reference.value)])
    blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()

"""SARIF 2.1.0 output of the gate: one run, the rules with help text, one result per finding with
its location in the draft, the corpus documents (and reference source) as relatedLocations, and
the finding's fingerprint in partialFingerprints. Columns count Unicode code points and the run
says so explicitly (``columnKind: unicodeCodePoints``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claims.messages import RULES, SEVERITY
from claims.model import Claim
from reports.gate_text import GateResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _region(c: Claim) -> dict[str, Any]:
    return {
        "startLine": c.line,
        "startColumn": c.column,
        "endLine": c.line,
        "endColumn": c.column + (c.end - c.start),  # exclusive, as SARIF defines it
        "charOffset": c.start,
        "charLength": c.end - c.start,
        "snippet": {"text": c.text},
    }


def render_sarif(res: GateResult) -> str:
    codes = list(RULES)
    rules = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.help},
            "help": {"text": r.help, "markdown": f"**{r.code} {r.name}** ({r.kind}): {r.help}"},
            "defaultConfiguration": {"level": _LEVEL[SEVERITY[r.kind]]},
            "properties": {"kind": r.kind, "tags": [r.kind]},
        }
        for r in RULES.values()
    ]
    results = []
    for f in res.findings:
        dc = res.draft_claim(f) or (f.claims[0] if f.claims else None)
        locs = []
        if dc is not None:
            d = res.drafts.get(dc.doc) or res.corpus.get(dc.doc)
            locs.append({"physicalLocation": {"artifactLocation": {"uri": _uri(d.path if d else dc.doc)}, "region": _region(dc)}})
        related = []
        for i, c in enumerate(x for x in f.claims if x is not dc):
            d = res.corpus.get(c.doc) or res.drafts.get(c.doc)
            related.append(
                {
                    "id": i + 1,
                    "physicalLocation": {"artifactLocation": {"uri": _uri(d.path if d else c.doc)}, "region": _region(c)},
                    "message": {"text": f"{c.doc}: {c.text}" + (f" ({d.date})" if d and d.date else "")},
                }
            )
        if f.reference is not None:
            related.append(
                {
                    "id": len(related) + 1,
                    "physicalLocation": {"artifactLocation": {"uri": f.reference.source_url}},
                    "message": {"text": f"reference: {f.reference.quote or f.reference.source_url}"},
                }
            )
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": codes.index(f.rule),
                "level": _LEVEL[f.severity],
                "kind": "fail",
                "message": {"text": f.message_zh if res.lang == "zh" and f.message_zh else f.message},
                "locations": locs,
                "relatedLocations": related,
                "partialFingerprints": {"policycheckFingerprint/v1": f.fingerprint},
                "properties": {"kind": f.kind, "subject": f.subject, "expected": f.expected, "observed": f.observed, "days_apart": f.days_apart},
            }
        )
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{p.code} {p.message}"},
            "descriptor": {"id": p.code},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(p.path)}, **({"region": {"startLine": p.line}} if p.line else {})}}],
        }
        for p in res.problems
    ]
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "policycheck", "version": res.tool_version or "0", "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "invocations": [{"executionSuccessful": res.exit_code != 2, "toolExecutionNotifications": notifications, "exitCode": res.exit_code}],
                "results": results,
                "properties": {"catalogVersion": res.catalog_version, "failOn": res.fail_on},
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"

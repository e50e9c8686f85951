"""SARIF 2.1.0 output, validated structurally."""

from __future__ import annotations

import json

from claims.crosscheck import check_drafts
from claims.messages import RULES
from claims.rules import RuleSet
from reports.gate_text import DocInfo, GateResult
from reports.sarif import render_sarif
from tests.test_crosscheck_core import CAT, REF, claim, day, q


def result(**kw) -> GateResult:
    corpus = [claim("c1", q(10068), text="10068", sentence="本次收到的意見總數，達到了誇張的10068 份!", doc_date="2025-04-26")]
    draft = [claim("d1", q(10086), text="10,086", start=8, sentence="The RFI drew 10,086 comments."), claim("d1", day("2025-01-20"), subject="eo.signed", text="January 20, 2025")]
    fs = check_drafts(draft, corpus, CAT, reference=[REF], rules=RuleSet())
    return GateResult(
        findings=fs, drafts={"d1": DocInfo("d1", "drafts/d1.md")}, corpus={"c1": DocInfo("c1", "seeds/c1.txt", "标题", None)}, exit_code=1, **kw
    )


def test_sarif_structure():
    data = json.loads(render_sarif(result()))
    assert data["version"] == "2.1.0"
    assert data["$schema"].endswith("sarif-2.1.0.json")
    run = data["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} == set(RULES)
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    results = run["results"]
    assert {r["ruleId"] for r in results} == {"PC101", "PC105"}
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] in ("error", "warning", "note")
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "drafts/d1.md"
        reg = loc["region"]
        assert reg["startLine"] >= 1 and reg["startColumn"] >= 1 and reg["endColumn"] > reg["startColumn"]
        assert r["relatedLocations"], "corpus evidence or reference source"
        assert len(r["partialFingerprints"]["policycheckFingerprint/v1"]) == 64
    pc101 = next(r for r in results if r["ruleId"] == "PC101")
    assert pc101["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "seeds/c1.txt"
    pc105 = next(r for r in results if r["ruleId"] == "PC105")
    assert pc105["relatedLocations"][-1]["physicalLocation"]["artifactLocation"]["uri"].startswith("https://")


def test_sarif_region_counts_code_points():
    d = claim("d1", q(10086), text="一萬零八十六", start=3, sentence="草稿：一萬零八十六份")
    res = GateResult(findings=check_drafts([d], [claim("c1", q(10068))], CAT, rules=RuleSet()), drafts={"d1": DocInfo("d1", "d1.md")}, corpus={})
    reg = json.loads(render_sarif(res))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert reg["endColumn"] - reg["startColumn"] == len("一萬零八十六")


def test_sarif_problems_are_notifications():
    from claims.errors import problem

    res = result(problems=[problem("E102", "drafts/missing.md", "cannot read")])
    res.exit_code = 2
    inv = json.loads(render_sarif(res))["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["descriptor"]["id"] == "E102"

"""JUnit XML output parses and has a testsuite per draft, a failing testcase per failing finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from claims.errors import problem
from reports.gate_text import DocInfo
from reports.junit import render_junit
from tests.test_sarif import result


def test_junit_parses_and_counts():
    res = result()
    res.drafts["d2"] = DocInfo("d2", "drafts/d2.md")
    root = ET.fromstring(render_junit(res))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"drafts/d1.md", "drafts/d2.md"}
    d1 = suites["drafts/d1.md"]
    assert int(d1.get("failures")) == len(d1.findall("testcase/failure")) == 2
    assert [c.get("name") for c in suites["drafts/d2.md"].findall("testcase")] == ["drafts/d2.md: no findings"]
    assert int(root.get("failures")) == 2


def test_junit_findings_below_fail_on_pass():
    res = result(fail_on="contradiction")
    res.findings = [f.model_copy(update={"kind": "possible", "severity": "info"}) for f in res.findings]
    root = ET.fromstring(render_junit(res))
    assert root.get("failures") == "0"
    assert root.findall(".//system-out")


def test_junit_unreadable_draft_is_an_error_and_hostile_text_is_escaped():
    res = result(problems=[problem("E104", "drafts/bad\x07.md", "unknown encoding <script>")])
    xml = render_junit(res)
    root = ET.fromstring(xml)
    assert root.get("errors") == "1"
    assert "<script>" not in xml

"""JUnit XML output of the gate: a testsuite per draft, a testcase per finding (a <failure> when the
finding is at or above --fail-on, else a passing case with the message in <system-out>), an <error>
testcase for a draft that could not be read, and one passing case for a clean draft."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claims.messages import at_or_above
from reports.gate_text import GateResult, location, mark


_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(s: str) -> str:
    """Characters XML 1.0 cannot carry are replaced (document text is untrusted)."""
    return _BAD_XML.sub("\ufffd", s)


def render_junit(res: GateResult) -> str:
    root = ET.Element("testsuites", name="policycheck")
    total = failures = errors = 0
    by_path: dict[str, list] = {}
    for d in res.drafts.values():
        by_path.setdefault(d.path, [])
    for f in res.findings:
        path, _, _ = location(res, f)
        by_path.setdefault(path, []).append(f)
    problems_by_path: dict[str, list] = {}
    for p in res.problems:
        problems_by_path.setdefault(p.path, []).append(p)
        by_path.setdefault(p.path, [])
    for path in sorted(by_path):
        fs = by_path[path]
        ps = problems_by_path.get(path, [])
        suite = ET.SubElement(root, "testsuite", name=_x(path))
        nf = ne = 0
        for f in fs:
            _, line, col = location(res, f)
            case = ET.SubElement(suite, "testcase", classname=f"policycheck.{f.rule}", name=_x(f"{f.rule} {f.subject} at {path}:{line}:{col}"))
            msg = f.message_zh if res.lang == "zh" and f.message_zh else f.message
            dc = res.draft_claim(f)
            detail = "\n".join([msg] + ([mark(dc)] if dc else []) + [f"{c.doc}: {mark(c)}" for c in res.evidence(f)] + [f"fingerprint {f.fingerprint}"])
            if at_or_above(f.kind, res.fail_on):
                el = ET.SubElement(case, "failure", message=_x(msg), type=f"{f.rule} {f.kind}")
                el.text = _x(detail)
                nf += 1
            else:
                ET.SubElement(case, "system-out").text = _x(detail)
        for p in ps:
            case = ET.SubElement(suite, "testcase", classname="policycheck.input", name=_x(f"read {path}"))
            ET.SubElement(case, "error", message=_x(f"{p.code} {p.message}"), type=p.code).text = _x(p.hint)
            ne += 1
        if not fs and not ps:
            ET.SubElement(suite, "testcase", classname="policycheck.check", name=_x(f"{path}: no findings"))
        n = max(len(fs) + len(ps), 1)
        suite.set("tests", str(n))
        suite.set("failures", str(nf))
        suite.set("errors", str(ne))
        total, failures, errors = total + n, failures + nf, errors + ne
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

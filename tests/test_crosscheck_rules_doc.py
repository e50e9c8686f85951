"""Rule codes in code and in docs/rules.md are the same set; rules.yaml loads strictly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims.errors import PolicycheckError
from claims.messages import KIND_ORDER, RULES, at_or_above
from claims.rules import BUNDLED_RULES, load_rules

ROOT = Path(__file__).resolve().parent.parent


def test_rule_codes_documented():
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| (PC\d{3}) \|", doc, re.M))
    assert documented == set(RULES)
    for r in RULES.values():
        assert f"| {r.code} | {r.name} | {r.kind} |" in doc


def test_every_emitted_rule_code_is_registered():
    used = set()
    for p in (ROOT / "claims").glob("*.py"):
        used |= set(re.findall(r"[\"'](PC\d{3})[\"']", p.read_text(encoding="utf-8")))
    assert used <= set(RULES) and used


def test_kind_order():
    assert KIND_ORDER == ("contradiction", "internal", "imprecise", "possible")
    assert at_or_above("contradiction", "possible") and not at_or_above("possible", "contradiction")


def test_bundled_rules_match_the_catalog():
    from claims.catalog import load_catalog
    from claims.rules import catalog_subject_ids

    rs = load_rules(BUNDLED_RULES, known_subjects=catalog_subject_ids(load_catalog()))
    assert {r.id for r in rs.rules} >= {"action-plan-pillar-actions", "rfi-individual-within-total"}


@pytest.mark.parametrize(
    "text,line,fragment",
    [
        ("rules:\n  - id: x\n    kind: parts_total\n    total: a\n    parts: []\n", 5, "parts"),
        ("rules:\n  - id: x\n    kind: nonsense\n", 2, "kind"),
        ("settings:\n  imprecise_ratio: 0.5\n", 2, "imprecise_ratio"),
        ("rules:\n  - id: x\n    kind: part_le_whole\n    part: a\n    whole: b\n    extra: 1\n", 6, "extra"),
        ("rules: [\n", 2, "invalid YAML"),
        # unit_dimensions (PC107): a band upside down, a unit in two dimensions, a dimension of one unit
        ("unit_dimensions:\n  - id: money\n    units:\n      USD: [1, 1]\n      CNY: [0.17, 0.13]\n", 5, "low <= high"),
        ("unit_dimensions:\n  - id: a\n    units: {days: [1, 1], weeks: [7, 7]}\n  - id: b\n    units: {days: [1, 1], hours: [1, 1]}\n",
         1, "two unit_dimensions"),
        ("unit_dimensions:\n  - id: a\n    units: {days: [1, 1]}\n", 3, "at least 2"),
    ],
)
def test_broken_rules_name_file_and_line(tmp_path, text, line, fragment):
    p = tmp_path / "rules.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_rules(p)
    probs = ei.value.problems
    assert all(x.code == "E201" and x.path == str(p) for x in probs)
    assert any(x.line == line and fragment in x.message for x in probs), probs


def test_unknown_subject_in_rules(tmp_path):
    p = tmp_path / "rules.yaml"
    p.write_text("rules:\n  - id: x\n    kind: part_le_whole\n    part: a\n    whole: nope\n", encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_rules(p, known_subjects={"a"})
    (pr,) = ei.value.problems
    assert pr.line == 5 and "nope" in pr.message

"""Reference facts: loading (E202 with file:line), the shipped seeds/reference.yaml, config and
accepted findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claims.accepted import apply_accepted, load_accepted
from claims.config import load_config
from claims.errors import PolicycheckError
from claims.reference import load_reference
from tests.test_crosscheck_core import CAT, claim, q
from claims.crosscheck import crosscheck
from claims.rules import RuleSet

ROOT = Path(__file__).resolve().parent.parent


def test_seed_reference_loads_and_names_catalog_subjects():
    facts = load_reference(ROOT / "seeds" / "reference.yaml")
    assert len(facts) >= 4
    from claims.catalog import load_catalog

    cat = load_catalog()
    for f in facts:
        assert f.subject in cat.subjects, f.subject
        assert f.source_url.startswith("https://") and f.quote
        assert cat.subjects[f.subject].kind == f.value.kind


def test_reference_value_forms(tmp_path):
    p = tmp_path / "ref.yaml"
    p.write_text(
        "facts:\n"
        "  - {subject: a, date: 2025-01-23, source_url: 'https://x.example/a', quote: q}\n"
        "  - {subject: b, date: {start: 2025-07-01, end: 2025-07-31}, source_url: 'https://x.example/b'}\n"
        "  - {subject: c, quantity: {value: 10068, unit: documents}, source_url: 'http://x.example/c'}\n"
        "  - {subject: d, quantity: {low: 90, low_open: true, hedge: over}, source_url: 'https://x.example/d'}\n"
        "  - {subject: e, text: 'Winning the Race', source_url: 'https://x.example/e'}\n"
        "  - {subject: f, identifier: {scheme: executive_order, number: '14179'}, source_url: 'https://x.example/f'}\n",
        encoding="utf-8",
    )
    facts = load_reference(p)
    assert [f.value.kind for f in facts] == ["date", "date", "quantity", "quantity", "text", "identifier"]
    assert facts[1].value.start == dt.date(2025, 7, 1) and facts[1].value.end == dt.date(2025, 7, 31)
    assert facts[3].value.high is None and facts[3].value.low_open


@pytest.mark.parametrize(
    "body,line,fragment",
    [
        ("facts:\n  - subject: a\n    date: 2025-01-23\n    source_url: ftp://x.example/a\n", 4, "http"),
        ("facts:\n  - subject: a\n    source_url: https://x.example/a\n", 2, "exactly one"),
        ("facts:\n  - subject: a\n    date: 2025-01-23\n    text: t\n    source_url: https://x.example/a\n", 2, "exactly one"),
        ("facts:\n  - subject: a\n    quantity: {low: 5, high: 1}\n    source_url: https://x.example/a\n", 3, "low is above high"),
        ("facts:\n  - subject: a\n    date: 2025-13-01\n    source_url: https://x.example/a\n", 3, "month must be"),
        ("facts:\n  - subject: a\n    date: 2025-01-01\n    source_url: https://x.example/a\n    colour: red\n", 5, "colour"),
        ("facts:\n  - subject: a\n   date: [\n", 3, "invalid YAML"),
    ],
)
def test_broken_reference_names_file_and_line(tmp_path, body, line, fragment):
    p = tmp_path / "reference.yaml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_reference(p)
    probs = ei.value.problems
    assert all(x.code == "E202" and x.path == str(p) for x in probs)
    assert any(x.line == line and fragment in x.message for x in probs), probs


def test_reference_imprecise(tmp_path):
    p = tmp_path / "ref.yaml"
    p.write_text("facts:\n  - {subject: s.pct, quantity: {value: 17, unit: percent}, source_url: 'https://x.example/p'}\n", encoding="utf-8")
    facts = load_reference(p)
    fs = crosscheck([claim("a", q(5, None, unit="percent", hedge="over", lo_open=True), subject="s.pct")], CAT, reference=facts, rules=RuleSet())
    assert [(f.rule, f.reference is not None) for f in fs] == [("PC121", True)]


def test_config_from_policycheck_toml_and_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.policycheck]\nfail_on = 'imprecise'\ncorpus = 'seeds'\n", encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    cfg = load_config(sub)
    assert cfg.fail_on == "imprecise" and cfg.corpus == str(tmp_path / "seeds")
    (tmp_path / "a" / "policycheck.toml").write_text("lang = 'zh'\n", encoding="utf-8")
    cfg = load_config(sub)
    assert cfg.lang == "zh" and cfg.fail_on is None
    (tmp_path / "a" / "policycheck.toml").write_text("lang = 'fr'\n", encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_config(sub)
    assert ei.value.problems[0].code == "E205" and ei.value.problems[0].line == 1


def test_accepted_findings_and_stale_entries(tmp_path):
    fs = crosscheck([claim("a", q(1)), claim("b", q(2))], CAT, rules=RuleSet())
    fp = fs[0].fingerprint
    p = tmp_path / "accepted.yaml"
    p.write_text(
        f"accepted:\n  - fingerprint: {fp}\n    reason: known, reviewed\n"
        f"  - fingerprint: '{'0' * 64}'\n    reason: fixed long ago\n"
        f"  - fingerprint: {fp[:16]}\n    reason: expired\n    expires: 2020-01-01\n",
        encoding="utf-8",
    )
    entries = load_accepted(p)
    applied = apply_accepted(fs, entries, dt.date(2026, 1, 1))
    assert applied.kept == [] and len(applied.accepted) == 1
    assert [e.reason for e in applied.stale] == ["fixed long ago"]
    assert [e.reason for e in applied.expired] == ["expired"]
    p.write_text("accepted:\n  - fingerprint: xyz\n    reason: ''\n", encoding="utf-8")
    with pytest.raises(PolicycheckError) as ei:
        load_accepted(p)
    assert {x.line for x in ei.value.problems} == {2, 3}

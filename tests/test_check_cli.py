"""`policycheck check` and `policycheck crosscheck` end to end on the seeds: exit codes, formats,
bad input, and what must (not) be flagged."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from flows.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DRAFTS = ROOT / "tests" / "drafts"


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    # one cache for the whole module run, outside the user's home
    monkeypatch.setenv("POLICYCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "pc-cache"))
    monkeypatch.chdir(tmp_path_factory.getbasetemp())


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def check(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The RFI drew 10,086 comments.", 1),
        ("More than 10,000 comments were submitted.", 0),
        ("這次 RFI 共收到 10,086 份意見。", 1),
        ("超過一萬份意見被提交。", 0),
    ],
)
def test_issue_examples(tmp_path, capsys, text, expected):
    d = write(tmp_path, "draft.md", text + "\n")
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS))
    assert code == expected, out
    if expected:
        assert "»10,086" in out and "10068" in out and "002_201e926165a2f285" in out


def test_text_format_summary_and_zh(tmp_path, capsys):
    d = write(tmp_path, "draft.md", "The RFI drew 10,086 comments.\n")
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--lang", "zh")
    assert code == 1 and "相矛盾" in out and out.rstrip().splitlines()[-1].startswith("检查了 1 份草稿")


def test_concise_json_sarif_junit(tmp_path, capsys):
    d = write(tmp_path, "draft.md", "# Draft\n\nThe RFI drew 10,086 comments.\n")
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "concise")
    assert code == 1 and out.startswith(f"{d}:3:14: PC101 ")
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json")
    data = json.loads(out)
    assert data["summary"]["exit_code"] == 1 and data["findings"][0]["rule"] == "PC101"
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "sarif")
    sarif = json.loads(out)
    reg = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (reg["startLine"], reg["startColumn"]) == (3, 14)
    out_file = tmp_path / "junit.xml"
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "junit", "--output", str(out_file))
    assert code == 1 and out == ""
    assert ET.parse(out_file).getroot().get("failures") == "1"


def test_fail_on_levels(tmp_path, capsys):
    d = write(tmp_path, "vague.md", "AI行动计划的信息征询收到超过5000份意见。\n")
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS))
    assert code == 0 and "PC121" in out
    code, _, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--fail-on", "imprecise")
    assert code == 1


def test_unknown_fail_on_is_usage_error(tmp_path, capsys):
    d = write(tmp_path, "d.md", "x\n")
    code, _, err = check(capsys, str(d), "--corpus", str(SEEDS), "--fail-on", "typo")
    assert code == 2 and "E401" in err and "typo" in err


def test_unknown_format_is_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as ei:
        main(["check", "x.md", "--corpus", str(SEEDS), "--format", "xml"])
    assert ei.value.code == 2


def test_unreadable_draft_among_good_ones(tmp_path, capsys):
    good = write(tmp_path, "good.md", "The RFI drew 10,086 comments.\n")
    missing = tmp_path / "missing.md"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    code, out, err = check(capsys, str(missing), str(good), str(binary), "--corpus", str(SEEDS), "--format", "json")
    assert code == 2
    data = json.loads(out)
    assert {p["path"] for p in data["problems"]} == {str(missing), str(binary)}
    assert data["findings"] and data["findings"][0]["claims"][0]["doc"] == "good"


def test_broken_reference_file(tmp_path, capsys):
    ref = write(tmp_path, "reference.yaml", "facts:\n  - subject: a\n    date: 2025-01-23\n    source_url: ftp://nope\n")
    d = write(tmp_path, "d.md", "The RFI drew 10,086 comments.\n")
    code, out, err = check(capsys, str(d), "--corpus", str(SEEDS), "--reference", str(ref))
    assert code == 2
    assert f"{ref}:4:" in out and "E202" in out
    assert "PC101" in out  # the draft is still checked


def test_missing_corpus(tmp_path, capsys):
    d = write(tmp_path, "d.md", "x\n")
    code, out, _ = check(capsys, str(d), "--corpus", str(tmp_path / "nope"))
    assert code == 2 and "E101" in out


def test_draft_that_is_a_corpus_document_is_not_its_own_evidence(capsys):
    code, out, _ = check(capsys, str(SEEDS / "002_201e926165a2f285.txt"), "--corpus", str(SEEDS), "--format", "json")
    data = json.loads(out)
    assert all(any(c["doc"].startswith("002_201e926165a2f285") for c in f["claims"]) for f in data["findings"])


def test_accepted_findings_and_config(tmp_path, capsys):
    d = write(tmp_path, "d.md", "The RFI drew 10,086 comments.\n")
    code, out, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json")
    fp = json.loads(out)["findings"][0]["fingerprint"]
    write(tmp_path, "accepted.yaml", f"accepted:\n  - fingerprint: '{fp}'\n    reason: reviewed\n  - fingerprint: '{'a' * 64}'\n    reason: old\n")
    write(tmp_path, "policycheck.toml", f"corpus = '{SEEDS}'\naccepted = 'accepted.yaml'\n")
    import os

    os.chdir(tmp_path)
    code, out, _ = check(capsys, str(d))
    assert code == 0
    assert "accepted PC101 (reviewed)" in out and "stale accepted entry aaaaaaaaaaaaaaaa" in out


def test_crosscheck_command(capsys):
    code = main(["crosscheck", str(SEEDS), "--format", "json"])
    out, _ = capsys.readouterr()
    assert code == 0
    data = json.loads(out)
    by = {(f["rule"], f["subject"]) for f in data["findings"]}
    assert ("PC102", "action_plan.released") in by
    assert ("PC103", "action_plan.title.en") in by
    assert ("PC112", "action_plan.actions.total") in by
    code = main(["crosscheck", str(SEEDS)])
    out, _ = capsys.readouterr()
    assert code == 0 and "PC112" in out and out.rstrip().splitlines()[-1].startswith("5 documents")


def test_crosscheck_bad_input(tmp_path, capsys):
    assert main(["crosscheck", str(tmp_path / "nope")]) == 2
    ref = write(tmp_path, "r.yaml", "facts: [\n")
    assert main(["crosscheck", str(SEEDS), "--reference", str(ref)]) == 2
    _, err = capsys.readouterr()
    assert f"{ref}:" in err and "E202" in err


# ---- the seeds: what must and must not be flagged --------------------------------------------------


@pytest.fixture(scope="module")
def seed_findings():
    from claims.catalog import load_catalog
    from claims.crosscheck import crosscheck
    from claims.documents import load_corpus
    from claims.extract import extract_claims
    from claims.reference import load_reference

    cat = load_catalog()
    docs, _ = load_corpus([SEEDS])
    claims = [c for d in docs for c in extract_claims(d, cat)]
    return crosscheck(claims, cat, reference=load_reference(SEEDS / "reference.yaml"))


def _texts(f):
    return {c.text for c in f.claims}


def test_seeds_flagged(seed_findings):
    rel = [f for f in seed_findings if f.subject == "action_plan.released" and f.kind == "contradiction"]
    assert any({"今天", "7月底"} <= _texts(f) for f in rel)
    title = [f for f in seed_findings if f.subject == "action_plan.title.en" and f.kind == "contradiction"]
    assert title and any("AI Race" in t for t in _texts(title[0]))
    parts = [f for f in seed_findings if f.rule == "PC112"]
    assert parts and {"15项", "8项", "7项", "90余项"} <= _texts(parts[0]) and parts[0].kind == "internal"


@pytest.mark.parametrize(
    "subject,texts",
    [
        ("rfi.submissions.total", {"10068 份", "一萬多份"}),
        ("executive_orders.eo14179.signed", {"2025年初"}),
        ("rfi.published", {"2月初"}),
        ("export_controls.openai.tiers", {"三級", "三层"}),
        ("frontier_ai.deepseek.efficiency_gain", {"约三倍", "约3倍"}),
    ],
)
def test_seeds_not_flagged(seed_findings, subject, texts):
    for f in seed_findings:
        if f.subject == subject:
            assert not (texts & _texts(f)), f.message


def test_labelled_drafts_are_well_formed():
    labels = yaml.safe_load((DRAFTS / "labels.yaml").read_text(encoding="utf-8"))["drafts"]
    assert len(labels) >= 40
    assert {l["lang"] for l in labels} == {"en", "zh-Hans", "zh-Hant"}
    assert {Path(l["file"]).suffix for l in labels} == {".md", ".txt", ".html"}
    bad = sum(l["expect_exit"] for l in labels)
    assert 0.4 <= bad / len(labels) <= 0.6
    for l in labels:
        assert (DRAFTS / l["file"]).exists()
        assert bool(l["subjects"]) == bool(l["expect_exit"])


def test_eval_floors():
    """The figures of benchmarks/eval_drafts.py must not fall below what was reached."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_drafts import evaluate

    res = evaluate(SEEDS, DRAFTS)["overall"]
    assert res["precision"] >= 1.0, res
    # 0.943 since 2026-12-05: two drafts name the plan only as a bare 行动计划 (《行動計劃》明確了四大支柱;
    # 该行动计划提出了90余项…), which since then names the US plan only where the sentence also names
    # the US side (docs/catalog.md, generic names): other governments have action plans too. The
    # trade: 8 of 70 correct unseen articles were blocked before, none after (tests/test_gate_unseen.py).
    assert res["recall"] >= 0.94, res


def test_cache_is_filled_reused_and_survives_damage(tmp_path, capsys, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("POLICYCHECK_CACHE_DIR", str(cache))
    d = write(tmp_path, "d.md", "The RFI drew 10,086 comments.\n")
    code1, out1, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json")
    files = sorted(cache.glob("claims-*.json"))
    assert len(files) == 5 and len(list(cache.glob("catalog-*.pickle"))) == 1
    files[0].write_text("{not json", encoding="utf-8")
    code2, out2, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json")
    assert (code1, json.loads(out1)["findings"]) == (code2, json.loads(out2)["findings"])
    code3, out3, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json", "--no-cache")
    assert json.loads(out3)["findings"] == json.loads(out1)["findings"]


def test_usage_errors_are_json_too(tmp_path, capsys):
    code, out, err = check(capsys, "x.md", "--corpus", str(SEEDS), "--fail-on", "typo", "--format", "json")
    assert code == 2 and json.loads(out)["problems"][0]["code"] == "E401" and "typo" in err
    code, out, _ = check(capsys, "x.md", "--fail-on", "typo", "--format", "sarif")
    assert json.loads(out)["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_fingerprint_survives_edits_elsewhere(tmp_path, capsys):
    d = write(tmp_path, "d.md", "The RFI drew 10,086 comments.\n")
    _, out1, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json")
    d.write_text("# A new heading\n\nSome new opening paragraph about policy.\n\nThe RFI drew 10,086 comments.\n", encoding="utf-8")
    _, out2, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json")
    f1, f2 = json.loads(out1)["findings"][0], json.loads(out2)["findings"][0]
    assert f1["claims"][0]["start"] != f2["claims"][0]["start"]
    assert f1["fingerprint"] == f2["fingerprint"]
    d.write_text("The RFI drew 10,087 comments.\n", encoding="utf-8")
    _, out3, _ = check(capsys, str(d), "--corpus", str(SEEDS), "--format", "json")
    assert json.loads(out3)["findings"][0]["fingerprint"] != f1["fingerprint"]


@pytest.mark.parametrize("name", ["en_rfi_total_bad.md", "hant_rfi_total_ok.txt", "hans_plan_parts_internal.md"])
def test_batch_eval_matches_single_runs(capsys, name):
    """eval_drafts.py checks all drafts in one call; each draft alone must give the same exit."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_drafts import evaluate

    rows = {r["file"]: r for r in evaluate(SEEDS, DRAFTS)["drafts"]}
    code, _, _ = check(capsys, str(DRAFTS / name), "--corpus", str(SEEDS), "--fail-on", "imprecise")
    assert code == rows[name]["exit"]


def test_a_folder_of_drafts(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "a.md", "The RFI drew 10,086 comments.\n")
    write(tmp_path / "sub", "b.txt", "More than 10,000 comments were submitted.\n")
    write(tmp_path, "notes.yaml", "x: 1\n")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "c.md", "The RFI drew 1 comment.\n")
    code, out, _ = check(capsys, str(tmp_path), "--corpus", str(SEEDS), "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["summary"]["drafts"] == 2 and data["problems"] == []


def test_an_extractor_bug_on_one_draft_is_exit_2_not_1(tmp_path, capsys, monkeypatch):
    import claims.extract

    real = claims.extract.extract_claims

    def flaky(doc, catalog, **kw):
        if doc.id == "boom":
            raise RuntimeError("simulated bug")
        return real(doc, catalog, **kw)

    monkeypatch.setattr(claims.extract, "extract_claims", flaky)
    good = write(tmp_path, "good.md", "The RFI drew 10,086 comments.\n")
    boom = write(tmp_path, "boom.md", "anything\n")
    code, out, _ = check(capsys, str(boom), str(good), "--corpus", str(SEEDS), "--format", "json")
    data = json.loads(out)
    assert code == 2 and data["problems"][0]["code"] == "E501" and data["findings"]

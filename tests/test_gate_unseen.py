"""The pre-publication gate on articles it has never seen: `policycheck check FILE --corpus seeds`.

Each labels file of tests/gate/ lists articles with the exit the gate must give (0: the article is
correct, or only restates seed facts faithfully; 1: a figure or date planted wrong) and, for 1,
the catalog subjects a correct finding names. tests/gate/unseen.yaml lists the prose articles of
the extraction tests: written about their own facts by people who had not read the extractor,
every one of them must pass. A failure there is a false alarm that would block a correct article.

Known failures are strict xfails in GAPS with their reason: the work list. The same figures, as
precision and recall: `python benchmarks/eval_drafts.py --labels tests/gate/unseen.yaml`.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GATE = ROOT / "tests" / "gate"
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_drafts import evaluate  # noqa: E402

LABELS = sorted(GATE.glob("*.yaml"))

# (labels file stem, draft file) -> why the gate gets it wrong today
GAPS: dict[tuple[str, str], str] = {
    ("gate3", "gate3_en_adjacent_eu_uk_frontier_oversight.md"): "EU consultation dates (May 2, June 6, July 18, Nov 7) and OSTP's second RFI (Sept 26, Oct 27) read as the Action Plan RFI's deadline, the GPAI code consultation's 430 submissions as its total; the UK plan's 50 recommendations (Jan 13), the code's July 10 and a report's Jan 29 as the US plan's actions and release; EO 14110's revocation on Jan 20 as EO 14179's signing; Epoch's 2.4x as the seed's 3.5x cost growth",
    ("gate3", "gate3_zh_hans_adjacent_frontier_model_economics.md"): "Epoch AI's 约2.4倍 yearly growth of training-run cost read as the seed's 3.5倍 frontier-model cost growth; the EU's 10^23次 FLOP threshold read as OpenAI's two open-weight models",
    ("unseen", "../data/prose/en_action_plan_news.md"): "the annex's 103 recommendations read as the plan's 90-odd actions",
    ("unseen", "../data/prose/en_ai_copyright_settlements.md"): "a UK consultation's 11,500 responses read as the AI Action Plan RFI's total (the plan is named two sentences before)",
    ("unseen", "../data/prose/en_china_ai_policy_translated.md"): "the seed's 达到甚至超越70% (reach or even exceed) is read as exactly 70%; imposing and lifting EDA controls are one subject",
    ("unseen", "../data/prose/en_compute_thresholds_explainer.md"): "Colorado's law signed in May 2024 read as EO 14110's signing; a bill's training-cost threshold read as the cost of a frontier model",
    ("unseen", "../data/prose/en_court_ai_statistics.md"): "'public comments' on a court rule read as the AI Action Plan RFI (its deadline and publication)",
    ("unseen", "../data/prose/en_japan_ai_basic_plan_summary_translated.md"): "'Public comments' on Japan's plan make a progress report due next spring the RFI's deadline",
    ("unseen", "../data/prose/en_school_ai_budgets.md"): "per-pupil costs and their growth read as the cost of a frontier model and its yearly growth",
    ("unseen", "../data/prose/zh_hans_export_controls_commentary.md"): "the seed's 达到甚至超越70% (reach or even exceed) is read as exactly 70%",
}


@functools.lru_cache(maxsize=None)
def evaluated(stem: str) -> dict[str, dict]:
    """All drafts of one labels file, checked in one call of the real command."""
    res = evaluate(ROOT / "seeds", GATE, GATE / f"{stem}.yaml")
    return {r["file"]: r for r in res["drafts"]}


def params():
    out = []
    for lf in LABELS:
        for lab in yaml.safe_load(lf.read_text(encoding="utf-8"))["drafts"]:
            key = (lf.stem, lab["file"])
            marks = [pytest.mark.xfail(strict=True, reason=GAPS[key])] if key in GAPS else []
            out.append(pytest.param(lf.stem, lab["file"], id=f"{lf.stem}:{Path(lab['file']).name}", marks=marks))
    return out


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("POLICYCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "pc-cache"))


def test_labels_are_well_formed():
    seen = set()
    for lf in LABELS:
        spec = yaml.safe_load(lf.read_text(encoding="utf-8"))
        assert spec.get("fail_on", "imprecise") in ("contradiction", "imprecise", "possible"), lf
        for lab in spec["drafts"]:
            p = (lf.parent / lab["file"]).resolve()
            assert p.exists(), (lf.name, lab["file"])
            assert p not in seen, f"{lab['file']} is labelled twice"
            seen.add(p)
            assert lab["expect_exit"] in (0, 1) and lab["lang"] in ("en", "zh-Hans", "zh-Hant")
            assert bool(lab["subjects"]) == bool(lab["expect_exit"]), (lf.name, lab["file"])
    assert set(GAPS) <= {(lf.stem, lab["file"]) for lf in LABELS for lab in yaml.safe_load(lf.read_text(encoding="utf-8"))["drafts"]}


@pytest.mark.parametrize("stem,file", params())
def test_gate(stem, file):
    r = evaluated(stem)[file]
    assert r["exit"] != 2, f"{file} could not be read"
    if r["expect_exit"] == 0:
        assert r["exit"] == 0, f"false alarm: {r['flagged_subjects']}: " + "; ".join(
            f["message"] for f in r["findings"] if f["subject"] in r["flagged_subjects"])
    else:
        assert r["exit"] == 1, f"planted error not caught (expected {r['expected_subjects']})"
        assert set(r["expected_subjects"]) & set(r["flagged_subjects"]), (r["expected_subjects"], r["flagged_subjects"])

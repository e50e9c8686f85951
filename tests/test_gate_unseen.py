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
    ("gate46", "gate46_zh_hant_drift_macau_newspaper_oped_action_plan_pillar.md"): "the planted '第三支柱「引領國際AI外交與安全」則列出8項行動' (seed: 7项) is read as action_plan.actions.pillar3, but the plan is named only sentences before (the article writes 行動, not 行動計劃): its subject is read from the context, so the finding is only possible (PC135)",
    ("gate66", "gate66_en_drift_science_museum_exhibit_script.md"): "the planted 'In August 2025, a little over six months after the order, the White House published the result: \"America's AI Action Plan\"' (seed: July) names the plan only in a quoted title after a colon, past an aside: August 2025 takes no catalog subject",
    ("gate49", "gate49_zh_hans_drift_translator_preface_bilingual_action_plan.md"): "the planted '第二支柱篇幅最长，围绕数据中心、电网、半导体制造和劳动力，列出了18项政策行动' (seed: 8项) is read as the plan's total: two clauses between 第二支柱 and the figure cut the pillar off, and the earlier 90余项 takes pillar 2 from the context (both only possible, PC135; the parts-total rule's PC112 is internal, below --fail-on contradiction)",
    ("gate41", "gate41_en_drift_hearing_transcript_excerpt_ostp_letter.md"): "the planted 'he put four questions to you' (seed: 三問) is read as people.trump.letter_questions, but the sentence names the President only by 'he' (a subject pronoun) and the letter a sentence before, and Trump is never named (only 'the President'): its subject is read from the context, so the finding is only possible (PC135)",
    ("gate42", "gate42_zh_hans_drift_ngo_fact_sheet_lab_submissions.md"): "the planted unit change '成本大约每12个月下降10%' (seed: 下降 10 倍) is a percentage, a unit the multiplier subject of OpenAI's cost principle does not take; since 2026-12-06 such a figure is compared after conversion (PC107) when the subject's entity is named in its sentence or the one before, but here OpenAI is named only in the bold line above the bullet (evidence context), so it is never compared; on arrival the article exited 1 only through a false date (它三月份提交的意见 given 2026 as a context year after the bullet before's 2025年7月 and 随后); since 2026-12-05 the yearless 三月份 takes the document's year, a possible finding only (PC136)",
    ("gate38", "gate38_zh_hant_drift_hk_podcast_transcript_openai_principles.md"): "the planted Cantonese '以前部電腦要喺某個基準測試贏到人類平均水平，要十年咁耐' (seed: 20 年) is read as benchmark_time.past since 2026-12-05 (以前 a cue), but OpenAI is named only in the speaker's earlier turn: its subject is read from the context, so the finding is only possible (PC135); on arrival the article exited 1 only through two false contradictions (the Cantonese hedges 唔夠600人 and 少過2億美元, read since 2026-12-05)",
    ("gate38", "gate38_en_drift_case_teaching_note_rfi_docket.md"): "the planted 'By the deadline the docket had received 9,313 comments' (seed total: 10068) is read as rfi.submissions.total, but the RFI is named only in the bullet before ('the docket'): its subject is read from the context, so the finding is only possible (PC135)",
    ("gate33", "gate33_en_drift_roundtable_rapporteur_summary_rfi_lessons.md"): "the planted 'whom Trump nominated … on December 22 of last year' (2025-12-22 in a summary of February 2026; seed: 去年12月22日 in an undated article, so no year) can only be caught by a year, and the seed's date has none (seed 002 carries no publication date, and no reference fact dates Kratsios's nomination); the relative clause also files the date under an open key",
    ("gate30", "gate30_en_adjacent_corrections_column_ai_desk.md"): "false alarm: a corrections column quotes the wrong figures it corrects ('a graphic said the plan contained exactly 103 actions'; the next sentence says 103 was the paper's own count of bullets), read as the draft's own claims; and the first RFI's 'published in the Federal Register on Feb. 6, 2025' is read as the plan's release date because the sentence names the AI Action Plan ('asked the public for ideas for the AI Action Plan')",
    ("gate16", "gate16_en_drift_wire_factbox_lab_submissions.md"): "Anthropic's capability forecast misquoted ('five to seven years' for 2-4 年) in a factbox bullet whose subject is the ANTHROPIC heading ('Said frontier models would make significant capability gains over the next five to seven years') is only a possible finding (PC135, subject read from the context), so the planted error passes the gate",
    ("gate15", "gate15_en_drift_reader_qa_openai_filing.md"): "OpenAI's cost principle misquoted ('falls roughly 4x every 12 months' for 10x) is only a possible finding (PC135, subject read from the context) in a Q&A about OpenAI's filing, so the planted error passes the gate",
    ("gate2", "gate2_zh_hant_drift_eo_signing_note.md"): "the planted date (EO 14179 signed 2025年1月20日就職當天) is read as Trump's taking office (就職), so it is missed",
    ("gate4", "gate4_en_drift_rfi_docket_numbers.md"): "the planted 'More than 300 companies took part' (292) names the RFI only two sentences before ('the docket', NITRD): its subject is read from the context, so the finding is only possible (PC135)",
    ("gate7", "gate7_en_adjacent_chip_controls_client_alert.md"): "OSTP's later RFI on federal rules (issued September 26, 2025, responses due October 27) read as the Action Plan RFI's publication and deadline; the Section 232 docket's 'several hundred comments' read as the RFI's total (BIS's projected '700 staff … in FY2027' is a possible finding since 2026-12-05, PC134)",
    ("gate7", "gate7_en_drift_rfi_deadline_timeline.md"): "the planted deadline in a bold-dated timeline entry ('**March 25.** The comment window closes.') names no RFI in its entry: since 2026-12-05 it is read as rfi.deadline from the context, so the finding is only possible (PC135), not a contradiction",
    ("gate8", "gate8_en_adjacent_week_in_review_feb13.md"): "other dockets read as the Action Plan RFI (the NITRD R&D-plan RFI 'published April 29, 2025, closed May 29 with under 2,000 submissions'; the regulatory-reform RFI's 'roughly 2,400 responses'); OpenAI's 22-page filing in the regulatory-reform docket read as its 15-page RFI submission (Nvidia's 3.4% / $150 billion fall of 2026-02-12 is no longer read as the DeepSeek-day drop since 2026-12-05: on_day); DeepSeek V3's 'under $6 million' read as a frontier model's cost",
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
    # a key written twice in the GAPS literal would silently keep the last reason (merges do that)
    keys = [line.split("):")[0] for line in Path(__file__).read_text(encoding="utf-8").splitlines()
            if line.startswith('    ("') and "):" in line]
    assert len(keys) == len(set(keys)) == len(GAPS), sorted(k for k in keys if keys.count(k) > 1)


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

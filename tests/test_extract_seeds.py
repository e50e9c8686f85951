"""Extraction on the five seeds: exact spans, values and subjects; non-claims absent."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from claims.catalog import load_catalog
from claims.documents import load_document
from claims.extract import extract_claims
from tests.conftest import SEEDS

CAT = load_catalog()
SEED = {p.name[:3]: p for p in sorted(SEEDS.glob("0*.txt"))}


@lru_cache(maxsize=None)
def claims_of(key: str):
    doc = load_document(SEED[key])
    return doc, extract_claims(doc, CAT)


def one(key: str, text: str, subject: str | None = None):
    _, cs = claims_of(key)
    found = [c for c in cs if c.text == text and (subject is None or c.subject == subject)]
    assert found, f"{key}: no claim {text!r} on {subject}; have {[(c.text, c.subject) for c in cs]}"
    return found[0]


def q(c):
    v = c.value
    return (v.low, v.high, v.low_open, v.high_open, v.unit, v.hedge)


def d(c):
    return (c.value.start, c.value.end)


@pytest.mark.parametrize("key", sorted(SEED))
def test_spans_slice_the_original_text(key):
    doc, cs = claims_of(key)
    assert cs, key
    assert [(c.start, c.end) for c in cs] == sorted((c.start, c.end) for c in cs)
    for c in cs:
        assert doc.text[c.start:c.end] == c.text
        assert c.start >= doc.body_start
        assert c.text in c.sentence
        assert doc.text[c.sentence_start:c.sentence_start + len(c.sentence)] == c.sentence
        assert c.id == f"{doc.id}:{c.start}-{c.end}"
        assert c.subject_source == ("open" if c.subject.startswith("open:") else "catalog")


def test_seed_004_bis_nvidia_and_deepseek():
    assert q(one("004", "不足600名", "export_controls.bis.staff")) == (None, 600.0, False, True, "people", "under")
    assert q(one("004", "不到2亿美元", "export_controls.bis.budget")) == (None, 2e8, False, True, "USD", "under")
    assert q(one("004", "超过5%", "markets.nvidia.deepseek_drop.share_price")) == (5.0, None, True, False, "percent", "over")
    c = one("004", "近6000亿美元", "markets.nvidia.deepseek_drop.market_value")
    assert c.value.high == 6e11 and c.value.low < 6e11 and c.value.hedge == "nearly"
    assert one("004", "约三倍", "frontier_ai.deepseek.efficiency_gain").value.unit == "times"
    assert one("004", "约3倍", "frontier_ai.deepseek.efficiency_gain").value.nominal == 3.0
    assert q(one("004", "超过90亿美元", "export_controls.h800_a800.exports_usd"))[:2] == (9e9, None)
    assert q(one("004", "两到三年", "china_chips.huawei.ecosystem_years")) == (2.0, 3.0, False, False, "years", "range")
    ss = one("004", "达到甚至超越70%", "china_chips.self_sufficiency_2028").value  # reach or even exceed
    assert (ss.low, ss.high, ss.hedge) == (70.0, None, "at_least")
    assert d(one("004", "2028年", "china_chips.self_sufficiency_target_year")) == (dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    assert one("004", "三层", "export_controls.openai.tiers").value.nominal == 3.0


def test_seed_004_dates_and_order():
    assert d(one("004", "2025年初", "executive_orders.eo14179.signed")) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert d(one("004", "2025年1月23日", "executive_orders.eo14179.signed")) == (dt.date(2025, 1, 23),) * 2
    assert d(one("004", "2月初", "rfi.published")) == (dt.date(2025, 2, 1), dt.date(2025, 2, 10))
    assert d(one("004", "2025 年 2 月 6 日", "rfi.published")) == (dt.date(2025, 2, 6),) * 2
    ident = one("004", "第14179号行政命令", "executive_orders.eo14179.number")
    assert ident.kind == "identifier" and ident.value.number == "14179"
    title = one("004", "消除美国人工智能领导地位障碍", "executive_orders.eo14179.title.zh")
    assert title.kind == "text" and title.value.normalized == "消除美国ai领导地位障碍"


def test_seed_002_rfi_figures():
    assert q(one("002", "10068 份", "rfi.submissions.total")) == (10068.0, 10068.0, False, False, "documents", "exact")
    assert q(one("002", "一萬多份", "rfi.submissions.total")) == (10000.0, 20000.0, True, True, "documents", "plus")
    assert one("002", "9313 份", "rfi.submissions.individual").value.nominal == 9313
    assert one("002", "292 家", "rfi.submitters.companies").value.unit == "companies"
    assert one("002", "15 頁", "frontier_ai.openai.submission_pages").value.unit == "pages"
    c = one("002", "3 月 15 日", "rfi.deadline")
    assert c.value.month == 3 and c.value.day_from == 15
    one("002", "4 月 25 日", "rfi.comments_released")
    assert one("002", "行政命令 14179", "executive_orders.eo14179.number").value.number == "14179"
    assert d(one("002", "2025 年 1 月 23 日", "executive_orders.eo14179.signed")) == (dt.date(2025, 1, 23),) * 2
    one("002", "去年 12 月 22 日", "people.kratsios.nominated")
    one("002", "3 月 26 号", "people.trump.letter_to_kratsios")


def test_seed_002_trends_and_export_controls():
    assert q(one("002", "10 倍", "frontier_ai.openai.cost_decline"))[4] == "times"
    assert q(one("002", "大約 150 倍", "frontier_ai.openai.gpt4_to_4o_price_drop"))[4:] == ("times", "about")
    assert one("002", "20 年", "frontier_ai.benchmark_time.past").value.nominal == 20
    assert one("002", "5 年", "frontier_ai.benchmark_time.later").value.nominal == 5
    assert q(one("002", "1 到 2 年", "frontier_ai.benchmark_time.now"))[:2] == (1.0, 2.0)
    assert q(one("002", "2-4 年", "frontier_ai.anthropic.capability_forecast_years"))[:2] == (2.0, 4.0)
    c = one("002", "2026 底或 2027 年初", "frontier_ai.anthropic.powerful_ai_arrival")
    assert c.value.start.year == 2026 and c.value.end.year == 2027
    assert q(one("002", "少于 1,700 顆", "export_controls.diffusion.no_review_chips")) == (None, 1700.0, False, True, "H100", "under")
    assert q(one("002", "約 4000 萬美元", "export_controls.diffusion.no_review_usd"))[4:] == ("USD", "about")
    assert q(one("002", "超過 50,000 顆", "export_controls.hosting_threshold_chips"))[:2] == (50000.0, None)
    assert one("002", "三級", "export_controls.openai.tiers").value.nominal == 3
    assert d(one("002", "2024 年", "export_controls.h20.launch_year")) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_seed_001_plan_structure_and_titles():
    assert q(one("001", "90余项", "action_plan.actions.total")) == (90.0, 100.0, True, True, "items", "plus")
    assert one("001", "15项", "action_plan.actions.pillar1").value.nominal == 15
    assert one("001", "8项", "action_plan.actions.pillar2").value.nominal == 8
    assert one("001", "7项", "action_plan.actions.pillar3").value.nominal == 7
    assert one("001", "三大支柱", "action_plan.pillars.count").value.unit == "pillars"
    zh = one("001", "赢得人工智能竞赛:美国人工智能行动计划", "action_plan.title.zh")
    en = one("001", "Winning the AI Race: America’s AI Action Plan", "action_plan.title.en")
    assert zh.value.normalized == "赢得ai竞赛美国ai行动计划"
    assert en.value.normalized == "winningtheairaceamericasaiactionplan"
    assert d(one("001", "2023年10月30日", "executive_orders.eo14110.signed")) == (dt.date(2023, 10, 30),) * 2
    assert one("001", "第14110号”行政令", "executive_orders.eo14110.number").kind == "identifier"
    one("001", "关于消除美国在人工智能领域领导地位的障碍的行政命令", "executive_orders.eo14179.title.zh")


def test_plan_titles_differ_across_seeds_and_agree_where_they_should():
    t000 = one("000", "赢得竞赛：美国人工智能行动计划", "action_plan.title.zh").value.normalized
    t003 = one("003", "贏得競賽:美國AI行動計劃", "action_plan.title.zh").value.normalized
    t001 = one("001", "赢得人工智能竞赛:美国人工智能行动计划", "action_plan.title.zh").value.normalized
    assert t000 == t003 != t001
    en003 = one("003", "Winning the Race: America’s AI Action Plan", "action_plan.title.en").value.normalized
    assert en003 == "winningtheraceamericasaiactionplan"


def test_seed_003_and_000_dates():
    c = one("003", "7月底", "action_plan.released")
    assert c.value.month == 7 and c.value.day_from == 21 and c.value.day_to == 31
    assert d(one("000", "今天", "action_plan.released")) == (dt.date(2025, 11, 20),) * 2
    assert one("003", "3.5 倍", "frontier_ai.model_cost_growth").value.unit == "times"
    assert one("003", "兩個", "frontier_ai.openai.open_weight_models").value.nominal == 2
    assert one("003", "數億美元", "frontier_ai.model_cost").value.hedge == "several"
    assert one("000", "十年", "frontier_ai.state_law_moratorium_years").value.unit == "years"
    assert one("000", "三月份", "frontier_ai.anthropic.submission_date").value.month == 3


NON_CLAIMS = {
    "000": ["H20", "Claude Opus 4", "Opus 4", "4"],
    "001": ["支柱1", "1", "2", "3", "14179", "第14179号", "M-25-21", "25", "2025/07", "07", "一"],
    "002": ["萬言書", "萬", "H20", "H100", "GPT-4o", "GPT-4", "4", "R1", "3.7", "Claude 3.7 Sonnet", "1.", "1", "(1)", "3", "2030"],
    "003": ["40", "40分钟前", "1", "2", "3", "2022"],
    "004": ["0", "评论 0", "表2", "2", "表格1", "1", "表3", "3", "H100", "A800", "H800", "Mate 70", "70", "14179", "12"],
}


@pytest.mark.parametrize("key", sorted(NON_CLAIMS))
def test_non_claims_are_absent(key):
    doc, cs = claims_of(key)
    texts = {c.text for c in cs if c.kind in ("quantity", "date")}
    for bad in NON_CLAIMS[key]:
        assert bad not in texts, f"{key}: {bad!r} extracted as a quantity or date"
    # nothing from page chrome, URLs or the table captions
    for c in cs:
        assert "http" not in doc.text[c.start - 30:c.end] or c.kind == "text", c
        assert "分钟前" not in doc.text[c.end:c.end + 4]


def test_no_claim_overlaps_wan_yan_shu():
    doc, cs = claims_of("002")
    i = doc.text.index("萬言書")
    assert not [c for c in cs if c.start < i + 3 and i < c.end]

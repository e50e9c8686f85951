"""PC107: a subject's figure in another unit of what it measures (rules.yaml ``unit_dimensions`` and
``ratio_units``): months for years, yuan for dollars, a percentage for a multiple. Converted, and
flagged only when no conversion meets the evidence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from claims import compare as cmpv
from claims.catalog import load_catalog
from claims.crosscheck import check_drafts, crosscheck
from claims.extract import extract_claims, text_document
from claims.model import Quantity
from claims.rules import BUNDLED_RULES, load_rules

CAT = load_catalog()
RULES = load_rules(BUNDLED_RULES)


def q(n: float, unit: str, lo: float | None = None, hi: float | None = None, hedge: str = "exact") -> Quantity:
    return Quantity(nominal=n, low=n if lo is None else lo, high=n if hi is None else hi, unit=unit, hedge=hedge)  # type: ignore[arg-type]


@pytest.mark.parametrize("a,b,level,conflict", [
    (q(1, "months", 1, 2, "range"), q(1, "years", 1, 2, "range"), False, True),  # one to two months for 1 到 2 年
    (q(18, "months"), q(1.5, "years"), False, False),
    (q(6e11, "CNY", 5.4e11, 6e11, "nearly"), q(6e11, "USD", 5.4e11, 6e11, "nearly"), False, True),
    (q(4.3e12, "CNY", hedge="about"), q(6e11, "USD", 5.4e11, 6e11, "nearly"), False, False),  # the same loss in yuan
    (q(10, "percent"), q(10, "times"), False, True),  # 下降10% for 下降10倍
    (q(90, "percent"), q(10, "times"), False, False),  # a 90% fall is a tenfold one
    (q(10, "percent"), q(10, "times"), True, False),  # 下降到十分之一: a tenfold fall
    (q(35, "percent", hedge="about"), q(3.5, "times"), False, True),  # 35% a year for 每年3.5倍
    (q(250, "percent"), q(3.5, "times"), False, False),  # up 250% is 3.5 times
    (q(30, "percent", hedge="about"), q(3, "times", hedge="about"), False, True),  # 高出約三成 for 约三倍
    (q(17, "times"), q(17, "percent"), False, True),
    (q(5, "nanometers"), q(5, "years"), False, None),  # not one dimension: not compared
    (q(6e11, "USD", 6e11, None, "over"), q(6e11, "CNY"), False, True),  # over $600bn is far more than ¥600bn
])
def test_other_unit_conflict_examples(a, b, level, conflict):
    assert cmpv.other_unit_conflict(a, b, RULES, level=level) is conflict


positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)


@given(positive, st.sampled_from(["days", "weeks", "months", "quarters"]))
def test_a_duration_restated_exactly_in_years_never_conflicts(years, unit):
    """Any number of years told in another duration unit, at that unit's length, agrees."""
    per_year = {"days": 365.25, "weeks": 365.25 / 7, "months": 12, "quarters": 4}[unit]
    assert cmpv.other_unit_conflict(q(years * per_year, unit), q(years, "years"), RULES) is False


@given(positive, st.floats(min_value=6.0, max_value=7.6))
def test_dollars_restated_in_yuan_at_any_rate_of_the_decade_never_conflict(usd, rate):
    assert cmpv.other_unit_conflict(q(usd * rate, "CNY"), q(usd, "USD"), RULES) is False


@given(st.floats(min_value=1.05, max_value=1000))
def test_a_multiple_restated_as_a_percentage_never_conflicts(m):
    """m times: up 100(m-1)%, a fall of 100(1-1/m)%, or a fall to 100/m% of the level."""
    assert cmpv.other_unit_conflict(q(100 * (m - 1), "percent"), q(m, "times"), RULES) is False
    assert cmpv.other_unit_conflict(q(100 * (1 - 1 / m), "percent"), q(m, "times"), RULES) is False
    assert cmpv.other_unit_conflict(q(100 / m, "percent"), q(m, "times"), RULES, level=True) is False


@given(positive, st.sampled_from(["CNY", "JPY", "TWD", "HKD", "INR", "KRW"]))
def test_the_same_number_in_dollars_and_another_currency_conflicts(x, cur):
    """The slip the rule is for: the figure kept, the currency changed (not the euro, the pound or the
    Canadian dollar: a rate near one hides the slip, as it would from a reader)."""
    assert cmpv.other_unit_conflict(q(x, cur), q(x, "USD"), RULES) is True


def _corpus(text: str, lang: str, date=dt.date(2025, 11, 20)):
    return extract_claims(text_document(text, doc_id="c", language=lang, date=date), CAT)


def _rules_of(draft: str, corpus, lang: str) -> list[tuple[str, str, str]]:
    d = extract_claims(text_document(draft, doc_id="d", language=lang, date=dt.date(2026, 1, 27)), CAT)
    return sorted((f.rule, f.kind, f.subject) for f in check_drafts(d, corpus, CAT))


NVIDIA = "英伟达股价一度单日下跌超过5%，市值蒸发近6000亿美元。"


def test_a_currency_that_slipped_is_a_contradiction():
    corpus = _corpus(NVIDIA, "zh-Hans")
    assert ("PC107", "contradiction", "markets.nvidia.deepseek_drop.market_value") in _rules_of(
        "一年前的今天，英伟达市值蒸发近6000亿元人民币。", corpus, "zh-Hans")
    assert ("PC107", "contradiction", "markets.nvidia.deepseek_drop.market_value") in _rules_of(
        "A year ago today, Nvidia lost nearly 600 billion yuan in market value.", corpus, "en")


def test_the_same_loss_converted_into_yuan_raises_nothing():
    corpus = _corpus(NVIDIA, "zh-Hans")
    assert _rules_of("一年前的今天，英伟达市值蒸发约4.3万亿元人民币。", corpus, "zh-Hans") == []


OPENAI = ("OpenAI提出三条原则：使用某一水平AI能力的成本大约每12个月下降10倍；计算机在某项基准上超过人类平均水平，"
          "过去要20年，后来5年，现在只需1到2年。")


def test_a_duration_that_slipped_into_months_is_a_contradiction():
    corpus = _corpus(OPENAI, "zh-Hans")
    got = _rules_of("OpenAI says computers now pass a new benchmark in just one to two months, where it once took 20 years.",
                    corpus, "en")
    assert ("PC107", "contradiction", "frontier_ai.benchmark_time.now") in got


def test_the_period_of_a_rate_is_no_duration_of_the_subject():
    """"每12个月下降10倍": 12 months is how often the cost falls, not a benchmark time in years."""
    claims = extract_claims(text_document(OPENAI, doc_id="d", language="zh-Hans"), CAT)
    twelve = [c for c in claims if c.text.startswith("12")]
    assert twelve and all(c.subject_other_unit is None for c in twelve)


def test_a_percentage_stated_as_a_level_reads_as_a_tenfold_fall():
    corpus = _corpus(OPENAI, "zh-Hans")
    assert not [r for r in _rules_of("OpenAI称，使用某一水平AI能力的成本大约每12个月下降到原来的十分之一。", corpus, "zh-Hans")
                if r[0] == "PC107"]
    assert ("PC107", "contradiction", "frontier_ai.openai.cost_decline") in _rules_of(
        "OpenAI称，使用某一水平AI能力的成本大约每12个月下降90.5倍。".replace("90.5倍", "1%"), corpus, "zh-Hans")


def test_no_subject_in_another_unit_without_the_entity_in_the_sentence():
    """A figure in yuan two paragraphs after Nvidia is named is nobody's slip."""
    text = "英伟达股价一度单日下跌超过5%。\n\n另据统计，当地市值蒸发近6000亿元人民币。"
    claims = extract_claims(text_document(text, doc_id="d", language="zh-Hans"), CAT)
    assert all(c.subject_other_unit is None for c in claims)


def test_corpus_documents_are_checked_against_each_other_too():
    a = extract_claims(text_document(NVIDIA, doc_id="a", language="zh-Hans", date=dt.date(2025, 2, 1)), CAT)
    b = extract_claims(text_document("英伟达市值一天蒸发近6000亿元人民币。", doc_id="b", language="zh-Hans",
                                     date=dt.date(2025, 2, 1)), CAT)
    assert [f.rule for f in crosscheck(a + b, CAT) if f.rule == "PC107"] == ["PC107"]
    assert [f.rule for f in crosscheck(b, CAT) if f.rule == "PC107"] == []  # nothing to compare with




def test_another_fact_in_another_unit_is_no_slip():
    """Review of 2026-12-06: a figure in another unit whose number is not the evidence's (nor a tenth or ten times
    it) is another fact of the sentence, not a unit that slipped."""
    corpus = _corpus(NVIDIA, "zh-Hans")
    assert not [r for r in _rules_of("A year ago today, Nvidia lost nearly $600 billion in market value, and one retail "
                                     "holder told us he lost 50,000 yuan.", corpus, "en") if r[0] == "PC107"]
    corpus = _corpus(OPENAI, "zh-Hans")
    assert not [r for r in _rules_of("OpenAI称，计算机在某项基准上超过人类平均水平过去需要20年；这项研究本身耗时18个月。",
                                     corpus, "zh-Hans") if r[0] == "PC107"]


@given(st.floats(min_value=0.5, max_value=1e6), st.sampled_from([1.0, 10.0, 0.1]))
def test_same_digits_is_the_number_or_tenfold(x, k):
    assert cmpv.same_digits(q(x * k, "CNY"), q(x, "USD"))
    assert not cmpv.same_digits(q(x * 3, "CNY"), q(x, "USD"))


def test_a_figure_after_an_article_is_no_rate_period():
    """Only every/each/per/每 make a figure the period of a rate: "a 600 billion yuan loss" is the loss."""
    claims = extract_claims(text_document("Nvidia shares fell 17% in one day, a 600 billion yuan loss of market value.",
                                          doc_id="d", language="en"), CAT)
    got = {c.text: c.subject_other_unit for c in claims}
    assert got["600 billion yuan"] == "markets.nvidia.deepseek_drop.market_value"

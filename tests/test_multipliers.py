"""Verbs that state a multiple (claims.multipliers, numerals.yaml multiplier_verbs)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.catalog import load_catalog
from claims.extract import extract_claims, text_document
from claims.multipliers import find_multiplier_verbs
from claims.numbers_lexicon import load_lexicon

LEX = load_lexicon()


@pytest.mark.parametrize("text, expected", [
    ("Revenue doubled last year.", [("doubled", 2, "exact")]),
    ("She expects it to nearly double over two years.", [("nearly double", 2, "nearly")]),
    ("Exports more than tripled.", [("more than tripled", 3, "over")]),
    ("Sales could triple by 2030.", [("triple", 3, "exact")]),
    ("a doubling of capacity", [("doubling", 2, "exact")]),
    ("比2023年末翻了一番", [("翻了一番", 2, "exact")]),
    ("到2030年实现翻两番", [("翻两番", 4, "exact")]),
    ("营收翻了一番多", [("翻了一番多", 2, "over")]),  # 多 after it: more than doubled
    ("订单翻了两番有余", [("翻了两番有余", 4, "over")]),
    # 倍增 (doubles) after a modal or adverb; a hedge among them is the verb's
    ("明年产能将倍增", [("倍增", 2, "exact")]),
    ("营收有望倍增", [("倍增", 2, "exact")]),
    ("出货量几乎倍增", [("几乎倍增", 2, "nearly")]),
    ("产能将近倍增", [("将近倍增", 2, "nearly")]),
    ("实施中小企业倍增计划", []),  # a plan's name
    ("信心倍增", []),  # an idiom: greatly increased
    ("产能不会倍增", []),  # negated
    # not multiples: adjectives, nouns, idioms, negations
    ("double-digit growth", []),
    ("a double standard", []),
    ("he doubled down on it", []),
    ("doubles tennis", []),
    ("it won't double", []),
])
def test_examples(text: str, expected: list) -> None:
    got = [(text[v.start:v.end], int(v.value), v.hedge) for v in find_multiplier_verbs(text.lower())]
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(verb=st.sampled_from(sorted(LEX.multiplier_verbs.en)),
       hedge=st.sampled_from(sorted(w for w, _ in LEX.hedges.prefix.en.pairs() if w.replace(" ", "").isalpha())),
       before=st.sampled_from(["Output ", "It said output ", ""]), after=st.sampled_from([".", " by 2030.", ", officials said."]))
def test_a_hedge_before_a_verb_applies(verb: str, hedge: str, before: str, after: str) -> None:
    kinds = dict(LEX.hedges.prefix.en.pairs())
    text = f"{before}{hedge} {verb}{after}"
    found = find_multiplier_verbs(text.lower())
    assert [(text[v.start:v.end], v.value, v.hedge) for v in found] == [
        (f"{hedge} {verb}", Decimal(LEX.multiplier_verbs.en[verb]), kinds[hedge])]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text(s: str) -> None:
    for v in find_multiplier_verbs(s.lower()):
        assert 0 <= v.start < v.end <= len(s) and v.value >= 2


def test_claims_in_times_with_their_moment() -> None:
    import datetime as dt

    cs = extract_claims(text_document("In 2024, revenue more than doubled.", date=dt.date(2025, 3, 1)), load_catalog())
    (q,) = [c for c in cs if c.kind == "quantity"]
    assert (q.text, q.value.unit, q.value.hedge, q.value.low, q.as_of) == (
        "more than doubled", "times", "over", 2.0, dt.date(2024, 12, 31))


@settings(max_examples=200, deadline=None)
@given(pre=st.sampled_from(sorted(LEX.multiplier_verbs.zh_base_after)), neg=st.sampled_from(["", "不", "未", "没"]),
       before=st.sampled_from(["产能", "明年营收", "", "，"]), after=st.sampled_from(["。", "计划", "，预计", ""]))
def test_zh_bare_verb_only_after_its_words_and_not_negated(pre: str, neg: str, before: str, after: str) -> None:
    kinds = dict(LEX.hedges.prefix.zh.pairs())
    text = f"{before}{neg}{pre}倍增{after}"
    got = [(text[v.start:v.end], v.value, v.hedge) for v in find_multiplier_verbs(text)]
    if neg:
        assert got == []
    else:
        span = f"{pre}倍增" if pre in kinds else "倍增"
        assert got == [(span, Decimal(2), kinds.get(pre, "exact"))]
    assert find_multiplier_verbs(f"{before}倍增{after}") == []  # the bare form alone is none


def test_bei_zeng_takes_its_clause_moment() -> None:
    import datetime as dt

    cs = extract_claims(text_document("明年產能將倍增。", date=dt.date(2025, 11, 20)), load_catalog())
    assert [(c.text, c.value.unit, c.value.nominal, c.as_of) for c in cs if c.kind == "quantity"] == [
        ("倍增", "times", 2.0, dt.date(2026, 12, 31))]

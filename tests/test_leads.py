"""claims.scan.leads: the pairs of code points every match of a pattern starts with, read on its
parse tree. The dates' plan tries a Chinese date pattern only where one occurs, and so does
extraction a non-claim pattern in a Chinese text: each must find exactly the matches of a scan of the
whole text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.catalog import load_catalog
from claims.dates import _plan
from claims.dates_gate import gated, occurrences
from claims.extract import _non_claim_leads
from claims.scan import lead_occurrences, leads, literal_scope, matches_at

ROOT = Path(__file__).resolve().parent.parent

# (as in test_scan: a thread left by an earlier test may draw from the global random state)
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning")


def test_examples():
    assert leads("上[个個]月|本月") == ("上个", "上個", "本月")
    assert leads(r"(?<![\d])(?P<m>1[0-2]|[一二])月") == ("10", "11", "12", "一月", "二月")
    assert leads("(?:今)?天") == ("今天", "天")  # an optional part: the matches without it too
    assert leads("年") == ("年",)  # a match shorter than a pair: itself
    assert leads(r"\p{Han}年") is None  # any Han character: too many to list
    assert leads(r"\d+年") is None
    assert leads("(?:上月)?") is None  # a match may be empty
    assert leads("(?i)ab") is None
    assert leads("分享|(?i:share)") is None  # a case-insensitive part
    assert leads(r"(?a)\d[DG]") == tuple(f"{d}{x}" for d in "0123456789" for x in "DG")
    assert leads(r"\d[DG]") is None  # \d of Unicode: any decimal digit


def _gated_rows():
    return [(pat, gate) for pat, _, gate, _, _ in _plan() if getattr(gate, "han", False)]


def test_the_chinese_patterns_have_leads():
    assert len(_gated_rows()) >= 10


def _same_matches(text: str) -> None:
    low = text.lower()
    with literal_scope():
        for pat, gate in _gated_rows():
            want = [(m.span(), m.groups()) for m in pat.finditer(text)]
            got = [(m.span(), m.groups()) for m in gated(pat, text, occurrences(gate, text, low))]
            assert got == want, pat.pattern[:80]


def test_the_matches_of_a_whole_scan_on_the_seeds():
    for p in sorted(ROOT.glob("seeds/0*.txt")):
        _same_matches(p.read_text(encoding="utf-8"))


# pieces of the Chinese date patterns, so that matches occur, overlap and run into each other
_PIECES = ["2025", "年", "12", "3", "月", "1", "日", "上", "个", "個", "本", "下", "半", "季度", "第一", "前三",
           "周", "星期", "一", "今天", "同", "至", "-", " ", "的", "初", "底", "號", "民國", "114", "（", "）"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_matches_of_a_whole_scan(pieces):
    _same_matches("".join(pieces))


def _same_non_claim_matches(text: str) -> None:
    catalog = load_catalog()
    found = _non_claim_leads(catalog)
    with literal_scope():
        for p in catalog.non_claims.patterns:
            if found[p.id] is not None:
                want = [m.span() for m in p.pattern.finditer(text)]
                assert [m.span() for m in matches_at(p.pattern, text, lead_occurrences(text, found[p.id]))] == want, p.id


def test_non_claim_patterns_on_the_seeds_and_test_documents():
    assert sum(v is not None for v in _non_claim_leads(load_catalog()).values()) >= 5
    for p in sorted(ROOT.glob("seeds/0*.txt")) + sorted(ROOT.glob("tests/data/**/*.md")):
        _same_non_claim_matches(p.read_text(encoding="utf-8"))


_NON_CLAIM_PIECES = ["一是", "二", "是", "其一", "第", "3", "季", "万言书", "十分", "钟", "H100", "A", "7", "nm", "G",
                     "五年", "规划", "拨打", "分享", "查看", " ", "\n", "的", "，", "x"]


@given(st.lists(st.sampled_from(_NON_CLAIM_PIECES), max_size=30))
@settings(max_examples=300, deadline=None)
def test_non_claim_patterns_as_a_whole_scan(pieces):
    _same_non_claim_matches("".join(pieces))


def test_every_english_date_pattern_runs_behind_a_gate():
    """An English date pattern with no gate scans the whole text at every position: 'h_years_ago_today' gated
    on a word its parse tree did not show ("this day", a space class between) doubled find_dates on English
    text (2026-12-05). Only the numeric m/d/y forms run ungated (their digits are everywhere)."""
    import regex

    ungated = sorted({h.__name__ for pat, h, gate, _, sweep in _plan()
                      if pat.flags & regex.ASCII and gate is None and sweep is None})
    assert ungated == ["h_numeric"], ungated

"""claims.share_words: words that state a share without a figure ("a majority", 过半)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.share_words import find_share_words


@pytest.mark.parametrize("text,expected", [
    ("a majority of firms use ai", [("a majority", 50, "over")]),
    ("and a majority (54%) agreed", [("a majority", 50, "over")]),
    ("a majority said yes.", [("a majority", 50, "over")]),
    ("only a minority of staff", [("a minority", 50, "under")]),
    ("受访企业中过半已部署大模型", [("过半", 50, "over")]),
    # names and compounds: no share
    ("the majority leader said", []),
    ("it took a majority stake", []),
    ("majorityrule", []),
])
def test_examples(text: str, expected: list) -> None:
    assert [(text[w.start:w.end], w.value, w.hedge) for w in find_share_words(text)] == [
        (t, Decimal(v), h) for t, v, h in expected]


@given(st.text())
def test_any_text(s: str) -> None:
    for w in find_share_words(s.lower()):
        assert 0 <= w.start < w.end <= len(s) and 0 < w.value < 100


def test_jin_ban_only_as_a_share():
    """近半 is nearly half (當中近半位於九龍), but not the tail of another word: 最近半导体, 附近半径, 接近半价,
    将近半夜, 年近半百, nor half a period or the numeral's: 近半年, 近半数 (fifth review of 2026-12-05)."""
    from claims.share_words import find_share_words

    assert [(w.value, w.hedge) for w in find_share_words("当中近半位于九龙")] == [(50, "nearly")]
    for text in ["最近半导体股承压", "附近半径三公里", "接近半价", "将近半夜", "年近半百", "近半年来", "近半数企业", "经过半年"]:
        assert find_share_words(text) == [], text

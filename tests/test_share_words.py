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

"""claims.durations: durations written in two units (4分30秒, "2 hours 30 minutes")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.durations import find_compound_durations


@pytest.mark.parametrize("text,expected", [
    ("工单平均填单时长由4分30秒缩短至2分10秒", [("4分30秒", 270, "seconds"), ("2分10秒", 130, "seconds")]),
    ("耗时1小时20分钟", [("1小时20分钟", 80, "minutes")]),
    ("1小时20分30秒", [("1小时20分30秒", 4830, "seconds")]),
    ("it took 2 hours 30 minutes", [("2 hours 30 minutes", 150, "minutes")]),
    ("3 minutes and 20 seconds", [("3 minutes and 20 seconds", 200, "seconds")]),
    # times of day, single units and impossible compounds are not
    ("17点55分23秒", []), ("17时55分", []), ("等待5分钟", []), ("2 hours 90 minutes", []),
])
def test_examples(text: str, expected: list) -> None:
    assert [(text[d.start:d.end], d.value, d.unit) for d in find_compound_durations(text)] == [
        (t, Decimal(v), u) for t, v, u in expected]


@given(st.integers(0, 999), st.integers(0, 59))
def test_minutes_and_seconds_add_up(m: int, s: int) -> None:
    (d,) = find_compound_durations(f"用时{m}分{s}秒")
    assert d.value == m * 60 + s and d.unit == "seconds"


@given(st.text())
def test_any_text(t: str) -> None:
    for d in find_compound_durations(t.lower()):
        assert 0 <= d.start < d.end <= len(t) and d.value >= 0

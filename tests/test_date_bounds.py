"""Dates stated as limits: "before 2028", 2028年之前, "2010年1月10日或之前", "after January 20".

The span stays the date's own; ``DateRange.bound`` says which side of it the claim means, and the
comparison reads a limit as open on that side, keeping its own date in (docs/dates.md "Limits").
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.compare import dates_conflict
from claims.dates import find_dates
from claims.model import DateRange
from claims.text import normalize

D = dt.date
DOC = D(2025, 6, 10)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.bound) for m in find_dates(normalize(text).text, doc_date=DOC)]


@pytest.mark.parametrize(
    "text, surface, bound",
    [
        ("The rules take effect before 2027.", "2027", "before"),
        ("Prior to March 2025, no filings were made.", "March 2025", "before"),
        ("Filed no later than March 15, 2025.", "March 15, 2025", "on_or_before"),
        ("Filed on or before March 15, 2025.", "March 15, 2025", "on_or_before"),
        ("It happened in 2019 or earlier.", "2019", "on_or_before"),
        ("After January 20, Trump signed it.", "January 20", "after"),
        # after a span of time: another day, but on that side (read as "on", it gave a false contradiction)
        ("OSTP published the RFI five weeks before March 15, 2025.", "March 15, 2025", "before"),
        ("2025年3月31日前OpenAI已向OSTP提交了意见。", "2025年3月31日", "before"),
        ("Models released in 2026 or later must comply.", "2026", "on_or_after"),
        ("规则将在2027年之前生效。", "2027年", "before"),
        ("请于3月15日前提交。", "3月15日", "before"),
        ("在2010年1月10日或之前提交。", "2010年1月10日", "on_or_before"),
        ("2025 年后美国 AI 产业政策", "2025 年", "after"),
        ("2018年以后就没再来过", "2018年", "after"),
        ("發貨日期在2015年2月1日或之後", "2015年2月1日", "on_or_after"),
        ("不晚于2026年6月30日完成", "2026年6月30日", "on_or_before"),
    ],
)
def test_a_limit_word_beside_a_date_makes_it_a_bound(text: str, surface: str, bound: str) -> None:
    assert (surface, bound) in found(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("2025年前三季度，营收增长。", "2025年前三季度"),  # the first three quarters
        ("2025年前后将完成。", "2025年"),  # around 2025
        ("截至2025年3月15日，共收到意见。", "2025年3月15日"),  # a cut-off names its day
        ("The comments were due by March 15, 2025.", "March 15, 2025"),  # "by": the day itself
        ("Since 2022, exports have doubled.", "2022"),
        ("自2025年9月1日起施行。", "2025年9月1日"),
        ("2024年后续工作", "2024年"),  # 后续: follow-up, another word
        # reviews of 2026-12-05: a former holder of a title after 前; "or before" before a word of its own
        ("2023年11月30日前总统拜登签署了第14110号行政令。", "2023年11月30日"),
        ("2025年3月13日前OpenAI高管表示。", "2025年3月13日"),
        ("7月23日前夜，白宫发布。", "7月23日"),
        ("It was signed on January 23, 2025 or before the inauguration.", "January 23, 2025"),
    ],
)
def test_no_limit_where_the_words_name_the_day_or_another_word(text: str, surface: str) -> None:
    assert (surface, "on") in found(text)


def _range(y: int, bound: str) -> DateRange:
    return DateRange(start=D(y, 1, 1), end=D(y, 12, 31), granularity="year", bound=bound)  # type: ignore[arg-type]


@given(st.integers(1950, 2090), st.sampled_from(["before", "on_or_before", "after", "on_or_after"]))
def test_a_limit_never_contradicts_its_own_date(y: int, bound: str) -> None:
    assert dates_conflict(_range(y, bound), _range(y, "on")) is False


@given(st.integers(1950, 2090), st.integers(1, 30))
def test_a_limit_contradicts_dates_on_its_far_side_only(y: int, k: int) -> None:
    assert dates_conflict(_range(y, "before"), _range(y + k, "on")) is True
    assert dates_conflict(_range(y, "before"), _range(y - k, "on")) is False
    assert dates_conflict(_range(y, "after"), _range(y - k, "on")) is True
    assert dates_conflict(_range(y, "after"), _range(y + k, "on")) is False
    # two limits facing the same way always share days
    assert dates_conflict(_range(y, "before"), _range(y + k, "before")) is False


@given(st.integers(1950, 2090), st.sampled_from(["before", "on_or_before", "after", "on_or_after", "on"]))
def test_limits_as_the_words_say_them(y: int, bound: str) -> None:
    lo, hi = _range(y, bound).limits()
    if bound == "before":
        assert (lo, hi) == (None, D(y - 1, 12, 31))
    elif bound == "on_or_before":
        assert (lo, hi) == (None, D(y, 12, 31))
    elif bound == "after":
        assert (lo, hi) == (D(y + 1, 1, 1), None)
    elif bound == "on_or_after":
        assert (lo, hi) == (D(y, 1, 1), None)
    else:
        assert (lo, hi) == (D(y, 1, 1), D(y, 12, 31))


def test_a_deadline_is_compared_as_the_date_stated() -> None:
    """A subject whose date is a limit (catalog threshold: true, rfi.deadline): "due before March 20"
    names March 20, which a March 15 deadline contradicts."""
    before = DateRange(start=D(2025, 3, 20), end=D(2025, 3, 20), bound="before")
    on = DateRange(start=D(2025, 3, 15), end=D(2025, 3, 15))
    assert dates_conflict(before, on) is False
    assert dates_conflict(before, on, as_stated=True) is True


def test_an_unresolved_limit_is_not_compared() -> None:
    yearless = DateRange(granularity="month", anchor="unresolved", month=3, day_from=1, day_to=31, bound="before")
    assert dates_conflict(yearless, DateRange(start=D(2025, 7, 1), end=D(2025, 7, 31), granularity="month")) is None

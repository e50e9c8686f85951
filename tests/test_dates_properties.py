"""Properties of claims.dates checked with hypothesis: round trips, spans, containment, speed."""

from __future__ import annotations

import calendar
import datetime as dt
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.dates import find_dates

ZH_DIGITS = "〇一二三四五六七八九"
MONTHS = list(calendar.month_name)[1:]


def zh_small(n: int) -> str:
    """1..31 in Chinese numerals (十一, 二十三, 三十)."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else ZH_DIGITS[tens] + "十")
    return head + (ZH_DIGITS[units] if units else "")


def render(d: dt.date, fmt: int, space: bool) -> str:
    sp = " " if space else ""
    if fmt == 0:
        return f"{d.year}{sp}年{sp}{d.month}{sp}月{sp}{d.day}{sp}日"
    if fmt == 1:
        return "".join(ZH_DIGITS[int(c)] for c in str(d.year)) + f"年{zh_small(d.month)}月{zh_small(d.day)}日"
    if fmt == 2:
        return d.isoformat()
    if fmt == 3:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if fmt == 4:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if fmt == 5:
        return f"{d.year}/{d.month}/{d.day}"
    if fmt == 6:  # zh-Hant day suffix
        return f"{d.year}{sp}年{sp}{d.month}{sp}月{sp}{d.day}{sp}號"
    return f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
fillers = st.sampled_from(["", "据报道，", "In a statement on ", "白宫于", "（", "The order, signed ", "於"])
tails = st.sampled_from(["", "，总统签署了行政令。", " the order was signed.", "发布", "）", "."])


@given(dates, st.integers(0, 7), st.booleans(), fillers, tails, st.none() | dates)
def test_rendered_dates_parse_back(d: dt.date, fmt: int, space: bool, head: str, tail: str, doc: dt.date | None) -> None:
    surface = render(d, fmt, space)
    text = head + surface + tail
    ms = find_dates(text, doc_date=doc)
    assert len(ms) == 1, (text, ms)
    m = ms[0]
    assert (m.start, m.end, m.text) == (len(head), len(head) + len(surface), surface)
    assert (m.value.start, m.value.end, m.value.granularity, m.value.anchor) == (d, d, "day", "explicit")


DATEISH = "0123456789年月日号號底初中旬上下半今去明前后本周週个季度第Q-/.:, 　\n《》至到和或早晚JanuryMchlgstSepOcNvDeimdatelyof"
texts = st.text(alphabet=DATEISH, max_size=80) | st.text(max_size=80)


@given(texts, st.none() | st.dates(), st.none() | st.dates())
def test_never_raises_and_spans_slice(text: str, doc: dt.date | None, ref: dt.date | None) -> None:
    ms = find_dates(text, doc_date=doc, reference_date=ref)
    prev_end = 0
    for m in ms:
        assert text[m.start : m.end] == m.text and m.start < m.end
        assert m.start >= prev_end, "sorted and non-overlapping"
        prev_end = m.end
        v = m.value
        if v.resolved:
            assert v.start is not None and v.end is not None and v.start <= v.end
        else:
            assert v.start is None and v.end is None and v.anchor == "unresolved"
        if v.day_from is not None and v.day_to is not None:
            assert v.day_from <= v.day_to


PARTS_ZH = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, 31), "底": (21, 31), "末": (21, 31)}
PARTS_EN = {"early": (1, 10), "mid-": (11, 20), "late": (21, 31), "the end of": (21, 31)}


@given(dates, st.sampled_from(sorted(PARTS_ZH)), st.sampled_from(sorted(PARTS_EN)), st.none() | dates)
def test_partial_range_contains_precise_dates(d: dt.date, zh: str, en: str, doc: dt.date | None) -> None:
    exact = find_dates(f"{d.year}年{d.month}月{d.day}日", doc_date=doc)[0].value
    assert exact.start == d
    for text, (a, b) in [
        (f"{d.year}年{d.month}月{zh}", PARTS_ZH[zh]),
        (f"{en}{'' if en.endswith('-') else ' '}{MONTHS[d.month - 1]} {d.year}", PARTS_EN[en]),
    ]:
        ms = find_dates(text, doc_date=doc)
        assert len(ms) == 1 and ms[0].text == text, (text, ms)
        part = ms[0].value
        assert part.start is not None and part.end is not None
        assert (part.start <= d <= part.end) == (a <= d.day <= b), (text, d, part)
    month = find_dates(f"{d.year}年{d.month}月", doc_date=doc)[0].value
    year = find_dates(f"{d.year}年", doc_date=doc)[0].value
    assert month.start is not None and month.end is not None and year.start is not None and year.end is not None
    assert month.start <= d <= month.end and year.start <= d <= year.end


@given(st.sampled_from(sorted(PARTS_ZH)), st.integers(1, 12), dates)
def test_yearless_part_keeps_days_and_resolves_consistently(zh: str, month: int, doc: dt.date) -> None:
    text = f"{month}月{zh}"
    unresolved = find_dates(text, doc_date=None)[0].value
    resolved = find_dates(text, doc_date=doc)[0].value
    assert unresolved.month == month and resolved.month == month
    assert resolved.start is not None and resolved.start.day == unresolved.day_from
    assert resolved.end is not None and resolved.end - doc <= dt.timedelta(days=92 + 31)


def _per_char(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        find_dates(text, doc_date=dt.date(2025, 11, 20))
        best = min(best, time.perf_counter() - t0)
    return best / len(text)


ORDINARY = (
    "2025年1月23日，特朗普总统签署了第14179号行政命令。白宫科技政策办公室于2月初公开征求意见，"
    "截止日期为 3 月 15 日。On January 23, 2025 the President signed EO 14179; comments were due in mid-March. "
)
ADVERSARIAL = st.sampled_from(
    ["1", "2025", "2025年", "年月日", "2025-", "1/", "二〇二五", "十", "January 2025, ", "early ", "2025 年 1 月 ",
     "12月", "-", "0", "Q1 ", "在 ", "底初", "2025.1.", "from 2022 to "]
)


@settings(max_examples=10, deadline=None)
@given(ADVERSARIAL)
def test_linear_time_on_adversarial_runs(unit: str) -> None:
    n = 4_000
    base = _per_char((ORDINARY * (n // len(ORDINARY) + 1))[:n])
    small = _per_char((unit * (n // len(unit) + 1))[:n])
    large = _per_char((unit * (4 * n // len(unit) + 1))[: 4 * n])
    # no worse than a small constant factor of ordinary text, and not growing with the length
    assert small < 40 * base, (unit, small / base)
    assert large < 3 * small + 5 * base, (unit, large / small)

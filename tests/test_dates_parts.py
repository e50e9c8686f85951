"""claims.dates: parts of decades (the mid-1990s, 90年代末, 2020年代), the rest of a year or month
(earlier this year, later this month, 今年晚些时候) and year-end (by year-end, year-end 2025)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.dates import DateMention, find_dates
from claims.text import normalize

D = dt.date
DOC = D(2025, 11, 20)


def found(text: str, doc_date: dt.date | None = DOC, reference_date: dt.date | None = None) -> list[DateMention]:
    return find_dates(normalize(text).text, doc_date=doc_date, reference_date=reference_date)


def one(text: str, doc_date: dt.date | None = DOC, reference_date: dt.date | None = None) -> DateMention:
    ms = found(text, doc_date, reference_date)
    assert len(ms) == 1, ms
    return ms[0]


def years(m: DateMention) -> tuple[int, int]:
    assert m.value.start is not None and m.value.end is not None
    assert (m.value.start.month, m.value.start.day, m.value.end.month, m.value.end.day) == (1, 1, 12, 31)
    return m.value.start.year, m.value.end.year


# ------------------------------------------------------------------------------------- decades

@pytest.mark.parametrize(
    "text, surface, first, last",
    [
        ("in the mid-1990s", "the mid-1990s", 1994, 1996),
        ("in the late 2010s", "the late 2010s", 2017, 2019),
        ("in the early 2000s", "the early 2000s", 2000, 2003),
        ("since the mid 1980s,", "the mid 1980s", 1984, 1986),
        ("in the early '90s", "the early '90s", 1990, 1993),
        ("in the early ’90s", "the early ’90s", 1990, 1993),
        ("in the mid-nineties", "the mid-nineties", 1994, 1996),
        ("in the late seventies", "the late seventies", 1977, 1979),
        ("the ’90s", "the ’90s", 1990, 1999),
        ("the '00s", "the '00s", 2000, 2009),
        ("in the 1990s", "1990s", 1990, 1999),
        ("in the 1990’s", "1990’s", 1990, 1999),
        ("1990s-era rules", "1990s", 1990, 1999),
        ("2020年代", "2020年代", 2020, 2029),
        ("进入2020 年代以来", "2020 年代", 2020, 2029),
        ("90年代初", "90年代初", 1990, 1993),
        ("90年代初期", "90年代初期", 1990, 1993),
        ("80年代中期", "80年代中期", 1984, 1986),
        ("上世纪90年代末", "上世纪90年代末", 1997, 1999),
        ("上世纪90年代末期", "上世纪90年代末期", 1997, 1999),
        ("上世紀90年代後期", "上世纪90年代后期", 1997, 1999),
        ("2010年代末", "2010年代末", 2017, 2019),
        ("20年代初", "20年代初", 2020, 2023),
        ("九十年代中期", "九十年代中期", 1994, 1996),
        ("上世纪80年代", "上世纪80年代", 1980, 1989),
        ("九十年代", "九十年代", 1990, 1999),
    ],
)
def test_decades_and_their_parts(text: str, surface: str, first: int, last: int) -> None:
    m = one(text)
    assert m.text == surface and years(m) == (first, last) and m.value.granularity == "year"
    assert m.value.anchor == "explicit"


def test_decade_negatives() -> None:
    m = one("2020年")
    assert m.text == "2020年" and years(m) == (2020, 2020)
    # 中 after 年代 may begin a word (中国): the decade alone
    m = one("80年代中国经济")
    assert m.text == "80年代" and years(m) == (1980, 1989)
    # two-digit decades without an apostrophe are ages or temperatures; '20s is 1920s or 2020s
    assert found("people in their late 80s, in the 90s, the early '20s") == []
    # two decades side by side stay two
    ms = found("in the late 1990s and early 2000s")
    assert [(m.text, years(m)) for m in ms] == [("the late 1990s", (1997, 1999)), ("early 2000s", (2000, 2003))]


_ZH_PARTS = {"early": ["初", "初期", "前期", "早期"], "mid": ["中期", "中叶"], "late": ["末", "末期", "后期", "晚期"]}
_EN_FORMS = ["the {p} {d}s", "the {p}-{d}s", "{p}-{d}s", "the {p} - {d}s"]
_ZH_NUM = "〇一二三四五六七八九"


def _renderings(d: int, part: str, k: int) -> list[str]:
    zh = _ZH_PARTS[part][k % len(_ZH_PARTS[part])]
    dd = f"{d % 100:02d}"
    out = [_EN_FORMS[k % len(_EN_FORMS)].format(p=part, d=d), f"{d}年代{zh}"]
    out.append(("上世纪" if d < 2000 else "21世纪") + f"{dd}年代{zh}")
    if d < 2000 and d % 100 >= 30:
        out.append(f"{_ZH_NUM[d % 100 // 10]}十年代{zh}")
    return out


@given(st.integers(190, 209).map(lambda k: 10 * k), st.integers(0, 11))
def test_decade_parts_are_inside_the_decade_disjoint_and_ordered(d: int, k: int) -> None:
    by_part: dict[str, list[tuple[int, int]]] = {}
    for part in ("early", "mid", "late"):
        for text in _renderings(d, part, k):
            m = one(f"自{text}以来" if "年代" in text else f"since {text},")
            assert m.text == text, (text, m)
            first, last = years(m)
            assert d <= first <= last <= d + 9, text
            by_part.setdefault(part, []).append((first, last))
    spans = {part: set(v) for part, v in by_part.items()}
    assert all(len(v) == 1 for v in spans.values()), spans  # every rendering says the same
    (e0, e1), (m0, m1), (l0, l1) = (next(iter(spans[p])) for p in ("early", "mid", "late"))
    assert e1 < m0 and m1 < l0  # disjoint and ordered
    assert (e0, e1, m0, m1, l0, l1) == (d, d + 3, d + 4, d + 6, d + 7, d + 9)


# ----------------------------------------------------------------------- the rest of a year or month

@pytest.mark.parametrize(
    "text, surface, start, end, gran",
    [
        ("The agency said earlier this year that", "earlier this year", D(2025, 1, 1), DOC, "part_of_year"),
        ("It will publish later this year.", "later this year", DOC, D(2025, 12, 31), "part_of_year"),
        ("as announced earlier this month", "earlier this month", D(2025, 11, 1), DOC, "part_of_month"),
        ("due later this month", "later this month", DOC, D(2025, 11, 30), "part_of_month"),
        ("expected later in the year", "later in the year", DOC, D(2025, 12, 31), "part_of_year"),
        ("as noted earlier in the year", "earlier in the year", D(2025, 1, 1), DOC, "part_of_year"),
        ("今年早些时候发布", "今年早些时候", D(2025, 1, 1), DOC, "part_of_year"),
        ("今年稍早宣布", "今年稍早", D(2025, 1, 1), DOC, "part_of_year"),
        ("將於今年晚些時候推出", "今年晚些时候", DOC, D(2025, 12, 31), "part_of_year"),
        ("预计今年稍后公布", "今年稍后", DOC, D(2025, 12, 31), "part_of_year"),
        ("年内晚些时候出台", "年内晚些时候", DOC, D(2025, 12, 31), "part_of_year"),
        ("本月早些时候", "本月早些时候", D(2025, 11, 1), DOC, "part_of_month"),
        ("本月晚些时候", "本月晚些时候", DOC, D(2025, 11, 30), "part_of_month"),
    ],
)
def test_rest_of_year_and_month(text: str, surface: str, start: dt.date, end: dt.date, gran: str) -> None:
    m = one(text)
    assert m.text == surface and (m.value.start, m.value.end) == (start, end)
    assert m.value.granularity == gran and m.value.anchor == "document_date" and m.value.relative


def test_rest_of_year_without_a_date_is_not_invented() -> None:
    for text in ("It will publish later this year.", "earlier this month", "later in the year", "今年晚些时候"):
        m = one(text, doc_date=None)
        assert m.value.start is None and m.value.end is None and m.value.anchor == "unresolved", text
    # the reference date stands in for a missing document date, as for "this year"
    m = one("later this year", doc_date=None, reference_date=D(2025, 3, 4))
    assert (m.value.start, m.value.end, m.value.anchor) == (D(2025, 3, 4), D(2025, 12, 31), "reference_date")


def test_rest_of_a_context_year() -> None:
    ms = found("The law passed in March 2019. Later in the year it was amended.")
    assert (ms[1].text, ms[1].value.start, ms[1].value.end, ms[1].value.anchor) == (
        "Later in the year", D(2019, 4, 1), D(2019, 12, 31), "context_year")
    ms = found("In 2019 the law was amended; earlier in the year it had passed.")
    assert (ms[1].value.start, ms[1].value.end) == (D(2019, 1, 1), D(2019, 12, 31))
    ms = found("The plan came out in September 2019, after a draft earlier in the year.")
    assert (ms[1].value.start, ms[1].value.end) == (D(2019, 1, 1), D(2019, 8, 31))
    # the year words of the rest of a year date what follows
    ms = found("later this year, and in December")
    assert ms[1].text == "December" and ms[1].value.start == D(2025, 12, 1)


def test_this_year_alone_is_unchanged() -> None:
    m = one("this year")
    assert (m.value.start, m.value.end, m.value.granularity) == (D(2025, 1, 1), D(2025, 12, 31), "year")
    assert [m.text for m in found("今年早些年")] == ["今年"]
    assert found("年内稍早") == []  # 年内 only with the later forms


# ------------------------------------------------------------------------------------- year-end

@pytest.mark.parametrize(
    "text, surface, year, anchor",
    [
        ("by year-end", "year-end", 2025, "document_date"),
        ("at year end", "year end", 2025, "document_date"),
        ("a year-end deadline", "year-end", 2025, "document_date"),
        ("by end of year", "end of year", 2025, "document_date"),
        ("an end-of-year review", "end-of-year", 2025, "document_date"),
        ("by year-end 2026", "year-end 2026", 2026, "explicit"),
        ("by the year-end of 2024", "the year-end of 2024", 2024, "explicit"),
    ],
)
def test_year_end(text: str, surface: str, year: int, anchor: str) -> None:
    m = one(text)
    assert m.text == surface and m.value.granularity == "part_of_year" and m.value.anchor == anchor
    assert (m.value.start, m.value.end) == (D(year, 10, 1), D(year, 12, 31))
    # the same interval as "the end of the year"
    same = one("by the end of the year" if anchor != "explicit" else f"by the end of {year}")
    assert (same.value.start, same.value.end) == (m.value.start, m.value.end)


def test_year_end_takes_the_context_year() -> None:
    ms = found("In 2024, the agency set a rule to take effect by year-end.")
    assert ms[1].text == "year-end" and (ms[1].value.start, ms[1].value.end) == (D(2024, 10, 1), D(2024, 12, 31))
    assert ms[1].value.anchor == "context_year"


def test_year_end_negatives() -> None:
    assert found("at the fiscal year-end, the financial year end and the tax year end") == []
    assert found("by the end of year one, and at the end of year 2") == []
    assert found("the year ended with a surplus") == []
    m = one("by year-end", doc_date=None)
    assert m.value.start is None and m.value.anchor == "unresolved"

"""Invariants of extraction on arbitrary input: it never raises, and every claim slices the
original text exactly (front matter included in offsets, never read for claims)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.catalog import load_catalog
from claims.extract import extract_claims, text_document
from claims.model import Claim

CAT = load_catalog()

FRAGMENTS = [
    "不足600名员工", "一萬多份", "10068 份", "90余项", "约 4000 萬美元", "$200 million", "US$ 5", "3.5 倍",
    "10x", "150-fold", "2-4 年", "两到三年", "超过5%", "近6000亿美元", "2025年1月23日", "7月底", "今天",
    "去年 12 月 22 日", "January 23, 2025", "late July", "EO 14179", "第14179号行政令", "《赢得竞赛：美国人工智能行动计划》",
    "“Winning the Race: America’s AI Action Plan”", "H100", "GPT-4o", "支柱1", "表2", "40分钟前", "评论 0", "萬言書",
    "BIS", "英偉達", "NITRD", "RFI", "OpenAI", "１２３", "，", "。", "\n", " ", "(", ")", "、", ":", "-", "$", "%",
    "年", "倍", "颗", "H20", "https://x.org/2025/07/a.pdf", "\u200f", "\ufeff", "ﬁ", "㈠", "①", "…", "\u0301",
]

text_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=30).map("".join)


def _check(doc, claims: list[Claim]) -> None:
    assert claims == sorted(claims, key=lambda c: (c.start, c.end))
    for c in claims:
        assert doc.text[c.start:c.end] == c.text
        assert c.start >= doc.body_start
        assert c.end > c.start
        assert 0.0 <= c.confidence <= 1.0
        Claim.model_validate_json(c.model_dump_json())


@settings(max_examples=150)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_unicode(text):
    doc = text_document(text)
    _check(doc, extract_claims(doc, CAT))


@settings(max_examples=200)
@given(text_like, st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1))))
def test_spans_slice_the_original_on_claim_like_text(text, date):
    doc = text_document(text, date=date)
    _check(doc, extract_claims(doc, CAT, reference_date=dt.date(2025, 11, 20)))


@settings(max_examples=100)
@given(text_like, text_like)
def test_front_matter_is_skipped_but_counted(front, body):
    head = "---\ntitle: " + front.replace("\n", " ") + "\n---\n"
    doc = text_document(head + body)
    doc = doc.model_copy(update={"body_start": len(head)})
    claims = extract_claims(doc, CAT)
    _check(doc, claims)
    alone = extract_claims(text_document(body), CAT)
    assert [(c.start - len(head), c.end - len(head), c.subject) for c in claims] == [
        (c.start, c.end, c.subject) for c in alone
    ]


def _clause_by_search(text: str, start: int, end: int, ss: int, se: int) -> tuple[int, int]:
    """The clause as first written: searches bounded by the sentence (quadratic on long ones)."""
    from claims.subjects import _CLAUSE

    s = ss
    for m in _CLAUSE.finditer(text, ss, start):
        s = m.end()
    m = _CLAUSE.search(text, end, se)
    return s, (m.start() if m else se)


@given(st.text(alphabet="ab1,，、;：—()“ ", max_size=60), st.data())
def test_clause_marks_found_once_give_the_bounded_search(text: str, data) -> None:
    from claims.catalog import load_catalog
    from claims.subjects import DocContext

    ctx = DocContext(load_catalog(), text, text.lower())
    n = len(text)
    ss = data.draw(st.integers(0, n))
    se = data.draw(st.integers(ss, n))
    start = data.draw(st.integers(ss, se))
    end = data.draw(st.integers(start, se))
    assert ctx.clause(start, end, ss, se) == _clause_by_search(text, start, end, ss, se)

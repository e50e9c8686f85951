"""Cross-checking rules on claims extracted from short texts of my own."""

from __future__ import annotations

import datetime as dt

from claims.catalog import load_catalog
from claims.crosscheck import check_drafts
from claims.extract import extract_claims, text_document

CAT = load_catalog()


def test_a_date_that_differs_only_in_an_unwritten_year_is_possible():
    """PC136: a yearless date given the document's year, whose month and days agree with the corpus,
    is only possibly wrong; a month that differs, or a year written, is still a contradiction."""
    corpus = extract_claims(text_document("Anthropic于2025年3月提交意见。", doc_id="c", language="zh-Hans",
                                          date=dt.date(2025, 11, 20)), CAT)
    def kinds(draft: str) -> list[tuple[str, str]]:
        d = extract_claims(text_document(draft, doc_id="d", language="zh-Hans", date=dt.date(2026, 4, 10)), CAT)
        return sorted((f.rule, f.kind) for f in check_drafts(d, corpus, CAT))

    assert kinds("Anthropic在三月提交的意见中预计强大的AI将出现。") == [("PC136", "possible")]
    assert kinds("Anthropic在二月提交的意见中预计强大的AI将出现。")[0][1] == "contradiction"
    assert kinds("Anthropic于2026年3月提交意见。")[0][1] == "contradiction"


def test_a_yearless_date_the_text_puts_ahead_of_its_own_date_is_still_checked():
    """Review of 2026-12-05: "白宫科技政策办公室将于3月15日截止行动计划的征求意见" in a text of February 2026 says the
    deadline is still to come (2026-03-15): against the 2025 deadline it is a contradiction, not PC136."""
    corpus = extract_claims(text_document("信息征询于2025年3月15日截止。OSTP于2025年2月6日发布信息征询（RFI）。", doc_id="c",
                                          language="zh-Hans", date=dt.date(2025, 11, 20)), CAT)
    d = extract_claims(text_document("白宫科技政策办公室将于3月15日截止行动计划的信息征询（RFI）。", doc_id="d",
                                     language="zh-Hans", date=dt.date(2026, 2, 1)), CAT)
    kinds = {f.kind for f in check_drafts(d, corpus, CAT)}
    assert "contradiction" in kinds



def test_a_yearless_date_ahead_of_its_text_without_a_word_of_the_future_is_only_possible():
    """Gate round 38: "**Anthropic**（3月提交）" in a retrospective of January 2026 reads March as 2026, after
    the text's own date; nothing in its clause tells it as still to come, so the year is one the text
    leaves unwritten (PC136), not a contradiction."""
    corpus = extract_claims(text_document("Anthropic于2025年3月提交意见。", doc_id="c", language="zh-Hans",
                                          date=dt.date(2025, 11, 20)), CAT)
    d = extract_claims(text_document("**Anthropic**（3月提交）：建议加强出口管制。", doc_id="d", language="zh-Hans",
                                     date=dt.date(2026, 1, 23)), CAT)
    assert sorted((f.rule, f.kind) for f in check_drafts(d, corpus, CAT)) == [("PC136", "possible")]


def test_pence_are_compared_with_pounds():
    """rules.yaml unit_conversions: 85 pence and £0.85 are one value, 85p and £8.50 are not."""
    from claims.crosscheck import _Ctx

    def q(text: str):
        return [c for c in extract_claims(text_document(text, doc_id="a", language="en"), CAT) if c.kind == "quantity"][0].value

    ctx = _Ctx(CAT, None)
    assert ctx.conflict(q("It costs 85p."), q("It costs £0.85."), "x") is False
    assert ctx.conflict(q("It costs 85p."), q("It costs £8.50."), "x") is True

"""Untrusted text, titles and URLs render as inert text: nothing escapes, nothing links elsewhere."""

from __future__ import annotations

import datetime as dt
import hashlib
import html as htmllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.model import Claim, Document, DocumentSummary, Finding, Quantity, RunReport
from reports import view
from reports.render import render_document, render_index
from tests.report_fixtures import HOSTILE_STRINGS, HOSTILE_URL
from tests.reports.htmlcheck import check_page

RAW_ONLY_AS_TEXT = {"{{ 7*7 }}", "javascript:alert(1)"}  # no markup characters: shown as text, never evaluated or linked


def test_hostile_strings_never_appear_unescaped(fixture_report: Path) -> None:
    pages = sorted(fixture_report.rglob("*.html"))
    for p in pages:
        html = p.read_text(encoding="utf-8")
        check_page(html)  # no event handlers, only http(s) hrefs, one hashed script
        for s in HOSTILE_STRINGS:
            if s in RAW_ONLY_AS_TEXT:
                continue
            if s == "</script>":  # only the closing tags of the page's own two script elements
                assert html.count(s) == 2, p.name
                continue
            assert s not in html, f"{s!r} unescaped in {p.name}"
        assert "\u202e" not in html and "\ufeff" not in html
        assert HOSTILE_URL not in html


def test_hostile_document_page_shows_the_text_as_text(fixture_report: Path) -> None:
    html = (fixture_report / "docs" / (view.doc_slug('hostile"<x>') + ".html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "{{ 7*7 }}" in html  # literally: document text is never compiled as a template
    assert "[U+202E]" in html  # the override is shown, not obeyed
    assert "javascript:alert(1)//&lt;script&gt;" in html  # the source address is shown as text...
    assert 'href="javascript' not in html.lower()  # ...and never as a link


def test_lookalike_host_is_spelled_out(fixture_report: Path) -> None:
    html = (fixture_report / "docs" / "lookalike.html").read_text(encoding="utf-8")
    assert "(xn--pple-43d.com)" in html


_alphabet = st.sampled_from(list("<>&\"'`=/\\:;{}()[] abcxyz\u202e\u200b\u00a0中文ａ＜\n\t") + ["</script>", "<!--", "]]>", "javascript:", "{{", "{%"])
hostile_text = st.lists(_alphabet, min_size=1, max_size=25).map("".join)


def _doc_and_run(s: str) -> tuple[RunReport, list[Claim], list[Document]]:
    text = f"Intro ZQ{s}QZ then 42 units.\n"
    start = text.index("42")
    doc = Document(
        id=f"d{s}"[:40], path="x.txt", text=text, language="en", title=f"ZQ{s}QZ", source_url=f"ZQ{s}QZ",
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), date=dt.date(2025, 1, 1),
    )
    claim = Claim(
        id=f"{doc.id}:{start}", doc=doc.id, start=start, end=start + 2, line=1, column=start + 1, text="42",
        sentence=text.strip(), sentence_start=0, subject=f"open:ZQ{s}QZ", subject_source="open", kind="quantity",
        value=Quantity(nominal=42, low=42, high=42, unit=f"ZQ{s}QZ"), language="en", confidence=0.5, cues=(f"ZQ{s}QZ",),
    )
    finding = Finding(
        kind="possible", severity="info", rule="PC401", rule_name="x", subject=f"open:ZQ{s}QZ", fingerprint=f"ZQ{s}QZ",
        message=f"ZQ{s}QZ", message_zh=f"ZQ{s}QZ", expected=f"ZQ{s}QZ", claims=(claim,),
    )
    summary = DocumentSummary(
        id=doc.id, path=doc.path, title=doc.title, language="en", date=doc.date, publisher=f"ZQ{s}QZ",
        source_url=doc.source_url, content_hash=doc.content_hash, claims=1,
    )
    run = RunReport(
        tool_version="t", catalog_version=f"ZQ{s}QZ", reference_date=None, documents=(summary,), findings=(finding,),
        reviews={f"ZQ{s}QZ": {"status": "explained", "note": f"ZQ{s}QZ", "by": f"ZQ{s}QZ"}},
    )
    return run, [claim], [doc]


@settings(max_examples=40)
@given(hostile_text)
def test_arbitrary_document_strings_are_always_escaped(s: str) -> None:
    run, claims, docs = _doc_and_run(s)
    marker = f"ZQ{s}QZ"
    shown = marker.translate(view.VISIBLE_CONTROLS)
    for html in (render_index(run, claims, docs), render_document(run, claims, docs, docs[0].id)):
        c = check_page(html)
        if any(ch in s for ch in "<>&\"'"):
            assert marker not in html
        assert "\u202e" not in html
        text = "".join(c.text)
        assert shown in text or htmllib.escape(shown) in html


def hostile_pipeline_report(tmp_path: Path) -> Path:
    """The hostile fixture as a file, through the real loader and extractor, rendered."""
    import pytest

    documents = pytest.importorskip("claims.documents")
    extract = pytest.importorskip("claims.extract")
    catalog_mod = pytest.importorskip("claims.catalog")
    from reports.render import write_report
    from tests.report_fixtures import HOSTILE

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (corpus / "evil<b>.md").write_text("---\ntitle: x\nsource_url: 'data:text/html,<script>alert(1)</script>'\n---\n共收到10068份意见。\n", encoding="utf-8")
    docs, problems = documents.load_corpus([corpus])
    catalog = catalog_mod.load_catalog()
    claims = [c for d in docs for c in extract.extract_claims(d, catalog)]
    summaries = tuple(
        DocumentSummary(id=d.id, path=d.path, title=d.title, language=d.language, date=d.date, publisher=d.publisher,
                        source_url=d.source_url, content_hash=d.content_hash, claims=0)
        for d in docs
    )
    run = RunReport(tool_version="t", catalog_version="c", reference_date=None, documents=summaries, findings=(), problems=tuple(problems))
    out = tmp_path / "out"
    write_report(run, claims, docs, out)
    return out


def test_hostile_files_through_the_real_loader(tmp_path: Path) -> None:
    out = hostile_pipeline_report(tmp_path)
    pages = sorted(out.rglob("*.html"))
    assert len([p for p in pages if p.parent.name == "docs"]) == 2
    for p in pages:
        html = p.read_text(encoding="utf-8")
        check_page(html)
        for s in HOSTILE_STRINGS:
            if s in RAW_ONLY_AS_TEXT:
                continue
            if s == "</script>":
                assert html.count(s) == 2, p.name
                continue
            assert s not in html, f"{s!r} unescaped in {p.name}"

"""Fuzzing the loaders and parsers end to end with hypothesis.

Arbitrary bytes and claim-like or hostile text, in several encodings, with and without front
matter, written to .txt/.md/.html files -> ``load_corpus`` -> ``extract_claims`` ->
``crosscheck`` -> ``build_report`` -> ``write_report``. Properties: no exception escapes (bad
files become Problems with a registered code naming the file); every claim slices its document
exactly (``doc.text[c.start:c.end] == c.text``); every page of the report keeps the structural
invariants of tests/reports/htmlcheck.py and holds no ``<script`` but the report's own two.
The YAML data files (sources, reviews, reference, accepted, front matter) only ever raise
PolicycheckError.

Budget: the suite's hypothesis profile ("ci": derandomized, 60 examples by default) scaled per
property (see each @settings); ``HYPOTHESIS_PROFILE=thorough`` runs a longer campaign.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.errors import CODES, PolicycheckError
from tests.reports.htmlcheck import check_page

CLAIMY = [
    "10,068", "10068份", "约", "超过", "不足600名", "一萬多", "近6000亿美元", "90余", "more than", "about", "$200 million",
    "fewer than 1,700 H100s", "2025年7月23日", "7月底", "今天", "去年", "early 2025", "January 23, 2025", "EO 14179",
    "M-25-21", "《美国AI行动计划》", "“Winning the Race”", "BIS", "工业与安全局", "RFI", "comments", "员工", "%", "倍",
    "万", "亿", "，", "。", "\n", "\n\n", " ", "1.", "-",
]
HOSTILE = [
    "<script>alert(1)</script>", "</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}", "{% raw %}",
    "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "\u202e", "\u2066", "\ufeff", "\x00", "\x1b[31m",
    "<a href='javascript:alert(1)'>x</a>", "<svg onload=alert(1)>", "<!--", "]]>", "&amp;", "&#x3c;script&#x3e;", "ａ",
    "<iframe src=//evil>", "<meta http-equiv=refresh content=0>",
]
FRONT = [
    "", "---\ntitle: T\ndate: 2025-07-23\n---\n", "---\ntitle: [x\n---\n", "---\ndate: 2024-13-45\n---\n",
    "---\nsource_url: javascript:alert(1)\ntitle: '<script>alert(1)</script>'\n---\n", "---\n- a\n---\n",
    "---\nsource_url: data:text/html,x\npublisher: \"\\u202e\"\n---\n",
]

texts = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(CLAIMY), st.sampled_from(HOSTILE)), max_size=40).map("".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", "latin-1"])


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=600))
    text = draw(st.sampled_from(FRONT)) + draw(texts)
    if draw(st.booleans()):
        text = f"<html><head><title>{draw(texts)}</title></head><body><p>{text}</p><script>{draw(texts)}</script></body></html>"
    return text.encode(draw(encodings), errors="ignore")


corpora = st.lists(st.tuples(st.sampled_from([".txt", ".md", ".html"]), file_bytes()), min_size=1, max_size=3)


@lru_cache(maxsize=1)
def _catalog():
    from claims.catalog import load_catalog

    return load_catalog()


def run_pipeline(files: list[tuple[str, bytes]], root: Path) -> None:
    from claims.crosscheck import crosscheck
    from claims.documents import load_corpus
    from claims.extract import extract_claims
    from flows.pipeline import build_report
    from reports.render import write_report

    corpus = root / "corpus"
    corpus.mkdir()
    paths = []
    for i, (ext, data) in enumerate(files):
        p = corpus / f"doc{i}{ext}"
        p.write_bytes(data)
        paths.append(str(p))
    docs, problems = load_corpus([corpus])
    for p in problems:
        assert p.code in CODES and p.path in paths, p
    assert len(docs) + len({p.path for p in problems}) == len(files)
    catalog = _catalog()
    by_doc = {}
    for d in docs:
        claims = extract_claims(d, catalog)
        for c in claims:
            assert d.text[c.start : c.end] == c.text, (d.id, c)
            assert c.doc == d.id
        by_doc[d.id] = claims
    all_claims = [c for d in docs for c in by_doc[d.id]]
    findings = crosscheck(all_claims, catalog)
    run, _ = build_report(docs=docs, claims_by_doc=by_doc, findings=findings, problems=problems,
                          catalog_ver=str(catalog.version), reference_date=None, previous=None, reviews=None)
    out = root / "out"
    write_report(run, all_claims, docs, out)
    pages = sorted(out.rglob("*.html"))
    assert pages and (out / "index.html") in pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        check_page(html)
        assert html.lower().count("<script") == 2, page.name  # the data block and the report's own script


@settings(max_examples=max(10, settings.default.max_examples * 4 // 3), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=corpora)
def test_any_files_through_the_whole_pipeline(files: list[tuple[str, bytes]]) -> None:
    root = Path(tempfile.mkdtemp(prefix="pc-fuzz-"))
    try:
        run_pipeline(files, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=max(10, settings.default.max_examples * 4 // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=3000), date_on=st.booleans())
def test_any_unicode_extracts_with_exact_spans(text: str, date_on: bool) -> None:
    import datetime as dt

    from claims.extract import extract_claims, text_document

    doc = text_document(text, doc_id="fuzz", date=dt.date(2025, 7, 23) if date_on else None)
    for c in extract_claims(doc, _catalog()):
        assert doc.text[c.start : c.end] == c.text
        assert 0 <= c.start < c.end <= len(doc.text)


yaml_texts = st.lists(
    st.one_of(
        st.text(max_size=10),
        st.sampled_from([
            "- ", "  ", "\n", ": ", "file: ", "url: ", "date: ", "2025-13-45", "2025-02-30", "fingerprint: ", "status: ",
            "subject: ", "value: ", "facts:", "sources:", "reviews:", "accepted:", "&a ", "*a", "[", "]", "{", "}", "'", '"',
            "!!python/object:os.system", "!!binary", "? ", "|", ">", "---", "...", "%YAML 1.1", "~", "null", "1e999",
            "../../etc/passwd", "/etc/passwd", "http://x", "javascript:alert(1)", "\t", "\x00", "\ufeff", "<<: *a",
        ]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=max(10, settings.default.max_examples * 4 // 3), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=yaml_texts, which=st.sampled_from(["sources", "reviews", "reference", "accepted", "front_matter"]))
def test_yaml_data_files_raise_only_problems(text: str, which: str) -> None:
    from claims.accepted import load_accepted
    from claims.documents import load_document
    from claims.reference import load_reference
    from claims.reviews import load_reviews
    from claims.sources import load_sources

    root = Path(tempfile.mkdtemp(prefix="pc-yaml-"))
    try:
        name = {"sources": "sources.yaml", "reviews": "reviews.yaml", "reference": "reference.yaml",
                "accepted": "accepted.yaml", "front_matter": "doc.md"}[which]
        path = root / name
        data = f"---\n{text}\n---\nThe RFI drew 10,068 comments.\n" if which == "front_matter" else text
        path.write_text(data, encoding="utf-8")
        call = {"sources": lambda: load_sources(root), "reviews": lambda: load_reviews(path),
                "reference": lambda: load_reference(path), "accepted": lambda: load_accepted(path),
                "front_matter": lambda: load_document(path)}[which]
        try:
            call()
        except PolicycheckError as exc:
            for p in exc.problems:
                assert p.code in CODES and p.path, p
                assert str(root) in p.path
    finally:
        shutil.rmtree(root, ignore_errors=True)

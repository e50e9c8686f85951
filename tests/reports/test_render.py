"""The rendered report: files, structure, labels, JSON twins, atomic writes, scale limits."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from claims.errors import PolicycheckError
from claims.model import Claim, DateRange, Finding, RunReport
from reports import render, view
from reports.render import load_labels, render_index, write_report
from tests.report_fixtures import claims as fixture_claims
from tests.report_fixtures import documents as fixture_documents
from tests.report_fixtures import fixture_run, q
from tests.reports.htmlcheck import check_page, parse

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "report_fixture_index.html"


def test_report_files(fixture_report: Path) -> None:
    names = {p.relative_to(fixture_report).as_posix() for p in fixture_report.rglob("*")}
    assert {"index.html", "report.json", "claims.jsonl", "documents.jsonl", "documents.html", "claims.html", "open.html", "subjects.html", "docs"} <= names
    docs = sorted(n for n in names if n.startswith("docs/"))
    hostile = view.doc_slug('hostile"<x>')
    assert docs == ["docs/en-plan.html", f"docs/{hostile}.html", "docs/lookalike.html", "docs/tw-plan.html", "docs/zh-plan.html"]
    assert not [n for n in fixture_report.parent.iterdir() if n.name.startswith(".")], "temporary folder left behind"


def test_every_page_keeps_the_invariants(fixture_report: Path) -> None:
    pages = list(fixture_report.rglob("*.html"))
    assert len(pages) == 10
    for p in pages:
        check_page(p.read_text(encoding="utf-8"))


def test_index_overview_contents_and_cards(fixture_report: Path) -> None:
    html = (fixture_report / "index.html").read_text(encoding="utf-8")
    c = parse(html)
    headings = [t for t, _ in c.tags if t in ("h1", "h2", "h3")]
    assert headings[0] == "h1" and headings[1] == "h2"  # headings in order: h1, then sections
    ids = {a.get("id") for _, a in c.tags}
    assert {"overview", "contents", "findings", "documents", "resolved", "problems", "stale"} <= ids
    cards = [a for t, a in c.tags if t == "article"]
    run = fixture_run()[0]
    assert [a["id"] for a in cards][:4] == ["fp-rfi-0001", "fp-bis-staff-internal", "fp-bis-budget", "fp-imprecise-tw"]
    assert {a["data-kind"] for a in cards} == {"contradiction", "internal", "imprecise", "possible"}
    rfi = next(a for a in cards if a["id"] == "fp-rfi-0001")
    assert rfi["data-severity"] == "error" and rfi["data-review"] == "confirmed" and rfi["data-status"] == "new"
    assert rfi["data-docs"] == " ".join(sorted([view.doc_slug('hostile"<x>'), "en-plan", "zh-plan"]))
    # the claims side by side: the value marked, quotes tagged with their language
    assert '<blockquote class="quote" lang="zh-Hans"><p>科技政策办公室此前共收到<mark>10068份</mark>意见。</p></blockquote>' in html
    assert '<blockquote class="quote" lang="zh-Hant">' in html
    assert 'href="docs/zh-plan.html#c-zh-plan:' in html
    # review status, fingerprint and a ready-to-paste entry
    assert '<pre class="entry">- fingerprint: &#34;fp-rfi-0001&#34;\n  status: confirmed' in html
    assert "Different fiscal years &lt;b&gt;ok&lt;/b&gt;" in html
    # filters are labelled real controls, hidden until the script shows them
    form = next(a for t, a in c.tags if t == "form")
    assert "hidden" in form
    assert {a.get("name") for t, a in c.tags if t == "select"} == {"kind", "severity", "subject", "docs", "review"}
    assert len(run.findings) == 5 and len(cards) == 5


def test_ready_to_paste_entry_loads_as_a_review(tmp_path: Path) -> None:
    from claims.reviews import load_reviews

    entry = view.review_entry('fp "quoted" 1e5', "2025-11-20")
    (tmp_path / "reviews.yaml").write_text(entry, encoding="utf-8")
    r = load_reviews(tmp_path / "reviews.yaml")
    assert r.reviews[0].fingerprint == 'fp "quoted" 1e5' and r.reviews[0].status == "confirmed"
    assert str(r.reviews[0].on) == "2025-11-20"


def test_document_page_highlights_every_claim(fixture_report: Path) -> None:
    html = (fixture_report / "docs" / "zh-plan.html").read_text(encoding="utf-8")
    c = parse(html)
    marks = [a for t, a in c.tags if t == "mark"]
    zh_claims = [x for x in fixture_claims() if x.doc == "zh-plan"]
    assert {a["id"] for a in marks} == {view.anchor_id(x.id) for x in zh_claims}
    for a in marks:
        assert a["tabindex"] == "0" and a["data-tip"] and a["title"] == a["data-tip"]
    tip = next(a["data-tip"] for a in marks if a["id"] == view.anchor_id("zh-plan:0-0") or "bis.staff" in a["data-tip"])
    assert tip == "< 600 person (under) · bis.staff"
    assert 'class="doctext" lang="zh-Hans"' in html


def test_subjects_page(fixture_report: Path) -> None:
    html = (fixture_report / "subjects.html").read_text(encoding="utf-8")
    row = html[html.index('<tr id="s-bis.staff">') :]
    row = row[: row.index("</tr>")]
    assert "&lt; 600 person (under) <span class=\"note\">×2</span>" in row and "[500, 600] person (about)" in row
    assert 'href="index.html#fp-bis-staff-internal"' in row
    assert "open:percent:apple" not in html


def test_open_subjects_and_claims_index(fixture_report: Path) -> None:
    html = (fixture_report / "open.html").read_text(encoding="utf-8")
    assert "open:percent:apple" in html and "open:count:&lt;script&gt;" in html
    assert "rfi.submissions.total" not in html
    claims_html = (fixture_report / "claims.html").read_text(encoding="utf-8")
    rows = [a for t, a in parse(claims_html).tags if t == "tr" and "data-kind" in a]
    assert len(rows) == len(fixture_claims())
    assert 'table class="sortable" id="claims-table"' in claims_html


def test_chinese_labels(tmp_path: Path) -> None:
    run, claims, docs = fixture_run()
    html = render_index(run, claims, docs, lang="zh")
    assert '<html lang="zh-Hans">' in html and "概览" in html and "相互矛盾" in html
    # the Chinese message comes first in Chinese reports
    assert '<p class="message" lang="zh-Hans">rfi.submissions.total：10068' in html
    check_page(html)


def test_label_files_have_the_same_keys() -> None:
    en, zh = vars(load_labels("en")), vars(load_labels("zh"))
    assert set(en) == set(zh)
    assert all(isinstance(v, str) and v for v in [*en.values(), *zh.values()])
    with pytest.raises(ValueError):
        load_labels("fr")


def test_json_twins_are_stable_and_round_trip(fixture_report: Path, tmp_path: Path) -> None:
    text = (fixture_report / "report.json").read_text(encoding="utf-8")
    run = RunReport.model_validate_json(text)
    assert [f.fingerprint for f in run.findings][:2] == ["fp-rfi-0001", "fp-bis-staff-internal"]
    assert list(run.reviews) == sorted(run.reviews)
    lines = (fixture_report / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    cs = [Claim.model_validate_json(line) for line in lines]
    assert [(c.doc, c.start) for c in cs] == sorted((c.doc, c.start) for c in cs)
    # a shuffled input gives byte-identical twins
    r, claims, docs = fixture_run()
    shuffled = r.model_copy(update={"findings": tuple(reversed(r.findings)), "documents": tuple(reversed(r.documents))})
    write_report(shuffled, list(reversed(claims)), list(reversed(docs)), tmp_path / "again")
    for name in ("report.json", "claims.jsonl", "documents.jsonl", "index.html"):
        assert (tmp_path / "again" / name).read_bytes() == (fixture_report / name).read_bytes(), name


def test_rewrite_replaces_the_report_and_keeps_other_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run, claims, docs = fixture_run()
    out = tmp_path / "out"
    monkeypatch.setattr(render, "FINDINGS_PER_PAGE", 2)
    write_report(run, claims, docs, out)
    assert (out / "findings-3.html").exists()
    (out / ".policycheck.lock").write_text("", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "runs").mkdir()
    (out / "runs" / "a.json").write_text("{}", encoding="utf-8")
    inode = (out / ".policycheck.lock").stat().st_ino
    monkeypatch.setattr(render, "FINDINGS_PER_PAGE", 500)
    write_report(run, claims[:3], docs[:1], out)
    assert not (out / "findings-3.html").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "runs" / "a.json").exists()
    assert (out / ".policycheck.lock").stat().st_ino == inode  # a lock held on it stays valid
    assert len((out / "claims.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_crash_while_rendering_leaves_the_previous_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run, claims, docs = fixture_run()
    out = tmp_path / "out"
    write_report(run, claims, docs, out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def boom(self: render.Site):  # type: ignore[no-untyped-def]
        yield "index.html", "<p>half"
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(render.Site, "pages", boom)
    with pytest.raises(RuntimeError):
        write_report(run, claims[:1], docs, out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_output_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    run, claims, docs = fixture_run()
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(PolicycheckError) as e:
        write_report(run, claims, docs, tmp_path / "f")
    assert e.value.problems[0].code == "E401"


def test_large_findings_are_capped_and_paged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = fixture_documents()
    base = next(c for c in fixture_claims(docs) if c.subject == "bis.staff")
    many = tuple(base.model_copy(update={"id": f"{base.id}#{i}"}) for i in range(view.SIDE_CLAIMS + view.MORE_CLAIMS + 7))
    big = Finding(kind="contradiction", severity="error", rule="PC101", rule_name="x", subject="bis.staff", fingerprint="fp-big", message="m", claims=many)
    run, claims, _ = fixture_run()
    run = run.model_copy(update={"findings": run.findings + (big,)})
    monkeypatch.setattr(render, "CLAIMS_PER_PAGE", 5)
    write_report(run, claims, docs, tmp_path / "out")
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    card = html[html.index('id="fp-big"') :]
    card = card[: card.index("</article>")]
    assert card.count('<figure class="claim"') == view.SIDE_CLAIMS
    assert "7 more claims are not listed here" in card
    assert (tmp_path / "out" / "claims-5.html").exists() and not (tmp_path / "out" / "claims-6.html").exists()
    assert "This page lists claims 1–5 of 22" in (tmp_path / "out" / "claims.html").read_text(encoding="utf-8")


def test_long_sentences_are_cut_around_the_value() -> None:
    docs = fixture_documents()
    c = next(c for c in fixture_claims(docs) if c.doc == "en-plan")
    long = "word " * 400
    c2 = c.model_copy(update={"sentence": long + c.sentence + long, "sentence_start": c.sentence_start - len(long)})
    v = view.claim_view(c2, {d.id: d for d in docs})
    text = "".join(s.text for s in v.quote)
    assert len(text) <= view.QUOTE_LIMIT and c.text in text and v.cut_left and v.cut_right
    assert [s.text for s in v.quote if s.marked] == [c.text]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1&c=2", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("//evil.example/x", False),
        ("http:/no-host", False),
        ("https://user:pw@example.org/", False),
        ("https://example.org/\u202etxt.exe", False),
        ("file:///etc/passwd", False),
        ("", False),
        (None, False),
    ],
)
def test_only_plain_http_links(url: str | None, ok: bool) -> None:
    assert (view.safe_url(url) is not None) is ok


def test_file_names_and_ids_are_safe() -> None:
    for doc_id in ["../../etc/passwd", "con", ".hidden", "a/b\\c", "x" * 300, "空格 文档", "A", "a"]:
        slug = view.doc_slug(doc_id)
        assert re.fullmatch(r"[a-z0-9][a-z0-9_.-]{0,80}", slug), slug
        assert slug.split(".")[0] not in ("con", "nul") and ".." not in slug.replace("...", "")
    assert view.doc_slug("A") != view.doc_slug("a")  # distinct on case-insensitive file systems
    assert view.doc_slug("000_8935ac0b9ace9346") == "000_8935ac0b9ace9346"
    assert re.fullmatch(r"c-[A-Za-z0-9_.:-]+", view.anchor_id('doc "x" <y>:1-2'))
    assert view.finding_id("abc123") == "abc123" and view.finding_id("<x>").startswith("f-")


def test_values_read_naturally() -> None:
    assert view.format_value(q(None, 600, "person", "under", 600, high_open=True)) == "< 600 person (under)"
    assert view.format_value(q(10000, 20000, None, "plus", 10000, low_open=True, high_open=True)) == "(10,000, 20,000) (plus)"
    assert view.format_value(q(8755, 8755)) == "8,755"
    assert view.format_value(q(0.5, 0.5, "percent")) == "0.5 percent"
    # a date stated as a limit ("before 2028", 2025 年后) shows its side
    before = DateRange(start=dt.date(2028, 1, 1), end=dt.date(2028, 12, 31), granularity="year", bound="before")
    assert view.format_value(before) == "< 2028-01-01 – 2028-12-31"
    after = DateRange(granularity="month", anchor="unresolved", month=3, bound="on_or_after")
    assert view.format_value(after) == "≥ ????-03 (year unknown)"


def _scrub(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", "<style>…</style>", html, flags=re.S)
    html = re.sub(r"<script>.*?</script>", "<script>…</script>", html, flags=re.S)
    return re.sub(r"sha256-[A-Za-z0-9+/=]+", "sha256-…", html)


def test_index_golden(fixture_report: Path, update_golden: bool) -> None:
    html = _scrub((fixture_report / "index.html").read_text(encoding="utf-8"))
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(html, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"golden file {GOLDEN} was missing and has been written; review and commit it")
    assert html == GOLDEN.read_text(encoding="utf-8"), "index.html changed: review, then run pytest tests/reports --update-golden"


def test_json_data_block_is_escaped() -> None:
    run, claims, docs = fixture_run()
    html = render_index(run, claims, docs)
    block = re.search(r'<script type="application/json" id="pc-data">(.*?)</script>', html, re.S)
    assert block is not None and "<" not in block.group(1)
    assert json.loads(block.group(1))["shown"] == "{shown} of {total} findings shown"


def test_symlinked_output_folder_is_written_through(tmp_path: Path) -> None:
    run, claims, docs = fixture_run()
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    write_report(run, claims, docs, tmp_path / "link")
    assert (tmp_path / "link").is_symlink() and (real / "index.html").exists()
    write_report(run, claims, docs, tmp_path / "link")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "real"]

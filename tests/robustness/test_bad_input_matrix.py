"""The bad-input matrix, end to end through the real CLI (``flows.cli.main``, as the console
script runs it): every row is one strange input next to two good documents, run through
``extract``, ``crosscheck``, ``check`` (as a draft) and ``verify --no-prefect``.

For each row and command: the documented exit code; the problem named as ``path[:line:col]: CODE``
(on stderr for extract/crosscheck/check --format json, in report.json for verify); no traceback
anywhere; and the good documents of the same run still processed (their claims present).
docs/robustness.md has the table.
"""

from __future__ import annotations

import builtins
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.robustness.conftest import DRAFT, GOOD_IDS, SEEDS, copy_catalog, good_corpus

EN_CLAIM = "The AI Action Plan RFI drew 10,068 comments."
ZH_CLAIM = "美国政府收到了10068份意见，工业与安全局不足600名员工。"
ZH_HANT = "美國政府收到了10068份意見，工業與安全局不足600名員工。"


@dataclass(frozen=True)
class Row:
    id: str
    make: Callable[[Path], Path]  # writes the bad input into the corpus folder; returns its path
    code: str | None  # the problem expected, or None: the file loads
    line: int | None = None  # the line named with the code, when it applies
    claim: str | None = None  # for files that load: a claim text they must yield
    extra_arg: bool = False  # passed on the command line (not found by walking the folder)
    deny_open: bool = False  # reading it fails with EACCES (also when the tests run as root)
    draft: bool = True  # meaningful as a `check` draft
    tags: tuple[str, ...] = field(default=())


def _w(name: str, data: str | bytes, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
        return p

    return make


def _sparse_200mb(folder: Path) -> Path:
    p = folder / "huge.txt"
    p.write_bytes(b"The RFI drew 10,068 comments.\n")
    os.truncate(p, 200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    return p


def _symlink_loop(folder: Path) -> Path:
    a, b = folder / "loop.txt", folder / "loop2.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _nested_html(folder: Path) -> Path:
    body = "<div>" * 10_000 + f"<p>{EN_CLAIM}</p>" + "</div>" * 10_000
    return _w("nested.html", f"<html><body>{body}</body></html>")(folder)


def _scripts_html(folder: Path) -> Path:
    junk = "<script>alert(1); var n = 99999;</script><style>p::after{content:'777 people'}</style><noscript>888 staff</noscript>" * 3000
    return _w("scripts.html", f"<html><head>{junk}</head><body>{junk}<article><p>{EN_CLAIM}</p></article>{junk}</body></html>")(folder)


def _bad_sources(folder: Path) -> Path:
    return _w("sources.yaml", "- file: good_en.txt\n  title: ok\n- file: good_zh.md\n  date: 2025-13-45\n")(folder)


ROWS = [
    Row("empty", _w("empty.txt", b""), "E105"),
    Row("binary", _w("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50), "E103"),
    Row("invalid_utf8", _w("latin.txt", b"abc \xff\xfe\xfa\xfb\xfc\xc0\xc1 def \x80\x81\x82\x83\x84 xyz\xff\xfe"), "E104"),
    Row("utf16_bom", _w("utf16.txt", EN_CLAIM, "utf-16"), None, claim="10,068 comments"),
    Row("gbk", _w("gbk.txt", ZH_CLAIM, "gbk"), None, claim="10068份"),
    Row("big5", _w("big5.txt", ZH_HANT, "big5"), None, claim="10068份"),
    Row("file_200mb", _sparse_200mb, "E106"),
    Row("number_10000_digits", _w("digits.txt", EN_CLAIM + " The total was " + "7" * 10_000 + " dollars.\n"), None, claim="10,068 comments"),
    Row("deeply_nested_html", _nested_html, None, claim="10,068 comments"),
    Row("html_scripts_styles", _scripts_html, None, claim="10,068 comments"),
    Row("html_comment_left_open", _w("open_comment.html", f"<html><body><p>{EN_CLAIM}</p><!--" + "a" * 300_000), None, claim="10,068 comments"),
    Row("chinese_line_without_spaces", _w("zh_line.txt", ZH_CLAIM + "美国政府发布了行动计划" * 30_000), None, claim="10068份"),
    Row("broken_front_matter", _w("broken.md", "---\ntitle: [unclosed\ndate: 2025-01-01\n---\nBody 10068.\n"), "E107", line=3),
    Row("front_matter_wrong_types", _w("types.md", "---\ntitle: ok\ndate: [1, 2]\n---\nBody 10068.\n"), "E108", line=3),
    Row("front_matter_impossible_date", _w("nodate.md", "---\ntitle: ok\ndate: 2024-13-45\n---\nBody 10068.\n"), "E108", line=3),
    Row("unreadable", _w("locked.txt", EN_CLAIM), "E102", deny_open=True),
    Row("symlink_loop", _symlink_loop, "E110"),
    Row("path_does_not_exist", lambda folder: folder.parent / "missing.txt", "E101", extra_arg=True),
    Row("unsupported_type", _w("slides.pdf", b"%PDF-1.4 10068"), "E109", extra_arg=True),
    Row("broken_sources_yaml", _bad_sources, "E204", line=4, draft=False),
]


def rows(pred: Callable[[Row], bool] = lambda r: True) -> pytest.MarkDecorator:
    chosen = [r for r in ROWS if pred(r)]
    return pytest.mark.parametrize("r", chosen, ids=[r.id for r in chosen])


@pytest.fixture
def row(r: Row, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Row, Path, Path]:
    corpus = good_corpus(tmp_path / "corpus")
    bad = r.make(corpus)
    if r.deny_open:
        real_open = builtins.open

        def deny(file: object, *a: object, **k: object) -> object:
            if str(file) == str(bad):
                raise PermissionError(13, "Permission denied", str(bad))
            return real_open(file, *a, **k)  # type: ignore[call-overload]

        monkeypatch.setattr(builtins, "open", deny)
    return r, corpus, bad


def named(text: str, r: Row, bad: Path) -> bool:
    """``path[:line:col]: CODE`` in ``text``."""
    loc = re.escape(str(bad)) + (rf":{r.line}:\d+" if r.line else r"(?::\d+(?::\d+)?)?")
    return re.search(rf"{loc}: {r.code} ", text) is not None


def _args(r: Row, corpus: Path, bad: Path) -> list[Path]:
    return [corpus, bad] if r.extra_arg else [corpus]


@rows()
def test_extract(row: tuple[Row, Path, Path], cli) -> None:
    r, corpus, bad = row
    res = cli("extract", *_args(r, corpus, bad), "--format", "json")
    assert res.rc == 0, res.err
    claims = res.json()
    docs = {c["doc"] for c in claims}
    assert GOOD_IDS <= docs, "the good documents of the run were not processed"
    if r.code:
        assert named(res.err, r, bad), res.err
    else:
        assert res.err == ""
        mine = [c for c in claims if c["doc"] not in GOOD_IDS]
        assert any(r.claim in c["text"] for c in mine), mine
        assert all(len(re.sub(r"\D", "", c["text"])) <= 40 for c in claims)  # never the 10,000-digit run
        assert not any("alert" in c["sentence"] or "777" in c["text"] or "888" in c["text"] for c in claims)


@rows()
def test_crosscheck(row: tuple[Row, Path, Path], cli) -> None:
    r, corpus, bad = row
    res = cli("crosscheck", *_args(r, corpus, bad), "--format", "json", "--no-cache")
    assert res.rc == 0, res.err
    data = res.json()
    loaded = 2 + (r.code is None)
    assert data["documents"] == loaded and data["claims"] >= 3
    if r.code:
        assert named(res.err, r, bad), res.err
        assert any(p["code"] == r.code and p["path"] == str(bad) for p in data["problems"])


@rows(lambda r: r.draft)
def test_check_as_draft(row: tuple[Row, Path, Path], cli, tmp_path: Path) -> None:
    r, corpus, bad = row
    good = tmp_path / "draft.md"
    good.write_text(DRAFT, encoding="utf-8")
    res = cli("check", good, bad, "--corpus", SEEDS, "--format", "json", "--no-cache")
    data = res.json()
    flagged = {c["doc"] for f in data["findings"] for c in f["claims"]}
    assert "draft" in flagged, "the readable draft was not checked"
    if r.code:
        assert res.rc == 2  # an unreadable draft is bad input; the others are still checked
        assert named(res.err, r, bad), res.err
        assert any(p["code"] == r.code and p["path"] == str(bad) for p in data["problems"])
    else:
        assert res.rc == 1 and not data["problems"]  # 1: the good draft contradicts the corpus


@rows(lambda r: r.draft and r.code is not None)
def test_check_text_format_names_the_file(row: tuple[Row, Path, Path], cli, tmp_path: Path) -> None:
    r, corpus, bad = row
    good = tmp_path / "draft.md"
    good.write_text(DRAFT, encoding="utf-8")
    res = cli("check", good, bad, "--corpus", SEEDS, "--no-cache")
    assert res.rc == 2
    assert named(res.both, r, bad), res.both  # the text report lists input problems with the findings
    assert "10,086" in res.out


@rows(lambda r: not r.extra_arg)  # verify takes one corpus folder
def test_verify_no_prefect(row: tuple[Row, Path, Path], cli, tmp_path: Path) -> None:
    r, corpus, bad = row
    out = tmp_path / "out"
    res = cli("verify", corpus, "--out", out, "--no-prefect")
    assert res.rc == 0, res.err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    ids = {d["id"] for d in report["documents"]}
    assert GOOD_IDS <= ids
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert GOOD_IDS <= {c["doc"] for c in claims}
    assert (out / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    if r.code:
        hits = [p for p in report["problems"] if p["code"] == r.code and p["path"] == str(bad)]
        assert hits, report["problems"]
        if r.line:
            assert hits[0]["line"] == r.line
        html = (out / "index.html").read_text(encoding="utf-8")
        assert r.code in html  # the reviewer sees the skipped input in the report
    else:
        assert len(ids) == 3 and not report["problems"]


# ---- rows that are not one bad document ------------------------------------------------------------


def test_path_does_not_exist_alone(cli, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    for argv, rc in [(("extract", missing), 2), (("crosscheck", missing, "--no-cache"), 2),
                     (("verify", missing, "--out", tmp_path / "out", "--no-prefect"), 2),
                     (("check", tmp_path / "d.md", "--corpus", missing, "--no-cache"), 2)]:
        res = cli(*argv)
        assert res.rc == rc
        assert re.search(r"E101", res.both) and (str(missing) in res.both or "d.md" in res.both), res.both


def _broken_catalog(tmp_path: Path) -> tuple[Path, list[tuple[str, int, str]]]:
    cat = copy_catalog(tmp_path / "catalog")
    rfi = cat / "subjects" / "rfi.yaml"
    lines = rfi.read_text(encoding="utf-8").split("\n")
    a, b = lines.index("  submissions.total:"), lines.index("  submissions.individual:")
    dup_line = len(lines) + 1
    rfi.write_text("\n".join(lines + lines[a:b]) + "\n", encoding="utf-8")  # the same subject twice
    exp = cat / "subjects" / "export_controls.yaml"
    text = exp.read_text(encoding="utf-8")
    unit_line = text[: text.index("    unit: [people]")].count("\n") + 1
    exp.write_text(text.replace("    unit: [people]", "    unit: [parcels]", 1), encoding="utf-8")
    nc = cat / "lexicon" / "non_claims.yaml"
    text = nc.read_text(encoding="utf-8")
    good = "(?P<number>ASL-\\d)"
    regex_line = text[: text.index(good)].count("\n") + 1
    nc.write_text(text.replace(good, "(?P<number>ASL-\\d", 1), encoding="utf-8")
    return cat, [(str(rfi), dup_line, "duplicate key 'submissions.total'"),
                 (str(exp), unit_line, "unknown unit 'parcels'"),
                 (str(nc), regex_line, "invalid regular expression")]


def test_broken_catalog_lists_every_problem(cli, tmp_path: Path) -> None:
    cat, expected = _broken_catalog(tmp_path)
    corpus = good_corpus(tmp_path / "corpus")
    res = cli("extract", corpus, "--catalog", cat)
    assert res.rc == 2 and res.out == ""
    for path, line, words in expected:
        assert re.search(rf"{re.escape(path)}:{line}:\d+: E201 .*{re.escape(words)}", res.err), (path, line, res.err)


def test_stale_reviews_are_listed_and_the_run_goes_on(cli, tmp_path: Path) -> None:
    corpus = good_corpus(tmp_path / "corpus")
    (corpus / "reviews.yaml").write_text(
        '- fingerprint: "0123456789abcdef0123"\n  status: dismissed\n  note: an old decision\n  by: li\n  on: 2025-01-01\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    res = cli("verify", corpus, "--out", out, "--no-prefect")
    assert res.rc == 0, res.err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert GOOD_IDS <= {d["id"] for d in report["documents"]}
    assert not [p for p in report["problems"] if p["code"] == "E203"]  # unknown fingerprints are not an error
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="stale"' in html and "0123456789abcdef0123" in html


def test_broken_reviews_file_is_e203_and_the_run_goes_on(cli, tmp_path: Path) -> None:
    corpus = good_corpus(tmp_path / "corpus")
    (corpus / "reviews.yaml").write_text('- fingerprint: "0123456789abcdef0123"\n  status: maybe\n', encoding="utf-8")
    out = tmp_path / "out"
    res = cli("verify", corpus, "--out", out, "--no-prefect")
    assert res.rc == 0, res.err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    hits = [p for p in report["problems"] if p["code"] == "E203"]
    assert hits and hits[0]["path"].endswith("reviews.yaml") and hits[0]["line"] == 2
    assert GOOD_IDS <= {d["id"] for d in report["documents"]}


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_broken_reference_for_check(cli, tmp_path: Path, fmt: str) -> None:
    ref = tmp_path / "reference.yaml"
    ref.write_text("facts:\n  - subject: rfi.submissions.total\n    value: [unclosed\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    res = cli("check", draft, "--corpus", SEEDS, "--reference", ref, "--format", fmt, "--no-cache")
    assert res.rc == 2
    assert re.search(rf"{re.escape(str(ref))}:\d+:\d+: E202 ", res.both), res.both
    assert "10,086" in res.out  # the draft is still checked against the corpus


def test_broken_reference_for_crosscheck(cli, tmp_path: Path) -> None:
    corpus = good_corpus(tmp_path / "corpus")
    (corpus / "reference.yaml").write_text("facts:\n  - subject: x\n    colour: red\n", encoding="utf-8")
    res = cli("crosscheck", corpus, "--no-cache")
    assert res.rc == 2
    assert re.search(rf"{re.escape(str(corpus / 'reference.yaml'))}:\d+:\d+: E202 ", res.err), res.err


def test_usage_errors_are_one_line(cli, tmp_path: Path) -> None:
    for argv in [("extract",), ("check", "x.md", "--fail-on", "everything", "--corpus", SEEDS), ("verify", "--no-such-option"), ("nonsense",)]:
        res = cli(*argv)
        assert res.rc == 2
        assert "E401" in res.err, res.err


@pytest.mark.slow
def test_one_line_of_10mb(cli, tmp_path: Path) -> None:
    """Ordinary text (the seeds' bodies) on ONE line of 10 MB: read and extracted in linear time
    (a claim's paragraph used to be its whole line: quadratic, hours for this file)."""
    from tests.robustness.adversarial import ordinary

    corpus = good_corpus(tmp_path / "corpus")
    unit = ordinary(200_000).replace("\n", " ")
    size = len(unit.encode("utf-8"))
    (corpus / "oneline.txt").write_text(unit * (10_000_000 // size + 1), encoding="utf-8")
    assert (corpus / "oneline.txt").stat().st_size >= 10_000_000
    res = cli("extract", corpus, "--format", "jsonl")
    assert res.rc == 0 and res.err == ""
    docs = [json.loads(line)["doc"] for line in res.out.splitlines()]
    assert GOOD_IDS <= set(docs) and docs.count("oneline") > 1000


def test_control_characters_in_file_names_never_reach_the_terminal(cli, tmp_path: Path) -> None:
    """A file named ``evil<ESC>[31m…<BEL><newline>fake.txt: E101 forged.txt`` (empty, so it is
    reported): its name is shown with \\x1b / \\u001b escapes, on one line, in every command."""
    corpus = good_corpus(tmp_path / "corpus")
    bad = corpus / "evil\x1b[31mRED\x1b]0;pwned\x07\nfake.txt: E101 forged\u202e.txt"
    bad.write_bytes(b"")
    runs = [
        cli("extract", corpus),
        cli("crosscheck", corpus, "--no-cache"),
        cli("check", bad, "--corpus", SEEDS, "--no-cache"),
        cli("check", bad, "--corpus", SEEDS, "--no-cache", "--format", "concise"),
        cli("verify", corpus, "--out", tmp_path / "out", "--no-prefect"),
    ]
    for res in runs:
        for ch in ("\x1b", "\x07", "\u202e"):
            assert ch not in res.out and ch not in res.err, (ch, res)
        for stream in (res.out, res.err):  # one line per problem: no forged line
            assert len([ln for ln in stream.splitlines() if "E105" in ln]) <= 1
            assert not any(ln.startswith("fake.txt") for ln in stream.splitlines())
    assert any("E105" in r.both for r in runs[:4])

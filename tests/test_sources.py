"""claims.sources: sources.yaml models and loading; seeds/sources.yaml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claims.documents import load_corpus, load_document
from claims.errors import PolicycheckError, format_problem
from claims.model import Problem
from claims.sources import SourceEntry, SourcesFile, load_sources

from .conftest import SEEDS

LOADER = Path(__file__).parent / "data" / "loader"


def write_sources(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "sources.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def fails(folder: Path, code: str) -> list[Problem]:
    with pytest.raises(PolicycheckError) as info:
        load_sources(folder)
    problems = info.value.problems
    assert problems and {p.code for p in problems} == {code}, problems
    for p in problems:
        assert p.path == str(folder / "sources.yaml")
        assert p.path in format_problem(p)
    return problems


def test_no_sources_file_is_none(tmp_path: Path) -> None:
    assert load_sources(tmp_path) is None


def test_list_form(tmp_path: Path) -> None:
    write_sources(tmp_path, "- file: a.txt\n  date: 2024-01-02\n  language: zh-Hant\n- url: https://example.org/x\n")
    sf = load_sources(tmp_path)
    assert sf is not None
    assert sf.files()["a.txt"].date == dt.date(2024, 1, 2)
    assert [e.url for e in sf.urls()] == ["https://example.org/x"]


def test_mapping_form_and_empty(tmp_path: Path) -> None:
    write_sources(tmp_path, "sources:\n  - file: sub/a.md\n    title: 标题\n")
    sf = load_sources(tmp_path)
    assert sf is not None and sf.files()["sub/a.md"].title == "标题"
    write_sources(tmp_path, "# nothing yet\n")
    sf = load_sources(tmp_path)
    assert sf is not None and sf.sources == ()


@pytest.mark.parametrize(
    "text,line,words",
    [
        ("- file: a.txt\n  url: https://x.org/\n", 1, "exactly one"),
        ("- title: no target\n", 1, "exactly one"),
        ("- file: a.txt\n- url: ftp://x.org/file\n", 2, "http"),
        ("- file: a.txt\n  colour: red\n", 2, "colour"),
        ("- file: a.txt\n  date: someday\n", 2, "date"),
        ("- file: a.txt\n  language: klingon\n", 2, "language"),
        ("sources:\n  - file: a.txt\n    source_url: javascript:alert(1)\n", 3, "http"),
        ("- file: a.txt\n  title: [unclosed\n", 3, "YAML"),
    ],
)
def test_invalid_entries_name_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    write_sources(tmp_path, text)
    (p,) = fails(tmp_path, "E204")
    assert p.line == line, p
    assert words in p.message


@pytest.mark.parametrize("file", ["../outside.txt", "/etc/passwd.txt", "sub/../../x.txt"])
def test_file_entries_escaping_the_folder(tmp_path: Path, file: str) -> None:
    write_sources(tmp_path / "c", f"- file: ok.txt\n- file: '{file}'\n")
    (p,) = fails(tmp_path / "c", "E110")
    assert p.line == 2 and file in p.message


def test_symlink_escape(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "link").symlink_to(tmp_path / "out")
    write_sources(tmp_path / "c", "- file: link/a.txt\n")
    fails(tmp_path / "c", "E110")


def test_impossible_date_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    write_sources(tmp_path, "- file: a.txt\n  date: 2024-13-45\n")
    (p,) = fails(tmp_path, "E204")
    assert "month" in p.message


def test_entry_model_is_strict_and_frozen() -> None:
    e = SourceEntry(file="a.txt", title="T")
    assert e.metadata() == {"title": "T"}
    with pytest.raises(Exception):
        SourceEntry(file="a.txt", unknown=1)  # type: ignore[call-arg]
    with pytest.raises(Exception):
        e.title = "x"  # type: ignore[misc]
    assert SourcesFile.model_json_schema()["title"] == "SourcesFile"


def test_corpus_reports_bad_sources_and_still_loads(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("美国人工智能行动计划提出了90余项政策行动。", encoding="utf-8")
    write_sources(tmp_path, "- file: doc.txt\n  date: not-a-date\n")
    docs, problems = load_corpus([tmp_path])
    assert [d.id for d in docs] == ["doc"] and docs[0].date is None
    assert [(p.code, p.line) for p in problems] == [("E204", 2)]


def test_sources_date_used_when_file_has_none(tmp_path: Path) -> None:
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "doc.md").write_text("---\ntitle: 前言\n---\n正文：共有292家公司发声。", encoding="utf-8")
    write_sources(tmp_path, "- file: n/doc.md\n  title: 别的标题\n  date: 2025-04-25\n  publisher: 某社\n")
    docs, problems = load_corpus([tmp_path])
    assert problems == []
    (d,) = docs
    assert (d.title, d.date, d.date_source, d.publisher) == ("前言", dt.date(2025, 4, 25), "sources", "某社")
    # loading the file on its own finds its folder's sources.yaml only when given extra_metadata
    assert load_document(tmp_path / "n" / "doc.md").date is None


def test_fixture_sources_have_url_entries() -> None:
    sf = load_sources(LOADER / "corpus")
    assert sf is not None
    assert [e.url for e in sf.urls()] == ["https://example.org/remote-article"]


# ---- seeds/sources.yaml --------------------------------------------------------------------------


def test_seed_sources_cover_every_seed_with_evidence() -> None:
    sf = load_sources(SEEDS)
    assert sf is not None
    files = sf.files()
    assert sorted(files) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name, entry in files.items():
        assert entry.notes and len(entry.notes) > 40, name
        assert entry.language is not None
        doc = load_document(SEEDS / name)
        assert doc.language == entry.language, name


def test_seed_sources_claim_nothing_the_documents_do_not_say() -> None:
    sf = load_sources(SEEDS)
    assert sf is not None
    for name, entry in sf.files().items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        for value in (entry.title, entry.title_original, entry.source_url, entry.author):
            if value:
                assert value in text, (name, value)
        if entry.publisher:
            assert entry.publisher[:3] in text or entry.publisher in text, (name, entry.publisher)
        if entry.date:
            assert entry.date.isoformat() in text, (name, entry.date)
    dated = {n: e.date for n, e in sf.files().items() if e.date}
    assert list(dated.values()) == [dt.date(2025, 11, 20)] and next(iter(dated)).startswith("000")


def test_alias_bomb_in_sources_yaml(tmp_path: Path) -> None:
    bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
    )
    write_sources(tmp_path, bomb)
    (p,) = fails(tmp_path, "E204")
    assert "aliases" in p.message


def test_a_file_given_directly_uses_its_folders_sources_yaml() -> None:
    (path,) = SEEDS.glob("002_*.txt")
    docs, problems = load_corpus([path])
    assert problems == [] and docs[0].publisher == "新智元"


def test_escaping_entry_reported_once_and_documents_still_load(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("共有292家公司发声。", encoding="utf-8")
    write_sources(tmp_path, "- file: a.txt\n  publisher: X\n- file: ../../etc/passwd\n")
    docs, problems = load_corpus([tmp_path])
    assert [(d.id, d.publisher) for d in docs] == [("a", "X"), ("b", None)]  # the valid entry is used
    assert [(p.code, p.line) for p in problems] == [("E110", 3)]
    kept: list[Problem] = []
    sf = load_sources(tmp_path, problems=kept)
    assert sf is not None and list(sf.files()) == ["a.txt"] and [p.code for p in kept] == ["E110"]

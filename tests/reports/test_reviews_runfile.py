"""reviews.yaml (claims.reviews), saved runs (reports.runfile) and ``policycheck report``."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from claims.errors import PolicycheckError
from claims.reviews import apply_reviews, load_reviews, stale_messages
from flows.cli import main
from reports.runfile import read_claims, read_run, read_saved
from tests.report_fixtures import findings


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "reviews.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_reviews_load_match_and_stale(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        '- fingerprint: "fp-rfi-0001"\n  status: confirmed\n  note: EN is wrong\n  by: li\n  on: 2025-11-02\n'
        '- fingerprint: "fp-gone"\n  status: dismissed\n'
        '- fingerprint: "fp-bis-budget"\n  status: explained\n  expires: 2025-01-01\n',
    )
    r = load_reviews(p)
    assert [e.fingerprint for e in r.reviews] == ["fp-rfi-0001", "fp-gone", "fp-bis-budget"]
    assert r.lines == (1, 6, 8)
    assert r.reviews[0].on == dt.date(2025, 11, 2)  # the unquoted `on:` key (YAML 1.1 true) is understood
    applied = apply_reviews(r, findings(), today=dt.date(2025, 11, 20))
    assert applied.matched == ("fp-rfi-0001",)  # fp-bis-budget expired
    assert [e.fingerprint for e in applied.stale] == ["fp-gone"]
    assert applied.reviews["fp-rfi-0001"] == {"status": "confirmed", "note": "EN is wrong", "by": "li", "on": "2025-11-02"}
    assert stale_messages(r, applied.stale) == [f"{p}:6: stale review: fingerprint 'fp-gone' matches no finding; remove the entry"]


def test_reviews_mapping_form_and_empty_file(tmp_path: Path) -> None:
    assert load_reviews(_write(tmp_path, "reviews:\n  - fingerprint: a\n    status: dismissed\n")).reviews[0].status == "dismissed"
    assert load_reviews(_write(tmp_path, "# nothing yet\n")).reviews == ()


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("- fingerprint: a\n  status: maybe\n", 2, "status"),
        ("- fingerprint: a\n  status: confirmed\n  colour: red\n", 3, "colour"),
        ("- fingerprint: a\n  status: confirmed\n- fingerprint: a\n  status: dismissed\n", 3, "reviewed twice"),
        ("- fingerprint: a\n  status: [unclosed\n", 3, "invalid YAML"),
        ("- fingerprint: 12345\n  status: confirmed\n", 1, "fingerprint"),
        ("- status: confirmed\n", 1, "fingerprint"),
        ("just a string\n", 1, "list of review entries"),
    ],
)
def test_broken_reviews_name_file_and_line(tmp_path: Path, text: str, line: int, needle: str) -> None:
    p = _write(tmp_path, text)
    with pytest.raises(PolicycheckError) as e:
        load_reviews(p)
    prob = e.value.problems[0]
    assert prob.code == "E203" and prob.path == str(p) and prob.line == line
    assert needle in prob.message


def test_read_run_errors_are_e403(tmp_path: Path) -> None:
    cases = {
        "missing.json": None,
        "bad.json": '{"schema_version": 1,',
        "other.json": '{"hello": 1}',
        "future.json": '{"schema_version": 9}',
        "invalid.json": '{"schema_version": 1, "tool_version": 3}',
    }
    for name, text in cases.items():
        if text is not None:
            (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(PolicycheckError) as e:
            read_run(tmp_path / name)
        assert e.value.problems[0].code == "E403" and e.value.problems[0].path == str(tmp_path / name)
    (tmp_path / "claims.jsonl").write_text('\n{"id": 1}\n', encoding="utf-8")
    with pytest.raises(PolicycheckError) as e:
        read_claims(tmp_path / "claims.jsonl")
    assert e.value.problems[0].line == 2


def test_report_command_rerenders_a_saved_run(fixture_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved"
    shutil.copytree(fixture_report, saved)
    out = tmp_path / "zh"
    assert main(["report", str(saved / "report.json"), "--out", str(out), "--lang", "zh"]) == 0
    assert "wrote" in capsys.readouterr().out
    assert (out / "report.json").read_bytes() == (saved / "report.json").read_bytes()
    assert (out / "claims.jsonl").read_bytes() == (saved / "claims.jsonl").read_bytes()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-Hans">' in index
    assert 'tabindex="0" title="10,068 · rfi.submissions.total" data-tip="10,068 · rfi.submissions.total">10068份</mark>' in (
        out / "docs" / "zh-plan.html"
    ).read_text(encoding="utf-8")
    # in place: re-rendering into the folder it reads from works
    assert main(["report", str(out / "report.json"), "--out", str(out)]) == 0
    assert '<html lang="en">' in (out / "index.html").read_text(encoding="utf-8")


def test_report_command_without_documents_jsonl(fixture_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved"
    shutil.copytree(fixture_report, saved)
    (saved / "documents.jsonl").unlink()
    out = tmp_path / "out"
    assert main(["report", str(saved / "report.json"), "--out", str(out)]) == 0
    assert "documents.jsonl not found" in capsys.readouterr().err
    page = (out / "docs" / "zh-plan.html").read_text(encoding="utf-8")
    assert "text of this document is not available" in page  # fixture paths do not exist: claims only
    run, claims, docs = read_saved(out / "report.json")
    assert docs == [] and len(claims) == 22


def test_report_command_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r.json").write_text(json.dumps({"schema_version": 1}), encoding="utf-8")
    assert main(["report", str(tmp_path / "r.json"), "--out", str(tmp_path / "o")]) == 2
    assert "E403" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "none.json"), "--out", str(tmp_path / "o")]) == 2
    with pytest.raises(SystemExit) as e:
        main(["report", str(tmp_path / "r.json")])
    assert e.value.code == 2

"""The verify flow under Prefect's test harness (one server for the session): outputs, cache,
history, reviews, failure, lock, URL sources, artifacts, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from claims.errors import PolicycheckError
from claims.model import RunReport
from flows import history, pipeline

pytestmark = [pytest.mark.prefect, pytest.mark.usefixtures("prefect_harness")]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def verify() -> Callable[..., dict[str, Any]]:
    from flows.verify import verify_flow

    def run(corpus: Path, out: Path, **kw: Any) -> dict[str, Any]:
        kw.setdefault("batch_size", 2)
        return verify_flow(corpus=str(corpus), out=str(out), **kw)

    return run


@pytest.fixture
def extract_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the documents the real extractor is called on (tasks run in threads here)."""
    calls: list[str] = []
    real = pipeline.extract_one

    def counting(doc: Any, catalog: Any, reference_date: Any) -> Any:
        calls.append(doc.id)
        return real(doc, catalog, reference_date)

    monkeypatch.setattr(pipeline, "extract_one", counting)
    return calls


def _report(out: Path) -> RunReport:
    return RunReport.model_validate_json((out / "report.json").read_bytes())


def _by_rule(report: RunReport, rule: str) -> list[Any]:
    return [f for f in report.findings if f.rule == rule]


def test_run_writes_the_three_outputs_and_history(corpus: Path, tmp_path: Path, verify: Any) -> None:
    out = tmp_path / "out"
    s = verify(corpus, out)
    for name in ("index.html", "report.json", "claims.jsonl"):
        assert (out / name).is_file(), name
        assert (out / "latest" / name).is_file(), name
    report = _report(out)
    assert len(report.documents) == 5 == s["documents"]
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(claims) == s["claims"] > 0
    assert {"doc", "start", "end", "text", "sentence", "subject", "kind", "value"} <= set(claims[0])
    assert history.list_runs(out) == [s["run_id"]] and history.latest_run_id(out) == s["run_id"]
    assert all(v == "new" for v in report.status.values())
    run_json = json.loads((out / "runs" / s["run_id"] / "run.json").read_text())
    assert run_json["documents"] == 5 and run_json["extracted"] == 5
    assert not (out / ".policycheck.lock").read_text()  # released


def test_artifacts_are_readable_through_the_api(corpus: Path, tmp_path: Path, verify: Any) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    s = verify(corpus, tmp_path / "out")
    with get_client(sync_client=True) as client:
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[s["flow_run_id"]])))
    by_key = {a.key: a for a in arts if a.key}
    assert {"policycheck-summary", "policycheck-findings", "policycheck-report"} <= set(by_key)
    assert by_key["policycheck-summary"].type == "markdown" and s["run_id"] in str(by_key["policycheck-summary"].data)
    assert "file://" in str(by_key["policycheck-report"].data)  # link artifacts are stored as markdown links
    table = by_key["policycheck-findings"].data
    table = json.loads(table) if isinstance(table, str) else table
    assert len(table) == s["findings"]
    assert any(a.type == "progress" for a in arts)


def test_unchanged_corpus_is_not_extracted_again(corpus: Path, tmp_path: Path, verify: Any, extract_calls: list[str]) -> None:
    out = tmp_path / "out"
    first = verify(corpus, out)
    assert sorted(extract_calls) == sorted(d.id for d in _report(out).documents)
    extract_calls.clear()
    second = verify(corpus, out)
    assert extract_calls == []
    assert second["cached_batches"] == second["batches"] == 3 and second["extracted"] == 0
    assert first["files_read"] == 5 and second["files_read"] == 0  # unchanged files are not read again either
    assert _report(out).model_dump(exclude={"generated_at", "status"}) == RunReport.model_validate_json(
        (out / "runs" / first["run_id"] / "report.json").read_bytes()
    ).model_dump(exclude={"generated_at", "status"})
    # one changed document: its batch runs again, and only it is extracted (its batch mate comes from the store)
    target = sorted(corpus.glob("*.txt"))[2]
    target.write_text(target.read_text(encoding="utf-8") + "\n另有 42 份补充意见。\n", encoding="utf-8")
    third = verify(corpus, out)
    assert extract_calls == [target.stem]
    assert third["extracted"] == 1 and third["from_store"] == 1 and third["cached_batches"] == 2
    assert third["files_read"] == 1
    assert len(list((out / ".cache" / "prefect").glob("policycheck-extract-*"))) == 3  # the stale batch result is gone


def test_store_serves_claims_when_batches_shift(corpus: Path, tmp_path: Path, verify: Any, extract_calls: list[str]) -> None:
    out = tmp_path / "out"
    verify(corpus, out)
    extract_calls.clear()
    s = verify(corpus, out, batch_size=3)  # other batches: no Prefect cache hit, every document from the store
    assert extract_calls == [] and s["from_store"] == 5 and s["cached_batches"] == 0


def test_history_marks_new_unchanged_resolved(corpus: Path, tmp_path: Path, verify: Any) -> None:
    out = tmp_path / "out"
    verify(corpus, out)
    before = _report(out)
    gone = sorted(corpus.glob("003_*.txt"))[0]
    saved = gone.read_text(encoding="utf-8")
    gone.unlink()
    verify(corpus, out)
    after = _report(out)
    involved = {f.fingerprint for f in before.findings if any(c.doc == gone.stem for c in f.claims)}
    assert involved, "the seeds have findings involving document 003"
    assert {f.fingerprint for f in after.resolved} == involved
    for fp in involved:
        assert after.status[fp] == "resolved"
    for f in after.findings:
        assert after.status[f.fingerprint] == ("unchanged" if f.fingerprint in {g.fingerprint for g in before.findings} else "new")
    gone.write_text(saved, encoding="utf-8")
    verify(corpus, out)
    again = _report(out)
    assert {fp for fp, st in again.status.items() if st == "new"} == involved
    assert again.resolved == ()


def test_dismissed_stays_dismissed_until_its_evidence_changes(corpus: Path, tmp_path: Path, verify: Any) -> None:
    out = tmp_path / "out"
    verify(corpus, out)
    titles = _by_rule(_report(out), "PC103")
    assert titles, "the seeds have a title mismatch (PC103)"
    fp = titles[0].fingerprint
    (corpus / "reviews.yaml").write_text(
        f'- fingerprint: "{fp}"\n  status: dismissed\n  note: "same plan, shortened title"\n  by: test\n  on: 2025-11-20\n',
        encoding="utf-8",
    )
    doc = next(corpus.glob("003_*.txt"))
    # an edit elsewhere in the document: same evidence, still dismissed
    doc.write_text(doc.read_text(encoding="utf-8") + "\n编者按：本文有删节。\n", encoding="utf-8")
    verify(corpus, out)
    r = _report(out)
    assert r.status[fp] == "unchanged" and r.reviews[fp]["status"] == "dismissed"
    # the evidence changes: a new fingerprint, no review applies, the finding is back
    text = doc.read_text(encoding="utf-8")
    assert "Winning the Race" in text
    doc.write_text(text.replace("Winning the Race", "Winning the AI Race Now"), encoding="utf-8")
    verify(corpus, out)
    r = _report(out)
    now = _by_rule(r, "PC103")
    assert now and all(f.fingerprint != fp for f in now)
    for f in now:
        assert r.status[f.fingerprint] == "new"
        assert f.fingerprint not in r.reviews
    assert r.status[fp] == "resolved"


def test_failed_run_leaves_the_previous_report(corpus: Path, tmp_path: Path, verify: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    first = verify(corpus, out)
    saved = {n: (out / n).read_bytes() for n in ("index.html", "report.json", "claims.jsonl")}

    def broken_render(*args: Any, **kwargs: Any) -> None:
        target = Path(args[3])
        target.mkdir(parents=True, exist_ok=True)
        (target / "index.html").write_text("half-written")
        raise RuntimeError("render crashed")

    monkeypatch.setattr(pipeline, "render", broken_render)
    (corpus / "new.txt").write_text("The RFI drew 9,999 submissions.\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="render crashed"):
        verify(corpus, out)
    assert {n: (out / n).read_bytes() for n in saved} == saved
    assert history.list_runs(out) == [first["run_id"]] and history.latest_run_id(out) == first["run_id"]
    assert not (out / ".policycheck.lock").read_text()


@pytest.fixture
def lock_holder(tmp_path: Path) -> Iterator[Path]:
    out = tmp_path / "busy"
    code = textwrap.dedent(
        f"""
        import sys
        from flows.lock import OutputLock
        with OutputLock({str(out)!r}, run_id="other-run"):
            print("held", flush=True)
            sys.stdin.read()
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield out
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_concurrent_run_is_refused(corpus: Path, verify: Any, lock_holder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(PolicycheckError) as err:
        verify(corpus, lock_holder)
    assert err.value.problems[0].code == "E402" and "other-run" in err.value.problems[0].message
    from flows import cli

    assert cli.main(["verify", str(corpus), "--out", str(lock_holder)]) == 2
    assert "E402" in capsys.readouterr().err
    assert not (lock_holder / "report.json").exists()


def test_url_sources_skip_bad_ones_and_finish(corpus: Path, tmp_path: Path, verify: Any, http_server: str, hits: dict[str, int]) -> None:
    entries = {"ok.txt": "ok", "page.html": "ok", "missing": "E301", "slow": "E301", "big": "E302", "binary": "E302", "to-ftp": "E302", "flaky": "ok"}
    with (corpus / "sources.yaml").open("a", encoding="utf-8") as fh:
        for name in entries:
            fh.write(f"\n  - url: {http_server}/{name}\n    publisher: Local test\n")
    s = verify(corpus, tmp_path / "out", fetch_retries=1, fetch_backoff_seconds=0, fetch_timeout_seconds=0.5, fetch_max_bytes=50_000,
               fetch_allow_private=True)
    r = _report(tmp_path / "out")
    skipped = {p.path.rsplit("/", 1)[-1]: p.code for p in r.problems}
    assert skipped == {k: v for k, v in entries.items() if v != "ok"}
    fetched = [d for d in r.documents if d.source_url and d.source_url.startswith(http_server)]
    assert sorted(d.source_url.rsplit("/", 1)[-1] for d in fetched) == ["flaky", "ok.txt", "page.html"]
    assert s["documents"] == 8
    assert hits["/flaky"] == 2  # retried once after the 503
    assert hits["/missing"] == 1  # a 404 is not retried
    assert hits["/slow"] == 2  # a timeout is


def test_cli_verify(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from flows import cli

    out = tmp_path / "out"
    assert cli.main(["verify", str(corpus), "--out", str(out), "--batch-size", "3", "--lang", "zh"]) == 0
    err = capsys.readouterr().err
    assert "report:" in err and "temporary Prefect server" not in err  # the harness's server is configured
    assert (out / "index.html").is_file()
    assert cli.main(["verify", str(corpus), "--out", str(corpus / "inside")]) == 2
    assert "inside the corpus" in capsys.readouterr().err
    assert cli.main(["verify", str(tmp_path / "nope"), "--out", str(out)]) == 2


def test_plain_pipeline_gives_the_same_report(corpus: Path, tmp_path: Path, verify: Any) -> None:
    verify(corpus, tmp_path / "flow")
    pipeline.run_plain(pipeline.Options(corpus=str(corpus), out=str(tmp_path / "plain")))
    a, b = _report(tmp_path / "flow"), _report(tmp_path / "plain")
    assert a.model_dump(exclude={"generated_at"}) == b.model_dump(exclude={"generated_at"})

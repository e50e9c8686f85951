"""Claim store and run history, without Prefect."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claims.model import Claim, Document, Finding, Quantity, RunReport
from flows import history
from flows.store import ClaimStore, doc_key


def _doc(i: int, text: str = "x") -> Document:
    return Document(id=f"d{i}", path=f"/c/d{i}.txt", text=text, language="en", content_hash=f"h{i}-{text}")


def _claim(doc: str, start: int = 0, value: float = 1.0) -> Claim:
    return Claim(
        id=f"{doc}:{start}", doc=doc, start=start, end=start + 1, line=1, column=start + 1, text="1",
        sentence="1", sentence_start=0, subject="s", subject_source="open", kind="quantity",
        value=Quantity(nominal=value, low=value, high=value), language="en", confidence=0.9,
    )


def _finding(fp: str, rule: str = "PC101", subject: str = "s") -> Finding:
    return Finding(kind="contradiction", severity="error", rule=rule, rule_name="r", subject=subject,
                   fingerprint=fp, message="m", claims=(_claim("d1"),))


def _report(*fps: str) -> RunReport:
    return RunReport(tool_version="t", catalog_version="c", reference_date=None, documents=(),
                     findings=tuple(_finding(fp) for fp in fps))


def test_doc_key_changes_with_what_extraction_depends_on() -> None:
    d = _doc(1)
    k = doc_key(d, extractor_version="1", catalog_version="a", reference_date=None)
    assert k == doc_key(d, extractor_version="1", catalog_version="a", reference_date=None)
    assert k != doc_key(d, extractor_version="2", catalog_version="a", reference_date=None)
    assert k != doc_key(d, extractor_version="1", catalog_version="b", reference_date=None)
    assert k != doc_key(d, extractor_version="1", catalog_version="a", reference_date=dt.date(2025, 1, 1))
    assert k != doc_key(_doc(1, "y"), extractor_version="1", catalog_version="a", reference_date=None)
    assert k != doc_key(d.model_copy(update={"date": dt.date(2025, 7, 23)}), extractor_version="1", catalog_version="a", reference_date=None)


def test_store_round_trip_and_corpus(tmp_path: Path) -> None:
    docs = [_doc(i) for i in range(3)]
    keys = [f"k{i}" for i in range(3)]
    claims = {k: [_claim(d.id, j, float(j)) for j in range(i + 1)] for i, (d, k) in enumerate(zip(docs, keys))}
    with ClaimStore.in_folder(tmp_path) as store:
        assert store.get_many(keys) == {}
        store.put_many([(k, d, claims[k]) for d, k in zip(docs, keys)], extractor_version="1", catalog_version="a")
        assert store.get_many(keys + ["nope"]) == claims
        assert sorted(store.get_present(keys + ["nope"])) == keys
        store.set_corpus(list(zip(keys[:2], docs[:2])), run_id="r1")
        assert [c.doc for c in store.corpus_claims()] == ["d0", "d1", "d1"]
        assert store.prune() == 1
        assert store.stats() == {"extractions": 2, "corpus_documents": 2}
    with ClaimStore.in_folder(tmp_path, readonly=True) as ro:
        assert len(ro.corpus_claims()) == 3


def test_mark_new_unchanged_resolved() -> None:
    status, resolved = history.mark([_finding("a"), _finding("b")], _report("b", "c"))
    assert status == {"a": "new", "b": "unchanged", "c": "resolved"}
    assert [f.fingerprint for f in resolved] == ["c"]
    status, resolved = history.mark([_finding("a")], None)
    assert status == {"a": "new"} and resolved == ()


def test_reviews_follow_the_evidence() -> None:
    reviews = {"a": {"status": "dismissed", "note": "same figure, different scope", "by": "li", "on": "2025-08-01"},
               "gone": {"status": "confirmed"}}
    matched, stale, reopened = history.apply_reviews([_finding("a"), _finding("b", rule="PC102")], reviews, _report("a"))
    assert matched == {"a": reviews["a"]}  # dismissed stays dismissed while the fingerprint is the same
    assert stale == ["gone"]
    # evidence of the dismissed finding changed: new fingerprint, no review applies, it is reported back
    matched, stale, reopened = history.apply_reviews([_finding("a2")], reviews, _report("a"))
    assert matched == {} and "a" in stale
    assert [(f.fingerprint, old) for f, old, _ in reopened] == [("a2", "a")]


def _write_run(out: Path, rid: str, fps: tuple[str, ...], extra: str = "") -> None:
    d = history.run_dir(out, rid)
    d.mkdir(parents=True)
    (d / "report.json").write_text(_report(*fps).model_dump_json())
    (d / "claims.jsonl").write_text(extra)
    (d / "index.html").write_text(f"<p>{rid}</p>")
    (d / "docs").mkdir()
    (d / "docs" / f"{rid}.html").write_text(rid)


def test_publish_switches_latest_and_copies(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write_run(out, "r1", ("a",))
    history.publish(out, "r1")
    assert (out / "latest").resolve() == (out / "runs" / "r1").resolve()
    assert (out / "latest" / "index.html").read_text() == "<p>r1</p>"
    assert (out / "index.html").read_text() == "<p>r1</p>" and (out / "docs" / "r1.html").exists()
    assert history.previous_report(out).findings[0].fingerprint == "a"
    _write_run(out, "r2", ("b",))
    history.publish(out, "r2")
    assert history.latest_run_id(out) == "r2"
    assert (out / "index.html").read_text() == "<p>r2</p>"
    assert not (out / "docs" / "r1.html").exists() and (out / "docs" / "r2.html").exists()
    assert history.list_runs(out) == ["r1", "r2"]
    assert not [p for p in out.iterdir() if p.name.startswith(".publish-")]


def test_unfinished_run_is_discarded_and_never_published(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write_run(out, "r1", ("a",))
    history.publish(out, "r1")
    half = history.run_dir(out, "r2")
    half.mkdir(parents=True)
    (half / "index.html").write_text("half")
    with pytest.raises(FileNotFoundError):
        history.publish(out, "r2")
    history.discard(out, "r2")
    assert not half.exists()
    assert (out / "index.html").read_text() == "<p>r1</p>"
    history.discard(out, "r1")  # the published run is never removed
    assert history.run_dir(out, "r1").exists()


def test_unreadable_previous_report_means_all_new(tmp_path: Path) -> None:
    (tmp_path / "report.json").write_text("{not json")
    assert history.previous_report(tmp_path) is None
    assert json.loads(json.dumps(history.new_run_id())).count("-") == 1


def test_prune_keeps_the_last_runs_and_the_latest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for i in range(4):
        _write_run(out, f"r{i}", ("a",))
    history.publish(out, "r1")
    assert history.prune_runs(out, 2) == ["r0"]  # r1 is the latest: kept although old
    assert history.list_runs(out) == ["r1", "r2", "r3"]
    assert history.prune_runs(out, 0) == []


def test_published_folders_are_hard_links(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _write_run(out, "r1", ("a",))
    history.publish(out, "r1")
    a, b = out / "docs" / "r1.html", history.run_dir(out, "r1") / "docs" / "r1.html"
    assert a.read_text() == "r1" and a.stat().st_ino == b.stat().st_ino


def test_broken_store_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "claims.sqlite").write_bytes(b"this is not a database" * 100)
    with ClaimStore.in_folder(tmp_path) as store:
        assert store.stats() == {"extractions": 0, "corpus_documents": 0}
    assert [p.name.split("-")[0] for p in tmp_path.glob("claims.sqlite.broken-*")] == ["claims.sqlite.broken"]

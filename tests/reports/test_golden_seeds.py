"""Golden file for report.json on the seed corpus: load -> extract -> crosscheck -> RunReport -> report.json.

Volatile parts (generated_at, tool_version, catalog_version hash, absolute paths) are scrubbed.
Regenerate on purpose only: ``pytest tests/reports --update-golden``, then review the diff.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from claims.model import DocumentSummary, RunReport
from reports.render import report_json, write_report

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "golden" / "seeds_report.json"


def seeds_run() -> tuple[RunReport, list[Any], list[Any]]:
    extract = pytest.importorskip("claims.extract")
    crosscheck = pytest.importorskip("claims.crosscheck")
    documents = pytest.importorskip("claims.documents")
    catalog_mod = pytest.importorskip("claims.catalog")
    docs, problems = documents.load_corpus([SEEDS])
    catalog = catalog_mod.load_catalog()
    claims = [c for d in docs for c in extract.extract_claims(d, catalog)]
    findings = crosscheck.crosscheck(claims, catalog)
    run = RunReport(
        tool_version="scrubbed",
        catalog_version=str(getattr(catalog, "version", "")),
        reference_date=None,
        generated_at=dt.datetime.now(dt.timezone.utc),
        documents=tuple(
            DocumentSummary(
                id=d.id, path=d.path, title=d.title, language=d.language, date=d.date, publisher=d.publisher,
                source_url=d.source_url, content_hash=d.content_hash, claims=sum(1 for c in claims if c.doc == d.id),
            )
            for d in docs
        ),
        findings=tuple(findings),
        problems=tuple(problems),
    )
    return run, claims, docs


def scrub(text: str) -> str:
    data = json.loads(text)
    data["generated_at"] = None
    data["tool_version"] = "scrubbed"
    data["catalog_version"] = "scrubbed"
    for d in data["documents"]:
        d["path"] = Path(d["path"]).name
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run, claims, docs = seeds_run()
    out = tmp_path_factory.mktemp("seeds") / "report"
    write_report(run, claims, docs, out)
    return out


def test_seeds_report_json_golden(seeds_report: Path, update_golden: bool) -> None:
    got = scrub((seeds_report / "report.json").read_text(encoding="utf-8"))
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"golden file {GOLDEN} was missing and has been written; review and commit it")
    assert got == GOLDEN.read_text(encoding="utf-8"), (
        "report.json for the seeds changed: review the difference; if intended, run pytest tests/reports --update-golden"
    )


def test_seeds_report_is_deterministic(seeds_report: Path) -> None:
    run, claims, docs = seeds_run()
    assert scrub(report_json(run)) == scrub((seeds_report / "report.json").read_text(encoding="utf-8"))


def test_seeds_report_pages(seeds_report: Path) -> None:
    from tests.reports.htmlcheck import check_page

    pages = sorted(seeds_report.rglob("*.html"))
    assert len([p for p in pages if p.parent.name == "docs"]) == len(list(SEEDS.glob("*.txt")))
    for p in pages:
        check_page(p.read_text(encoding="utf-8"))
    # every claim has its highlight on its document page
    for line in (seeds_report / "claims.jsonl").read_text(encoding="utf-8").splitlines()[:400]:
        c = json.loads(line)
        from reports.view import anchor_id, doc_slug

        page = (seeds_report / "docs" / f"{doc_slug(c['doc'])}.html").read_text(encoding="utf-8")
        assert f'id="{anchor_id(c["id"])}"' in page, c["id"]

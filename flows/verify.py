"""The ``verify`` Prefect flow: thin wiring of the plain steps in ``flows/pipeline.py``.

Tasks (each wraps one function; the flow only moves data between them):

    discover ─┬─ load-batch × ⌈files/batch⌉ ───────────┐
              └─ fetch-source × URLs (retries, backoff) ┴─ extract-batch × ⌈docs/batch⌉ (cached)
                 ─ crosscheck ─ render (into runs/<id>/) ─ publish (switch latest) ─ artifacts

``extract-batch`` is cached by Prefect on the batch's document keys (content hash + document
metadata + reference date + extractor version + catalog version), with results persisted in
``OUT/.cache/prefect``: an unchanged batch is not run at all. Inside a batch that did change, the
claim store (``OUT/claims.sqlite``) gives back the claims of every document that did not, so only the
changed documents are extracted again.
"""

from __future__ import annotations

import datetime as dt
import pickle
import time
from pathlib import Path
from typing import Any, Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext
from prefect.futures import as_completed
from prefect.runtime import flow_run as runtime_flow_run
from prefect.tasks import exponential_backoff

from claims.errors import PolicycheckError, format_problem, problem
from claims.fsutil import write_text_atomic
from claims.model import Claim, Document, Problem, RunReport
from flows import fetch as fetchmod
from flows import history, pipeline
from flows.lock import OutputLock
from flows.store import ClaimStore

FLOW_NAME = "policycheck-verify"
FETCH_RETRIES = 3


class Packed:
    """An opaque, pickled payload for task arguments. Lists of pydantic models passed to a task are
    taken apart by the Dask task runner's argument traversal (a model iterates as (field, value)
    pairs); a Packed value travels whole to any task runner."""

    def __init__(self, value: Any) -> None:
        self.blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def unpack(self) -> Any:
        return pickle.loads(self.blob)


# -- tasks ----------------------------------------------------------------------------------------
@task(name="discover", cache_policy=NO_CACHE)
def discover_task(corpus: str) -> pipeline.CorpusPlan:
    return pipeline.discover(corpus)


@task(name="load-batch", cache_policy=NO_CACHE)
def load_task(paths: list[str], corpus: str, store_path: str) -> Packed:
    return Packed(pipeline.load_batch(paths, corpus, store_path))


@task(name="fetch-source", cache_policy=NO_CACHE, retries=FETCH_RETRIES, retry_delay_seconds=exponential_backoff(2))
def fetch_task(src: pipeline.UrlSource, out: str, limits: fetchmod.FetchLimits) -> Document | Problem:
    """A Document, or the Problem when retrying cannot help; raises (so Prefect retries) when it can."""
    logger = get_run_logger()
    try:
        doc = pipeline.fetch_source(src, out, limits=limits)
    except fetchmod.FetchError as exc:
        if exc.retryable:
            logger.warning("fetch %s failed (%s); will retry", src.url, exc.problem.message)
            raise
        return exc.problem
    except PolicycheckError as exc:  # fetched, but not a loadable document
        return exc.problems[0]
    logger.info("fetched %s (%d characters)", src.url, len(doc.text))
    return doc


def _extract_cache_key(context: TaskRunContext, parameters: dict[str, Any]) -> str:
    return pipeline.batch_cache_key(parameters["keys"])


@task(name="extract-batch", cache_key_fn=_extract_cache_key, persist_result=True)
def extract_task(
    docs: Packed, keys: list[str], reference_date: dt.date | None, store_path: str | None
) -> pipeline.BatchResult:
    res = pipeline.extract_batch(docs.unpack(), keys, reference_date=reference_date, store_path=store_path)
    get_run_logger().info(
        "extracted %d documents, %d from the claim store, %.2f s", len(res.extracted), len(res.from_store), res.seconds
    )
    return res


@task(name="crosscheck", cache_policy=NO_CACHE)
def crosscheck_task(all_claims: Packed, reference: str | None) -> list:
    return pipeline.run_crosscheck(all_claims.unpack(), reference)


@task(name="render", cache_policy=NO_CACHE)
def render_task(payload: Packed, target: str, lang: str) -> str:
    run, all_claims, docs = payload.unpack()
    pipeline.render(run, all_claims, docs, Path(target), lang=lang)
    return target


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(out: str, run_id: str, keep_runs: int) -> str:
    history.publish(Path(out), run_id)
    removed = history.prune_runs(Path(out), keep_runs)
    if removed:
        get_run_logger().info("removed %d old runs (keeping the last %d): %s", len(removed), keep_runs, ", ".join(removed))
    return str((Path(out) / "index.html").resolve())


# -- the flow -------------------------------------------------------------------------------------
@flow(name=FLOW_NAME, persist_result=False, validate_parameters=True)
def verify_flow(
    corpus: str,
    out: str,
    reference: str | None = None,
    lang: Literal["en", "zh"] = "en",
    batch_size: int = 50,
    reference_date: dt.date | None = None,
    fetch_retries: int = FETCH_RETRIES,
    fetch_backoff_seconds: float = 2.0,
    fetch_timeout_seconds: float = 20.0,
    fetch_max_bytes: int = 5_000_000,
    fetch_allow_private: bool = False,
    keep_runs: int = 10,
) -> dict[str, Any]:
    """Verify a corpus (folder of .txt/.md/.html, optional sources.yaml) and write the report to ``out``."""
    logger = get_run_logger()
    t_start = time.perf_counter()
    out_path = Path(out)
    run_id = history.new_run_id()
    with OutputLock(out_path, run_id=run_id) as lock:
        if lock.stale:
            logger.warning("removed a stale lock left by pid %s (run %s)", lock.stale.get("pid"), lock.stale.get("run_id"))
        logger.info("run %s: verifying %s into %s", run_id, corpus, out_path)
        orphans = history.clean_orphans(out_path)
        if orphans:
            logger.warning("removed what an interrupted run left behind: %s", ", ".join(orphans))

        # 1. discover, load in batches, fetch URL sources
        plan = discover_task(corpus)
        problems: list[Problem] = list(plan.problems)
        limits = fetchmod.FetchLimits(read_timeout=fetch_timeout_seconds, total_timeout=3 * fetch_timeout_seconds, max_bytes=fetch_max_bytes,
                                      allow_private=fetch_allow_private)
        fetcher = fetch_task.with_options(retries=fetch_retries, retry_delay_seconds=exponential_backoff(fetch_backoff_seconds) if fetch_backoff_seconds > 0 else 0)
        store_path = str(out_path / "claims.sqlite")
        load_futures = [load_task.submit(b, corpus, store_path) for b in pipeline.chunks(plan.files, batch_size)]
        fetch_futures = [(src, fetcher.submit(src, out, limits)) for src in plan.urls]
        loaded: list[tuple[Document, str]] = []
        file_keys: list[str] = []
        fresh: list[tuple[str, Document]] = []
        for fut in load_futures:
            batch: pipeline.Loaded = fut.result().unpack()
            loaded += batch.docs
            problems += batch.problems
            file_keys += batch.file_keys
            fresh += batch.fresh
        with ClaimStore.in_folder(out_path) as store:
            store.replace_documents(file_keys, fresh)
        docs = pipeline.unique_ids(loaded)
        fetched: list[Document] = []
        for src, fut in fetch_futures:
            got = fut.result(raise_on_failure=False)
            if isinstance(got, Document):
                fetched.append(got)
                continue
            if isinstance(got, Problem):
                p = got
            elif isinstance(got, fetchmod.FetchError):
                p = got.problem.model_copy(update={"message": f"{got.problem.message} (after {fetch_retries} retries)"})
            else:
                p = problem("E301", src.url, f"fetch failed: {type(got).__name__}: {got}")
            problems.append(p)
            logger.warning("skipped %s", format_problem(p))
        for p in problems:
            if p.code not in ("E301", "E302"):
                logger.warning("skipped %s", format_problem(p))
        docs = pipeline.add_fetched(docs, fetched)
        problems = pipeline.dedupe(problems)
        t_load = time.perf_counter() - t_start
        logger.info("loaded %d documents (%d read, %d unchanged files from the claim store; %d skipped) in %.1f s",
                    len(docs), len(fresh), len(loaded) - len(fresh), len(problems), t_load)

        # 2. extract, batch by batch (cached), with progress
        catalog = pipeline.get_catalog()
        cver = pipeline.catalog_version(catalog)
        keys = pipeline.document_keys(docs, cver, reference_date)
        extractor = extract_task.with_options(result_storage=(out_path / pipeline.CACHE_DIR / "prefect").resolve())
        batches = list(zip(pipeline.chunks(docs, batch_size), pipeline.chunks(keys, batch_size)))
        t_extract = time.perf_counter()
        futures = {extractor.submit(Packed(bd), bk, reference_date, store_path): i for i, (bd, bk) in enumerate(batches)}
        progress = create_progress_artifact(0.0, description=f"extraction progress of run {run_id}")
        by_key: dict[str, list[Claim]] = {}
        extracted = from_store = from_cache = cached_batches = done_docs = 0
        for n, fut in enumerate(as_completed(list(futures)), start=1):
            res: pipeline.BatchResult = fut.result()
            bdocs = batches[futures[fut]][0]
            by_key.update(res.claims)
            done_docs += len(bdocs)
            if fut.state.name == "Cached":
                cached_batches += 1
                from_cache += len(bdocs)
                how = "cached"
            else:
                extracted += len(res.extracted)
                from_store += len(res.from_store)
                how = f"{len(res.extracted)} extracted, {len(res.from_store)} from store"
            logger.info(
                "extract %d/%d batches · %d/%d documents · batch %d: %d claims (%s)",
                n, len(batches), done_docs, len(docs), futures[fut] + 1, sum(len(c) for c in res.claims.values()), how,
            )
            update_progress_artifact(progress, 100.0 * n / max(1, len(batches)))
        if not batches:
            update_progress_artifact(progress, 100.0)
        t_extract = time.perf_counter() - t_extract
        written = pipeline.save_to_store(out_path, docs, keys, by_key, catalog_ver=cver, run_id=run_id)
        pipeline.prune_task_cache(out_path, [pipeline.batch_cache_key(bk) for _, bk in batches])
        claims_by_doc = {d.id: by_key[k] for d, k in zip(docs, keys)}
        all_claims = [c for d in docs for c in claims_by_doc[d.id]]
        logger.info(
            "claims: %d from %d documents; extracted %d, claim store %d, cached batches %d (%d documents); %.1f s",
            len(all_claims), len(docs), extracted, from_store, cached_batches, from_cache, t_extract,
        )

        # 3. cross-check, history, reviews
        t_cross = time.perf_counter()
        findings = crosscheck_task(Packed(all_claims), reference)
        t_cross = time.perf_counter() - t_cross
        reviews, rproblems = pipeline.load_reviews(corpus)
        for p in rproblems:
            logger.warning("%s", format_problem(p))
        previous = history.previous_report(out_path)
        run, notes = pipeline.build_report(
            docs=docs, claims_by_doc=claims_by_doc, findings=findings, problems=problems + rproblems,
            catalog_ver=cver, reference_date=reference_date, previous=previous, reviews=reviews,
        )
        for line in notes["stale"]:
            logger.info("%s", line)
        for f, old_fp, rev in notes["reopened"]:
            logger.warning(
                "finding %s (%s %s) was %s as %s; its evidence changed, so it is back for review",
                f.fingerprint, f.rule, f.subject, rev.get("status", "reviewed"), old_fp,
            )
        counts = {s: sum(1 for v in run.status.values() if v == s) for s in ("new", "unchanged", "resolved")}
        logger.info("findings: %d (%d new, %d unchanged, %d resolved)", len(findings), counts["new"], counts["unchanged"], counts["resolved"])

        # 4. render into runs/<id>/, then publish; a failure leaves the previous report in place
        target = history.run_dir(out_path, run_id)
        summary: dict[str, Any] = {
            "run_id": run_id,
            "flow_run_id": str(runtime_flow_run.id or ""),
            "documents": len(docs),
            "claims": len(all_claims),
            "findings": len(findings),
            **counts,
            "problems": len(run.problems),
            "extracted": extracted,
            "from_store": from_store,
            "cached_batches": cached_batches,
            "cached_documents": from_cache,
            "batches": len(batches),
            "store_rows_written": written,
            "load_seconds": round(t_load, 3),
            "files_read": len(fresh),
            "extract_seconds": round(t_extract, 3),
            "crosscheck_seconds": round(t_cross, 3),
        }
        try:
            t_render = time.perf_counter()
            render_task(Packed((run, all_claims, docs)), str(target), lang)
            summary["render_seconds"] = round(time.perf_counter() - t_render, 3)
            write_text_atomic(target / "run.json", _json(summary))
            t_publish = time.perf_counter()
            index = publish_task(out, run_id, keep_runs)
            summary["publish_seconds"] = round(time.perf_counter() - t_publish, 3)
        except BaseException:
            history.discard(out_path, run_id)
            logger.error("run %s failed before publishing; the previous report in %s is unchanged", run_id, out_path)
            raise
        summary["index"] = index
        _artifacts(run, summary, index)
        summary["seconds"] = round(time.perf_counter() - t_start, 3)
        for where in (target, out_path):  # the final figures, publishing included
            write_text_atomic(where / "run.json", _json(summary))
        logger.info("report: %s (%.1f s)", index, time.perf_counter() - t_start)
        return summary


def _json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def _artifacts(run: RunReport, summary: dict[str, Any], index: str) -> None:
    md = [
        f"# policycheck verify — run `{summary['run_id']}`",
        "",
        "| | |",
        "|---|---|",
        f"| documents | {summary['documents']} |",
        f"| claims | {summary['claims']} |",
        f"| findings | {summary['findings']} ({summary['new']} new, {summary['unchanged']} unchanged, {summary['resolved']} resolved) |",
        f"| skipped inputs | {summary['problems']} |",
        f"| extracted / claim store / cached | {summary['extracted']} / {summary['from_store']} / {summary['cached_documents']} |",
        f"| catalog version | {run.catalog_version} |",
        f"| reference date | {run.reference_date or '—'} |",
        "",
        f"Report: [{index}](file://{index})",
    ]
    if run.problems:
        md += ["", "## Skipped inputs", ""] + [f"- `{p.code}` {_md(p.path)}: {_md(p.message)}" for p in run.problems[:200]]
    create_markdown_artifact("\n".join(md), key="policycheck-summary", description="verify run summary")
    rows = [
        {
            "status": run.status.get(f.fingerprint, ""),
            "review": run.reviews.get(f.fingerprint, {}).get("status", ""),
            "severity": f.severity,
            "kind": f.kind,
            "rule": f.rule,
            "subject": f.subject,
            "documents": ", ".join(sorted({c.doc for c in f.claims})),
            "message": f.message,
            "fingerprint": f.fingerprint,
        }
        for f in run.findings[:1000]
    ]
    if rows:
        create_table_artifact(rows, key="policycheck-findings", description=f"findings of run {summary['run_id']} (first 1000)")
    else:
        create_table_artifact([{"findings": "none"}], key="policycheck-findings", description="no findings")
    create_link_artifact(f"file://{index}", link_text="policycheck report", key="policycheck-report", description=index)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")[:300]

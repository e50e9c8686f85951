"""The verify pipeline as plain Python: each step is one function, wrapped by a Prefect task in
``flows/verify.py`` and called directly by :func:`run_plain` (the no-Prefect fallback and the
reference the flow is tested against).

    discover -> load (batches) / fetch (URLs) -> keys -> extract (batches, store + cache)
             -> crosscheck -> history + reviews -> RunReport -> render into runs/<id>/ -> publish

Nothing here imports Prefect.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import claims
from claims.errors import PolicycheckError, format_problem, problem
from claims.model import Claim, Document, DocumentSummary, Finding, Problem, RunReport

from flows import fetch as fetchmod
from flows import history
from flows.store import ClaimStore, doc_key

log = logging.getLogger("policycheck.pipeline")



def _extractor_version() -> str:
    """``claims.__version__`` plus a hash of the extractor's code (claims/*.py), so that a code
    change between releases also invalidates cached claims. The catalog has its own version."""
    h = hashlib.sha256()
    root = Path(claims.__file__).parent
    for p in sorted(root.rglob("*.py")):
        h.update(p.relative_to(root).as_posix().encode())
        h.update(p.read_bytes())
    return f"{claims.__version__}+{h.hexdigest()[:12]}"


EXTRACTOR_VERSION = _extractor_version()
DOC_SUFFIXES = (".txt", ".md", ".html", ".htm")
CACHE_DIR = ".cache"


# -- what a run is asked to do --------------------------------------------------------------------
@dataclass(frozen=True)
class UrlSource:
    """A ``sources.yaml`` entry with a URL and no local file."""

    id: str
    url: str
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class CorpusPlan:
    files: list[str]
    urls: list[UrlSource]
    problems: list[Problem]


@dataclass
class BatchResult:
    """What one extract batch returns: claims per document key, and how they were obtained."""

    claims: dict[str, list[Claim]]
    extracted: list[str]  # doc ids extracted in this run of the batch
    from_store: list[str]  # doc ids whose claims came from the claim store
    seconds: float = 0.0


# -- helpers around the domain library ------------------------------------------------------------
@functools.lru_cache(maxsize=4)
def get_catalog(path: str | None = None) -> Any:
    from claims.catalog import load_catalog

    return load_catalog(Path(path)) if path else load_catalog()


def catalog_version(catalog: Any) -> str:
    return str(getattr(catalog, "version", "unknown"))


def chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    size = max(1, int(size))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def cache_dir(out: Path | str) -> Path:
    return Path(out) / CACHE_DIR


# -- discover / load / fetch ----------------------------------------------------------------------
def discover(corpus: Path | str) -> CorpusPlan:
    """The document files of a corpus (folder or single file) in load order, and its URL sources.

    Files are listed the way ``claims.documents.load_corpus`` walks a folder (hidden entries and
    data files skipped, symlink loops and links leaving the corpus reported), so that loading them
    in batches gives the same documents as loading the folder at once."""
    from claims import documents

    corpus = Path(corpus)
    if not os.path.lexists(corpus):
        raise PolicycheckError(problem("E101", str(corpus), "corpus not found"))
    if not corpus.is_dir():
        return CorpusPlan([str(corpus)], [], [])
    problems: list[Problem] = []
    files = [str(f) for f in documents.walk_corpus(corpus, problems)]
    urls, src_problems = url_sources(corpus)
    return CorpusPlan(files, urls, problems + src_problems)


def url_sources(corpus: Path) -> tuple[list[UrlSource], list[Problem]]:
    """URL entries of ``CORPUS/sources.yaml`` (via claims.sources), or none."""
    if not (corpus / "sources.yaml").exists():
        return [], []
    try:
        from claims.sources import load_sources
    except ImportError:  # pragma: no cover - claims.sources not built yet
        return [], []
    problems: list[Problem] = []
    try:
        # E110 file entries are reported and left out; the URL entries still apply.
        sf = load_sources(corpus, problems=problems)
    except PolicycheckError as exc:
        return [], list(exc.problems)
    out: list[UrlSource] = []
    for e in sf.urls() if sf is not None else []:
        assert e.url is not None
        rest = e.url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
        for suffix in DOC_SUFFIXES:
            if rest.lower().endswith(suffix):
                rest = rest[: -len(suffix)]
        ident = fetchmod.safe_name(rest)
        out.append(UrlSource(id=ident, url=e.url, metadata=e.metadata()))
    return out, problems


def _get(entry: Any, name: str) -> Any:
    return entry.get(name) if isinstance(entry, dict) else getattr(entry, name, None)


@dataclass
class Loaded:
    """One loaded batch: (document, path relative to the corpus) pairs, problems, and the file keys
    of this batch with the documents actually read (the others came from the claim store)."""

    docs: list[tuple[Document, str]]
    problems: list[Problem]
    file_keys: list[str] = field(default_factory=list)
    fresh: list[tuple[str, Document]] = field(default_factory=list)


def file_key(f: Path, extra: Any) -> str | None:
    """What a loaded Document depends on: the file (path, size, times, inode), its sources.yaml
    metadata and the loader's code. None when the file cannot be stat'ed (the loader reports it)."""
    try:
        st = f.stat()
    except OSError:
        return None
    payload = json.dumps(
        [str(f.resolve()), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, extra, EXTRACTOR_VERSION],
        default=str, sort_keys=True, ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def load_batch(paths: Sequence[str], corpus: str, store_path: str | None = None) -> Loaded:
    """Load one batch of files of ``corpus`` with their sources.yaml metadata, as load_corpus does;
    files whose key is in the claim store are not read again. Ids are made unique over the whole
    corpus afterwards by :func:`unique_ids`."""
    from claims import documents

    root = Path(corpus)
    base = root if root.is_dir() else None
    roots = [root] if base is not None else [root.parent]
    cache: dict[Path, Any] = {}
    result = Loaded([], [])
    plan: list[tuple[Path, Any, str | None]] = []
    for name in paths:
        f = Path(name)
        extra = documents.sources_entry_for(f, roots, cache, result.problems) if f.suffix.lower() in documents.SUPPORTED else None
        plan.append((f, extra, file_key(f, extra)))
    known: dict[str, Document] = {}
    if store_path and Path(store_path).exists():
        try:
            with ClaimStore(store_path, readonly=True) as store:
                known = store.get_documents([k for _, _, k in plan if k])
        except Exception as exc:  # only a missed cache
            log.warning("claim store %s unreadable here (%s); reading the files", store_path, exc)
    for f, extra, key in plan:
        doc = known.get(key) if key else None
        if doc is None:
            try:
                doc = documents.load_document(f, extra_metadata=extra)
            except PolicycheckError as exc:
                result.problems.extend(exc.problems)
                continue
            if key:
                result.fresh.append((key, doc))
        if key:
            result.file_keys.append(key)
        result.docs.append((doc, f.relative_to(base).as_posix() if base is not None else f.as_posix()))
    return result


def unique_ids(loaded: list[tuple[Document, str]]) -> list[Document]:
    """Documents with ids unique over the corpus (load_corpus's rule), sorted by id."""
    from claims import documents

    return sorted(documents.unique_ids(loaded), key=lambda d: d.id)


def add_fetched(docs: list[Document], fetched: Iterable[Document]) -> list[Document]:
    """Fetched documents added to the loaded ones, renamed on an id clash; sorted by id."""
    taken = {d.id for d in docs}
    out = list(docs)
    for d in fetched:
        new = d.id
        while new in taken:
            new += "~"
        taken.add(new)
        out.append(d if new == d.id else d.model_copy(update={"id": new}))
    return sorted(out, key=lambda d: d.id)


def dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen: set[tuple[Any, ...]] = set()
    out: list[Problem] = []
    for p in problems:
        k = (p.code, p.path, p.line, p.column, p.message)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def fetch_source(src: UrlSource, out: Path | str, *, limits: fetchmod.FetchLimits = fetchmod.FetchLimits()) -> Document:
    """Fetch one URL source into ``OUT/.cache/sources/`` and load it. Raises FetchError (E301/E302)."""
    from claims.documents import load_document

    got = fetchmod.fetch_url(src.url, limits=limits)
    folder = cache_dir(out) / "sources"
    path = folder / (fetchmod.safe_name(src.id) + got.suffix)
    if not fetchmod.inside(folder, path):  # safe_name makes this impossible; kept as a guard
        raise fetchmod.FetchError(problem("E302", src.url, "refused: the source name escapes the cache folder"))
    from claims.fsutil import write_bytes_atomic

    write_bytes_atomic(path, got.body)
    meta = {k: v for k, v in src.metadata.items() if k not in ("url", "file", "id")}
    meta.setdefault("source_url", src.url)
    return load_document(path, extra_metadata=meta)


# -- extract --------------------------------------------------------------------------------------
def document_keys(docs: Iterable[Document], catalog_ver: str, reference_date: dt.date | None) -> list[str]:
    return [
        doc_key(d, extractor_version=EXTRACTOR_VERSION, catalog_version=catalog_ver, reference_date=reference_date)
        for d in docs
    ]


def batch_cache_key(keys: Sequence[str]) -> str:
    """The Prefect cache key of an extract batch: its documents' keys (which already hold the
    content hashes and the extractor and catalog versions)."""
    h = hashlib.sha256(f"extract-batch/{EXTRACTOR_VERSION}".encode())
    for k in keys:
        h.update(k.encode())
    return "policycheck-extract-" + h.hexdigest()


def prune_task_cache(out: Path | str, keep: Iterable[str]) -> int:
    """Remove persisted extract results of batches this run no longer has; returns how many."""
    folder = cache_dir(out) / "prefect"
    keep = set(keep)
    n = 0
    if folder.is_dir():
        for p in folder.iterdir():
            if p.name.startswith("policycheck-extract-") and p.name not in keep and p.is_file():
                p.unlink(missing_ok=True)
                n += 1
    return n


def extract_one(doc: Document, catalog: Any, reference_date: dt.date | None) -> list[Claim]:
    from claims.extract import extract_claims

    return list(extract_claims(doc, catalog, reference_date=reference_date))


def extract_batch(
    docs: Sequence[Document],
    keys: Sequence[str],
    *,
    reference_date: dt.date | None,
    store_path: str | None,
    catalog_path: str | None = None,
    extractor: Callable[[Document, Any, dt.date | None], list[Claim]] | None = None,
) -> BatchResult:
    """Claims of a batch: from the claim store where the document's key is there, else extracted."""
    t0 = time.perf_counter()
    catalog = get_catalog(catalog_path)
    stored: dict[str, list[Claim]] = {}
    if store_path and Path(store_path).exists():
        try:
            with ClaimStore(store_path, readonly=True) as store:
                stored = store.get_many(list(keys))
        except Exception as exc:  # a store another machine cannot read is only a missed cache
            log.warning("claim store %s unreadable here (%s); extracting the batch", store_path, exc)
    run = extractor or extract_one
    result = BatchResult(claims={}, extracted=[], from_store=[])
    for doc, key in zip(docs, keys):
        if key in stored:
            result.claims[key] = stored[key]
            result.from_store.append(doc.id)
        else:
            result.claims[key] = run(doc, catalog, reference_date)
            result.extracted.append(doc.id)
    result.seconds = time.perf_counter() - t0
    return result


def save_to_store(out: Path | str, docs: Sequence[Document], keys: Sequence[str], by_key: dict[str, list[Claim]], *, catalog_ver: str, run_id: str) -> int:
    """Write the extractions the store lacks and record the corpus of this run; returns rows written."""
    with ClaimStore.in_folder(out) as store:
        present = set(store.get_present(keys))
        new = [(k, d, by_key[k]) for d, k in zip(docs, keys) if k not in present and k in by_key]
        n = store.put_many(new, extractor_version=EXTRACTOR_VERSION, catalog_version=catalog_ver)
        store.set_corpus(list(zip(keys, docs)), run_id=run_id)
        return n


# -- crosscheck, report ---------------------------------------------------------------------------
def run_crosscheck(all_claims: list[Claim], reference: str | None, catalog_path: str | None = None) -> list[Finding]:
    from claims.crosscheck import crosscheck

    facts = None
    if reference:
        from claims.reference import load_reference

        facts = load_reference(reference)
    return list(crosscheck(all_claims, get_catalog(catalog_path), reference=facts))


def load_reviews(corpus: Path | str) -> tuple[Any, list[Problem]]:
    """``CORPUS/reviews.yaml`` (claims.reviews.Reviews) or None when absent; a broken file is a
    Problem (E203) and the run goes on without reviews."""
    corpus = Path(corpus)
    path = (corpus if corpus.is_dir() else corpus.parent) / "reviews.yaml"
    if not path.exists():
        return None, []
    from claims.reviews import load_reviews as load

    try:
        return load(path), []
    except PolicycheckError as exc:
        return None, list(exc.problems)


def summarize(doc: Document, n: int) -> DocumentSummary:
    return DocumentSummary(
        id=doc.id, path=doc.path, title=doc.title, language=doc.language, date=doc.date,
        publisher=doc.publisher, source_url=doc.source_url, content_hash=doc.content_hash, claims=n,
    )


def build_report(
    *,
    docs: Sequence[Document],
    claims_by_doc: dict[str, list[Claim]],
    findings: Sequence[Finding],
    problems: Sequence[Problem],
    catalog_ver: str,
    reference_date: dt.date | None,
    previous: RunReport | None,
    reviews: Any,
) -> tuple[RunReport, dict[str, Any]]:
    """The RunReport with history and reviews applied, plus notes for the log (stale reviews etc.)."""
    from claims.reviews import apply_reviews, stale_messages

    status, resolved = history.mark(findings, previous)
    applied = apply_reviews(reviews, list(findings), today=reference_date or dt.date.today())
    by_fp = {e.fingerprint: e for e in (reviews.reviews if reviews is not None else ())}
    _, _, reopened = history.apply_reviews(findings, by_fp, previous)
    notes = {"stale": stale_messages(reviews, applied.stale) if reviews is not None else [], "reopened": reopened}
    run = RunReport(
        tool_version=claims.__version__,
        catalog_version=catalog_ver,
        reference_date=reference_date,
        generated_at=dt.datetime.now(dt.timezone.utc),
        documents=tuple(summarize(d, len(claims_by_doc.get(d.id, []))) for d in docs),
        findings=tuple(findings),
        problems=tuple(problems),
        status=status,
        resolved=resolved,
        reviews=applied.reviews,
    )
    return run, notes


def render(run: RunReport, all_claims: list[Claim], docs: Sequence[Document], target: Path, *, lang: str) -> None:
    from reports.render import write_report

    write_report(run, all_claims, list(docs), Path(target), lang=lang)


# -- the no-Prefect run ---------------------------------------------------------------------------
@dataclass
class Options:
    corpus: str
    out: str
    reference: str | None = None
    lang: str = "en"
    batch_size: int = 50
    reference_date: dt.date | None = None
    fetch_limits: fetchmod.FetchLimits = fetchmod.FetchLimits()


def run_plain(opts: Options, *, say: Callable[[str], None] = log.info) -> dict[str, Any]:
    """The whole verify run without Prefect (same steps, same outputs, one process)."""
    from flows.lock import OutputLock

    run_id = history.new_run_id()
    with OutputLock(opts.out, run_id=run_id):
        orphans = history.clean_orphans(Path(opts.out))
        if orphans:
            say(f"removed what an interrupted run left behind: {', '.join(orphans)}")
        plan = discover(opts.corpus)
        loaded: list[tuple[Document, str]] = []
        problems = list(plan.problems)
        keys: list[str] = []
        fresh: list[tuple[str, Document]] = []
        for batch in chunks(plan.files, opts.batch_size):
            res = load_batch(batch, opts.corpus, str(Path(opts.out) / "claims.sqlite"))
            loaded += res.docs
            problems += res.problems
            keys += res.file_keys
            fresh += res.fresh
        with ClaimStore.in_folder(opts.out) as store:
            store.replace_documents(keys, fresh)
        docs = unique_ids(loaded)
        for p in dedupe(problems):  # say what is skipped, as the flow's log does
            say(f"skipped {format_problem(p)}")
        fetched: list[Document] = []
        for src in plan.urls:
            try:
                fetched.append(fetch_source(src, opts.out, limits=opts.fetch_limits))
            except PolicycheckError as exc:
                problems += exc.problems
                say(f"skipped {src.url}: {exc.problems[0].code} {exc.problems[0].message}")
        docs = add_fetched(docs, fetched)
        return finish(opts, run_id, docs, problems, say=say)


def finish(opts: Options, run_id: str, docs: list[Document], problems: list[Problem], *, say: Callable[[str], None]) -> dict[str, Any]:
    """Extract (store-backed), crosscheck, report, publish: shared tail of run_plain."""
    catalog = get_catalog()
    cver = catalog_version(catalog)
    docs = sorted(docs, key=lambda d: d.id)
    keys = document_keys(docs, cver, opts.reference_date)
    store_path = str(Path(opts.out) / "claims.sqlite")
    by_key: dict[str, list[Claim]] = {}
    extracted = from_store = 0
    for bdocs, bkeys in zip(chunks(docs, opts.batch_size), chunks(keys, opts.batch_size)):
        res = extract_batch(bdocs, bkeys, reference_date=opts.reference_date, store_path=store_path)
        by_key.update(res.claims)
        extracted += len(res.extracted)
        from_store += len(res.from_store)
    save_to_store(opts.out, docs, keys, by_key, catalog_ver=cver, run_id=run_id)
    claims_by_doc = {d.id: by_key[k] for d, k in zip(docs, keys)}
    all_claims = [c for d in docs for c in claims_by_doc[d.id]]
    findings = run_crosscheck(all_claims, opts.reference)
    reviews, rproblems = load_reviews(opts.corpus)
    run, notes = build_report(
        docs=docs, claims_by_doc=claims_by_doc, findings=findings, problems=dedupe(problems + rproblems),
        catalog_ver=cver, reference_date=opts.reference_date, previous=history.previous_report(Path(opts.out)),
        reviews=reviews,
    )
    target = history.run_dir(Path(opts.out), run_id)
    try:
        render(run, all_claims, docs, target, lang=opts.lang)
        history.publish(Path(opts.out), run_id)
    except BaseException:
        history.discard(Path(opts.out), run_id)
        raise
    return {"run_id": run_id, "documents": len(docs), "claims": len(all_claims), "findings": len(findings),
            "problems": len(run.problems), "extracted": extracted, "from_store": from_store}

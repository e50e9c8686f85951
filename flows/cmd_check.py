"""``policycheck check DRAFT... --corpus DIR``: the pre-publication gate.

Extracts the drafts' claims and checks them against the corpus's claims and the reference facts.
Exit 0: no finding at or above --fail-on; 1: at least one; 2: bad usage, an unreadable draft, a
broken reference/config/accepted file, or an unusable corpus (the other drafts are still checked
and reported). Never imports Prefect: it answers in about a second.

Caches (``--no-cache`` turns both off), under ``$POLICYCHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/policycheck``, else ``~/.cache/policycheck``; writes are atomic (claims.fsutil),
an unwritable folder simply means no cache:

* ``claims-<key>.json``: one corpus document's claims, keyed by document id, content hash and date,
  the catalog version and a hash of the extractor's source and data (``claims/*.py`` and every
  YAML file under ``claims/catalog/``).
* ``catalog-<key>.pickle``: the loaded catalog, keyed by a hash of every catalog file and of the
  loader's source. Only read when owned by the current user and not writable by others.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from claims.errors import PolicycheckError, format_problem, problem
from claims.messages import KIND_ORDER, at_or_above
from claims.model import Claim, Document, Problem

FORMATS = ("text", "concise", "json", "sarif", "junit")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("drafts", nargs="+", metavar="DRAFT", help="draft files (.md, .txt, .html) or folders of them")
    p.add_argument("--corpus", metavar="DIR", help="corpus folder (default: 'corpus' from policycheck.toml)")
    p.add_argument("--reference", metavar="FILE", help="reference facts YAML (default: CORPUS/reference.yaml when present)")
    p.add_argument("--no-reference", action="store_true", help="do not use CORPUS/reference.yaml")
    p.add_argument("--format", choices=FORMATS, default=None, help="output format (default text)")
    p.add_argument("--fail-on", metavar="KIND", default=None,
                   help="exit 1 on findings of this kind or a more serious one: contradiction > internal > imprecise > possible (default contradiction)")
    p.add_argument("--lang", choices=("en", "zh"), default=None, help="language of messages (default en)")
    p.add_argument("--accepted", metavar="FILE", help="accepted findings (fingerprint, reason, optional expiry)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the corpus claim cache")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date that relative dates in undated drafts resolve against")


# ---- corpus claims with an on-disk cache ---------------------------------------------------------

_CLAIMS_DIR = Path(__file__).resolve().parent.parent / "claims"


def _hash_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        try:
            h.update(p.as_posix().encode() + b"\0" + p.read_bytes())
        except OSError:
            continue
    return h.hexdigest()[:16]


def extractor_version() -> str:
    """A hash of the extraction code and data: every module of claims/ and every YAML file under
    claims/catalog/ (the number and date lexicons are read outside the catalog loader, so the
    catalog's own version does not cover them). Cheap: a few dozen small files."""
    return _hash_files([*_CLAIMS_DIR.glob("*.py"), *(_CLAIMS_DIR / "catalog").rglob("*.yaml")])


def cache_dir(corpus: Path | None = None) -> Path:
    env = os.environ.get("POLICYCHECK_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "policycheck"


def _trusted(path: Path) -> bool:
    try:
        st = path.stat()
    except OSError:
        return False
    return (not hasattr(os, "getuid") or st.st_uid == os.getuid()) and not (st.st_mode & 0o022)


def load_catalog_cached(*, use_cache: bool = True) -> Any:
    """The bundled catalog, from a pickle when one matches the catalog files (0.03 s instead of ~1 s)."""
    import pickle

    from claims.catalog import load_catalog

    if not use_cache:
        return load_catalog()
    cat_dir = _CLAIMS_DIR / "catalog"
    key = _hash_files([*cat_dir.rglob("*.yaml"), *cat_dir.rglob("*.py"), *_CLAIMS_DIR.glob("*.py")])
    path = cache_dir() / f"catalog-{key}.pickle"
    if path.exists() and _trusted(path):
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except Exception:  # noqa: BLE001 - a stale or damaged cache is rebuilt
            pass
    catalog = load_catalog()
    _warm(catalog)
    try:
        from claims.fsutil import write_bytes_atomic

        write_bytes_atomic(path, pickle.dumps(catalog))
        os.chmod(path, 0o600)
        for old in path.parent.glob("catalog-*.pickle"):  # older catalogs are never read again
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - unwritable cache folder or unpicklable catalog: run uncached
        pass
    return catalog


_WARM_TEXT = "About 120 items, more than 5%, $2 million, January 2, 2024. 约3倍,一万多份,超过20%,7月底,2024年3月1日。"  # any text: it only builds indexes


def _warm(catalog: Any) -> None:
    """Let the extractor build its per-catalog indexes once, so the pickled catalog carries them."""
    try:
        from claims.extract import extract_claims
        from claims.model import Document

        doc = Document(id="warm", path="warm", text=_WARM_TEXT, language="mixed", content_hash=hashlib.sha256(_WARM_TEXT.encode()).hexdigest())
        extract_claims(doc, catalog)
    except Exception:  # noqa: BLE001 - warming is an optimisation only
        pass


def corpus_claims(docs: list[Document], catalog: Any, corpus: Path | None, *, use_cache: bool = True) -> list[Claim]:
    from pydantic import TypeAdapter

    from claims.extract import extract_claims
    from claims.fsutil import write_text_atomic

    adapter = TypeAdapter(list[Claim])
    version = f"{getattr(catalog, 'version', '?')}-{extractor_version()}"
    out: list[Claim] = []
    cdir = cache_dir(corpus) if use_cache else None
    wrote = False
    for d in docs:
        key = hashlib.sha256(f"{d.id}\0{d.content_hash}\0{d.date}\0{version}".encode()).hexdigest()[:32]
        path = cdir / f"claims-{key}.json" if cdir else None
        if path is not None and path.exists():
            try:
                out.extend(adapter.validate_json(path.read_bytes()))
                os.utime(path)
                continue
            except (OSError, ValueError):
                pass
        claims = extract_claims(d, catalog)
        out.extend(claims)
        if path is not None:
            try:
                write_text_atomic(path, adapter.dump_json(claims).decode("utf-8"))
                wrote = True
            except OSError:
                pass  # an unwritable cache folder simply runs uncached
    if wrote and cdir is not None:
        _prune(cdir)
    return out


def _prune(cdir: Path, max_age_days: int = 30) -> None:
    """Claim files not used for a month are removed (every hit refreshes its time stamp)."""
    import time

    limit = time.time() - max_age_days * 86400
    for p in cdir.glob("claims-*.json"):
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            continue


# ---- the command ---------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    from claims.accepted import apply_accepted, load_accepted
    from claims.config import load_config
    from claims.crosscheck import check_drafts
    from claims.documents import load_corpus, load_document
    from claims.reference import default_reference, load_reference

    problems: list[Problem] = []
    bad_input = False
    fmt = args.format or "text"
    try:
        cfg = load_config()
    except PolicycheckError as exc:
        return _fatal(exc.problems, fmt, args)
    fmt = args.format or cfg.format or "text"
    fail_on = args.fail_on or cfg.fail_on or "contradiction"
    if fail_on not in KIND_ORDER:
        return _fatal([problem("E401", "--fail-on", f"unknown --fail-on {fail_on!r}; choose one of {', '.join(KIND_ORDER)}")], fmt, args)
    lang = args.lang or cfg.lang or "en"
    corpus_arg = args.corpus or cfg.corpus
    if not corpus_arg:
        return _fatal([problem("E401", "--corpus", "--corpus DIR is required (or set corpus in policycheck.toml)")], fmt, args)
    corpus = Path(corpus_arg)
    reference_date = None
    if args.reference_date:
        try:
            reference_date = dt.date.fromisoformat(args.reference_date)
        except ValueError:
            return _fatal([problem("E401", "--reference-date", f"{args.reference_date!r} is not YYYY-MM-DD")], fmt, args)

    try:
        catalog = load_catalog_cached(use_cache=not args.no_cache)
    except PolicycheckError as exc:
        return _fatal(exc.problems, fmt, args)

    # reference facts: a broken file is reported (exit 2) but the drafts are still checked
    reference = []
    ref_path = args.reference or cfg.reference
    if ref_path is None and not args.no_reference:
        ref_path = default_reference(corpus)
    if ref_path is not None:
        try:
            reference = load_reference(ref_path)
        except PolicycheckError as exc:
            problems.extend(exc.problems)
            bad_input = True

    accepted_entries = []
    acc_path = args.accepted or cfg.accepted
    if acc_path:
        try:
            accepted_entries = load_accepted(acc_path)
        except PolicycheckError as exc:
            problems.extend(exc.problems)
            bad_input = True

    # corpus
    if not corpus.is_dir():
        problems.append(problem("E101", str(corpus), "corpus folder not found"))
        docs: list[Document] = []
        bad_input = True
    else:
        docs, corpus_problems = load_corpus([corpus])
        for p in corpus_problems:  # unreadable corpus files: warned about, not the draft's fault
            sys.stderr.write("warning: " + format_problem(p) + "\n")
        if not docs:
            problems.append(problem("E101", str(corpus), "no readable document in the corpus"))
            bad_input = True

    # drafts
    from claims.extract import extract_claims

    draft_docs: list[Document] = []
    corpus_ids = {d.id for d in docs}
    draft_hashes: set[str] = set()
    for path in _expand(args.drafts):
        try:
            d = load_document(path)
        except PolicycheckError as exc:
            problems.extend(exc.problems)
            bad_input = True
            continue
        did = d.id
        n = 1
        while did in corpus_ids or did in {x.id for x in draft_docs}:
            n += 1
            did = f"{d.id}~draft{n if n > 2 else ''}"
        draft_docs.append(d.model_copy(update={"id": did}) if did != d.id else d)
        draft_hashes.add(d.content_hash)
    # a draft that is also a corpus document is not evidence against itself
    docs = [d for d in docs if d.content_hash not in draft_hashes]

    try:
        cclaims = corpus_claims(docs, catalog, corpus, use_cache=not args.no_cache)
        dclaims: list[Claim] = []
        for d in draft_docs:
            try:
                dclaims.extend(extract_claims(d, catalog, reference_date=reference_date))
            except PolicycheckError as exc:
                problems.extend(exc.problems)
                bad_input = True
            except Exception as exc:  # noqa: BLE001 - a bug on one draft must not hide the others
                problems.append(problem("E501", d.path, f"extraction failed: {type(exc).__name__}: {exc}"))
                bad_input = True
        findings = check_drafts(dclaims, cclaims, catalog, reference=reference)
    except PolicycheckError as exc:
        return _fatal(problems + exc.problems, fmt, args)
    except Exception as exc:  # noqa: BLE001 - exit 2 (internal error), never 1, on a bug
        return _fatal(problems + [problem("E501", str(corpus), f"{type(exc).__name__}: {exc}")], fmt, args)

    applied = apply_accepted(findings, accepted_entries, reference_date or dt.date.today())
    from reports.gate_text import DocInfo, GateResult

    res = GateResult(
        findings=applied.kept,
        drafts={d.id: DocInfo(d.id, d.path, d.title, d.date, d.language) for d in draft_docs},
        corpus={d.id: DocInfo(d.id, d.path, d.title, d.date, d.language) for d in docs},
        problems=problems,
        fail_on=fail_on,
        lang=lang,
        accepted=applied.accepted,
        stale=applied.stale,
        expired=applied.expired,
        tool_version=_version(),
        catalog_version=str(getattr(catalog, "version", "")),
        reference_facts=len(reference),
    )
    failing = any(at_or_above(f.kind, fail_on) for f in res.findings)
    res.exit_code = 2 if bad_input else (1 if failing else 0)
    text = render(res, fmt, tty=args.output is None and sys.stdout.isatty())
    if args.output:
        if not _write_output(args.output, text):
            return 2
    else:
        sys.stdout.write(text)
    if problems and fmt not in ("text",):
        _stderr(problems)
    return res.exit_code


def _write_output(path: str, text: str) -> bool:
    """--output FILE, atomically; an unwritable path (a folder, no such place) is E401, exit 2 (it
    raised with a traceback and exit 1, the code for "findings")."""
    from claims.fsutil import write_text_atomic

    try:
        write_text_atomic(Path(path), text)
    except OSError as exc:
        _stderr([problem("E401", str(path), f"--output: cannot write the report: {exc.strerror or exc}")])
        return False
    return True


def render(res: Any, fmt: str, *, tty: bool = False) -> str:
    if fmt == "json":
        from reports.gate_text import render_json

        return render_json(res)
    if fmt == "concise":
        from reports.gate_text import render_concise

        return render_concise(res)
    if fmt == "sarif":
        from reports.sarif import render_sarif

        return render_sarif(res)
    if fmt == "junit":
        from reports.junit import render_junit

        return render_junit(res)
    from reports.gate_text import render_text

    return render_text(res, tty=tty)


def _expand(paths: list[str]) -> list[str]:
    """Draft arguments; a folder stands for its .md/.txt/.html files (sorted, hidden ones skipped)."""
    from claims.documents import SUPPORTED, is_data_file

    out: list[str] = []
    for p in paths:
        pp = Path(p)
        if pp.is_dir():
            found = sorted(
                str(f) for f in pp.rglob("*")
                if f.is_file() and f.suffix.lower() in SUPPORTED and not is_data_file(f.name)
                and not any(part.startswith(".") for part in f.relative_to(pp).parts)
            )
            out.extend(found or [p])
        else:
            out.append(p)
    return out


def _fatal(problems: list[Problem], fmt: str, args: argparse.Namespace) -> int:
    """Nothing could be checked: say why on stderr, and in the requested format (errors as JSON,
    SARIF notifications or JUnit errors) so scripts and CI see it too. Exit 2."""
    _stderr(problems)
    if fmt != "text":
        from reports.gate_text import GateResult

        res = GateResult(findings=[], drafts={}, corpus={}, problems=list(problems), exit_code=2, tool_version=_version())
        text = render(res, fmt)
        if getattr(args, "output", None):
            _write_output(args.output, text)
        else:
            sys.stdout.write(text)
    return 2


def _stderr(problems: list[Problem]) -> None:
    for p in problems:
        sys.stderr.write(format_problem(p) + "\n")


def _version() -> str:
    from claims import __version__

    return str(__version__)


def _json(o: Any) -> str:  # pragma: no cover - debugging helper
    return json.dumps(o, ensure_ascii=False, default=str)

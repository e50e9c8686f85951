"""Run history in the output folder, and the new / unchanged / resolved marking.

Layout of ``OUT/``::

    runs/<run id>/      one folder per successful run: report.json, claims.jsonl, index.html, ...
    latest -> runs/<id> a relative symlink to the latest successful run (file:// browsing follows it)
    LATEST              the same run id as one line of text, for tools and file systems without symlinks
    index.html, report.json, claims.jsonl, ...
                        a copy of the latest run: the contract of ``policycheck verify --out DIR``
    claims.sqlite       the claim store (flows/store.py)
    .cache/             Prefect task results (extraction cache) and fetched sources

A run writes into ``runs/<id>/`` first; only when everything there is written does it switch
``latest`` and copy the files to the top level (each file replaced atomically). A run that fails
before that point removes its own folder and leaves the previous report untouched.

Plain Python, no Prefect.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claims.fsutil import write_bytes_atomic, write_text_atomic
from claims.model import Finding, RunReport

RUNS = "runs"
LATEST_LINK = "latest"
LATEST_POINTER = "LATEST"
MANIFEST = ".published.json"
COMPLETE = ".complete"  # marker in runs/<id>/ of a run that was published
# names at the top of OUT/ that publishing never touches
RESERVED = {RUNS, LATEST_LINK, LATEST_POINTER, MANIFEST, ".cache", ".policycheck.lock", "claims.sqlite",
            "claims.sqlite-wal", "claims.sqlite-shm"}

log = logging.getLogger("policycheck.history")


def new_run_id(now: dt.datetime | None = None) -> str:
    """Sortable, unique: ``20261123T172500Z-3f9a1c``."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def run_dir(out: Path, run_id: str) -> Path:
    return Path(out) / RUNS / run_id


def latest_run_id(out: Path) -> str | None:
    try:
        rid = (Path(out) / LATEST_POINTER).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return rid if rid and (Path(out) / RUNS / rid).is_dir() else None


def previous_report(out: Path) -> RunReport | None:
    """The report of the latest successful run in ``out`` (or the top-level report.json of a folder
    written before run history existed); None when there is none or it cannot be read."""
    out = Path(out)
    rid = latest_run_id(out)
    candidates = ([run_dir(out, rid) / "report.json"] if rid else []) + [out / "report.json"]
    for path in candidates:
        if not path.is_file():
            continue
        try:
            return RunReport.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError) as exc:
            log.warning("previous report %s unreadable (%s); every finding is marked new", path, type(exc).__name__)
            return None
    return None


def mark(findings: Iterable[Finding], previous: RunReport | None) -> tuple[dict[str, str], tuple[Finding, ...]]:
    """Status of each current fingerprint (new / unchanged) and the previous findings now resolved."""
    findings = list(findings)
    before = {f.fingerprint: f for f in (previous.findings if previous else ())}
    status = {f.fingerprint: ("unchanged" if f.fingerprint in before else "new") for f in findings}
    now = set(status)
    resolved = tuple(f for fp, f in before.items() if fp not in now)
    for f in resolved:
        status[f.fingerprint] = "resolved"
    return status, resolved


def review_entry(entry: Any) -> dict[str, str]:
    """A review as a flat ``{field: text}`` mapping (accepts a pydantic model or a mapping)."""
    if hasattr(entry, "model_dump"):
        entry = entry.model_dump(mode="json")
    if not isinstance(entry, Mapping):
        return {"status": str(entry)}
    return {str(k): ("" if v is None else str(v)) for k, v in entry.items()}


def apply_reviews(
    findings: Iterable[Finding], reviews: Mapping[str, Any], previous: RunReport | None = None
) -> tuple[dict[str, dict[str, str]], list[str], list[tuple[Finding, str, dict[str, str]]]]:
    """Match reviews to findings by fingerprint.

    Returns ``(matched, stale, reopened)``: the reviews of current fingerprints (a dismissed finding
    stays dismissed while its evidence is unchanged); the reviewed fingerprints no finding has any
    more; and, for each stale review whose finding was in the previous run, a current finding of
    the same rule and subject (its evidence changed, so the review no longer applies and it is back
    for review) with the old fingerprint and review.
    """
    findings = list(findings)
    by_fp = {f.fingerprint: f for f in findings}
    matched = {fp: review_entry(r) for fp, r in reviews.items() if fp in by_fp}
    stale = sorted(fp for fp in reviews if fp not in by_fp)
    reopened: list[tuple[Finding, str, dict[str, str]]] = []
    before = {f.fingerprint: f for f in (previous.findings if previous else ())}
    for fp in stale:
        old = before.get(fp)
        if old is None:
            continue
        for f in findings:
            if f.rule == old.rule and f.subject == old.subject and f.fingerprint not in reviews:
                reopened.append((f, fp, review_entry(reviews[fp])))
    return matched, stale, reopened


def _link_or_copy(src: str, dst: str) -> None:
    """Hard-link a published file (the run folder never changes after it is written), or copy it
    where links are not possible (another file system)."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _copy_entry(src: Path, dst: Path, tmp_root: Path) -> None:
    if src.is_dir():
        tmp = tmp_root / src.name
        shutil.copytree(src, tmp, copy_function=_link_or_copy)
        old = tmp_root / (src.name + ".old")
        if dst.exists() or dst.is_symlink():
            if dst.is_dir() and not dst.is_symlink():
                os.replace(dst, old)
            else:
                dst.unlink()
        os.replace(tmp, dst)
        shutil.rmtree(old, ignore_errors=True)
    else:
        write_bytes_atomic(dst, src.read_bytes())


def publish(out: Path, run_id: str) -> None:
    """Make ``runs/<run_id>`` the latest run: switch ``latest``/``LATEST`` and copy its files to the
    top of ``out``. Files are replaced one by one atomically; ``index.html`` is written last."""
    out = Path(out)
    src = run_dir(out, run_id)
    if not (src / "report.json").is_file():
        raise FileNotFoundError(f"{src}/report.json missing: the run did not finish writing")
    # 1. pointers
    link = out / LATEST_LINK
    tmp_link = out / f".latest.{run_id}.tmp"
    try:
        if tmp_link.is_symlink() or tmp_link.exists():
            tmp_link.unlink()
        os.symlink(Path(RUNS) / run_id, tmp_link, target_is_directory=True)
        if link.exists() and not link.is_symlink():
            shutil.rmtree(link) if link.is_dir() else link.unlink()
        os.replace(tmp_link, link)
    except OSError as exc:  # no symlinks on this file system: the pointer file still says it
        log.warning("could not update the 'latest' symlink (%s); see %s", exc, LATEST_POINTER)
    write_text_atomic(out / LATEST_POINTER, run_id + "\n")
    (src / COMPLETE).touch()
    # 2. top-level copy
    names = sorted(p.name for p in src.iterdir() if p.name not in RESERVED and not p.name.startswith(".policycheck"))
    order = [n for n in names if n not in ("report.json", "index.html")] + [
        n for n in ("report.json", "index.html") if n in names
    ]
    tmp_root = out / f".publish-{run_id}"
    tmp_root.mkdir(exist_ok=True)
    try:
        for name in order:
            _copy_entry(src / name, out / name, tmp_root)
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)
    # 3. remove what the previous publish wrote and this one did not
    try:
        before = set(json.loads((out / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        before = set()
    for name in sorted(before - set(names) - RESERVED):
        p = out / name
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        elif p.exists() or p.is_symlink():
            p.unlink()
    write_text_atomic(out / MANIFEST, json.dumps(names))


def clean_orphans(out: Path) -> list[str]:
    """Remove what runs killed before publishing left behind: run folders never published, and the
    temporary folders of rendering and publishing. Call it holding the output lock."""
    out = Path(out)
    removed: list[str] = []
    latest = latest_run_id(out)
    root = out / RUNS
    if root.is_dir():
        for p in sorted(root.iterdir()):
            orphan = p.name.startswith(".") or (p.is_dir() and p.name != latest and not (p / COMPLETE).exists())
            if orphan:
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() and not p.is_symlink() else p.unlink(missing_ok=True)
                removed.append(f"{RUNS}/{p.name}")
    if out.is_dir():
        for p in sorted(out.iterdir()):
            if p.name.startswith((".publish-", ".latest.")):
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() and not p.is_symlink() else p.unlink(missing_ok=True)
                removed.append(p.name)
    return removed


def discard(out: Path, run_id: str) -> None:
    """Remove the folder of a run that failed before publishing (never the published ones)."""
    if latest_run_id(out) == run_id:
        return
    shutil.rmtree(run_dir(out, run_id), ignore_errors=True)


def prune_runs(out: Path, keep: int) -> list[str]:
    """Remove all but the last ``keep`` runs (never the latest); returns the removed run ids."""
    if keep < 1:
        return []
    runs = list_runs(out)
    latest = latest_run_id(out)
    old = [r for r in runs[: max(0, len(runs) - keep)] if r != latest]
    for rid in old:
        shutil.rmtree(run_dir(out, rid), ignore_errors=True)
    return old


def list_runs(out: Path) -> list[str]:
    root = Path(out) / RUNS
    return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []

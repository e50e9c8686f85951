"""The claim store: claims of every document ever extracted, in SQLite (``OUT/claims.sqlite``).

Rows are keyed by a *document key*: a hash of what extraction depends on — the document's content
hash and metadata (id, path, date, language), the run's reference date, the extractor version
(``claims.__version__``) and the catalog version. An unchanged document under an unchanged
extractor and catalog therefore finds its claims here and is not extracted again, whichever batch
it lands in. The ``corpus`` table records which documents the latest run covered, so ``check``
can read the corpus's claims without re-reading a large corpus (:meth:`ClaimStore.corpus_claims`).

Plain Python, no Prefect. Safe for several processes: WAL journal, busy timeout, short writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import logging

from pydantic import TypeAdapter

from claims.model import Claim, Document

STORE_NAME = "claims.sqlite"
SCHEMA_VERSION = 1

_claims_adapter = TypeAdapter(list[Claim])
log = logging.getLogger("policycheck.store")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extractions (
    doc_key TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    catalog_version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    n_claims INTEGER NOT NULL,
    claims_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS extractions_doc ON extractions (doc_id);
CREATE TABLE IF NOT EXISTS documents (
    file_key TEXT PRIMARY KEY,
    doc_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS corpus (
    doc_id TEXT PRIMARY KEY,
    doc_key TEXT NOT NULL,
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    run_id TEXT NOT NULL
);
"""


def doc_key(doc: Document, *, extractor_version: str, catalog_version: str, reference_date: dt.date | None) -> str:
    """What a document's claims depend on, hashed. Equal keys => equal claims."""
    meta = doc.model_dump(mode="json", exclude={"text"})
    payload = json.dumps(
        {"doc": meta, "extractor": extractor_version, "catalog": catalog_version, "ref": str(reference_date)},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ClaimStore:
    def __init__(self, path: Path | str, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(_SCHEMA)
            self.db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            self.db.commit()

    @classmethod
    def in_folder(cls, out: Path | str, *, readonly: bool = False) -> "ClaimStore":
        """The store of an output folder. A store that is not a readable SQLite database (a crash
        of the disk, a stray file) is moved aside as ``claims.sqlite.broken-<time>`` and a new one
        is started: it is only a cache, the next run rebuilds it."""
        path = Path(out) / STORE_NAME
        if readonly:
            return cls(path, readonly=True)
        try:
            store = cls(path)
            store.db.execute("SELECT COUNT(*) FROM extractions").fetchone()
            return store
        except sqlite3.DatabaseError as exc:
            stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
            aside = path.with_name(f"{STORE_NAME}.broken-{stamp}")
            path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            log.warning("claim store %s unreadable (%s); moved to %s and started anew", path, exc, aside.name)
            return cls(path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "ClaimStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- extractions ---------------------------------------------------------------------------
    def get_many(self, keys: Sequence[str]) -> dict[str, list[Claim]]:
        """Claims of the keys present in the store."""
        found: dict[str, list[Claim]] = {}
        keys = list(dict.fromkeys(keys))
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self.db.execute(
                f"SELECT doc_key, claims_json FROM extractions WHERE doc_key IN ({marks})", chunk
            ):
                found[key] = _claims_adapter.validate_json(blob)
        return found

    def get_present(self, keys: Sequence[str]) -> list[str]:
        """The keys the store holds (without decoding their claims)."""
        keys = list(dict.fromkeys(keys))
        present: list[str] = []
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            present += [k for (k,) in self.db.execute(f"SELECT doc_key FROM extractions WHERE doc_key IN ({marks})", chunk)]
        return present

    def put_many(
        self, items: Iterable[tuple[str, Document, list[Claim]]], *, extractor_version: str, catalog_version: str
    ) -> int:
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        rows = [
            (
                key,
                doc.id,
                doc.content_hash,
                extractor_version,
                catalog_version,
                now,
                len(claims),
                _claims_adapter.dump_json(list(claims)).decode("utf-8"),
            )
            for key, doc, claims in items
        ]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO extractions VALUES (?,?,?,?,?,?,?,?)", rows)
        return len(rows)

    # -- loaded documents, by file key (path + stat + sources metadata + loader version) ----------
    def get_documents(self, keys: Sequence[str]) -> dict[str, Document]:
        found: dict[str, Document] = {}
        keys = list(dict.fromkeys(keys))
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self.db.execute(f"SELECT file_key, doc_json FROM documents WHERE file_key IN ({marks})", chunk):
                found[key] = Document.model_validate_json(blob)
        return found

    def replace_documents(self, current: Sequence[str], fresh: Iterable[tuple[str, Document]]) -> None:
        """Add the documents loaded in this run and forget file keys the run did not see."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?)", [(k, d.model_dump_json()) for k, d in fresh]
            )
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (file_key TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM seen")
            self.db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", [(k,) for k in current])
            self.db.execute("DELETE FROM documents WHERE file_key NOT IN (SELECT file_key FROM seen)")

    # -- the corpus of the latest run ----------------------------------------------------------
    def set_corpus(self, entries: Iterable[tuple[str, Document]], *, run_id: str) -> None:
        rows = [(doc.id, key, doc.path, doc.content_hash, run_id) for key, doc in entries]
        with self.db:
            self.db.execute("DELETE FROM corpus")
            self.db.executemany("INSERT OR REPLACE INTO corpus VALUES (?,?,?,?,?)", rows)

    def corpus_claims(self) -> list[Claim]:
        """The claims of the documents of the latest run, ordered by document and offset."""
        out: list[Claim] = []
        for (blob,) in self.db.execute(
            "SELECT e.claims_json FROM corpus c JOIN extractions e ON e.doc_key = c.doc_key ORDER BY c.doc_id"
        ):
            out.extend(_claims_adapter.validate_json(blob))
        return out

    def corpus_documents(self) -> list[dict[str, str]]:
        cur = self.db.execute("SELECT doc_id, path, content_hash, run_id FROM corpus ORDER BY doc_id")
        return [dict(zip(("doc_id", "path", "content_hash", "run_id"), row)) for row in cur]

    def prune(self) -> int:
        """Drop extractions no document of the latest run uses; returns how many were dropped."""
        with self.db:
            cur = self.db.execute("DELETE FROM extractions WHERE doc_key NOT IN (SELECT doc_key FROM corpus)")
        return cur.rowcount

    def stats(self) -> dict[str, int]:
        (n_ext,) = self.db.execute("SELECT COUNT(*) FROM extractions").fetchone()
        (n_corpus,) = self.db.execute("SELECT COUNT(*) FROM corpus").fetchone()
        return {"extractions": n_ext, "corpus_documents": n_corpus}

"""The benchmark's corpus of published official texts (benchmarks/corpus/public): each file loads
as a document in the language its front matter states, with its title, source and the reason it
may be shipped, and its README lists it; the benchmark reads the three scripts from it and the
seeds (benchmarks/bench_extract.py --corpus real)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.documents import load_document

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = ROOT / "benchmarks" / "corpus" / "public"
FILES = sorted(PUBLIC.glob("[ez]*.md"))


def test_the_corpus_is_there():
    assert len(FILES) >= 10
    langs = {load_document(p).language for p in FILES}
    assert {"en", "zh-Hans"} <= langs


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_file_says_what_it_is(path):
    doc = load_document(path)
    meta = doc.metadata
    assert meta.get("language") == doc.language, (meta.get("language"), doc.language)  # detected as stated
    for field in ("title", "publisher", "source", "license"):
        assert str(meta.get(field) or "").strip(), f"{path.name}: no {field}"
    assert len(doc.text) - doc.body_start > 2000  # a whole document, not an excerpt
    assert path.name in (PUBLIC / "README.md").read_text(encoding="utf-8")

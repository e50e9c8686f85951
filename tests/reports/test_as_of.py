"""A figure's stated moment (``as_of``) reaches the reviewer: in claims.jsonl and next to the
normalised value on the document page and in the evidence of the index."""

from __future__ import annotations

import json
from pathlib import Path

from flows import pipeline


def test_as_of_is_shown_where_the_value_is(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ndate: 2025-06-01\n---\nAs of March 2025, BIS had fewer than 600 staff.\n", encoding="utf-8")
    (corpus / "b.md").write_text("---\ndate: 2025-06-01\n---\n截至2023年底，BIS有650名员工。\n", encoding="utf-8")
    out = tmp_path / "out"
    pipeline.run_plain(pipeline.Options(corpus=str(corpus), out=str(out)))
    claims = [json.loads(x) for x in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(c["as_of"] for c in claims) == ["2023-12-31", "2025-03-31"]
    assert '<span class="as-of">(as of 2025-03-31)</span>' in (out / "docs" / "a.html").read_text(encoding="utf-8")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in report["findings"]] == ["PC134"]  # 650 against fewer than 600, a year apart
    assert "(as of 2023-12-31)" in (out / "index.html").read_text(encoding="utf-8")

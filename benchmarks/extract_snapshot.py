"""Every claim of a fixed, varied corpus as JSON lines: run before and after a refactor of the
extractor and compare, so that a speed-up that changes a single span, value or subject is seen.

Usage: python benchmarks/extract_snapshot.py OUT.jsonl
       diff <(python benchmarks/extract_snapshot.py /dev/stdout) BEFORE.jsonl

The corpus: the seeds and every test document (tests/data, tests/drafts), each input sentence of
the peer specs (../shared/peer-specs or $POLICYCHECK_PEER_SPECS) as a document of its own, and
the adversarial families of tests/robustness (4,000 code points each, three seeds). Each line is one
claim (every field of the model), in document order, and for the spec sentences and adversarial
texts also each number and date mention the parsers find; a final line counts claims per source.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.catalog import load_catalog  # noqa: E402
from claims.dates import find_dates  # noqa: E402
from claims.documents import load_document  # noqa: E402
from claims.extract import extract_claims, text_document  # noqa: E402
from claims.numbers import find_numbers  # noqa: E402


def documents():
    for pattern in ("seeds/0*.txt", "tests/data/**/*.md", "tests/data/**/*.txt", "tests/drafts/*.md", "tests/drafts/*.txt"):
        for p in sorted(ROOT.glob(pattern)):
            yield "files", load_document(p)
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import PEER_SPECS  # noqa: E402

    for spec in sorted(PEER_SPECS.glob("**/*.jsonl")):
        for line in spec.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            yield "peer-specs", text_document(case["text"], doc_id=case["id"])
    from robustness.adversarial import ALL, build  # noqa: E402

    for family in ALL:
        for seed in range(3):
            yield "adversarial", text_document(build(family, 4000, seed), doc_id=f"{family}-{seed}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/dev/stdout")
    catalog = load_catalog()
    counts: dict[str, int] = {}
    with out.open("w", encoding="utf-8") as f:
        for source, doc in documents():
            for c in extract_claims(doc, catalog):
                f.write(c.model_dump_json() + "\n")
                counts[source] = counts.get(source, 0) + 1
            if source != "files":  # the parsers alone too: most spec sentences state no claim
                body = doc.text
                for m in find_numbers(body):
                    f.write(json.dumps(["number", doc.id, repr(m)], ensure_ascii=False) + "\n")
                for d in find_dates(body, doc_date=None):
                    f.write(json.dumps(["date", doc.id, repr(d)], ensure_ascii=False) + "\n")
        f.write(json.dumps({"claims": counts}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

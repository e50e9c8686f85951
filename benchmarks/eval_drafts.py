"""Precision and recall of `policycheck check` on the labelled drafts in tests/drafts/.

All drafts are checked in one call of the real command (flows.cli.main, JSON output,
--fail-on imprecise) against the bundled corpus (seeds/ with seeds/reference.yaml); drafts are
checked independently of each other, so a draft's exit is 1 when a finding of kind imprecise or
more serious involves one of its claims (what `check` on that draft alone returns), 2 when it could
not be read. A draft is a true positive when it was expected to fail (labels.yaml: expect_exit 1)
and did; subject-level figures also require the finding to name an expected subject.
Writes benchmarks/results/eval_drafts.json.

    python benchmarks/eval_drafts.py [--corpus seeds] [--out benchmarks/results/eval_drafts.json]
    python benchmarks/eval_drafts.py --labels tests/gate/*.yaml   # the gate on articles it never saw
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def evaluate(corpus: Path, drafts_dir: Path, labels_file: Path | None = None) -> dict:
    """``labels_file`` (default DRAFTS_DIR/labels.yaml) lists the drafts, their paths relative to
    the file's folder, and may set ``fail_on`` (default ``imprecise``)."""
    from claims.messages import KIND_ORDER, at_or_above
    from flows.cli import main

    labels_file = labels_file or drafts_dir / "labels.yaml"
    drafts_dir = labels_file.parent
    spec = yaml.safe_load(labels_file.read_text(encoding="utf-8"))
    labels = spec["drafts"]
    fail_on = spec.get("fail_on", "imprecise")
    # the kinds that make `policycheck check --fail-on FAIL_ON` exit 1 (claims.messages.KIND_ORDER)
    failing_kinds = tuple(k for k in KIND_ORDER if at_or_above(k, fail_on))
    rows = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        err = io.StringIO()
        paths = [str(drafts_dir / lab["file"]) for lab in labels]
        with contextlib.redirect_stderr(err):
            main(["check", *paths, "--corpus", str(corpus), "--format", "json", "--fail-on", fail_on, "--output", str(out)])
        data = json.loads(out.read_text(encoding="utf-8"))
    unreadable = {p["path"] for p in data["problems"]}
    for lab, path in zip(labels, paths):
        doc = Path(path).stem
        mine = [f for f in data["findings"] if any(c["doc"] == doc for c in f["claims"])]
        failing = [f for f in mine if f["kind"] in failing_kinds]
        rows.append(
            {
                "file": lab["file"],
                "lang": lab["lang"],
                "expect_exit": lab["expect_exit"],
                "exit": 2 if path in unreadable else (1 if failing else 0),
                "expected_subjects": lab["subjects"],
                "flagged_subjects": sorted({f["subject"] for f in failing}),
                "findings": [{"rule": f["rule"], "kind": f["kind"], "subject": f["subject"], "message": f["message"]} for f in mine],
            }
        )
    elapsed = time.perf_counter() - t0

    return {
        "corpus": str(corpus.resolve().relative_to(ROOT)) if corpus.resolve().is_relative_to(ROOT) else str(corpus),
        "fail_on": fail_on,
        "seconds": round(elapsed, 2),
        "overall": prf(rows),
        "by_language": {lang: prf([r for r in rows if r["lang"] == lang]) for lang in ("en", "zh-Hans", "zh-Hant")},
        "drafts": rows,
    }


def prf(rs: list[dict]) -> dict:
    tp = sum(1 for r in rs if r["expect_exit"] == 1 and r["exit"] == 1)
    fp = sum(1 for r in rs if r["expect_exit"] == 0 and r["exit"] == 1)
    fn = sum(1 for r in rs if r["expect_exit"] == 1 and r["exit"] != 1)
    tn = sum(1 for r in rs if r["expect_exit"] == 0 and r["exit"] == 0)
    # subject level: a caught error must name an expected subject; any flagged subject that is
    # not expected is a false positive
    stp = sum(1 for r in rs if r["expect_exit"] == 1 and set(r["expected_subjects"]) & set(r["flagged_subjects"]))
    sfp = sum(len(set(r["flagged_subjects"]) - set(r["expected_subjects"])) for r in rs)
    sfn = sum(1 for r in rs if r["expect_exit"] == 1 and not set(r["expected_subjects"]) & set(r["flagged_subjects"]))
    div = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
    return {
        "drafts": len(rs), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": div(tp, tp + fp), "recall": div(tp, tp + fn),
        "subject_precision": div(stp, stp + sfp), "subject_recall": div(stp, stp + sfn),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "seeds"))
    ap.add_argument("--drafts", default=str(ROOT / "tests" / "drafts"))
    ap.add_argument("--labels", nargs="+", default=None,
                    help="labels files other than DRAFTS/labels.yaml (e.g. tests/gate/*.yaml: the gate on unseen articles)")
    ap.add_argument("--out", default=None, help="default benchmarks/results/eval_drafts.json (eval_<labels stem>.json "
                    "with one --labels file, eval_gate.json with several)")
    a = ap.parse_args()
    files = [Path(x) for x in a.labels] if a.labels else [None]
    name = "eval_drafts.json" if not a.labels else (f"eval_{files[0].stem}.json" if len(files) == 1 else "eval_gate.json")
    out = a.out or str(ROOT / "benchmarks" / "results" / name)
    parts = [evaluate(Path(a.corpus), Path(a.drafts), f) for f in files]
    res = parts[0]
    if len(parts) > 1:
        rows = [dict(r, labels=f.name) for f, pr in zip(files, parts) for r in pr["drafts"]]
        res = {
            "corpus": res["corpus"], "fail_on": sorted({pr["fail_on"] for pr in parts}), "labels": [f.name for f in files],
            "seconds": round(sum(pr["seconds"] for pr in parts), 2), "overall": prf(rows),
            "by_language": {lang: prf([r for r in rows if r["lang"] == lang]) for lang in ("en", "zh-Hans", "zh-Hant")},
            "drafts": rows,
        }
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    o = res["overall"]
    print(f"{o['drafts']} drafts: precision {o['precision']} recall {o['recall']} (tp {o['tp']} fp {o['fp']} fn {o['fn']} tn {o['tn']}); "
          f"subject-level precision {o['subject_precision']} recall {o['subject_recall']}; {res['seconds']} s")
    for lang, m in res["by_language"].items():
        print(f"  {lang}: precision {m['precision']} recall {m['recall']} ({m['drafts']} drafts)")
    for r in res["drafts"]:
        if (r["exit"] == 1) != (r["expect_exit"] == 1):
            print(f"  MISS {r['file']}: expected {r['expect_exit']} got {r['exit']} flagged {r['flagged_subjects']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

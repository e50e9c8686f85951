"""A run killed at any point (SIGKILL, no clean-up code runs) leaves the previous report intact
and readable, does not block the next run, and the next run removes what it left behind.
Exercised through ``policycheck verify --no-prefect`` (same history/publish/lock code as the flow,
without a server start per attempt)."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims.model import RunReport
from flows import history

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_verify", ROOT / "benchmarks" / "bench_verify.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _verify(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "verify", str(corpus), "--out", str(out), "--no-prefect", "--batch-size", "10"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def test_killed_runs_leave_the_previous_report(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    files = _bench().generate_corpus(corpus, 40)
    first = _verify(corpus, out)
    assert first.wait(timeout=300) == 0
    good = {n: (out / n).read_bytes() for n in ("index.html", "report.json", "claims.jsonl")}
    rid = history.latest_run_id(out)
    t0 = time.monotonic()
    probe = _verify(corpus, tmp_path / "probe")  # how long a full run takes here
    assert probe.wait(timeout=300) == 0
    full = time.monotonic() - t0
    for i, frac in enumerate((0.15, 0.35, 0.55, 0.75, 0.9)):
        for f in files:  # every document changes: the whole run has to be redone
            f.write_text(f.read_text(encoding="utf-8") + f"\n补充 {i}。\n", encoding="utf-8")
        proc = _verify(corpus, out)
        time.sleep(full * frac)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        report = RunReport.model_validate_json((out / "report.json").read_bytes())  # always readable
        latest = history.latest_run_id(out)
        if latest == rid:  # killed before publishing: the previous report, byte for byte
            assert {n: (out / n).read_bytes() for n in good} == good
        else:  # killed after the switch: the new run is complete in runs/<id>/
            assert (history.run_dir(out, latest) / "report.json").is_file()
            assert len(report.documents) == 40
        assert (out / "latest" / "report.json").is_file()
    # the next run is not blocked by the killed ones and cleans up after them
    last = _verify(corpus, out)
    assert last.wait(timeout=300) == 0
    assert all((history.run_dir(out, r) / history.COMPLETE).exists() for r in history.list_runs(out))
    assert not [p for p in (out / "runs").iterdir() if p.name.startswith(".")]
    assert not [p for p in out.iterdir() if p.name.startswith((".publish-", ".latest."))]

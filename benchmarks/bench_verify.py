"""Benchmark of ``policycheck verify`` at scale, through the real command line.

    python benchmarks/bench_verify.py [--docs 1000] [--workers 2] [--keep DIR] [--json FILE]

1. generates DOCS distinct documents from the seeds (every figure of three digits or more that is
   not a year is shifted by the document's number, so each document has its own content hash and
   its own claims);
2. ``verify`` over them into a fresh output folder (cold: every document extracted);
3. the same command after changing one document (incremental: Prefect's task cache skips every
   unchanged batch; the changed batch takes its unchanged documents from the claim store);
4. ``verify --workers N`` into another fresh output folder (cold, on a local Dask cluster).

Each run is a separate ``policycheck`` process, so the figures include Prefect's import and, when
PREFECT_API_URL is unset, the temporary server's start-up (reported separately). The flow's own
time comes from ``OUT/runs/<id>/run.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
_NUM = re.compile(r"(?<![\d.,])\d{3,}(?![\d])")


def generate_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct documents made from the seeds (front matter kept, figures shifted)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    out: list[Path] = []
    for i in range(n):
        k = i % len(seeds)
        text = texts[k]
        head, body = "", text
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end != -1:
                head, body = text[: end + 4], text[end + 4 :]
        shift = i // len(seeds) + 1

        def bump(m: re.Match[str]) -> str:
            v = int(m.group(0))
            return m.group(0) if 1900 <= v <= 2100 else str(v + shift)

        path = folder / f"gen{i:05d}_{seeds[k].stem[:3]}{seeds[k].suffix}"
        path.write_text(head + _NUM.sub(bump, body), encoding="utf-8")
        out.append(path)
    return out


CODE = ROOT  # where the runs import policycheck from (a snapshot, see snapshot_code)


def snapshot_code(work: Path) -> Path:
    """Copy claims/, reports/ and flows/ so that edits to the working tree during the benchmark do
    not change the extractor version (which would rightly invalidate every cached claim)."""
    dst = work / "code"
    shutil.rmtree(dst, ignore_errors=True)
    for pkg in ("claims", "reports", "flows"):
        shutil.copytree(ROOT / pkg, dst / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    return dst


def run_verify(corpus: Path, out: Path, *extra: str) -> dict:
    cmd = [sys.executable, "-m", "flows.cli", "verify", str(corpus), "--out", str(out), *extra]
    env = {**os.environ, "PYTHONPATH": str(CODE) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=CODE, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-5000:])
        raise SystemExit(f"verify failed with exit code {proc.returncode}: {' '.join(cmd)}")
    m = re.search(r"temporary Prefect server ready .* in ([\d.]+) s", proc.stderr)
    rid = (out / "LATEST").read_text().strip()
    stats = json.loads((out / "runs" / rid / "run.json").read_text())
    return {
        "wall_seconds": round(wall, 2),
        "server_start_seconds": float(m.group(1)) if m else None,
        "flow_seconds": stats.get("seconds"),
        "extract_seconds": stats.get("extract_seconds"),
        **{k: stats.get(k) for k in ("documents", "claims", "findings", "extracted", "from_store", "cached_batches", "batches",
                                     "files_read", "load_seconds", "crosscheck_seconds", "render_seconds", "publish_seconds")},
    }


def start_server(work: Path) -> subprocess.Popen:
    """``prefect server start`` on a free loopback port with its own PREFECT_HOME; PREFECT_API_URL set."""
    import signal  # noqa: F401  (used by stop_server)
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    home = work / "prefect-home"
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 180:
        try:
            with urllib.request.urlopen(f"{api}/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        stop_server(proc)
        raise SystemExit("the Prefect server did not become healthy within 180 s")
    print(f"prefect server on {api} (pid {proc.pid}) ready in {time.perf_counter() - t0:.1f} s", flush=True)
    os.environ["PREFECT_API_URL"] = api
    return proc


def stop_server(proc: subprocess.Popen) -> None:
    import signal

    os.environ.pop("PREFECT_API_URL", None)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=50)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary folder, removed)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--server", action="store_true",
                    help="start a long-running 'prefect server start' on 127.0.0.1 for the runs (no temporary server per run)")
    ap.add_argument("--no-snapshot", action="store_true", help="run the working tree's code instead of a copy")
    ap.add_argument("--skip-workers", action="store_true", help="leave out the --workers run")
    args = ap.parse_args(argv)

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-verify-"))
    server = None
    global CODE
    try:
        if not args.no_snapshot:
            CODE = snapshot_code(work)
        if args.server:
            server = start_server(work)
        corpus = work / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        files = generate_corpus(corpus, args.docs)
        size = sum(p.stat().st_size for p in files)
        print(f"corpus: {len(files)} documents, {size / 1e6:.1f} MB in {corpus}", flush=True)
        bs = ["--batch-size", str(args.batch_size)]
        results: dict[str, dict] = {}
        out1 = work / "out-1"
        shutil.rmtree(out1, ignore_errors=True)
        results["cold"] = run_verify(corpus, out1, *bs)
        print("cold       ", results["cold"], flush=True)
        changed = files[len(files) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\n另有 42 份补充意见。\n", encoding="utf-8")
        results["incremental"] = run_verify(corpus, out1, *bs)
        print("incremental", results["incremental"], flush=True)
        results["unchanged"] = run_verify(corpus, out1, *bs)
        print("unchanged  ", results["unchanged"], flush=True)
        if not args.skip_workers:
            outw = work / f"out-w{args.workers}"
            shutil.rmtree(outw, ignore_errors=True)
            results[f"workers_{args.workers}"] = run_verify(corpus, outw, *bs, "--workers", str(args.workers))
            print(f"workers {args.workers}  ", results[f"workers_{args.workers}"], flush=True)
            a = json.loads((out1 / "report.json").read_text())
            b = json.loads((outw / "report.json").read_text())
            # same corpus state => same findings and documents (status differs: out-1 has history)
            results["workers_equal"] = {"findings": a["findings"] == b["findings"], "documents": a["documents"] == b["documents"]}
        c, i = results["cold"], results["incremental"]
        ratio_wall = i["wall_seconds"] / c["wall_seconds"]
        ratio_flow = (i["flow_seconds"] or 0) / (c["flow_seconds"] or 1)
        results["ratio"] = {"incremental_over_cold_wall": round(ratio_wall, 3), "incremental_over_cold_flow": round(ratio_flow, 3)}
        print(f"incremental / cold: {ratio_wall:.3f} of the wall time, {ratio_flow:.3f} of the flow time")
        results["meta"] = {"docs": len(files), "bytes": size, "batch_size": args.batch_size, "cpus": os.cpu_count(),
                           "prefect_api_url": os.environ.get("PREFECT_API_URL") or "temporary server"}
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n")
    finally:
        if server is not None:
            stop_server(server)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

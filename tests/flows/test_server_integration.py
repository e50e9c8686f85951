"""Integration (marked ``server``): a real ``prefect server start`` on 127.0.0.1 with its own
PREFECT_HOME, the verify flow served as a deployment by ``policycheck serve``, one run triggered
through the REST API, waited for until COMPLETED, and its artifacts read back through the API.
Both processes are stopped by their process ids (process groups) whatever happens."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = [pytest.mark.server, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
FLOW, DEPLOYMENT = "policycheck-verify", "itest"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen[Any]) -> None:
    """Stop a process we started, and its children, by its pid (it leads its own process group)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _call(client: httpx.Client, method: str, url: str, timeout: float = 120, **kw: Any) -> Any:
    """One API request, retried while the server answers 5xx or not at all: a Prefect server on
    SQLite answers 500 "database is locked" now and then under load (PrefectHQ/prefect#18934)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            r = client.request(method, url, **kw)
            if r.status_code < 500:
                assert r.is_success, f"{method} {url}: {r.status_code} {r.text[:2000]}"
                return r.json()
            last = f"{r.status_code} {r.text[:2000]}"
        except httpx.TransportError as e:
            last = repr(e)
        if time.monotonic() > deadline:
            raise AssertionError(f"{method} {url} kept failing for {timeout:.0f} s; last: {last}")
        time.sleep(1)


def _wait(what: str, check: Any, timeout: float, procs: list[subprocess.Popen[Any]], interval: float = 0.5) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for p in procs:
            if p.poll() is not None:
                raise AssertionError(f"{what}: process {p.args!r} exited with {p.returncode}")
        got = check()
        if got:
            return got
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    home = tmp_path / "prefect-home"
    home.mkdir()
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        "PREFECT_CLIENT_RETRY_EXTRA_CODES": "500",
    }
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=tmp_path,
    )
    try:
        def healthy() -> bool:
            try:
                return httpx.get(f"{api}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        _wait("the Prefect server's /api/health", healthy, 180, [proc])
        yield api, env
    finally:
        _stop(proc)
        log.close()


def test_served_deployment_runs_and_publishes_artifacts(server: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    api, env = server
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    out = tmp_path / "out"
    log = (tmp_path / "serve.log").open("wb")
    serve = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", str(corpus), "--out", str(out), "--name", DEPLOYMENT, "--cron", "0 6 * * *"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=ROOT,
    )
    try:
        with httpx.Client(base_url=api, timeout=10) as client:
            def deployment() -> Any:
                try:
                    r = client.get(f"/deployments/name/{FLOW}/{DEPLOYMENT}")
                except httpx.TransportError:
                    return None
                return r.json() if r.status_code == 200 else None

            dep = _wait("the served deployment", deployment, 180, [serve])
            assert dep["schedules"] and dep["schedules"][0]["schedule"]["cron"] == "0 6 * * *"
            run = _call(client, "POST", f"/deployments/{dep['id']}/create_flow_run", json={})

            def finished() -> Any:
                state = _call(client, "GET", f"/flow_runs/{run['id']}").get("state") or {}
                return state if state.get("type") in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None

            state = _wait("the flow run to finish", finished, 300, [serve], interval=1)
            assert state["type"] == "COMPLETED", (tmp_path / "serve.log").read_text(errors="replace")[-3000:]
            arts = _call(client, "POST", "/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [run["id"]]}}})
    finally:
        _stop(serve)
        log.close()
    keys = {a["key"]: a for a in arts if a.get("key")}
    assert {"policycheck-summary", "policycheck-findings", "policycheck-report"} <= set(keys)
    assert "file://" in str(keys["policycheck-report"]["data"])
    assert (out / "index.html").is_file() and (out / "report.json").is_file() and (out / "claims.jsonl").is_file()

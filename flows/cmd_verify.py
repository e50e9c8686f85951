"""``policycheck verify [CORPUS] --out DIR``: run the verify flow and write the report.

Prefect is imported only inside :func:`run`, after the environment is prepared:

- ``PREFECT_HOME``: kept when set and writable; otherwise ``~/.prefect`` when writable; otherwise a
  per-user folder under the system temp dir (the temporary server keeps its SQLite database there
  and fails with "unable to open database file" on an unwritable home).
- ``PREFECT_SERVER_ANALYTICS_ENABLED=false`` unless set (no telemetry from an offline machine).
- Without ``PREFECT_API_URL`` a temporary local Prefect server is started (about 16 s here); the
  command says so, times it, and stops it at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from claims.errors import PolicycheckError, format_problem


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", nargs="?", default=None, metavar="CORPUS",
                   help="folder (or file) of .txt/.md/.html documents, optionally with sources.yaml (default: ./seeds)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder: index.html, report.json, claims.jsonl, runs/")
    p.add_argument("--reference", metavar="FILE", help="reference facts YAML (default: CORPUS/reference.yaml when present)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="report labels (default: en)")
    p.add_argument("--workers", type=_positive, default=1, metavar="N",
                   help="run the tasks on a local Dask cluster of N processes (needs prefect-dask; default 1: threads in this process)")
    p.add_argument("--dask-address", metavar="ADDR", help="run the tasks on an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--batch-size", type=_positive, default=50, metavar="N", help="documents per load/extract task (default 50)")
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                   help="date that relative dates without a document date resolve against (default: none)")
    p.add_argument("--fetch-retries", type=int, default=3, metavar="N", help="retries for each URL source (default 3, exponential backoff)")
    p.add_argument("--allow-private-urls", action="store_true",
                   help="let sources.yaml URLs point at loopback/private/link-local addresses (refused by default)")
    p.add_argument("--no-prefect", action="store_true",
                   help="run the same steps in this process without Prefect (no server, no UI, no task cache)")


def _positive(s: str) -> int:
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {s!r}") from None
    if v < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {s!r}")
    return v


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {s!r}") from None


def say(msg: str) -> None:
    sys.stderr.write(f"policycheck: {msg}\n")
    sys.stderr.flush()


# -- environment ------------------------------------------------------------------------------------
def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".pc-write-test-"):
            pass
    except OSError:
        return False
    return True


def prefect_env(environ: dict[str, str] | Any = os.environ) -> list[str]:
    """Prepare the environment before Prefect is imported; returns what was changed, for the user."""
    notes: list[str] = []
    environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # A Prefect server on SQLite answers 500 "database is locked" now and then under load
    # (PrefectHQ/prefect#18934, #10188); the client retries 429/502/503 by itself, and 500 with this.
    environ.setdefault("PREFECT_CLIENT_RETRY_EXTRA_CODES", "500")
    home = environ.get("PREFECT_HOME")
    if home and _writable(Path(home).expanduser()):
        return notes
    default = Path.home() / ".prefect"
    if not home and _writable(default):
        return notes
    fallback = Path(tempfile.gettempdir()) / f"policycheck-prefect-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    fallback.mkdir(mode=0o700, parents=True, exist_ok=True)
    environ["PREFECT_HOME"] = str(fallback)
    notes.append(f"PREFECT_HOME {home or str(default)} is not writable; using {fallback}")
    return notes


def api_url_configured() -> bool:
    """True when a Prefect API URL comes from the environment or the active Prefect profile."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


STARTUP_TIMEOUT = 120  # seconds; Prefect's own default (20 s) is too short on a busy 2-core machine


class TemporaryServer:
    """Prefect's temporary server (the same uvicorn app Prefect's ephemeral mode starts), launched
    by the CLI itself so that it can say what it is doing, time it, and overlap the server's boot
    with importing Prefect in this process. PREFECT_API_URL is set for this process and its
    children (Dask workers, served runs), so Prefect uses it instead of starting its own."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.api_url = ""
        self.seconds = 0.0
        self._t0 = 0.0
        self._log: Path | None = None

    def launch(self) -> None:
        say("starting a temporary Prefect server (set PREFECT_API_URL to use a long-running one)...")
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.api_url = f"http://127.0.0.1:{port}/api"
        home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
        home.mkdir(parents=True, exist_ok=True)
        self._log = home / "policycheck-temporary-server.log"
        app_dir = Path(importlib.util.find_spec("prefect").origin).parent.parent  # type: ignore[union-attr,arg-type]
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        env.pop("PREFECT_API_URL", None)
        self._t0 = time.perf_counter()
        with open(self._log, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
                 "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
                 "--log-level", "error", "--lifespan", "on"],
                env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            )
        os.environ["PREFECT_API_URL"] = self.api_url  # read by Prefect when it is imported, and by children

    def wait_ready(self, timeout: float = 0.0) -> None:
        import urllib.request

        timeout = timeout or float(os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS") or 0) or STARTUP_TIMEOUT
        timeout = max(timeout, STARTUP_TIMEOUT)
        assert self.proc is not None
        while time.perf_counter() - self._t0 < timeout:
            if self.proc.poll() is not None:
                self._fail(f"the server process exited with code {self.proc.returncode}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            self._fail(f"not ready within {timeout:.0f} s")
        self.seconds = time.perf_counter() - self._t0
        say(f"temporary Prefect server ready at {self.api_url} in {self.seconds:.1f} s "
            f"(database in {os.environ.get('PREFECT_HOME') or '~/.prefect'})")

    def _fail(self, why: str) -> None:
        tail = ""
        if self._log and self._log.exists():
            lines = [ln for ln in self._log.read_text(errors="replace").splitlines() if ln.strip()]
            tail = f"; last server output: {lines[-1][:200]}" if lines else ""
        self.stop()
        raise PolicycheckError(_usage(
            f"could not start a temporary Prefect server: {why}{tail} (log: {self._log}); start one with "
            "'prefect server start' and set PREFECT_API_URL, or raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
        ))

    def stop(self) -> None:
        if self.api_url and os.environ.get("PREFECT_API_URL") == self.api_url:
            if "prefect.logging" in sys.modules:
                _drain_prefect_workers()
            os.environ.pop("PREFECT_API_URL", None)
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None


def api_url_known() -> bool:
    """Whether Prefect has an API URL, without importing Prefect when it is not imported yet:
    the environment, else the active profile in PREFECT_HOME/profiles.toml."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    if "prefect.settings" in sys.modules:  # already imported (tests, embedding): ask Prefect
        return api_url_configured()
    import tomllib

    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return api_url_configured()  # cannot tell: let Prefect read it
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = (data.get("profiles") or {}).get(active) or {}
    return bool(profile.get("PREFECT_API_URL"))


def _drain_prefect_workers() -> None:
    """Send the logs and events still queued before the server goes away (as Prefect's harness does)."""
    import inspect

    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain() -> None:
        try:
            result = APILogWorker.instance().drain()
            if inspect.isawaitable(result):
                await result
        except RuntimeError:
            pass
        result = EventsWorker.drain_all()
        if inspect.isawaitable(result):
            await result

    try:
        run_coro_as_sync(drain())
    except Exception:  # best effort: never fail a finished run over its last log lines
        pass


def task_runner(workers: int, address: str | None) -> Any:
    """None (Prefect's default thread pool) or a DaskTaskRunner."""
    if workers <= 1 and not address:
        return None
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise PolicycheckError(_usage("--workers/--dask-address need prefect-dask: pip install 'policycheck[dask]'")) from None
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})


def _usage(msg: str) -> Any:
    from claims.errors import problem

    return problem("E401", "policycheck verify", msg)


def default_corpus() -> str:
    here = Path("seeds")
    if here.is_dir():
        return str(here)
    bundled = Path(__file__).resolve().parent.parent / "seeds"
    return str(bundled)


def flow_parameters(args: argparse.Namespace) -> dict[str, Any]:
    from claims.reference import default_reference

    corpus = args.corpus or default_corpus()
    reference = args.reference or default_reference(Path(corpus))
    return {
        "corpus": str(Path(corpus).absolute()),
        "out": str(Path(args.out).absolute()),
        "reference": str(Path(reference).absolute()) if reference else None,
        "lang": args.lang,
        "batch_size": args.batch_size,
        "reference_date": args.reference_date,
        "fetch_retries": args.fetch_retries,
        "fetch_allow_private": bool(getattr(args, "allow_private_urls", False)),
    }


def _check_paths(params: dict[str, Any]) -> None:
    corpus, out = Path(params["corpus"]).resolve(), Path(params["out"]).resolve()
    if not corpus.exists():
        from claims.errors import problem

        raise PolicycheckError(problem("E101", str(corpus), "corpus not found"))
    if corpus.is_dir() and (out == corpus or out.is_relative_to(corpus)):
        raise PolicycheckError(_usage(f"--out {out} is inside the corpus {corpus}; its report would be read as a document"))
    if out.exists() and not out.is_dir():
        raise PolicycheckError(_usage(f"--out {out} exists and is not a folder"))


# -- the command ------------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> int:
    try:
        params = flow_parameters(args)
        _check_paths(params)
    except PolicycheckError as exc:
        for p in exc.problems:
            say(format_problem(p))
        return 2
    if args.no_prefect:
        return _run_plain(params)

    for note in prefect_env():
        say(note)
    from flows.lock import OutputLock

    try:
        lock = OutputLock(params["out"]).acquire()  # before the server: a busy folder fails fast
    except PolicycheckError as exc:
        for p in exc.problems:
            say(format_problem(p))
        return 2
    except OSError as exc:  # --out on a read-only or impossible place: no traceback, exit 2
        say(format_problem(_usage(f"--out {params['out']}: cannot write there: {exc.strerror or exc}")))
        return 2
    try:
        return _run_flow(args, params)
    except PolicycheckError as exc:
        for p in exc.problems:
            say(format_problem(p))
        return 2
    except Exception as exc:  # no traceback for the user; the previous report is untouched
        say(f"verify failed: {type(exc).__name__}: {exc}")
        say(f"the previous report in {params['out']} (if any) is unchanged")
        return 2
    finally:
        lock.release()


def _run_flow(args: argparse.Namespace, params: dict[str, Any]) -> int:
    t0 = time.perf_counter()
    server_seconds = 0.0
    import contextlib

    with contextlib.ExitStack() as stack:
        server = None
        if not api_url_known():
            server = TemporaryServer()
            stack.callback(server.stop)
            server.launch()  # boots while Prefect is imported below
        from flows.verify import verify_flow

        if server is not None:
            server.wait_ready()
            server_seconds = server.seconds

        runner = task_runner(args.workers, args.dask_address)
        flow = verify_flow if runner is None else verify_flow.with_options(task_runner=runner)
        if runner is not None:
            say(f"running tasks on Dask ({args.dask_address or f'{args.workers} local worker processes'})")
        state = flow(**params, return_state=True)
        if not state.is_completed():
            err = state.result(raise_on_failure=False)
            if isinstance(err, PolicycheckError):
                raise err
            say(f"verify run {state.name.lower()}: {type(err).__name__}: {err}")
            say(f"the previous report in {params['out']} (if any) is unchanged")
            return 2
        summary = state.result()
    total = time.perf_counter() - t0
    say(
        f"{summary['documents']} documents, {summary['claims']} claims, {summary['findings']} findings "
        f"({summary['new']} new, {summary['resolved']} resolved), {summary['problems']} skipped inputs"
    )
    say(
        f"{total:.1f} s: flow {summary['seconds']:.1f} s (extraction {summary['extract_seconds']:.1f} s: "
        f"{summary['extracted']} extracted, {summary['from_store']} from the claim store, "
        f"{summary['cached_documents']} in cached batches)"
        + (f", temporary server start-up {server_seconds:.1f} s" if server_seconds else "")
    )
    say(f"report: {summary['index']}")
    return 0


def _run_plain(params: dict[str, Any]) -> int:
    from flows import pipeline

    opts = pipeline.Options(
        corpus=params["corpus"], out=params["out"], reference=params["reference"], lang=params["lang"],
        batch_size=params["batch_size"], reference_date=params["reference_date"],
        fetch_limits=pipeline.fetchmod.FetchLimits(allow_private=params["fetch_allow_private"]),
    )
    try:
        summary = pipeline.run_plain(opts, say=say)
    except PolicycheckError as exc:
        for p in exc.problems:
            say(format_problem(p))
        return 2
    except OSError as exc:  # --out on a read-only or impossible place, a full disk: no traceback, exit 2
        say(format_problem(_usage(f"cannot write to --out {params['out']}: {exc.strerror or exc}")))
        say(f"the previous report in {params['out']} (if any) is unchanged")
        return 2
    say(f"{summary['documents']} documents, {summary['claims']} claims, {summary['findings']} findings")
    say(f"report: {Path(params['out']) / 'index.html'}")
    return 0

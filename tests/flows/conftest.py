"""Fixtures of the flow tests: ONE Prefect test harness per session, corpora in tmp, and a local
HTTP server (127.0.0.1, free port, stopped at the end) for URL sources."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    # Prefect and its dependencies emit these while running flows; they are not ours to fix.
    for line in (
        "ignore::DeprecationWarning:websockets.*",
        "ignore::DeprecationWarning:uvicorn.*",
        "ignore::DeprecationWarning:distributed.*",
        "ignore::DeprecationWarning:dask.*",
        "ignore::DeprecationWarning:tornado.*",
        "ignore::pytest.PytestUnraisableExceptionWarning",
        "ignore::ResourceWarning",
        "ignore:.*is deprecated.*:DeprecationWarning:prefect.*",
        "ignore::UserWarning:distributed.*",
        "ignore:.*Port .* is already in use.*:UserWarning",
        "ignore::pytest.PytestUnhandledThreadExceptionWarning",
    ):
        config.addinivalue_line("filterwarnings", line)


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The session's one Prefect test server (temporary database)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    if not os.environ.get("PREFECT_HOME"):
        os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the seed corpus (with its sources.yaml) that a test may change."""
    dst = tmp_path / "corpus"
    shutil.copytree(SEEDS, dst)
    return dst


# -- a local HTTP server for URL sources ------------------------------------------------------------
OK_TEXT = (
    "---\ntitle: Local test source\ndate: 2025-07-23\n---\n"
    "The RFI drew 10,068 submissions. BIS has fewer than 600 staff.\n"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    stop = threading.Event()
    hits: dict[str, int] = {}

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, code: int, body: bytes, ctype: str = "text/plain; charset=utf-8", length: bool = True) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        self.hits[path] = self.hits.get(path, 0) + 1
        if path == "/ok.txt":
            self._send(200, OK_TEXT.encode())
        elif path == "/page.html":
            self._send(200, f"<html><head><title>Page</title></head><body><article><p>{OK_TEXT[60:]}</p></article></body></html>".encode(), "text/html; charset=utf-8")
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/slow":
            deadline = time.monotonic() + 5.0  # bounded; the client gives up well before
            while time.monotonic() < deadline and not self.stop.is_set():
                time.sleep(0.05)
            self._send(200, OK_TEXT.encode())
        elif path == "/big":
            self._send(200, b"x" * 200_000)
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 10_000)
            self.close_connection = True
        elif path == "/binary":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file.txt")
            self.end_headers()
        elif path == "/redirect-ok":
            self.send_response(301)
            self.send_header("Location", "/ok.txt")
            self.end_headers()
        elif path == "/flaky":
            if self.hits[path] == 1:
                self._send(503, b"try again")
            else:
                self._send(200, OK_TEXT.encode())
        else:
            self._send(404, b"unknown")


@pytest.fixture
def http_server() -> Iterator[str]:
    """Base URL of a local server on 127.0.0.1 and a free port; stopped (bounded) at teardown."""
    _Handler.stop.clear()
    _Handler.hits = {}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]  # clients hang up early on purpose
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _Handler.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def hits(http_server: str) -> dict[str, int]:
    return _Handler.hits

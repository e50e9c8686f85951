"""Plain-Python parts of the flows: the output lock (E402) and URL fetching (E301/E302)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from claims.errors import PolicycheckError
from flows import fetch
from flows.lock import LOCK_NAME, OutputLock, read_holder

ROOT = Path(__file__).resolve().parents[2]


def _hold_lock_in_subprocess(out: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(
        f"""
        import sys, time
        from flows.lock import OutputLock
        with OutputLock({str(out)!r}, run_id="holder"):
            print("held", flush=True)
            sys.stdin.read()  # until the test closes stdin
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_lock_refuses_a_second_run_and_names_the_holder(tmp_path: Path) -> None:
    proc = _hold_lock_in_subprocess(tmp_path)
    try:
        with pytest.raises(PolicycheckError) as err:
            OutputLock(tmp_path).acquire()
        p = err.value.problems[0]
        assert p.code == "E402"
        assert f"pid {proc.pid}" in p.message and "run holder" in p.message
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=10)
    with OutputLock(tmp_path) as lock:  # free again once the holder is gone
        assert lock.stale is None
    assert (tmp_path / LOCK_NAME).read_text() == ""


def test_lock_left_by_a_dead_process_is_stale(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait(timeout=10)
    (tmp_path / LOCK_NAME).write_text(json.dumps({"pid": proc.pid, "host": __import__("socket").gethostname(), "run_id": "dead"}))
    with OutputLock(tmp_path, run_id="next") as lock:
        assert lock.stale and lock.stale["run_id"] == "dead"
        assert read_holder(tmp_path)["run_id"] == "next"


def test_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    with OutputLock(tmp_path):
        with OutputLock(tmp_path):
            pass
        proc = subprocess.run(
            [sys.executable, "-c", f"from flows.lock import OutputLock; OutputLock({str(tmp_path)!r}).acquire()"],
            capture_output=True, text=True, cwd=ROOT, timeout=30,
        )
        assert proc.returncode != 0 and "E402" in proc.stderr


# -- fetching ---------------------------------------------------------------------------------------
LIMITS = fetch.FetchLimits(connect_timeout=2, read_timeout=0.5, total_timeout=3, max_bytes=100_000, max_redirects=3, allow_private=True)


def test_fetch_ok_and_redirect(http_server: str) -> None:
    got = fetch.fetch_url(f"{http_server}/ok.txt", limits=LIMITS)
    assert got.status == 200 and b"10,068" in got.body and got.suffix == ".txt"
    got = fetch.fetch_url(f"{http_server}/redirect-ok", limits=LIMITS)
    assert got.final_url.endswith("/ok.txt")
    assert fetch.fetch_url(f"{http_server}/page.html", limits=LIMITS).suffix == ".html"


@pytest.mark.parametrize(
    ("path", "code", "retryable", "words"),
    [
        ("/missing", "E301", False, "HTTP 404"),
        ("/slow", "E301", True, "timed out"),
        ("/big", "E302", False, "exceeds the limit"),
        ("/big-chunked", "E302", False, "exceeds the limit"),
        ("/binary", "E302", False, "content type 'image/png'"),
        ("/loop", "E302", False, "redirects"),
        ("/to-ftp", "E302", False, "only http(s)"),
        ("/flaky", "E301", True, "HTTP 503"),
    ],
)
def test_fetch_failures(http_server: str, path: str, code: str, retryable: bool, words: str) -> None:
    t0 = time.monotonic()
    with pytest.raises(fetch.FetchError) as err:
        fetch.fetch_url(f"{http_server}{path}", limits=LIMITS)
    assert err.value.problem.code == code
    assert err.value.retryable is retryable
    assert words in err.value.problem.message
    assert time.monotonic() - t0 < 4


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "http:///nohost", "/etc/passwd"])
def test_fetch_refuses_other_schemes(url: str) -> None:
    with pytest.raises(fetch.FetchError) as err:
        fetch.fetch_url(url)
    assert err.value.problem.code == "E302"


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://localhost/x", "http://169.254.169.254/latest/meta-data/",
                                 "http://10.0.0.1/x", "http://[::1]/x"])
def test_non_public_addresses_are_refused_by_default(url: str) -> None:
    with pytest.raises(fetch.FetchError) as err:
        fetch.fetch_url(url)
    assert err.value.problem.code == "E302" and "non-public address" in err.value.problem.message


def test_redirect_to_a_non_public_address_is_refused(http_server: str) -> None:
    limits = fetch.FetchLimits(allow_private=False)
    with pytest.raises(fetch.FetchError):  # the server itself is on 127.0.0.1: refused at the first hop
        fetch.fetch_url(f"{http_server}/redirect-ok", limits=limits)


def test_unreachable_is_retryable_e301() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(fetch.FetchError) as err:
        fetch.fetch_url(f"http://127.0.0.1:{port}/x", limits=LIMITS)
    assert err.value.problem.code == "E301" and err.value.retryable


def test_safe_names_stay_inside(tmp_path: Path) -> None:
    for name in ["../../etc/passwd", "/abs", "a/b\\c", "..", "", "ok-name.txt"]:
        stem = fetch.safe_name(name)
        assert "/" not in stem and "\\" not in stem and stem not in ("", ".", "..")
        assert fetch.inside(tmp_path, tmp_path / stem)
    assert not fetch.inside(tmp_path, tmp_path / ".." / "x")

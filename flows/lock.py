"""One run at a time per output folder.

``OutputLock(out)`` holds an exclusive ``flock`` on ``OUT/.policycheck.lock`` and records who holds
it (pid, host, start time, run id) inside the file. A second run on the same folder gets a
``PolicycheckError`` E402 naming the holder. The kernel drops the lock when its process dies, so a
lock left by a killed run is stale by construction; the recorded pid is checked as well and a stale
record is reported in the log of the next run.

The lock is re-entrant within one process (the CLI takes it before starting a Prefect server, the
flow takes it again when it runs in the same process).
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import json
import os
import socket
import threading
from pathlib import Path
from typing import Any

from claims.errors import PolicycheckError, problem

LOCK_NAME = ".policycheck.lock"

_held: dict[str, tuple[int, int]] = {}  # resolved lock path -> (fd, depth)
_guard = threading.Lock()


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def read_holder(out: Path) -> dict[str, Any] | None:
    """The holder record of ``out``'s lock file, or None when there is none or it is unreadable."""
    try:
        data = json.loads((Path(out) / LOCK_NAME).read_text(encoding="utf-8") or "null")
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


class OutputLock:
    """``with OutputLock(out, run_id=...) as lock:`` — raises PolicycheckError(E402) when busy."""

    def __init__(self, out: Path | str, *, run_id: str = "") -> None:
        self.out = Path(out)
        self.path = self.out / LOCK_NAME
        self.run_id = run_id
        self.stale: dict[str, Any] | None = None  # the record of a dead holder found on acquiring

    def acquire(self) -> "OutputLock":
        self.out.mkdir(parents=True, exist_ok=True)
        key = str(self.path.resolve())
        with _guard:
            if key in _held:
                fd, depth = _held[key]
                _held[key] = (fd, depth + 1)
                return self
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                raise PolicycheckError(problem("E402", str(self.out), _busy_message(read_holder(self.out)))) from None
            previous = read_holder(self.out)
            if previous and previous.get("pid") and not (
                previous.get("host") == socket.gethostname() and pid_alive(int(previous["pid"]))
            ):
                self.stale = previous
            record = {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "run_id": self.run_id,
            }
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(record).encode(), 0)
            _held[key] = (fd, 1)
        return self

    def release(self) -> None:
        key = str(self.path.resolve())
        with _guard:
            if key not in _held:
                return
            fd, depth = _held[key]
            if depth > 1:
                _held[key] = (fd, depth - 1)
                return
            del _held[key]
            try:
                os.ftruncate(fd, 0)  # an empty file means "free"
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _busy_message(holder: dict[str, Any] | None) -> str:
    if not holder:
        return "output folder busy: another run is writing to it"
    who = f"pid {holder.get('pid')}"
    if holder.get("host"):
        who += f" on {holder['host']}"
    if holder.get("run_id"):
        who = f"run {holder['run_id']} ({who})"
    since = f", started {holder['started']}" if holder.get("started") else ""
    return f"output folder busy: {who}{since} is writing to it"

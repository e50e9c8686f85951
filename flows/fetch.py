"""Fetching the http(s) sources listed in a corpus's ``sources.yaml``.

Plain Python (no Prefect): the flow wraps :func:`fetch_url` in a task with retries and backoff.
Only ``http`` and ``https`` are fetched; every redirect hop is checked again; the body is read in
chunks and abandoned as soon as it passes the size limit; only text content types are accepted.

Failures are :class:`FetchError` carrying a Problem: E301 (could not fetch: unreachable, timeout,
HTTP error) or E302 (refused: scheme, size, content type, too many redirects). ``retryable`` tells
the task whether trying again can help (network errors, timeouts, 429 and 5xx).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from claims.errors import PolicycheckError, problem
from claims.model import Problem

ALLOWED_SCHEMES = ("http", "https")
TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/json")
USER_AGENT = "policycheck-fetch/0.1 (+https://example.invalid/policycheck)"


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False  # loopback, private, link-local and reserved addresses are refused unless set


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes = field(repr=False)

    @property
    def suffix(self) -> str:
        """The file suffix the document loader should see for this content type."""
        return ".html" if ("html" in self.content_type or "xml" in self.content_type) else ".txt"


class FetchError(PolicycheckError):
    def __init__(self, p: Problem, *, retryable: bool = False) -> None:
        super().__init__(p)
        self.problem = p
        self.retryable = retryable


def _fail(code: str, url: str, message: str, *, retryable: bool = False) -> FetchError:
    return FetchError(problem(code, url, message), retryable=retryable)


def check_url(url: str) -> None:
    """Raise E302 unless ``url`` is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise _fail("E302", url, f"refused to fetch '{parts.scheme or '(no scheme)'}:' URL; only http(s) is fetched")
    if not parts.hostname:
        raise _fail("E302", url, "refused to fetch a URL without a host")


def check_host(url: str, limits: FetchLimits) -> None:
    """Raise E302 when the URL's host resolves to a loopback, private, link-local, multicast or
    reserved address (a sources.yaml must not make a scheduled run read internal services, such as
    a cloud metadata endpoint), unless ``limits.allow_private``. Unresolvable hosts are left to
    the request (E301)."""
    if limits.allow_private:
        return
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not addr.is_global or addr.is_multicast:
            raise _fail("E302", url, f"refused: {host} resolves to the non-public address {addr} "
                                     "(pass --allow-private-urls to fetch from a local network)")


def fetch_url(url: str, *, limits: FetchLimits = FetchLimits(), client: httpx.Client | None = None) -> Fetched:
    """GET ``url`` within ``limits``; raise FetchError (E301/E302) on any failure."""
    check_url(url)
    check_host(url, limits)
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}, trust_env=False)
    try:
        current = url
        deadline = time.monotonic() + limits.total_timeout
        for _hop in range(limits.max_redirects + 1):
            try:
                with client.stream("GET", current, timeout=timeout) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location", "")
                        if not location:
                            raise _fail("E301", url, f"HTTP {resp.status_code} redirect without a Location header")
                        current = urljoin(current, location)
                        try:
                            check_url(current)
                            check_host(current, limits)
                        except FetchError as exc:
                            raise _fail("E302", url, f"redirect to {current[:200]} refused: {exc.problem.message}") from None
                        continue
                    if resp.status_code >= 400:
                        retry = resp.status_code == 429 or resp.status_code >= 500
                        raise _fail("E301", url, f"HTTP {resp.status_code} {resp.reason_phrase}", retryable=retry)
                    ctype = resp.headers.get("content-type", "")
                    mime = ctype.split(";")[0].strip().lower()
                    if not mime.startswith(TEXT_TYPES):
                        raise _fail("E302", url, f"refused content type '{mime or '(none)'}'; only text is fetched")
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                        raise _fail("E302", url, f"response of {int(declared)} bytes exceeds the limit of {limits.max_bytes}")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in resp.iter_bytes():
                        size += len(chunk)
                        if time.monotonic() > deadline:
                            raise _fail("E301", url, f"timed out after {limits.total_timeout:g} s", retryable=True)
                        if size > limits.max_bytes:
                            raise _fail("E302", url, f"response exceeds the limit of {limits.max_bytes} bytes")
                        chunks.append(chunk)
                    m = re.search(r"charset=([\w.-]+)", ctype, re.I)
                    return Fetched(url, current, resp.status_code, mime, m.group(1) if m else None, b"".join(chunks))
            except httpx.TimeoutException as exc:
                raise _fail("E301", url, f"timed out ({type(exc).__name__})", retryable=True) from None
            except httpx.TransportError as exc:
                raise _fail("E301", url, f"unreachable: {exc or type(exc).__name__}", retryable=True) from None
            except httpx.InvalidURL as exc:  # httpx parses a redirect's Location itself: "data:text/plain,x" raised here
                raise _fail("E302", url, f"refused: invalid or non-http(s) redirect target ({exc})") from None
            except httpx.HTTPError as exc:  # anything else httpx raises is a failed fetch, never a crash of the run
                raise _fail("E301", url, f"{type(exc).__name__}: {exc}") from None
        raise _fail("E302", url, f"more than {limits.max_redirects} redirects")
    finally:
        if own:
            client.close()


def safe_name(name: str) -> str:
    """A file stem that cannot escape a folder: letters, digits, ``._-`` only."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "source"
    return stem[:120]


def inside(folder: Path, path: Path) -> bool:
    """True when ``path`` resolves inside ``folder`` (symlinks followed)."""
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return False
    return True

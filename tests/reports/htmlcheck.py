"""Structural checks on rendered HTML, shared by the report tests."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "nav", "ul", "ol", "li", "main", "footer", "p",
    "h1", "h2", "h3", "section", "dl", "div", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th",
    "td", "form", "fieldset", "legend", "label", "select", "option", "input", "button", "output", "noscript",
    "article", "span", "code", "strong", "figure", "figcaption", "blockquote", "mark", "details", "summary", "pre",
    "time", "br", "q", "script",
}


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._in_script, self._buf = a, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._buf.append(data)
        else:
            self.text.append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    c.close()
    return c


def check_page(html: str) -> Collector:
    """Assert the invariants every page keeps; returns the parse for further checks."""
    c = parse(html)
    names = {t for t, _ in c.tags}
    assert names <= ALLOWED_TAGS, f"unexpected tags {names - ALLOWED_TAGS}"
    for tag, attrs in c.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler attribute {name} on <{tag}>"
            assert name not in ("src", "srcdoc", "formaction", "action", "style"), f"{name} on <{tag}>"
            if name == "href":
                assert value is not None
                scheme = urlsplit(value).scheme.lower()
                assert scheme in ("", "http", "https"), f"href with scheme {scheme!r}: {value!r}"
                assert not value.startswith("//"), value
        if tag == "meta" and attrs.get("http-equiv") == "refresh":
            raise AssertionError("meta refresh")
    # exactly two scripts: the JSON data block, then the one inline script allowed by hash
    assert len(c.scripts) == 2, [a for a, _ in c.scripts]
    (data_attrs, _), (js_attrs, js) = c.scripts
    assert data_attrs.get("type") == "application/json"
    assert js_attrs == {}
    csp = next(a["content"] for t, a in c.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "default-src 'none'" in csp
    assert not re.search(r"<link\b|@import|url\(", html, re.I), "external resource"
    return c

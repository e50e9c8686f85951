"""The article text and metadata of an HTML page, with the standard library's streaming parser
(no recursion: 10,000 nested levels are fine). See docs/documents.md, "Inputs"."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

__all__ = ["extract_html", "HtmlPage"]


_DROP = frozenset("script style noscript template svg math nav header footer aside form iframe head object canvas select button".split())
_BLOCK = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 "
    "hr li main ol p pre section summary table tbody td tfoot th thead tr ul caption".split()
)
_HEAD_TAGS = frozenset("head title meta link style script base noscript template".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "publishdate", "dc.date", "dc.date.issued", "dcterms.created")
_WS = re.compile(r"[ \t\r\n\f\u00a0]+")


class HtmlPage:
    """What extract_html found: article text and the page's metadata."""

    def __init__(self, text: str, title: str | None, date: str | None, source_url: str | None,
                 lang: str | None, meta: dict[str, str]) -> None:
        self.text, self.title, self.date, self.source_url, self.lang, self.meta = text, title, date, source_url, lang, meta


class _Extractor(HTMLParser):
    """Streaming extractor: an explicit stack, no recursion, so 10,000 nested levels are fine."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.open_count: Counter[str] = Counter()
        self.drop = 0
        self.parts: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.h1_done = False
        self.time_datetime: str | None = None
        self.canonical: str | None = None
        self.lang: str | None = None

    def _emit(self, s: str) -> None:
        self.parts["body"].append(s)
        if self.open_count["article"]:
            self.parts["article"].append(s)
        if self.open_count["main"]:
            self.parts["main"].append(s)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang") and not self.lang:
            self.lang = a["lang"]
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href") and not self.canonical:
            self.canonical = a["href"].strip()
        elif tag == "time" and a.get("datetime") and not self.time_datetime:
            self.time_datetime = a["datetime"].strip()
        if self.open_count["head"] and tag not in _HEAD_TAGS:
            self.handle_endtag("head")  # as browsers do: body content closes an unclosed <head>
        if tag in _VOID:
            if tag in _BLOCK and not self.drop:
                self._emit("\n")
            return
        self.stack.append(tag)
        self.open_count[tag] += 1
        if tag in _DROP:
            self.drop += 1
        if tag in _BLOCK and not self.drop:
            self._emit("\n")

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![foo`` makes the stdlib parser raise AssertionError: skip such a section instead."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            j = self.rawdata.find(">", i)
            return len(self.rawdata) if j < 0 else j + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_count[tag]:
            return  # stray end tag
        while self.stack:
            t = self.stack.pop()
            self.open_count[t] -= 1
            if t in _DROP:
                self.drop -= 1
            if t == "h1" and self.h1_parts:
                self.h1_done = True
            if t in _BLOCK and not self.drop:
                self._emit("\n")
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open_count["title"] and not self.open_count["svg"]:
            self.title_parts.append(data)
            return
        if self.drop:
            return
        if self.open_count["h1"] and not self.h1_done:
            self.h1_parts.append(data)
        if self.open_count["pre"]:
            self._emit(data)
        else:
            self._emit(_WS.sub(" ", data))


def _tidy(parts: list[str]) -> str:
    """One line per block, no blank lines, no leading or trailing spaces."""
    return "\n".join(line for line in (x.strip() for x in "".join(parts).split("\n")) if line)


def extract_html(html: str) -> HtmlPage:
    """The article text of an HTML page (article > main > body) and its metadata."""
    p = _Extractor()
    try:
        p.feed(html)
        if p.rawdata.startswith("<!--"):
            p.rawdata = ""  # a comment left open runs to the end of the page, as browsers read it
        p.close()
    except (AssertionError, ValueError, IndexError):  # pragma: no cover - stdlib parser corner cases
        pass  # keep what was read up to the point the parser gave up
    text = ""
    for key in ("article", "main", "body"):
        text = _tidy(p.parts[key])
        if text:
            break
    meta = p.meta
    title = meta.get("og:title") or _WS.sub(" ", "".join(p.title_parts)).strip() or _WS.sub(" ", "".join(p.h1_parts)).strip() or None
    date = next((meta[k] for k in _DATE_META if meta.get(k)), None) or p.time_datetime
    url = p.canonical or meta.get("og:url") or None
    found = {k: v for k, v in {"title": title, "date": date, "source_url": url, "lang": p.lang}.items() if v}
    return HtmlPage(text, title, date, url, p.lang, {**found, "meta": dict(meta)})

"""View models for the templates: everything the HTML shows, computed in Python, as plain data.

Nothing here builds HTML. Strings from documents, the catalog or the run stay raw; the templates
escape them (autoescaping on). What this module guarantees is the *structure*: safe file names
and element ids, links only for http(s) URLs, capped excerpts, and highlight segments.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from claims.model import Claim, DateRange, Document, DocumentSummary, Finding, Identifier, Quantity, TextValue, Value
from claims.numfmt import human_number
from reports.highlight import Mark, Segment, segments, window

SEVERITIES = ("error", "warning", "info")
KINDS = ("contradiction", "internal", "imprecise", "possible")
REVIEW_STATUSES = ("confirmed", "dismissed", "explained", "unreviewed")

QUOTE_LIMIT = 360  # code points of a sentence quoted in a finding card
SIDE_CLAIMS = 4  # claims shown side by side in a card
MORE_CLAIMS = 40  # further claims listed (linked) in a card's evidence; the rest are counted


# --- names, ids and links -------------------------------------------------------------------

_SAFE = re.compile(r"[^a-z0-9_.-]+")
_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def _short_hash(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def doc_slug(doc_id: str) -> str:
    """A file-name-safe, case-insensitively unique stem for a document id.

    Lower-case ASCII letters, digits, ``_ . -`` only, at most 80 characters, never hidden or a
    Windows device name. When the id had to change, a hash of the original keeps slugs unique.
    """
    slug = _SAFE.sub("_", doc_id.lower()).strip("._-")[:60]
    if not slug or slug.split(".")[0] in _RESERVED:
        slug = "doc_" + slug
    if slug != doc_id:
        slug = f"{slug}-{_short_hash(doc_id)}"
    return slug


def doc_href(doc_id: str) -> str:
    return f"docs/{doc_slug(doc_id)}.html"


def anchor_id(claim_id: str) -> str:
    """The element id of a claim's highlight on its document page: ``c-<claim id, escaped>``."""
    safe = re.sub(r"[^A-Za-z0-9_.:-]+", "_", claim_id)[:100]
    if safe != claim_id:
        safe = f"{safe}-{_short_hash(claim_id)}"
    return "c-" + safe


def finding_id(fingerprint: str) -> str:
    """The permalink id of a finding card: the fingerprint itself when it is a safe id."""
    if _ID_OK.match(fingerprint) and len(fingerprint) <= 100:
        return fingerprint
    return "f-" + re.sub(r"[^A-Za-z0-9_.:-]+", "_", fingerprint)[:80] + "-" + _short_hash(fingerprint)


_BAD_URL_CHARS = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\\]")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain absolute http(s) URL; None otherwise (it is then shown as text)."""
    if not url or len(url) > 2000 or _BAD_URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.username or parts.password:
        return None
    if not url.lower().startswith(("http://", "https://")):
        return None
    return url


def quote_lang(language: str) -> str | None:
    """BCP 47 tag for a ``lang`` attribute; None for mixed or unknown text."""
    return language if language in ("zh-Hans", "zh-Hant", "en") else None


def clip(s: str | None, n: int) -> str:
    """At most ``n`` code points of a one-line string (titles in menus and tables)."""
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --- values ---------------------------------------------------------------------------------


def _num(x: float) -> str:
    return human_number(x)


_BOUND_SIGNS = {"before": "<", "on_or_before": "≤", "after": ">", "on_or_after": "≥"}


def format_value(v: Value) -> str:
    """The normalised value of a claim in one short line, e.g. ``< 600 USD`` or ``2025-07-21 – 2025-07-31``."""
    if isinstance(v, Quantity):
        unit = f" {v.unit}" if v.unit else ""
        lo, hi = v.low, v.high
        if lo is not None and hi is not None and lo == hi:
            core = _num(lo)
        elif lo is None and hi is not None:
            core = ("< " if v.high_open else "≤ ") + _num(hi)
        elif hi is None and lo is not None:
            core = ("> " if v.low_open else "≥ ") + _num(lo)
        elif lo is None and hi is None:
            core = "?"
        else:
            assert lo is not None and hi is not None
            core = ("(" if v.low_open else "[") + f"{_num(lo)}, {_num(hi)}" + (")" if v.high_open else "]")
        return core + unit + (f" ({v.hedge})" if v.hedge != "exact" else "")
    if isinstance(v, DateRange):
        if v.start and v.end:
            core = v.start.isoformat() if v.start == v.end else f"{v.start.isoformat()} – {v.end.isoformat()}"
        elif v.month is None:
            return "unresolved date"
        else:
            days = ""
            if v.day_from:
                days = f"-{v.day_from:02d}" + (f"..{v.day_to:02d}" if v.day_to and v.day_to != v.day_from else "")
            core = f"????-{v.month:02d}{days} (year unknown)"
        # a limit ("before 2028"): the sign of its side, as for a hedged figure
        return core if v.bound == "on" else f"{_BOUND_SIGNS[v.bound]} {core}"
    if isinstance(v, Identifier):
        return f"{v.scheme} {v.number}"
    assert isinstance(v, TextValue)
    return v.text  # as written; the folded form is for matching, not for reading


def claim_tip(c: Claim) -> str:
    """What hovering or focusing a highlighted claim shows."""
    return f"{format_value(c.value)} · {c.subject}"


# --- finding cards ---------------------------------------------------------------------------


@dataclass
class DocInfo:
    id: str
    slug: str
    href: str  # relative to the report root
    title: str
    date: str
    language: str
    url: str | None  # a link when http(s)
    url_text: str  # the raw address, shown as text when it is not a link
    url_host: str = ""  # the ASCII (punycode) host when the link's host is not ASCII: look-alikes


def ascii_host(url: str | None) -> str:
    """The punycode form of a non-ASCII host (``аpple.com`` -> ``xn--pple-43d.com``), else ""."""
    if not url:
        return ""
    host = urlsplit(url).hostname or ""
    if host.isascii():
        return ""
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return "(invalid host)"


def doc_info(doc_id: str, docs: dict[str, Document], summaries: dict[str, DocumentSummary] | None = None) -> DocInfo:
    """What a card or table shows about a document: from the Document, else from its summary in the run."""
    d: Document | DocumentSummary | None = docs.get(doc_id) or (summaries or {}).get(doc_id)
    raw = (d.source_url or "") if d else ""
    return DocInfo(
        id=doc_id,
        slug=doc_slug(doc_id),
        href=doc_href(doc_id),
        title=(d.title or "") if d else "",
        date=d.date.isoformat() if d and d.date else "",
        language=d.language if d else "unknown",
        url=safe_url(raw),
        url_text=clip(raw, 200),
        url_host=ascii_host(safe_url(raw)),
    )


@dataclass
class ClaimView:
    claim: Claim
    doc: DocInfo
    href: str  # to the highlight on the document page, relative to the report root
    quote: list[Segment]
    cut_left: bool
    cut_right: bool
    value: str
    lang: str | None


def claim_view(
    c: Claim, docs: dict[str, Document], limit: int = QUOTE_LIMIT, summaries: dict[str, DocumentSummary] | None = None
) -> ClaimView:
    info = doc_info(c.doc, docs, summaries)
    rel_s, rel_e = c.start - c.sentence_start, c.end - c.sentence_start
    excerpt, off, cl, cr = window(c.sentence, rel_s, rel_e, limit=limit)
    segs = segments(excerpt, [Mark(rel_s - off, rel_e - off, c.id, expect=c.text)])
    return ClaimView(
        claim=c,
        doc=info,
        href=f"{info.href}#{anchor_id(c.id)}",
        quote=segs,
        cut_left=cl,
        cut_right=cr,
        value=format_value(c.value),
        lang=quote_lang(c.language),
    )


@dataclass
class Card:
    finding: Finding
    id: str
    status: str  # new | unchanged | "" when there is no previous run
    review: dict[str, str]
    review_status: str
    sides: list[ClaimView]
    more: list[ClaimView]
    omitted: int
    doc_slugs: str  # space-separated, for data-docs
    reference_url: str | None
    entry: str  # ready-to-paste reviews.yaml entry
    page: str = "index.html"


def review_entry(fingerprint: str, on: str) -> str:
    """A reviews.yaml entry to paste (a list item). The fingerprint is a quoted YAML string."""
    return (
        f"- fingerprint: {json.dumps(fingerprint, ensure_ascii=False)}\n"
        "  status: confirmed  # or: dismissed, explained\n"
        '  note: ""\n'
        '  by: ""\n'
        f"  on: {on}\n"
    )


def card(
    f: Finding,
    docs: dict[str, Document],
    status: dict[str, str],
    reviews: dict[str, dict[str, str]],
    on: str,
    summaries: dict[str, DocumentSummary] | None = None,
) -> Card:
    views = [claim_view(c, docs, summaries=summaries) for c in f.claims[: SIDE_CLAIMS + MORE_CLAIMS]]
    review = dict(reviews.get(f.fingerprint, {}))
    rs = review.get("status", "")
    slugs = sorted({doc_slug(c.doc) for c in f.claims})
    return Card(
        finding=f,
        id=finding_id(f.fingerprint),
        status=status.get(f.fingerprint, ""),
        review=review,
        review_status=rs if rs in REVIEW_STATUSES else "unreviewed",
        sides=views[:SIDE_CLAIMS],
        more=views[SIDE_CLAIMS:],
        omitted=max(0, len(f.claims) - SIDE_CLAIMS - MORE_CLAIMS),
        doc_slugs=" ".join(slugs),
        reference_url=safe_url(f.reference.source_url) if f.reference else None,
        entry=review_entry(f.fingerprint, on),
    )


def finding_sort_key(f: Finding) -> tuple[int, int, str, str]:
    return (SEVERITIES.index(f.severity), KINDS.index(f.kind), f.subject, f.fingerprint)


# --- document pages -------------------------------------------------------------------------


@dataclass
class TextPiece:
    text: str
    anchor: str | None = None  # id of the mark
    extra_anchors: tuple[str, ...] = ()
    tip: str = ""
    kind: str = ""
    marked: bool = False


def document_pieces(doc: Document, claims: list[Claim]) -> list[TextPiece]:
    """The document's text cut around its claims, each marked piece with its tooltip and anchor."""
    by_id = {c.id: c for c in claims}
    marks = [Mark(c.start, c.end, c.id, expect=c.text) for c in claims]
    out = []
    for s in segments(doc.text, marks):
        if not s.keys:
            out.append(TextPiece(s.text))
            continue
        anchors = tuple(anchor_id(k) for k in s.anchors)
        tip = " | ".join(claim_tip(by_id[k]) for k in s.keys)
        out.append(
            TextPiece(
                s.text,
                anchor=anchors[0] if anchors else None,
                extra_anchors=anchors[1:],
                tip=tip,
                kind=by_id[s.keys[-1]].kind,
                marked=True,
            )
        )
    return out


@dataclass
class OpenSubject:
    subject: str
    count: int
    docs: int
    examples: list[ClaimView] = field(default_factory=list)


def open_subjects(
    claims: list[Claim], docs: dict[str, Document], *, examples: int = 3, summaries: dict[str, DocumentSummary] | None = None
) -> list[OpenSubject]:
    """Claims whose subject is an open key, grouped by key, most frequent first."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if c.subject_source == "open":
            groups.setdefault(c.subject, []).append(c)
    out = [
        OpenSubject(k, len(v), len({c.doc for c in v}), [claim_view(c, docs, limit=200, summaries=summaries) for c in v[:examples]])
        for k, v in groups.items()
    ]
    out.sort(key=lambda o: (-o.count, o.subject))
    return out


# Bidi overrides/isolates and BOMs inside text are shown as visible markers: they could otherwise
# reorder what a reviewer sees (a quote, a title, an address). Applied to every ``{{ }}`` output.
VISIBLE_CONTROLS = {cp: f"[U+{cp:04X}]" for cp in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF]}


def visible(value: object) -> object:
    """Environment ``finalize`` hook: make control characters visible in plain strings."""
    if type(value) is str:
        return value.translate(VISIBLE_CONTROLS)
    return value


def strip_controls(s: str) -> str:
    """Format characters removed: for one-line labels (menus)."""
    return "".join(ch for ch in s if unicodedata.category(ch) != "Cf")


@dataclass
class SubjectView:
    subject: str
    id: str
    count: int
    docs: int
    values: list[tuple[str, int]]  # formatted value, how many claims state it
    values_omitted: int
    findings: list[tuple[str, Finding]]  # (href, finding)


def subject_anchor(subject: str) -> str:
    return "s-" + finding_id(subject)


def catalog_subjects(
    claims: list[Claim], findings_by_subject: dict[str, list[tuple[str, Finding]]], *, max_values: int = 12
) -> list[SubjectView]:
    """Claims on catalog subjects grouped by subject: the values stated and the findings about each."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if c.subject_source == "catalog":
            groups.setdefault(c.subject, []).append(c)
    out = []
    for subject in sorted(groups):
        cs = groups[subject]
        counts: dict[str, int] = {}
        for c in cs:
            v = format_value(c.value)
            counts[v] = counts.get(v, 0) + 1
        values = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        out.append(
            SubjectView(
                subject=subject, id=subject_anchor(subject), count=len(cs), docs=len({c.doc for c in cs}),
                values=values[:max_values], values_omitted=max(0, len(values) - max_values),
                findings=findings_by_subject.get(subject, [])[:20],
            )
        )
    return out

"""The one set of contracts: every schema of policycheck is a pydantic model defined here.

Offsets are half-open ``[start, end)`` code-point offsets into ``Document.text`` (the file's text
as read: BOM removed, front matter included; for HTML the extracted article text). Lines and
columns are derived from them (1-based, columns counted in code points).

Nothing here imports Prefect, jinja2 or any I/O module: models are pure data.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

Language = Literal["zh-Hans", "zh-Hant", "en", "mixed", "unknown"]
ClaimKind = Literal["quantity", "date", "identifier", "text"]
FindingKind = Literal["contradiction", "internal", "imprecise", "possible"]
Severity = Literal["error", "warning", "info"]
Hedge = Literal[
    "exact",  # a figure stated without a hedge
    "about",  # 约, 大约, 左右, about, roughly, around, approximately
    "nearly",  # 近, 将近, 接近, 几乎, nearly, almost, close to: just under the figure
    "over",  # 超过, 逾, 以上 (exclusive reading), more than, over, above
    "at_least",  # 至少, 不少于, at least, no fewer than
    "under",  # 不足, 不到, 少于, 低于, fewer than, less than, under, below
    "at_most",  # 最多, 以内, 不超过, up to, at most, no more than
    "plus",  # 余, 多, 几 after a figure, "-odd": between the figure and its next step
    "range",  # 2-4, 两到三, two to three
    "several",  # 数亿, 数万亿, several million: an order of magnitude, not a figure
]


class Strict(BaseModel):
    """Base of every model: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Strict):
    start: int = Field(ge=0, description="first code point, inclusive")
    end: int = Field(ge=0, description="last code point, exclusive")

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self


class Document(Strict):
    """One source document, as loaded. ``text`` is what every offset points into."""

    id: str = Field(description="file stem, unique within a corpus")
    path: str
    text: str
    body_start: int = Field(0, ge=0, description="offset where the body starts (after front matter)")
    language: Language
    date: dt.date | None = Field(None, description="publication date, when known")
    date_source: Literal["front_matter", "html_meta", "sources", "none"] = "none"
    title: str | None = None
    publisher: str | None = None
    source_url: str | None = None
    content_hash: str = Field(description="sha256 of the bytes as read")
    encoding: str = "utf-8"
    format: Literal["txt", "md", "html"] = "txt"
    metadata: dict[str, Any] = Field(default_factory=dict, description="front matter / meta, as read")


class Quantity(Strict):
    """A figure as an interval. ``None`` bounds are unbounded; ``*_open`` marks an excluded bound."""

    kind: Literal["quantity"] = "quantity"
    nominal: float = Field(description="the figure as stated, before hedging")
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = Field(None, description="canonical unit id from the lexicon, e.g. USD, percent, times, H100")
    approx: bool = Field(False, description="true when a hedge or vague numeral makes the figure imprecise")
    hedge: Hedge = "exact"

    def contains(self, x: float) -> bool:
        if self.low is not None and (x < self.low or (self.low_open and x == self.low)):
            return False
        if self.high is not None and (x > self.high or (self.high_open and x == self.high)):
            return False
        return True


DateBound = Literal["on", "before", "on_or_before", "after", "on_or_after"]


class DateRange(Strict):
    """A date claim as an inclusive range of days. Unresolved dates keep what is known."""

    kind: Literal["date"] = "date"
    start: dt.date | None = Field(None, description="first day, inclusive; None when unresolved")
    end: dt.date | None = Field(None, description="last day, inclusive; None when unresolved")
    granularity: Literal["day", "part_of_month", "month", "part_of_year", "year"] = "day"
    anchor: Literal["explicit", "document_date", "context_year", "reference_date", "unresolved"] = "explicit"
    month: int | None = Field(None, ge=1, le=12, description="month, kept even when the year is unresolved")
    day_from: int | None = Field(None, ge=1, le=31, description="first day of month (unresolved year)")
    day_to: int | None = Field(None, ge=1, le=31, description="last day of month (unresolved year)")
    relative: bool = Field(False, description="stated relative to the document's date (今天, last year)")
    bound: DateBound = Field("on", description=(
        "the date as a limit: 'before 2028' and 2028年之前 (before) claim the days before 2028, start and end "
        "staying 2028's; 'on or before', 或之前 (on_or_before); 'after', 之后 (after); 'on or after', 或之后 "
        "(on_or_after); 'on' for a date stated as itself"))

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None

    def limits(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day the claim allows, ``None`` for an open side, as the words say it
        ("before 2028": up to 2027-12-31); (None, None) when unresolved."""
        if self.start is None or self.end is None:
            return None, None
        if self.bound == "before":
            return None, self.start - dt.timedelta(days=1)
        if self.bound == "on_or_before":
            return None, self.end
        if self.bound == "after":
            return self.end + dt.timedelta(days=1), None
        if self.bound == "on_or_after":
            return self.start, None
        return self.start, self.end


class Identifier(Strict):
    kind: Literal["identifier"] = "identifier"
    scheme: str = Field(description="e.g. executive_order, omb_memo")
    number: str = Field(description="normalised number, e.g. 14179, M-25-21")


class TextValue(Strict):
    kind: Literal["text"] = "text"
    text: str = Field(description="the value as written")
    normalized: str = Field(description="folded: simplified script, NFKC, no punctuation or quotes, casefolded")


Value = Annotated[Union[Quantity, DateRange, Identifier, TextValue], Field(discriminator="kind")]


class Claim(Strict):
    """One check-worthy statement of a figure, date, identifier or title in a document."""

    id: str = Field(description="stable id: doc + offsets")
    doc: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1, description="1-based, in code points")
    text: str = Field(description="the value's surface text: text[start:end] of the document")
    sentence: str
    sentence_start: int = Field(ge=0)
    subject: str = Field(description="catalog key (e.g. rfi.submissions.total) or open key (open:...)")
    subject_source: Literal["catalog", "open"]
    kind: ClaimKind
    value: Value
    language: Language
    doc_date: dt.date | None = None
    as_of: dt.date | None = Field(None, description="the moment the claim describes, when stated")
    confidence: float = Field(ge=0.0, le=1.0)
    cues: tuple[str, ...] = Field((), description="context words that placed the claim on its subject")
    subject_evidence: Literal["sentence", "previous", "anaphor", "context", "earlier", "none"] | None = Field(
        None, description="catalog subjects: where the subject's entity is named: in the claim's sentence "
        "(or the claim is the title or identifier itself), in the sentence before it in its paragraph, by a word "
        "of the sentence that refers back to it as the last entity of its kind named (`anaphor`: 'the company', "
        "该公司), only "
        "further away (the paragraph, or the text just before), only through the same subject stated earlier "
        "in the document, or nowhere (a subject that needs no entity); null for open keys. Findings resting "
        "on a claim of `context` or `earlier` evidence are only `possible` (PC135)")
    subject_other_unit: str | None = Field(
        None, description="open keys of a figure in a unit its catalog subject does not take but that measures "
        "the same thing (months where the subject is in years, yuan where it is in dollars, a percentage where "
        "it is a multiple): that subject, when its entity is named in the figure's sentence. The figure is "
        "compared with the subject's after conversion (PC107); null otherwise")


M = TypeVar("M", bound=BaseModel)


def trusted(cls: type[M], values: dict[str, Any], unset: frozenset[str] = frozenset()) -> M:
    """An instance of ``cls`` made from ``values`` without validating them: what
    ``cls.model_construct(**values)`` makes for a model with no alias, private attribute or
    post-init, without its per-field Python loop (which costs more than validating).

    For values already exactly what validation would make of them: ``values`` holds EVERY field,
    in field order (serialisation follows the order of ``__dict__``), each of its final type (a
    float as a float, a bool as a bool, a nested model as its instance); ``unset`` names the
    fields given their default, which validation leaves out of ``model_fields_set``. The
    extractor builds one Claim and one Quantity per figure from values it computed; validating
    them was a sixth of emitting a claim. tests/test_model_trusted.py checks every claim of the
    test corpora against its validated twin."""
    m = cls.__new__(cls)
    _setattr(m, "__dict__", values)
    fields_set = set(values)
    for name in unset:  # (one or two names: cheaper than a set difference, which builds a second set)
        fields_set.discard(name)
    _setattr(m, "__pydantic_fields_set__", fields_set)
    _setattr(m, "__pydantic_extra__", None)
    _setattr(m, "__pydantic_private__", None)
    return m


_setattr = object.__setattr__  # (trusted: a name of this module, not a lookup of object's attribute per call)


class Problem(Strict):
    """Something that could not be read or used; the run goes on without it."""

    code: str = Field(description="stable error code, documented in docs/errors.md")
    path: str
    line: int | None = None
    column: int | None = None
    message: str
    hint: str = ""


class ReferenceFact(Strict):
    subject: str
    value: Value
    source_url: str
    quote: str = ""
    note: str = ""


class Finding(Strict):
    kind: FindingKind
    severity: Severity
    rule: str = Field(description="stable rule code, e.g. PC101")
    rule_name: str
    subject: str
    fingerprint: str = Field(description="same evidence => same fingerprint; no offsets or line numbers")
    message: str
    message_zh: str = ""
    expected: str = ""
    observed: str = ""
    claims: tuple[Claim, ...]
    reference: ReferenceFact | None = None
    days_apart: int | None = Field(None, description="days between the documents' dates, when both are known")


class DocumentSummary(Strict):
    id: str
    path: str
    title: str | None
    language: Language
    date: dt.date | None
    publisher: str | None
    source_url: str | None
    content_hash: str
    claims: int


class RunReport(Strict):
    """What report.json holds: one verification run."""

    schema_version: Literal[1] = 1
    tool_version: str
    catalog_version: str
    reference_date: dt.date | None
    generated_at: dt.datetime | None = Field(None, description="volatile: left out of golden comparisons")
    documents: tuple[DocumentSummary, ...]
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...] = ()
    status: dict[str, Literal["new", "unchanged", "resolved"]] = Field(
        default_factory=dict, description="fingerprint -> status against the previous run"
    )
    resolved: tuple[Finding, ...] = Field((), description="findings of the previous run no longer present")
    reviews: dict[str, dict[str, str]] = Field(default_factory=dict, description="fingerprint -> review entry")

"""Reference facts: authoritative values (with their primary source and the quoted sentence) that
claims are checked against. YAML format (see docs/crosscheck.md)::

    facts:
      - subject: eo14179.signed_date
        date: 2025-01-23                 # or {start: ..., end: ...}
        source_url: https://www.govinfo.gov/...
        quote: "Executive Order 14179 of January 23, 2025"
        note: ""
      - subject: ai_action_plan.actions.total
        quantity: {low: 90, low_open: true, unit: null, hedge: over}   # or {value: 90}
      - subject: ai_action_plan.title_en
        text: "..."
      - subject: ai_action_plan.directing_order
        identifier: {scheme: executive_order, number: "14179"}

Exactly one of date / quantity / text / identifier per fact; ``source_url`` must be http(s).
Every problem is reported with file:line:col (error E202).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claims.compare import fold_text
from claims.errors import PolicycheckError, problem
from claims.model import DateRange, Hedge, Identifier, Quantity, ReferenceFact, TextValue
from claims.yamlio import load_yaml, validate


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _DateSpec(_Strict):
    start: dt.date
    end: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "_DateSpec":
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self


class _QuantitySpec(_Strict):
    value: float | None = Field(None, description="an exact figure (shorthand for low = high = value)")
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = None
    hedge: Hedge | None = None

    @model_validator(mode="after")
    def _shape(self) -> "_QuantitySpec":
        if self.value is None and self.low is None and self.high is None:
            raise ValueError("give value, or low and/or high")
        if self.value is not None and (self.low is not None or self.high is not None):
            raise ValueError("give either value or low/high, not both")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("low is above high")
        return self


class _IdentifierSpec(_Strict):
    scheme: str
    number: str


class _FactSpec(_Strict):
    subject: str = Field(min_length=1)
    date: dt.date | _DateSpec | None = None
    quantity: _QuantitySpec | None = None
    text: str | None = None
    identifier: _IdentifierSpec | None = None
    source_url: str
    quote: str = ""
    note: str = ""

    @field_validator("source_url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not (v.startswith("https://") or v.startswith("http://")) or len(v) < 12 or any(c.isspace() for c in v):
            raise ValueError("source_url must be an http(s) URL")
        return v

    @model_validator(mode="after")
    def _one_value(self) -> "_FactSpec":
        given = [k for k in ("date", "quantity", "text", "identifier") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of date, quantity, text, identifier (got {', '.join(given) or 'none'})")
        return self


class _ReferenceFile(_Strict):
    version: Literal[1] = 1
    facts: tuple[_FactSpec, ...] = ()


def _value(spec: _FactSpec) -> Any:
    if spec.date is not None:
        d = spec.date
        if isinstance(d, _DateSpec):
            end = d.end or d.start
            gran = "day" if end == d.start else ("month" if d.start.day == 1 and (end - d.start).days >= 27 and end.month == d.start.month else "part_of_month")
            return DateRange(start=d.start, end=end, granularity=gran, month=d.start.month if d.start.month == end.month else None)
        return DateRange(start=d, end=d, granularity="day", month=d.month, day_from=d.day, day_to=d.day)
    if spec.quantity is not None:
        q = spec.quantity
        if q.value is not None:
            return Quantity(nominal=q.value, low=q.value, high=q.value, unit=q.unit, hedge=q.hedge or "exact")
        nominal = q.low if q.low is not None else q.high
        return Quantity(
            nominal=nominal, low=q.low, high=q.high, low_open=q.low_open, high_open=q.high_open,
            unit=q.unit, approx=q.low != q.high, hedge=q.hedge or ("exact" if q.low == q.high else "range"),
        )
    if spec.text is not None:
        return TextValue(text=spec.text, normalized=fold_text(spec.text))
    assert spec.identifier is not None
    return Identifier(scheme=spec.identifier.scheme, number=spec.identifier.number)


def load_reference(path: Path | str) -> list[ReferenceFact]:
    """Load reference facts; raise PolicycheckError (E202) listing every problem with file:line:col."""
    path = Path(path)
    if not path.exists():
        raise PolicycheckError(problem("E202", str(path), "reference file not found"))
    try:
        data, positions = load_yaml(path, "E202")
    except ValueError as exc:  # PyYAML's timestamp constructor raises it for dates like 2025-13-01
        line, col = _bad_date_position(path)
        raise PolicycheckError(problem("E202", str(path), f"invalid date: {exc}", line, col))
    except PolicycheckError as exc:  # an impossible value reported without a position: find it
        if all(p.line is not None for p in exc.problems):
            raise
        line, col = _bad_date_position(path)
        raise PolicycheckError([p if p.line is not None else p.model_copy(update={"line": line, "column": col}) for p in exc.problems])
    if data is None:
        return []
    parsed = validate(_ReferenceFile, data, path, positions, "E202")
    return [
        ReferenceFact(subject=f.subject, value=_value(f), source_url=f.source_url, quote=f.quote, note=f.note)
        for f in parsed.facts
    ]


def _bad_date_position(path: Path) -> tuple[int | None, int | None]:
    import re

    for i, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        for m in re.finditer(r"\b\d{4}-\d{1,2}-\d{1,2}\b", line):
            try:
                dt.date.fromisoformat(m.group())
            except ValueError:
                return i, m.start() + 1
    return None, None


def default_reference(corpus: Path | None) -> Path | None:
    """CORPUS/reference.yaml when it exists."""
    if corpus is None:
        return None
    p = Path(corpus) / "reference.yaml" if Path(corpus).is_dir() else Path(corpus).parent / "reference.yaml"
    return p if p.exists() else None

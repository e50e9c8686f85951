"""Value comparison: when do two claimed values contradict each other?

Principles (DESIGN.md): intervals, not strings. Two figures conflict only when their intervals
cannot overlap once the hedges are applied (open bounds respected, ``None`` = unbounded); two
dates conflict only when their day ranges are disjoint (or, for a date without a year, when no
year could make them meet); titles conflict when their folded forms differ; identifiers when the
scheme is the same and the number differs. Every function here is pure and total: values that
cannot be compared return ``None`` ("not comparable"), never raise.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass

from claims.model import DateRange, Identifier, Quantity, TextValue
from claims.numfmt import EXACT_MAX, human_number

# Defaults; the catalog's rules.yaml `settings` override them (see claims.rules.Settings).
ABOUT_TOLERANCE = 0.10  # "about 3x" with a point value means 3 ± 10 %
IMPRECISE_RATIO = 1.5  # a bound this many times away from a precise figure is "far vaguer"
PRECISE_WIDTH = 0.02  # an interval narrower than 2 % of its middle counts as a precise figure


@dataclass(frozen=True)
class Interval:
    """A real interval; ``None`` bounds are unbounded."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False


def _eps(a: float, b: float) -> float:
    return 1e-9 * max(abs(a), abs(b), 1.0)


def overlaps(a: Interval, b: Interval) -> bool:
    """True when some number lies in both intervals (open bounds excluded)."""
    lo, lo_open = _max_low(a, b)
    hi, hi_open = _min_high(a, b)
    if lo is None or hi is None:
        return True
    if lo < hi - _eps(lo, hi):
        return True
    if abs(lo - hi) <= _eps(lo, hi):
        return not lo_open and not hi_open
    return False


def _max_low(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.low is None:
        return b.low, b.low_open
    if b.low is None:
        return a.low, a.low_open
    if abs(a.low - b.low) <= _eps(a.low, b.low):
        return a.low, a.low_open or b.low_open
    return (a.low, a.low_open) if a.low > b.low else (b.low, b.low_open)


def _min_high(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.high is None:
        return b.high, b.high_open
    if b.high is None:
        return a.high, a.high_open
    if abs(a.high - b.high) <= _eps(a.high, b.high):
        return a.high, a.high_open or b.high_open
    return (a.high, a.high_open) if a.high < b.high else (b.high, b.high_open)


def quantity_interval(q: Quantity, about_tolerance: float = ABOUT_TOLERANCE) -> Interval:
    """The interval a figure stands for. The extractor already turns hedges into intervals; where a
    hedge of approximation ("about", "nearly", "several") still left a single point, widen it here so
    that "约三倍" and "3.2倍" are not called a conflict."""
    lo, hi = q.low, q.high
    if lo is not None and hi is not None and lo == hi and q.hedge in ("about", "nearly", "several"):
        tol = abs(q.nominal) * about_tolerance
        if q.hedge == "about":
            return Interval(lo - tol, hi + tol)
        if q.hedge == "nearly":
            return Interval(lo - tol, hi, False, True)
        return Interval(lo, hi * 10 if hi >= 0 else None)
    if lo is not None and hi is not None and lo >= hi:
        return Interval(min(lo, hi), max(lo, hi))  # a degenerate interval stands for its point
    return Interval(lo, hi, q.low_open, q.high_open)


def convert(q: Quantity, unit: str | None, conversions: dict[str, tuple[str, float]]) -> Quantity | None:
    """``q`` expressed in ``unit`` when the units match or are convertible; else None.

    ``conversions`` maps a unit to (base unit, factor): 1 <unit> = factor <base>."""
    if q.unit == unit:
        return q
    src = conversions.get(q.unit or "", (q.unit, 1.0))
    dst = conversions.get(unit or "", (unit, 1.0))
    if src[0] != dst[0] or src[0] is None:
        return None
    f = src[1] / dst[1]

    def s(x: float | None) -> float | None:
        return None if x is None else x * f

    return q.model_copy(update={"unit": unit, "nominal": q.nominal * f, "low": s(q.low), "high": s(q.high)})


def quantities_conflict(
    a: Quantity, b: Quantity, conversions: dict[str, tuple[str, float]] | None = None, about_tolerance: float = ABOUT_TOLERANCE
) -> bool | None:
    """True when the two figures cannot both be right; None when their units cannot be compared."""
    b2 = convert(b, a.unit, conversions or {})
    if b2 is None:
        return None
    ia, ib = quantity_interval(a, about_tolerance), quantity_interval(b2, about_tolerance)
    return not overlaps(ia, ib) or bound_slip(ia, ib)


def bound_slip(a: Interval, b: Interval) -> bool:
    """Two bounds on the same side, a power of ten apart ("不到2亿美元" and "不到2000万美元", "more than 10,000" and "more
    than 1,000"): both hold of many figures, but a figure reported as "under X" lies just under X, so one of the two
    slipped a digit or a unit of magnitude."""
    if a.low is None and b.low is None and a.high is not None and b.high is not None:
        x, y = a.high, b.high
    elif a.high is None and b.high is None and a.low is not None and b.low is not None:
        x, y = a.low, b.low
    else:
        return False
    if x <= 0 or y <= 0:
        return False
    r = max(x, y) / min(x, y)
    return any(abs(r - 10.0 ** k) <= 0.01 * 10.0 ** k for k in (1, 2, 3, 4))


def _mapped(iv: Interval, f, increasing: bool = True) -> Interval | None:
    """``iv`` through the monotone function ``f``; None when a bound is open-ended or ``f`` fails."""
    if iv.low is None or iv.high is None:
        return None
    try:
        lo, hi = f(iv.low), f(iv.high)
    except (ZeroDivisionError, ValueError):
        return None
    if lo is None or hi is None:
        return None
    if increasing:
        return Interval(lo, hi, iv.low_open, iv.high_open)
    return Interval(hi, lo, iv.high_open, iv.low_open)


def _fall_factor(p: float) -> float | None:
    return 1.0 / (1.0 - p / 100.0) if p < 100.0 else None


def _fall_percent(m: float) -> float | None:
    return 100.0 * (1.0 - 1.0 / m) if m > 0 else None


def _inverse_percent(p: float) -> float | None:
    return 100.0 / p if p > 0 else None


# a percentage as a multiple, and a multiple as a percentage: (function, increasing)
_LEVEL_AS_TIMES = ((lambda x: x / 100.0, True), (_inverse_percent, False))
_CHANGE_AS_TIMES = ((lambda x: 1.0 + x / 100.0, True), (lambda x: 1.0 - x / 100.0, False), (_fall_factor, True))
_TIMES_AS_LEVEL = ((lambda x: 100.0 * x, True), (_inverse_percent, False))
_TIMES_AS_CHANGE = ((lambda x: 100.0 * (x - 1.0), True), (lambda x: 100.0 * (1.0 - x), False), (_fall_percent, True))


def other_unit_readings(q: Quantity, unit: str, rules, about_tolerance: float = ABOUT_TOLERANCE, *,  # type: ignore[no-untyped-def]
                        level: bool = False) -> list[Interval]:
    """What the figure ``q`` can mean in ``unit``, another unit of what it measures (rules.yaml
    ``unit_dimensions``, ``ratio_units``: claims.rules.RuleSet): one interval through a band of
    conversion (months to years, yuan to dollars), or one per reading of a change told as a
    percentage and as a multiple. A percentage that states the new ``level`` ("降至十分之一") is p%
    of the old level or a fall by the factor 100/p; any other is a change: up p%, down p%, the
    factor of a p% fall. A multiple reads back the same ways. Empty when the units are not of one
    dimension or the figure is open-ended."""
    iv = quantity_interval(q, about_tolerance)
    if q.unit is None or iv.low is None or iv.high is None:
        return []
    ratio = rules.ratio_units
    if ratio and q.unit in ratio and unit in ratio and q.unit != unit:
        if q.unit == ratio[0]:
            fs = _LEVEL_AS_TIMES if level else _CHANGE_AS_TIMES
        else:
            fs = _TIMES_AS_LEVEL if level else _TIMES_AS_CHANGE
        return [r for f, inc in fs if (r := _mapped(iv, f, inc)) is not None]
    band = rules.band(q.unit, unit)
    if band is None:
        return []
    lo, hi = band
    return [Interval(iv.low * (lo if iv.low >= 0 else hi), iv.high * (hi if iv.high >= 0 else lo), iv.low_open, iv.high_open)]


def same_digits(q: Quantity, other: Quantity, about_tolerance: float = ABOUT_TOLERANCE) -> bool:
    """The two figures, units aside, are the same number or one a tenth or ten times the other (6000亿
    for 6000亿, 1到2 for 1到2, 35 for 3.5, 三成's 30 for 三倍's 3): the figures of a unit that slipped in a
    retelling, not of another fact."""
    a, b = quantity_interval(q, about_tolerance), quantity_interval(other, about_tolerance)
    if a.low is None or a.high is None:
        return False
    return any(overlaps(Interval(a.low * k, a.high * k, a.low_open, a.high_open), b) for k in (1.0, 10.0, 0.1))


def other_unit_conflict(q: Quantity, other: Quantity, rules, about_tolerance: float = ABOUT_TOLERANCE, *,  # type: ignore[no-untyped-def]
                        level: bool = False) -> bool | None:
    """True when no reading of ``q`` in ``other``'s unit meets ``other``; False when one does; None when
    the two cannot be compared that way. ``level``: ``q`` is a percentage stated as a level."""
    if other.unit is None:
        return None
    readings = other_unit_readings(q, other.unit, rules, about_tolerance, level=level)
    if not readings:
        return None
    target = quantity_interval(other, about_tolerance)
    return not any(overlaps(r, target) for r in readings)


# a hedge of direction names the side of a rule's bound ("orders of fewer than 1,700 H100s")
_BELOW = ("under", "at_most")
_ABOVE = ("over", "at_least")


def threshold_interval(q: Quantity, about_tolerance: float = ABOUT_TOLERANCE) -> tuple[Interval, str | None]:
    """The bound a figure of a threshold states, and its side: "fewer than 1,700 H100s" is the bound
    1,700 (below it); "the 1,700-H100 threshold" the same bound, no side; "roughly 1,700" about it."""
    if q.hedge in _BELOW:
        return Interval(q.nominal, q.nominal), "below"
    if q.hedge in _ABOVE:
        return Interval(q.nominal, q.nominal), "above"
    return quantity_interval(q, about_tolerance), None


def thresholds_conflict(
    a: Quantity, b: Quantity, conversions: dict[str, tuple[str, float]] | None = None, about_tolerance: float = ABOUT_TOLERANCE,
    sided: tuple[bool, bool] = (True, True),
) -> bool | None:
    """Two statements of a rule's threshold (catalog ``threshold: true``) cannot both be right: their
    bounds differ ("more than 5,000 chips" against "超过 50,000 颗": the intervals of two lower bounds
    overlap, the thresholds do not), or they put the rule on opposite sides of it ("more than 1,700
    H100s" against "少于 1,700 颗"). "The 1,700-H100 threshold" agrees with "fewer than 1,700". ``sided``:
    whether each statement says which side the rule covers (catalog ``side_cues``: "orders of 1,700 or
    more H100s need a review" puts "or more" on the other side of the same rule, so its side is not compared)."""
    b2 = convert(b, a.unit, conversions or {})
    if b2 is None:
        return None
    ia, sa = threshold_interval(a, about_tolerance)
    ib, sb = threshold_interval(b2, about_tolerance)
    sa, sb = (sa if sided[0] else None), (sb if sided[1] else None)
    return not overlaps(ia, ib) or (sa is not None and sb is not None and sa != sb)


def is_precise(q: Quantity) -> bool:
    if q.low is None or q.high is None:
        return False
    mid = (q.low + q.high) / 2
    return q.high - q.low <= PRECISE_WIDTH * max(abs(mid), 1e-12)


def imprecision_ratio(vague: Quantity, precise: Quantity) -> float | None:
    """How far the vague claim's stated figure is from a precise figure, as a ratio >= 1.

    Only for one-sided or "余/多" hedges (over, at least, under, at most, plus); None otherwise.
    "over 5%" against 17% -> 3.4; "more than 10,000" against 10,068 -> 1.0068."""
    if vague.hedge not in ("over", "at_least", "under", "at_most", "plus") or not is_precise(precise):
        return None
    x = (precise.low + precise.high) / 2  # type: ignore[operator]
    n = vague.nominal
    if n == 0 or x == 0 or (n > 0) != (x > 0):
        return None
    r = abs(x / n)
    return max(r, 1 / r)


# ---- dates -------------------------------------------------------------------------------------


def date_interval(d: DateRange, as_stated: bool = False) -> Interval | None:
    """The days a date claim allows, as ordinals. A limit ("before 2028", 2028年之前) is open on its
    side and keeps its own date in: the words are used loosely ("submit before March 15" is often
    "by March 15"), and a limit read strictly would contradict the very date it names.
    ``as_stated``: the date itself, for a subject whose date is a limit (a deadline)."""
    if d.start is None or d.end is None:
        return None
    lo, hi = float(d.start.toordinal()), float(d.end.toordinal())
    if as_stated or d.bound == "on":
        return Interval(lo, hi)
    if d.bound in ("before", "on_or_before"):
        return Interval(None, hi)
    return Interval(lo, None)


def _month_days(d: DateRange) -> tuple[int, int, int] | None:
    """(month, first day, last day) of a date whose year is unknown, when the month is known."""
    if d.month is None:
        return None
    return d.month, d.day_from or 1, d.day_to or 31


def _range_meets_month_days(start: dt.date, end: dt.date, md: tuple[int, int, int]) -> bool:
    month, d1, d2 = md
    if (end - start).days >= 366:
        return True
    for year in range(start.year, end.year + 1):
        first = _safe_date(year, month, d1)
        last = _safe_date(year, month, d2)
        if first is None or last is None:
            continue
        if first <= end and last >= start:
            return True
    return False


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    for d in range(day, 27, -1) if day > 28 else [day]:
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return None


def date_meets_month_days(a: DateRange, b: DateRange) -> bool:
    """``b``'s month and days (its year set aside) fall on some day of ``a``'s span."""
    md = _month_days(b)
    return md is not None and a.start is not None and a.end is not None and _range_meets_month_days(a.start, a.end, md)


def dates_conflict(a: DateRange, b: DateRange, as_stated: bool = False) -> bool | None:
    """True when no day can satisfy both; None when too little is known to tell (a limit without its
    year is not compared: which days it leaves open depends on the year)."""
    ia, ib = date_interval(a, as_stated), date_interval(b, as_stated)
    if ia is not None and ib is not None:
        return not overlaps(ia, ib)
    if not as_stated and (a.bound != "on" or b.bound != "on"):
        return None
    ma, mb = _month_days(a), _month_days(b)
    if ia is not None and mb is not None:
        return not _range_meets_month_days(a.start, a.end, mb)  # type: ignore[arg-type]
    if ib is not None and ma is not None:
        return not _range_meets_month_days(b.start, b.end, ma)  # type: ignore[arg-type]
    if ma is not None and mb is not None:
        if ma[0] != mb[0]:
            return True
        return ma[2] < mb[1] or mb[2] < ma[1]
    return None


# ---- text and identifiers ----------------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0002ffff"


def script_class(s: str) -> str:
    """'cjk' when most letters are Han characters, else 'latin'."""
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return "latin"
    han = sum(1 for c in letters if _is_cjk(c))
    return "cjk" if han * 2 >= len(letters) else "latin"


def fold_text(s: str) -> str:
    """A fallback fold for text values: NFKC, casefold, letters and digits only."""
    s = unicodedata.normalize("NFKC", s).casefold()
    return "".join(c for c in s if c.isalnum())


def texts_conflict(a: TextValue, b: TextValue) -> bool | None:
    """Titles conflict when their folded forms differ and neither contains the other.

    Only titles in Latin script are compared: Chinese renderings of an English title are
    translations and legitimately vary (美国AI行动计划 / 美国人工智能行动计划). None = not compared."""
    na, nb = a.normalized or fold_text(a.text), b.normalized or fold_text(b.text)
    ka, kb = fold_text(na), fold_text(nb)
    if script_class(a.text) != "latin" or script_class(b.text) != "latin":
        return None
    if not ka or not kb:
        return None
    return not (ka in kb or kb in ka)


def identifiers_conflict(a: Identifier, b: Identifier) -> bool | None:
    if a.scheme != b.scheme:
        return None
    return fold_text(a.number) != fold_text(b.number)


def values_conflict(a, b, conversions=None, about_tolerance: float = ABOUT_TOLERANCE, threshold: bool = False,  # type: ignore[no-untyped-def]
                    sided: tuple[bool, bool] = (True, True)) -> bool | None:
    """Dispatch on the value kinds; different kinds are not comparable (None). ``threshold``: the
    subject is a rule's bound (thresholds_conflict)."""
    if a.kind != b.kind:
        return None
    if isinstance(a, Quantity):
        if threshold:
            return thresholds_conflict(a, b, conversions, about_tolerance, sided)
        return quantities_conflict(a, b, conversions, about_tolerance)
    if isinstance(a, DateRange):
        return dates_conflict(a, b, as_stated=threshold)
    if isinstance(a, TextValue):
        return texts_conflict(a, b)
    if isinstance(a, Identifier):
        return identifiers_conflict(a, b)
    return None


# ---- normalised values (fingerprints, clustering, display) -------------------------------------


def _num(x: float | None) -> str:
    if x is None:
        return "*"
    try:
        i = int(x)
    except (OverflowError, ValueError):  # inf, nan
        return repr(x)
    return str(i) if i == x else repr(round(x, 9))


def value_key(v) -> str:  # type: ignore[no-untyped-def]
    """A canonical string of a value: equal keys mean the same claim value."""
    if isinstance(v, Quantity):
        lb = "(" if v.low_open else "["
        hb = ")" if v.high_open else "]"
        return f"q:{lb}{_num(v.low)},{_num(v.high)}{hb}{v.unit or ''}:{v.hedge}"
    if isinstance(v, DateRange):
        bound = "" if v.bound == "on" else f":{v.bound}"
        if v.resolved:
            return f"d:{v.start}..{v.end}{bound}"
        return f"d:?-{v.month or '?'}-{v.day_from or '?'}..{v.day_to or '?'}{bound}"
    if isinstance(v, TextValue):
        return "t:" + fold_text(v.normalized or v.text)
    if isinstance(v, Identifier):
        return f"i:{v.scheme}:{fold_text(v.number)}"
    return "?:" + repr(v)


def _shown(x: float) -> str:
    """A figure in a message: like the key's form up to 10^15 (no grouping), 1e+25 above."""
    return _num(x) if abs(x) < EXACT_MAX else human_number(x, grouping=False)


def display_value(v) -> str:  # type: ignore[no-untyped-def]
    """A short human form of a value, for messages (expected/observed)."""
    if isinstance(v, Quantity):
        unit = f" {v.unit}" if v.unit else ""
        if v.low is not None and v.high is not None and v.low == v.high:
            return f"{_shown(v.low)}{unit}"
        lb = "(" if v.low_open or v.low is None else "["
        hb = ")" if v.high_open or v.high is None else "]"
        lo = "-∞" if v.low is None else _shown(v.low)
        hi = "∞" if v.high is None else _shown(v.high)
        return f"{lb}{lo}, {hi}{hb}{unit}"
    if isinstance(v, DateRange):
        if v.resolved:
            shown = str(v.start) if v.start == v.end else f"{v.start}..{v.end}"
        elif v.month:
            days = f"-{v.day_from:02d}..{v.day_to:02d}" if v.day_from and v.day_to else ""
            shown = f"????-{v.month:02d}{days}"
        else:
            return "unresolved date"
        return shown if v.bound == "on" else f"{_BOUND_WORDS[v.bound]} {shown}"
    if isinstance(v, TextValue):
        return v.text
    if isinstance(v, Identifier):
        return f"{v.scheme} {v.number}"
    return str(v)


_BOUND_WORDS = {"before": "before", "on_or_before": "on or before", "after": "after", "on_or_after": "on or after"}


def interval_sort_key(iv: Interval) -> tuple[float, float]:
    lo = -math.inf if iv.low is None else iv.low
    hi = math.inf if iv.high is None else iv.high
    return lo, hi

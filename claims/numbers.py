"""Numerals and hedges: find figures in Chinese (simplified, traditional, financial), Arabic and
English text, with the hedge words around them, and turn hedges into intervals.

Public API (see docs/numbers.md):
- ``find_numbers(text) -> list[NumberMention]``: sorted, non-overlapping, longest match wins.
- ``parse_number(s) -> Decimal | None``: one numeral string.
- ``hedge_interval(value, hedge, *, step=None, high_value=None) -> (low, high, low_open, high_open)``.
- ``apply_suffix_hedge(mention, text, pos) -> (mention, end) | None``: 以上/左右/or more after a unit.

Words, hedges, tolerances and non-numbers are data in claims/catalog/lexicon/numerals.yaml.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

import regex

from claims.model import Hedge
from claims.numbers_lexicon import Compiled, compiled
from claims.numbers_parse import clean, init, place
from claims.numbers_anchors import chain_windows, in_windows, url_starts
from claims.numbers_hedges import _percent, _prefix_hedge, _suffix_hedge
from claims.numbers_ranges import _ranges, _ratios
from claims.numbers_scan import (
    _CHAIN,
    _GROUP_SP,
    _SCI,
    _SPACED,
    _URL,
    _Cand,
    _ascii_view,
    _en_candidates,
    _fold_candidates,
    _hedged_article_candidates,
    _extend_arabic,
    _keep,
    _latin_starts,
    _next_char,
    _slash_candidates,
    suffix_range_candidates,
    _vague_candidates,
    _zh_candidates,
    fold_fullwidth,
)
from claims.scan import matches_at, quick_frozen_init

__all__ = ["NumberMention", "find_numbers", "parse_number", "hedge_interval", "apply_suffix_hedge", "zh_prefix_hedges"]

APPROX_HEDGES = frozenset({"about", "nearly", "plus", "several"})


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class NumberMention:
    """A numeral with its hedge. ``[start, end)`` are offsets into the string given to find_numbers;
    the span covers hedge words and the numeral (and a percent sign/word), never unit words."""

    start: int
    end: int
    text: str
    value: Decimal  # the figure as stated (low end for ranges)
    high_value: Decimal | None  # high end for ranges
    low: Decimal | None  # interval after the hedge; None = unbounded
    high: Decimal | None
    low_open: bool
    high_open: bool
    hedge: Hedge
    approx: bool
    percent: bool  # the numeral itself says percent (5%, 百分之五, 5 percent, 七成)
    hedge_text: str | None
    points: bool = False  # percentage points (个百分点, percentage points)
    step: Decimal | None = None  # for plus: the width above value (90余 -> 10)
    num_start: int = -1  # where the numeral proper starts (after hedge words and a currency sign)


def _C() -> Compiled:
    C = compiled()
    init(C)
    return C


def hedge_interval(
    value: Decimal, hedge: Hedge, *, step: Decimal | None = None, high_value: Decimal | None = None
) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """The interval a hedged figure stands for: (low, high, low_open, high_open); None is unbounded.

    exact [v, v]; about [v(1-t), v(1+t)]; nearly [v(1-t), v]; over (v, +inf); at_least [v, +inf);
    under (-inf, v); at_most (-inf, v]; plus (v, v+step) with step defaulting to the last
    significant place of v (90 -> 10, 10000 -> 10000); several [v*a, v*b) for a magnitude v;
    range [v, high_value]. Tolerances and factors come from numerals.yaml (intervals:).
    """
    if hedge in _NO_ARITHMETIC:  # the bounds are the figures as given: no context to set up
        return _hedge_interval(Decimal(value), hedge, step, high_value)
    with localcontext() as ctx:
        ctx.prec = 60  # exact for any figure a text states; no rounding below v or above it
        return _hedge_interval(Decimal(value), hedge, step, high_value)


# hedges whose interval is made of the figures themselves (comparisons, no arithmetic)
_NO_ARITHMETIC = frozenset({"exact", "over", "at_least", "under", "at_most", "range"})


def _hedge_interval(
    v: Decimal, hedge: Hedge, step: Decimal | None, high_value: Decimal | None
) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    if hedge == "exact":
        return v, v, False, False
    iv = compiled().iv
    if hedge == "about":
        a, b = v * (1 - iv.about_tolerance), v * (1 + iv.about_tolerance)
        return clean(min(a, b)), clean(max(a, b)), False, False
    if hedge == "nearly":
        a = v * (1 - iv.nearly_tolerance)
        return (clean(a), v, False, False) if v >= 0 else (v, clean(a), False, False)
    if hedge == "over":
        return v, None, True, False
    if hedge == "at_least":
        return v, None, False, False
    if hedge == "under":
        return None, v, False, True
    if hedge == "at_most":
        return None, v, False, False
    if hedge == "plus":
        st = abs(step) if step else place(v)
        return v, clean(v + st), True, True
    if hedge == "several":
        a, b = v * iv.several_low_factor, v * iv.several_high_factor
        return (clean(a), clean(b), False, True) if v >= 0 else (clean(b), clean(a), True, False)
    if hedge == "range":
        hv = Decimal(high_value) if high_value is not None else v
        return min(v, hv), max(v, hv), False, False
    raise ValueError(f"unknown hedge {hedge!r}")


def zh_prefix_hedges() -> dict[str, str]:
    """The Chinese prefix hedge words of the lexicon (traditional and simplified) and their kinds."""
    return dict(_C().prefix_zh)


def zh_hedge_blockers() -> tuple[str, ...]:
    """The Chinese words that hold a hedge word without being one (预约, 签约, 最近: hedges.prefix.zh_blockers)."""
    return tuple(_C().lex.hedges.prefix.zh_blockers)


def en_duration_hedges() -> dict[str, str]:
    """The English prefix hedges of the lexicon that bound only a duration ("within") and their
    kinds (hedges.prefix.en_before_duration): the claim layer applies them, find_numbers does not."""
    return {w.lower(): h for w, h in _C().lex.hedges.prefix.en_before_duration.pairs()}


def zh_duration_hedges() -> dict[str, str]:
    """The Chinese prefix hedges that bound only a duration (满) and their kinds
    (hedges.prefix.zh_before_duration): the claim layer applies them, as en_duration_hedges."""
    return dict(_C().lex.hedges.prefix.zh_before_duration.pairs())


def find_numbers(text: str) -> list[NumberMention]:
    """Every numeral in ``text`` with its hedge; sorted by start, non-overlapping, longest wins.
    Accepts raw text too: full-width digits and punctuation are folded internally (offsets and
    ``text`` of the mentions stay those of the string given)."""
    if not text:
        return []
    original = text
    text = fold_fullwidth(text)
    C = _C()
    low = _ascii_view(text)  # where English words are found with str.find or one trie regex
    en_starts, vague_starts = _latin_starts(C, text, low)
    cands = (_zh_candidates(C, text) + _en_candidates(C, text, en_starts) + _slash_candidates(text)
             + _hedged_article_candidates(C, text, low) + _fold_candidates(C, text, low) + suffix_range_candidates(C, text))
    blocked: list[tuple[int, int]] = []
    for m in in_windows(_CHAIN, text, chain_windows(text), 0):  # 192.168.1.2, 3.7.1: integers, not decimals
        blocked.append((m.start(), m.end()))
        pos = m.start()
        for part in m.group().split("."):
            cands.append(_Cand(pos, pos + len(part), clean(Decimal(part)), kind="chain"))
            pos += len(part) + 1
    for m in _SPACED.finditer(text):  # 1 234 567, 40 000
        v = Decimal(_GROUP_SP.sub("", m.group()))
        cands.append(_Cand(m.start(), m.end(), clean(v), kind="arabic"))
    # 3×10^26: one figure (the longest candidate wins); every match holds "10^" (a text without
    # it, nearly all, is not scanned)
    for m in _SCI.finditer(text) if "10^" in text else ():
        v = clean(Decimal(m.group(1)).scaleb(int(m.group(2))))
        cands.append(_Cand(m.start(), m.end(), v, kind="sci", prio=0))
    if blocked:  # disjoint and sorted (finditer): only the last chain starting before c.end can overlap c
        b_starts = [a for a, _ in blocked]

        def _in_chain(c: _Cand) -> bool:
            i = bisect.bisect_left(b_starts, c.end) - 1
            return i >= 0 and blocked[i][1] > c.start

        cands = [c for c in cands if c.kind == "chain" or not _in_chain(c)]
    cands += _vague_candidates(C, text, vague_starts)
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), c.prio))
    chosen: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
        elif chosen and c.end - c.start > chosen[-1].end - chosen[-1].start and c.start >= (chosen[-2].end if len(chosen) > 1 else -1):
            chosen[-1] = c
            last_end = c.end
    urls = [(m.start(), m.end()) for m in matches_at(_URL, text, url_starts(text))]
    url_begins = [a for a, _ in urls]
    kept: list[_Cand] = []
    percent_first = C.percent_first
    for c in chosen:
        if c.kind == "pair":
            continue  # an improper slash pair: no figure (claims.numbers_scan._slash_candidates)
        if urls:
            k = bisect.bisect_right(url_begins, c.end - 1) - 1
            if k >= 0 and urls[k][1] > c.start:
                continue
        if c.kind == "arabic" and not _extend_arabic(C, text, c):
            continue
        c.core_start, c.core_end = c.start, c.end
        if not _keep(C, text, c):
            continue
        if not c.percent and _next_char(text, c.end) in percent_first:  # (_percent's own first tests)
            _percent(C, text, c)
        kept.append(c)
    # merge of extensions may create overlaps: drop later ones
    merged: list[_Cand] = []
    for c in kept:
        if merged and c.start < merged[-1].end:
            continue
        merged.append(c)
    merged = _ratios(C, text, _ranges(C, text, merged))
    prev_end = 0
    list_hedged = -1  # the last figure a hedge of its list reached
    suffix_first = C.suffix_first
    for i, c in enumerate(merged):
        saved = (c.start, c.hedge, c.hedge_text)
        _prefix_hedge(C, text, c)
        if c.start < prev_end:
            c.start, c.hedge, c.hedge_text = saved
        if c.hedge == "exact" and i > 0 and merged[i - 1].hedge in _RESPECTIVELY_HEDGES \
                and _respectively_hedged(text, merged[i - 1], c, list_hedged == i - 1):
            c.hedge = merged[i - 1].hedge  # 分别约为1,200万元、8,700万元及3.6亿元: 约 reaches the whole list
            list_hedged = i
        if _next_char(text, c.end) in suffix_first:  # (_suffix_hedge's own first test: most figures stop here)
            nxt = merged[i + 1].start if i + 1 < len(merged) else len(text)
            saved_end = (c.end, c.hedge, c.hedge_text, c.step)
            if _suffix_hedge(C, text, c, after_unit=False) and c.end > nxt:
                c.end, c.hedge, c.hedge_text, c.step = saved_end
        prev_end = c.end
    return [m for m in _bounded_ranges(C, text, [_mention(original, c) for c in merged])]


_LIST_ITEM_GAP = regex.compile(r"[^\d，。；,;:：\s]{0,4}(?:、|及|和|与|以及)")
_RESPECTIVELY_HEDGES = frozenset({"about", "nearly"})


def _respectively_hedged(text: str, prev: _Cand, c: _Cand, prev_listed: bool) -> bool:
    """``c`` is an item of a list whose first figure has a hedge of approximation right after 分别
    (分别约为1,200万元、8,700万元及3.6亿元): the hedge is the whole list's. ``prev`` is the figure
    before it; ``prev_listed``: that figure took the hedge so."""
    if prev.hedge not in _RESPECTIVELY_HEDGES or prev.end > c.start:
        return False
    if _LIST_ITEM_GAP.fullmatch(text, prev.end, c.start) is None:
        return False
    if prev_listed:
        return True
    if not prev.hedge_text:
        return False
    k = prev.start
    while k > 0 and text[k - 1] in "为是达 ":
        k -= 1
    return text.endswith("分别", 0, k)


_BOUND_RATIO = 1000  # a lower and an upper bound further apart than this are two figures
_LOWER = {"over", "at_least"}
_UPPER = {"under", "at_most"}


def _bounded_ranges(C: Compiled, text: str, ms: list[NumberMention]) -> list[NumberMention]:
    """"more than 10 and less than 20", "大于10小于20", "at most 100 and at least 20": one range."""
    out: list[NumberMention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms):
            b = ms[i + 1]
            pair = (a, b) if a.hedge in _LOWER and b.hedge in _UPPER else \
                (b, a) if a.hedge in _UPPER and b.hedge in _LOWER else None
            join = C.bound_join_re.fullmatch(text, a.end, b.start) if pair else None
            if join and not text[a.end:b.start].strip() and text[a.end - 1:a.end].isascii() and text[b.start:b.start + 1].isascii():
                join = None  # English bounds need a word between: "up to $500 billion over four years" is two figures
            if pair and a.percent == b.percent and join:
                lo, hi = pair
                if (lo.low is not None and hi.high is not None and lo.low < hi.high
                        and (lo.low <= 0 or hi.high / lo.low <= _BOUND_RATIO)):
                    out.append(replace(
                        a, end=b.end, text=text[a.start:b.end], value=lo.value, high_value=hi.value,
                        low=lo.low, high=hi.high, low_open=lo.low_open, high_open=hi.high_open,
                        hedge="range", approx=False, hedge_text=f"{a.hedge_text} … {b.hedge_text}", step=None))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _mention(text: str, c: _Cand) -> NumberMention:
    hedge: Hedge = c.hedge  # type: ignore[assignment]
    value = c.value
    if hedge == "exact":  # most figures: the interval is the figure, no plus step, no high end
        # positional, in field order (start, end, text, value, high_value, low, high, low_open,
        # high_open, hedge, approx, percent, hedge_text, points, step, num_start): a quarter
        # faster than keywords, and there is one per figure
        return NumberMention(c.start, c.end, text[c.start:c.end], value, None, value, value, False, False,
                             hedge, False, c.percent, c.hedge_text, c.points, None, c.core_start)
    low, high, lo_open, hi_open = hedge_interval(value, hedge, step=c.step, high_value=c.high_value)
    step = c.step
    if hedge == "plus" and step is None:
        step = place(value)
    return NumberMention(
        start=c.start, end=c.end, text=text[c.start:c.end], value=value,
        high_value=c.high_value if hedge == "range" else None, low=low, high=high,
        low_open=lo_open, high_open=hi_open, hedge=hedge, approx=hedge in APPROX_HEDGES,
        percent=c.percent, hedge_text=c.hedge_text, points=c.points,
        step=step if hedge == "plus" else None, num_start=c.core_start,
    )


def apply_suffix_hedge(mention: NumberMention, text: str, pos: int) -> tuple[NumberMention, int] | None:
    """If a suffix hedge (以上, 以下, 左右, 多, 余, "or more", "or so", "plus") starts at ``pos``
    (after optional spaces), return the mention re-hedged and the offset where the hedge ends.
    The mention's span is not extended (the unit lies between); the caller extends its own span."""
    C = _C()
    if _next_char(text, pos) not in C.suffix_first:
        return None  # _suffix_hedge's own first test, before a candidate is built for it
    c = _Cand(pos, pos, mention.value, mention.hedge, mention.step, mention.high_value, mention.percent,
              mention.points, mention.hedge_text, kind="unit")
    if not _suffix_hedge(C, text, c, after_unit=True):
        return None
    hedge: Hedge = c.hedge  # type: ignore[assignment]
    low, high, lo_open, hi_open = hedge_interval(c.value, hedge, step=c.step, high_value=c.high_value)
    new = replace(mention, hedge=hedge, low=low, high=high, low_open=lo_open, high_open=hi_open,
                  approx=hedge in APPROX_HEDGES, hedge_text=c.hedge_text,
                  step=(c.step or place(c.value)) if hedge == "plus" else None)
    return new, c.end


def parse_number(s: str) -> Decimal | None:
    """The value of one numeral string (Arabic, Chinese incl. traditional/financial, English words,
    fractions, percent forms as their number: 百分之五 -> 5). None when ``s`` is not one numeral."""
    s2 = s.strip()
    if not s2:
        return None
    ms = find_numbers(s2)
    if len(ms) != 1:
        return None
    m = ms[0]
    if m.start != 0 or m.end != len(s2):
        return None
    return m.value

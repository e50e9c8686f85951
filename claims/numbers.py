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

from dataclasses import dataclass, field, replace
from decimal import Decimal

import bisect

import regex

from claims.model import Hedge
from claims.numbers_lexicon import Compiled, compiled
from claims.numbers_parse import (
    Parsed,
    clean,
    en_words,
    init,
    parse_arabic,
    parse_en,
    parse_en_fraction,
    parse_zh_signed,
    place,
    zh_tokens,
)

__all__ = ["NumberMention", "find_numbers", "parse_number", "hedge_interval", "apply_suffix_hedge"]

ONE_ = Decimal(1)
APPROX_HEDGES = frozenset({"about", "nearly", "plus", "several"})


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
    iv = compiled().iv
    v = Decimal(value)
    if hedge == "exact":
        return v, v, False, False
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


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: Decimal
    hedge: str = "exact"
    step: Decimal | None = None
    high_value: Decimal | None = None
    percent: bool = False
    points: bool = False
    hedge_text: str | None = None
    kind: str = "zh"  # zh | arabic | en | frac
    scaled: bool = False
    zh_digit_only: bool = False
    core_start: int = -1
    core_end: int = -1
    hedges: list[str] = field(default_factory=list)


_ARABIC_ONLY = regex.compile(r"-?[\d.,]+(?:[eE][-+]?\d+|\^[-+]*\d+)?")
_SLASH = regex.compile(
    r"(?<![\d/.A-Za-z]|\d,)(?P<neg>-[ \t]?)?(?:(?P<w>\d++)[ \t]++)?(?P<a>\d++)/(?P<b>\d++)(?![\d/.])")
_WS = regex.compile(r"\s+")
_HAN = regex.compile(r"\p{Han}")
_LATIN_TAIL = regex.compile(r"([A-Za-z]+)$")
_DASH_DIGIT = regex.compile(r"[-‐/]\d")
_DIGIT_DASH = regex.compile(r"\d[-‐/]$")
_LEAD0 = regex.compile(r"0\d")
_GROUP_SP = regex.compile(r"[ \u00a0\u202f\u2009]")
_CHAIN = regex.compile(r"(?<![\d.])\d++(?:\.\d++){2,}+")
_SPACED = regex.compile(
    r"(?<![\d.,])\d{1,3}+(?:(?:[\u00a0\u202f\u2009]\d{3}+)++|(?: \d{3}+){2,}+)(?:\.\d++)?+(?![\d.,]\d)")
_CURRENCY_BEFORE = regex.compile(r"[ \t]*+(?:US|HK|NT|A|C)?[$€£¥][ \t]*+$")
_URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"'，。、）)\]】]++", regex.IGNORECASE)
_IDENT_BEFORE = regex.compile(r"[A-Za-z][A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+[-‐]$")


def _zh_candidates(C: Compiled, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in C.run_re.finditer(text):
        toks = zh_tokens(C, m.group(), m.start())
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.kind == "arabic":
                pa = parse_arabic(t.text)
                if isinstance(pa, list):  # 22,24,26: separate numbers
                    pos = t.start
                    for part in t.text.split(","):
                        if part:
                            out.append(_Cand(pos, pos + len(part), clean(Decimal(part)), kind="arabic"))
                        pos += len(part) + 1
                    i += 1
                    continue
            p = parse_zh_signed(C, toks, i)
            if p is None or p.ntok <= 0:
                i += 1
                continue
            s, e = toks[i].start, toks[i + p.ntok - 1].end
            body = text[s:e]
            kind = "arabic" if _ARABIC_ONLY.fullmatch(body) else "zh"
            out.append(_Cand(s, e, p.value, p.hedge, p.step, p.high, p.percent, kind=kind,
                             scaled=p.scaled, zh_digit_only=p.zh_digit_only))
            i += p.ntok
    return out


def _en_candidates(C: Compiled, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in C.en_run_re.finditer(text):
        words = [(w, a + m.start(), b + m.start()) for w, a, b in en_words(m.group())]
        i = 0
        while i < len(words):
            p: Parsed | None = parse_en(C, words, i)
            f = parse_en_fraction(C, words, i, p)
            if f is not None:
                p = f
            if p is None and words[i][0] in C.en_ordinals and C.en_ordinals[words[i][0]] in (2, 4):
                # half (a) million, half a dozen, quarter million
                frac_v = ONE_ / C.en_ordinals[words[i][0]]
                j = i + 1
                if j < len(words) and words[j][0] in C.en_articles:
                    j += 1
                w = words[j][0] if j < len(words) else ""
                mult = C.en_scales.get(w) or (Decimal(12) if w in C.en_dozen else None) or \
                    (Decimal(100) if w in C.en_hundred else None)
                if mult is not None:
                    p = Parsed(clean(frac_v * mult), j + 1 - i)
                elif words[i][0] == "half":
                    p = Parsed(Decimal("0.5"), 1)
            if p is None or p.ntok <= 0:
                i += 1
                continue
            s, e = words[i][1], words[i + p.ntok - 1][2]
            out.append(_Cand(s, e, p.value, kind="en", scaled=p.scaled))
            i += p.ntok
    return out


def _slash_candidates(text: str) -> list[_Cand]:
    out = []
    for m in _SLASH.finditer(text):
        a, b = Decimal(m.group("a")), Decimal(m.group("b"))
        if b == 0:
            continue
        v = a / b + (Decimal(m.group("w")) if m.group("w") else 0)
        if m.group("neg"):
            v = -v
        out.append(_Cand(m.start(), m.end(), clean(v), kind="frac"))
    return out


def _overlaps_not_number(C: Compiled, text: str, c: _Cand) -> bool:
    lo, hi = max(0, c.start - C.nn_max), min(len(text), c.end + C.nn_max)
    for rx in (C.not_numbers_zh_re, C.not_numbers_en_re):
        for m in rx.finditer(text, lo, hi, overlapped=True):
            if m.end() <= c.start or m.start() >= c.end:
                continue
            if c.start <= m.start() and m.end() <= c.end and (m.end() - m.start()) < (c.end - c.start):
                continue  # a word inside a longer numeral: 一万一千 contains 万一
            return True
    return False


def _extend_arabic(C: Compiled, text: str, c: _Cand) -> bool:
    """Multipliers and scale words after an Arabic numeral; False when it is an ordinal (4th)."""
    e = c.end
    if not _next_char(text, e).isalpha():
        m0 = C.en_negative_before_re.search(text, max(0, c.start - 12), c.start) if _prev_char(text, c.start).isalpha() else None
        if m0 and c.value > 0:
            c.value, c.start = -c.value, m0.start()
        return True
    m = C.multiplier_re.match(text, e)
    if m and (not m.group("sp") or m.group("m") != "b"):
        c.value = clean(c.value * C.multipliers[m.group("m")])
        c.end = m.end()
        c.scaled = True
        return True
    m = C.en_scale_after_re.match(text, e)
    if m:
        w = m.group("w").lower()
        if w in C.en_hundred:
            c.value = clean(c.value * 100)
        elif w in C.en_dozen:
            c.value = clean(c.value * 12)
        else:
            c.value = clean(c.value * C.en_scales[w])
        if m.group("w2"):
            c.value = clean(c.value * C.en_scales[m.group("w2").lower()])
        c.end = m.end()
        c.scaled = True
        return True
    if C.ordinal_suffix_re.match(text, e):
        return False
    m = C.en_negative_before_re.search(text, max(0, c.start - 12), c.start)
    if m and c.value > 0:
        c.value, c.start = -c.value, m.start()
    return True


_SPACES = " \t\u00a0\u3000"


def _next_char(text: str, e: int) -> str:
    """The first character at or after e that is not a space (looks at most 4 ahead)."""
    for k in range(e, min(len(text), e + 8)):
        if text[k] not in _SPACES:
            return text[k]
    return ""


def _prev_char(text: str, s: int) -> str:
    for k in range(s - 1, max(-1, s - 9), -1):
        if text[k] not in _SPACES:
            return text[k]
    return ""


def _percent(C: Compiled, text: str, c: _Cand) -> None:
    if c.percent:
        return
    e = c.end
    if _next_char(text, e) not in C.percent_first:
        return
    m = C.percent_sign_re.match(text, e)
    if m:
        c.percent, c.end = True, m.end()
        return
    m = C.percent_point_re.match(text, e)
    if m:
        c.percent, c.points, c.end = True, True, m.end()
        return
    m = C.en_percent_re.match(text, e)
    if m:
        c.percent, c.end = True, m.end()
        c.points = bool(m.group("points"))
        return
    if c.kind in ("zh", "arabic") and c.hedge == "exact" and 0 < c.value:
        m = C.tenths_re.match(text, e)
        if m and c.value <= 10:
            v = c.value * 10
            after = m.group("after")
            if after:
                v += Decimal(5) if after in C.zh_half else C.zh_digit[after]
            c.value, c.percent, c.end = clean(v), True, m.end()
            return
        m = C.discount_re.match(text, e)
        if m and (c.value < 10 or (c.value == c.value.to_integral_value() and 10 < c.value < 100)):
            c.value = clean(c.value * 10 if c.value < 10 else c.value)
            c.percent, c.end = True, m.end()


def _prefix_hedge(C: Compiled, text: str, c: _Cand) -> None:
    s = c.start
    if _prev_char(text, s) not in C.prefix_last:
        return
    win = text[max(0, s - 16): s]
    base = max(0, s - 16)
    m = C.prefix_zh_re.search(win)
    if m and m.start("h") > 0 and win[m.start("h") - 1] in "<>=" and m.group("h")[:1] in "<>=≤≥":
        return  # <>30, =>30: not a comparison we read
    if m:
        h = C.prefix_zh[m.group("h")]
        hs = base + m.start("h")
        if not C.prefix_zh_blocker_re.search(text, max(0, hs - 4), base + m.end("h")) or \
                C.prefix_zh_blocker_re.search(text, max(0, hs - 4), base + m.end("h")).start() >= hs:  # type: ignore[union-attr]
            _set_hedge(c, h, text[hs: base + m.end("h")])
            c.start = hs
            return
    m = C.prefix_en_re.search(win)
    if m and m.start("h") > 0 and win[m.start("h") - 1] in "<>=" and not m.group("h")[:1].isalpha():
        return
    if not m:
        mc = _CURRENCY_BEFORE.search(win)
        if mc:
            m = C.prefix_en_re.search(win, 0, mc.start())
    if m:
        h = C.prefix_en[_WS.sub(" ", m.group("h").lower())]
        _set_hedge(c, h, m.group("h"))
        c.start = base + m.start("h")


def _set_hedge(c: _Cand, h: str, word: str) -> None:
    if c.hedge in ("about", "nearly") and h in ("at_least", "at_most", "over", "under"):
        c.hedge = h  # "about 500 or more": the bound says more than the approximation
        c.hedge_text = f"{c.hedge_text} {word}" if c.hedge_text else word
    elif c.hedge == "exact":
        c.hedge = h
        c.hedge_text = word
    elif c.hedge_text:
        c.hedge_text = c.hedge_text + " " + word if word not in c.hedge_text else c.hedge_text
    else:
        c.hedge_text = word


def _suffix_hedge(C: Compiled, text: str, c: _Cand, *, after_unit: bool) -> bool:
    e = c.end
    if _next_char(text, e) not in C.suffix_first:
        return False
    m = C.suffix_zh_re.match(text, e)
    if m:
        w = m.group("h")
        h = C.suffix_zh[w]
        if h == "plus" and (not after_unit and c.kind == "zh"):
            return False  # 多/余 right after a Chinese numeral are parsed inside it
        if h == "plus" and after_unit:
            nxt = text[m.end(): m.end() + 1]
            if nxt in C.plus_blockers:
                return False
        if h == "plus" and c.hedge == "exact":
            c.step = place(c.value)
        _set_hedge(c, h, w)
        c.end = m.end()
        return True
    m = C.suffix_en_re.match(text, e)
    if m:
        w = m.group("h")
        h = C.suffix_en[_WS.sub(" ", w.lower())]
        if h == "plus" and c.hedge == "exact":
            c.step = place(c.value)
        _set_hedge(c, h, w)
        c.end = m.end()
        return True
    return False


def _keep(C: Compiled, text: str, c: _Cand) -> bool:
    body = text[c.start:c.end]
    if c.kind in ("arabic", "frac", "chain"):
        if _IDENT_BEFORE.search(text, max(0, c.start - 24), c.start):
            return False
        return True
    if c.kind == "zh":
        core = body.strip()
        if len(core) == 1 and core in C.ambiguous_alone:
            return False
        if c.zh_digit_only and core in C.guarded:
            nxt = text[c.end: c.end + 1]
            if nxt and _HAN.match(nxt) and nxt not in C.classifiers:
                r = C.range_zh_re.match(text, c.end) or C.between_join_zh_re.match(text, c.end)
                if not (r and r.end() > c.end and C.run_re.match(text, r.end())):
                    return False
        if core in C.zh_scale or core in C.zh_double_scale:
            return False
    if _overlaps_not_number(C, text, c):
        return False
    return True


def _scale_suffix(C: Compiled, text: str) -> Decimal | None:
    t = text.rstrip()
    if t and t[-1] in C.zh_scale:
        return C.zh_scale[t[-1]]
    m = _LATIN_TAIL.search(t)
    if m and m.group(1).lower() in C.en_scales:
        return C.en_scales[m.group(1).lower()]
    return None


def _ranges(C: Compiled, text: str, cs: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cs):
        a = cs[i]
        if i + 1 < len(cs):
            b = cs[i + 1]
            gap = text[a.end:b.start]
            joined = None
            dash = False
            if a.hedge == "exact" and b.hedge == "exact" and (a.percent == b.percent or not a.percent):
                m = (C.range_zh_re.fullmatch(gap) or C.range_en_re.fullmatch(gap)) if gap.strip() or gap == "" else None
                if gap == "" and text[b.start:b.start + 1] == "-":
                    m = None
                if m and gap:
                    joined = "conn"
                    dash = gap.strip() in ("-", "‐")
                elif C.between_join_en_re.fullmatch(gap) and C.between_en_re.search(text, max(0, a.start - 12), a.start):
                    joined = "between_en"
                elif C.between_join_zh_re.fullmatch(gap):
                    for pre, post in C.between_zh:
                        if text.startswith(post, b.end) and (not pre or text[max(0, a.start - len(pre)):a.start] == pre):
                            joined = "between_zh"
                            break
            if joined:
                lo, hi = a.value, b.value
                sc = _scale_suffix(C, text[b.start:b.end])
                if sc and not _scale_suffix(C, text[a.start:a.end]) and lo * sc <= hi and lo < hi:
                    lo = clean(lo * sc)
                bad = lo > hi
                if dash:
                    # dates and identifiers: 2025-07-23, 1-800-555
                    nxt = C.range_zh_re.match(text, b.end)
                    if _DASH_DIGIT.match(text[b.end:b.end + 2]) or _DIGIT_DASH.search(text[max(0, a.start - 2):a.start]):
                        bad = True
                    if _LEAD0.match(text[b.start:b.end]) or _LEAD0.match(text[a.start:a.end]):
                        bad = True
                    del nxt
                if not bad:
                    c = _Cand(a.start, b.end, lo, "range", None, hi, b.percent, b.points, None, a.kind)
                    c.core_start, c.core_end = a.core_start, b.core_end
                    if joined == "between_en":
                        m2 = C.between_en_re.search(text, max(0, a.start - 12), a.start)
                        assert m2 is not None
                        c.start = m2.start()
                    elif joined == "between_zh":
                        for pre, post in C.between_zh:
                            if text.startswith(post, b.end) and (not pre or text[max(0, a.start - len(pre)):a.start] == pre):
                                c.start -= len(pre)
                                c.end += len(post)
                                break
                    else:
                        m2 = C.between_en_re.search(text, max(0, a.start - 12), a.start)
                        if m2 and "from" in m2.group().lower():
                            c.start = m2.start()
                    out.append(c)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# full-width ASCII (０-９, ，．％－／) folded to ASCII, one code point for one, so offsets hold
_FOLD = {0xFF01 + i: 0x21 + i for i in range(0x5E)}
_FOLD.update({0x2212: 0x2D, 0x3000: 0x20})
_FULLWIDTH = regex.compile(r"[\uFF01-\uFF5E\u2212\u3000]++")


def _fold(m: "regex.Match[str]") -> str:
    return m.group().translate(_FOLD)


def find_numbers(text: str) -> list[NumberMention]:
    """Every numeral in ``text`` with its hedge; sorted by start, non-overlapping, longest wins.
    Accepts raw text too: full-width digits and punctuation are folded internally (offsets and
    ``text`` of the mentions stay those of the string given)."""
    if not text:
        return []
    original = text
    text = _FULLWIDTH.sub(_fold, text)
    C = _C()
    cands = _zh_candidates(C, text) + _en_candidates(C, text) + _slash_candidates(text)
    blocked: list[tuple[int, int]] = []
    for m in _CHAIN.finditer(text):  # 192.168.1.2, 3.7.1: integers, not decimals
        blocked.append((m.start(), m.end()))
        pos = m.start()
        for part in m.group().split("."):
            cands.append(_Cand(pos, pos + len(part), clean(Decimal(part)), kind="chain"))
            pos += len(part) + 1
    for m in _SPACED.finditer(text):  # 1 234 567, 40 000
        v = Decimal(_GROUP_SP.sub("", m.group()))
        cands.append(_Cand(m.start(), m.end(), clean(v), kind="arabic"))
    if blocked:
        cands = [c for c in cands if c.kind == "chain" or not any(a < c.end and c.start < b for a, b in blocked)]
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
        elif chosen and c.end - c.start > chosen[-1].end - chosen[-1].start and c.start >= (chosen[-2].end if len(chosen) > 1 else -1):
            chosen[-1] = c
            last_end = c.end
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    url_starts = [a for a, _ in urls]
    kept: list[_Cand] = []
    for c in chosen:
        if urls:
            k = bisect.bisect_right(url_starts, c.end - 1) - 1
            if k >= 0 and urls[k][1] > c.start:
                continue
        if c.kind == "arabic" and not _extend_arabic(C, text, c):
            continue
        c.core_start, c.core_end = c.start, c.end
        if not _keep(C, text, c):
            continue
        _percent(C, text, c)
        kept.append(c)
    # merge of extensions may create overlaps: drop later ones
    merged: list[_Cand] = []
    for c in kept:
        if merged and c.start < merged[-1].end:
            continue
        merged.append(c)
    merged = _ranges(C, text, merged)
    prev_end = 0
    for i, c in enumerate(merged):
        saved = (c.start, c.hedge, c.hedge_text)
        _prefix_hedge(C, text, c)
        if c.start < prev_end:
            c.start, c.hedge, c.hedge_text = saved
        nxt = merged[i + 1].start if i + 1 < len(merged) else len(text)
        saved_end = (c.end, c.hedge, c.hedge_text, c.step)
        if _suffix_hedge(C, text, c, after_unit=False) and c.end > nxt:
            c.end, c.hedge, c.hedge_text, c.step = saved_end
        prev_end = c.end
    return [m for m in _bounded_ranges(C, text, [_mention(original, c) for c in merged])]


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
            if pair and a.percent == b.percent and C.bound_join_re.fullmatch(text, a.end, b.start):
                lo, hi = pair
                if lo.low is not None and hi.high is not None and lo.low < hi.high:
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
    low, high, lo_open, hi_open = hedge_interval(c.value, hedge, step=c.step, high_value=c.high_value)
    step = c.step
    if hedge == "plus" and step is None:
        step = place(c.value)
    return NumberMention(
        start=c.start, end=c.end, text=text[c.start:c.end], value=c.value,
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

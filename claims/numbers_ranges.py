"""Ranges between numeral candidates (internal to claims.numbers): "2-4", "两到三", "between 2 and
4", "在20和30之间", "2至3万", and ratios ("two out of five", "1 in 5")."""

from __future__ import annotations

from decimal import Decimal

import regex

from claims.numbers_lexicon import Compiled
from claims.numbers_parse import clean
from claims.numbers_scan import _DASH_DIGIT, _DIGIT_DASH, _LATIN_TAIL, _LEAD0, _Cand


_SYMBOL_END = regex.compile(r"(?:US\$|NT\$|HK\$|[$€£¥₩])$")
# how a gap must end for _SYMBOL_END to match ($ also matches before a final newline): a cheap
# test that saves a search through every gap between two figures
_SYMBOL_TAILS = tuple("$€£¥₩") + tuple(ch + "\n" for ch in "$€£¥₩")


def _scale_suffix(C: Compiled, text: str) -> Decimal | None:
    t = text.rstrip()
    if t and t[-1] in C.zh_scale:
        return C.zh_scale[t[-1]]
    m = _LATIN_TAIL.search(t)
    if m and m.group(1).lower() in C.en_scales:
        return C.en_scales[m.group(1).lower()]
    return None


_GAP_SPACES = " \t\u00a0\u3000"  # every space the connector patterns allow around their word


def _short_gap(C: Compiled, gap: str) -> bool:
    """Whether the gap between two figures can be a connector (range_zh_re, range_en_re,
    between_join_en_re, between_join_zh_re): spaces around one word, so without its spaces it is
    no longer than the longest connector. Most gaps are prose: four patterns saved."""
    return len(gap) <= C.connector_max or len(gap.strip(_GAP_SPACES)) <= C.connector_max


def _ranges(C: Compiled, text: str, cs: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cs):
        a = cs[i]
        if i + 1 < len(cs):
            b = cs[i + 1]
            gap = text[a.end:b.start]
            a_at = a.start  # where a's own text starts (before a currency symbol both sides repeat)
            sym = _SYMBOL_END.search(gap) if gap.endswith(_SYMBOL_TAILS) else None
            if sym and text[max(0, a.start - len(sym.group())):a.start] == sym.group():
                gap = gap[:sym.start()]  # "$64 billion and $72 billion": one range of dollars
                a_at = a.start - len(sym.group())
            joined = None
            dash = False
            if a.hedge == "exact" and b.hedge == "exact" and (a.percent == b.percent or not a.percent) \
                    and _short_gap(C, gap):
                m = (C.range_zh_re.fullmatch(gap) or C.range_en_re.fullmatch(gap)) if gap.strip() or gap == "" else None
                if gap == "" and text[b.start:b.start + 1] == "-":
                    m = None
                if m and gap:
                    joined = "conn"
                    dash = gap.strip() in ("-", "‐")
                elif C.between_join_en_re.fullmatch(gap) and C.between_en_re.search(text, max(0, a_at - 12), a_at):
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
                        m2 = C.between_en_re.search(text, max(0, a_at - 12), a_at)
                        assert m2 is not None
                        c.start = m2.start()
                    elif joined == "between_zh":
                        for pre, post in C.between_zh:
                            if text.startswith(post, b.end) and (not pre or text[max(0, a.start - len(pre)):a.start] == pre):
                                c.start -= len(pre)
                                c.end += len(post)
                                break
                    else:
                        m2 = C.between_en_re.search(text, max(0, a_at - 12), a_at)
                        if m2 and "from" in m2.group().lower():
                            c.start = m2.start()
                    out.append(c)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_RATIO_SPACES = frozenset(" \t\u00a0\n")  # ratio_join_re starts with one of these


# full-width ASCII (０-９, ，．％－／) folded to ASCII, one code point for one, so offsets hold
def _ratios(C: Compiled, text: str, cs: list[_Cand]) -> list[_Cand]:
    """"two out of five", "1 in 5" (only with 1, and a denominator that cannot be a year): a
    fraction. Percent figures and hedged figures are left alone."""
    out: list[_Cand] = []
    i = 0
    while i < len(cs):
        a = cs[i]
        if i + 1 < len(cs):
            b = cs[i + 1]
            m = C.ratio_join_re.fullmatch(text, a.end, b.start) if text[a.end:a.end + 1] in _RATIO_SPACES else None
            if m and a.hedge == b.hedge == "exact" and not a.percent and not b.percent and b.value > 0 \
                    and 0 < a.value <= b.value and a.value == a.value.to_integral_value() \
                    and b.value == b.value.to_integral_value() \
                    and (m.group("out") or (a.value == 1 and b.value <= 1000)):
                c = _Cand(a.start, b.end, clean(a.value / b.value), kind="frac")
                c.core_start, c.core_end = a.core_start, b.core_end
                out.append(c)
                i += 2
                continue
        out.append(a)
        i += 1
    return out

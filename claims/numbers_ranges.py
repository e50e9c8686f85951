"""Ranges between numeral candidates (internal to claims.numbers): "2-4", "两到三", "between 2 and
4", "在20和30之间", "2至3万", and ratios ("two out of five", "1 in 5")."""

from __future__ import annotations

from decimal import Decimal

import regex

from claims.numbers_lexicon import Compiled
from claims.numbers_parse import clean
from claims.numbers_scan import _DASH_DIGIT, _DIGIT_DASH, _LATIN_TAIL, _LEAD0, _Cand


_SYMBOL_END = regex.compile(r"(?:US\$|NT\$|HK\$|MOP\$|CAD\$|C\$|AUD\$|A\$|SGD\$|S\$|NZ\$|Rs\.? ?|[$€£¥₩₹])$")  # units.yaml's signs
# how a gap must end for _SYMBOL_END to match ($ also matches before a final newline): a cheap
# test that saves a search through every gap between two figures
_SYMBOL_TAILS = tuple("$€£¥₩₹") + tuple(ch + "\n" for ch in "$€£¥₩₹") + ("Rs", "Rs.", "Rs ", "Rs. ")


_CODE_TAILS = frozenset(" \u00a0ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # how a gap ending in a currency code ("CHF ") ends


def _scale_suffix(C: Compiled, text: str) -> Decimal | None:
    t = text.rstrip()
    if t and t[-1] in C.zh_scale:
        return C.zh_scale[t[-1]]
    m = _LATIN_TAIL.search(t)
    if m and m.group(1).lower() in C.en_scales:
        return C.en_scales[m.group(1).lower()]
    return None


_GAP_SPACES = " \t\u00a0\u3000\n"  # every space the connector patterns allow around their word


def _short_gap(C: Compiled, gap: str) -> bool:
    """Whether the gap between two figures can be a connector (range_zh_re, range_en_re,
    between_join_en_re, between_join_zh_re): spaces around one word, so without its spaces it is
    no longer than the longest connector. Most gaps are prose: four patterns saved."""
    return len(gap) <= C.connector_max or len(gap.strip(_GAP_SPACES)) <= C.connector_max


# the unit word a range may repeat on both sides of its connector ("800元至1,200元", "3亿美元到5亿美元",
# "between 10 companies and 20 companies"): a few Han characters, or one Latin word after a space
_REPEATED_UNIT = regex.compile(r"\p{Han}{1,4}|[ \t\u00a0][A-Za-z]{1,20}")
_UNIT_MAX = 21


def _join(C: Compiled, text: str, a: _Cand, b: _Cand, gap: str, a_at: int, b_end: int) -> tuple[str, bool] | None:
    """How a gap joins two figures into a range: ("conn", dash), ("between_en", False),
    ("between_zh", False), or None. ``b_end``: where the text after the second figure (and the
    unit it repeats) starts."""
    if not _short_gap(C, gap):
        return None
    m = (C.range_zh_re.fullmatch(gap) or C.range_en_re.fullmatch(gap)) if gap.strip() or gap == "" else None
    if gap == "" and text[b.start:b.start + 1] == "-":
        m = None
    if m and gap:
        return "conn", gap.strip() in ("-", "‐")
    if C.between_join_en_re.fullmatch(gap) and C.between_en_re.search(text, max(0, a_at - 12), a_at):
        return "between_en", False
    if C.between_join_zh_re.fullmatch(gap):
        for pre, post in C.between_zh:
            if text.startswith(post, b_end) and (not pre or text[max(0, a.start - len(pre)):a.start] == pre):
                return "between_zh", False
    return None


def _unit_join(C: Compiled, text: str, a: _Cand, b: _Cand, gap: str, a_at: int) -> tuple[str, bool, int] | None:
    """The same unit written on both sides of the connector ("800元至1,200元", "3亿美元到5亿美元",
    "from 5 companies to 10 companies"): one range, like "800至1,200元". (kind, dash, length of
    the unit). Different units ("800元至1,200美元") are two figures."""
    if len(gap) > _UNIT_MAX + C.connector_max + 4 or text[b.end:b.end + 1] != gap[:1]:
        return None  # (the unit is gap[:k] for some k >= 1, written again at b.end)
    u = _REPEATED_UNIT.match(gap)
    if u is None:
        return None
    stop = C.not_repeated_units
    for k in range(u.end(), 0, -1):  # the longest unit first: 美元 before 美
        unit = gap[:k]
        if not text.startswith(unit, b.end):
            continue
        word = unit.strip(_GAP_SPACES).lower()
        if word in stop or (not word.isascii() and not stop.isdisjoint(word)):
            continue  # 3月到5月, 10点到12点: dates and times; 四不到四: no unit
        after = text[b.end + k:b.end + k + 1]
        if unit[-1].isascii() and after.isascii() and after.isalpha():
            continue  # "10 companies to 20 companiesX": not the same word
        j = _join(C, text, a, b, gap[k:], a_at, b.end + k)
        if j is not None:
            return j[0], j[1], k
    return None


def _change_before_from(C: Compiled, text: str, from_start: int) -> bool:
    """A verb or noun of change before "from" ("rose from 10% to 30%"): the old and the new figure."""
    rx = C.change_from_en_re
    if rx is not None and rx.search(text, max(0, from_start - 32), from_start) is not None:
        return True
    rc = C.change_comma_from_en_re  # "rose fastest among older workers, from 8.2% to 12.9%"
    return rc is not None and rc.search(text, max(0, from_start - 80), from_start) is not None


def _may_join(C: Compiled, text: str, b: _Cand, gap: str) -> bool:
    """Whether one of the three joins _ranges tries can take ``gap`` (before ``b``), from what
    each needs, so that none is tried when none can (most pairs of figures are a clause or more
    apart): _join a short gap (_short_gap: the gap, or the gap stripped of spaces, no longer than
    connector_max); _adjacent_or a gap that, stripped and lower-cased, is one of the adjacent_or
    words (lower-casing never shortens a string); _unit_join a gap of at most _UNIT_MAX +
    connector_max + 4 whose first character (the repeated unit's) is written again after ``b``."""
    n = len(gap)
    if n <= C.connector_max:
        return True
    core = len(gap.strip(_GAP_SPACES))
    if core <= C.connector_max or core <= C.adjacent_or_max:
        return True
    return n <= _UNIT_MAX + C.connector_max + 4 and text[b.end:b.end + 1] == gap[:1]


ADJACENT_OR_MAX = 100  # "99 or 100 staff"; "2024 or 2025" are years, not a range


def _adjacent_or(C: Compiled, a: _Cand, b: _Cand, gap: str) -> bool:
    """"five or six years", "one or two firms", 三或四年: "or" between two consecutive whole
    numbers (up to ADJACENT_OR_MAX) written alike is a range. Other figures joined by "or" are
    alternatives ("10 or 20", "in 2024 or 2025") and stay two."""
    if not C.adjacent_or or gap.strip(_GAP_SPACES).lower() not in C.adjacent_or or a.kind != b.kind:
        return False
    lo, hi = a.value, b.value
    return (lo >= 1 and hi == lo + 1 and hi <= ADJACENT_OR_MAX and lo == lo.to_integral_value()
            and not a.percent)


_BY_BEFORE = regex.compile(r"(?<![A-Za-z])by[ \t\u00a0\n]++$", regex.IGNORECASE)
LEVEL_RATIO = 3  # "rise by £45m to £210m": the new level is at least this many times the change
BARE_LEVEL_RATIO = 10  # "fell by 1,300 to 41,700": the same for figures without a currency's symbol
_RATIO_AFTER = regex.compile(r"[ \t\u00a0]*+(?:%|percent|per[ \t]cent|times|-?fold|x\b|倍|成)", regex.IGNORECASE)


def _change_by_then_level(C: Compiled, text: str, a_at: int, gap: str, lo, hi, ratio: int = LEVEL_RATIO) -> bool:
    """"will rise by £45m to £210m" (money, its symbol on both figures): a verb of change, "by" the
    change, "to" the level it reaches; two figures, not a range. The figures of a range are close, a
    level after a change is far above it (LEVEL_RATIO times or more): "cut by $2bn to $3bn" stays a
    range. Percentages are left ranges ("rise by 15% to 20%", "by 2% to 10%" can be either), and so
    are multiples ("increase by 10 to 50 times"). A count without a symbol needs the level far higher
    (``BARE_LEVEL_RATIO``): "fell by 1,300 to 41,700" is a change and a level."""
    if gap.strip(_GAP_SPACES).lower() != "to" or lo <= 0 or hi < lo * ratio:
        return False
    by = _BY_BEFORE.search(text, max(0, a_at - 8), a_at)
    return by is not None and _change_before_from(C, text, by.start())


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
            if sym is None and C.currency_code_before_re is not None and gap[-1:] in _CODE_TAILS:
                # "between CHF 520 and CHF 610" (the code ends the gap: only its last few characters are tried)
                sym = C.currency_code_before_re.search(gap, max(0, len(gap) - C.currency_code_reach))
            if sym and text[max(0, a.start - len(sym.group())):a.start] == sym.group():
                gap = gap[:sym.start()]  # "$64 billion and $72 billion": one range of dollars
                a_at = a.start - len(sym.group())
            joined = None
            dash = False
            unit_len = 0  # the unit written after both figures ("800元至1,200元")
            if a.hedge == "exact" and b.hedge == "exact" and (
                    (a.percent == b.percent and a.points == b.points) or not a.percent) and _may_join(C, text, b, gap):
                # "2 to 3 percentage points" is a range; "rose 1.5 percentage points to 12%" a change and a level
                j = _join(C, text, a, b, gap, a_at, b.end)
                if j is None and not a.percent and not b.percent and sym is None:
                    uj = _unit_join(C, text, a, b, gap, a_at)
                    if uj is not None:
                        j, unit_len = (uj[0], uj[1]), uj[2]
                if j is None and _adjacent_or(C, a, b, gap):
                    j = ("conn", False)
                if j is not None:
                    joined, dash = j
            if joined:
                lo, hi = a.value, b.value
                sc = _scale_suffix(C, text[b.start:b.end])
                if sc and not unit_len and not _scale_suffix(C, text[a.start:a.end]) and lo * sc <= hi and lo < hi:
                    lo = clean(lo * sc)  # 2至3万: [2万, 3万] (not when a's unit is written: 3元至5万元)
                elif b.tenths and not a.percent and lo * 10 <= hi and lo < 10:
                    lo = clean(lo * 10)  # 两到三成, 六到七折: [20, 30] percent, as 三成 is 30 (not [2, 30])
                bad = lo > hi or (unit_len > 0 and lo == hi)
                if dash:
                    # dates and identifiers: 2025-07-23, 1-800-555
                    if _DASH_DIGIT.match(text[b.end:b.end + 2]) or _DIGIT_DASH.search(text[max(0, a.start - 2):a.start]):
                        bad = True
                    if _LEAD0.match(text[b.start:b.end]) or _LEAD0.match(text[a.start:a.end]):
                        bad = True
                if not bad and joined == "conn" and not dash and (
                        _change_by_then_level(C, text, a_at, gap, lo, hi) if a_at < a.start else
                        _change_by_then_level(C, text, a_at, gap, lo, hi, BARE_LEVEL_RATIO)
                        and not a.percent and not b.percent and not _RATIO_AFTER.match(text, b.end)):
                    bad = True
                frm = None
                if not bad and joined != "between_zh":
                    frm = C.between_en_re.search(text, max(0, a_at - 12), a_at)
                    if frm is not None and "from" not in frm.group().lower():
                        frm = None if joined == "conn" else frm
                    if frm is not None and "from" in frm.group().lower() and _change_before_from(C, text, frm.start()):
                        # "rose from 10 to 30 percent": the old and the new figure; the old one
                        # takes the percent the new one states
                        if b.percent and not a.percent:
                            a.percent, a.points = True, b.points
                        bad = True
                if not bad:
                    c = _Cand(a.start, b.end, lo, "range", None, hi, b.percent, b.points, None, a.kind)
                    c.core_start, c.core_end = a.core_start, b.core_end
                    if joined == "between_en":
                        assert frm is not None
                        c.start = frm.start()
                    elif joined == "between_zh":
                        for pre, post in C.between_zh:
                            if text.startswith(post, b.end + unit_len) and (
                                    not pre or text[max(0, a.start - len(pre)):a.start] == pre):
                                if not unit_len:  # with the unit after b the span ends before it
                                    c.start -= len(pre)
                                    c.end += len(post)
                                break
                    elif frm is not None:
                        c.start = frm.start()
                    out.append(c)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_RATIO_SPACES = frozenset(" \t\u00a0\n")  # ratio_join_re starts with one of these


# full-width ASCII (０-９, ，．％－／) folded to ASCII, one code point for one, so offsets hold
def _small_share(a: _Cand, b: _Cand) -> bool:
    """"four in five", "three in ten", "4 in 5": a share of more than one in N, with both figures
    in words (N up to 100) or in digits (N up to 10: "5 in 2024" or "3 in 50 states" stay apart)."""
    if a.kind == b.kind == "en":
        return a.value < b.value <= 100
    return a.kind == b.kind == "arabic" and a.value < b.value <= 10


# after "one household in five": a unit of time or a counted noun makes it a rate, no share ("one game in
# three days", "one meeting in two weeks")
# ... and so does a distance or another plural noun ("one charger in 50 miles", "one shop in 12 towns")
_PERIOD_AFTER = regex.compile(r"[ \t\u00a0]+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|"
                              r"games?|matches|races?|rounds?|seasons?|sessions?|miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|"
                              r"m|feet|foot|yards?|(?!(?:was|has|does|goes|says|gets|pays|uses|takes|makes|lives)\b)[a-z]{2,}s)\b",
                              regex.IGNORECASE)
_TIMES_AFTER = regex.compile(r"[ \t\u00a0]{1,2}times(?![A-Za-z0-9_])", regex.IGNORECASE)


def _ratio_word_after(C: Compiled, text: str, s: int, e: int) -> bool:
    """Whether ratio_join_re can match ``text[s:e]``: spaces first, then a character one of its
    words ("out of", "in") starts with, case aside (most gaps between figures fail here, without a
    regex call)."""
    if text[s:s + 1] not in _RATIO_SPACES:
        return False
    k = s + 1
    while k < e and text[k] in _RATIO_SPACES:
        k += 1
    return k < e and text[k] in C.ratio_word_first


def _ratios(C: Compiled, text: str, cs: list[_Cand]) -> list[_Cand]:
    """"two out of five", "1 in 5" (with 1, and a denominator that cannot be a year), "four in
    five" (_small_share): a fraction. Percent figures and hedged figures are left alone."""
    out: list[_Cand] = []
    i = 0
    while i < len(cs):
        a = cs[i]
        if i + 1 < len(cs):
            b = cs[i + 1]
            m = C.ratio_join_re.fullmatch(text, a.end, b.start) \
                if text[a.end:a.end + 1] in _RATIO_SPACES and (_ratio_word_after(C, text, a.end, b.start) or (
                    a.value == 1 and b.start - a.end < 24 and text[a.start:a.end].isalpha())) else None
            if m and a.hedge == b.hedge == "exact" and not a.percent and not b.percent and b.value > 0 \
                    and 0 < a.value <= b.value and a.value == a.value.to_integral_value() \
                    and b.value == b.value.to_integral_value() \
                    and (m.group("out") or (a.value == 1 and b.value <= 1000) or _small_share(a, b)) \
                    and not (m.group("noun") and (a.value != 1 or not text[a.start:a.end].isalpha()
                                                  or _PERIOD_AFTER.match(text, b.end))):
                c = _Cand(a.start, b.end, clean(a.value / b.value), kind="frac")
                c.core_start, c.core_end = a.core_start, b.core_end
                t = _TIMES_AFTER.match(text, b.end) if m.group("out") else None  # (a noun before "out of" is in the span)
                if t is not None:
                    c.end = t.end()  # "nine out of ten times": how often, a share (not 0.9 times)
                out.append(c)
                i += 2
                continue
            # (_every_ratio's first test, before the call: most figures follow no 每)
            z = _every_ratio(C, text, a, b) if a.start and text[a.start - 1] in C.ratio_every_zh else None
            if z is not None:
                out.append(z)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _every_ratio(C: Compiled, text: str, a: _Cand, b: _Cand) -> _Cand | None:
    """每10人就有1人, 每5家中有2家 ("one in every ten"): the part b over the whole a, a fraction
    spanning 每 to the counted word after b; both whole, exact, the part no larger than the whole."""
    if C.ratio_zh_re is None or a.start == 0 or text[a.start - 1] not in C.ratio_every_zh:
        return None
    m = C.ratio_zh_re.fullmatch(text, a.end, b.start)
    if m is None or not text.startswith(m.group("c"), b.end):
        return None
    if not (a.hedge == b.hedge == "exact" and not a.percent and not b.percent and 0 < b.value <= a.value
            and a.value == a.value.to_integral_value() and b.value == b.value.to_integral_value()):
        return None
    c = _Cand(a.start - 1, b.end + len(m.group("c")), clean(b.value / a.value), kind="frac")
    c.core_start, c.core_end = a.core_start, b.core_end
    return c

"""Hedges and percent forms around a numeral candidate (internal to claims.numbers): prefix hedges
(约, 超过, more than; across a currency word), suffix hedges (以上, 左右, or more), percent signs,
percent words, 个百分点, 成 and 折."""

from __future__ import annotations

from decimal import Decimal

import regex

from claims.numbers_lexicon import LATIN_LETTERS, Compiled
from claims.numbers_parse import clean, place
from claims.numbers_scan import _WS, _Cand, _next_char, _prev_char

# what follows "plus" when it adds a figure in digits ("plus 1 percentage point", "plus $2"), not when
# it hedges ("20 plus years", "500-plus staff"; "10 plus one vacancies" stays a hedge, as before)
_PLUS_SUM = regex.compile(r"[ \t]+[$€£¥0-9]")


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
        if m is None and c.kind == "zh" and 2 <= c.value <= 9 and text.startswith(_TENTHS_THEN_BE, e) \
                and text.endswith(_SHARE_HEDGES, max(0, c.start - 2), c.start):
            m = C.tenths_re.match(text[:e + 1], e)  # 近四成為新落成單位: 四成 + 為 (are), not 成為 (become): after a
            # hedge only (缩减到四家，四成为最终入围者: four became finalists; 唯一成为…)
        if m and c.value <= 10:
            v = c.value * 10
            after = m.group("after")
            if after:
                v += Decimal(5) if after in C.zh_half else C.zh_digit.get(after, Decimal(after) if after.isascii() else 0)  # 2成6
            c.value, c.percent, c.end, c.tenths = clean(v), True, m.end(), True
            return
        m = C.discount_re.match(text, e)
        if m and (c.value < 10 or (c.value == c.value.to_integral_value() and 10 < c.value < 100)):
            c.tenths = c.value < 10
            c.value = clean(c.value * 10 if c.value < 10 else c.value)
            c.percent, c.end = True, m.end()


# what the character before a figure (spaces aside) is when an article ends there ("a 40-fold rise")
_ARTICLE_LAST = "aAnN \t\u00a0\n"


def _prefix_hedge(C: Compiled, text: str, c: _Cand) -> None:
    s = c.start
    if s > 0 and text[s - 1] in C.reaching and c.kind == "zh" and text[s:s + 1] in C.zh_units_scales \
            and c.hedge == "exact":
        _set_hedge(c, "at_least", text[s - 1])  # 上百, 上千万
        c.start = s - 1
        return
    if s > 0 and text[s - 1] in _PASSING_ONLY and c.kind == "zh" and c.hedge == "exact" \
            and all(ch in C.zh_units_scales for ch in text[s:c.end]) and not (s > 1 and text[s - 2] in C.passing_blocked_after) \
            and text[s - 2:s] not in ("超过", "超過", "突破"):
        _set_hedge(c, "over", text[s - 1])  # 过亿, 破万: no hedge word elsewhere (逾, 超, 超过 are: 不得逾 at most)
        c.start = s - 1
        return
    before = _prev_char(text, s)  # the same as _prev_char(win, len(win)): both look 8 back
    per = text.find("每", max(0, s - 4), s) >= 0
    if before not in C.prefix_last and before not in C.currency_last and before not in _ARTICLE_LAST and not per:
        return  # no hedge word ends right before the figure, nor a currency word or an article: no end below is tried
    base = max(0, s - 24)
    win = text[base:s]
    ends = [len(win)]
    if per:
        mp = _PER_UNIT_BEFORE.search(win)
        if mp:
            ends.append(mp.start())  # 約每公斤320日圓, 约每股12元: the hedge before the unit it is priced per
    if before in C.currency_last:
        mc = C.currency_before_re.search(win)
        if mc:
            ends.append(mc.start())  # 约合人民币120亿, under $200 million
    article_end = -1
    if C.article_multiplier_re is not None and before in _ARTICLE_LAST and (
            c.percent or C.article_multiplier_re.match(text, c.end)):
        ma = C.article_before_re.search(win, 0, ends[-1])
        if ma:  # "roughly a 40-fold speed-up": the hedge before the article
            article_end = ma.start()
            ends.append(article_end)
    for end in ends:
        last = before if end == len(win) else _prev_char(win, end)
        if last not in C.prefix_last:
            continue
        # each pattern is tried only where its words (or the Chinese fillers) can end: English
        # text rarely needs the Chinese search, Chinese text rarely the English one
        m = C.prefix_zh_re.search(win, 0, end) if last in C.prefix_zh_last else None
        if m and m.start("h") > 0 and win[m.start("h") - 1] in "<>=" and m.group("h")[:1] in "<>=≤≥":
            return  # <>30, =>30: not a comparison we read
        if m:
            hs = base + m.start("h")
            bl = C.prefix_zh_blocker_re.search(text, max(0, hs - 4), base + m.end("h"))
            if bl and text[max(0, bl.start() - 1):bl.start() + 1] in C.prefix_zh_blocker_breakers:
                bl = None  # 编制约为: 编制 + 约为, not 制约
            if not bl or bl.start() >= hs:  # 最近 is not 近
                _set_hedge(c, C.prefix_zh[m.group("h")], text[hs: base + m.end("h")])
                c.start = hs
                return
        rx = _prefix_en_part(C, win, end) if last in C.prefix_en_last else None
        m = rx.search(win, 0, end) if rx is not None else None
        if m and m.start("h") > 0 and win[m.start("h") - 1] in "<>=" and not m.group("h")[:1].isalpha():
            return
        if m:
            word = _WS.sub(" ", m.group("h").lower())
            kind = C.prefix_en.get(word)
            if kind is None:
                return  # matched case-insensitively through a letter that lowers to two ("bİgger")
            if end == article_end and kind not in ("about", "nearly") and " " not in word:
                continue  # "under a 25% tariff": a preposition, not a bound
            if word in C.en_grouping_bounds and C.grouping_after_re is not None and C.grouping_after_re.match(text, c.end):
                return  # "more than 90 federal policy actions under three pillars": a preposition
            if word in C.en_comparisons and C.comparison_after_re is not None and \
                    C.comparison_after_re.search(text, max(0, base + m.start("h") - 16), base + m.start("h")):
                return  # "three times as many as two years earlier": the comparison, not a bound
            _set_hedge(c, kind, m.group("h"))
            c.start = base + m.start("h")
            return


_PASSING_ONLY = frozenset("过過破")  # (of zh_passing_prefix, those that hedge nothing but a lone scale word)
_TENTHS_THEN_BE = ("成为", "成為", "成爲")
_SHARE_HEDGES = ("近", "约", "約", "逾", "超过", "超過", "不到", "不足", "将近", "將近", "大约", "大約", "接近")
_PER_UNIT_BEFORE = regex.compile(r"每\p{Han}{1,3}$")
_EN_SPACES = " \t\u00a0"  # what prefix_en_re allows between the hedge and the numeral


def _prefix_en_part(C: Compiled, win: str, end: int) -> "regex.Pattern[str] | None":
    """The part of prefix_en_re (prefix_en_by_last) whose words can end where win[:end] ends
    (before its spaces), or None when no English prefix hedge can; the whole pattern when the
    last word holds a non-ASCII letter that case-folds to an ASCII one (İ, ı, ſ, K)."""
    q = end
    while q > 0 and win[q - 1] in _EN_SPACES:
        q -= 1
    if q == 0:
        return None
    if win[q - 1] not in LATIN_LETTERS:
        return C.prefix_en_by_last.get(win[q - 1])
    r = q - 1
    while r > 0 and win[r - 1] in LATIN_LETTERS:
        r -= 1
    run = win[r:q]
    if not run.isascii():
        return C.prefix_en_re
    return C.prefix_en_by_last.get(run.lower())


_OPPOSITE_BOUNDS = [{"under", "at_least"}, {"under", "over"}, {"at_most", "at_least"}, {"at_most", "over"}]


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
    first = _next_char(text, e)
    if first not in C.suffix_first:
        return False
    m = C.suffix_zh_re.match(text, e) if first in C.suffix_zh_first else None
    if m:
        w = m.group("h")
        h = C.suffix_zh[w]
        if h == "plus" and not after_unit and c.kind == "zh" and c.end == c.core_end:
            return False  # 多/余 right after a Chinese numeral are parsed inside it
        if h == "plus" and after_unit:
            nxt = text[m.end(): m.end() + 1]
            if nxt in C.plus_blockers:
                return False
        if h == "plus" and c.hedge == "exact":
            c.step = place(c.value)
        if {c.hedge, h} in _OPPOSITE_BOUNDS and c.core_start >= 0:
            # 远低于60%以上的水平: the bound written after the figure is the figure's own; the one
            # before it is the sentence's comparison verb, left out of the span
            c.hedge, c.hedge_text, c.start = "exact", None, c.core_start
        _set_hedge(c, h, w)
        c.end = m.end()
        return True
    m = C.suffix_en_re.match(text, e) if first in C.suffix_en_first else None
    if m:
        w = m.group("h")
        h = C.suffix_en.get(_WS.sub(" ", w.lower()))
        if h is None:
            return False  # matched case-insensitively through a letter that lowers to two (İ)
        if (h == "plus" or _WS.sub(" ", w.lower()) == "and up") and _PLUS_SUM.match(text, m.end()):
            return False  # "3.8% plus 1 percentage point", "$5 plus $2": a sum; "£62m-£84m and up 23%": a rise
        if h == "plus" and c.hedge == "exact":
            c.step = place(c.value)
        _set_hedge(c, h, w)
        c.end = m.end()
        return True
    return False

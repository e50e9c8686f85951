"""Chinese date patterns for :mod:`claims.dates`: 2025年1月23日, 二〇二五年一月二十三日, 2025年1月,
2025年, 7月底, 三月中旬, 今年上半年, 2026 底, 2022年至2025年, 去年 12 月 22 日, 今天, 29日.

Patterns run on the normalised view (simplified script) but also accept the traditional forms
(號, 週, 後, 個, 這, 兩, 於). Every quantifier is bounded and every alternative starts on a fixed
character class, so matching stays linear on long runs of digits and 年月日.
"""

from __future__ import annotations

from typing import Callable

import regex

from claims.dates import Cand, Ctx, DateLexicon, Handler, inside_name, last_day, relative_cand, relative_year, rest_of_cand, weekday_cand, years_back_cand
from claims.dates_lexicon import counted_months

_TRAD = {"后": "后後", "这": "这這", "个": "个個", "周": "周週", "号": "号號", "两": "两兩", "于": "于於", "历": "历歷", "时": "时時", "过": "过過", "长": "长長", "将": "将將", "为": "为為", "续": "续續", "达": "达達", "足": "足", "超": "超", "层": "层層", "线": "线線", "气": "气氣", "创": "创創", "审": "审審", "选": "选選", "级": "级級", "见": "见見", "东": "东東", "国": "国國", "韩": "韩韓", "俄": "俄", "欧": "欧歐", "盘": "盘盤", "价": "价價", "蕴": "蕴蘊", "尾": "尾", "端": "端", "头": "头頭", "礼": "礼禮"}

SP = r"[ \t\u00a0\u3000]{0,2}"
ZH_NUM = "〇○零一二三四五六七八九十百千万两"  # (○: the circle many write for 〇, 二○二五)
Y_AR = r"(?<![\d/])(?<!\d[.,\-])(?<![A-Za-z][\-.])(?<![A-Za-z])(?P<y>19\d\d|20\d\d|2100)(?!\d)"
Y_ZH = rf"(?<![{ZH_NUM}])(?P<yc>[〇○零一二三四五六七八九]{{4}})"
MN = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
DN = r"(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
DAY_SUFFIX = r"[日号號]"
# A day in Chinese numerals of two or more characters may stand without 日 (八月十五).
DN_BARE = r"(?P<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九])(?![\p{Han}\d])"


_FOLD = str.maketrans({t: simp for simp, alts in _TRAD.items() for t in alts if t != simp})


def trad(word: str) -> str:
    """A regex matching ``word`` in simplified or traditional characters."""
    out = []
    for ch in word:
        alts = _TRAD.get(ch)
        out.append(f"[{alts}]" if alts and len(alts) > 1 else regex.escape(ch))
    return "".join(out)


_ROC_OFFSET = 1911  # 民國1年 is 1912


def _alt(words: list[str]) -> str:
    return "|".join(trad(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _suffix_alt(words: list[str], blockers: list[str]) -> str:
    """Alternation of part-of-month/year words; a one-character word (初, 底, 中) may not start a
    blocked word (初步, 底线, 中美): ``中`` is only taken before a non-Han character, 的 or 旬."""
    parts = []
    for w in sorted(words, key=lambda w: (-len(w), w)):
        if w == "中":
            parts.append(r"中(?=[的旬]|[^\p{Han}]|$)")
        elif len(w) == 1:
            follow = sorted({b[1:] for b in blockers if b.startswith(w) and len(b) > 1})
            parts.append(trad(w) + (f"(?!{_alt(follow)})" if follow else ""))
        else:
            parts.append(trad(w))
    return "|".join(parts)


def zh_int(s: str, digits: dict[str, int]) -> int:
    """Arabic digits, digit-by-digit Chinese (二〇二五) or a Chinese number up to 99 (二十三)."""
    if s.isascii():
        return int(s)
    if "十" not in s:
        v = 0
        for ch in s:
            v = v * 10 + digits[ch]
        return v
    tens, _, units = s.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[units] if units else 0)


def roc_int(s: str, digits: dict[str, int]) -> int:
    """An ROC year in Chinese numerals, up to 199: 八十八, 一百零八, 一百十, 一百十八 (一百一十八)."""
    hundreds, sep, rest = s.partition("百")
    if not sep:
        return zh_int(s, digits)
    rest = rest.lstrip("零〇○")
    return (digits[hundreds] if hundreds else 1) * 100 + (zh_int(rest.replace("一十", "十"), digits) if rest else 0)


def patterns(lex: DateLexicon) -> list[tuple["regex.Pattern[str]", Handler]]:
    digits = lex.zh_digits
    pm_alt = _suffix_alt(list(lex.zh_part_of_month), lex.zh_part_blockers)
    # 前10个月 only after a year (year_forms): the bare forms below take quarters, halves and 年初/年底
    after_year = {**lex.zh_part_of_year, **counted_months(lex.zh_month_counts, en=False)}
    py_words = list(after_year) + ["年" + w for w in lex.zh_part_of_year if len(w) == 1]
    py_alt = _suffix_alt(py_words, lex.zh_part_blockers)
    rel_years = [w for w, (u, _) in lex.zh_relative.items() if u == "year"]
    rel_other = [w for w, (u, _) in lex.zh_relative.items() if u != "year"]
    yr_alt = _alt(rel_years)
    rel_table = {w: v for w, v in lex.zh_relative.items()}
    dur_before = regex.compile(rf"(?:{_alt(lex.zh_duration_cues)}){SP}$|\d{SP}[-~～—–到至]{SP}$")
    dur_after = regex.compile(rf"(?:{_alt(lex.zh_duration_after)})")

    def fold(word: str) -> str:
        return word.translate(_FOLD)

    def year_of(m: "regex.Match[str]", ctx: Ctx) -> tuple[int | None, bool, bool]:
        """(year, relative, resolvable)."""
        if m.group("y"):
            return int(m.group("y")), False, True
        if m.group("yc"):
            y = zh_int(m.group("yc"), digits)
            return (y, False, True) if 1900 <= y <= 2100 else (None, False, False)
        if m.group("ry"):
            return int(m.group("ry")) + _ROC_OFFSET, False, True
        if m.group("ryc"):  # 中華民國一百零八年, 一百十八年十二月: an ROC year in Chinese numerals
            v = roc_int(m.group("ryc"), digits)
            return (v + _ROC_OFFSET, False, True) if 1 <= v <= 200 else (None, False, False)
        yr = m.group("yr")
        if yr:
            y, ok = relative_year(fold(yr), ctx, rel_table)
            return y, True, ok
        return None, False, True

    def ymd(m: "regex.Match[str]", ctx: Ctx, with_year: bool) -> Cand | None:
        y, rel, ok = year_of(m, ctx) if with_year else (None, False, True)
        if with_year and y is None and not rel:
            return None
        mo = zh_int(m.group("m"), digits)
        if not 1 <= mo <= 12:
            return None
        anchor = (ctx.anchor_name if ok else "unresolved") if rel else "explicit"
        fixed = rel
        s, e = m.start(), m.end()
        if m.group("d"):
            d = zh_int(m.group("d"), digits)
            if not 1 <= d <= last_day(y, mo):
                return Cand(s, e, "day", None, None, None, None, None, None, invalid=True)
            return Cand(s, e, "day", y, mo, d, y, mo, d, rel, anchor, fixed, names_year=rel)
        if m.group("pm"):
            a, b = lex.zh_part_of_month[m.group("pm")]
            return Cand(s, e, "part_of_month", y, mo, a, y, mo, b, rel, anchor, fixed, names_year=rel)
        return Cand(s, e, "month", y, mo, 1, y, mo, 31, rel, anchor, fixed, names_year=rel)

    def h_ymd(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        return ymd(m, ctx, True)

    def h_md(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        return ymd(m, ctx, False)

    def h_same_year_md(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        c = ymd(m, ctx, False)
        if c is not None:
            c.same_year = True  # 同年3月中旬: the last written year, even a paragraph or more before
        return c

    def month_range(m: "regex.Match[str]", ctx: Ctx, with_year: bool) -> Cand | None:
        """2024年1-6月, 今年1至8月, 1-6月: the months from the first to the second (月 written once)."""
        y, rel, ok = year_of(m, ctx) if with_year else (None, False, True)
        if with_year and y is None and not rel:
            return None
        m0, m1 = zh_int(m.group("m"), digits), zh_int(m.group("m2"), digits)
        if not 1 <= m0 < m1 <= 12:
            return None
        anchor = (ctx.anchor_name if ok else "unresolved") if rel else "explicit"
        return Cand(m.start(), m.end(), "month", y, m0, 1, y, m1, 31, rel, anchor, rel, names_year=rel)

    def h_ym_range(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        return month_range(m, ctx, True)

    def h_m_range(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        return month_range(m, ctx, False)

    def h_year(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        y, rel, ok = year_of(m, ctx)
        if y is None and not rel:
            return None
        s, e = m.start(), m.end()
        py = m.group("py")
        if not rel and not py:
            if dur_before.search(ctx.text, max(0, s - 8), s) or dur_after.match(ctx.text, e, e + 4):
                return None
        anchor = (ctx.anchor_name if ok else "unresolved") if rel else "explicit"
        if py:
            py = fold(py)
            key = py[1:] if len(py) == 2 and py[0] == "年" else py
            a, b = after_year[key]
            return Cand(s, e, "part_of_year", y, a, 1, y, b, 31, rel, anchor, rel, names_year=rel)
        return Cand(s, e, "year", y, 1, 1, y, 12, 31, rel, anchor, rel, names_year=rel)

    def h_year_range(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        y0, y1 = int(m.group("y")), int(m.group("y2"))
        if y0 >= y1:
            return None
        return Cand(m.start(), m.end(), "year", y0, 1, 1, y1, 12, 31)

    def h_roc_year_range(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """115至118年度, 民國113年至115年: years of the ROC calendar (+ 1911)."""
        y0, y1 = int(m.group("r0")) + _ROC_OFFSET, int(m.group("r1")) + _ROC_OFFSET
        if y0 >= y1:
            return None
        return Cand(m.start(), m.end(), "year", y0, 1, 1, y1, 12, 31)

    def h_day(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        d = int(m.group("d"))
        return Cand(m.start(), m.end(), "day", None, None, d, None, None, d)

    def h_rel(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        if inside_name(ctx.text, m.start(), m.end(), lex.relative_blockers):
            return None
        unit, off = rel_table[fold(m.group())]
        return relative_cand(m.start(), m.end(), unit, off, ctx)

    def h_rel_month_day(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        unit, off = rel_table[fold(m.group("rm"))]
        c = relative_cand(m.start(), m.end(), unit, off, ctx)
        d = zh_int(m.group("d"), digits)
        if c.m0 is not None and not 1 <= d <= last_day(c.y0, c.m0):
            return Cand(c.start, c.end, "day", None, None, None, None, None, None, invalid=True)
        c.gran, c.d0, c.d1 = "day", d, d
        return c

    def h_rel_month_part(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """本月初 / 上月底 / 下个月中旬: a part of a month given relative to the anchor."""
        unit, off = rel_table[fold(m.group("rm"))]
        c = relative_cand(m.start(), m.end(), unit, off, ctx)
        a, b = lex.zh_part_of_month[fold(m.group("pm"))]
        c.gran = "part_of_month"
        if c.m0 is not None:
            c.d0, c.d1 = a, min(b, last_day(c.y0, c.m0))
        return c

    def h_years_ago_today(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """一年前的今天, 去年的今天, 去年今日: the anchor's day, so many years before (not the anchor's
        own day, as 今天 alone would read)."""
        n = m.group("n")
        back = zh_int(n.replace("两", "二"), digits) if n else (2 if m.group("w") == "前年" else 1)
        return years_back_cand(m.start(), m.end(), back, ctx)

    def h_years_ago_month(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """一年前的这个月, 去年这个月, 两年前的本月: the anchor's month, so many years before (as "a year ago
        this month"; not the anchor's own month, as 这个月 alone would read)."""
        n = m.group("n")
        back = zh_int(n.replace("两", "二"), digits) if n else (2 if m.group("w") == "前年" else 1)
        c = relative_cand(m.start(), m.end(), "month", 0, ctx)
        if c.y0 is not None:
            c.y0 -= back
            c.y1 = c.y0
        return c

    def h_dateline(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """今（15）日 / 昨(14)日 / 明（16）日: a news dateline, the anchor's day (or the day before or
        after) written out (Taiwan usage)."""
        w = m.group("w")
        c = relative_cand(m.start(), m.end(), "day", -1 if w == "昨" else 1 if w == "明" else 0, ctx)
        d = int(m.group("d"))
        if c.m0 is not None and c.d0 != d:
            if not 1 <= d <= last_day(c.y0, c.m0):
                return None
            c.d0 = c.d1 = d  # the written day wins over the anchor's
        return c

    def h_month_dateline(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """上（11）月 / 本（12）月 / 下（1）月: last, this or next month with its number in brackets (Taiwan usage,
        as 今（15）日): the written month wins when it differs from the anchor's."""
        w = m.group("w")
        c = relative_cand(m.start(), m.end(), "month", -1 if w == "上" else 1 if w == "下" else 0, ctx)
        mo = int(m.group("mn"))
        if c.m0 is not None and c.m0 != mo:
            c.m0 = c.m1 = mo
        if m.group("pm"):  # 上（11）月底: a part of that month
            a, b = lex.zh_part_of_month[fold(m.group("pm"))]
            c.gran = "part_of_month"
            if c.m0 is not None:
                c.d0, c.d1 = a, min(b, last_day(c.y0, c.m0))
        return c

    def h_weekday(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        wm = m.group("wm")
        off = lex.zh_week_modifiers[fold(wm)] if wm else None
        return weekday_cand(m.start(), m.end(), lex.zh_weekday_names[m.group("wd")], off, ctx)

    def h_short_year(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """18年10月1日: a two-digit year, taken only in a full date (00-69 -> 20xx, else 19xx)."""
        ys = int(m.group("ys"))
        y = 2000 + ys if ys < 70 else 1900 + ys
        mo, d = zh_int(m.group("m"), digits), zh_int(m.group("d"), digits)
        if not 1 <= d <= last_day(y, mo):
            return Cand(m.start(), m.end(), "day", None, None, None, None, None, None, invalid=True)
        return Cand(m.start(), m.end(), "day", y, mo, d, y, mo, d)

    def h_decade(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """90年代 / 九十年代 / 上世纪80年代: 00-20 -> 2000s-2020s unless 上世纪/20世纪, else 19xx;
        2020年代; with a part after it (90年代初, 80年代中期, 上世纪90年代末): years 0-3, 4-6, 7-9."""
        if m.group("decy"):
            y = int(m.group("decy"))
            if m.group("c20") and y // 100 != 19 or m.group("c21") and y // 100 != 20:
                return None
        else:
            dec = zh_int(m.group("dec"), digits)
            century = 1900 if m.group("c20") or dec >= 30 else 2000
            if m.group("c21"):
                century = 2000
            y = century + dec
        a, b = 0, 9
        if m.group("part"):
            a, b = lex.decade_parts[lex.zh_decade_parts[fold(m.group("part")).replace("葉", "叶")]]
        return Cand(m.start(), m.end(), "year", y + a, 1, 1, y + b, 12, 31)

    def h_rest_of(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """今年早些时候 / 本月晚些时候 / 年内稍后: up to / from the anchor's day."""
        side = lex.zh_rest_of[fold(m.group("side"))]
        unit = "month" if fold(m.group("ru")) in ("本月", "这个月") else "year"
        if fold(m.group("ru")) == "年内" and side != "later":
            return None
        return rest_of_cand(m.start(), m.end(), unit, side, ctx)

    def h_half(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """上半年 / 年底 without a year: the year comes from context or the anchor."""
        word = fold(m.group())
        a, b = lex.zh_part_of_year[word[1:] if word[0] == "年" and len(word) == 2 else word]
        return Cand(m.start(), m.end(), "part_of_year", None, a, 1, None, b, 31)

    def h_day_after_connector(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        d = zh_int(m.group("d"), digits)
        return Cand(m.start("d"), m.end(), "day", None, None, d, None, None, d)

    # 90年代初 / 初期, 80年代中期 (not 80年代中: 中 may begin 中国), 90年代末 / 末期 / 后期
    _decade_parts = "|".join(
        trad(w).replace("叶", "[叶葉]") + ("(?!步|次|衷|创|始|级|稿|审|選|选|心|见|見)" if w == "初" else "(?!尾|端)" if w == "末" else "")
        for w in sorted(lex.zh_decade_parts, key=lambda w: (-len(w), w)))
    # a year of the ROC calendar (Taiwan: 民國114年 is 2025): after 民国, or bare (100-119) before a month
    # (in Chinese numerals too, as laws write them: 中華民國一百零八年一月一日, and bare before a month in Chinese
    # numerals, 至一百十年十二月三十一日止: a count of years over a hundred before a month is no duration)
    roc_zh = "[一二三四五六七八九十百零〇○]{1,6}"
    roc_head = (rf"民[国國]{SP}(?P<ry>\d{{1,3}}){SP}年|(?<![\d.])(?P<ry>1[01]\d){SP}年(?={SP}(?:1[0-2]|0?[1-9]){SP}月)"
                rf"|民[国國]{SP}(?P<ryc>{roc_zh}){SP}年"
                rf"|(?<![\d.{ZH_NUM}])(?P<ryc>一百[零〇○]?[一二三四五六七八九十]{{0,3}}){SP}年(?={SP}(?:十[一二]?|[一二三四五六七八九])月)")
    # 今（114）年, 明（115）年: this or next year with its ROC year in brackets, as a dateline writes 今（20）日
    roc_rel = rf"[今明去][（(]{SP}(?P<ry>1[01]\d){SP}[）)]{SP}年"
    year_head = rf"(?:(?:{Y_AR}|{Y_ZH}){SP}年|(?P<yr>{yr_alt})|{roc_head}|{roc_rel})"
    month_tail = rf"{SP}月(?:份)?(?:{SP}(?:{DN}{SP}{DAY_SUFFIX}|{DN_BARE}|(?P<pm>{pm_alt})))?"
    year_forms = (
        rf"(?:(?:{Y_AR}|{Y_ZH}){SP}年(?:份)?|(?P<yr>{yr_alt})(?:年)?|民[国國]{SP}(?P<ry>\d{{1,3}}){SP}年|{roc_rel}"
        rf"|民[国國]{SP}(?P<ryc>{roc_zh}){SP}年"
        # a bare ROC year (100-119) before a part of it or 起/以来 (115年第1季, 自113年起), or after 到/至/於/在:
        # a year, not a duration
        rf"|(?<![\d.])(?P<ry>1[01]\d){SP}年(?={SP}(?:{py_alt})|起|以来|以來)"
        # or after 到/至/於/在 (到119年: by 2030), not a span of time (到110年后, 在100年间)
        # (not 100年一遇, a flood's return period, nor 在100年里: a span)
        rf"|(?<=[到至於于在較较比])(?P<ry>1[01]\d){SP}年(?![后後前内內间間来來之的历歷度里裡中]|一遇)(?!{SP}\d)"
        # (a base of comparison may be a fiscal year: 較114年度增加約9%)
        rf"|(?<=[較较比])(?P<ry>1[01]\d){SP}年度"
        rf"|(?<=[到至於于在較较比])(?P<ryc>一百[零〇○]?[一二三四五六七八九十]{{0,3}})年(?![后後前内內间間来來之的历歷度多余餘里裡中]|一遇)(?![{ZH_NUM}\d]))"
        rf"(?:{SP}(?P<py>{py_alt}))?"
        rf"|{Y_AR}{SP}(?P<py>{_suffix_alt(['底', '初', '末'], lex.zh_part_blockers)})"
    )
    # a range of months with 月 written once (2024年1-6月: January-June; 今年一至六月; without a year only
    # in Arabic digits, 1-6月: 星期一到十月一日 is a weekday, then a day)
    months_to = rf"{MN}{SP}[-–—~～至到]{SP}{MN.replace('(?P<m>', '(?P<m2>')}{SP}月(?:份)?(?!{SP}\d)"
    months_to_ar = rf"(?P<m>1[0-2]|0?[1-9]){SP}[-–—~～至到]{SP}(?P<m2>1[0-2]|0?[1-9]){SP}月(?:份)?(?!{SP}\d)"
    table: list[tuple[str, Callable[["regex.Match[str]", Ctx], Cand | None]]] = [
        (rf"{year_head}{SP}(?:的{SP})?{MN}{month_tail}", h_ymd),
        (rf"{year_head}{SP}{months_to}", h_ym_range),
        (rf"(?<![\dA-Za-z{ZH_NUM}第年.\-/~～—–]){months_to_ar}", h_m_range),
        (rf"(?<![\d{ZH_NUM}第年]){MN}{month_tail}", h_md),
        # 同年3月15日, 当年7月: the year of the date before (from context, like a bare month)
        (rf"(?<![今去明前后後本每多近数數几幾上下不相共])(?:同|当|當|该|該|是){SP}年{SP}{MN}{month_tail}", h_same_year_md),
        (year_forms, h_year),
        (rf"{Y_AR}{SP}年?{SP}(?:至|到|-|–|—|~|～){SP}(?P<y2>19\d\d|20\d\d|2100){SP}年", h_year_range),
        (rf"(?:民[国國]{SP})?(?<![\d.])(?P<r0>1[01]\d){SP}(?:年度?)?{SP}(?:至|到|-|–|—|~|～){SP}(?P<r1>1[01]\d){SP}年度?", h_roc_year_range),
        (r"(?<![\d第年月号號日.\-/:])(?P<d>3[01]|[12]\d|0?[1-9])日(?!内|以内|之内|后|後|以后|前|以前|以上|左右|游|元|币|圆|本|期|均|常|夜|益|趋|渐|子)", h_day),
        (rf"(?:{_alt(rel_other)})", h_rel),
        (rf"(?:(?<![\d{ZH_NUM}])(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}}){SP}年前|(?P<w>去年|前年))的?(?:今天|今日)", h_years_ago_today),
        (rf"(?:(?<![\d{ZH_NUM}])(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}}){SP}年前|(?P<w>去年|前年))的?(?:这个月|這個月|本月|这月|這月)",
         h_years_ago_month),
        (rf"(?P<rm>{_alt([w for w, (u, _) in lex.zh_relative.items() if u == 'month'])}){SP}{DN}{SP}{DAY_SUFFIX}", h_rel_month_day),
        (rf"(?P<rm>{_alt([w for w, (u, _) in lex.zh_relative.items() if u == 'month'])})"
         rf"(?P<pm>{_alt(list(lex.zh_part_of_month))})(?!步|稿|版|衷|心|期|审|審|选|選|级|級|线|線|层|層)", h_rel_month_part),
        (r"(?P<w>[今昨明])[（(](?P<d>3[01]|[12]\d|0?[1-9])[）)]日", h_dateline),
        (rf"(?P<w>[上本下])[（(](?P<mn>1[0-2]|0?[1-9])[）)]月(?:(?P<pm>{_alt(list(lex.zh_part_of_month))})"
         rf"(?!步|稿|版|衷|心|期|审|審|选|選|级|級|线|線|层|層))?", h_month_dateline),
        (
            rf"(?<![每{ZH_NUM}\d])(?P<wm>{_alt(list(lex.zh_week_modifiers))})?(?:{_alt(lex.zh_weekday_prefixes)})"
            rf"(?P<wd>[{''.join(lex.zh_weekday_names)}])(?![次个個种種年])",
            h_weekday,
        ),
        (rf"(?<![\d.])(?P<ys>\d\d){SP}年{SP}{MN}{SP}月{SP}{DN}{SP}{DAY_SUFFIX}", h_short_year),
        (
            r"(?:(?P<c20>上世纪|上個世紀|上个世纪|20世纪|二十世纪)|(?P<c21>本世纪|21世纪|二十一世纪))?"
            rf"(?:(?<![\d〇○零一二三四五六七八九十])(?P<dec>\d0|[一二三四五六七八九]十|〇〇|零零)|(?<![\d.])(?P<decy>(?:19|20)\d0){SP})年代"
            rf"(?P<part>{_decade_parts})?",
            h_decade,
        ),
        (rf"(?P<ru>{_alt(['今年', '本年', '年内', '本月', '这个月'])})(?P<side>{_alt(list(lex.zh_rest_of))})", h_rest_of),
        (rf"(?<!年{SP})(?:{_alt([w for w in lex.zh_part_of_year if w.endswith('半年')])})", h_half),
        # a quarter without its year ("第四季基期垫高", "三季度出口"): the year from context or the anchor
        (rf"(?<![\d{ZH_NUM}年{SP}])(?:{_alt([w for w in lex.zh_part_of_year if '季' in w])})", h_half),
        # not after 上 (上年末: the end of the year before the one reported on, which is not resolved)
        (rf"(?<![\d{ZH_NUM}年今去明前后後本每多近数數几幾该該同全当當整上])年(?:{_suffix_alt(['初', '底', '末'], lex.zh_part_blockers)})", h_half),
        # bare 年中 only where it cannot close a word (数年中 = "in several years")
        (r"(?:(?<=^)|(?<=[\s，,。；;：:、（(“\"'于於在到至]))年中(?=[的,，。；;\s]|$)", h_half),
        # (after a day or a figure, "1日至3日", "1至3日"; not a verb's 至: 缩短至3日以内 is a length of days)
        (rf"(?<=[日号號\d{ZH_NUM}][ \t]{{0,2}})[至到~～\-—–][ \t]{{0,2}}{DN}{SP}{DAY_SUFFIX}(?!内|內|以内|以內|之内|之內)", h_day_after_connector),
    ]
    return [(regex.compile(src), handler) for src, handler in table]

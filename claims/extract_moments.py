"""The moment a figure is stated for (``Claim.as_of``): cut-off words, periods named by their end,
sentence-opening dates, date clauses, years and parts of years in the figure's clause, fiscal
years; and what is no moment (where a period starts, the base of a comparison). A mixin of
claims.extract's extractor, which it reads through ``self`` (the normalised text ``t``/``low``,
the periods found, the quantity claims and their windows); docs/extraction.md, the ``as_of`` row.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from claims.model import DateRange
from claims.scan import matches_at, occurrences
from claims.subjects import Window

# fiscal years, English words before the year, Chinese after it: two patterns, each run only when
# its words occur (one alternation was tried at every digit of every English text)
_FISCAL_EN = re.compile(r"(?<![a-z0-9])(?:fiscal(?: year)?|fy) ?'?(\d{4}|\d{2})(?!\d)")

_FISCAL_ZH = re.compile(r"(?<!\d)(\d{4}) ?(?:财年|财政年度|会计年度)")

# a year of the ROC (民国) calendar: 民国114年, and in a zh-Hant text 114年度 (Taiwan's fiscal year is
# the calendar year); the Gregorian year is the number + 1911
_ROC_YEAR = re.compile(r"民国 ?(\d{1,3}) ?年|(?<![\d.\-–—/~～])(\d{2,3}) ?年度")  # not 2024-25年度

_ROC_OFFSET = 1911

# what the scans of fiscal years are tried at (each pattern then matches only there, by
# claims.scan.matches_at: re tried a leading lookbehind at every position of the text). Every
# _FISCAL_EN match starts with one of its words; a _FISCAL_ZH match has its word 4 or 5 code points
# after its start (four digits, a space or not); a _ROC_YEAR match starts with 民国 or has 年度
# 2 to 4 code points after its start (two or three digits, a space or not).
_FISCAL_EN_WORDS = ("fiscal", "fy")
_FISCAL_ZH_WORDS = ("财年", "财政年度", "会计年度")
_FISCAL_ZH_BEFORE = (5, 4)
_ROC_BEFORE = (4, 3, 2)


def _starts_before(low: str, words: tuple[str, ...], offsets: tuple[int, ...]) -> list[int]:
    """Sorted distinct positions ``offsets`` code points before each occurrence of ``words``."""
    return sorted({q - k for q in occurrences(low, words) for k in offsets if q >= k})

# a date stated as the value of a time noun (报名时间为…, 截止日期是…, "the closing date is")
_TIME_NOUN_BEFORE = re.compile(r"(?:时间|時間|日期|期限|时段|時段|期间|期間|档期|檔期|展期|date|period)[ \t]*(?:为|為|是|定为|定為|:|：|is|was)[ \t]*$")


def _any_in(spans: list[tuple[int, int]], window: tuple[int, int]) -> bool:
    """A span of the sorted ``spans`` starts inside ``window``."""
    i = bisect.bisect_left(spans, (window[0], window[0]))
    return i < len(spans) and spans[i][0] < window[1]

# where a sentence's first word starts: after quotes and brackets, 其中 ("其中10月1日单日客运量达
# 1,102万人次": among these), and after a preposition that puts what follows in time
# ("在2026财年的预算申请中，…3.03亿美元", "In 2024, China imported …")
_OPENING = re.compile(r"[ \t\"'“‘（(「『《]*(?:其中[，,]?[ \t]*)?"
                      r"(?:(?:在|于|於|自|从|從)[ \t]*|(?i:in|for|during|on|by)[ \t]+(?:(?i:the|calendar(?:[ \t]+year)?)[ \t]+)?"
                      r"|(?i:at)[ \t]+(?=(?i:the[ \t]+(?:end|start|beginning|close)[ \t]+of)))?")  # ("At the end of September it was forecast …")

# a budget of a fiscal year the sentence speaks in: 2027财年预算案中, 2026年度预算中
_BUDGET_YEAR = re.compile(r"(20\d\d) ?(?:财年|财政年度|年度)的?(?:总统)?预算(?:案|申请|请求|草案)?[^，,。；;]{0,4}?(?:中|里|内)[，,]?")

_AS_OF_REACH = 240  # code points either side of a figure where its moment is looked for

_AS_OF_MAX = 24  # dates looked at per figure (a long run of dates is not a sentence's moment)

# after an opening date, a verb and 的: the date is when something the sentence names happened
# ("2023年底出台的方案明确，每年安排不超过6亿元": the plan's issue date, not the 6亿元's moment)
_EVENT_OF_NOUN = re.compile(r"[^，,。；;]{0,4}?(?:出台|发布|印发|推出|通过|签署|成立|公布|提出|颁布|启动|设立|批准|"
                            r"开通|投运|投产|开业|上线|建成|竣工|开工|开幕|生效|实施)的")  # (今年6月28日开通的9号线二期)

# a verb of saying between a day before the figure and the figure: the day is when it was said, not
# the figure's moment ("On Tuesday, Pyrosense said a software update … should remove roughly a third")
_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|stated|wrote|added|warned|estimated|predicted|forecast)\b"
                       r"|表示|宣布|透露|指出|介绍|预计|预测|估计")
_SAID_IN = re.compile(r"\b(?:said|says|told|announced|reported|stated|wrote|warned|estimated|predicted|forecast)\s+(?:in|on|during)\s+$")
# a base of comparison right before a figure, or another time near it: the opening's moment reaches no further
# ("In October it screened 1,380 …, more than double the 640 of its first month", "… compared with $3.2 billion a
# year earlier", 已超過2019年全年的1,190萬人次, 而此前最高的一个月为480万人次)
_CHAIN_BASE_BEFORE = re.compile(r"(?:\bthan|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?|\bdouble|\btwice|\btriple|"
                                r"\bup from|\bdown from|比|较|較|超过|超過|此前|以前|以往)[^,;，；。]{0,24}$")
_CHAIN_OTHER_TIME = re.compile(r"(?:19|20)\d{2}|去年|前年|上年|此前|以前|\ba year (?:earlier|before|ago)|\blast year|"
                               r"\bthe (?:year|month) before|\bfirst month|\bearlier")
_CHAIN_TIME_AFTER = re.compile(r"[ \t]*(?:a year (?:earlier|before|ago)|the (?:year|month) before|earlier|in (?:19|20)\d{2})")
_ON_OPENING = re.compile(r"\bon[ \t]+$")  # an English sentence opened by "On <day>"
_OTHER_CLAUSE_WORD = re.compile(r"\b(?:and|that|which|who|since|after|before|had|have|has|plans?|agreed)\b")
_IN_BEFORE_EN = re.compile(r"\b(?:in|during|at|between) $")  # "… in early September accounted for 23 fires", "… between July and September"
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[a-z'’-]+\s+){1,3}?(?:began|begun|started|opened|launched|first)\s+(?:in\s+|on\s+)?$")
_THAT_DAY = re.compile(r"当日|当天|同日|\bthat day\b")
_HAN_AT = re.compile(r"[\u3400-\u9fff]")  # a Chinese character right after a date: a Chinese sentence

_ORDINAL_AFTER = frozenset("期批届屆代号號版")  # 二期, 三批: a phase or a batch, not a figure
_DATE_CLAUSE_LEAD = 8  # code points before a date that is a clause of its own ("預估到2028年，")

# a date where a period starts: after since/from/starting (in), or before 起/开始/以来 (自明年起; but
# 从去年的约30%提高到… names the moment of the first figure)
_START_BEFORE = re.compile(r"(?<![a-z])(?:since|from|starting(?: in| from)?|beginning(?: in)?)\s+(?:the\s+)?$"
                           r"|(?<![来來])(?:自从|自從|自)\s*$")  # 自2022年成立以来 (not 来自: "from")

_RANGE_ON = re.compile(r"\s*(?:to|through|until|till|and|[-–—~～至到])(?![a-z])")  # "from fiscal 2024 to 2026"

_BASE_BEFORE = re.compile(r"(?:较|比|相比|相较|对比)\s*$")  # a date after these is what a figure is compared with

# after a date that is the base of a comparison (较去年同月, 比去年同期, 與去年同期相比), "the same month /
# period": the date names that month or period of the year, which no date claim states
_SAME_PERIOD_AFTER = re.compile(r"同(?:月|期|季)")
_BASE_WITH_BEFORE = re.compile(r"(?:较|比|相比|相较|对比|与|和)\s*$")

_START_AFTER = re.compile(r"\s*(?:起|开始|開始|以来|以來)|[^，,。；;的\s]{1,6}?(?:以来|以來)")  # 2022年成立以来

# right after a multiplier, the base it multiplies ("roughly five times its volume at the start of
# last year", "twice the 2023 level"): a date in it is the base's, not the figure's moment
# before a possessive date, words that make it the base of a comparison ("twice last year's budget",
# "up from last year's level")
_COMPARED_BEFORE = re.compile(r"(?:than|twice|thrice|times|from|versus|vs\.?|compared (?:with|to)|over|above|below|of|on)\s+$")
# after a figure, a comparison: what follows is the base ("about a quarter of a million below their
# peak in spring 2022", "40 more than in 2023"), and a date in it the base's
# ("20% below budget in 2024": no base named, the year is the figure's)
_COMPARED_WITH_AFTER = re.compile(
    r"\s+(?:(?:below|above|short of)\s+(?:its|their|the|his|her|our|this|that|these|those|what)\b"
    r"|(?:more|fewer|less|higher|lower)\s+than\s+(?:in|at|during|its|their|the|what|last|that)\b)")
# a verb of change (claims.extract: what a bare figure after it counts; here: the clause before
# ", to" is the figure's too, "rose sharply last year, to 18,450")
_CHANGE_VERB = (
    r"\b(?:grow|grows|grew|grown|growing|ris(?:e|es|en|ing)|rose|fall|falls|fell|fallen|"
    r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|drop(?:s|ped)?|climb(?:s|ed)?|expand(?:s|ed)?|"
    r"shr(?:ink|inks|ank|unk)|jump(?:s|ed)?|swell(?:s|ed)?|doubl(?:e|es|ed)|tripl(?:e|es|ed)|quadrupl(?:e|es|ed))")
_CHANGE_THEN_COMMA_TO = re.compile(_CHANGE_VERB + r"[^.;:!?,]{0,40},\s*to\s+(?:(?:an?\s+)?[a-z]+\s+)?$")
# what follows the comma of every _CHANGE_THEN_COMMA_TO match, up to the figure
_COMMA_TO_TAIL = re.compile(r"\s*to\s+(?:(?:an?\s+)?[a-z]+\s+)?")


def _change_then_comma_to(low: str, lo: int, s: int) -> bool:
    """``_CHANGE_THEN_COMMA_TO.search(low, lo, s)`` found something, searched only when the text
    between the last comma before ``s`` and ``s`` reads ", to" (and a word): a match ends at ``s``
    and holds no comma after its own, so its comma is that last one and what follows it is
    _COMMA_TO_TAIL (most figures: no comma, or another tail; no search of the clause)."""
    c = low.rfind(",", lo, s)
    if c < 0 or _COMMA_TO_TAIL.fullmatch(low, c + 1, s) is None:
        return False
    return _CHANGE_THEN_COMMA_TO.search(low, lo, s) is not None


def _starts_period_before(low: str, lo: int, p: int) -> bool:
    """``_START_BEFORE.search(low, lo, p)`` found something, searched only when the character
    before ``p`` can end a match: every match ends at ``p`` (``$``) in whitespace (since, from …
    and then spaces) or in 从, 從 or 自 (\\s is str.isspace)."""
    last = low[p - 1:p] if p > 0 else ""
    if not last or not (last.isspace() or last in "从從自"):
        return False
    return _START_BEFORE.search(low, lo, p) is not None
# "up 58 per cent on the second half of 2024", "down 3% on the same period of 2023": a change on a base
_ON_BASE = re.compile(r"\b(?:up|down)\s+[^.;:,]{1,25}?\s+on\s+(?:the\s+)?(?:same\s+(?:period|quarter|month)\s+(?:of|in)\s+)?$")
# between the dates of a list (2022年、2023年及2024年; "2023 and 2024"; 2022年度、2023年度: the year's
# span leaves out 度), and after its last one
_LIST_JOIN = re.compile(r"度?\s*(?:、|,|，|及|和|与|以及|,? and)\s*")
_BEFORE_RESPECTIVELY = re.compile(r"[\s,，]*")
_OTHER_STATEMENT = re.compile(r"\b(?:but|whereas|while|although|though|and (?:could|would|will|may|might|can|should|must))\b")
# after a date, what makes it the base a multiple is of (是2021年的近5倍, 是去年同期的2.3倍)
_BASE_OF_MULTIPLE = re.compile(r"(?:同期|同月|同季|全年)?的")
_IN_RIGHT_AFTER = re.compile(r"\s+(?:in|during)\s+(?:the\s+)?")  # "11 days in Q2"
_OF_WHAT = re.compile(r"\s+of\s+what\b")  # "about a third of what the auction raised in 2020": the base
_MULTIPLIER_BASE = re.compile(r"\s+(?:its|their|the|his|her|our|this|that|these|those|what|as\s+(?:much|many|high|large|big)\s+as)\b")

# a quoted name inside a clause ('£4 million into a "content store" of … last year'): its quotes do not
# end the clause for a figure's moment
_QUOTED_NAME = re.compile(r'[^"“”\n，,；;。.!?:：()（）]{1,60}?["”]')

_QUOTED_NAME_BACK = re.compile(r'["“][^"“”\n，,；;。.!?:：()（）]{1,60}$')

# cut-off words right before a date: the figure is stated as of that date
_CUTOFF = re.compile(r"(?:截至|截止到|截止|截止至|直至|as of|as at|at the end of|by the end of)\s*(?:the\s+)?$")

# a period named by its end ("in the 12 months to March", "the year to June 2025", "the quarter ended
# 30 June"): the date after it is the figure's moment, as after a cut-off word (not the length's: "12 months")
_PERIOD_TO = re.compile(
    r"(?<![a-z])the\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty-four)\s+months|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+years|"
    r"(?:fiscal\s+|financial\s+)?year|quarter|half[- ]year|week|fortnight|month|(?:two|three|four|\d)\s+weeks)\s+(?:to|ending|ended|through)"
    r"\s+(?:in\s+)?$")

_PERIOD_TO_REACH = 48  # code points before a date where _PERIOD_TO is looked for

# hours in a unit of duration; a length of time over a century (节省办税时间约1,200万小时, "2 million
# hours of staff time") is a total of time spent or saved, no period's length: it takes a year of its
# clause as its moment like any figure
_DURATION_HOURS = {"seconds": 1 / 3600, "minutes": 1 / 60, "hours": 1, "days": 24, "weeks": 168, "months": 730.5,
                   "years": 8766}

_CENTURY_HOURS = 100 * 8766

# a count of hours worked or served, not a length of time: 服務時數逾21萬小時, 工时 (its moment is read as a figure's)
_PER_PERIOD_BEFORE = re.compile(r"每(?:周|週|日|天|月|年|个月|個月)?$")  # 工时缩短至每周40小时: a rate, a length
_TIME_TOTAL_BEFORE = re.compile(r"(?:时数|時數|工时|工時|人时|人時|机时|機時)[^，。；,;]{0,6}$")


def _time_total(unit: str | None, nominal: float | None) -> bool:
    h = _DURATION_HOURS.get(unit or "")
    return h is not None and nominal is not None and nominal * h > _CENTURY_HOURS


class Moments:
    """``as_of`` and the fiscal years of claims.extract._Extractor (a mixin: no state of its own)."""

    def as_of(self, s: int, e: int, w: Window, spans: list[tuple[int, int]],
              duration: bool = False, multiplier: bool = False) -> tuple[dt.date, tuple[int, int]] | None:
        """The moment a figure describes, when its text states one: a date right after a cut-off
        word (截至2025年3月, as of March 2025: the period's last day), a date opening the sentence
        with no other figure between ("2024年，中国…进口额达3856亿美元"), a date that is a clause of
        its own right before the figure's clause ("到2026年底，…比例达到50%以上"), or a year,
        quarter or half in the figure's clause that no other figure is nearer to ("500 staff in 2023
        and 600 in 2025"). A date that starts a period (自明年起, since 2022, from 2024) is no
        moment, and a duration takes a year of its clause only when the year is its own, tied by 的,
        and no other kind of figure is there ("$24 billion over ten years in 2022": the year is the
        $24 billion's; "明年上半年将开展为期两个月的专项行动": a date of its own; a total of time over a
        century, "节省…约1,200万小时", is no duration here: ``fill_as_of``); "平均耗时从2023年
        的约6个月缩短至…": the 6 months'), and a date in the base a multiplier multiplies ("five times
        its volume at the start of last year") or a comparison after the figure names ("a quarter of
        a million below their peak in spring 2022", "40 more than in 2023") is the base's. A quoted name does not end the clause
        ('£4 million into a "content store" of … last year'). ``spans``: the spans of the quantity
        claims that are not durations, sorted; ``duration``: the figure is a duration;
        ``multiplier``: the figure is a multiplier.
        Returns the moment (the period's last day) and the date's span."""
        ss, se = w.sentence
        opening_at = _OPENING.match(self.t, ss).end()  # where the sentence's first word starts
        lo = bisect.bisect_left(self.period_starts, max(ss, s - _AS_OF_REACH))
        cands = self.periods[lo:lo + _AS_OF_MAX]
        j = bisect.bisect_left(self.period_starts, opening_at)
        if j < len(self.periods) and self.period_starts[j] == opening_at and j < lo:
            cands = [self.periods[j], *cands]
        if not cands or cands[0][0] >= se or cands[0][0] > e + _AS_OF_REACH:
            return None  # the loop below would stop at its first date: no moment (most figures: no date
            # near them; what comes before the loop only narrows the dates it looks at)
        best = None
        stmt = None  # the figure's statement in its clause (_statement), when needed
        clause = self._clause_over_quotes(w)
        if self.low[s:s + 1].isascii() and _change_then_comma_to(self.low, max(ss, clause[0] - 50), s):
            # "Appeals … rose sharply last year, to 18,450": the clause of the verb is the figure's
            clause = (self.ctx.clause(clause[0] - 2, clause[0] - 2, ss, se)[0], clause[1])
        while clause[0] - 1 > ss and self.t[clause[0] - 1] == "、":
            # 提出到2027年新一代智能终端、智能体等应用普及率超70%: 、 joins the items of a list, not clauses
            clause = (self.ctx.clause(clause[0] - 2, clause[0] - 2, ss, se)[0], clause[1])
        k = bisect.bisect_left(self.period_starts, clause[0]) - 1
        if k >= 0 and ss <= self.periods[k][0] and clause[0] < self.periods[k][1]:
            # 今（114）年經濟成長率上修至7.37%: the brackets inside a date do not end its clause
            clause = (self.ctx.clause(self.periods[k][0], self.periods[k][0], ss, se)[0], clause[1])
        # (the three open with \\s+: after a figure followed by no whitespace, most Chinese ones, none matches)
        base_from = e if self.low[e:e + 1].isspace() and (
            (multiplier and _MULTIPLIER_BASE.match(self.low, e)) or _OF_WHAT.match(self.low, e)
            or _COMPARED_WITH_AFTER.match(self.low, e)) else None
        for ps, pe, v in cands:
            if ps >= se or ps > e + _AS_OF_REACH:
                break
            if ps < e and pe > s:
                continue
            if base_from is not None and ps >= base_from and ps < clause[1]:
                continue  # "five times its volume at the start of last year": the base's date
            if multiplier and pe <= s and _BASE_OF_MULTIPLE.match(self.low, pe) and s - pe <= 6:
                continue  # 是2021年的近5倍, 是前年的2.4倍: the base the multiple is of, not its moment
            if v.relative and v.granularity == "day" and v.start == self.doc.date:
                continue  # "Today a start-up pays roughly ₹67", 今天: the time of writing, no moment
            if ps > e and _ON_BASE.search(self.low, max(ss, ps - 48), ps):
                continue  # "up 58 per cent on the second half of 2024": the base of the change
            if _starts_period_before(self.low, max(ss, ps - 12), ps) or _START_AFTER.match(self.low, pe):
                continue  # 自明年起, "since 2022": where a period starts, not a moment
            if ps > e and _SINCE_CLAUSE.search(self.low, max(ss, ps - 40), ps):
                continue  # "the highest figure since counting began in 2008": the start of a period too
            possessive = self.low.startswith(("'s", "’s"), pe)
            if possessive and pe <= s and not _COMPARED_BEFORE.search(self.low, max(ss, ps - 16), ps):
                possessive = False  # "It cut this year's share buyback to $8 billion": the moment of what follows
            if possessive or (
                    _BASE_BEFORE.search(self.low, max(ss, ps - 4), ps) and not self.low.startswith("的", pe)):
                continue  # "twice last year's budget", 较今年增长近两成: the base of a comparison, not a moment
                # (较2025财年的33亿美元: the year of the base figure, which it dates)
            if (v.granularity in ("day", "month", "part_of_month") and pe <= s and _REPORTED.search(self.low, pe, s)
                    and not _THAT_DAY.search(self.low, pe, s)):
                continue  # "On Tuesday, Pyrosense said … roughly a third", "公司3月预计全年营收达50亿元": when it
                # was said (not "11月3日，工信部表示，当日新增备案模型12个")
            cut = _CUTOFF.search(self.low, max(ss, ps - 16), ps) is not None
            if cut and ps >= clause[1] and _any_in(spans, (pe, self.ctx.clause(ps, pe, ss, se)[1])):
                continue  # "计划投资286亿元，截至10月底已完成投资约241亿元": the cut-off of its own clause's figure
            ok = cut
            if not ok and "the" in self.low[max(ss, ps - _PERIOD_TO_REACH):ps]:
                m = _PERIOD_TO.search(self.low, max(ss, ps - _PERIOD_TO_REACH), ps)
                # a moment like a cut-off's, though not preferred to a nearer one; "the 12 months to":
                # their length has none
                ok = m is not None and not m.start() <= s < ps
            if not ok and pe <= s and ps == opening_at and not _EVENT_OF_NOUN.match(self.low, pe):
                stated = self._claim_starts()
                i = bisect.bisect_right(stated, ps)
                # no other claim between (a figure that is none, 二期, 第3批, does not count), and no
                # "but" (In June the judge had ruled …, but that keeping more than 7 million pirated
                # copies … was not: another statement)
                # (or only figures between that took this opening as their moment: "On Tuesday, the authority
                # approved £6.2m for …, a further £1.8m for … and a loan of €2.5 million", 本月3日，…中斷約9小時，
                # 影響列車148列次、旅客近4萬人次)
                ok = not (i < len(stated) and stated[i] < s)
                if (not ok and all(self._shares_moment(q, (ps, pe)) for q in stated[i:bisect.bisect_left(stated, s)])
                        and not _CHAIN_BASE_BEFORE.search(self.low, max(ss, s - 40), s)
                        and not _CHAIN_OTHER_TIME.search(self.low, max(pe, s - 40), s)
                        and not _CHAIN_TIME_AFTER.match(self.low, e)):
                    ok = True
                    if v.granularity in ("day", "month", "part_of_month"):
                        self.months_kept.add((ps, pe))  # (a day or month several figures share stays a date claim, as
                        # the first one's does; a year or a part of one opening the sentence, 今年前三季度, does not)
                ok = ok and not self.ctx.contrast_between(pe, s)
                if ok and v.granularity == "day" and _ON_OPENING.search(self.low, max(ss, ps - 4), ps):
                    self.months_kept.add((ps, pe))  # "On Tuesday the board approved a CHF 31 million plan":
                    # the day of an event, a date claim too (as a month the text reports on is)
            if not ok and pe <= clause[0] and not duration:
                ok = self._date_clause_before(ps, pe, s, w, spans, clause[0])
            month = (v.granularity in ("month", "part_of_month") and not _EVENT_OF_NOUN.match(self.low, pe)
                     and ((pe <= s and _HAN_AT.match(self.t, pe) is not None) or (v.relative and (ps >= e or ps == opening_at)) or (
                         _IN_BEFORE_EN.search(self.low, max(ss, ps - 8), ps) is not None
                         and (ps >= e or " to " not in self.low[pe:s])))
                     and not (ps >= e and (ps - e > 24 or _OTHER_CLAUSE_WORD.search(self.low, e, ps)))
                     and not _SAID_IN.search(self.low, max(ss, ps - 24), ps))
            # (not a month of another clause after the figure: "employs 300 people and plans to open an
            # office in March", "since it opened in March", "rules agreed in March"; nor one of saying:
            # "forecast in March that revenue would reach $5 billion")
            # ("a spot price of around $690 last week": a relative week or month after the figure)
            # ("agreed in June 2023 to spend €200 million by 2026"; after the figure: "stood at £14.82 billion
            # at the end of June")
            if not ok and ((v.granularity == "part_of_year" or (v.granularity == "year" and not _EVENT_OF_NOUN.match(self.low, pe)))
                           or month) \
                    and clause[0] <= ps < clause[1]:
                # (not a year of an event named before a noun: 政府於2018年推出的「…計劃」已資助約6,300部, a total to date)
                # (a month or part of one before the figure in its clause, Chinese or after "in":
                # 集团10月共开行列车31.6万列次, "… in early September accounted for 23 fires"; it stays
                # a date claim too, as a month the text reports on)
                if month:
                    self.months_kept.add((ps, pe))
                if not duration:
                    if stmt is None:
                        stmt = self._statement(clause, s, e)
                    ok = stmt[0] <= ps < stmt[1] and self._nearest_span(ps, pe, spans, stmt) == (s, e)
                elif self.t.startswith("的", pe) and s - pe <= 2 and not _any_in(spans, w.clause):
                    ok = True  # "从2023年的约6个月": a duration measured in that year
                elif ps >= e and _IN_RIGHT_AFTER.fullmatch(self.low, e, ps) and not _any_in(spans, w.clause):
                    ok = True  # "The median wait was 11 days in Q2": a duration measured then
            if ok:
                d = ps - e if ps >= e else s - pe
                own = clause[0] <= ps < clause[1]  # a date of the figure's own clause before a nearer one
                # outside it ("rose to 1,150 in the quarter ended December 31, from 420 in the previous quarter")
                if best is None or (cut, own, -d) > best[0]:
                    best = ((cut, own, -d), v, (ps, pe))
        return (best[1].end, best[2]) if best else None

    def _statement(self, clause: tuple[int, int], s: int, e: int) -> tuple[int, int]:
        """The part of the clause the figure [s, e) is in, when "but", "while", "although" or "and"
        with a modal join two statements ("was under 4% of mobile traffic in 2024 but could reach 20%
        to 30% by 2030": 2024 is the 4%'s, not the range's)."""
        cs, ce = clause
        if not self.low[s:s + 1].isascii():
            return clause
        for m in _OTHER_STATEMENT.finditer(self.low, cs, ce):
            if m.end() <= s:
                cs = m.end()
            elif m.start() >= e:
                ce = m.start()
                break
        return cs, ce

    def _clause_over_quotes(self, w: Window) -> tuple[int, int]:
        """The figure's clause, reaching over a short quoted name at either end that holds no clause
        mark ('into a "content store" of anonymised lesson plans … last year'), and over the quotes
        of a quoted figure ('to connect "at least 2 GW" of new capacity in calendar 2026')."""
        t = self.t
        (cs, ce), (ss, se) = w.clause, w.sentence
        if ss + 1 < cs and ce < se - 1 and t[cs - 1] in '"“' and t[ce] in '"”':
            # the quoted clause is the figure's own words ('expects to connect "at least 2 GW" of new
            # capacity in calendar 2026'): the clause around the quotes is its clause
            cs = self.ctx.clause(cs - 2, cs - 2, ss, se)[0]
            ce = self.ctx.clause(ce + 1, ce + 1, ss, se)[1]
        for _ in range(3):
            if ce < se - 1 and (t[ce] == "“" or t[ce] == '"' and t.count('"', ss, ce) % 2 == 0):  # an opening quote
                m = _QUOTED_NAME.match(t, ce + 1, se)
                if m is not None:
                    ce = max(ce, self.ctx.clause(m.end(), m.end(), ss, se)[1])
                    continue
            break
        for _ in range(3):
            if cs > ss and (t[cs - 1] == "”" or t[cs - 1] == '"' and t.count('"', ss, cs - 1) % 2 == 1):  # a closing one
                m = _QUOTED_NAME_BACK.search(t, max(ss, cs - 62), cs - 1)
                if m is not None:
                    cs = min(cs, self.ctx.clause(m.start(), m.start(), ss, se)[0])
                    continue
            break
        return cs, ce

    def fiscal_years(self) -> list:
        """Fiscal years ("FY2026", "fiscal 2025", "2026财年"): the moment of a budget figure, not
        dates of their own (a fiscal year's months differ by country). Stated as that year. Found
        once per document (run() asks twice)."""
        found = self.__dict__.get("_fiscal_years")
        if found is None:
            found = self.__dict__["_fiscal_years"] = self._find_fiscal_years()
        return found

    def _find_fiscal_years(self) -> list:
        out: list = []
        low = self.low
        found = []
        if "fiscal" in low or "fy" in low:
            found += matches_at(_FISCAL_EN, low, occurrences(low, _FISCAL_EN_WORDS))
        if "财" in low or "会计年度" in low:
            found += matches_at(_FISCAL_ZH, low, _starts_before(low, _FISCAL_ZH_WORDS, _FISCAL_ZH_BEFORE))
        if "民国" in low or ("年度" in low and self.doc.language == "zh-Hant"):
            starts = sorted(set(occurrences(low, ("民国",))) | set(_starts_before(low, ("年度",), _ROC_BEFORE)))
            found += (m for m in matches_at(_ROC_YEAR, low, starts) if m.group(1) or self.doc.language == "zh-Hant")
        found.sort(key=lambda m: m.start())
        last_end = -1
        for m in found:
            if m.start() < last_end:
                continue  # overlapping ("fy 2025财年"): the earlier one, as one alternation found
            last_end = m.end()
            if m.re is _ROC_YEAR:
                y = int(m.group(1) or m.group(2)) + _ROC_OFFSET
                if m.group(2) and y < 1960:
                    continue  # 25年度 alone is no ROC year 1936 in a text of today
            else:
                y = int(m.group(1))
                y = y + 2000 if y < 100 else y
            if 1900 <= y <= 2199:
                v = DateRange(start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), granularity="year")
                out.append((m.start(), m.end(), v))
        return out

    def fiscal_start(self, s: int, e: int) -> bool:
        """The fiscal year at [s, e) is where a period starts ("up 6% from fiscal 2025", "since FY2022",
        自2025财年起), not the first end of a range ("from fiscal 2024 to 2026"): no figure's moment
        (``as_of``), so it is a date claim of its own, stated as that calendar year."""
        if not (_START_BEFORE.search(self.low, max(0, s - 12), s) or _START_AFTER.match(self.low, e)):
            return False
        return _RANGE_ON.match(self.low, e) is None

    def compared_same_period(self, s: int, e: int) -> bool:
        """The date at [s, e) is the base of a comparison with the same month or period of it
        (较去年同月上升1.9个百分点, 比去年同期增长12%, 是去年同期的2.3倍): no date claim (去年 alone would state the whole
        year)."""
        if _SAME_PERIOD_AFTER.match(self.low, e) is None:
            return False
        # (or the base of a multiple: 是去年同期的2.3倍)
        return _BASE_WITH_BEFORE.search(self.low, max(0, s - 4), s) is not None or \
            self.low.startswith("的", e + 2)

    def _date_clause_before(self, ps: int, pe: int, s: int, w: Window, spans: list[tuple[int, int]],
                            clause_start: int) -> bool:
        """The date [ps, pe) ends the clause right before the figure's (starting at
        ``clause_start``; only a comma between), its clause holds nothing but a few words before it
        ("到2026年底，", "預估到2028年，", "By 2030,"), and the figure is the first of its clause."""
        if self.t[pe:clause_start].strip(" ，,\t") or clause_start - pe > 2:
            return False
        cs, _ = self.ctx.clause(ps, pe, *w.sentence)
        if ps - cs > _DATE_CLAUSE_LEAD:
            return False
        i = bisect.bisect_left(spans, (clause_start, clause_start))
        return i < len(spans) and spans[i][0] == s

    def _shares_moment(self, q: int, period: tuple[int, int]) -> bool:
        """The mention at ``q`` took ``period`` as its moment, or is no claim at all (a small count: "four new
        engines", 与一家德国企业签署协议，合作金额800万欧元); a date or a figure with another moment or none
        breaks an opening's reach."""
        if self._moment_of(q) == period:
            return True
        k = bisect.bisect_right(self.period_starts, q) - 1
        if k >= 0 and q < self.periods[k][1]:
            return False  # a date
        starts = self._quantity_starts
        if starts is None:
            starts = self._quantity_starts = [qs for qs, _, _ in self.quantities]
        j = bisect.bisect_right(starts, q) - 1
        return not (j >= 0 and q < self.quantities[j][1])

    def _moment_of(self, q: int) -> tuple[int, int] | None:
        """The span of the date that gave its moment to the figure whose span holds ``q`` (fill_as_of, so far)."""
        k = bisect.bisect_right(self._moment_starts, q) - 1
        if k < 0:
            return None
        end, period = self._moment_at[self._moment_starts[k]]
        return period if q < end else None

    def _claim_starts(self) -> list[int]:
        """Where the figures and dates start (normalised offsets), sorted, without the numbers that
        only name a phase or a rank (二期, 第3批, 第一等级): they state no figure."""
        found = getattr(self, "_claim_starts_found", None)
        if found is None:
            low = self.low
            found = self._claim_starts_found = [
                p for p, e in self.mention_spans
                if not (low[p - 1:p] == "第" or low[e:e + 1] in _ORDINAL_AFTER)]
        return found

    def fill_as_of(self) -> None:
        if not self.periods:
            return
        durations = set()
        # the claim key and the unit's kind of each quantity, read once: this method only sets
        # ``as_of`` (a copy of a quantity claim keeps its unit), so they hold for the loop below
        keys: list[tuple[int, int]] = []
        multipliers: set[tuple[int, int]] = set()
        for s, e, _ in self.quantities:
            key = self._key(s, e)
            keys.append(key)
            c = self.claims.get(key)
            if c is not None and c.kind == "quantity":
                kind = self.units.kind(c.value.unit)
                if (kind == "duration" and not _time_total(c.value.unit, c.value.nominal)
                        and not (_TIME_TOTAL_BEFORE.search(self.low, max(0, s - 10), s)
                                 and not _PER_PERIOD_BEFORE.search(self.low, max(0, s - 3), s))):
                    durations.add((s, e))
                elif kind == "multiplier":
                    multipliers.add((s, e))
        spans = sorted((s, e) for s, e, _ in self.quantities if (s, e) not in durations)
        moments: set[tuple[int, int]] = set()
        self.months_kept: set[tuple[int, int]] = set()  # months that stay date claims though moments
        paired = self._respectively()
        self._moment_at: dict[int, tuple[int, tuple[int, int]]] = {}  # a figure's start -> its end, the date of its moment
        self._moment_starts: list[int] = []  # (in text order)
        self._quantity_starts: list[int] | None = None
        for (s, e, w), key in zip(self.quantities, keys):
            found = paired.get((s, e)) or self.as_of(s, e, w, spans, duration=(s, e) in durations,
                                                     multiplier=(s, e) in multipliers)
            if found is None:
                found = self._budget_year(s, w, spans)
            if found is None:
                continue
            as_of, period = found
            self._moment_at[s] = (e, period)
            self._moment_starts.append(s)
            c = self.claims.get(key)
            if c is not None and c.kind == "quantity":
                self.claims[key] = c.model_copy(update={"as_of": as_of})
                if (s, e) not in durations:
                    moments.add(period)  # (the moment of a duration alone stays a date claim: "In September 2023,
                    # the Governor issued an order, which directed CDT to report within 60 days")
        # "截至2023年底", "As of March 2025", "4.4% ... in 2023": the date is the figure's moment, not
        # a fact of its own unless a catalog subject claims it (an open date key says nothing more)
        for ps, pe in moments:
            d = self.claims.get(self._key(ps, pe))
            if (d is not None and d.kind == "date" and d.subject_source == "open" and (ps, pe) not in self.months_kept
                    and not _TIME_NOUN_BEFORE.search(self.low, max(0, ps - 8), ps)):
                # (not a date stated as the value of a time noun: "报名时间为本月10日至12月24日，全程报名费为200元"
                # states when entries open, a fact of its own)
                del self.claims[self._key(ps, pe)]

    def _budget_year(self, s: int, w, spans: list[tuple[int, int]]) -> tuple[dt.date, tuple[int, int]] | None:
        """The fiscal year of the budget the figure's sentence speaks in, before the figure with no
        other figure between: "白宮2月提出的2027財年預算案中，為BIS編列約3.4億美元" is the 2027 budget's
        (the year read as that calendar year, like 2026财年 in the figure's clause)."""
        ss = w.sentence[0]
        if self.low.find("预算", ss, s) < 0:
            return None  # every match holds 预算 (most sentences: no search)
        m = None
        for m in _BUDGET_YEAR.finditer(self.low, ss, s):
            pass
        if m is None or _any_in(spans, (m.end(), s)):
            return None
        y = int(m.group(1))
        return dt.date(y, 12, 31), (m.start(1), m.start(1) + 4)

    def _respectively(self) -> dict[tuple[int, int], tuple[dt.date, tuple[int, int]]]:
        """Figures paired with dates by 分别 or "respectively": "2022年、2023年及2024年，警方分别接获
        23宗、156宗及1,083宗" (the list of dates before 分别, the figures after it), "$3m and $5m in
        2023 and 2024, respectively" (the dates right before it, the figures before them): the i-th
        figure's moment is the i-th date, when the two lists (figures joined by 、/和/及/and) are as long.
        {figure span: (moment,
        date span)}."""
        low = self.low
        out: dict[tuple[int, int], tuple[dt.date, tuple[int, int]]] = {}
        if "分别" not in low and "respectively" not in low:
            return out
        for p in occurrences(low, ("分别", "respectively")):
            zh = low.startswith("分别", p)
            sent = next((w.sentence for s, e, w in self.quantities if w.sentence[0] <= p < w.sentence[1]), None)
            if sent is None:
                continue
            before = [d for d in self.periods if sent[0] <= d[0] and d[1] <= p]
            run: list = []
            for d in reversed(before):  # the list of dates that ends nearest before 分别 / "respectively"
                if run and not _LIST_JOIN.fullmatch(low, d[1], run[0][0]):
                    break
                if not run and not _BEFORE_RESPECTIVELY.fullmatch(low, d[1], p):
                    if not zh:
                        break
                run.insert(0, d)
            if len(run) < 2:
                continue
            # the list of figures (joined as a list is: 、 和 及 , and) right after 分别, or right before the dates
            if zh:
                figures = sorted((s, e) for s, e, w in self.quantities if w.sentence == sent and s > p)
                k = 1
                while k < len(figures) and _LIST_JOIN.fullmatch(low, figures[k - 1][1], figures[k][0]):
                    k += 1
                figures = figures[:k]
            else:
                figures = sorted((s, e) for s, e, w in self.quantities if w.sentence == sent and e <= run[0][0])
                k = len(figures) - 1
                while k > 0 and _LIST_JOIN.fullmatch(low, figures[k - 1][1], figures[k][0]):
                    k -= 1
                figures = figures[max(k, 0):]
            if len(figures) != len(run):
                continue  # the lists differ: no pairing
            for (s, e), (ps, pe, v) in zip(figures, run):
                out[(s, e)] = (v.end, (ps, pe))
        return out

    def _nearest_span(self, ps: int, pe: int, spans: list[tuple[int, int]],
                      clause: tuple[int, int]) -> tuple[int, int] | None:
        """The quantity span of the clause nearest a date; on a tie, the one before it in English
        ("500 staff in 2023"), after it in Chinese ("2023年有500名员工")."""
        i = bisect.bisect_left(spans, (ps, ps))
        before = spans[i - 1] if i > 0 and spans[i - 1][0] >= clause[0] else None
        after = spans[i] if i < len(spans) and spans[i][0] < clause[1] else None
        db = ps - before[1] if before else None
        da = after[0] - pe if after else None
        if db is None:
            return after
        if da is None:
            return before
        if db == da:
            return before if self.doc.language == "en" else after
        return before if db < da else after

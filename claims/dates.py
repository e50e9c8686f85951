"""Date mentions: absolute (2025年1月23日, January 23, 2025), partial (7月底, 三月中旬, early 2025),
relative (今天, 去年, last month) dates and ranges (2022年至2025年), each resolved to a
:class:`claims.model.DateRange`.

Finding a span and resolving its value are separate steps: the language modules
(:mod:`claims.dates_zh`, :mod:`claims.dates_en`) turn regex matches into candidates that may lack a
year; :func:`find_dates` keeps the longest non-overlapping candidates, joins ranges, then gives a
year to the yearless ones (context year, then the document's date, then the reference date, else
unresolved). Time is injected: the wall clock is never read. Words live in
``claims/catalog/lexicon/dates.yaml``, validated by :class:`DateLexicon` when first used.

The resolution rules are documented in docs/dates.md.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Literal

import regex

from claims.dates_bounds import date_bound
from claims.dates_gate import HAN, Gated, ascii_lower, gated, occurrences, plan, urls
from claims.dates_heads import Sweep, sweep
from claims.dates_lexicon import LEXICON_PATH, DateLexicon, load_date_lexicon
from claims.model import DateRange
from claims.scan import quick_frozen_init

__all__ = ["DateMention", "DateLexicon", "find_dates", "load_date_lexicon", "LEXICON_PATH", "CONTEXT_WINDOW", "FUTURE_SLACK_DAYS",
           "told_as_still_to_come"]

#: How far back (code points) a yearless date looks for the year of an earlier date.
CONTEXT_WINDOW = 300
#: A yearless date resolved against a document's date may lie at most this many days after it.
FUTURE_SLACK_DAYS = 92

Granularity = Literal["day", "part_of_month", "month", "part_of_year", "year"]
_GRAN_ORDER = {"day": 0, "part_of_month": 1, "month": 2, "part_of_year": 3, "year": 4}


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text: ``text == source[start:end]``; ``in_title`` marks a date inside
    a title (《2022年芯片与科学法案》, "CHIPS Act of 2022"), which never gives its year to others."""

    start: int
    end: int
    text: str
    value: DateRange
    in_title: bool = False


# ------------------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class Cand:
    """A date before year resolution. ``y0``/``y1`` None: the year is still to find. ``d1`` 31
    means the month's last day; ``m0`` None with ``d0`` set: a bare day (29日)."""

    start: int
    end: int
    gran: Granularity
    y0: int | None
    m0: int | None
    d0: int | None
    y1: int | None
    m1: int | None
    d1: int | None
    rel: bool = False
    anchor: str = "explicit"
    fixed: bool = False  # no year may be given to it (a relative date without anchor)
    in_title: bool = False
    names_year: bool = False  # a relative date that names its year (去年 12 月 22 日, this year)
    invalid: bool = False  # a date that does not exist (2019年2月29日): blocks its span, emits nothing
    side: str | None = None  # "earlier"/"later" in the year (its year still to find): up to / from a day
    same_year: bool = False  # 同年3月, 当年7月: the year of the last written date, however far before

    @property
    def has_year(self) -> bool:
        return self.y0 is not None


Handler = Callable[["regex.Match[str]", "Ctx"], Cand | None]


@dataclass(frozen=True, slots=True)
class Ctx:
    text: str
    anchor: dt.date | None
    anchor_name: str  # "document_date" | "reference_date" | "unresolved"
    lex: DateLexicon


@lru_cache(maxsize=4096)
def last_day(y: int | None, m: int) -> int:
    if y is None:
        return 29 if m == 2 else calendar.monthrange(2001, m)[1]
    return calendar.monthrange(y, m)[1]


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def relative_cand(start: int, end: int, unit: str, offset: int, ctx: Ctx) -> Cand:
    """今天, last month, 下周... against the anchor; unresolved (kept relative) without one."""
    gran: Granularity = {"day": "day", "week": "part_of_month", "month": "month", "quarter": "part_of_year", "year": "year"}[unit]  # type: ignore[assignment]
    a = ctx.anchor
    if a is None:
        return Cand(start, end, gran, None, None, None, None, None, None, rel=True, anchor="unresolved", fixed=True)
    if unit == "day":
        d = a + dt.timedelta(days=offset)
        return Cand(start, end, gran, d.year, d.month, d.day, d.year, d.month, d.day, True, ctx.anchor_name, True)
    if unit == "week":
        s = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=offset)
        e = s + dt.timedelta(days=6)
        return Cand(start, end, gran, s.year, s.month, s.day, e.year, e.month, e.day, True, ctx.anchor_name, True)
    if unit == "month":
        y, m = shift_month(a.year, a.month, offset)
        return Cand(start, end, gran, y, m, 1, y, m, 31, True, ctx.anchor_name, True)
    if unit == "quarter":
        y, m = shift_month(a.year, (a.month - 1) // 3 * 3 + 1, 3 * offset)
        return Cand(start, end, gran, y, m, 1, y, m + 2, 31, True, ctx.anchor_name, True)
    y = a.year + offset
    return Cand(start, end, gran, y, 1, 1, y, 12, 31, True, ctx.anchor_name, True, names_year=True)


def years_back_cand(start: int, end: int, back: int, ctx: Ctx) -> Cand:
    """一年前的今天, "a year ago today": the anchor's day, ``back`` years before (29 February, a year
    later or earlier: the 28th); unresolved without an anchor, as 今天 alone."""
    c = relative_cand(start, end, "day", 0, ctx)
    if c.y0 is not None and back:
        y = c.y0 - back
        d = min(c.d0 or 1, last_day(y, c.m0))
        c.y0 = c.y1 = y
        c.d0 = c.d1 = d
    return c


def rest_of_cand(start: int, end: int, unit: str, side: str, ctx: Ctx) -> Cand:
    """earlier/later this year or month, 今年早些时候, 本月晚些时候: the part of the anchor's year
    (month) up to its day ("earlier") or from it ("later"); unresolved without an anchor."""
    c = relative_cand(start, end, unit, 0, ctx)
    c.gran = "part_of_year" if unit == "year" else "part_of_month"
    a = ctx.anchor
    if a is not None:
        if side == "earlier":
            c.m1, c.d1 = a.month, a.day
        else:
            c.m0, c.d0 = a.month, a.day
    return c


def weekday_cand(start: int, end: int, weekday: int, week_offset: int | None, ctx: Ctx) -> Cand:
    """周三 / Wednesday: the latest such day on or before the anchor; 下周三 / next Wednesday: the
    Wednesday of the anchor's week moved by ``week_offset`` weeks."""
    a = ctx.anchor
    if a is None:
        return Cand(start, end, "day", None, None, None, None, None, None, rel=True, anchor="unresolved", fixed=True)
    if week_offset is None:
        d = a - dt.timedelta(days=(a.weekday() - weekday) % 7)
    else:
        d = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=week_offset, days=weekday)
    return Cand(start, end, "day", d.year, d.month, d.day, d.year, d.month, d.day, True, ctx.anchor_name, True)


def inside_name(text: str, start: int, end: int, names: list[str]) -> bool:
    """Whether [start, end) lies inside one of ``names`` (今日头条, USA Today): a name, not a date."""
    for name in names:
        lo = max(0, start - len(name))
        window = text[lo : end + len(name)].lower()
        i = window.find(name.lower())
        while i >= 0:
            if lo + i <= start and end <= lo + i + len(name):
                return True
            i = window.find(name.lower(), i + 1)
    return False


def relative_year(word: str, ctx: Ctx, table: dict[str, tuple[str, int]]) -> tuple[int | None, bool]:
    """(year, resolved) for a relative year word such as 去年 / last year."""
    unit, off = table[word]
    if unit != "year" or ctx.anchor is None:
        return None, False
    return ctx.anchor.year + off, True


# -------------------------------------------------------------------------------------- pipeline

_URL = regex.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'）)\]】，。、；]+"
    r"|(?<![\w@.-])[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,6}\.(?:com|org|gov|net|edu|cn|io|uk|int|info)(?:/[^\s<>\"'）)\]】，。、；]*)+",
    regex.IGNORECASE,
)
_BLANK_LINE = regex.compile(r"\n[ \t\r\u3000]*\n")
_CONNECTOR = regex.compile(r"\s{0,3}(?:至|到|~|～|-|–|—|－|to|through|till|until|and|和|与|與)\s{0,3}", regex.IGNORECASE)
_BETWEEN_ZH = regex.compile(r"\s{0,2}(?:之间|之間|间|間)")
_BETWEEN = regex.compile(r"between\s{1,3}$", regex.IGNORECASE)
_ACT_BEFORE = regex.compile(r"\bAct(?:\s+No\.\s*\d{1,4})?(?:\s+of)?\s{0,2}$")  # (Act No. 53 of 2025: a law's number)
_ACT_AFTER = regex.compile(r"\s{0,2}Act\b")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple["regex.Pattern[str]", Handler]]:
    from claims import dates_en, dates_zh

    lex = load_date_lexicon()
    return dates_zh.patterns(lex) + dates_en.patterns(lex)


@lru_cache(maxsize=1)
def _plan() -> list[Gated]:
    """The patterns with their gates (:mod:`claims.dates_gate`)."""
    from claims.dates_en import WORD_GATES, YEAR_GROUPS

    lex = load_date_lexicon()
    return plan(_patterns(), list(lex.en_months), list(lex.en_weekdays), YEAR_GROUPS, WORD_GATES)


def _matches(text: str, low: str) -> Iterator[tuple[int, Iterable["regex.Match[str]"]]]:
    """(index in the plan, the matches of its ``finditer`` over ``text``) for every pattern that may
    match, in plan order, each through its gate (``low``: ``ascii_lower(text)``)."""
    occ: dict[int, list[int]] = {}  # a gate's positions in this text, found once for its patterns
    swept: dict[int, dict[int, list]] = {}  # a sweep's matches in this text, by pattern
    han: bool | None = None
    for i, (pat, _, gate, _, how) in enumerate(_plan()):
        if gate is None:
            yield i, pat.finditer(text)
        elif gate is HAN:
            if han is None:
                han = HAN.search(text) is not None
            if han:
                yield i, pat.finditer(text)
        else:
            if id(gate) not in occ:
                if gate.han and han is None:  # type: ignore[union-attr]
                    han = HAN.search(text) is not None
                occ[id(gate)] = occurrences(gate, text, low) if han or not gate.han else []  # type: ignore
            if isinstance(how, Sweep):
                if id(how) not in swept:
                    swept[id(how)] = sweep(how, text, occ[id(gate)])
                yield i, swept[id(how)][i]
            else:
                yield i, gated(pat, text, occ[id(gate)])


def _candidates(text: str, low: str, ctx: Ctx) -> Iterator[Cand]:
    plan = _plan()
    for i, matches in _matches(text, low):
        handler = plan[i][1]
        for m in matches:
            c = handler(m, ctx)  # type: ignore[operator]
            if c is not None and c.end > c.start:
                yield c


def _select(cands: list[Cand], blocked: list[tuple[int, int]]) -> list[Cand]:
    """Longest wins; ties go to the earlier start; nothing inside a URL.

    Candidates are cut into clusters of overlapping spans (one sweep); the longest-first choice runs
    inside each cluster, so the cost stays near-linear in the number of candidates."""
    starts = [b[0] for b in blocked]
    ends = [b[1] for b in blocked]

    def in_url(c: Cand) -> bool:
        i = bisect.bisect_right(starts, c.start)
        return (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end)

    ordered = sorted((c for c in cands if not in_url(c)), key=lambda c: (c.start, -c.end))
    out: list[Cand] = []
    cluster: list[Cand] = []
    reach = -1
    for c in ordered + [None]:  # type: ignore[list-item]
        if c is None or c.start >= reach:
            if len(cluster) == 1:
                out.append(cluster[0])  # (most clusters: one candidate, which the choice below takes)
            else:
                taken: list[Cand] = []
                for k in sorted(cluster, key=lambda k: (k.start - k.end, k.start)):
                    if all(k.end <= t.start or t.end <= k.start for t in taken):
                        taken.append(k)
                out.extend(sorted(taken, key=lambda k: k.start))
            cluster = []
            if c is None:
                break
        cluster.append(c)
        reach = max(reach, c.end)
    return out


_YEAR_AFTER = regex.compile(r"(?:next|last|this)[ \t]+year", regex.IGNORECASE)


def _join_year_after(text: str, cands: list[Cand]) -> list[Cand]:
    """A yearless date right before "next year", "last year" or "this year" takes that year ("moves to
    12 May next year": 12 May of the year after the document's); both stay claims, each with its span
    (the relative year is a date claim of its own, as before)."""
    for a, b in zip(cands, cands[1:]):
        if (a.y0 is None and a.m0 is not None and not a.fixed and b.rel and b.gran == "year"
                and b.y0 is not None and not text[a.end:b.start].strip()
                and _YEAR_AFTER.fullmatch(text, b.start, b.end) and text[b.end:b.end + 2] not in ("'s", "’s")):
            a.y0, a.y1 = b.y0, b.y1 if (a.m1 or 12, a.d1 or 31) >= (a.m0, a.d0 or 1) else b.y0 + 1
            a.rel, a.anchor, a.names_year = True, b.anchor, True
    return cands


def _start_key(c: Cand) -> tuple[int, int]:
    return (c.m0 or 1, c.d0 or 1)


def _end_key(c: Cand) -> tuple[int, int]:
    return (c.m1 or 12, c.d1 or 31)


def _merge(a: Cand, b: Cand) -> Cand | None:
    """A range "a to b"; the side without a year takes the other side's year."""
    if a.fixed and a.y0 is None or b.fixed and b.y0 is None:
        return None
    m0, d0, y0 = a.m0, a.d0, a.y0
    m1, d1, y1 = b.m1, b.d1, b.y1
    if b.m0 is None and b.d0 is not None:  # 1月23日至25日: the bare day takes the month
        if a.m1 is None:
            return None
        m1, y1 = a.m1, a.y1 if b.y1 is None else b.y1
    if a.m0 is None:
        return None
    if y0 is None and y1 is not None:
        y0 = y1 if _start_key(a) <= (m1 or 12, d1 or 31) else y1 - 1
    elif y1 is None and y0 is not None:
        y1 = y0 if (m1 or 12, d1 or 31) >= _start_key(a) else y0 + 1
    if y0 is not None and y1 is not None and (y0, m0 or 1, d0 or 1) > (y1, m1 or 12, d1 or 31):
        return None
    gran = max(a.gran, b.gran, key=lambda g: _GRAN_ORDER[g])
    anchor = a.anchor if a.anchor != "explicit" else b.anchor
    return Cand(a.start, b.end, gran, y0, m0, d0, y1, m1, d1, a.rel or b.rel, anchor, False, a.in_title or b.in_title)


def _join_ranges(text: str, cands: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands):
            b = cands[i + 1]
            gap = text[a.end : b.start]
            if b.gran == "day" and len(gap) <= 22:
                gap = _WEEKDAY_TAIL.sub("", gap)  # "27 December to Monday 4 January": the weekday names the day
            if len(gap) <= 9 and _CONNECTOR.fullmatch(gap):
                word = gap.strip().lower()
                if word == "and":
                    ok = bool(_BETWEEN.search(text, max(0, a.start - 12), a.start))
                elif word in ("和", "与", "與"):
                    ok = bool(_BETWEEN_ZH.match(text, b.end))
                else:
                    ok = True
                merged = _merge(a, b) if ok else None
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_TITLE_SPAN = regex.compile(r"《[^《》\n]{0,300}》|〈[^〈〉\n]{0,300}〉")


def _title_spans(text: str) -> tuple[list[int], list[int]]:
    if "《" not in text and "〈" not in text:  # (every span opens with one: no scan)
        return [], []
    spans = [(m.start(), m.end()) for m in _TITLE_SPAN.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def _in_title(text: str, c: Cand, titles: tuple[list[int], list[int]], acts: bool = True) -> bool:
    """Inside 《…》 / 〈…〉, or part of a law name ("Act of 2022", "2022 Act"; ``acts``: whether the
    text has "Act" at all)."""
    starts, ends = titles
    i = bisect.bisect_right(starts, c.start) - 1
    if i >= 0 and ends[i] >= c.end:
        return True
    return acts and bool(_ACT_BEFORE.search(text, max(0, c.start - 24), c.start) or _ACT_AFTER.match(text, c.end, c.end + 8))


def _context_ok(p: Cand | None, pos: int, blank_lines: list[int]) -> bool:
    """``p`` (the last date whose year is written) is within CONTEXT_WINDOW of ``pos`` with no
    blank line between."""
    if p is None or p.end > pos or pos - p.end > CONTEXT_WINDOW:
        return False
    i = bisect.bisect_left(blank_lines, p.end)
    return not (i < len(blank_lines) and blank_lines[i] < pos)


# a line that is a heading or a rule ("## Background", "**附：相关背景数据**", "---"): where a dated
# section ends
_SECTION_BREAK = regex.compile(r"^[ \t]*(?:#{1,6}[ \t]+\S[^\n]*|\*\*[^*\n]+\*\*[ \t:：]*|[-*_]{3,}[ \t]*)$", regex.MULTILINE)
_HEADING_MARKS = " \t\u3000#*_:："


def _heading_date(text: str, c: Cand) -> bool:
    """A month, a part of a year or a year with its year written that is the whole of its line, but
    for heading marks ("**2025年2月**", "## March 2025", "2024年："): a chronicle's section
    heading, whose year the yearless dates of its section take, across blank lines."""
    if c.gran == "day" or c.y1 is None or c.in_title or c.anchor != "explicit":
        return False
    # (a heading is a short line: only the 12 code points either side are looked at, so a text without
    # line breaks costs nothing more per date)
    lo, hi = max(0, c.start - 12), min(len(text), c.end + 12)
    ls = text.rfind("\n", lo, c.start) + 1 if c.start - lo == 12 else text.rfind("\n", 0, c.start) + 1
    if ls == 0 and lo > 0:
        return False  # no line break within reach before it
    le = text.find("\n", c.end, hi)
    if le < 0:
        if hi < len(text):
            return False
        le = len(text)
    return not text[ls:c.start].strip(_HEADING_MARKS) and not text[c.end:le].strip(_HEADING_MARKS)


def _in_section(h: Cand | None, pos: int, breaks: list[int]) -> bool:
    """``pos`` lies in the section the heading date ``h`` opens: no other heading or rule between."""
    if h is None or h.end > pos:
        return False
    i = bisect.bisect_right(breaks, h.end)
    return not (i < len(breaks) and breaks[i] < pos)


# between a dated day and a later yearless one: the second is the end of a span that starts at the
# first, so it lies after it
_FUTURE_BETWEEN = regex.compile(r"\b(?:will|would|shall|expected|expects|plans?|planned|intends?|set[ \t]+to|due[ \t]+to)\b|['’]ll\b"
                                r"|将于|將於|将在|將在|将会|將會|拟于|擬於|预计|預計", regex.IGNORECASE)  # ("is expected to cut again in January")
# a later time of the same story between two dates of a sentence: the second comes after the first
_AGAIN = regex.compile(r"(?:\b(?:again|then|later|subsequently)[ \t]+(?:(?:in|on|at|during|by)[ \t]+)?|(?:又|再次|随后|隨後|其后|其後)(?:在|于|於)?)$",
                       regex.IGNORECASE)  # (right before the date: "and again in late January"; not "amend the law again in the session that opens in January")
_UNTIL = regex.compile(r"延长至|延長至|延至|直至|直到|截至|until|till|through|extended to", regex.IGNORECASE)


# an English verb in the past right before a date ("was stripped out … in early July", "the
# Commission said in early July")
# irregular verbs whose past tense is no participle (held, made, sent … also follow "will be"): a past verb
_IRREGULAR_PAST = r"began|rose|fell|grew|took|came|went|saw|won|gave|wrote|ran|drew|became|spoke|chose|broke|shrank|sank|flew"
_PAST_BEFORE = regex.compile(r"\b(?:said|was|were|had|did|(?<!\b(?:is|are|be|been|being)[ \t])[a-z]{3,}ed|" + _IRREGULAR_PAST
                             + r")\b(?:[^.;!?\n]|(?<=\d)\.(?=\d)|\n(?![ \t]*\n)){0,60}$")  # ("is expected by the end of January": no
# past; a decimal point is no sentence's end: "We had asked for 8.9% in June")
# ... or the subject and its verb in the past right after an opening date ("In a special session in
# late August, legislators pushed …")
# ... or a Chinese marker of the past right before it ("已於11月中旬成立", "曾在3月")
_PAST_ZH_BEFORE = regex.compile(r"(?:已经|已經|已于|已於|已|曾经|曾經|曾在|曾)\s*(?:在|于|於)?\s*$")
# a future modal in the clause before a date: the clause is told in the future, whatever looks like
# a past verb in it ("We will publish revised guidance by 15 January and hold … in late February")
_FUTURE_BEFORE = regex.compile(r"\b(?:will|shall|won['’]t)\b[^.,;!?\n]{0,110}$|['’]ll\b[^.,;!?\n]{0,110}$",
                               regex.IGNORECASE)
# ... or its verb right after it ("Collections in October were 26,870 units")
_PAST_RIGHT_AFTER = regex.compile(
    r"[ \t]+(?:(?:it|they|he|she|we|this|that)[ \t]+)?(?:was|were|had)\b"
    r"(?![ \t]+(?:been[ \t]+)?(?:chosen|picked|agreed|set|selected|named|scheduled|planned|pencilled|penciled|earmarked|fixed|"
    r"targeted|expected|due|to|supposed|going|confirmed|announced|marked|long|when|likely|the[ \t]+(?:date|target|deadline|day|"
    r"obvious|earliest|latest|launch|start|first[ \t]+day)))"  # (not "March 3 was chosen as the launch date": a plan)
    , regex.IGNORECASE)  # ("At the end of September it was forecast")
_PAST_AFTER = regex.compile(r",\s*(?:[A-Za-z’'-]+\s+){1,4}?(?:said|was|were|had|did|[a-z]{3,}ed)\b")
# ... the same, but not a clause joined by a conjunction ("bids due on January 30, and has promised …")
_PAST_AFTER_SUBJECT = regex.compile(r",\s*(?!(?:and|but|or|which|who|while|with|as)\b)(?:[A-Za-z’'-]+\s+){1,4}?"
                                    r"(?:said|was|were|had|did|[a-z]{3,}ed)\b"
                                    # ... or a pronoun and a verb in the past with no comma ("In February we
                                    # began using Pawline 2", "In March they launched it")
                                    # (not the present-or-past set, put, cut, nor proceed, exceed, succeed)
                                    r"|[ \t]+(?:we|they|he|she|it|I)[ \t]+(?:said|was|were|had|did|began|became|took|made|"
                                    r"gave|got|went|came|saw|won|lost|sold|bought|paid|brought|built|held|found|"
                                    r"left|led|met|ran|spent|sent|told|wrote|kept|(?![a-z]*eed\b)[a-z]{3,}ed)\b")


def _past_told_as_future(text: str, c: Cand, src: Cand, doc_date: dt.date | None) -> bool:
    """The context year would put a yearless date after the document's date, but the sentence
    tells it in the past: the document's year (through the anchor rule) fits, not the context's
    ("…late 2026 or early 2027. … stripped out by the Senate in early July", in a text of 2025)."""
    if doc_date is None or src.y1 is None or src.y1 <= doc_date.year or c.m0 is None:
        return False
    return _told_in_past(text, c)


_POSSESSIVE = regex.compile(r"['’]s(?![A-Za-z])")
# where a period up to now starts ("since 2021", 自2021年以来, 2022年成立以来): no moment of the story, so
# no context year for the dates after it
_SINCE_BEFORE = regex.compile(r"\bsince\s+(?:the\s+)?$|(?:自从|自從)\s*$", regex.IGNORECASE)
# ... or a since-clause's year ("the highest figure since counting began in 2008"): no context year either
_SINCE_CLAUSE_BEFORE = regex.compile(r"\bsince\s+(?:[a-z]+\s+){1,4}(?:in|of)\s+$", regex.IGNORECASE)
_SINCE_AFTER = regex.compile(r"[^，,。；;的\s]{0,6}?(?:以来|以來)")
# a year a thing was made in, told as an aside about it (", built in 1987,", 始建于1987年的): where the
# thing comes from, not the story's year ("…chairlift, built in 1987, with a gondola. Construction starts in June")
_ORIGIN_BEFORE = regex.compile(
    r"(?:[,(]\s*|(?:a|an|the)\s+)(?:built|founded|established|opened|launched|created|formed|constructed|installed|"
    r"introduced|completed|inaugurated|born|dating\s+from|dating\s+back\s+to)\s+in\s+$"
    r"|(?:始建|建于|建於|成立|创立|創立|创办|創辦|创建|創建|落成|开业|開業|通车|通車)(?:于|於)?\s*$", regex.IGNORECASE)
_ORIGIN_AFTER_EN = regex.compile(r"\s*[,)]")
_ORIGIN_AFTER_ZH = regex.compile(r"\s*的")
# a Chinese base of comparison (比去年的26万亿韩元, 较2023年增长): the year compared with
_BASE_BEFORE_ZH = regex.compile(r"(?:较|較|比|相比|相较|相較|对比|對比)\s*$")
# ... or after it: 是2020年的近2倍, 为上年的1.5倍, 相当于2019年的六成 (the year of the base of a multiple or share)
_BASE_AFTER_ZH = regex.compile(r"(?:同期)?的\s*(?:近|约|約|逾|超过|超過)?\s*[\d.一二两兩三四五六七八九十百半]+\s*(?:倍|成)")
# ... or a year named for its same period (恢复到2019年同期的1.2倍, 2019年同月): a base, not the story's year
_SAME_PERIOD_AFTER_ZH = regex.compile(r"\s*(?:同期|同月|同季|同季度)")
_BASE_VERB_BEFORE_ZH = regex.compile(r"(?:是|为|為|相当于|相當於|达到|達到)\s*$")
# an English base of comparison ("a quarter more than planned in 2024", "up from 11 in 2023"): the
# year compared with gives no context year
_BASE_BEFORE_EN = regex.compile(r"\b(?:than|from)\s+(?:[a-z]+\s+){0,3}?(?:in|for|during)\s+(?:the\s+)?"
                                r"(?:same\s+(?:period|quarter|month|week|time)\s+(?:of\s+)?)?$", regex.IGNORECASE)  # ("3.1% more than in the same period last year")
# a sentence end between two dates, and words that look back ("It had been proposed in August")
_SENTENCE_END = regex.compile(r"[.!?]\s|[。！？]")
# words that open another story between two dates ("Anthropic三月交了意见，新一轮征询4月截止")
_NEW_ROUND = regex.compile(r"新一轮|新一輪|新的|另一|另行|下一|第二|再次|next|another|new", regex.IGNORECASE)
_STEP_END = regex.compile(r"[.!?]\s|[。！？]|→")  # ... or a step of a timeline
_LOOKS_BACK = regex.compile(r"\b(?:had|earlier|previously|before that)\b|[A-Za-z]['’]d[ \t]+[a-z]+(?:ed|en|t)\b|此前|之前|早在|先前",
                            regex.IGNORECASE)  # ("what they'd sent OSTP in March": had sent)


# a model's or product's name (letters and a digit: GPT-4o, H20, Claude 3.7) and "in" right before a date:
# the product's time ("between GPT-4 in early 2023 and GPT-4o in mid-2024"), an example's, no story's year
_PRODUCT_IN_BEFORE = regex.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]*[-‑ ]?\d[A-Za-z0-9.]*(?:[ \t]+(?:chip|chips|model|models|gpu|gpus|accelerator|processor))?"
                                   r"(?:[ \t\n]+in[ \t\n]+|[ \t]?[(（]"
                                   r"(?:(?:released|launched|introduced|unveiled)[ \t]+(?:in[ \t]+)?)?)"
                                   r"(?:(?:early|mid|late)[ \t-]*)?$")  # (or in brackets: "GPT-4o (mid-2024)", "H20 (released 2024)")


# ... or before it in Chinese, with 的 ("2024年年中的GPT-4o", "2024年推出的H20"): a product's date
_PRODUCT_AFTER_ZH = regex.compile(r"[^，。；,;\n]{0,4}?的\s*[A-Z][A-Za-z]*-?\d")  # (glued: not "签署的EO 14179")


def _span_of_years(c: Cand) -> bool:
    """A span of years ("2027-28", a financial year; "2025 to 2027"): which of its years a later yearless
    date is in, the span does not say ("Bills for 2027-28 will be posted between 1 and 19 March", a notice of
    December 2026: March 2027, before the year starts)."""
    return c.gran == "year" and c.y0 is not None and c.y1 is not None and c.y0 != c.y1


# "From 1 February the maximum draught rises": a change that a notice announces, in the present tense
_FROM_OPENING_EN = regex.compile(r"(?:^|[.!?:\n][ \t*_]*)From[ \t\n]+$")
_CHANGE_PRESENT_EN = regex.compile(r"[^.!?\n]{0,60}?\b(?:rises?|falls?|goes[ \t]+up|goes[ \t]+down|increases?|decreases?|"
                                   r"changes?|becomes?|moves?|drops?|applies|apply|starts?|begins?|ends?|opens?|closes?)\b")


_ATTRIBUTIVE_AFTER_ZH = regex.compile(r"\s*(?:由\p{Han}{1,6})?\p{Han}{1,3}的\s*(?![，。；！？,.;!?\s]|$)")
_LE_SOON_AFTER_ZH = regex.compile(r"[^，。；！？,.;!?]{0,12}?了")


def _coming_after_past_context(text: str, c: Cand, src: Cand, doc_date: dt.date | None) -> bool:
    """The context year is before the document's, but the date's sentence tells it as still to come
    ("The last closure, in February 2024, lasted 16 days. From 1 February the maximum draught rises", a notice
    of December 2026; 力争6月底前…达到95%以上 after 2025年度, in a text of March 2026): the anchor's year fits, the
    next such day after the document's, not the context's."""
    if doc_date is None or src.y1 is None or src.y1 >= doc_date.year or c.m0 is None or c.same_year:
        return False
    if _SENTENCE_END.search(text, src.end, c.start) is None:
        return False  # one sentence tells one story: "在2025年2月6日刊登信息徵詢，截止日期為3月15日"
    if _chinese(text, c):
        # (the curated words of _STILL_TO_COME_ZH, in the date's own clause; not 会 of 会议, nor 将 used as 把;
        # not with 了 after the date: "委员会10月举办了…" is done)
        return (_STILL_TO_COME_ZH.search(text, max(0, c.start - 16), c.start) is not None and not _done_before(text, c)
                and _LE_SOON_AFTER_ZH.match(text, c.end) is None)
    if _still_to_come(text, c):
        return True
    return (_FROM_OPENING_EN.search(text, max(0, c.start - 8), c.start) is not None
            and _CHANGE_PRESENT_EN.match(text, c.end) is not None)


def _narrative_moves_on(text: str, c: Cand, src: Cand, doc_date: dt.date | None) -> bool:
    """A yearless date in a later sentence than the date that gives its year, which that year would
    put before it, while the next year is still in the document's past: a story told forward
    reaches the next year ("Texas settled in September 2024. In August, 44 attorneys general
    signed…", in a text of October 2025: August 2025), unless the sentence looks back (had,
    earlier, 此前)."""
    if doc_date is None or src.y1 is None or src.m1 is None or c.m0 is None:
        return False
    if src.gran not in ("day", "month", "part_of_month"):
        return False  # "2024年，…。4 月 25 日，…": a whole year holds the later date
    if _start_key(c) >= (src.m0 or src.m1, src.d0 or 1) or not _SENTENCE_END.search(text, src.end, c.start):
        return False
    if dt.date(src.y1 + 1, c.m0, 1) > doc_date:
        return False
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, src.end, c.start)), default=c.start)
    return _LOOKS_BACK.search(text, sentence_start, min(len(text), c.end + 80)) is None


def _origin_aside(text: str, c: Cand) -> bool:
    """A year alone that says when a thing was made, as an aside about it (", built in 1987,",
    "(founded in 1998)", 始建于1987年的缆车): no context year for the dates after it."""
    if c.gran != "year":
        return False
    m = _ORIGIN_BEFORE.search(text, max(0, c.start - 30), c.start)
    if m is None:
        return False
    if _HAN.match(m.group()):
        return _ORIGIN_AFTER_ZH.match(text, c.end) is not None
    return _ORIGIN_AFTER_EN.match(text, c.end) is not None


# an aside in brackets around a date, that says more than the date ("（该行政令签署于2023年10月30日）", "(signed on
# October 30, 2023)"): the bracket opens on the date's line before it and closes after it
_ASIDE_OPEN = regex.compile(r"[(（][^()（）\n]*$")
_ASIDE_CLOSE = regex.compile(r"[^()（）\n]*?[)）]")
_ASIDE_WORDS = regex.compile(r"\p{Han}{2}|[A-Za-z]{3}")
_CUTOFF_IN_BRACKET = regex.compile(r"(?:截至|截止|截止到|截止至|至|到|as of|as at|to|through|ended|ending|until)[ \t]*$", regex.I)


_RELATIVE_ASIDE_EN = regex.compile(r",[ \t]+(?:which|who)[ \t][^,;:.!?()\n]*$")
_SENTENCE_CLOSE = regex.compile(r"[.!?;](?=\s|$)|\n\s*\n")


def _aside_close(text: str, c: Cand) -> int | None:
    """Where the aside holding date ``c`` closes, or None: a year given there is the aside's, not the story's. An
    aside is a bracket with words of its own before the date and no cut-off ("撤销了拜登的第14110号行政令
    （该行政令签署于2023年10月30日）；1月23日又签署第14179号行政令"), or an English relative clause, up to its
    sentence's end (", which President Biden had signed on October 30, 2023.")."""
    o = _ASIDE_OPEN.search(text, max(0, c.start - 40), c.start)
    if o is None:
        rel = _RELATIVE_ASIDE_EN.search(text, max(0, c.start - 80), c.start)
        if rel is None:
            return None
        k = _SENTENCE_CLOSE.search(text, c.end, min(len(text), c.end + 200))
        return k.end() if k is not None else None  # "…the approach of Executive Order 14110, which President Biden had
        # signed on October 30, 2023. The Request for Information followed in early February": the story's year
    k = _ASIDE_CLOSE.match(text, c.end, min(len(text), c.end + 60))
    if k is None:
        return None
    if _ASIDE_WORDS.search(text, o.start() + 1, c.start) is None or _CUTOFF_IN_BRACKET.search(text, o.start() + 1, c.start):
        return None  # "（2024年3月）": a date in brackets labels what it follows, as a date of its own; "（截至2025年10月26日）",
        # "(ended July 27, 2025)": a period's cut-off, the story's year
    return k.end()


def _year_written(c: Cand) -> bool:
    """Explicit dates, and relative ones that name a year (去年12月, 今年上半年, last year)."""
    return c.anchor == "explicit" or c.names_year


def _told_in_past(text: str, c: Cand, after: "regex.Pattern[str]" = _PAST_AFTER) -> bool:
    """An English verb in the past just before or right after the date, or a Chinese marker of the
    past before it ("the agency said in January", "In January, the agency issued", 曾在1月). A
    word in -ed before the date in a clause told in the future is no past ("We will publish revised
    guidance by 15 January")."""
    return ((_PAST_BEFORE.search(text, max(0, c.start - 80), c.start) is not None
             and _FUTURE_BEFORE.search(text, max(0, c.start - 120), c.start) is None)
            or after.match(text, c.end) is not None
            or _PAST_RIGHT_AFTER.match(text, c.end) is not None
            or _PAST_ZH_BEFORE.search(text, max(0, c.start - 4), c.start) is not None)


# a verb of a thing done, in the past, governing the date from at most seven words before it, in its
# clause ("Anthropic filed in March", "published its response on March 3"); not one that plans
# ("was scheduled for", "is expected in"), and not past a comma ("which opened last week, closes on")
_DONE_BEFORE = regex.compile(
    r"\b(?:said|was|were|had|did|(?!(?:proc|exc|succ|sp|n|f|s|br|bl|h)eed\b)[a-z]{3,}ed)"
    r"(?:[ \t]+(?!(?:that|which|who|when|while|where|it)\b)[A-Za-z’'-]+){0,7}?[ \t]+"
    r"(?:in|on|during|around|at|by)(?:[ \t]+(?:early|mid|late|the))?[ \t-]*$"
    r"|\b(?:was|were)[ \t]+(?:due[ \t]+)?(?:(?:early|mid|late)[ \t-]*)?$")  # ("Comments were due by March 15", "The deadline was March 15")
# ... nor one after a modal or a form of "be" in its clause ("Comments must be submitted in March",
# "Final rules will be published on March 3": still to come)
_MODAL_BEFORE = regex.compile(
    r"\b(?:will|would|shall|must|should|can|could|may|might|to|be|been|being|is|are)\b[^.,;:!?\n]*$|['’]ll\b[^.,;:!?\n]*$",
    regex.IGNORECASE)
# a verb of saying earlier in the sentence: "was"/"were" after it may be reported speech, shifted back
# ("The agency said comments were due on March 15", in a text of January: the coming March)
_SAID_BEFORE = regex.compile(r"\b(?:said|says|say|told|announced|noted|stated|wrote|added|explained|confirmed|reminded)\b[^.;!?\n]*$",
                             regex.IGNORECASE)
# ... or after it, in the sentence ("The deadline was March 31, officials said on Monday", "according to the
# notice", "the tender document shows"), or a date that was, and has been moved ("The original deadline was
# December 15, but it has been moved to January 31"): reported or superseded, maybe still to come
_SAID_OR_MOVED_AFTER = regex.compile(
    r"\b(?:said|says|told|announced|according[ \t]+to|shows|showed|states|stated|confirmed|noted|added|reported)\b"
    r"|\b(?:has|have|had|was|were)[ \t]+(?:since[ \t]+|now[ \t]+|later[ \t]+)?(?:been[ \t]+)?"
    r"(?:moved|extended|postponed|delayed|pushed[ \t]+back|brought[ \t]+forward|rescheduled)\b", regex.IGNORECASE)
_COPULA_DATE = regex.compile(r"\b(?:was|were)[ \t]+(?:due[ \t]+(?:(?:by|on|in)[ \t]+)?)?(?:(?:early|mid|late)[ \t-]*)?$", regex.IGNORECASE)
_ORIGINAL_BEFORE = regex.compile(r"\b(?:original|originally|initial|initially)\b", regex.IGNORECASE)


def _said_or_moved_after(text: str, c: Cand) -> bool:
    """After the date in its sentence, a verb of saying or of moving a date; or "original" before it."""
    ss = max([m.end() for m in _SENTENCE_END.finditer(text, max(0, c.start - 200), c.start)], default=max(0, c.start - 200))
    end = _SENTENCE_END.search(text, c.end, min(len(text), c.end + 200))
    se = end.start() if end is not None else min(len(text), c.end + 200)
    return _SAID_OR_MOVED_AFTER.search(text, c.end, se) is not None or _ORIGINAL_BEFORE.search(text, ss, c.start) is not None


_MONTH_SUBJECT_PAST = regex.compile(r"[ \t\n]+(?:was|saw|brought|marked|proved|delivered|produced|recorded)\b")
_SENTENCE_START = regex.compile(r"(?:^|[.!?][ \t]{1,2}|\n[ \t]{0,4})$")
_WAS_WERE = regex.compile(r"\b(?:was|were)\b", regex.IGNORECASE)
_PLANNED = regex.compile(
    r"\b(?:is|are|be|been|being|will|would|shall|must|should|can|could|may|might|needs?|to|set(?=[ \t]+(?:to|for)\b)|"
    r"(?<!\b(?:was|were)[ \t]+)due|slated|scheduled|expected|planned|proposed|required|"
    r"intended|projected|anticipated|targeted|estimated|deadline|until|before|closes?|ends?|runs?)\b",
    regex.IGNORECASE)


# "by" right before a date, in a clause that looks ahead (a modal, a condition, a plan), with no verb
# of the past in it: a deadline still to come
_BY_BEFORE = regex.compile(r"\bby[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+|(?:early|mid|late)[ \t-]+)?$", regex.IGNORECASE)
_AHEAD = regex.compile(r"\b(?:(?i:will|would|shall|must|should|could|might|if|unless|until|aims?|plans?|expects?|"
                       r"intends?|needs?|has[ \t]+to|have[ \t]+to|due|deadline|promised|pledged|vowed)|may)\b|['’]ll\b")
# (may only in lower case: "In May the firm completed …" is the month)
_PAST_FORM = regex.compile(r"\b(?:had|was|were|did|said|told|reported|announced|completed|finished)\b", regex.IGNORECASE)
_CLAUSE_START = regex.compile(r"[.;:!?\n][^.;:!?\n]*$")


def _deadline_ahead(text: str, c: Cand) -> bool:
    """A yearless date after "by" in a clause that looks ahead and tells nothing in the past: the
    next such date, not the one before the document's day ("…if clearance has not been granted by
    the end of September", in a text of March 2026: September 2026)."""
    if _BY_BEFORE.search(text, max(0, c.start - 20), c.start) is None:
        return False
    lo = max(0, c.start - 160)
    cut = _CLAUSE_START.search(text, lo, c.start)
    clause = text[cut.start() + 1 if cut else lo:c.start]
    # (a participle after "be" is no past: "should be finished by mid-December")
    return _AHEAD.search(clause) is not None and _PAST_FORM.search(_BE_PARTICIPLE.sub(" ", clause)) is None


# the date's own clause says it is still to come (docs/dates.md rule 4): a future marker at most six
# words before it, with no word of the past or a relative clause between ("The rules will take effect
# on September 1", "is scheduled to open in October", 将于7月1日起实施; not 7月1日起生效 alone: Chinese
# verbs carry no tense, and a rule in force since July is told so in October)
_STILL_TO_COME_EN = regex.compile(
    r"(?:\b(?:will|shall|won['’]t|(?:is|are)[ \t]+(?:set|due|scheduled|slated|expected|poised|to)|(?<!was[ \t])(?<!were[ \t])due|"
    r"plans?[ \t]+to|aims?[ \t]+to|intends?[ \t]+to|takes?[ \t]+effect|comes?[ \t]+into[ \t]+force|"
    r"goes[ \t]+into[ \t]+effect|effective)|['’]ll)"
    r"((?:[ \t]+[A-Za-z0-9$%.’'-]+){0,6}?)[ \t]+(?:on|in|from|by|for|during|effective|until)"
    r"(?:[ \t]+the[ \t]+(?:end|start|beginning|middle)[ \t]+of)?(?:[ \t]+(?:early|mid|late))?[ \t-]*$", regex.IGNORECASE)
# ... with no word of the past, relative pronoun or comma between (a participle after "be" is no past:
# "Final rules will be published in November")
_STILL_TO_COME_BLOCK = regex.compile(
    r"\b(?:had|was|were|did|said|told|that|which|who|what|when|since|after|before|than|ago|last|previous|"
    r"(?!(?:proc|exc|succ|sp|n|f|s|br|bl|h)eed\b)[a-z]{3,}ed|" + _IRREGULAR_PAST + r"|went)\b|[,;:]",
    regex.IGNORECASE)
_BE_PARTICIPLE = regex.compile(r"\b(?:be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]{3,}(?:ed|en)|held|made|sent|set|put|kept|"
                                r"paid|built|sold|brought|bought|told|shut|cut|run|won|spent)\b", regex.IGNORECASE)
# Chinese: a word of the future or a plan as a verb before the date, in its clause (将于, 拟在, 预计, 定于, 即将,
# 白宫计划于7月发布: not 计划 after a word that makes it a noun, 行动计划于7月发布, nor bare 将, which also
# marks the object, 将1月13日发布的规则撤销)
_STILL_TO_COME_ZH = regex.compile(
    r"(?:将于|將於|将在|將在|将会|將會|拟于|擬於|拟在|擬在|预计|預計|预定|預定|"
    r"(?<!行动|行動|发展|發展|规划|規劃|五年|该|該|此|这|這|本|新|年度)(?:计划|計劃|計畫)|"
    r"(?<!做好|作好|的|有|无|無|没|沒|充分|原本|本来|本來|原|曾|当初|當初|此前|早前|一度|当时|當時|先前|之前|年初|本)(?:打算|准备|準備)|"  # (not a plan of the past: 原本打算3月上市)
    r"定于|定於|即将|即將|届时|屆時|力争|力爭|争取|爭取)[^。！？；;，,已曾了]{0,12}$")  # (力争6月底前…达到95%: a target)


#: With its clause looking ahead, a yearless date may lie this many days after the anchor (and at
#: most FUTURE_SLACK_DAYS before it): the window of rule 4 moved forward.
AHEAD_SLACK_DAYS = 365 - FUTURE_SLACK_DAYS


def told_as_still_to_come(text: str, start: int, end: int) -> bool:
    """The date at [start, end) of ``text`` is told as still to come by its own clause ("will take
    effect on September 1", 将于3月15日截止): a date of the document's future that is a claim, not a
    year the text leaves unwritten."""
    return _still_to_come(text, Cand(start, end, "day", None, None, None, None, None, None))


def _still_to_come(text: str, c: Cand) -> bool:
    """The date's own clause says it is still to come: "The rules will take effect on September 1"
    (a text of March: this September, 167 days ahead, not last September), 将于7月1日起实施."""
    if _chinese(text, c):
        return _STILL_TO_COME_ZH.search(text, max(0, c.start - 16), c.start) is not None
    if _FROM_OPENING_EN.search(text, max(0, c.start - 8), c.start) is not None and _CHANGE_PRESENT_EN.match(text, c.end):
        return True  # a notice's "From April the income limit rises to £21,000"
    m = _STILL_TO_COME_EN.search(text, max(0, c.start - 90), c.start)
    if m is not None and _STILL_TO_COME_BLOCK.search(_BE_PARTICIPLE.sub(" ", m.group(1))) is None:
        # a bare "due" ("an evaluation, due in the spring, will check") only where the sentence's verb after
        # the date is no past ("Payments due in the first quarter were deferred")
        return not (m.group().lower().startswith("due") and _past_after_in_sentence(text, c))
    return _conditional_window(text, c)


_DONE_STATE = regex.compile(r"\b(?:has|have)[ \t]+(?:already[ \t]+)?been\b|\b(?:still|already|outstanding|overdue|unpaid|arrears)\b",
                           regex.IGNORECASE)
_PAST_VERB = regex.compile(r"\b(?:was|were|had|did|(?!(?:proc|exc|succ|sp|n|f|s|br|bl|h)eed\b)[a-z]{3,}ed|"
                           + _IRREGULAR_PAST + r")\b", regex.IGNORECASE)


def _past_after_in_sentence(text: str, c: Cand) -> bool:
    """The sentence after the date tells its verb in the past ("were deferred", "has been repaid", "is still
    outstanding"), and not with will/shall ("…, due in the spring, will assess whether the rules worked")."""
    end = _SENTENCE_END.search(text, c.end, min(len(text), c.end + 200))
    se = end.start() if end is not None else min(len(text), c.end + 200)
    if _WILL.search(text, c.end, se) is not None:
        return False
    return _PAST_VERB.search(text, c.end, se) is not None or _DONE_STATE.search(text, c.end, se) is not None


# a date that bounds a condition ("passes bought before 15 September", "for passes bought after 31
# October") in a sentence told in the future, with no word of the past in it
_WINDOW_BEFORE = regex.compile(r"\b(?:before|after|by|until)[ \t]+(?:(?:early|mid|late)[ \t-]*)?$", regex.IGNORECASE)
_RELATIVE_PAST_BEFORE = regex.compile(r"\b(?:that|who|which)[ \t]+(?:[a-z]+[ \t]+)?(?:[a-z]{3,}ed|" + _IRREGULAR_PAST
                                      + r")[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:before|after|by|until)[ \t]+(?:(?:early|mid|late)[ \t-]*)?$",
                                      regex.IGNORECASE)
_PARTICIPLE_BEFORE = regex.compile(r"\b[a-z]+[ \t]+(?:before|after|by|until)[ \t]+(?:(?:early|mid|late)[ \t-]*)?$", regex.IGNORECASE)
_WILL = regex.compile(r"\b(?:will|shall)\b|['’]ll\b", regex.IGNORECASE)
_PAST_IN_SENTENCE = regex.compile(r"\b(?:was|were|had|did|said|ago|last|previous|earlier)\b", regex.IGNORECASE)


def _conditional_window(text: str, c: Cand) -> bool:
    """"Early-bird passes bought before 15 September will cost CHF 949", "The price will rise … for
    passes bought after 31 October" (a text of May: this September and October): a date after
    before/after/by/until in a sentence with will/shall and no was/were/had/did/said/ago/last."""
    if _WINDOW_BEFORE.search(text, max(0, c.start - 16), c.start) is None:
        return False
    if _RELATIVE_PAST_BEFORE.search(text, max(0, c.start - 40), c.start) is not None:
        return False  # "any company that registered before July 1 will have to re-apply": done, in the past
    lo = max(0, c.start - 200)
    cut = None
    for cut in _SENTENCE_END.finditer(text, lo, c.start):
        pass
    ss = cut.end() if cut is not None else lo
    end = _SENTENCE_END.search(text, c.end, min(len(text), c.end + 200))
    se = end.start() if end is not None else min(len(text), c.end + 200)
    if _WILL.search(text, ss, se) is None or _PAST_IN_SENTENCE.search(text, ss, se) is not None:
        return False
    # nor a verb in the past elsewhere in the sentence than the participle the date bounds ("every AI rule
    # issued after July, when the White House released its plan"; but "Comments received after 31 October
    # will not be considered")
    own = _PARTICIPLE_BEFORE.search(text, max(ss, c.start - 30), c.start)
    cut = own.start() if own is not None else c.start
    sentence = _BE_PARTICIPLE.sub(lambda m: " " * len(m.group()), text[ss:se])  # ("will not be considered": no past)
    return not any(m.start() + ss < cut or m.start() + ss >= c.end for m in _PAST_VERB.finditer(sentence))


# what makes a yearless date early next year one still to come (docs/dates.md rule 4): a word of the
# future, a plan, a deadline or a start in its sentence before it, or a deadline or start right after it
_AHEAD_BEFORE = regex.compile(
    r"将|將|会|會|拟|擬|计划|計劃|预计|預計|预定|預定|定于|定於|截止|届时|屆時|即将|即將|准备|準備|力争|力爭|"
    r"争取|爭取|需要|必须|必須|须|須|应当|應當|明年|下月|下个月|下個月|直至|直到|之前|以前|起至")
_AHEAD_AFTER = regex.compile(r"\s*(?:起|前|之前|以前|截止|到期|生效|开始|開始|实施|實施|施行|举行|舉行|召开|召開|"
                             r"上路|上线|上線|开放|開放|举办|舉辦|见|見|为止|為止|结束|結束)")
_HAN = regex.compile(r"\p{Han}")


def _chinese(text: str, c: Cand) -> bool:
    """A Chinese date: Han characters in it (2月6日, 三月中旬) or right around it (2025-02-06前)."""
    return (_HAN.search(text, c.start, c.end) is not None or _HAN.match(text, c.end) is not None
            or _HAN.match(text, max(0, c.start - 1)) is not None)


def _looks_ahead(text: str, c: Cand) -> bool:
    """A Chinese date's sentence looks ahead: a word of the future, a plan or a deadline before it in
    its sentence (at most 120 code points), or a start or deadline right after it (1月15日起实施,
    截止日期为1月15日, 将于1月举行); else a yearless Chinese date early next year is this year's or
    before ("Anthropic在三月份遞交意見", a text of December: March of that year). Chinese verbs carry no
    tense, so the words around decide; an English date keeps the next year (present tense announces
    the near future: "The new rules kick in on January 1")."""
    if not _chinese(text, c):
        return True
    lo = max(0, c.start - 120)
    cut = _STEP_END.search(text, lo, c.start)
    while cut is not None:
        lo = cut.end()
        cut = _STEP_END.search(text, lo, c.start)
    return _AHEAD_BEFORE.search(text, lo, c.start) is not None or _AHEAD_AFTER.match(text, c.end) is not None


# Chinese past without a tense: the cleft 是…的 around the date ("是三月中旬交的"), or a verb with 了
# right after it ("三月中旬交了一份意见")
_SHI_BEFORE_ZH = regex.compile(r"是\s*(?:在|于|於)?\s*$")
_DE_AFTER_ZH = regex.compile(r"\s*\p{Han}{1,3}的(?=\s*(?:[，。；！？,.;!?、）)」』”]|$))")  # (not 是4月1日起施行的新规)
_LE_AFTER_ZH = regex.compile(r"\s*(?!(?:起|前|底|初|中|末|以前|之前|除了|为了|為了|到了|过了|過了))\p{Han}{1,2}了")
# ... not after a condition or a wait ("等四月中旬开了听证会", "须在三月中旬交了保证金才能")
_WAIT_BEFORE_ZH = regex.compile(r"(?:^|[，,。；;！？\n])\s*等\s*$")  # 等四月中旬开了听证会 (not 英国、法国等在3月)
_CONDITION_AFTER_ZH = regex.compile(r"[^，。；！？,.;!?]{0,12}?(?:才能|才可|才会|才會|方可)")  # 交了保证金才能参加
_CONDITION_BEFORE_ZH = regex.compile(r"(?:等到|待到|须|須|必须|必須|需要|如果|若|假如|只有|一旦)\s*(?:在|于|於)?\s*$")  # (not 主要, 等 after a list)


def _done_before(text: str, c: Cand) -> bool:
    """The date of something already done by the document's day, told so right before it (English),
    or after 已/曾 (Chinese): a yearless date after the anchor's day is then the year before's."""
    if _PAST_ZH_BEFORE.search(text, max(0, c.start - 4), c.start) is not None:
        return True
    if _HAN.match(text, c.end) and (
            (_SHI_BEFORE_ZH.search(text, max(0, c.start - 3), c.start) and _DE_AFTER_ZH.match(text, c.end))
            or (_LE_AFTER_ZH.match(text, c.end) and not _AHEAD_BEFORE.search(text, max(0, c.start - 12), c.start)
                and not _CONDITION_BEFORE_ZH.search(text, max(0, c.start - 4), c.start)
                and not _WAIT_BEFORE_ZH.search(text, max(0, c.start - 4), c.start)
                and not _CONDITION_AFTER_ZH.match(text, c.end))):
        return True  # "OpenAI是三月中旬交的", "三月中旬交了一份" (a text of January): the March before
    if _MONTH_SUBJECT_PAST.match(text, c.end) and _SENTENCE_START.search(text, max(0, c.start - 8), c.start):
        return True  # "December was the busiest month of last year" (a text of October): the December before
    m = _DONE_BEFORE.search(text, max(0, c.start - 60), c.start)
    return (m is not None and _PLANNED.search(m.group()) is None
            and _MODAL_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None
            and not ((be := _COPULA_DATE.search(m.group())) is not None
                     and (_SAID_BEFORE.search(text, max(0, m.start() - 80), m.start() + be.start())
                          or _said_or_moved_after(text, c))))
    # (only where was/were is the date's own verb, "The deadline was March 31, officials said"; not a passive,
    # "The request was published on February 6, the Federal Register notice said": a thing done)


_CUTOFF_BEFORE = regex.compile(r"(?:截至|截止到|截止至|截至到)[ \t]*$|\b(?:as of|as at)[ \t]+(?:the[ \t]+)?$", regex.IGNORECASE)
_WEEKDAY_BEFORE_EN = regex.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+(?:the[ \t]+)?$", regex.IGNORECASE)
_WEEKDAY_AFTER_ZH = regex.compile(r"[ \t]*[（(](?:星期|周|週|礼拜|禮拜)([一二三四五六日天])[）)]")
_WEEKDAY_OPENING_EN = regex.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+(?=\d)", regex.IGNORECASE)
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ZH_WEEKDAYS = "一二三四五六日"


def _written_weekday(text: str, c: Cand) -> int | None:
    """The weekday (0 = Monday) written with a day: before it ("Thursday 11 March", "Sunday 27 December"
    opening the date's own span) or after it in brackets (3月11日（星期四）); None when there is none."""
    if c.gran != "day" or c.m0 is None or c.d0 is None:
        return None
    m = _WEEKDAY_BEFORE_EN.search(text, max(0, c.start - 14), c.start) or _WEEKDAY_OPENING_EN.match(text, c.start)
    if m is not None:
        return _EN_WEEKDAYS.index(m.group(1).lower())
    z = _WEEKDAY_AFTER_ZH.match(text, c.end)
    if z is None:
        return None
    return 6 if z.group(1) in "日天" else _ZH_WEEKDAYS.index(z.group(1))


def _weekday_fits(text: str, c: Cand, y: int | None) -> bool:
    """No weekday is written with the day, or the day falls on it in ``y`` ("The busiest day was Saturday
    12 September", after "as in 2019": 12 September 2019 was a Thursday, so the context's year is not its)."""
    wd = _written_weekday(text, c) if y is not None else None
    return wd is None or c.d0 > last_day(y, c.m0) or dt.date(y, c.m0, c.d0).weekday() == wd  # type: ignore[arg-type]


def _weekday_year(text: str, c: Cand, y: int) -> int:
    """The year, of ``y`` and the years either side, in which a day named with its weekday falls on that
    weekday ("will be held on Thursday 11 March", 3月11日（星期四）): ``y`` when it agrees or none does."""
    wd = _written_weekday(text, c)
    if wd is None:
        return y
    for yy in (y, y + 1, y - 1):
        if c.d0 <= last_day(yy, c.m0) and dt.date(yy, c.m0, c.d0).weekday() == wd:  # type: ignore[arg-type, operator]
            return yy
    return y


def _year_from_anchor(c: Cand, a: dt.date, past: bool = False) -> int:
    """The latest year in which the date starts at most FUTURE_SLACK_DAYS after the anchor: the
    next year ("January 30" in a text of 6 November: 85 days ahead), the anchor's or an earlier one
    (a part of a year, 上半年/下半年, is always the anchor's year); ``past``: not after the anchor
    (the sentence tells the date in the past: "Anthropic filed in March" in a text of January is
    the March before)."""
    y = a.year
    if c.gran == "part_of_year":
        return y
    limit = a if past else a + dt.timedelta(days=FUTURE_SLACK_DAYS)
    for k in range(0 if past else -1, 8):
        yy = y - k
        d0 = c.d0 or 1
        if d0 > last_day(yy, c.m0 or 1):
            continue
        if dt.date(yy, c.m0 or 1, d0) <= limit:
            return yy
    return y


def _rest_of_year(c: Cand, y: int, src: Cand | None, a: dt.date | None) -> None:
    """"earlier/later in the year" in year ``y``: up to / from the anchor's day ``a``; in a context
    year, before the start / after the end of the date ``src`` that gave it, when that date lies
    inside the year (else the whole year)."""
    c.y0 = c.y1 = y
    c.m0, c.d0, c.m1, c.d1 = 1, 1, 12, 31
    if a is not None:
        if c.side == "earlier":
            c.m1, c.d1 = a.month, a.day
        else:
            c.m0, c.d0 = a.month, a.day
    elif src is not None and src.m0 is not None and src.m1 is not None:
        if c.side == "earlier" and src.y0 == y and (src.m0, src.d0 or 1) > (1, 1):
            e = dt.date(y, src.m0, src.d0 or 1) - dt.timedelta(days=1)
            c.m1, c.d1 = e.month, e.day
        elif c.side == "later" and src.y1 == y and (src.m1, min(src.d1 or 31, last_day(y, src.m1))) < (12, 31):
            b = dt.date(y, src.m1, min(src.d1 or 31, last_day(y, src.m1))) + dt.timedelta(days=1)
            c.m0, c.d0 = b.month, b.day


# a fiscal year or quarter named near a yearless quarter or half makes it a fiscal one, whose months
# depend on the company or the country (Nvidia's fiscal fourth quarter ends in January)
_FISCAL_NEAR = regex.compile(
    r"fiscal[ \t]+(?:year|quarter|q[1-4]|first|second|third|fourth|'?\d)|financial[ \t]+year|(?<![A-Za-z])FY[ \t]?'?\d"
    r"|财年|财季|财政年度|会计年度|財年|財季|財政年度|會計年度", regex.IGNORECASE)
_NAMES_MONTH = regex.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|月")
_QUARTER_MONTHS = frozenset({(1, 3), (4, 6), (7, 9), (10, 12), (1, 6), (7, 12)})


def _fiscal_part(text: str, c: Cand) -> bool:
    """A yearless quarter or half ("the fourth quarter", Q4, 第三季度, 下半年) with a fiscal year or
    quarter named in the 400 characters before it or right after it: a fiscal period, left unresolved
    (no calendar year can be given to it)."""
    if c.gran != "part_of_year" or (c.m0, c.m1) not in _QUARTER_MONTHS or _NAMES_MONTH.search(text, c.start, c.end):
        return False  # ("the July-September quarter" names its months: a calendar quarter)
    return _FISCAL_NEAR.search(text, max(0, c.start - 400), min(len(text), c.end + 30)) is not None


def _chain_year(text: str, c: Cand, prev: Cand | None) -> int | None:
    """The year of a yearless Chinese date that follows another yearless date of its sentence, given its
    year by the anchor, in one story: the year that puts it on or after that date ("1月23日行政令 →
    2月6日RFI → 3月15日截止", a text of January 2026: the deadline after 2025-02-06 is 2025's, though
    截止 looks ahead). Not after a word of the future or plan (_STILL_TO_COME_ZH: 将在, 拟于, 预计 …: 还将在3月15日截止)."""
    if (prev is None or prev.y1 is None or prev.m1 is None or c.m0 is None or prev.gran not in ("day", "part_of_month", "month")
            or not (_chinese(text, c) or _UNTIL.search(text, prev.end, c.start) is not None)
            # (in English only a span's end: "starts on Monday 4 January and runs until 28 March")
            or _SENTENCE_END.search(text, prev.end, c.start) is not None
            or _STILL_TO_COME_ZH.search(text, max(0, c.start - 16), c.start) is not None):
        return None
    return prev.y1 if _start_key(c) >= (prev.m1, prev.d1 or 1) else prev.y1 + 1


def _resolve_years(text: str, cands: list[Cand], reference_date: dt.date | None, doc_date: dt.date | None) -> None:
    """Give a year to every yearless candidate (context year, anchor date), in text order."""
    blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]
    breaks: list[int] | None = None  # the starts of heading and rule lines (_SECTION_BREAK), found once asked
    heading: Cand | None = None  # the latest heading date ("**2025年2月**"), whose section a yearless date may be in
    last: Cand | None = None  # the latest date whose year is written, outside titles
    last_main: Cand | None = None  # ... not one in an attributive clause (2023年10月30日簽署的第14110號行政命令)
    prev_anchored: Cand | None = None  # the latest yearless date given its year by the anchor
    prev_past = False
    aside_end: int | None = None  # where the bracketed aside holding ``last`` closes (_aside_close)
    before_aside: Cand | None = None  # ... and the latest date with its year written before that aside
    for i, c in enumerate(cands):
        if aside_end is not None and c.start >= aside_end:
            last, aside_end = before_aside, None  # (the aside's year was its own)
        if c.y0 is None and not c.fixed and _fiscal_part(text, c):
            continue  # "took a charge in the first quarter of fiscal 2026 … released in the fourth quarter"
        if (c.y0 is None and not c.fixed and i > 0 and cands[i - 1].rel and cands[i - 1].y1 is not None
                and cands[i - 1].gran == "day" and c.m0 is not None and text[cands[i - 1].end:c.start].strip() in ("（", "(")):
            # 下週二（12月15日）: the day glossed in brackets after a relative day is in that day's year
            c.y0 = c.y1 = cands[i - 1].y1
            c.anchor = cands[i - 1].anchor
        if c.y0 is None and not c.fixed:
            src = last if _context_ok(last, c.start, blank_lines) or (c.same_year and last is not None) else None
            if (c.same_year and src is not None and src is not last_main and last_main is not None
                    and _SENTENCE_END.search(text, src.end, c.start) is not None):
                src = last_main  # 同年 after "…拜登於2023年10月30日簽署的第14110號行政命令。": the year of the story,
                # not of the thing an attributive clause describes
            if heading is not None and src is not heading and (
                    src is None or (src.start < text.rfind("\n", src.end, c.start) and not heading.y0 <= src.y1 <= heading.y1)):
                if breaks is None:
                    breaks = [m.start() for m in _SECTION_BREAK.finditer(text)]
                if _in_section(heading, c.start, breaks):
                    # a chronicle's entry under "**2025年2月**": "2月6日 … 截止日期为3月15日"; a year of another
                    # period on an earlier line of the section (a forecast, "2026年底或2027年初") gives none
                    src = heading
            if c.m0 is None and c.d0 is not None:  # bare day: month and year from the anchor
                a = doc_date or reference_date
                if src is not None and src.m1 is not None and src.gran in ("day", "part_of_month", "month"):
                    c.y0, c.m0, c.y1, c.m1, c.anchor, c.rel = src.y1, src.m1, src.y1, src.m1, "context_year", src.rel
                elif a is not None:
                    y, m = a.year, a.month
                    if (c.d0 or 1) > a.day:
                        y, m = shift_month(y, m, -1)
                    while (c.d0 or 1) > last_day(y, m):
                        y, m = shift_month(y, m, -1)
                    c.y0, c.m0, c.y1, c.m1 = y, m, y, m
                    c.anchor = "document_date" if doc_date else "reference_date"
            elif c.side is not None and src is not None and not _past_told_as_future(text, c, src, doc_date):
                _rest_of_year(c, src.y1, src, None)  # type: ignore[arg-type]
                c.anchor, c.rel = "context_year", src.rel
            elif c.side is not None:
                a = doc_date or reference_date
                if a is not None:
                    _rest_of_year(c, a.year, None, a)
                    c.anchor, c.rel = ("document_date" if doc_date else "reference_date"), True  # the anchor's day
            elif (src is not None and not _past_told_as_future(text, c, src, doc_date) and _weekday_fits(text, c, src.y1)
                  and not _coming_after_past_context(text, c, src, doc_date)):
                y = src.y1
                assert y is not None
                if c.same_year:
                    pass  # 同年, 当年: that year, whatever the order of the months
                elif (src.gran == "day" and src.m1 is not None and _start_key(c) < (src.m1, src.d1 or 1)
                        and _UNTIL.search(text, src.end, c.start)):
                    y += 1  # "去年12月21日…延长至3月14日", "on December 21 … until March 14": the next one
                elif (src.gran in ("day", "part_of_month", "month") and src.m0 is not None
                      and _start_key(c) < (src.m0, src.d0 or 1) and _AGAIN.search(text, max(src.end, c.start - 24), c.start)
                      and not _SENTENCE_END.search(text, src.end, c.start)
                      and (doc_date is None or dt.date(y + 1, c.m0 or 1, min(c.d0 or 1, 28)) <= doc_date
                           or _FUTURE_BETWEEN.search(text, src.end, c.start) is not None)):
                    # (not past the document's day: "having already cut them in March and again in June", a
                    # text of October 2025 after "in September 2025", is June 2025)
                    y += 1  # "in early July 2025 and again in late January": later, so the next January
                elif (src is heading and src.m0 is not None and _start_key(c) < (src.m0, src.d0 or 1)
                      and _still_to_come(text, c)):
                    y += 1  # "## March 2025 … Looking ahead, the vote is expected on January 14": the next January
                elif _narrative_moves_on(text, c, src, doc_date):
                    y += 1  # "…in September 2024. In August, 44 attorneys general…" (a 2025 text): 2025
                y1 = y if _end_key(c) >= _start_key(c) else y + 1
                c.y0, c.y1, c.anchor, c.rel = y, y1, "context_year", src.rel
            else:
                a = doc_date or reference_date
                if a is not None:
                    y = _year_from_anchor(c, a)
                    if y > a.year and (_told_in_past(text, c, _PAST_AFTER_SUBJECT)
                                       or _SINCE_BEFORE.search(text, max(0, c.start - 12), c.start)
                                       or not _looks_ahead(text, c)):
                        # ("operating since January": where a period up to now starts, in the past)
                        y = _year_from_anchor(c, a, past=True)  # "the agency said in January": not next January
                    elif (c.gran != "part_of_year" and y == a.year and (c.m0 or 1, c.d0 or 1) > (a.month, a.day)
                          and _done_before(text, c)):
                        y = _year_from_anchor(c, a, past=True)  # "Anthropic filed in March" (a text of January)
                    elif (c.gran != "part_of_year" and (y, c.m1 or 12, c.d1 or 31) < (a.year, a.month, a.day)
                          and (c.d0 or 1) <= last_day(y + 1, c.m0 or 1) and _deadline_ahead(text, c)):
                        y += 1  # "walk away if clearance has not been granted by the end of September" (a text of March)
                    elif ((c.d0 or 1) <= last_day(y + 1, c.m0 or 1)
                          and dt.date(y + 1, c.m0 or 1, c.d0 or 1) <= a + dt.timedelta(days=AHEAD_SLACK_DAYS)
                          and (y if _end_key(c) >= _start_key(c) else y + 1, *_end_key(c)) < (a.year, a.month, a.day)
                          and _still_to_come(text, c) and not _done_before(text, c)):
                        # (a date wholly before the anchor: "What will happen from May to September", in
                        # a text of 7 September, is the range going on now)
                        y += 1  # "The rules will take effect on September 1" (a text of March): this September
                    chain = _chain_year(text, c, prev_anchored)
                    if chain is not None and ((chain < y and ("→" in text[prev_anchored.end:c.start] or (
                                                  prev_past and not _NEW_ROUND.search(text, prev_anchored.end, c.start))))
                                              or (chain > y and chain == prev_anchored.y1 and _looks_ahead(text, c)
                                                  and not _done_before(text, c))):
                        y = chain  # "1月23日行政令 → 2月6日RFI → 3月15日截止" (a text of January): one story, 2025's;
                        # "將於9月1日起接受，截止日期為10月31日" (a text of June): the deadline after the opening
                    y = _weekday_year(text, c, y)  # "on Thursday 11 March" (a text of November 2026): 2027's
                    if (_CUTOFF_BEFORE.search(text, max(0, c.start - 8), c.start) is not None
                            and dt.date(y, c.m0 or 1, min(c.d0 or 1, 28)) > a):
                        y -= 1  # "截至年末，统筹基金累计结存约287亿元" (a text of March 2026): a cut-off is past, 2025's
                    y1 = y if _end_key(c) >= _start_key(c) else y + 1
                    c.y0, c.y1 = y, y1
                    c.anchor = "document_date" if doc_date else "reference_date"
                    prev_anchored = c
                    prev_past = _done_before(text, c)  # (told in the past: "3月15日公布了草案，4月30日截止")
            cands[i] = c
        if (cands[i].y1 is not None and not cands[i].in_title and _year_written(cands[i])
                and not _POSSESSIVE.match(text, cands[i].end)
                and not _SINCE_BEFORE.search(text, max(0, cands[i].start - 12), cands[i].start)
                and not _origin_aside(text, cands[i])
                and not _SINCE_CLAUSE_BEFORE.search(text, max(0, cands[i].start - 40), cands[i].start)
                and not _SINCE_AFTER.match(text, cands[i].end)
                and not _BASE_BEFORE_ZH.search(text, max(0, cands[i].start - 3), cands[i].start)
                and not _SAME_PERIOD_AFTER_ZH.match(text, cands[i].end)
                and not (_BASE_AFTER_ZH.match(text, cands[i].end)
                         and _BASE_VERB_BEFORE_ZH.search(text, max(0, cands[i].start - 4), cands[i].start))
                and not _BASE_BEFORE_EN.search(text, max(0, cands[i].start - 40), cands[i].start)
                and not _span_of_years(cands[i])
                and not _PRODUCT_IN_BEFORE.search(text, max(0, cands[i].start - 32), cands[i].start)
                and not _PRODUCT_AFTER_ZH.match(text, cands[i].end)
                and not (cands[i].gran == "year" and _TARGET_BEFORE.search(text, max(0, cands[i].start - 4), cands[i].start))
                and date_bound(text, cands[i].start, cands[i].end, load_date_lexicon()) == "on"):
            close = _aside_close(text, cands[i]) if last is not None else None  # (with no date before it, an
            # aside's year is the story's: "…$5.5 billion (Reuters, April 16, 2025). On May 28 it reported…")
            if close is not None and aside_end is None:
                before_aside, aside_end = last, close
            elif close is None:
                aside_end = None
            last = cands[i]
            if not _ATTRIBUTIVE_AFTER_ZH.match(text, cands[i].end):
                last_main = cands[i]
            # ("last year's budget", 比去年的26万亿韩元: a base of comparison, not the story's
            # year; "since 2021", 自2021年以来: where a period up to now starts)
        if _heading_date(text, cands[i]):
            heading = cands[i]


# a year that is a target ("aim to cut false alarms by a quarter by 2028", "By 2028, …"): the year a
# plan looks to, not the story's (the authority "sets next year's budget on 18 February" is next February)
_TARGET_BEFORE = regex.compile(r"\b[Bb]y[ \t]$")  # (not 到: 从2019年的800万增长到2024年的900万 ends a span)


def _to_range(c: Cand) -> DateRange | None:
    if c.y0 is not None and c.y1 is not None and c.m0 is not None:
        m1 = c.m1 or 12
        try:
            start = dt.date(c.y0, c.m0, c.d0 or 1)
            d1 = c.d1 or 31
            if d1 > last_day(c.y1, m1) and d1 != 31:
                return None
            end = dt.date(c.y1, m1, min(d1, last_day(c.y1, m1)))
        except ValueError:
            return None
        if end < start:
            return None
        same_month = c.y0 == c.y1 and c.m0 == m1
        return DateRange(
            start=start, end=end, granularity=c.gran, anchor=c.anchor,  # type: ignore[arg-type]
            month=c.m0 if same_month else None,
            day_from=start.day if same_month else None,
            day_to=end.day if same_month else None,
            relative=c.rel,
        )
    month = c.m0 if c.m0 is not None and c.m0 == c.m1 else None
    day_from = day_to = None
    if month is not None:
        day_from = c.d0 or 1
        day_to = min(c.d1 or 31, last_day(None, month))
        if day_from > last_day(None, month) or day_to < day_from:
            return None
    elif c.m0 is None and c.d0 is not None:
        day_from, day_to = c.d0, c.d1 or c.d0
    return DateRange(
        granularity=c.gran, anchor="unresolved", month=month, day_from=day_from, day_to=day_to, relative=c.rel
    )


_ANCHOR_MIN, _ANCHOR_MAX = dt.date(2, 1, 1), dt.date(9998, 12, 31)


def _usable(d: dt.date | None) -> dt.date | None:
    """An anchor date far enough from the calendar's ends that offsets stay in range."""
    if isinstance(d, dt.datetime):
        d = d.date()
    if d is None or not _ANCHOR_MIN <= d <= _ANCHOR_MAX:
        return None
    return d


_WEEKDAY_WORD = regex.compile(r"(?:(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                               r"|今日|今天|昨日|昨天|today|yesterday)", regex.IGNORECASE)  # (and 今日（11月18日）)
_WEEKDAY_GAP = regex.compile(r"[\s,，、（）()]*")


_WEEKDAY_NAME = regex.compile(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day", regex.IGNORECASE)


_WEEKDAY_TAIL = regex.compile(r"(?:(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?[ \t]*$", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")


def _drop_weekdays_before_days(text: str, cands: list) -> list:
    """A weekday right before a day of a month, with or without its year ("from Sunday 27 December to
    Monday 4 January"), names that day's weekday: not a date of its own, and not the end of a range
    ("27 December to Monday")."""
    drop = set()
    for i in range(len(cands) - 1):
        wd, date = cands[i], cands[i + 1]
        if (date.gran == "day" and not date.rel and _WEEKDAY_GAP.fullmatch(text, wd.end, date.start)
                and _WEEKDAY_NAME.fullmatch(text, wd.start, wd.end)):
            drop.add(id(wd))
            if text[wd.end:date.start] == " ":
                date.start = wd.start  # "Sunday 27 December": one phrase (not "Tuesday, 9 December")
    return [c for c in cands if id(c) not in drop] if drop else cands


def _drop_weekdays_of_dates(text: str, cands: list) -> list:
    """A weekday written beside a full date ("Tuesday, December 9, 2025", 2025年11月3日（星期一）)
    names that date's day: not a date of its own (resolved against the document's date, it would
    be another day); so does a day word before a date in brackets (今日（11月18日）)."""
    if len(cands) < 2:
        return cands
    drop = set()
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if not _WEEKDAY_GAP.fullmatch(text, a.end, b.start):
            continue
        for wd, date in ((a, b), (b, a)):
            if (_WEEKDAY_WORD.fullmatch(text, wd.start, wd.end) and date.gran == "day"
                    and (not date.rel or _DIGIT.search(text, date.start, date.end) is not None)  # (明年3月21日（星期日）)
                    and date.y0 is not None):
                drop.add(id(wd))
    return [c for c in cands if id(c) not in drop] if drop else cands


def find_dates(text: str, *, doc_date: dt.date | None, reference_date: dt.date | None = None) -> list[DateMention]:
    """Date mentions of ``text`` (normally the normalised view), sorted, non-overlapping.

    Relative dates resolve against ``doc_date``, else ``reference_date``; yearless dates take the
    year of the nearest earlier date in context, else the anchor's (see docs/dates.md)."""
    doc_date, reference_date = _usable(doc_date), _usable(reference_date)
    anchor = doc_date or reference_date
    ctx = Ctx(text, anchor, "document_date" if doc_date else ("reference_date" if reference_date else "unresolved"), load_date_lexicon())
    low = ascii_lower(text)
    blocked = [(m.start(), m.end()) for m in urls(_URL, text, low)]
    cands = [c for c in _select(list(_candidates(text, low, ctx)), blocked) if not c.invalid]
    titles = _title_spans(text)
    acts = "Act" in text
    for c in cands:
        c.in_title = _in_title(text, c, titles, acts)
    cands = _join_ranges(text, _drop_weekdays_before_days(text, cands))
    cands = _join_year_after(text, cands)
    _resolve_years(text, cands, reference_date, doc_date)
    cands = _drop_weekdays_of_dates(text, cands)
    out: list[DateMention] = []
    for c in cands:
        value = _to_range(c)
        if value is not None:
            bound = date_bound(text, c.start, c.end, ctx.lex)
            if bound != "on":
                value = value.model_copy(update={"bound": bound})
            out.append(DateMention(c.start, c.end, text[c.start : c.end], value, c.in_title))
    return out

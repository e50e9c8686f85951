"""English and script-neutral date patterns for :mod:`claims.dates`: January 23, 2025, Jan. 23, 2025,
23 January 2025, the 23rd of January 2025, March 2025, December 22, late July, mid-March,
early 2025, mid-2025, Q1 2025, the first half of 2025, in 2024, 2022-2025, today, last year;
and 2025-01-23, 2025/1/23, 2025.1.23, 1/23/2025.

A month name that is also an ordinary word (May, March) is taken only with a day, a year or a
cue word in front of it; a bare year only after a cue word (in, by, since, ...). Patterns are
case-insensitive; quantifiers are bounded.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

import regex

from claims.dates import Cand, Ctx, DateLexicon, Handler, inside_name, last_day, relative_cand, rest_of_cand, weekday_cand, years_back_cand
from claims.dates_lexicon import counted_months

S = r"[ \t\u00a0]{1,2}"
S0 = r"[ \t\u00a0]{0,2}"
YEAR = r"(?:19\d\d|20\d\d|2100)"
EY = rf"(?P<y>{YEAR})(?!\d|[-–/.]\d|,\d{{3}})"
ORD = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![A-Za-z0-9_])"
DAYS = (
    rf"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{S0}[-–]{S0}"
    rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![A-Za-z0-9_])"
)
# "in 2000 to 3000 units", "in 2000 and 3000": a range of counts, not a year. After "and" only a
# figure of four digits or more says so ("staff in 2023 and 600 in 2025" keeps the year).
_NOT_NUMBER_AFTER = regex.compile(
    rf"{S0}(?:(?:to|-|–){S0}(?!{YEAR}(?!\d))\d|and{S0}(?!{YEAR}(?!\d))\d(?:\d{{3}}|,\d{{3}}))", regex.IGNORECASE)


# How the handlers fold a matched phrase to its lexicon key (compiled once: regex.sub with a pattern
# string looks its compiled form up on every call).
_SPACES = regex.compile(r"\s+")
_DEADLINE_BEFORE = regex.compile(r"(?<![A-Za-z])(?:by|until|till|before)[ \t\u00a0]+$", regex.IGNORECASE)
_DASHES = regex.compile(r"[\s-]+")

# The group of these handlers' patterns that holds a year every match has, never followed by a digit:
# the patterns run only around years (claims.dates_gate).
YEAR_GROUPS = {"h_py": "y", "h_cue_year": "y", "h_compared_year": "y", "h_year_range": "y", "h_year_span": "y", "h_year_estimate": "y", "h_quarter": "y", "h_numeric": "y", "h_decade": "dec",
               "h_decade_part": "dec"}

# Decades in words and two-digit decades after an apostrophe ("the mid-nineties", "the early '90s"):
# '20s is not taken (the 1920s or the 2020s), '00s and '10s are the 2000s and 2010s, the others 19x0.
SPELLED_DECADES = ("thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_SHORT_DECADES = {"00s": 2000, "10s": 2010, **{f"{d}0s": 1900 + 10 * d for d in range(3, 10)},
                  **{w: 1930 + 10 * i for i, w in enumerate(SPELLED_DECADES)}}
# "fiscal year-end" is the end of a fiscal year, whose months are not known
# "the fall in prices", "this fall of 3%": a drop, not a season
_FALL_NOUN = regex.compile(r"[ \t\u00a0]{1,2}(?:in|of)(?![A-Za-z0-9_])", regex.IGNORECASE)
_OTHER_YEAR_BEFORE = regex.compile(r"(?:fiscal|financial|tax|school|academic|FY)[ \t\u00a0]{1,2}(?:the[ \t\u00a0]{1,2})?$", regex.IGNORECASE)

# Words one of which every match of these handlers' patterns contains (case aside): the patterns run
# only around them (claims.dates_gate checks the claim on each pattern's parse tree).
WORD_GATES = {
    "h_rel": ("today", "yesterday", "tomorrow", "week", "month", "quarter", "year"),
    "h_bracketed_year": ("released", "launched", "introduced", "unveiled", "founded", "established"),
    "h_years_ago_today": ("day",),  # (in "today" and in "this day")
    "h_py_relative": ("year",),
    "h_rest_of": ("year", "month", "week"),
    "h_year_end": ("year",),
    "h_year_to_date": ("year",),
    "h_decade_short": ("0s", *SPELLED_DECADES),
    "h_yearless_part": ("spring", "summer", "fall", "autumn", "quarter", "half"),
    "h_season_relative": ("spring", "summer", "fall", "autumn"),
    "h_yearless_code": ("q1", "q2", "q3", "q4", "h1", "h2"),  # Q1-Q4, H1-H2, as the pattern spells them
}


_YEARS_BACK = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "twenty": 20, "fifty": 50}


def _alt(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", S) for w in sorted(words, key=lambda w: (-len(w), w)))


_THAN_IN_BEFORE = regex.compile(r"(?<![A-Za-z])than[ \t]+in[ \t]+$", regex.IGNORECASE)
_SPAN_CUE_BEFORE = regex.compile(r"(?<![A-Za-z])(?:in|since|for|of|from|during|by|until|to|and)[ \t]+$", regex.IGNORECASE)
# before a weekday that names no day: an indefinite article (with an adjective or none: "a Saturday
# ticket", "a normal Sunday", "any", "every" or "each": a frequency, "every Saturday from 9 January"), or
# "new"/"normal"/"typical" ("the new Friday draw")
_GENERIC_WEEKDAY_BEFORE = regex.compile(
    r"(?<![A-Za-z])(?:any|every|each|(?:an?[ \t]+|the[ \t]+)?(?:new|normal|typical|ordinary|average|regular|given|single)"
    r"|(?:was|is|were|fell[ \t]+on|falls[ \t]+on)[ \t]+an?)[ \t]+$",  # ("the deadline was a Saturday": the weekday of a day named
    # elsewhere)
    regex.IGNORECASE)
_THE_BEFORE = regex.compile(r"(?<![A-Za-z])the[ \t]+$", regex.IGNORECASE)
_OF_AFTER = regex.compile(r"[ \t]+of[ \t]+(?!(?:last|this|next)[ \t])", regex.IGNORECASE)  # (not "of last month": a peer spec's)
_ARTICLE_BEFORE = regex.compile(r"(?<![A-Za-z])an?[ \t]+$", regex.IGNORECASE)
# a lowercase word after the weekday that is no preposition, conjunction or part of a day: a noun the
# weekday qualifies ("a Saturday ticket", "a Monday game")
_NOUN_AFTER = regex.compile(
    r"[ \t]+(?!(?:in|on|at|of|for|to|from|with|by|after|before|when|while|and|or|but|that|which|morning|afternoon|"
    r"evening|night|last|next|this|was|is|were|will)\b)[a-z]{3,}\b")


def patterns(lex: DateLexicon) -> list[tuple["regex.Pattern[str]", Handler]]:
    months = lex.en_months
    ambiguous = set(lex.en_ambiguous_months)
    # the full stop after an abbreviation is part of it ("Jul. 5"); after a full name it ends the
    # sentence ("in early July."), unless a day or year follows ("May. 1, 2000", as %b. renders it)
    full_names = [w for w in months if len(w) > 4 or w in ("may", "june", "july")]
    mon_word = rf"(?P<mon>{_alt(list(months))})(?![A-Za-z0-9_])(?:(?<!{_alt(full_names)})\.|\.(?=[ \t]?\d))?"
    mon = rf"(?<![A-Za-z0-9_])(?<![A-Za-z]-){mon_word}"  # not inside OSTP-RFI-March-2025
    pm_alt = _alt(list(lex.en_part_of_month))
    parts = {**lex.en_part_of_year, **counted_months(lex.en_month_counts, en=True)}  # "first six months of"
    py_alt = _alt(list(parts))
    cue_alt = _alt(lex.en_cues)
    # ", 2025" / " 2025" / " of 2025" / " in 2025"; after a comma, up to 8 spaces: a list item's line wrapped before its
    # year, its continuation indented ("on January 31,⏎    2025": the break read as a space, claims.extract.unwrap_lines)
    ysuf = rf"(?:(?:{S0},[ \t\u00a0]{{0,8}}|{S0}|{S}(?:of|in){S}){EY})"
    abbrevs = {w for w in months if len(w) <= 4}
    ordinals = {w.lower(): d for w, d in lex.en_day_ordinals.items()}
    dw = "(?P<dw>" + "|".join(
        regex.escape(w).replace(r"\-", r"[\s-]") for w in sorted(ordinals, key=lambda w: (-len(w), w))
    ) + ")(?![A-Za-z0-9_-])"
    rel = {w.lower(): v for w, v in lex.en_relative.items()}
    yearless_alt = _alt(lex.en_yearless_parts)
    ytd_alt = "|".join(regex.escape(w).replace(r"\ ", r"[ \t\u00a0-]{1,2}")
                       for w in sorted(lex.en_year_to_date, key=lambda w: (-len(w), w)))
    season_alt = _alt(lex.en_seasons)
    followers = _alt(lex.en_season_followers)
    # after a season without a year: punctuation, the end, or a word of en_season_followers
    season_end = rf"(?![A-Za-z0-9_-])(?!{S}(?!(?:{followers})(?![A-Za-z0-9_-]))[A-Za-z0-9])"

    def month_no(m: "regex.Match[str]") -> int:
        return months[m.group("mon").lower()]

    def weak_month(m: "regex.Match[str]") -> bool:
        """A lower-case month word that is also an ordinary word (may, march) with no year."""
        w = m.group("mon")
        return w.lower() in ambiguous and w.islower() and not m.groupdict().get("y")

    def end_of(m: "regex.Match[str]") -> int:
        """A period after a full month name ends the sentence: it is not part of the date."""
        e = m.end()
        if m.end("mon") == e - 1 and m.group("mon").lower() not in abbrevs:
            return e - 1
        return e

    def h_day_range(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """January 23-24, 2025 / 23-24 January 2025: days of one month."""
        mo, d0, d1 = month_no(m), int(m.group("d")), int(m.group("d2"))
        y = int(m.group("y")) if m.groupdict().get("y") else None
        if not 1 <= d0 < d1 <= last_day(y, mo) or weak_month(m):
            return None
        return Cand(m.start(), end_of(m), "day", y, mo, d0, y, mo, d1)

    def h_day_range_words(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """from 1 to 14 September, between 3 and 5 March 2025: days of one month joined by words (the
        span starts at the first day)."""
        c = h_day_range(m, ctx)
        if c is not None:
            c.start = m.start("d")
        return c

    def h_ordinal_word(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """January first, 2000 / the fifth of March / fourth of July 1995."""
        mo = month_no(m)
        d = ordinals[_DASHES.sub("-", m.group("dw").lower())]
        y = int(m.group("y")) if m.groupdict().get("y") else None
        if d > last_day(y, mo) or weak_month(m):
            return None
        month_first = m.start("mon") < m.start("dw")
        if month_first and y is None and m.group("mon").lower() in ambiguous:
            return None  # "in May first results", "March first": not a date without a year
        return Cand(m.start(), end_of(m), "day", y, mo, d, y, mo, d)

    def h_month_range(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """Jan-Feb 2017; Nov-Feb 2017 starts in the year before."""
        m0, m1, y = month_no(m), months[m.group("mon2").lower()], int(m.group("y"))
        y0 = y if m0 <= m1 else y - 1
        return Cand(m.start(), m.end(), "month", y0, m0, 1, y, m1, 31)

    def h_md(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        mo = month_no(m)
        y = int(m.group("y")) if m.groupdict().get("y") else None
        s, e = m.start(), end_of(m)
        if m.group("d"):
            if weak_month(m):
                return None
            d = int(m.group("d"))
            if d > last_day(y, mo):
                return Cand(s, e, "day", None, None, None, None, None, None, invalid=True)
            return Cand(s, e, "day", y, mo, d, y, mo, d)
        if y is None:
            return None
        return Cand(s, e, "month", y, mo, 1, y, mo, 31)

    def h_pm(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        if weak_month(m) and m.group("mon").lower() == "may":
            return None
        mo = month_no(m)
        y = int(m.group("y")) if m.groupdict().get("y") else None
        a, b = lex.en_part_of_month[_SPACES.sub(" ", m.group("pm").lower())]
        return Cand(m.start(), end_of(m), "part_of_month", y, mo, a, y, mo, b)

    def h_py(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        y = int(m.group("y"))
        a, b = parts[_SPACES.sub(" ", m.group("py").lower())]
        return Cand(m.start(), m.end(), "part_of_year", y, a, 1, y, b, 31)

    def h_py_relative(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """the end of this year / early next year / the end of the year (year from context)."""
        a, b = parts[_SPACES.sub(" ", m.group("py").lower())]
        which = m.group("which").lower()
        if which == "the":
            return Cand(m.start(), m.end(), "part_of_year", None, a, 1, None, b, 31)
        c = relative_cand(m.start(), m.end(), "year", lex.en_relative[f"{which} year"][1], ctx)
        if c.y0 is not None:
            c.m0, c.m1 = a, b
        c.gran = "part_of_year"
        return c

    def part_months(word: str) -> tuple[int, int]:
        word = _SPACES.sub(" ", word.lower())
        return lex.en_part_of_year.get(word) or lex.en_part_of_year[f"{word} of"]

    def h_yearless_part(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """in the spring, during the third quarter, in spring: a part of a year without its year (the
        year from context or the anchor, claims.dates._resolve_years). "the fall in prices" is not one."""
        word = m.group("py")
        if not m.group("the") and not word.islower():
            return None  # "in Spring Valley"
        if word.lower() == "fall" and _FALL_NOUN.match(ctx.text, m.end()):
            return None
        a, b = part_months(word)
        return Cand(m.start("the") if m.group("the") else m.start("py"), m.end(), "part_of_year", None, a, 1, None, b, 31)

    def h_yearless_code(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """in Q3, during H1: a quarter or half code without its year, after a preposition of time (the
        year from context or the anchor, like "in the third quarter")."""
        a, b = lex.quarter_codes[m.group("q").lower()]
        return Cand(m.start("q"), m.end("q"), "part_of_year", None, a, 1, None, b, 31)

    def h_month_span_period(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """the July-September quarter, the April to June period: months that name a period, without
        its year (the year from context or the anchor, like "in the third quarter")."""
        m0, m1 = month_no(m), months[m.group("mon2").lower()]
        if m0 >= m1:
            return None
        y = int(m.group("y")) if m.group("y") else None  # "… quarter of 2024"
        return Cand(m.start(), m.end(), "part_of_year", y, m0, 1, y, m1, 31)

    def h_season_relative(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """this autumn (the anchor's year), last spring (the latest one ended before the anchor's
        day), next summer (the first one begun after it)."""
        word = m.group("py")
        if word.lower() == "fall" and _FALL_NOUN.match(ctx.text, m.end()):
            return None
        a, b = part_months(word)
        c = relative_cand(m.start(), m.end(), "year", 0, ctx)
        c.gran = "part_of_year"
        if c.y0 is None or ctx.anchor is None:
            return c
        y, which, day = ctx.anchor.year, m.group("which").lower(), ctx.anchor
        if which == "last":
            y = y if (b, last_day(y, b)) < (day.month, day.day) else y - 1
        elif which == "next":
            y = y if (a, 1) > (day.month, day.day) else y + 1
        c.y0 = c.y1 = y
        c.m0, c.m1 = a, b
        return c

    def h_month_relative(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """last May (the latest May before the anchor's month), next May (the first after it), this
        May (the anchor's year): a month named relative to the document's date."""
        if not m.group("mon")[0].isupper() or weak_month(m):
            return None  # "this may take longer": a verb (a month name is written with a capital)
        mo = month_no(m)
        c = relative_cand(m.start(), m.end(), "month", 0, ctx)
        if c.y0 is None or ctx.anchor is None:
            c.m0 = c.m1 = mo  # unresolved, but still May (docs/dates.md rule 2: what is known is kept)
            return c
        y, which = ctx.anchor.year, m.group("which").lower().split()[-1]
        if which in ("last", "past"):
            y = y if mo < ctx.anchor.month else y - 1
        elif which in ("next", "coming"):
            y = y if mo > ctx.anchor.month else y + 1
        c.y0 = c.y1 = y
        c.m0 = c.m1 = mo
        return c

    def h_quarter(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        y = int(m.group("y"))
        a, b = lex.quarter_codes[m.group("q").lower()]
        return Cand(m.start(), m.end(), "part_of_year", y, a, 1, y, b, 31)

    def h_cue_month(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        if weak_month(m):
            return None
        mo = month_no(m)
        return Cand(m.start("mon"), end_of(m), "month", None, mo, 1, None, mo, 31)

    def h_bracketed_year(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """A year after a participle of making, the first words of a bracket: "H20 (released 2024)"."""
        if ctx.text[max(0, m.start() - 2):m.start()].strip(" \t")[-1:] not in ("(", "（"):
            return None
        return h_cue_year(m, ctx)

    def h_cue_year(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        if _NOT_NUMBER_AFTER.match(ctx.text, m.end()):
            return None
        if ctx.text[m.start():m.start() + 4].lower() == "year" and _OTHER_YEAR_BEFORE.search(
                ctx.text, max(0, m.start() - 16), m.start()):
            return None  # "fiscal year 2026": a fiscal year (claims.extract_moments), not calendar 2026
        y = int(m.group("y"))
        return Cand(m.start("y"), m.end(), "year", y, 1, 1, y, 12, 31)

    def h_compared_year(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """"nearly double the 2019 figure", "above their 2021 level": a year, but not one after the text's own
        ("closed above the 2050 level" is an index's level)."""
        if ctx.anchor is not None and int(m.group("y")) > ctx.anchor.year:
            return None
        return h_cue_year(m, ctx)

    def h_year_range(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        y0, y1 = int(m.group("y")), int(m.group("y2"))
        if y0 >= y1:
            return None
        return Cand(m.start(), m.end(), "year", y0, 1, 1, y1, 12, 31)

    def h_year_span(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """"2026-27", "2024/25": a year and the next one's last two digits, a financial or school
        year spanning both (whose months depend on the country: both years are given). From 2012
        on, where the second figure cannot be a month ("2011-12" may be December 2011); before, only
        after a preposition of prose ("what it received in 2004-05"), where a month is written in words."""
        y = int(m.group("y"))
        if int(m.group("yy")) != (y + 1) % 100:
            return None
        if y < 2012 and (not _SPAN_CUE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
                         or _THAN_IN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())):
            return None  # (nor "9% lower than in 2010-11": a base, whose reading as a span changed moments)
        return Cand(m.start(), m.end(), "year", y, 1, 1, y + 1, 12, 31)

    def h_year_estimate(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """"2026E", "2025F": an analyst's estimate or forecast for that year (2026E有望突破50%)."""
        y = int(m.group("y"))
        return Cand(m.start(), m.end(), "year", y, 1, 1, y, 12, 31)

    def h_rel(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        if inside_name(ctx.text, m.start(), m.end(), lex.relative_blockers):
            return None
        unit, off = rel[_SPACES.sub(" ", m.group().lower())]
        if _THE_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()) and _OF_AFTER.match(ctx.text, m.end()):
            return None  # "in the last week of the month", "the last month of the year": a part of another period
        return relative_cand(m.start(), m.end(), unit, off, ctx)

    def h_weekday(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        wm = m.group("wm")
        if wm is None and (_GENERIC_WEEKDAY_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()) or (
                _ARTICLE_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
                and _NOUN_AFTER.match(ctx.text, m.end()))):
            return None  # "a Saturday ticket", "1.7 times a normal Sunday", "the new Friday draw": no day (but
            # "a busy Monday for chip stocks", "a Friday in May" are a day)
        off = lex.en_week_modifiers[wm.lower()] if wm else None
        wd = lex.en_weekdays[m.group("wd").lower()]
        a = ctx.anchor
        if off is None and a is not None and _DEADLINE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            # "should do so by Monday": a deadline, the first such day after the anchor's
            d = a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7)
            return Cand(m.start(), m.end(), "day", d.year, d.month, d.day, d.year, d.month, d.day, True, ctx.anchor_name, True)
        return weekday_cand(m.start(), m.end(), wd, off, ctx)

    def h_decade(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        y = int(m.group("dec"))
        return Cand(m.start(), m.end(), "year", y, 1, 1, y + 9, 12, 31)

    def decade_part(word: str | None, y: int) -> tuple[int, int]:
        if word is None:
            return y, y + 9
        a, b = lex.decade_parts[lex.en_decade_parts[word.lower()]]
        return y + a, y + b

    def h_decade_part(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """the early 2000s (2000-2003), the mid-1990s (1994-1996), the late 2010s (2017-2019)."""
        y0, y1 = decade_part(m.group("part"), int(m.group("dec")))
        return Cand(m.start(), m.end(), "year", y0, 1, 1, y1, 12, 31)

    def h_decade_short(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """the '90s, the early '90s, the mid-nineties."""
        y0, y1 = decade_part(m.group("part"), _SHORT_DECADES[m.group("dd").lower()])
        return Cand(m.start(), m.end(), "year", y0, 1, 1, y1, 12, 31)

    def h_rest_of(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """earlier/later this year (month): up to / from the anchor's day; earlier/later in the
        year: the same in the year from context (see claims.dates._rest_of_year)."""
        side = "earlier" if m.group("side").lower() == "earlier" else "later"
        if m.group("this"):
            return rest_of_cand(m.start(), m.end(), m.group("u").lower(), side, ctx)
        return Cand(m.start(), m.end(), "part_of_year", None, 1, 1, None, 12, 31, side=side)

    def h_year_end(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """year-end, by year end, end-of-year, year-end 2025: the end of the year (October-December)."""
        if _OTHER_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
            return None
        a, b = lex.en_part_of_year["end of"]
        y = int(m.group("y")) if m.group("y") else None
        return Cand(m.start(), m.end(), "part_of_year", y, a, 1, y, b, 31)

    def h_year_to_date(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """year-to-date, so far this year: 1 January..the anchor's day, as "earlier this year"."""
        if _OTHER_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
            return None
        return rest_of_cand(m.start(), m.end(), "year", "earlier", ctx)

    def h_years_ago_today(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        """a year ago today, two years ago today, this day last year: the anchor's day, so many years
        before (not the anchor's own day, as "today" alone would read)."""
        n = (m.group("n") or "a").lower()
        return years_back_cand(m.start(), m.end(), int(n) if n.isdigit() else _YEARS_BACK.get(n, 1), ctx)

    def h_numeric(m: "regex.Match[str]", ctx: Ctx) -> Cand | None:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if d > last_day(y, mo):
            return Cand(m.start(), m.end(), "day", None, None, None, None, None, None, invalid=True)
        return Cand(m.start(), m.end(), "day", y, mo, d, y, mo, d)

    table: list[tuple[str, Callable[["regex.Match[str]", Ctx], Cand | None]]] = [
        (rf"{mon}(?:{S}{ORD}{ysuf}?|{ysuf}|[-/]{EY}(?![-/][A-Za-z0-9]))", h_md),
        (rf"(?<![A-Za-z0-9_.,-]){ORD}{S}(?:of{S})?{mon}{ysuf}?", h_md),
        (rf"(?<![A-Za-z0-9_-])the{S}{ORD}{S}(?:of{S})?{mon}{ysuf}?", h_md),
        # "05-Aug-2016", "5-Aug-2016": a form's day-month-year (not inside a longer code)
        (rf"(?<![A-Za-z0-9_.,/-])(?P<d>3[01]|[12]\d|0?[1-9])-{mon_word}-{EY}(?![-/][A-Za-z0-9])", h_md),
        (rf"{mon}{S}(?:the{S})?{dw}{ysuf}?", h_ordinal_word),
        (rf"(?<![A-Za-z0-9_-])(?:the{S})?{dw}{S}of{S}{mon}{ysuf}?", h_ordinal_word),
        (rf"{mon}{S}{DAYS}(?:{S0},?{S0}{EY})?", h_day_range),
        (rf"(?<![A-Za-z0-9_.,-]){DAYS}{S}(?:of{S})?{mon}(?:{S0},?{S0}{EY})?", h_day_range),
        # "March 3 to 5", "April 9th through 17th, 2025": the days joined by a word after the month; not
        # before a word or a sign ("March 3 to 5 percent", "from March 3 to 5 April" is another reading)
        (rf"{mon}{S}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{S}(?:to|through|thru|until|till){S}"
         rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![A-Za-z0-9_%]|[.,:]\d|{S0}[A-Za-z%$€£¥])(?:{S0},?{S0}{EY})?", h_day_range),
        (rf"(?<![A-Za-z0-9_-])(?:from|between){S}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{S}(?:to|and|until|through|till){S}"
         rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{S}(?:of{S})?{mon}(?:{S0},?{S0}{EY})?", h_day_range_words),
        # "take place on 28 and 29 November": two days of one month
        (rf"(?<![A-Za-z0-9_-])(?:on|for){S}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{S}and{S}"
         rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?{S}(?:of{S})?{mon}(?:{S0},?{S0}{EY})?", h_day_range_words),
        (rf"{mon}{S0}[-–]{S0}(?P<mon2>{_alt(list(months))})(?![A-Za-z0-9_])\.?{ysuf}", h_month_range),
        # "the July-September quarter": months naming a period, without its year
        (rf"(?<![A-Za-z0-9_-])the{S}{mon}{S0}(?:[-–]|{S}to{S}){S0}(?P<mon2>{_alt(list(months))}){S}(?:quarter|period)(?:{S}of{S}{EY})?(?![A-Za-z0-9_])", h_month_span_period),
        # "April to June 2025": with the year after both, a month that is also a name or a verb is one
        (rf"{mon}{S}(?:to|through|until|till){S}(?P<mon2>{_alt(list(months))})(?![A-Za-z0-9_])\.?{ysuf}", h_month_range),
        (rf"(?<![A-Za-z0-9_$€£¥.,/-])(?P<y>{YEAR}){S}(?:to|through|until|till){S}(?P<y2>{YEAR})(?![A-Za-z0-9_]|[-–/.]\d)", h_year_range),
        (rf"(?<![A-Za-z0-9_-])(?:the{S})?(?P<pm>{pm_alt})(?:{S}|-|{S0}-{S0})(?:the{S})?{mon_word}(?:{S0},?{S0}{EY})?", h_pm),
        (rf"(?<![A-Za-z0-9_-])(?:the{S})?(?P<py>{py_alt})(?:{S}|-|{S0}-{S0})(?:of{S})?{EY}", h_py),
        (rf"(?<![A-Za-z0-9_-])(?:the{S})?(?P<py>{py_alt}){S}(?P<which>this|next|last|the){S}year(?![A-Za-z0-9_])", h_py_relative),
        (rf"(?<![A-Za-z0-9_-])(?:the{S})?(?P<py>{py_alt}){S}(?:of{S})?(?P<which>this|next|last){S}year(?![A-Za-z0-9_])", h_py_relative),
        (rf"(?<![A-Za-z0-9_-])(?P<q>Q[1-4]|H[12])(?:{S}(?:of{S})?|{S0}-?{S0}){EY}", h_quarter),
        (rf"(?<![A-Za-z0-9_$€£¥.,/-]){EY}{S0}-?{S0}(?P<q>Q[1-4]|H[12])(?![A-Za-z0-9_])", h_quarter),
        (rf"(?<![A-Za-z0-9_-])(?:{cue_alt}){S}(?:the{S}month{S}of{S})?{mon}(?!{S0}\d)", h_cue_month),
        # a capitalised full month name that is no first name or verb, after a lower-case word ("compares
        # September with August"): the month, its year from context (not before a digit or a capital)
        (rf"(?<=(?-i:(?<![A-Za-z])[a-z]+)[ \t])(?-i:(?P<mon>{_alt(lex.en_bare_months)}))(?![A-Za-z0-9_-])(?!{S0}\d)(?![ \t]+(?-i:[A-Z]))", h_cue_month),
        # a month opening its sentence as the subject of a verb that reports on it ("March was the driest we
        # have recorded", "August saw 910,000 visits"): not May (the modal, a name)
        (rf"(?<=(?:^|[.!?][ \t]{{1,2}}|\n[ \t]{{0,4}}))(?-i:(?P<mon>January|February|March|April|June|July|August|September|"
         rf"October|November|December))(?=[ \t]*\n?[ \t]*(?<=\S[ \t\n]+)(?-i:was[ \t]*\n?[ \t]*(?<=\S[ \t\n]+)(?!(?:[a-z]+[ \t\n]+){{0,3}}?(?:likely|earliest|latest|target|expected|planned|due)\b)(?:(?:the|a|an|our|its|their|"
         rf"also|again|another)[ \t\n]+)?(?:[a-z]+[ \t\n]+){{0,2}}?(?:(?!earliest|latest)[a-z]{{3,}}est|most(?![ \t]+likely)|least|best|worst|month|record|peak)"
         rf"|saw|brought|marked|proved|delivered|produced|recorded)\b)", h_cue_month),
        # "in the spring", "during the third quarter" (not "of": "in the fall of Kabul", "the first half
        # of the decade"; "in the spring of 2025" is h_py's); "in spring" (lower case, see season_end)
        (rf"(?<![A-Za-z0-9_-])(?:{_alt(lex.en_period_cues)}){S}(?:(?P<the>the){S}(?P<py>{yearless_alt})(?![A-Za-z0-9_-])"
         rf"|(?P<py>{season_alt}){season_end})(?!{S}of(?![A-Za-z0-9_]))", h_yearless_part),
        (rf"(?<![A-Za-z0-9_-])(?P<which>this|last|next){S}(?P<py>{season_alt}){season_end}", h_season_relative),
        # "last May", "next March", "this past June": not before a day ("last May 5" is May 5's)
        (rf"(?<![A-Za-z0-9_-])(?P<which>last|next|this(?:{S}(?:past|coming))?){S}{mon_word}(?![A-Za-z0-9_-])(?!{S0}\d)", h_month_relative),
        (rf"(?<![A-Za-z0-9_-])(?:{_alt(lex.en_period_cues)}){S}(?P<q>Q[1-4]|H[12])(?![A-Za-z0-9_-]|{S0}-?{S0}{EY}|{S}(?:of{S})?{EY})", h_yearless_code),
        # "in 2024", "in the year 2024"
        (rf"(?<![A-Za-z0-9_-])(?:{cue_alt}){S}(?:the{S}year{S}|calendar{S}(?:year{S})?)?{EY}(?![A-Za-z0-9_%])", h_cue_year),
        # a year before a noun it dates ("during the 2025 sessions", "in the 2024 election"): after a
        # few prepositions only (one pattern of its own: "the" after every cue word cost 6% of dates)
        (rf"(?<![A-Za-z0-9_-])(?:in|during|of|for|since|by|from|until){S}the{S}{EY}(?={S}[a-z]{{3,}})", h_cue_year),
        # a year after a participle of making in brackets: "H20 (released 2024)" (not "released 2024 results")
        (rf"(?<![A-Za-z0-9_-])(?:released|launched|introduced|unveiled|founded|established){S}(?:in{S})?{EY}(?=[ \t]{{0,2}}[)）,;])", h_bracketed_year),
        # after a comparison, before a noun of a year's outcome ("nearly double the 2019 figure", "above the
        # 2024 level", "than the 2022 race"): not "than the 2000 employees"
        (rf"(?<![A-Za-z0-9_-])(?:double|twice|triple|than|on|against|above|below|beyond|exceed|exceeds|exceeded|"
         rf"surpass|surpasses|surpassed|match|matches|matched|beat|beats|equal|equals|equalled|equaled){S}(?:the|their|its|our){S}{EY}"
         rf"(?={S}(?:figure|figures|level|levels|total|totals|race|edition|season|result|results|record|peak|average|"
         rf"rate|count|budget|election|census|games|event|festival|harvest|crop|intake|turnout)(?![A-Za-z]))", h_compared_year),
        (rf"(?<![A-Za-z0-9_$€£¥.,/-])(?P<y>{YEAR}){S0}[-–—~～]{S0}(?P<y2>{YEAR})(?![A-Za-z0-9_]|[-–/.]\d)", h_year_range),
        (rf"(?<![A-Za-z0-9_$€£¥.,/-])(?P<y>{YEAR})[-–/](?P<yy>\d\d)(?![A-Za-z0-9_%]|[-–/.]\d)", h_year_span),
        (rf"(?<![A-Za-z0-9_$€£¥/-])(?<!\d[.,])(?P<y>{YEAR})[EF](?![A-Za-z0-9_])", h_year_estimate),
        (rf"(?<![A-Za-z0-9_-])(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|\d{{1,2}}){S}years?{S}ago{S}today|this{S}day{S}(?:last{S}year|a{S}year{S}ago))(?![A-Za-z0-9_])",
         h_years_ago_today),
        (rf"(?<![A-Za-z0-9_-])(?:{_alt(list(rel))})(?![A-Za-z0-9_])", h_rel),
        (r"(?<![A-Za-z0-9_$€£¥.,-])(?P<dec>(?:19|20)\d0)['’]?s(?![A-Za-z0-9_])", h_decade),
        (rf"(?<![A-Za-z0-9_-])(?:the{S})?(?P<part>{_alt(list(lex.en_decade_parts))})(?:{S}|-|{S0}-{S0})(?P<dec>(?:19|20)\d0)['’]?s(?![A-Za-z0-9_])", h_decade_part),
        (rf"(?<![A-Za-z0-9_-])the{S}(?:(?P<part>{_alt(list(lex.en_decade_parts))})(?:{S}|-|{S0}-{S0}))?"
         rf"(?:['‘’](?P<dd>{'|'.join(k for k in _SHORT_DECADES if k[0].isdigit())})|(?P<dd>{'|'.join(SPELLED_DECADES)}))(?![A-Za-z0-9_])",
         h_decade_short),
        (rf"(?<![A-Za-z0-9_-])(?P<side>earlier|later){S}(?:(?P<this>this){S}(?P<u>year|month|week)|in{S}the{S}year)(?![A-Za-z0-9_])", h_rest_of),
        (rf"(?<![A-Za-z0-9_-])(?:the{S})?(?:year(?:{S}|-)end|end-of-year|end{S}of{S}year)(?![A-Za-z0-9_-])"
         rf"(?:{S}(?:of{S})?{EY}|(?!{S0},?{S0}\d|{S}(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![A-Za-z0-9_])))", h_year_end),
        (rf"(?<![A-Za-z0-9_-])(?:{ytd_alt})(?![A-Za-z0-9_-])", h_year_to_date),
        (
            rf"(?<![A-Za-z0-9_-])(?:(?P<wm>{_alt(list(lex.en_week_modifiers))}){S})?"
            rf"(?P<wd>{_alt(list(lex.en_weekdays))})(?![A-Za-z0-9_])",
            h_weekday,
        ),
        (r"(?<![A-Za-z\d./:])(?<![A-Za-z]-)(?P<y>19\d\d|20\d\d|2100)(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?!\d|(?P=sep)\d)", h_numeric),
        (r"(?<![\d./:])(?<![A-Za-z]-)(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>19\d\d|20\d\d)(?![\d/])", h_numeric),
        (r"(?<![\d./:])(?<![A-Za-z]-)(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])/(?P<y>19\d\d|20\d\d)(?![\d/])", h_numeric),
    ]
    # ASCII: case folding and \d stay ASCII (the text is normalised), which is about 30% faster
    return [(regex.compile(src, regex.IGNORECASE | regex.ASCII), handler) for src, handler in table]

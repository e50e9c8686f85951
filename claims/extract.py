"""Document -> [Claim]: find the mentions, then resolve them (units, hedges, subjects, offsets).

Pure: no I/O, no wall clock (relative dates resolve against the document's date, then
``reference_date``). Matching runs on the normalised view of the body (front matter is never read
for claims); every span is mapped back so that ``doc.text[c.start:c.end] == c.text`` always.

What is a claim (the filter, in order):

1. Numbers and dates that overlap a non-claim span are dropped: identifiers (EO 14179,
   第14179号, M-25-21, ASL-3; they become identifier claims), model/chip/product names (H100,
   GPT-4o, Claude 3.7, Mate 70), list/section/table numbering (1. · (2) · 一、 · 支柱1 · 表2 ·
   第三), URLs, e-mails, hashes, page chrome (评论 0 · 40分钟前), idioms (万言书), and anything
   inside a 《title》 (a year in a law's name is part of the name).
2. Numbers that overlap a date are dates, not quantities.
3. Ordinals (第N), a lone scale word (万, 千, hundreds; but 逾千家 and 上千家, hedged, are figures) and
   一 before a classifier (一个, 一份: the indefinite article) are not figures.
4. A figure is a quantity claim only with a unit from the lexicon: a currency (word or symbol),
   percent, multiplier (倍, x, -fold), duration (年, years), measure, or a counted noun / classifier
   (份, 家, 名, 颗, 项, 页, companies, staff, H100s). A bare number states nothing checkable.
5. A count of ten or less that no catalog subject claims is discourse ("两家公司", "three
   principles"), not a fact, and is dropped; larger counts get an open key.
6. A date is always a claim. One that no catalog subject claims and that has neither an entity nor
   a concept word near it ("in the second half of 2025", "**August 2, 2026:** the rules apply")
   gets the open key ``open:_:_:date``: listed for the reviewer, never compared (its key would
   match every other such date; claims.crosscheck.weak_open_key).
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import datetime as dt
import re
from decimal import Decimal

from claims.catalog import Catalog, ascii_lower
from claims.cjk_wrap import unwrap_cjk
from claims.dates import find_dates
from claims.identifiers import (
    ADJACENT,
    adjacent,
    entity_text_subject,
    find_identifiers,
    find_titles,
    identifier_entity,
    identifier_subject,
    title_normalized,
    title_subject,
)
from claims.model import Claim, DateRange, Document, Identifier, Quantity, TextValue, trusted
from claims.multipliers import MultiplierVerb, find_multiplier_verbs
from claims.durations import find_compound_durations
from claims.share_words import find_share_words
from claims.numbers import NumberMention, apply_suffix_hedge, find_numbers, hedge_interval
from claims.subjects import (
    Assignment,
    DocContext,
    Window,
    all_groups_present,
    assign_subject,
    open_assignment,
    open_key,
    soft_wrap,
)
from claims.scan import (
    lead_occurrences, leads, literal_scope, line_led, line_starts, matches_at, occurrences, occurrences_cased, starts_before,
)
from claims.text import _TERMINATOR, _WINDOW as _SENT_WINDOW, LineIndex, _is_boundary, normalize
from claims.units import OPEN_NOUN_UNIT, UnitMatch, unit_lexicon
from claims.extract_moments import _CHANGE_VERB, Moments

__all__ = ["extract_claims", "text_document", "SMALL_COUNT", "CONTEXT_BEFORE"]

SMALL_COUNT = 10
CONTEXT_BEFORE = 600
_SCALE_ONLY = set("百千万亿兆")
_PLURAL_SCALES = {"hundreds", "thousands", "millions", "billions", "dozens", "tens"}
_ARTICLE = {"一", "壹", "a", "an", "one"}  # 一个/一份/一家: the indefinite article, not a count
_DISJUNCTION = {"或", "或者", "或是", "or", "到", "至", "to", "-", "–", "~", "～"}
def _same_day_in(day: dt.date, year: int) -> dt.date:
    """``day``'s month and day in ``year`` (29 February: the 28th in a common year)."""
    return day.replace(year=year, day=min(day.day, 28 if day.month == 2 and not calendar.isleap(year) else day.day))


_SINCE_DATE_BEFORE = re.compile(r"(?<![a-z])since[ \t]+(?:the[ \t]+)?(?:(?:early|mid|late)[ \t-]*)?$|(?:自从|自從)[ \t]*$")
_SINCE_DATE_AFTER = re.compile(r"[ \t]*(?:以来|以來)")
_CLAUSE_GAP = re.compile(r"[,，;；。]")  # between a title and an identifier: another clause
_ONE_EVENT_SLACK = dt.timedelta(days=2)  # a market's day and the news of it a day or two apart
_APPROX = {"about", "nearly", "over", "at_least", "under", "at_most", "plus", "range", "several"}
# the fields emit and number_claim leave at their default (claims.model.trusted)
# entities that act on a law or plan (an open key prefers the 《title》 of its clause to them)
_ACTOR_KINDS = frozenset({"agency", "country", "person", "legislature"})
# after a bare figure: it counts what the figure before it counts ("9,313 of them")
_OF_THEM = ("of them", "of these", "of those", "of which")
_OF_PEOPLE = ("of you ", "of us ", "of you,", "of us,", "of you.", "of us.")  # (a partitive of persons)
_MORE_OF_THE_SAME = ("more ", "more,", "more.", "fewer ", "fewer,", "fewer.")  # (not "more than": a comparison)
_CLAIM_UNSET = frozenset({"as_of", "subject_other_unit"})
# a verb of writing or the word "word" right before a quoted relative date: it is mentioned
_WORD_WRITTEN_BEFORE = re.compile(r"(?:写|寫|写着|寫著|写的是|寫的是|写成|寫成|写作|寫作|标注|標註|字样|字樣|"
                                  r"\bthe (?:word|words|phrase)|\breads|\bwritten|\bwrote)[ \t:：]*$")
# a verb that gives a wrong version of what was written, right before a quoted date (把截止日写成「3月底」，其实是
# 3月15日; 误报为; "often misreported as 'late March'"): mentioned, not stated (not a neutral "written as",
# "given as", 写作: 签署日期写作「2025年1月23日」 states the date)
_MISWRITTEN_BEFORE = re.compile(r"(?:误写为|误写成|误写|误作|错写成|错写为|写错成|误报为|误传为|讹为|说成|把[^，。；,;]{0,16}写成|"
                                r"\b(?:misreported|misquoted|misstated|misprinted|mistakenly[ \t]+(?:given|written|reported)|"
                                r"wrongly[ \t]+(?:given|written|reported))[ \t]+as)[ \t:：]*$")
# a publication a document appears in, right before its title (刊登于《联邦公报》, "published in the Federal Register")
_PUBLISHED_IN_BEFORE = re.compile(r"(?:刊登于|刊登在|刊载于|刊于|载于|发表于|发表在|见于|公布于|(?:published|printed|appeared|appears|reprinted)"
                                  r"[ \t]+in(?:[ \t]+the)?)[ \t]*[《“\"]?$")
_OPEN_QUOTES = frozenset("“‘「『\"'")
_CLOSE_QUOTES = frozenset("”’」』\"'")
_OPEN_CLAIM_UNSET = frozenset({"as_of", "subject_evidence", "subject_other_unit"})
_OTHER_UNIT_CLAIM_UNSET = frozenset({"as_of", "subject_evidence"})
_QUANTITY_UNSET = frozenset({"kind"})
_RATE_PERIOD_BEFORE = re.compile(r"(?:每隔?|每一|\b(?:every|each|per)[ \t]+(?:other[ \t]+)?)$")  # (every 12 months: a rate's period)
_NAMED_NEAR = frozenset({"sentence", "previous", "anaphor"})  # (subject_evidence that can block: claims.crosscheck)


def _other_units(catalog: Catalog, unit: str | None) -> tuple[str, ...]:
    """The units of ``unit``'s dimension (rules.yaml ``unit_dimensions``, ``ratio_units``) that some
    catalog subject takes, kept per catalog."""
    if unit is None:
        return ()
    cache = catalog._cache.setdefault("other_units", {})
    got = cache.get(unit)
    if got is None:
        from claims.rules import catalog_rules

        taken = cache.get(None)
        if taken is None:
            taken = cache[None] = frozenset(u for s in catalog.subjects.values() for u in s.unit_set)
        got = cache[unit] = tuple(u for u in catalog_rules(catalog).other_units(unit) if u in taken)
    return got


_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _title_case(text: str) -> bool:
    """A quoted English string that reads as a title ("Winning the Race: America's AI Action
    Plan", "General-Purpose AI Code of Practice"), not quoted speech ("we are proud," she said):
    two words or more, every word but the small ones capitalised, no sentence punctuation."""
    words = text.split()
    if len(words) < 2 or len(words) > 20 or text.rstrip()[-1:] in ".,!?;" or "," in text:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


class _Sentences:
    """``claims.text.sentence_bounds`` for many spans of one text: the terminators are found once
    (the per-call version rescans up to 2000 code points each time). ``text`` is unwrapped
    (``unwrap_lines``): none of its newlines wraps a line, each one ends a sentence."""

    def __init__(self, text: str):
        self.text = text
        bounds = [(m.start(), m.end()) for m in _TERMINATOR.finditer(text) if _is_boundary(text, m)]
        self.starts = [b[0] for b in bounds]
        self.ends = [b[1] for b in bounds]
        self.n = len(text)

    def __call__(self, start: int, end: int) -> tuple[int, int]:
        # called for every claim: comparisons rather than nested min/max calls
        text, n, ends = self.text, self.n, self.ends
        if start < 0:
            start = 0
        elif start > n:
            start = n
        if end < start:
            end = start
        elif end > n:
            end = n
        lo = start - _SENT_WINDOW if start > _SENT_WINDOW else 0
        hi = end + _SENT_WINDOW if end + _SENT_WINDOW < n else n
        i = bisect.bisect_left(self.starts, start) - 1
        if i >= 0 and ends[i] <= start:
            s = ends[i] if ends[i] > lo else lo
        else:
            s = lo
        j = bisect.bisect_left(self.starts, end - 1 if end - 1 > start else start)
        e = ends[j] if j < len(ends) and ends[j] <= hi else hi
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return (s if s < start else start), (e if e > end else end)


class _Spans:
    """A set of spans, merged into disjoint sorted intervals, with an O(log n) overlap test."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1][1] = e
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e) - 1  # the last interval starting before e
        return i >= 0 and self.ends[i] > s


_OPAQUE = ("urls_emails_paths", "emails", "hashes_and_ids")
_ROC_BEFORE = re.compile(r"民国 ?$")
_CLOCK_BEFORE = re.compile(r"[0-9〇零一二两三四五六七八九十][分点时]$")  # 17点55分23秒: a time of day, not a duration
# after a duration: it is an offset in time ("两年前" two years ago, "三天后", "two years ago")
# a weekday opening a bracketed label ("【週一長文】", "【周五专栏】"): the column's name, not a date
_LABEL_WEEKDAY = re.compile(r"(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]")
_LABEL_END = re.compile(r"[\u3400-\u9fff]{1,6}[】\]]")
_OFFSET_AFTER = re.compile(r"(?:以前|之前|以后|之后|前|后)(?![年月日天周期])|\s*(?:ago|later|earlier)\b(?!\s+than\b)")
# after a count's noun: the rest of an English list of nouns (", computer scientists and engineers")
_LIST_WORD = r"(?!(?:the|a|an|and|or|but|which|who|that|while|up|down|including|said|says|say|told|reported|noted|added)\b)[a-z]+"
_NOUN_LIST = re.compile(rf", (?:{_LIST_WORD} ){{0,2}}{_LIST_WORD},? (?:and|or) (?:{_LIST_WORD} ){{0,2}}{_LIST_WORD}\b(?![,;:])")
# a bare figure whose noun is the previous count's: the base of a change ("…, up from about 40"),
# or a second figure joined by "and" ("2.2 million rides in the quarter, …, and more than 14 million")
_ELIDED_AFTER = re.compile(r"(?:\b(?:up|down)\s+from|,\s*from|\d\s+from|,\s*and|,\s*of\s+(?:whom|which)|"
                           r"\b(?:double|twice|triple|treble|half|times)\s+the)\s+$")  # ("186,000 people …, of whom roughly 27,500")
# a bare figure in apposition, compared with the count before it ("…, to 781,000, about a quarter
# of a million below their peak"): the same noun, left out
_COMPARED_AFTER = re.compile(r" (?:below|above|under|over|short of|more than|fewer than|less than|higher than|lower than)\b")
_PLACE_BEFORE = re.compile(r"\b(?:across|in|at|among|from|of|within|between|for)\s+(?:the\s+|some\s+)?$")
# a bare figure before a relative clause or "already" ("tested a sample of 120 systems and found 38
# that used machine learning", "to the 34,333 already on the portal"): the noun of the count before
_ELIDED_BEFORE_CLAUSE = re.compile(r" (?:that|which|who|already)\b")  # ("100 of them": a partitive, left alone)
_MAGNITUDE_ONLY = re.compile(r"[百千万亿兆]+")  # 千亿, 万亿: a numeral of scale words only
# a change stated in percent ("grew about 95%", 同比增长约95%) may pass 100; a share may not
_GROWTH_BEFORE = re.compile(
    r"(?:增长|增加|增幅|上涨|涨幅|提高|提升|上升|升幅|扩大|飙升|大增|激增|高出|超出|溢价|增|涨|升|"
    r"(?<![a-z])(?:up|rose|rise[sn]?|rising|grew|grow(?:s|n|th|ing)?|increas\w*|jump\w*|climb\w*|surg\w*|"
    r"gain\w*|soar\w*|swell\w*|expand\w*|higher|more|above|premium|markup|return\w*))[^,，。;；.!?！？]{0,16}$")
_GROWTH_AFTER = re.compile(r"\s*(?:higher|more|above|increase|growth|rise|jump|gain|premium|return)(?![a-z])")
_PASSED_BEFORE = re.compile(r"(?<![a-z])(?:passed|crossed|broke through)\s+(?:the\s+)?$")  # before money or a percent
_FREE_DIGIT = re.compile(r"(?<![A-Za-z\d-])\d")  # a digit of a figure, not of a product's code (LX-2, GB300)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")  # "more than 400 SMEs", "120 NGOs": a count of them
_EN_WORD = re.compile(r"[a-z][a-z'’-]*")
# a plural noun after a figure, past at most three modifiers (open_noun); a space after the figure
_OPEN_NOUN = re.compile(
    r"[ \t\n][ \t]{0,5}(?P<of>of[ \t\n]+)?(?P<mods>(?:[a-z][a-z'’-]*[ \t\n]+){0,3}?)"
    r"(?P<noun>(?:[a-z]{3,}-)?[a-z]{2,}s)\b(?![-'’])")
# a figure, a hyphen and a singular noun before the noun it describes ("a ten-seat gondola", "a 12-member board")
_HYPHEN_NOUN = re.compile(r"-(?P<noun>[a-z]{3,})(?=[ \t]+[a-z])")
_HYPHEN_NOT_COUNTED = frozenset(
    "strong something odd plus ish fold times way year old time point percent per cent star hit run game match "
    "shot stroke round lap part piece step stage phase tier level grade class "
    # measures, which count nothing ("a standard 19-inch rack")
    "inch foot feet ounce pound gallon acre yard mile ton tonne litre liter metre meter watt volt bit byte degree".split())
# a number word after the hyphen: the figure goes on ("twenty-five", "hundred-million"), no noun
_NUMBER_WORD_START = re.compile(r"(?:hundred|thousand|million|billion|trillion|dozen|half|quarter|third|one|two|three|four|five|"
                                r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")


def _plural(w: str) -> str:
    """The plural of an English noun, for a unit ("seat" -> "seats", "storey" -> "storeys", "party" -> "parties")."""
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    return w + "s"


_OPEN_NOUN_STOP = frozenset(
    "of the a an and or to in on at for by per each every than from with as into about over under after before "
    "since until is are was were be been has have had its his her their our your this these those which that who "
    "whom whose what where when while if but not no so such also only just still even already "
    "came come went said says will would could can may might must should do does did yet as well".split())
_NOT_COUNTED = frozenset(
    "others ones kinds types sorts forms pieces sets ways times thanks means series news basis terms "
    "levels rates odds tens hundreds thousands millions billions trillions dozens scores plus minus "
    "always perhaps afterwards towards besides whereas sometimes nevertheless nonetheless "
    # money the lexicon lacks is no count of coins
    "francs marks pesetas guilders lire liras rubles roubles pesos dinars dirhams riyals shekels "
    "kronor kroner zlotys ringgits bitcoins satoshis "
    # amounts, not things counted ("Revenues rose to 300": a figure without its currency)
    "revenues sales profits costs prices earnings exports imports budgets wages fees assets savings losses "
    "funds taxes rates yields returns".split())
_NOT_PLURAL = ("ss", "us", "is", "ous", "ics", "ths", "'s", "’s")
# ... but these plurals end in -ths (not fractions, "tenths", nor lengths): "287 births", "1,240 deaths"
_PLURALS_IN_THS = frozenset({"births", "deaths", "youths", "paths", "baths", "moths", "cloths", "oaths", "myths",
                             "booths", "truths", "sleuths", "mouths"})
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")  # "2024 shipments", "1988 sales": a year, not a count
# "the number of X" before the figure names what it counts; a noun before a verb of saying is the speaker
_NUMBER_OF = re.compile(r"\bnumber of (?:[a-z0-9][a-z0-9'’-]* ){0,2}?(?P<noun>[a-z][a-z-]*s)\b")
_SAYS = re.compile(r" (?:say|says|said|expect|expects|expected|estimate|estimates|estimated|believe|believes|"
                   r"predict|predicts|predicted|forecast|forecasts|warn|warns|warned|think|thinks|note|notes|noted|"
                   r"told|report|reports|reported|argue|argues|argued)\b")
# after a verb of saying: when, and "that", before the clause said
_SAID_THAT = re.compile(r"(?:,? (?:on|last|this|in|at|early|late) [a-z0-9]+(?: [a-z0-9]+)?,?| (?:yesterday|today),?)?"
                        r"(?: that\b)?")
_SUBJECT_WORDS = 4  # the noun that opens a sentence: among its first words ("The number of complaints")
_AROUND_VERB = re.compile(r"\b(?:organi[sz]ed|built|cent(?:er|re)d|structured|revolv(?:es|e|ing)|based|focused|"
                          r"arranged|clustered|grouped|designed)\s+$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_AFTER_ELIDED_NOUN = frozenset("在正已将尚待仍也都还则被于")  # 另有40多个在建: a verb, not a noun, follows
# a negated event: the clause says it had not happened (yet) at the date
_NOT_YET = re.compile(r"\b(?:not yet|(?:had|has|have|was|were|is|are|did|does|do) not|(?:hadn|hasn|haven|wasn|weren|didn|doesn)['’]t)\b"
                      r"|尚未|还未|還未|还没|還沒|并未|並未|未曾|从未|從未")
_ATTRIBUTIVE_AFTER = re.compile(r"[^，。；,;]{0,14}?的")
_ADVERBIAL_CHARS = " \t\n,，:：;；()（）*_-–—"
_OPENING_PREPOSITIONS = frozenset({"", "in", "on", "at", "by", "during", "until", "于", "在", "於"})  # (an opening adverbial's)
_POSITION_BEFORE_ZH = re.compile(r"[在于於][ \t]*$")  # 在…之下: a position, not below
_DECIMAL_WRITTEN = re.compile(r"\d[.．]\d")  # an average written with a decimal point (1.6晚), not "a third more"
_SECTION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}[ \t]")  # "2.4 行動計劃於…": a numbered paragraph, at a line's start
_HEDGE_BASES = ("about", "nearly", "over", "under", "at_least", "at_most")  # hedges that reach over "X的" to a multiple
_PERIOD_REACH = 30  # code points from a figure to "over N years" that give its period
# between a figure and "over N years": words after which "over" means "more than" ("12 staff have
# worked there for over five years", "spent over five years"), so the figure's period is not meant
# (looked for right before "over" only: "KRW 9.4 trillion for AI chips over five years" is a period)
# a word that spreads a sum or a task over the period after it ("repayable over 20 years", "spread
# over five years", "phased in over three years"): "over" is no hedge, whatever comes before
_OVER_AS_PERIOD = re.compile(r"(?:[a-z]+able|spread|paid|repaid|leased|financed|depreciated|phased(?: in| out)?|amorti[sz]ed|disbursed|distributed|"
                             r"staggered|rolled out)[ \t]+$")
_OVER_AS_MORE = re.compile(r"(?<![a-z])(?:for|spent|spend|spends|spending|took|take|takes|taken|taking|lasted|"
                           r"lasts|lasting|waited|waiting|been|after|within|in)(?![a-z])")
_SEMICOLON_REACH = 3  # clauses joined by semicolons read as one sentence for a sign's context, either side
_PERCENT_CONTEXT = re.compile(r"%|percent|per cent|百分")  # a sentence where "points" are percentage points
# 半 right after a unit of time or measure (一年半, 三斤半): not the start of a word (三年半导体, 两公里半岛)
_HALF_AFTER = re.compile(r"半(?![\u3400-\u9fff])|半(?=[的后後前内內里裡时時左以之多])")
# after 日, characters that make it part of a word (日本, 日元, 日报, 日期, 日常 …), not the unit "days"
_DAY_WORD_AFTER = frozenset("本元币圆期报常益趋渐子夜均游间")
# 内 after a duration: "within" (五年内, 三個月內), unless it begins a word (内容, 内部, 内地, 内行 but
# not 内行使 …)
_WITHIN_AFTER = re.compile(r"[内內](?!行(?![使驶駛动動事])|[容部地阁閣需涵蒙科外心存政战戰线線核陆陸侧側网網资資在幕置销銷控审審务務河湖环環设設生向饰飾衣脏髒耗卷测測训訓参參])")
# the number of a numbered paragraph opening a sentence ("4.24 Complaints …", "12. Fines …")
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,3}){1,3}[ \t]+(?=[a-z])|[ \t]*\d{1,3}\.[ \t]+(?=[a-z])")
_OF_A_PERCENT = re.compile(r" of a (?:(?P<pp>percentage point)|percent|per cent)(?![a-z])")
# before 一个季度, 一个月 …: a determiner that makes it a period named, not a duration
_ONE_PERIOD_DETERMINERS = ("最近", "上", "这", "本", "该", "每", "下", "首", "同")
# after 一年/一天/一个月: a modal or adverb that makes it the period of a rate ("in a year it would
# need…"), not a duration stated for its own sake
_PER_PERIOD_AFTER = re.compile(r"(?:恐|就|便|可|能|要|需|将|会|都|也|才|仅|只|至少|最多|下来|约|大约|平均|共|合计|累计)")
# after 近N年/近N个月: what makes it "the last N years" (近3年来, 近五年的, 近3年相关经费), not "nearly N years"
# ... unless a word of length stands before 近: 展期近4個月，吸引62萬人次 (the show ran nearly four months)
_LENGTH_WORD_BEFORE = re.compile(r"(?:期|为期|為期|历时|歷時|长达|長達|耗时|耗時|用时|用時|时长|時長|费时|費時)$")
_RECENT_PERIOD_AFTER = re.compile(r"(?:来|以来|中|内|间|的|相关|累计|共|年均|平均|每年|同月|同期|同季|新高|新低|最高|最低|，|,|、)")
_BAND_AFTER = re.compile(r"[ -]?(?:bands?|auctions?|spectrum|频段|波段)(?![a-z])")  # after a frequency: a name
_AGO_AFTER = re.compile(r"前(?=的|[，,。；;]|$)")  # after 5年/三个月: "ago" (5年前的2.5倍, 10年前，…; not 交货3个月前通知)
# a person after "N-year-old" (or nothing more: "aged 62", "a 62-year-old, who …"): an age worth checking
_PERSON_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|$|(?:[a-z]+[ \t]+)?(?:man|woman|men|women|boy|girl|child|son|daughter|mother|father|wife|husband|"
    r"grandmother|grandfather|person|driver|firefighter|worker|resident|patient|student|pupil|player|minister|senator|"
    r"candidate|officer|nurse|doctor|teacher|pensioner|retiree|founder|executive|ceo|mayor|president|volunteer|victim|"
    r"suspect|passenger|pedestrian|cyclist|rider|engineer|farmer|veteran|employee|official|lawmaker|researcher|scientist|"
    r"chairman|chairwoman|chair|director|analyst|programmer|developer|entrepreneur|actor|singer|athlete)s?\b)")
_AGE_AFTER = re.compile(r"[- ]olds?(?![a-z])")  # after "N-year": an age ("24-year-old", "six-month-olds")
_HEDGES_OF_ONE = frozenset({"about", "nearly", "over", "under", "at_least", "at_most"})  # a compound takes these
_TIMES_WORDS = frozenset({"twice", "thrice"})  # numerals.yaml reads them as 2 and 3
_FREQUENCY = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter|decade|hour|session|term)\b")
_YUAN_UNIT = "CNY"  # the unit of a bare 元 (units.yaml), unless the paragraph says otherwise
# 新臺幣180萬元 (also with a suffix hedge: 新台幣60萬元以上), not 4000万美元
_COUNTED_IN_YUAN = re.compile(
    r"[0-9０-９〇零一二两兩三四五六七八九十百千万萬亿億]\s*元(?:以上|以下|以内|以內|左右|上下|有余|有餘|多|余|餘)?$")
# a verb of change and "to"/"by" right before a bare figure ("rose to 2,870", "rose by 38,000"), or
# the verb earlier in the clause and ", to" ("fell for the 13th consecutive quarter, to 781,000")
_CHANGE_TO = re.compile(_CHANGE_VERB + r"\s+(?:to|by)\s+$")
# a digit that is no ordinal's, nor part of a product code or name ("the LX-1 evaluation board", "H100s")
_FIGURE_BETWEEN = re.compile(r"(?<![a-z\d])(?<![a-z]-)\d(?!\d*(?:st|nd|rd|th)\b)")
# "double the number of AI researchers in Japan to about 16,000": what is numbered, changed to the figure
_NUMBER_OF_TO = re.compile(r"\bnumber of [^.;:,]{1,70}?\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|more than\s+|over\s+)?$")
_CHANGE_COMMA_TO = re.compile(_CHANGE_VERB + r"[^.;:!?]{0,60},\s*to\s+$")
# the words every match of _CHANGE_TO, _CHANGE_COMMA_TO or _NUMBER_OF_TO ends in (before the
# spaces that end each), and of _ELIDED_AFTER: a figure after none of them is not searched for them
_TO_TAILS = ("to", "by", "about", "around", "roughly", "some", "than", "over")
_ELIDED_TAILS = ("from", "and", "the", "whom", "which")
_SCALED_FIGURE = re.compile(r"\d\s*(?:k|m|mn|bn|b|tn|thousand|million|billion|trillion|万|萬|亿|億)\b|\d\s*(?:万|萬|亿|億)", re.IGNORECASE)
_TO_AFTER_FROM = re.compile(r"\s+to\s+")
_UP_DOWN_FROM = re.compile(r",\s*(?:up|down)\s+from\s+")
# a fraction that is a share of a whole: 三分之一, 一半, "one in five", "two out of five", or a fraction
# before "of" ("a third of the projects", "1/3 of the budget")
_SHARE_IN = re.compile(r"分之|^一半|^半数|^每\S{1,12}有|\s(?:in|out\s+of)\s")  # 每10人就有1人: one in ten
# after "half": half of a unit or a time of day ("half a million", "half an hour", "half past seven"),
# not a share; and what makes a bare "half" one ("half of", "half the price", "half its budget")
_HALF_NOT_SHARE = re.compile(r" (?:an?|past|dozen|hour|day|week|month|year)(?![a-z])")
_HALF_OF_WHOLE = re.compile(r" (?:of|the|its|their|his|her|our|your|this|that|these|those|all)(?![a-z])")


_CHANGED_BY = re.compile(r"\b(?:cut|cuts|fell|fall|falls|rose|rise|rises|grew|grow|grows|reduced?|reduces|"
                         r"increased?|increases|decreased?|decreases|dropped|declined?|shrank|shrunk|expanded|slashed|"
                         r"lowered|raised|boosted|jumped|climbed|trimmed|up|down)(?: [a-z]+)? by (?:(?:about|around|roughly|almost|nearly|some|over|more than|less than) )?$")
_POINT_AFTER = re.compile(r" (?:percentage )?points?\b")
_SHARE_END = frozenset(".,;:!?，。；")
_SHARE_THEN = re.compile(r" (?:by|in|from|since|until|before|after|over|at|on|among|across|of all|and|but|more|less|fewer|higher|lower) ")  # "under a third by fiscal 2027"


def _take_compounds(numbers: list, compounds: list, text: str) -> tuple[list, list]:
    """The number mentions outside the durations in two units, and each duration with its hedge,
    start and end: those of the mention its first figure begins (约4分30秒: about 270 seconds), else a
    suffix hedge of its last figure (2分50秒左右)."""
    kept, out = [], []
    j = 0
    firsts: dict[int, NumberMention] = {}
    lasts: dict[int, NumberMention] = {}
    for m in numbers:
        while j < len(compounds) and compounds[j].end <= m.start:
            j += 1
        if j < len(compounds) and m.end > compounds[j].start and m.start < compounds[j].end:
            firsts.setdefault(j, m)
            lasts[j] = m
            continue
        kept.append(m)
    for j, d in enumerate(compounds):
        m, last = firsts.get(j), lasts.get(j)
        if m is not None and m.num_start == d.start and m.hedge in _HEDGES_OF_ONE:
            out.append((d, m.hedge, m.start, d.end))
        elif last is not None and (sh := apply_suffix_hedge(last, text, d.end)) is not None and sh[0].hedge in _HEDGES_OF_ONE:
            out.append((d, sh[0].hedge, d.start, sh[1]))  # 2分50秒左右: a suffix hedge after the last unit
        else:
            out.append((d, "exact", d.start, d.end))
    return kept, out


def _is_share(core: str, low: str, end: int, hedged: bool = False) -> bool:
    """The figure ``core`` (ending at ``end``) is a fraction of a whole (_SHARE_IN, or a fraction
    in words or with a slash before "of"; "half" before the whole, or hedged: "less than half the
    price", "half of", "fell by almost half")."""
    if _SHARE_IN.search(core):
        return True
    if core.lower() == "half":
        return not _HALF_NOT_SHARE.match(low, end) and (
            hedged or _HALF_OF_WHOLE.match(low, end) is not None or low.endswith(" by ", 0, end - len(core)))
    if any(ch.isdigit() for ch in core) and "/" not in core:
        return False  # "0.5": a decimal, not a fraction
    # a fraction in words before "of" ("a third of the budget"), or hedged at the end of its clause
    # ("cut travel times by about a quarter."): a share of a whole named before it
    # or after a verb of change and "by" ("cut it by a third", "fell by two thirds in the fourth
    # quarter": a change by a share; not "delayed by a quarter", "cut rates by a quarter point")
    return low.startswith(" of ", end) or (hedged and (low[end:end + 1] in _SHARE_END or _SHARE_THEN.match(low, end))) \
        or (_CHANGED_BY.search(low, max(0, end - len(core) - 30), end - len(core)) is not None
            and not _POINT_AFTER.match(low, end))


# a fraction in words that is the subject of its clause: after the clause's start (and a hedge),
# before a verb ("and roughly a third had seen", "a quarter paid at least £30", "fewer than a third
# set a minimum term", "roughly three quarters would go to servers", "$60 million, of which roughly a third is
# earmarked")
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while|whereas|that|of\s+(?:which|whom))\s+)$")
_VERB_NEXT = re.compile(
    r" (?:of (?:them|those|these|the \w+) )?(?:had|has|have|were|was|are|is|said|say|says|would|could|will|might|"
    r"did|do|does|can|should|set|paid|pay|saw|see|went|go|got|get|thought|think|want|wanted|used|use|made|make|"
    r"found|find|took|take|put|kept|spent|[a-z]{3,}ed)\b")
_NOT_SUBJECT_FRACTION = re.compile(r"(?:quarter|half) (?:ended|ending|earlier|later|century|hour|mile|day)\b")


def _fraction_opens_clause(core: str, low: str, s: int, end: int) -> bool:
    """A fraction in words (``core``, the mention [s, end) with its hedge) opening its clause, before
    its verb: a share of the people or things the sentence is about."""
    if any(ch.isdigit() for ch in core) or core.lower() == "half" or _NOT_SUBJECT_FRACTION.match(low, end - len(core.split()[-1])):
        return False
    return _VERB_NEXT.match(low, end) is not None and _CLAUSE_OPENING.search(low, max(0, s - 12), s) is not None


@functools.lru_cache(maxsize=1)
def _hedge_over_base() -> tuple[re.Pattern[str], dict[str, str]]:
    """The Chinese prefix hedges of the lexicon that may stand before the base of a comparison
    ("约为H20的6倍"), longest first, and their kinds."""
    from claims.numbers import zh_hedge_blockers, zh_prefix_hedges

    kinds = {w: h for w, h in zh_prefix_hedges().items() if h in _HEDGE_BASES and not w.isascii() and w != "上限"}  # 上限为X的两倍 states the cap
    blockers = zh_hedge_blockers()

    def word(w: str) -> str:
        # not the end of a word that holds it (预约量是去年同期的1.5倍: 预约, booking, is no 约)
        before = sorted({b[:-len(w)] for b in blockers if b.endswith(w) and len(b) == len(w) + 1})
        return (f"(?<![{''.join(re.escape(c) for c in before)}])" if before else "") + re.escape(w)

    alt = "|".join(word(w) for w in sorted(kinds, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!不)({alt})[^，。；,;]{{1,10}}的$"), kinds  # 不低于…的15%: at least, not 低于


@functools.lru_cache(maxsize=1)
def _duration_bound() -> tuple[re.Pattern[str], dict[str, str]]:
    """The prefix hedges that bound only a duration (lexicon hedges.prefix.en_before_duration:
    "within"; zh_before_duration: 满), right before the figure, and their kinds. The word is group 1
    (English) or 2 (Chinese)."""
    from claims.numbers import en_duration_hedges, zh_duration_hedges

    en, zh = en_duration_hedges(), zh_duration_hedges()
    en_alt = "|".join(re.escape(w) for w in sorted(en, key=lambda w: (-len(w), w))) or "(?!x)x"
    zh_alt = "|".join(re.escape(w) for w in sorted(zh, key=lambda w: (-len(w), w))) or "(?!x)x"
    return re.compile(rf"(?:(?<![a-z])({en_alt})[ \t\n]+|(?<![未不充])({zh_alt}))$"), {**en, **zh}


# a gloss of the figure before: an opening bracket right after it, at most three words before the figure
# ("（roughly 150-fold）", "（falls about tenfold every 12 months）", " (about $40 million)"), and the bracket's
# end (or more words before it) after
_GLOSS_OPEN = re.compile(r"[ \t]?[（(][ \t]*(?:[A-Za-z\u4e00-\u9fff'’-]+[ \t]*){0,3}")
# ... as the numbers module sees it: the unit (up to six characters) between the figure and the bracket
_GLOSS_AFTER_FIGURE = re.compile(r"[^\s（()），。；,;]{0,6}[ \t]?[（(][ \t]*(?:[A-Za-z\u4e00-\u9fff'’-]+[ \t]*){0,3}")
_GLOSS_CLOSE = re.compile(r"[^（()）\n]{0,60}[）)]")
_DATA_SIZES = frozenset({"bytes", "megabytes", "gigabytes", "terabytes"})
_BOUNDS = {"at_most", "under", "at_least", "over"}
# distances that "within" bounds as it bounds a duration ("lives within 30 km of the valley station": a
# radius, at most 30 km; not "within 5% of", "within 2 kg of the target": a tolerance)
_RADIUS_UNITS = frozenset({"kilometers", "meters", "miles"})
_OR_BETWEEN = re.compile(r"\s*(?:或者|或是|或|or\b)", re.IGNORECASE)
_CLAUSE_END = set("，,;；。.!?！？\n")
_NUMERAL_END = frozenset("0123456789〇零一二两三四五六七八九十百千万亿兆")
_YEAR_MODIFIER = re.compile(r"(?:19|20)\d\d")  # the figure's core, four digits, no separator
_FISCAL_BEFORE = re.compile(r"(?:fiscal(?: year)?|fy) ?$")


def unwrap_lines(text: str) -> str:
    """``text`` with each newline that wraps a line of Latin prose (hard-wrapped Markdown: "$30
    million", "fewer than / 1,700 H100s", "March / 15, 2025") read as a space, so that a figure,
    date or title broken across lines is one mention. Same length: offsets do not move."""
    if "\n" not in text:
        return text
    arrows = "→" in text or "⇒" in text
    return re.sub("\n", lambda m: " " if soft_wrap(text, m.start(), arrows) else "\n", text)


# the characters other than A-Z that a case-insensitive pattern (re, Unicode) matches to an ASCII
# letter, and that the lowercased text does not spell as one: where one occurs, an occurrence of
# `requires` is not a sure sign of every match
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K


def _requires_without_han(catalog: Catalog) -> dict[str, list[str]]:
    """Per non-claim pattern, its ``requires`` words with no Han character: the only ones a text
    with no Han character can hold (English articles: 20 words fewer to look for)."""
    found = catalog._cache.get("requires_without_han")
    if found is None:
        found = catalog._cache["requires_without_han"] = {
            p.id: [w for w in p.requires if not _HAN.search(w)] for p in catalog.non_claims.patterns}
    return found


def _line_led(catalog: Catalog) -> dict[str, bool]:
    """Per non-claim pattern, whether it is tried at line starts only (claims.scan.line_led: a
    list marker, a caption or a title line; re tried ``^`` at every position)."""
    found = catalog._cache.get("non_claims_line_led")
    if found is None:
        found = catalog._cache["non_claims_line_led"] = {p.id: line_led(p.pattern) for p in catalog.non_claims.patterns}
    return found


def _non_claim_leads(catalog: Catalog) -> dict[str, tuple[str, ...] | None]:
    """Per non-claim pattern, the pairs of code points its matches start with (claims.scan.leads),
    or None: a pattern scanned whole is tried only where one occurs (一是, 第3, 万言书: re tried a
    pattern with a leading lookbehind, or an alternation of Chinese words, at every position)."""
    found = catalog._cache.get("non_claims_leads")
    if found is None:
        found = catalog._cache["non_claims_leads"] = {
            p.id: leads(p.pattern.pattern, p.pattern.flags) for p in catalog.non_claims.patterns}
    return found


_HEX_RUN = re.compile(r"[0-9a-fA-F][0-9a-fA-F]{7,}")  # (a character class first: re skips to its characters)


def _hex_run_starts(text: str, lines: list[int], low: str) -> list[int]:
    """Where a run of eight or more ASCII hex digits starts (after no other one): the only places
    a match of the hashes_and_ids pattern below can start (at a word boundary, then eight or more
    of them), found in C instead of trying the pattern's boundary and lookaheads everywhere."""
    return [m.start() for m in _HEX_RUN.finditer(text)]


def _dateline_starts(text: str, lines: list[int], low: str) -> list[int]:
    """Where a match of the datelines pattern below can start: a line start (its English branch
    opens with ^), or three to five code points before a 日电 (its Chinese branch, \\d{1,2}月\\d{1,2}日电)."""
    zh = [q - k for q in occurrences_cased(text, low, ("日电",)) for k in (5, 4, 3) if q - k >= 0]
    return sorted(set(lines).union(zh)) if zh else lines


_AGO_UNITS = ("minutes", "minute", "mins", "min", "hours", "hour")


def _ago_starts(text: str, lines: list[int], low: str) -> list[int]:
    """Where a match of the page_chrome_time_en pattern below (a run of digits, spaces, a unit,
    spaces, "ago") can start: walked back from each "ago" over the spaces, one of the units, the
    spaces and the digits before it, to the start of that run of digits (\\d, \\s: str.isdecimal,
    str.isspace)."""
    out: list[int] = []
    for q in occurrences_cased(text, low, ("ago",)):
        p = q
        while p > 0 and text[p - 1].isspace():
            p -= 1
        if p == q:
            continue  # \\s+ before "ago"
        _digit_runs_before(text, p, _AGO_UNITS, out)
    return sorted(set(out))


def _digit_runs_before(text: str, p: int, units: tuple[str, ...], out: list[int]) -> None:
    """For each of ``units`` that ends at ``p``: the start of the run of digits before it (over the
    spaces between), appended to ``out`` when there is one."""
    for unit in units:
        if text.endswith(unit, 0, p):
            r = p - len(unit)
            while r > 0 and text[r - 1].isspace():
                r -= 1
            d = r
            while d > 0 and text[d - 1].isdecimal():
                d -= 1
            if d < r:
                out.append(d)


_AGO_UNITS_ZH = ("分钟", "小时", "秒")


def _zh_ago_starts(text: str, lines: list[int], low: str) -> list[int]:
    """Where a match of the page_chrome_time_zh pattern below (a run of digits after no digit,
    spaces, a unit, 前) can start: walked back from each 前 over one of the units, the spaces and
    the digits before it, to the start of that run of digits (\\d, \\s: str.isdecimal,
    str.isspace). The pattern opens with a lookbehind, which re tried at every position."""
    out: list[int] = []
    for q in occurrences_cased(text, low, ("前",)):
        _digit_runs_before(text, q, _AGO_UNITS_ZH, out)
    return sorted(set(out))


# non-claim patterns (source and flags, exactly as the catalog has them today) -> where their
# matches can start: such a pattern is tried there alone (claims.scan.matches_at); an edited
# pattern no longer has an entry and is scanned as any other
_PRESCANS = {
    (r"(?ai)\b(?=[0-9a-f-]{0,100}[0-9])(?=[0-9a-f-]{0,100}[a-f])[0-9a-f]{8,}(?:-[0-9a-f]{4,})*\b",
     re.ASCII | re.IGNORECASE): _hex_run_starts,
    ("(?m)^(?:\\*\\*)?[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:\\*\\*)?,[ \\t]+[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{1,2}"
     "(?:,[ \\t]+\\d{4})?(?:[ \\t]*\\((?:Reuters|AP|AFP|Xinhua|Bloomberg)\\))?[ \\t]*(?:—|–|--|-)[ \\t]"
     "|\\d{1,2}月\\d{1,2}日电(?=[（(\\s]|题|$)", re.UNICODE | re.MULTILINE): _dateline_starts,
    (r"\d(?<!\d\d)\d*\s*(?:minutes?|hours?|mins?)\s+ago", re.UNICODE): _ago_starts,
    (r"(?<!\d)\d+\s*(?:分钟|小时|秒)前", re.UNICODE): _zh_ago_starts,
}


def _blocked_spans(catalog: Catalog, text: str, low: str | None = None) -> list[tuple[int, int, str]]:
    """Spans of the non-claim patterns: (start, end, pattern id)."""
    out: list[tuple[int, int, str]] = []
    folds: bool | None = None
    without_han = None if _HAN.search(text) else _requires_without_han(catalog)
    led = _line_led(catalog)
    lines: list[int] | None = None
    for p in catalog.non_claims.patterns:
        matches = None
        if p.requires:
            requires = p.requires if without_han is None else without_han[p.id]
            if not requires:
                continue
            if low is None:
                low = ascii_lower(text)
            if p.starts_with_requires or p.lead_to_requires is not None:
                starts = occurrences(low, requires)
                if not starts:
                    continue
                if p.lead_to_requires is not None:  # or past a run of its characters before one
                    starts = starts_before(text, starts, p.lead_to_requires)
                if folds is None:
                    folds = any(c in text for c in _FOLDS_TO_ASCII)
                if not folds:
                    matches = list(matches_at(p.pattern, text, starts))
                    if any(m.end() == m.start() for m in matches):
                        matches = None  # after an empty match finditer looks again at the same place
            elif not any(r in low for r in requires):
                continue
        if matches is None and led[p.id]:
            if lines is None:
                lines = line_starts(text)
            matches = matches_at(p.pattern, text, lines)
        elif matches is None and (prescan := _PRESCANS.get((p.pattern.pattern, p.pattern.flags))) is not None:
            if lines is None:
                lines = line_starts(text)
            if low is None:
                low = ascii_lower(text)
            matches = matches_at(p.pattern, text, prescan(text, lines, low))
        elif matches is None and without_han is None and (starts := _non_claim_leads(catalog)[p.id]) is not None:
            # (in a text with Han characters, whose leads are looked for anyway, for the dates; in one
            # without, that pass would cost more than the scans it saves)
            matches = matches_at(p.pattern, text, lead_occurrences(text, starts))
        for m in matches if matches is not None else p.pattern.finditer(text):
            if m.end() > m.start():
                out.append((m.start(), m.end(), p.id))
    return out


class _Extractor(Moments):
    def __init__(self, doc: Document, catalog: Catalog, reference_date):
        self.doc = doc
        self.catalog = catalog
        self.reference_date = reference_date
        self.base = doc.body_start if doc.body_start <= len(doc.text) else len(doc.text)
        self.nt = unwrap_cjk(normalize(doc.text[self.base:]))  # (wrapped Chinese prose: claims.cjk_wrap)
        self.t = unwrap_lines(self.nt.text)
        self.low = ascii_lower(self.t)
        self.units = unit_lexicon(catalog)
        self.ctx = DocContext(catalog, self.t, self.low)
        self.lines = LineIndex(doc.text)
        self.sentences = _Sentences(self.t)
        self.claims: dict[tuple[int, int], Claim] = {}
        self._elidable: list | None = None
        self._increment_at = -1  # the start of the last "N more" figure (elided_unit)
        self._part_of: tuple[int, str | None] = (-1, None)  # the last "N of them" figure and its whole's subject
        self._elidable_pos: list[int] | None = None  # (elided_unit)
        self._sentence_spans: dict[tuple[int, int], tuple[int, int]] = {}  # normalised -> document span
        self._keys: dict[tuple[int, int], tuple[int, int]] = {}  # normalised span -> claim key (_key)
        self.stated: dict[str, int] = {}  # catalog subject -> where the document first states it (normalised)
        self._assigned: dict[tuple[int, int], Assignment] = {}  # a quantity's normalised span -> its subject (_gloss_of_previous)
        # the document's fields every claim copies, read once (emit)
        self._doc_id, self._doc_text, self._doc_language, self._doc_date = doc.id, doc.text, doc.language, doc.date

    # ------------------------------------------------------------------------------ helpers

    def window(self, s: int, e: int) -> Window:
        ss, se = self.sentences(s, e)
        ps, pe = self.ctx.paragraph(s)
        return Window(s, e, self.ctx.clause(s, e, ss, se), (ss, se), (ps if ps < ss else ss, pe if pe > se else se),
                      (ss - CONTEXT_BEFORE if ss > CONTEXT_BEFORE else 0, se))

    def context_sentence(self, s: int, e: int) -> tuple[int, int]:
        """The sentence of [s, e) as grammar has it: the tool's sentences end at a semicolon too, but
        clauses joined by one are one sentence ("Japan legalised …; it set aside ¥8.7 billion"). What
        a shared sign, noun or unit word means is read there (``units.yaml`` ``*_context``)."""
        ss, se = self.sentences(s, e)
        t = self.t
        for _ in range(_SEMICOLON_REACH):
            p = ss - 1
            while p >= 0 and t[p] in " \t":
                p -= 1
            if p < 0 or t[p] not in ";；":
                break
            ss = min(ss, self.sentences(p, p)[0])
        for _ in range(_SEMICOLON_REACH):
            if se > len(t) or t[se - 1:se] not in (";", "；") or se >= len(t):
                break
            q = se
            while q < len(t) and t[q] in " \t":
                q += 1
            if q >= len(t) or t[q] in "\n\r":
                break
            se = max(se, self.sentences(q, q + 1)[1])
        return ss, se

    def emit(self, s: int, e: int, w: Window, kind: str, value, a: Assignment, confidence: float,
             other_unit: str | None = None) -> None:
        key = self._keys.get((s, e)) or self._key(s, e)
        os_, oe = key
        if oe <= os_:
            return
        claims = self.claims
        if key in claims:
            return
        if a.source == "catalog" and s < self.stated.get(a.subject, len(self.t)):
            self.stated[a.subject] = s
        sos, soe = self._sentence_spans.get(w.sentence) or self._original_sentence(w.sentence)
        if os_ < sos:
            sos = os_
        if oe > soe:
            soe = oe
        line, col = self.lines.line_col(os_)
        doc_id, text = self._doc_id, self._doc_text
        # every field in field order, each of the type validation gives (the offsets are ints, the
        # confidence a float in [0, 1], the cues a tuple of str, the value a model instance):
        # claims.model.trusted, tests/test_model_trusted.py
        claims[key] = trusted(Claim, {
            "id": f"{doc_id}:{os_}-{oe}",
            "doc": doc_id,
            "start": os_,
            "end": oe,
            "line": line,
            "column": col,
            "text": text[os_:oe],
            "sentence": text[sos:soe],
            "sentence_start": sos,
            "subject": a.subject,
            "subject_source": a.source,
            "kind": kind,
            "value": value,
            "language": self._doc_language,
            "doc_date": self._doc_date,
            "as_of": None,
            "confidence": round(confidence, 3),
            "cues": a.cues,
            "subject_evidence": a.evidence,
            "subject_other_unit": other_unit,
        }, _CLAIM_UNSET if a.evidence is not None else _OPEN_CLAIM_UNSET if other_unit is None else _OTHER_UNIT_CLAIM_UNSET)

    def _original_sentence(self, sentence: tuple[int, int]) -> tuple[int, int]:
        """The span of the document a sentence of the normalised view comes from (each claim of a
        sentence asks for it; mapped once)."""
        found = self._sentence_spans.get(sentence)
        if found is None:
            sos, soe = self.nt.to_original(*sentence)
            found = self._sentence_spans[sentence] = (sos + self.base, soe + self.base)
        return found

    @staticmethod
    def _confidence(a: Assignment, approx: bool) -> float:
        if a.source == "catalog":
            c = min(0.95, 0.45 + 0.15 * a.score)
        else:
            c = 0.35 + (0.1 if a.entity else 0.0) + (0.05 if a.concept else 0.0)
        return c * (0.9 if approx else 1.0)

    # ------------------------------------------------------------------------------ passes

    def run(self) -> list[Claim]:
        t = self.t
        found = _blocked_spans(self.catalog, t, low=self.low)
        blocked = [(a, b) for a, b, _ in found]
        idents = find_identifiers(self.catalog, t, self.low)
        titles = find_titles(self.catalog, t)
        zh_titles = [(x.start, x.end) for x in titles if x.formal and x.script == "zh"]
        self.anchors = [(x.start, x.end, x.text) for x in titles
                        if x.formal and (x.script == "zh" or (x.bracketed and _title_case(x.text)))]
        self.anchor_starts = [a[0] for a in self.anchors]
        opaque = _Spans([(a, b) for a, b, pid in found if pid in _OPAQUE])
        idents = [i for i in idents if not opaque.overlaps(i.start, i.end)]
        self.identifiers_and_titles(idents, titles, _Spans(blocked))
        blocked_all = _Spans(blocked + [(i.start, i.end) for i in idents] + zh_titles)
        dates = [d for d in find_dates(t, doc_date=self.doc.date, reference_date=self.reference_date)
                 if not d.in_title and not blocked_all.overlaps(d.start, d.end)]
        dates = self.merge_disjunctions(dates)
        date_spans = _Spans([(d.start, d.end) for d in dates])
        numbers = [m for m in find_numbers(t)
                   if not blocked_all.overlaps(m.start, m.end) and not date_spans.overlaps(m.start, m.end)]
        compounds = [d for d in find_compound_durations(self.low)
                     if not blocked_all.overlaps(d.start, d.end) and not date_spans.overlaps(d.start, d.end)]
        if compounds:  # 4分30秒: one duration, not the figures inside it (the first one's hedge is its)
            numbers, compounds = _take_compounds(numbers, compounds, self.t)
        self.number_ends = [m.end for m in numbers]  # sorted: the mentions are disjoint and sorted
        # a figure in brackets right after another one restates it ("约4000万美元（about $40 million）的订单"):
        # no other figure between the first one and its cues (_gloss_of_previous gives it the first one's subject)
        glosses = {b.start for a, b in zip(numbers, numbers[1:]) if _GLOSS_AFTER_FIGURE.fullmatch(self.t, a.end, b.start)}
        self.others = sorted([m.start for m in numbers if m.start not in glosses] + [d.start for d in dates])
        self.date_starts = sorted(d.start for d in dates)
        # numbers that are figures: no part of a date, no year (2026财年 is a fiscal year)
        dspans = sorted((d.start, d.end) for d in dates)
        dstarts = [a for a, _ in dspans]
        self.number_starts = sorted(
            m.start for m in numbers if m.start not in glosses
            and not ((i := bisect.bisect_right(dstarts, m.start) - 1) >= 0 and dspans[i][1] > m.start)
            and not (len(m.text) == 4 and m.text.isdigit() and 1900 <= int(m.text) <= 2100))
        self.mention_spans = sorted([(m.start, m.end) for m in numbers] + [(d.start, d.end) for d in dates])
        self.periods = sorted([(d.start, d.end, d.value) for d in dates if d.value.resolved] + self.fiscal_years(),
                              key=lambda p: (p[0], p[1]))
        self.period_starts = [p[0] for p in self.periods]
        for d in dates:
            if not self.compared_same_period(d.start, d.end):  # 较去年同期: the base, no date claim
                self.date_claim(d.start, d.end, d.value)
        for fs, fe, v in self.fiscal_years():
            if self.fiscal_start(fs, fe) and not (blocked_all.overlaps(fs, fe) or date_spans.overlaps(fs, fe)):
                self.date_claim(fs, fe, v)  # "up 6% from fiscal 2025", 自2025财年起: where a period starts
        self.quantities: list[tuple[int, int, Window]] = []
        for m in numbers:
            self.number_claim(m, date_spans, blocked_all)
        for d, hedge, start, end in compounds:
            self.bound_word_claim(start, end, d.value, hedge, d.unit, "duration")
        taken = _Spans([(s, e) for s, e, _ in self.quantities])
        for v in find_multiplier_verbs(self.low):
            if not (blocked_all.overlaps(v.start, v.end) or date_spans.overlaps(v.start, v.end) or taken.overlaps(v.start, v.end)):
                self.multiplier_verb_claim(v)
        for sw in find_share_words(self.low):
            if not (blocked_all.overlaps(sw.start, sw.end) or taken.overlaps(sw.start, sw.end)):
                self.bound_word_claim(sw.start, sw.end, sw.value, sw.hedge, "percent", "percent")
        self.share_bounds()
        self.fill_as_of()
        self.merge_bounds()  # after fill_as_of, which finds claims by their spans: the range keeps the lower's
        return [self.claims[k] for k in sorted(self.claims)]

    def merge_disjunctions(self, dates: list) -> list:
        out = []
        for d in dates:
            if out:
                p = out[-1]
                between = self.t[p.end:d.start].strip()
                pv, dv = p.value, d.value
                if (between in _DISJUNCTION and pv.resolved and dv.resolved and pv.start <= dv.start
                        and d.start - p.end <= 6):
                    order = ["day", "part_of_month", "month", "part_of_year", "year"]
                    gran = max(pv.granularity, dv.granularity, key=order.index)
                    merged = pv.model_copy(update={"end": max(pv.end, dv.end), "granularity": gran})
                    out[-1] = type(p)(p.start, d.end, self.t[p.start:d.end], merged, False)
                    continue
            out.append(d)
        return out


    def share_bounds(self) -> None:
        """A bound stated once for two alternatives ("up to €15 million or 3% of turnover",
        "最高3500万欧元或全球年营业额的7%") holds for both: the second figure, written bare after
        or/或 in the same clause, takes the first one's hedge."""
        qs = sorted((c for c in self.claims.values() if c.kind == "quantity"), key=lambda c: c.start)
        for a, b in zip(qs, qs[1:]):
            va, vb = a.value, b.value
            if va.hedge not in _BOUNDS or vb.hedge != "exact" or b.start - a.end > 16:
                continue
            between = self.doc.text[a.end:b.start]
            if not _OR_BETWEEN.match(between) or any(ch in _CLAUSE_END for ch in between):
                continue
            low, high, lo_open, hi_open = hedge_interval(Decimal(str(vb.nominal)), va.hedge)
            value = vb.model_copy(update={
                "hedge": va.hedge, "approx": True, "low_open": lo_open, "high_open": hi_open,
                "low": float(low) if low is not None else None, "high": float(high) if high is not None else None})
            self.claims[(b.start, b.end)] = b.model_copy(update={"value": value})

    def merge_bounds(self) -> None:
        """A lower bound and an upper bound written next to each other, each after its unit, make one
        range ("处新台幣60萬元以上600萬元以下罰鍰", "10万元以上100万元以下"): the numbers module joins them
        when nothing stands between (60万以上600万以下); here the unit word between is allowed. Same
        unit, the lower below the upper, at most 1000x apart (docs/numbers.md)."""
        qs = sorted((c for c in self.claims.values() if c.kind == "quantity"), key=lambda c: c.start)
        for a, b in zip(qs, qs[1:]):
            va, vb = a.value, b.value
            if (va.hedge not in ("at_least", "over") or vb.hedge not in ("at_most", "under") or va.unit != vb.unit
                    or self.doc.text[a.end:b.start].strip() or va.low is None or vb.high is None
                    or not 0 < va.low < vb.high <= va.low * 1000):
                continue
            if (a.start, a.end) not in self.claims or (b.start, b.end) not in self.claims:
                continue
            value = va.model_copy(update={
                "hedge": "range", "high": vb.high, "high_open": vb.high_open, "approx": va.approx or vb.approx})
            del self.claims[(a.start, a.end)], self.claims[(b.start, b.end)]
            self.claims[(a.start, b.end)] = a.model_copy(update={
                "end": b.end, "text": self.doc.text[a.start:b.end], "value": value, "id": f"{self.doc.id}:{a.start}-{b.end}"})


    def _key(self, s: int, e: int) -> tuple[int, int]:
        """The key in ``self.claims`` of the normalised span [s, e): its span in the document. Kept:
        each quantity's is looked up again and again (the previous figure's unit, fill_as_of)."""
        key = self._keys.get((s, e))
        if key is None:
            os_, oe = self.nt.to_original(s, e)
            key = self._keys[(s, e)] = (os_ + self.base, oe + self.base)
        return key


    def title_anchor(self, w: Window, clause_only: bool = False) -> str | None:
        """The 《title》 nearest the claim in its clause, else in its sentence, as an open key's
        entity ("《人工智能法案》"): what an uncatalogued law or plan is, when no entity is named."""
        if not self.anchors:
            return None  # a text with no formal title (most English ones): nothing to look for
        for lo, hi in ((w.clause,) if clause_only else (w.clause, w.sentence)):
            i = bisect.bisect_left(self.anchor_starts, lo)
            best = None
            while i < len(self.anchors) and self.anchors[i][0] < hi:
                ts, te, text = self.anchors[i]
                d = abs(ts - w.start) if ts >= w.end else abs(w.start - te)
                if te <= hi and (best is None or d < best[0]):
                    best = (d, text)
                i += 1
            if best is not None:
                norm = title_normalized(self.catalog, best[1])[:40]
                return f"《{norm}》" if norm else None
        return None

    def open_key(self, unit: str | None, unit_kind: str | None, concept: str | None, w: Window) -> Assignment:
        a = open_key(self.ctx, unit, unit_kind, concept, w)
        anchor = None
        if a.entity is None:
            anchor = self.title_anchor(w)
        elif self.catalog.entities[a.entity].kind in _ACTOR_KINDS:
            # the law or plan is what its figure or date is about, not the body that acts on it
            # (欧盟委员会于2024年8月1日正式实施《人工智能法案》，该法案共有113条: the act's date and
            # articles): a title in the clause, or in the sentence for a date or when the body is
            # named outside the clause
            in_clause = any(e == a.entity for _, e in self.ctx.entities_between(*w.clause))
            anchor = self.title_anchor(w, clause_only=in_clause and unit_kind is not None)
        if anchor is not None:
            last = a.subject.rsplit(":", 1)[1]
            a = open_assignment(f"open:{anchor}:{a.concept or '_'}:{last}", anchor, a.concept)
        return a

    def date_claim(self, s: int, e: int, value: DateRange) -> None:
        if _LABEL_WEEKDAY.fullmatch(self.t, s, e) and s > 0 and self.t[s - 1] in "【[" and _LABEL_END.match(self.t, e):
            return  # 【週一長文】, 【周五专栏】: a column's label, not a day
        if s > 0 and self.t[s - 1] in _OPEN_QUOTES and self.t[e:e + 1] in _CLOSE_QUOTES and (
                (value.relative and _WORD_WRITTEN_BEFORE.search(self.low, max(0, s - 12), s - 1))
                or _MISWRITTEN_BEFORE.search(self.low, max(0, s - 28), s - 1)):
            return  # 译本开头写“今天”, the word "today": a word written and mentioned, no date stated (a
            # quoted phrase of speech, would ship "next year", 将于“本月”发布, is a date); 把截止日写成「3月底」:
            # a version the text corrects, not its own date
        w = self.window(s, e)
        a = None
        if not (_SINCE_DATE_BEFORE.search(self.low, max(0, s - 20), s) or _SINCE_DATE_AFTER.match(self.low, e)
                or self._negated_event(s, e, w)):
            # (a date since which something holds is where a period starts, no event's day: "has
            # tightened export controls steadily since 2022" is not the October 2023 tightening)
            a = assign_subject(self.ctx, "date", None, w, others=self.others, stated=self.stated, dates=self.date_starts, numbers=self.number_starts)
        if a is None:
            a = self.open_key(None, None, None, w)
            a = open_assignment(a.subject.rsplit(":", 1)[0] + ":date", a.entity, a.concept)
        self.emit(s, e, w, "date", value, a, self._confidence(a, value.granularity != "day"))

    def _negated_event(self, s: int, e: int, w: Window) -> bool:
        """The date's clause says the event had not happened then ("A year ago this month, the request for
        information … had not yet been published;", 当时信息征询尚未发布): no event's day. A date that is all
        its clause holds (an opening adverbial) dates the clause after it."""
        low = self.low
        cs, ce = w.clause
        if (low[cs:s].strip(_ADVERBIAL_CHARS) in _OPENING_PREPOSITIONS and not low[e:ce].strip(_ADVERBIAL_CHARS)
                and ce < w.sentence[1]):
            ce = self.ctx.clause(ce + 1, ce + 1, *w.sentence)[1]
        for m in _NOT_YET.finditer(low, cs, ce):
            if not m.group().isascii() and _ATTRIBUTIVE_AFTER.match(low, m.end()):
                continue  # 发布了尚未获得国会拨款的《…计划》: the negation describes a noun, not the date's event
            return True
        return False

    def number_claim(self, m: NumberMention, date_spans: _Spans, blocked: _Spans) -> None:
        t, low = self.t, self.low
        s, e = m.start, m.end
        core = m.text
        if m.hedge_text and core.startswith(m.hedge_text):
            core = core[len(m.hedge_text):]
        core = core.strip()
        if len(core) == 1 and core in _SCALE_ONLY and m.hedge == "exact":
            return
        plural_scale = core.lower() in _PLURAL_SCALES  # "hundreds": a claim only with what it counts
        if s > 0 and t[s - 1] == "第":
            return
        if low[e:e + 1] in ("届", "屆") and _YEAR_LIKE.fullmatch(core):
            return  # 2026届毕业生: the class of 2026, a name (not 2026 sessions)
        unit: str | None = None
        unit_kind: str | None = None
        concept: str | None = None
        scale = Decimal(1)
        hedge, step, high_value = m.hedge, m.step, m.high_value
        if m.hedge_text and m.hedge_text.lower() == "around" and _AROUND_VERB.search(low, max(0, s - 16), s):
            hedge, s = "exact", m.num_start  # "organized around three pillars": a preposition, not about
        after: UnitMatch | None = None
        before: tuple[str, int] | None = None
        half = False  # 一年半: the figure and a half
        if m.percent:
            unit, unit_kind = ("percentage_points" if m.points else "percent"), "percent"
            if m.points and self._bare_points(s, e):
                unit, unit_kind = "points", "count"  # "scored 85 points", "the index rose 300 points"
        else:
            after = self.units.after_figure(low, e)
            if after is None and hedge == "several" and low[e:e + 1] == "的" and _HAN.match(low, s):
                after = self.units.after_figure(low, e + 1)  # 数以千计的中小企业, 成千上万的人: the
                if after is not None and (after.noun_end is None or after.start != e + 1 or after.kind != "count"):
                    after = None  # noun after 的 is what a magnitude counts (a counted noun only)
            if after is not None and date_spans.overlaps(after.start, max(after.end, after.start + 1)):
                after = None
            before = self.units.before_figure(low, s)
            if before is not None and not low[before[1]:before[1] + 1].isascii() and low[before[1]:before[1] + 1].isalpha() and (
                    (after is not None and after.unit is not None and after.kind != "currency")
                    or low[:before[1]].rstrip()[-1:] in _NUMERAL_END):
                before = None  # a currency word (not a sign: "€310m of its fuel bill") right before the figure ("营收美元40亿", "新台幣8,392億元")
                # is its unit unless a counted unit follows the figure ("100亿美元1000家": firms) or a
                # figure precedes the word ("4人民币5美元": the yuan are the 4's); after a hedge it is
            before = before or self.units.inside_figure(low, s, e)
            if before is not None:
                unit, sym_start = before
                if self.units.sign_context and self.units.has_sign_context(low, sym_start):
                    unit = self.units.in_context(unit, low, sym_start, self.context_sentence(s, e))
                unit_kind = self.units.kind(unit)
                if hedge == "exact":
                    # a hedge before the symbol ("under $200 million", "约 $40") is the numbers
                    # module's (lexicon hedges.currency_between): here the span only takes the symbol
                    s = sym_start
                else:  # a hedge after the figure ("$50,000 or so") leaves the symbol in the span
                    prefix = m.hedge_text is not None and m.text.lower().startswith(m.hedge_text.lower())
                    s = s if prefix else min(s, sym_start)
                if after is not None and (after.unit is None or after.kind == "currency"):
                    scale = Decimal(str(after.scale))
                    e = after.end
            elif after is not None and after.unit is not None:
                word = low[after.start:after.end]
                if word in self.units.word_context and not self.units.word_in_context(
                        low, word, self.context_sentence(s, e)):
                    return  # "trucks over 10,001 pounds": a weight (outside the lexicon), not sterling
                unit, unit_kind, concept = after.unit, after.kind, after.concept
                if self.units.noun_context and self.units.has_noun_context(low, after.noun_end):
                    unit = self.units.noun_in_context(unit, low, after.noun_end, self.context_sentence(s, e))
                    unit_kind = self.units.kind(unit)
                elif self.units.classifier_context and after.noun_end is None and unit_kind == "count":
                    unit = self.units.classifier_in_context(unit, low, after, self.context_sentence(s, e))
                    unit_kind = self.units.kind(unit)  # "省了20块": the spoken 元
                scale = Decimal(str(after.scale))
                e = after.end
                if hedge == "exact" and "多" in low[after.start:after.end]:
                    hedge, step = "plus", None  # 两个多月: the 多 between classifier and noun is the figure's
                if unit_kind in ("duration", "measure") and m.high_value is None and hedge not in ("several", "range"):
                    if "半" in low[after.start:after.end]:
                        half = True  # 三个半月, 一个半小时: 3.5 months, 1.5 hours
                    elif _HALF_AFTER.match(low, e):
                        half, e = True, e + 1  # 一年半, 一吨半: the half after the unit is the figure's
        if unit is None and core.lower() in _TIMES_WORDS:
            if _FREQUENCY.match(low, e):
                return  # "retrained it twice a year": how often, no multiple
            unit, unit_kind = "times", "multiplier"  # "about twice as many": 2 times
        if unit is None and not m.percent and 0 < m.value < 1:
            pct = _OF_A_PERCENT.match(low, m.end)
            if pct is not None:  # "three quarters of a percent": 0.75 percent, not 75
                unit, unit_kind, e = ("percentage_points" if pct.group("pp") else "percent"), "percent", pct.end()
        if (unit is None or (unit_kind == "count" and before is None)) and 0 < m.value < 1 and (_is_share(
                core, low, m.end, m.hedge_text is not None) or _fraction_opens_clause(core, low, s, m.end)):
            # "约三分之一的经费", "fewer than one in five", "two thirds of the money": a share of a
            # whole, stated in percent (a third is 33.3 percent); a counted noun after it names the
            # whole ("fewer than one in three schools", 近半数企业), it does not count the share
            if unit is not None:
                e = m.end  # the share's span, not the noun of its whole
            unit, unit_kind, scale, concept = "percent", "percent", Decimal(100), None
        if (after is not None and unit_kind == "count" and low[after.start:after.end] == "级"
                and _MAGNITUDE_ONLY.fullmatch(core) and hedge == "exact"):
            # 千亿级, 万卡级: a class of magnitude (at least that much), no count of tiers; the noun
            # before or after names what (参数量达到千亿级: parameters)
            unit, unit_kind, concept, hedge = None, None, None, "at_least"
            noun_after = self.units.count_noun_at(low, after.end, min(len(low), after.end + 8))
            if noun_after is not None:
                unit, e = noun_after
                unit_kind = "count"
        # a classifier with no noun after it, which the noun right before repeats (标准机架8.2万架)
        bare_classifier = (after is not None and after.noun_end is None and unit_kind == "count"
                           and after.end - after.start == 1 and not low[after.start].isascii()
                           and low[after.start] in low[max(0, s - 6):s])
        if (unit is None or unit in self.units.generic or bare_classifier) and not m.percent:
            noun = self.units.noun_before(low, s, hedged=m.hedge_text is not None)
            if noun is not None and (not bare_classifier or (noun[0] and self.units.kind(noun[0]) == "count")):
                # "智算中心已超过120个", "模型不足20个", "a staff of around 20"; the noun before names what a
                # classifier with no noun after it counts (标准机架8.2万架: racks, not the vehicles 架 counts)
                unit, concept = noun
                unit_kind = "count"
        if unit in self.units.generic and self.quantities:
            # "智算中心已超过120个，另有40多个在建": the same classifier with its noun left out counts
            # what the figure before it in the sentence counted
            ps_, pe_, pw = self.quantities[-1]
            prev = self.claims.get(self._key(ps_, pe_))
            if (prev is not None and pw.sentence[0] <= s < pw.sentence[1] and low[e - 1:e] == low[pe_ - 1:pe_]
                    and (e >= len(low) or not _HAN.match(low[e]) or low[e] in _AFTER_ELIDED_NOUN)
                    and self.units.kind(prev.value.unit) == "count" and prev.value.unit not in self.units.generic):
                unit = prev.value.unit
        if unit is None and low[max(0, s - 90):s].rstrip().endswith(_TO_TAILS) and (
                _CHANGE_TO.search(low, max(0, s - 24), s) or _CHANGE_COMMA_TO.search(low, max(0, s - 90), s)
                or _NUMBER_OF_TO.search(low, max(0, s - 90), s)):
            # "about 125 staff … planned to grow to more than 140"; "Complaints … rose to 2,870"; "the
            # number of workers in the 20 occupations … rose by 38,000" (what is numbered, first)
            if _NUMBER_OF.search(low, self.sentences(s, s + 1)[0], s):
                unit = self.subject_count_unit(s)
            else:
                unit = (self.changed_count_unit(s) if self.quantities else None) or self.subject_count_unit(s)
            unit_kind = "count" if unit else None
        if unit is None and not m.percent and not _YEAR_LIKE.fullmatch(core):
            noun = self.open_noun(after.end if after is not None else e, of_ok=plural_scale or m.hedge == "several")
            if noun is not None:  # "at 48 junctions", "96 cameras": a count of a noun the lexicon lacks
                unit, unit_kind, e = noun
            elif after is None and (hy := _HYPHEN_NOUN.match(low, e)) is not None:
                # "a ten-seat gondola", "a 12-member board": a count of the noun, made plural as its unit
                # (the lexicon's unit where it knows the plural: members are people)
                known = self.units.nouns.get(_plural(hy.group("noun")))
                if known is not None and known[0] and self.units.kind(known[0]) == "count":
                    unit, unit_kind, concept, e = known[0], "count", known[1], hy.end("noun")
                elif self._hyphen_noun_word(hy.group("noun")):
                    unit, unit_kind, e = _plural(hy.group("noun")), "count", hy.end("noun")
        if unit is None and self.quantities and ((
                low[max(0, s - 16):s].rstrip().endswith(_ELIDED_TAILS) and _ELIDED_AFTER.search(low, max(0, s - 16), s)) or (
                low[max(0, s - 2):s] == ", " and _COMPARED_AFTER.match(low, e)) or _ELIDED_BEFORE_CLAUSE.match(low, e)
                or (low[s - 1:s] == "(" and low[e:e + 1] == ")")):  # "the range is wide (0.9 to 2.1 million)"
            # (a noun written after it first: "…, and about 240 more rooftop sites")
            unit = self.changed_count_unit(s)  # "more than 200 judges …, up from about 40", "…, and more than 14 million"
            unit_kind = "count" if unit else None
            if unit is None and (base := self._base_right_after(s, m.text)) is not None:
                unit, unit_kind = base  # "dropped to 8 days, down from 19": the base of the figure just before
        if unit is None and self.quantities and low[max(0, s - 4):s].endswith("to ") and core[:1].isdigit() and (
                base := self._base_right_after(s, m.text)) is not None and base[1] != "percent":
            unit, unit_kind = base  # "fell from 402 days to 389" (not "from about 95% to roughly zero": a share's
            # fall to nothing names no new figure of its subject)
        if plural_scale and (unit is None or unit in self.units.generic):
            return
        if unit == _YUAN_UNIT and after is not None and low[after.start:after.end] in ("元", "块钱", "块"):
            unit = self.yuan_of_paragraph(s)  # "新臺幣180萬元…逾250萬元": the second 元 is TWD too
        if unit is None:
            unit = self.elided_unit(m, e)
            if unit is None:
                return
            unit_kind = "count"
        if unit_kind == "count" and core in _ARTICLE:
            return
        if unit in _DATA_SIZES and low[e:e + 1] == "/":
            return  # "1 MB/s", "10 GB/month": a rate, not a size
        if unit == "years" and 1000 <= m.value <= 2200 and m.value == m.value.to_integral_value():
            return  # "2025年" left over from a date the filters dropped: a year, not 2025 years
        if unit == "years" and after is not None and (
                low.startswith("年度", after.start) or _ROC_BEFORE.search(low, max(0, m.start - 6), m.start)):
            return  # 114年度, 民国114年: a year (of the ROC calendar: 2025), never a duration
        if unit == "weeks" and after is not None and low[after.start:after.end] == "周" and low.startswith("年", after.end):
            return  # 满一周年, 十周年: an anniversary (the count of years is the figure's), not weeks
        if unit == "days" and after is not None and low[after.start:after.end] == "日" and (
                low[max(0, m.start - 1):m.start] in ("月", "号") or low[after.end:after.end + 1] in _DAY_WORD_AFTER):
            return  # 每月5日: a day of the month (no date: no month is named), not 5 days; 5日本, 10日元: words
        if unit_kind == "duration" and core == "一" and low[max(0, m.start - 2):m.start].endswith(_ONE_PERIOD_DETERMINERS):
            return  # 最近一个季度的营收, 上一个月: a period named (the latest quarter), not a duration
        if unit_kind == "duration" and core in ("一", "每") and _PER_PERIOD_AFTER.match(low, e):
            return  # 一年恐需多支出數千萬元, 一天就能处理: the period of a rate ("a year"), not a duration
        if hedge == "at_most" and m.hedge_text in ("上限", "上限为", "上限是") and (
                m.hedge_text != "上限" or low[s + 2:s + 3] in ("为", "為", "是")):
            # 补贴上限为7320亿日元: the cap is stated (上限200萬元, 上限新臺幣10萬元: at most); the span keeps a
            # currency word between (上限為新臺幣500萬元)
            hedge = "exact"
            s = before[1] if before is not None and m.start <= before[1] < m.num_start else m.num_start
        if (unit_kind == "duration" and hedge == "nearly" and m.hedge_text in ("近", "最近")
                and _RECENT_PERIOD_AFTER.match(low, e) and not _LENGTH_WORD_BEFORE.search(low, max(0, m.start - 3), m.start)):
            hedge, s = "exact", m.num_start  # 近3年相關經費, 近五年来: the last three years, a period, not "nearly"
        if unit in ("gigahertz", "megahertz") and _BAND_AFTER.match(low, e):
            return  # "the upper 6 GHz band", "the 3.6 GHz auction", 3.5GHz频段: a band's name
        if unit_kind == "duration" and (age := _AGE_AFTER.match(low, e)) is not None:
            if not (unit == "years" and m.high_value is None and age.group().endswith("old")
                    and low[e - 5:e] == "-year" and "years_of_age" in self.catalog.units
                    and _PERSON_AFTER.match(low, age.end())):
                return  # "20- to 24-year-olds", "six-month-olds": a group of an age, no figure of its own; "the
                # 50-year-old law": the age of a thing, no check-worthy figure
            unit, unit_kind, e = "years_of_age", "measure", age.end()  # "a 62-year-old firefighter": an age, as 62岁
        if unit_kind == "duration" and _AGO_AFTER.match(low, e) and m.text[:1] != "近":
            return  # 約為5年前的2.5倍: five years ago, a moment, not a duration (not 三年前后: around three years)
        if unit in ("seconds", "minutes") and _CLOCK_BEFORE.search(low, max(0, m.start - 2), m.start):
            return  # 17点55分23秒, 16时40分50秒: the seconds of a time of day, not a duration
        if (unit_kind == "duration" or unit in _RADIUS_UNITS) and hedge == "exact" and _WITHIN_AFTER.match(low, e):
            hedge, e = "at_most", e + 1  # 五年内, 90天內: within five years, at most 90 days (not 四成内容)
        if (unit_kind == "duration" or (unit in _RADIUS_UNITS and m.text[:1].isascii())) and hedge == "exact" and m.hedge_text is None:
            pattern, kinds = _duration_bound()
            bound = pattern.search(low, max(0, s - 16), s)
            if bound is not None:  # "within 48 hours of its arrival": at most 48 hours, as 以内; 满6个月
                g = 1 if bound.group(1) is not None else 2
                hedge, s = kinds[bound.group(g)], bound.start(g)
        if unit_kind == "duration" and hedge == "exact" and (
                _OFFSET_AFTER.match(low, e) or (low[max(0, m.start - 1):m.start] == "前" and m.value == 1)):
            return  # "两年前", "卸任前一周", "two years ago": a moment relative to another, not a duration
            # (hedged, "more than four months later", "两到三个月后", it states how long something took)
        if unit_kind == "count" and _YEAR_MODIFIER.fullmatch(core) and (
                _FISCAL_BEFORE.search(low, max(0, m.start - 16), m.start) or low.startswith(" level", m.end)):
            return  # "at fiscal 2025 levels", "at 2019 levels": a year, not a count
        if (unit_kind == "duration" and hedge == "over" and m.hedge_text and m.hedge_text.lower() == "over"
                and (self._period_of_previous(s, e) or (_OVER_AS_PERIOD.search(low, max(0, s - 24), s)
                                                        and not low.startswith(" of ", e)))):  # ("financed over 30 years of research")
            hedge, s = "exact", m.num_start  # "$20 million over five years", "43 recalls of AI devices over
            # three years": the period of that figure
        if hedge == "exact" and m.hedge_text is None and unit_kind in ("currency", "percent"):
            passed = _PASSED_BEFORE.search(low, max(0, s - 12), s)
            if passed is not None:  # "revenue passed $2 billion": more than (not "passed 300 bills")
                hedge, s = "over", passed.start()
        if hedge == "exact" and m.hedge_text is None and unit_kind in ("multiplier", "percent"):
            pattern, kinds = _hedge_over_base()
            far = pattern.search(low, max(0, s - 16), s)
            if far is not None:  # "约为H20的6倍", "不到去年的60%": the hedge stands before "X的"
                hedge = kinds[far.group(1)]
        value, lowv, highv, lo_open, hi_open = m.value, m.low, m.high, m.low_open, m.high_open
        if half:
            value = value + Decimal("0.5")
            lowv, highv, lo_open, hi_open = hedge_interval(value, hedge, step=step, high_value=None)
        elif hedge != m.hedge:
            lowv, highv, lo_open, hi_open = hedge_interval(value, hedge, step=step, high_value=high_value)
        if hedge == "exact":
            sh = apply_suffix_hedge(m, t, e)
            if sh is not None and sh[0].hedge == "under" and _POSITION_BEFORE_ZH.search(low, max(0, s - 4), s):
                sh = None  # 在三大支柱之下强调…: under the heading of, a place, no bound
            if sh is not None:
                m2, hend = sh
                hedge, lowv, highv, lo_open, hi_open = m2.hedge, m2.low, m2.high, m2.low_open, m2.high_open
                e = hend
        if (unit == "percent" and highv is not None and highv > 100 and value <= 100 and hedge == "about"
                and not _GROWTH_BEFORE.search(low, max(0, s - 24), s) and not _GROWTH_AFTER.match(low, e)):
            highv = Decimal(100)  # "约95%的企业": a share is at most the whole (not "grew about 95%")
        if unit in self.units.same_as:  # 40 basis points: 0.4 percentage points
            unit, factor = self.units.same_as[unit]
            scale = scale * factor
        if scale != 1:
            value = value * scale
            lowv = lowv * scale if lowv is not None else None
            highv = highv * scale if highv is not None else None
        q = trusted(Quantity, {  # the bounds' flags are bools (hedge_interval), the hedge one of Hedge
            "kind": "quantity",
            "nominal": float(value),
            "low": float(lowv) if lowv is not None else None,
            "high": float(highv) if highv is not None else None,
            "low_open": lo_open,
            "high_open": hi_open,
            "unit": unit,
            "approx": hedge in _APPROX or m.approx,
            "hedge": hedge,
        }, _QUANTITY_UNSET)
        w = self.window(s, e)
        if after is not None and after.noun_end is not None and e == after.end:
            w = self._past_noun_list(w, e)
        small = (unit_kind == "count" and hedge != "several" and (highv if highv is not None else value) <= SMALL_COUNT
                 and (value == value.to_integral_value() or not _DECIMAL_WRITTEN.search(core)
                      or _SECTION_NUMBER.match(low, m.num_start) is not None
                      and not low[low.rfind("\n", 0, m.num_start) + 1:m.num_start].strip(" \t>*#_-")))
        # (1.7 times a year, 平均留宿1.6晚: an average, a statistic, kept; not "2.4 行動計劃…" opening a line: a
        # paragraph's number)
        a = self._gloss_of_previous(s, e, q)
        if a is None and self._increment_at == m.start:
            a = self.open_key(unit, unit_kind, concept, w)  # "10,000 comments … and 400 more": an increment, no total
        if a is None:
            a = self._not_another_day(
                assign_subject(self.ctx, "quantity", unit, w, small=small, others=self.others, stated=self.stated, numbers=self.number_starts), w)
        if a is not None and a.source == "catalog" and self.low[e:e + 12].lstrip().startswith(_OF_THEM) and (
                a.subject == (self._part_of[1] if self._part_of[0] == m.start else self.antecedent(m.start)[1])):
            a = self.open_key(unit, unit_kind, concept, w)  # a part of a whole is not the whole ("drew 10,068
            # comments, and 50 of them were from universities")
        other_unit = None
        if a is None:
            if small:
                return
            a = self.open_key(unit, unit_kind, concept, w)
            other_unit = self._subject_in_other_unit(unit, s, w)
        self.emit(s, e, w, "quantity", q, a, self._confidence(a, q.approx), other_unit)
        self.quantities.append((s, e, w))
        self._assigned[(s, e)] = a

    def _gloss_of_previous(self, s: int, e: int, q: Quantity) -> Assignment | None:
        """The figure in brackets right after another figure, in the same unit and agreeing with it,
        restates it (a translation or a gloss: "下降了大约150倍（roughly 150-fold）", "下降10倍（falls about
        tenfold every 12 months）"): it is about what that one is about, whatever cues stand between."""
        if not self.quantities:
            return None
        ps_, pe_, _pw = self.quantities[-1]
        if s - pe_ > 40 or ("（" not in self.t[pe_:s] and "(" not in self.t[pe_:s]):
            return None  # (the cheap test first: most figures follow no bracket)
        gloss = _GLOSS_OPEN.fullmatch(self.t, pe_, s)
        if gloss is None or _GLOSS_CLOSE.match(self.t, e) is None:
            return None
        prev = self.claims.get(self._key(ps_, pe_))
        a = self._assigned.get((ps_, pe_))
        if prev is None or a is None or prev.value.unit != q.unit:
            return None
        pv = prev.value
        lo_a, hi_a = (pv.low if pv.low is not None else float("-inf")), (pv.high if pv.high is not None else float("inf"))
        lo_b, hi_b = (q.low if q.low is not None else float("-inf")), (q.high if q.high is not None else float("inf"))
        return a if lo_a <= hi_b and lo_b <= hi_a else None

    def _subject_in_other_unit(self, unit: str | None, s: int, w: Window) -> str | None:
        """The catalog subject a figure with no subject would be on in another unit of what its unit
        measures (claims.rules ``unit_dimensions``, ``ratio_units``), when that subject's entity is
        named in its sentence or just before: "现在只要一到兩個月" where OpenAI's benchmark times are in
        years, "市值蒸发近6000亿元人民币" where Nvidia's loss is in dollars. Such a figure is a unit
        that slipped, or the same fact converted; claims.crosscheck tells which (PC107). Not the
        period of a rate ("每12个月下降10倍", "every 12 months"): that is no duration of the subject's."""
        others = _other_units(self.catalog, unit)
        if not others or _RATE_PERIOD_BEFORE.search(self.low, max(0, s - 12), s):
            return None
        for u in others:
            a = self._not_another_day(
                assign_subject(self.ctx, "quantity", u, w, others=self.others, stated=self.stated, numbers=self.number_starts), w)
            if a is not None and a.source == "catalog" and a.evidence in _NAMED_NEAR:
                return a.subject
        return None

    def _not_another_day(self, a: Assignment | None, w: Window) -> Assignment | None:
        """None for a subject of one day's event (``on_day``) when the figure's sentence is dated,
        to the day, part of a month or month, only at other times ("11月20日英伟达股价在财报后…收跌3.2%"
        is not the DeepSeek-day fall): the figure then gets its open key."""
        if a is None or a.source != "catalog":
            return a
        day = self.catalog.subject(a.subject).spec.on_day
        if day is None:
            return a
        ss, se = w.sentence
        lo = bisect.bisect_left(self.period_starts, ss)
        dated = False
        for ps, _, v in self.periods[lo:]:
            if ps >= se:
                break
            if getattr(v, "granularity", None) not in ("day", "part_of_month", "month") or v.start is None:
                continue
            # a year read from the document or the context may be wrong ("1月27日" in a text of
            # November is the next January by docs/dates.md rule 4): then the month and day decide
            days = (day,) if v.anchor == "explicit" else {_same_day_in(day, v.start.year), _same_day_in(day, v.end.year)}
            if any(v.start - _ONE_EVENT_SLACK <= d <= v.end + _ONE_EVENT_SLACK for d in days):
                return a
            dated = True
        return None if dated else a

    def multiplier_verb_claim(self, v: MultiplierVerb) -> None:
        """A verb that states a multiple ("revenue doubled", "nearly double", 翻了一番): a figure in
        times, with its hedge, like "twice" (claims.multipliers)."""
        self.bound_word_claim(v.start, v.end, v.value, v.hedge, "times", "multiplier")

    def bound_word_claim(self, s: int, e: int, value: Decimal, hedge: str, unit: str, unit_kind: str) -> None:
        """A figure stated by a word, with its hedge: a multiplier verb (claims.multipliers) or a
        share word ("a majority": over 50 percent, claims.share_words)."""
        low, high, lo_open, hi_open = hedge_interval(value, hedge)  # type: ignore[arg-type]
        q = Quantity(nominal=float(value), low=float(low) if low is not None else None,
                     high=float(high) if high is not None else None, low_open=lo_open, high_open=hi_open,
                     unit=unit, approx=hedge in _APPROX, hedge=hedge)
        w = self.window(s, e)
        a = self._not_another_day(
            assign_subject(self.ctx, "quantity", unit, w, others=self.others, stated=self.stated, numbers=self.number_starts), w)
        other_unit = None
        if a is None:
            a = self.open_key(unit, unit_kind, None, w)
            other_unit = self._subject_in_other_unit(unit, s, w)
        self.emit(s, e, w, "quantity", q, a, self._confidence(a, q.approx), other_unit)
        bisect.insort(self.quantities, (s, e, w), key=lambda x: x[0])  # its moment: fill_as_of

    def _bare_points(self, s: int, e: int) -> bool:
        """"points" without "percentage" after a figure in a sentence that speaks of no percentage
        (no %, percent, per cent, percentage): points of a score or an index, not percentage points
        ("Approval fell 4 points to 38%" is; "the index rose 300 points" is not)."""
        tail = self.low[max(0, e - 20):e]
        if not tail.endswith(("points", "point")) or tail.rstrip("s").endswith("percentage point"):
            return False
        return _PERCENT_CONTEXT.search(self.low, *self.context_sentence(s, e)) is None

    def _past_noun_list(self, w: Window, e: int) -> Window:
        """The window of a count whose counted noun heads an English list ("67,000 technicians,
        computer scientists and engineers by 2030"): the list's commas do not end its clause."""
        m = _NOUN_LIST.match(self.low, e)
        if m is None or w.clause[1] != e or m.end() >= w.sentence[1]:
            return w
        _, ce = self.ctx.clause(m.end(), m.end() + 1, *w.sentence)
        return dataclasses.replace(w, clause=(w.clause[0], max(w.clause[1], ce)))

    def _period_of_previous(self, s: int, e: int) -> bool:
        """"over N years" at [s, e) follows the previous figure closely in its clause (right after
        it, or after its counted noun's words: "43 recalls of AI devices over three years",
        "400,000 educators over five years"): the period that figure covers, not a hedge. The
        previous figure may be a claim or not (its noun unknown to the lexicon); not after words
        that make "over" "more than" ("have worked there for over five years")."""
        if self.quantities:
            ps_, pe_, pw = self.quantities[-1]
            gap = s - pe_
            if 0 <= gap <= 2:
                return True
            if (gap <= _PERIOD_REACH and pw.clause[0] <= s < pw.clause[1]
                    and not _FREE_DIGIT.search(self.t, pe_, s) and not _OVER_AS_MORE.search(self.low, max(pe_, s - 10), s)):
                return True
        i = bisect.bisect_right(self.number_ends, s) - 1
        if i < 0:
            return False
        pe_ = self.number_ends[i]
        gap = s - pe_
        if not 0 <= gap <= _PERIOD_REACH or _FREE_DIGIT.search(self.t, pe_, s):
            return False
        if _OVER_AS_MORE.search(self.low, max(pe_, s - 10), s):
            return False
        cs, _ = self.ctx.clause(s, e, *self.sentences(s, e))
        return cs <= pe_

    def _base_right_after(self, s: int, core: str = "") -> tuple[str, str] | None:
        """(unit, kind) of the figure right before ", up/down from" and the bare figure at ``s``, of any
        kind ("dropped to 8 days, down from 19", "rose to 4.1%, up from 3.2")."""
        if not self.quantities:
            return None
        ps_, pe_, _pw = self.quantities[-1]
        if _UP_DOWN_FROM.fullmatch(self.low, pe_, s) is None and not (
                _TO_AFTER_FROM.fullmatch(self.low, pe_, s) and self.low.endswith("from ", max(0, ps_ - 5), ps_)):
            return None  # (… or "fell from 402 days to 389": the old figure's unit is the new one's)
        prev = self.claims.get(self._key(ps_, pe_))
        if prev is None or prev.value.unit is None or (_SCALED_FIGURE.search(prev.text) and not _SCALED_FIGURE.search(core)):
            return None  # ("rose to $5bn, up from 4.2": the scale is left out too; no claim rather than $4.20; "up from
            # 3.8bn" keeps its own)
        return prev.value.unit, self.units.kind(prev.value.unit)

    def changed_count_unit(self, s: int) -> str | None:
        """The counted unit of the nearest count before, in the same sentence, for a bare English
        figure after a verb of change and "to" ("had about 125 staff … planned to grow to more than
        140"), after "up from" / ", from" (the base of a change: "200 judges …, up from about 40")
        or after ", and" ("2.2 million rides in the quarter, up 148% …, and more than 14 million
        since its launch"), or in apposition before a comparison ("…, to 781,000, about a quarter of
        a million below their peak"): the noun is left out because it is the same."""
        if not self.low[s:s + 1].isascii():
            return None
        found = None
        for ps_, pe_, pw in reversed(self.quantities):  # the nearest count before it in the sentence
            if not pw.sentence[0] <= s < pw.sentence[1]:
                break
            prev = self.claims.get(self._key(ps_, pe_))
            if prev is None:
                continue
            unit = prev.value.unit
            if self.units.kind(unit) == "count":
                unit = unit if unit not in self.units.generic else None
                if not _PLACE_BEFORE.search(self.low, max(0, ps_ - 10), ps_):
                    return unit
                found = found or (unit,)  # "74 AI tools in live use across 19 departments, up from 45":
                # a count after "across"/"in" says where, the one before it is what changed
        return found[0] if found else None

    def open_noun(self, e: int, of_ok: bool = False) -> tuple[str, str, int] | None:
        """(unit, "count", end) for an English figure ending at ``e`` followed by a plural noun that
        the lexicon does not know, after at most three lowercase modifiers ("48 junctions", "17
        alerts", "some 1,100 suspicious-activity reports" had the lexicon not had "reports"): the
        unit is the noun itself, so that it is compared only with counts of the same noun. Not a
        capitalised word (a name), a function word, a verb of the list, or a noun that counts
        nothing by itself ("others", "kinds"). A compound of two words counts as one ("1,900
        vehicle-hours"); ``of_ok``: "of" may come first (after a plural magnitude: "tens of
        thousands of GP notes")."""
        m = _OPEN_NOUN.match(self.low, e)
        if m is None or (m.group("of") and not of_ok):
            return None
        noun = m.group("noun")
        if any(w in _OPEN_NOUN_STOP and w != "such" for w in m.group("mods").split()) or not self._open_noun_word(noun):
            # ("10,000 such donors": "such" refers back, it modifies the noun)
            return None  # a name, a function word, money, or a word of the lexicon its rules did not take
        if self.t[m.start("noun")].isupper() and not (
                "-" in noun and self.t[m.start("noun") + noun.index("-") + 1:m.end("noun")].islower()) and not (
                _ACRONYM_PLURAL.fullmatch(self.t, m.start("noun"), m.end("noun"))):
            return None  # a name; but "2.1 crore GPU-hours" (an acronym's compound with a plain noun), "400 SMEs"
        return noun, "count", m.end("noun")

    def subject_count_unit(self, s: int) -> str | None:
        """The counted unit of the noun that opens the sentence, for a bare English figure after a
        verb of change and "to" ("Complaints to the regulator's tip line that mentioned deepfakes
        rose to 2,870"): the noun is among the sentence's first words and no other figure stands
        between it and the figure."""
        low = self.low
        ss, _ = self.sentences(s, s + 1)
        lead = _PARAGRAPH_NUMBER.match(low, ss, s)
        if lead is not None:
            ss = lead.end()  # "4.24 Complaints to the Ombudsman … rose to 1,240": a paragraph's number
        if not low[s:s + 1].isascii():
            return None
        n = _NUMBER_OF.search(low, ss, s)
        if n is None and _FIGURE_BETWEEN.search(low, ss, s):
            return None  # another figure between: the opening noun may be its (not after "the number of X";
            # an ordinal, "for the 13th consecutive quarter", is none)
        if n is not None:  # "Officials expect the number of vehicles to rise to 300": what is numbered
            unit = self.units.noun_unit_at(low, n.start("noun"), s)
            if unit is None and self._open_noun_word(n.group("noun")):
                unit = n.group("noun")
            ok = unit is not None and self.units.kind(unit) == "count" and unit not in self.units.generic
            return unit if ok else None
        first, verb_end, words = True, -1, 0
        for wm in _EN_WORD.finditer(low, ss, s):
            if wm.start() < verb_end:
                continue  # the verb of saying itself, and when and "that"
            if words >= _SUBJECT_WORDS:
                break
            words += 1
            says = _SAYS.match(low, wm.end())
            if says is not None:  # "Analysts say complaints rose to 2,870": the speakers are not what
                # is counted; the clause said starts after the verb ("The ministry said on Tuesday that
                # applications … rose to 18,400")
                first, verb_end, words = True, _SAID_THAT.match(low, says.end()).end(), 0
                continue
            unit = self.units.noun_unit_at(low, wm.start(), s)
            if unit is not None:
                ok = self.units.kind(unit) == "count" and unit not in self.units.generic
                return unit if ok else None
            if first and self._open_noun_word(wm.group()):
                return wm.group()  # "Seizures of controlled goods rose to 14,380": a noun the lexicon lacks
            # ... after a modifier ("Platelet donations rose faster, to just under 41,000")
            first = first and words <= 2 and wm.group() not in _OPEN_NOUN_STOP and not wm.group().endswith("s")
            # (two modifiers: "Reported missed collections fell to 1,046")
        return None

    def _hyphen_noun_word(self, w: str) -> bool:
        """``w`` (lowercase, singular) after a figure and a hyphen, before another word, counts ("ten-seat
        gondola"): not a word of the lexicon (its rules read "28-page", "five-year"), a function word,
        or one that makes the figure no count ("40-strong", "30-something", "3-0")."""
        return (w not in _OPEN_NOUN_STOP and w not in _HYPHEN_NOT_COUNTED and not _NUMBER_WORD_START.match(w)
                and not self.units.is_unit_word(w)
                and not self.units.is_unit_word(_plural(w)))

    def _open_noun_word(self, w: str) -> bool:
        """``w`` (lowercase) may be the unit of a count of a plural noun the lexicon lacks (open_noun)."""
        return (OPEN_NOUN_UNIT.fullmatch(w) is not None and w not in _OPEN_NOUN_STOP and w not in _NOT_COUNTED
                and (not w.endswith(_NOT_PLURAL) or w in _PLURALS_IN_THS) and not any(p in _OPEN_NOUN_STOP for p in w.split("-"))
                and not self.units.is_unit_word(w))

    def yuan_of_paragraph(self, s: int) -> str:
        """A bare 元 is the yuan, unless the money figure before it in the paragraph names another
        currency counted in 元 (新臺幣180萬元, 港幣5億元): then it is that currency."""
        ps, _ = self.ctx.paragraph(s)
        for qs, qe, _w in reversed(self.quantities):
            if qs < ps:
                break
            prev = self.claims.get(self._key(qs, qe))
            if prev is not None and self.units.kind(prev.value.unit) == "currency":
                if prev.value.unit != _YUAN_UNIT and _COUNTED_IN_YUAN.search(prev.text):
                    return prev.value.unit
                break
        if self.doc.language == "zh-Hant" and self.units.yuan_context:
            return self.yuan_of_region(s) or self._first_yuan_named() or _YUAN_UNIT
        return _YUAN_UNIT

    def _first_yuan_named(self) -> str | None:
        """The currency of the document's first money figure counted in 元 that names its currency
        (新台幣3,850萬元 in a Taiwan wire that later quotes 人民幣 and 港元 figures): the document's own."""
        names = dict(self.units.yuan_names)
        for qs, qe, _w in self.quantities:
            c = self.claims.get(self._key(qs, qe))
            if (c is not None and c.value.unit in names and _COUNTED_IN_YUAN.search(c.text)
                    and any(n in self.low[qs:qe] for n in names[c.value.unit])):
                return c.value.unit
        return None

    def yuan_of_region(self, s: int) -> str | None:
        """The currency of a bare 元 in a traditional Chinese text, which is written in Taiwan and
        Hong Kong as well as for mainland readers: the one currency whose ``yuan_context`` words
        (units.yaml: 立法會, 本港, 港府 …; 行政院, 臺灣, 國科會 …; 人民幣, 內地, 國務院 …) occur in
        the figure's sentence, else in its paragraph, else in the document; but in the document, a
        currency whose name the document writes in full (新臺幣, 港幣/港元, 澳門元, 人民幣: its
        Chinese ``before`` words), when it writes no other's, before the places it names (a Taiwan
        report on exports to 香港 and 中國大陸 that writes 新臺幣 elsewhere). None when no scope
        names exactly one."""
        low = self.low
        ss, se = self.context_sentence(s, s + 1)
        ps, pe = self.ctx.paragraph(s)
        for scope, (lo, hi) in enumerate(((ss, se), (min(ps, ss), max(pe, se)), (0, len(low)))):
            if scope == 2:
                written = self._yuan_named_in_document()
                if written is not None:
                    return written
            named = self._yuan_context_in(lo, hi)
            if len(named) == 1:
                return named[0]
            if len(named) > 1:
                return None
        return None

    def _yuan_context_in(self, lo: int, hi: int) -> list[str]:
        """The currencies whose ``yuan_context`` words occur in ``low[lo:hi]``; remembered per span
        (each bare 元 of a paragraph looks at the same paragraph, and at the whole document)."""
        memo = self.__dict__.setdefault("_yuan_context_memo", {})
        found = memo.get((lo, hi))
        if found is None:
            low = self.low
            found = memo[(lo, hi)] = [unit for unit, words in self.units.yuan_context if words.search(low, lo, hi)]
        return found

    def _yuan_named_in_document(self) -> str | None:
        """The one currency counted in 元 whose name is written in full in the document, if one is."""
        if "_yuan_named" not in self.__dict__:
            low = self.low
            named = [unit for unit, names in self.units.yuan_names if any(n in low for n in names)]
            self.__dict__["_yuan_named"] = named[0] if len(named) == 1 else None
        return self.__dict__["_yuan_named"]

    def elided_unit(self, m: NumberMention, e: int) -> str | None:
        """The unit of a count whose noun is left out ("Of the 10,068 comments, 9,313 came from
        individuals"): the unit of the one catalog subject whose required cue group ("all") is in
        the figure's own clause and which claims it. Never an open key: a bare figure is read only
        where the catalog is specific about it. Partitives ("47 of the 90") and small or
        fractional figures are left alone."""
        if m.hedge == "several" or m.value != m.value.to_integral_value() or m.value <= SMALL_COUNT:
            return None
        rest = self.low[e:e + 12].lstrip()
        if rest.startswith(_OF_THEM):
            # "10,068 comments, 9,313 of them from individuals": a part, never the whole's own subject
            # ("drew 10,068 comments, and 50 of them were from universities" is no total: number_claim)
            unit, whole = self.antecedent(m.start)
            self._part_of = (m.start, whole)
            return unit
        if rest.startswith(_OF_PEOPLE):
            return "people"  # "more than 1,100 of you replied", "2,000 of us": people
        if rest.startswith(_MORE_OF_THE_SAME):
            # "completed 186 new homes and have 420 more on site": the unit of the figure before, but
            # an increment is no total: no catalog subject takes it (number_claim)
            self._increment_at = m.start
            return self.antecedent_unit(m.start)
        if rest.startswith(("of ", "out of", "/", "分之", "中的")):
            return None
        possible = self._elidable
        if possible is None:  # once per document: the subjects that could claim a bare figure
            possible = self._elidable = [s for s in self.ctx.possible("quantity") if s.all and s.unit]
            # and where a term of the first ``all`` group of one of them occurs: a clause that holds
            # none has no subject whose groups are all present (none fits); every one has groups
            if all(groups for s in possible for groups in s.all_sets):
                first = frozenset().union(*(groups[0] for s in possible for groups in s.all_sets))
                self._elidable_pos = [p for p, t in zip(self.ctx.pos, self.ctx.terms) if t in first]
        if not possible:
            return None
        if self._elidable_pos is not None:  # the figure's clause, as self.window has it
            ss, se = self.sentences(m.start, e)
            cs, ce = self.ctx.clause(m.start, e, ss, se)
            i = bisect.bisect_left(self._elidable_pos, cs)
            if i == len(self._elidable_pos) or self._elidable_pos[i] >= ce:
                return None
        w = self.window(m.start, e)
        clause = {t for _, t in self.ctx.terms_between(*w.clause)}
        fits = [s for s in possible if all_groups_present(s.all_sets, clause)]
        units = {u for s in fits for u in s.unit if self.units.kind(u) == "count"}
        found = set()
        for u in sorted(units):
            a = assign_subject(self.ctx, "quantity", u, w, others=self.others)
            if a is not None and a.source == "catalog" and any(s.id == a.subject for s in fits):
                found.add((a.subject, u))
        return found.pop()[1] if len(found) == 1 else None

    def antecedent(self, s: int) -> tuple[str | None, str | None]:
        """(count unit, subject) of the nearest count before ``s`` in its sentence: what "N of them"
        counts ("drew 10,068 comments, 9,313 of them from individuals"; "took in 9,870 animals, about
        7% more than the year before, and found new homes for 8,215 of them": the animals, past a
        share). A money or measure figure in between ends the search ("made 120 arrests and seized 45
        kg of drugs, 30 of them cocaine": no arrests)."""
        ss = self.window(s, s + 1).sentence[0]
        for qs, qe, _w in reversed(self.quantities):  # (in text order: the nearest first)
            if qe > s:
                continue
            if qs < ss:
                break
            c = self.claims.get(self._key(qs, qe))
            if c is None or c.kind != "quantity" or not c.value.unit:
                continue
            kind = self.units.kind(c.value.unit)
            if kind == "percent":
                continue
            return (c.value.unit, c.subject) if kind == "count" else (None, None)
        return None, None

    def antecedent_unit(self, s: int) -> str | None:
        return self.antecedent(s)[0]

    def identifiers_and_titles(self, idents, titles, blocked: _Spans) -> None:
        cat = self.catalog
        title_subj: list[tuple[object, object]] = []
        ident_spans = _Spans([(i.start, i.end) for i in idents])
        istarts = [i.start for i in idents]  # idents are sorted by start

        def near_idents(s: int, e: int):
            lo = bisect.bisect_left(istarts, s - ADJACENT - 64)  # an identifier is < 64 code points long
            hi = bisect.bisect_right(istarts, e + ADJACENT)
            return idents[lo:hi]

        for tm in titles:
            if ident_spans.overlaps(tm.start, tm.end):
                continue
            if tm.bracketed is False and blocked.overlaps(tm.start, tm.end):
                continue
            subj = title_subject(cat, tm)
            if subj is None and tm.formal and not _PUBLISHED_IN_BEFORE.search(self.low, max(0, tm.start - 16), tm.start):
                # (not the journal an order is printed in: "该命令于2025年1月31日刊登于《联邦公报》")
                for i in near_idents(tm.start, tm.end):
                    if adjacent((i.start, i.end), (tm.start, tm.end), self.t):
                        ent = identifier_entity(cat, i)
                        subj = entity_text_subject(cat, ent, tm.script) if ent else None
                        if subj:
                            break
            if subj is None:
                continue
            title_subj.append((tm, subj))
            w = self.window(tm.start, tm.end)
            raw_s, raw_e = self.nt.to_original(tm.start, tm.end)
            raw = self.doc.text[raw_s + self.base:raw_e + self.base]
            value = TextValue(text=raw, normalized=title_normalized(cat, raw))
            a = Assignment(subj.id, "catalog", 2.0, (), subj.spec.entity, evidence="sentence")
            self.emit(tm.start, tm.end, w, "text", value, a, 0.85 if tm.bracketed else 0.7)
        tstarts = [tm.start for tm, _ in title_subj]  # type: ignore[attr-defined]
        for i in idents:
            ent = None
            lo = bisect.bisect_left(tstarts, i.start - ADJACENT - 200)  # titles are <= 160 code points
            hi = bisect.bisect_right(tstarts, i.end + ADJACENT)
            own = identifier_entity(cat, i)
            for tm, subj in title_subj[lo:hi]:
                if adjacent((i.start, i.end), (tm.start, tm.end), self.t):  # type: ignore[attr-defined]
                    ent = subj.spec.entity  # type: ignore[attr-defined]
                    if own is not None and ent != own and _CLAUSE_GAP.search(
                            self.t, min(i.end, tm.end), max(i.start, tm.start)):  # type: ignore[attr-defined]
                        ent = own  # "签署第14179号行政命令《消除…障碍》，撤销…签署的第14110号行政令": the
                        # number of another order, a clause away from the title: that order's
                    break
            if ent is None:
                ent = own
            subj = identifier_subject(cat, ent)
            w = self.window(i.start, i.end)
            if subj is not None:
                a = Assignment(subj.id, "catalog", 2.0, (), ent, evidence="sentence")
            else:
                a = Assignment(f"open:{i.scheme}:{i.number}", "open", 0.0, (), None)
            self.emit(i.start, i.end, w, "identifier", Identifier(scheme=i.scheme, number=i.number), a,
                      0.9 if subj is not None else 0.5)


def text_document(text: str, *, doc_id: str = "text", date=None, language=None) -> Document:
    """A Document for a string (catalog examples, drafts typed in, tests): language guessed from
    the script (CJK that OpenCC folds -> zh-Hant, other CJK -> zh-Hans, else en)."""
    import hashlib

    from claims.text import fold_t2s

    if language is None:
        cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
        if cjk == 0:
            language = "en"
        else:
            language = "zh-Hant" if fold_t2s(text) != text else "zh-Hans"
    return Document(
        id=doc_id, path=doc_id, text=text, language=language, date=date,
        date_source="front_matter" if date else "none",
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )


def extract_claims(doc: Document, catalog: Catalog, *, reference_date=None) -> list[Claim]:
    """Every check-worthy figure, date, identifier and title of ``doc``, sorted by (start, end)."""
    with literal_scope():  # (the finders' literals found in one pass per text of this document)
        return _Extractor(doc, catalog, reference_date).run()

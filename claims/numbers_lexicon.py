"""The numeral lexicon (claims/catalog/lexicon/numerals.yaml): a strict pydantic model, validated at
load time, and the regexes built from it. Words live in the YAML; this module only assembles them.

Every pattern built here is linear on adversarial input: runs use possessive quantifiers, starts are
guarded by look-behinds so that a run can never restart in the middle of another one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claims.model import Hedge
from claims.yamlio import load_model

LEXICON_PATH = Path(__file__).parent / "catalog" / "lexicon" / "numerals.yaml"

HedgeKind = Hedge


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _no_duplicates(words: list[str]) -> list[str]:
    seen: set[str] = set()
    dups = [w for w in words if w in seen or seen.add(w)]  # type: ignore[func-returns-value]
    if dups:
        raise ValueError(f"duplicate entries: {', '.join(sorted(set(dups)))}")
    if any(not w for w in words):
        raise ValueError("empty word")
    return words


Words = list[str]


class ZhNumerals(_Strict):
    digits: dict[str, int]
    no_decimal_digits: Words
    units: dict[str, int]
    scales: dict[str, int]
    double_scales: dict[str, int]
    negative: Words
    decimal_point: Words
    half: Words
    dozen: Words
    fraction_infix: str
    fraction_joiner: Words
    vague_digit: Words
    several_prefix: Words
    plus_infix: Words
    percent_prefixes: dict[str, Decimal]
    percent_suffixes: Words
    percent_point_suffixes: Words
    tenths_suffixes: Words
    discount_suffixes: Words
    tenths_stop_followers: Words
    discount_stop_followers: Words
    unit_words: Words
    minus_after: Words = Field(default_factory=list)  # 为-3.42亿元: a '-' after one of these is a minus sign

    @field_validator(
        "no_decimal_digits", "negative", "decimal_point", "half", "dozen", "fraction_joiner", "vague_digit",
        "several_prefix", "plus_infix", "percent_suffixes", "percent_point_suffixes", "tenths_suffixes",
        "discount_suffixes", "tenths_stop_followers", "discount_stop_followers", "unit_words", "minus_after",
    )
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return _no_duplicates(v)

    @model_validator(mode="after")
    def _single_chars(self) -> "ZhNumerals":
        for name in ("digits", "units", "scales", "minus_after"):
            bad = [k for k in getattr(self, name) if len(k) != 1]
            if bad:
                raise ValueError(f"{name}: entries must be single characters: {bad}")
        for name in ("no_decimal_digits",):
            bad = [k for k in getattr(self, name) if k not in self.digits]
            if bad:
                raise ValueError(f"{name}: not listed under digits: {bad}")
        return self


class EnNumerals(_Strict):
    ones: dict[str, int]
    tens: dict[str, int]
    hundred: Words
    scales: dict[str, int]
    dozen: Words
    multiplier_suffixes: dict[str, int]
    currency_multipliers: dict[str, int]
    ordinal_suffixes: Words
    ordinals: dict[str, int]
    unit_ordinals: dict[str, int]
    articles: Words
    negative: Words
    decimal_point: Words
    percent_words: Words
    percent_point_words: Words
    several_words: Words

    @field_validator("hundred", "dozen", "ordinal_suffixes", "articles", "negative", "decimal_point",
                     "percent_words", "percent_point_words", "several_words")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return _no_duplicates(v)


class HedgeWords(_Strict):
    exact: Words = Field(default_factory=list)
    about: Words = Field(default_factory=list)
    nearly: Words = Field(default_factory=list)
    over: Words = Field(default_factory=list)
    at_least: Words = Field(default_factory=list)
    under: Words = Field(default_factory=list)
    at_most: Words = Field(default_factory=list)
    plus: Words = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> "HedgeWords":
        allw: list[str] = []
        for name in type(self).model_fields:
            allw += _no_duplicates(getattr(self, name))
        _no_duplicates(allw)
        return self

    def pairs(self) -> list[tuple[str, HedgeKind]]:
        """(word, hedge) pairs, longest word first, so that alternations prefer the longest."""
        out = [(w, h) for h in type(self).model_fields for w in getattr(self, h)]
        return sorted(out, key=lambda p: (-len(p[0]), p[0]))  # type: ignore[return-value]


class PrefixHedges(_Strict):
    zh: HedgeWords
    zh_fillers: Words
    currency_between: Words
    zh_blockers: Words
    # words that end with a blocker's first character and so break the blocker (人员编制约为140人:
    # 编制 + 约为, not 制约)
    zh_blocker_breakers: Words = Field(default_factory=list)
    en: HedgeWords
    # words right after a figure that let an English hedge reach over "a"/"an" before it ("roughly
    # a 40-fold speed-up", "about a 3x increase"; a percent figure too: "roughly a 50% increase")
    en_article_multipliers: Words = Field(default_factory=list)
    # hedge words that are the comparison after a multiplier ("three times as many as two years
    # earlier"), and the words of a multiplier they follow then
    en_comparisons: Words = Field(default_factory=list)
    en_comparison_after: Words = Field(default_factory=list)
    # one-word bounds that are prepositions before a figure counting these nouns ("90 actions under
    # three pillars", "grouped under four headings"): no hedge
    en_grouping_bounds: Words = Field(default_factory=list)
    en_grouping_nouns: Words = Field(default_factory=list)
    # English prefix hedges that bound only a duration ("within 48 hours": at most; "within 5% of"
    # and "within the 27 member states" are none): find_numbers does not read them, the claim layer
    # does once the unit is a duration (claims.extract)
    en_before_duration: HedgeWords = Field(default_factory=HedgeWords)
    # the Chinese ones, right before the figure (加保滿6個月: a full six months, at least)
    zh_before_duration: HedgeWords = Field(default_factory=HedgeWords)


class SuffixHedges(_Strict):
    zh: HedgeWords
    en: HedgeWords
    plus_blockers: Words


class Hedges(_Strict):
    prefix: PrefixHedges
    suffix: SuffixHedges


class VaguePhrase(_Strict):
    value: Decimal = Field(gt=0)
    hedge: Literal["exact", "several", "at_least", "about", "over"]
    percent: bool = False


class Vague(_Strict):
    zh: dict[str, VaguePhrase]
    zh_reaching_prefix: Words
    zh_passing_prefix: Words = ()
    zh_passing_blocked_after: Words = ()
    en_several: Words
    en_plural_of: dict[str, Decimal]
    en_units: dict[str, Decimal]


class Intervals(_Strict):
    about_tolerance: Decimal = Field(gt=0, lt=1)
    nearly_tolerance: Decimal = Field(gt=0, lt=1)
    several_low_factor: Decimal = Field(gt=0)
    several_high_factor: Decimal = Field(gt=1)

    @model_validator(mode="after")
    def _ordered(self) -> "Intervals":
        if self.several_low_factor >= self.several_high_factor:
            raise ValueError("several_low_factor must be below several_high_factor")
        return self


class Ranges(_Strict):
    zh: Words
    en: Words
    between_zh: list[tuple[str, str]]
    between_join_zh: Words
    between_en: Words
    between_join_en: Words
    bound_join_zh: Words
    bound_join_en: Words
    ratio_out_of_en: Words
    ratio_in_en: Words
    # "one in every ten" in Chinese: 每 before the whole, its counted word, then a verb of having
    # before the part and the same counted word (每10人就有1人, 每5家中有2家): the part over the whole
    ratio_every_zh: Words = []
    ratio_counted_zh: Words = []
    ratio_have_zh: Words = []
    change_before_from_en: Words = []
    not_repeated_units: Words = []
    adjacent_or: Words = []  # "five or six years": a range of two consecutive whole numbers


class NotNumbers(_Strict):
    zh: Words
    en: Words

    @field_validator("zh", "en")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return _no_duplicates(v)


class LoneDigit(_Strict):
    guarded: Words
    classifiers: Words
    ambiguous_alone: Words

    @field_validator("guarded", "classifiers", "ambiguous_alone")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return _no_duplicates(v)


class Example(_Strict):
    text: str
    mention: str
    value: Decimal
    hedge: HedgeKind
    low: Decimal | None = None
    high: Decimal | None = None


class Examples(_Strict):
    match: list[Example]
    no_match: Words


class MultiplierVerbs(_Strict):
    """Verbs that state a multiple (doubled, 翻了一番): see numerals.yaml multiplier_verbs."""

    en: dict[str, Annotated[int, Field(ge=2)]] = Field(default_factory=dict)
    en_base: dict[str, Annotated[int, Field(ge=2)]] = Field(default_factory=dict)
    en_base_after: Words = Field(default_factory=list)
    zh: dict[str, Annotated[int, Field(ge=2)]] = Field(default_factory=dict)
    zh_over_after: Words = Field(default_factory=list)  # 翻了一番多: more than doubled
    zh_base: dict[str, Annotated[int, Field(ge=2)]] = Field(default_factory=dict)  # 倍增: only after zh_base_after
    zh_base_after: Words = Field(default_factory=list)


class ShareWordSpec(_Strict):
    """A word that states a share without a figure ("a majority": over 50 percent)."""

    percent: Annotated[float, Field(gt=0, lt=100)]
    hedge: Literal["over", "under", "at_least", "at_most", "about", "nearly"]


class NumeralLexicon(_Strict):
    version: Literal[1]
    zh: ZhNumerals
    en: EnNumerals
    hedges: Hedges
    vague: Vague
    intervals: Intervals
    ranges: Ranges
    not_numbers: NotNumbers
    lone_digit: LoneDigit
    examples: Examples
    multiplier_verbs: MultiplierVerbs = Field(default_factory=MultiplierVerbs)
    share_words: dict[str, ShareWordSpec] = Field(default_factory=dict)


# patterns anchored at the end of a look-back window are searched right to left: one attempt at
# the end instead of one per position of the window
R = regex.REVERSE


# A run of the letters that [A-Za-z] matches under the regex module's IGNORECASE: ASCII letters
# plus İ, ı, ſ and the Kelvin sign K (they case-fold to i, s, k). All of them are word characters,
# so an English word matched between \b...\b or between Latin boundaries (_alt(latin=True)) is
# always a whole such run: a cheap stdlib scan of these runs finds every place where such a pattern
# can start (see numbers_scan._latin_starts).
LATIN_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a")
LATIN_RUN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]++")
_ASCII_TAIL = re.compile("[A-Za-z]+$")


def last_key(word: str) -> str:
    """What an English word ends with, as _split_by_last groups it: its last run of letters,
    lowercased, or its last character when that is not a letter ("approx." -> ".")."""
    if any(ch.isalpha() and not ch.isascii() for ch in word):
        raise ValueError(f"English hedge word {word!r}: expected ASCII letters")
    m = _ASCII_TAIL.search(word)
    return m.group().lower() if m else word[-1]


def _split_by_last(words: list[str], build) -> dict[str, "regex.Pattern[str]"]:
    """One pattern per last_key of the words (``build(words)`` compiles one). A word can match
    only where the text ends with its key: a letter run of the word is preceded by a space or a
    Latin boundary, so the text's own run must be that one. Each part keeps the words' order, so
    the first word that matches is the one the whole alternation would have chosen."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(last_key(w), []).append(w)
    return {k: build(ws) for k, ws in groups.items()}


def _first_runs(words: list[str], *, whole: bool) -> frozenset[str]:
    """The lowercased Latin runs the words start with (the whole word when ``whole``): what a run
    of the text must spell for a pattern of these words to match there."""
    out = set()
    for w in words:
        m = LATIN_RUN.match(w)
        if not m or not m.group().isascii() or (whole and m.end() != len(w)):
            raise ValueError(f"English number word {w!r}: expected {'ASCII letters' if whole else 'an ASCII letter first'}")
        out.add(m.group().lower())
    return frozenset(out)


# the non-ASCII letters the regex module's IGNORECASE matches for an ASCII letter of a literal word
_EXOTIC_FOLDS = {"i": "\u0130", "k": "\u212a", "s": "\u017f"}


def fold_firsts(words: list[str], *, last: bool = False) -> frozenset[str]:
    """Every character the first (or ``last``) character of one of the words matches
    case-insensitively (in the regex module): a necessary condition for a case-insensitive
    pattern of them to match there."""
    out: set[str] = set()
    for w in words:
        ch = w[-1] if last else w[0]
        out |= {ch, ch.lower(), ch.upper()}
        out |= set(_EXOTIC_FOLDS.get(ch.lower(), ""))
    return frozenset(out)


def _alt(words: list[str], *, latin: bool = False) -> str:
    """An alternation of literal words, longest first; Latin words get word boundaries and allow
    any run of spaces where the word has one."""
    parts = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        esc = regex.escape(w)
        if latin:
            esc = esc.replace(r"\ ", r"\s++")
            # Latin boundaries, not \b: CJK characters are word characters too (5G基站)
            if w[:1].isalpha():
                esc = r"(?<![A-Za-z])" + esc
            if w[-1:].isalpha():
                esc = esc + r"(?![A-Za-z])"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


class Compiled:
    """Regexes and lookup tables built once from a validated lexicon."""

    def __init__(self, lex: NumeralLexicon):
        self.lex = lex
        zh, en = lex.zh, lex.en
        self.zh_digit = {k: Decimal(v) for k, v in zh.digits.items()}
        self.zh_unit = {k: Decimal(v) for k, v in zh.units.items()}
        self.zh_scale = {k: Decimal(v) for k, v in zh.scales.items()}
        self.zh_double_scale = {k: Decimal(v) for k, v in zh.double_scales.items()}
        sp = r"[ \t\u00a0\u3000]"
        digits = "".join(zh.digits)
        units = "".join(zh.units)
        scales = "".join(zh.scales)
        dec_digits = "".join(d for d in zh.digits if d not in zh.no_decimal_digits)
        self.zh_chars = digits + units + scales
        self.zh_units_scales = set(units + scales)
        vague = "".join(zh.vague_digit)
        plus = "".join(zh.plus_infix)
        point = "".join(zh.decimal_point)
        neg = "".join(zh.negative)
        # a '-' is a minus sign where no letter or digit stands before it (GPT-4, 2-1 are none), and
        # after a Chinese linking word or verb (分别为-3.42亿元、-2.87亿元和-1.06亿元; 歼-20 is a name)
        minus_after = f"|(?<=[{regex.escape(''.join(zh.minus_after))}])" if zh.minus_after else ""
        half = "".join(zh.half)
        dozen = "".join(zh.dozen)
        joiner = "".join(zh.fraction_joiner)
        several = "".join(zh.several_prefix)
        frac = f"{sp}*+".join(regex.escape(ch) for ch in zh.fraction_infix)
        # Arabic core: digits with optional separators/decimals; validated in Python.
        # (each alternative that opens with a lookbehind has a lookahead for the character it
        # consumes in front: the engine reads that character before the lookbehind, which then
        # runs only where the alternative can match; the matches are the same)
        arabic = r"(?:\d++(?:,\d++)*+(?:\.\d++)?+|(?=\.)(?<!\d)\.\d++)"
        exponent = r"(?:[eE][-+]?\d++(?![A-Za-z])|\^[-+]*\d++)?+"
        unit_words = _alt(zh.unit_words)
        numchar_class = f"[{digits}{units}{scales}{vague}]"
        numchar = f"(?={numchar_class})(?!{unit_words}){numchar_class}"
        # atoms of a mixed numeral run (Arabic, Chinese, decimal point, 分之, 又, 多/余, 半, 打)
        atom = (
            f"(?:{arabic}{exponent}"
            f"|{numchar}"
            f"|[{point}](?={sp}*+(?:[{dec_digits}0-9]))"
            f"|{frac}(?={sp}*+(?:[{neg}]?+[{digits}{units}0-9]))"
            f"|[{joiner}](?={sp}*+[{digits}{units}0-9])"
            f"|(?=[{neg}])(?<=之{sp}*+)[{neg}](?={sp}*+[{digits}{units}0-9])"
            f"|(?=[{plus}])(?<=[{digits}{units}{scales}0-9]{sp}*+)[{plus}](?={sp}*+[{scales}])"
            f"|(?=[{plus}])(?<=[{digits}{units}{scales}0-9]{sp}*+)[{plus}]"
            f"|[{half}](?=[{units}])"
            f"|(?=[{dozen}])(?<=[{digits}{units}{scales}0-9]{sp}*+)[{dozen}]"
            ")"
        )
        # the first character of every atom (an atom after the first is tried only before one)
        atom_first_class = f"[\\d.{digits}{units}{scales}{vague}{point}{zh.fraction_infix[0]}{joiner}{neg}{plus}{half}{dozen}]" \
            if zh.fraction_infix else ""
        atom_first = f"(?={atom_first_class})" if atom_first_class else ""
        # a run may not start inside a Latin word or code ("H100", "e.g."), but a Chinese numeral may
        # follow Latin letters ("走私GPU一万多颗": GPU, then ten thousand and more)
        zh_first = f"[{digits}{units}{scales}]"
        start_guard = rf"(?:(?<![A-Za-z0-9_.\d]|[A-Za-z][-‐])|(?<![0-9_.\d])(?<![A-Za-z][-‐])(?={zh_first}))"
        first = f"[0-9.\\-{neg}{several}{digits}{units}{scales}{vague}{half}]"
        # a character-class scan (with run_re's start guard: "e.g." and "U.S." are no starts) finds
        # where runs may start; run_re is matched only there. The stdlib scans it faster; its
        # guard leaves out the non-ASCII digits (the two modules' \d differ), so it may find a few
        # more places, where run_re's own guard fails
        # (the class first, consumed, then the guards, read behind it: the engine skips to the next
        # candidate character; a leading lookahead made it try every position)
        self.first_re = re.compile(f"{first}(?<![0-9_.].)(?<![A-Za-z][-‐].)(?:(?<![A-Za-z].)|(?<={zh_first}))")
        self.run_re = regex.compile(
            f"(?={first}){start_guard}(?:[{neg}]|(?=-)(?:(?<![\\p{{L}}\\p{{N}}_%‰]){minus_after})-(?=\\.?\\d))?+"
            f"(?:[{several}](?={sp}*+[{units}{scales}]))?+"
            f"{atom}(?:{sp}*+{atom_first}{atom})*+",
        )
        # run_re's match where it is a plain Arabic figure: ASCII digits (with thousands commas and
        # a decimal part) that nothing continues, at a start of first_re (which has read the letters
        # and digits before it). With run_re's own start guard, a figure not followed by what its
        # digits, exponent or a further atom (after spaces) could take, it matches where run_re
        # matches and ends where run_re ends (the sign and 数 need a character other than a digit
        # first); anything else fails here and is left to run_re (see _zh_candidates)
        self.plain_run_re = regex.compile(
            f"(?<![A-Za-z0-9_.\\d]|[A-Za-z][-‐])[0-9]++(?:,[0-9]++)*+(?:\\.[0-9]++)?+"
            f"(?![\\d,.eE^])(?!{sp}*+{atom_first_class})") if atom_first_class else None
        self.zh_token_re = regex.compile(
            f"(?P<arabic>{arabic}(?:[eE][-+]?\\d++|\\^[-+]*\\d++)?+)"
            f"|(?P<double>{_alt(list(zh.double_scales))})"
            f"|(?P<frac>{frac})"
            f"|(?P<ch>[^\\s])|(?P<sp>\\s++)"
        )
        self.zh_plus = set(zh.plus_infix)
        self.zh_vague = set(zh.vague_digit)
        self.zh_several = set(zh.several_prefix)
        self.zh_neg = set(zh.negative)
        self.zh_point = set(zh.decimal_point)
        self.zh_half = set(zh.half)
        self.zh_dozen = set(zh.dozen)
        self.zh_joiner = set(zh.fraction_joiner)
        self.zh_no_decimal = set(zh.no_decimal_digits)
        # percent forms around a numeral
        self.percent_prefix = {k: Decimal(v) for k, v in zh.percent_prefixes.items()}
        self.percent_suffix_re = regex.compile(f"{sp}*+{_alt(zh.percent_suffixes)}")
        self.percent_point_re = regex.compile(
            "(?:" + "|".join(f"{sp}*+" + f"{sp}*+".join(regex.escape(c) for c in w) for w in
                             sorted(zh.percent_point_suffixes, key=len, reverse=True)) + ")")
        # 七成六 is 76%, and 2成6 too (one Arabic digit on each side; not 2成60, 2成6年: a count)
        tenths = _alt(zh.tenths_suffixes)
        counted = regex.escape("".join(lex.lone_digit.classifiers))
        self.tenths_re = regex.compile(
            f"{sp}*+{tenths}(?!{_alt(zh.tenths_stop_followers)})"
            f"(?:{sp}*+(?P<after>[{half}]|[{digits}](?![{units}{scales}])"
            f"|(?<=(?<![0-9.,])[1-9]{sp}*(?:{tenths}){sp}*)[1-9](?![0-9.,%．{counted}])))?+")
        self.discount_re = regex.compile(
            f"{sp}*+{_alt(zh.discount_suffixes)}(?!{_alt(zh.discount_stop_followers)})")
        # English
        self.en_ones = {k: Decimal(v) for k, v in en.ones.items()}
        self.en_tens = {k: Decimal(v) for k, v in en.tens.items()}
        self.en_hundred = set(en.hundred)
        self.en_scales = {k: Decimal(v) for k, v in en.scales.items()}
        self.en_dozen = set(en.dozen)
        self.en_ordinals = {k: Decimal(v) for k, v in en.ordinals.items()}
        self.en_unit_ordinals = {k: Decimal(v) for k, v in en.unit_ordinals.items()}
        self.en_articles = set(en.articles)
        self.en_negative = set(en.negative)
        self.en_point = set(en.decimal_point)
        self.multipliers = {k: Decimal(v) for k, v in en.multiplier_suffixes.items()}
        words = (list(en.ones) + list(en.tens) + en.hundred + list(en.scales) + en.dozen
                 + list(en.ordinals) + list(en.unit_ordinals) + en.articles + en.decimal_point + ["and"] + en.negative)
        w_alt = "|".join(regex.escape(w) for w in sorted(set(words), key=lambda x: (-len(x), x)))
        word = f"(?:\\b(?:{w_alt})\\b)"
        sep = r"(?:[ \t\u00a0]*+\n?+[ \t\u00a0]*+-[ \t]*+|[ \t\u00a0]++\n?+[ \t\u00a0]*+|\n[ \t\u00a0]*+)"
        self.en_run_re = regex.compile(f"{word}(?:{sep}{word})*+", regex.IGNORECASE)
        self.en_run_first = _first_runs(words, whole=True)  # en_run_re starts at a run spelling one
        self.en_scale_after_re = regex.compile(
            f"[ \t\u00a0]*+(?P<w>\\b(?:{_alt(list(en.scales) + en.hundred + en.dozen)})\\b)"
            f"(?:[ \t\u00a0]++(?P<w2>\\b(?:{_alt(list(en.scales))})\\b))?+", regex.IGNORECASE)
        mult = sorted(en.multiplier_suffixes, key=lambda x: (-len(x), x))
        self.multiplier_re = regex.compile(
            "(?P<sp>[ \t]*+)(?P<m>" + "|".join(regex.escape(m) for m in mult) + r")(?![A-Za-z0-9])")
        self.en_negative_before_re = regex.compile(f"{_alt(en.negative, latin=True)}[ \t]++$", R | regex.IGNORECASE)
        self.currency_multipliers = {k: Decimal(v) for k, v in en.currency_multipliers.items()}
        self.range_suffixes = frozenset(en.multiplier_suffixes) | frozenset(en.currency_multipliers)
        self.currency_multiplier_re = regex.compile(
            "(?P<m>" + "|".join(regex.escape(m) for m in sorted(en.currency_multipliers, key=len, reverse=True))
            + r")(?![A-Za-z0-9])")
        self.ordinal_suffix_re = regex.compile(_alt(en.ordinal_suffixes) + r"(?![A-Za-z])")
        self.en_percent_re = regex.compile(
            f"[ \t\u00a0]*+(?:(?P<points>{_alt(en.percent_point_words, latin=True)})"
            f"|(?P<pct>{_alt(en.percent_words, latin=True)}))", regex.IGNORECASE)
        self.percent_sign_re = regex.compile(r"[ \t]*+[%％]")
        # hedges
        self.prefix_zh = {w: h for w, h in lex.hedges.prefix.zh.pairs()}
        self.prefix_en = {w.lower(): h for w, h in lex.hedges.prefix.en.pairs()}
        self.suffix_zh = {w: h for w, h in lex.hedges.suffix.zh.pairs()}
        self.suffix_en = {w.lower(): h for w, h in lex.hedges.suffix.en.pairs()}
        fillers = _alt(lex.hedges.prefix.zh_fillers)
        self.prefix_zh_re = regex.compile(
            f"(?P<h>{_alt(list(self.prefix_zh))}){sp}*(?:{fillers})?{sp}*$", R)
        # English prefix hedges, split by what the words end with (one alternation of all ~90
        # words costs ~9 µs a try); the whole alternation is prefix_en_re, built when first needed
        self.prefix_en_by_last = _split_by_last([w for w, _ in lex.hedges.prefix.en.pairs()], _prefix_en_pattern)
        pre = lex.hedges.prefix
        self.article_multiplier_re = regex.compile(
            # glued to the figure too ("tenfold", "3x"): no boundary before the word
            f"[ \t\u00a0]*+(?:{_alt(pre.en_article_multipliers)})(?![A-Za-z])", regex.IGNORECASE) \
            if pre.en_article_multipliers else None
        self.article_before_re = regex.compile(r"(?<![A-Za-z])an?[ \t\u00a0\n]++$", R | regex.IGNORECASE)
        self.en_grouping_bounds = frozenset(w.lower() for w in pre.en_grouping_bounds)
        self.grouping_after_re = regex.compile(
            f"[ \t\u00a0\n]+(?:{_alt(pre.en_grouping_nouns, latin=True)})(?![A-Za-z])", regex.IGNORECASE) \
            if pre.en_grouping_nouns else None
        self.en_comparisons = frozenset(w.lower() for w in pre.en_comparisons)
        self.comparison_after_re = regex.compile(
            f"(?:{_alt(pre.en_comparison_after, latin=True)})[ \t\u00a0\n]++$", R | regex.IGNORECASE) \
            if pre.en_comparison_after else None
        self.prefix_zh_blocker_re = regex.compile(f"(?:{_alt(lex.hedges.prefix.zh_blockers)})$", R)
        self.prefix_zh_blocker_breakers = frozenset(lex.hedges.prefix.zh_blocker_breakers)
        self.plus_blockers = set(lex.hedges.suffix.plus_blockers)
        # a currency code right before the figure ("CHF 11.2m", "USD4m"): "m" after it is a million, as after a sign
        codes = [w for w in lex.hedges.prefix.currency_between if w.isascii() and w.isalpha() and w.isupper() and len(w) == 3]
        self.currency_code_before_re = regex.compile(f"(?<![A-Za-z])(?:{'|'.join(sorted(codes))})[ \t\u00a0]?$") if codes else None
        # (a match of it ends the string and is at most this long: searched from there, not from the start)
        self.currency_code_reach = max((len(c) for c in codes), default=0) + 2  # (a space, or the newline $ may stand before)
        self.currency_before_re = regex.compile(
            f"{sp}*+(?:{_alt(lex.hedges.prefix.currency_between)}){sp}*+$", R)
        self.suffix_zh_re = regex.compile(f"{sp}*+(?P<h>{_alt(list(self.suffix_zh))})")
        self.suffix_en_re = regex.compile(
            f"(?:[ \t\u00a0]*+)(?P<h>{_alt([w for w, _ in lex.hedges.suffix.en.pairs()], latin=True)})(?![A-Za-z])"
            # "for 2024-25 and more than 100 staff": the next figure's prefix hedge, not a suffix
            r"(?![ \t\u00a0\n]++than(?![A-Za-z]))",
            regex.IGNORECASE)
        # ranges
        self.range_zh_re = regex.compile(f"{sp}*+(?:{_alt(lex.ranges.zh)}){sp}*+")
        self.range_en_re = regex.compile(
            f"[ \t\u00a0]*+(?:{_alt(lex.ranges.en, latin=True)})[ \t\u00a0]*+", regex.IGNORECASE)
        # spaces around "between"/"and": one line break among them too (a hard-wrapped line that
        # unwrap_lines leaves alone: "between 10%\nand 30%")
        en_sp = "(?:[ \t\u00a0]++|[ \t\u00a0]*+\n[ \t\u00a0]*+)"
        self.between_en_re = regex.compile(
            f"(?:{_alt(lex.ranges.between_en, latin=True)}){en_sp}$", R | regex.IGNORECASE)
        self.between_join_en_re = regex.compile(
            f"{en_sp}(?:{_alt(lex.ranges.between_join_en, latin=True)}){en_sp}", regex.IGNORECASE)
        self.not_repeated_units = frozenset(w.lower() for w in lex.ranges.not_repeated_units)
        self.adjacent_or = frozenset(w.lower() for w in lex.ranges.adjacent_or)
        self.adjacent_or_max = max((len(w) for w in self.adjacent_or), default=0)
        # a verb or noun of change before "from" ("rose from 10% to 30%"): two figures, not a range
        self.change_from_en_re = regex.compile(
            f"(?:{_alt(lex.ranges.change_before_from_en, latin=True)})(?:[ \t\u00a0\n]++[a-z]++ly)?+"
            f"[ \t\u00a0\n]++$", R | regex.IGNORECASE) if lex.ranges.change_before_from_en else None
        # the same verb earlier in the clause and a comma ("rose fastest among older workers, from
        # 8.2% to 12.9%")
        self.change_comma_from_en_re = regex.compile(
            f"(?<![a-z])(?:{_alt(lex.ranges.change_before_from_en, latin=True)})(?![a-z])[^.;:!?\n]{{0,50}},[ \t\u00a0]*+$",
            regex.IGNORECASE) if lex.ranges.change_before_from_en else None
        self.between_zh = lex.ranges.between_zh
        # the longest word of range_zh_re, range_en_re, between_join_en_re and between_join_zh_re
        # (none of them holds a space)
        connectors = lex.ranges.zh + lex.ranges.en + lex.ranges.between_join_en + lex.ranges.between_join_zh
        if any(ch.isspace() for w in connectors for ch in w):
            raise ValueError(f"range connectors must be single words: {connectors}")
        self.connector_max = max(len(w) for w in connectors)
        # ("nine times out of ten": times before "out of" counts occasions of the fraction)
        self.ratio_join_re = regex.compile(
            # ("nine cases out of ten": a plural noun before "out of" counts the cases of the fraction)
            f"[ \t\u00a0\n]++(?:(?:(?:times|cases|instances|occasions)[ \t\u00a0\n]++)?(?P<out>{_alt(lex.ranges.ratio_out_of_en, latin=True)})"
            # ("one household in five": the counted noun between, only after "one", numbers_ranges._ratios)
            f"|(?:(?P<noun>[a-z]{{3,}}(?:-[a-z]+)?)[ \t\u00a0]++)?{_alt(lex.ranges.ratio_in_en, latin=True)})"
            f"[ \t\u00a0\n]++", regex.IGNORECASE)
        # what the first character after ratio_join_re's spaces can be ("out of", "in")
        self.ratio_word_first = fold_firsts(lex.ranges.ratio_out_of_en + lex.ranges.ratio_in_en + ["times", "cases", "instances", "occasions"])
        rz = lex.ranges
        self.ratio_every_zh = frozenset(rz.ratio_every_zh)
        # (a noun may follow the counted word: 每7位长者就有1位)
        self.ratio_zh_re = regex.compile(f"(?P<c>{_alt(rz.ratio_counted_zh)})\\p{{Han}}{{0,4}}?(?:{_alt(rz.ratio_have_zh)})") \
            if rz.ratio_every_zh and rz.ratio_counted_zh and rz.ratio_have_zh else None
        self.bound_join_re = regex.compile(
            f"(?:[ \t\u00a0\u3000]*+(?:{_alt(lex.ranges.bound_join_zh)}|{_alt(lex.ranges.bound_join_en, latin=True)})?+"
            f"[ \t\u00a0\u3000]*+)", regex.IGNORECASE)
        self.between_join_zh_re = regex.compile(f"{sp}*+(?:{_alt(lex.ranges.between_join_zh)}){sp}*+")
        # not-numbers
        self.not_numbers_zh_re = regex.compile(_alt(lex.not_numbers.zh))
        self.not_numbers_en_re = regex.compile(_alt(lex.not_numbers.en, latin=True), regex.IGNORECASE)
        self.nn_max = max([len(w) for w in lex.not_numbers.zh + lex.not_numbers.en] + [1])
        self.guarded = set(lex.lone_digit.guarded)
        self.classifiers = set(lex.lone_digit.classifiers)
        self.ambiguous_alone = set(lex.lone_digit.ambiguous_alone)
        self.iv = lex.intervals
        vg = lex.vague
        self.vague_zh = vg.zh
        self.vague_zh_re = regex.compile(_alt(list(vg.zh)))
        # the characters the phrases start with: text without any of them (English) has none
        self.vague_zh_first_re = re.compile("[" + re.escape("".join(sorted({w[0] for w in vg.zh}))) + "]")
        self.reaching = set(vg.zh_reaching_prefix)
        self.passing = set(vg.zh_passing_prefix)
        self.passing_blocked_after = set(vg.zh_passing_blocked_after)
        self.en_plural_of = {k.lower(): v for k, v in vg.en_plural_of.items()}
        self.en_units = {k.lower(): v for k, v in vg.en_units.items()}
        self.en_vague_re = regex.compile(
            f"(?:(?P<sev>{_alt(vg.en_several, latin=True)})[ \t\n]++(?P<u>{_alt(list(vg.en_units), latin=True)})s?+\\b"
            # "hundreds of millions" is whole; "hundreds" alone is a magnitude only before "of"
            f"|(?P<p1>{_alt(list(vg.en_plural_of), latin=True)})(?:[ \t\n]++of[ \t\n]++"
            f"(?P<p2>{_alt(list(vg.en_plural_of), latin=True)})|(?=[ \t\n]++of\\b)))", regex.IGNORECASE)
        self.en_vague_first = _first_runs(vg.en_several + list(vg.en_plural_of), whole=False)
        # first/last characters that can start a suffix or end a prefix: cheap pre-checks
        def firsts(words: list[str]) -> set[str]:
            out: set[str] = set()
            for w in words:
                out |= {w[0], w[0].lower(), w[0].upper()}
            return out
        self.percent_first = firsts(zh.percent_suffixes + zh.percent_point_suffixes + en.percent_words
                                    + en.percent_point_words + zh.tenths_suffixes + zh.discount_suffixes + ["%"])
        self.suffix_first = firsts(list(self.suffix_zh) + list(self.suffix_en)) | {"-"}
        self.prefix_last = {w[-1].lower() for w in list(self.prefix_zh) + list(self.prefix_en)} | \
            {w[-1].upper() for w in self.prefix_en} | {f[-1] for f in lex.hedges.prefix.zh_fillers}
        self.currency_last = {w[-1] for w in lex.hedges.prefix.currency_between}
        # first characters each pattern after a numeral needs (after its spaces): so that only the
        # patterns that can match are tried
        self.suffix_zh_first = {w[0] for w in self.suffix_zh}
        self.suffix_en_first = fold_firsts(list(self.suffix_en))
        self.multiplier_first = {m[0] for m in en.multiplier_suffixes}
        self.en_scale_first = fold_firsts(list(en.scales) + en.hundred + en.dozen)
        self.ordinal_first = {w[0] for w in en.ordinal_suffixes}
        self.en_negative_last = fold_firsts(en.negative, last=True)
        # necessary for each prefix pattern to match (its words' last characters, as they can be
        # cased), so that a hedge is searched for only where it can end
        self.prefix_zh_last = {w[-1] for w in self.prefix_zh} | {f[-1] for f in lex.hedges.prefix.zh_fillers}
        self.prefix_en_last = {w[-1].lower() for w in self.prefix_en} | {w[-1].upper() for w in self.prefix_en}


    @cached_property
    def prefix_en_re(self) -> "regex.Pattern[str]":
        """All English prefix hedges in one pattern: only for a last word with İ, ı, ſ or K."""
        return _prefix_en_pattern([w for w, _ in self.lex.hedges.prefix.en.pairs()])


def _prefix_en_pattern(words: list[str]) -> "regex.Pattern[str]":
    """English prefix hedge words right before the end of a look-back window (and its spaces)."""
    return regex.compile(f"(?P<h>{_alt(words, latin=True)})[ \t\u00a0]*+$", R | regex.IGNORECASE)


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> NumeralLexicon:
    """Load and validate numerals.yaml; raises PolicycheckError (E201) with file:line:col."""
    return load_model(NumeralLexicon, path or LEXICON_PATH, "E201")


@lru_cache(maxsize=4)
def compiled(path: Path | None = None) -> Compiled:
    return Compiled(load_lexicon(path))

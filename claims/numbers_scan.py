"""The scanning half of claims.numbers: candidate numerals (Chinese/Arabic runs, English words,
slash fractions, dotted chains, spaced thousands), filters (non-numbers, identifiers, lone digits,
URLs), percent forms, prefix and suffix hedges, and ranges. Internal; the API is claims.numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import regex

from claims.numbers_anchors import in_windows, slash_windows
from claims.numbers_en import en_words, parse_en, parse_en_fraction
from claims.numbers_lexicon import LATIN_RUN, Compiled
from claims.numbers_parse import Parsed, clean, parse_arabic, parse_zh_signed, zh_tokens
from claims.scan import matches_at, occurrences

ONE_ = Decimal(1)


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
    kind: str = "zh"  # zh | arabic | en | frac | pair | chain | vague
    prio: int = 1  # among candidates of the same span, the lower wins
    scaled: bool = False
    zh_digit_only: bool = False
    core_start: int = -1
    core_end: int = -1
    tenths: bool = False  # a figure in tenths turned into percent (三成: 30, 七折: 70)


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
# 1 234 567, 40 000 (a thin or no-break space), and one plain space before a Chinese counter or scale:
# 10 068份, 4 000萬美元, 1 700顆 (Hong Kong's SI grouping); not "2024 500" (four digits first), "0 500",
# nor a label's number before a figure (圖1 500名受訪者, 附表3 200家, 第2 300份)
_SPACED = regex.compile(
    r"(?<!\d)(?<!\d[.,])(?<![圖图表第頁页章節节条條款號号期])(?!0)\d{1,3}+(?:(?:[\u00a0\u202f\u2009]\d{3}+)++|(?: \d{3}+){2,}+|(?: \d{3}+)(?=[ \t]?\p{Han}))"
    r"(?:\.\d++)?+(?![\d.,]\d)")
# 3×10^26, 1.2 x 10^25 (a superscript exponent is already "^" in the normalised view)
_SCI = regex.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)[ \t]?[x×*·][ \t]?10\^([-+]?\d{1,3})(?!\d)")
_URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"'，。、）)\]】]++", regex.IGNORECASE)
_IDENT_BEFORE = regex.compile(r"[A-Za-z][A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+[-‐]$")
# how a window must end for _IDENT_BEFORE to match ($ also matches before a final newline): a
# cheap test that saves the search almost everywhere
_IDENT_TAILS = ("-", "‐", "-\n", "‐\n")


_SPACES = " \t\u00a0\u3000"


def _next_char(text: str, e: int) -> str:
    """The first character at or after e that is not a space (looks at most 8 ahead)."""
    if e < len(text) and text[e] not in _SPACES:
        return text[e]  # the common case
    return text[e:e + 8].lstrip(_SPACES)[:1]


def _prev_char(text: str, s: int) -> str:
    """The last character before s that is not a space (looks at most 8 back)."""
    if s > 0 and text[s - 1] not in _SPACES:
        return text[s - 1]  # the common case
    return text[s - 8 if s > 8 else 0:s].rstrip(_SPACES)[-1:]


_MEMO_MAX = 8192  # distinct runs remembered per lexicon (a run is short: "2025", "1.2万亿", "forty-two")


def _memo(C: Compiled, name: str) -> dict:
    """Per-lexicon memo of run text -> candidates relative to the run's start: what a run yields
    depends on its text alone (the parsers never see the text around it), and figures repeat."""
    memo = C.__dict__.get(name)
    if memo is None or len(memo) > _MEMO_MAX:
        memo = C.__dict__[name] = {}
    return memo


def _run_candidates(memo: dict, run: str, parse, C: Compiled) -> tuple:
    """The candidates of one numeral run, relative to it, memoised by the run's text (a parser
    sees the run alone, and figures repeat)."""
    rel = memo.get(run)
    if rel is None:
        rel = memo[run] = tuple(
            (c.start, c.end, c.value, c.hedge, c.step, c.high_value, c.percent, c.kind, c.scaled, c.zh_digit_only)
            for c in parse(C, run))
    return rel


def _shifted(rel: tuple, at: int, out: list[_Cand]) -> None:
    append = out.append
    for s, e, value, hedge, step, high, percent, kind, scaled, zh_digit_only in rel:
        # positional (faster): start, end, value, hedge, step, high_value, percent, points,
        # hedge_text, kind, prio, scaled, zh_digit_only
        append(_Cand(at + s, at + e, value, hedge, step, high, percent, False, None, kind, 1, scaled, zh_digit_only))


def _zh_candidates(C: Compiled, text: str) -> list[_Cand]:
    out: list[_Cand] = []
    memo = _memo(C, "_zh_run_memo")
    match = C.run_re.match
    plain = C.plain_run_re.match if C.plain_run_re is not None else None
    done = 0
    for m0 in C.first_re.finditer(text):
        at = m0.start()
        if at < done:
            continue
        # three runs in four are plain Arabic figures ("2025", "1,200", "3.5"): plain_run_re finds
        # them, and where it does run_re ends where it ends, at a third of the cost
        m = plain(text, at) if plain is not None and "0" <= text[at] <= "9" else None
        if m is None:
            m = match(text, at)
            if m is None:
                continue
        done = m.end()
        run = m.group()
        rel = memo.get(run)  # _run_candidates' memo, read here first: most runs repeat
        _shifted(rel if rel is not None else _run_candidates(memo, run, _zh_run, C), at, out)
        if run[0] in C.zh_scale and (_reaching_before(C, text, at) or _passing_before(C, text, at)):
            out.append(_reached_scale(C, run, at))
    return out


# before 上, characters that make it the end of another word: 以上 (a suffix hedge: 100人以上万人以下),
# 马上, 之上, 线上, 网上, 晚上, 早上
_NOT_REACHING_BEFORE = frozenset("以之马馬线線网網晚早")


def _reaching_before(C: Compiled, text: str, at: int) -> bool:
    """上 right before ``at`` reaches the figure there (上万), not the end of a word (以上, 马上)."""
    return at > 0 and text[at - 1] in C.reaching and not (at > 1 and text[at - 2] in _NOT_REACHING_BEFORE)


def _passing_before(C: Compiled, text: str, at: int) -> bool:
    """过, 破, 逾 or 超 right before ``at`` passes the magnitude there (票房过亿, 破万), not the end of a word
    (经过, 不过, 打破)."""
    return at > 0 and text[at - 1] in C.passing and not (at > 1 and text[at - 2] in C.passing_blocked_after)


def _reached_scale(C: Compiled, run: str, at: int) -> _Cand:
    """上万, 上亿, 上万亿: a run that starts with a scale word after 上 (which no numeral does) is that
    magnitude; _prefix_hedge makes it at least. The run alone is no figure (its memo stays the run's)."""
    v, k = C.zh_scale[run[0]], 1
    while k < len(run) and run[k] in C.zh_scale and C.zh_scale[run[k]] > C.zh_scale[run[k - 1]]:
        v, k = v * C.zh_scale[run[k]], k + 1
    return _Cand(at, at + k, clean(v), kind="zh")


def _zh_run(C: Compiled, run: str) -> list[_Cand]:
    """The candidates of one run of Chinese/Arabic numeral characters, offsets within the run."""
    out: list[_Cand] = []
    toks = zh_tokens(C, run, 0)
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
        body = run[s:e]
        kind = "arabic" if _ARABIC_ONLY.fullmatch(body) else "zh"
        out.append(_Cand(s, e, p.value, p.hedge, p.step, p.high, p.percent, kind=kind,
                         scaled=p.scaled, zh_digit_only=p.zh_digit_only))
        i += p.ntok
    return out


def _latin_starts(C: Compiled, text: str, low: str | None = None) -> tuple[list[int], list[int]]:
    """Where en_run_re and en_vague_re can start: the Latin runs (LATIN_RUN) that spell, lowercased,
    one of their first words. Their words are whole runs, so no other place can start a match; a
    run with a non-ASCII letter (İ, ı, ſ, K fold as the regex module decides) is always tried.

    The runs are found by one trie regex over the lowercased text (``_first_words_re``): only the
    runs that spell a first word (one word in six of English prose) reach Python, instead of every
    word. Without İ, ı, ſ and K in the text (nearly always) the runs of the lowercased text are
    those of the text itself: no other code point lowercases to an ASCII letter, and the lowercased
    copy has the same length, so the offsets are the same. With one of them, each run is looked at
    (``_latin_starts_each``). ``low``: ``_ascii_view(text)``."""
    if low is None:
        return _latin_starts_each(C, text)
    en: list[tuple[int, int]] = []
    vague: list[int] = []
    en_first, vague_first = C.en_run_first, C.en_vague_first
    for m in _first_words_re(C).finditer(low):
        w = m.group()
        if w in en_first:
            en.append(m.span())
        if w in vague_first:
            vague.append(m.start())
    return _fruitful(C, text, en), vague


_ODD_LATIN = ("\u0130", "\u0131", "\u017f", "\u212a")  # the non-ASCII letters of LATIN_RUN
_SPACES_PER_WORDS = 20  # a space in every 20 code points at least: word-spaced text (English has one in 6)


def _first_words_re(C: Compiled) -> re.Pattern[str]:
    """A whole lowercase ASCII run (no letter of LATIN_RUN either side) that is a first word of
    en_run_re or en_vague_re, as a trie (one pass of the standard engine)."""
    pat = C.__dict__.get("_first_words_re")
    if pat is None:
        from claims.subjects import trie_regex  # (claims.subjects imports the catalog, which needs this module)

        letters = "a-z\u0130\u0131\u017f\u212a"
        words = sorted(C.en_run_first | C.en_vague_first)
        pat = C.__dict__["_first_words_re"] = re.compile(rf"(?<![{letters}])(?:{trie_regex(words)})(?![{letters}])")
    return pat


def _latin_starts_each(C: Compiled, text: str) -> tuple[list[int], list[int]]:
    """_latin_starts looking at every Latin run (a text with İ, ı, ſ or K)."""
    en: list[tuple[int, int]] = []
    vague: list[int] = []
    en_first, vague_first = C.en_run_first, C.en_vague_first
    for m in LATIN_RUN.finditer(text):
        w = m.group()
        if not w.isascii():
            en.append(m.span())
            vague.append(m.start())
            continue
        w = w.lower()
        if w in en_first:
            en.append(m.span())
        if w in vague_first:
            vague.append(m.start())
    return _fruitful(C, text, en), vague


# the characters of en_run_re's separators (spaces, a newline, a hyphen): a run of number words
# goes on past a word only over these
_EN_SEPARATORS = " \t\u00a0\n-"


def _fruitful(C: Compiled, text: str, runs: list[tuple[int, int]]) -> list[int]:
    """The starts of ``runs`` (the Latin runs where en_run_re can start) without those where it can
    find nothing: a word that yields no candidate alone ("a", "and", "million", "first": most
    starts) and that no separator joins to the next such run. There en_run_re's match is that word
    alone, or none, and adds nothing; skipping it saves a regex call per article and "and"."""
    memo = _memo(C, "_en_run_memo")
    out: list[int] = []
    last = len(runs) - 1
    for i, (s, e) in enumerate(runs):
        joined = i < last and not text[e:runs[i + 1][0]].strip(_EN_SEPARATORS)
        if joined or _run_candidates(memo, text[s:e], _en_run, C):
            out.append(s)
    return out


def _en_candidates(C: Compiled, text: str, starts: list[int]) -> list[_Cand]:
    out: list[_Cand] = []
    memo = _memo(C, "_en_run_memo")
    for m in matches_at(C.en_run_re, text, starts):
        run = m.group()
        k = len(out)
        _shifted(_run_candidates(memo, run, _en_run, C), m.start(), out)
        for c in out[k:]:
            if c.value < 0 and c.high_value is None and _PLUS_OR.search(text, max(0, c.start - 10), c.start):
                # "plus or minus five percent": a margin; the figure starts after "minus"
                sp = _WORD_THEN_SPACE.match(text, c.start)
                if sp is not None and sp.end() < c.end:
                    c.value, c.start = -c.value, sp.end()
            if len(out) > k and k > 0:
                _fraction_of_a_scale(C, text, out, k)
    return out


_OF_SPACE = re.compile(r"[ \t\u00a0\n]+of[ \t\u00a0\n]+$", re.IGNORECASE)


def _fraction_of_a_scale(C: Compiled, text: str, out: list[_Cand], k: int) -> None:
    """"a quarter of a million", "two thirds of a billion": a fraction of the run before, "of", and
    "a million" opening this run: one figure (250,000), not a share of 25 percent and a million.
    ``out[k]`` is this run's first candidate; ``out[k - 1]`` the previous run's last."""
    a, b = out[k - 1], out[k]
    if a.kind != "en" or b.kind != "en" or not (0 < a.value < 1) or a.high_value is not None:
        return
    art = text[b.start:b.end].split(None, 1)
    if len(art) != 2 or art[0].lower() not in ("a", "an") or art[1].lower() not in C.en_scales:
        return
    if _OF_SPACE.search(text, a.end, b.start) is None or b.start - a.end > 8:
        return
    b.start, b.value, b.scaled = a.start, clean(a.value * C.en_scales[art[1].lower()]), True
    del out[k - 1]


# starts on its first letter (a lookbehind first would be tried at every position); the letter
# before is checked in the loop
_ARTICLE_TIME = re.compile(r"(an?)[ \t\n]+(?:year|month|week|day|hour|minute|decade)(?![A-Za-z])", re.IGNORECASE)


def _hedged_article_candidates(C: Compiled, text: str, low: str | None = None) -> list[_Cand]:
    """"more than a year", "nearly a month", "about an hour": after a hedge word the article before
    a unit of time is one (the hedge is attached later, like any figure's). Alone ("once a year",
    "a year ago") it is no figure. ``low``: ``_ascii_view(text)``."""
    out = []
    hedge_at_end = None
    if low is None:  # (Chinese text: its unit words are found in the literal pass all the same, where
        low = _lowered_view(text)  # the regex tried every "a"; the few Latin runs matter elsewhere)
    for m in _article_time_matches(text, low):
        if m.start() > 0 and text[m.start() - 1].isalpha():
            continue  # "Hana year", not the article
        if hedge_at_end is None:
            hedge_at_end = _hedge_at_end(C)
        if hedge_at_end.search(text, max(0, m.start() - 24), m.start()):
            out.append(_Cand(m.start(1), m.end(1), Decimal(1), kind="en"))
    return out


_TIME_WORDS = ("year", "month", "week", "day", "hour", "minute", "decade")  # _ARTICLE_TIME's
_ARTICLE_GAP = " \t\n"


def _article_time_matches(text: str, low: str | None):
    """``_ARTICLE_TIME.finditer(text)``, tried only before the unit words: every match is "a" or
    "an", spaces, then one of ``_TIME_WORDS``, so it starts one or two characters before the run of
    spaces that ends where such a word occurs in the lowercased text, where it spells "a" or "an"
    (``claims.scan.matches_at``).
    The regex was tried at every "a" of the text."""
    if low is None:
        return _ARTICLE_TIME.finditer(text)
    starts: set[int] = set()
    for word_at in occurrences(low, _TIME_WORDS):
        q = word_at
        while q > 0 and low[q - 1] in _ARTICLE_GAP:
            q -= 1
        if q < word_at:  # at least one space; the article ("a" or "an") ends at q
            if q >= 1 and low[q - 1] == "a":
                starts.add(q - 1)
            if q >= 2 and low[q - 2:q] == "an":
                starts.add(q - 2)
    return matches_at(_ARTICLE_TIME, text, sorted(starts))


# a number word glued to "fold" ("tenfold", "a hundredfold"): the word is the figure, "fold" its unit
_FOLD_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]{3,12}?)fold(?![A-Za-z])", re.IGNORECASE)


def _fold_candidates(C: Compiled, text: str, low: str | None = None) -> list[_Cand]:
    """"a tenfold rise", "threefold": the number word before "fold" (hyphenated, "ten-fold", it
    is a run of its own already). ``low``: ``_ascii_view(text)``."""
    if "fold" not in text and "FOLD" not in text and "Fold" not in text:
        return []
    out = []
    memo = _memo(C, "_en_run_memo")
    for m in _fold_word_matches(text, low):
        word = m.group(1)
        rel = _run_candidates(memo, word, _en_run, C)
        if len(rel) == 1 and rel[0][0] == 0 and rel[0][1] == len(word) and rel[0][3] == "exact":
            _shifted(rel, m.start(1), out)
    return out


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _fold_word_matches(text: str, low: str | None):
    """``_FOLD_WORD.finditer(text)``, tried only where it can start: a match is a whole run of
    letters ending in "fold", so it starts where the run that ends with an occurrence of "fold" in
    the lowercased text starts, 3 to 12 letters before it (``claims.scan.matches_at``). The
    regex's lazy repeat was tried at every position of the text."""
    if low is None:
        return _FOLD_WORD.finditer(text)
    starts = []
    for at in occurrences(low, ("fold",)):
        p = at
        while p > 0 and at - p <= 12 and low[p - 1] in _ASCII_LETTERS:
            p -= 1
        if 3 <= at - p <= 12 and (p == 0 or low[p - 1] not in _ASCII_LETTERS):
            starts.append(p)
    return matches_at(_FOLD_WORD, text, starts)


def _ascii_view(text: str) -> str | None:
    """``text`` lowercased, when its ASCII letters are exactly the lowercased copy's, at the same
    offsets (no İ, ı, ſ or K: no other code point lowercases to an ASCII letter or changes length,
    nor does a case-insensitive pattern match one to an ASCII letter), else None. Where a pattern
    can start is then found with ``str.find`` in it (the callers fall back to ``finditer``).

    None too for text with few spaces (Chinese): its few Latin runs are looked at one by one
    faster than the trie regex tries every position (the result is the same either way)."""
    if text.count(" ") * _SPACES_PER_WORDS < len(text):
        return None
    return _lowered_view(text)


def _lowered_view(text: str) -> str | None:
    """``_ascii_view`` for text of any spacing: ``text`` lowercased, when its ASCII letters are
    exactly the lowercased copy's at the same offsets, else None. (It equals the extractor's
    ``ascii_lower(text)``: a literal pass over it is shared, kept within the literal_scope.)"""
    if any(ch in text for ch in _ODD_LATIN):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def _hedge_at_end(C: Compiled) -> re.Pattern[str]:
    """An English prefix hedge that is a word ("more than", "about") ending a string, then spaces."""
    pat = getattr(C, "_hedge_at_end_re", None)
    if pat is None:
        words = sorted((w for w in C.prefix_en if w[:1].isalpha()), key=lambda w: (-len(w), w))
        alt = "|".join(re.escape(w) for w in words)
        pat = C._hedge_at_end_re = re.compile(rf"(?<![A-Za-z])(?:{alt})[ \t\n]+$", re.IGNORECASE)  # type: ignore[attr-defined]
    return pat


def _en_run(C: Compiled, run: str) -> list[_Cand]:
    """The candidates of one run of English number words, offsets within the run."""
    out: list[_Cand] = []
    words = en_words(run)
    i = 0
    while i < len(words):
        p: Parsed | None = parse_en(C, words, i)
        f = parse_en_fraction(C, words, i, p)
        if f is not None:
            k = i + f.ntok
            if k < len(words) and words[k][0] in C.en_scales and f.value < 1000:
                f = Parsed(clean(f.value * C.en_scales[words[k][0]]), f.ntok + 1, scaled=True)  # 2.5 million
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
        if p.hedge == "ordinal":  # twenty-first: not a figure
            i += p.ntok
            continue
        s, e = words[i][1], words[i + p.ntok - 1][2]
        out.append(_Cand(s, e, p.value, kind="en", scaled=p.scaled))
        i += p.ntok
    return out


def _vague_candidates(C: Compiled, text: str, en_starts: list[int]) -> list[_Cand]:
    """成千上万, 数以万计, "several million", "tens of thousands", "hundreds of": magnitudes.
    ``en_starts``: where the English phrases can start (_latin_starts)."""
    out = []
    for m in (C.vague_zh_re.finditer(text) if C.vague_zh_first_re.search(text) else ()):
        ph = C.vague_zh[m.group()]
        out.append(_Cand(m.start(), m.end(), clean(ph.value), ph.hedge, percent=ph.percent, kind="vague", prio=0))
    for m in matches_at(C.en_vague_re, text, en_starts):
        if m.group("u"):
            v = C.en_units[m.group("u").lower()]
        else:
            v = C.en_plural_of[m.group("p1").lower()]
            if m.group("p2"):
                v *= C.en_plural_of[m.group("p2").lower()]
        out.append(_Cand(m.start(), m.end(), clean(v), "several", kind="vague", prio=0))
    return out


_UNIT_AFTER_PAIR = regex.compile(r"[ \t]?(?:[A-Za-z]|\p{Han})")


def _slash_candidates(text: str) -> list[_Cand]:
    out = []
    for m in in_windows(_SLASH, text, slash_windows(text), 1):  # _SLASH reads 1 character after a match
        a, b = Decimal(m.group("a")), Decimal(m.group("b"))
        if b == 0:
            continue
        if a >= b and b > 1 and not (m.group("w") or m.group("neg")) and _UNIT_AFTER_PAIR.match(text, m.end()):
            # "16/14 nm", "7/5nm", "10/7 纳米": alternatives before their unit (process nodes), not a
            # fraction above one (a bare "16/5" is 3.2); kept only to block its parts, dropped before
            # any mention is made
            out.append(_Cand(m.start(), m.end(), clean(a), kind="pair"))
            continue
        v = a / b + (Decimal(m.group("w")) if m.group("w") else 0)
        if m.group("neg"):
            v = -v
        out.append(_Cand(m.start(), m.end(), clean(v), kind="frac"))
    return out


def _overlaps_not_number(C: Compiled, text: str, c: _Cand) -> bool:
    """True when the numeral lies inside a word that is not a number (一切, 四川, "one of").
    A not-number word inside a longer numeral does not count (一万一千 contains 万一), nor one that
    only overlaps it (三十分钟 overlaps 十分)."""
    lo, hi = max(0, c.start - C.nn_max), min(len(text), c.end + C.nn_max)
    # what the window holds decides (plus the one character a word's lookbehind reads before
    # it): memoised, since figures and their surroundings repeat (a run of 十 tried every window)
    key = (text[max(0, lo - 1):hi], lo > 0, c.start - lo, c.end - lo)
    memo = _memo(C, "_not_number_memo")
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = any(
            m.start() <= c.start and c.end <= m.end()
            for rx in (C.not_numbers_zh_re, C.not_numbers_en_re)
            for m in rx.finditer(text, lo, hi, overlapped=True))
    return hit


_PLUS_OR = re.compile(r"(?i:plus)[ \t]*(?:or|/)[ \t]*$")
_WORD_THEN_SPACE = re.compile(r"[A-Za-z]+[ \t]+")


def _negative_before(C: Compiled, text: str, s: int) -> "regex.Match[str] | None":
    """"minus"/"negative" and spaces right before s. en_negative_before_re ends with [ \t]++$
    (and $ matches before a final newline too): searched only where the text ends so, after a
    letter that can end one of those words."""
    lo = max(0, s - 12)
    k = s - 1 if s > lo and text[s - 1] == "\n" else s
    j = k
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j == k or j == lo or text[j - 1] not in C.en_negative_last:
        return None
    m = C.en_negative_before_re.search(text, lo, s)
    if m is not None and _PLUS_OR.search(text, max(0, m.start() - 10), m.start()):
        return None  # "plus or minus 0.8 points": a margin, not a negative figure
    return m


def _currency_before(C: Compiled, text: str, pos: int) -> bool:
    """A currency sign or code right before ``pos`` ("$200m", "CHF 11.2m"): "m" after the figure is a million."""
    if pos <= 0:
        return False
    ch = text[pos - 1]
    if ch in "$€£¥":
        return True
    return (C.currency_code_before_re is not None and (ch in " \t\u00a0" or "A" <= ch <= "Z")
            and C.currency_code_before_re.search(text, max(0, pos - 4), pos) is not None)


def _currency_scaled_before(C: Compiled, text: str, pos: int) -> bool:
    """The second figure of a range of millions whose first one follows a currency ("€4m-5m", "CHF 4m-5m")."""
    if pos < 3 or text[pos - 1] not in "-‐–" or text[pos - 2] != "m":
        return False
    k = pos - 2
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    return k < pos - 2 and _currency_before(C, text, k)


# the second figure of a range whose two figures each carry a scale's suffix ("4bn-5bn", "€4m-5m"): no
# identifier (as "GPT-4" is), though letters and a dash stand before it (the suffix is checked against
# the lexicon's where it is used)
SUFFIX_RANGE = re.compile(r"(?<=[0-9])([A-Za-z]{1,3})[-‐–]([0-9]+(?:\.[0-9]+)?)\1(?![-‐–A-Za-z0-9])")


def _suffix_range(C: Compiled, text: str, m: "re.Match[str] | None") -> bool:
    """``m`` (SUFFIX_RANGE) is a range of two figures with a scale's suffix, its first figure a
    token of its own (not inside an identifier: "M-1M-414179M", "令6M-23")."""
    if m is None or m.group(1) not in C.range_suffixes:
        return False
    k = m.start(1)
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    return not (k > 0 and (text[k - 1].isalnum() or text[k - 1] in "-‐–_"))


def suffix_range_candidates(C: Compiled, text: str) -> list[_Cand]:
    rx = C.__dict__.get("_suffix_range_re")
    if rx is None:  # SUFFIX_RANGE with the lexicon's suffixes spelled out: a literal alternation is found faster
        suffixes = sorted(C.range_suffixes, key=lambda x: (-len(x), x))
        alt = "|".join(map(re.escape, suffixes))
        if suffixes and all(x and not x[-1].isdigit() for x in suffixes):
            # the digit before taken into the match, not looked behind for: a leading lookbehind
            # hid the suffixes from the regex engine's prefix scan, which tried every position; now
            # it skips to the digits. (The same matches, each one code point earlier: the previous
            # one ends in its suffix, never on that digit; the callers read the groups only.)
            rx = re.compile(rf"[0-9]({alt})[-‐–]([0-9]+(?:\.[0-9]+)?)\1(?![-‐–A-Za-z0-9])")
        else:
            rx = re.compile(rf"(?<=[0-9])({alt})[-‐–]([0-9]+(?:\.[0-9]+)?)\1(?![-‐–A-Za-z0-9])")
        C.__dict__["_suffix_range_re"] = rx
    return [_Cand(m.start(2), m.end(2), clean(Decimal(m.group(2))), kind="arabic")
            for m in rx.finditer(text) if _suffix_range(C, text, m)]


def _extend_arabic(C: Compiled, text: str, c: _Cand) -> bool:
    """Multipliers and scale words after an Arabic numeral; False when it is an ordinal (4th)."""
    e = c.end
    # each pattern is tried only when the characters it needs are there (see the *_first sets)
    first = _next_char(text, e)
    if not first.isalpha():
        m0 = _negative_before(C, text, c.start) if _prev_char(text, c.start).isalpha() else None
        if m0 and c.value > 0:
            c.value, c.start = -c.value, m0.start()
        return True
    m = C.multiplier_re.match(text, e) if first in C.multiplier_first else None
    if m and (not m.group("sp") or m.group("m") != "b"):
        c.value = clean(c.value * C.multipliers[m.group("m")])
        c.end = m.end()
        c.scaled = True
        return True
    m = C.en_scale_after_re.match(text, e) if first in C.en_scale_first else None
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
    m = C.currency_multiplier_re.match(text, e) if c.start > 0 and (
        _currency_before(C, text, c.start) or _currency_scaled_before(C, text, c.start)) else None
    if m:
        c.value = clean(c.value * C.currency_multipliers[m.group("m")])
        c.end = m.end()
        c.scaled = True
        return True
    if text[e:e + 1] in C.ordinal_first and C.ordinal_suffix_re.match(text, e):
        return False
    m = _negative_before(C, text, c.start)
    if m and c.value > 0:
        c.value, c.start = -c.value, m.start()
    return True


def _keep(C: Compiled, text: str, c: _Cand) -> bool:
    if c.kind in ("arabic", "frac", "chain"):
        if text.endswith(_IDENT_TAILS, max(0, c.start - 2), c.start) \
                and (idm := _IDENT_BEFORE.search(text, max(0, c.start - 24), c.start)) is not None \
                and not (idm.start() > 0 and text[idm.start() - 1].isdigit()
                         and _suffix_range(C, text, SUFFIX_RANGE.match(text, idm.start()))):
            return False  # (not the second figure of "4bn-5bn", "€4m-5m": a scale's suffix before the dash)
        nxt = text[c.end:c.end + 1]
        if c.kind != "frac" and not (nxt.isascii() and (nxt.isalpha() or nxt == "/")):
            return True  # only glued letters can make an Arabic numeral part of a word (5G, 3D)
    if c.kind == "zh":
        core = text[c.start:c.end].strip()
        if len(core) == 1 and core in C.ambiguous_alone:
            return False
        if c.zh_digit_only and core in C.guarded:
            nxt = text[c.end: c.end + 1]
            if nxt and _HAN.match(nxt) and nxt not in C.classifiers:
                r = C.range_zh_re.match(text, c.end) or C.between_join_zh_re.match(text, c.end)
                if not (r and r.end() > c.end and C.run_re.match(text, r.end())):
                    return False
        if (core in C.zh_scale or core in C.zh_double_scale) and not _reaching_before(C, text, c.start) \
                and not _passing_before(C, text, c.start):
            return False  # a lone 万 is no figure; 上万 is one (at least ten thousand)
    if _overlaps_not_number(C, text, c):
        # "that one in four junctions": a share, not the pronoun "that one"
        return c.kind == "en" and _SHARE_AFTER.match(text, c.end) is not None
    return True


_SHARE_AFTER = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:\d|ten\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b)",
                          re.IGNORECASE)


_FOLD = {0xFF01 + i: 0x21 + i for i in range(0x5E)}
_FOLD.update({0x2212: 0x2D, 0x3000: 0x20})
_FULLWIDTH = regex.compile(r"[\uFF01-\uFF5E\u2212\u3000]++")
# one such character: the stdlib finds a single-character class twice as fast, and most text has none
_FULLWIDTH_CHAR = re.compile("[\uFF01-\uFF5E\u2212\u3000]")


def fold_fullwidth(text: str) -> str:
    """Full-width ASCII, the minus sign and the ideographic space folded to ASCII, one code point
    for one (offsets hold)."""
    return _FULLWIDTH.sub(_fold, text) if _FULLWIDTH_CHAR.search(text) else text


def _fold(m: "regex.Match[str]") -> str:
    return m.group().translate(_FOLD)

"""Verbs that state a multiple: "revenue doubled", "expects it to nearly double", "more than
tripled", 翻了一番, 翻两番, 翻了一番多 (more than doubled), 将倍增. Each is a figure in times (2, 3, 4 …), like "twice", with the hedge
written right before it. The words are data (numerals.yaml ``multiplier_verbs``); this module finds
them in the lower-cased normalised text. The claim layer (claims.extract) makes them claims."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from claims.numbers_lexicon import load_lexicon
from claims.scan import occurrences


@dataclass(frozen=True)
class MultiplierVerb:
    start: int  # where the hedge starts, else the verb
    end: int
    value: Decimal  # 2 for doubled, 4 for 翻两番
    hedge: str  # a claims.model.Hedge: exact, nearly, over …


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Verbs:
    """A pattern of verbs with the words allowed before them, and what narrows its scan: the
    verbs as ``low`` spells them, and every character that can stand between a match's start and
    its verb (those of the words before it, and whitespace)."""

    rx: re.Pattern[str]
    verbs: tuple[str, ...]
    before: frozenset[str]


def _verbs(rx: re.Pattern[str], verbs, words_before) -> _Verbs:
    words = [*verbs, *words_before]
    return _Verbs(rx, tuple(verbs), frozenset(c for w in words for c in w if not c.isspace()))


@dataclass(frozen=True)
class _Compiled:
    en: _Verbs | None
    base: _Verbs | None
    zh: _Verbs | None
    zh_base: _Verbs | None
    values: dict[str, int]
    hedges: dict[str, str]  # hedge word (lower case, spaces collapsed) -> hedge


@lru_cache(maxsize=4)
def _compiled(path: Path | None = None) -> _Compiled:
    lex = load_lexicon(path)
    mv = lex.multiplier_verbs
    en_hedges = dict(lex.hedges.prefix.en.pairs())
    zh_hedges = dict(lex.hedges.prefix.zh.pairs())
    # the hedge words made of letters and spaces only ("nearly", "more than"; not ">=")
    en_words = [w for w in en_hedges if re.fullmatch(r"[a-z][a-z ]*[a-z]", w)]
    zh_words = [w for w in zh_hedges if not re.search(r"[A-Za-z<>=≤≥]", w)]
    en_h, zh_h = _alt(en_words), _alt(zh_words)
    hedge = rf"(?:(?P<h>{en_h})\s+)?"
    en = (_verbs(re.compile(rf"(?<![a-z-]){hedge}(?P<v>{_alt(mv.en)})(?![a-z-])(?!\s+down\b)"), mv.en, en_words)
          if mv.en else None)
    base = (_verbs(re.compile(rf"(?<![a-z'’-])(?P<pre>{_alt(mv.en_base_after)})\s+{hedge}(?P<v>{_alt(mv.en_base)})(?![a-z-])(?!\s+down\b)"),
                   mv.en_base, [*mv.en_base_after, *en_words])
            if mv.en_base and mv.en_base_after else None)
    over = rf"(?P<over>{_alt(mv.zh_over_after)})?" if mv.zh_over_after else ""
    zh = _verbs(re.compile(rf"(?P<h>{zh_h})?(?P<v>{_alt(mv.zh)}){over}"), mv.zh, zh_words) if mv.zh else None
    # 倍增 only after a modal or adverb (明年產能將倍增), not negated (不会倍增): 倍增计划, 信心倍增 are none
    zh_base = (_verbs(re.compile(rf"(?<![不未没沒])(?P<pre>{_alt(mv.zh_base_after)})(?P<h>{zh_h})?(?P<v>{_alt(mv.zh_base)})"),
                      mv.zh_base, [*mv.zh_base_after, *zh_words])
               if mv.zh_base and mv.zh_base_after else None)
    values = {**mv.en, **mv.en_base, **mv.zh, **mv.zh_base}
    hedges = {**{" ".join(w.split()): h for w, h in en_hedges.items()}, **zh_hedges}
    return _Compiled(en, base, zh, zh_base, values, hedges)


def find_multiplier_verbs(low: str, path: Path | None = None) -> list[MultiplierVerb]:
    """The multiplier verbs of ``low`` (the lower-cased normalised text), in order."""
    c = _compiled(path)
    found: list[MultiplierVerb] = []
    for verbs in (c.en, c.base, c.zh, c.zh_base):
        if verbs is None:
            continue
        rx = verbs.rx
        for m in _finditer(verbs, low):
            start, hedge = m.start("v"), "exact"
            word = m.group("h")
            if word is None and "pre" in rx.groupindex:
                pre = " ".join(m.group("pre").split())
                if pre in c.hedges:  # "nearly double": the word that allows the bare form is the hedge
                    word = m.group("pre")
            if word is not None:
                hedge = c.hedges[" ".join(word.split())]
                start = m.start("h") if m.group("h") is not None else m.start("pre")
            end = m.end("v")
            if "over" in rx.groupindex and m.group("over") is not None and word is None:
                hedge, end = "over", m.end("over")  # 翻了一番多: more than doubled
            found.append(MultiplierVerb(start, end, Decimal(c.values[m.group("v")]), hedge))
    found.sort(key=lambda v: v.start)
    return found


def _finditer(verbs: _Verbs, low: str):
    """``verbs.rx.finditer(low)``, tried only in the stretch before each occurrence of a verb.

    Every match ends its words before the verb at an occurrence of a verb (in the text as spelled,
    spaces in a verb being whitespace), and everything between its start and that verb is a
    character of those words or whitespace: so the smallest start of a match at or after a
    position is among the positions of the run of such characters that ends at the next
    occurrences of a verb. Trying those runs in order gives finditer's matches (re tried the
    words' alternation at every position of the text; a verb is rare)."""
    if any(" " in v for v in verbs.verbs):
        yield from verbs.rx.finditer(low)
        return
    match, before = verbs.rx.match, verbs.before
    done = tried = 0  # matches so far end at ``done``; positions below ``tried`` have failed
    for q in occurrences(low, verbs.verbs):
        if q < done:
            continue
        s = q
        while s > 0 and (low[s - 1] in before or low[s - 1].isspace()):
            s -= 1
        for p in range(max(s, done, tried), q + 1):
            m = match(low, p)
            if m is not None:
                done = m.end()
                yield m
                break
        else:
            tried = q + 1

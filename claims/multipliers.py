"""Verbs that state a multiple: "revenue doubled", "expects it to nearly double", "more than
tripled", 翻了一番, 翻两番. Each is a figure in times (2, 3, 4 …), like "twice", with the hedge
written right before it. The words are data (numerals.yaml ``multiplier_verbs``); this module finds
them in the lower-cased normalised text. The claim layer (claims.extract) makes them claims."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from claims.numbers_lexicon import load_lexicon


@dataclass(frozen=True)
class MultiplierVerb:
    start: int  # where the hedge starts, else the verb
    end: int
    value: Decimal  # 2 for doubled, 4 for 翻两番
    hedge: str  # a claims.model.Hedge: exact, nearly, over …


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Compiled:
    en: re.Pattern[str] | None
    base: re.Pattern[str] | None
    zh: re.Pattern[str] | None
    values: dict[str, int]
    hedges: dict[str, str]  # hedge word (lower case, spaces collapsed) -> hedge


@lru_cache(maxsize=4)
def _compiled(path: Path | None = None) -> _Compiled:
    lex = load_lexicon(path)
    mv = lex.multiplier_verbs
    en_hedges = dict(lex.hedges.prefix.en.pairs())
    zh_hedges = dict(lex.hedges.prefix.zh.pairs())
    # the hedge words made of letters and spaces only ("nearly", "more than"; not ">=")
    en_h = _alt(w for w in en_hedges if re.fullmatch(r"[a-z][a-z ]*[a-z]", w))
    zh_h = _alt(w for w in zh_hedges if not re.search(r"[A-Za-z<>=≤≥]", w))
    hedge = rf"(?:(?P<h>{en_h})\s+)?"
    en = re.compile(rf"(?<![a-z-]){hedge}(?P<v>{_alt(mv.en)})(?![a-z-])(?!\s+down\b)") if mv.en else None
    base = (re.compile(rf"(?<![a-z'’-])(?P<pre>{_alt(mv.en_base_after)})\s+{hedge}(?P<v>{_alt(mv.en_base)})(?![a-z-])(?!\s+down\b)")
            if mv.en_base and mv.en_base_after else None)
    zh = re.compile(rf"(?P<h>{zh_h})?(?P<v>{_alt(mv.zh)})") if mv.zh else None
    values = {**mv.en, **mv.en_base, **mv.zh}
    hedges = {**{" ".join(w.split()): h for w, h in en_hedges.items()}, **zh_hedges}
    return _Compiled(en, base, zh, values, hedges)


def find_multiplier_verbs(low: str, path: Path | None = None) -> list[MultiplierVerb]:
    """The multiplier verbs of ``low`` (the lower-cased normalised text), in order."""
    c = _compiled(path)
    found: list[MultiplierVerb] = []
    for rx in (c.en, c.base, c.zh):
        if rx is None:
            continue
        for m in rx.finditer(low):
            start, hedge = m.start("v"), "exact"
            word = m.group("h")
            if word is None and "pre" in rx.groupindex:
                pre = " ".join(m.group("pre").split())
                if pre in c.hedges:  # "nearly double": the word that allows the bare form is the hedge
                    word = m.group("pre")
            if word is not None:
                hedge = c.hedges[" ".join(word.split())]
                start = m.start("h") if m.group("h") is not None else m.start("pre")
            found.append(MultiplierVerb(start, m.end("v"), Decimal(c.values[m.group("v")]), hedge))
    found.sort(key=lambda v: v.start)
    return found

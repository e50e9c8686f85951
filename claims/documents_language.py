"""Language and script of a text: zh-Hans, zh-Hant, en, mixed or unknown (thresholds in
docs/documents.md, "Language")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from claims.documents_encoding import HAN
from claims.model import Language

__all__ = ["detect_language", "detect_with_counts", "language_from_tag"]


# e-mails start only where a run of non-space starts (or after an @): ``\S+@`` tried at every
# position of a long run without spaces (a line of Chinese) was quadratic: 72 s for 200 k characters
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LANG_SAMPLE = 200_000
# Thresholds (docs/documents.md): Latin letters count a third of a Han character each (an English
# word of ~5-6 letters carries about what a 2-character Chinese word does). Han share >= 0.6: Chinese;
# <= 0.25: English; in between: mixed. Fewer than 3 Han characters + Latin letters: unknown.
ZH_MIN_SHARE = 0.6
EN_MAX_SHARE = 0.25
LATIN_WEIGHT = 1 / 3
HANT_MIN_RATIO = 0.5
OTHER_CJK_MAX_SHARE = 0.2  # kana / Hangul beyond this share of CJK characters: unknown
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")


@lru_cache(maxsize=2)
def _cc(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def _script_counts(chars: Counter[str]) -> tuple[int, int]:
    """(occurrences of traditional-only characters, of simplified-only characters)."""
    distinct = sorted(chars)
    if not distinct:
        return 0, 0
    joined = "\n".join(distinct)
    t2s = _cc("t2s").convert(joined).split("\n")
    s2t = _cc("s2t").convert(joined).split("\n")
    if len(t2s) != len(distinct) or len(s2t) != len(distinct):  # pragma: no cover - defensive
        t2s = [_cc("t2s").convert(c) for c in distinct]
        s2t = [_cc("s2t").convert(c) for c in distinct]
    trad = sum(chars[c] for c, t in zip(distinct, t2s) if t != c)
    simp = sum(chars[c] for c, s in zip(distinct, s2t) if s != c)
    return trad, simp


def detect_language(text: str) -> Language:
    """zh-Hans / zh-Hant / en / mixed / unknown, from script counts (URLs ignored)."""
    return detect_with_counts(text)[0]


def detect_with_counts(text: str) -> tuple[Language, int, int]:
    """(language, traditional-only count, simplified-only count)."""
    sample = _URL.sub(" ", text[:_LANG_SAMPLE])
    han = Counter(HAN.findall(sample))
    n_han = sum(han.values())
    n_latin = len(_LATIN.findall(sample))
    if n_han + n_latin < 3:
        return "unknown", 0, 0
    n_other = len(_KANA_HANGUL.findall(sample))
    if n_other > OTHER_CJK_MAX_SHARE * (n_han + n_other):
        return "unknown", 0, 0  # Japanese or Korean: not a language policycheck reads
    share = n_han / (n_han + LATIN_WEIGHT * n_latin)
    if share <= EN_MAX_SHARE:
        return "en", 0, 0
    if share < ZH_MIN_SHARE:
        return "mixed", 0, 0
    trad, simp = _script_counts(han)
    if trad + simp and trad / (trad + simp) >= HANT_MIN_RATIO and trad > simp:
        return "zh-Hant", trad, simp
    return "zh-Hans", trad, simp


_LANG_ALIASES: dict[str, Language] = {
    "zh-hans": "zh-Hans", "zh-cn": "zh-Hans", "zh-sg": "zh-Hans", "zh-my": "zh-Hans", "zh-hans-cn": "zh-Hans",
    "zh-hant": "zh-Hant", "zh-tw": "zh-Hant", "zh-hk": "zh-Hant", "zh-mo": "zh-Hant", "zh-hant-tw": "zh-Hant",
    "en": "en", "en-us": "en", "en-gb": "en", "mixed": "mixed",
}


def language_from_tag(tag: str | None) -> Language | None:
    """Map a language tag (front matter, ``<html lang>``, sources.yaml) to a Language, if known."""
    if not tag:
        return None
    t = tag.strip().replace("_", "-").lower()
    if t in _LANG_ALIASES:
        return _LANG_ALIASES[t]
    if t.startswith("en-"):
        return "en"
    return None

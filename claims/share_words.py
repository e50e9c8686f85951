"""Words that state a share without a figure: "a majority" (more than half), "a minority" (less than
half), 过半 (more than half). Each is a figure in percent with its bound, like "more than 50%". The
words are data (numerals.yaml ``share_words``); this module finds them in the lower-cased normalised
text. The claim layer (claims.extract) makes them claims."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from claims.numbers_lexicon import load_lexicon
from claims.scan import matches_at, occurrences


@dataclass(frozen=True)
class ShareWord:
    start: int
    end: int
    value: Decimal  # in percent: 50 for "a majority"
    hedge: str  # a claims.model.Hedge: over, under …


_VERBS = ("said|say|says|agreed|agree|agrees|supported|support|supports|were|was|are|is|had|have|has|would|will|"
          "could|favour|favor|favoured|favored|backed|back|opposed|oppose|wanted|want|thought|think|believed|"
          "believe|reported|report|expect|expected|used|use|saw|see|voted")  # (not "vote": "a majority vote")


# after a Han share word, what makes it half of a period or of a number instead (近半年, 逾半个月, 近半数: the
# numeral's)
_NOT_AFTER_HAN = "[年个個月天日周週小时時世纪紀数數成倍导導径徑百夜价價分岛島钟鐘场場]"
# ... and before it, what makes it the end of another word (最近半导体, 附近, 接近半价, 将近半夜, 年近半百, 经过半年)
_NOT_BEFORE_HAN = "最附将將接靠亲親年逼临臨超经經通越"


@lru_cache(maxsize=4)
def _compiled(path: Path | None = None) -> tuple[re.Pattern[str] | None, dict[str, tuple[Decimal, str]]]:
    words = load_lexicon(path).share_words
    if not words:
        return None, {}
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))
    # Latin words end at a word boundary and come before "of", punctuation or a verb ("a majority of
    # firms", "a majority (54%)", "a majority agreed"; not "the majority leader", "a majority stake");
    # Han words stand alone (过半 in 超过半数 is the numeral's)
    rx = re.compile(rf"(?<![a-z-])(?<![{_NOT_BEFORE_HAN}])(?:{alt})(?:(?=\s+(?:of|{_VERBS})\b|\s*[(（,.;:!?]|\s*$)|(?<![a-z])(?!{_NOT_AFTER_HAN}))")
    return rx, {" ".join(w.split()): (Decimal(str(s.percent)), s.hedge) for w, s in words.items()}


@lru_cache(maxsize=4)
def _plain(path: Path | None = None) -> bool:
    """Every share word is tokens joined by single spaces (then _starts finds where each can match)."""
    return all(w == " ".join(w.split()) and w for w in load_lexicon(path).share_words)


def _starts(low: str, words) -> list[int]:
    """Where a match of the pattern of ``words`` (each a literal whose spaces match ``\\s+``) can
    start: before each occurrence of a word's last token, the rest of its tokens with white space
    before each, walked back (sorted). The pattern is then tried there alone, not at every position."""
    at: set[int] = set()
    for w in words:
        tokens = w.split(" ")
        for q in occurrences(low, (tokens[-1],)):
            p = q
            for tok in reversed(tokens[:-1]):
                k = p
                while k > 0 and low[k - 1].isspace():  # \s+
                    k -= 1
                if k == p or not low.endswith(tok, 0, k):
                    break
                p = k - len(tok)
            else:
                at.add(p)
    return sorted(at)


def find_share_words(low: str, path: Path | None = None) -> list[ShareWord]:
    """The share words of ``low`` (the lower-cased normalised text), in order."""
    rx, values = _compiled(path)
    if rx is None or not any(w.rsplit(" ", 1)[-1] in low for w in values):
        return []  # (a cheap test first: the last token of some share word must be in the text)
    out = []
    for m in matches_at(rx, low, _starts(low, values)) if _plain(path) else rx.finditer(low):
        value, hedge = values[" ".join(m.group().split())]
        out.append(ShareWord(m.start(), m.end(), value, hedge))
    return out

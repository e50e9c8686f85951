"""Durations written in two units: 4分30秒 (270 seconds), 1小时20分钟 (80 minutes), "2 hours 30
minutes", "3 minutes and 20 seconds". One figure in the smaller unit, not two figures (or none: a
bare 4分 is no unit). Times of day (17点55分23秒, 10:30) are not durations. The claim layer
(claims.extract) makes them claims, with the hedge before the first figure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from claims.scan import matches_at, occurrences


@dataclass(frozen=True)
class CompoundDuration:
    start: int
    end: int
    value: Decimal
    unit: str  # "seconds" or "minutes" (units.yaml ids)


_N = r"(\d+(?:\.\d+)?)"
# the patterns start with their digits (a lookbehind first would be tried at every position); what
# may not stand before them is checked after a match (_clock_before)
# (pattern, the unit of its value, what a text must hold for the pattern to be tried: one string of
# each group)
# and, for the English ones, the words their first unit starts with: their matches are tried only
# at the figures before those words (_figure_starts), not at every position of an English text
_PATTERNS = (
    # 1小时20分钟, 2个小时30分, 1小时20分30秒 (in seconds when its seconds are written)
    (re.compile(rf"{_N}\s*(?:个)?小时\s*(\d+)\s*分(?:钟)?(?:\s*(\d+)\s*秒(?:钟)?)?"), "minutes", (("小时",), ("分",)), None),
    # 4分30秒
    (re.compile(rf"{_N}\s*分(?:钟)?\s*(\d+)\s*秒(?:钟)?()"), "seconds", (("秒",), ("分",)), None),
    # 2 hours 30 minutes, 2 hours and 30 minutes
    (re.compile(rf"{_N}\s*(?:hours?|hrs?)\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?)\b()"), "minutes", (("hour", "hr ", "hrs "), ("min",)),
     ("hour", "hr")),
    # 3 minutes 20 seconds, 3 minutes and 20 seconds
    (re.compile(rf"{_N}\s*(?:minutes?|mins?)\s*(?:and\s+)?(\d+)\s*(?:seconds?|secs?)\b()"), "seconds", (("sec",), ("min",)),
     ("min",)),
)


def _figure_starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Where a match of a pattern that opens with ``_N``, optional spaces and one of ``words`` can
    start: at the start of a run of digits (a match inside a run starts at its start, or lies inside
    an earlier match) among the digits and points before the spaces before an occurrence of one of
    the words (a superset: every such run start, sorted)."""
    out: set[int] = set()
    for q in occurrences(low, words):
        p = q
        while p > 0 and low[p - 1].isspace():  # \s
            p -= 1
        r = p
        while r > 0 and (low[r - 1].isdecimal() or low[r - 1] == "."):  # \d (decimal digits) and points
            r -= 1
        for i in range(r, p):
            if low[i].isdecimal() and (i == 0 or not low[i - 1].isdecimal()):
                out.add(i)
    return sorted(out)


def _clock_before(low: str, start: int) -> bool:
    """A digit, a point or a colon right before the figure (inside a longer number, 10:30), or a
    time of day's 点/时 after a digit (17点55分23秒, 17时55分)."""
    if start == 0:
        return False
    c = low[start - 1]
    return c.isdigit() or c in ".:点" or (c == "时" and start >= 2 and low[start - 2].isdigit())


def find_compound_durations(low: str) -> list[CompoundDuration]:
    """The durations in two units of ``low`` (the lower-cased normalised text), in order."""
    out: list[CompoundDuration] = []
    for rx, unit, gates, lead in _PATTERNS:
        if not all(any(g in low for g in group) for group in gates):
            continue
        for m in rx.finditer(low) if lead is None else matches_at(rx, low, _figure_starts(low, lead)):
            if _clock_before(low, m.start()):
                continue
            if Decimal(m.group(2)) >= 60:
                continue  # "2 hours 90 minutes" is no compound
            value = Decimal(m.group(1)) * 60 + Decimal(m.group(2))
            u = unit
            if m.group(3):
                value, u = value * 60 + Decimal(m.group(3)), "seconds"  # 1小时20分30秒
            out.append(CompoundDuration(m.start(), m.end(), value, u))
    out.sort(key=lambda d: d.start)
    kept: list[CompoundDuration] = []
    for d in out:  # the first of overlapping ones (1小时20分30秒 over 20分30秒)
        if not kept or d.start >= kept[-1].end:
            kept.append(d)
    return kept

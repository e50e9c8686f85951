"""Gates for the date patterns of :mod:`claims.dates`: run an expensive pattern only near the places
where it can match, with exactly the matches of a full scan.

A gate is a cheap pattern of which every match of the gated pattern contains an occurrence: an
English month name (whole word) for the patterns with a month group, a weekday for those with a
weekday group, a year not followed by a digit for those whose year is required. With ``before``
the farthest a match can start before the occurrence of its gate group and ``reach`` the farthest
a match (lookarounds included) reads from its start, both measured on the pattern with the
standard library's parser (lookarounds made consuming, which only overestimates), the pattern runs
on the windows ``[occurrence - before, occurrence + reach]``, merged, in order, continuing where
the last match ended, taking only the matches that start at most ``reach`` before a window's end:
every match lies in a window, and what a taken match (or a failed attempt before it) reads lies in
its window, so it is a match of the full text (lookbehinds see the text before a window's start).
A pattern whose widths cannot be bounded is not gated. A Chinese pattern of which every match
consumes a Han character (checked on its parse tree) is skipped on a text without one.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Iterator, Sequence

import regex

__all__ = ["Gated", "plan", "windows", "gated", "urls", "needs_han", "HAN"]


_UNBOUNDED = 10_000


def _consuming(src: str) -> str:
    """``src`` for the standard parser: named groups plain, lookarounds consuming, \\p{Han} a class."""
    s = src.replace(r"\p{Han}", r"\u4e00")
    s = re.sub(r"\(\?P<\w+>", "(?:", s)
    s = re.sub(r"\(\?P=\w+\)", "(?:.)", s)
    for look in ("(?<!", "(?<=", "(?!", "(?="):
        s = s.replace(look, "(?:")
    return s


def _max_width(src: str) -> int | None:
    try:
        hi = sre_parse.parse(src).getwidth()[1]
    except Exception:  # a pattern the standard parser cannot read: no gate
        return None
    return hi if hi < _UNBOUNDED else None


def reach(src: str) -> int | None:
    """The most code points a match of ``src`` (with its lookarounds) can read from its start."""
    return _max_width(_consuming(src))


def before(src: str, group: str) -> int | None:
    """The most code points between a match's start and the start of its first ``group``: the
    width of the pattern up to that group, its open groups closed."""
    i = src.find(f"(?P<{group}>")
    if i < 0:
        return None
    prefix = _consuming(src[:i])
    for k in range(0, 16):
        w = _max_width(prefix + ")" * k)
        if w is not None:
            return w
    return None


HAN = _HAN = regex.compile(r"\p{Han}")


def _all_han(lo: int, hi: int) -> bool:
    return hi - lo < 100_000 and all(_HAN.match(chr(c)) for c in range(lo, hi + 1))


def _must_han(items) -> bool:  # type: ignore[no-untyped-def]
    """Whether every match of a parsed sequence consumes a Han character (False when unsure)."""
    from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, RANGE, SUBPATTERN
    from re._constants import ATOMIC_GROUP, POSSESSIVE_REPEAT  # type: ignore[attr-defined]

    for op, av in items:
        if op is LITERAL and _all_han(av, av):
            return True
        if op is IN and av and all(o is LITERAL and _all_han(a, a) or o is RANGE and _all_han(*a) for o, a in av) \
                and not any(o is NEGATE for o, _ in av):
            return True
        if op is SUBPATTERN and _must_han(av[-1]):
            return True
        if op is ATOMIC_GROUP and _must_han(av):
            return True
        if op is BRANCH and all(_must_han(alt) for alt in av[1]):
            return True
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1 and _must_han(av[2]):
            return True
    return False


def needs_han(src: str) -> bool:
    """Whether every match of ``src`` contains a Han character (lookarounds do not count)."""
    s = src.replace(r"\p{Han}", r"\u4e00")
    s = re.sub(r"\(\?P<\w+>", "(?:", s)
    s = re.sub(r"\(\?P=\w+\)", "(?:.)", s)
    try:
        return _must_han(sre_parse.parse(s))
    except Exception:
        return False


Gated = tuple["regex.Pattern[str]", object, "regex.Pattern[str] | None", int, int]


def plan(patterns: Sequence[tuple["regex.Pattern[str]", object]], months: list[str], weekdays: list[str],
         year_required: set[str]) -> list[Gated]:
    """(pattern, handler, gate or None, before, reach) for each pattern; a gate's windows use the
    widest ``before`` and ``reach`` of its patterns, so that one set of windows serves them all."""
    flags = regex.IGNORECASE | regex.ASCII

    def words(ws: list[str]) -> "regex.Pattern[str]":
        return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in sorted(ws, key=lambda w: (-len(w), w))) + r")\b", flags)

    gates = {"mon": words(months), "wd": words(weekdays), "y": regex.compile(r"(?:19\d\d|20\d\d|2100)(?!\d)", flags)}
    out: list[list] = []
    for pat, handler in patterns:
        group = None
        if pat.flags & regex.ASCII:  # the English patterns: \b and the gates' classes are ASCII too
            if "(?P<mon>" in pat.pattern:
                group = "mon"  # a whole word in every pattern: a boundary or "-" before, a boundary after
            elif "(?P<wd>" in pat.pattern:
                group = "wd"  # likewise
            elif getattr(handler, "__name__", "") in year_required and pat.pattern.count("(?P<y>") == 1:
                group = "y"  # required, and never followed by a digit
        b = before(pat.pattern, group) if group else None
        r = reach(pat.pattern) if group else None
        if group is None and not pat.flags & regex.IGNORECASE and needs_han(pat.pattern):
            out.append([pat, handler, _HAN, -1, -1])  # a text without Han characters is skipped
        elif group is None or b is None or r is None:
            out.append([pat, handler, None, 0, 0])
        else:
            out.append([pat, handler, gates[group], b + 2, r + 2])
    for g in gates.values():  # (the Han gate is per text: no windows)
        rows = [row for row in out if row[2] is g]
        if rows:
            b, r = max(row[3] for row in rows), max(row[4] for row in rows)
            for row in rows:
                row[3], row[4] = b, r
    return [tuple(row) for row in out]  # type: ignore[misc]


def windows(text: str, gate: "regex.Pattern[str]", before: int, reach: int) -> list[tuple[int, int, int]]:
    """Regions ``(a, b, e)``: a match may start in ``[a, b]`` and reads nothing at or after ``e``."""
    n = len(text)
    out: list[tuple[int, int, int]] = []
    for m in gate.finditer(text):
        s = m.start()
        a = max(0, s - before)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], s, min(n, s + reach))
        else:
            out.append((a, s, min(n, s + reach)))
    return out


def gated(pat: "regex.Pattern[str]", text: str, regions: list[tuple[int, int, int]]) -> Iterator["regex.Match[str]"]:
    """The matches of ``pat.finditer(text)``, given regions where all of them start. The scan of a
    region stops at ``e`` (what lies beyond is unknown to it), so only matches starting in
    ``[a, b]`` are taken, whose reads all lie before ``e``; and so were those of the failed
    attempts before them."""
    cur = 0
    for a, b, e in regions:
        if b < cur:
            continue
        for m in pat.finditer(text, max(a, cur), e):
            if m.start() > b:
                break
            cur = m.end()
            yield m


# Every match of claims.dates._URL contains one of these at most 448 code points after its start,
# and no whitespace: a match starts at most 460 before an occurrence and ends in its whitespace-free run.
_URL_GATE = regex.compile(r"://|www\.|\.(?:com|org|gov|net|edu|cn|io|uk|int|info)/", regex.IGNORECASE)
_URL_BACK = 460
_URL_GATE_LEN = 6
_RUN = regex.compile(r"\S*")


def urls(url: "regex.Pattern[str]", text: str) -> Iterator["regex.Match[str]"]:
    regions: list[tuple[int, int, int]] = []
    for g in _URL_GATE.finditer(text):
        s = g.start()
        a, e = max(0, s - _URL_BACK), _RUN.match(text, s).end()  # type: ignore[union-attr]
        b = s + _URL_GATE_LEN  # an occurrence the scan skipped overlaps this one
        if regions and a <= regions[-1][1]:
            regions[-1] = (regions[-1][0], b, max(e, regions[-1][2]))
        else:
            regions.append((a, b, e))
    return gated(url, text, regions)

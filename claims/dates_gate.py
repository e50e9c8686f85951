"""Gates for the date patterns of :mod:`claims.dates`: try an expensive pattern only at the few
positions where a match can start, with exactly the matches of a full scan.

A gate is a set of positions that every match of the gated pattern contains: where an English month
name (whole word) starts, for the patterns with a month group; a weekday, for those with a weekday
group; a year not followed by a digit, for those whose year is required; a word such as "year" or
"today" that every match contains (checked on the pattern's parse tree), for the relative dates.
``before`` is the most a match can consume ahead of that position (measured on the pattern with the
standard library's parser; lookarounds consume nothing). A pattern with ``before`` 0 starts at a
gate position: it is tried there with ``match``, in order, from where its last match ended, which
gives the matches of ``finditer`` over the whole text (every position where it could match was
tried, and each attempt sees the whole text). The patterns that start on a word some way before
their gate are swept together (:mod:`claims.dates_heads`); the others are scanned whole.

Month and weekday names and the relative words are found with ``str.find`` on the lower-cased text
(C speed, where a case-insensitive alternation in a regex costs ~40 ns per code point), then checked
with the gate's own pattern. A pattern whose widths cannot be bounded is not gated. A Chinese pattern
of which every match consumes a Han character (checked on its parse tree) is skipped on a text
without one; in a text with, one whose matches start with one of a few listed pairs of code points
(its leads, read on its parse tree) is tried with ``match`` only where a lead occurs.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from dataclasses import dataclass
from re._constants import (  # type: ignore[attr-defined]
    ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, POSSESSIVE_REPEAT, RANGE, SUBPATTERN,
)
from typing import Iterator, Sequence

import regex

from claims.dates_heads import Sweep, heads, make_sweep, word_led
from claims.scan import lead_occurrences, leads, matches_at
from claims.scan import occurrences as occurrences_of

__all__ = ["Gate", "Gated", "plan", "gated", "occurrences", "ascii_lower", "urls", "needs_han", "HAN"]


_UNBOUNDED = 10_000


def _plain(src: str) -> str:
    """``src`` for the standard parser: named groups plain, backreferences any character, \\p{Han}
    a Han character."""
    s = src.replace(r"\p{Han}", r"\u4e00")
    s = re.sub(r"\(\?P<\w+>", "(?:", s)
    return re.sub(r"\(\?P=\w+\)", "(?:.)", s)


def _max_width(src: str) -> int | None:
    try:
        hi = sre_parse.parse(src).getwidth()[1]
    except Exception:  # a pattern the standard parser cannot read: no gate
        return None
    return hi if hi < _UNBOUNDED else None


def before(src: str, group: str) -> int | None:
    """The most code points between a match's start and the start of its first ``group``: the
    width of the pattern up to that group, its open groups closed (lookarounds read but consume
    nothing, and the standard parser counts them as such)."""
    i = src.find(f"(?P<{group}>")
    if i < 0 or "(?P=" in src[:i]:  # a backreference's width is its group's: not counted here
        return None
    prefix = _plain(src[:i])
    for k in range(0, 16):
        w = _max_width(prefix + ")" * k)
        if w is not None:
            return w
    return None


def width(src: str) -> int | None:
    """The most code points a match of ``src`` consumes."""
    return None if "(?P=" in src else _max_width(_plain(src))


# ------------------------------------------------------------------------ facts from parse trees

HAN = _HAN = regex.compile(r"\p{Han}")


def _all_han(lo: int, hi: int) -> bool:
    return hi - lo < 100_000 and all(_HAN.match(chr(c)) for c in range(lo, hi + 1))


def _must_han(items) -> bool:  # type: ignore[no-untyped-def]
    """Whether every match of a parsed sequence consumes a Han character (False when unsure)."""
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
    try:
        return _must_han(sre_parse.parse(_plain(src)))
    except Exception:
        return False


_SPELLINGS_MAX = 64  # a run of literals and small classes is spelled out up to this many ways


def _chars(op, av) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The characters (lower case) a literal or a small class of literals and short ranges matches
    ([QH], [1-4]), else None."""
    if op is LITERAL:
        return [chr(av).lower()]
    if op is not IN:
        return None
    out: list[str] = []
    for o, a in av:
        if o is LITERAL:
            out.append(chr(a).lower())
        elif o is RANGE and a[1] - a[0] < 16:
            out += [chr(c).lower() for c in range(a[0], a[1] + 1)]
        else:  # a negated class, a category, a wide range
            return None
    return out


def _must_contain(items, words: tuple[str, ...]) -> bool:  # type: ignore[no-untyped-def]
    """Whether every match of a parsed sequence contains one of ``words`` (lower case), case aside:
    every spelling of a run of literals and small classes in the sequence ("q", "[1-4]") contains
    one, or an item every match of which does."""
    runs = [""]  # the ways the current run can be spelled
    for op, av in list(items) + [(None, None)]:
        chars = _chars(op, av)
        if chars is not None and len(runs) * len(chars) <= _SPELLINGS_MAX:
            runs = [r + c for r in runs for c in chars]
            continue
        if all(any(w in r for w in words) for r in runs):
            return True
        runs = [""] if chars is None else chars
        if chars is not None:
            continue
        if op is SUBPATTERN and _must_contain(av[-1], words):
            return True
        if op is ATOMIC_GROUP and _must_contain(av, words):
            return True
        if op is BRANCH and all(_must_contain(alt, words) for alt in av[1]):
            return True
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1 and _must_contain(av[2], words):
            return True
    return False


def contains_one_of(src: str, words: tuple[str, ...]) -> bool:
    try:
        return _must_contain(list(sre_parse.parse(_plain(src))), words)
    except Exception:
        return False


# ------------------------------------------------------------------------------------ the gates

# The code points that the regex module's case-insensitive matching takes for an ASCII letter
# (found by trying every code point against [a-z]): İ for i, ſ (long s) for s, K (Kelvin sign) for k.
_LOOK_ALIKES = {0x130: "i", 0x17F: "s", 0x212A: "k"}
_ASCII_FOLD = {**{c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}, **_LOOK_ALIKES}


def ascii_lower(text: str) -> str:
    """``text`` with every code point in place and each one a case-insensitive pattern may take for
    an ASCII letter turned into that lower-case letter, so that an ASCII word found in it is where
    such a pattern may match: ``str.lower`` (which also lowers other letters, harmlessly) unless it
    changes the length (only İ lowers to two code points), else A-Z and the look-alikes alone."""
    low = text.lower()
    if len(low) != len(text):
        return text.translate(_ASCII_FOLD)
    return low.replace("\u017f", "s") if "\u017f" in low else low


@dataclass(frozen=True, eq=False)
class Gate:
    """Positions of a text where ``word`` matches, or, without ``word``, where one of ``stems``
    starts. With ``stems``, every such position starts with one of them (lower case, case aside),
    found with ``str.find`` in the lower-cased text; else ``word.finditer`` finds them."""

    word: "re.Pattern[str] | None"
    stems: tuple[str, ...] = ()
    han: bool = False  # a Chinese pattern's leads: found in the text itself, none in a text without Han


def occurrences(gate: Gate, text: str, low: str | None) -> list[int]:
    """The gate's positions in ``text`` in order (``low``: ``ascii_lower(text)``, needed with stems)."""
    if not gate.stems:
        return [m.start() for m in gate.word.finditer(text)]  # type: ignore[union-attr]
    if gate.han:  # (the caller skips a text without Han)
        return lead_occurrences(text, gate.stems)
    assert low is not None
    hits = occurrences_of(low, gate.stems)  # (no stem starts with another: each position once)
    if gate.word is not None:
        match = gate.word.match
        hits = [q for q in hits if match(text, q)]
    return hits


Gated = tuple["regex.Pattern[str]", object, "Gate | regex.Pattern[str] | None", int, "Sweep | None"]


def _stems(words: list[str]) -> tuple[str, ...]:
    """The words, lower-cased, without those that start with another (jan covers january): one of
    them starts every occurrence of a word, and each is found once."""
    ws = sorted({w.lower() for w in words})
    return tuple(w for w in ws if not any(w != v and w.startswith(v) for v in ws))


def plan(patterns: Sequence[tuple["regex.Pattern[str]", object]], months: list[str], weekdays: list[str],
         year_groups: dict[str, str], contains: dict[str, tuple[str, ...]]) -> list[Gated]:
    """(pattern, handler, gate, before, sweep) for each pattern. The gate is a :class:`Gate`,
    :data:`HAN` (skip a text without Han characters) or None (scan the whole text). A pattern
    takes a gate only if it starts at the gate's position (``before`` 0: one try there) or joins
    that gate's :class:`~claims.dates_heads.Sweep`. ``year_groups`` names, per handler, a group
    holding a year that every match has and that a digit never follows; ``contains`` words one of
    which every match contains (kept only if the parse tree says so)."""
    # The gates' own patterns are plain ASCII (no lookbehind, ASCII case folding and classes), for
    # which the standard library's engine means the same as regex's and costs less per call.
    flags = re.IGNORECASE | re.ASCII

    def words(ws: list[str]) -> "re.Pattern[str]":
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ws, key=lambda w: (-len(w), w))) + r")\b", flags)

    gates = {"mon": Gate(words(months), _stems(months)), "wd": Gate(words(weekdays), _stems(weekdays)),
             "y": Gate(re.compile(r"(?:19\d\d|20\d\d|2100)(?!\d)", flags))}
    word_gates = {stems: Gate(None, stems) for stems in contains.values()}
    rows: list[Gated] = []
    for pat, handler in patterns:
        name = getattr(handler, "__name__", "")
        gate: Gate | None = None
        b: int | None = None
        if pat.flags & regex.ASCII:  # the English patterns: \b and the gates' classes are ASCII too
            if "(?P<mon>" in pat.pattern:
                gate, b = gates["mon"], before(pat.pattern, "mon")  # a whole word in every pattern: a boundary or "-" before, a boundary after
            elif "(?P<wd>" in pat.pattern:
                gate, b = gates["wd"], before(pat.pattern, "wd")  # likewise
            elif name in year_groups and pat.pattern.count(f"(?P<{year_groups[name]}>") == 1:
                gate, b = gates["y"], before(pat.pattern, year_groups[name])  # required, and never followed by a digit
            elif name in contains and contains_one_of(pat.pattern, contains[name]):
                gate, b = word_gates[contains[name]], width(pat.pattern)  # the word lies inside the match
        if gate is not None and b is not None:
            rows.append((pat, handler, gate, b, None))
        elif gate is None and not pat.flags & regex.IGNORECASE and needs_han(pat.pattern):
            # a text without Han characters is skipped; in one with, a pattern whose matches start
            # with one of a few listed pairs of code points (上个月, 2025年) is tried only where one
            # occurs, found in one pass for all the leads (a scan of the whole text costs ~15 ns per
            # code point per pattern: 8-20 ms per MB for the relative dates, weekdays, quarters)
            starts = leads(pat.pattern)
            rows.append((pat, handler, _HAN if starts is None else Gate(None, starts, han=True), 0, None))
        else:
            rows.append((pat, handler, None, 0, None))
    return _with_sweeps(rows)


def _with_sweeps(rows: list[Gated]) -> list[Gated]:
    """Per gate, the patterns that start on a word some way before it are swept together
    (:mod:`claims.dates_heads`): their row's last item becomes the gate's :class:`Sweep`. A pattern
    that starts some way before its gate and cannot be swept is scanned whole: trying it at every
    position before every gate position would cost more."""
    by_gate: dict[int, list] = {}
    out = list(rows)
    for i, (pat, handler, gate, b, _) in enumerate(rows):
        if isinstance(gate, Gate) and b > 0:
            hs = heads(pat) if word_led(pat) else None
            if hs is not None:
                by_gate.setdefault(id(gate), []).append((i, pat, b, hs))
            else:
                out[i] = (pat, handler, None, 0, None)
    for members in by_gate.values():
        sw = make_sweep(members)
        for i, *_ in members:
            out[i] = out[i][:4] + (sw,)
    return out


def gated(pat: "regex.Pattern[str]", text: str, occ: list[int]) -> Iterator["regex.Match[str]"]:
    """The matches of ``pat.finditer(text)``, given the positions ``occ`` (in order) where all of
    them start: ``pat.match`` at each, from where the last match ended."""
    return matches_at(pat, text, occ)


def _in_regions(pat: "regex.Pattern[str]", text: str, regions: list[tuple[int, int, int]]) -> Iterator["regex.Match[str]"]:
    """The matches of ``pat.finditer(text)``, given regions ``(a, b, e)`` where all of them start:
    a match may start in ``[a, b]`` and reads nothing at or after ``e``. The scan of a region stops
    at ``e`` (what lies beyond is unknown to it), so only matches starting in ``[a, b]`` are taken,
    whose reads all lie before ``e``; and so were those of the failed attempts before them."""
    cur = 0
    for a, b, e in regions:
        if b < cur:
            continue
        for m in pat.finditer(text, max(a, cur), e):
            if m.start() > b:
                break
            cur = m.end()
            yield m


# Every match of claims.dates._URL contains one of these (case aside) at most 448 code points after
# its start, and no whitespace: a match starts at most 460 before an occurrence, and after the last whitespace
# before it, and ends in its whitespace-free run.
_URL_GATE = re.compile(r"://|www\.|\.(?:com|org|gov|net|edu|cn|io|uk|int|info)/")  # on ascii_lower(text)
_URL_BACK = 460
_URL_GATE_LEN = 6
_RUN = regex.compile(r"\S*")
_LAST_SPACE = regex.compile(r"\s", regex.REVERSE)  # search() finds the last one before endpos


def urls(url: "regex.Pattern[str]", text: str, low: str) -> Iterator["regex.Match[str]"]:
    """The matches of ``url.finditer(text)`` (``low``: ``ascii_lower(text)``)."""
    regions: list[tuple[int, int, int]] = []
    run_end = -1
    for g in _URL_GATE.finditer(low):
        s = g.start()
        if s >= run_end:  # a gate inside the last run ends where it ends: each run is read once
            run_end = _RUN.match(text, s).end()  # type: ignore[union-attr]
        a, e = max(0, s - _URL_BACK), run_end
        space = _LAST_SPACE.search(text, a, s)
        if space is not None:
            a = space.end()
        b = s + _URL_GATE_LEN  # an occurrence the scan skipped overlaps this one
        if regions and a <= regions[-1][1]:
            regions[-1] = (regions[-1][0], b, max(e, regions[-1][2]))
        else:
            regions.append((a, b, e))
    return _in_regions(url, text, regions)

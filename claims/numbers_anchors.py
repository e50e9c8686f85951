"""Where a whole-text pattern of claims.numbers can match, found cheaply, so that the pattern itself
runs only there (internal to claims.numbers).

Each pattern of numbers_scan (slash fractions, dotted chains, URLs) needs characters that are
rare in prose ("/" between digits, "." before a digit, "://" or "www."). A cheap scan
finds those anchors; around each one, the run of characters a match is made of bounds a window
that holds every match through it. The pattern's own ``finditer`` over the (merged) windows then
yields exactly the matches of ``finditer`` over the whole text:

- every match lies inside one window, so no match is lost;
- windows are merged when they overlap and visited in order, and the whole-text scan has nothing
  to find between them, so it starts each window in the state the window scan starts in;
- look-behinds read the text before a window (``finditer(text, pos)`` does not hide it), and the
  window's end is extended by as many characters as the pattern's look-ahead reads past a match,
  none of which can start or extend a match (checked per pattern below).

Runs are found with anchored patterns from the anchor outwards, and an anchor inside the window
already built is skipped: each character is read a bounded number of times (linear time).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

# the anchors: stdlib scans for a literal character are an order of magnitude faster than the
# regex module's scan for the whole pattern (whose \d is checked with the regex module below)
_SLASH_CHAR = re.compile("/")
# a dot before an ASCII digit or any non-ASCII character: every dot before a digit (\d of the
# regex module, which knows more digits than the stdlib's) and few others
_DOT_MAYBE_DIGIT = re.compile(r"\.[^\x00-\x2f\x3a-\x7f]")
_DIGIT_SLASH_DIGIT = regex.compile(r"\d/\d")
_DOT_DIGIT = regex.compile(r"\.\d")
# runs, matched from an anchor: backwards (REVERSE, anchored at endpos) or forwards
_SLASH_HEAD = regex.compile(r"[\d \t-]*+", regex.REVERSE)  # [-[ \t]][digits[ \t]+]digits before "/"
_DIGITS = regex.compile(r"\d*+")
_CHAIN_BACK = regex.compile(r"[\d.]*+", regex.REVERSE)
_CHAIN_FORTH = regex.compile(r"[\d.]*+")


def slash_windows(text: str) -> list[tuple[int, int]]:
    """Windows for numbers_scan._SLASH: a match is [-[ \\t]][digits[ \\t]+]digits/digits, so it
    lies in the run of [\\d \\t-] before a "/" with digits on both sides, that "/" and the digits
    after it."""
    out: list[tuple[int, int]] = []
    for a in _SLASH_CHAR.finditer(text):
        j = a.start()
        if j == 0 or not _DIGIT_SLASH_DIGIT.match(text, j - 1):
            continue
        start = _SLASH_HEAD.match(text, 0, j).start()
        end = _DIGITS.match(text, j + 1).end()
        out.append((start, end))
    return out


def chain_windows(text: str) -> list[tuple[int, int]]:
    """Windows for numbers_scan._CHAIN (digits and dots, a dot before a digit): the run of
    [\\d.] around each "." followed by a digit."""
    out: list[tuple[int, int]] = []
    done = 0
    for a in _DOT_MAYBE_DIGIT.finditer(text):
        j = a.start()
        if j < done or not _DOT_DIGIT.match(text, j):
            continue
        start = _CHAIN_BACK.match(text, 0, j).start()
        done = _CHAIN_FORTH.match(text, j).end()
        out.append((start, done))
    return out


def in_windows(rx: "regex.Pattern[str]", text: str, windows: list[tuple[int, int]], lookahead: int) -> Iterator:
    """What ``rx.finditer(text)`` yields, given windows (sorted by start) that hold every match:
    rx runs in each merged window, its end extended by the ``lookahead`` characters rx reads after
    a match; a match starting in that extension belongs to no window and is dropped."""
    n = len(text)
    i = 0
    while i < len(windows):
        start, end = windows[i]
        i += 1
        while i < len(windows) and windows[i][0] <= end:
            end = max(end, windows[i][1])
            i += 1
        for m in rx.finditer(text, start, min(n, end + lookahead)):
            if m.start() >= end:
                break
            yield m


def url_starts(text: str) -> list[int]:
    """Where numbers_scan._URL can start (case-insensitively https?:// or www.): 4 or 5
    characters before each "://", and each www. in any case. Sorted, without repeats."""
    starts: set[int] = set()
    for j in _find_all(text, "://"):
        starts.update(p for p in (j - 4, j - 5) if p >= 0)
    for tail in ("w.", "W."):  # "w." is rare in prose, "www" in any case is short to check
        for j in _find_all(text, tail):
            if j >= 2 and text[j - 2:j] in _WW:
                starts.add(j - 2)
    return sorted(starts)


_WW = frozenset({"ww", "wW", "Ww", "WW"})


def _find_all(text: str, s: str) -> Iterator[int]:
    j = text.find(s)
    while j >= 0:
        yield j
        j = text.find(s, j + 1)

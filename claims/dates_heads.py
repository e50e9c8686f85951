"""Word-led date patterns, swept together: the English patterns that start on a word ("the",
"early", "in", an ordinal, a day number) some way before their gate (:mod:`claims.dates_gate`).

Tried one by one, each such pattern would rescan the few dozen code points before every occurrence
of its gate; instead one scan per occurrence lists the word starts there (an ASCII letter or digit
after anything but ``[A-Za-z0-9_]``), and each word start is looked up, by its first three code
points lower-cased, in a table of the patterns that can start with them (their *heads*, read off
their parse trees). A pattern is tried with ``match`` only there, in order, from where its last match
ended: the matches of its ``finditer`` over the whole text. Word starts whose first three code
points are not all ASCII try every pattern of the sweep.

A pattern joins a sweep only if that is sound: its leading lookbehind rules out ``[A-Za-z0-9_]``
before its start, its first code point is an ASCII letter or digit, every match is at least three
code points long, and its heads can be listed (bounded constructs, at most a few thousand).
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # type: ignore[import-not-found]
from dataclasses import dataclass
from functools import lru_cache
from re._constants import (  # type: ignore[attr-defined]
    ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, CATEGORY, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE,
    POSSESSIVE_REPEAT, RANGE, SUBPATTERN,
)

import regex

__all__ = ["HEAD", "Sweep", "heads", "leading_lookbehinds", "make_sweep", "sweep", "word_led"]

HEAD = 3  # code points of a word start looked up
_LIMIT = 5000  # heads per pattern, beyond which the pattern is not swept
_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_OTHER = "\x80"  # stands for "some code point beyond ASCII" in a head


class _Unknown(Exception):
    """A construct this module does not read: the pattern is not swept."""


def _plain(src: str) -> str:
    s = re.sub(r"\(\?P<\w+>", "(?:", src)
    if "(?P=" in s or r"\p" in s:
        raise _Unknown
    return s


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_source(op, av) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
    """One consuming item (a literal or a class) as a regex class, and whether it may match a code
    point beyond ASCII (with the ASCII flag: a negation, a negated category, such a code point)."""
    if op is LITERAL:
        return f"[\\U{av:08x}]", av >= 128
    parts, beyond = [], False
    for o, a in av:
        if o is NEGATE:
            parts.insert(0, "^")
            beyond = True
        elif o is LITERAL:
            parts.append(f"\\U{a:08x}")
            beyond = beyond or a >= 128
        elif o is RANGE:
            parts.append(f"\\U{a[0]:08x}-\\U{a[1]:08x}")
            beyond = beyond or a[1] >= 128
        elif o is CATEGORY and str(a) in _CATEGORIES:
            parts.append(_CATEGORIES[str(a)])
            beyond = beyond or "_NOT_" in str(a)
        else:
            raise _Unknown
    return "[" + "".join(parts) + "]", beyond


@lru_cache(maxsize=4096)
def _members(src: str, beyond: bool, flags: int) -> frozenset[str]:
    """The code points the class ``src`` matches under ``flags``: the ASCII ones (tested on the
    pattern's own engine) lower-cased, and :data:`_OTHER` for any beyond ASCII."""
    pat = regex.compile(src, flags)
    out = {chr(c).lower() for c in range(128) if pat.fullmatch(chr(c))}
    if beyond or not flags & regex.ASCII:  # without ASCII, a case-insensitive letter has look-alikes
        out.add(_OTHER)
    return frozenset(out)


def _heads(items, flags: int) -> set[str]:  # type: ignore[no-untyped-def]
    """The first HEAD code points of every match of a parsed sequence (shorter: the whole match)."""
    acc = {""}
    for op, av in items:
        if all(len(s) >= HEAD for s in acc):
            break
        if op in (AT, ASSERT, ASSERT_NOT):  # zero-width
            continue
        if op in (LITERAL, IN):
            nxt = set(_members(*_class_source(op, av), flags))
        elif op is SUBPATTERN:
            nxt = _heads(av[-1], flags)
        elif op is ATOMIC_GROUP:
            nxt = _heads(av, flags)
        elif op is BRANCH:
            nxt = set().union(*(_heads(alt, flags) for alt in av[1]))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            lo, hi, sub = av
            one, reps, nxt = _heads(sub, flags), {""}, set()
            for n in range(0, min(hi, HEAD) + 1):
                if n >= lo:
                    nxt |= reps
                reps = {(a + b)[:HEAD] if len(a) < HEAD else a for a in reps for b in one}
            if lo > HEAD:
                nxt |= reps
        else:  # ANY, NOT_LITERAL, GROUPREF, ...
            raise _Unknown
        acc = {(a + b)[:HEAD] if len(a) < HEAD else a for a in acc for b in nxt}
        if len(acc) > _LIMIT:
            raise _Unknown
    return acc


def heads(pat: "regex.Pattern[str]") -> frozenset[str] | None:
    """The lower-cased first HEAD code points of every match of ``pat`` that are all ASCII, if
    every match starts with an ASCII letter or digit and is at least HEAD long; else None."""
    try:
        hs = _heads(list(sre_parse.parse(_plain(pat.pattern))), pat.flags)
    except (_Unknown, Exception):  # _Unknown, or a pattern the standard parser cannot read
        return None
    if not hs or any(len(h) < HEAD or h[0] not in _ALNUM for h in hs):
        return None
    return frozenset(h for h in hs if _OTHER not in h)


def leading_lookbehinds(src: str) -> list[str]:
    """The lookbehinds ``src`` starts with, as written."""
    out = []
    while src.startswith("(?<"):
        depth, j, in_class = 0, 0, False
        while j < len(src):
            ch = src[j]
            if ch == "\\":
                j += 2
                continue
            if in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
                j += 1
                if src.startswith("^", j):
                    j += 1
                if src.startswith("]", j):
                    j += 1
                continue
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        out.append(src[: j + 1])
        src = src[j + 1 :]
    return out


def word_led(pat: "regex.Pattern[str]") -> bool:
    """Whether a leading lookbehind of ``pat`` rules out every ``[A-Za-z0-9_]`` before a match."""
    for look in leading_lookbehinds(pat.pattern):
        if not look.startswith("(?<!"):
            continue
        body = look[4:-1]
        if body.startswith("[") and body.endswith("]") and "^" not in body[:2]:
            try:
                if _WORD <= {c for c in _WORD if regex.fullmatch(body, c, pat.flags)}:
                    return True
            except regex.error:
                pass
    return False


@dataclass(frozen=True, eq=False)
class Sweep:
    """The word-led patterns of one gate: ``rows`` (plan index, pattern, before); ``table`` maps a
    head to the rows that may start with it; ``starts`` finds the word starts worth a look (a head
    of the table, or one not all ASCII); ``before`` is the widest."""

    rows: tuple[tuple[int, "regex.Pattern[str]", int], ...]
    table: dict[str, tuple[int, ...]]  # head -> positions in rows
    starts: "re.Pattern[str]"
    before: int


def _trie(keys: list[str]) -> str:
    """An alternation matching exactly ``keys`` (all of one length), as a trie: each position of a
    word start is tried against a few characters instead of every key."""
    if keys == [""]:
        return ""
    by: dict[str, list[str]] = {}
    for k in keys:
        by.setdefault(k[0], []).append(k[1:])
    alts = [re.escape(c) + _trie(rest) for c, rest in sorted(by.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def make_sweep(rows: list[tuple[int, "regex.Pattern[str]", int, frozenset[str]]]) -> Sweep:
    table: dict[str, list[int]] = {}
    for k, (_, _, _, hs) in enumerate(rows):
        for h in hs:
            table.setdefault(h, []).append(k)
    # Heads are lower-case ASCII, matched case-insensitively (ASCII only, as the text's head is
    # lower-cased for the table); a head with a code point beyond ASCII is looked at in any case.
    # The look is ahead (the match is empty) so that a head overlapping the next word start ("1 of")
    # does not hide it.
    starts = re.compile(r"(?<![A-Za-z0-9_])(?=" + _trie(sorted(table)) + r"|[A-Za-z0-9](?:[^\x00-\x7f]|[\x00-\x7f][^\x00-\x7f]))",
                        re.IGNORECASE | re.ASCII)
    return Sweep(tuple((i, p, b) for i, p, b, _ in rows), {h: tuple(v) for h, v in table.items()}, starts,
                 max(b for _, _, b, _ in rows))


def sweep(sw: Sweep, text: str, occ: list[int]) -> dict[int, list["regex.Match[str]"]]:
    """The matches of each pattern of the sweep (by plan index), as ``finditer`` over ``text`` gives
    them, given the gate's positions ``occ`` in order (a match starts at most its ``before`` ahead of
    the next one). Each word start is looked at once."""
    rows, table, starts = sw.rows, sw.table, sw.starts.finditer
    every = tuple(range(len(rows)))
    found: list[list["regex.Match[str]"]] = [[] for _ in rows]
    cur = [0] * len(rows)  # where each pattern's last match ended
    done = j = 0  # word starts below done were looked at; occ[j] is the first position >= the word start
    for q in occ:
        lo = max(q - sw.before, done)
        if lo > q:
            continue
        for w in starts(text, lo, q + HEAD):  # (a head may run past q)
            s = w.start()
            if s > q:
                break
            head = text[s : s + HEAD]
            ks = table.get(head.lower(), ()) if head.isascii() else every
            while occ[j] < s:
                j += 1
            for k in ks:
                i, pat, before = rows[k]
                if s >= cur[k] and s >= occ[j] - before:
                    m = pat.match(text, s)
                    if m is not None:
                        found[k].append(m)
                        cur[k] = m.end()
        done = q + 1
    return {rows[k][0]: found[k] for k in range(len(rows))}

"""Two small scanning helpers shared by the finders: where literal strings occur, and what a
pattern's ``finditer`` yields when every match is known to start at one of given positions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


def occurrences(text: str, literals: Iterable[str]) -> list[int]:
    """Every position where one of ``literals`` occurs in ``text`` (``str.find``), sorted, once each."""
    at: set[int] = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            at.add(i)
            i = text.find(lit, i + 1)
    return sorted(at)


def matches_at(pattern: Any, text: str, starts: Iterable[int]) -> Iterator[Any]:
    """What ``pattern.finditer(text)`` yields when no match can start elsewhere than at ``starts``
    (sorted) and none is empty: ``pattern.match`` at each start not inside the previous match (the
    same attempts in the same order, minus those that fail at once). ``pattern``: a compiled
    ``re`` or ``regex`` pattern."""
    match = pattern.match
    done = 0
    for p in starts:
        if p < done:
            continue
        m = match(text, p)
        if m is not None:
            done = m.end()
            yield m

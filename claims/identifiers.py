"""Identifier mentions (EO 14179, 第14179号行政令, M-25-21) and title mentions (《...》, “...”,
English title-case runs) on the normalised view, and how they are tied to catalog subjects.

* A title is a claim only when a text subject's ``title_patterns`` (for the title's script:
  CJK -> zh, else en) match it, or when it sits right next to an identifier whose entity has a
  text subject for that script (so a wrong title next to "EO 14179" is still checked).
* An identifier is a claim on ``<entity>.number``: the entity of an adjacent title when there is
  one (so a wrong number next to a known title is checked), else the entity whose
  ``identifier`` is this number, else an open key ``open:<scheme>:<number>``.
"""

from __future__ import annotations

import bisect
import re
import re._parser as sre_parse  # type: ignore[import-not-found]
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from re._constants import AT, ASSERT, ASSERT_NOT, BRANCH, LITERAL, SUBPATTERN  # type: ignore[attr-defined]

from claims.catalog import Catalog, CatalogSubject
from claims.scan import matches_at, occurrences, occurrences_cased
from claims.text import fold_t2s

__all__ = ["IdentifierMention", "TitleMention", "find_identifiers", "find_titles", "title_normalized"]

_CJK = re.compile(r"[\u3400-\u9fff]")
# Words are taken whole (possessive, and a run starts at a word's start): "GPT-GPT-GPT-..." made the
# first word backtrack at every capital, quadratic in the run's length. The capital comes first and
# the lookbehind after it (the code point before that capital is not a letter, ' ’ or -): a pattern
# that starts on a class lets the engine skip to the next capital instead of trying every position.
_TITLE_RUN = re.compile(
    r"[A-Z](?<![A-Za-z'’\-][A-Z])[A-Za-z'’\-]*+(?:(?::|,)?[ \t]+(?:[A-Z][A-Za-z'’\-]*+|of|the|and|in|for|to|a|an|on|at|by|with|AI)){2,14}"
)
_TRAILING_SMALL = re.compile(r"(?:[:,]?[ \t]+(?:of|the|and|in|for|to|a|an|on|at|by|with))+$")
ADJACENT = 24  # code points between an identifier and a title that belong together


@dataclass(frozen=True, slots=True)
class IdentifierMention:
    start: int
    end: int
    scheme: str
    number: str


@dataclass(frozen=True, slots=True)
class TitleMention:
    start: int  # inside the brackets
    end: int
    text: str
    script: str  # "zh" | "en"
    bracketed: bool
    formal: bool = False  # in title marks (《》) or, for English, in quotes: certainly a title


@lru_cache(maxsize=64)
def _literal_starts(pattern: "re.Pattern[str]") -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with (its literal prefixes, lookarounds
    aside), or None when that cannot be read off its parse tree (a class or a repeat first, case
    folding, an empty prefix) or a prefix is a single code point (too frequent to be worth it; the
    engine itself skips to a leading literal)."""
    if pattern.flags & re.IGNORECASE:
        return None

    def prefixes(items) -> set[str]:  # type: ignore[no-untyped-def]
        acc = {""}
        for op, av in items:
            if op in (AT, ASSERT, ASSERT_NOT):  # zero-width
                continue
            if op is LITERAL:
                nxt = {chr(av)}
            elif op is SUBPATTERN and not av[1] & re.IGNORECASE:
                nxt = prefixes(av[-1])
            elif op is BRANCH:
                nxt = set().union(*(prefixes(alt) for alt in av[1]))
            else:
                break
            acc = {a + b for a in acc for b in nxt}
            if op is not LITERAL:  # a group or a branch ends the prefix: its parts may stop early
                break
        return acc

    try:
        starts = prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:
        return None
    if not starts or len(starts) > 64 or any(len(p) < 2 for p in starts):
        return None
    return tuple(sorted(starts))


def _matches(pattern: "re.Pattern[str]", text: str, low: str | None = None):  # type: ignore[no-untyped-def]
    """``pattern.finditer(text)``: when every match starts with one of a few literal strings, only
    their occurrences (found with ``str.find``) are tried, in order, from where the last match ended.
    ``low``: ``ascii_lower(text)``, where they are looked for when given (claims.scan.occurrences_cased)."""
    starts = _literal_starts(pattern)
    if starts is None:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, occurrences(text, starts) if low is None else occurrences_cased(text, low, starts))


def find_identifiers(catalog: Catalog, text: str, low: str | None = None) -> list[IdentifierMention]:
    """The identifiers of ``text`` (``low``: ``ascii_lower(text)``, when the caller has it)."""
    out: list[IdentifierMention] = []
    for ip in catalog.non_claims.identifiers:
        for m in _matches(ip.pattern, text, low):
            out.append(IdentifierMention(m.start(), m.end(), ip.scheme, m.group("number")))
    out.sort(key=lambda i: (i.start, -i.end))
    kept: list[IdentifierMention] = []
    last = -1
    for i in out:
        if i.start >= last:
            kept.append(i)
            last = i.end
    return kept


@lru_cache(maxsize=64)
def _bracket_pattern(left: str, right: str) -> "re.Pattern[str]":
    """A title in ``left``/``right``, of 2-160 code points, over two lines at most ("Removing Barriers to American
    Leadership in Artificial⏎Intelligence" wrapped by hand where the wrap is kept: next to a timeline's arrows)."""
    no = re.escape(left if left == right else left + right)
    return re.compile(re.escape(left) + r"([^" + no + r"\n]{1,160}(?:\n[^" + no + r"\n]{1,159})?)" + re.escape(right))


def _overlaps_any(spans: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """``f(s, e)``: whether some ``(a, b)`` of ``spans`` has ``a <= s < b`` or ``a < e <= b`` (by
    bisection on the starts, with the running maximum of the ends)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def f(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s)  # spans with a <= s
        if i and reach[i - 1] > s:
            return True
        k = bisect.bisect_left(starts, e)  # spans with a < e
        return bool(k) and reach[k - 1] >= e

    return f


def find_titles(catalog: Catalog, text: str) -> list[TitleMention]:
    out: list[TitleMention] = []
    taken: list[tuple[int, int]] = []
    for left, right in catalog.non_claims.title_brackets:
        if left not in text:  # (every match opens with it: no scan)
            continue
        for m in _bracket_pattern(left, right).finditer(text):
            s, e = m.span(1)
            inner = m.group(1)
            if len(inner) > 160 or len(inner) < 2:
                continue
            script = "zh" if _CJK.search(inner) else "en"
            formal = left == "《" or (script == "en" and left in "“\"")
            out.append(TitleMention(s, e, inner, script, True, formal))
            taken.append((s, e))
    overlaps = _overlaps_any(taken)
    for m in _TITLE_RUN.finditer(text):
        s = m.start()
        run = _TRAILING_SMALL.sub("", m.group())
        e = s + len(run)
        if len(run.split()) < 3:
            continue
        if overlaps(s, e):
            continue
        out.append(TitleMention(s, e, text[s:e], "en", False))
    out.sort(key=lambda t: (t.start, t.end))
    return out


def title_normalized(catalog: Catalog, title: str) -> str:
    """Simplified script, NFKC, casefolded, title folds applied, no punctuation, quotes or spaces."""
    # one space for any run of white space: a title wrapped over two lines ("… in Artificial\n
    # Intelligence") folds like the same title on one line
    s = re.sub(r"\s+", " ", fold_t2s(unicodedata.normalize("NFKC", title)).casefold())
    for f in catalog.title_folds:
        s = s.replace(f.from_.casefold(), f.to.casefold())
    return re.sub(r"[\W_]+", "", s)


def _title_subjects(catalog: Catalog) -> list[CatalogSubject]:
    ts = catalog._cache.get("title_subjects")
    if ts is None:
        ts = catalog._cache["title_subjects"] = [s for s in catalog.subjects.values() if s.kind == "text"]
    return ts


def _title_patterns(catalog: Catalog, script: str) -> list[tuple[CatalogSubject, list[re.Pattern[str]]]]:
    """The text subjects' title patterns for a script ("en", or "zh" for both Chinese ones), in
    catalog order, read once per catalog."""
    key = "title_patterns_" + script
    found = catalog._cache.get(key)
    if found is None:
        found = catalog._cache[key] = [
            (s, [p for lang, pats in s.spec.title_patterns.items() if ("en" if lang == "en" else "zh") == script for p in pats])
            for s in _title_subjects(catalog)]
        found = catalog._cache[key] = [(s, pats) for s, pats in found if pats]
    return found


def title_subject(catalog: Catalog, t: TitleMention) -> CatalogSubject | None:
    norm = fold_t2s(unicodedata.normalize("NFKC", t.text)).strip()  # once per title, not per subject
    for s, pats in _title_patterns(catalog, t.script):
        for p in pats:
            if p.search(norm):
                return s
    return None


def entity_text_subject(catalog: Catalog, entity: str, script: str) -> CatalogSubject | None:
    for s in _title_subjects(catalog):
        if s.spec.entity == entity:
            langs = {"en" if lang == "en" else "zh" for lang in s.spec.title_patterns}
            if script in langs:
                return s
    return None


def identifier_entity(catalog: Catalog, ident: IdentifierMention) -> str | None:
    for e in catalog.entities.values():
        if e.identifier and e.identifier.scheme == ident.scheme and e.identifier.number == ident.number:
            return e.id
    return None


def identifier_subject(catalog: Catalog, entity: str | None) -> CatalogSubject | None:
    if entity is None:
        return None
    for s in catalog.subjects.values():
        if s.kind == "identifier" and s.spec.entity == entity:
            return s
    return None


def adjacent(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    """Two spans close together with no sentence end between them."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if hi - lo > ADJACENT:
        return False
    return not re.search(r"[。！？!?;；\n]", text[max(lo, 0):max(hi, 0)])

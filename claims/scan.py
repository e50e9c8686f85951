"""Small scanning helpers shared by the finders: where literal strings occur, what a pattern's
``finditer`` yields when every match is known to start at one of given positions, and the
literal a pattern's matches start with (to try it only where that literal occurs)."""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import ahocorasick


class _LiteralIndex:
    """Where the literals the finders look for occur in a text, found in one Aho–Corasick pass
    (``pyahocorasick``) for all of them at once, instead of one ``str.find`` pass per literal: the
    finders ask for a few hundred literals (month stems, non-claim leads, verbs …) in the same text
    and its lower-cased view, and each pass over a long text costs about as much as the one pass for
    all of them. The literals are learnt as they are asked for (the automaton is rebuilt when a new
    one comes, a few times while the first document is read). The hits of the last texts scanned
    are kept per thread, within a ``literal_scope`` (one document's extraction), keyed by the text
    itself (the same object, or an equal string: the finders make their own lower-cased copies);
    nothing is kept from one scope to the next, so a document is never answered from another's."""

    _KEEP = 3  # texts whose hits are kept per thread (a text, its lower-cased view, one more)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # (the literals, their automaton, its version): one tuple, replaced whole, so that a reader
        # never sees the literals of one automaton with another
        self._state: tuple[frozenset[str], Any, int] = (frozenset(), None, 0)
        self._local = threading.local()

    def _learn(self, literals: Iterable[str]) -> None:
        with self._lock:
            known, _, version = self._state
            words = known.union(literals)
            if words == known:
                return
            automaton = ahocorasick.Automaton()
            for w in words:
                automaton.add_word(w, (w, len(w) - 1))
            automaton.make_automaton()
            # a new automaton, never one changed under a reader (another thread may be iterating)
            self._state = (words, automaton, version + 1)

    def hits(self, text: str, literals: tuple[str, ...]) -> dict[str, list[int]]:
        """literal -> its start positions in ``text`` (ascending), for every literal known (the
        ``literals`` asked for among them)."""
        words, automaton, version = self._state
        if not words.issuperset(literals):
            self._learn(literals)
            words, automaton, version = self._state
        entries = self._local.entries
        for t, v, found in entries:
            if v == version and (t is text or t == text):  # (the finders make equal copies: a memcmp)
                return found
        found = {}
        for end, (word, back) in automaton.iter(text):
            at = found.get(word)
            if at is None:
                found[word] = [end - back]
            else:
                at.append(end - back)
        entries.insert(0, (text, version, found))
        del entries[self._KEEP:]
        return found


_INDEX = _LiteralIndex()
_INDEXES = [_INDEX]  # the indexes a literal_scope opens a scope of (literal_index adds one, at import)
_NO_HITS: list[int] = []


def literal_index() -> _LiteralIndex:
    """An index of its own, for ``occurrences(..., index=)``: for literals looked for in few texts
    (those of one script), whose many hits would slow the shared pass over every text. Made at
    import, once per use."""
    index = _LiteralIndex()
    _INDEXES.append(index)
    return index


@contextmanager
def literal_scope() -> Iterator[None]:
    """Within it (this thread), ``occurrences`` finds every literal of a text in one pass and keeps
    the hits for the texts scanned; they are dropped at its end. Outside, each call looks for its
    own literals with ``str.find`` (a finder called alone asks for few)."""
    indexes = list(_INDEXES)
    outer = [getattr(index._local, "entries", None) for index in indexes]
    for index in indexes:
        index._local.entries = []
    try:
        yield
    finally:
        for index, entries in zip(indexes, outer):
            index._local.entries = entries


def occurrences(text: str, literals: Iterable[str], index: _LiteralIndex | None = None) -> list[int]:
    """Every position where one of ``literals`` occurs in ``text``, sorted, once each (as ``str.find``
    would find them, overlaps included; an empty literal occurs everywhere). ``index``: one made by
    ``literal_index`` (else the shared one)."""
    lits = tuple(literals)
    if not lits:
        return []
    if "" in lits:
        return list(range(len(text) + 1))
    if index is None:
        index = _INDEX
    if getattr(index._local, "entries", None) is None:
        return occurrences_by_find(text, lits)  # (no literal_scope: no text seen twice to share a pass)
    found = index.hits(text, lits)
    if len(lits) == 1:
        return list(found.get(lits[0], _NO_HITS))
    at: set[int] = set()
    for lit in lits:
        hit = found.get(lit)
        if hit:
            at.update(hit)
    return sorted(at)


def _seen_lowered(literal: str) -> bool:
    """Whether each occurrence of ``literal`` in a text is one of ``literal.lower()`` at the same
    place of its lowered view (``ascii_lower``: the same offsets, an ASCII letter lowered, other
    code points lowered or kept): an ASCII literal, or one of code points no case mapping changes
    (日电, 前); not one with a letter such as É, whose text may have been lowered only in part."""
    return literal.isascii() or all(c.lower() == c == c.upper() for c in literal)


def occurrences_cased(text: str, low: str, literals: Iterable[str]) -> list[int]:
    """``occurrences(text, literals)``, found in the pass over ``low`` (``ascii_lower(text)``, which
    the finders scan anyway): each occurrence of a literal in ``text`` is one of it lowered in
    ``low``, kept where ``text`` spells the literal itself. Within a scope ``text`` is then not
    scanned as well (a pass costs ~15 ns per code point)."""
    lits = tuple(literals)
    if (not lits or "" in lits or getattr(_INDEX._local, "entries", None) is None
            or len(low) != len(text) or not all(map(_seen_lowered, lits))):
        return occurrences(text, lits)
    startswith = text.startswith
    return [p for p in occurrences(low, tuple(sorted({w.lower() for w in lits})))
            if any(startswith(w, p) for w in lits)]


def occurrences_by_find(text: str, literals: Iterable[str]) -> list[int]:
    """``occurrences`` with one ``str.find`` pass per literal (the reference the tests compare with)."""
    at: set[int] = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            at.add(i)
            i = text.find(lit, i + 1)
    return sorted(at)


def starts_before(text: str, ends: Iterable[int], lead: re.Pattern[str]) -> list[int]:
    """Sorted distinct positions p <= q, for each q of the sorted ``ends``, such that every character
    of ``text[p:q]`` matches ``lead`` (a one-character class): where a pattern can start that
    reaches one of ``ends`` through such characters only. Linear: a run is walked back only to the
    previous end, whose own run was walked already."""
    match = lead.match
    out: list[int] = []
    floor = 0  # positions below it are out or listed already
    for q in ends:
        p = q
        while p > floor and match(text, p - 1):
            p -= 1
        out.extend(range(max(p, floor), q + 1))
        floor = q + 1
    return out


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


# the characters other than A-Z that a case-insensitive ``re`` pattern (Unicode) matches to an
# ASCII letter and that ``ascii_lower`` does not spell as one (ı): where one occurs, an occurrence
# of a lower-cased literal in the lower-cased text is not a sure sign of every match
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def literal_lead(pattern: re.Pattern[str]) -> tuple[str, bool]:
    """The literal every match of ``pattern`` (stdlib ``re``) starts with, read on its parse tree
    past leading zero-width assertions (\\b, ^, lookarounds), and whether the pattern matches it
    case-insensitively (then lower-cased; such a literal must be ASCII). ("", False) when there is
    none: then a scan cannot be narrowed to the places where the literal occurs."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # not for the standard parser: no lead
        return "", False
    chars: list[str] = []
    for op, av in tree:
        if op in _ZERO_WIDTH and not chars:
            continue
        if op is not _c.LITERAL:
            break
        chars.append(chr(av))
    lead = "".join(chars)
    icase = bool(tree.state.flags & re.IGNORECASE)
    if icase:
        if not lead.isascii():
            return "", False
        lead = lead.lower()
    return lead, icase


def led_finditer(pattern: re.Pattern[str], lead: tuple[str, bool], text: str, low: str) -> Iterator[Any]:
    """``pattern.finditer(text)``, tried only where its literal lead (``literal_lead``) occurs:
    found with ``str.find`` in ``text``, or in ``low`` (``ascii_lower(text)``) when the pattern
    ignores case and the text holds no character that folds to an ASCII letter otherwise."""
    word, icase = lead
    if not word or (icase and any(c in text for c in FOLDS_TO_ASCII)):
        return pattern.finditer(text)
    return matches_at(pattern, text, occurrences(low, (word,)) if icase else occurrences_cased(text, low, (word,)))


def line_led(pattern: re.Pattern[str]) -> bool:
    """Every match of ``pattern`` starts at a line start and none is empty: it opens with ``^``
    under re.MULTILINE (read on its parse tree), which holds only at 0 and after a newline, and it
    consumes something. Such a pattern can be tried at line starts alone (``line_starts``)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return False
    return (bool(tree.state.flags & re.MULTILINE) and len(tree) > 0 and tree[0] == (_c.AT, _c.AT_BEGINNING)
            and tree.getwidth()[0] > 0)


def line_starts(text: str) -> list[int]:
    """0 and every position after a newline: where ``^`` holds under re.MULTILINE."""
    return [0] + [m.end() for m in _NEWLINE.finditer(text)]


_NEWLINE = re.compile("\n")


def quick_frozen_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its slot's
    descriptor instead of ``object.__setattr__(self, name, value)`` (what the generated one does:
    a look-up by name per field); the stores, signature and defaults are the same, so are the
    instances, and assignment after construction still raises (``__setattr__`` is untouched). The
    figures' and dates' mentions are built once per mention; this halves what that costs. Applied
    above ``@dataclass``, to the class it returns."""
    import dataclasses

    params = dataclasses.fields(cls)
    if not (cls.__dataclass_params__.frozen and "__slots__" in cls.__dict__) or hasattr(cls, "__post_init__") \
            or any(f.default_factory is not dataclasses.MISSING or not f.init for f in params):
        raise TypeError(f"{cls.__name__}: quick_frozen_init is for a plain frozen slotted dataclass")
    env: dict[str, Any] = {}
    args, body = [], []
    for f in params:
        env[f"_set_{f.name}"] = cls.__dict__[f.name].__set__  # the slot's member descriptor
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(args)}):\n" + "\n".join(body) + "\n", env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls


# ------------------------------------------------------------------ leads: where a pattern can start

_LEAD = 2  # code points of a pattern's leads
_LEADS_MAX = 400  # leads per pattern, beyond which it is not gated
_DEPTH_MAX = 64  # items read ahead (a repeat of something that may be empty would never end)
# the leads' own index: pairs of digits (2025年, 3月) are everywhere, in English text too, where the
# shared pass would report them for no finder; this one scans only the texts whose patterns ask
_LEADS_INDEX = literal_index()

# \p{Han} (the regex module's) for the standard parser, in a class or out of one: a code point that
# stands for any Han character (a private-use one, never listed as a lead)
_ANY_HAN, _ANY_HAN_CP = r"\ue000", 0xE000
_DIGITS = [chr(c) for c in range(ord("0"), ord("9") + 1)]


def _exact_chars(op: Any, av: Any, ascii_only: bool) -> list[str] | None:
    """The characters a literal or a small class of literals and short ranges matches, case kept
    (\\d too, under the ASCII flag)."""
    if op is _c.LITERAL:
        return None if av == _ANY_HAN_CP else [chr(av)]
    if op is not _c.IN:
        return None
    out: list[str] = []
    for o, a in av:
        if o is _c.LITERAL and a != _ANY_HAN_CP:
            out.append(chr(a))
        elif o is _c.RANGE and a[1] - a[0] < 16:
            out += [chr(c) for c in range(a[0], a[1] + 1)]
        elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT and ascii_only:
            out += _DIGITS
        else:  # a negated class, another category, a wide range
            return None
    return out


def _spell(items: list[Any], k: int, ascii_only: bool, depth: int = 0) -> set[str] | None:
    """The strings of at most ``k`` code points that every match of a parsed sequence starts with
    (shorter where a match can end sooner), or None when they cannot be listed. Lookarounds and
    anchors consume nothing and are passed over; a possessive or atomic construct matches a subset
    of what its plain form does, so the plain form's list holds for it too."""
    if k == 0 or not items:
        return {""}
    if depth > _DEPTH_MAX:
        return None
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _spell(rest, k, ascii_only, depth + 1)
    chars = _exact_chars(op, av, ascii_only)
    out: set[str] | None
    if chars is not None:
        tails = _spell(rest, k - 1, ascii_only, depth + 1)
        out = None if tails is None else {c + t for c in chars for t in tails}
    elif op is _c.SUBPATTERN:
        if av[1] or av[2]:
            return None  # flags of its own ("(?i:comments?)"): not read here
        out = _spell(list(av[-1]) + rest, k, ascii_only, depth + 1)
    elif op is _c.ATOMIC_GROUP:
        out = _spell(list(av) + rest, k, ascii_only, depth + 1)
    elif op is _c.BRANCH:
        out = set()
        for alt in av[1]:
            s = _spell(list(alt) + rest, k, ascii_only, depth + 1)
            if s is None or len(out) > _LEADS_MAX:
                return None
            out |= s
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, item = av
        if hi == 0:
            return _spell(rest, k, ascii_only, depth + 1)
        more = [] if hi == 1 else [(op, (max(lo - 1, 0), hi if hi == _c.MAXREPEAT else hi - 1, item))]
        out = _spell(list(item) + more + rest, k, ascii_only, depth + 1)  # one time, then the others
        if out is not None and lo == 0:
            none = _spell(rest, k, ascii_only, depth + 1)
            out = None if none is None else out | none
    else:
        return None
    return out if out is not None and len(out) <= _LEADS_MAX else None


def leads(src: str, flags: int = 0) -> tuple[str, ...] | None:
    """The strings of ``_LEAD`` code points (or fewer, for a shorter match) that every match of a
    case-sensitive pattern (``re`` or ``regex`` source) starts with, read on its parse tree: where
    its matches can start. None when they cannot be listed, or when a match could be empty."""
    plain = re.sub(r"\(\?P<\w+>", "(?:", src.replace(r"\p{Han}", _ANY_HAN))  # (a name may be used twice)
    plain = re.sub(r"\(\?P=\w+\)", "(?:.)", plain)  # a backreference: any character
    try:
        tree = _parser.parse(plain, flags & ~re.UNICODE)
    except Exception:  # not for the standard parser
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _spell(list(tree), _LEAD, bool(tree.state.flags & re.ASCII))
    return None if found is None or "" in found else tuple(sorted(found))


def lead_occurrences(text: str, found: tuple[str, ...]) -> list[int]:
    """Where one of a pattern's ``leads`` occurs in ``text`` (in its own index)."""
    return occurrences(text, found, index=_LEADS_INDEX)

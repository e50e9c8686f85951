"""A date stated as a limit: "before 2028", 2028年之前, "2010年1月10日或之前", "after March 15".

The words are data (claims/catalog/lexicon/dates.yaml ``date_bounds``); this module only looks right
before and right after a date's span in the normalised text for one of them. The date's span and
its start and end stay the date's own; the bound says which side of it the claim means
(``DateRange.bound``, ``DateRange.limits``).
"""

from __future__ import annotations

import regex

from claims.dates_lexicon import DateLexicon

__all__ = ["date_bound"]

_NUMERAL_AFTER = frozenset("0123456789〇○零一二两三四五六七八九十几半数")


_CACHE: dict[int, tuple] = {}  # id(lexicon) -> (lexicon, compiled): the lexicon is loaded once


def _compiled(lex: DateLexicon) -> tuple["regex.Pattern[str]", "regex.Pattern[str]", list[tuple[str, str]], list[tuple[str, str]], frozenset[str]]:
    """(English words before, English words after, Chinese words before, Chinese words after, blockers):
    the English as two patterns with a named group per bound, the Chinese longest first."""
    got = _CACHE.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1]
    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"[ \t\u00a0]{1,2}") for w in sorted(words, key=lambda w: (-len(w), w)))

    before = [rf"(?P<{b}>{alt(ws.en_before)})" for b, ws in lex.date_bounds.items() if ws.en_before]
    after = [rf"(?P<{b}>{alt(ws.en_after)})" for b, ws in lex.date_bounds.items() if ws.en_after]
    # (the longer word first across bounds too: "on or before" is not "before")
    en_before = regex.compile(rf"(?<![A-Za-z0-9_])(?:{'|'.join(before) or '(?!)'})[ \t\u00a0]{{1,2}}\Z", regex.IGNORECASE)
    en_after = regex.compile(rf"[ \t\u00a0]{{0,2}},?[ \t\u00a0]{{0,2}}(?:{'|'.join(after) or '(?!)'})(?![A-Za-z0-9_])", regex.IGNORECASE)
    zh_before = sorted(((w, b) for b, ws in lex.date_bounds.items() for w in ws.zh_before), key=lambda t: -len(t[0]))
    zh_after = sorted(((w, b) for b, ws in lex.date_bounds.items() for w in ws.zh_after), key=lambda t: -len(t[0]))
    out = en_before, en_after, zh_before, zh_after, frozenset(lex.zh_bound_blockers)
    _CACHE[id(lex)] = (lex, out)  # (a race builds it twice, the same)
    return out


def _longest_en(m: "regex.Match[str] | None") -> str | None:
    if m is None:
        return None
    return next((k for k, v in m.groupdict().items() if v is not None), None)


def date_bound(text: str, start: int, end: int, lex: DateLexicon) -> str:
    """The bound of the date at [start, end) of ``text``: "on" unless a limit word stands right
    before or right after it."""
    en_before, en_after, zh_before, zh_after, blockers = _compiled(lex)
    tail = text[end:end + 8]
    for w, b in zh_after:
        if tail.startswith(w):
            if len(w) == 1:  # a bare 前/后: not another word, not "the first three" (前三季度), not a
                nxt = tail[1:2]  # former holder of a title (前总统, 前OpenAI高管)
                if (nxt in _NUMERAL_AFTER or any(tail.startswith(x) for x in blockers)
                        or nxt.isascii() and nxt.isalpha() and _FORMER_TITLE.match(text, end + 1)):
                    break
            return b
    head = text[max(0, start - 4):start]
    for w, b in zh_before:
        if head.endswith(w):
            return b
    if tail[:1] in (" ", ",", "\t", "\u00a0", "o", "O"):
        m = en_after.match(text, end, min(len(text), end + 24))
        # (not "or before the inauguration", "or earlier than most labs": a word of its own after it)
        if m is not None and not _OWN_OBJECT.match(text, m.end()):
            return _longest_en(m) or "on"
    if start > 0 and text[start - 1] in " \t\u00a0":
        head = text[max(0, start - 48):start]
        m = en_before.search(head)
        if m is not None:  # ("five weeks before March 15": another day, but on that side: a limit too)
            return _longest_en(m) or "on"
    return "on"


_OWN_OBJECT = regex.compile(r"[ \t]+(?:than|the|a|an|his|her|its|their|this|that|lunch|noon|midnight|dinner)\b", regex.IGNORECASE)
# 前 + a Latin name + a title or job: a former holder (2025年3月13日前OpenAI高管; not 3月31日前OpenAI已提交)
_FORMER_TITLE = regex.compile(r"[A-Za-z0-9.&\- ]{1,20}(?:高管|员工|官员|董事|总裁|首席|研究员|工程师|主管|高層|高层|CEO|CTO|executive)")

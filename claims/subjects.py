"""Subject assignment: which catalog subject a figure or date is about, else a language-neutral
open key.

Every cue, entity name and concept word of the catalog is found ONCE per document (one
alternation over the ASCII-lowercased normalised view; a term found inside a longer term is found
too). A claim then looks at the terms around it:

* location weights: same clause 1.0, same sentence 0.6, same paragraph (or the 600 code points
  before the sentence) 0.3 for entities, 0.2 for cues;
* a subject is a candidate when its kind matches, its unit family matches the claim's unit, every
  ``all`` group of one language is present in its cue window (sentence, or paragraph), no
  ``negative`` cue is in the claim's clause (the sentence for ``negative_window: sentence``), the claim's clause names no other specific entity (company, agency, product,
  order), and, if ``require_entity``, its entity (or a related one) is named in the context;
* a count of ten or less only goes to subjects marked ``small_counts``; a cue outside the clause
  with another figure between it and the claim counts as paragraph-level (it belongs to that
  figure);
* score = cue weights (distinct terms) + entity weight + unit bonus (0.5 exact, 0.25 parent);
  a subject needs cue weight >= 0.5 (when it has cues) and score >= ``THRESHOLD``;
* the best score wins; ties go to the subject named first in the catalog (deterministic).

Open key: ``open:<entity>:<concept>:<unit>`` with the nearest entity (clause, then sentence; a
country only when it is in the clause and nothing more specific is near), the
concept of the counted noun (else the nearest concept word in the clause whose kinds fit the
unit; a concept further away is too often another figure's), and the unit
id (``date`` for dates); ``_`` where nothing is found. Entity and concept ids are the same in
every language, so the same uncatalogued fact gets the same key in English and Chinese.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from claims.catalog import Catalog, CatalogSubject
from claims.cjk_wrap import arrow_near
from claims.scan import led_finditer, literal_lead, matches_at, occurrences
from claims.text import arrow_ends_sentence, chain_wraps

__all__ = [
    "soft_wrap", "DocContext", "Assignment", "assign_subject", "open_key", "THRESHOLD", "doc_context",
    "all_groups_present", "open_assignment",
]

THRESHOLD = 1.2
_SENT_END = re.compile(r"(?<![A-Z])(?<!\b[a-z])\.(?=\s+[A-Z\"“(]|\s*$)")  # "... end. Next": not "U.S. policy", "Jan. 13"


_STEP_FILLERS = frozenset({"the", "a", "an", "of", "for", "on", "by", "to", "and", "is", "was", "are", "were", "its",
                           "their", "all", "in", "at", "s"})
_STEP_WORD = re.compile(r"[a-z]+|[\u3400-\u9fff]")


def _bare_step(ctx: "DocContext", ss: int, se: int, ds: int, de: int) -> bool:
    """The timeline step [ss, se) holds nothing but its date [ds, de), words of the catalog that name no entity
    and function words ("comment deadline (Mar 15, 2025)", "3月15日截止"): it names no event of its own, so
    the step before says what it is about. Not "new order signed (Jan 23, 2025)", "7月 行动计划发布"."""
    et = ctx.catalog.entity_terms
    covered = [(ds, de)]
    for p, t in ctx.terms_between(ss, se):
        if t in et:
            return False
        covered.append((p, p + len(t)))
    if ctx.entities_between(ss, se) or any(ss <= q < se for q in ctx.other_pos):
        return False
    rest = list(ctx.low[ss:se])
    for a, b in covered:
        for i in range(max(a, ss), min(b, se)):
            rest[i - ss] = " "
    return all(x in _STEP_FILLERS for x in _STEP_WORD.findall("".join(rest)))


def _last_step_arrow(text: str, lo: int, p: int) -> int:
    """The last arrow in [lo, p) that ends a timeline's step (claims.text.arrow_ends_sentence), else -1."""
    i = max(text.rfind("→", lo, p), text.rfind("⇒", lo, p))
    while i >= 0 and not arrow_ends_sentence(text, i):
        i = max(text.rfind("→", lo, i), text.rfind("⇒", lo, i))
    return i


def _next_step_arrow(text: str, p: int, hi: int) -> int:
    """The first arrow in [p, hi) that ends a timeline's step, else ``hi``."""
    for arrow in "→⇒":
        i = text.find(arrow, p, hi)
        while i >= 0:
            if arrow_ends_sentence(text, i):
                hi = i
                break
            i = text.find(arrow, i + 1, hi)
    return hi


def _sent_end(text: str, pos: int, endpos: int) -> "re.Match[str] | None":
    """``_SENT_END.search(text, pos, endpos)``, tried only at the full stops (every match starts at
    one; its lookbehinds come first, so the search would try them at every position)."""
    i = text.find(".", pos, endpos)
    while i >= 0:
        m = _SENT_END.match(text, i, endpos)
        if m is not None:
            return m
        i = text.find(".", i + 1, endpos)
    return None


# two or three plain words between a determiner or possessive and a name: a topic written before it
_TOPIC_BEFORE = re.compile(r"(?:^|[\s(])(?:the|a|an|its|their|[a-z]+'s|[a-z]+’s)[ \t]+(?P<words>(?:[a-z][a-z-]+[ \t]+){2,3})$")
_PLAIN_MODIFIERS = frozenset({"public", "federal", "original", "first", "earlier", "initial", "comment", "comments", "open",
                              "white", "house", "administration", "government", "same", "official", "formal", "broad",
                              "national", "ai", "action", "plan", "big", "high-profile", "well-known", "landmark",
                              "closely", "watched", "much-discussed", "widely", "cited", "february", "march", "ostp"})
_ORDINALS_EN = r"(first|second|third|fourth|fifth)"
# an ordinal with no noun after it ("under the second and …"), and one with its noun ("the first pillar")
_ELLIPTIC_ORDINAL = re.compile(r"(?<![a-z])(?:under|in|for|of|to) the " + _ORDINALS_EN + r"(?=[ \t]*(?:[,.;:)]|and(?![a-z])|or(?![a-z])|$))")
_ORDINAL_NOUN = re.compile(r"(?<![a-z])" + _ORDINALS_EN + r"[ \t]+([a-z]{3,})")
_PLAIN_MODIFIERS_ZH = ("公开", "公開", "此次", "这次", "這次", "本次", "该次", "首次", "正式", "联邦", "聯邦", "面向", "发布", "發布", "的",
                       "广泛", "廣泛", "向", "再次", "再度", "曾", "已", "将", "將", "正在", "于", "於", "在")
# characters of a verb or a function word: a run holding one is what the agency does, no topic ("OSTP开始征求意见",
# "牵头征求意见", "对外征求意见", "NITRD把所有书面意见公开": review 22)
_NOT_A_TOPIC_ZH = re.compile(r"[把将將已正再开開始牵牽头頭对對向就共所有在于於从從给給让讓被为為并並也都还還又才即便则則均各这這那此该該其的了着著过過要会會能可应應]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}")
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")
# a list item's marker at the start of its line (a bullet, 1. 1) (1) 一、)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•](?=[ \t])|\d{1,2}[.)、](?!\d)|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)[ \t]*")
# a line's label (CueSet.labels): it ends at the line's first colon, within _LABEL_MAX code points of the line's
# start, and holds no sentence or clause break ("一、加快创新：", "- **Build American AI Infrastructure:**")
_LABEL_COLON = re.compile(r"[:：\n]")
_LABEL_BREAK = re.compile(r"[。！？；;!?，,、\n]|\.(?:[ \t]|$)")
_LABEL_MAX = 64
LABEL_OF_A_PART = "§label"  # a term no text holds: stands after a short title's colon (a negative of the plan's total)
_FULL_TITLE_WORDS = ("人工智能", "ai", "美国", "american", "国际", "international")  # (a title with none is short)
_PILLAR_WORD = re.compile(r"支柱(?!产业|產業|行业|行業)|pillars?(?! industr| of (?:its|their|our) own)")
_DISSOCIATED = re.compile(r"不是一回事|两回事|两码事|毫无关系|没有关系|无关|nothing to do with|not the same as|"
                          r"not to be confused with|unrelated to")
_BRACKET_BEFORE = re.compile(r"[(（][ \t]?$")  # an opening bracket right before a date
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[a-z0-9]+")
W_CLAUSE, W_SENT, W_PARA_ENTITY, W_PARA_CUE = 1.0, 0.6, 0.3, 0.2
# a cue next to a date (ending at most _ATTACH_BEFORE code points before it: "closed on", "deadline
# of"; or starting at most _ATTACH_AFTER after it: 于2月6日发布) adds this to its subjects' score
W_ATTACHED, _ATTACH_BEFORE, _ATTACH_AFTER = 1.0, 14, 3
_ATTACH_BEFORE_Q = 2  # a figure's own cue: at most this many code points (的, 到, 至) between it and the figure
_HAN_DIGIT_GAP = re.compile(r"[\d，,。；;：:、\s]")  # ... none a digit, a clause mark or a space
_EN_ATTACH_GAP = re.compile(r"[ \t*]+(?:(?:to|at|of|by)[ \t*]+)?")  # ... or in English a space, maybe "to" ("now to one or two years")


def _attached_gap(low: str, a: int, b: int) -> bool:
    """What lies between a cue ending at ``a`` and a figure starting at ``b`` leaves the cue the figure's own."""
    if len(low[a:b].replace("*", "")) <= _ATTACH_BEFORE_Q and not _HAN_DIGIT_GAP.search(low, a, b):
        return True
    return b - a <= 8 and _EN_ATTACH_GAP.fullmatch(low, a, b) is not None
# clause delimiters: a comma between two digits is a thousands separator, not a delimiter
_CLAUSE = re.compile(r"[，、；;：:()（）\[\]【】“”\"—]|,(?!\d)|(?<!\d),")
# the characters _CLAUSE can match, each alone: a one-character class the regex engine scans for
# fast (the alternation above is tried at every position); a comma is then kept unless a digit
# stands on both sides of it (what the lookarounds say)
_CLAUSE_CHARS = frozenset("，、；;：:()（）[]【】“”\"—,")
_CLAUSE_CHAR = re.compile("[" + re.escape("".join(sorted(_CLAUSE_CHARS))) + "]")


def _is_latin(t: str) -> bool:
    return not _CJK.search(t)


def trie_regex(terms: list[str]) -> str:
    """A regex matching any of ``terms`` (longest first), built as a trie so that the regex engine
    does not try every term at every position (10-100x faster than a flat alternation)."""
    trie: dict = {}
    for t in terms:
        node = trie
        for ch in t:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict) -> str:
        end = "" in node
        kids = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if end:
            return "(?:" + body + ")?" if len(kids) == 1 else body + "?"
        return body

    return emit(trie) if trie else "(?!x)x"


_SOFT_BEFORE = re.compile(r"[A-Za-z0-9,;:'’\")\-%]")
_SOFT_AFTER = re.compile(r"[ \t]*(?![-*#>+|]|\d+、\s)[A-Za-z0-9(\"'$€£¥₩“‘]")
_ORDERED_ITEM = re.compile(r"[ \t]*\d+[.)]\s")  # "2. ", "3) ": an ordered list item, or a number ending a sentence
# a line that opens a list inside a paragraph (CommonMark: a bullet, or an ordered item numbered 1)
_LIST_OPENER = re.compile(r"[ \t]*(?:[-*+]|0*1[.)])(?=\s|\Z)")
_BLOCK_MARK = re.compile(r"[ \t]*[#>|]")  # a heading, a quote or a table row: a block of its own
_BLOCK_REACH = 2000  # code points looked back for the start of a line's block (further: a list item)


def soft_wrap(text: str, i: int, arrows: bool = True) -> bool:
    """The newline at ``i`` wraps a line of prose (hard-wrapped Markdown): it ends neither a
    sentence nor a paragraph. A line that starts with "N." or "N)" continues the paragraph ("due in
    the first quarter of / 2026. Investors"), as in CommonMark, where only an ordered list starting
    at 1 may interrupt a paragraph, unless it is a list item (``_in_list``). (Wrapped Chinese prose
    has no such newlines left: claims.cjk_wrap takes them out of the normalised view.)"""
    if arrows and i > 0 and chain_wraps(text, i):
        return True  # a chain of arrows wrapped over lines: one paragraph, its steps cut by the arrows (claims.text)
    if not (i > 0 and _SOFT_BEFORE.match(text, i - 1) and _SOFT_AFTER.match(text, i + 1)):
        return False
    if arrows and arrow_near(text, i):  # (``arrows``: the text holds one; callers look once per text)
        return False  # a timeline's lines ("2025/2/6 → 發布資訊徵詢（RFI）" / "2025/3/15 → 意見截止") are entries
    return not (_ORDERED_ITEM.match(text, i + 1) and _in_list(text, i))


def _in_list(text: str, i: int) -> bool:
    """The ordered item that starts after the newline at ``i`` is a list item: it is numbered 1, a
    bullet or an item numbered 1 opened a list earlier in its block, or the block's first line is
    an ordered item. The block: the lines since the last blank line, heading, quote or table row,
    looked for at most ``_BLOCK_REACH`` code points back (further, the item is taken for a list
    item, as before 2026-12: every "N. " line was one)."""
    if _LIST_OPENER.match(text, i + 1):
        return True
    first = i + 1  # the start of the block's earliest line seen so far
    end = i
    while True:
        ls = text.rfind("\n", 0, end) + 1
        if i - ls > _BLOCK_REACH:
            return True
        if not text[ls:end].strip() or _BLOCK_MARK.match(text, ls):
            break
        if _LIST_OPENER.match(text, ls):
            return True
        first = ls
        if ls == 0:
            break
        end = ls - 1
    return _ORDERED_ITEM.match(text, first) is not None


class _TermIndex:
    """Every term of the catalog: CJK terms in one trie regex, Latin terms looked up per word
    (with their boundaries); and for each term the terms it contains."""

    def __init__(self, catalog: Catalog):
        terms: set[str] = set()
        for s in catalog.subjects.values():
            terms.update(s.any)
            terms.update(s.negative)
            for groups in s.all:
                for g in groups:
                    terms.update(g)
        terms.update(catalog.entity_terms)
        terms.update(catalog.concept_terms)
        terms.update(catalog.label_terms)
        terms.discard("")
        ordered = sorted(terms, key=lambda t: (-len(t), t))
        self.regex = re.compile(trie_regex([t for t in ordered if not _is_latin(t)]))
        # Latin terms by their first word (a term starts at a word start and ends at a boundary)
        self.latin: dict[str, list[str]] = {}
        for t in ordered:
            if _is_latin(t):
                m = _WORD.match(t)
                if m:
                    self.latin.setdefault(m.group(), []).append(t)
        # the whole [a-z0-9]+ runs of a text that are the first word of a Latin term
        self.latin_re = re.compile(r"(?<![a-z0-9])(?:" + trie_regex(sorted(self.latin)) + r")(?![a-z0-9])")
        # the same matches, the lookbehind after each first character: the regex engine then looks
        # only where a first character is, not at every position (a leading lookbehind hides them
        # from its prefix scan): 4x faster on Chinese text, with few Latin letters; slower on
        # English, where every letter is one
        firsts: dict[str, list[str]] = {}
        for w in self.latin:
            firsts.setdefault(w[0], []).append(w[1:])
        self.latin_re_sparse = re.compile("(?:" + "|".join(
            re.escape(c) + "(?<![a-z0-9].)(?:" + trie_regex(sorted(rest)) + ")" for c, rest in sorted(firsts.items())
        ) + r")(?![a-z0-9])") if firsts else self.latin_re
        # term -> [(offset inside term, contained term)]
        self.contained: dict[str, list[tuple[int, str]]] = {}
        for t in ordered:
            inner = [(0, t)]
            for u in terms:
                if u != t and len(u) < len(t):
                    i = t.find(u)
                    while i >= 0:
                        if not _is_latin(u) or (
                            (i == 0 or not t[i - 1].isalnum()) and (i + len(u) == len(t) or not t[i + len(u)].isalnum())
                        ):
                            inner.append((i, u))
                        i = t.find(u, i + 1)
            self.contained[t] = inner
        # the same terms in an Aho–Corasick automaton: cjk_term_hits finds the regex's matches in one
        # C pass (value: the term, its length, and the terms it contains with their offsets from
        # its last code point, for DocContext)
        self.cjk_automaton = ahocorasick.Automaton()
        for t in ordered:
            if not _is_latin(t):
                n = len(t)
                self.cjk_automaton.add_word(t, (t, n, tuple((off - n + 1, u) for off, u in self.contained[t])))
        self.cjk_automaton.make_automaton()
        # the words that make a document's name another one ("a second RFI"): one alternation
        other = catalog.other_instance
        self.other_instance = re.compile("|".join(
            (r"(?<![a-z])" + re.escape(w) + r"(?![a-z])") if _is_latin(w) else re.escape(w)
            for w in sorted(other, key=lambda w: (-len(w), w)))) if other else None
        self.other_instance_kinds = catalog.other_instance_kinds
        # "<name> on <topic>" (English: the name, then the marker) and 就/关于<topic><name> (Chinese)
        en_m, zh_m = catalog.topic_markers_en, catalog.topic_markers_zh
        self.topic_en = re.compile(r"[ \t\n]+(?:" + "|".join(map(re.escape, en_m)) + r")[ \t\n]") if en_m else None
        self.topic_zh = re.compile("|".join(map(re.escape, zh_m))) if zh_m else None
        dem = catalog.demonstratives
        self.demonstrative = re.compile("|".join(
            (r"(?<![a-z])" + re.escape(w) + r"(?![a-z])") if _is_latin(w) else re.escape(w)
            for w in sorted(dem, key=lambda w: (-len(w), w)))) if dem else None
        # (entity, pattern, its literal lead, generic?): each pattern is tried only where its lead occurs
        self.entity_patterns = [(e.id, p, literal_lead(p), False) for e in catalog.entities.values() for p in e.patterns]
        self.entity_patterns += [(e.id, p, literal_lead(p), True) for e in catalog.entities.values() for p in e.generic_patterns]
        self.anchors = {e.id: frozenset(e.anchors) for e in catalog.entities.values() if e.anchors}


def cjk_term_hits(ti: _TermIndex, low: str) -> list[tuple[int, str]]:
    """(start, term) of ``ti.regex.finditer(low)``: at the leftmost place where a CJK term starts,
    the longest term starting there, then on from its end, found with ``ti.cjk_automaton`` in one
    pass (tests/test_scan.py compares the two on random text made of the terms' pieces)."""
    # (pyahocorasick's iter_long: the longest match at the leftmost place, then on from its end; it
    # drops a match that ends the text, so the text is given a last character no term holds)
    return [(end - n + 1, t) for end, (t, n, _) in ti.cjk_automaton.iter_long(low + "\x00")]


def cjk_contained_hits(ti: _TermIndex, low: str) -> list[tuple[int, str]]:
    """For each hit of ``cjk_term_hits``, the terms it contains (``ti.contained``), with their
    starts: in one comprehension, the offsets kept in the automaton."""
    return [(end + d, u) for end, (_, _, inner) in ti.cjk_automaton.iter_long(low + "\x00") for d, u in inner]


def _term_index(catalog: Catalog) -> _TermIndex:
    ti = catalog._cache.get("terms")
    if ti is None:
        ti = catalog._cache["terms"] = _TermIndex(catalog)
    return ti


PARAGRAPH_MAX = 4000  # code points either side of a claim that its paragraph window may span


class DocContext:
    """The terms of one normalised text, with positions, for subject assignment."""

    _concept_hits: tuple[list[int], list[tuple[str, ...]]] | None = None  # concept_hits, made on first use
    _name_ends: dict[int, int] | None = None  # where an entity's name ends -> where it starts (_topic_before_zh)

    def __init__(self, catalog: Catalog, text: str, low: str):
        self.catalog = catalog
        self.text = text
        self.low = low
        self._matches: dict[re.Pattern[str], tuple[list[int], list[int]]] = {}
        ti = _term_index(catalog)
        hits: list[tuple[int, str]] = []
        if _CJK.search(low):  # each term of ti.regex has a CJK character (English text: one quick scan)
            hits = cjk_contained_hits(ti, low)
        if ti.latin:
            n = len(low)
            # (a text with a space in 20 code points or more is word-spaced: English)
            latin_re = ti.latin_re if low.count(" ") * 20 >= n else ti.latin_re_sparse
            for m in latin_re.finditer(low):
                cands = ti.latin[m.group()]
                p = m.start()
                if p > 0 and low[p - 1].isascii() and low[p - 1].isalnum():
                    continue
                for t in cands:  # longest first
                    e = p + len(t)
                    if low.startswith(t, p) and (e >= n or not (low[e].isascii() and low[e].isalnum())):
                        for off, u in ti.contained[t]:
                            hits.append((p + off, u))
                        break
        self.entity_hits: list[tuple[int, str]] = []
        generic: list[tuple[int, str]] = []
        self._name_end: dict[int, int] = {}  # where the longest entity name starting there ends
        for eid, pat, lead, is_generic in ti.entity_patterns:
            for m in led_finditer(pat, lead, text, low):
                (generic if is_generic else self.entity_hits).append((m.start(), eid))
                self._name_end[m.start()] = max(self._name_end.get(m.start(), 0), m.end())
        hits.sort()
        self.pos = [h[0] for h in hits]
        self.terms = [h[1] for h in hits]
        et, gt = catalog.entity_terms, catalog.generic_entity_terms
        for p, t in hits:
            for eid in et.get(t, ()):
                (generic if t in gt and eid in gt[t] else self.entity_hits).append((p, eid))
                if p + len(t) > self._name_end.get(p, 0):
                    self._name_end[p] = p + len(t)
        arrows = "→" in text or "⇒" in text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text) if not soft_wrap(text, m.start(), arrows)]
        # names of a document or rule with "second", "new", 第二份 just before: another one of its
        # kind; kept apart, a sentence holding one is not about the entity (assign_subject)
        self.other_hits: list[tuple[int, str]] = []
        # generic names inside another document's title (《全球人工智能治理行动计划》): a sentence holding one
        # is about that document, not the entity named in the sentence before (assign_subject)
        self.titled_others: list[tuple[int, str]] = []
        if ti.other_instance is not None:
            kinds = ti.other_instance_kinds
            ents = catalog.entities
            raw = sorted(self.entity_hits + generic)
            others: set[tuple[int, str]] = set()
            last: dict[str, bool] = {}  # entity -> was its last mention another one of its kind?
            last_end: dict[str, int] = {}  # entity -> where its last mention ends
            for p, e in raw:
                if ents[e].kind not in kinds:
                    continue
                if e in last and 0 <= p - last_end[e] <= 3 and last[e]:
                    other = True  # "a new request for information (RFI)": the same mention, abbreviated
                elif self._demonstrative(ti, p) and e in last:
                    other = last[e]  # "that RFI": the one named last
                else:
                    other = (self._other_instance(ti, p) or self._other_topic(ti, raw, p, e)
                             or self._other_author(raw, p, e) or self._topic_before(p, e))
                last[e] = other
                last_end[e] = self._name_end.get(p, p)
                if other:
                    others.add((p, e))
            if others:
                self.other_hits = sorted(others)
                self.entity_hits = [h for h in self.entity_hits if h not in others]
                generic = [h for h in generic if h not in others]
        if generic:
            # a generic name ("public comments", 征求意见) names its entity only in a sentence that
            # names the entity or one of its anchors otherwise
            self.entity_hits.sort()
            epos = [q for q, _ in self.entity_hits]
            kept = []
            titled: list[tuple[int, str]] = []
            for p, e in generic:
                if self._inside_longer_title(p):
                    titled.append((p, e))  # 《全球人工智能治理行动计划》: another document's title, which holds
                    continue  # the word: another one of its kind, as "a second RFI" is
                ps, pe = self.sentence_around(p)
                near = {x for _, x in self.entity_hits[bisect.bisect_left(epos, ps):bisect.bisect_left(epos, pe)]}
                if e in near or not ti.anchors.get(e, frozenset()).isdisjoint(near):
                    kept.append((p, e))
            self.entity_hits += kept
            self.titled_others = sorted(titled)
        self.other_pos = [p for p, _ in self.other_hits]
        self.entity_hits.sort()
        self.description_pos: frozenset[int] = frozenset()
        if catalog.descriptions:
            described = self._description_hits(catalog)
            if described:
                self.entity_hits = sorted(self.entity_hits + described)
                self.description_pos = frozenset(p for p, _ in described)
        self.pronoun_pos: frozenset[int] = frozenset()
        if catalog.object_pronouns:
            pronouns = self._pronoun_hits(catalog)
            if pronouns:
                self.entity_hits = sorted(self.entity_hits + pronouns)
                self.pronoun_pos = frozenset(p for p, _ in pronouns)
        if catalog.label_terms:
            self._label_stand_ins(catalog.label_terms)
        if " the second" in low or " the third" in low:
            self._elliptic_ordinals(ti)
        self.epos = [h[0] for h in self.entity_hits]
        self._term_set = set(self.terms)
        self._entity_set = {e for _, e in self.entity_hits}
        self._possible: dict[str, list[CatalogSubject]] = {}
        # (kind, unit, small) -> assign_subject's candidates and what it reads of them (_candidates),
        # and the same by the ids of the candidates
        self._candidates: dict[tuple[str, str | None, bool], tuple | None] = {}
        self._by_candidates: dict[tuple[str, ...], tuple] = {}
        self._clause_marks: list[int] | None = None

    def _label_stand_ins(self, label_terms: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]) -> None:
        """Add the cues a title stands for (the catalog's ``labels``) where it labels its line: between the line's
        start, past a list marker, and the line's first colon, with no sentence or clause break before it, in a
        document that named the title's entity before the colon ("美国《人工智能行动计划》分三大支柱：" / "一、加快创新：15项";
        "3️⃣ **引领国际AI外交与安全**：这一块提出了近10项行动"). The cues stand at the title's place; a sentence that lists
        the titles labels nothing ("…围绕加速创新、建设基础设施、国际外交与安全三大支柱，提出90余项行动"). The title names its
        entity there, as a description does."""
        low = self.low
        first: dict[str, int] = {}
        for q, e in self.entity_hits:
            if e not in first:
                first[e] = q
        added: list[tuple[int, str]] = []
        named: list[tuple[int, str]] = []
        for p, t in zip(self.pos, self.terms):
            got = label_terms.get(t)
            if got is None:
                continue
            ls = low.rfind("\n", 0, p) + 1
            m = _LIST_ITEM.match(low, ls)
            head = m.end() if m else ls
            colon = _LABEL_COLON.search(low, p + len(t), min(len(low), ls + _LABEL_MAX))
            if colon is None or colon.group() == "\n" or _LABEL_BREAK.search(low, head, colon.start()) is not None:
                continue
            short = not any(w in t for w in _FULL_TITLE_WORDS)
            for entity, stand_in in got:
                if first.get(entity, colon.start()) < colon.start() and not self._other_document_since(entity, p):
                    if short and not self._pillars_named_since(entity, p):
                        added.append((colon.end(), LABEL_OF_A_PART))  # (a short title's line is some part's, no total:
                        # "一、加快创新：共提出15项行动" is not the plan's 15 actions in all; review 22)
                        continue
                    added += [(p, u) for u in stand_in]
                    named.append((p, entity))
        if added:
            self._add_terms(added)
            # the title names its entity there, as a description does ("the plan", 该计划)
            self.entity_hits = sorted(set(self.entity_hits) | set(named))

    def _pillars_named_since(self, entity: str, p: int) -> bool:
        """Since the last mention of ``entity`` before ``p``, its pillars are named (支柱, pillar): a short title
        (加快创新, "Innovation") labels a list of the pillars only ("…分三大支柱：" / "一、加快创新：15项")."""
        last = max((q for q, e in self.entity_hits if e == entity and q < p), default=-1)
        return last >= 0 and _PILLAR_WORD.search(self.low, last, p) is not None

    def _other_document_since(self, entity: str, p: int) -> bool:
        """Since the last mention of ``entity`` before ``p`` (within PARAGRAPH_MAX), another document is named: a
        title in 《》 that names no entity, or another one of an entity's kind ("某省《…三年行动方案》：" / "一、加快创新：12项任务"
        is that plan's list, not the AI Action Plan's)."""
        last = -1
        for q, e in self.entity_hits:
            if q >= p:
                break
            if e == entity:
                last = q
        if last < 0 or p - last > PARAGRAPH_MAX:
            return True
        if any(last < q < p for q in self.other_pos):
            return True
        k = self.low.find("《", self._name_end.get(last, last), p)
        while k >= 0:
            if not any(k <= q <= k + 2 for q, _ in self.entity_hits):
                return True
            k = self.low.find("《", k + 1, p)
        return False

    def _inside_longer_title(self, p: int) -> bool:
        """The name at ``p`` stands inside a title in 《》 that holds more than the name: the title names a
        document of its own (《全球人工智能治理行动计划》 is not "the 行动计划")."""
        low = self.low
        o = low.rfind("《", max(0, p - 40), p + 1)
        if o < 0 or low.find("》", o, p) >= 0:
            return False
        c = low.find("》", p, p + 60)
        if c < 0:
            return False
        return c - (o + 1) > self._name_end.get(p, p) - p

    def _description_hits(self, catalog: Catalog) -> list[tuple[int, str]]:
        """Definite descriptions as mentions of the entity they refer back to ("The plan rests on three
        pillars", 该计划包括三大支柱, the AI Action Plan named before): a determiner of the catalog's
        ``description_determiners`` and a head noun of an entity's ``descriptions``, where the last
        mention before it, within _DESCRIPTION_REACH code points, of an entity described by that noun is
        the entity's, and neither a bare occurrence of the noun ("other plans", "a plan for compute", 计划 as
        a verb) nor a noun of another scheme (``description_breakers``: strategy, 规划) stands between. Found
        at the determiner; "the plan for …" and "the plan of …" name another plan."""
        low = self.low
        dets = catalog.description_determiners
        out: list[tuple[int, str]] = []
        breakers = _breakers_re(catalog)
        for head, ents in catalog.descriptions.items():
            occ = _word_starts(low, head)
            if not occ:
                continue
            ment = [(p, self._name_end.get(p, p + 1), e) for p, e in self.entity_hits if e in ents]
            mstarts = [p for p, _, _ in ment]
            events = sorted([(p, 0, e, end) for p, end, e in ment] + [(q, 1, "", 0) for q in occ])
            owner, last = None, -1
            for q, is_noun, e, end in events:
                if is_noun == 0:
                    owner, last = e, end
                    continue
                i = bisect.bisect_right(mstarts, q) - 1
                if i >= 0 and (q < ment[i][1] or (i > 0 and q < ment[i - 1][1])):
                    continue  # the noun of a name ("America's AI Action Plan")
                det = _determiner_before(low, q, dets)
                if det is None and catalog.description_modifiers:
                    for mod in catalog.description_modifiers:  # "the resulting plan"
                        a = q - len(mod) - 1
                        if a > 0 and low[q - 1] == " " and low.startswith(mod, a) and not low[a - 1].isalnum():
                            det = _determiner_before(low, a, dets)
                            break
                if det is not None and head.isascii() and low.startswith(("'s", "’s"), q + len(head)):
                    continue  # "the plan's chapter on open models": a modifier, the sentence is of something else
                if (det is not None and owner is not None and q - last <= _DESCRIPTION_REACH
                        and not (head.isascii() and _QUALIFIED_AFTER.match(low, q + len(head)))
                        and (breakers is None or breakers.search(low, last, det) is None)):
                    # (another scheme named between: "欧盟随后发布《…行动规划》，这一计划" is the EU's)
                    out.append((det, owner))
                    last = q
                else:
                    owner = None
        return out

    def _pronoun_hits(self, catalog: Catalog) -> list[tuple[int, str]]:
        """Object pronouns of people as mentions of the person they stand for ("Trump nominated him",
        特朗普提名他出任OSTP主任, Kratsios named a sentence before): the last person named before the
        pronoun, within 600 code points, who is not named in the pronoun's own clause (there the
        pronoun is no name's: "Trump nominated him" is not Trump). Pronouns resolved before count as
        mentions of their person."""
        ents = catalog.entities
        low = self.low
        people = [(p, e) for p, e in self.entity_hits if ents[e].kind == "person"]
        if not people:
            return []
        found: list[tuple[int, str]] = []
        for w in catalog.object_pronouns:
            p = low.find(w, 0)
            while p >= 0:
                if _object_pronoun_at(low, p, w):
                    found.append((p, w))
                p = low.find(w, p + len(w))
        if not found:
            return []
        found.sort()
        marks = ",;:，；：、。.!?！？\n"
        out: list[tuple[int, str]] = []
        for p, w in found:
            cs = max(max(low.rfind(c, p - 200 if p > 200 else 0, p) for c in marks) + 1, p - 200)
            if _SPEECH_BEFORE.search(low, max(cs, p - 4), p):
                continue  # 克拉齐奥斯表示他将…: the subject of what is said, no object
            own = {e for q, e in people if cs <= q < p}
            pick = None
            for q, e in reversed(people):
                if q >= p:
                    continue
                if p - q > 600:
                    break
                if e not in own:
                    if not self._other_name_between(catalog, q, p):
                        pick = e
                    break
            if pick is not None:
                out.append((p, pick))
                bisect.insort(people, (p, pick))
        return out

    def _other_name_between(self, catalog: Catalog, q: int, p: int) -> bool:
        """A capitalised name that is no catalog entity's stands between a person named at ``q`` and a
        pronoun at ``p`` ("Michael Kratsios took the stage after David Sacks. Trump named him …": him may
        be Sacks): the pronoun is not read. Words opening a sentence, months and weekdays do not count."""
        text = self.text
        hits = self.entity_hits  # (sorted; self.epos is not made yet)
        i = bisect.bisect_left(hits, (q, ""))
        names = set()
        while i < len(hits) and hits[i][0] < p:
            names.add(hits[i][0])
            i += 1
        for m in _CAPITALISED.finditer(text, q, p):
            a = m.start()
            if a in names or any(x <= a < self._name_end.get(x, x) for x in names):
                continue
            if m.group().lower() in _NOT_NAMES or _SENTENCE_OPENING.search(text, max(0, a - 3), a):
                continue
            return True
        return False

    def sentence_around(self, p: int) -> tuple[int, int]:
        """The sentence around ``p``, roughly: from after the last sentence end before it to the
        next one (at most 400 code points either side; a paragraph break ends a sentence)."""
        low = self.low
        ps, pe = self.paragraph(p)
        lo, hi = max(ps, p - 400), min(pe, p + 400)
        text = self.text  # (the case of the next word tells a sentence end: not the lowercased view)
        s = max(low.rfind(c, lo, p) for c in "。！？!?;；") + 1
        s = max(s, _last_step_arrow(text, lo, p) + 1)  # (a timeline's arrow ends a step)
        m = _sent_end(text, lo, p)
        while m:  # the last ". " before p
            s = max(s, m.end())
            m = _sent_end(text, m.end(), p)
        s = max(s, lo)
        e = min([i for i in (low.find(c, p, hi) for c in "。！？!?;；") if i >= 0] + [hi, _next_step_arrow(text, p, hi)])
        m = _sent_end(text, p, e)
        return s, (m.start() + 1 if m else e)

    def name_end(self, p: int) -> int:
        """Where the longest entity name found at ``p`` ends (``p`` when none starts there)."""
        return self._name_end.get(p, p)

    def _demonstrative(self, ti: "_TermIndex", p: int) -> bool:
        """"that", 该, 这次… right before the name at ``p`` (10 code points, in its clause)."""
        if ti.demonstrative is None:
            return False
        win = self.low[max(0, p - 10):p]
        m = ti.demonstrative.search(win)
        return m is not None and not any(c in win[m.end():] for c in ",;.，；。")

    def _other_topic(self, ti: "_TermIndex", raw: list[tuple[int, str]], p: int, e: str) -> bool:
        """The name at ``p`` of an entity with ``topics`` comes with a topic that names none of them:
        "a request for information on federal regulations that hinder AI" (the topic after "on",
        up to the clause's end or 80 code points), 就“阻碍AI发展的联邦法规”另行发布信息征询 (the topic
        between 就/关于 and the name, at most 30 code points before it)."""
        topics = self.catalog.entities[e].topics
        if not topics:
            return False
        low = self.low
        lo, hi = None, None
        if ti.topic_en is not None and low[p:p + 1].isascii():
            m = ti.topic_en.match(low, self._name_end.get(p, p))
            if m and _NOT_A_TOPIC.match(low, m.end()):
                m = None  # "issued a Request for Information on February 6": a date, not a topic
            if m:
                lo = m.end()
                cut = [i for i in (low.find(c, lo, lo + 80) for c in ",;.:!?()") if i >= 0]
                hi = min(cut) if cut else min(len(low), lo + 80)
        elif ti.topic_zh is not None:
            win = low[max(0, p - 30):p]
            m = None
            for m in ti.topic_zh.finditer(win):
                pass
            if m is not None and not any(c in win[m.end():] for c in "，；。！？,;"):
                lo, hi = max(0, p - 30) + m.end(), p
        if lo is None:
            return False
        if _TOPIC_BACKREF.match(low, lo, hi):
            return False  # "a request for information on the plan", 就该计划: the topic named before
        return not any(x in topics for _, x in raw[bisect.bisect_left(raw, (lo, "")):bisect.bisect_left(raw, (hi, ""))])

    def _other_author(self, raw: list[tuple[int, str]], p: int, e: str) -> bool:
        """The name at ``p`` of a document with ``authors``, in a sentence that names an agency and
        none of its authors: another one of its kind ("商务部国际贸易署（ITA）10月下旬发布信息征询")."""
        authors = self.catalog.entities[e].authors
        if not authors:
            return False
        ss, se = self.sentence_around(p)
        ents = self.catalog.entities
        # (raw is sorted: the hits of the sentence are a slice of it)
        agencies = {x for _, x in raw[bisect.bisect_left(raw, (ss, "")):bisect.bisect_left(raw, (se, ""))]
                    if x != e and ents[x].kind == "agency"}
        return bool(agencies) and agencies.isdisjoint(authors)

    def _topic_before(self, p: int, e: str) -> bool:
        """The English name at ``p`` of an entity with ``topics``, with a topic of two or three plain words
        written before it, after a determiner or a possessive ("OSTP's regulatory reform RFI", "the data center
        permitting RFI"): another one of its kind. Not words of the catalog ("the AI Action Plan RFI") nor
        plain modifiers ("the public comment RFI", "the original request for information")."""
        if not self.catalog.entities[e].topics or p == 0:
            return False
        if not self.low[p:p + 1].isascii() or _HAN_BEFORE.match(self.low, p - 1):
            return self._topic_before_zh(p)
        m = _TOPIC_BEFORE.search(self.low, max(0, p - 48), p)
        if m is None or any(w in _PLAIN_MODIFIERS for w in m.group("words").split()):
            return False
        a = m.start("words")
        return not self.terms_between(a, p) and not any(a <= q < p for q, _ in self.entity_hits)

    def _elliptic_ordinals(self, ti: "_TermIndex") -> None:
        """An ordinal standing for its noun, as the ordinal before it in the sentence has it ("15 actions under the
        first pillar, 8 under the second and 7 under the third": the second pillar, the third pillar): the
        catalog term of ordinal and noun stands at the ordinal."""
        low = self.low
        added: list[tuple[int, str]] = []
        for m in _ELLIPTIC_ORDINAL.finditer(low):
            lo = max(0, m.start() - 160)
            cut = max(low.rfind(c, lo, m.start()) for c in ".!?\n")
            prev = None
            for prev in _ORDINAL_NOUN.finditer(low, max(lo, cut + 1), m.start()):
                pass
            if prev is None or prev.group(1) == m.group(1):
                continue
            term = f"{m.group(1)} {prev.group(2)}"
            if term in ti.contained:
                added.append((m.start(1), term))
        if added:
            self._add_terms(added)

    def _add_terms(self, added: list[tuple[int, str]]) -> None:
        """Terms that stand somewhere without being written there (a label's cues, an ordinal's noun), in order."""
        merged = sorted(set(zip(self.pos, self.terms)) | set(added))
        self.pos = [q for q, _ in merged]
        self.terms = [u for _, u in merged]

    def _topic_before_zh(self, p: int) -> bool:
        """The Chinese name at ``p`` with a topic of two to six plain characters between it and the name of an
        agency right before ("OSTP监管改革征求意见", "NTIA开放权重模型征求意见"): another one of its kind. Not words of
        the catalog (OSTP人工智能行动计划征求意见) nor plain modifiers (公开, 此次)."""
        ends = self._name_ends
        if ends is None:
            ends = self._name_ends = {}
            kinds = {q: e for q, e in self.entity_hits}
            for q, end in self._name_end.items():
                e = kinds.get(q)
                if e is not None and self.catalog.entities[e].kind == "agency":
                    ends[end] = q
        for a in range(p - 2, max(-1, p - 7), -1):
            if a in ends:
                topic = self.low[a:p]
                return (_HAN_RUN.fullmatch(topic) is not None and not topic.startswith(_PLAIN_MODIFIERS_ZH)
                        and _NOT_A_TOPIC_ZH.search(topic) is None and not self.terms_between(a, p))
        return False

    def _other_instance(self, ti: "_TermIndex", p: int) -> bool:
        """A word of ``other_instance`` ("second", "new", 第二份) in the 16 code points before the
        name at ``p``, in its clause: "OSTP opened a second RFI", 发出第二份资讯征询（RFI）."""
        win = self.low[max(0, p - 16):p]
        cut = max(win.rfind(c) for c in ",;.!?\n，；。！？：:")
        return ti.other_instance.search(win, cut + 1) is not None

    def matches(self, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
        """The starts and ends of a pattern's matches in the lowercased text, found once. The
        pattern is tried only where one of its words occurs (``_PATTERN_WORDS``, found with
        str.find): its leading lookbehind made the regex engine try every position of the text."""
        found = self._matches.get(pattern)
        if found is None:
            ms = [(m.start(), m.end()) for m in matches_at(pattern, self.low, occurrences(self.low, _PATTERN_WORDS[pattern]))]
            found = self._matches[pattern] = ([a for a, _ in ms], [b for _, b in ms])
        return found

    def contrast_between(self, a: int, b: int) -> bool:
        """A contrasting conjunction (but, while, whereas, even as…) lies in [a, b)."""
        starts, _ = self.matches(_CONTRAST)
        i = bisect.bisect_left(starts, a)
        return i < len(starts) and starts[i] < b

    def possible(self, kind: str) -> list[CatalogSubject]:
        """The subjects of a kind that can match somewhere in this document: their required entity,
        one cue of each ``all`` group (in one language) and one ``any`` cue occur in the text."""
        out = self._possible.get(kind)
        if out is None:
            terms, ents = self._term_set, self._entity_set
            out = []
            for s in _by_kind(self.catalog).get(kind, []):
                if s.spec.require_entity and not ents & s.entity_set:
                    continue
                if s.all and not any(all(not g.isdisjoint(terms) for g in groups) for groups in s.all_sets):
                    continue
                if s.any and not any(t in terms for t in s.any):
                    continue
                out.append(s)
            self._possible[kind] = out
        return out

    def lead_in(self, ps: int) -> tuple[int, int] | None:
        """The lead-in of the list whose item is the line at ``ps``: the lines before the list (past its earlier
        items, their indented continuations and blank lines) when the last of them ends with a colon."""
        text = self.text
        if not _LIST_ITEM.match(text, ps):
            return None
        e = ps - 1
        for _ in range(60):
            if e <= 0:
                return None
            ls = text.rfind("\n", 0, e) + 1
            line = text[ls:e]
            if not line.strip() or _LIST_ITEM.match(line) or line[:1] in " \t\u3000":
                e = ls - 1
                continue
            if not line.rstrip().endswith((":", "：")):
                return None
            bs = ls  # the lead-in's block: its lines up to a blank line
            while bs > 1:
                pls = text.rfind("\n", 0, bs - 1) + 1
                if not text[pls:bs - 1].strip() or _LIST_ITEM.match(text, pls):
                    break
                bs = pls
            return max(bs, e - PARAGRAPH_MAX), e
        return None

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, pos) - 1
        s = self.line_starts[i]
        e = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.text)
        # a "paragraph" of megabytes (one 10 MB line) is cut around the claim: every claim scans
        # its paragraph's cues, so an unbounded one made extraction quadratic in the line length
        return max(s, pos - PARAGRAPH_MAX), min(e, pos + PARAGRAPH_MAX)

    def clause(self, start: int, end: int, ss: int, se: int) -> tuple[int, int]:
        """The clause around [start, end) inside the sentence [ss, se): from just after the last
        clause mark before ``start`` to the first one at or after ``end``. The marks of the whole
        text are found once (each is one character); only the character at a window's edge, whose
        lookahead the window cuts, is looked at again (as a search bounded by the window would)."""
        text = self.text
        marks = self._clause_marks
        if marks is None:
            marks = self._clause_marks = _clause_marks(text)
        # at a window's edge the lookahead sees nothing, so any of the characters is a mark there
        s = ss
        if ss <= start - 1 and text[start - 1] in _CLAUSE_CHARS:
            s = start
        else:
            i = bisect.bisect_left(marks, start - 1) - 1
            if i >= 0 and marks[i] >= ss:
                s = marks[i] + 1
        e = se
        j = bisect.bisect_left(marks, end)
        if j < len(marks) and marks[j] < se - 1:
            e = marks[j]
        elif end <= se - 1 and text[se - 1] in _CLAUSE_CHARS:
            e = se - 1
        return s, e

    def terms_between(self, s: int, e: int) -> list[tuple[int, str]]:
        i = bisect.bisect_left(self.pos, s)
        j = bisect.bisect_left(self.pos, e)
        return list(zip(self.pos[i:j], self.terms[i:j]))

    def concept_hits(self) -> tuple[list[int], list[tuple[str, ...]]]:
        """The positions of the terms that name a concept and the concepts each names
        (``catalog.concept_terms``), in text order, found once: an open key looks for the nearest
        concept in a claim's clause, where most terms name none."""
        found = self._concept_hits
        if found is None:
            ct = self.catalog.concept_terms
            hits = [(p, ct[t]) for p, t in zip(self.pos, self.terms) if ct.get(t)]
            found = self._concept_hits = ([p for p, _ in hits], [c for _, c in hits])
        return found

    def entities_between(self, s: int, e: int) -> list[tuple[int, str]]:
        i = bisect.bisect_left(self.epos, s)
        j = bisect.bisect_left(self.epos, e)
        return self.entity_hits[i:j]


def _clause_marks(text: str) -> list[int]:
    """The offsets of every match of _CLAUSE in ``text`` (4x faster than its finditer)."""
    out = []
    last = len(text) - 1
    for m in _CLAUSE_CHAR.finditer(text):
        i = m.start()
        if text[i] == "," and 0 < i < last and text[i - 1].isdecimal() and text[i + 1].isdecimal():
            continue  # 1,234: a thousands separator (\d is the category Nd, as isdecimal)
        out.append(i)
    return out


def doc_context(catalog: Catalog, text: str, low: str) -> DocContext:
    return DocContext(catalog, text, low)


@dataclass(frozen=True)
class Assignment:
    subject: str
    source: str  # "catalog" | "open"
    score: float
    cues: tuple[str, ...]
    entity: str | None = None
    concept: str | None = None
    # catalog subjects: where the entity is named (sentence | context | earlier | none); see Claim
    evidence: str | None = None


def open_assignment(subject: str, entity: str | None, concept: str | None) -> Assignment:
    """``Assignment(subject, "open", 0.0, (), entity, concept)``, the open key of a claim, made
    without the frozen dataclass's ``__init__`` (one ``object.__setattr__`` per field, a third of
    building an open key): the same fields in the same order in the instance's ``__dict__``, so
    equality, hashing and repr are the dataclass's own."""
    a = object.__new__(Assignment)
    object.__setattr__(a, "__dict__", {"subject": subject, "source": "open", "score": 0.0, "cues": (),
                                       "entity": entity, "concept": concept, "evidence": None})
    return a


@dataclass(slots=True)
class Window:
    """Where a claim is, and the spans around it: clause inside sentence, sentence inside
    paragraph and context (assign_subject relies on it)."""

    start: int
    end: int
    clause: tuple[int, int]
    sentence: tuple[int, int]
    paragraph: tuple[int, int]
    context: tuple[int, int]


def _loc_weight(p: int, w: Window, para_weight: float) -> float:
    if w.clause[0] <= p < w.clause[1]:
        return W_CLAUSE
    if w.sentence[0] <= p < w.sentence[1]:
        return W_SENT
    return para_weight


def _by_kind(catalog: Catalog) -> dict[str, list[CatalogSubject]]:
    bk = catalog._cache.get("by_kind")
    if bk is None:
        bk = {}
        for s in catalog.subjects.values():
            bk.setdefault(s.kind, []).append(s)
        catalog._cache["by_kind"] = bk
    return bk


_GENERIC_ENTITY_KINDS = frozenset({"country", "policy", "topic", "legislature"})
# entities that act on others' facts ("特朗普下令制定该计划"): naming one in a sentence does not
# make the sentence about it
_ACTOR_KINDS = _GENERIC_ENTITY_KINDS | {"person"}
# kinds whose members are alternatives to each other: a sentence that names one and not the
# subject's own is about that one, even when it also names the subject's related company
_SIBLING_KINDS = frozenset({"product"})


_CONTRAST_WORDS = ("even as", "whereas", "while", "although", "though", "but")
_CONTRAST = re.compile(r"(?<![a-z])(?:" + "|".join(_CONTRAST_WORDS) + r")(?![a-z])")
# conjunctions that join two statements in one English clause; not before a figure or a year
# ("before 2025" is a preposition)
_JOIN_WORDS = ("before", "after", "until", "when", *_CONTRAST_WORDS, "because",
               # a second predicate of the subject ("predicts powerful AI systems in late 2026 … and asks for controls
               # on the H20": the H20 is not what the date is about)
               "and asks", "and calls for", "and urges", "and wants", "and proposes", "and argues", "and warns",
               "and recommends", "and seeks", "and asked", "and called for", "and urged", "and proposed", "and argued",
               "and warned", "and recommended", "and sought")
_JOINS = re.compile(r"(?<![a-z])(?:" + "|".join(_JOIN_WORDS) + r")"
                    r"(?![a-z])(?! +(?:the +)?(?:\d|early|mid|late|end|january|february|march|april|may|june|july|"
                    r"august|september|october|november|december))")
# the words each pattern read through DocContext.matches starts with
_PATTERN_WORDS = {_CONTRAST: _CONTRAST_WORDS, _JOINS: _JOIN_WORDS}


def _statement(ctx: "DocContext", w: Window, cs: int, ce: int) -> tuple[int, int]:
    """The part of the clause [cs, ce) between the conjunctions around the claim (_JOINS)."""
    s, e = cs, ce
    starts, ends = ctx.matches(_JOINS)
    for i in range(bisect.bisect_left(starts, cs), len(starts)):
        if ends[i] > ce:
            break
        if ends[i] <= w.start:
            s = ends[i]
        elif starts[i] >= w.end:
            e = starts[i]
            break
    return s, e


def assign_subject(
    ctx: DocContext, kind: str, unit: str | None, w: Window, *, small: bool = False,
    others: list[int] | None = None, stated: dict[str, int] | None = None, dates: list[int] | None = None,
    numbers: list[int] | None = None,
) -> Assignment | None:
    """The best catalog subject for a claim in window ``w``, or None.

    ``small``: the claim is a count of ten or less (only ``small_counts`` subjects take it).
    ``others``: sorted starts of the other figures and dates of the text; a cue outside the
    claim's clause with another figure between it and the claim belongs to that figure (weight
    0.2 here); so is an entity named after the claim, outside its clause, past another figure that
    is outside the clause too (the paragraph weight, not evidence from the sentence). ``stated``:
    the subjects the document has already stated, with where they were first stated; a subject
    stated before the claim has its entity at the paragraph weight when
    the claim's window names none (the article named it then: "Of the 10,068 comments the RFI
    received, 9,313 came from individuals. … treated the 9,313 individual submissions").
    ``dates``: sorted starts of the text's dates, for a date claim: a cue right before another
    date is that date's verb ("…of February 2025, which closed on March 15"). ``numbers``: sorted
    starts of the text's numbers: a negative cue of the clause past another number is that one's."""
    catalog = ctx.catalog
    found = ctx._candidates.get((kind, unit, small), _UNSEEN)
    if found is _UNSEEN:
        found = _candidates(ctx, kind, unit, small)
    if found is None:
        return None
    cands, relevant, cue_index, rel_ents = found
    if kind == "date" and _anniversary_date(ctx.low, w):
        # (not a date with its own verb: "2025年1月23日签署的第14179号行政令即将迎来一周年", "the order signed on
        # January 23, 2025 marks its first anniversary")
        return None  # "1月23日：第14179号行政令签署满一周年", "the first anniversary of the order": the date of an
        # anniversary, not of the event it marks
    lo = min(w.context[0], w.paragraph[0])
    hi = max(w.paragraph[1], w.sentence[1])
    (cs, ce), (ss, se), (ps, pe) = w.clause, w.sentence, w.paragraph
    sent_w: dict[str, float] = {}  # cues in the clause (1.0) or sentence (0.6, or 0.2 when demoted)
    para_w: dict[str, float] = {}  # ... and in the paragraph (0.2)
    clause_terms: set[str] = set()
    late: set[str] = set()  # terms seen in a later clause of the sentence, after the figure's
    not_late: set[str] = set()  # ... and elsewhere in the sentence
    not_late_para: set[str] = set()  # ... and elsewhere in the paragraph
    elsewhere: set[str] = set()  # cues of the clause right before another figure of it: that one's (scored low here)
    # cues: paragraph and sentence only (the terms of ctx.terms_between, read by index: most are no
    # candidate's, and are passed over without making a pair of each)
    tpos, tterms = ctx.pos, ctx.terms
    cutoff = kind == "date" and _CUTOFF_DATE.search(ctx.low, max(0, w.start - 8), w.start) is not None
    label_end = _after_label(ctx.low, w) if kind == "date" and ce < se else ce
    # a clause that sets its words apart from the rest ("这些都是2025年的事，与H20何时推出不是一回事"): none is a cue
    # of a figure outside it
    apart = _DISSOCIATED.search(ctx.low, ss, se) is not None
    for k in range(bisect.bisect_left(tpos, min(ps, ss)), bisect.bisect_left(tpos, hi)):
        t = tterms[k]
        if t not in relevant:
            continue
        p = tpos[k]
        if apart and ss <= p < se and not cs <= p < ce:
            tc = ctx.clause(p, p + len(t), ss, se)
            if _DISSOCIATED.search(ctx.low, tc[0], tc[1]) is not None:
                continue
        if ce <= p < se and kind == "quantity" and (
                ctx.low.startswith("、", ce) or _ANOTHER_PREDICATE.search(ctx.low, ce, p)
                or (numbers and _figure_in_clause(ctx, numbers, p, w, ss, se))):
            late.add(t)  # (a date opening its sentence is a clause of its own)
        elif ss <= p < se:
            not_late.add(t)
        elif not (p >= se and kind == "quantity"):
            not_late_para.add(t)
        else:
            late.add(t)  # in a later sentence, a clause with a figure of its own is that one's ("共提出90餘項
            # 聯邦政策行動；其中支柱一「加速AI創新」15項"), and one without says what comes next ("more than 90 federal
            # policy actions. For us, the third pillar matters most"): no word of an ``all`` group of the figure's
        if kind == "quantity" and numbers and cs <= p < ce and _cue_of_another_figure(ctx.low, numbers, p + len(t), w):
            elsewhere.add(t)  # "从过去的20年缩短到5年": 过去 and 从 are the 20年's, not the 5年's (its score only:
            # a word of an ``all`` group still says what the sentence is about, "fell more than 5% … and nearly $600 billion")
        if dates and ss <= p < se and _attached_elsewhere(dates, p, p + len(t), w, ctx.low):
            # the verb of another date ("…request for information of February 2025, which closed on
            # March 15": "closed" dates March 15): that date's, not this one's
            wt = W_PARA_CUE
        elif cs <= p < ce and kind == "quantity" and numbers and p >= w.end and _figure_right_after(ctx.low, numbers, p + len(t)):
            wt = W_PARA_CUE  # "fell from 20 years to 5 years and now one to two years": "now" is the next figure's
        elif cs <= p < ce:
            wt = W_CLAUSE
            if not (numbers and _between(numbers, p, w)) and not (kind == "date" and dates and p > w.end
                                                                  and _between(dates, p, w)):
                clause_terms.add(t)  # (nor past another date, for a date: "published the request on February
                # 6, 2025 and set March 15 as the deadline": the deadline is March 15's)  # (a negative past another figure is that one's: "a budget of
                # $2 billion to police trillions of dollars of trade": "trade" is the trillions')
        elif kind == "date" and ce <= p < label_end:
            wt = W_SENT
            clause_terms.add(t)  # a date labelling its entry ("7月下旬之后：Anthropic发文回应"): the entry is its
            # clause for what it negates
        elif ss <= p < se:
            wt = W_PARA_CUE if others and _between(others, p, w) else W_SENT
            if wt == W_SENT and kind == "date" and (
                    (cutoff and p < cs)
                    or (p >= ce and _TIME_OF_ITS_OWN.match(ctx.low, p + len(t)) and _ANOTHER_PREDICATE.search(ctx.low, ce, p))):
                wt = W_PARA_CUE  # a cut-off's date takes no cue of the clauses before it ("…公开征求意见，截至3月15日
                # 收到一万多份": no publication on March 15); a later clause opened by 并于/此外… whose cue
                # dates a time of its own is another event's ("曾于同年3月向OSTP建议…，并于行动计划公布后…":
                # 公布后 is not March; "2025年7月23日，白宫举办峰会，并于会上发布了计划" stays July 23's)
            if (wt == W_SENT and kind == "quantity" and p >= w.end and numbers
                    and _figure_in_clause(ctx, numbers, p, w, ss, se)):
                wt = W_PARA_CUE  # the cue of a later clause with a figure of its own is that one's ("过去…要
                # 20年，后来是5年，现在只要一到两年": 现在 is the 一到两年's, not the 5年's; an earlier clause
                # may frame the sentence: "Of the 10,068 comments …, 9,313 came from individuals")
        elif ps <= p < pe:
            if W_PARA_CUE > para_w.get(t, 0.0):
                para_w[t] = W_PARA_CUE
            continue
        else:
            continue
        if wt > sent_w.get(t, 0.0):
            sent_w[t] = wt
    for t, wt in sent_w.items():
        if wt > para_w.get(t, 0.0):
            para_w[t] = wt
    lead = ctx.lead_in(ps) if kind == "quantity" else None
    if lead is not None:
        # a list's lead-in ("一共90余项联邦政策行动。我…记了每个支柱下列出的条目数：" / "- 支柱一…：8项"): its words say what
        # every item counts, as the item's own sentence would (not the words that tell the items apart)
        sep = _all_group_terms(catalog)
        for _, t in ctx.terms_between(*lead):
            if t in relevant and t not in sep and W_SENT > para_w.get(t, 0.0):
                para_w[t] = W_SENT
    live = cue_index.live(para_w)
    if not live:
        return None  # no candidate has a cue here: nothing below could score
    late -= not_late  # (a word of an ``all`` group only in a later clause is what that clause is about:
    # "一万多份意见、个人占绝大多数", "九十余项行动…，并将强化出口管制列为第三支柱的重要内容")
    strong_sent = {t for t, wt in sent_w.items() if wt >= W_SENT and t not in late}
    late -= not_late_para
    all_para = {t: wt for t, wt in para_w.items() if t not in late} if late else para_w
    if not _may_score(cands, live, para_w, sent_w, all_para, strong_sent):
        return None  # no candidate has the cues its window needs: the loop below would skip every one
    ent_ctx: dict[str, float] = {}
    ent_sent: dict[str, float] = {}
    clause_ents: set[str] = set()
    sent_ents: set[str] = set()
    # lo <= ss <= se <= hi, and the clause is inside the sentence: outside the sentence only the
    # candidates' entities count, at the paragraph weight (most of the entities looked at, in a
    # long paragraph)
    for _, e in ctx.entities_between(lo, ss) + ctx.entities_between(se, hi):
        if e in rel_ents and W_PARA_ENTITY > ent_ctx.get(e, 0.0):
            ent_ctx[e] = W_PARA_ENTITY
    # the part of the clause the claim is in, when a conjunction joins two statements ("Nvidia sold
    # … before Washington tightened the export controls in October 2023"): entities of the other
    # part still weigh, but do not make the figure theirs (found when an entity of the clause asks)
    stmt: tuple[int, int] | None = None
    for p, e in ctx.entities_between(ss, se):
        if kind == "date" and _search_ending(_PAST_REFERENCE, _PAST_REFERENCE_LAST, ctx.low, max(0, p - 24), p):
            continue  # "released a National AI Infrastructure Strategy … the companion to last summer's
            # AI Action Plan": a thing of the past the sentence refers to is not what its date dates
        if kind == "date" and _COMPARED_WITH.search(ctx.low, max(0, p - 6), p):
            continue  # "H200係2023年11月發佈嘅，比H20早", "released earlier than the H20": the base of a
            # comparison is not what the date dates
        if not (cs <= p < ce) and _contrasted(ctx, p, ss, se):
            continue  # "与美国…的《人工智能行动计划》不同，我省计划…部署12项重点任务": the other plan's
        told = _search_ending(_RECIPIENT_BEFORE, _RECIPIENT_BEFORE_LAST, ctx.low, max(0, p - 24), p) is not None
        # (one told or written to is not what the figure is about: "it told OSTP that powerful AI
        # systems could emerge in late 2027", 向商务部递交: the figure is the teller's)
        if catalog.entities[e].kind not in _ACTOR_KINDS and not told:
            sent_ents.add(e)
        if cs <= p < ce:
            wt = W_CLAUSE
            if catalog.entities[e].kind not in _GENERIC_ENTITY_KINDS and not told:
                if stmt is None:
                    stmt = _statement(ctx, w, cs, ce)
                if stmt[0] <= p < stmt[1] and not (p < w.start and _SAID_THAT.search(
                        ctx.low, ctx._name_end.get(p, p), w.start)):
                    clause_ents.add(e)  # (not the speaker of "OpenAI told the White House that China aims to
                    # … by 2035": the date is in what is said)
        elif e not in rel_ents:
            continue
        elif others and p > w.end and _between(others, p, w, skip=(cs, ce)):
            # another figure lies between: the entity is that one's ("drew almost 430 submissions,
            # far fewer than the more than 10,000 comments OSTP would receive")
            if W_PARA_ENTITY > ent_ctx.get(e, 0.0):
                ent_ctx[e] = W_PARA_ENTITY
            continue
        else:
            wt = W_SENT
        if wt > ent_ctx.get(e, 0.0):
            ent_ctx[e] = wt
        if wt > ent_sent.get(e, 0.0):
            ent_sent[e] = wt
    # a quoted name right after the clause is its object ('In August 2025 the White House published "America's AI
    # Action Plan"': the quotes are clause marks, the plan is what "published" acts on; gate66)
    if clause_ents and ce < se and ctx.text[ce:ce + 1] in ('"', "“"):
        close = ctx.text.find("”" if ctx.text[ce] == "“" else '"', ce + 1, min(se, ce + 120))
        if close > 0:
            for p, e in ctx.entities_between(ce + 1, close):
                if e in rel_ents and catalog.entities[e].kind in _DOCUMENT_KINDS:
                    clause_ents.add(e)
                    if W_CLAUSE > ent_ctx.get(e, 0.0):
                        ent_ctx[e] = ent_sent[e] = W_CLAUSE
    # an appositive clause describes the thing named right before its comma ("control the H20, the
    # high-memory chip Nvidia launched last year"): that thing is the clause's too, whoever else it names
    if clause_ents and _APPOSITIVE.match(ctx.low, cs):
        for p, e in reversed(ctx.entities_between(max(ss, cs - 24), cs)):
            if catalog.entities[e].kind in _SIBLING_KINDS and _NAME_THEN_COMMA.fullmatch(
                    ctx.low, ctx._name_end.get(p, p), cs):
                clause_ents.add(e)
                if W_CLAUSE > ent_ctx.get(e, 0.0):
                    ent_ctx[e] = ent_sent[e] = W_CLAUSE
            break
    # a relative clause with a subject of its own, or in the passive, acts on the document named right before its comma ("replaced
    # the approach of Executive Order 14110, which President Biden had signed on October 30, 2023": the order's
    # signing, not the plan's release named earlier in the sentence)
    if kind == "date" and cs > ss and ctx.low.startswith(",", cs - 1):
        rel = _RELATIVE_AFTER_COMMA.match(ctx.low, cs)
        if rel is not None and (_OWN_SUBJECT.match(ctx.low, rel.end() - 1) or ctx.text[rel.end():rel.end() + 1].isupper()
                                or _PASSIVE_AFTER.match(ctx.low, rel.end()) or _PARTICIPLE_AFTER.match(ctx.low, rel.end())):
            verbs = {t for _, t in ctx.terms_between(cs, w.start)}
            nested = _SUBORDINATE.search(ctx.low, cs, w.start) is not None or any(
                catalog.entities[e].kind in _DOCUMENT_KINDS for _, e in ctx.entities_between(cs, w.start))
            # ("Executive Order 14179, which OSTP cited when it issued the RFI on February 6": the date is the
            # nested clause's, or another thing's named in the clause)
            participle = rel.end() == rel.start() or not ctx.low[rel.start():rel.end()].strip()
            for p, e in ([] if nested else reversed(ctx.entities_between(max(ss, cs - 60), cs))):
                if participle and _PP_BEFORE.search(ctx.low, max(0, p - 16), p):
                    break  # ("a request for information on … an AI Action Plan, published on 6 February 2025": the
                    # participle is the head noun's, not the plan's)
                if (catalog.entities[e].kind in _DOCUMENT_KINDS and e in rel_ents
                        and not ctx.low[ctx._name_end.get(p, p):cs - 1].strip(" \t)）\"'”")
                        and any(e in c.entity_set and not c.any_set.isdisjoint(verbs) for c in cands)):
                    # (the clause's verb is the document's: "its proposals for the AI Action Plan, which it
                    # submitted on March 13" is the proposals', not the plan's)
                    clause_ents.add(e)
                    if W_CLAUSE > ent_ctx.get(e, 0.0):
                        ent_ctx[e] = ent_sent[e] = W_CLAUSE
                break
    # the sentence before, in the same paragraph: "白宫科技政策办公室于2月6日发布信息征询。最终收到的意见
    # 共有10068份" names the RFI of a figure as surely as one sentence would (unless it names another
    # one of its kind: "OSTP published a new request for information. It drew 400 comments.")
    ent_prev: set[str] = set()
    others_prev: set[str] = set()
    # (a date a sentence later is too often another event's; looked at only when an entity of the
    # candidates is named outside the sentence)
    # (a step of a timeline's chain of arrows, the same for a date: "OSTP request for information (Feb 6, 2025)
    # → comment deadline (Mar 26, 2025)": the step before names what the step is about)
    step = (kind == "date" and ss > ps + 1 and _last_step_arrow(ctx.text, max(ps, ss - 3), ss) >= 0
            and _bare_step(ctx, ss, se, w.start, w.end))
    if (kind == "quantity" or step) and ss > ps + 1 and not ent_sent.keys() >= ent_ctx.keys():
        gs = ss  # the grammatical sentence: parts joined by a semicolon are one ("其中，支柱一提出15项行动…；
        for _ in range(4):  # 支柱二提出9项行动…": the sentence before names the plan for every part)
            q = gs
            while q > ps and ctx.low[q - 1:q] in (" ", "\t"):
                q -= 1
            if q <= ps + 1 or ctx.low[q - 1:q] not in (";", "；"):
                break
            gs = max(ps, ctx.sentence_around(q - 2)[0])
        pvs = max(ps, ctx.sentence_around(gs - 2)[0]) if gs > ps + 1 else gs
        if _ENUMERATION_NEXT.match(ctx.low, gs):
            # "…提交了…意见，开头提出三条原则。第二条说，…。第三条说，…15年": each later item of an enumeration
            # told sentence by sentence takes the sentence that opened it as its sentence before
            for _ in range(4):
                if pvs <= ps + 1 or not _ENUMERATION_NEXT.match(ctx.low, pvs):
                    break
                pvs = max(ps, ctx.sentence_around(pvs - 2)[0])
        # its subject: the entities up to its first agency, company, product or document ("Anthropic
        # … told BIS …. Its policy team grew to more than 30": Anthropic's, not BIS's)
        titled_here = {e for q, e in ctx.titled_others if ss <= q < se} if ctx.titled_others else ()
        for q, e in ctx.entities_between(pvs, ss):
            if _contrasted(ctx, q, pvs, ss):
                continue
            if e in rel_ents and e not in titled_here:
                ent_prev.add(e)
            if catalog.entities[e].kind not in _ACTOR_KINDS and not step:  # (a step: a label, all of it)
                break
        if step:
            for e in ent_prev:  # (the step before is the step's sentence for what it names)
                if W_SENT > ent_ctx.get(e, 0.0):
                    ent_ctx[e] = W_SENT
        if ent_prev and ctx.other_hits:
            i = bisect.bisect_left(ctx.other_pos, pvs)
            while i < len(ctx.other_pos) and ctx.other_pos[i] < ss:
                others_prev.add(ctx.other_hits[i][1])
                i += 1
    others_here: set[str] = set()  # entities the sentence names as another of their kind ("a second RFI")
    if ctx.other_hits:
        i = bisect.bisect_left(ctx.other_pos, ss)
        while i < len(ctx.other_pos) and ctx.other_pos[i] < se:
            others_here.add(ctx.other_hits[i][1])
            i += 1
    # a date's own verb, next to it: "opened on February 6 … and closed on March 15", "于2月6日发布信息
    # 征询，截止日期定在3月15日": the cue that governs the date outweighs the other event's in the clause
    attached: set[str] = set()
    if kind == "date":
        # (a date in brackets right after its event's name is that event's: "→ comment deadline (Mar 15, 2025)")
        # (in a step of a timeline's chain only: "Executive Order 14110 revoked (Jan 20, 2025) → new order signed (Jan 23,
        # 2025)", one arrow, one sentence, would date the order named across the arrow)
        a_lo = max(ss if (_BRACKET_BEFORE.search(ctx.low, max(0, w.start - 2), w.start) and ss > 0
                          and _last_step_arrow(ctx.text, max(0, ss - 3), ss) >= 0) else cs, w.start - _ATTACH_BEFORE)
        for p, t in ctx.terms_between(a_lo, min(ce, w.end + _ATTACH_AFTER)):
            if t in relevant and (p + len(t) <= w.start or p >= w.end):
                attached.add(t)
    elif kind == "quantity" and cs < w.start:
        # ... and a figure's: a cue ending right before it, at most a particle between, in its clause
        # ("从过去的20年缩短到5年，如今只要1到2年": 过去 the 20年's, 缩短 the 5年's, 只要 the 1到2年's)
        tpos, tterms = ctx.pos, ctx.terms
        for k in range(bisect.bisect_left(tpos, max(cs, w.start - _ATTACH_BEFORE_Q - 12)), bisect.bisect_left(tpos, w.start)):
            p, t = tpos[k], tterms[k]
            if t in relevant and p + len(t) <= w.start and _attached_gap(ctx.low, p + len(t), w.start):
                attached.add(t)  # (bold marks between do not count: "缩短到**5年**")
    if kind == "date":
        fv = _foreign_verb(ctx.low, max(0, w.start - 40), w.start)
        if fv is None:
            fv = _EVENT_VERB_AFTER_ZH.match(ctx.low, w.end)  # "沙龙于12月5日晚举行": the salon's day
        if fv is not None and fv.group(1) not in relevant and (fv.re is _EVENT_VERB_AFTER_ZH
                                                               or ctx.text[fv.start(1)].islower()):
            return None  # "Two of the companies appearing on Thursday, OpenAI and Anthropic, filed …":
            # the date's own verb is no cue of any subject; the cues further away are another event's
    if kind == "date" and (av := _ASIDE_VERB.search(ctx.low, max(0, w.start - 24), w.start)) is not None and (
            av.group(1) not in relevant if av.group(1) is not None else _TITLED_AFTER.match(ctx.low, w.end)):
        return None  # "**Answer (answered 22 January 2026):** The Government published the plan in July
        # 2025": a date in brackets with a verb of its own, no cue, dates that verb (an aside); "**Week 1
        # (January 13) — Where we start.** Executive Order 14110, signed …": a numbered unit's date
    if kind == "date" and (az := _ASIDE_ZH.search(ctx.low, max(0, w.start - 10), w.start)) is not None and (
            _BRACKET_CLOSES.match(ctx.low, w.end) and az.group(1) not in _ASIDE_ZH_FUNCTION
            and az.group(1)[-1] not in "于於在" and not any(t in relevant for _, t in ctx.terms_between(az.start(1), w.start))):
        return None  # "白宫行动计划PDF（封面标注2025年7月）": words of their own before the date in brackets,
        # no cue among them: an aside about the thing before the bracket, not the sentence's event
    antecedent = _relative_antecedent(ctx, w) if kind == "date" else None
    dated_thing: str | None = None
    if kind == "date" and (dp := _DATE_OF_PRODUCT_ZH.match(ctx.low, w.end)) is not None:
        # "从2023年初的GPT-4到2024年中的GPT-4o": the time of a model or product named right after it (its
        # launch), not of the filing the sentence is about; only that thing's own subjects may take it
        named = ctx.entities_between(dp.start(1), dp.start(1) + 1)
        if not named:
            return None
        dated_thing = named[0][1]
    topic = _set_off_subject(ctx, w, cs) if not clause_ents else None
    best: tuple[float, int, CatalogSubject, tuple[str, ...], str] | None = None
    best_near = 0.0
    for order in live:
        s = cands[order]
        if dated_thing is not None and dated_thing not in s.entity_set:
            continue
        if antecedent is not None and not _fits_antecedent(s, antecedent):
            continue  # "…received 10,000 responses, which the authorities published in April 2025": the
            # relative clause's verb acts on the noun before ", which", here not the RFI
        if others_here and not others_here.isdisjoint(s.instance_set):
            continue  # "OSTP published a new request for information on Sept. 26": not the RFI's date
        if ctx.other_hits and _last_named_other(ctx, s, ent_sent, max(0, w.start - _OTHER_REACH), w.start):
            continue  # "…刊登一份信息征询，就人工智能对就业…的影响征求意见。NITRD方面表示，截至3月13日已收到
            # 意见212份": the RFI last named in the paragraph is another one, and the sentence names none
        if clause_ents and not clause_ents & s.entity_set:
            continue  # the clause names another entity: the figure is about that one
        if sent_ents and not sent_ents & s.entity_set and s.entity_set.isdisjoint(ent_sent):
            continue  # the sentence names another entity and not this one: it is about that one
        if topic is not None and topic not in s.entity_set:
            continue  # "Anthropic, which … at the Bureau of Industry and Security, ended 2025 with a
            # staff of more than 2,000": the sentence's subject, set off by commas, is Anthropic
        main = s.spec.entity
        if (main not in sent_ents and catalog.entities[main].kind in _SIBLING_KINDS
                and any(e != main and catalog.entities[e].kind == catalog.entities[main].kind for e in sent_ents)):
            continue  # a sibling product named instead of its own ("H20 sales" is not H800/A800's)
        para = s.spec.cue_window == "paragraph"
        own_verb = bool(attached) and not s.any_set.isdisjoint(attached)  # a date's verb next to it is this subject's
        if s.negative:
            if s.spec.negative_window == "sentence":
                if not sent_w.keys().isdisjoint(s.negative):
                    continue
            elif not (attached if own_verb and kind == "date" else clause_terms).isdisjoint(s.negative):
                continue  # (a date with its own verb attached: only a negative next to it counts; "opened on
                # February 6 … and closed on March 15" is not a deadline on February 6)
        present = para_w if para else sent_w
        # (the cheap test first: each of the two only skips the subject)
        if s.any and s.any_set.isdisjoint(present):
            continue  # none of its cues: a score of 0, below the 0.5 an ``any`` subject needs
        if s.all and not all_groups_present(s.all_sets, all_para if para else strong_sent):
            continue  # (a word of an ``all`` group that belongs to another figure does not count:
            # "10,068 submissions, 9,313 of them from individuals")
        # the weights of the cues present, summed in the order of ``any`` (the few present cues are
        # looked up, not the many cues; the order keeps the float sum what it always was)
        anyp = s.any_positions
        cue_score = sum([w for _, w in sorted([(i, W_PARA_CUE if t in elsewhere and t not in attached else present[t])
                                               for t in present if t in anyp for i in anyp[t]])])
        if s.any and cue_score < 0.5:
            continue
        ents = ent_sent if s.spec.entity_window == "sentence" else ent_ctx
        ent_score = 0.0
        for eid in s.entities:
            wt = ents.get(eid, 0.0) * (1.0 if eid == s.spec.entity else 0.7)
            if wt > ent_score:
                ent_score = wt
        earlier = False
        # a tie is won by the subject whose ``all`` word stands nearer (its clause or sentence, not the
        # paragraph): "支柱一提出15项行动；支柱二提出9项行动" (the 9项 is pillar II's, though 支柱一 is in its paragraph)
        near = max((present.get(t, 0.0) for t in _all_terms(s) if t in present), default=0.0) if s.all else 0.0
        if ent_score == 0.0 and stated and stated.get(s.id, w.start) < w.start and not (
                s.all and near < W_SENT and _sibling_word_here(s, live, cands, sent_w)):
            # (stated before; but not when its own word is only in the paragraph and the sentence names a
            # sibling's: "支柱一提出15项行动；支柱二提出9项行动" is no figure of pillar I's)
            ent_score = W_PARA_ENTITY
            earlier = True
        if s.spec.require_entity and ent_score == 0.0:
            continue
        if kind == "date" and main not in ent_ctx and catalog.entities[main].kind in _DOCUMENT_KINDS:
            continue  # the date of a document needs the document named near, not only its author ("The
            # scorecard, published by the Office of Science and Technology Policy on July 22"): OSTP
            # publishes other things than the RFI
        unit_score = 0.0
        if kind == "quantity" and unit:
            unit_score = 0.5 if unit in s.unit_set else 0.25
        score = cue_score + ent_score + unit_score + (0.5 if s.all else 0.0)
        if score < THRESHOLD:
            continue
        if own_verb:
            score += W_ATTACHED
        if best is None or score > best[0] + 1e-9 or (score > best[0] - 1e-9 and near > best_near + 1e-9):
            best_near = near
            cue_terms = _cue_terms(catalog, s)
            cues = tuple(sorted(t for t in present if t in cue_terms))
            if any(eid in ent_sent for eid in s.entities):
                evidence = "sentence"
                if ctx.description_pos and not any(
                        e in s.entities and q not in ctx.description_pos for q, e in ctx.entities_between(ss, se)):
                    evidence = "anaphor"  # named only by a description ("The plan rests on three pillars")
                if ctx.pronoun_pos and not _named_not_by_pronoun(ctx, s, ss, se, cue_terms):
                    evidence = "context"  # only a pronoun names it ("Senator Cantwell questioned him on February
                    # 25"): as sure as the context, unless the subject's own verb takes it ("nominated him", 提名他)
            elif not ent_prev.isdisjoint(s.entities) and others_prev.isdisjoint(s.entity_set):
                evidence = "previous"
            elif not earlier and ent_score > 0.0 and _anaphor_names(ctx, s.spec.entity, ss, se):
                evidence = "anaphor"  # "the company pointed out that …", OpenAI the last company named
            else:
                evidence = "earlier" if earlier else ("context" if ent_score > 0.0 else "none")
            best = (score, order, s, cues, evidence)
    if best is None:
        return None
    score, _, s, cues, evidence = best
    return Assignment(s.id, "catalog", score, cues, s.spec.entity, evidence=evidence)


def _all_group_terms(catalog: Catalog) -> frozenset[str]:
    """Every word of every subject's ``all`` groups (the words that tell subjects apart: 支柱一, pillar II)."""
    found = catalog._cache.get("all_group_terms")
    if found is None:
        found = catalog._cache["all_group_terms"] = frozenset(
            t for s in catalog.subjects.values() for groups in s.all for g in groups for t in g)
    return found


def _all_terms(s: CatalogSubject) -> frozenset[str]:
    """Every word of ``s``'s ``all`` groups (kept on the subject: asked for each candidate of each claim)."""
    found = s.__dict__.get("_all_terms")
    if found is None:
        found = frozenset(t for alt in s.all_sets for g in alt for t in g)
        object.__setattr__(s, "_all_terms", found)  # (a frozen dataclass: its own cache, as cached_property would)
    return found


def _sibling_word_here(s: CatalogSubject, live, cands, sent_w: dict[str, float]) -> bool:
    """A word of another candidate's ``all`` groups, and none of ``s``'s, stands in the sentence."""
    here = {t for t, wt in sent_w.items() if wt >= W_SENT}
    if not here:
        return False
    own = _all_terms(s)
    return any(c is not s and c.all and bool(here & (_all_terms(c) - own)) for c in (cands[o] for o in live))


_UNSEEN = object()


def _candidates(ctx: DocContext, kind: str, unit: str | None, small: bool
                ) -> tuple[list[CatalogSubject], frozenset[str], "_CueIndex", frozenset[str]] | None:
    """The candidates of a claim of ``kind`` (a quantity: in ``unit``'s family, and ``small_counts``
    ones for a small count) in this document, with what assign_subject reads of them: every term
    any of them reads (cues, all groups, negatives: the rest never counts), their _CueIndex, and
    the entities any of them scores (outside the clause the rest never counts). None when there
    is no candidate. Kept per (kind, unit, small); the three derived values are made once per
    distinct list of candidates (many units of a document have the same ones)."""
    catalog = ctx.catalog
    cands = ctx.possible(kind)
    if cands and kind == "quantity":
        family = set(catalog.unit_family(unit))
        cands = [s for s in cands if family & s.unit_set and (not small or s.spec.small_counts)]
    if not cands:
        ctx._candidates[(kind, unit, small)] = None
        return None
    ids = tuple(s.id for s in cands)
    found = ctx._by_candidates.get(ids)
    if found is None:
        relevant = frozenset().union(*(_cue_terms(catalog, s) for s in cands), *(s.negative for s in cands))
        rel_ents = frozenset().union(*(s.entity_set for s in cands))
        found = ctx._by_candidates[ids] = (cands, relevant, _CueIndex(cands), rel_ents)
    ctx._candidates[(kind, unit, small)] = found
    return found


def _may_score(cands: list[CatalogSubject], live: list[int], para_w: dict[str, float], sent_w: dict[str, float],
               all_para: dict[str, float], strong_sent: set[str]) -> bool:
    """Some candidate of ``live`` passes assign_subject's two tests of its cues: one of its ``any``
    cues is in its cue window (``para_w`` for a paragraph window, else ``sent_w``), and each of its
    ``all`` groups has a term there (``all_para``, ``strong_sent``); or it has no such cues. When
    none does, the loop over the candidates skips every one (the tests read only these, final when
    they are asked), so the entities, statement and date verbs looked at before it need not be: a
    cue of a subject in the paragraph but not in the claim's sentence is the common case."""
    for order in live:
        s = cands[order]
        para = s.spec.cue_window == "paragraph"
        if s.any and s.any_set.isdisjoint(para_w if para else sent_w):
            continue
        if s.all and not all_groups_present(s.all_sets, all_para if para else strong_sent):
            continue
        return True
    return False


def all_groups_present(all_sets: tuple[tuple[frozenset[str], ...], ...], present: Iterable[str]) -> bool:
    """For one language at least, every ``all`` group has a term in ``present`` (a set or dict)."""
    for groups in all_sets:
        for g in groups:
            if g.isdisjoint(present):
                break
        else:
            return True
    return False


class _CueIndex:
    """The candidates of one (kind, unit, small) by the cue terms that can make them score.

    A subject with ``any`` cues is skipped unless one of them is present; one with ``all`` groups
    unless one term of each group (so at least one of its terms) is present. So a claim need only
    look at the subjects one of its present terms points to (a claim has a few cues around it, a
    document tens of candidates), plus those that need no cue at all."""

    def __init__(self, cands: list[CatalogSubject]):
        self.always: list[int] = []  # positions in cands
        self.by_term: dict[str, list[int]] = {}
        for order, s in enumerate(cands):
            if s.any:
                needs = s.any_set
            elif all(s.all_sets):  # every language has groups: one of their terms must be present
                needs = frozenset().union(*(g for gs in s.all_sets for g in gs))
            else:  # no cues, or a language with no groups: it needs no term
                needs = frozenset()
            if not needs:
                self.always.append(order)
            for t in needs:
                self.by_term.setdefault(t, []).append(order)

    def live(self, present: dict[str, float]) -> list[int]:
        """The positions (in cands, ascending: ties go to the first) of the candidates that may
        score with the terms of ``present`` (every term either cue window holds)."""
        if not present:
            return self.always  # ascending already; the caller only reads it
        found = set(self.always)
        for t in present:
            orders = self.by_term.get(t)
            if orders:
                found.update(orders)
        return sorted(found)


def _cue_terms(catalog: Catalog, s: CatalogSubject) -> frozenset[str]:
    """Every cue of a subject (its ``any`` cues and the terms of its ``all`` groups)."""
    cache = catalog._cache.setdefault("cue_terms", {})
    ct = cache.get(s.id)
    if ct is None:
        ct = cache[s.id] = frozenset(s.any_set).union(*(g for gs in s.all for g in gs))
    return ct


# what follows "on"/"about" after a name that is no topic: a date, a figure, "behalf of"
_NOT_A_TOPIC = re.compile(r"(?:(?:the\s+)?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*\d|"
                          r"(?:behalf|or\s+before|or\s+after|time|schedule|record)(?![a-z]))")


_CONTRAST_OPEN = ("unlike ", "in contrast to ", "compared with ", "compared to ", "不同于", "有别于", "区别于", "相比于", "相较于")
_CONTRAST_CLOSE = ("不同", "不一样", "相比", "相比较", "相较")


def _contrasted(ctx: "DocContext", p: int, ss: int, se: int) -> bool:
    """The entity at ``p`` is in a clause that sets something against the claim's ("Unlike the US
    plan's 90-plus actions, …", "与美国…《人工智能行动计划》不同，…"): not the claim's entity."""
    a, b = ctx.clause(p, ctx.name_end(p), ss, se)
    part = ctx.low[a:b].strip(" \t\n*_#")
    return part.startswith(_CONTRAST_OPEN) or part.endswith(_CONTRAST_CLOSE)


def _set_off_subject(ctx: "DocContext", w: "Window", cs: int) -> str | None:
    """The entity of a clause before the claim's that holds nothing but its name ("the
    International Trade Administration, BIS's sister bureau at Commerce, has 2,278 employees";
    "Anthropic, which …, ended 2025 with a staff of …"): the subject of the sentence, set off by
    commas. Only an agency, company or product; None when there is none."""
    ss = w.sentence[0]
    for p, e in ctx.entities_between(ss, cs):
        if ctx.catalog.entities[e].kind not in _SET_OFF_KINDS:
            continue
        ecs, ece = ctx.clause(p, ctx.name_end(p), ss, w.sentence[1])
        if ece > cs:
            return None
        rest = (ctx.low[ecs:p] + ctx.low[ctx.name_end(p):ece]).strip(" \t\n*_#")
        if rest in ("", "the"):
            return e
        return None  # only the sentence's first such entity
    return None


_SET_OFF_KINDS = frozenset({"agency", "company", "product"})


# a name referred to as a thing of the past ("last summer's AI Action Plan", 去年发布的《行动计划》)
_PAST_REFERENCE = re.compile(
    r"(?:\blast[ \t]+(?:year|summer|spring|fall|autumn|winter|month|week)['’]s[ \t]+(?:own[ \t]+)?(?:the[ \t]+)?"
    r"|\b(?:the[ \t]+)?(?:earlier|previous|prior)[ \t]+(?:year['’]s[ \t]+)?"
    r"|(?:去年|前年|上月|此前|之前|早前|先前)(?:发布|出台|公布|推出)?的?《?)$")
# a verb in -ing after a noun or a name, right before a date and its preposition ("the companies
# appearing on Thursday"): the date's own verb (not a noun in -ing: "a filing on March 13", "the
# following morning on", "in Beijing on")
_FOREIGN_VERB = re.compile(
    r"\b(?!(?:a|an|the|its|his|her|their|our|this|that|following|each|every|of|in|on|at|for|with|by)[ \t])[a-z]+[ \t]+"
    r"(?!(?:morning|evening|meeting|hearing|filing|briefing|building|ruling|funding|spending|offering|opening|closing|"
    r"listing|landing|sitting|setting|wording|reading|ending|beginning|training|planning|housing|polling|pricing|"
    r"trading|timing|booking|holding|finding|warning|gathering|proceeding|signing|swearing)\b)([a-z]{3,}ing)[ \t]+"
    r"(?:on|in|at|during)(?:[ \t]+(?:the|early|mid|late))?[ \t-]*$")
# the characters a match of _PAST_REFERENCE or _RECIPIENT_BEFORE can end in (spaces and tabs, the
# last characters of their Chinese words), and the newline before which ``$`` matches too
_PAST_REFERENCE_LAST = frozenset(" \t\n年月前布台出的《")
_RECIPIENT_BEFORE_LAST = frozenset(" \t\n向致函")


def _search_ending(pattern: re.Pattern[str], lasts: frozenset[str], low: str, lo: int, p: int) -> re.Match[str] | None:
    """``pattern.search(low, lo, p)`` for a pattern whose every match ends at ``p`` (``$``) in one
    of ``lasts``: searched only when the character before ``p`` is one (most names: no search of
    the 24 code points before them)."""
    if p <= lo or low[p - 1] not in lasts:
        return None
    return pattern.search(low, lo, p)


# a verb of its own before a date in brackets: "(answered 22 January 2026)", "(last updated on 3 May)"
# (or the date in brackets of a numbered unit of a schedule: "Week 1 (January 13)", "Session 4 (3 March)")
_ASIDE_VERB = re.compile(r"[(（][ \t]*(?:last[ \t]+)?([a-z]{3,}ed)[ \t]+(?:on[ \t]+)?$"
                         r"|\b(?:week|day|session|lecture|class|module|unit|seminar|meeting)[ \t]+\d{1,2}[ \t]*[(（][ \t]*$")
# ... the unit's date when a title follows its bracket ("**Week 1 (January 13) — Where we start.**"; not
# a timeline's "Day 4 (January 23, 2025): Trump signed …")
_TITLED_AFTER = re.compile(r"[ \t]*[)）][ \t*]*[—–-]")
# ... in Chinese, two to eight characters before the date in brackets that close right after it
# ("（封面标注2025年7月）"), unless they are only a preposition or an adverb of time ("（于2025年7月）",
# "（预计2026年）") or end in one ("（公告于2025年2月6日）")
_BRACKET_CLOSES = re.compile(r"[ \t]*[)）]")
_ASIDE_ZH = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})$")
_ASIDE_ZH_FUNCTION = frozenset("于 於 在 自 从 從 截至 截止 直到 到 至 约 約 大约 大約 即 预计 預計 计划 計劃 原定 最早 最迟 最遲 当时 當時 时间 時間 日期 时间为 日期为 发布于 发布时间".split())
# a cue right before 后/前/时 names another time ("行动计划公布后": after the release)
_TIME_OF_ITS_OWN = re.compile(r"[ \t]*(?:之)?(?:后|後|前|时|時|以后|以後|以前|之际|之際)")
# a cut-off before a date: 截至3月15日, "as of March 15" (what holds by then, no event of its own)
_CUTOFF_DATE = re.compile(r"(?:截至|截止到|截止至)[ \t]*$|\bas (?:of|at)[ \t]+$")
# an English relative clause opening after a comma: the noun before the comma is what its verb acts on
_RELATIVE_OPENING = re.compile(r",[ \t]+(which|that)[ \t]+[^,;:()\n]*$")
# the clause's own subject right after "which": an article or a pronoun ("which the authorities
# published", "which it filed"), or a name (a capital in the text: "which NITRD posted"), not a verb
# ("which released", "which was signed")
_OWN_SUBJECT = re.compile(r"[ \t]+(?:the|a|an|it|they|he|she|we|you|its|their|this|these|those|officials)\b")


def _relative_antecedent(ctx: "DocContext", w: Window) -> str | None:
    """The plural common noun (a catalog term, no entity's name) that ends right before ", which"
    (or ", that") when the date is in that relative clause, with no comma between, and the clause
    has a subject of its own before its verb, so that the noun is what the verb acts on ("10,000
    responses, which the authorities published in April 2025": responses). None otherwise: a clause
    whose verb follows "which" ("The White House, which released the plan on …", "which was signed
    on …") or a noun that names an entity ("Executive Order 14179, which the President signed …")."""
    lo = max(w.sentence[0], w.start - 80)
    if ctx.low.find("which", lo, w.start) < 0 and ctx.low.find("that", lo, w.start) < 0:
        return None
    m = _RELATIVE_OPENING.search(ctx.low, lo, w.start)
    if m is None:
        return None
    q = m.end(1)
    while q < w.start and ctx.text[q] in " \t":
        q += 1
    if not (_OWN_SUBJECT.match(ctx.low, m.end(1)) or ctx.text[q:q + 1].isupper()):
        return None
    comma = m.start()
    longest = None
    for p, t in ctx.terms_between(max(0, comma - 40), comma):
        if p + len(t) == comma and (longest is None or len(t) > len(longest)):
            longest = t
    if longest is None or not _is_latin(longest) or not longest.endswith("s") or longest in ctx.catalog.entity_terms:
        return None
    return longest


def _fits_antecedent(s: "CatalogSubject", antecedent: str) -> bool:
    """The subject's event may act on the noun: the noun is one of its cues or a word of one
    ("published the comments")."""
    return antecedent in s.any_set or any(
        re.search(r"(?<![a-z])" + re.escape(antecedent) + r"(?![a-z])", t) for t in s.any_set if " " in t)


def _foreign_verb(low: str, lo: int, p: int) -> re.Match[str] | None:
    """``_FOREIGN_VERB.search(low, lo, p)``, searched only when "ing" occurs there (every match
    holds its verb in -ing; a Chinese text or most English clauses: no search)."""
    if low.find("ing", lo, p) < 0:
        return None
    return _FOREIGN_VERB.search(low, lo, p)


# ... in Chinese, an event's verb right after the date ("于12月5日晚举行", "3月9日召开")
_EVENT_VERB_AFTER_ZH = re.compile(r"[ \t]*(?:晚|晚间|上午|下午|中午|当天|起)?[ \t]*"
                                  r"(举行|召开|举办|开幕|闭幕|开庭|座谈|会见|出席|访问|见面|开讲|开课|主持)")
# a verb of saying and "that" between a speaker and what is said ("told the White House that", "argued that")
_SAID_THAT = re.compile(r"\b(?:said|says|say|told|tells|tell|argued|argues|argue|warned|warns|noted|notes|wrote|writes|"
                        r"claimed|claims|stated|states|believes|believed|predicted|predicts|expects|expected|"
                        r"insisted|insists|added|adds|explained|explains)\b[^.;:!?]{0,40}?\bthat\b")
# a comparison's base right before an entity (比H20早, 較H20晚, "earlier than the H20")
_COMPARED_WITH = re.compile(r"(?:比|较|較|\bthan(?:[ \t]+the)?[ \t]+)$")
# words before an entity that make it the one told, asked or written to, not what a figure is about
_RECIPIENT_BEFORE = re.compile(
    r"(?:\b(?:told|tells|telling|tell|informed|urged|urges|asked|asks|wrote to|writes to|letter to|submitted to|"
    r"submission to|comments to|filed with|petitioned)[ \t]+(?:the[ \t]+)?|向|致|致函)$")


# a topic that points back to the plan or order named before ("on the plan", "on the new plan", 就该计划)
_TOPIC_BACKREF = re.compile(r"[ \t]*(?:(?:what|how|which|whether|where|why)[ \t]+(?:[a-z-]+[ \t]+){0,2}?)?"
                            r"(?:the|this|that|its|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:plan|order|strategy)\b"  # ("on what the plan should contain")
                            r"|(?:该|此|这一|這一|該)(?:计划|計劃|行政令|行政命令|战略|戰略)")
# a Chinese date right before 的 and a model's or product's name (letters and a digit: GPT-4, H20, DeepSeek-R1)
_DATE_OF_PRODUCT_ZH = re.compile(r"的[ \t]*([a-z][a-z0-9.+-]*\d[a-z0-9.+-]*)")
_APPOSITIVE = re.compile(r"[ \t]*(?:a|an|the)[ \t]+[a-z]")  # a clause opening with an article: an appositive
_NAME_THEN_COMMA = re.compile(r"[ \t]*,[ \t]*")
_RELATIVE_AFTER_COMMA = re.compile(r"[ \t]*(?:which|that)[ \t]|[ \t]*(?=(?:first[ \t]+)?[a-z]+ed[ \t]+(?:by|on|in)[ \t])")  # (the clause's own subject after it: _OWN_SUBJECT)
_SUBORDINATE = re.compile(r"(?<![a-z])(?:when|after|before|as|while|because|since|if|whereas|where)(?![a-z])")
_ENUMERATION_NEXT = re.compile(r"[ \t*]*(?:第[二三四五六七八九十]+(?:条|点|項|项|个|個)|其[二三四五六七八九十]|(?:second|third|fourth|fifth)(?:ly)?[ ,])")
_PP_BEFORE = re.compile(r"(?<![a-z])(?:of|on|for|about|to|into|under|with)[ \t]+(?:(?:an?|the)[ \t]+)?$")
_PARTICIPLE_AFTER = re.compile(r"(?:first[ \t]+)?[a-z]+ed[ \t]+(?:by|on|in)[ \t]")  # ("EO 14110, signed by President Biden on …")
_PASSIVE_AFTER = re.compile(r"[ \t]*(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+(?:first[ \t]+)?[a-z]+ed[ \t]")  # ("which was signed on")
_DOCUMENT_KINDS = frozenset({"document", "rule", "order", "policy", "program"})
_CLAUSE_MARK = re.compile(r"[,，;；。:：]")
_OTHER_REACH = 1500  # how far back the last mention of a claim's document is looked for (a few paragraphs)


def _last_named_other(ctx: DocContext, s: CatalogSubject, ent_sent: dict[str, float], lo: int, at: int) -> bool:
    """The subject's own document or rule (its entity, or one of ``about``), not named in the
    claim's sentence, was last named between ``lo`` and ``at`` (the _OTHER_REACH code points before
    the claim) as another one of its kind ("a new request for information on …"): the claim is
    about that other one ("OpenAI … had filed a 14-page comment in the January consultation", two
    paragraphs after "An OSTP request for information on infrastructure bottlenecks")."""
    for e in (s.spec.entity, *s.spec.about):
        if e in ent_sent:
            continue
        last_other = -1
        k = bisect.bisect_left(ctx.other_pos, at) - 1
        while k >= 0 and ctx.other_pos[k] >= lo:
            if ctx.other_hits[k][1] == e:
                last_other = ctx.other_pos[k]
                break
            k -= 1
        if last_other < 0:
            continue
        # named again as itself after the other one: the claim may be about it
        j = bisect.bisect_left(ctx.epos, at) - 1
        while j >= 0 and ctx.epos[j] > last_other and ctx.entity_hits[j][1] != e:
            j -= 1
        if j < 0 or ctx.epos[j] <= last_other:
            return True
    return False


_SPEECH_BEFORE = re.compile(r"(?:表示|说|說|称|稱|认为|認為|指出|透露|强调|強調)$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n:;]\s{0,2}|[\"“(]\s?)$")
_NOT_NAMES = frozenset("january february march april may june july august september october november december monday "
                       "tuesday wednesday thursday friday saturday sunday the he she his her it its they their this that "
                       "in on at for with after before when while and but president senator white house office".split())
_PRONOUN_NOT_BEFORE_ZH = frozenset("其吉利排")  # 其他, 吉他, 利他, 排他
_PRONOUN_NOT_AFTER_ZH = frozenset("们們人国國方处處乡鄉日者的家妈媽爸俩倆")  # 他们, 他人, 他国, 他的 …


_ANNIVERSARY = re.compile(r"周年|週年|anniversary|anniversaries")


def _anniversary_date(low: str, w: "Window") -> bool:
    """The date is an anniversary's: it labels an entry that speaks of one ("1月23日：…签署满一周年"), or an
    anniversary is named before it in its clause ("the first anniversary of the order, January 23, 2026"),
    and the date has no verb of its own ("2025年1月23日签署的…迎来一周年", "signed on January 23, 2025";
    "于2025年1月20日签署一周年之际" is the signing's date)."""
    label_end = _after_label(low, w)
    if label_end != w.clause[1]:
        hit = _ANNIVERSARY.search(low, w.end, label_end) is not None
    else:
        hit = _ANNIVERSARY.search(low, w.clause[0], w.start) is not None
    if not hit and _IS_ANNIVERSARY.match(low, w.end):
        stop = _ANNIVERSARY_STOP.search(low, w.end, min(len(low), w.end + 80))
        hit = _ANNIVERSARY.search(low, w.end, stop.start() if stop else min(len(low), w.end + 80)) is not None
        # (up to the clause's end, across a line's wrap: "今天是…國家協調辦公室把AI行動計畫⏎意見書全部公開上網的一週年：")  # "今天是NITRD公开全部意见一周年", "today marks
        # the first anniversary of …": the date is the anniversary
    if not hit:
        bracket = _BRACKETED_LABEL.match(low, w.end)
        if bracket is not None and _LABEL_BEFORE_BRACKET.fullmatch(low, low.rfind("\n", 0, w.start) + 1, w.start):
            # a changelog's entry dated in brackets ("- v0.4.0（2026-01-23）EO 14179 签署一周年，…"): the entry is labelled
            m = _LABEL_END.search(low, bracket.end(), min(len(low), bracket.end() + 200))
            hit = _ANNIVERSARY.search(low, bracket.end(), m.start() if m else min(len(low), bracket.end() + 200)) is not None
    return (hit and not _OWN_VERB_AFTER_ZH.match(low, w.end)
            and not _OWN_VERB_BEFORE_EN.search(low, max(0, w.start - 24), w.start))


def _after_label(low: str, w: "Window") -> int:
    """The end of a date's clause, or, for a date that labels what follows it ("1月23日：…", a timeline's
    entry), the end of the clause after the colon."""
    ce = w.clause[1]
    k = w.end
    while k < len(low) and (low[k] in " \t*" or (low[k] in "之以前后起" and k - w.end < 3)):
        k += 1  # ("7月下旬之后：…": a limit word between the date and its colon)
    if k < len(low) and low[k] in ":：" and k <= ce + 2:
        m = _LABEL_END.search(low, k + 1, min(len(low), k + 200))
        return m.start() if m is not None else min(len(low), k + 200)
    return ce


_OWN_VERB_AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{1,3}的")
_ANNIVERSARY_STOP = re.compile(r"[。！？；，：,;:!?]|\n[ \t]*\n")
_IS_ANNIVERSARY = re.compile(r"[ \t]*(?:是|为|正值|正是|恰逢|恰好是|迎来|(?:marks|is)(?![a-z]))")
_BRACKETED_LABEL = re.compile(r"[ \t]*[)）]")
_LABEL_BEFORE_BRACKET = re.compile(r"[ \t]*(?:[-*+•][ \t]+)?(?:[a-z]{0,3}[0-9][0-9a-z.\-]{0,12}[ \t]*)?[(（][ \t]*")
_OWN_VERB_BEFORE_EN = re.compile(r"[a-z]{2,}ed (?:on |in )?$")
_LABEL_END = re.compile(r"[,;，；。.!?！？\n]")


def _named_not_by_pronoun(ctx: "DocContext", s: CatalogSubject, ss: int, se: int, cue_terms) -> bool:
    """The sentence names one of ``s``'s entities by name, or by an object pronoun right after one of its
    cues ("nominated him", 提名他)."""
    low = ctx.low
    for q, e in ctx.entities_between(ss, se):
        if e not in s.entities:
            continue
        if q not in ctx.pronoun_pos:
            return True
        head = low[max(ss, q - 14):q].rstrip()
        if any(head.endswith(t) for t in cue_terms):
            return True
    return False


_DESCRIPTION_REACH = 400  # code points from a mention (or the description before) to a description


def _breakers_re(catalog: Catalog) -> "re.Pattern[str] | None":
    """``description_breakers`` as one pattern (English words whole, not in a hyphenated compound), kept on
    the catalog: searched only between a mention and a description that would refer back to it."""
    got = catalog._cache.get("description_breakers", False)
    if got is False:
        words = sorted(catalog.description_breakers, key=lambda w: (-len(w), w))
        en = [re.escape(w) for w in words if w.isascii()]
        zh = [re.escape(w) for w in words if not w.isascii()]
        parts = ([rf"(?<![\w-])(?:{'|'.join(en)})(?![\w-])"] if en else []) + (["|".join(zh)] if zh else [])
        got = catalog._cache["description_breakers"] = re.compile("|".join(parts)) if parts else None
    return got


def _word_starts(low: str, w: str) -> list[int]:
    """Where ``w`` occurs in ``low`` as a word: an ASCII word not inside a longer one nor a hyphenated
    compound ("the rule-making docket" holds no "rule"); a Chinese word anywhere."""
    out = []
    q = low.find(w)
    asc = w.isascii()
    while q >= 0:
        e = q + len(w)
        if not asc or ((q == 0 or not (low[q - 1].isalnum() or low[q - 1] == "-"))
                       and (e >= len(low) or not (low[e].isalnum() or low[e] == "-"))):
            out.append(q)
        q = low.find(w, e)
    return out


_QUALIFIED_AFTER = re.compile(r"\s+(?:for|of|to)\b")  # "the plan for compute", "the order of 1945": another one


def _determiner_before(low: str, q: int, dets: tuple[str, ...]) -> int | None:
    """Where a determiner of ``dets`` ends right before ``q`` starts ("the plan", "this order", 该计划,
    这份计划), or None. An English determiner is a whole word followed by one space."""
    for d in dets:
        if d.isascii():
            a = q - len(d) - 1
            if a >= 0 and low[q - 1] == " " and low.startswith(d, a) and (a == 0 or not low[a - 1].isalnum()):
                return a
        elif low.startswith(d, q - len(d)) and q >= len(d):
            return q - len(d)
    return None


def _object_pronoun_at(low: str, p: int, w: str) -> bool:
    """``w`` at ``p`` is an object pronoun: a whole English word ("him"), or a Chinese 他/她 right after a
    Han character (a verb or preposition: 提名他, 任命她, 与他) that makes no other word with it."""
    e = p + len(w)
    if w.isascii():
        return (p == 0 or not low[p - 1].isalnum()) and (e >= len(low) or not low[e].isalnum())
    if p == 0 or not ("\u4e00" <= low[p - 1] <= "\u9fff") or low[p - 1] in _PRONOUN_NOT_BEFORE_ZH:
        return False
    return e >= len(low) or low[e] not in _PRONOUN_NOT_AFTER_ZH


def _anaphor_names(ctx: DocContext, entity: str, ss: int, se: int) -> bool:
    """The sentence [ss, se) holds a word that refers back to the last entity of ``entity``'s kind
    (catalog ``anaphors``: "the company", 该公司), and that entity, named in the 600 code points
    before the sentence, is ``entity``."""
    cat = ctx.catalog
    kind = cat.entities[entity].kind
    words = cat.anaphors.get(kind)
    if not words:
        return False
    low = ctx.low
    found = False
    for wd in words:
        p = low.find(wd, ss, se)
        while p >= 0 and not found:
            e = p + len(wd)
            if not wd.isascii() or ((p == 0 or not low[p - 1].isalnum()) and (e >= len(low) or not low[e].isalnum())):
                found = True
            p = low.find(wd, p + 1, se)
        if found:
            break
    if not found:
        return False
    i = bisect.bisect_left(ctx.epos, ss) - 1
    while i >= 0 and ctx.epos[i] >= ss - 600:
        e = ctx.entity_hits[i][1]
        if cat.entities[e].kind == kind:
            return e == entity
        i -= 1
    return False


# a later clause that says something else of its own: joined by 、 as another item of a list, by a
# conjunction that opens another action (并将…列为第三支柱; not "均属于第三支柱", "并且都属于第一支柱", "all under Pillar III"),
# or holding a figure of its own (其中支柱一15项)
_ANOTHER_PREDICATE = re.compile(r"[，,]\s*(?:并将|並將|并把|並把|并于|並於|另外|此外|其中)")
_DATE_SPAN = 14  # the longest Chinese date a verb right after it belongs to (2025年12月22日)
_DATE_END_ZH = frozenset("年月日号號底初旬")  # (2024年推出, 2月6日发布, 7月底公布)


_COORDINATE_DATE = re.compile(r"[,;]?[ \t]+(?:and|then|while|but|before)[ \t]+(?:on|in|by)[ \t]+$")


def _attached_elsewhere(others: list[int], cue_start: int, cue_end: int, w: Window, low: str = "") -> bool:
    """Another figure starts at most _ATTACH_BEFORE code points after a cue that ends at
    ``cue_end``, and the cue is not the claim's own (right before it, or at most _ATTACH_AFTER
    after it: 于2月6日发布): the cue is that figure's verb ("closed on March 15"), when that figure
    is in the claim's sentence."""
    i = bisect.bisect_left(others, cue_end)
    if low and w.start >= cue_end:
        co = _COORDINATE_DATE.search(low, max(w.sentence[0], w.start - 16), w.start)
        if co is not None and cue_end <= co.start():
            j = bisect.bisect_left(others, cue_start) - 1
            if j >= 0 and others[j] >= w.sentence[0]:
                return True  # "On January 23, 2025, the President signed EO 14179, and on February 6 the science
                # office asked …": a clause of its own opened by its date; "signed" is January 23's
    if w.start >= cue_end and _verb_of_date_before(others, i - 1, cue_start, w, low):
        return True  # "這款2024年推出、專為中國市場設計的晶片，2025年4月被要求出口許可": 推出 is 2024's, though
        # it stands within _ATTACH_BEFORE before the 2025年4月
    if w.start >= cue_end and w.start - cue_end <= _ATTACH_BEFORE:
        return False
    if w.end <= cue_start < w.end + _ATTACH_AFTER:
        return False
    # (a date past the sentence's end does not take its verb: "**March 25.** The comment window
    # closes.\n\n**April 25.** …")
    # (nor one past a clause mark: "于2月6日在《联邦公报》刊登资料征集（RFI），公众可在3月15日或之前提交意见":
    # 刊登 is not March 15's)
    if (i < len(others) and others[i] - cue_end <= _ATTACH_BEFORE and not (w.start <= others[i] < w.end)
            and others[i] < w.sentence[1] and not _CLAUSE_MARK.search(low, cue_end, others[i])):
        return True
    # a Chinese verb right after another date of the sentence is that date's ("2024年推出的H20…，其出口许可
    # 政策在2025年经历反复": 推出 dates the launch in 2024, not 2025): a date ending within _ATTACH_AFTER
    # before the cue (its start at most _DATE_SPAN before it), no clause mark between
    return _verb_of_date_before(others, i - 1, cue_start, w, low)


def _figure_right_after(low: str, numbers: list[int], cue_end: int) -> bool:
    """Another figure starts right after the cue that ends at ``cue_end`` (spaces between only)."""
    i = bisect.bisect_left(numbers, cue_end)
    return i < len(numbers) and numbers[i] - cue_end <= 3 and not low[cue_end:numbers[i]].strip(" \t")


def _cue_of_another_figure(low: str, numbers: list[int], cue_end: int, w: Window) -> bool:
    """Another figure, between the cue and the claim, starts right after the cue (at most
    _ATTACH_BEFORE_Q code points between, bold marks aside, no digit, clause mark or space): the cue
    is that figure's own."""
    if cue_end > w.start:
        return False  # (only a cue before the claim, attached to a figure between: after it, 暂停期是一种 would count)
    i = bisect.bisect_left(numbers, cue_end)
    if i >= len(numbers) or numbers[i] >= w.start:
        return False
    n = numbers[i]
    return _attached_gap(low, cue_end, n)


def _verb_of_date_before(others: list[int], j: int, cue_start: int, w: Window, low: str) -> bool:
    """The date ``others[j]`` of the claim's sentence, not the claim, ends right before the cue (its
    last character 年/月/日…, no clause mark between): a Chinese verb after a date is that date's."""
    return (j >= 0 and cue_start - others[j] <= _DATE_SPAN and others[j] >= w.sentence[0]
            and not (w.start <= others[j] < w.end) and low[cue_start - 1:cue_start] in _DATE_END_ZH
            and not _CLAUSE_MARK.search(low, others[j], cue_start))


def _figure_in_clause(ctx: DocContext, numbers: list[int], p: int, w: Window, ss: int, se: int) -> bool:
    """Another figure starts in the clause of the sentence [ss, se) that holds position ``p``."""
    c0, c1 = ctx.clause(p, p, ss, se)
    i = bisect.bisect_left(numbers, c0)
    while i < len(numbers) and numbers[i] < c1:
        if not (w.start <= numbers[i] < w.end):
            return True
        i += 1
    return False


def _between(others: list[int], p: int, w: Window, skip: tuple[int, int] = (0, 0)) -> bool:
    """Another figure starts strictly between position ``p`` and the claim (outside ``skip``)."""
    lo, hi = (p, w.start) if p < w.start else (w.end, p)
    i = bisect.bisect_right(others, lo)
    while i < len(others) and others[i] < hi:
        if not (w.start <= others[i] < w.end) and not (skip[0] <= others[i] < skip[1]):
            return True
        i += 1
    return False


def _nearest(items: list[tuple[int, str]], pos: int, lo: int, hi: int) -> str | None:
    best = None
    for p, v in items:
        if lo <= p < hi:
            d = abs(p - pos)
            if best is None or d < best[0]:
                best = (d, v)
    return best[1] if best else None


def _open_entity(ctx: DocContext, w: Window) -> str | None:
    """The entity of an open key: the nearest one in the claim's clause; outside the clause, the
    sentence's subject comes first: an entity before the claim, then one after it ("Nvidia's
    revenue reached $41.1 billion, up 56% ..., more than BIS has spent"); a country only in the
    clause. Each, the nearest to the claim's start (the first on a tie): one pass over the
    sentence's entities."""
    kinds = ctx.catalog.entities
    pos = w.start
    cs, ce = w.clause
    # "That figure is up 6% … even as the same request cuts NSF's budget": an entity across a
    # contrasting conjunction belongs to the other statement
    ents = ctx.entities_between(w.sentence[0], w.sentence[1])
    if not ents:
        return None  # most figures: no entity in the sentence, no conjunction to look for
    starts, ends = ctx.matches(_CONTRAST)
    lo = bisect.bisect_left(starts, w.sentence[0])
    contrasts = [starts[i] for i in range(lo, bisect.bisect_left(starts, w.sentence[1])) if ends[i] <= w.sentence[1]]
    in_clause = before = anywhere = country = None  # (distance, entity)
    for p, e in ents:
        if contrasts and any(min(p, pos) < c < max(p, w.end) for c in contrasts):
            continue
        d = abs(p - pos)
        if kinds[e].kind == "country":
            if cs <= p < ce and (country is None or d < country[0]):
                country = (d, e)
            continue
        if cs <= p < ce and (in_clause is None or d < in_clause[0]):
            in_clause = (d, e)
        if p < pos and (before is None or d < before[0]):
            before = (d, e)
        if anywhere is None or d < anywhere[0]:
            anywhere = (d, e)
    for found in (in_clause, before, anywhere, country):
        if found is not None:
            return found[1]
    return None


def open_key(
    ctx: DocContext, unit: str | None, unit_kind: str | None, concept: str | None, w: Window
) -> Assignment:
    """A language-neutral key for a claim no catalog subject fits."""
    catalog = ctx.catalog
    entity = _open_entity(ctx, w)
    if concept is None:
        kinds = unit_kind or "date"
        # a date's event may sit outside its clause ("published the “…” on July 10"): for dates,
        # the sentence's date concepts (release, signing, ...) when the clause has none
        # (there only concepts that name the date kind; a kind-less one like "power" needs the clause)
        spans = [w.clause] if kinds != "date" else [w.clause, w.sentence]
        cpos, cids = ctx.concept_hits()
        for n, (lo, hi) in enumerate(spans):
            cons = []
            for k in range(bisect.bisect_left(cpos, lo), bisect.bisect_left(cpos, hi)):
                p = cpos[k]
                if w.start <= p < w.end:
                    continue  # the claim's own words ("up to" is a hedge, not growth)
                for cid in cids[k]:
                    c = catalog.concepts[cid]
                    if kinds in c.kinds or (not c.kinds and n == 0):
                        cons.append((p, cid))
            concept = _nearest(cons, w.start, lo, hi) if cons else None  # (most clauses: no concept)
            if concept is not None:
                break
    key = f"open:{entity or '_'}:{concept or '_'}:{unit or (unit_kind or 'number')}"
    return open_assignment(key, entity, concept)

"""Subject assignment: which catalog subject a figure or date is about, else a language-neutral
open key.

Every cue, entity name and concept word of the catalog is found ONCE per document (one
alternation over the ASCII-lowercased normalised view; a term found inside a longer term is found
too). A claim then looks at the terms around it:

* location weights: same clause 1.0, same sentence 0.6, same paragraph (or the 600 code points
  before the sentence) 0.3 for entities, 0.2 for cues;
* a subject is a candidate when its kind matches, its unit family matches the claim's unit, every
  ``all`` group of one language is present in its cue window (sentence, or paragraph), no
  ``negative`` cue is in the claim's clause (the sentence for ``negative_window: sentence`` and
  paragraph-window subjects), the claim's clause names no other specific entity (company, agency, product,
  order), and, if ``require_entity``, its entity (or a related one) is named in the context;
* a count of ten or less only goes to subjects marked ``small_counts``; a cue outside the clause
  with another figure between it and the claim counts as paragraph-level (it belongs to that
  figure);
* score = cue weights (distinct terms) + entity weight + unit bonus (0.5 exact, 0.25 parent);
  a subject needs cue weight >= 0.5 (when it has cues) and score >= ``THRESHOLD``;
* the best score wins; ties go to the subject named first in the catalog (deterministic).

Open key: ``open:<entity>:<concept>:<unit>`` with the nearest entity (clause, then sentence), the
concept of the counted noun (else the nearest concept word in the clause whose kinds fit the
unit; a concept further away is too often another figure's), and the unit
id (``date`` for dates); ``_`` where nothing is found. Entity and concept ids are the same in
every language, so the same uncatalogued fact gets the same key in English and Chinese.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from claims.catalog import Catalog, CatalogSubject

__all__ = ["DocContext", "Assignment", "assign_subject", "open_key", "THRESHOLD", "doc_context"]

THRESHOLD = 1.2
_CJK = re.compile(r"[\u3400-\u9fff]")
W_CLAUSE, W_SENT, W_PARA_ENTITY, W_PARA_CUE = 1.0, 0.6, 0.3, 0.2
# clause delimiters: a comma between two digits is a thousands separator, not a delimiter
_CLAUSE = re.compile(r"[，、；;：:()（）\[\]【】“”\"—]|,(?!\d)|(?<!\d),")


def _is_latin(t: str) -> bool:
    return not _CJK.search(t)


class _TermIndex:
    """One alternation of every term of the catalog, with the terms each term contains."""

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
        terms.discard("")
        ordered = sorted(terms, key=lambda t: (-len(t), t))
        alts = []
        for t in ordered:
            esc = re.escape(t)
            if _is_latin(t):
                alts.append(r"(?<![a-z0-9])" + esc + r"(?![a-z0-9])")
            else:
                alts.append(esc)
        self.regex = re.compile("|".join(alts))
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
        self.entity_patterns = [(e.id, p) for e in catalog.entities.values() for p in e.patterns]


def _term_index(catalog: Catalog) -> _TermIndex:
    ti = catalog._cache.get("terms")
    if ti is None:
        ti = catalog._cache["terms"] = _TermIndex(catalog)
    return ti


class DocContext:
    """The terms of one normalised text, with positions, for subject assignment."""

    def __init__(self, catalog: Catalog, text: str, low: str):
        self.catalog = catalog
        self.text = text
        ti = _term_index(catalog)
        hits: list[tuple[int, str]] = []
        for m in ti.regex.finditer(low):
            p = m.start()
            for off, t in ti.contained[m.group()]:
                hits.append((p + off, t))
        self.entity_hits: list[tuple[int, str]] = []
        for eid, pat in ti.entity_patterns:
            for m in pat.finditer(text):
                self.entity_hits.append((m.start(), eid))
        hits.sort()
        self.pos = [h[0] for h in hits]
        self.terms = [h[1] for h in hits]
        self.entity_hits.sort()
        self.epos = [h[0] for h in self.entity_hits]
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, pos) - 1
        s = self.line_starts[i]
        e = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.text)
        return s, e

    def clause(self, start: int, end: int, ss: int, se: int) -> tuple[int, int]:
        s = ss
        for m in _CLAUSE.finditer(self.text, ss, start):
            s = m.end()
        e = se
        m = _CLAUSE.search(self.text, end, se)
        if m:
            e = m.start()
        return s, e

    def terms_between(self, s: int, e: int) -> list[tuple[int, str]]:
        i = bisect.bisect_left(self.pos, s)
        j = bisect.bisect_left(self.pos, e)
        return list(zip(self.pos[i:j], self.terms[i:j]))

    def entities_between(self, s: int, e: int) -> list[tuple[int, str]]:
        out = []
        for p, t in self.terms_between(s, e):
            for eid in self.catalog.entity_terms.get(t, ()):
                out.append((p, eid))
        i = bisect.bisect_left(self.epos, s)
        j = bisect.bisect_left(self.epos, e)
        out.extend(self.entity_hits[i:j])
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


@dataclass
class Window:
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


_GENERIC_ENTITY_KINDS = frozenset({"country", "policy", "topic"})


def assign_subject(
    ctx: DocContext, kind: str, unit: str | None, w: Window, *, small: bool = False,
    others: list[int] | None = None,
) -> Assignment | None:
    """The best catalog subject for a claim in window ``w``, or None.

    ``small``: the claim is a count of ten or less (only ``small_counts`` subjects take it).
    ``others``: sorted starts of the other figures and dates of the text; a cue outside the
    claim's clause with another figure between it and the claim belongs to that figure (weight
    0.2 here)."""
    catalog = ctx.catalog
    cands = _by_kind(catalog).get(kind, [])
    if not cands:
        return None
    family = catalog.unit_family(unit)
    lo = min(w.context[0], w.paragraph[0])
    hi = max(w.paragraph[1], w.sentence[1])
    near = ctx.terms_between(lo, hi)
    ents = ctx.entities_between(lo, hi)
    clause_ents = {e for p, e in ents if w.clause[0] <= p < w.clause[1]
                   and catalog.entities[e].kind not in _GENERIC_ENTITY_KINDS}
    best: tuple[float, int, CatalogSubject, tuple[str, ...]] | None = None
    for order, s in enumerate(cands):
        if kind == "quantity":
            if not family or not set(s.unit) & set(family):
                continue
            if small and not s.spec.small_counts:
                continue
        if clause_ents and not clause_ents & set(s.entities):
            continue  # the clause names another entity: the figure is about that one
        para = s.spec.cue_window == "paragraph"
        win_lo = w.paragraph[0] if para else w.sentence[0]
        win_hi = w.paragraph[1] if para else w.sentence[1]
        neg_lo, neg_hi = (w.sentence if para or s.spec.negative_window == "sentence" else w.clause)
        present: dict[str, float] = {}
        negative = False
        for p, t in near:
            if s.negative and t in s.negative and neg_lo <= p < neg_hi:
                negative = True
                break
            if win_lo <= p < win_hi or (para and w.sentence[0] <= p < w.sentence[1]):
                wt = _loc_weight(p, w, W_PARA_CUE)
                if wt < W_CLAUSE and others and _between(others, p, w):
                    wt = W_PARA_CUE
                if wt > present.get(t, 0.0):
                    present[t] = wt
        if negative:
            continue
        if s.all and not any(all(any(t in present for t in g) for g in groups) for groups in s.all):
            continue
        cue_score = sum(wt for t, wt in present.items() if t in s.any)
        if s.any and cue_score < 0.5:
            continue
        ent_score = 0.0
        in_sentence_only = s.spec.entity_window == "sentence"
        for p, eid in ents:
            if in_sentence_only and not (w.sentence[0] <= p < w.sentence[1]):
                continue
            if eid in s.entities:
                f = 1.0 if eid == s.spec.entity else 0.7
                wt = _loc_weight(p, w, W_PARA_ENTITY) * f
                if wt > ent_score:
                    ent_score = wt
        if s.spec.require_entity and ent_score == 0.0:
            continue
        unit_score = 0.0
        if kind == "quantity" and unit:
            unit_score = 0.5 if unit in s.unit else 0.25
        all_score = 0.5 if s.all else 0.0
        score = cue_score + ent_score + unit_score + all_score
        if score < THRESHOLD:
            continue
        if best is None or score > best[0] + 1e-9:
            cues = tuple(sorted(t for t in present if t in s.any or any(t in g for gs in s.all for g in gs)))
            best = (score, order, s, cues)
    if best is None:
        return None
    score, _, s, cues = best
    return Assignment(s.id, "catalog", score, cues, s.spec.entity)


def _between(others: list[int], p: int, w: Window) -> bool:
    """Another figure starts strictly between position ``p`` and the claim."""
    lo, hi = (p, w.start) if p < w.start else (w.end, p)
    i = bisect.bisect_right(others, lo)
    while i < len(others) and others[i] < hi:
        if not (w.start <= others[i] < w.end):
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


def open_key(
    ctx: DocContext, unit: str | None, unit_kind: str | None, concept: str | None, w: Window
) -> Assignment:
    """A language-neutral key for a claim no catalog subject fits."""
    catalog = ctx.catalog
    ents = [(p, e) for p, e in ctx.entities_between(w.sentence[0], w.sentence[1])
            if catalog.entities[e].kind not in ("country",)]
    entity = _nearest(ents, w.start, *w.clause) or _nearest(ents, w.start, *w.sentence)
    if concept is None:
        kinds = unit_kind or "date"
        cons = []
        for p, t in ctx.terms_between(w.clause[0], w.clause[1]):
            for cid in catalog.concept_terms.get(t, ()):
                c = catalog.concepts[cid]
                if not c.kinds or kinds in c.kinds:
                    cons.append((p, cid))
        concept = _nearest(cons, w.start, *w.clause)
    key = f"open:{entity or '_'}:{concept or '_'}:{unit or (unit_kind or 'number')}"
    return Assignment(key, "open", 0.0, (), entity, concept)

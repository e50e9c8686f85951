"""[Claim] -> [Finding]: value conflicts between documents, inside one document, against reference
facts, and the pre-publication check of drafts against a corpus.

Cost grows about linearly with the number of claims: claims are grouped by subject (a dict), then
by distinct value ("clusters"); within a subject, conflicting clusters are found with a sort and a
sweep over the intervals, never by comparing all pairs of claims. At most
``settings.max_findings_per_subject`` conflicting pairs are reported per subject.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable, Iterator, Sequence

from claims import compare as cmpv
from claims.messages import finish, make_finding
from claims.dates import told_as_still_to_come
from claims.model import Claim, DateRange, Finding, Identifier, Quantity, ReferenceFact, TextValue
from claims.rules import RuleSet, catalog_rules, rule_findings, subject_changes_over_time, subject_is_threshold, subject_side_cues
from claims.text import normalize


@dataclass
class Cluster:
    """Claims of one subject that state the same value."""

    key: str
    value: Any
    claims: list[Claim] = field(default_factory=list)

    @cached_property
    def docs(self) -> frozenset[str]:
        return frozenset(c.doc for c in self.claims)

    @cached_property
    def open(self) -> bool:
        return any(c.subject_source == "open" for c in self.claims)

    @cached_property
    def weak(self) -> bool:
        """Every claim of the cluster is on its catalog subject without its entity in its sentence
        (``subject_evidence`` context or earlier): too weak for a contradiction (PC135)."""
        return all(c.subject_evidence in _WEAK_EVIDENCE for c in self.claims)


_WEAK_EVIDENCE = frozenset({"context", "earlier"})
_INFERRED_YEAR = frozenset({"document_date", "reference_date"})


def _year_unwritten(cl: Cluster) -> bool:
    """Every date of the cluster is written without a year, which the document's date gave it
    ("Anthropic在三月提交", 3月15日截止: not a relative date, "today", "last year")."""
    return isinstance(cl.value, DateRange) and all(
        isinstance(c.value, DateRange) and c.value.anchor in _INFERRED_YEAR and not c.value.relative
        and c.value.month is not None
        # (not one the text puts after its own date and tells as still to come: "将于3月15日截止", in a text of
        # February 2026, says the deadline is still to come, a claim worth checking; "Anthropic（3月提交）" in a
        # retrospective of January 2026 says nothing of the year)
        and (c.doc_date is None or c.value.start is None or c.value.start <= c.doc_date
             or not told_as_still_to_come(c.sentence, c.start - c.sentence_start, c.end - c.sentence_start))
        for c in cl.claims)


def _agree_but_year(a: Cluster, b: Cluster | DateRange) -> bool:
    """``a``'s dates have no written year and their month and days meet ``b``'s in some year: the two
    differ only in what the text does not write (PC136)."""
    if not _year_unwritten(a):
        return False
    other = b if isinstance(b, DateRange) else b.value
    if not isinstance(other, DateRange) or other.start is None or other.end is None:
        return False
    return all(cmpv.date_meets_month_days(other, c.value) for c in a.claims)


# a negation right before a side cue turns it around ("cannot ship without review", 不能免审, "would not
# need government-to-government agreements"): the statement then says nothing sure of the side
_NEGATED = re.compile(r"(?:\b(?:not|cannot|can't|won't|never|no longer)\s+(?:[\w-]+\s+){0,2}|(?:不能|不可|无法|不得|不会|不再|并非|未能)\S{0,2})$")
# (the negation governs the cue: at most two words between, "would not need government-to-government
# agreements"; not "orders … not bound for China need no review")


def _states_side(c: Claim, words: frozenset[str]) -> bool:
    """The claim holds one of a threshold's side cues, not negated in its sentence."""
    found = words.intersection(c.cues)
    if not found:
        return False
    low = normalize(c.sentence).text.lower()  # (the folded, simplified form the cues are written in)
    for w in found:
        p = low.find(w)
        while p >= 0:
            if not _NEGATED.search(low, max(0, p - 48), p):
                return True
            p = low.find(w, p + 1)
    return False


class _Ctx:
    def __init__(self, catalog: Any, rules: RuleSet | None):
        self.catalog = catalog
        self.rules = rules if rules is not None else catalog_rules(catalog)
        self.settings = self.rules.settings
        self.conv = self.rules.conversions

        self._titles: dict[str, TextValue] = {}
        self._thresholds: dict[str, bool] = {}
        self._side_cues: dict[str, frozenset[str]] = {}

    def conflict(self, a: Any, b: Any, subject: str = "", sided: tuple[bool, bool] = (True, True)) -> bool | None:
        if isinstance(a, TextValue) and isinstance(b, TextValue):
            a, b = self._title(a), self._title(b)
        return cmpv.values_conflict(a, b, self.conv, self.settings.about_tolerance, threshold=self.threshold(subject),
                                    sided=sided)

    def sided(self, subject: str, cl: "Cluster") -> bool:
        """A threshold's statement says which side its rule covers: one of its claims holds one of the
        subject's ``side_cues`` (all do when the subject lists none)."""
        words = self._side_cues.get(subject)
        if words is None:
            words = self._side_cues[subject] = subject_side_cues(self.catalog, subject)
        return not words or any(_states_side(c, words) for c in cl.claims)

    def pair_sides(self, subject: str, a: "Cluster", b: "Cluster") -> tuple[bool, bool]:
        return (self.sided(subject, a), self.sided(subject, b)) if self.threshold(subject) else (True, True)

    def threshold(self, subject: str) -> bool:
        """The subject is a rule's bound (catalog ``threshold``): figures compared as bounds and sides."""
        got = self._thresholds.get(subject)
        if got is None:
            got = self._thresholds[subject] = bool(subject) and subject_is_threshold(self.catalog, subject)
        return got

    def _title(self, v: TextValue) -> TextValue:
        """Re-normalise a title with the catalog's title folds (e.g. "Artificial Intelligence" ->
        "AI"), so reference facts and claims are folded the same way."""
        got = self._titles.get(v.text)
        if got is None:
            got = v
            try:
                from claims.identifiers import title_normalized

                got = v.model_copy(update={"normalized": title_normalized(self.catalog, v.text)})
            except Exception:  # noqa: BLE001 - no catalog folds available: keep the given form
                pass
            self._titles[v.text] = got
        return got

    def changes(self, subject: str) -> bool:
        return subject_changes_over_time(self.catalog, subject)


# ---- public API ----------------------------------------------------------------------------------


def crosscheck(
    claims: Sequence[Claim], catalog: Any, *, reference: Sequence[ReferenceFact] | None = None, rules: RuleSet | None = None
) -> list[Finding]:
    """Every finding of a set of claims: between documents, inside documents, against reference."""
    ctx = _Ctx(catalog, rules)
    refs = _by_subject_refs(reference)
    out: list[Finding] = []
    multi = ctx.rules.multi_valued_subjects()
    groups = _group(claims)
    for subject, group in groups.items():
        if subject in multi or weak_open_key(subject):
            continue
        clusters = _clusters(group)
        out.extend(_pair_findings(ctx, subject, clusters))
        out.extend(_imprecise_findings(ctx, subject, clusters))
        for fact in refs.get(subject, ()):
            out.extend(_reference_findings(ctx, subject, clusters, fact))
    out.extend(_other_unit_findings(ctx, claims, groups, refs, multi, across_docs=True))
    out.extend(rule_findings(ctx.rules, claims))
    return finish(out)


def check_drafts(
    draft_claims: Sequence[Claim],
    corpus_claims: Sequence[Claim],
    catalog: Any,
    *,
    reference: Sequence[ReferenceFact] | None = None,
    rules: RuleSet | None = None,
) -> list[Finding]:
    """Findings that involve at least one draft claim: draft vs corpus, draft vs reference, and
    inconsistencies inside each draft. The corpus's own problems are left out.

    Corpus claims that contradict a reference fact are not held against the draft; when the corpus
    is divided (the draft agrees with some documents that contradict the others) the finding is
    ``possible`` (PC133), not a contradiction."""
    ctx = _Ctx(catalog, rules)
    refs = _by_subject_refs(reference)
    corpus = _group(corpus_claims)
    multi = ctx.rules.multi_valued_subjects()
    out: list[Finding] = []
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in draft_claims:
        by_doc[c.doc].append(c)
    for doc in sorted(by_doc):
        dclaims = by_doc[doc]
        out.extend(f for f in crosscheck(dclaims, catalog, rules=ctx.rules) if f.kind == "internal")
        for subject, group in _group(dclaims).items():
            if subject in multi or weak_open_key(subject):
                continue
            facts = refs.get(subject, [])
            evidence = [c for c in corpus.get(subject, []) if not any(ctx.conflict(c.value, f.value, subject) for f in facts)]
            ev_clusters = _clusters(evidence)
            for dc in _clusters(group):
                for fact in facts:
                    out.extend(_reference_findings(ctx, subject, [dc], fact))
                out.extend(_draft_vs_corpus(ctx, subject, dc, ev_clusters))
        out.extend(_other_unit_findings(ctx, dclaims, corpus, refs, multi))
    return finish(out)


# ---- grouping ------------------------------------------------------------------------------------


def weak_open_key(subject: str) -> bool:
    """An open key that names neither an entity nor an attribute ("open:_:_:nanometers"), or a
    date key that names no entity ("open:_:signing:date"): far too weak to compare claims on (7 nm
    and 5 nm in two articles, or the signing dates of two unnamed laws, are not a contradiction)."""
    if not subject.startswith("open:"):
        return False
    parts = subject.split(":")[1:-1]
    if subject.endswith(":date") and parts and parts[0] in ("_", ""):
        return True
    return bool(parts) and all(p in ("_", "") for p in parts)


def _group(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        groups[c.subject].append(c)
    return groups


def _by_subject_refs(reference: Sequence[ReferenceFact] | None) -> dict[str, list[ReferenceFact]]:
    out: dict[str, list[ReferenceFact]] = defaultdict(list)
    for f in reference or ():
        out[f.subject].append(f)
    return out


def _clusters(claims: Iterable[Claim]) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    for c in claims:
        k = cmpv.value_key(c.value)
        cl = by_key.get(k)
        if cl is None:
            cl = by_key[k] = Cluster(k, c.value)
        cl.claims.append(c)
    return [by_key[k] for k in sorted(by_key)]


# ---- conflicting pairs (sort + sweep) ------------------------------------------------------------


def _conflicting_pairs(ctx: _Ctx, clusters: list[Cluster], subject: str = "") -> Iterator[tuple[Cluster, Cluster]]:
    quantities: dict[str, list[tuple[cmpv.Interval, Cluster]]] = defaultdict(list)
    resolved: list[tuple[cmpv.Interval, Cluster]] = []
    others: list[Cluster] = []
    threshold = ctx.threshold(subject)  # bounds and sides: compared pair by pair, not swept
    for cl in clusters:
        v = cl.value
        if isinstance(v, Quantity) and not threshold:
            base = ctx.conv.get(v.unit or "", (v.unit, 1.0))[0]
            q = cmpv.convert(v, base, ctx.conv) or v
            quantities[base or ""].append((cmpv.quantity_interval(q, ctx.settings.about_tolerance), cl))
        elif isinstance(v, DateRange) and v.resolved:
            resolved.append((cmpv.date_interval(v, as_stated=threshold), cl))  # type: ignore[arg-type]
        else:
            others.append(cl)
    for items in [*quantities.values(), resolved]:
        yield from _sweep(items)
    # unresolved dates, titles, identifiers: few distinct values per subject; compare lazily
    for i, a in enumerate(others):
        pool = others[i + 1 :]
        if isinstance(a.value, DateRange):
            pool = pool + [cl for _, cl in resolved]
        for b in pool:
            if ctx.conflict(a.value, b.value, subject, ctx.pair_sides(subject, a, b)):
                yield a, b


def _sweep(items: list[tuple[cmpv.Interval, Cluster]]) -> Iterator[tuple[Cluster, Cluster]]:
    """Pairs of disjoint intervals, each pair once (from the lower one), in sorted order."""
    items = sorted(items, key=lambda t: (cmpv.interval_sort_key(t[0]), t[1].key))
    lows = [cmpv.interval_sort_key(iv)[0] for iv, _ in items]
    for i, (iv, cl) in enumerate(items):
        if iv.high is None:
            continue
        k = bisect.bisect_left(lows, iv.high - 1e-9 * max(abs(iv.high), 1.0))
        for j in range(max(k, i + 1), len(items)):
            jv, cj = items[j]
            if not cmpv.overlaps(iv, jv):
                yield cl, cj


# ---- findings between clusters -------------------------------------------------------------------


def _kind_code(v: Any) -> str:
    if isinstance(v, DateRange):
        return "PC102"
    if isinstance(v, TextValue):
        return "PC103"
    if isinstance(v, Identifier):
        return "PC104"
    return "PC101"


def _date_of(c: Claim) -> Any:
    return c.as_of or c.doc_date


def _same_moment(a: Iterable[Claim], b: Iterable[Claim]) -> bool:
    """True only when every cross-document pair is dated and at the same date."""
    bl = list(b)
    for x in a:
        for y in bl:
            if x.doc != y.doc and (_date_of(x) is None or _date_of(y) is None or _date_of(x) != _date_of(y)):
                return False
    return True


def _apart(a: Iterable[Claim], b: Iterable[Claim]) -> bool:
    """Every pair states its moment (``as_of``) and no two moments are the same: "500 staff in
    2023" and "600 staff in 2025" are two facts, not one fact stated twice."""
    bl = list(b)
    return all(x.as_of is not None and y.as_of is not None and x.as_of != y.as_of for x in a for y in bl)


def _projection(cs: Iterable[Claim]) -> bool:
    """Every claim is a figure stated for a later year than its document's ("BIS would cross 700
    staff for the first time in FY2027", in a 2026 article): a projection, not today's value."""
    return all(isinstance(c.value, Quantity) and c.as_of is not None and c.doc_date is not None
               and c.as_of.year > c.doc_date.year for c in cs)


def _projection_apart(a: Iterable[Claim], b: Iterable[Claim]) -> bool:
    """One side is a projection and the other is not, and they do not state the same moment: a
    figure for a later year against one of its own time. Two figures stated for the same year ("到
    2028年…五成左右" and "到2028年…达到甚至超越70%") are one moment, whoever wrote them when."""
    al, bl = list(a), list(b)
    if _projection(al) == _projection(bl):
        return False
    return not all(x.as_of is not None and x.as_of == y.as_of for x in al for y in bl)


def _orient(a: Cluster, b: Cluster) -> tuple[Cluster, Cluster]:
    """Which side is 'observed' (the odd one out: fewer documents) and which 'expected'."""
    ka = (len(a.docs), -max((c.doc_date.toordinal() if c.doc_date else 0) for c in a.claims), a.key)
    kb = (len(b.docs), -max((c.doc_date.toordinal() if c.doc_date else 0) for c in b.claims), b.key)
    return (a, b) if ka <= kb else (b, a)


def _pair_findings(ctx: _Ctx, subject: str, clusters: list[Cluster]) -> list[Finding]:
    out: list[Finding] = []
    cap = ctx.settings.max_findings_per_subject
    for a, b in _conflicting_pairs(ctx, clusters, subject):
        if len(out) >= cap:
            break
        cross = any(x != y for x in a.docs for y in b.docs)
        if not cross:
            if (a.open or b.open or a.weak or b.weak or _apart(a.claims, b.claims) or ctx.changes(subject)
                    or _projection_apart(a.claims, b.claims) or _agree_but_year(a, b) or _agree_but_year(b, a)):
                continue  # open keys inside one document: too weak to call; a series over time; a
                # state that changes (controls imposed in May, lifted in July)
            first, second = sorted([a, b], key=lambda cl: min(c.start for c in cl.claims))
            out.append(make_finding("PC111", subject, second.claims, first.claims))
            continue
        obs, exp = _orient(a, b)
        out.append(make_finding(_between_code(ctx, subject, obs, exp), subject, obs.claims, exp.claims))
    return out


def _between_code(ctx: _Ctx, subject: str, obs: Cluster, exp: Cluster, divided: bool = False, *, draft: bool = False) -> str:
    """``draft``: ``obs`` is a draft's, ``exp`` the corpus's; then only the draft's subject evidence
    can make the finding PC135 (the corpus is the desk's reference material, read with the same
    catalog; a draft is new text)."""
    if obs.open or exp.open:
        return "PC131"
    if obs.weak or (exp.weak and not draft):
        return "PC135"
    if isinstance(obs.value, DateRange) and (_agree_but_year(obs, exp) or (not draft and _agree_but_year(exp, obs))):
        return "PC136"
    if _apart(obs.claims, exp.claims) or _projection_apart(obs.claims, exp.claims):
        return "PC134"  # (a projection against a value of its own time: two moments too)
    if ctx.changes(subject) and not _same_moment(obs.claims, exp.claims):
        return "PC132"
    if divided:
        return "PC133"
    if isinstance(obs.value, Quantity) and ctx.threshold(subject):
        return "PC106"
    return _kind_code(obs.value)


_VAGUE = ("over", "at_least", "under", "at_most", "plus")


def _imprecise_findings(ctx: _Ctx, subject: str, clusters: list[Cluster]) -> list[Finding]:
    precise = [cl for cl in clusters if isinstance(cl.value, Quantity) and cmpv.is_precise(cl.value)]
    if not precise:
        return []
    out: list[Finding] = []
    precise.sort(key=lambda cl: (-len(cl.docs), cl.key))
    for v in clusters:
        if not isinstance(v.value, Quantity) or v.open or v.weak or v.value.hedge not in _VAGUE:
            continue
        for p in precise:
            if p is v or p.weak or not (p.docs - v.docs) or ctx.conflict(v.value, p.value, subject) is not False:
                continue
            pv = cmpv.convert(p.value, v.value.unit, ctx.conv)
            r = cmpv.imprecision_ratio(v.value, pv) if pv is not None else None
            if r is not None and r >= ctx.settings.imprecise_ratio:
                others = [c for c in p.claims if c.doc not in v.docs]
                out.append(make_finding("PC121", subject, v.claims, others))
            break
    return out


def _reference_findings(ctx: _Ctx, subject: str, clusters: list[Cluster], fact: ReferenceFact) -> list[Finding]:
    out: list[Finding] = []
    for cl in clusters:
        if cl.open:
            continue
        c = ctx.conflict(cl.value, fact.value, subject)
        if c:
            code = "PC135" if cl.weak else ("PC136" if _agree_but_year(cl, fact.value) else "PC105")
            out.append(make_finding(code, subject, cl.claims, (), reference=fact))
            continue
        if cl.weak:
            continue
        elif c is False and isinstance(cl.value, Quantity) and isinstance(fact.value, Quantity):
            pv = cmpv.convert(fact.value, cl.value.unit, ctx.conv)
            r = cmpv.imprecision_ratio(cl.value, pv) if pv is not None else None
            if r is not None and r >= ctx.settings.imprecise_ratio:
                out.append(make_finding("PC121", subject, cl.claims, (), reference=fact))
    return out


def _draft_vs_corpus(ctx: _Ctx, subject: str, dc: Cluster, corpus: list[Cluster]) -> list[Finding]:
    conflicting, supporting = [], []
    for cl in corpus:
        r = ctx.conflict(dc.value, cl.value, subject, ctx.pair_sides(subject, dc, cl))
        if r:
            conflicting.append(cl)
        elif r is False:
            supporting.append(cl)
    out: list[Finding] = []
    if conflicting:
        # one finding per draft value and rule, with every conflicting piece of evidence on the
        # other side (10,086 against both "10068 份" and "一萬多份" is one problem, not two)
        by_code: dict[str, list[Claim]] = {}
        for cl in conflicting[: ctx.settings.max_findings_per_subject]:
            divided = any(ctx.conflict(s.value, cl.value, subject, ctx.pair_sides(subject, s, cl)) for s in supporting)
            by_code.setdefault(_between_code(ctx, subject, dc, cl, divided, draft=True), []).extend(cl.claims)
        for code, evidence in by_code.items():
            out.append(make_finding(code, subject, dc.claims, evidence))
        return out
    if isinstance(dc.value, Quantity) and not dc.open and not dc.weak:
        for p in sorted(supporting, key=lambda cl: (-len(cl.docs), cl.key)):
            if not isinstance(p.value, Quantity) or not cmpv.is_precise(p.value):
                continue
            pv = cmpv.convert(p.value, dc.value.unit, ctx.conv)
            r = cmpv.imprecision_ratio(dc.value, pv) if pv is not None else None
            if r is not None and r >= ctx.settings.imprecise_ratio:
                out.append(make_finding("PC121", subject, dc.claims, p.claims))
            break
    return out


def _other_unit_findings(ctx: _Ctx, claims: Iterable[Claim], evidence_by_subject: dict[str, list[Claim]],
                         refs: dict[str, list[ReferenceFact]], multi: set[str], *, across_docs: bool = False) -> list[Finding]:
    """PC107: each figure whose unit its catalog subject does not take (``subject_other_unit``:
    months where the subject is in years, yuan where it is in dollars) against that subject's
    figures (of other documents, with ``across_docs``) and reference facts, after conversion
    (claims.compare.other_unit_conflict). A finding only when no conversion meets any of them and
    something was compared: one figure that meets some evidence is the same fact converted; figures
    stated for different moments are two facts."""
    out: list[Finding] = []
    for c in claims:
        subject = c.subject_other_unit
        if subject is None or subject in multi or not isinstance(c.value, Quantity) or ctx.threshold(subject):
            continue
        facts = refs.get(subject, [])
        level = _stated_as_level(ctx, c)
        fact_results = [(f, cmpv.other_unit_conflict(c.value, f.value, ctx.rules, ctx.settings.about_tolerance, level=level))
                        for f in facts if isinstance(f.value, Quantity)]
        evidence = [e for e in evidence_by_subject.get(subject, ())
                    if isinstance(e.value, Quantity)
                    and (not across_docs or (e.doc != c.doc and e.subject_evidence not in _WEAK_EVIDENCE))
                    and not any(ctx.conflict(e.value, f.value, subject) for f in facts)
                    and not _apart([c], [e]) and not _projection_apart([c], [e])
                    and not (ctx.changes(subject) and not _same_moment([c], [e]))]
        results = [(e, cmpv.other_unit_conflict(c.value, e.value, ctx.rules, ctx.settings.about_tolerance, level=level))
                   for e in evidence]
        if any(r is False for _, r in results) or any(r is False for _, r in fact_results):
            continue
        against = [e for e, r in results if r and cmpv.same_digits(c.value, e.value, ctx.settings.about_tolerance)]
        if against:
            out.append(make_finding("PC107", subject, [c], against[: ctx.settings.max_findings_per_subject]))
        for f, r in fact_results:
            if r and cmpv.same_digits(c.value, f.value, ctx.settings.about_tolerance):
                out.append(make_finding("PC107", subject, [c], (), reference=f))
    return out


def _stated_as_level(ctx: _Ctx, c: Claim) -> bool:
    """The figure is a percentage after one of rules.yaml ``ratio_level_before`` ("下降到原来的十分之一",
    "fell to 10% of"): it states the new level, not the change."""
    words = ctx.rules.ratio_level_before
    if not words:
        return False
    before = c.sentence[max(0, c.start - c.sentence_start - 12):c.start - c.sentence_start].rstrip().lower()
    return any(before.endswith(w) and (not w[-1].isascii() or len(before) == len(w) or not before[-len(w) - 1].isalnum())
               for w in words)


def draft_claims_of(f: Finding, draft_docs: set[str]) -> list[Claim]:
    return [c for c in f.claims if c.doc in draft_docs]

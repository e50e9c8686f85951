"""Units attached to a figure: what follows it (美元, %, 倍, 年, a classifier 份/家/名/颗 and the noun it
counts, "companies", "H100s") or precedes it ("$", "US$", "USD"). Words come from
``lexicon/units.yaml``; this module only reads them. Runs on the normalised view (simplified
script, NFKC) and on its ASCII-lowercased copy; both have the same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.catalog import Catalog, fold_term

__all__ = ["UnitMatch", "UnitLexicon", "unit_lexicon"]

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_CHAR = re.compile(r"[a-z0-9]")
# characters that end the search for a counted noun after a classifier
_STOP = set("，。、；：,.;:!?！？()（）《》“”\"「」[]【】\n")
_ZH_NOUN_WINDOW = 12
_EN_MODIFIER = re.compile(r"(?:[a-z][a-z'’-]*\s+){0,3}")
_EN_NOUN_SKIP_WORDS = frozenset(
    "of the a an and or to in on for by per each every year years month months than more less".split()
)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit: str | None
    start: int  # start of the unit's text (may be before the figure: "$")
    end: int  # end of the claim's surface text (after a classifier or unit word)
    concept: str | None = None
    noun_end: int | None = None  # end of the counted noun, when one was read
    scale: float = 1.0
    kind: str | None = None


_PLURAL_MAGNITUDES = ("hundreds", "thousands", "millions", "billions", "trillions")


def _is_latin(term: str) -> bool:
    return not _CJK.search(term)


class UnitLexicon:
    """The unit words of a catalog, compiled once per catalog."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        words: dict[str, str] = {}
        for u in catalog.units.values():
            for ws in u.words.values():
                for w in ws:
                    words.setdefault(fold_term(w), u.id)
        self.words = sorted(words.items(), key=lambda kv: -len(kv[0]))
        self.words_by_first: dict[str, list[tuple[str, str]]] = {}
        for w, u in self.words:
            self.words_by_first.setdefault(w[0], []).append((w, u))
        self.before = sorted(
            ((fold_term(b), u.id) for u in catalog.units.values() for b in u.before), key=lambda kv: -len(kv[0])
        )
        self.classifiers: dict[str, str] = {}
        for u in catalog.units.values():
            for c in u.classifiers:
                self.classifiers.setdefault(fold_term(c), u.id)
        self.scales = sorted(((fold_term(s.word), s.factor) for s in catalog.scales), key=lambda kv: -len(kv[0]))
        self.scale_firsts = {w[0] for w, _ in self.scales}
        # counted nouns (units) and concept words in one alternation, longest first
        nouns: dict[str, tuple[str | None, str | None]] = {}
        for u in catalog.units.values():
            for ws in u.nouns.values():
                for w in ws:
                    t = fold_term(w)
                    nouns[t] = (u.id, nouns.get(t, (None, None))[1])
        for term, cids in catalog.concept_terms.items():
            unit = nouns.get(term, (None, None))[0]
            nouns[term] = (unit, cids[0])
        self.nouns = nouns
        alts = []
        for t in sorted(nouns, key=lambda x: -len(x)):
            if _is_latin(t):
                alts.append(r"(?<![a-z0-9])" + re.escape(t) + r"(?![a-z0-9])")
            else:
                alts.append(re.escape(t))
        self.noun_re = re.compile("|".join(alts)) if alts else re.compile(r"(?!x)x")
        # a match starts with one of these characters (no flags); an empty term would match anywhere
        self.noun_firsts = frozenset(t[0] for t in nouns) if all(nouns) else None
        self.generic = {u.id for u in catalog.units.values() if u.id == "generic"}

    # ---------------------------------------------------------------------------------------

    def kind(self, unit: str | None) -> str | None:
        u = self.catalog.units.get(unit) if unit else None
        return u.kind if u else None

    def before_figure(self, low: str, start: int) -> tuple[str, int] | None:
        """A currency symbol or code right before the figure: (unit, start of the symbol)."""
        p = start
        if p > 0 and low[p - 1] == " ":
            p -= 1
        for sym, unit in self.before:
            s = p - len(sym)
            if s >= 0 and low.startswith(sym, s):
                if _is_latin(sym) and sym[0].isalpha() and s > 0 and _LATIN_CHAR.match(low[s - 1]):
                    continue  # "...usd" inside a word
                return unit, s
        return None

    def inside_figure(self, low: str, start: int, end: int) -> tuple[str, int] | None:
        """A currency symbol inside a figure's span, after its hedge ("about $40 million")."""
        span = low[start:end]
        for sym, unit in self.before:
            if not sym[-1].isalpha():
                i = span.find(sym)
                if i >= 0:
                    return unit, start + i
        return None

    def _word_at(self, low: str, p: int, right_after_digit: bool) -> tuple[str, str] | None:
        if p >= len(low):
            return None
        for w, unit in self.words_by_first.get(low[p], ()):
            if low.startswith(w, p):
                e = p + len(w)
                if _is_latin(w):
                    if w[-1].isalnum() and e < len(low) and _LATIN_CHAR.match(low[e]):
                        continue
                    if w == "x" and not right_after_digit:
                        continue
                return w, unit
        return None

    def _noun_at(self, low: str, p: int, limit: int) -> re.Match[str] | None:
        if p >= limit or (self.noun_firsts is not None and low[p] not in self.noun_firsts):
            return None
        return self.noun_re.match(low, p, limit)

    def after_figure(self, low: str, end: int) -> UnitMatch | None:
        """The unit after a figure ending at ``end`` (normalised offsets)."""
        n = len(low)
        p = end
        right_after = True
        while p < n and p - end < 2 and low[p] == " ":
            p += 1
            right_after = False
        if p == end and p + 1 < n and low[p] == "-" and "a" <= low[p + 1] <= "z":
            p += 1  # "15-page", "ten-year"
        scale = 1.0
        for w, f in (self.scales if p < n and low[p] in self.scale_firsts else ()):
            if low.startswith(w, p):
                e = p + len(w)
                if _is_latin(w) and e < n and _LATIN_CHAR.match(low[e]):
                    continue
                scale = f
                p = e
                while p < n and p - e < 1 and low[p] == " ":
                    p += 1
                break
        hit = self._word_at(low, p, right_after)
        if not hit and low.startswith("of ", p) and low[max(0, end - 10):end].endswith(_PLURAL_MAGNITUDES):
            # "hundreds of billions of dollars", "millions of euros": a currency after "of"
            q = p + 3
            while q < n and q - p < 5 and low[q] == " ":
                q += 1
            of_hit = self._word_at(low, q, False)
            if of_hit and self.kind(of_hit[1]) == "currency":
                hit, p = of_hit, q
        if hit:
            w, unit = hit
            e = p + len(w)
            return UnitMatch(unit, p, e, None, scale=scale, kind=self.kind(unit))
        ch = low[p] if p < n else ""
        if ch and ch in self.classifiers:
            unit = self.classifiers[ch]
            e = p + 1
            q = e
            if q < n and low[q] == "大":  # 三大支柱
                q += 1
            limit = q
            while limit < n and limit - q < _ZH_NOUN_WINDOW and low[limit] not in _STOP:
                limit += 1
            noun = None
            qq = q
            while qq < limit:
                if low[qq] == " ":
                    qq += 1
                    continue
                m = self._noun_at(low, qq, limit)
                if m and (qq == q or len(m.group()) > 1):  # a one-character noun only right after
                    noun = m
                    break
                qq += 1
            concept = None
            noun_end = None
            if noun:
                nunit, concept = self.nouns[noun.group()]
                if nunit and (unit in self.generic or unit in self.catalog.unit_family(nunit)):
                    unit = nunit
                noun_end = noun.end()
            return UnitMatch(unit, p, e, concept, noun_end, scale, self.kind(unit))
        # a counted noun right after the figure (CJK: "三大支柱"; Latin: up to 3 modifiers)
        if p < n:
            q = p + 1 if low[p] == "大" else p
            m = self._noun_at(low, q, min(n, q + 24))
            if m and self.nouns[m.group()][0]:
                unit, concept = self.nouns[m.group()]
                return UnitMatch(unit, p, m.end(), concept, m.end(), scale, self.kind(unit))
            if p < n and "a" <= low[p] <= "z":
                mm = _EN_MODIFIER.match(low, p, min(n, p + 60))
                stop = mm.end() if mm else p
                # try each word start up to `stop` (modifiers are skipped)
                for wm in re.finditer(r"[a-z][a-z'’-]*", low[p : stop + 30]):
                    ws = p + wm.start()
                    if ws > stop:
                        break
                    m = self._noun_at(low, ws, min(n, ws + 30))
                    if m and self.nouns[m.group()][0]:
                        unit, concept = self.nouns[m.group()]
                        return UnitMatch(unit, p, m.end(), concept, m.end(), scale, self.kind(unit))
                    if wm.group() in _EN_NOUN_SKIP_WORDS and wm.group() not in ("of",):
                        break
        if scale != 1.0:
            return UnitMatch(None, p, p, None, None, scale, None)
        return None


def unit_lexicon(catalog: Catalog) -> UnitLexicon:
    lex = catalog._cache.get("units")
    if lex is None:
        lex = catalog._cache["units"] = UnitLexicon(catalog)
    return lex


"""Units attached to a figure: what follows it (美元, %, 倍, 年, a classifier 份/家/名/颗 and the noun it
counts, "companies", "H100s") or precedes it ("$", "US$", "USD"). Words come from
``lexicon/units.yaml``; this module only reads them. Runs on the normalised view (simplified
script, NFKC) and on its ASCII-lowercased copy; both have the same offsets.
"""

from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass

from claims.catalog import Catalog, fold_term

__all__ = ["OPEN_NOUN_UNIT", "UnitMatch", "UnitLexicon", "unit_lexicon"]

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_CHAR = re.compile(r"[a-z0-9]")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# characters that end the search for a counted noun after a classifier
_STOP = set("，。、；：,.;:!?！？()（）《》“”\"「」[]【】\n")
_ZH_NOUN_WINDOW = 12
# what may stand between a counted noun and its figure written after it
# between a counted noun and its figure: 数/数量 (用户数达58.7万), then 已/共…, then a verb of reaching
# an ordinal right before a noun (第三支柱, 第二个支柱): the noun names one of its kind, it is no counted noun
_ORDINAL_BEFORE_ZH = re.compile(r"第(?:[0-9]+|[一二三四五六七八九十]+)(?:个|個|大)?$")
_GAP_BEFORE_ZH = re.compile(r"(?:总数|数量|数)?(?:已经|已|共|总计|合计|累计)?(?:达到|达|增至|增加到|降至|为|有|约)?$")
# the same without 数/数量, for a noun that ends in them (参数量达到1000亿)
_GAP_BEFORE_ZH_BARE = re.compile(r"(?:已经|已|共|总计|合计|累计)?(?:达到|达|增至|增加到|降至|为|有|约)?$")
# the last characters of the words of the two: a non-empty match of either ends in one of them;
# and the newline, before which ``$`` matches too
_GAP_BEFORE_ZH_LAST = frozenset("数量经已共计到达至为有约\n")
# a product's code between a figure and its counted noun ("20,000 LX-2 accelerators", "300 A800 chips")
_PRODUCT_CODE = re.compile(r"(?:[a-z]{2,10} )?[a-z]{1,5}-?\d{1,4}[a-z]{0,3}(?: (?:pro|max|ultra|plus|mini))? ")  # (a maker's name first: "18,000 Nvidia GB300 chips")
_GAP_BEFORE_EN = re.compile(
    r"\s+(?:(?:of|reached|totaled|totalled|numbered|was|were|is|are|stood at|rose to|grew to|fell to|to)\s+)?$")
# after "N times", words that make it a count of occasions, not a multiplier ("10 times larger")
_OCCASIONS = re.compile(r"(?:\s+or\s+so)?[\"”’']?\s+(?:since|a|an|per|each|every|before|after|during|so far|to date|already|until|last|"
                        r"this\s+(?:year|month|week|quarter)(?!['’]s)|in\s+(?:(?:the|this|that|its|their)\s+(?:(?:past|last|first|second|"
                        r"financial|fiscal)\s+)?(?:year|month|week|quarter|half|period|session|term)|(?:19|20)\d\d(?!\s+(?:what|than)\b)))\b")  # ("met nine times in the year")
# ... or a participle right before the figure and the clause ending after "times" ("The app was opened
# 2.3 million times.", "the video was viewed 40,000 times, and"): how often it was done to it
_OPENING_QUOTES = frozenset("\"“‘'")
_CLOSING_QUOTES = frozenset("\"”’'")
_FIGURE_BEFORE = re.compile(r"(?P<label>\b(?:page|pages|p\.|section|step|chapter|no\.|number|item)[ \t]+)?(?P<n>[\d,.]+)$")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
# one-letter words that are a unit only glued to their figure: "10x" (times), "41.25p" (pence)
_GLUED_ONLY = frozenset({"x", "p"})
_CLAUSE_ENDS_AFTER = re.compile(r"(?:[ \t]+or[ \t]+(?:more|fewer|less|over))?[ \t]*(?:[.,;:!?)]|$)")  # ("flagged three times or more.")
_DONE_TO_BEFORE = re.compile(r"\b[a-z]{2,}ed[ \t]+(?:(?:about|around|some|roughly|nearly|almost|over|more[ \t]+than|"
                             r"at[ \t]+least)[ \t]+)?(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \t]+dozen)"
                             r"(?:[ \t]+(?:thousand|million|billion))?$")
_AVERAGE_BEFORE = re.compile(r"\b(?:on\s+average|an\s+average\s+of|averaged|average\s+of)\s+[\d.]+$")
_CHANGE_BEFORE = re.compile(
    r"\b(?:grow|grows|grown|grew|growing|growth|increas\w*|ris\w*|rose|expand\w*|multipl\w*|jump\w*|fall\w*|fell|"
    r"drop\w*|declin\w*|decreas\w*|shr[iu]nk\w*|soar\w*|surg\w*|climb\w*)\b|\d\.\d+$")
_EN_MODIFIER = re.compile(r"(?:[a-z][a-z'’-]*\s+){0,3}")
_EN_WORD = re.compile(r"[a-z][a-z'’-]*")
_EN_NOUN_SKIP_WORDS = frozenset(
    "of the a an and or to in on for by per each every year years month months than "
    "from with at as into about over under after before since until is are was were be been has have had "
    "came come went said says will would could can may".split()
)


_NOT_A_UNIT = object()


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit: str | None
    start: int  # start of the unit's text (may be before the figure: "$")
    end: int  # end of the claim's surface text (after a classifier or unit word)
    concept: str | None = None
    noun_end: int | None = None  # end of the counted noun, when one was read
    scale: float = 1.0
    kind: str | None = None


# the unit of a count of a plural noun the lexicon lacks (claims.extract open_noun: "junctions",
# "vehicle-hours"): any other id is the lexicon's
# spaces read between a figure and its unit (or its scale word and the unit): a line wrapped there is
# one space after unwrapping (claims.extract.unwrap_lines), and a list item's continuation line
# keeps its indentation (CommonMark: up to 4 columns past the item's start, more is code): "the
# country's 11⏎  seaports" is "11   seaports"
_UNIT_GAP = 6
OPEN_NOUN_UNIT = re.compile(r"(?:[a-z]{3,}-)?[a-z]{2,}s")

_PLURAL_MAGNITUDES = ("hundreds", "thousands", "millions", "billions", "trillions")


def _whole_word(text: str, s: int, e: int) -> bool:
    return (s == 0 or not text[s - 1].isalnum()) and (e >= len(text) or not text[e].isalnum())


def _is_latin(term: str) -> bool:
    return not _CJK.search(term)


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` (folded), a Latin one as a whole word, longest first."""
    folded = sorted({fold_term(w) for w in words}, key=lambda w: (-len(w), w))
    # a Latin word's boundary before it is checked after it ("(?<![a-z]word)", the same test as
    # "(?<![a-z])word"): every branch then opens with a literal, and re skips to their first
    # characters instead of trying the alternation at every position of the sentence searched
    return re.compile("|".join(rf"{re.escape(w)}(?<![a-z]{re.escape(w)})(?![a-z])" if _is_latin(w) and w else
                               rf"(?<![a-z]){re.escape(w)}(?![a-z])" if _is_latin(w) else re.escape(w) for w in folded))


_AFTER_BIG = frozenset("类项种")  # classifiers read after 大 (三大类, 五大项); others make a word (五大块)

class UnitLexicon:
    """The unit words of a catalog, compiled once per catalog."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        words: dict[str, str] = {}
        for u in catalog.units.values():
            for ws in u.words.values():
                for w in ws:
                    words.setdefault(fold_term(w), u.id)
        # unit id -> its kind (kind(): the catalog's units, read once)
        self._unit_kinds = {uid: u.kind for uid, u in catalog.units.items() if u}
        self.words = sorted(words.items(), key=lambda kv: -len(kv[0]))
        self.word_set = frozenset(words)
        self.words_by_first: dict[str, list[tuple[str, str]]] = {}
        for w, u in self.words:
            self.words_by_first.setdefault(w[0], []).append((w, u))
        self.words_by_first_words = {k: tuple(w for w, _ in v) for k, v in self.words_by_first.items()}
        # the same with what _word_at asks of each word, answered once: (word, unit, whether a letter
        # or digit right after it puts it inside a word (a Latin word ending in one), whether it is
        # the Latin "x", which must follow its digit right away)
        self._words_at: dict[str, list[tuple[str, str, bool, bool]]] = {
            k: [(w, u, _is_latin(w) and w[-1].isalnum(), _is_latin(w) and w in _GLUED_ONLY) for w, u in v]
            for k, v in self.words_by_first.items()}
        self.before = sorted(
            ((fold_term(b), u.id) for u in catalog.units.values() for b in u.before), key=lambda kv: -len(kv[0])
        )
        # the symbols by their last character, longest first (a figure's preceding character picks
        # the few that can end there); and those that can sit inside a figure's span
        self.before_by_last: dict[str, list[tuple[str, str]]] = {}
        for sym, unit in self.before:
            if sym:  # an empty symbol would precede every figure: the loader refuses it
                self.before_by_last.setdefault(sym[-1], []).append((sym, unit))
        self.inside = [(sym, unit) for sym, unit in self.before if sym]
        self.inside_by_first: dict[str, list[int]] = {}  # first character -> indexes into self.inside
        for i, (sym, _) in enumerate(self.inside):
            self.inside_by_first.setdefault(sym[0], []).append(i)
        self.inside_firsts = frozenset(self.inside_by_first)
        # a set of first characters -> the symbols they start, in self.inside's order (inside_figure)
        self._inside_order: dict[frozenset[str], list[tuple[str, str]]] = {}
        self.classifiers: dict[str, str] = {}
        self.classifier_exceptions: dict[str, tuple[str, ...]] = {}  # classifier -> words it opens that are no classifier
        for u in catalog.units.values():
            for c in u.classifiers:
                self.classifiers.setdefault(fold_term(c), u.id)
            for w in u.classifier_exceptions:
                w = fold_term(w)
                self.classifier_exceptions[w[0]] = self.classifier_exceptions.get(w[0], ()) + (w,)
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
        # the nouns by their first two characters (one-character nouns by their character), in
        # the order an alternation of them longest first would try them: the first that fits wins
        self.nouns_by_two: dict[str, list[tuple[str, bool]]] = {}
        self.nouns_one: dict[str, list[tuple[str, bool]]] = {}
        for t in sorted(nouns, key=lambda x: -len(x)):
            if not t:
                continue
            entry = (t, _is_latin(t))  # a Latin noun is a whole word: [a-z0-9] on neither side
            if len(t) >= 2:
                self.nouns_by_two.setdefault(t[:2], []).append(entry)
            else:
                self.nouns_one.setdefault(t, []).append(entry)
        self.empty_noun = "" in nouns  # would match anywhere: kept only for fidelity to the data
        # the same lists as tuples of their words, for one str.startswith per list: most positions
        # start none of them (_noun_at is tried at every word after a figure)
        self._nouns_two = {k: (v, tuple(t for t, _ in v)) for k, v in self.nouns_by_two.items()}
        self._nouns_one = {k: (v, tuple(t for t, _ in v)) for k, v in self.nouns_one.items()}
        self._noun_firsts = frozenset(k[0] for k in self._nouns_two) | frozenset(self._nouns_one)  # (after_figure)
        # the same nouns by their last two characters, longest first: a noun written before its
        # figure ("智算中心已超过120个", "a staff of around 20") is looked up where it ends
        self.nouns_by_last2: dict[str, list[tuple[str, bool]]] = {}
        for t in sorted(nouns, key=lambda x: -len(x)):
            if len(t) >= 2 and nouns[t][0]:
                self.nouns_by_last2.setdefault(t[-2:], []).append((t, _is_latin(t)))
        self.generic = {u.id for u in catalog.units.values() if u.id == "generic"}

        # units stated in another (basis points in percentage points): unit -> (other unit, factor)
        self.same_as: dict[str, tuple[str, Decimal]] = {
            u.id: (u.same_as.unit, Decimal(str(u.same_as.factor))) for u in catalog.units.values() if u.same_as}
        # the currencies a bare 元 of a traditional Chinese text may be, with the words that say which
        self.yuan_context: list[tuple[str, re.Pattern[str]]] = [
            (u.id, _word_pattern(u.yuan_context)) for u in catalog.units.values() if u.yuan_context]
        # the same currencies' names written in full before a figure (新台币, 港币, 澳门元, 人民币: their
        # Chinese ``before`` words): one of them alone in a document is its currency of a bare 元
        self.yuan_names: list[tuple[str, tuple[str, ...]]] = [
            (u.id, tuple(fold_term(b) for b in u.before if not _is_latin(b)))
            for u in catalog.units.values() if u.yuan_context and any(not _is_latin(b) for b in u.before)]
        # signs that mean another unit in context (¥ in a sentence about Japan): sign -> [(unit, words)]
        self.sign_context: dict[str, list[tuple[str, re.Pattern[str], tuple[str, ...]]]] = {}
        for u in catalog.units.values():
            if u.sign_context:
                alt = _word_pattern(u.sign_context.words).pattern
                in_doc = tuple(fold_term(w) for w in u.sign_context.in_document)
                for sign in u.sign_context.signs:
                    self.sign_context.setdefault(fold_term(sign), []).append((u.id, re.compile(alt), in_doc))
        self._in_doc: tuple[tuple[int, int], dict[tuple[str, ...], bool]] = ((0, -1), {})  # the last document's
        # counted nouns that mean another unit in context ("units" in a sentence about chips)
        self.noun_context: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for u in catalog.units.values():
            if u.noun_context:
                for noun in u.noun_context.nouns:
                    self.noun_context.setdefault(fold_term(noun), []).append((u.id, _word_pattern(u.noun_context.words)))

        # classifiers that mean another unit in context (a bare 块 in a sentence about money)
        self.classifier_context: dict[str, list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]] = {}
        for u in catalog.units.values():
            if u.classifier_context:
                cc = u.classifier_context
                unless = _word_pattern(cc.unless) if cc.unless else None
                for cl in cc.classifiers:
                    self.classifier_context.setdefault(fold_term(cl), []).append(
                        (u.id, _word_pattern(cc.words), unless))

        # unit words that are a unit only in context ("pounds" in a sentence about money): word -> (unit, words)
        self.word_context: dict[str, tuple[str, re.Pattern[str]]] = {}
        for u in catalog.units.values():
            if u.word_context:
                pattern = _word_pattern(u.word_context.words)
                for w in u.word_context.unit_words:
                    self.word_context[fold_term(w)] = (u.id, pattern)

    def _noun_from_classifier(self, low: str, p: int, n: int) -> bool:
        """A counted noun of two or more characters that begins with the classifier's character
        (12部门 counts departments, not 12 部 of something)."""
        m = self._noun_at(low, p, min(n, p + 8))
        return m is not None and len(m) > 1 and bool(self.nouns[m][0])

    def classifier_in_context(self, unit: str, low: str, after: "UnitMatch", sentence: tuple[int, int]) -> str:
        """``unit``, or the unit a classifier with no counted noun after it means in this sentence
        (``classifier_context``: a bare 块 in a sentence about money, and about no chips, is 元)."""
        if after.noun_end is not None or after.end - after.start != 1:
            return unit
        for other, words, unless in self.classifier_context.get(low[after.start], ()):
            if words.search(low, sentence[0], sentence[1]) and not (
                    unless and unless.search(low, sentence[0], sentence[1])):
                return other
        return unit

    def word_in_context(self, low: str, word: str, sentence: tuple[int, int]) -> bool:
        """False when the unit word ``word`` after a figure is one of a unit's ``word_context``
        words and none of that context's words is in the sentence ("10,001 pounds" of a truck: a
        weight, not sterling)."""
        found = self.word_context.get(word)
        return found is None or found[1].search(low, sentence[0], sentence[1]) is not None

    def is_unit_word(self, word: str) -> bool:
        """Whether ``word`` (folded) is a unit word or counted noun of the lexicon (a concept word
        with no unit of its own, "orders", is neither: a count of it counts that noun)."""
        return word in self.word_set or (word in self.nouns and self.nouns[word][0] is not None)

    def has_sign_context(self, low: str, sym_start: int) -> bool:
        """Whether the sign at ``sym_start`` is one that ``sign_context`` reads (a cheap test first)."""
        return any(low.startswith(sign, sym_start) for sign in self.sign_context)

    def has_noun_context(self, low: str, noun_end: int | None) -> bool:
        """Whether the counted noun ending at ``noun_end`` is one that ``noun_context`` reads."""
        return noun_end is not None and any(low.endswith(noun, 0, noun_end) for noun in self.noun_context)

    def in_context(self, unit: str, low: str, sym_start: int, sentence: tuple[int, int]) -> str:
        """``unit``, or the unit its sign means in this sentence (``sign_context``: ¥ in a
        sentence about Japan is the yen)."""
        for sign, options in self.sign_context.items():
            if low.startswith(sign, sym_start):
                for other, words, in_doc in options:  # (the cheap, cached test first)
                    if (not in_doc or self._written(low, in_doc)) and words.search(low, sentence[0], sentence[1]):
                        return other
        return unit

    def _written(self, low: str, terms: tuple[str, ...]) -> bool:
        """Whether the document ``low`` holds one of ``terms`` (remembered for the last document)."""
        key = (id(low), len(low))
        if self._in_doc[0] != key:
            self._in_doc = (key, {})
        found = self._in_doc[1].get(terms)
        if found is None:
            found = self._in_doc[1][terms] = any(t in low for t in terms)
        return found

    def noun_in_context(self, unit: str, low: str, noun_end: int | None, sentence: tuple[int, int]) -> str:
        """``unit``, or the unit the counted noun ending at ``noun_end`` means in this sentence
        (``noun_context``: "units" in a sentence about the H20 are chips)."""
        if noun_end is None:
            return unit
        for noun, options in self.noun_context.items():
            if low.endswith(noun, 0, noun_end) and _whole_word(low, noun_end - len(noun), noun_end):
                for other, words in options:
                    if words.search(low, sentence[0], sentence[1]):
                        return other
        return unit

    # ---------------------------------------------------------------------------------------

    def kind(self, unit: str | None) -> str | None:
        if not unit:
            return None
        found = self._unit_kinds.get(unit, _NOT_A_UNIT)  # (asked for nearly every figure, many times)
        if found is not _NOT_A_UNIT:
            return found
        return "count" if OPEN_NOUN_UNIT.fullmatch(unit) else None

    def before_figure(self, low: str, start: int) -> tuple[str, int] | None:
        """A currency symbol or code right before the figure: (unit, start of the symbol)."""
        p = start
        if p > 0 and low[p - 1] == " ":
            p -= 1
        if p == 0:
            return None
        for sym, unit in self.before_by_last.get(low[p - 1], ()):
            s = p - len(sym)
            if s >= 0 and low.startswith(sym, s):
                if _is_latin(sym) and sym[0].isalpha() and s > 0 and _LATIN_CHAR.match(low[s - 1]):
                    continue  # "...usd" inside a word
                return unit, s
        return None

    def inside_figure(self, low: str, start: int, end: int) -> tuple[str, int] | None:
        """A currency symbol inside a figure's span, after its hedge ("about $40 million")."""
        span = low[start:end]
        firsts = self.inside_firsts.intersection(span)
        if not firsts:
            return None  # most figures: digits and a hedge word, no symbol can start in them
        for sym, unit in self._inside_symbols(firsts):  # those whose first character is in the span, longest first
            i = span.find(sym)
            if i >= 0:
                if sym[-1].isascii() and sym[-1].isalpha() and not _whole_word(span, i, i + len(sym)):
                    continue  # "USD" inside "under USD 5 million", not inside a word
                return unit, start + i
        return None

    def _inside_symbols(self, firsts: frozenset[str]) -> list[tuple[str, str]]:
        """The symbols of ``self.inside`` that start with one of ``firsts``, in its order. Kept per
        set of characters (a lexicon has 32 first characters; a figure's span holds a few, the
        same few again and again: "million", "about", "$"): it was a set built and sorted per figure."""
        found = self._inside_order.get(firsts)
        if found is None:
            if len(self._inside_order) > 4096:  # (bounded: odd text could hold many sets)
                self._inside_order.clear()
            by_first = self.inside_by_first
            found = self._inside_order[firsts] = [self.inside[k] for k in sorted({i for ch in firsts for i in by_first[ch]})]
        return found

    def _word_at(self, low: str, p: int, right_after_digit: bool) -> tuple[str, str] | None:
        if p >= len(low):
            return None
        words = self.words_by_first_words.get(low[p])
        if words is None or not low.startswith(words, p):
            return None  # no unit word starts here (one C-level test instead of one per word)
        for w, unit, inside_word, is_x in self._words_at[low[p]]:
            if low.startswith(w, p):
                e = p + len(w)
                if inside_word and e < len(low) and low[e] in _ASCII_ALNUM:  # (_LATIN_CHAR)
                    continue
                if is_x and (not right_after_digit or low.startswith(".m", e) or not low[p - 1:p].isdigit()):
                    continue  # ("10x", "41.25p"; not "5 p.m.", "5p.m.")
                return w, unit
        return None

    def _noun_at(self, low: str, p: int, limit: int) -> str | None:
        """The longest counted noun or concept word starting at ``p`` and ending by ``limit``."""
        if p < limit:
            for found in (self._nouns_two.get(low[p:p + 2]), self._nouns_one.get(low[p])):
                if found is None or not low.startswith(found[1], p):
                    continue  # none of them starts here
                for t, latin in found[0]:
                    e = p + len(t)
                    if e > limit or not low.startswith(t, p):
                        continue
                    if latin and ((p > 0 and low[p - 1] in _ASCII_ALNUM) or (e < limit and low[e] in _ASCII_ALNUM)
                                  or low[e:e + 1] == "-" and e + 1 < limit and low[e + 1] in _ASCII_ALNUM and t.isalpha()):
                        continue  # inside a word, or the first half of a compound ("vehicle-hours"; a
                        # product keeps its name: "1,700 H100-equivalents")
                    return t
        return "" if self.empty_noun and p <= limit else None

    def noun_unit_at(self, low: str, p: int, limit: int) -> str | None:
        """The unit of the counted noun starting at ``p`` (ending by ``limit``), if one does."""
        t = self._noun_at(low, p, limit)
        return self.nouns[t][0] if t else None

    def count_noun_at(self, low: str, p: int, limit: int) -> tuple[str, int] | None:
        """(count unit, end) of the counted noun starting at ``p`` (ending by ``limit``), when it
        has a unit of kind count."""
        t = self._noun_at(low, p, limit)
        unit = self.nouns[t][0] if t else None
        return (unit, p + len(t)) if unit is not None and self.kind(unit) == "count" else None

    def noun_before(self, low: str, start: int, hedged: bool = False) -> tuple[str, str | None] | None:
        """(unit, concept) of a counted noun that ends right before a figure starting at ``start``,
        with at most a linking word between (智算中心已超过120个, 模型不足20个, "a staff of around
        20", "AI enterprises reached more than 4,500"). In English a hedged figure right after the
        noun, with no linking word, qualifies it ("models above 10^25": models above a threshold),
        it does not count it."""
        lo = max(0, start - 24)
        last = low[start - 1] if start > 0 else ""
        zh_empty = last not in _GAP_BEFORE_ZH_LAST
        for gap in (_GAP_BEFORE_ZH, _GAP_BEFORE_ZH_BARE, _GAP_BEFORE_EN):
            if gap is _GAP_BEFORE_EN:
                if not last.isspace():
                    continue  # every match of it ends in whitespace (most figures: no search)
                m = gap.search(low, lo, start)
                if m is None:
                    continue
                if not m.group().strip():
                    continue  # "models above 10^25", "(pages 58 to 63)": a noun right before a figure is
                    # qualified or labelled by it, not counted
                q = m.start()
            elif zh_empty:
                # no word of the Chinese gaps ends right before the figure: their only match is the
                # empty one at ``start`` (both gaps then look at the same place: once is enough)
                if gap is _GAP_BEFORE_ZH_BARE:
                    continue
                q = start
            else:
                m = gap.search(low, lo, start)
                if m is None:
                    continue
                q = m.start()
            for t, latin in self.nouns_by_last2.get(low[max(0, q - 2):q], ()):
                p = q - len(t)
                if p < 0 or not low.startswith(t, p):
                    continue
                if latin and ((p > 0 and low[p - 1] in _ASCII_ALNUM) or (q < len(low) and low[q] in _ASCII_ALNUM)):
                    continue
                if not latin and _ORDINAL_BEFORE_ZH.search(low, max(0, p - 5), p):
                    continue  # 第三支柱7项: one pillar named by its ordinal, which the figure does not count
                return self.nouns[t]
        return None

    def _quoted_noun(self, low: str, end: int, q: int) -> bool:
        """The quotes opening at ``q`` after a figure ending at ``end`` hold a counted noun as their last word,
        closed right after it ('five "scaling principles"'), and the figure is no year and follows no label
        word: not 'the 2025 "Questions for the Director" letter', 'Page 28 "Days of Action"'."""
        close = q + 1
        while close < len(low) and close - q <= 40 and low[close] not in _CLOSING_QUOTES:
            close += 1
        if close >= len(low) or low[close] not in _CLOSING_QUOTES or close - q > 40:
            return False
        k = close
        while k > q + 1 and low[k - 1] not in " \t":
            k -= 1
        m = self._noun_at(low, k, close)
        if m is None or k + len(m) != close or not self.nouns[m][0]:
            return False
        fig = _FIGURE_BEFORE.search(low, max(0, end - 40), end)
        return fig is None or not (_YEARLIKE.fullmatch(fig.group("n")) or fig.group("label"))

    def after_figure(self, low: str, end: int) -> UnitMatch | None:
        """The unit after a figure ending at ``end`` (normalised offsets)."""
        n = len(low)
        p = end
        right_after = True
        while p < n and p - end < _UNIT_GAP and low[p] in " \t":
            p += 1
            right_after = False
        if p == end and p + 1 < n and low[p] == "-" and "a" <= low[p + 1] <= "z":
            p += 1  # "15-page", "ten-year"
        elif not right_after and p + 1 < n and low[p] in _OPENING_QUOTES and "a" <= low[p + 1] <= "z" and self._quoted_noun(low, end, p):
            p += 1  # 'five "scaling principles"': a coined term in quotes is still the counted noun
        scale = 1.0
        for w, f in (self.scales if p < n and low[p] in self.scale_firsts else ()):
            if low.startswith(w, p):
                e = p + len(w)
                if _is_latin(w) and e < n and _LATIN_CHAR.match(low[e]):
                    continue
                scale = f
                p = e
                while p < n and p - e < _UNIT_GAP and low[p] in " \t":
                    p += 1
                break
        hit = self._word_at(low, p, right_after)
        if not hit and not right_after and p < n and "a" <= low[p] <= "z":
            code = _PRODUCT_CODE.match(low, p)
            if code is not None:  # "20,000 LX-2 accelerators": a product's code before the counted noun
                # the span ends at the figure: the product's name is no part of the claim
                noun = self._word_at(low, code.end(), False)
                if noun is not None and self.kind(noun[1]) == "count":
                    return UnitMatch(noun[1], end, end, None, scale=scale, kind="count")
                t = self._noun_at(low, code.end(), n) if noun is None else None
                if t and self.nouns[t][0] and self.kind(self.nouns[t][0]) == "count":
                    unit, concept = self.nouns[t]
                    return UnitMatch(unit, end, end, concept, None, scale, "count")
        if hit and hit[0] == "times" and (_OCCASIONS.match(low, p + 5) or (
                _CLAUSE_ENDS_AFTER.match(low, p + 5) and _DONE_TO_BEFORE.search(low, max(0, end - 48), end))) and not (
                (ch := _CHANGE_BEFORE.search(low, max(0, end - 40), end)) is not None
                and not (ch.group()[:1].isdigit() and _AVERAGE_BEFORE.search(low, max(0, end - 40), end))):
            # (a decimal is a multiple, "grew 2.5 times since 2021", but not an average: "gave on average 1.7 times
            # during the year")
            # "revised three times since 2022", "used it 1,312 times last year": occasions, a count
            # (but "has grown 2.5 times since 2021", "fell 3.5 times" is a multiplier)
            hit = ("times", "occasions") if "occasions" in self.catalog.units else None
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
        if ch == "大" and p + 1 < n and low[p + 1] in _AFTER_BIG and not self._noun_from_classifier(low, p + 1, n):
            p, ch = p + 1, low[p + 1]  # 34大类食品, 三大类: the classifier after 大 (as 三大支柱 for a noun; not
            # 五大块业务, blocks of business, no yuan)
        if ch and ch in self.classifiers and not self._noun_from_classifier(low, p, n) and not (
                ch in self.classifier_exceptions and low.startswith(self.classifier_exceptions[ch], p)):
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
            firsts = self._noun_firsts
            while qq < limit:
                if low[qq] == " ":
                    qq += 1
                    continue
                if low[qq] not in firsts and (qq != q or not self.empty_noun):
                    qq += 1  # no noun starts with it: _noun_at would find none (nor the empty one, but here)
                    continue
                m = self._noun_at(low, qq, limit)
                if m is not None and (qq == q or len(m) > 1):  # a one-character noun only right after
                    noun = (m, qq + len(m))
                    break
                qq += 1
            concept = None
            noun_end = None
            if noun:
                nunit, concept = self.nouns[noun[0]]
                if nunit and (unit in self.generic or unit in self.catalog.unit_family(nunit)):
                    unit = nunit
                noun_end = noun[1]
            return UnitMatch(unit, p, e, concept, noun_end, scale, self.kind(unit))
        # a counted noun right after the figure (CJK: "三大支柱"; Latin: up to 3 modifiers)
        if p < n:
            q = p + 1 if low[p] == "大" else p
            m = self._noun_at(low, q, min(n, q + 24))
            if m is not None and self.nouns[m][0]:
                unit, concept = self.nouns[m]
                return UnitMatch(unit, p, q + len(m), concept, q + len(m), scale, self.kind(unit))
            if p < n and "a" <= low[p] <= "z":
                mm = _EN_MODIFIER.match(low, p, min(n, p + 60))
                stop = mm.end() if mm else p
                # try each word start up to `stop` (modifiers are skipped)
                prev_word = ""
                for wm in _EN_WORD.finditer(low, p, stop + 30):
                    ws = wm.start()
                    if ws > stop:
                        break
                    if prev_word.endswith("-") and wm.group() in ("or", "and"):
                        prev_word = wm.group()  # "41 rights- or safety-impacting use cases": one modifier
                        stop = max(stop, (_EN_MODIFIER.match(low, wm.end() + 1, min(n, wm.end() + 61)) or wm).end())
                        continue
                    prev_word = wm.group()
                    m = self._noun_at(low, ws, min(n, ws + 30))
                    if m is not None and self.nouns[m][0]:
                        unit, concept = self.nouns[m]
                        return UnitMatch(unit, p, ws + len(m), concept, ws + len(m), scale, self.kind(unit))
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


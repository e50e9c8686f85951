"""The catalog: entities, subjects and lexicons as validated data (``claims/catalog/**/*.yaml``).

``load_catalog(path=None)`` reads a catalog folder (the bundled one by default, cached), validates
every file with strict pydantic models (``extra="forbid"`` all the way down, languages as a
``Literal``, every regex compiled), checks the references between files (subject -> entity, subject
-> unit, unit -> parent unit, ids unique) and raises ONE :class:`~claims.errors.PolicycheckError`
(code E201) listing every problem with ``file:line:col``.

Layout of a catalog folder::

    entities.yaml               entities with their names per language
    subjects/<area>.yaml        subjects; id = "<area>.<key>"
    lexicon/units.yaml          units, currencies, classifiers, counted nouns, scale words
    lexicon/concepts.yaml       bilingual concepts (for open keys) and title folds
    lexicon/non_claims.yaml     identifier patterns, non-claim patterns, title brackets
    rules.yaml                  cross-check rules (optional here; read by claims.rules)

(This module is the package ``claims.catalog``: a sibling ``claims/catalog.py`` could not be
imported next to the data package, so the loader lives here.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import re._parser as _parser  # type: ignore[import-not-found]
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from claims.errors import PolicycheckError, problem
from claims.model import ClaimKind, Problem
from claims.scan import occurrences, starts_before
from claims.text import normalize
from claims.yamlio import load_yaml, locate, validate

__all__ = [
    "Catalog",
    "CatalogSubject",
    "Entity",
    "Unit",
    "Concept",
    "Lang",
    "load_catalog",
    "BUNDLED",
    "fold_term",
]

BUNDLED = Path(__file__).parent
CODE = "E201"

Lang = Literal["zh-Hans", "zh-Hant", "en"]
_ID = r"^[a-z0-9][a-z0-9_]*$"
_KEY = r"^[a-z0-9][a-z0-9_]*(\.[a-z0-9][a-z0-9_]*)*$"


def _compile(v: Any) -> Any:
    if isinstance(v, re.Pattern):
        return v
    if not isinstance(v, str):
        raise ValueError("a regular expression must be a string")
    try:
        return re.compile(v)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {v!r}: {exc}") from None


Regex = Annotated[re.Pattern, BeforeValidator(_compile)]


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Example(_M):
    text: str
    date: dt.date | None = Field(None, description="the example document's date (for 今天, 去年)")


class Examples(_M):
    match: list[Union[str, Example]] = []
    no_match: list[Union[str, Example]] = []


class IdentifierRef(_M):
    scheme: str
    number: str


class Entity(_M):
    id: Annotated[str, Field(pattern=_ID)]
    kind: str
    names: dict[Lang, list[str]]
    patterns: list[Regex] = []
    # names and patterns that other things share ("public comments", 征求意见, "Action Plan"): they
    # name this entity only in a document that names it by one of ``names``/``patterns``, or names
    # one of its ``anchors`` (entity ids)
    generic_names: dict[Lang, list[str]] = {}
    generic_patterns: list[Regex] = []
    anchors: list[str] = []
    # what this document is about (entity ids): named with another topic it is another one of its
    # kind ("a request for information on federal rules", not on the AI Action Plan)
    topics: list[str] = []
    # who issues this document (entity ids): a mention of it in a sentence that names another agency
    # and none of these is another one of its kind ("商务部国际贸易署（ITA）10月下旬发布信息征询")
    authors: list[str] = []
    identifier: IdentifierRef | None = None
    # head nouns that, after one of the catalog's ``description_determiners`` ("the plan", 该计划,
    # 該計畫), refer back to this entity when the noun's last occurrence before them, in the 600 code
    # points before, is in a mention of it ("…America's AI Action Plan. The plan rests on three
    # pillars"): a bare occurrence in between ("other plans", "a plan for compute") ends the chain
    descriptions: dict[Lang, list[str]] = {}
    description: str = ""


class EntitiesFile(_M):
    entities: list[Entity]
    # words just before a document's or rule's name that make it another one of its kind ("a second
    # RFI", "a new request for information", 第二份信息征询): that mention does not name the entity
    other_instance: dict[Lang, list[str]] = {}
    other_instance_kinds: list[str] = ["document", "rule"]
    # words that introduce what a document is about: after its name in English ("a request for
    # information on federal rules that hinder AI"), before it in Chinese (就“阻碍AI发展的联邦法规”
    # 发布信息征询, 关于…的信息征询); an entity with ``topics`` named with a topic that names none of
    # them is another one of its kind
    topic_markers: dict[Lang, list[str]] = {}
    # words before a name that point back to its last mention ("that RFI", 该信息征询): it is the
    # same one as that mention, this entity or another one of its kind
    demonstratives: dict[Lang, list[str]] = {}
    # words that refer back to the last entity of a kind named before ("the company pointed out",
    # 该公司表示): a sentence holding one names that entity as surely as its name would (the
    # evidence ``anaphor``); kind -> words per language
    anaphors: dict[str, dict[Lang, list[str]]] = {}
    # object pronouns of people ("Trump nominated him", 特朗普提名他): the person they stand for is the
    # last one named before them who is not named in their own clause (claims.subjects); per language
    object_pronouns: dict[Lang, list[str]] = {}
    # words before an entity's ``descriptions`` that make them refer back to it ("the", "this", 该, 這份)
    description_determiners: dict[Lang, list[str]] = {}
    # nouns of another document or scheme ("strategy", "project", 规划, 新规): named between an entity and a
    # description, they end its chain ("欧盟随后发布《人工智能大陆行动规划》，这一计划…" is the EU's)
    description_breakers: dict[Lang, list[str]] = {}
    # words that may stand between a determiner and the noun ("the resulting plan", "the final order")
    description_modifiers: dict[Lang, list[str]] = {}


class CueSet(_M):
    any: list[str] = []
    all: list[Union[str, list[str]]] = Field([], description="each item (or one of its alternatives) must be present")
    labels: list[str] = Field([], description=(
        "titles that stand for these cues (the first term of each ``all`` group and the first ``any`` cue) where one "
        "labels a line, before its colon, in a document that named the subject's entity before: "
        "'一、加快创新：15项', '- Build American AI Infrastructure: 8 actions' (not a sentence listing the titles)"))


class Subject(_M):
    entity: str
    related: list[str] = []
    # documents the fact belongs to, which are not evidence of it (OpenAI's page count is of its
    # RFI submission): a sentence naming another one of their kind ("OpenAI's response to that
    # RFI", after "a second RFI") is not about this subject
    about: list[str] = []
    require_entity: bool = False
    entity_window: Literal["context", "sentence"] = Field(
        "context", description="where require_entity looks: the sentence, or also the 600 code points before it")
    negative_window: Literal["clause", "sentence"] = "clause"
    label: dict[Lang, str]
    kind: ClaimKind
    unit: list[str] = []
    cue_window: Literal["sentence", "paragraph"] = "sentence"
    cues: dict[Lang, CueSet] = {}
    negative: dict[Lang, list[str]] = {}
    title_patterns: dict[Lang, list[Regex]] = {}
    changes_over_time: bool = False
    # the one day whose event the fact is about (the DeepSeek-day fall of Nvidia's shares): a figure
    # whose sentence is dated (a day, part of a month or month) only at other times is not this subject
    on_day: dt.date | None = None
    small_counts: bool = Field(False, description="a count of ten or less may land here (pillars, tiers)")
    threshold: bool = Field(False, description=(
        "the figure is a rule's bound ('orders of fewer than 1,700 H100s need no review'): a hedge of direction "
        "names the side of the bound, so figures are compared as bounds and sides, not as intervals; for a "
        "date, the date is itself a limit (a deadline): 'due before March 15' is compared as March 15"))
    side_cues: dict[Lang, list[str]] = Field({}, description=(
        "for a threshold: cue words that say which side of the bound the rule covers ('without review'); a "
        "statement holding none ('orders of 1,700 or more need a review') is compared by its bound only"))
    description: str = ""
    examples: Examples = Examples()

    @field_validator("unit", mode="before")
    @classmethod
    def _one_unit(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v


class SubjectsFile(_M):
    subjects: dict[Annotated[str, Field(pattern=_KEY)], Subject]


class Scale(_M):
    word: str
    factor: float


class SignContext(_M):
    """A currency sign shared with another unit that means this one when one of ``words`` is in
    the figure's sentence (¥ is the yuan's sign, and the yen's in a sentence about Japan)."""

    signs: Annotated[list[str], Field(min_length=1)]
    words: Annotated[list[str], Field(min_length=1)]
    # only in a document that also holds one of these (a substring of the lower-cased text: signs, not
    # words such as "aud" that longer words hold; $ is the Australian dollar in a sentence
    # naming Australia only where the text writes A$ elsewhere: an American text says "$5 billion in Canada")
    in_document: list[str] = []


class NounContext(_M):
    """Counted nouns shared with another unit that mean this one when one of ``words`` is in the
    figure's sentence ("1 million units" in a sentence about the H20 are chips)."""

    nouns: Annotated[list[str], Field(min_length=1)]
    words: Annotated[list[str], Field(min_length=1)]


class WordContext(_M):
    """Words of this unit, written after the figure, that mean it only when one of ``words`` is in
    the figure's sentence; elsewhere the figure is no claim ("pounds" is sterling in a sentence
    about money or Britain, a weight elsewhere, and weights are outside the lexicon)."""

    unit_words: Annotated[list[str], Field(min_length=1)]
    words: Annotated[list[str], Field(min_length=1)]


# a Chinese measure word is one character (the unit module looks each up by the character after
# the figure): a longer one ("人次", "场次") is a unit word (``words``), which may be any length
Classifier = Annotated[str, Field(min_length=1, max_length=1)]


class ClassifierContext(_M):
    """Classifiers of another unit that mean this one when no counted noun follows them, one of
    ``words`` is in the figure's sentence and none of ``unless`` (a bare 块 is the spoken 元 in a
    sentence about money, "省了20块"; 20块芯片, or 块 in a sentence about chips, counts chips)."""

    classifiers: Annotated[list[Classifier], Field(min_length=1)]
    words: Annotated[list[str], Field(min_length=1)]
    unless: list[str] = []


class Unit(_M):
    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9_]+$")]
    kind: Literal["currency", "percent", "multiplier", "duration", "count", "measure"]
    label: dict[Lang, str]
    words: dict[Lang, list[str]] = {}
    before: list[str] = []
    classifiers: list[Classifier] = []
    # words that open with one of the classifiers and, right after a figure, are words of their own,
    # not the classifier ("49.8处于荣枯线下方": 处于 is "lies", not 49.8 sites)
    classifier_exceptions: list[Annotated[str, Field(min_length=2)]] = []
    nouns: dict[Lang, list[str]] = {}
    parent: str | None = None
    sign_context: SignContext | None = None
    noun_context: NounContext | None = None
    word_context: WordContext | None = None
    classifier_context: ClassifierContext | None = None
    # words (places, institutions) that, in a traditional Chinese text, make a bare 元 this
    # currency: 撥款8.5億元 in a paragraph about 立法會 is Hong Kong dollars (docs/catalog.md)
    yuan_context: list[Annotated[str, Field(min_length=1)]] = []
    same_as: SameAs | None = None


class SameAs(_M):
    """A unit that is another one scaled: a figure in it is stated in that unit (40 basis points are
    0.4 percentage points), so that both are compared."""

    unit: str
    factor: Annotated[float, Field(gt=0)]


class UnitsFile(_M):
    scales: list[Scale] = []
    units: list[Unit]


class Concept(_M):
    id: Annotated[str, Field(pattern=_ID)]
    words: dict[Lang, list[str]]
    kinds: list[Literal["currency", "percent", "multiplier", "duration", "count", "measure", "date"]] = []


class TitleFold(_M):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    from_: str = Field(alias="from")
    to: str


class ConceptsFile(_M):
    concepts: list[Concept]
    title_folds: list[TitleFold] = []


class IdentifierPattern(_M):
    scheme: str
    pattern: Regex
    examples: Examples = Examples()

    @field_validator("pattern")
    @classmethod
    def _has_number(cls, v: re.Pattern) -> re.Pattern:
        if "number" not in v.groupindex:
            raise ValueError("an identifier pattern needs a (?P<number>...) group")
        return v


class NonClaimPattern(_M):
    id: Annotated[str, Field(pattern=_ID)]
    why: str = ""
    pattern: Regex
    requires: list[str] = Field([], description="run only when one of these strings is in the lowercased text (speed)")
    starts_with_requires: bool = Field(False, description="every match starts where one of `requires` occurs in "
                                       "the lowercased text: the pattern is tried only there (speed)")
    lead_to_requires: Regex | None = Field(None, description="a one-character class: every match starts where one "
                                           "of `requires` occurs, or at a run of these characters right before one: "
                                           "the pattern is tried only there (speed)")
    examples: Examples = Examples()


class NonClaimsFile(_M):
    identifiers: list[IdentifierPattern] = []
    patterns: list[NonClaimPattern] = []
    title_brackets: list[tuple[str, str]] = []


# ----------------------------------------------------------------------------- folded catalog


def fold_term(term: str) -> str:
    """A cue as it is matched: normalised view (NFKC, simplified script), ASCII lowercased."""
    return ascii_lower(normalize(term).text)


_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def ascii_lower(s: str) -> str:
    """A lowercase copy with the same length (so offsets survive): ``str.lower`` when it keeps the
    length (it only ever lengthens, e.g. "İ"), else ASCII letters only."""
    low = s.lower()
    return low if len(low) == len(s) else s.translate(_ASCII_LOWER)


@dataclass(frozen=True)
class CatalogSubject:
    """A subject with its id, where it is defined, and its cues folded for matching."""

    id: str
    spec: Subject
    file: str
    line: int
    any: tuple[str, ...]
    all: tuple[tuple[tuple[str, ...], ...], ...]  # per language: groups that must all be present
    negative: tuple[str, ...]
    entities: tuple[str, ...]  # entity + related

    def __post_init__(self) -> None:
        object.__setattr__(self, "unit_set", frozenset(self.spec.unit))
        object.__setattr__(self, "entity_set", frozenset(self.entities))
        object.__setattr__(self, "instance_set", frozenset((*self.entities, *self.spec.about)))
        object.__setattr__(self, "any_set", frozenset(self.any))
        # the ``all`` groups as sets: "one term of each group is present" is then a disjointness
        # test per group, done in C (subject assignment asks it for every candidate of every claim)
        object.__setattr__(self, "all_sets", tuple(tuple(frozenset(g) for g in groups) for groups in self.all))
        positions: dict[str, list[int]] = {}
        for i, t in enumerate(self.any):
            positions.setdefault(t, []).append(i)
        object.__setattr__(self, "any_positions", {t: tuple(ps) for t, ps in positions.items()})

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def entity(self) -> str:
        return self.spec.entity

    @property
    def unit(self) -> list[str]:
        return self.spec.unit

    @property
    def label(self) -> dict[str, str]:
        return self.spec.label

    @property
    def changes_over_time(self) -> bool:
        return self.spec.changes_over_time


@dataclass
class Catalog:
    dir: Path
    version: str
    entities: dict[str, Entity]
    subjects: dict[str, CatalogSubject]
    units: dict[str, Unit]
    scales: list[Scale]
    concepts: dict[str, Concept]
    title_folds: list[TitleFold]
    non_claims: NonClaimsFile
    files: list[Path] = field(default_factory=list)
    # folded term -> entity ids / concept ids (built at load)
    entity_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # folded term -> the entities it names only as one of their generic_names
    generic_entity_terms: dict[str, frozenset[str]] = field(default_factory=dict)
    # folded words that make a document's name another one of its kind, and those kinds
    other_instance: tuple[str, ...] = ()
    other_instance_kinds: frozenset[str] = frozenset()
    topic_markers_en: tuple[str, ...] = ()
    topic_markers_zh: tuple[str, ...] = ()
    demonstratives: tuple[str, ...] = ()
    anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity kind -> folded words
    object_pronouns: tuple[str, ...] = ()  # folded, lower case
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded head noun -> entity ids
    description_determiners: tuple[str, ...] = ()  # folded, lower case
    description_breakers: tuple[str, ...] = ()  # folded, lower case
    description_modifiers: tuple[str, ...] = ()  # folded, lower case
    concept_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # folded label (CueSet.labels) -> the entity it needs named before, and the cues it stands for
    label_terms: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def unit_family(self, unit: str | None) -> tuple[str, ...]:
        """The unit and its parents (H100 -> chips)."""
        out: list[str] = []
        while unit and unit not in out:
            out.append(unit)
            u = self.units.get(unit)
            unit = u.parent if u else None
        return tuple(out)

    def subject(self, subject_id: str) -> CatalogSubject:
        """The subject with this id; KeyError when the catalog has none."""
        return self.subjects[subject_id]

    def rules_path(self) -> Path:
        return self.dir / "rules.yaml"


# ----------------------------------------------------------------------------------- loading


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class _Loader:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []
        self.files: list[Path] = []

    def add(self, path: Path, msg: str, pos: dict, loc: tuple) -> None:
        line, col = locate(pos, loc)
        self.problems.append(problem(CODE, _rel(path, self.root), msg, line, col))

    def load(self, model: type[BaseModel], path: Path, required: bool = True) -> tuple[Any, dict] | None:
        if not path.exists():
            if required:
                self.problems.append(problem(CODE, _rel(path, self.root), "required catalog file is missing"))
            return None
        self.files.append(path)
        try:
            data, pos = load_yaml(path, CODE)
            if data is None:
                data = {}
            return validate(model, data, Path(_rel(path, self.root)), pos, CODE), pos
        except PolicycheckError as exc:
            for p in exc.problems:
                self.problems.append(p.model_copy(update={"code": CODE, "path": _rel(path, self.root)}))
            return None


class _SubjectsTop(_M):
    subjects: dict[Annotated[str, Field(pattern=_KEY)], Any]


def _load_subjects(self: _Loader, path: Path) -> tuple[SubjectsFile, dict] | None:
    """Each subject is validated on its own, so one broken subject does not hide the problems
    (unknown entity or unit, duplicates) of the others."""
    from pydantic import ValidationError

    self.files.append(path)
    rel = Path(_rel(path, self.root))
    try:
        data, pos = load_yaml(path, CODE)
        top = validate(_SubjectsTop, data if data is not None else {}, rel, pos, CODE)
    except PolicycheckError as exc:
        for p in exc.problems:
            self.problems.append(p.model_copy(update={"code": CODE, "path": str(rel)}))
        return None
    good: dict[str, Subject] = {}
    for key, raw in top.subjects.items():
        try:
            good[key] = Subject.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ("subjects", key) + tuple(err["loc"])
                line, col = locate(pos, loc)
                where = ".".join(str(x) for x in loc)
                self.problems.append(problem(CODE, str(rel), f"{where}: {err['msg']}", line, col))
    return SubjectsFile(subjects=good), pos


_Loader.load_subjects = _load_subjects  # type: ignore[attr-defined]


def _check_examples(ld: _Loader, path: Path, pos: dict, loc: tuple, pat: re.Pattern, ex: Examples) -> None:
    for kind, want in (("match", True), ("no_match", False)):
        for i, e in enumerate(getattr(ex, kind)):
            text = e if isinstance(e, str) else e.text
            hit = pat.search(normalize(text).text) is not None
            if hit != want:
                ld.add(path, f"example {kind}[{i}] {text!r} {'does not match' if want else 'matches'} the pattern", pos,
                       loc + ("examples", kind, i))


def _load(root: Path) -> Catalog:
    ld = _Loader(root)
    ents = ld.load(EntitiesFile, root / "entities.yaml")
    units = ld.load(UnitsFile, root / "lexicon" / "units.yaml")
    concepts = ld.load(ConceptsFile, root / "lexicon" / "concepts.yaml")
    nonc = ld.load(NonClaimsFile, root / "lexicon" / "non_claims.yaml")
    subj_files = sorted((root / "subjects").glob("*.yaml")) if (root / "subjects").is_dir() else []
    if not subj_files:
        ld.problems.append(problem(CODE, _rel(root / "subjects", root), "no subject files (subjects/*.yaml)"))
    loaded_subjects = [(p, ld.load_subjects(p)) for p in subj_files]

    entities: dict[str, Entity] = {}
    if ents:
        for i, e in enumerate(ents[0].entities):
            if e.id in entities:
                ld.add(root / "entities.yaml", f"duplicate entity id {e.id!r}", ents[1], ("entities", i, "id"))
            entities[e.id] = e
        for i, e in enumerate(ents[0].entities):
            if (e.generic_names or e.generic_patterns) and not e.anchors:
                ld.add(root / "entities.yaml", f"entity {e.id!r}: generic_names and generic_patterns need anchors "
                       "(the entities whose mention makes them name this one)", ents[1], ("entities", i, "generic_names"))
            for j, a in enumerate(e.authors):
                if a not in entities:
                    ld.add(root / "entities.yaml", f"entity {e.id!r}: unknown author {a!r}; authors are entity ids",
                           ents[1], ("entities", i, "authors", j))
            for j, a in enumerate(e.topics):
                if a not in entities:
                    ld.add(root / "entities.yaml", f"entity {e.id!r}: unknown topic {a!r}; topics are entity ids",
                           ents[1], ("entities", i, "topics", j))
        kinds = {e.kind for e in entities.values()}
        for k in ents[0].anaphors:
            if k not in kinds:
                ld.add(root / "entities.yaml", f"anaphors: unknown entity kind {k!r}; kinds are those of the entities "
                       f"({', '.join(sorted(kinds))})", ents[1], ("anaphors", k))
        for i, e in enumerate(ents[0].entities):
            for j, a in enumerate(e.anchors):
                if a not in entities or a == e.id:
                    ld.add(root / "entities.yaml", f"entity {e.id!r}: unknown anchor {a!r}; anchors are other entities' ids",
                           ents[1], ("entities", i, "anchors", j))
    unit_map: dict[str, Unit] = {}
    if units:
        for i, u in enumerate(units[0].units):
            if u.id in unit_map:
                ld.add(root / "lexicon/units.yaml", f"duplicate unit id {u.id!r}", units[1], ("units", i, "id"))
            unit_map[u.id] = u
        for i, u in enumerate(units[0].units):
            if u.parent and u.parent not in unit_map:
                ld.add(root / "lexicon/units.yaml", f"unknown parent unit {u.parent!r}", units[1], ("units", i, "parent"))
            if u.same_as and (u.same_as.unit not in unit_map or unit_map[u.same_as.unit].same_as):
                ld.add(root / "lexicon/units.yaml", f"same_as: unknown unit {u.same_as.unit!r} (or one that is itself same_as another)",
                       units[1], ("units", i, "same_as", "unit"))
            if u.word_context:
                own = {w for ws in u.words.values() for w in ws}
                for j, w in enumerate(u.word_context.unit_words):
                    if w not in own:
                        ld.add(root / "lexicon/units.yaml", f"word_context: {w!r} is not one of the unit's words",
                               units[1], ("units", i, "word_context", "unit_words", j))
    concept_map: dict[str, Concept] = {}
    if concepts:
        for i, c in enumerate(concepts[0].concepts):
            if c.id in concept_map:
                ld.add(root / "lexicon/concepts.yaml", f"duplicate concept id {c.id!r}", concepts[1], ("concepts", i, "id"))
            concept_map[c.id] = c
    if nonc:
        path = root / "lexicon" / "non_claims.yaml"
        seen: set[str] = set()
        for i, ip in enumerate(nonc[0].identifiers):
            _check_examples(ld, path, nonc[1], ("identifiers", i), ip.pattern, ip.examples)
        for i, np_ in enumerate(nonc[0].patterns):
            if np_.id in seen:
                ld.add(path, f"duplicate pattern id {np_.id!r}", nonc[1], ("patterns", i, "id"))
            seen.add(np_.id)
            _check_examples(ld, path, nonc[1], ("patterns", i), np_.pattern, np_.examples)
            for j, ex in enumerate(np_.examples.match):
                text = ascii_lower(normalize(ex if isinstance(ex, str) else ex.text).text)
                if np_.requires and not any(r in text for r in np_.requires):
                    ld.add(path, f"example match[{j}] contains none of `requires`", nonc[1], ("patterns", i, "requires"))
                if np_.starts_with_requires:
                    for m in np_.pattern.finditer(normalize(ex if isinstance(ex, str) else ex.text).text):
                        if not text.startswith(tuple(np_.requires), m.start()):
                            ld.add(path, f"example match[{j}]: a match ({m.group()!r}) does not start with one of "
                                   "`requires`", nonc[1], ("patterns", i, "starts_with_requires"))
                if np_.lead_to_requires is not None:
                    norm = normalize(ex if isinstance(ex, str) else ex.text).text
                    for m in np_.pattern.finditer(norm):
                        if m.start() not in starts_before(norm, occurrences(text, np_.requires), np_.lead_to_requires):
                            ld.add(path, f"example match[{j}]: a match ({m.group()!r}) does not start at one of "
                                   "`requires` or past `lead_to_requires` before one", nonc[1], ("patterns", i, "lead_to_requires"))
            for hint in ("starts_with_requires", "lead_to_requires"):
                if getattr(np_, hint) and (not np_.requires or any(not r or ascii_lower(r) != r for r in np_.requires)):
                    ld.add(path, f"{hint} needs `requires`, each a non-empty lowercase string", nonc[1],
                           ("patterns", i, hint))
            lead = np_.lead_to_requires
            if lead is not None and _parser.parse(lead.pattern, lead.flags).getwidth() != (1, 1):
                ld.add(path, "lead_to_requires must match one character", nonc[1], ("patterns", i, "lead_to_requires"))

    subjects: dict[str, CatalogSubject] = {}
    for path, res in loaded_subjects:
        if res is None:
            continue
        sf, pos = res
        area = path.stem
        for key, s in sf.subjects.items():
            sid = f"{area}.{key}"
            loc = ("subjects", key)
            if sid in subjects:
                ld.add(path, f"duplicate subject id {sid!r} (also in {subjects[sid].file})", pos, loc)
            if entities and s.entity not in entities:
                ld.add(path, f"unknown entity {s.entity!r}; define it in entities.yaml", pos, loc + ("entity",))
            for j, r in enumerate(s.about):
                if entities and r not in entities:
                    ld.add(path, f"unknown entity {r!r} in about; define it in entities.yaml", pos, loc + ("about", j))
            for j, r in enumerate(s.related):
                if entities and r not in entities:
                    ld.add(path, f"unknown related entity {r!r}; define it in entities.yaml", pos, loc + ("related", j))
            for j, u in enumerate(s.unit):
                if units and u not in unit_map:
                    ld.add(path, f"unknown unit {u!r}; define it in lexicon/units.yaml", pos, loc + ("unit", j))
            if s.kind == "text" and not s.title_patterns:
                ld.add(path, "a text subject needs title_patterns", pos, loc + ("kind",))
            if s.kind == "quantity" and not s.unit:
                ld.add(path, "a quantity subject needs a unit", pos, loc + ("kind",))
            line = locate(pos, loc)[0] or 1
            anys = tuple(dict.fromkeys(fold_term(w) for cs in s.cues.values() for w in cs.any))
            alls = tuple(
                tuple(tuple(fold_term(w) for w in ([a] if isinstance(a, str) else a)) for a in cs.all)
                for cs in s.cues.values()
                if cs.all
            )
            neg = tuple(dict.fromkeys(fold_term(w) for ws in s.negative.values() for w in ws))
            cue_words = set(anys) | {w for groups in alls for g in groups for w in g}
            for lang, ws in s.side_cues.items():
                if not s.threshold:
                    ld.add(path, "side_cues are for a threshold subject (threshold: true)", pos, loc + ("side_cues",))
                for j, w in enumerate(ws):
                    if fold_term(w) not in cue_words:
                        ld.add(path, f"side_cues: {w!r} is none of the subject's cues (a claim records only cues)", pos,
                               loc + ("side_cues", lang, j))
            for lang, cs in s.cues.items():
                if cs.labels and not (cs.any and cs.all):
                    ld.add(path, "labels stand for a cue set's first `any` cue and its `all` groups: give both", pos,
                           loc + ("cues", lang, "labels"))
            subjects[sid] = CatalogSubject(
                sid, s, _rel(path, root), line, anys, alls, neg, (s.entity, *s.related)
            )
    if ld.problems:
        raise PolicycheckError(ld.problems)

    h = hashlib.sha256()
    for p in sorted(ld.files):
        h.update(str(p.relative_to(root)).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    rules = root / "rules.yaml"
    if rules.exists():
        h.update(b"rules.yaml\0" + rules.read_bytes())
    cat = Catalog(
        dir=root,
        version=h.hexdigest()[:12],
        entities=entities,
        subjects=subjects,
        units=unit_map,
        scales=units[0].scales if units else [],
        concepts=concept_map,
        title_folds=concepts[0].title_folds if concepts else [],
        non_claims=nonc[0] if nonc else NonClaimsFile(),
        files=ld.files,
    )
    et: dict[str, list[str]] = {}
    specific: set[tuple[str, str]] = set()
    for e in entities.values():
        for names in e.names.values():
            for n in names:
                et.setdefault(fold_term(n), []).append(e.id)
                specific.add((fold_term(n), e.id))
        for names in e.generic_names.values():
            for n in names:
                et.setdefault(fold_term(n), []).append(e.id)
    cat.entity_terms = {k: tuple(dict.fromkeys(v)) for k, v in et.items()}
    if ents:
        cat.other_instance = tuple(dict.fromkeys(fold_term(w) for ws in ents[0].other_instance.values() for w in ws))
        cat.other_instance_kinds = frozenset(ents[0].other_instance_kinds)
        tm = ents[0].topic_markers
        cat.topic_markers_en = tuple(fold_term(w) for w in tm.get("en", []))
        cat.topic_markers_zh = tuple(dict.fromkeys(fold_term(w) for lang in ("zh-Hans", "zh-Hant") for w in tm.get(lang, [])))
        ef = ents[0]
        cat.demonstratives = _folded(ef.demonstratives)
        cat.anaphors = {k: _folded(by_lang) for k, by_lang in ef.anaphors.items()}
        cat.object_pronouns = _folded(ef.object_pronouns)
        cat.description_determiners = _folded(ef.description_determiners)
        cat.description_breakers = _folded(ef.description_breakers)
        cat.description_modifiers = _folded(ef.description_modifiers)
    heads: dict[str, list[str]] = {}
    for e in entities.values():
        for w in _folded(e.descriptions):
            heads.setdefault(w, []).append(e.id)
    cat.descriptions = {k: tuple(dict.fromkeys(v)) for k, v in heads.items()}
    cat.generic_entity_terms = {
        k: frozenset(e for e in v if (k, e) not in specific) for k, v in cat.entity_terms.items()
        if any((k, e) not in specific for e in v)}
    ct: dict[str, list[str]] = {}
    for c in concept_map.values():
        for words in c.words.values():
            for w in words:
                ct.setdefault(fold_term(w), []).append(c.id)
    cat.concept_terms = {k: tuple(dict.fromkeys(v)) for k, v in ct.items()}
    labels: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for cs_ in subjects.values():
        for cset in cs_.spec.cues.values():
            if cset.labels and cset.any and cset.all:
                stand_in = tuple(fold_term(a if isinstance(a, str) else a[0]) for a in cset.all) + (fold_term(cset.any[0]),)
                for w in cset.labels:
                    labels.setdefault(fold_term(w), []).append((cs_.entity, stand_in))
    cat.label_terms = {k: tuple(dict.fromkeys(v)) for k, v in labels.items()}
    return cat


def _folded(by_lang: dict[str, list[str]]) -> tuple[str, ...]:
    """The words of every language, folded as cues are matched (fold_term), once each, in order."""
    return tuple(dict.fromkeys(fold_term(w) for ws in by_lang.values() for w in ws))


@lru_cache(maxsize=1)
def _bundled() -> Catalog:
    return _load(BUNDLED)


def load_catalog(path: Path | str | None = None) -> Catalog:
    """The validated catalog of ``path`` (a folder), or the bundled one (cached)."""
    if path is None:
        return _bundled()
    root = Path(path)
    if not root.is_dir():
        raise PolicycheckError(problem(CODE, str(root), "catalog folder not found"))
    return _load(root.resolve() if not root.is_absolute() else root)

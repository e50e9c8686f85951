"""Internal consistency rules declared in ``claims/catalog/rules.yaml`` (data, not code).

Two kinds of rule, both applied inside one document:

* ``parts_total``: the figures of the ``parts`` subjects add up to the ``total`` subject
  (``complete: true``) or at most to it (``complete: false``). Per-pillar action counts
  15 + 8 + 7 against "90余项" is a ``parts_total`` violation.
* ``part_le_whole``: the ``part`` figure is no larger than the ``whole`` figure (individual
  submissions 9,313 within all 10,068 submissions).

The file also holds ``settings`` (tolerances of the comparison) and ``unit_conversions``.
Loading is strict: every problem is reported with ``file:line:col`` (error E201).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Annotated, Any, Iterable, Literal, Sequence, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from claims import compare as cmpv
from claims.errors import PolicycheckError, problem
from claims.messages import make_finding
from claims.model import Claim, Finding, Quantity
from claims.yamlio import load_yaml, locate

BUNDLED_RULES = Path(__file__).resolve().parent / "catalog" / "rules.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Settings(_Strict):
    about_tolerance: float = Field(0.10, ge=0, le=1, description="relative half-width given to 'about N' when N is a point")
    imprecise_ratio: float = Field(1.5, gt=1, description="a hedged bound this many times away from a precise figure is flagged 'imprecise'")
    max_findings_per_subject: int = Field(20, ge=1, description="cap on conflicting value pairs reported per subject")


class UnitConversion(_Strict):
    unit: str
    base: str
    factor: float = Field(gt=0)


def _band(v: tuple[float, float]) -> tuple[float, float]:
    if not 0 < v[0] <= v[1]:
        raise ValueError(f"a band is [low, high] with 0 < low <= high, not [{v[0]}, {v[1]}]")
    return v


class UnitDimension(_Strict):
    """Units that measure one thing: a subject's figure stated in one of them that the subject does not
    take (1 到 2 年 told as "one to two months", 6000亿美元 as 6000亿元人民币) is compared with the
    subject's figures after conversion (PC107). ``units`` maps a unit to what one of it is worth in
    the first unit listed, as a band [low, high]: exact for durations, the range of the last
    decade's rates for currencies."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    units: dict[str, Annotated[tuple[float, float], AfterValidator(_band)]] = Field(min_length=2)

    def band(self, unit: str, to: str) -> tuple[float, float] | None:
        """What one ``unit`` is worth in ``to``, as a band; None when either is not of this dimension."""
        a, b = self.units.get(unit), self.units.get(to)
        if a is None or b is None:
            return None
        return a[0] / b[1], a[1] / b[0]


class PartsTotal(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    kind: Literal["parts_total"]
    description: str = ""
    total: str
    parts: tuple[str, ...] = Field(min_length=1)
    expected_parts: int | None = Field(None, ge=1, description="apply only when exactly this many part figures are found")
    complete: bool = Field(True, description="true: the parts add up to the total; false: at most the total")


class PartLeWhole(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    kind: Literal["part_le_whole"]
    description: str = ""
    part: str
    whole: str


Rule = Annotated[Union[PartsTotal, PartLeWhole], Field(discriminator="kind")]


class RuleSet(_Strict):
    version: int = 1
    settings: Settings = Settings()
    unit_conversions: tuple[UnitConversion, ...] = ()
    unit_dimensions: tuple[UnitDimension, ...] = ()
    ratio_units: tuple[str, str] | None = Field(
        None, description="a percentage unit and a multiple unit (percent, times): a change told in one "
        "compares with the other through every reading of it (PC107)")
    ratio_level_before: tuple[str, ...] = Field(
        (), description="words right before a percentage that make it a level, not a change ('降至', 'to')")
    multi_valued: tuple[str, ...] = Field((), description="subjects that legitimately take several values in one document (one per part)")
    rules: tuple[Rule, ...] = ()

    @model_validator(mode="after")
    def _unique(self) -> "RuleSet":
        seen: set[str] = set()
        for r in self.rules:
            if r.id in seen:
                raise ValueError(f"duplicate rule id {r.id!r}")
            seen.add(r.id)
        return self

    @model_validator(mode="after")
    def _one_dimension_per_unit(self) -> "RuleSet":
        seen: dict[str, str] = {}
        for d in self.unit_dimensions:
            for u in d.units:
                if u in seen:
                    raise ValueError(f"unit {u!r} is in two unit_dimensions: {seen[u]!r} and {d.id!r}")
                seen[u] = d.id
        return self

    @property
    def conversions(self) -> dict[str, tuple[str, float]]:
        return {c.unit: (c.base, c.factor) for c in self.unit_conversions}

    def other_units(self, unit: str | None) -> tuple[str, ...]:
        """The units that measure what ``unit`` measures (its unit_dimensions entry, or the other of
        ``ratio_units``), itself excluded."""
        if unit is None:
            return ()
        if self.ratio_units and unit in self.ratio_units:
            return tuple(u for u in self.ratio_units if u != unit)
        for d in self.unit_dimensions:
            if unit in d.units:
                return tuple(u for u in d.units if u != unit)
        return ()

    def band(self, unit: str, to: str) -> tuple[float, float] | None:
        for d in self.unit_dimensions:
            b = d.band(unit, to)
            if b is not None:
                return b
        return None

    def multi_valued_subjects(self) -> set[str]:
        """Subjects not compared value against value: listed in ``multi_valued``, or the single part
        subject of a ``parts_total`` rule (15, 8 and 7 actions are three pillars, not a conflict)."""
        out = set(self.multi_valued)
        for r in self.rules:
            if isinstance(r, PartsTotal) and len(r.parts) == 1:
                out.add(r.parts[0])
        return out

    def subjects(self) -> set[str]:
        out: set[str] = set()
        for r in self.rules:
            if isinstance(r, PartsTotal):
                out.add(r.total)
                out.update(r.parts)
            else:
                out.update((r.part, r.whole))
        return out | set(self.multi_valued)


_CACHE: dict[tuple[str, float], RuleSet] = {}


def load_rules(path: Path | None = None, *, known_subjects: Iterable[str] | None = None) -> RuleSet:
    """Load and validate rules.yaml; raise PolicycheckError (E201) naming file:line:col.

    With ``known_subjects`` (the catalog's subject ids), a rule naming an unknown subject is an
    error too."""
    path = Path(path) if path is not None else BUNDLED_RULES
    if not path.exists():
        if path == BUNDLED_RULES:
            return RuleSet()
        raise PolicycheckError(problem("E201", str(path), "rules file not found"))
    key = (str(path), path.stat().st_mtime)
    rs = _CACHE.get(key)
    positions: dict[tuple[Any, ...], tuple[int, int]] = {}
    if rs is None:
        data, positions = load_yaml(path, "E201")
        rs = _validate(data if data is not None else {}, path, positions)
        _CACHE[key] = rs
    if known_subjects is not None:
        known = set(known_subjects)
        problems = []
        for i, r in enumerate(rs.rules):
            names = [("total", r.total), *((("parts", j), p) for j, p in enumerate(r.parts))] if isinstance(r, PartsTotal) else [("part", r.part), ("whole", r.whole)]
            for where, sid in names:
                if sid not in known:
                    if not positions:
                        _, positions = load_yaml(path, "E201")
                    loc = ("rules", i) + (where if isinstance(where, tuple) else (where,))
                    line, col = locate(positions, loc)
                    problems.append(problem("E201", str(path), f"rule {r.id!r}: unknown subject {sid!r}", line, col))
        if problems:
            raise PolicycheckError(problems)
    return rs


_TAGS = {"parts_total", "part_le_whole"}


def _validate(data: Any, path: Path, positions: dict[tuple[Any, ...], tuple[int, int]]) -> RuleSet:
    """Like yamlio.validate, but drops the union's discriminator tag from error locations so the
    line points at the offending key."""
    try:
        return RuleSet.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(x for x in err["loc"] if x not in _TAGS)
            line, col = locate(positions, loc)
            where = ".".join(str(x) for x in loc) or "(top level)"
            problems.append(problem("E201", str(path), f"{where}: {err['msg']}", line, col))
        raise PolicycheckError(problems)


def catalog_rules(catalog: Any) -> RuleSet:
    """The rules that go with a catalog: ``<catalog dir>/rules.yaml`` when it exists, else bundled."""
    d = getattr(catalog, "dir", None)
    if d is not None and (Path(d) / "rules.yaml").exists():
        return load_rules(Path(d) / "rules.yaml")
    return load_rules(None)


def subject_changes_over_time(catalog: Any, subject: str) -> bool:
    """Whether the catalog marks a subject as a state that changes (export controls imposed, then
    lifted): different values at different dates are then not a contradiction."""
    subj = _subject(catalog, subject)
    return bool(getattr(subj, "changes_over_time", False)) if subj is not None else False


def subject_is_threshold(catalog: Any, subject: str) -> bool:
    """Whether the catalog marks a subject as a rule's bound (``threshold: true``): its figures are
    compared as bounds and sides (claims.compare.thresholds_conflict), not as intervals."""
    subj = _subject(catalog, subject)
    spec = getattr(subj, "spec", subj)
    return bool(getattr(spec, "threshold", False)) if subj is not None else False


def subject_side_cues(catalog: Any, subject: str) -> frozenset[str]:
    """The folded words with which a threshold's statement says which side of its bound the rule
    covers (catalog ``side_cues``); empty when the subject lists none."""
    subj = _subject(catalog, subject)
    spec = getattr(subj, "spec", subj)
    words = getattr(spec, "side_cues", None) or {}
    from claims.catalog import fold_term

    return frozenset(fold_term(w) for ws in words.values() for w in ws)


def _subject(catalog: Any, subject: str) -> Any:
    if catalog is None:
        return None
    getter = getattr(catalog, "subject", None)
    if callable(getter):
        try:
            return getter(subject)
        except (KeyError, LookupError):
            return None
    subjects = getattr(catalog, "subjects", None)
    if isinstance(subjects, dict):
        return subjects.get(subject)
    if isinstance(subjects, (list, tuple)):
        for s in subjects:
            if getattr(s, "id", None) == subject:
                return s
    return None


def catalog_subject_ids(catalog: Any) -> set[str]:
    subjects = getattr(catalog, "subjects", None)
    if isinstance(subjects, dict):
        return set(subjects)
    if isinstance(subjects, (list, tuple)):
        return {getattr(s, "id") for s in subjects if getattr(s, "id", None)}
    return set()


# ---- internal rules (rules.yaml) -----------------------------------------------------------------


def _sum(qs: list[Quantity]) -> cmpv.Interval:
    lo: float | None = 0.0
    hi: float | None = 0.0
    lo_open = hi_open = False
    for q in qs:
        iv = cmpv.quantity_interval(q)
        lo = None if lo is None or iv.low is None else lo + iv.low
        hi = None if hi is None or iv.high is None else hi + iv.high
        lo_open, hi_open = lo_open or iv.low_open, hi_open or iv.high_open
    return cmpv.Interval(lo, hi, lo_open, hi_open)


def rule_findings(ruleset: "RuleSet", claims: Sequence[Claim]) -> list[Finding]:
    """Findings of the parts_total and part_le_whole rules, inside each document."""
    if not ruleset.rules:
        return []
    wanted = ruleset.subjects()
    per_doc: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.subject in wanted and isinstance(c.value, Quantity):
            per_doc[c.doc][c.subject].append(c)
    out: list[Finding] = []
    for doc in sorted(per_doc):
        subj = per_doc[doc]
        for rule in ruleset.rules:
            if isinstance(rule, PartsTotal):
                parts = [c for s in rule.parts for c in sorted(subj.get(s, []), key=lambda c: c.start)]
                totals = subj.get(rule.total, [])
                if not parts or not totals or (rule.expected_parts and len(parts) != rule.expected_parts):
                    continue
                for t in totals:
                    qs = [cmpv.convert(p.value, t.value.unit, ruleset.conversions) for p in parts]  # type: ignore[arg-type]
                    if any(q is None for q in qs):
                        continue
                    s = _sum(qs)  # type: ignore[arg-type]
                    tiv = cmpv.quantity_interval(t.value, ruleset.settings.about_tolerance)  # type: ignore[arg-type]
                    if rule.complete:
                        bad = not cmpv.overlaps(s, tiv)
                    else:
                        bad = not cmpv.overlaps(cmpv.Interval(s.low, None, s.low_open), cmpv.Interval(None, tiv.high, False, tiv.high_open))
                    if bad:
                        obs = " + ".join(p.text for p in parts) + f" = {cmpv.display_value(_as_quantity(s, t.value))}"
                        out.append(make_finding("PC112", rule.total, parts, [t], observed=obs, rule_id=rule.id))
            elif isinstance(rule, PartLeWhole):
                for p in subj.get(rule.part, []):
                    for w in subj.get(rule.whole, []):
                        pq = cmpv.convert(p.value, w.value.unit, ruleset.conversions)  # type: ignore[arg-type]
                        if pq is None:
                            continue
                        piv = cmpv.quantity_interval(pq, ruleset.settings.about_tolerance)
                        wiv = cmpv.quantity_interval(w.value, ruleset.settings.about_tolerance)  # type: ignore[arg-type]
                        if not cmpv.overlaps(cmpv.Interval(piv.low, None, piv.low_open), cmpv.Interval(None, wiv.high, False, wiv.high_open)):
                            out.append(make_finding("PC113", rule.whole, [p], [w], rule_id=rule.id))
    return out


def _as_quantity(iv: cmpv.Interval, like: Any) -> Quantity:
    nominal = iv.low if iv.low is not None else (iv.high or 0.0)
    return Quantity(nominal=nominal, low=iv.low, high=iv.high, low_open=iv.low_open, high_open=iv.high_open, unit=getattr(like, "unit", None))

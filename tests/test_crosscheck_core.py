"""Unit tests of the cross-check core on claims built directly (no extraction involved)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims import compare as cmpv
from claims.crosscheck import check_drafts, crosscheck
from claims.fingerprint import fingerprint
from claims.model import Claim, DateRange, Identifier, Quantity, ReferenceFact, TextValue
from claims.rules import PartLeWhole, PartsTotal, RuleSet

_N = [0]


def q(low, high=None, *, unit="documents", hedge="exact", lo_open=False, hi_open=False, nominal=None):
    high = low if high is None and hedge in ("exact", "about", "nearly") else high
    nom = nominal if nominal is not None else (low if low is not None else high)
    return Quantity(nominal=nom, low=low, high=high, low_open=lo_open, high_open=hi_open, unit=unit, hedge=hedge, approx=hedge != "exact")


def day(s: str) -> DateRange:
    d = dt.date.fromisoformat(s)
    return DateRange(start=d, end=d, granularity="day", month=d.month, day_from=d.day, day_to=d.day)


def claim(doc, value, subject="rfi.submissions.total", *, text=None, start=None, doc_date=None, source="catalog", sentence=None):
    _N[0] += 1
    start = _N[0] * 10 if start is None else start
    text = text if text is not None else cmpv.display_value(value)
    kind = value.kind
    return Claim(
        id=f"{doc}:{start}-{start + len(text)}", doc=doc, start=start, end=start + len(text), line=1, column=start + 1,
        text=text, sentence=sentence or f"… {text} …", sentence_start=0, subject=subject, subject_source=source,
        kind=kind, value=value, language="en", doc_date=dt.date.fromisoformat(doc_date) if doc_date else None, confidence=0.9,
    )


class Cat:
    """A minimal catalog stand-in: subject ids, one marked changes_over_time."""

    class S:
        def __init__(self, id, changes=False, threshold=False):
            self.id, self.changes_over_time, self.threshold = id, changes, threshold

    subjects = {"export.h20.controlled": S("export.h20.controlled", True), "rfi.submissions.total": S("rfi.submissions.total"),
                "rule.threshold": S("rule.threshold", threshold=True), "rule.sided": S("rule.sided", threshold=True)}
    subjects["rule.sided"].side_cues = {"en": ["without review"]}
    dir = None


CAT = Cat()
NORULES = RuleSet()


# ---- intervals -----------------------------------------------------------------------------------


def test_exact_figures_that_differ_conflict():
    assert cmpv.quantities_conflict(q(10068), q(10086)) is True
    assert cmpv.quantities_conflict(q(10068), q(10068)) is False


def test_hedges_open_bounds():
    over = q(10000, None, hedge="over", lo_open=True)
    assert cmpv.quantities_conflict(over, q(10068)) is False
    assert cmpv.quantities_conflict(over, q(10000)) is True  # "over 10,000" excludes 10,000 itself
    at_least = q(10000, None, hedge="at_least")
    assert cmpv.quantities_conflict(at_least, q(10000)) is False
    under = q(None, 600, hedge="under", hi_open=True)
    assert cmpv.quantities_conflict(under, q(600)) is True
    assert cmpv.quantities_conflict(under, q(599)) is False
    plus = q(10000, 20000, hedge="plus", lo_open=True, hi_open=True)  # 一萬多
    assert cmpv.quantities_conflict(plus, q(10068)) is False
    assert cmpv.quantities_conflict(q(90, 100, hedge="plus", lo_open=True, hi_open=True), q(30)) is True


def test_about_point_is_widened():
    assert cmpv.quantities_conflict(q(3, unit="times", hedge="about"), q(3.2, unit="times")) is False
    assert cmpv.quantities_conflict(q(3, unit="times", hedge="about"), q(5, unit="times")) is True


def test_units_must_match_or_convert():
    assert cmpv.quantities_conflict(q(5, unit="percent"), q(17, unit="times")) is None
    conv = {"million_USD": ("USD", 1e6)}
    assert cmpv.quantities_conflict(q(200, unit="million_USD"), q(2e8, unit="USD"), conv) is False
    assert cmpv.quantities_conflict(q(300, unit="million_USD"), q(2e8, unit="USD"), conv) is True


intervals = st.builds(
    lambda lo, w, lo_inf, hi_inf, lo_open, hi_open: cmpv.Interval(None if lo_inf else lo, None if hi_inf else lo + w, lo_open and not lo_inf, hi_open and not hi_inf),
    st.integers(-50, 50).map(float), st.integers(0, 30).map(float), st.booleans(), st.booleans(), st.booleans(), st.booleans(),
)


def _nonempty(iv):
    return iv.low is None or iv.high is None or iv.low < iv.high or not (iv.low_open or iv.high_open)


@given(intervals, intervals)
def test_overlap_is_symmetric(a, b):
    assert cmpv.overlaps(a, b) == cmpv.overlaps(b, a)


@given(intervals)
def test_interval_never_conflicts_with_itself(a):
    if _nonempty(a):
        assert cmpv.overlaps(a, a)


@given(intervals, intervals, st.integers(0, 10).map(float), st.integers(0, 10).map(float))
def test_widening_never_creates_a_conflict(a, b, dl, dh):
    wider = cmpv.Interval(None if a.low is None else a.low - dl, None if a.high is None else a.high + dh, a.low_open and dl == 0, a.high_open and dh == 0)
    if cmpv.overlaps(a, b):
        assert cmpv.overlaps(wider, b)


@given(intervals, intervals)
def test_overlap_matches_brute_force(a, b):
    def inside(iv, x):
        if iv.low is not None and (x < iv.low or (iv.low_open and x == iv.low)):
            return False
        return not (iv.high is not None and (x > iv.high or (iv.high_open and x == iv.high)))

    pts = [x / 2 for x in range(-220, 221)]
    assert cmpv.overlaps(a, b) == any(inside(a, x) and inside(b, x) for x in pts)


quantities = st.builds(
    lambda lo, w, hedge: q(float(lo), float(lo + w) if hedge != "over" else None, hedge=hedge, lo_open=hedge in ("over", "plus")),
    st.integers(0, 100), st.integers(0, 50), st.sampled_from(["exact", "about", "over", "plus", "range"]),
)


@given(quantities, quantities)
def test_quantity_conflict_is_symmetric(a, b):
    assert cmpv.quantities_conflict(a, b) == cmpv.quantities_conflict(b, a)


@given(quantities)
def test_quantity_never_conflicts_with_itself(a):
    assert cmpv.quantities_conflict(a, a) is False


# ---- dates ---------------------------------------------------------------------------------------


def test_dates_as_ranges():
    late_july = DateRange(start=dt.date(2025, 7, 21), end=dt.date(2025, 7, 31), granularity="part_of_month", month=7, day_from=21, day_to=31)
    assert cmpv.dates_conflict(late_july, day("2025-11-20")) is True
    assert cmpv.dates_conflict(late_july, day("2025-07-23")) is False
    early_2025 = DateRange(start=dt.date(2025, 1, 1), end=dt.date(2025, 4, 30), granularity="part_of_year")
    assert cmpv.dates_conflict(early_2025, day("2025-01-23")) is False


def test_unresolved_year_keeps_month_and_days():
    late_july_any = DateRange(granularity="part_of_month", anchor="unresolved", month=7, day_from=21, day_to=31)
    assert cmpv.dates_conflict(late_july_any, day("2025-11-20")) is True
    assert cmpv.dates_conflict(late_july_any, day("2024-07-25")) is False
    early_feb = DateRange(granularity="part_of_month", anchor="unresolved", month=2, day_from=1, day_to=10)
    assert cmpv.dates_conflict(early_feb, day("2025-02-06")) is False
    assert cmpv.dates_conflict(early_feb, late_july_any) is True
    assert cmpv.dates_conflict(DateRange(anchor="unresolved"), day("2025-02-06")) is None


def test_titles_and_identifiers():
    a = TextValue(text="Winning the AI Race: America’s AI Action Plan", normalized="winning the ai race americas ai action plan")
    b = TextValue(text="Winning the Race: America's AI Action Plan", normalized="winning the race americas ai action plan")
    c = TextValue(text="WINNING THE AI RACE — America's AI Action Plan", normalized="winning the ai race americas ai action plan")
    assert cmpv.texts_conflict(a, b) is True
    assert cmpv.texts_conflict(a, c) is False
    zh = TextValue(text="赢得竞赛：美国人工智能行动计划", normalized="赢得竞赛美国人工智能行动计划")
    assert cmpv.texts_conflict(a, zh) is None
    assert cmpv.identifiers_conflict(Identifier(scheme="executive_order", number="14179"), Identifier(scheme="executive_order", number="14110"))
    assert cmpv.identifiers_conflict(Identifier(scheme="executive_order", number="14179"), Identifier(scheme="omb_memo", number="M-25-21")) is None


# ---- crosscheck ----------------------------------------------------------------------------------


def test_contradiction_between_documents_with_days_apart():
    cs = [claim("a", q(10068), doc_date="2025-04-26"), claim("b", q(10086), doc_date="2025-05-06"), claim("b", q(10000, 20000, hedge="plus", lo_open=True, hi_open=True))]
    fs = crosscheck(cs, CAT, rules=NORULES)
    assert [f.rule for f in fs] == ["PC101"]
    f = fs[0]
    assert f.kind == "contradiction" and f.severity == "error" and f.days_apart == 10
    assert "10086" in f.observed or "10068" in f.observed
    assert f.message and f.message_zh


def test_compatible_hedged_figures_are_not_flagged():
    cs = [claim("a", q(10068)), claim("b", q(10000, 20000, hedge="plus", lo_open=True, hi_open=True)), claim("c", q(10000, None, hedge="over", lo_open=True))]
    assert crosscheck(cs, CAT, rules=NORULES) == []


def test_internal_same_subject_twice():
    cs = [claim("a", q(10068), start=5), claim("a", q(9000), start=50)]
    fs = crosscheck(cs, CAT, rules=NORULES)
    assert [(f.kind, f.rule, f.days_apart) for f in fs] == [("internal", "PC111", None)]


def test_imprecise_ratio():
    pct = dict(subject="s.pct", )
    fs = crosscheck([claim("a", q(5, None, unit="percent", hedge="over", lo_open=True), **pct), claim("b", q(17, unit="percent"), **pct)], CAT, rules=NORULES)
    assert [(f.kind, f.rule, f.severity) for f in fs] == [("imprecise", "PC121", "warning")]
    fs = crosscheck([claim("a", q(10000, None, hedge="over", lo_open=True)), claim("b", q(10068))], CAT, rules=NORULES)
    assert fs == []


def test_changes_over_time_is_not_a_contradiction():
    sub = "export.h20.controlled"
    cs = [claim("a", q(1, unit=None), subject=sub, doc_date="2025-04-15"), claim("b", q(0, unit=None), subject=sub, doc_date="2025-07-15")]
    fs = crosscheck(cs, CAT, rules=NORULES)
    assert [(f.kind, f.rule, f.days_apart) for f in fs] == [("possible", "PC132", 91)]
    same_day = [claim("a", q(1, unit=None), subject=sub, doc_date="2025-04-15"), claim("b", q(0, unit=None), subject=sub, doc_date="2025-04-15")]
    assert [f.kind for f in crosscheck(same_day, CAT, rules=NORULES)] == ["contradiction"]


def test_open_keys_give_possible():
    sub = "open:documents:comments"
    fs = crosscheck([claim("a", q(5), subject=sub, source="open"), claim("b", q(7), subject=sub, source="open")], CAT, rules=NORULES)
    assert [(f.kind, f.rule, f.severity) for f in fs] == [("possible", "PC131", "info")]
    weak = "open:_:_:nanometers"
    assert crosscheck([claim("a", q(7, unit="nanometers"), subject=weak, source="open"), claim("b", q(5, unit="nanometers"), subject=weak, source="open")], CAT, rules=NORULES) == []


def test_dates_of_unnamed_things_are_not_compared():
    def date_claim(doc: str, day: str, subject: str) -> Claim:
        c = claim(doc, q(1), subject=subject, source="open")
        return c.model_copy(update={"kind": "date", "value": DateRange(start=day, end=day, granularity="day")})

    unnamed = "open:_:signing:date"  # two unnamed laws signed on different days: no finding
    assert crosscheck([date_claim("a", "2025-01-02", unnamed), date_claim("b", "2025-03-04", unnamed)], CAT, rules=NORULES) == []
    named = "open:《ai法案》:entry_into_force:date"  # one law named by its title: compared
    fs = crosscheck([date_claim("a", "2024-08-01", named), date_claim("b", "2024-08-02", named)], CAT, rules=NORULES)
    assert [(f.kind, f.rule) for f in fs] == [("possible", "PC131")]


RULESET = RuleSet(
    rules=(
        PartsTotal(id="pillars", kind="parts_total", total="plan.actions.total", parts=("plan.actions.pillar",), expected_parts=3),
        PartLeWhole(id="individual", kind="part_le_whole", part="rfi.submissions.individual", whole="rfi.submissions.total"),
    )
)


def test_parts_total_rule():
    u = "actions"
    cs = [claim("d", q(90, 100, unit=u, hedge="plus", lo_open=True, hi_open=True), subject="plan.actions.total", text="90余项")]
    cs += [claim("d", q(n, unit=u), subject="plan.actions.pillar", text=f"{n}项") for n in (15, 8, 7)]
    fs = crosscheck(cs, CAT, rules=RULESET)
    assert [(f.kind, f.rule) for f in fs] == [("internal", "PC112")]
    assert "15项 + 8项 + 7项 = 30" in fs[0].observed
    ok = [claim("e", q(90, 100, unit=u, hedge="plus", lo_open=True, hi_open=True), subject="plan.actions.total")]
    ok += [claim("e", q(n, unit=u), subject="plan.actions.pillar") for n in (40, 30, 25)]
    assert crosscheck(ok, CAT, rules=RULESET) == []


def test_part_le_whole_rule():
    good = [claim("d", q(9313), subject="rfi.submissions.individual"), claim("d", q(10068))]
    assert crosscheck(good, CAT, rules=RULESET) == []
    bad = [claim("d", q(12000), subject="rfi.submissions.individual"), claim("d", q(10068))]
    assert [f.rule for f in crosscheck(bad, CAT, rules=RULESET)] == ["PC113"]


REF = ReferenceFact(subject="eo.signed", value=day("2025-01-23"), source_url="https://www.govinfo.gov/x", quote="Executive Order 14179 of January 23, 2025")


def test_reference_disagreement_is_a_contradiction():
    fs = crosscheck([claim("a", day("2025-01-20"), subject="eo.signed"), claim("b", day("2025-01-23"), subject="eo.signed")], CAT, reference=[REF], rules=NORULES)
    rules = sorted(f.rule for f in fs)
    assert rules == ["PC102", "PC105"]
    ref = [f for f in fs if f.rule == "PC105"][0]
    assert ref.reference == REF and [c.doc for c in ref.claims] == ["a"]


# ---- drafts --------------------------------------------------------------------------------------


def test_check_drafts_only_reports_draft_findings():
    corpus = [claim("c1", q(10068)), claim("c2", q(10086)), claim("c2", q(10000, 20000, hedge="plus", lo_open=True, hi_open=True))]
    assert check_drafts([claim("draft", q(10000, None, hedge="over", lo_open=True))], corpus, CAT, rules=NORULES) == []
    fs = check_drafts([claim("draft", q(7))], corpus, CAT, rules=NORULES)
    assert fs and all(any(c.doc == "draft" for c in f.claims) for f in fs)
    assert {f.kind for f in fs} == {"contradiction"}


def test_divided_corpus_downgrades():
    corpus = [claim("c1", q(10068)), claim("c2", q(10086))]
    fs = check_drafts([claim("draft", q(10068))], corpus, CAT, rules=NORULES)
    assert [(f.kind, f.rule) for f in fs] == [("possible", "PC133")]


def test_reference_overrides_corpus_for_drafts():
    corpus = [claim("c1", day("2025-01-20"), subject="eo.signed")]
    assert check_drafts([claim("draft", day("2025-01-23"), subject="eo.signed")], corpus, CAT, reference=[REF], rules=NORULES) == []
    fs = check_drafts([claim("draft", day("2025-01-24"), subject="eo.signed")], corpus, CAT, reference=[REF], rules=NORULES)
    assert [f.rule for f in fs] == ["PC105"]


# ---- fingerprints and order ----------------------------------------------------------------------


def test_fingerprint_ignores_offsets_but_not_evidence():
    a1, b1 = claim("a", q(10068), start=10, text="10068"), claim("b", q(10086), start=99, text="10,086")
    a2, b2 = claim("a", q(10068), start=500, text="10068"), claim("b", q(10086), start=7, text="10,086")
    f1, f2 = crosscheck([a1, b1], CAT, rules=NORULES), crosscheck([a2, b2], CAT, rules=NORULES)
    assert f1[0].fingerprint == f2[0].fingerprint
    b3 = claim("b", q(10087), text="10,087")
    assert crosscheck([a1, b3], CAT, rules=NORULES)[0].fingerprint != f1[0].fingerprint
    assert fingerprint("PC101", "s", [a1]) != fingerprint("PC102", "s", [a1])


def test_order_is_deterministic():
    cs = [claim(f"d{i}", q(float(i))) for i in range(6)] + [claim("x", day("2025-01-01"), subject="eo.signed"), claim("y", day("2025-02-01"), subject="eo.signed")]
    f1 = crosscheck(cs, CAT, rules=NORULES)
    f2 = crosscheck(list(reversed(cs)), CAT, rules=NORULES)
    assert [f.fingerprint for f in f1] == [f.fingerprint for f in f2]


def test_cap_per_subject():
    cs = [claim(f"d{i}", q(float(i))) for i in range(200)]
    fs = crosscheck(cs, CAT, rules=RuleSet())
    assert len(fs) == RuleSet().settings.max_findings_per_subject


@pytest.mark.parametrize("n", [10, 100])
def test_nothing_when_everyone_agrees(n):
    assert crosscheck([claim(f"d{i}", q(10068)) for i in range(n)], CAT, rules=NORULES) == []
    assert not math.isnan(0.0)


# ---- date properties -----------------------------------------------------------------------------

resolved_dates = st.builds(
    lambda start, length: DateRange(start=start, end=start + dt.timedelta(days=length), granularity="day"),
    st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 12, 31)), st.integers(0, 120),
)
unresolved_dates = st.builds(
    lambda m, d1, w: DateRange(anchor="unresolved", granularity="part_of_month", month=m, day_from=d1, day_to=min(31, d1 + w)),
    st.integers(1, 12), st.integers(1, 28), st.integers(0, 10),
)
any_dates = st.one_of(resolved_dates, unresolved_dates)


@given(any_dates, any_dates)
def test_date_conflict_is_symmetric(a, b):
    assert cmpv.dates_conflict(a, b) == cmpv.dates_conflict(b, a)


@given(any_dates)
def test_date_never_conflicts_with_itself(a):
    assert not cmpv.dates_conflict(a, a)


@given(resolved_dates, any_dates, st.integers(0, 40), st.integers(0, 40))
def test_widening_a_date_never_creates_a_conflict(a, b, before, after):
    wider = DateRange(start=a.start - dt.timedelta(days=before), end=a.end + dt.timedelta(days=after), granularity="day")
    if cmpv.dates_conflict(a, b) is False:
        assert cmpv.dates_conflict(wider, b) is False


def test_draft_internal_findings_are_reported():
    rs = RULESET
    draft = [claim("draft", q(12000), subject="rfi.submissions.individual"), claim("draft", q(10068))]
    fs = check_drafts(draft, [claim("c", q(10068))], CAT, rules=rs)
    assert [(f.kind, f.rule) for f in fs] == [("internal", "PC113")]


# ---- crosscheck-level properties -----------------------------------------------------------------

values = st.one_of(quantities, any_dates, st.sampled_from([
    TextValue(text="Winning the AI Race", normalized="winning the ai race"),
    TextValue(text="Winning the Race", normalized="winning the race"),
    Identifier(scheme="executive_order", number="14179"),
    Identifier(scheme="executive_order", number="14110"),
]))
claim_specs = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["s1", "s2", "open:x:y:documents"]), values,
              st.sampled_from([None, "2025-01-01", "2025-06-30"])),
    max_size=12,
)


def _build(specs):
    return [claim(doc, v, subject=s, doc_date=d, source="open" if s.startswith("open:") else "catalog", start=i * 7)
            for i, (doc, s, v, d) in enumerate(specs)]


@given(claim_specs, st.randoms(use_true_random=False))
def test_crosscheck_is_total_and_order_independent(specs, rnd):
    cs = _build(specs)
    f1 = crosscheck(cs, CAT, rules=NORULES)
    shuffled = list(cs)
    rnd.shuffle(shuffled)
    f2 = crosscheck(shuffled, CAT, rules=NORULES)
    assert [f.fingerprint for f in f1] == [f.fingerprint for f in f2]
    for f in f1:
        assert f.claims and f.message and f.message_zh and len(f.fingerprint) == 64
        assert f.severity == {"contradiction": "error", "internal": "error", "imprecise": "warning", "possible": "info"}[f.kind]


@given(claim_specs)
def test_a_document_alone_never_contradicts_another(specs):
    cs = [c for c in _build(specs) if c.doc == "a"]
    assert all(f.kind != "contradiction" for f in crosscheck(cs, CAT, rules=NORULES))


@given(claim_specs)
def test_drafts_findings_always_involve_a_draft(specs):
    cs = _build(specs)
    draft = [c.model_copy(update={"doc": "draft"}) for c in cs if c.doc == "a"]
    corpus = [c for c in cs if c.doc != "a"]
    for f in check_drafts(draft, corpus, CAT, rules=NORULES):
        assert any(c.doc == "draft" for c in f.claims)


def test_figures_stated_for_different_moments():
    def staff(doc: str, n: int, as_of: str | None) -> Claim:
        c = claim(doc, q(n, unit="people"), subject="export_controls.bis.staff")
        return c.model_copy(update={"as_of": dt.date.fromisoformat(as_of) if as_of else None})

    apart = crosscheck([staff("a", 500, "2023-12-31"), staff("b", 600, "2025-12-31")], CAT, rules=NORULES)
    assert [(f.kind, f.rule) for f in apart] == [("possible", "PC134")]
    assert "(as of 2025-12-31)" in apart[0].message and "(as of 2023-12-31)" in apart[0].message, apart[0].message
    same = crosscheck([staff("a", 500, "2025-12-31"), staff("b", 600, "2025-12-31")], CAT, rules=NORULES)
    assert [f.kind for f in same] == ["contradiction"]
    one_side = crosscheck([staff("a", 500, "2023-12-31"), staff("b", 600, None)], CAT, rules=NORULES)
    assert [f.kind for f in one_side] == ["contradiction"]

    # inside one document, figures for different moments are a series
    series = [staff("a", 500, "2023-12-31"), staff("a", 600, "2025-12-31")]
    assert crosscheck(series, CAT, rules=NORULES) == []


def test_a_projection_is_another_moment():
    """"BIS would cross 700 staff in FY2027" (a 2026 article) against "fewer than 600 staff" (2025):
    the projection's year is later than its document's, so the two figures are two moments."""
    now = claim("a", q(None, 600, unit="people", hedge="under", hi_open=True), subject="export_controls.bis.staff",
                doc_date="2025-11-20")
    later = claim("b", q(700, unit="people"), subject="export_controls.bis.staff", doc_date="2026-03-01")
    proj = later.model_copy(update={"as_of": dt.date(2027, 12, 31)})
    assert [(f.kind, f.rule) for f in crosscheck([now, proj], CAT, rules=NORULES)] == [("possible", "PC134")]
    assert [f.kind for f in crosscheck([now, later], CAT, rules=NORULES)] == ["contradiction"]
    this_year = later.model_copy(update={"as_of": dt.date(2026, 12, 31)})  # "in 2026": not a projection
    assert [f.kind for f in crosscheck([now, this_year], CAT, rules=NORULES)] == ["contradiction"]
    # two figures for the same year are one moment, though only one of them is a projection (the other
    # text is undated): "到2028年…五成左右" against "到2028年…达到甚至超越70%"
    undated = now.model_copy(update={"as_of": dt.date(2027, 12, 31), "doc_date": None})
    assert [f.kind for f in crosscheck([undated, proj], CAT, rules=NORULES)] == ["contradiction"]


def test_a_subject_read_from_the_context_is_only_possible():
    """PC135: a claim whose catalog subject's entity is not named in its sentence (subject_evidence
    context or earlier) gives a possible finding, never a contradiction; inside one document none;
    for a draft, only the draft's claim's evidence counts (the corpus is the desk's material)."""
    def ev(c: Claim, e: str | None) -> Claim:
        return c.model_copy(update={"subject_evidence": e})

    strong_a, strong_b = ev(claim("a", q(10068)), "sentence"), ev(claim("b", q(4300)), "sentence")
    weak_b = ev(claim("b", q(4300)), "context")
    assert [f.rule for f in crosscheck([strong_a, strong_b], CAT, rules=NORULES)] == ["PC101"]
    assert [(f.kind, f.rule) for f in crosscheck([strong_a, weak_b], CAT, rules=NORULES)] == [("possible", "PC135")]
    assert [f.rule for f in crosscheck([strong_a, ev(claim("b", q(4300)), "previous")], CAT, rules=NORULES)] == ["PC101"]
    inside = [ev(claim("a", q(10068)), "sentence"), ev(claim("a", q(4300)), "earlier")]
    assert crosscheck(inside, CAT, rules=NORULES) == []
    # a draft: its own weak claim is possible; a weak corpus claim still holds against a strong draft
    assert [f.rule for f in check_drafts([ev(claim("d", q(4300)), "context")], [strong_a], CAT, rules=NORULES)] == ["PC135"]
    assert [f.rule for f in check_drafts([ev(claim("d", q(4300)), "sentence")], [ev(claim("c", q(10068)), "context")],
                                         CAT, rules=NORULES)] == ["PC101"]
    # and against a reference fact
    fact = ReferenceFact(subject="rfi.submissions.total", value=q(10068), source_url="https://example.org/x")
    assert [f.rule for f in crosscheck([weak_b], CAT, reference=[fact], rules=NORULES)] == ["PC135"]
    assert [f.rule for f in crosscheck([ev(claim("b", q(4300)), "sentence")], CAT, reference=[fact], rules=NORULES)] == ["PC105"]


# ---- thresholds (a rule's bound: catalog threshold: true) -----------------------------------------


def _bound(n, hedge):
    if hedge in ("under", "at_most"):
        return q(None, float(n), hedge=hedge, hi_open=hedge == "under", nominal=float(n), unit="chips")
    if hedge in ("over", "at_least"):
        return q(float(n), None, hedge=hedge, lo_open=hedge == "over", nominal=float(n), unit="chips")
    return q(float(n), hedge=hedge, unit="chips")


def test_thresholds_compare_bounds_and_sides():
    over50k, over5k = _bound(50_000, "over"), _bound(5_000, "over")
    # as intervals two lower bounds overlap, but a power of ten apart one slipped a digit (compare.bound_slip, gate64)
    assert cmpv.quantities_conflict(over5k, over50k) is True
    assert cmpv.quantities_conflict(over5k, _bound(20_000, "over")) is False  # (no slip: both may hold)
    assert cmpv.quantities_conflict(_bound(2e7, "under"), _bound(2e8, "under")) is True  # 不到2000万 / 不到2亿美元
    assert cmpv.thresholds_conflict(over5k, over50k) is True  # as thresholds they differ
    under1700 = _bound(1700, "under")
    assert cmpv.thresholds_conflict(_bound(1700, "exact"), under1700) is False  # "the 1,700-H100 threshold"
    assert cmpv.quantities_conflict(_bound(1700, "exact"), under1700) is True  # (an interval excludes its open bound)
    assert cmpv.thresholds_conflict(_bound(1700, "over"), under1700) is True  # the rule on the other side
    assert cmpv.thresholds_conflict(_bound(1700, "at_most"), under1700) is False  # the same side
    assert cmpv.thresholds_conflict(_bound(1700, "about"), under1700) is False  # roughly 1,700
    assert cmpv.thresholds_conflict(_bound(17_000, "about"), under1700) is True
    assert cmpv.thresholds_conflict(q(1700.0, unit="percent"), under1700) is None  # units not comparable


bounds = st.builds(_bound, st.integers(1, 60).map(lambda k: k * 100),
                   st.sampled_from(["exact", "about", "over", "at_least", "under", "at_most"]))


@given(bounds, bounds)
def test_threshold_conflict_is_symmetric_and_never_with_itself(a, b):
    assert cmpv.thresholds_conflict(a, b) == cmpv.thresholds_conflict(b, a)
    assert cmpv.thresholds_conflict(a, a) is False


@given(bounds, bounds)
def test_thresholds_with_the_same_bound_and_no_opposite_sides_agree(a, b):
    sides = {cmpv.threshold_interval(x)[1] for x in (a, b)} - {None}
    if a.nominal == b.nominal and len(sides) < 2:
        assert cmpv.thresholds_conflict(a, b) is False


def test_a_threshold_subject_gives_pc106_between_documents_and_the_gate():
    a = claim("a", _bound(5_000, "over"), "rule.threshold")
    b = claim("b", _bound(50_000, "over"), "rule.threshold")
    fs = crosscheck([a, b], CAT, rules=NORULES)
    assert [f.rule for f in fs] == ["PC106"] and fs[0].kind == "contradiction"
    assert "another threshold" in fs[0].message
    assert [f.rule for f in check_drafts([a], [b], CAT, rules=NORULES)] == ["PC106"]
    # the same figures on a subject that is no threshold: overlapping intervals, no finding
    a2, b2 = (claim(c.doc, c.value, "rfi.submissions.total") for c in (a, b))
    assert crosscheck([a2, b2], CAT, rules=NORULES) == []
    # "the 1,700-H100 threshold" against "fewer than 1,700": the same bound
    assert check_drafts([claim("d", _bound(1700, "exact"), "rule.threshold")],
                        [claim("c", _bound(1700, "under"), "rule.threshold")], CAT, rules=NORULES) == []


def test_a_threshold_statement_without_a_side_cue_is_compared_by_its_bound_only():
    def sided(doc, value, cues, sentence=None):
        c = claim(doc, value, "rule.sided")
        return c.model_copy(update={"cues": cues, "sentence": sentence or f"{c.text} {' '.join(cues)}."})

    seed = sided("s", _bound(1700, "under"), ("without review",))
    # "orders of 1,700 or more H100s need a review": the same bound from the other side
    assert check_drafts([sided("d", _bound(1700, "at_least"), ("orders",))], [seed], CAT, rules=NORULES) == []
    # "more than 1,700 H100s went ahead without review": the rule on the other side
    assert [f.rule for f in check_drafts([sided("d", _bound(1700, "over"), ("without review",))], [seed], CAT,
                                         rules=NORULES)] == ["PC106"]
    # another bound is another threshold, side cue or none
    assert [f.rule for f in check_drafts([sided("d", _bound(17_000, "at_least"), ())], [seed], CAT, rules=NORULES)] == ["PC106"]
    assert cmpv.thresholds_conflict(_bound(1700, "over"), _bound(1700, "under"), sided=(False, True)) is False
    # a negated side cue says nothing sure of the side ("cannot ship without review")
    negated = sided("d", _bound(1700, "over"), ("without review",), "orders of more than 1,700 cannot ship without review.")
    assert check_drafts([negated], [seed], CAT, rules=NORULES) == []


@given(bounds, bounds)
def test_a_bound_slip_is_symmetric_and_needs_the_same_side(a, b):
    """compare.bound_slip: two bounds on one side a power of ten apart; never bounds on opposite sides."""
    ia, ib = cmpv.quantity_interval(a), cmpv.quantity_interval(b)
    assert cmpv.bound_slip(ia, ib) == cmpv.bound_slip(ib, ia)
    assert not cmpv.bound_slip(ia, ia)
    if (ia.low is None) != (ib.low is None) or (ia.high is None) != (ib.high is None):
        assert not cmpv.bound_slip(ia, ib)

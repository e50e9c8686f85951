"""Rule codes (stable, documented in docs/rules.md) and the one-line messages of findings, in
English and Chinese. tests/test_crosscheck_rules_doc.py checks code and docs list the same set."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from claims import compare as cmpv
from claims.fingerprint import fingerprint
from claims.model import Claim, DateRange, Finding, FindingKind, Quantity, ReferenceFact, Severity

# The order of kinds, most serious first. `--fail-on K` fails on K and every kind before it.
KIND_ORDER: tuple[FindingKind, ...] = ("contradiction", "internal", "imprecise", "possible")
SEVERITY: dict[FindingKind, Severity] = {
    "contradiction": "error",
    "internal": "error",
    "imprecise": "warning",
    "possible": "info",
}


def at_or_above(kind: str, fail_on: str) -> bool:
    return KIND_ORDER.index(kind) <= KIND_ORDER.index(fail_on)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    kind: FindingKind
    summary: str
    help: str
    en: str  # message template; fields: subject, observed, expected, other, days
    zh: str


RULES: dict[str, RuleInfo] = {
    r.code: r
    for r in [
        RuleInfo(
            "PC101", "quantity-mismatch", "contradiction",
            "Two documents give figures for the same subject that cannot both be true.",
            "The intervals of the two figures (after hedges such as 'about', 'over', '余') do not overlap. "
            "Check the figure against its source; if both are right, they describe different things and the "
            "catalog subject should be split.",
            "{subject}: {observed} contradicts {expected} in {other}",
            "{subject}：{observed} 与 {other} 中的 {expected} 相矛盾",
        ),
        RuleInfo(
            "PC102", "date-mismatch", "contradiction",
            "Two documents date the same event differently.",
            "The date ranges cannot meet (a date without a year is checked against every year). Relative "
            "dates such as 'today' are resolved from the document's publication date.",
            "{subject}: date {observed} contradicts {expected} in {other}",
            "{subject}：日期 {observed} 与 {other} 中的 {expected} 相矛盾",
        ),
        RuleInfo(
            "PC103", "title-mismatch", "contradiction",
            "Two documents give different titles for the same document.",
            "Titles are compared after folding script, punctuation, quotes and case; a title that contains "
            "the other is accepted. Only Latin-script titles are compared (translations vary).",
            "{subject}: title “{observed}” differs from “{expected}” in {other}",
            "{subject}：标题“{observed}”与 {other} 中的“{expected}”不一致",
        ),
        RuleInfo(
            "PC104", "identifier-mismatch", "contradiction",
            "Two documents give different numbers for the same identifier (e.g. an executive order).",
            "Identifiers are compared by scheme and number.",
            "{subject}: {observed} differs from {expected} in {other}",
            "{subject}：{observed} 与 {other} 中的 {expected} 不一致",
        ),
        RuleInfo(
            "PC105", "reference-mismatch", "contradiction",
            "A claim contradicts an authoritative reference fact.",
            "The reference file (reference.yaml) records facts with their primary source and the quoted "
            "sentence. Correct the claim, or the reference if the source says otherwise.",
            "{subject}: {observed} contradicts the reference value {expected} ({other})",
            "{subject}：{observed} 与参考事实 {expected}（{other}）相矛盾",
        ),
        RuleInfo(
            "PC106", "threshold-mismatch", "contradiction",
            "Two documents state the same rule's threshold differently.",
            "The subject is a rule's bound (catalog `threshold: true`): 'fewer than 1,700 H100s' states the "
            "bound 1,700 and the side of it the rule covers. The bounds differ ('more than 5,000 chips' "
            "against 'more than 50,000'), or the rule is put on the other side of its bound ('more than 1,700' "
            "against 'fewer than 1,700'). 'The 1,700-H100 threshold' agrees with 'fewer than 1,700'.",
            "{subject}: {observed} states another threshold than {expected} in {other}",
            "{subject}：{observed} 与 {other} 中的 {expected} 所述门槛不一致",
        ),
        RuleInfo(
            "PC107", "unit-mismatch", "contradiction",
            "A figure in another unit of what the subject measures agrees with the subject's figures under no conversion.",
            "The figure's unit is not one its catalog subject takes, but measures the same thing (months where "
            "the subject is in years, yuan where it is in dollars, a percentage where it is a multiple), and "
            "the subject's entity is named in its sentence: a unit that slipped in the retelling ('1 到 2 年' told "
            "as 'one to two months', '近6000亿美元' as '近6000亿元人民币', '下降10倍' as '下降10%'). It is converted "
            "(durations exactly, currencies at any dollar rate of 2015-2026, a percentage in each of its readings "
            "as a multiple: rules.yaml `unit_dimensions`, `ratio_units`) and flagged when no conversion meets "
            "the evidence. A figure that does meet it is the same fact converted, and raises nothing.",
            "{subject}: {observed} is in another unit than {expected} in {other}, and agrees with it under no conversion",
            "{subject}：{observed} 与 {other} 中的 {expected} 单位不同，换算后也不一致",
        ),
        RuleInfo(
            "PC111", "internal-mismatch", "internal",
            "One document states the same subject twice with incompatible values.",
            "Both statements are in the same document; at most one can be right.",
            "{subject}: {observed} and {expected} in the same document cannot both be true",
            "{subject}：同一文档中的 {observed} 与 {expected} 不可能同时成立",
        ),
        RuleInfo(
            "PC112", "parts-total", "internal",
            "The parts stated in a document do not add up to the total it states.",
            "Declared in claims/catalog/rules.yaml (kind parts_total): the sum of the part figures must fall "
            "within the total's interval (or at most reach it when the parts are not complete).",
            "{subject}: parts add up to {observed}, but the total is {expected}",
            "{subject}：各部分之和为 {observed}，但总数为 {expected}",
        ),
        RuleInfo(
            "PC113", "part-exceeds-whole", "internal",
            "A part stated in a document is larger than the whole it belongs to.",
            "Declared in claims/catalog/rules.yaml (kind part_le_whole).",
            "{subject}: the part {observed} exceeds the whole {expected}",
            "{subject}：部分 {observed} 大于整体 {expected}",
        ),
        RuleInfo(
            "PC121", "imprecise-figure", "imprecise",
            "A hedged figure is compatible with the evidence but far vaguer than it.",
            "The hedged bound (over/at least/under/at most/余/多) is at least `imprecise_ratio` (rules.yaml, "
            "default 1.5) times away from a precise figure in another source: 'over 5%' where a source gives "
            "17% is flagged; 'more than 10,000' against 10,068 is not.",
            "{subject}: {observed} is much vaguer than {expected} in {other}",
            "{subject}：{observed} 远不如 {other} 中的 {expected} 精确",
        ),
        RuleInfo(
            "PC131", "open-key-mismatch", "possible",
            "Claims matched without a catalog subject (same open key) disagree.",
            "The claims share unit and context cues but no catalog subject, so they may not describe the "
            "same thing. Add a catalog subject if they do.",
            "{subject}: {observed} may contradict {expected} in {other}",
            "{subject}：{observed} 可能与 {other} 中的 {expected} 相矛盾",
        ),
        RuleInfo(
            "PC135", "subject-from-context", "possible",
            "Values differ, but a text names the subject's entity only outside the claim's sentence.",
            "The claim is on its catalog subject by its cue words and an entity named further away in the "
            "paragraph, in the text just before, or only earlier in the document (`subject_evidence` context "
            "or earlier), not in its own sentence (nor, for a figure, the sentence before): the figure may be "
            "about something else there (another consultation's deadline, another agency's staff). A draft's "
            "contradiction of the corpus is only possible when the draft's claim is such; in a corpus, when "
            "either side is. Name the entity in the sentence if it is the same fact.",
            "{subject}: {observed} may contradict {expected} in {other} (the subject is read from the context, not the sentence)",
            "{subject}：{observed} 可能与 {other} 中的 {expected} 相矛盾（主体取自上下文，而非本句）",
        ),
        RuleInfo(
            "PC136", "year-not-written", "possible",
            "Dates differ only in a year the text does not write.",
            "A date written without its year ('Anthropic在三月提交', 'closed on March 15') takes the year of "
            "the document's date, a guess: when its month and days agree with the evidence and only that "
            "year differs (a 2026 text retelling the 2025 consultation), the finding is only possible. "
            "Write the year if the date is a different one.",
            "{subject}: {observed} may contradict {expected} in {other} (its year is not written; read from the document's date)",
            "{subject}：{observed} 可能与 {other} 中的 {expected} 相矛盾（原文未写年份，年份取自文档日期）",
        ),
        RuleInfo(
            "PC132", "changed-over-time", "possible",
            "Values differ for a subject that changes over time, at different dates.",
            "The catalog marks the subject `changes_over_time`; the documents are dated differently, so "
            "they may describe different moments. Check that the older value is not presented as current.",
            "{subject}: {observed} differs from {expected} in {other}, {days} days apart (the value changes over time)",
            "{subject}：{observed} 与 {other} 中的 {expected} 不同，相隔 {days} 天（该数值随时间变化）",
        ),
        RuleInfo(
            "PC133", "divided-evidence", "possible",
            "A draft disagrees with some corpus documents but agrees with others that contradict them.",
            "The corpus is divided on this subject; the draft sides with one part. Resolve the corpus "
            "contradiction (see `policycheck crosscheck`) or add a reference fact.",
            "{subject}: {observed} contradicts {expected} in {other}, but other corpus documents agree with it",
            "{subject}：{observed} 与 {other} 中的 {expected} 相矛盾，但语料中另有文档与之一致",
        ),
        RuleInfo(
            "PC134", "different-moments", "possible",
            "Values differ, but each text says when its figure holds, and the moments differ.",
            "Each claim states its moment (截至2025年3月, in 2023, as of March 2025; the claim's `as_of`, "
            "the last day of the stated period) and the moments differ, so both figures can be right. "
            "Check that the older figure is not presented as current. Inside one document such figures "
            "are a series, not a finding.",
            "{subject}: {observed} (as of {observed_as_of}) differs from {expected} in {other} (as of {expected_as_of}); the texts state different moments",
            "{subject}：{observed}（截至 {observed_as_of}）与 {other} 中的 {expected}（截至 {expected_as_of}）不同；两处所述时间不同",
        ),
    ]
}


def render(code: str, lang: str = "en", **fields: object) -> str:
    info = RULES[code]
    tmpl = info.zh if lang == "zh" else info.en
    return tmpl.format(**{k: ("?" if v is None else v) for k, v in fields.items()})


# ---- building and ordering findings --------------------------------------------------------------


def _days_apart(a: Iterable[Claim], b: Iterable[Claim]) -> int | None:
    best: int | None = None
    bl = list(b)
    for x in a:
        for y in bl:
            if x.doc_date is not None and y.doc_date is not None:
                d = abs((x.doc_date - y.doc_date).days)
                best = d if best is None else max(best, d)
    return best


def _sorted_claims(cs: Iterable[Claim]) -> list[Claim]:
    return sorted(cs, key=lambda c: (c.doc, c.start, c.end, c.id))


def make_finding(
    code: str,
    subject: str,
    side_a: Iterable[Claim],
    side_b: Iterable[Claim],
    *,
    reference: ReferenceFact | None = None,
    observed: str | None = None,
    rule_id: str | None = None,
) -> Finding:
    info = RULES[code]
    a, b = _sorted_claims(side_a), _sorted_claims(side_b)
    obs = observed if observed is not None else _values_text(a)
    exp = cmpv.display_value(reference.value) if reference is not None else _values_text(b)
    if reference is not None:
        other = reference.source_url
    else:
        other = ", ".join(sorted({c.doc for c in b})) or "?"
    days = _days_apart(a, b) if b else None
    if code in ("PC111", "PC112", "PC113") and a and a[0].doc_date is not None:
        days = 0
    fields = dict(subject=subject, observed=obs, expected=exp, other=other, days=days,
                  observed_as_of=_moments(a), expected_as_of=_moments(b))
    fp_subject = subject if rule_id is None else f"{subject}#{rule_id}"
    return Finding(
        kind=info.kind,
        severity=SEVERITY[info.kind],
        rule=code,
        rule_name=info.name,
        subject=subject,
        fingerprint=fingerprint(code, fp_subject, [*a, *b], reference),
        message=render(code, "en", **fields),
        message_zh=render(code, "zh", **fields),
        expected=exp,
        observed=obs,
        claims=tuple(a + b),
        reference=reference,
        days_apart=days,
    )


def _moments(cs: list[Claim]) -> str:
    return ", ".join(sorted({str(c.as_of) for c in cs if c.as_of is not None})) or "?"


def _values_text(cs: list[Claim]) -> str:
    seen: list[str] = []
    for c in cs:
        s = f"{c.text.strip()} ({cmpv.display_value(c.value)})" if c.text.strip() and isinstance(c.value, (Quantity, DateRange)) else cmpv.display_value(c.value)
        if s not in seen:
            seen.append(s)
    return "; ".join(seen)


def sort_key(f: Finding) -> tuple[Any, ...]:
    first = f.claims[0] if f.claims else None
    return (
        KIND_ORDER.index(f.kind),
        f.subject,
        f.rule,
        first.doc if first else "",
        first.start if first else 0,
        f.fingerprint,
    )


def finish(findings: list[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out: list[Finding] = []
    for f in sorted(findings, key=sort_key):
        if f.fingerprint in seen:
            continue
        seen.add(f.fingerprint)
        out.append(f)
    return out

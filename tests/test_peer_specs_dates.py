"""Recognizers-Text DateTime specs as an external test suite for claims.dates.

Selection: the cases of zh-datetime.jsonl / en-datetime.jsonl whose expected entities are all of
type ``datetimeV2.date`` or ``datetimeV2.daterange`` (no time, duration, set or datetime among them)
and have at least one resolved value (the spec writes ``"not resolved"`` for impossible dates such
as 2019-02-29; those cases are kept only if we find no date there). Each case runs through the
normalised view with its ``ReferenceDateTime`` as both document date and reference date.

A case passes when every expected entity is matched by one of our mentions that overlaps the
entity's span and whose DateRange equals one of the spec's alternatives: ``value`` for a date
(our start and end both equal it), ``start`` / ``end`` for a range (a limit, "2018年以前", compared by the days it allows: ``DateRange.limits``; the spec's end is exclusive,
ours inclusive; an open side is not compared). Ambiguous partial dates come with a past and a
future alternative in the spec: either is accepted. Extra mentions are not penalised.

Run ``python tests/test_peer_specs_dates.py [-v]`` to print the rates and the failures.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from claims.dates import DateMention, find_dates
from claims.model import DateRange
from claims.text import normalize

if __package__ in (None, ""):  # run as a script: python tests/test_peer_specs_dates.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conftest import PEER_SPECS  # noqa: E402

SPECS = PEER_SPECS / "recognizers-text"
DATE_TYPES = {"datetimeV2.date", "datetimeV2.daterange"}

# Floors at what the implementation reaches (see docs/dates.md); raise them when it improves.
FLOORS = {"zh-datetime.jsonl": 101, "en-datetime.jsonl": 181}  # cases passed


def _day(s: str | None) -> dt.date | None:
    if not s or s == "not resolved":
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def select(path: Path) -> list[dict]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        types = {e["type"] for e in case["expected"]}
        if not types or not types <= DATE_TYPES:
            continue
        cases.append(case)
    return cases


Alt = tuple[dt.date | None, dt.date | None, bool]


# A season with its year (timex "2016-SU") is left "not resolved" by Recognizers-Text, which has no
# days for it, though it names a period: compared as its three months (as docs/dates.md reads them).
# Winter (it spans two years) and a season without a year ("SU") stay unresolvable.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _season(timex: str) -> Alt | None:
    y, _, code = timex.partition("-")
    if not (len(y) == 4 and y.isdigit() and code in _SEASONS):
        return None
    a, b = _SEASONS[code]
    start = dt.date(int(y), a, 1)
    return start, dt.date(int(y), b + 1, 1) - dt.timedelta(days=1), False


def _alternatives(entity: dict) -> list[Alt]:
    """(first day, last day, joined) per resolution; ``joined`` marks an "A to B" range."""
    alts: list[Alt] = []
    for v in entity["resolution"].get("values", []):
        season = _season(str(v.get("timex", "")))
        if season is not None:
            alts.append(season)
        elif entity["type"] == "datetimeV2.date":
            d = _day(v.get("value"))
            if d is not None:
                alts.append((d, d, False))
        else:
            s, e = _day(v.get("start")), _day(v.get("end"))
            if s is None and e is None:
                continue
            joined = str(v.get("timex", "")).startswith("(")
            alts.append((s, e - dt.timedelta(days=1) if e is not None else None, joined))
    return alts


def _last_unit_start(r: DateRange) -> dt.date | None:
    if r.end is None:
        return None
    if r.granularity == "year":
        return r.end.replace(month=1, day=1)
    if r.granularity == "month":
        return r.end.replace(day=1)
    return r.end


def _matches(m: DateMention, alt: Alt) -> bool:
    """Same first day, and same last day. Recognizers-Text ends an "A to B" range where B starts
    (2022-2025 is [2022-01-01, 2025-01-01)); we end it where B ends: both readings are accepted."""
    s, e, joined = alt
    first, last = m.value.limits()  # (a limit, "2018年以前": the days it allows, open on its side)
    if s is not None and first != s:
        return False
    if e is not None and last != e:
        if not (joined and m.value.bound == "on" and _last_unit_start(m.value) == e + dt.timedelta(days=1)):
            return False
    return m.value.resolved


def _reference(case: dict) -> dt.date | None:
    """The case's ReferenceDateTime; a few cases have none (then nothing anchors relative dates)."""
    ctx = case.get("context") or {}
    return dt.datetime.fromisoformat(ctx["ReferenceDateTime"]).date() if ctx.get("ReferenceDateTime") else None


def run_case(case: dict) -> bool:
    ref = _reference(case)
    norm = normalize(case["text"])
    mentions = []
    for m in find_dates(norm.text, doc_date=ref, reference_date=ref):
        s, e = norm.to_original(m.start, m.end)
        mentions.append(DateMention(s, e, case["text"][s:e], m.value, m.in_title))
    for ent in case["expected"]:
        alts = _alternatives(ent)
        near = [m for m in mentions if m.start < ent["end"] and ent["start"] < m.end]
        if not alts:  # the spec cannot resolve it (e.g. 2019-02-29): we must not invent a date
            if any(m.value.resolved for m in near):
                return False
            continue
        if not any(_matches(m, a) for m in near for a in alts):
            return False
    return True


def evaluate(name: str) -> tuple[int, int, list[dict]]:
    cases = select(SPECS / name)
    failed = [c for c in cases if not run_case(c)]
    return len(cases) - len(failed), len(cases), failed


@pytest.mark.skipif(not SPECS.exists(), reason="peer specs not present")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_peer_spec_date_rates(name: str) -> None:
    passed, total, _ = evaluate(name)
    rate = passed / total
    print(f"{name}: {passed}/{total} date cases pass ({rate:.1%})")
    assert total > 0
    assert passed >= FLOORS[name], f"{name}: {passed}/{total} = {rate:.1%} is below the floor of {FLOORS[name]} cases"


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for name in sorted(FLOORS):
        passed, total, failed = evaluate(name)
        print(f"{name}: {passed}/{total} ({passed / total:.1%})")
        if verbose:
            for c in failed:
                ref = _reference(c)
                exp = [(e["text"], [a[:2] for a in _alternatives(e)[:2]]) for e in c["expected"]]
                got = [(m.text, str(m.value.start), str(m.value.end)) for m in find_dates(normalize(c["text"]).text, doc_date=ref)]
                print(f"  FAIL {c['id']} [{ref}] {c['text'][:80]!r}\n     expected {exp}\n     got {got}")

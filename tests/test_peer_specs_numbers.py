"""Recognizers-Text number, percentage and number-range spec cases run through find_numbers.

A case passes *by value* when the list of values found equals the list expected, in order (no-match
cases: nothing found). *Strict* also requires the same spans. Percentage files only look at
mentions marked ``percent``. Number-range files compare our interval bounds with the spec's
interval notation ("(20,35]", "[30,)"). Floors below are what the module reaches today, so a
regression fails. Run ``python tests/test_peer_specs_numbers.py`` for the per-file table.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from claims.numbers import NumberMention, find_numbers

if __package__ in (None, ""):  # run as a script: python tests/test_peer_specs_numbers.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conftest import PEER_SPECS  # noqa: E402

SPECS = PEER_SPECS / "recognizers-text"

# file -> (mode, floor by value, floor strict)
FLOORS: dict[str, tuple[str, int, int]] = {
    "zh-number": ("number", 356, 351),
    "en-number": ("number", 190, 186),
    "zh-percentage": ("percent", 141, 140),
    "en-percentage": ("percent", 13, 13),
    "zh-numberrange": ("range", 44, 39),
    "en-numberrange": ("range", 78, 70),
}


def _dec(s: str) -> Decimal | None:
    try:
        return Decimal(s.rstrip("%"))
    except (InvalidOperation, AttributeError):
        return None


def _close(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    tol = max(abs(a), abs(b), Decimal(1)) * Decimal("1e-12")
    return abs(a - b) <= tol


def _interval(m: NumberMention) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    return m.low, m.high, m.low_open, m.high_open


def _parse_interval(s: str) -> tuple[Decimal | None, Decimal | None, bool, bool] | None:
    s = s.strip()
    if len(s) < 3 or s[0] not in "([" or s[-1] not in ")]" or "," not in s:
        return None
    lo, hi = s[1:-1].split(",", 1)
    return (_dec(lo) if lo else None, _dec(hi) if hi else None, s[0] == "(", s[-1] == ")")


def _span(case_text: str, m: NumberMention) -> str:
    return unicodedata.normalize("NFKC", case_text[m.start:m.end]).lower()


def _expected_span(e: dict) -> str:
    return unicodedata.normalize("NFKC", e["text"]).lower()


def run_case(case: dict, mode: str) -> tuple[bool, bool]:
    found = find_numbers(case["text"])
    exp = case["expected"]
    if mode == "percent":
        found = [m for m in found if m.percent]
    if mode == "range":
        # a range mention: any hedge, or an explicit "equal to"/"等于" (hedge_text on an exact figure)
        rng = [m for m in found if m.hedge != "exact" or m.hedge_text]
        got_iv = [_interval(m) for m in rng]
        exp_iv = [_parse_interval(e["value"] or "") for e in exp]
        ok = len(got_iv) == len(exp_iv) and all(
            x is not None and _close(g[0], x[0]) and _close(g[1], x[1]) for g, x in zip(got_iv, exp_iv))
        strict = ok and [_span(case["text"], m) for m in rng] == [_expected_span(e) for e in exp]
        return ok, strict

    vals = [m.value for m in found]
    ev = [_dec(e["value"]) for e in exp]
    ok = len(vals) == len(ev) and all(_close(a, b) for a, b in zip(vals, ev))
    strict = ok and [_span(case["text"], m) for m in found] == [_expected_span(e) for e in exp]
    return ok, strict


def plus_compatible(case: dict) -> bool:
    """Range cases that differ only because our "plus" (五百多 -> (500, 600)) is bounded where the
    spec writes (500,): same lower bound, spec open above."""
    rng = [m for m in find_numbers(case["text"]) if m.hedge != "exact" or m.hedge_text]
    exp_iv = [_parse_interval(e["value"] or "") for e in case["expected"]]
    if len(rng) != len(exp_iv) or not any(m.hedge == "plus" for m in rng):
        return False
    for m, x in zip(rng, exp_iv):
        if x is None:
            return False
        if m.hedge == "plus":
            if not (_close(m.low, x[0]) and x[1] is None):
                return False
        elif not (_close(m.low, x[0]) and _close(m.high, x[1])):
            return False
    return True


def load(name: str) -> list[dict]:
    with open(SPECS / f"{name}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def rates() -> dict[str, tuple[int, int, int]]:
    out = {}
    for name, (mode, _, _) in FLOORS.items():
        cases = load(name)
        by_value = strict = 0
        for c in cases:
            ok, st = run_case(c, mode)
            by_value += ok
            strict += st
        out[name] = (by_value, strict, len(cases))
    return out


@pytest.fixture(scope="module")
def measured() -> dict[str, tuple[int, int, int]]:
    if not SPECS.exists():
        pytest.skip("peer specs not available")
    r = rates()
    for name, (v, s, n) in r.items():
        print(f"{name:16s} value {v:3d}/{n}  strict {s:3d}/{n}")
    return r


@pytest.mark.parametrize("name", list(FLOORS))
def test_peer_spec_floor(measured: dict[str, tuple[int, int, int]], name: str) -> None:
    v, s, n = measured[name]
    _, floor_v, floor_s = FLOORS[name]
    assert v >= floor_v, f"{name}: {v}/{n} by value, floor {floor_v}"
    assert s >= floor_s, f"{name}: {s}/{n} strict, floor {floor_s}"


if __name__ == "__main__":  # per-file table, and the failures of one file with -v NAME
    if len(sys.argv) > 2 and sys.argv[1] == "-v":
        name = sys.argv[2]
        mode = FLOORS[name][0]
        for c in load(name):
            ok, st = run_case(c, mode)
            if not ok or (len(sys.argv) > 3 and not st):
                got = [(m.text, str(m.value), m.hedge, str(m.low), str(m.high)) for m in find_numbers(c["text"])]
                print(c["id"], repr(c["text"][:70]), "exp", [(e["text"], e["value"]) for e in c["expected"]], "got", got)
    for name, (v, s, n) in rates().items():
        extra = ""
        if FLOORS[name][0] == "range":
            extra = f"  (+{sum(plus_compatible(c) for c in load(name))} differing only by bounded 多/余/几)"
        print(f"{name:16s} value {v:3d}/{n}  strict {s:3d}/{n}{extra}")

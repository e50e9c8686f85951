"""Recognizers-Text's number-with-unit specs (currency, dimension) run through the whole
extractor: a case passes when every expected amount is found as a quantity claim overlapping the
expected span with the same value (and, for cases that expect nothing, when no claim of the spec's
kind is found: no money in a currency case, no measure in a dimension case; "All seventeen tests
were successful" expects no currency, and its count of tests is not one).

The floors are what the extractor reaches today (docs/extraction.md); a regression fails. The
dimension spec: weights and lengths are units (tonnes, kilograms, 斤, kilometres), areas and volumes are not.
Run as a script for the per-file summary: ``python tests/test_peer_specs_units.py``.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

if __package__ in (None, ""):  # run as a script: python tests/test_peer_specs_units.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conftest import PEER_SPECS  # noqa: E402

SPECS = PEER_SPECS / "recognizers-text"
FLOORS = {"zh-currency": 25, "en-currency": 128, "zh-dimension": 16}


_KINDS = {"currency": ("currency",), "dimension": ("measure",)}  # what each spec file is about


def _value(s: str) -> Decimal | None:
    try:
        return Decimal(s)
    except (InvalidOperation, TypeError):
        return None


def run_file(name: str) -> tuple[int, int, list[str]]:
    from claims.catalog import load_catalog
    from claims.extract import extract_claims, text_document

    catalog = load_catalog()
    passed = total = 0
    failures: list[str] = []
    for line in (SPECS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        total += 1
        claims = [c for c in extract_claims(text_document(case["text"]), catalog) if c.kind == "quantity"]
        kinds = _KINDS[name.split("-", 1)[1]]
        of_kind = [c for c in claims if catalog.units.get(c.value.unit) and catalog.units[c.value.unit].kind in kinds]

        def found(e: dict) -> bool:
            v = _value(e["value"])
            if v is None:
                return False
            for c in claims:
                if c.start < e["end"] and e["start"] < c.end:
                    if abs(Decimal(repr(c.value.nominal)) - v) <= abs(v) * Decimal("1e-9"):  # type: ignore[union-attr]
                        return True
            return False

        expected = case["expected"]
        if all(found(e) for e in expected) and (expected or not of_kind):
            passed += 1
        else:
            failures.append(case["id"])
    return passed, total, failures


@pytest.mark.skipif(not SPECS.exists(), reason="../shared/peer-specs is not beside the project")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_unit_specs_floor(name: str) -> None:
    passed, total, failures = run_file(name)
    print(f"{name}: {passed}/{total}")
    assert passed >= FLOORS[name], f"{name}: {passed}/{total} below the floor {FLOORS[name]}; failing: {failures[:20]}"


if __name__ == "__main__":  # pragma: no cover
    for n in sorted(FLOORS):
        p, t, _ = run_file(n)
        print(f"{n}: {p}/{t}")

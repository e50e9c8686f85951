"""claims.model.trusted builds the extractor's Claims and Quantities without validating them: each
must be exactly what validation makes of the same values (same fields in the same order, values of
the same types, the same fields set), or the JSON of a claim could change by a byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.catalog import load_catalog
from claims.documents import load_document
from claims.extract import extract_claims
from claims.model import Claim, Quantity, trusted

CAT = load_catalog()
ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted(ROOT.glob("seeds/0*.txt")) + sorted((ROOT / "tests" / "data").glob("**/*.md"))


def _same(made, validated) -> None:
    """Field by field: the same names in the same order, equal values of the same type, the same
    fields set, the same JSON."""
    assert type(made) is type(validated)
    assert list(made.__dict__) == list(validated.__dict__)
    for name, value in validated.__dict__.items():
        assert type(made.__dict__[name]) is type(value), name
        assert made.__dict__[name] == value, name
    assert made.model_fields_set == validated.model_fields_set
    assert made.__pydantic_extra__ == validated.__pydantic_extra__
    assert made.__pydantic_private__ == validated.__pydantic_private__
    assert made.model_dump_json() == validated.model_dump_json()


def _revalidated(m):
    """``m`` built again by validation, from the fields it had set (a nested model revalidated too)."""
    values = {k: getattr(m, k) for k in m.model_fields_set}
    if isinstance(values.get("value"), Quantity):
        values["value"] = _revalidated(values["value"])
    return type(m)(**values)


def test_trusted_fills_defaults_like_validation() -> None:
    values = dict(nominal=5.0, low=5.0, high=None, low_open=True, high_open=False, unit="USD", approx=True,
                  hedge="over")
    _same(trusted(Quantity, {"kind": "quantity", **values}, frozenset({"kind"})), Quantity(**values))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_claim_is_its_validated_twin(path: Path) -> None:
    doc = load_document(path)
    claims = extract_claims(doc, CAT)
    assert claims or path.stat().st_size < 400
    for c in claims:
        twin = _revalidated(c)
        _same(c, twin)
        if isinstance(c.value, Quantity):
            _same(c.value, twin.value)

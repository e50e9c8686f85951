"""claims.numfmt.human_number: the one way figures are shown to people."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claims.numfmt import human_number


def test_examples() -> None:
    assert human_number(10068) == "10,068"
    assert human_number(10068, grouping=False) == "10068"
    assert human_number(3.5) == "3.5"
    assert human_number(1e25) == "1e+25"  # not 10,000,000,000,000,000,905,969,664
    assert human_number(-600) == "-600"
    assert human_number(float("inf")) == "inf"


@given(st.integers(min_value=-(10 ** 15) + 1, max_value=10 ** 15 - 1))
def test_whole_numbers_are_written_out(n: int) -> None:
    assert int(human_number(float(n)).replace(",", "")) == n


@given(st.floats(min_value=1e15, max_value=1e300))
def test_large_numbers_keep_six_significant_digits(x: float) -> None:
    shown = human_number(x, grouping=False)
    assert len(shown) <= 12 and abs(float(shown) - x) <= x * 1e-5

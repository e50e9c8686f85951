"""A figure for people: ``10,068`` · ``3.5`` · ``1e+25`` (one formatter for tables, messages and
reports). Whole numbers up to 10^15 are written out (a float is exact there); larger ones, and
fractions, keep six significant digits, so 10^25 never shows as 10,000,000,000,000,000,905,969,664."""

from __future__ import annotations

__all__ = ["human_number"]

EXACT_MAX = 1e15


def human_number(x: float, *, grouping: bool = True) -> str:
    if x != x or x in (float("inf"), float("-inf")):  # nan, inf
        return repr(x)
    if float(x).is_integer() and abs(x) < EXACT_MAX:
        return f"{int(x):,}" if grouping else str(int(x))
    return f"{x:,.6g}" if grouping else f"{x:.6g}"

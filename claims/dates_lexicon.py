"""The date lexicon (claims/catalog/lexicon/dates.yaml): a strict pydantic model, validated the
first time dates are searched. A bad file raises PolicycheckError E201 naming file:line:col."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claims.yamlio import load_model

__all__ = ["DateLexicon", "load_date_lexicon", "LEXICON_PATH"]

LEXICON_PATH = Path(__file__).parent / "catalog" / "lexicon" / "dates.yaml"

DayPair = tuple[int, int]


class _LexModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DateLexicon(_LexModel):
    """The words of dates.yaml. Day pairs are [first, last] day (31 = last day of the month),
    month pairs [first, last] month; relative words map to (unit, offset)."""

    version: Literal[1]
    en_months: dict[str, int] = Field(min_length=12)
    en_ambiguous_months: list[str]
    en_cues: list[str]
    zh_part_of_month: dict[str, DayPair]
    en_part_of_month: dict[str, DayPair]
    zh_part_of_year: dict[str, DayPair]
    en_part_of_year: dict[str, DayPair]
    quarter_codes: dict[str, DayPair]
    zh_relative: dict[str, tuple[Literal["day", "week", "month", "quarter", "year"], int]]
    en_relative: dict[str, tuple[Literal["day", "week", "month", "quarter", "year"], int]]
    zh_weekday_prefixes: list[str]
    zh_weekday_names: dict[str, int] = Field(min_length=7)
    zh_week_modifiers: dict[str, int]
    en_weekdays: dict[str, int] = Field(min_length=7)
    en_week_modifiers: dict[str, int]
    zh_duration_cues: list[str]
    zh_duration_after: list[str]
    zh_part_blockers: list[str]
    zh_digits: dict[str, int]

    @model_validator(mode="after")
    def _check(self) -> "DateLexicon":
        problems = []
        for name, m in self.en_months.items():
            if not 1 <= m <= 12:
                problems.append(f"en_months.{name}: month {m} is not in 1..12")
        if sorted(set(self.en_months.values())) != list(range(1, 13)):
            problems.append("en_months: every month 1..12 needs at least one name")
        for name in self.en_ambiguous_months:
            if name not in self.en_months:
                problems.append(f"en_ambiguous_months: {name!r} is not a key of en_months")
        for field in ("zh_part_of_month", "en_part_of_month"):
            for word, (a, b) in getattr(self, field).items():
                if not 1 <= a <= b <= 31:
                    problems.append(f"{field}.{word}: days [{a}, {b}] must satisfy 1 <= first <= last <= 31")
        for field in ("zh_part_of_year", "en_part_of_year", "quarter_codes"):
            for word, (a, b) in getattr(self, field).items():
                if not 1 <= a <= b <= 12:
                    problems.append(f"{field}.{word}: months [{a}, {b}] must satisfy 1 <= first <= last <= 12")
        for field in ("zh_weekday_names", "en_weekdays"):
            for word, wd in getattr(self, field).items():
                if not 0 <= wd <= 6:
                    problems.append(f"{field}.{word}: weekday {wd} is not in 0..6 (0 = Monday)")
        for ch, d in self.zh_digits.items():
            if len(ch) != 1 or not 0 <= d <= 9:
                problems.append(f"zh_digits.{ch}: a single character mapping to a digit 0..9")
        if problems:
            raise ValueError("; ".join(problems))
        return self


@lru_cache(maxsize=4)
def load_date_lexicon(path: Path | None = None) -> DateLexicon:
    """Load and validate dates.yaml (bundled by default). Raises PolicycheckError (E201)."""
    return load_model(DateLexicon, path or LEXICON_PATH, "E201")

"""The date lexicon (claims/catalog/lexicon/dates.yaml): a strict pydantic model, validated the
first time dates are searched. A bad file raises PolicycheckError E201 naming file:line:col."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from claims.yamlio import load_model

__all__ = ["DateLexicon", "load_date_lexicon", "LEXICON_PATH", "counted_months"]

LEXICON_PATH = Path(__file__).parent / "catalog" / "lexicon" / "dates.yaml"

def _ordered(pair: tuple[int, int]) -> tuple[int, int]:
    if pair[0] > pair[1]:
        raise ValueError(f"[{pair[0]}, {pair[1]}]: the first must not be after the last")
    return pair


Day = Annotated[int, Field(ge=1, le=31)]
Month = Annotated[int, Field(ge=1, le=12)]
Weekday = Annotated[int, Field(ge=0, le=6, description="0 = Monday")]
DayPair = Annotated[tuple[Day, Day], AfterValidator(_ordered)]
MonthPair = Annotated[tuple[Month, Month], AfterValidator(_ordered)]
Unit = Literal["day", "week", "month", "quarter", "year"]
ZhChar = Annotated[str, Field(min_length=1, max_length=1)]
DecadeYear = Annotated[int, Field(ge=0, le=9)]
DecadePart = Literal["early", "mid", "late"]


class _LexModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DateBoundWords(_LexModel):
    """The words that make a date a limit of one kind (dates.yaml ``date_bounds``)."""

    en_before: list[str] = []
    en_after: list[str] = []
    zh_before: list[str] = []
    zh_after: list[str] = []


class DateLexicon(_LexModel):
    """The words of dates.yaml. Day pairs are [first, last] day (31 = last day of the month),
    month pairs [first, last] month; relative words map to (unit, offset). Every field is checked
    where it is written, so an error names its own line."""

    version: Literal[1]
    en_months: dict[str, Month] = Field(min_length=12)
    en_ambiguous_months: list[str]
    en_bare_months: list[str] = Field(default_factory=list, description="capitalised month names taken alone after a lower-case word")
    en_cues: list[str]
    zh_part_of_month: dict[str, DayPair]
    en_part_of_month: dict[str, DayPair]
    zh_part_of_year: dict[str, MonthPair]
    en_part_of_year: dict[str, MonthPair]
    en_month_counts: dict[str, Annotated[int, Field(ge=2, le=11)]] = Field(
        description="words for N in 'the first N months of' a year")
    zh_month_counts: dict[str, Annotated[int, Field(ge=2, le=11)]] = Field(description="N in 前N个月 after a year")
    en_yearless_parts: list[str] = Field(description="parts of a year taken without a year after a cue and 'the'")
    en_seasons: list[str]
    en_period_cues: list[str]
    en_season_followers: list[str]
    quarter_codes: dict[str, MonthPair]
    decade_parts: dict[DecadePart, Annotated[tuple[DecadeYear, DecadeYear], AfterValidator(_ordered)]] = Field(
        description="[first, last] year of a decade for each part (early: [0, 3])")
    en_decade_parts: dict[str, DecadePart]
    zh_decade_parts: dict[str, DecadePart]
    zh_rest_of: dict[str, Literal["earlier", "later"]]
    en_year_to_date: list[str] = Field(description="the year up to the anchor's day: year-to-date, so far this year")
    zh_relative: dict[str, tuple[Unit, int]]
    en_relative: dict[str, tuple[Unit, int]]
    zh_weekday_prefixes: list[str]
    zh_weekday_names: dict[ZhChar, Weekday] = Field(min_length=7)
    zh_week_modifiers: dict[str, int]
    en_weekdays: dict[str, Weekday] = Field(min_length=7)
    en_week_modifiers: dict[str, int]
    en_day_ordinals: dict[str, Day]
    relative_blockers: list[str] = Field(description="names that contain a relative word (今日头条, USA Today)")
    zh_duration_cues: list[str]
    zh_duration_after: list[str]
    zh_part_blockers: list[str]
    zh_digits: dict[ZhChar, Annotated[int, Field(ge=0, le=9)]]
    date_bounds: dict[Literal["before", "on_or_before", "after", "on_or_after"], DateBoundWords] = Field(
        default_factory=dict, description="words that make a date a limit: 'before 2028', 2028年之前")
    zh_bound_blockers: list[str] = Field(default_factory=list, description="words opening with a bare 前/后 that are no limit")

    @model_validator(mode="after")
    def _check(self) -> "DateLexicon":
        problems = []
        if sorted(set(self.en_months.values())) != list(range(1, 13)):
            problems.append("en_months: every month 1..12 needs at least one name")
        for name in self.en_ambiguous_months:
            if name not in self.en_months:
                problems.append(f"en_ambiguous_months: {name!r} is not a key of en_months")
        for name in self.en_bare_months:
            if name.lower() not in self.en_months or name[:1].islower():
                problems.append(f"en_bare_months: {name!r} is not a capitalised key of en_months")
        for name in self.en_yearless_parts:
            if name not in self.en_part_of_year and f"{name} of" not in self.en_part_of_year:
                problems.append(f"en_yearless_parts: {name!r} (or {name + ' of'!r}) is not a key of en_part_of_year")
        for name in self.en_seasons:
            if name not in self.en_yearless_parts:
                problems.append(f"en_seasons: {name!r} is not in en_yearless_parts")
        if sorted(self.decade_parts) != ["early", "late", "mid"]:
            problems.append("decade_parts: early, mid and late are needed")
        if sorted(set(self.en_weekdays.values())) != list(range(7)):
            problems.append("en_weekdays: every weekday 0..6 needs a name")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def counted_months(counts: dict[str, int], en: bool) -> dict[str, tuple[int, int]]:
    """The parts of a year counted in months, as more words of en_part_of_year / zh_part_of_year:
    "first six months of" / "first 6 months of" [1, 6], "last three months of" [10, 12]; 前10个月,
    前十个月, 前10月, 头两个月, 首九个月 [1, 10] (N in digits or in the words of ``counts``)."""
    out: dict[str, tuple[int, int]] = {}
    for word, n in [*counts.items(), *((str(n), n) for n in range(2, 12))]:
        if en:
            out[f"first {word} months of"] = (1, n)
            out[f"last {word} months of"] = (13 - n, 12)
        else:
            for form in (f"前{word}个月", f"前{word}月", f"头{word}个月", f"首{word}个月"):
                out[form] = (1, n)
    return out


@lru_cache(maxsize=4)
def load_date_lexicon(path: Path | None = None) -> DateLexicon:
    """Load and validate dates.yaml (bundled by default). Raises PolicycheckError (E201)."""
    return load_model(DateLexicon, path or LEXICON_PATH, "E201")

"""Adversarial text families for the linear-time checks (tests/robustness/test_linear_time.py) and
benchmarks/bench_adversarial.py: long runs of what the number, date, hedge, title and identifier
patterns start on, built deterministically from a seed.

Each family is a list of tokens; ``build(family, n, seed)`` concatenates tokens chosen at random
(or one token repeated, for the ``*_run`` families) until the text has ``n`` code points.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DIGITS = list("0123456789")
SEPARATORS = [",", ".", "，", "、", " ", "-", "/", "%", "．", "。"]
ZH_NUMERALS = list("〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兆几数")
SCALES = ["万", "亿", "万亿", "千", "百万", "兆", "million", "billion", "trillion", "thousand"]
HEDGES = ["约", "超过", "不足", "多", "余", "逾", "近", "以上", "以下", "左右", "至少", "不到",
          "more than ", "about ", "nearly ", "fewer than ", "up to ", "at least ", "over ", "under "]
DATE_WORDS = ["年", "月", "日", "底", "初", "中旬", "上半年", "季度", "号", "周", "今天", "去年",
              "January ", "March ", "early ", "late ", "mid-", "Q1 ", "H2 ", "the end of ", "in ", "since "]
BRACKETS = ["《", "》", "〈", "〉", "“", "”", "「", "」", "『", "』", '"', "'", "(", ")", "（", "）", "[", "]"]
UNITS = ["美元", "人民币", "元", "份", "名", "个", "%", "倍", "$", "US$", "dollars", "H100", "GPUs", "staff", "亿美元"]
IDENTS = ["EO ", "M-", "第", "号", "行政命令", "14179", "25-21", "GPT-", "4o", "H", "v", "Claude ", "3.7", "-"]
EN_WORDS = ["one", "two", "three", "twenty", "hundred", "thousand", "million", "and", "a", "half", "-", " ", "odd", "dozen"]

FAMILIES: dict[str, list[str]] = {
    "digits_separators": DIGITS * 3 + SEPARATORS,
    "zh_numerals_scales": ZH_NUMERALS + SCALES,
    "numbers_hedges": DIGITS * 2 + SEPARATORS + HEDGES + SCALES + UNITS,
    "dates": DIGITS * 2 + DATE_WORDS + ["-", "/", ".", " ", "至", "到", "和"],
    "brackets_quotes": BRACKETS * 2 + ZH_NUMERALS[:10] + DIGITS + ["年", "法案", "Act of ", "计划", " "],
    "identifiers": IDENTS + DIGITS + [" ", "-", "."],
    "english_numbers": EN_WORDS + HEDGES[12:] + [" ", ",", "."],
    # the markers that switch on the non-claim patterns that only run when their words occur
    "markers_digits": DIGITS * 4 + SEPARATORS + ["@", "评论", "分钟", "前", "minutes", " ago", "http://", "www.",
                                                  "Table ", "第", "是", "号", "行政令", "comment", ":", "\n", "-", "a", "f"],
    "everything": DIGITS * 2 + SEPARATORS + ZH_NUMERALS + SCALES + HEDGES + DATE_WORDS + BRACKETS + UNITS + IDENTS + EN_WORDS,
}
# one token repeated: what backtracking patterns like least
RUNS: dict[str, str] = {
    "run_digits": "9",
    "run_digit_comma": "1,",
    "run_digit_dot": "1.",
    "run_fullwidth_comma": "1，",
    "run_wan_yi": "万亿",
    "run_zh_numeral": "一",
    "run_hedge": "约",
    "run_year": "2025年",
    "run_year_dash": "2025-",
    "run_month_day": "12月3日",
    "run_bracket": "《",
    "run_more_than": "more than ",
    "run_spaces": " \n",
    "run_hex_dash": "a1b2-",
    "run_email_dots": "a.1.",
    "run_newline_digits": "1\n",
    "run_capital_dash": "GPT-",  # a capitalised word glued with dashes: was 456x (title runs backtracked)
    "run_today": "今天",  # relative dates back to back: was 52x (clause bounds searched per claim)
    "run_zh_sentences": "新的规则已经发布。",  # one long line of Chinese sentences: the paragraphs wrapped by hand were
    # found with a regex that backtracked over the line at each of its characters (quadratic)
}


def build(family: str, n: int, seed: int = 0) -> str:
    if family in RUNS:
        tok = RUNS[family]
        return (tok * (n // len(tok) + 1))[:n]
    rng = random.Random(f"{family}/{seed}")
    tokens = FAMILIES[family]
    out: list[str] = []
    size = 0
    while size < n:
        t = rng.choice(tokens)
        out.append(t)
        size += len(t)
    return "".join(out)[:n]


def ordinary(n: int) -> str:
    """Ordinary text of ``n`` code points: the seed articles' bodies (three scripts), repeated."""
    from claims.documents import load_document

    parts = []
    for p in sorted((ROOT / "seeds").glob("0*.txt")):
        d = load_document(p)
        parts.append(d.text[d.body_start:])
    base = "\n\n".join(parts)
    return (base * (n // len(base) + 1))[:n]


ALL = list(FAMILIES) + list(RUNS)

"""claims.text: the normalised view, its offset map, lines and sentences."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import text as T
from claims.text import LineIndex, normalize, sentence_bounds

ODD = st.sampled_from(
    list("㈠ﬁ½…ＡＢ１２，：；（）　々・ｶﾞ가\u1161\u11a8\u0301\u0308\u200f\u200e\ufeff\u0627\u05d0")
    + ["e\u0301", "\u1100\u1161", "A\u030a", "ｶﾞ", "\u0b47\u0b3e"]
)
MIXED = st.lists(
    st.one_of(st.text(max_size=8), ODD, st.sampled_from(["萬言書", "發佈", "美國", "薴", "US$", "3.5", "。", "\n"])),
    max_size=25,
).map("".join)


# ---- examples ----------------------------------------------------------------------------------


def test_traditional_folded_and_fullwidth_to_ascii() -> None:
    n = normalize("美國ＡＩ行動計劃：１０，０６８份")
    assert n.text == "美国AI行动计划:10,068份"
    assert n.original == "美國ＡＩ行動計劃：１０，０６８份"


def test_cjk_punctuation_kept() -> None:
    s = "、。「」《》"
    assert normalize(s).text == s


def test_expansions_map_back_to_one_character() -> None:
    s = "第㈠条ﬁne½年"
    n = normalize(s)
    assert n.text == "第(一)条fine1⁄2年"
    i = n.text.index("一")
    assert n.to_original(i, i + 1) == (1, 2)  # the whole "㈠"
    i = n.text.index("ne")
    assert s[slice(*n.to_original(i, i + 2))] == "ne"
    assert s[slice(*n.to_original(0, len(n.text)))] == s
    o = s.index("½")
    ns, ne = n.to_normalized(o, o + 1)
    assert n.text[ns:ne] == "1⁄2"


def test_composition_with_previous_character() -> None:
    s = "cafe\u0301 ok"
    n = normalize(s)
    assert n.text == "café ok"
    assert n.to_original(3, 4) == (3, 5)
    assert s[slice(*n.to_original(5, 7))] == "ok"


def test_identity_when_nothing_changes() -> None:
    s = "The plan has 90 actions. 计划有90余项行动。"
    n = normalize(s)
    assert n.text == s
    assert n.to_original(4, 8) == (4, 8)
    assert n.to_normalized(4, 8) == (4, 8)


def test_ccc0_composition_seconds_table_is_complete() -> None:
    seconds = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2 and unicodedata.combining(chr(int(parts[1], 16))) == 0:
                seconds.add(chr(int(parts[1], 16)))
    assert seconds <= T._CCC0_SECONDS


def test_t2s_chain_table_complete() -> None:
    chars = [chr(c) for r in ((0x3400, 0x4DC0), (0x4E00, 0xA000)) for c in range(*r)]
    conv = T._t2s()
    once = conv.convert("\n".join(chars)).split("\n")
    assert len(once) == len(chars)
    changed = sorted({o for c, o in zip(chars, once) if o != c and len(o) == 1})
    twice = conv.convert("\n".join(changed)).split("\n")
    chains = {a: b for a, b in zip(changed, twice) if a != b}
    assert chains == T._T2S_CHAINS


def test_t2s_length_change_falls_back_per_character(monkeypatch: pytest.MonkeyPatch) -> None:
    class Growing:
        def convert(self, s: str) -> str:
            return s.replace("國", "国X") if len(s) > 1 else s.replace("國", "国")

    monkeypatch.setattr(T, "_t2s", lambda: Growing())
    assert T.fold_t2s("美國\n好") == "美国\n好"


def test_line_index() -> None:
    idx = LineIndex("ab\n美国\n\nx")
    assert idx.line_col(0) == (1, 1)
    assert idx.line_col(3) == (2, 1)
    assert idx.line_col(4) == (2, 2)
    assert idx.line_col(7) == (4, 1)
    assert idx.line_start(2) == 3


@pytest.mark.parametrize(
    "text,needle,expected",
    [
        ("第一句。美国有90余项行动！第三句", "90", "美国有90余项行动！"),
        ("The U.S. plan lists 90 actions. It was signed.", "90", "The U.S. plan lists 90 actions."),
        ("See No. 14179 here. Next one.", "14179", "See No. 14179 here."),
        ("It grew 3.5 percent. Then fell.", "3.5", "It grew 3.5 percent."),
        ("Why 600? Because.", "600", "Why 600?"),
        ("标题\n  正文有10068份；另有292家公司", "10068", "正文有10068份；"),
        ("標題:共有 292 家公司\n下一行", "292", "標題:共有 292 家公司"),
        ("no terminator at all 42", "42", "no terminator at all 42"),
        ("他说：“共有10068份。”下一句。", "10068", "他说：“共有10068份。”"),
        ("「萬份建言」中，個人意見達到了 9313 份！」隨後", "9313", "「萬份建言」中，個人意見達到了 9313 份！」"),
        ('He said "it took 90 days." Then left.', "90", 'He said "it took 90 days."'),
        ("真的吗？！是的，600人", "600", "是的，600人"),
        ("计划……共90余项。", "90", "计划……共90余项。"),
    ],
)
def test_sentence_bounds(text: str, needle: str, expected: str) -> None:
    i = text.index(needle)
    s, e = sentence_bounds(text, i, i + len(needle))
    assert text[s:e] == expected


# ---- properties --------------------------------------------------------------------------------


@settings(deadline=None)
@given(st.one_of(st.text(), MIXED))
def test_normalize_idempotent_and_never_raises(s: str) -> None:
    n = normalize(s)
    assert normalize(n.text).text == n.text


@settings(deadline=None)
@given(st.one_of(st.text(), MIXED), st.data())
def test_to_original_bounds_and_monotone(s: str, data: st.DataObject) -> None:
    n = normalize(s)
    L = len(n.text)
    a = data.draw(st.integers(0, L))
    b = data.draw(st.integers(a, L))
    c = data.draw(st.integers(0, L))
    os_, oe = n.to_original(a, b)
    assert 0 <= os_ <= oe <= len(s)
    s1, e1 = n.to_original(min(a, c), min(a, c))
    s2, e2 = n.to_original(max(a, c), max(a, c))
    assert s1 <= s2
    _, end1 = n.to_original(a, max(a, min(b, c)))
    _, end2 = n.to_original(a, b)
    assert end1 <= end2
    ns, ne = n.to_normalized(os_, oe)
    assert 0 <= ns <= ne <= L
    if a < b:  # the mapped span covers at least what it came from
        assert ns <= a and ne >= b


@settings(deadline=None)
@given(st.text(alphabet=st.characters(codec="ascii")), st.data())
def test_identity_map_for_unchanged_text(s: str, data: st.DataObject) -> None:
    n = normalize(s)
    assert n.text == s
    a = data.draw(st.integers(0, len(s)))
    b = data.draw(st.integers(a, len(s)))
    assert n.to_original(a, b) == (a, b)


@settings(deadline=None)
@given(st.one_of(st.text(), MIXED), st.data())
def test_sentence_bounds_contain_span(s: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(s)))
    b = data.draw(st.integers(a, len(s)))
    x, y = sentence_bounds(s, a, b)
    assert 0 <= x <= a <= b <= y <= len(s)


@settings(deadline=None)
@given(st.text(), st.data())
def test_line_col_roundtrip(s: str, data: st.DataObject) -> None:
    idx = LineIndex(s)
    o = data.draw(st.integers(0, len(s)))
    line, col = idx.line_col(o)
    assert idx.line_start(line) + col - 1 == o
    assert s[:o].count("\n") + 1 == line


@settings(deadline=None)
@given(st.one_of(st.text(), MIXED))
def test_segmented_nfkc_equals_whole_text_nfkc(s: str) -> None:
    # the one deliberate difference: superscript digits right after a digit are an exponent
    # ("10²⁶" -> "10^26", "2025²" -> "2025 2"), tested in tests/test_numbers.py
    # and enclosed numerals (①, ⑴, ⒈) are footnote and list marks, kept as they are
    if re.search(r"[0-9\uff10-\uff19][⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]", s):
        return
    kept = {c: f"\x00{i}\x00" for i, c in enumerate(sorted(set(s) & T._ENCLOSED))}
    expected = unicodedata.normalize("NFKC", "".join(kept.get(c, c) for c in s))
    for c, mark in kept.items():
        expected = expected.replace(mark, c)
    assert normalize(s).text == T.fold_t2s(expected)


def test_enclosed_numerals_are_marks_not_digits() -> None:
    assert normalize("网上零售额③826.5亿元，⑴ 第一").text == "网上零售额③826.5亿元,⑴ 第一"


@given(st.lists(st.sampled_from(["美国", "。", "；", "U.S. ", "No. 5 ", "3.5", ". ", "”", "\n", "x" * 50, "字" * 90]), max_size=60).map("".join), st.data())
@settings(deadline=None)
def test_sentence_start_window_matches_a_full_scan(s: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(s)))
    full = 0
    for m in T._TERMINATOR.finditer(s, 0, a):
        if T._is_boundary(s, m):
            full = m.end()
    if a - full <= T._WINDOW:
        assert T._sentence_start(s, a) == full


_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.?$")  # what _word_before replaced


@given(st.lists(st.sampled_from(["U", "S", ".", "..", "e", "g", "Mr", "No", "etc", "word", " ", "\n", "1", "(", '"', "中",
                                 "é", "İ", "x" * 15]), max_size=16).map("".join))
def test_word_before_is_the_regex_search(s: str) -> None:
    for i in range(len(s) + 1):
        w = _WORD_BEFORE.search(s, max(0, i - 20), i)
        assert T._word_before(s, i) == (w.group(1) if w else None)


@given(st.lists(st.sampled_from(["\n", " ", "\t", "a", "A", "1", "1.", "2)", "-", "*", "#", ",", ";", ":", "'", '"', ")",
                                 "(", "$", "中", "。", ".", "、", "|", ">", "+"]), max_size=16).map("".join))
def test_unwrapped_text_has_no_soft_wrap(s: str) -> None:
    # claims.extract._Sentences counts every newline of the unwrapped text as a sentence end
    from claims.extract import unwrap_lines
    from claims.subjects import soft_wrap

    u = unwrap_lines(s)
    assert not any(ch == "\n" and soft_wrap(u, i) for i, ch in enumerate(u))


def test_normalize_is_idempotent_across_phrase_boundaries() -> None:
    # found by hypothesis: folding 倫 lets OpenCC's phrase segmentation fold 於 on a second pass
    s = "𢡊於倫ᆣ"
    once = normalize(s).text
    assert normalize(once).text == once


@pytest.mark.parametrize(
    "text, joined",
    [
        # a line that starts with "N." inside a paragraph continues it (CommonMark: only 1 interrupts one)
        ("due in the first quarter of\n2026. Investors who", "due in the first quarter of 2026. Investors who"),
        ("text\n3) x", "text 3) x"),
        # a list opened by 1. or a bullet, or as the block's first line, keeps its items
        ("Intro:\n1. one\n2. two\n3. three", None),
        ("Intro:\n1) one\n2) two", None),
        ("Intro\n\n2. two\n3. three", None),
        ("A list:\n- a\n- b\n2. c", None),
        ("## Part\n2. foo\n3. bar", None),
        ("> quoted\n2. foo", None),
        # an item wrapped onto the next line is still followed by the next item
        ("1. First item wraps\n   continuing here.\n2. Second", "1. First item wraps    continuing here.\n2. Second"),
        # a bullet item wrapped onto an indented continuation line: joined, the next item stays apart
        ("- at the country's 11\n  seaports, up.\n- Next", "- at the country's 11   seaports, up.\n- Next"),
        ("* 4.82\n\tmillion\n* two", "* 4.82 \tmillion\n* two"),
        # 、 always numbers a list
        ("text\n2、 two", None),
    ],
)
def test_unwrapping_numbered_lines(text: str, joined: str | None) -> None:
    from claims.extract import unwrap_lines

    assert unwrap_lines(text) == (text if joined is None else joined)


def test_a_numbered_line_far_from_its_block_start_stays_a_list_item() -> None:
    from claims.extract import unwrap_lines

    text = "word " * 500 + "end\n2. Investors"  # the block start is further back than _BLOCK_REACH: as before
    assert unwrap_lines(text) == text

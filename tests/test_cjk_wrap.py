"""claims.cjk_wrap: Chinese prose hard-wrapped at a width loses its line breaks in the normalised view, and
every span of that view still maps back to the file's text."""

from __future__ import annotations

from hypothesis import assume, given, strategies as st

from claims.cjk_wrap import _width, unwrap_cjk, wrap_newlines
from claims.text import normalize

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@st.composite
def wrapped_paragraph(draw):
    """Four to eight lines of 28-30 Han characters (56-60 columns) and a shorter last one, with no full stop."""
    n = draw(st.integers(4, 8))
    lines = [draw(st.text(HAN, min_size=28, max_size=30)) for _ in range(n)]
    lines.append(draw(st.text(HAN, min_size=1, max_size=20)) + "。")
    return "\n".join(lines) + "\n"


@given(wrapped_paragraph())
def test_a_wrapped_paragraph_loses_every_inner_line_break(text):
    folded = normalize(text).text  # (traditional characters folded: one for one, so offsets agree)
    u = unwrap_cjk(normalize(text))
    assert u.text == folded.replace("\n", "", folded.count("\n") - 1)  # (not the paragraph's last one)


@given(wrapped_paragraph(), st.data())
def test_every_span_maps_back_to_the_file_without_its_line_breaks(text, data):
    folded = normalize(text).text  # (traditional characters folded: one for one, so offsets agree)
    u = unwrap_cjk(normalize(text))
    s = data.draw(st.integers(0, len(u.text)))
    e = data.draw(st.integers(s, len(u.text)))
    os_, oe = u.to_original(s, e)
    assert folded[os_:oe].replace("\n", "") == u.text[s:e].replace("\n", "")
    assert folded[os_:oe].count("\n") >= u.text[s:e].count("\n")  # (the paragraph's own end is kept)
    if e > s and not u.text[s:e].startswith("\n") and not u.text[s:e].endswith("\n"):
        # a span neither starts nor ends with a line break it did not need
        assert not text[os_:oe].startswith("\n") and not text[os_:oe].endswith("\n")


def test_lines_of_varied_width_and_timelines_are_left_alone():
    per_line = "本次收到的意见总数,达到了夸张的10068 份!\n在这一万多份意见中,共有 292 家公司发声\n其中最亮的,莫过于 OpenAI 和 Anthropic 了。\n"
    assert wrap_newlines(normalize(per_line).text) == []
    timeline = "".join(f"2025年{m}月{m}日 → 白宫科技政策办公室发布了一份关于人工智能行动计划的信息征询书\n" for m in range(1, 7))
    assert wrap_newlines(normalize(timeline).text) == []


@st.composite
def ragged_paragraph(draw):
    """A paragraph wrapped by hand: two to six lines of 22 to 36 Han characters (ragged widths), one of them
    holding a sentence's end inside it, each ending on a Han character, and a last line with its full stop."""
    n = draw(st.integers(2, 6))
    lines = [draw(st.text(HAN, min_size=22, max_size=36)) for _ in range(n)]
    k = draw(st.integers(0, n - 1))
    cut = draw(st.integers(1, len(lines[k]) - 1))
    lines[k] = lines[k][:cut] + "。" + lines[k][cut:]
    lines.append(draw(st.text(HAN, min_size=1, max_size=12)) + "。")
    return "\n".join(lines)


@given(ragged_paragraph())
def test_a_paragraph_wrapped_by_hand_at_ragged_widths_loses_its_inner_line_breaks(text):
    """gate51: "…在某些场景下计算⏎效率比美国现有模型高出约三成" was two sentences (a drift missed): a sentence that
    ends inside a line running on unfinished into the next shows the paragraph is wrapped, whatever its widths."""
    nt = normalize(text)
    widths = [_width(line) for line in nt.text.split("\n")[:-1]]
    assume(min(widths) >= 0.6 * max(widths))  # (OpenCC folds a few characters into wider supplementary ones)
    assert "\n" not in unwrap_cjk(nt).text


@given(st.lists(st.text(HAN, min_size=10, max_size=40), min_size=2, max_size=3))
def test_one_sentence_a_line_without_full_stops_keeps_its_line_breaks(lines):
    """Two or three lines (fewer than the band rule's four), none holding a sentence's end: sentences of their
    own (seed 002's style), whatever their widths."""
    assert wrap_newlines(normalize("\n".join(lines) + "\n").text) == []


def test_a_line_opening_with_a_comma_continues_the_line_before():
    text = "据SemiAnalysis的数据,在2023年10月美国收紧芯片出口政策之前\n,英伟达对中国的出口额超过90亿美元。\n"
    assert unwrap_cjk(normalize(text)).text.count("\n") == 1


@given(st.lists(st.text(HAN, min_size=30, max_size=36), min_size=2, max_size=4), st.integers(1, 29),
       st.lists(st.text(HAN, min_size=30, max_size=36), min_size=1, max_size=2), st.text(HAN, min_size=1, max_size=12))
def test_a_text_wrapped_by_hand_wraps_its_short_paragraphs_too(wrapped, cut, lines, last):
    """gate58: "…英伟达股价单日下跌超过5%，市值蒸发" / "近600亿美元。…" shows no sentence end inside a line, but the text
    wraps by hand elsewhere: a paragraph of two or three lines whose last ends its sentence loses its breaks
    (their lines at least 0.6 of the text's widest wrapped line)."""
    wrapped[0] = wrapped[0][:cut] + "。" + wrapped[0][cut:]  # (a sentence ends inside its first line)
    ragged = "\n".join(wrapped) + "。"
    short = "\n".join(lines) + "\n" + last + "。"
    nt = normalize(ragged + "\n\n" + short + "\n")
    paras = nt.text.split("\n\n")
    widest = max(_width(line) for line in paras[0].split("\n"))
    assume(min(_width(line) for line in paras[0].split("\n")[:-1]) >= 0.6 * widest)
    assume(min(_width(line) for line in paras[1].split("\n")[:-2]) >= 0.6 * widest)  # (its last and the text's end)
    assert unwrap_cjk(nt).text.count("\n") == 3  # (the blank line's two and the text's last)


def test_short_paragraphs_of_a_text_that_does_not_wrap_keep_their_breaks():
    """Without a paragraph wrapped by hand, two lines whose last ends a sentence stay two (a heading-like
    first line, or one sentence a line)."""
    text = "DeepSeek-R1发布后短短一周内英伟达股价单日下跌超过5%市值蒸发\n近6000亿美元。一个中国团队的模型让全世界重新审视。\n"
    assert wrap_newlines(normalize(text).text) == []
    # with a paragraph wrapped by hand before it, it is one paragraph
    ragged = "选这个辩题是因为一年前的今天资本市场给这个问题打了一个问号。所以今晚\n我们请到了两支队伍来讨论芯片出口管制能否守住领先地位。\n\n"
    assert len(wrap_newlines(normalize(ragged + text).text)) == 2


def test_an_indented_line_continues_its_list_item_or_timeline_step():
    """gate59: "→ 2025-02-05 OSTP…在《联邦公报》" / "  发布信息征询（RFI）" is one step; the next step, item or dated
    line is not joined. An item's line may end its clause or sentence: its indented line is still the item's."""
    text = ("2025-01-23 行政令签署\n→ 2025-02-05 OSTP 经 NITRD 国家协调办公室在《联邦公报》\n  发布信息征询（RFI）\n"
            "→ 2025-03-15 征询截止\n")
    nt = normalize(text)
    cuts = wrap_newlines(nt.text)
    assert [nt.text[i - 3:i] for i in cuts] == ["公报》"]
    items = "1. 美国商务部工业与安全局出台首轮先进计算和\n   半导体制造设备出口管制；\n2. 2023年10月进一步收紧。\n   另见附录。\n"
    nt = normalize(items)
    assert [nt.text[i - 2:i] for i in wrap_newlines(nt.text)] == ["算和", "紧。"]  # (an item's line may end its sentence)
    quoted = "> - OpenAI：3月中旬提交，长达15页；\n>   其中一条指出AI使用成本约每12个月下降10倍，\n>   从GPT-4到GPT-4o，价格下降了大约150倍；\n"
    nt = normalize(quoted)
    assert len(wrap_newlines(nt.text)) == 2  # (a quoted item's indented lines: gate62)
    assert wrap_newlines(normalize("- 第一项内容\n  - 第二项内容\n  2025年起执行\n").text) == []

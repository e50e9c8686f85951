"""Chinese prose hard-wrapped at a width, read as one paragraph: the newlines that cut its lines are
taken out of the normalised view, with a map back to the original offsets.

A Latin line break is read as a space (claims.extract.unwrap_lines); a Chinese one must vanish, as a
space would still cut a word the wrap split (最 / 高可贷, 約 / 為, 2016年末 / 的3.2倍). A text is
wrapped when at least ``_WRAP_LINES`` of its lines with a Han character, and a third of its lines of
``_WRAP_MIN`` columns or more, fall in one band of ``_WRAP_SLACK`` columns (two columns to a wide
character, at most ``_WRAP_MAX``). A newline is a wrap when its line is that wide or wider (up to
``_WRAP_MAX``), holds a Han character, opens no block and does not end a sentence, and the next
line starts at once with text that opens no block (not an indent, a list item 一、 (二) 1、, an
article 第三条, a heading, a bullet, a quote, a table row), and no timeline arrow is near. Lines of
varied widths without a full stop are sentences of their own, as much Chinese writing has them (a
WeChat article's "在这一万多份意见中,共有 292 家公司发声" / "其中最亮的…"): they are left alone.

A paragraph wrapped by hand, at a count of characters rather than columns, has lines of ragged
widths (Latin letters and digits are narrow): it shows itself instead by a sentence that ends inside
one of its lines while the line runs on into the next sentence and stops unfinished ("…近6000亿美元。德国
人工智能研" / "究中心…"), and by a last line that ends its sentence (text of one sentence a line leaves
out every full stop, its last line's too). Such a paragraph (lines between blank lines) is wrapped on
its own evidence: a newline ends a wrapped line there when the line is at least ``_RAGGED_SHARE`` of
the paragraph's widest and ``_WRAP_MIN`` columns, with the same tests of what is before and after it
as above. A text with such a paragraph wraps by hand, so its other paragraphs whose last line ends its
sentence are wrapped too (two or three lines with no sentence end inside: "…市值蒸发" / "近600亿美元。"), their
lines at least ``_RAGGED_SHARE`` of the widest line of its hand-wrapped paragraphs. A line that opens
with a comma, an enumeration mark, a semicolon or a full stop continues the line before it, wherever it
stands.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from claims.text import NormalizedText, chain_wraps

__all__ = ["Unwrapped", "unwrap_cjk", "arrow_near"]

_HANS = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"  # Han, with the compatibility and supplementary blocks
_HAN = re.compile(f"[{_HANS}]")
# a line of Chinese prose cut mid-sentence: a Han character, a Latin letter or digit, a comma or an
# opening mark before the newline, and the same (not a list item, an article or a bullet) after it
_BEFORE = re.compile(f"[{_HANS}A-Za-z0-9,、《“(》」』”)]")  # (a title or quote may close a wrapped line)
_AFTER = re.compile(r"(?![一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+\)|\d+[、.]|第[一二三四五六七八九十百零〇\d]+[条章节款编])"
                    f"[{_HANS}A-Za-z0-9《“(]")
# a line that opens with a comma or an enumeration mark: the rest of the sentence the line before began
_CONTINUES = re.compile(r"[，、；。,;](?!\s*\n)")  # (NFKC makes ，and ； ASCII)
# a sentence that ends inside a line, the line running on into the next one
_SENTENCE_INSIDE = re.compile(f"[。！？](?=[”」』）)]?[{_HANS}A-Za-z0-9《“「(（])")
_SENTENCE_END = "。！？；：!?;:"  # (a line ending in one of these ends its own sentence or clause)
_ENDS_SENTENCE = re.compile(r"[。！？!?][”」』）)*\s]*$")  # a paragraph wrapped by hand ends its last sentence
# a line that opens with a date, as a timeline's entries do (2025年1月23日, 1月23日, 2025/1/23, 2025-01-23)
_DATED_ENTRY = re.compile(r"[ \t]*(?:\d{4}[年/.\-]|\d{1,2}月\d{1,2}[日号]|[〇○零一二三四五六七八九]{4}年)")
_LIST_OPENER = re.compile(r"[ \t]*(?:[-*+]|0*1[.)])(?=\s|\Z)")
_BLOCK_MARK = re.compile(r"[ \t]*[#>|]")  # a heading, a quote or a table row
# a list item's or a timeline step's line (or a continuation line, indented), and the indented line that continues it
_ITEM_CLAUSE_END = frozenset(";；:：。！？!?")  # (an item's line may end its clause or sentence: the next indented line is the item's)
_ITEM_LINE = re.compile(r"[ \t]*(?:>[ \t]*)?(?:[-*+•→⇒](?=[ \t])|\d{1,2}[.)、](?!\d)|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])|>?[ \t]{2,}\S")
_INDENTED_AFTER = re.compile(r"(?:>[ \t]?)?[ \t]{2,6}(?![-*+•→⇒]|\d{1,2}[.)、](?!\d)|\d{4}[-/年.]|\d{1,2}月|[一二三四五六七八九十]{1,2}月|(?:今|去|明|前)年|本月|上月|下月)"
                             f"[{_HANS}A-Za-z0-9《“(]")
# a line that opens with a date of its own, and one that heads a part (_ragged_lines: short paragraphs)
_OWN_OPENING = re.compile(r"[ \t]*(?:\d{4}[年/.\-]|\d{1,2}月|[一二三四五六七八九十]{1,2}月|[〇○零一二三四五六七八九]{4}年|(?:今|去|明|前)年|本月|上月|下月|当天|當天|同日)")
_HEADING_LIKE = re.compile(r"[ \t]*(?:第[一二三四五六七八九十\d]+(?:部分|章|节|節|篇|条|條)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
_WRAP_MIN = 30  # columns: a shorter line is a title or a sentence of its own, never a wrapped one
_WRAP_LINES = 4  # lines of one width that show a text is wrapped (three sentences may happen to be as long)
_WRAP_MAX = 120  # columns: a longer line is a paragraph of its own, not a wrapped one
_WRAP_SLACK = 8  # columns a wrapped line may fall short of the width (a word or a bracket kept whole)
_RAGGED_SHARE = 0.6  # of the widest line of its paragraph: a shorter line is a title or a paragraph's last


def arrow_near(text: str, i: int) -> bool:
    """An arrow in the 40 code points after the newline at ``i`` or before it on its line: the lines of
    a timeline ("2025/2/6 → 發布資訊徵詢（RFI）" / "2025/3/15 → 意見截止") are entries, not wrapped prose."""
    for arrow in "→⇒":
        j = text.find(arrow, i + 1, i + 42)
        if j >= 0 and text.find("\n", i + 1, j) < 0:
            return True
        j = text.rfind(arrow, max(0, i - 200), i)
        if j >= 0 and text.find("\n", j, i) < 0:
            return True
    return False


def _width(line: str) -> int:
    """Columns on screen, roughly: two for a character of three UTF-8 bytes (Han, CJK punctuation),
    one for the rest (computed in C: ``unicodedata`` per character cost a tenth of extraction)."""
    return len(line) + (len(line.encode("utf-8")) - len(line)) // 2


def wrap_width(text: str) -> int | None:
    """The width in columns at which the text's Chinese lines are hard-wrapped, or None."""
    counts: dict[int, int] = {}
    n = 0
    for line in text.split("\n"):
        if not (_WRAP_MIN <= len(line) * 2 and len(line) <= _WRAP_MAX) or _BLOCK_MARK.match(line) or not _HAN.search(line):
            # (a line of more than _WRAP_MAX code points is wider still: a paragraph of its own)
            continue
        w = _width(line)
        if w >= _WRAP_MIN:
            n += 1
            counts[w] = counts.get(w, 0) + 1
    best, best_n = None, 0
    for w in counts:
        k = sum(counts.get(v, 0) for v in range(w - _WRAP_SLACK, w + 1))
        if k > best_n or (k == best_n and best is not None and w > best):
            best, best_n = w, k
    if best is None or best > _WRAP_MAX or best_n < _WRAP_LINES or best_n * 3 < n:
        return None
    return best


def _ragged_lines(text: str) -> dict[int, int]:
    """Of each paragraph wrapped by hand (a sentence ends inside a line that runs on unfinished into the
    next), the start of each of its lines mapped to the least width of a wrapped line in it."""
    out: dict[int, int] = {}
    blocks: list[tuple[list[str], list[int]]] = []  # the paragraphs of two lines or more (between blank lines)
    lines, starts = [], []
    p = 0
    for line in text.split("\n"):
        if line:
            lines.append(line)
            starts.append(p)
        else:
            if len(lines) > 1:
                blocks.append((lines, starts))
            lines, starts = [], []
        p += len(line) + 1
    if len(lines) > 1:
        blocks.append((lines, starts))
    widest = 0  # of the paragraphs wrapped by hand
    rest: list[tuple[list[str], list[int]]] = []
    for lines, starts in blocks:
        if not _ENDS_SENTENCE.search(lines[-1]):
            continue  # (one sentence a line, without full stops, ends its last line without one too: "图为2024年12月
            # 的北京街头" / "全国新能源汽车保有量达3140万辆" / "其中纯电动汽车2209万辆")
        if not any(_SENTENCE_INSIDE.search(line) and not line.rstrip().endswith(tuple(_SENTENCE_END))
                   for line in lines[:-1]):
            rest.append((lines, starts))
            continue
        w = max(_width(line) for line in lines)
        widest = max(widest, w)
        least = max(_WRAP_MIN, int(w * _RAGGED_SHARE))
        for q in starts[:-1]:
            out[q] = least
    if widest:
        # the text wraps by hand: so does a paragraph of its that shows no sentence end inside a line (two or
        # three lines: "…英伟达股价单日下跌超过5%，市值蒸发" / "近600亿美元。"), when its last line ends its sentence
        least = max(_WRAP_MIN, int(widest * _RAGGED_SHARE))
        for lines, starts in rest:
            for k, q in enumerate(starts[:-1]):
                if _OWN_OPENING.match(lines[k + 1]) or _HEADING_LIKE.match(lines[k]):
                    continue  # (a line of its own: the next opens with its own date, "2023年10月美国…规则" / "今年4月
                    # 英伟达…"; or this one heads a part, "第二部分：…")
                out[q] = least
    return out


def wrap_newlines(text: str) -> list[int]:
    """The offsets of the newlines of ``text`` that cut a line of wrapped Chinese prose."""
    if "\n" not in text or _HAN.search(text) is None:
        return []
    width = wrap_width(text)
    ragged = _ragged_lines(text) if _SENTENCE_INSIDE.search(text) else {}
    if width is None and not ragged and _CONTINUES.search(text) is None and "\n  " not in text and "\n\t" not in text:
        return []  # (an indented line may continue a list item or a timeline's step)
    arrows = "→" in text or "⇒" in text
    out: list[int] = []
    ls = 0
    while True:
        i = text.find("\n", ls)
        if i < 0:
            break
        line = text[ls:i]
        w = _width(line)
        least = width - _WRAP_SLACK if width is not None else None
        if ls in ragged and (least is None or ragged[ls] < least):
            least = ragged[ls]
        if (i > 0 and (_BEFORE.match(text, i - 1) or text[i - 1] in _ITEM_CLAUSE_END) and _INDENTED_AFTER.match(text, i + 1)
                and _ITEM_LINE.match(line)
                and _HAN.search(line) is not None
                and not (text[i - 1].isascii() and text[i - 1].isalnum() and text[i + 1:i + 8].lstrip(" \t>")[:1].isascii())):
            # (not between two Latin words or figures; "2027⏎  年6月底", "1,714⏎  人" are one)
            out.append(i)  # a list item's or a timeline step's indented continuation ("→ 2025-02-05 OSTP…在《联邦公报》" /
            # "  发布信息征询（RFI…）"): one entry, whatever the widths (its indentation stays)
        elif (i > 0 and (_BEFORE.match(text, i - 1) or _CONTINUES.match(text, i + 1))
                and (_AFTER.match(text, i + 1) or (_CONTINUES.match(text, i + 1) and text[i - 1] not in _SENTENCE_END))
                and not (text[i - 1].isascii() and text[i + 1:i + 2].isascii())
                and ((least is not None and least <= w <= _WRAP_MAX) or (_CONTINUES.match(text, i + 1) and w <= _WRAP_MAX))
                and _HAN.search(line) is not None
                and not _BLOCK_MARK.match(line) and not _LIST_OPENER.match(line)
                and not (_DATED_ENTRY.match(line) and _DATED_ENTRY.match(text, i + 1))
                and not (arrows and arrow_near(text, i) and not chain_wraps(text, i) and ls not in ragged)):
            # (a paragraph wrapped by hand is wrapped around its arrows too: "…特朗普签署⏎第14179号行政令 → 2月6日…发布信⏎
            # 息征询，3月15日截止…")
            # (not between two Latin words or figures, "American⏎Leadership" in English with Chinese glosses: a
            # space, claims.extract.unwrap_lines; not between two entries of a timeline that each open with a
            # date, "2025年1月23日特朗普签署…" / "2025年2月6日白宫…发布…")
            out.append(i)
        ls = i + 1
    return out


@dataclass(frozen=True)
class Unwrapped:
    """``text`` is ``inner.text`` without the newlines at ``cuts`` (offsets in ``inner.text``);
    ``to_original`` maps a span of ``text`` to the original, as NormalizedText does. A span that
    starts right after a cut, or ends right before one, does not take the newline in."""

    inner: NormalizedText
    text: str
    cuts: tuple[int, ...] = ()
    _at: tuple[int, ...] = field(default=(), repr=False)  # where each cut falls in ``text``

    @property
    def original(self) -> str:
        return self.inner.original

    def _inner(self, j: int) -> int:
        return j + bisect.bisect_right(self._at, j)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if not self.cuts:
            return self.inner.to_original(start, end)
        s = self._inner(start)
        e = s if end <= start else self._inner(end - 1) + 1
        return self.inner.to_original(s, e)


def unwrap_cjk(nt: NormalizedText) -> Unwrapped:
    """``nt`` with the newlines that wrap its Chinese prose taken out."""
    cuts = wrap_newlines(nt.text)
    if not cuts:
        return Unwrapped(nt, nt.text)
    parts: list[str] = []
    prev = 0
    for c in cuts:
        parts.append(nt.text[prev:c])
        prev = c + 1
    parts.append(nt.text[prev:])
    return Unwrapped(nt, "".join(parts), tuple(cuts), tuple(c - k for k, c in enumerate(cuts)))

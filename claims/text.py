"""The normalised view of a text, and small positional helpers. Pure functions, no I/O.

``normalize(text)`` returns a :class:`NormalizedText`: the text after NFKC (full-width forms to
ASCII, compatibility characters expanded) and then OpenCC ``t2s`` (traditional folded to
simplified), with an offset map back to the original. All matching runs on ``.text``; every span
that leaves ``claims/`` is mapped back with ``.to_original``.

How it stays fast (>= 15 MB/s on Chinese text):

* NFKC: a character that NFKC maps to exactly one character (full-width ``，`` ``Ａ`` ``１``...) is
  replaced with ``str.translate`` (length-preserving, offsets unchanged; NFKC(NFKC(c)) and c have
  the same compatibility decomposition, so the result of NFKC over the whole string is the same).
  What remains (expansions such as ``㈠`` ``ﬁ`` ``…`` ``½``, combining marks, composition
  partners) is normalised per *segment*: a run of such characters plus the "safe" character before
  it. A safe character is NFKC-stable, has combining class 0 and never composes with a preceding
  character, so NFKC never looks across it. Each changed segment becomes one entry of a sparse
  edit list; between edits the map is a constant shift (found by ``bisect``).
* t2s: OpenCC is almost always length-preserving, so it runs on the whole text; when the length
  changes, lines whose length changed are converted per character (a character whose conversion
  is not one character is kept as it is). Offsets are therefore unchanged by this stage.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

__all__ = ["NormalizedText", "normalize", "LineIndex", "sentence_bounds", "fold_t2s", "arrow_ends_sentence"]

# Characters of combining class 0 that canonical composition joins to the character before them
# (second element of a canonical pair, plus Hangul medial vowels and final consonants). Derived
# from unicodedata; tests/test_text.py recomputes it and checks the two agree.
_CCC0_SECONDS = frozenset(
    chr(c)
    for c in (
        0x9BE, 0x9D7, 0xB3E, 0xB56, 0xB57, 0xBBE, 0xBD7, 0xCC2, 0xCD5, 0xCD6, 0xD3E, 0xD57,
        0xDCF, 0xDDF, 0xFB5, 0xFB7, 0x102E, 0x1B35, 0x11127, 0x1133E, 0x11357, 0x114B0,
        0x114BA, 0x114BD, 0x115AF, 0x11930,
    )
) | frozenset(chr(c) for c in range(0x1161, 0x1176)) | frozenset(chr(c) for c in range(0x11A8, 0x11C3))

# Characters that are always safe: ASCII text and CJK ideographs are NFKC-stable starters.
_ALWAYS_SAFE = re.compile(r"[^\t\n\r\x20-\x7e\u3400-\u4dbf\u4e00-\u9fff]")

# OpenCC t2s maps a few characters to characters it maps again (薴 -> 苧 -> 苎); one more step
# makes normalize idempotent. tests/test_text.py scans the CJK blocks to keep this complete.
_T2S_CHAINS = {"苧": "苎"}


# Superscript digits after a figure are an exponent, not more digits: NFKC would turn "10²⁶" into
# "1026". After a lone 10 they become "^" + digits ("10^26", which the number parser reads as a
# power); after any other digit a space ("2025²", a footnote mark, stays 2025).
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺")


# Enclosed numerals (①②③, ⑴, ⒈, ㉑, ⓫ …) are footnote and list marks, not digits: NFKC would turn
# "网上零售额③826.5亿元" into "…3826.5亿元". They are kept as they are.
_ENCLOSED = frozenset(
    chr(c) for r in ((0x2460, 0x249C), (0x24EA, 0x2500), (0x3251, 0x3260), (0x32B1, 0x32C0)) for c in range(*r))


def _superscript(text: str, a: int, seg: str) -> str | None:
    """The normalised form of ``seg`` (= ``text[a:a+len(seg)]``) when it is a digit followed by
    superscript digits, else None."""
    if len(seg) < 2 or not ("0" <= seg[0] <= "9") or not all(c in _SUPERSCRIPTS for c in seg[1:]):
        return None
    tail = unicodedata.normalize("NFKC", seg[1:])
    ten = seg[0] == "0" and a >= 1 and text[a - 1] == "1" and not (a >= 2 and text[a - 2].isdigit())
    return seg[0] + ("^" if ten else " ") + tail


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char_info(ch: str) -> tuple[str, bool]:
    """(NFKC of the character alone, whether the character is a safe segment boundary)."""
    n = unicodedata.normalize("NFKC", ch)
    safe = n == ch and unicodedata.combining(ch) == 0 and ch not in _CCC0_SECONDS
    return n, safe


@dataclass(frozen=True, slots=True)
class _Edit:
    n_start: int
    n_end: int
    o_start: int
    o_end: int


@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalised view of ``original``; spans map between the two."""

    original: str
    text: str
    _edits: tuple[_Edit, ...] = field(default=(), repr=False)
    _n_starts: tuple[int, ...] = field(default=(), repr=False)
    _o_starts: tuple[int, ...] = field(default=(), repr=False)

    def _orig_start(self, j: int) -> int:
        """Original offset where normalised character ``j`` comes from (start side)."""
        if j >= len(self.text):
            return len(self.original)
        i = bisect.bisect_right(self._n_starts, j) - 1
        if i < 0:
            return j
        ed = self._edits[i]
        if j < ed.n_end:
            return ed.o_start
        return j - ed.n_end + ed.o_end

    def _orig_end(self, j: int) -> int:
        """Original offset just after normalised character ``j`` (end side)."""
        i = bisect.bisect_right(self._n_starts, j) - 1
        if i < 0:
            return j + 1
        ed = self._edits[i]
        if j < ed.n_end:
            return ed.o_end
        return j - ed.n_end + ed.o_end + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest span of ``original`` covering the half-open span of ``text``."""
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if not self._edits:
            return start, end
        s = self._orig_start(start)
        if end == start:
            return s, s
        return s, max(s, self._orig_end(end - 1))

    def _norm_pos(self, o: int, end_side: bool) -> int:
        i = bisect.bisect_right(self._o_starts, o) - 1
        if i < 0:
            return o
        ed = self._edits[i]
        if o == ed.o_start:
            return ed.n_start
        if o < ed.o_end:
            return ed.n_end if end_side else ed.n_start
        return o - ed.o_end + ed.n_end

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """The smallest span of ``text`` covering what the original span became."""
        n = len(self.original)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if not self._edits:
            return start, end
        s = self._norm_pos(start, False)
        if end == start:
            return s, s
        return s, max(s, self._norm_pos(end, True))


def _distinct_odd(text: str) -> set[str]:
    """The distinct characters outside the always-safe ranges: one regex pass picks them out (the
    engine skips the safe runs in C), then ``set`` (three times faster than a ``set`` of every
    character first: a CJK character is a new string object each time it is read)."""
    return set(_ALWAYS_SAFE.findall(text))


def _nfkc(text: str) -> tuple[str, list[_Edit]]:
    if unicodedata.is_normalized("NFKC", text):
        return text, []
    odd = _distinct_odd(text)
    table: dict[int, str] = {}
    unsafe: list[str] = []
    for ch in odd:
        n, safe = _char_info(ch)
        if safe or ch in _ENCLOSED:
            continue
        if ch in _SUPERSCRIPTS:
            unsafe.append(ch)  # an exponent after a figure: see _superscript
            continue
        if len(n) == 1 and unicodedata.combining(ch) == 0 and ch not in _CCC0_SECONDS:
            table[ord(ch)] = n  # one-to-one: no offset change
            if not _char_info(n)[1]:
                unsafe.append(n)
        else:
            unsafe.append(ch)
    # str.replace per character is several times faster than str.translate on large texts
    text1 = text
    for code, rep in table.items():
        text1 = text1.replace(chr(code), rep)
    if not unsafe:
        return text1, []
    pattern = re.compile("[" + "".join(sorted({re.escape(c) for c in unsafe})) + "]+")
    out: list[str] = []
    edits: list[_Edit] = []
    pos = 0  # next original offset to copy
    npos = 0  # length of the output so far
    for m in pattern.finditer(text1):
        a, b = m.span()
        if a > pos:
            a -= 1  # include the safe starter before the run (it may compose with the run)
        chunk = text1[pos:a]
        out.append(chunk)
        npos += len(chunk)
        seg = text1[a:b]
        sup = _superscript(text1, a, seg)
        if sup is not None:
            out.append(sup[0])
            edits.append(_Edit(npos + 1, npos + len(sup), a + 1, b))
            out.append(sup[1:])
            npos += len(sup)
            pos = b
            continue
        nseg = unicodedata.normalize("NFKC", seg)
        pieces = [unicodedata.normalize("NFKC", c) for c in seg]
        if "".join(pieces) == nseg:
            o = a
            for c, p in zip(seg, pieces):
                if p != c:
                    edits.append(_Edit(npos, npos + len(p), o, o + 1))
                out.append(p)
                npos += len(p)
                o += 1
        else:
            edits.append(_Edit(npos, npos + len(nseg), a, b))
            out.append(nseg)
            npos += len(nseg)
        pos = b
    out.append(text1[pos:])
    return "".join(out), edits


def _convert_safe(conv: opencc.OpenCC, s: str) -> str:
    try:
        return conv.convert(s)
    except (UnicodeError, ValueError, RuntimeError):
        return s


def fold_t2s(text: str) -> str:
    """Traditional -> simplified with OpenCC t2s, guaranteed to keep the length."""
    if text.isascii():
        return text  # (t2s maps no ASCII character: an English title needs no conversion)
    conv = _t2s()
    out = _convert_safe(conv, text)
    if len(out) != len(text):
        lines = text.split("\n")
        fixed = []
        for line in lines:
            o = _convert_safe(conv, line)
            if len(o) != len(line):
                o = "".join(c2 if len(c2 := _convert_safe(conv, c)) == 1 else c for c in line)
            fixed.append(o)
        out = "\n".join(fixed)
    # OpenCC segments phrases, so folding one character can change how its neighbour folds
    # (𢡊於倫 -> 𢡊於伦 -> 𢡊于伦): fold again until stable, so normalize is idempotent.
    prev = text
    for _ in range(3):
        if out == prev:
            break
        again = _convert_safe(conv, out)
        if len(again) != len(out):
            break
        prev, out = out, again
    for a, b in _T2S_CHAINS.items():
        if a in out:
            out = out.replace(a, b)
    return out


def normalize(text: str) -> NormalizedText:
    """NFKC, then traditional -> simplified; with a map back to ``text``'s offsets."""
    nfkc, edits = _nfkc(text)
    folded = fold_t2s(nfkc)
    if not edits:
        return NormalizedText(text, folded)
    return NormalizedText(
        text,
        folded,
        tuple(edits),
        tuple(e.n_start for e in edits),
        tuple(e.o_start for e in edits),
    )


class LineIndex:
    """1-based (line, column) of a code-point offset; lines end at ``\\n``."""

    __slots__ = ("_starts", "_len")

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._len = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        offset = min(max(offset, 0), self._len)
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of a 1-based line."""
        return self._starts[min(max(line, 1), len(self._starts)) - 1]


# Sentence ends: CJK and ASCII terminators, newlines, and an English full stop followed by space.
# Closing quotes and brackets right after a terminator belong to the sentence they close.
# (written with its first character as one class, then the branch that character opens, picked by a
# lookbehind: the same matches as "[。！？!?；;｡]+[”’…]*(?=…)|[\n\r\u2028\u2029]|\.[”’…]*(?=\s|$)", but
# re then skips to those characters in C instead of trying the alternation at every position)
_TERMINATOR = re.compile(
    r"[。！？!?；;｡\n\r\u2028\u2029.→⇒]"
    r"(?:(?<=[。！？!?；;｡→⇒])[。！？!?；;｡]*[”’」』）)》〉\]\"']*(?=[^”’」』）)》〉\]\"']|$)"
    r"|(?<=[\n\r\u2028\u2029])"
    r"|(?<=\.)[”’\"')\]]*(?=\s|$))"
)
_ABBREV = frozenset(
    "mr mrs ms dr prof sr jr st no nos vs etc e.g i.e inc ltd co corp jan feb mar apr jun jul aug "
    "sep sept oct nov dec gov sen rep fig al approx est dept u.s u.k u.n e.u".split()
)
_LETTERS_AND_DOT = string.ascii_letters + "."
_WINDOW = 2000  # a sentence is looked for at most this far from the span


def _word_before(text: str, i: int) -> str | None:
    r"""The word right before the full stop at ``i`` ("U.S" in "U.S.", "Mr" in "Mr.") within 20 code
    points, or None: what ``re.search(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.?$", text, i - 20, i)``
    finds ($ also matches before a final newline), by string methods (no regex call per full stop)."""
    before = text[max(0, i - 20):i]
    if before.endswith("\n"):
        before = before[:-1]
    word = before[len(before.rstrip(_LETTERS_AND_DOT)):].lstrip(".")
    if word.endswith("."):
        word = word[:-1]
    return word if word and not word.endswith(".") else None


def arrow_ends_sentence(text: str, i: int) -> bool:
    """The arrow at ``i`` ends a step of a timeline ("executive order in January 2025 → public RFI in February
    → …", 1月23日行政令 → 2月6日RFI → 3月15日截止): one of two or more on its line, not inside brackets
    ("(15 pages → 20 pages)", "（个人9,313份→机构755份）")."""
    ls = text.rfind("\n", 0, i) + 1
    seg = text[ls:i]
    if seg.count("(") + seg.count("（") > seg.count(")") + seg.count("）"):
        return False
    le = text.find("\n", i)
    line = text[ls:le if le >= 0 else len(text)]
    # (a chain of steps: two arrows or more on the line; one arrow turns one value into another, "$10 → $2",
    # "the deadline → March 18, 2025")
    n = line.count("→") + line.count("⇒")
    if n >= 2:
        return True
    # a chain wrapped over lines: the line runs on into the next, which goes on with an arrow ("… → 2月6日发布信息
    #征询（RFI）" / "   → 3月15日截止 → …") or closes a bracket the line left open ("Jan 23, 2025 (order signed) →
    # Feb 6 (the RFI appears in" / "the Federal Register) → Mar 15 …"); or the line before runs on into this one
    # so. Not lines of one arrow each ("2025/1/23 → 簽署第14179號行政命令" / "2025/2/6 → 發布資訊徵詢"): each is an
    # entry, its date turned into its event
    if le >= 0 and _runs_on(line, text, le):
        return True
    if ls > 1:
        pls = text.rfind("\n", 0, ls - 1) + 1
        if _runs_on(text[pls:ls - 1], text, ls - 1):
            return True
    return False


def _runs_on(line: str, text: str, le: int) -> bool:
    """``line`` (ending at the newline ``le``) holds an arrow and runs on into the next line: no mark ends it,
    and the next line opens with an arrow or closes a bracket ``line`` left open, and holds an arrow."""
    if not (line.count("→") + line.count("⇒")) or line.rstrip()[-1:] in _LINE_END:
        return False
    nle = text.find("\n", le + 1)
    nxt = text[le + 1:nle if nle >= 0 else len(text)]
    if line.lstrip(" \t")[:1] == ">" and nxt.lstrip(" \t")[:1] == ">":
        line, nxt = _QUOTE_MARK.sub("", line, 1), _QUOTE_MARK.sub("", nxt, 1)  # (a quoted timeline: "> … → 2月6日 …" /
        # "> → 3月15日 …", gate66)
    if not (nxt.count("→") + nxt.count("⇒")):
        return False
    if nxt.lstrip(" \t\u3000")[:1] in ("→", "⇒"):
        return True
    if line.count("(") + line.count("（") > line.count(")") + line.count("）"):
        return True
    # a Chinese chain cut inside a step, the next line going on with the step, not opening an entry of its own
    # ("…签署第14179号行政令 → 2月6日" / "发布RFI → 3月15日截止 → …"; not "2025/2/6 → 發布資訊徵詢" after
    # "2025/1/23 → 簽署…", nor a bullet)
    return (_CJK_CHAR.match(line.rstrip()[-1:]) is not None and _CJK_CHAR.match(nxt[:1]) is not None
            and _ENTRY_START.match(nxt) is None
            and max(line.count("→") + line.count("⇒"), nxt.count("→") + nxt.count("⇒")) >= 2)
    # (a chain holds two arrows or more on a line; lines of one arrow each are entries, whatever opens them:
    # "签署第14179号行政令 → 2025年1月23日" / "发布信息征询 → 2025年2月6日", "同年2月6日 → 发布信息征询")


_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")
# a line that opens an entry of its own: a date (2025/2/6, 2025年2月6日, 2月6日, 二○二五年), a bullet, a number
_ENTRY_START = re.compile(r"\d{4}[年/.\-]|\d{1,2}月\d{1,2}[日号]|[〇○零一二三四五六七八九]{4}年|[一二三四五六七八九十]+、|同年|次年|翌年|民国|民國")


_LINE_END = frozenset(".。!?！？;；:：") | {""}


def chain_wraps(text: str, i: int) -> bool:
    """The newline at ``i`` is inside a timeline's chain of arrows wrapped over lines ("… → OSTP request for
    information (Feb 6, 2025)" / "→ comment deadline (Mar 26, 2025) → …"): it ends no paragraph."""
    return _runs_on(text[text.rfind("\n", 0, i) + 1:i], text, i)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    i = m.start()
    if text[i] in "→⇒":
        return arrow_ends_sentence(text, i)
    if text[i] != ".":
        return True
    word = _word_before(text, i)
    if word is None:
        return True
    word = word.lower()
    if word in _ABBREV or len(word) == 1:
        return False  # "U.S. policy", "No. 14179", "J. Smith"
    if "." in word:  # "U.S.", "e.g."
        return False
    return True


def _sentence_start(text: str, start: int) -> int:
    """Just after the last sentence end before ``start``: looked for in a short window first."""
    for width in (160, _WINDOW):
        lo = max(0, start - width)
        s = -1
        for m in _TERMINATOR.finditer(text, lo, start):
            if m.end() <= start and _is_boundary(text, m):
                s = m.end()
        if s >= 0:
            return s
        if lo == 0:
            return 0
    return max(0, start - _WINDOW)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence containing ``text[start:end]``, trimmed of surrounding whitespace."""
    n = len(text)
    start = min(max(start, 0), n)
    end = min(max(end, start), n)
    s = _sentence_start(text, start)
    e = min(n, end + _WINDOW)
    hi = e
    for m in _TERMINATOR.finditer(text, max(start, end - 1), hi):
        if _is_boundary(text, m):
            e = m.end()
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s > start:
        s = start
    if e < end:
        e = end
    return s, e

"""Decoding a document's bytes: BOMs, UTF-8, an HTML page's declared charset, and the choice
between GB18030 and Big5 by plausibility (docs/documents.md, "Encodings")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from claims.errors import PolicycheckError, problem

__all__ = ["decode_bytes", "declared_charset", "control_ratio", "UTF8_LOSSY", "HAN"]

UTF8_LOSSY = "utf-8-replace"  # Document.encoding of UTF-8 text with a few invalid bytes replaced by U+FFFD


_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_ODD = re.compile(r"[\ue000-\uf8ff\u0370-\u052f\u2500-\u259f\u3040-\u30ff\u3100-\u312f\u2160-\u217f\u2460-\u24ff\ufe30-\ufe4f\U000f0000-\U0010ffff]")
_PUNCT = re.compile(r"[\u2010-\u2027\u3000-\u303f\uff01-\uff5e\u00b7]")
_SAMPLE = 20_000  # characters examined to choose between GB18030 and Big5


@lru_cache(maxsize=None)
def _common_han(ch: str) -> bool:
    """A character is common if it is in GB2312 level 1 (the 3,755 most used simplified
    characters, lead bytes 0xB0-0xD7) or in Big5's frequently-used block (5,401 characters,
    0xA440-0xC67E). A right decoding is almost all common; a wrong one about half."""
    try:
        b = ch.encode("gb2312")
        if len(b) == 2 and 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
        return len(b) == 2 and 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E
    except UnicodeEncodeError:
        return False


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


@lru_cache(maxsize=1)
def _top_han() -> frozenset[str]:
    """The 100 most frequent Chinese characters (charset-normalizer's table), in both scripts."""
    from charset_normalizer.constant import FREQUENCIES

    top = [c for c in FREQUENCIES.get("Chinese", []) if len(c) == 1]
    trad = _s2t().convert("\n".join(top)).split("\n")
    return frozenset(top) | frozenset(t for t in trad if len(t) == 1)


def _tie_break(text: str) -> int:
    top = _top_han()
    return sum(1 for c in HAN.findall(text[:_SAMPLE]) if c in top)


def _plausibility(text: str) -> tuple[float, int]:
    """(score, Han count): the share of common characters among the Han ones, where private-use
    characters and scripts a Chinese text rarely holds (kana, Greek, Cyrillic, box drawing: what
    the other encoding's symbol rows decode to) count against it twice."""
    sample = text[:_SAMPLE]
    han = HAN.findall(sample)
    odd = len(_ODD.findall(sample))
    if not han:
        # no Han at all: plausible only when every non-ASCII character is common punctuation
        rest = [c for c in sample if c > "\x7f"]
        return (0.8 if rest and all(_PUNCT.match(c) for c in rest) else 0.0), 0
    common = sum(1 for c in han if _common_han(c))
    return (common - 2 * odd) / (len(han) + odd), len(han)


def control_ratio(s: str | bytes) -> float:
    if not s:
        return 0.0
    sample = s[:65536]
    if isinstance(sample, bytes):
        bad = sum(1 for b in sample if (b < 0x20 and b not in b"\t\n\r\f\x1b") or b == 0x7F)
    else:
        bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f\x1b") or c == "\x7f")
    return bad / len(sample)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950", "big5-hkscs": "big5hkscs"}


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> within its first 4 KB, as a Python codec."""
    import codecs

    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(raw: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode a document's bytes; return (text without BOM, encoding name). Raises E103/E104.
    ``declared`` (an HTML page's <meta charset>) is tried strictly after UTF-8."""
    for bom, name, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise PolicycheckError(problem("E104", path, f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason} at byte {exc.start}"))
            return text.lstrip("\ufeff"), name
    if b"\x00" in raw:
        head = raw[:2048]
        if len(head) >= 8 and head[1::2].count(0) > 0.4 * len(head) / 2:
            raise PolicycheckError(problem("E104", path, "looks like UTF-16 without a byte-order mark; save it as UTF-8"))
        raise PolicycheckError(problem("E103", path, "contains NUL bytes: this is a binary file, not text"))
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = f"not UTF-8 ({exc.reason} at byte {exc.start})"
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            return raw.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            utf8_error += f", not {declared} as the page declares"
    candidates: list[tuple[float, int, str, str]] = []
    for codec in ("gb18030", "big5", "cp950"):
        if codec == "cp950" and any(c[2] == "big5" for c in candidates):
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        score, han = _plausibility(text)
        candidates.append((score, han, codec, text))
    good = [c for c in candidates if c[0] >= 0.75]
    if good:
        # ties (short texts) go to the reading with more of the most frequent characters
        best = max(good, key=lambda c: (round(c[0], 6), _tie_break(c[3]), c[1], c[2] == "gb18030"))
        return best[3], best[2]
    if control_ratio(raw) > 0.05:
        raise PolicycheckError(problem("E103", path, f"{utf8_error}, and too many control bytes for text: looks binary"))
    lossy = raw.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd") - raw.count("\ufffd".encode())
    if bad <= max(1, len(raw) // 10_000) and len(raw) >= 16:
        # UTF-8 with a stray or truncated sequence (a cut download): keep it, mark what was lost
        return lossy, UTF8_LOSSY
    raise PolicycheckError(problem("E104", path, f"unknown encoding: {utf8_error}, and not plausible as GB18030/GBK or Big5"))

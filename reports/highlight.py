"""Split a text into segments around claim spans, for highlighting.

The renderer never builds HTML from document text: it hands the template a list of
:class:`Segment` objects and the template escapes each one (``{{ seg.text }}`` with autoescaping
on), wrapping marked segments in ``<mark>``. Overlapping spans are allowed: the text is cut at
every span boundary, each piece knows which spans cover it, and each span's anchor (``anchors``)
sits on the first piece it covers, so every claim keeps a target for its permalink.

Spans that do not fit the text (out of range, or whose expected surface text differs from the
slice) are skipped rather than trusted: a stale claims file must not move highlights or raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    """A span to highlight: ``[start, end)`` in code points of the text, and the key it stands for."""

    start: int
    end: int
    key: str
    expect: str | None = None  # when given, text[start:end] must equal it


@dataclass(frozen=True)
class Segment:
    text: str
    keys: tuple[str, ...] = ()  # spans covering this piece, outermost/earliest first
    anchors: tuple[str, ...] = field(default=())  # spans starting on this piece

    @property
    def marked(self) -> bool:
        return bool(self.keys)


def valid_marks(text: str, marks: list[Mark]) -> list[Mark]:
    """The marks that fit ``text``: in range, non-empty, and matching their expected surface text."""
    n = len(text)
    out = []
    for m in marks:
        if not (0 <= m.start < m.end <= n):
            continue
        if m.expect is not None and text[m.start : m.end] != m.expect:
            continue
        out.append(m)
    return out


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut ``text`` at every boundary of the valid marks. ``"".join(s.text for s in result) == text``."""
    marks = sorted(valid_marks(text, marks), key=lambda m: (m.start, -m.end, m.key))
    if not marks:
        return [Segment(text)] if text else []
    cuts = {0, len(text)}
    for m in marks:
        cuts.add(m.start)
        cuts.add(m.end)
    points = sorted(cuts)
    starts: dict[int, list[str]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m.key)
    out: list[Segment] = []
    active: list[Mark] = []
    i = 0  # next mark to activate
    for a, b in zip(points, points[1:]):
        active = [m for m in active if m.end > a]
        while i < len(marks) and marks[i].start == a:
            active.append(marks[i])
            i += 1
        out.append(Segment(text[a:b], tuple(m.key for m in active), tuple(starts.get(a, ()))))
    return out


def window(text: str, start: int, end: int, *, limit: int) -> tuple[str, int, bool, bool]:
    """Cut ``text`` to at most about ``limit`` code points around ``[start, end)``.

    Returns ``(excerpt, offset, cut_left, cut_right)``: the excerpt begins at ``offset`` of the text.
    Used to cap the size of quoted sentences in cards (the full text lives on the document page).
    """
    if len(text) <= limit:
        return text, 0, False, False
    span = max(0, end - start)
    room = max(0, limit - span)
    left = max(0, start - room // 2)
    right = min(len(text), max(end, left + limit))
    left = max(0, min(left, right - limit))
    return text[left:right], left, left > 0, right < len(text)

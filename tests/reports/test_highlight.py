"""reports.highlight: segments around claim spans, windows for excerpts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reports.highlight import Mark, segments, valid_marks, window


def test_segments_mark_the_span() -> None:
    segs = segments("共收到10068份意见。", [Mark(3, 9, "a", expect="10068份")])
    assert [(s.text, s.keys, s.anchors) for s in segs] == [
        ("共收到", (), ()),
        ("10068份", ("a",), ("a",)),
        ("意见。", (), ()),
    ]


def test_overlapping_and_identical_spans_keep_every_anchor() -> None:
    text = "fewer than 1,700 H100s"
    segs = segments(text, [Mark(0, 16, "outer"), Mark(11, 16, "inner"), Mark(11, 16, "same")])
    assert "".join(s.text for s in segs) == text
    anchors = [a for s in segs for a in s.anchors]
    assert sorted(anchors) == ["inner", "outer", "same"]
    inner = next(s for s in segs if "inner" in s.anchors)
    assert inner.text == "1,700" and set(inner.keys) == {"outer", "inner", "same"}


def test_spans_that_do_not_fit_are_skipped() -> None:
    text = "abc"
    marks = [Mark(2, 9, "out"), Mark(1, 1, "empty"), Mark(0, 1, "wrong", expect="x"), Mark(0, 1, "ok", expect="a")]
    assert [m.key for m in valid_marks(text, marks)] == ["ok"]


def test_window_caps_long_sentences_around_the_span() -> None:
    text = "x" * 1000 + "VALUE" + "y" * 1000
    excerpt, off, left, right = window(text, 1000, 1005, limit=100)
    assert len(excerpt) == 100 and "VALUE" in excerpt and left and right
    assert text[off : off + len(excerpt)] == excerpt
    assert window("short", 0, 1, limit=100) == ("short", 0, False, False)


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=6))
def test_segments_reassemble_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [Mark(a, b, f"k{i}") for i, (a, b) in enumerate(spans)]
    segs = segments(text, marks)
    assert "".join(s.text for s in segs) == text
    valid = {m.key for m in valid_marks(text, marks)}
    assert {a for s in segs for a in s.anchors} == valid
    pos = 0
    for s in segs:  # every marked piece lies inside each span it names
        for k in s.keys:
            m = next(m for m in marks if m.key == k)
            assert m.start <= pos and pos + len(s.text) <= m.end
        pos += len(s.text)


@given(st.text(min_size=1, max_size=300), st.integers(0, 299), st.integers(0, 40), st.integers(10, 120))
def test_window_is_a_slice_containing_the_span(text: str, start: int, length: int, limit: int) -> None:
    start = min(start, len(text) - 1)
    end = min(len(text), start + length)
    excerpt, off, _, _ = window(text, start, end, limit=limit)
    assert text[off : off + len(excerpt)] == excerpt
    if end - start <= limit:
        assert off <= start and end <= off + len(excerpt)

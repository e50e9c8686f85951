"""claims.scan.occurrences: within a ``literal_scope`` (one document's extraction), one Aho–Corasick
pass over a text for every literal the finders ask for; the same positions as one ``str.find`` pass
per literal (``occurrences_by_find``), which it uses outside a scope."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.scan import _INDEX, literal_scope, occurrences, occurrences_by_find

# Hypothesis notes a change of the global random state while it draws an example as a deprecation
# (a strategy using `random`); here none does, but a thread left by an earlier test of the session (a
# Prefect server's) may draw from it meanwhile: that note is no failure of these properties
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning")

# a small alphabet, so that literals occur, overlap and share prefixes and suffixes
_TEXT = st.text(alphabet="ab年月 .(", max_size=60)
_LITERALS = st.lists(st.text(alphabet="ab年月 .(", min_size=1, max_size=4), max_size=6)


@given(_TEXT, _LITERALS)
@settings(max_examples=300)
def test_the_same_positions_as_str_find(text, literals):
    with literal_scope():
        assert occurrences(text, literals) == occurrences_by_find(text, literals)
    assert occurrences(text, literals) == occurrences_by_find(text, literals)


@given(_TEXT, _LITERALS, _LITERALS)
@settings(max_examples=200)
def test_asking_again_with_other_literals_of_the_same_text(text, first, second):
    """The hits kept for a text answer a later question about it, and a literal learnt since (the
    automaton rebuilt) is found in it too."""
    with literal_scope():
        occurrences(text, first)
        assert occurrences(text, second) == occurrences_by_find(text, second)
        assert occurrences(text, first) == occurrences_by_find(text, first)


def test_examples():
    with literal_scope():
        _examples()
    _examples()


def _examples():
    assert occurrences("aaa", ["aa"]) == [0, 1]  # overlapping occurrences, as str.find finds them
    assert occurrences("abab", ("ab", "b")) == [0, 1, 2, 3]
    assert occurrences("2025年1月", iter(["年", "月"])) == [4, 6]  # any iterable
    assert occurrences("abc", []) == []
    assert occurrences("ab", [""]) == [0, 1, 2]  # the empty literal occurs everywhere
    assert occurrences("", ["a"]) == []


def test_equal_texts_that_are_other_objects():
    """Kept hits are found by identity: an equal string built anew is scanned again, with the same
    result, and a changed text is never answered from another one's hits."""
    base = "the deadline is March 15 " * 3
    with literal_scope():
        assert occurrences(base, ["march"]) == []
        other = "".join([base[:16], "march", base[21:]])
        assert occurrences(other, ["march"]) == [16]
        assert occurrences("".join([base]), ["March"]) == [16, 41, 66]  # an equal copy: the kept hits


def test_nothing_is_kept_past_the_scope():
    """A document is never answered from another's hits: each scope starts empty, and ends with
    what was kept before it (nested scopes)."""
    text = "Executive Order 14179 of January 23, 2025"
    with literal_scope():
        assert occurrences(text, ["14179"]) == [16]
        assert len(_INDEX._local.entries) == 1
        with literal_scope():
            assert _INDEX._local.entries == []
        assert len(_INDEX._local.entries) == 1
    assert getattr(_INDEX._local, "entries", None) is None


def test_threads_asking_at_once():
    """Threads that scan their own texts with literals never seen before (rebuilding the automaton
    while others read it) each get what str.find gives."""
    errors: list[str] = []

    def work(k: int) -> None:
        text = f"x{k}y " * 500 + "tail"
        with literal_scope():
            for j in range(20):
                lits = [f"{k}y", f"z{k}-{j}", "tail", f"q{j}"]
                if occurrences(text, lits) != occurrences_by_find(text, lits):
                    errors.append(f"thread {k}, round {j}")

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


# ---- the catalog's CJK terms found by the automaton, as the trie regex finds them

from claims.catalog import load_catalog  # noqa: E402
from claims.subjects import _term_index, cjk_contained_hits, cjk_term_hits  # noqa: E402

_TI = _term_index(load_catalog())
_CJK_TERMS = sorted(t for t in _TI.contained if _TI.regex.fullmatch(t))
# text made of catalog terms, their pieces and other characters: terms overlap, nest and abut
_PIECES = st.one_of(st.sampled_from(_CJK_TERMS), st.sampled_from(_CJK_TERMS).map(lambda t: t[: max(1, len(t) // 2)]),
                    st.sampled_from(_CJK_TERMS).map(lambda t: t[len(t) // 2:]), st.sampled_from(list("的了在和，。 a1")))


@given(st.lists(_PIECES, max_size=30).map("".join))
@settings(max_examples=400)
def test_cjk_terms_as_the_trie_regex_finds_them(low):
    assert cjk_term_hits(_TI, low) == [(m.start(), m.group()) for m in _TI.regex.finditer(low)]


def test_cjk_terms_longest_first():
    # a term that ends the text (pyahocorasick's iter_long drops it without the sentinel)
    for low in ("信息ai行动", "人签网络和信层人工智能行动", "行动"):
        assert cjk_term_hits(_TI, low) == [(m.start(), m.group()) for m in _TI.regex.finditer(low)]
    low = "美国人工智能行动计划的信息征询"
    assert cjk_term_hits(_TI, low) == [(m.start(), m.group()) for m in _TI.regex.finditer(low)]
    assert cjk_term_hits(_TI, low)  # (the seeds' words are catalog terms)


@given(st.lists(_PIECES, max_size=30).map("".join))
@settings(max_examples=200)
def test_cjk_contained_hits_are_those_of_the_terms_found(low):
    want = [(p + off, u) for p, t in cjk_term_hits(_TI, low) for off, u in _TI.contained[t]]
    assert cjk_contained_hits(_TI, low) == want


# ---- the Latin terms' first words: the lookbehind after the first character finds the same runs

_FIRST_WORDS = sorted(_TI.latin)
_LATIN_PIECES = st.one_of(st.sampled_from(_FIRST_WORDS), st.sampled_from(_FIRST_WORDS).map(lambda w: w[1:] or w),
                          st.sampled_from(list("的 .-_a1z9ÿ")))


@given(st.lists(_LATIN_PIECES, max_size=30).map("".join))
@settings(max_examples=400)
def test_latin_first_words_sparse_as_latin_re(low):
    assert [m.span() for m in _TI.latin_re_sparse.finditer(low)] == [m.span() for m in _TI.latin_re.finditer(low)]


# ---- case-sensitive literals found in the pass over the lowered view

from claims.catalog import ascii_lower  # noqa: E402
from claims.scan import occurrences_cased  # noqa: E402

_CASED_TEXT = st.text(alphabet="aAbB前日电\u212a\u0130\u017fkKsS .", max_size=60)
_CASED_LITERALS = st.lists(st.text(alphabet="aAbB前日电kKsSé.", min_size=1, max_size=3), max_size=5)


@given(_CASED_TEXT, _CASED_LITERALS)
@settings(max_examples=400)
def test_cased_literals_as_str_find_finds_them(text, literals):
    with literal_scope():
        assert occurrences_cased(text, ascii_lower(text), literals) == occurrences_by_find(text, literals)
    assert occurrences_cased(text, ascii_lower(text), literals) == occurrences_by_find(text, literals)

"""Property-based tests on arbitrary Unicode: the word counter and the sentence splitter never fail and agree
with their definitions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from local_seo.seo import split_sentences
from local_seo.text import count_words, fold, words


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_word_count_is_the_number_of_words(text):
    n = count_words(text)
    assert n == len(words(text)) >= 0
    assert count_words(text + " " + text) == 2 * n  # counting is additive across a separator


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abcdéèàçôœ", min_size=1, max_size=8), min_size=1, max_size=6))
def test_words_joined_by_apostrophes_and_hyphens_are_one(parts):
    assert count_words("’".join(parts)) == 1
    assert count_words("-".join(parts)) == 1
    assert count_words(" ".join(parts)) == len(parts)


def test_word_rule_examples():
    assert count_words("l’ambassade") == 1 and count_words("États-Unis") == 1 and count_words("2 500") == 2


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sentence_splitter_loses_no_word(text):
    parts = split_sentences(text)
    assert all(isinstance(p, str) and p.strip() for p in parts)
    assert [fold(w) for p in parts for w in words(p)] == [fold(w) for w in words(text)]

"""Rank faithful candidates by fluency (SLOR under the loaded model) and novelty against the source.

SLOR (Kann et al. 2018; Lau et al. 2020) = (log P_model(sentence) − log P_unigram(sentence)) / words: it corrects the
raw log-probability's preference for short sentences of common words. Copies of the source are the other trap of
likelihood (a copy is always fluent), so novelty weighs in and an 8-word copied run loses to any candidate without one.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .text import folded_words, ngrams, words

if TYPE_CHECKING:
    from .llm.base import Backend

UNIGRAM_FLOOR = 1e-8  # wordfreq returns 0 for unknown words
NOVELTY_WEIGHT = 3.0  # one unit of novelty (share of new word trigrams) is worth this much SLOR
SCORE_PREFIX = "Article de presse en français.\n\n"  # a neutral context, the same for every candidate


@dataclass(frozen=True)
class Ranked:
    text: str
    generator: str
    slor: float
    novelty: float
    copied_runs: int
    score: float


@lru_cache(maxsize=65536)
def unigram_logprob(word: str) -> float:
    from wordfreq import word_frequency

    return math.log(max(word_frequency(word.lower(), "fr"), UNIGRAM_FLOOR))


def slor(backend: "Backend", text: str) -> float:
    """Syntactic log-odds ratio of ``text`` under ``backend``, per word."""
    lp = sum(backend.token_logprobs(text, prefix=SCORE_PREFIX))
    ws = words(text)
    uni = sum(unigram_logprob(w) for w in ws)
    return (lp - uni) / max(1, len(ws))


def novelty(text: str, source_trigrams: set[tuple[str, ...]]) -> float:
    """Share of the candidate's word trigrams that the source does not have (1 = all new wording)."""
    grams = ngrams(folded_words(text), 3)
    if not grams:
        return 0.0
    return sum(1 for g in grams if g not in source_trigrams) / len(grams)


READABILITY_WEIGHT = 0.6  # per long or passive sentence: the SEO readability checks, applied while drafting


def readability_penalty(text: str) -> float:
    """How much a candidate works against the readability checks: one point per sentence over 20 words and per
    passive sentence (a split or an active restatement of the same facts wins ties of fluency)."""
    from .seo import SENTENCE_MAX_WORDS, is_passive, split_sentences

    sentences = split_sentences(text) or [text]
    return sum((len(words(s)) > SENTENCE_MAX_WORDS) + is_passive(s) for s in sentences) / len(sentences)


def tie_break(seed: int, text: str) -> str:
    return hashlib.sha256(f"{seed}\x00{text}".encode()).hexdigest()


def rank(candidates: list[tuple[str, str, int]], backend: "Backend | None", source_trigrams: set,
         seed: int, verbatim: str | None = None) -> list[Ranked]:
    """Order (text, generator, copied_runs) candidates best first: no copied run first, then SLOR + novelty. The
    candidates of generator ``verbatim`` (the source's own sentence) come after every faithful new wording: a copy is
    always the most fluent, and the source told again is what the tool exists not to do (« Selon l’INSEE, les prix
    … » lost to « Les prix …, selon l’INSEE. » by SLOR alone)."""
    out = []
    for text, gen, copied in candidates:
        s = slor(backend, text) if backend is not None else 0.0
        n = novelty(text, source_trigrams)
        score = s + NOVELTY_WEIGHT * n - READABILITY_WEIGHT * readability_penalty(text)
        out.append(Ranked(text, gen, round(s, 4), round(n, 4), copied, round(score, 4)))
    out.sort(key=lambda r: (r.copied_runs > 0 and r.generator == verbatim, r.copied_runs > 0, -r.score,
                            tie_break(seed, r.text)))
    return out

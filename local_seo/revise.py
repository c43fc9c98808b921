"""Safe revisions of a built article, driven by the SEO checks: layout, slug, headings and connectors, never a fact.

:func:`revise` runs the checks of :mod:`local_seo.seo` and, for a check that is not ``"good"``, applies only fixes
that cannot change what the article says:

* ``paragraph_length``: a paragraph over :data:`~local_seo.seo.PARAGRAPH_MAX_WORDS` words is cut at the sentence
  boundary that balances both halves best (again while a half is too long); the sentences stay byte for byte the
  same, in the same order. Bullet items are never cut (each one is an item of a list).
* ``section_length``: reported only; a section is cut under a new heading, and revise invents no heading.
* ``keyphrase_slug``: the slug becomes ``make_slug(keyphrase + title words not already in it)`` (≤ 60 characters).
* ``keyphrase_subheadings``: under 30 % of H2/H3 headings with the keyphrase, the *generic* headings of the sections
  written from facts (:data:`GENERIC_FACT_HEADINGS`: "Les chiffres clés", "Qui est qui"…) get the prefix
  ``"{Keyphrase} : "``, in reading order, until 30 % is reached and never beyond 75 %. Body headings (from the
  source) never change.
* ``consecutive_sentences``: in a run of 3+ sentences that start with the same word, the middle one (else the third)
  takes a safe connector, as below.
* ``transition_words``: under 30 %, body sentences take an *additive* connector from ``fr_safe_connectors.txt``
  ("Par ailleurs, ", "En outre, "…: one more fact, no logical link asserted) until 30 % is reached. Never on a bullet
  item, on the first sentence under a heading, on a sentence that starts with a quotation mark or a linking word, that
  already holds a transition word, that is not a statement ending with a period, that follows a question, or next to
  a sentence that starts with a connector; never the same connector twice in a section; never where it would start
  3 sentences in a row with the same word, make a sentence cross 20 words while that would fail ``sentence_length``,
  or make a section cross 300 words. The old first letter is lower-cased unless it starts a proper noun (spaCy's
  ``PROPN`` through ``guard.nlp`` or a name of the analysis). The new sentence must pass
  ``guard.check(new, [], kind=FREE)``; a rejected one is left as it was.
* Everything else (title, meta description, intro keyphrase, density, lengths, passive voice, Flesch…): reported.

The function is pure: it returns a new :class:`Article` and a list of notes ``{"check", "action", "detail"}``
(``action`` is one of :data:`ACTIONS`), and it is idempotent: revising its result again changes nothing.
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .article import Article
from .guard import FREE, RESTATEMENT, Guard
from .fragments import refers_back
from .lexicon import FR_STOPWORDS, strip_quotes
from .render import make_slug
from .seo import (CONSECUTIVE_MAX, GOOD, IMPROVE, LONG_SENTENCES_MAX_PCT, PARAGRAPH_MAX_WORDS, PROBLEM,
                  SECTION_MAX_WORDS, SENTENCE_MAX_WORDS, SUBHEADINGS_MAX_PCT, SUBHEADINGS_MIN_PCT,
                  TRANSITIONS_MIN_PCT, Check, has_transition, is_passive, keyphrase_found, sentence_start, seo_checks,
                  split_sentences)
from .text import fold, folded_words, quote_open, words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ACTIONS", "GENERIC_FACT_HEADINGS", "NOT_FIXED_WHY", "revise", "safe_connectors"]

# --------------------------------------------------------------------------------------------------------------------
# Named data

_RES = "local_seo.resources"
CONNECTORS_FILE = "fr_safe_connectors.txt"
CONNECTOR_SEPARATOR = ", "
SLUG_MAX_CHARS = 60  # "Par ailleurs" + ", " + the sentence

# Note actions: an edit that was made, sentences left as they were (and why), a check still failing at the end (and
# why it was not fixed), a check that an edit made worse (should not happen; said when it does).
CHANGED, SKIPPED, NOT_FIXED, WORSENED = "changed", "skipped", "not_fixed", "worsened"
ACTIONS = (CHANGED, SKIPPED, NOT_FIXED, WORSENED)

# Headings of the sections written from facts that say nothing of the subject (the outline's HEADINGS without the
# keyphrase, and their usual variants): they may take the prefix "{Keyphrase} : ". Compared folded, final colon and
# period ignored.
GENERIC_FACT_HEADINGS: tuple[str, ...] = (
    "Les chiffres clés",
    "Les chiffres",
    "Qui est qui",
    "Les acteurs",
    "Les protagonistes",
    "Les dates à retenir",
    "Les dates clés",
    "Ce qu’ils ont déclaré",
    "Ce qu’ils ont dit",
    "Les déclarations",
    "L’essentiel",
    "Ce qu’il faut retenir",
    "Questions et réponses",
    "Ce que l’on sait",
    "Ce que l’on sait et ce que l’on ignore",
)
HEADING_PREFIX = "{K} : "  # K: the keyphrase with a capital first letter

# A sentence starting with one of these marks is left alone (quotation, bracket, dash, list or heading marks).
OPENING_MARKS = "«»“”\"'‘’([—–-*#•"
# A sentence must end with a period (closing quotes/brackets allowed) to take a connector; the one before it too
# (after "?" comes an answer, after ":" a list or a quotation).
STATEMENT_END_RE = re.compile(r"\.[»”\"’)\]\s]*$")
# Sentence openings that already link to what comes before: a connector in front would stack two links.
LINKING_STARTS = frozenset(
    """
    et mais ou or donc ni car puis ensuite enfin ainsi aussi alors outre cependant toutefois pourtant neanmoins
    egalement aujourd desormais finalement notamment surtout dont quant
    """.split()
)
LINKING_POS = frozenset({"CCONJ", "SCONJ", "ADV"})
LEAD_WORDS = 4  # a transition phrase that starts the sentence is at most this long ("à la suite de")
MIN_SENTENCE_WORDS = 4  # shorter sentences (fragments, labels) are left alone

_TITLE_WHY = ("the headline module built every title it can from the source (the article's own title and its parts, "
              "the lede's event phrases, the subheadings) and kept the first that fits 60 characters, starts with the "
              "keyphrase and passes the guard; none did better (the report's title_rejected lists the others)")
_META_WHY = ("the headline module tried every statement of the first sentences' facts, alone and in pairs; none of "
             "120–156 characters holding the keyphrase passed the guard (description_rejected lists those refused)")

# Why a check that is still failing was not fixed (English; the report shows it beside the check's French message).
NOT_FIXED_WHY: dict[str, str] = {
    "keyphrase_title": _TITLE_WHY,
    "keyphrase_title_start": _TITLE_WHY,
    "keyphrase_intro": "the intro restates the lede; moving a sentence that holds the keyphrase into it, or writing "
                       "the keyphrase in, would move or add facts",
    "keyphrase_meta": _META_WHY,
    "keyphrase_subheadings": "no generic fact heading is left to take the keyphrase (body headings come from the "
                             "source and never change; revise never removes the keyphrase from a heading)",
    "keyphrase_slug": "the keyphrase alone makes a slug longer than 60 characters",
    "keyphrase_density": "adding or removing the keyphrase means rewriting sentences, which only the drafter does "
                         "under the guard",
    "title_length": _TITLE_WHY,
    "meta_length": _META_WHY,
    "text_length": "revise adds no sentence: nothing is invented to pad the article",
    "single_h1": "the H1 is set by the headline module; revise changes no heading level",
    "section_length": "a section is cut only under a new heading, and revise invents no heading",
    "paragraph_length": "the long paragraph is a bullet item or has no sentence boundary to cut at",
    "sentence_length": "revise cuts a long sentence only at a relative or coordinate clause, when the guard accepts "
                       "the two sentences as the same facts",
    "consecutive_sentences": "no safe connector could go on the middle sentence of the run (see the skipped note)",
    "transition_words": "not enough sentences could take a safe additive connector (see the skipped note)",
    "passive_voice": "turning a sentence active rewrites it, which only the drafter does under the guard",
    "flesch": "shorter sentences and simpler words mean rewriting, which only the drafter does under the guard",
}
_STATUS_RANK = {GOOD: 0, IMPROVE: 1, PROBLEM: 2}
SPLIT_RULES = frozenset({"split_relative", "split_coordinate"})  # restatement rules that cut a sentence in two
INTRO = -1  # block id of the introduction (sections are 0, 1…)


# --------------------------------------------------------------------------------------------------------------------
# Connectors


@lru_cache(maxsize=1)
def safe_connectors() -> tuple[str, ...]:
    """The additive connectors of ``fr_safe_connectors.txt``, in file order.

    Raises ``ValueError`` for a line that the ``transition_words`` check would not count as a transition word (a
    connector that does not raise the share would change the text for nothing).
    """
    text = resources.files(_RES).joinpath(CONNECTORS_FILE).read_text(encoding="utf-8")
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip().rstrip(",").strip()
        if not line or line.startswith("#"):
            continue
        if not has_transition(line):
            raise ValueError(f"{CONNECTORS_FILE}: «{line}» is not a transition word of the transition_words check")
        if line not in out:
            out.append(line)
    return tuple(out)


# --------------------------------------------------------------------------------------------------------------------
# The body as a flow of sentences


@dataclass(frozen=True)
class _Slot:
    """One body sentence: where it stands (block, paragraph, character span) and its text."""

    block: int  # INTRO or the section's index
    para: int
    start: int  # -1 when the sentence could not be located in its paragraph (then it is never edited)
    end: int
    text: str
    first: bool  # first sentence of the block (right under a heading, or the H1 for the intro)
    quoted: bool = False  # inside a quotation opened by a sentence before it (someone's words: never edited)


def _spans(paragraph: str) -> list[tuple[int, int]] | None:
    """Character spans of the sentences of ``paragraph`` (as :func:`split_sentences` cuts them), or None."""
    out: list[tuple[int, int]] = []
    pos = 0
    for s in split_sentences(paragraph):
        m = re.compile(r"\s+".join(re.escape(w) for w in s.split())).search(paragraph, pos)
        if m is None:
            return None
        out.append((m.start(), m.end()))
        pos = m.end()
    return out


def _blocks(art: Article) -> list[tuple[int, list[str]]]:
    return [(INTRO, art.intro)] + [(i, s.paragraphs) for i, s in enumerate(art.sections)]


def _flow(art: Article) -> list[_Slot]:
    out: list[_Slot] = []
    for block, paras in _blocks(art):
        for j, p in enumerate(paras):
            spans = _spans(p)
            sentences = split_sentences(p)
            for k, s in enumerate(sentences):
                start, end = spans[k] if spans is not None else (-1, -1)
                out.append(_Slot(block, j, start, end, p[start:end] if spans is not None else s,
                                 first=j == 0 and k == 0, quoted=start > 0 and quote_open(p[:start])))
    return out


def _block_name(art: Article, block: int) -> str:
    return "l’introduction" if block == INTRO else f"« {art.sections[block].heading} »"


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


# --------------------------------------------------------------------------------------------------------------------
# The reviser


class _Reviser:
    def __init__(self, article: Article, keyword: str, guard: Guard, min_words: int) -> None:
        self.art = copy.deepcopy(article)
        self.kw = " ".join(keyword.split())
        self.guard = guard
        self.min_words = min_words
        self.notes: list[dict] = []
        self.connectors = safe_connectors()
        self._next_connector = 0
        self._docs: dict[str, object] = {}
        self.skipped: dict[str, Counter] = {}
        self.names = self._names()

    # -- helpers --------------------------------------------------------------------------------------------------
    def note(self, check: str, action: str, detail: str) -> None:
        self.notes.append({"check": check, "action": action, "detail": detail})

    def checks(self) -> dict[str, Check]:
        return {c.id: c for c in seo_checks(self.art, self.kw, min_words=self.min_words)}

    def _names(self) -> frozenset[str]:
        """Capitalised words of the analysis's entities: a sentence starting with one keeps its capital."""
        out: set[str] = set()
        for e in getattr(self.guard.a, "entities", []):
            for v in [e.canonical, getattr(e, "short", ""), *e.variants]:
                for w in words(v or ""):
                    if w[:1].isupper() and fold(w) not in FR_STOPWORDS:
                        out.add(w)
        return frozenset(out)

    def _first_token(self, text: str) -> "Token | None":
        doc = self._docs.get(text)
        if doc is None:
            doc = self._docs[text] = self.guard.nlp(text)
        return next((t for t in doc if not t.is_punct and not t.is_space), None)

    def _paragraphs(self, block: int) -> list[str]:
        return self.art.intro if block == INTRO else self.art.sections[block].paragraphs

    def _item(self, block: int, para: int) -> bool:
        """Whether paragraph ``para`` of ``block`` is an item of a list (bullets, or an item in running text)."""
        return block != INTRO and self.art.sections[block].is_item(para)

    def _starts_with_connector(self, text: str) -> bool:
        """Whether the sentence opens on a transition word or phrase (one that takes in its first word)."""
        ws = words(text)
        for n in range(1, min(LEAD_WORDS, len(ws)) + 1):
            if has_transition(" ".join(ws[:n])):
                return not has_transition(" ".join(ws[1:n]))
        return any(fold(text).startswith(fold(c) + " ") for c in self.connectors)

    # -- fix: paragraph length ------------------------------------------------------------------------------------
    def split_paragraphs(self) -> None:
        for block, paras in _blocks(self.art):
            out: list[str] = []
            items: set[int] = set()
            for j, p in enumerate(paras):
                if self._item(block, j):  # items of a list: never cut (the final note says so)
                    items.add(len(out))
                    out.append(p)
                    continue
                pieces = self._split(p)
                if len(pieces) > 1:
                    sizes = " + ".join(str(len(words(x))) for x in pieces)
                    self.note("paragraph_length", CHANGED,
                              f"paragraph {j + 1} of {_block_name(self.art, block)} ({len(words(p))} words) "
                              f"cut at a sentence boundary into {len(pieces)} paragraphs ({sizes} words)")
                out.extend(pieces)
            paras[:] = out
            if block != INTRO and not self.art.sections[block].bullets:
                self.art.sections[block].items = frozenset(items)  # the items moved down after a cut above them

    def _split(self, p: str) -> list[str]:
        if len(words(p)) <= PARAGRAPH_MAX_WORDS:
            return [p]
        spans = _spans(p)
        if not spans or len(spans) < 2:
            return [p]
        best = min(range(1, len(spans)),
                   key=lambda k: (max(len(words(p[: spans[k][0]])), len(words(p[spans[k][0]:]))), k))
        cut = spans[best][0]
        return self._split(p[:cut].rstrip()) + self._split(p[cut:])

    # -- fix: slug ------------------------------------------------------------------------------------------------
    def fix_slug(self) -> None:
        full = make_slug(self.kw, max_length=10_000)
        if len(full) > SLUG_MAX_CHARS:  # the keyphrase alone is too long: as much of it as fits, no title words
            slug = make_slug(self.kw, max_length=SLUG_MAX_CHARS)
        else:
            kw_words = full.split("-")
            seen = set(kw_words)
            extra = []
            for w in make_slug(self.art.title, max_length=10_000).split("-"):
                if w not in seen:
                    seen.add(w)
                    extra.append(w)
            slug = make_slug(" ".join(kw_words + extra), max_length=SLUG_MAX_CHARS)
        if slug != self.art.slug:
            old, before = self.art.slug, self.checks()["keyphrase_slug"].status
            self.art.slug = slug
            if _STATUS_RANK[self.checks()["keyphrase_slug"].status] < _STATUS_RANK[before]:
                self.note("keyphrase_slug", CHANGED, f"slug «{old}» → «{slug}» (keyphrase first, then the title's "
                                                     f"words)")
            else:
                self.art.slug = old  # no better: leave it (the final note says why)

    # -- fix: subheadings -----------------------------------------------------------------------------------------
    def _heading_hits(self) -> tuple[int, int]:
        heads = [s.heading for s in self.art.sections if s.heading.strip()]
        for p in self.art.paragraphs():
            for line in p.splitlines():
                m = re.match(r"^\s*###\s+(.+)$", line)
                if m:
                    heads.append(m.group(1))
        return sum(keyphrase_found(self.kw, h) for h in heads), len(heads)

    def fix_subheadings(self) -> None:
        generic = {fold(h) for h in GENERIC_FACT_HEADINGS} | _outline_generic_headings()
        cap = self.kw[:1].upper() + self.kw[1:]
        for sec in self.art.sections:
            hits, total = self._heading_hits()
            if not total or _pct(hits, total) >= SUBHEADINGS_MIN_PCT:
                return
            if _pct(hits + 1, total) > SUBHEADINGS_MAX_PCT:
                return
            key = fold(sec.heading).rstrip(" :.")
            if key not in generic or keyphrase_found(self.kw, sec.heading):
                continue
            old = sec.heading
            sec.heading = HEADING_PREFIX.format(K=cap) + old[:1].lower() + old[1:]
            self.note("keyphrase_subheadings", CHANGED,
                      f"generic H{sec.level} heading «{old}» → «{sec.heading}» "
                      f"({hits + 1} of {total} headings now hold the keyphrase)")

    # -- connectors -----------------------------------------------------------------------------------------------
    def _ineligible(self, flow: list[_Slot], i: int, check: str = "") -> str | None:
        """Why sentence ``i`` may not take a connector (a short reason, used to group the skipped note), or None.
        For the share of transition words (``check``), a sentence whose subject is a pronoun goes on with the one
        before (« 54 habitants ont dû être évacués. Ils ont trouvé refuge … »): « Par ailleurs » there reads as a
        change of subject; breaking a run of « Il … » openings still may use one."""
        s = flow[i]
        if s.start < 0:
            return "not located in its paragraph"
        if self._item(s.block, s.para):
            return "bullet item"
        if s.first:
            return "first sentence under a heading"
        if s.quoted:  # « «Ce matin, … la circulation. Par ailleurs, c’est payer des hommes pour rien. … » »
            return "inside a quotation"
        if s.text[:1] in OPENING_MARKS:
            return "starts with a quotation mark"
        if has_transition(s.text):
            return "already holds a transition word"
        if not STATEMENT_END_RE.search(s.text):
            return "not a statement ending with a period"
        if len(words(s.text)) < MIN_SENTENCE_WORDS:
            return "too short"
        prev = flow[i - 1] if i > 0 and flow[i - 1].block == s.block else None
        nxt = flow[i + 1] if i + 1 < len(flow) and flow[i + 1].block == s.block else None
        if prev is not None and not STATEMENT_END_RE.search(prev.text):
            return "follows a question or a colon"
        if prev is not None and self._starts_with_connector(prev.text):
            return "the sentence before starts with a connector"
        if nxt is not None and self._starts_with_connector(nxt.text):
            return "the sentence after starts with a connector"
        first_words = folded_words(s.text)
        tok = self._first_token(s.text)
        if (first_words and first_words[0] in LINKING_STARTS) or (tok is not None and tok.pos_ in LINKING_POS):
            return "starts with a linking word"
        if check == "transition_words" and refers_back(s.text):
            # « Par ailleurs, ils ont trouvé refuge … », « De surcroît, en 2014, celui-ci … », « En outre, cette
            # opération coordonnée … » (the coalition of the sentence before)
            return "it goes on with the sentence before (a pronoun or « ce » opens it)"
        return None

    def _lowered(self, text: str) -> str:
        """``text`` with its first letter in lower case, unless it starts a proper noun or an acronym."""
        if not text[:1].isupper():
            return text
        tok = self._first_token(text)
        first = words(text)[0] if words(text) else ""
        if tok is not None and tok.pos_ == "PROPN":
            return text
        if first in self.names or (len(first) > 1 and first.isupper()):
            return text
        if first == "A":  # « A l’Agence France Presse »: no sentence opens on the verb « a », this is « à »
            return "à" + text[1:]
        return text[:1].lower() + text[1:]

    def _makes_run(self, flow: list[_Slot], i: int, new: str) -> bool:
        starts = [sentence_start(s.text) for s in flow]
        starts[i] = sentence_start(new)
        lo = hi = i
        while lo > 0 and starts[lo - 1] == starts[i]:
            lo -= 1
        while hi + 1 < len(starts) and starts[hi + 1] == starts[i]:
            hi += 1
        return hi - lo + 1 > CONSECUTIVE_MAX

    def _too_long(self, flow: list[_Slot], i: int, new: str) -> str | None:
        before, after = len(words(flow[i].text)), len(words(new))
        if before <= SENTENCE_MAX_WORDS < after:
            long_n = sum(1 for s in flow if len(words(s.text)) > SENTENCE_MAX_WORDS)
            if _pct(long_n + 1, len(flow)) > LONG_SENTENCES_MAX_PCT:
                return "would make one more sentence over 20 words"
        block_words = sum(len(words(p)) for p in self._paragraphs(flow[i].block))
        if block_words <= SECTION_MAX_WORDS < block_words + after - before:
            return "would make its section longer than 300 words"
        return None

    def add_connector(self, i: int, check: str) -> str | None:
        """Put a safe connector in front of body sentence ``i``; None when done, else why not."""
        flow = _flow(self.art)
        reason = self._ineligible(flow, i, check)
        if reason:
            return reason
        s = flow[i]
        used = {c for t in flow if t.block == s.block for c in self.connectors
                if fold(t.text).startswith(fold(c) + " ")}
        order = self.connectors[self._next_connector:] + self.connectors[: self._next_connector]
        choices = [c for c in order if c not in used]
        if not choices:
            return "every safe connector is already used in its section"
        lowered = self._lowered(s.text)
        reason = "would start 3 sentences in a row with the same word"
        for c in choices:
            new = c + CONNECTOR_SEPARATOR + lowered
            if self._makes_run(flow, i, new):
                continue
            too_long = self._too_long(flow, i, new)
            if too_long:
                return too_long
            verdict = self.guard.check(new, [], kind=FREE)
            if not verdict.ok:
                return "refused by the guard (" + "; ".join(verdict.reasons) + ")"
            paras = self._paragraphs(s.block)
            p = paras[s.para]
            paras[s.para] = p[: s.start] + new + p[s.end:]
            self._next_connector = (self.connectors.index(c) + 1) % len(self.connectors)
            self.note(check, CHANGED, f"«{c}» added in {_block_name(self.art, s.block)}: «{_short(new)}»")
            return None
        return reason

    # -- fix: sentence length ------------------------------------------------------------------------------------
    def split_long_sentences(self) -> None:
        """Cut body sentences over 20 words at a clause boundary the restatement rules know (a relative or coordinate
        clause), when the guard accepts the two sentences as the same facts; stop once the check passes."""
        from .restate import restate

        i = 0
        while i < len(flow := _flow(self.art)):  # the flow is read again after each cut: spans have moved
            s = flow[i]
            i += 1
            if s.start < 0 or len(words(s.text)) <= SENTENCE_MAX_WORDS or self._item(s.block, s.para) or s.quoted:
                continue  # a list item stays one item; someone's words stay as said
            splits = [r.text for r in restate(self.guard.nlp(s.text)) if r.rule in SPLIT_RULES]
            if not splits:
                self._skip("sentence_length", "no relative or coordinate clause to cut at")
                continue
            for new in splits:
                verdict = self.guard.check(new, [s.text], kind=RESTATEMENT)
                if verdict.ok:
                    paras = self._paragraphs(s.block)
                    p = paras[s.para]
                    paras[s.para] = p[: s.start] + verdict.text + p[s.end:]
                    self.note("sentence_length", CHANGED,
                              f"cut in two in {_block_name(self.art, s.block)}: «{_short(verdict.text, 120)}»")
                    break
            else:
                self._skip("sentence_length", "cut refused by the guard")
                continue
            if self.checks()["sentence_length"].status == GOOD:  # checked again only when a cut changed the text
                break

    def _long_sentences_why(self) -> str:
        flow = _flow(self.art)
        long_ = [s.text for s in flow if len(words(s.text)) > SENTENCE_MAX_WORDS]
        quoted = [t for t in long_ if len(words(strip_quotes(t))) <= SENTENCE_MAX_WORDS]
        parts = [f"{len(long_)} sentences over {SENTENCE_MAX_WORDS} words"]
        if quoted:
            parts.append(f"{len(quoted)} of them long because of a quotation, kept verbatim")
        for reason, n in sorted(self.skipped.get("sentence_length", Counter()).items()):
            parts.append(f"{n} × {reason}")
        return NOT_FIXED_WHY["sentence_length"] + " (" + "; ".join(parts) + ")"

    def _passive_why(self) -> str:
        """Which passive sentences are left, and why each kind cannot be turned active without changing a fact."""
        passive = [s.text for s in _flow(self.art) if is_passive(s.text)]
        quoted = [t for t in passive if not is_passive(strip_quotes(t))]
        own = [t for t in passive if t not in quoted]
        agentless = [t for t in own if not re.search(r"\bpar\b", t, re.IGNORECASE)]
        parts = []
        if agentless:
            parts.append(f"{len(agentless)} name no agent (« {_short(agentless[0], 70)} »): an active sentence would "
                         f"have to say who acted, and the source does not")
        if quoted:
            parts.append(f"{len(quoted)} inside quotations, kept verbatim")
        if len(own) > len(agentless):
            parts.append(f"{len(own) - len(agentless)} name an agent, but no active restatement of them passed the "
                         f"guard and the ranking")
        return "; ".join(parts) or NOT_FIXED_WHY["passive_voice"]

    def _skip(self, check: str, reason: str) -> None:
        self.skipped.setdefault(check, Counter())[reason] += 1

    # -- fix: consecutive sentences -------------------------------------------------------------------------------
    def fix_consecutive(self) -> None:
        n = len(_flow(self.art))
        for k in range(n):
            if _run_before(self.art, k) <= CONSECUTIVE_MAX:
                continue
            for target in (k - 1, k):  # the middle of the three, else the third
                reason = self.add_connector(target, "consecutive_sentences")
                if reason is None:
                    break
                self._skip("consecutive_sentences", reason)

    # -- fix: transition words ------------------------------------------------------------------------------------
    def fix_transitions(self) -> None:
        while True:  # passes until the target is met or a pass changes nothing (a fixed point: idempotent)
            flow = _flow(self.art)
            target = math.ceil(TRANSITIONS_MIN_PCT * len(flow) / 100)
            hits = sum(has_transition(s.text) for s in flow)
            if not flow or hits >= target:
                return
            reasons: Counter = Counter()
            candidates = []
            for i in range(len(flow)):
                why = self._ineligible(flow, i, "transition_words")
                if why is None:
                    candidates.append(i)
                elif why != "already holds a transition word":
                    reasons[why] += 1
            changed = False
            for i in _spread(candidates, target - hits):
                if hits >= target:
                    break
                reason = self.add_connector(i, "transition_words")
                if reason is None:
                    hits += 1
                    changed = True
                else:
                    reasons[reason] += 1
            if not changed:
                if reasons:
                    detail = "; ".join(f"{n} × {r}" for r, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0])))
                    self.note("transition_words", SKIPPED, f"sentences left without a connector: {detail}")
                return

    # -- the run --------------------------------------------------------------------------------------------------
    def run(self) -> tuple[Article, list[dict]]:
        before = self.checks()
        if before["keyphrase_slug"].status != GOOD:
            self.fix_slug()
        if before["keyphrase_subheadings"].status != GOOD:
            self.fix_subheadings()
        if self.checks()["consecutive_sentences"].status != GOOD:
            self.fix_consecutive()
            if "consecutive_sentences" in self.skipped:
                detail = "; ".join(f"{n} × {r}" for r, n in self.skipped["consecutive_sentences"].items() if n)
                self.note("consecutive_sentences", SKIPPED, f"middle sentences left as they were: {detail}")
        if self.checks()["transition_words"].status != GOOD:
            self.fix_transitions()
        if self.checks()["sentence_length"].status != GOOD:
            self.split_long_sentences()
        # after the connectors, which lengthen sentences: cut paragraphs that are (now) too long
        if self.checks()["paragraph_length"].status != GOOD:
            self.split_paragraphs()
        after = self.checks()
        for cid, check in after.items():
            old = before.get(cid)
            if old is not None and _STATUS_RANK[check.status] > _STATUS_RANK[old.status]:
                self.note(cid, WORSENED, f"{old.status} ({old.value}) → {check.status} ({check.value}): "
                                         f"{check.message}")
            if check.status != GOOD:
                why = NOT_FIXED_WHY.get(cid, "revise has no safe fix for this check")
                if cid == "keyphrase_subheadings" and isinstance(check.value, (int, float)) \
                        and check.value > SUBHEADINGS_MAX_PCT:
                    why = "over 75 %: revise never removes the keyphrase from a heading"
                if cid == "keyphrase_subheadings" and not self._heading_hits()[1]:
                    why = "the article has no subheading, and revise invents no heading"
                if cid == "paragraph_length":
                    why = self._long_paragraph_why()
                if cid == "sentence_length":
                    why = self._long_sentences_why()
                if cid == "passive_voice":
                    why = self._passive_why()
                if cid == "section_length":
                    why = NOT_FIXED_WHY[cid] + ": " + self._long_sections()
                self.note(cid, NOT_FIXED, f"{check.status}, value {check.value} (target: {check.target}). "
                                          f"{check.message} Not fixed: {why}.")
        return self.art, self.notes

    def _long_paragraph_why(self) -> str:
        out = []
        for block, paras in _blocks(self.art):
            for j, p in enumerate(paras):
                n = len(words(p))
                if n > PARAGRAPH_MAX_WORDS:
                    kind = "bullet item" if self._item(block, j) else "single sentence, no boundary to cut at"
                    out.append(f"paragraph {j + 1} of {_block_name(self.art, block)} ({n} words): {kind}")
        return "; ".join(out) or NOT_FIXED_WHY["paragraph_length"]

    def _long_sections(self) -> str:
        out = []
        for block, paras in _blocks(self.art):
            n = sum(len(words(p)) for p in paras)
            if n > SECTION_MAX_WORDS:
                out.append(f"{_block_name(self.art, block)} has {n} words")
        return "; ".join(out)


def _run_before(art: Article, k: int) -> int:
    """How many sentences in a row, ending with sentence ``k``, start with the same word."""
    starts = [sentence_start(s.text) for s in _flow(art)[: k + 1]]
    n = 1
    while n <= k and starts[k - n] == starts[k]:
        n += 1
    return n


def _outline_generic_headings() -> set[str]:
    """The outline's fact headings that do not hold the keyphrase (kept in step with it when it changes)."""
    try:
        from .outline import HEADINGS
    except ImportError:  # pragma: no cover
        return set()
    return {fold(h).rstrip(" :.") for h in HEADINGS.values() if "{" not in h}


def _spread(candidates: list[int], need: int) -> list[int]:
    """``candidates`` reordered so that the first ``need`` are spread evenly over the article, the rest after."""
    if need <= 0 or not candidates:
        return list(candidates)
    step = len(candidates) / need
    picks: list[int] = []
    for k in range(min(need, len(candidates))):
        c = candidates[min(len(candidates) - 1, int(k * step + step / 2))]
        if c not in picks:
            picks.append(c)
    return picks + [c for c in candidates if c not in picks]


def _short(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def revise(article: Article, keyword: str, guard: Guard, min_words: int) -> tuple[Article, list[dict]]:
    """Apply the safe SEO fixes to a copy of ``article`` and say what was done.

    Returns the revised article (``article`` itself is not modified) and notes ``{"check", "action", "detail"}``:
    ``changed`` for each edit, ``skipped`` for sentences that could not take a connector (grouped by reason),
    ``not_fixed`` for each check that is still not good at the end (its status, value, French message and why revise
    left it), ``worsened`` if an edit made a check worse. ``min_words`` is the length target of ``text_length``.
    """
    return _Reviser(article, keyword, guard, min_words).run()

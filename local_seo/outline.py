"""A deterministic outline from the source's structure and facts: always valid, whatever the model.

The intro restates the lede; body sections follow the source's own subheadings (or its paragraphs, in chunks); then
sections written only from the source's facts (key points, key figures, who is who, quotes, what is known and not)
bring the length without invention. Each section lists its anchors (source sentence indexes) and a word budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import NEGATION_WORDS, SPEAKER_PRONOUNS, TIME_WORDS, named_speaker, quotes_in
from .fragments import question_answer
from .numbers import date_words, number_values
from .text import QUOTE_MARKS, count_words, fold, folded_words, quote_open

if TYPE_CHECKING:
    from .analyze import Analysis

BODY, KEY_POINTS, QA, FIGURES, DATES, PEOPLE, QUOTES, KNOWN = (
    "body", "key_points", "qa", "figures", "dates", "people", "quotes", "known")
MIN_SECTIONS, MAX_SECTIONS = 4, 7
BODY_CHUNK_WORDS = 170  # target words of a body section cut from a source without subheadings
MIN_CHUNK_WORDS = 45  # a body section of a short source: two or three sentences at least
QUOTE_HEAVY = 0.6  # a sentence that is mostly a quotation goes to the quotes section only
# Headings of the sections written from facts; "{k}" is the focus keyphrase (SEO: keyphrase in some subheadings).
HEADINGS = {
    KEY_POINTS: "{K} : l’essentiel",
    QA: "{K} : questions et réponses",
    FIGURES: "Les chiffres clés",
    DATES: "Les dates à retenir",
    PEOPLE: "Les acteurs",
    QUOTES: "Ce qu’ils ont déclaré",
    KNOWN: "{K} : ce que l’on sait",
}


@dataclass
class SectionPlan:
    kind: str
    heading: str
    anchors: list[int] = field(default_factory=list)
    budget: int = 0
    level: int = 2


@dataclass
class Outline:
    keyword: str
    intro: list[int]
    sections: list[SectionPlan]

    def to_json(self) -> dict:
        return {"keyword": self.keyword, "intro": self.intro,
                "sections": [{"kind": s.kind, "heading": s.heading, "anchors": s.anchors, "budget": s.budget,
                              "level": s.level}
                             for s in self.sections]}


def _quote_heavy(text: str) -> bool:
    q = sum(count_words(x) for x in quotes_in(text))
    return q >= QUOTE_HEAVY * max(1, count_words(text))


PRONOUN_INCISE = re.compile(r"\w-(?:t-)?(?:il|elle)s?\b")  # « assure-t-il », « dit-elle »


def _quoted_by_name(a: "Analysis") -> set[int]:
    """Sentences holding a quotation whose speaker the analysis could name, and that open on the quotation or on its
    speaker: « Une décision prise « en rapport avec … », explique l’élu » goes on with the sentence before it (the
    beaches closed) and is told there, not gathered with the quotations."""
    out = set()
    for f in a.facts:
        if f.kind != "quote" or not named_speaker(f.speaker):
            continue
        text = a.sentences[f.sentence_index].text
        before = text[: min((text.find(m) for m in QUOTE_MARKS if m in text), default=0)]
        lead = folded_words(before)
        if len(lead) >= 2 and not set(lead) & (set(folded_words(f.speaker)) | SPEAKER_PRONOUNS | {
                "il", "ils", "selon", "apres"}):
            continue
        if PRONOUN_INCISE.search(text) and not re.search(r",\s*a-t-(?:il|elle)\s+\w+", text):
            continue  # « …, assure-t-il. … » inside the quotation marks: only its context says who « il » is
        out.add(f.sentence_index)
    return out


def _body_groups(a: "Analysis", skip: set[int]) -> list[tuple[str | None, list[int]]]:
    """Sentences under each source subheading; a source without them is cut at paragraph ends, in chunks of
    BODY_CHUNK_WORDS, smaller for a short source so that it still has three body sections where its paragraphs
    allow (a short article's fact sections are few: four H2 need the body's help)."""
    body_words = sum(count_words(s.text) for s in a.sentences if s.index not in skip)
    chunk_words = min(BODY_CHUNK_WORDS, max(MIN_CHUNK_WORDS, body_words // 3))
    groups: list[tuple[str | None, list[int]]] = []
    for s in a.sentences:
        if s.index in skip:
            continue
        if not groups or groups[-1][0] != s.heading:
            groups.append((s.heading, []))
        groups[-1][1].append(s.index)
    out: list[tuple[str | None, list[int]]] = []
    for heading, idx in groups:
        chunk: list[int] = []
        words = 0
        for i in idx:
            s = a.sentences[i]
            new_para = chunk and a.sentences[chunk[-1]].block != s.block and not s.item  # a list stays whole
            if new_para and words >= chunk_words:
                out.append((heading if not out or out[-1][0] != heading else None, chunk))
                chunk, words = [], 0
            chunk.append(i)
            words += count_words(s.text)
        if chunk:
            if len(chunk) < 2 and out and out[-1][0] is not None or (len(chunk) < 2 and out and heading is None):
                out[-1][1].extend(chunk)  # a one-sentence section reads as a stray: keep it with its neighbour
            else:
                out.append((heading if not out or out[-1][0] != heading else None, chunk))
    return out


def _phrases(doc) -> list:
    """Noun phrases that may head a section: subjects and objects of the main verb with their complements (no
    clauses), then spaCy's noun chunks."""
    from .fragments import DROP_DEPS, _subtree_without

    out = []
    for t in doc:
        if t.dep_ in ("nsubj", "nsubj:pass", "obj") and t.pos_ in ("NOUN", "PROPN"):
            toks = _subtree_without(t, DROP_DEPS | {"acl"})
            if toks and toks[-1].i - toks[0].i + 1 == len(toks):
                out.append(doc[toks[0].i : toks[-1].i + 1])
    return out + list(doc.noun_chunks)


def _close_to(text: str, used: set[str]) -> bool:
    """Whether a heading would say again what one already says: its content words inside another's, or the other way
    round (« Le Premier ministre » after « Le Premier ministre Andrej Babiš »)."""
    from .lexicon import FR_STOPWORDS

    mine = {w for w in fold(text).split() if w not in FR_STOPWORDS}
    for u in used:
        theirs = {w for w in u.split() if w not in FR_STOPWORDS}
        if mine and theirs and len(mine & theirs) >= CLOSE_HEADING_SHARE * min(len(mine), len(theirs)):
            return True
    return False


CLOSE_HEADING_SHARE = 2 / 3  # « Le Premier ministre tchèque » after « Le Premier ministre Andrej Babiš »
# a heading stands alone: « Cette éventualité », « Sa mobilisation » point at a sentence the reader has not read
POINTING_DETERMINERS = frozenset({"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})


def heading_for(a: "Analysis", anchors: list[int], used: set[str]) -> str:
    """A specific heading for a body section: the section's most salient noun phrase naming an entity or a fact."""
    best, best_score = None, -1.0
    names = {fold(e.canonical) for e in a.entities} | {fold(e.short) for e in a.entities}
    for i in anchors:
        doc = a.docs[i]
        for chunk in _phrases(doc):
            toks = [t for t in chunk if not t.is_punct]
            if not 3 <= len(toks) <= 9 or toks[0].pos_ not in ("DET", "PROPN", "NUM") \
                    or toks[0].lower_ in POINTING_DETERMINERS:
                continue
            if chunk.root.pos_ not in ("NOUN", "PROPN") or chunk.root.dep_ in ("obl:mod",):
                continue
            text = chunk.text.strip(" ,")
            if quote_open(doc[: chunk.start].text) or fold(toks[-1].text) in TIME_WORDS:
                continue  # a piece of someone's words (Gala: « le Grand Con »), a day hung on a name (« L'OFAG jeudi »)
            if quotes_in(text) or set(QUOTE_MARKS) & set(text) or _close_to(text, used) or "," in text \
                    or text.endswith(("-", "–", "—")) or re.search(r"[a-zà-ÿ][A-ZÀ-Þ]", text):
                continue  # « Jacques Chirac àJean- » (a space missing in the source), « Macron …, Jean-Paul … »
            f = fold(text)
            score = sum(1 for n in names if n and n in f) * 2 + sum(1 for t in toks if t.like_num)
            score += 0.5 * sum(1 for t in toks if t.pos_ in ("NOUN", "PROPN", "ADJ")) - 0.2 * len(toks)
            score -= 0.5 * anchors.index(i)  # a heading says what the section opens with
            score += 1.0 if chunk.root.dep_ in ("nsubj", "nsubj:pass", "obj") else 0.0
            if score > best_score:
                best, best_score = text, score
    if best is None:  # no phrase qualified: the first noun chunk of the section, at most 8 words
        # the most named actor of the section, else a noun chunk; never a piece of a quotation nor a pronoun (Gala:
        # « "Chirac » and « Tout ça » headed sections where the source names Jacques Chirac)
        told = " " + " ".join(" ".join(folded_words(a.sentences[i].text)) for i in anchors) + " "
        named = sorted((e for e in a.entities if len(e.canonical.split()) >= 2 and not _close_to(e.canonical, used)
                        and any(f" {' '.join(folded_words(n))} " in told for n in (e.canonical, e.short))),
                       key=lambda e: (-e.count, e.first))
        if named:
            used.add(fold(named[0].canonical))
            return named[0].canonical
        plain = [c for i in anchors for c in a.docs[i].noun_chunks if sum(1 for t in c if not t.is_punct) >= 2
                 and c.root.pos_ in ("NOUN", "PROPN") and not set(QUOTE_MARKS) & set(c.text)]
        chunks = [c for c in plain if not _close_to(c.text, used) and c[0].lower_ not in POINTING_DETERMINERS] \
            or [c for c in plain if fold(c.text) not in used]
        best = chunks[0].text if chunks else " ".join(a.sentences[anchors[0]].text.split()[:6])
        best = " ".join(best.split()[:8]).strip(" ,;:")
    used.add(fold(best))
    return best[0].upper() + best[1:]


REDUNDANT_SHARE = 0.85  # a sentence whose words are this much inside a longer one says nothing that one does not


def redundant_sentences(a: "Analysis") -> set[int]:
    """Sentences a web page says twice: the chapô repeated by the first paragraph (« Le centre hospitalier lance un
    appel aux dons » and, next, the same with what for). The shorter one goes; the longer one carries its facts."""
    sets = [set(folded_words(s.text)) for s in a.sentences]
    out = set()
    for i, mine in enumerate(sets):
        if len(mine) < 4:
            continue
        for j, other in enumerate(sets):
            if i != j and len(other) > len(mine) and len(mine & other) >= REDUNDANT_SHARE * len(mine):
                out.add(a.sentences[i].index)
                break
    return out


def lede(a: "Analysis", redundant: set[int] | None = None) -> list[int]:
    """The sentence the intro restates: the first one the page does not say again at more length (``redundant``:
    redundant_sentences(a), when the caller has it already)."""
    redundant = redundant_sentences(a) if redundant is None else redundant
    return [s.index for s in a.sentences if s.index not in redundant][:1]


def build_outline(a: "Analysis", keyword: str, min_words: int) -> Outline:
    redundant = redundant_sentences(a)
    intro = lede(a, redundant)
    # a quotation with a named speaker may be gathered in its own section; one whose speaker the source gives only
    # as « il » (« « … », a-t-il dit » after sentences about others) is told in the body, where its context is
    quoted = _quoted_by_name(a)
    quote_only = {s.index for s in a.sentences if _quote_heavy(s.text) and s.index in quoted} | redundant
    used: set[str] = set()
    sections: list[SectionPlan] = []
    for heading, anchors in _body_groups(a, set(intro) | quote_only):
        h = heading if heading and len(heading.split()) >= 2 else heading_for(a, anchors, used)
        used.add(fold(h))
        sections.append(SectionPlan(BODY, h, anchors))
    facts_sections = [
        SectionPlan(KEY_POINTS, HEADINGS[KEY_POINTS], [s.index for s in a.sentences]),
        SectionPlan(QA, HEADINGS[QA], [s.index for s in a.sentences if question_answer(a.docs[s.index])]),
        SectionPlan(FIGURES, HEADINGS[FIGURES],
                    [s.index for s in a.sentences
                     if any(not isinstance(v, tuple) and v > 0 for v in number_values(s.text))]),
        SectionPlan(DATES, HEADINGS[DATES], [s.index for s in a.sentences if date_words(s.text)]),
        SectionPlan(PEOPLE, HEADINGS[PEOPLE],
                    sorted({s.index for s in a.sentences
                            if any(t.dep_ == "appos" or t.ent_type_ in ("PER", "ORG") for t in a.docs[s.index])})),
        SectionPlan(QUOTES, HEADINGS[QUOTES], sorted(quoted)),
        SectionPlan(KNOWN, HEADINGS[KNOWN],
                    [s.index for s in a.sentences
                     if set(fold(s.text).split()) & (NEGATION_WORDS | {"selon", "aurait", "apparemment"})]),
    ]
    for plan in facts_sections:
        plan.anchors = [i for i in plan.anchors if i not in redundant]
        if plan.anchors:
            sections.append(plan)
    # at most MAX_SECTIONS "## " sections: the last fact sections become "### " subsections of the one before them
    h2 = lambda: sum(1 for s in sections if s.level == 2)  # noqa: E731
    facts = [s for s in sections if s.kind != BODY]
    for plan in reversed(facts[1:]):
        if h2() <= MAX_SECTIONS:
            break
        plan.level = 3
    keyword_cap = keyword[:1].upper() + keyword[1:]
    for s in sections:
        s.heading = s.heading.format(K=keyword_cap, k=keyword)
    total_anchor_words = sum(count_words(a.sentences[i].text) for s in sections for i in s.anchors) or 1
    for s in sections:
        share = sum(count_words(a.sentences[i].text) for i in s.anchors) / total_anchor_words
        s.budget = max(60, round(share * min_words))
    return Outline(keyword=keyword, intro=intro, sections=sections)

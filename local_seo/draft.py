"""Drafting, section by section, one anchor at a time: overgenerate → guard → rank.

Candidates for an anchor sentence come from the model (paraphrase prompts, a few derived seeds) and from
deterministic restatements of its parse; the verbatim sentence is the last resort. Sections written from facts use
shorter statements cut from the parse (:mod:`fragments`). Every kept sentence remembers its anchor and generator;
every rejected candidate its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from . import fragments as frag
from .analyze import condition_set_apart
from .guard import EQUIVALENT_VERBS, FRAGMENT, FREE, IDENTITY, RESTATEMENT, Guard, closing_incise, has_finite_verb
from .lexicon import (HEDGE_WORDS, MONTHS, NEGATION_WORDS, SPEAKER_PRONOUNS, TIME_WORDS, WEEKDAYS, named_speaker,
                      quotes_in, whole_quotation)
from .guard import _is_number
from .numbers import number_values
from .outline import BODY, DATES, FIGURES, KEY_POINTS, KNOWN, PEOPLE, QA, QUOTES, Outline, SectionPlan
from .prompts import PARAPHRASE_FEWSHOT, paraphrase_messages, paraphrase_prompt
from .rank import rank
from .text import count_words, fold, folded_words, ngrams, quote_open, words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .analyze import Analysis
    from .llm.base import Backend

MAX_PARAGRAPH_WORDS = 110  # SEO: a paragraph stays under 150 words; news paragraphs are shorter
SENTENCES_PER_PARAGRAPH = 3
MAX_ITEMS = {KEY_POINTS: 8, QA: 8, FIGURES: 8, DATES: 6, PEOPLE: 6, QUOTES: 5, KNOWN: 6}
MAX_PER_ANCHOR = {PEOPLE: 3, FIGURES: 2, KEY_POINTS: 2}  # distinct facts one sentence may give a section
SAME_FACT_OVERLAP = 0.6  # content-word overlap of two items of one anchor that state the same fact
ECHO_MAX_ZIPF = 5.0  # words more common than this (« fait », « plus ») are no echo of a neighbouring sentence
MAX_FACT_VIEWS = 2  # fact sections that may state one fact (the body states it once more)
# a key-figures box and a timeline are reference boxes: each entry names its number or date first, so a fact the key
# points or the questions already told may come back there once more, in that form only
REFERENCE_BOXES = frozenset({FIGURES, DATES})
SOURCE_GENERATOR = "source"
INVERTED_PRONOUN = re.compile(r",\s*a-t-(il|elle)\s+(\w+)")  # the anchor itself, kept only when nothing else passes
SELON_PRONOUN = re.compile(rf"(Selon|D’après|D'après)\s+(?:{'|'.join(sorted(SPEAKER_PRONOUNS))})(?=\s*,)")


@dataclass
class Kept:
    text: str
    anchors: list[int]
    generator: str
    slor: float = 0.0
    novelty: float = 0.0
    copied_runs: int = 0
    statement: str = ""  # what the guard checked, when the item shows it in another form (question, timeline)


@dataclass
class Rejected:
    text: str
    generator: str
    reasons: list[str]
    anchors: list[int]


@dataclass
class SectionDraft:
    kind: str
    heading: str
    paragraphs: list[list[Kept]] = field(default_factory=list)
    bullets: bool = False
    level: int = 2
    rejected: list[Rejected] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [" ".join(k.text for k in p) for p in self.paragraphs]

    def items(self, a: "Analysis") -> frozenset[int]:
        """Indexes of the paragraphs that are items of a list the source announced (each holds one item)."""
        return frozenset(i for i, p in enumerate(self.paragraphs) if p and a.sentences[p[0].anchors[0]].item)

    @classmethod
    def from_json(cls, data: dict) -> "SectionDraft":
        """A section back from its checkpoint: paragraphs keep their grouping (``paragraph`` index of each kept)."""
        section = cls(kind=data["kind"], heading=data["heading"], bullets=data["bullets"], level=data["level"])
        for k in data["kept"]:
            kept = Kept(k["text"], list(k["anchors"]), k["generator"], k["slor"], k["novelty"], k["copied_runs"],
                        k.get("statement", ""))
            while len(section.paragraphs) <= k["paragraph"]:
                section.paragraphs.append([])
            section.paragraphs[k["paragraph"]].append(kept)
        section.rejected = [Rejected(r["text"], r["generator"], list(r["reasons"]), list(r["anchors"]))
                            for r in data["rejected"]]
        return section

    def to_json(self) -> dict:
        return {
            "kind": self.kind, "heading": self.heading, "level": self.level, "bullets": self.bullets,
            "kept": [{"text": k.text, "anchors": k.anchors, "generator": k.generator, "slor": k.slor,
                      "novelty": k.novelty, "copied_runs": k.copied_runs, "paragraph": i,
                      **({"statement": k.statement} if k.statement else {})}
                     for i, p in enumerate(self.paragraphs) for k in p],
            "rejected": [{"text": r.text, "generator": r.generator, "reasons": r.reasons, "anchors": r.anchors}
                         for r in self.rejected],
        }


@dataclass
class Progress:
    """What the pipeline shows while drafting (the drafter never prints)."""

    on_sentence: Callable[[str, int], None] | None = None  # (section heading, words so far)


class Drafter:
    def __init__(self, analysis: "Analysis", guard: Guard, backend: "Backend | None", *, seed: int,
                 samples: int = 2, temperature: float = 0.7, lexicon=None, progress: Progress | None = None) -> None:
        self.a = analysis
        self.guard = guard
        self.backend = backend
        self.seed = seed
        self.samples = samples if backend is not None else 0
        self.temperature = temperature
        self.lexicon = lexicon
        self.progress = progress or Progress()
        self.kept: list[str] = []  # every sentence kept so far, in article order (repetition rule)
        self.used_anchors: set[int] = set()
        self.told: set[int] = set()  # anchors told whole: in the running text or as a quotation
        # (anchor, main verb) of every fact item kept -> the fact sections that said it
        self.claims: dict[tuple[int, str], set[str]] = {}
        # an item shown in another form than the sentence the guard checks (question and answer, timeline entry)
        self._statements: dict[str, str] = {}
        self._years: dict[str, int | None] = {}
        self._item_lemmas: dict[int, list[tuple[set[str], str]]] = {}  # anchor -> content words of its items
        # Fluency needs the prompt's log-probabilities: cheap in-process; a server computes them slowly or not at all,
        # so with a server the ranking falls back to novelty and the seeded tie-break.
        self.scorer = backend if getattr(backend, "cheap_logprobs", False) else None
        self._src_trigrams = set(ngrams(folded_words(analysis.source_text), 3))
        if self.samples and not backend.has_chat_template and hasattr(backend, "register_prefix"):
            backend.register_prefix(PARAPHRASE_FEWSHOT)  # evaluated once, reused by every paraphrase prompt

    # -- candidates ------------------------------------------------------------------------------------------------
    def sample_seed(self, anchor: int, j: int) -> int:
        """Seed of the j-th model sample for an anchor: depends only on the run seed, the anchor and j (resume)."""
        return (self.seed * 1_000_003 + anchor * 101 + j) % (2**31 - 1)

    def model_candidates(self, idx: int) -> list[tuple[str, str]]:
        if not self.samples:
            return []
        sentence = self.a.sentences[idx].text
        limit = int(1.6 * self.backend.count_tokens(sentence)) + 12
        out = []
        for j in range(self.samples):
            kw = dict(max_tokens=limit, temperature=self.temperature, seed=self.sample_seed(idx, j))
            if self.backend.has_chat_template:
                gen = self.backend.chat(paraphrase_messages(sentence), **kw)
            else:
                gen = self.backend.complete(paraphrase_prompt(sentence), stop=["\n", "Phrase :"], **kw)
            text = clean_generation(gen.text)
            if text:
                out.append((text, f"model:{j}"))
        return out

    def restatements(self, idx: int) -> list[tuple[str, str]]:
        from .restate import restate

        return [(r.text, f"restate:{r.rule}") for r in restate(self.a.docs[idx], self.lexicon)]

    def candidates(self, idx: int) -> list[tuple[str, str]]:
        seen: set[str] = set()
        out = []
        # the source first: a sample that copies its words (the model's apostrophes, a comma, the case aside: La
        # Presse's « affiche depuis longtemps, une attitude » lost one of two commas) is the source's sentence, and
        # is reported as such, not as the model's
        for text, gen in [(self.a.sentences[idx].text, SOURCE_GENERATOR)] + self.restatements(idx) + \
                self.model_candidates(idx):
            key = " ".join(folded_words(text))
            if key not in seen:
                seen.add(key)
                out.append((text, gen))
        return out

    # -- choosing ----------------------------------------------------------------------------------------------------
    def choose(self, cands: list[tuple[str, str]], anchors: list[int], kind: str, section: SectionDraft,
               prefer: Callable[[str], bool] | None = None, siblings: list[str] | None = None) -> Kept | None:
        """Guard every candidate, rank the survivors, keep the best (``prefer`` ones first). ``siblings``: the items
        of the same list so far, none of which a new one may hold nearly whole or be held in (Radio Prague's « Les
        appels à la démission se sont multipliés. » then « Depuis ce vendredi matin, les appels … »)."""
        anchor_texts = [self.a.sentences[i].told for i in anchors]
        passed: list[tuple[str, str, int]] = []
        for text, gen in cands:
            item_kind = IDENTITY if gen == "fragment:apposition" else kind
            statement = self._statements.get(text, text)  # a question and its answer are checked as one statement
            if kind == FRAGMENT and self._said_enough(self._claim(anchors, statement), section.kind,
                                                      other_form=statement != text, lemmas=self._lemmas(statement)):
                section.rejected.append(Rejected(text, gen, ["repetition: an earlier item already says this"],
                                                 anchors))
                continue
            if kind == FRAGMENT and statement == text and self._whole_anchor_again(text, anchors):
                section.rejected.append(Rejected(text, gen, ["repetition: nearly all of a sentence the article "
                                                             "already tells"], anchors))
                continue
            # checked as its statement, compared with the article as shown; a key point is a summary of the body
            # (« L’essentiel »): it may be most of a body sentence, never nearly all of it
            shown_apart = statement != text or section.kind == KEY_POINTS
            v = self.guard.check(statement, anchor_texts, kind=item_kind, kept=[] if shown_apart else self.kept)
            shown = self.guard.canonicalize(text) if shown_apart else v.text
            if shown_apart and (repeat := self.guard.near_repeat(shown, self.kept, item=True, other_form=True)
                                or (siblings and self.guard.near_repeat(shown, siblings, item=True))):
                v.reasons.append(repeat)
            if v.ok:
                passed.append((shown, gen, v.copied_runs))
            else:
                section.rejected.append(Rejected(text, gen, v.reasons, anchors))
        if not passed:
            return None
        if prefer is not None and any(prefer(t) for t, _, _ in passed):
            for p in passed:  # faithful, but another form is preferred (no echo of a neighbour, no pronoun inverted)
                if not prefer(p[0]):
                    section.rejected.append(Rejected(p[0], p[1], ["ranked lower: a preferred form passed"], anchors))
            passed = [p for p in passed if prefer(p[0])]
        best = rank(passed, self.scorer, self._src_trigrams, self.seed, verbatim=SOURCE_GENERATOR)[0]
        for r in passed:  # the others were faithful too, but lost
            if r[0] != best.text:
                section.rejected.append(Rejected(r[0], r[1], ["ranked lower"], anchors))
        statement = self._statements.get(best.text, best.text)
        kept = Kept(best.text, anchors, best.generator, best.slor, best.novelty, best.copied_runs,
                    statement if statement != best.text else "")
        if kind == FRAGMENT:
            self._remember_item(anchors, kept.statement or kept.text, section.kind)
        self.kept.append(kept.text)
        self.used_anchors.update(anchors)
        if section.kind in TOLD_WHOLE:
            self.told.update(anchors)
        return kept

    def _whole_anchor_again(self, text: str, anchors: list[int]) -> bool:
        """A fact item that is nearly its whole anchor, when the running text tells that anchor (« La maire de
        Cabanac-et-Villagrains s’effondre soudain, en larmes » under « L’essentiel », the body saying « s’effondre
        tout à coup » a few lines up): a summary that summarises nothing."""
        if not set(anchors) <= self.told:
            return False
        mine = set(folded_words(text))
        source = set().union(*(set(folded_words(self.a.sentences[i].text)) for i in anchors))
        return bool(source) and len(mine & source) / len(source) >= WHOLE_ANCHOR_SHARE

    def _said_enough(self, claim: tuple[int, str], kind: str, *, other_form: bool, lemmas: set[str]) -> bool:
        """A fact told by one fact item may come back in another section only in another form (a question and its
        answer, a timeline entry, a key figure), never twice in one section, in MAX_FACT_VIEWS sections at most.
        Two items of one anchor that share most of their content words state one fact, whatever their main verb
        (« Selon le ministre, les États-Unis vont retirer 500 soldats » / « Le ministre a annoncé que … »)."""
        views = set(self.claims.get(claim, set()))
        for said, said_kind in self._item_lemmas.get(claim[0], []):
            if lemmas and said and len(lemmas & said) / len(lemmas | said) >= SAME_FACT_OVERLAP:
                views.add(said_kind)
        limit = MAX_FACT_VIEWS + (kind in REFERENCE_BOXES)
        return bool(views) and (not other_form or kind in views or len(views) >= limit)

    def _remember_item(self, anchors: list[int], statement: str, kind: str) -> None:
        claim = self._claim(anchors, statement)
        self.claims.setdefault(claim, set()).add(kind)
        self._item_lemmas.setdefault(claim[0], []).append((self._lemmas(statement), kind))

    def _lemmas(self, text: str) -> set[str]:
        from .analyze import content_lemmas

        return {x for x in content_lemmas(self.guard.nlp(text)) if x}

    def _claim(self, anchors: list[int], text: str) -> tuple[int, str]:
        """What an item says, coarsely: its anchor and its main verb (verbs the lexicon swaps count as one), so a
        later section does not say the same thing again in other words."""
        root = next((t for t in self.guard.nlp(text) if t.dep_ == "ROOT"), None)
        lemma = fold(root.lemma_) if root is not None else ""
        group = next((g for g in EQUIVALENT_VERBS if lemma in g), None)
        return anchors[-1], min(group) if group else lemma

    # -- sections ----------------------------------------------------------------------------------------------------
    def write_sentences(self, plan_heading: str, kind: str, anchors: list[int],
                        prefer: Callable[[str], bool] | None = None) -> SectionDraft:
        section = SectionDraft(kind=kind, heading=plan_heading)
        sentences: list[Kept] = []
        for idx in anchors:
            kept = self.choose(self.candidates(idx), [idx], RESTATEMENT, section, self._no_echo(idx, prefer))
            if kept is not None:
                sentences.append(kept)
            self._tick(plan_heading)
        section.paragraphs = paragraphs_of(sentences, self.a)
        return section

    def _no_echo(self, idx: int, prefer: Callable[[str], bool] | None) -> Callable[[str], bool]:
        """Prefer the restatements that bring in no word of the sentences around their anchor: a synonym that the
        next sentence already uses (« sept roquettes ont été lancées … Elles ont été lancées depuis … ») reads as a
        clumsy repeat."""
        from wordfreq import zipf_frequency

        own = set(folded_words(self.a.sentences[idx].text))
        # only words a reader notices twice: « lancées », not « fait » of « du fait de » after « n’a fait »
        near = {fold(w) for j in (idx - 1, idx + 1) if 0 <= j < len(self.a.sentences)
                for w in words(self.a.sentences[j].text)
                if len(w) > 3 and zipf_frequency(w.lower(), "fr") < ECHO_MAX_ZIPF} - own

        def ok(text: str) -> bool:
            return (prefer is None or prefer(text)) and not (set(folded_words(text)) - own) & near

        return ok

    def write_items(self, plan: SectionPlan) -> SectionDraft:
        section = SectionDraft(kind=plan.kind, heading=plan.heading, bullets=plan.kind != QA, level=plan.level)
        items: list[Kept] = []
        for idx in plan.anchors:
            if len(items) >= MAX_ITEMS.get(plan.kind, 5):
                break
            cands = self.item_candidates(plan.kind, idx)
            if plan.kind == DATES and len(items) >= 2:  # SEO: no three sentences in a row opening on one word
                opening = {fold(k.text.split()[0]) for k in items[-2:]}
                if len(opening) == 1:
                    cands = [c for c in cands if fold(c[0].split()[0]) not in opening]
            if not cands:
                continue
            anchors = [idx]
            if plan.kind == QUOTES:  # the speaker may be named in an earlier sentence
                anchors = [i for i in range(max(0, idx - 2), idx)] + [idx]
            prefer = (lambda t: not INVERTED_PRONOUN.search(t) and not t.startswith("Il ")) \
                if plan.kind == QUOTES else None
            for group in self._item_groups(plan.kind, cands)[:MAX_PER_ANCHOR.get(plan.kind, 1)]:
                if len(items) >= MAX_ITEMS.get(plan.kind, 5):
                    break
                kept = self.choose(group, anchors, FRAGMENT, section, prefer,
                                   siblings=[k.text for k in items] if plan.kind != QA else None)
                if kept is not None:
                    items.append(kept)
            self._tick(plan.heading)
        if plan.kind == DATES:  # a timeline: entries with a year first, oldest first; the others in the source's order
            order = {k.text: n for n, k in enumerate(items)}
            items.sort(key=lambda k: (self._years.get(k.text) is None, self._years.get(k.text) or 0, order[k.text]))
        section.paragraphs = [[k] for k in items]
        return section

    def _item_groups(self, kind: str, cands: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
        """The candidates of one anchor, by the fact they tell: one sentence may name two people (« entre le Premier
        ministre irakien Moustafa al-Kazimi et le secrétaire d’État américain Mike Pompeo ») or count two things
        (« tuant une fillette et blessant cinq civils »); each is an item of its own, the best form of each wins."""
        if kind == PEOPLE:
            who = [[c] for c in cands if c[1] == "fragment:apposition"]
            return who + [[c for c in cands if c[1] != "fragment:apposition"]]
        if kind == FIGURES:
            groups: dict[frozenset, list[tuple[str, str]]] = {}
            for c in cands:
                values = frozenset(str(v) for v in number_values(self._statements.get(c[0], c[0])))
                groups.setdefault(values, []).append(c)
            return list(groups.values())
        if kind == KEY_POINTS:  # « … fuir les feux qui ont déjà ravagé 15.500 hectares »: the relative is a fact too
            main = [c for c in cands if not c[1].startswith("fragment:relative")]
            return [g for g in (main, [c for c in cands if c[1].startswith("fragment:relative")]) if g]
        return [cands]

    def item_candidates(self, kind: str, idx: int) -> list[tuple[str, str]]:
        doc = self.a.docs[idx]
        if kind != QUOTES and condition_set_apart(self.a.sentences[idx].text):
            return []  # a cut would drop the condition the source set apart: the body tells it whole
        if kind == PEOPLE:  # who is who, then what each named actor did or said
            who = [(f.text if f.text.endswith(".") else f.text + ".", "fragment:apposition")
                   for f in frag.appositions(doc)]
            actors = [t for t in doc if t.ent_type_ in ("PER", "ORG") and t.ent_iob_ == "B"]
            pieces = [f for f in (frag.focused_clause(doc, t) for t in actors) if f is not None]
            return who + self._with_restatements(pieces, doc)
        if kind == QA:
            out = []
            for qa in frag.question_answer(doc):
                text = f"{qa.question} {qa.answer}"
                self._statements[self.guard.canonicalize(text)] = self._statements[text] = qa.statement
                out.append((text, "fragment:question"))
            return out
        if kind == QUOTES:
            # a speaker's rank taken for who is who leaves the words to say: only a sentence told whole is done
            return self.named_quote(idx) + self.candidates(idx) if idx not in self.told else []
        if kind == DATES:  # a timeline entry: the date as a label, then what happened
            out = []
            for t in doc:
                if fold(t.text).split("-")[-1] in MONTHS or fold(t.text) in WEEKDAYS or (  # « mi-octobre » too
                        t.like_num and len(t.text) == 4 and t.text.isdigit()):
                    for item in frag.dated(doc, t):
                        if item.text in self._statements:
                            continue
                        self._statements[self.guard.canonicalize(item.text)] = self._statements[item.text] = \
                            item.statement
                        self._years[item.text] = self._years[self.guard.canonicalize(item.text)] = item.year
                        out.append((item.text, "fragment:dated"))
            return out
        if kind == FIGURES:  # « Sept : le nombre de roquettes tirées … » first, the clause around each number next
            out = []
            for qa in frag.question_answer(doc):
                if qa.figure:
                    self._statements[self.guard.canonicalize(qa.figure)] = self._statements[qa.figure] = qa.statement
                    out.append((qa.figure, "fragment:figure"))
            for fig in frag.relative_figures(doc) + frag.object_figures(doc) + frag.trend_figures(doc):
                self._statements[self.guard.canonicalize(fig.text)] = self._statements[fig.text] = fig.statement
                out.append((fig.text, "fragment:figure"))
            pieces = [f for f in (frag.focused_clause(doc, t) for t in doc
                                  if _is_number(t) and not _referring(t) and not _duration(t)) if f is not None]
            # « les feux qui ont déjà ravagé 15.500 hectares » -> « Les feux ont déjà ravagé 15.500 hectares … »
            pieces += [f for f in frag.promoted_relatives(doc) if number_values(f.text)]
            return out + self._with_restatements(pieces, doc)
        if kind == KNOWN:
            focus = [t for t in doc if fold(t.text) in NEGATION_WORDS | HEDGE_WORDS or "Cnd" in t.morph.get("Mood")]
        else:
            focus = [t for t in doc if t.dep_ == "ROOT"]
        pieces = [f for f in (frag.focused_clause(doc, t) for t in focus) if f is not None]
        if kind in (KEY_POINTS, KNOWN):
            pieces += frag.all_fragments(doc)
        return self._with_restatements(pieces, doc)

    def _with_restatements(self, pieces: list, doc: "Doc | None" = None) -> list[tuple[str, str]]:
        """Each fragment as cut from the source, and restated (lexicon, reordering): new wording copies less. A cut
        of a sentence closed by an incise (« …, a rapporté un correspondant de l'AFP. ») also comes with its source
        as « selon » (« Des tirs … résonnent depuis mardi matin, selon un correspondant de l'AFP. »): the guard
        refuses the cut without it."""
        from .restate import restate

        incise = closing_incise(doc) if doc is not None else None
        who = doc[min(x.i for x in incise[1].subtree):max(x.i for x in incise[1].subtree) + 1].text \
            if incise is not None else None
        seen: set[str] = set()
        out = []
        for p in pieces:
            variants = [(p.text, f"fragment:{p.kind}")]
            variants += [(r.text, f"fragment:{p.kind}+restate:{r.rule}")
                         for r in restate(self.guard.nlp(p.text), self.lexicon, max_candidates=4)]
            if who and not quote_open(who):
                variants += [(f"{text[:-1]}, selon {who}.", f"{gen}+selon") for text, gen in variants
                             if text.endswith(".") and fold(who) not in fold(text)]
            for text, gen in variants:
                if text not in seen:
                    seen.add(text)
                    out.append((text, gen))
        return out

    def named_quote(self, idx: int) -> list[tuple[str, str]]:
        """«…», a-t-il déclaré -> «…», a déclaré le porte-parole de l’ambassade: a quotation gathered away from its
        paragraph must name its speaker (the one the source named before)."""
        text = self.a.sentences[idx].text
        speaker = next((f.speaker for f in self.a.facts if f.kind == "quote" and f.sentence_index == idx), None)
        if not named_speaker(speaker):
            return []
        speaker = speaker[0].lower() + speaker[1:] if speaker.split()[0].lower() in ("le", "la", "les", "l’", "un",
                                                                                     "une") else speaker
        if m := INVERTED_PRONOUN.search(text):
            named = text[: m.start()] + f", a {m.group(2)} {speaker}" + text[m.end():]
        elif m := SELON_PRONOUN.match(text):  # « Selon lui, “…” » -> « Selon Mathias Lavolé, “…” »
            named = f"{m.group(1)} {speaker}" + text[m.end():]
        elif self.a.sentences[idx].signature and whole_quotation(text):  # signed under them (« INSEE »)
            named = f"Selon {speaker}, {text}"
        else:
            return []
        return [(named, "fragment:named_quote")]

    def _tick(self, heading: str) -> None:
        if self.progress.on_sentence:
            self.progress.on_sentence(heading, sum(count_words(t) for t in self.kept))

    def _write_intro(self, outline: Outline) -> SectionDraft:
        """The lede restated; when nothing of it passed the guard, the next sentence that does (the article opens
        with a paragraph under its H1, and that paragraph should hold the keyphrase)."""
        prefer = _contains(outline.keyword)
        section = self.write_sentences("Introduction", "intro", outline.intro, prefer=prefer)
        first = outline.sections[0] if outline.sections and outline.sections[0].kind == BODY else None
        # sentences, not the labels and signatures a page may still hold there (« C.d. », « S, C.M. »)
        tries: dict[str, int] = {}  # each text once, at its first place
        for i in first.anchors if first else []:
            text = self.a.sentences[i].text
            if text not in tries and re.search(r"[.!?…»\"”]$", text) and count_words(text) >= 4 \
                    and has_finite_verb(self.a.docs[i]):
                tries[text] = i
        for idx in (list(tries.values())[:INTRO_TRIES] if not section.paragraphs else []):
            retry = self.write_sentences("Introduction", "intro", [idx], prefer=prefer)
            retry.rejected = section.rejected + retry.rejected
            section = retry
            if section.paragraphs:
                break
        return section

    def write(self, outline: Outline, *, done: list["SectionDraft"] | None = None,
              on_section: Callable[[list["SectionDraft"]], None] | None = None) -> tuple[SectionDraft, list[SectionDraft]]:
        """Write the intro and every section in order. ``done`` holds sections restored from a checkpoint (intro
        first): they are taken as written and the drafter's memory (kept sentences, used anchors) is rebuilt from
        them, so the next section is drafted exactly as in an uninterrupted run. ``on_section`` gets every section
        written so far after each one (the checkpoint)."""
        done = list(done or [])
        plans: list[tuple[str, SectionPlan | None]] = [("intro", None)] + [(p.kind, p) for p in outline.sections]
        written: list[SectionDraft] = []
        for i, (kind, plan) in enumerate(plans):
            if i < len(done):
                section = done[i]
                for p in section.paragraphs:
                    for k in p:
                        self.kept.append(k.text)
                        self.used_anchors.update(k.anchors)
                        if section.kind in TOLD_WHOLE:
                            self.told.update(k.anchors)
                        if section.bullets or section.kind not in ("intro", BODY):
                            self._remember_item(k.anchors, k.statement or k.text, section.kind)
            elif plan is None:
                section = self._write_intro(outline)
            elif plan.kind == BODY:
                section = self.write_sentences(plan.heading, BODY, plan.anchors)
            else:
                section = self.write_items(plan)
            if kind == "intro":  # a body sentence the intro took is not written again in its section
                taken = {a for p in section.paragraphs for k in p for a in k.anchors} - set(outline.intro)
                if taken and outline.sections and outline.sections[0].kind == BODY:
                    outline.sections[0].anchors = [a for a in outline.sections[0].anchors if a not in taken]
            written.append(section)
            if i >= len(done) and on_section is not None:
                on_section(written)
        return written[0], written[1:]


WHOLE_ANCHOR_SHARE = 0.8  # an item holding this share of its anchor's words says the anchor again
TOLD_WHOLE = frozenset({"intro", BODY, QUOTES})  # sections whose sentences tell their anchor whole
INTRO_TRIES = 2  # body sentences tried for the intro when no restatement of the lede passed the guard


def _contains(keyword: str) -> Callable[[str], bool]:
    key = fold(keyword)
    return lambda text: key in fold(text)


def headings_of_what_was_kept(sections: list[SectionDraft], a: "Analysis") -> None:
    """A body heading the outline took from a sentence that was then left out says what the section no longer says
    (« L’élue craque » over a section without that sentence): it is chosen again from the sentences kept. The
    source's own subheadings stay."""
    from .lexicon import FR_STOPWORDS
    from .outline import heading_for

    own = {fold(h) for h in a.headings}
    for s in sections:
        kept = [k for p in s.paragraphs for k in p]
        if s.kind != BODY or not kept or fold(s.heading) in own:
            continue
        said = set(folded_words(" ".join(k.text for k in kept)))
        content = [w for w in folded_words(s.heading) if w not in FR_STOPWORDS and len(w) > 2]
        if content and sum(w in said for w in content) * 2 < len(content):
            s.heading = heading_for(a, [i for k in kept for i in k.anchors],
                                    {fold(o.heading) for o in sections if o is not s})


def with_enough_sections(sections: list[SectionDraft], a: "Analysis", min_h2: int) -> list[SectionDraft]:
    """The longest body section cut in two, again, while the article has fewer than ``min_h2`` "## " sections (a
    short dispatch in one paragraph, whose fact sections came out empty): at the paragraph break that halves its
    words, or mid-paragraph between sentences, never between a list and what announces it; between two items of a
    long list when nothing else can be cut (BX1: one sentence announcing seven ministers' portfolios). The second half
    gets a heading of its own."""
    from .outline import heading_for

    out = list(sections)
    while sum(1 for s in out if s.level == 2) < min_h2:
        cuts: list[tuple[int, SectionDraft, list[Kept], int]] = []  # (words, section, its sentences, where to cut)
        for in_list in (False, True):  # a long list is cut between its items only when nothing else can be
            for s in out:
                kept = [k for p in s.paragraphs for k in p]
                if s.kind != BODY or len(kept) < (4 if in_list else 2):
                    continue
                ok = [i for i in range(2 if in_list else 1, len(kept))
                      if in_list or not a.sentences[kept[i].anchors[0]].item]
                if ok:
                    total = sum(count_words(k.text) for k in kept)
                    half = min(ok, key=lambda i: abs(sum(count_words(k.text) for k in kept[:i]) - total / 2))
                    cuts.append((total, s, kept, half))
            if cuts:
                break
        if not cuts:
            break
        _, big, kept, half = max(cuts, key=lambda c: c[0])
        heading = heading_for(a, [i for k in kept[half:] for i in k.anchors], {fold(s.heading) for s in out})
        second = SectionDraft(kind=BODY, heading=heading, paragraphs=paragraphs_of(kept[half:], a))
        big.paragraphs = paragraphs_of(kept[:half], a)
        out.insert(out.index(big) + 1, second)
    return out


def _referring(number: "Token") -> bool:
    """« Les deux hommes », « ces trois pays »: a number after a definite article or a demonstrative names whom the
    text already knows; it counts nothing worth a key figure."""
    return any(d.dep_ == "det" and d.i < number.i and fold(d.text) in ("les", "ces", "leurs", "ses", "nos", "vos")
               for d in number.head.children)


TIME_UNITS = frozenset({"seconde", "minute", "heure", "jour", "journee", "semaine", "mois", "an", "annee"})


def _duration(number: "Token") -> bool:
    """« depuis deux jours », « en trois heures »: a span of time, no key figure (France Bleu: « Les témoins ont
    défilé à la barre depuis deux jours. » among the key figures); a timeline tells it."""
    return fold(number.head.lemma_) in TIME_UNITS and number.head.i > number.i


def paragraphs_of(sentences: list[Kept], a: "Analysis") -> list[list[Kept]]:
    """Group kept sentences into paragraphs: follow the source's paragraph breaks, at most 3 sentences or
    MAX_PARAGRAPH_WORDS words each; an item of a list is a paragraph of its own."""
    paras: list[list[Kept]] = []
    for k in sentences:
        block = a.sentences[k.anchors[0]].block
        cur = paras[-1] if paras else None
        item = a.sentences[k.anchors[0]].item
        if cur is None or item or a.sentences[cur[-1].anchors[0]].item or (
                a.sentences[cur[-1].anchors[0]].block != block and len(cur) >= 2):
            paras.append([k])
        elif len(cur) >= SENTENCES_PER_PARAGRAPH or sum(count_words(x.text) for x in cur) + count_words(
                k.text) > MAX_PARAGRAPH_WORDS:
            # full: a sentence that goes on with the one before (« Cette opération … ») takes that one along
            if len(cur) >= 2 and frag.refers_back(k.text) and not frag.refers_back(cur[-1].text) and count_words(
                    cur[-1].text) + count_words(k.text) <= MAX_PARAGRAPH_WORDS:
                paras.append([cur.pop(), k])
            else:
                paras.append([k])
        else:
            cur.append(k)
    return paras


def clean_generation(text: str) -> str:
    """The first line of a model's answer, without the frame's labels or chat chatter."""
    text = text.strip().split("\n")[0].strip()
    text = re.sub(r"^(Réécriture|Phrase|Réponse)\s*:\s*", "", text).strip()
    # quotation marks around the whole answer are the model's; a quotation that opens the sentence is the speaker's
    if len(text) > 1 and text[0] in "\"“" and text[-1] in "\"”" and not re.search(r"[\"“”]", text[1:-1]):
        text = text[1:-1]
    return text.strip()


def used_quotes_share(texts: list[str]) -> float:
    total = sum(count_words(t) for t in texts)
    return sum(count_words(q) for t in texts for q in quotes_in(t)) / max(1, total)


__all__ = ["Drafter", "SectionDraft", "Kept", "Rejected", "FREE", "headings_of_what_was_kept",
           "with_enough_sections"]

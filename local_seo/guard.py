"""The guard: every candidate sentence is checked against the sources before it may enter the article.

Rules are named data (:class:`GuardRules`) and each rule is one small function that returns a rejection reason or
``None``. A candidate passes only when no rule objects. Known variants of an entity are first rewritten to its one
canonical spelling.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from .analyze import CONTENT_POS, Analysis, content_lemmas
from .fragments import PERSON_NOUNS
from .lexicon import (FR_STOPWORDS, HEDGE_WORDS, NEGATION_WORDS, SAYING_LEMMAS, SPEAKER_PRONOUNS, TIME_WORDS, asks,
                      attributions, outside_quotes, quotes_in, strip_quotes)
from .numbers import date_words, number_spans, number_values
from .text import QUOTE_MARKS, fold, folded_words, ngrams, quote_open, quotes_balanced, words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# Kinds of candidate: a restatement must keep its anchor's meaning; a fragment says part of its anchors and nothing
# else; free text (title, meta description, heading) only has to be grounded in the sources.
RESTATEMENT, FRAGMENT, FREE = "restatement", "fragment", "free"
IDENTITY = "identity"  # « X est le ministre … » from an apposition: the source's own voice, so no attribution rule
ENGLISH_MARKERS = frozenset({"the", "and", "of", "is", "are", "was", "were", "this", "that", "with", "which",
                             "have", "has", "been", "from", "their", "will", "would", "article"})
# Verbs a restatement may swap for each other (the restatement lexicon's verbs of saying and safe synonyms).
_EQUIVALENT_VERB_LEMMAS: tuple[frozenset[str], ...] = (
    frozenset(SAYING_LEMMAS - {"appeler", "qualifier", "décrire", "accuser", "dénoncer"}),
    frozenset({"tirer", "lancer"}),
    frozenset({"cibler", "viser"}),
    frozenset({"toucher", "atteindre", "frapper"}),
    frozenset({"tuer", "coûter"}),
    frozenset({"répondre", "riposter", "réagir"}),
)


def _lexicon_data() -> dict:
    """The restatement lexicon (resources/fr_lexicon.toml), read once for the guard's word lists below."""
    from importlib import resources

    from .analyze import tomllib

    return tomllib.loads(resources.files("local_seo").joinpath("resources/fr_lexicon.toml").read_text("utf-8"))


_LEXICON = _lexicon_data()


def _lexicon_phrase_words() -> frozenset[str]:
    """Words the lexicon's [[phrase]] entries bring in (« en dépit de », « à propos de »): vetted data, so a noun
    among them (« dépit », « propos ») adds no fact to a restatement."""
    return frozenset(w for p in _LEXICON.get("phrase", []) for w in folded_words(p["replace"]))


def _lexicon_match_words() -> frozenset[str]:
    """Words the lexicon's [[phrase]] entries take out (« dans un climat de » → « sur fond de »): a noun among them
    may leave a restatement without a fact leaving with it."""
    return frozenset(w for p in _LEXICON.get("phrase", []) for m in ([p["match"]] if isinstance(p["match"], str)
                                                                     else p["match"]) for w in folded_words(m))


def _lexicon_verb_groups() -> tuple[frozenset[str], ...]:
    """Pairs of verbs the restatement lexicon may swap (its [[swap]] entries), as folded infinitives."""
    inf = {v["id"]: v["forms"]["inf"] for v in _LEXICON.get("verb", [])}
    return tuple(frozenset({fold(inf[s["from"]]), fold(inf[s["to"]])}) for s in _LEXICON.get("swap", [])
                 if s.get("from") in inf and s.get("to") in inf)


def _selon_verbs() -> frozenset[str]:
    """Verbs of saying whose « X V que Y » is « selon X, Y » (the lexicon's ``selon = true``), folded infinitives."""
    return frozenset(fold(v["forms"]["inf"]) for v in _LEXICON.get("verb", []) if v.get("saying") and v.get("selon"))


SELON_VERBS = _selon_verbs()

_PHRASE_REPLACE_WORDS = _lexicon_phrase_words()
_VERB_FORM_WORDS = frozenset(w for v in _LEXICON.get("verb", []) for form in v["forms"].values()
                             for w in folded_words(form))  # the words of every form of the lexicon's verbs
# Nouns a restatement may bring without adding a fact (light nouns of paraphrase: "du fait de", "sur fond de").
NOUN_PARAPHRASES = frozenset({"fait", "fond", "cours", "objectif", "but", "cadre", "part", "suite", "lors", "proximite",
                              "centre", "maniere", "facon", "moment", "particulier", "fin", "raison", "terme"}) \
    | _PHRASE_REPLACE_WORDS
# what lexicon swaps may take out of a sentence: the words of its phrases, and its verbs' forms (« note Le Figaro »,
# parsed as a noun, becomes « relève Le Figaro »)
LEXICON_MATCH_WORDS = _lexicon_match_words() | _VERB_FORM_WORDS
LIGHT_VERBS = frozenset({"etre", "avoir", "faire", "pouvoir", "devoir", "aller", "venir", "falloir", "vouloir"})
# words the lexicon writes in (its phrases' replacements, its verbs' forms): vetted, never an invention
LEXICON_REPLACE_WORDS = _PHRASE_REPLACE_WORDS | _VERB_FORM_WORDS
QUALIFIER_WORDS = frozenset({"environ", "pres", "moins", "plus", "jusqu", "quelque", "presque", "quasi", "au",
                             "pas", "exactement", "seulement", "plusieurs"})


def _lexicon_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(words taken out, words written in) of every substitution the lexicon can make: each [[phrase]], and each
    [[swap]] form for form (« intervient » -> « survient »), its prepositions included."""
    pairs = []
    for p in _LEXICON.get("phrase", []):
        for m in [p["match"]] if isinstance(p["match"], str) else p["match"]:
            pairs.append((frozenset(folded_words(m)), frozenset(folded_words(p["replace"]))))
    forms = {v["id"]: v["forms"] for v in _LEXICON.get("verb", [])}
    for sw in _LEXICON.get("swap", []):
        src, dst = forms.get(sw.get("from"), {}), forms.get(sw.get("to"), {})
        preps_from = sw.get("prep_from", [])
        preps_from = [preps_from] if isinstance(preps_from, str) else preps_from
        prep_to = frozenset(folded_words(sw.get("prep_to", "")))
        for key in src.keys() & dst.keys():
            taken = frozenset(folded_words(src[key]))
            for prep in preps_from or [""]:
                pairs.append((taken | frozenset(folded_words(prep)), frozenset(folded_words(dst[key])) | prep_to))
    return tuple((m, r - m) for m, r in pairs if r - m)


LEXICON_PAIRS = _lexicon_pairs()
_PAIRS_BY_WORD: dict[str, list[int]] = {}
for _n, (_m, _r) in enumerate(LEXICON_PAIRS):
    for _w in _r:
        _PAIRS_BY_WORD.setdefault(_w, []).append(_n)


def lexicon_swapped(anchor_words: set[str], cand_words: set[str]) -> tuple[set[str], set[str]]:
    """Which of the lexicon's substitutions turn the anchor's words into the candidate's: (the words they take out of
    the anchor, the words they write in). A curated synonym stands for the anchor's word it replaces: it neither
    drops that word's content nor brings one the sources lack."""
    taken: set[str] = set()
    brought: set[str] = set()
    for n in sorted({n for w in cand_words - anchor_words for n in _PAIRS_BY_WORD.get(w, ())}):
        m, r = LEXICON_PAIRS[n]
        if m <= anchor_words and r <= cand_words and not m <= cand_words:
            taken |= m - cand_words
            brought |= r - anchor_words
    return taken, brought


EQUIVALENT_VERBS = tuple(frozenset(fold(v) for v in group) for group in _EQUIVALENT_VERB_LEMMAS) \
    + _lexicon_verb_groups()


@dataclass(frozen=True)
class GuardRules:
    min_words: int = 4
    max_words: int = 60
    min_grounding: float = 0.8  # share of content lemmas found in the sources (a lexicon synonym counts)
    min_raw_grounding: float = 0.7  # the same share without the lexicon's credit (an outside reader's measure)
    min_retention: float = 0.7  # share of the anchor's content lemmas a restatement keeps
    min_length_ratio: float = 0.55
    max_length_ratio: float = 1.6
    copy_run: int = 8  # words copied in a row from the source (outside quotes)
    max_repeat_jaccard: float = 0.7  # word-set overlap with an already kept sentence
    # a fact item (key points, figures, timeline, questions) restates in a box what the body told: it may share more
    # words with a body sentence, never be the same sentence again (an outside reader's near-repeat is 0.8)
    max_item_repeat_jaccard: float = 0.78
    # a key point may be a short cut of a body sentence, not most of it again
    max_item_containment: float = 0.85
    min_item_share: float = 0.6
    max_english_markers: int = 1
    min_stopword_share: float = 0.15


@dataclass
class Verdict:
    text: str  # the candidate after canonical spellings were applied
    reasons: list[str] = field(default_factory=list)
    copied_runs: int = 0  # 8-word runs shared with the source, outside quotes

    @property
    def ok(self) -> bool:
        return not self.reasons


@dataclass
class Candidate:
    """What a rule looks at: the candidate, its parse, its anchors and what the article already holds."""

    text: str
    doc: "Doc"
    anchors: list[str]
    anchor_docs: list["Doc"]
    kind: str
    kept: list[str]


class Guard:
    def __init__(self, analysis: Analysis, nlp: "Language", rules: GuardRules | None = None) -> None:
        self.a = analysis
        self.nlp = nlp
        self.rules = rules or GuardRules()
        self._source_grams = set(ngrams(folded_words(strip_quotes(analysis.source_text)), self.rules.copy_run))
        self._variants = self._variant_patterns()
        self._source_quotes = [fold(q) for q in analysis.quotes]

    # -- canonical spellings -------------------------------------------------------------------------------------
    def _variant_patterns(self) -> list[tuple[re.Pattern[str], str]]:
        pats = []
        for e in self.a.entities:
            for v in e.variants:
                if v in (e.canonical, e.short) or e.canonical.endswith(v) and v == e.short:
                    continue
                if fold(v) in (fold(e.canonical), fold(e.short)):
                    target = e.canonical if fold(v) == fold(e.canonical) else e.short
                else:
                    target = e.short if len(v.split()) == 1 else e.canonical
                pats.append((re.compile(rf"(?<![\w-]){re.escape(v)}(?![\w-])"), target))
        pats.sort(key=lambda p: -len(p[0].pattern))
        return pats

    def canonicalize(self, text: str) -> str:
        """Rewrite known variants of an entity (Soudani, Etats-Unis) to its one canonical spelling, outside
        quotations (La Presse: « mystère Québec » became « mystère QUÉBEC »)."""
        def one_spelling(piece: str) -> str:
            for pat, target in self._variants:
                piece = pat.sub(target, piece)
            return piece

        text = outside_quotes(text, one_spelling)
        return text[:1].upper() + text[1:] if text[:1].islower() else text

    # -- entry point ---------------------------------------------------------------------------------------------
    def check(self, text: str, anchors: list[str], kind: str = RESTATEMENT, kept: list[str] | None = None) -> Verdict:
        text = self.canonicalize(" ".join(text.split()))
        verdict = Verdict(text=text)
        anchor_texts = [self.canonicalize(a) for a in anchors]
        cand = Candidate(text=text, doc=self.nlp(text), anchors=anchor_texts,
                         anchor_docs=[self.nlp(a) for a in anchor_texts] if kind != FREE else [],
                         kind=kind, kept=kept or [])
        for rule in RULES[kind]:
            reason = rule(self, cand)
            if reason:
                verdict.reasons.append(reason)
                if rule in FATAL_FIRST:
                    break
        verdict.copied_runs = self.copied_runs(text)
        return verdict

    def copied_runs(self, text: str) -> int:
        grams = ngrams(folded_words(strip_quotes(text)), self.rules.copy_run)
        return sum(1 for g in grams if g in self._source_grams)

    # -- rules: each returns a reason or None ------------------------------------------------------------------
    def form(self, c: Candidate) -> str | None:
        ws = words(c.text)
        if len(ws) < self.rules.min_words:
            return "form: too short"
        # a runaway sample is too long; the journalist's own long sentence, restated no longer, is not
        if len(ws) > max(self.rules.max_words * max(1, len(c.anchors)), sum(len(words(a)) for a in c.anchors)):
            return "form: too long"
        if not re.match(r"^(?:[«\"“(]\s?)?[A-ZÀ-ÖØ-Þ0-9]", c.text):
            return "form: does not start with a capital"
        # « … battu Ajaccio (3-0) »: a parenthesis ends a sentence only when a full stop closes what it holds
        if not re.search(r"(?:[.!?…»\"”]|[.!?…]\))$", c.text) and not (
                c.anchors and c.text.endswith(":") and all(a.rstrip().endswith(":") for a in c.anchors)):
            return "form: no final punctuation"  # « … certaines actions : » announces the list that follows it
        folded = folded_words(c.text)
        if sum(1 for w in folded if w in ENGLISH_MARKERS) > self.rules.max_english_markers:
            return "form: not French"
        if sum(1 for w in folded if w in FR_STOPWORDS) < self.rules.min_stopword_share * len(folded):
            return "form: not a French sentence"
        tri = Counter(ngrams(folded, 3))
        if tri and tri.most_common(1)[0][1] >= 3:
            return "form: runaway repetition"
        if not any(t.pos_ in ("VERB", "AUX") for t in c.doc) and c.kind != FREE:
            return "form: no verb"
        if c.kind in (FRAGMENT, IDENTITY) and quotes_in(c.text) and len(words(strip_quotes(c.text))) < 3 and not any(
                _lemma(t) in SAYING_LEMMAS and _after_comma(t) for t in c.doc) \
                and not attributions(folded_words(strip_quotes(c.text))):  # « Selon l’INSEE, « … » »
            # the speaker may stand in an incise inside the quotation (« « Notre crainte …, explique Alexandra
            # Teixeira, chargée de communication … Il y a donc … » »)
            return "form: a quotation without its speaker"
        if not quotes_balanced(c.text):
            return "form: unbalanced quotation marks"
        anchor_words = [folded_words(a) for a in c.anchors]
        for n in (1, 2, 3):  # « s’effondre soudain en larmes, en larmes »: the model stutters
            for k in range(len(folded) - 2 * n + 1):
                piece = folded[k:k + n]
                if piece == folded[k + n:k + 2 * n] and not any(
                        ngrams(ws, 2 * n).count(tuple(piece * 2)) for ws in anchor_words):
                    if n > 1 or len(piece[0]) > 3:  # « nous nous », « vous vous » are French
                        return f"form: «{' '.join(piece)}» twice in a row"
        if c.anchors:  # « la partie civile a répondu en répondant … »: the model's filler, one verb said twice
            mine = Counter(t.lemma_ for t in c.doc if t.pos_ == "VERB" and not _quoted(t))
            theirs = Counter(t.lemma_ for d in c.anchor_docs for t in d if t.pos_ == "VERB")
            twice = next((v for v, n in mine.items() if n >= 2 and n > theirs[v]), None)
            if twice:
                return f"form: «{twice}» twice where the anchor says it once"
        if (bad := _determiner_after_adjective(c.doc)) and not any(bad in fold(a) for a in c.anchors):
            return f"form: «{bad}» puts a determiner after its adjective"  # « les plus vulnérables ces usagers »
        if (bad := _conjugated_after_auxiliary(c.doc)) and not any(bad in fold(a) for a in c.anchors):
            return f"form: «{bad}» puts a conjugated verb after its auxiliary"  # « a avertit »: the model's French
        if c.kind == RESTATEMENT and any(asks(a) for a in c.anchors) and not asks(c.text):
            return "form: a question became a statement"  # « vers la projection de la vidéo ? » is no fact
        return None

    def entities(self, c: Candidate) -> str | None:
        if c.kind == RESTATEMENT:  # a restatement keeps every named actor, place and organisation of its anchor
            cand_words = set(folded_words(c.text))
            for d in c.anchor_docs:
                for ent in d.ents:
                    if ent.label_ in ("PER", "ORG", "LOC"):
                        toks = [w for w in folded_words(ent.text) if len(w) > 2 and w not in FR_STOPWORDS]
                        if toks and not all(w in cand_words for w in toks):
                            return f"entity: «{ent.text}» of the anchor was dropped"
        names = {e.text for e in c.doc.ents}
        for t in c.doc:  # capitalised words inside the sentence are names too, whatever NER says
            if t.i > 0 and t.text[:1].isupper() and t.is_alpha and c.doc[t.i - 1].text not in ".!?«\"":
                names.add(t.text)
        anchor_words = set().union(*(folded_words(a) for a in c.anchors)) if c.kind != FREE else set()
        for name in sorted(names):
            toks = [w for w in folded_words(strip_quotes(name)) if len(w) > 1 and w not in FR_STOPWORDS]
            missing = [w for w in toks if w not in self.a.words]
            if missing:
                return f"entity: «{name}» is not in the sources"
            if c.kind != FREE and any(w not in anchor_words for w in toks):
                return f"entity: «{name}» is not in its anchor"
        for a in c.anchors:  # "la mer Rouge" stays "la mer Rouge"
            for w in words(a)[1:]:
                if w[:1].isupper() and fold(w) not in FR_STOPWORDS and len(w) > 2:
                    lower = re.compile(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])")
                    if len(lower.findall(c.text)) > len(lower.findall(a)):  # « les Femmes … entre femmes et hommes »
                        return f"entity: «{w}» lost its capital"
        return None

    def numbers(self, c: Candidate) -> str | None:
        cand = number_values(c.text)
        unknown = [v for v in cand if v not in self.a.numbers]
        if unknown:
            return f"number: {_show(unknown[0])} is not in the sources"
        if c.kind == FREE:
            return None
        anchor = sum((number_values(a) for a in c.anchors), Counter())
        extra = [v for v in cand if v not in anchor]
        if extra:
            return f"number: {_show(extra[0])} is not in its anchor"
        if c.kind == RESTATEMENT and set(anchor) - set(cand):
            return f"number: {_show(sorted(set(anchor) - set(cand), key=str)[0])} of the anchor was dropped"
        return None

    def dates(self, c: Candidate) -> str | None:
        ref = self.a.dates if c.kind == FREE else set().union(*(date_words(a) for a in c.anchors))
        unknown = date_words(c.text) - ref
        if unknown:
            return f"date: «{sorted(unknown)[0]}» is not in {'the sources' if c.kind == FREE else 'its anchor'}"
        if c.kind != FREE:
            anchor_time = set().union(*(set(fold(a).split()) & TIME_WORDS for a in c.anchors))
            extra = (set(fold(c.text).split()) & TIME_WORDS) - anchor_time
            if extra:
                return f"date: time word «{sorted(extra)[0]}» is not in its anchor"
        if c.kind == RESTATEMENT:  # « Par précaution, jusqu'à lundi, les plages … sont fermées »: not « … sont fermées »
            dropped = set().union(*(date_words(strip_quotes(a)) for a in c.anchors)) - date_words(c.text)
            if dropped:
                return f"date: «{sorted(dropped)[0]}» of the anchor was dropped"
        return None

    def quotes(self, c: Candidate) -> str | None:
        for q in quotes_in(c.text):
            fq = fold(q)
            if not any(fq in sq for sq in self._source_quotes):
                return f"quote: «{q[:40]}» is not verbatim from the sources"
            if c.kind != FREE and not any(fq in fold(" ".join(quotes_in(a))) for a in c.anchors):
                return f"quote: «{q[:40]}» does not belong to its anchor"
            if c.kind != FREE and fq not in self._source_quotes:  # « Nous avons entendu … » cut from « Depuis le
                return f"quote: «{q[:40]}» is only part of a quotation"  # début de cette affaire, nous avons … »
        if c.kind == RESTATEMENT:
            for a in c.anchors:
                for q in quotes_in(a):
                    if fold(q) not in fold(c.text):
                        return f"quote: «{q[:40]}» of the anchor was dropped or altered"
            for mark in QUOTE_MARKS:  # a quotation opened in one sentence and closed in a later one keeps its mark
                if c.text.count(mark) != sum(a.count(mark) for a in c.anchors):
                    return f"quote: the anchor's «{mark}» was dropped or added"
        if c.kind != FREE and not quotes_in(c.text):
            # quoted words must not leak unquoted into a restatement ("paraphrased inside")
            for a in c.anchors:
                for q in quotes_in(a):
                    if len(words(q)) >= 4 and fold(q) in fold(c.text):
                        return "quote: the anchor's quotation lost its quotation marks"
        return None

    def grounding(self, c: Candidate) -> str | None:
        """At least ``min_grounding`` of the content words are the sources' — a word a lexicon substitution wrote in
        for one of the anchor's counts as theirs — and never under ``min_raw_grounding`` without that credit."""
        lem = [l for l in content_lemmas(c.doc) if l]
        if not lem:
            return None
        words_ = [fold(t.text) for t in c.doc if t.pos_ in CONTENT_POS and (t.is_alpha or t.like_num)
                  and fold(t.text) not in FR_STOPWORDS]
        found = [l in self.a.lemmas or w in self.a.lemmas for l, w in zip(lem, words_)]
        brought = self._swapped(c)[1] if c.anchor_docs else set()
        credited = [f or w in brought for f, w in zip(found, words_)]
        share, raw = sum(credited) / len(lem), sum(found) / len(lem)
        if share < self.rules.min_grounding or raw < self.rules.min_raw_grounding:
            missing = [w for f, w in zip(credited, words_) if not f]
            return f"grounding: {share:.0%} of content words in the sources (missing: {', '.join(missing[:4])})"
        return None

    def _swapped(self, c: Candidate) -> tuple[set[str], set[str]]:
        """:func:`lexicon_swapped` between the candidate and its anchors."""
        anchor_words = set().union(*(set(folded_words(d.text)) for d in c.anchor_docs))
        return lexicon_swapped(anchor_words, set(folded_words(c.text)))

    def retention(self, c: Candidate) -> str | None:
        anchor = set().union(*(set(content_lemmas(d)) for d in c.anchor_docs))
        if not anchor:
            return None
        cand = set(content_lemmas(c.doc))
        if c.kind in (FRAGMENT, IDENTITY):
            extra = [l for l in cand - anchor if l not in _equivalents(anchor)]
            if len(extra) > max(1, len(cand) // 5):
                return f"meaning: the fragment says more than its anchor ({', '.join(sorted(extra)[:3])})"
            return None
        anchor_nouns = set().union(*({fold(t.lemma_) for t in d if t.pos_ in ("NOUN", "PROPN")} | set(folded_words(d.text))
                                     for d in c.anchor_docs))
        added = sorted({fold(t.lemma_) for t in c.doc if t.pos_ in ("NOUN", "PROPN") and not t.is_stop
                        and fold(t.lemma_) not in anchor_nouns and fold(t.text) not in anchor_nouns} - NOUN_PARAPHRASES)
        if added:
            return f"meaning: adds «{added[0]}», absent from the anchor"
        said = {fold(t.lemma_) for t in c.doc} | set(folded_words(c.text))
        dropped = sorted({fold(t.lemma_) for d in c.anchor_docs for t in d if t.pos_ == "NOUN" and not t.is_stop
                          and fold(t.lemma_) not in said and fold(t.text) not in said and not _quoted(t)
                          and fold(t.text) not in LEXICON_MATCH_WORDS}
                         - _equivalents(said) - NOUN_PARAPHRASES - LEXICON_MATCH_WORDS)
        if dropped:  # « Avec la sécheresse et le vent à 60 km/h » told as « Avec le vent à 60 km/h »: a cause lost
            return f"meaning: drops «{dropped[0]}» of the anchor"
        anchor_words = {w for d in c.anchor_docs for t in d for w in (_verb_lemma(t), fold(t.lemma_), fold(t.text))}
        # a word the lexicon writes in replaces one of the anchor's: it adds no verb to the anchor's count (the
        # model's « Deux lances ont été déployées et un incendie a été repoussé. », « repoussé » being one)
        verbs = lambda doc: sum(1 for t in doc if t.pos_ == "VERB" and not _quoted(t))  # noqa: E731
        replaced = verbs(c.doc) <= sum(verbs(d) for d in c.anchor_docs)
        new_verbs = sorted({_verb_lemma(t) for t in c.doc if t.pos_ == "VERB" and not _quoted(t)
                            and _verb_lemma(t) not in anchor_words
                            and not (replaced and fold(t.text) in LEXICON_REPLACE_WORDS)}
                           - _equivalents(anchor_words) - LIGHT_VERBS)
        if new_verbs:  # « … ont abattu plusieurs de leurs projectiles et ont détruit un navire » (a model sample)
            return f"meaning: adds «{new_verbs[0]}», a verb absent from the anchor"
        if (flipped := _noun_number_flip(c)) is not None:
            return f"meaning: «{flipped}» changed number"
        taken = self._swapped(c)[0]  # « prise pour cible » -> « visée »: the lexicon's words stand for the anchor's
        replaced_lemmas = {fold(t.lemma_) for d in c.anchor_docs for t in d if fold(t.text) in taken}
        kept = len(anchor & (cand | _equivalents(cand) | replaced_lemmas)) / len(anchor)
        if kept < self.rules.min_retention:
            return f"meaning: keeps {kept:.0%} of the anchor's content words"
        la, lc = sum(len(words(a)) for a in c.anchors), len(words(c.text))
        if not self.rules.min_length_ratio <= lc / max(1, la) <= self.rules.max_length_ratio:
            return f"meaning: length {lc} words for an anchor of {la}"
        return None

    def voice(self, c: Candidate) -> str | None:
        """The article speaks in the third person: « nous », « je », « notre » outside quotation marks are someone's
        words without their quotation marks and speaker (« Nous réaffirmerons que … » from « « Nous réaffirmons … »,
        a-t-il déclaré »), unless the anchor itself says them outside quotes (a journalist's « nous »)."""
        def first_person(text: str) -> set[str]:
            return {w for w in folded_words(strip_quotes(text)) if w in FIRST_PERSON}

        allowed = set().union(*(first_person(a) for a in c.anchors)) if c.anchors else set()
        extra = first_person(c.text) - allowed
        if extra:
            return f"voice: «{sorted(extra)[0]}» outside quotation marks speaks for someone"
        return None

    def subjects(self, c: Candidate) -> str | None:
        """Who does or says it stays: every noun the anchor has as a subject is still in the restatement (« L'agence
        responsable du transport … indique que … » told as « Le transport … indique que … » lost its speaker)."""
        taken, brought = self._swapped(c)  # « Les navires de guerre » -> « Les bâtiments de guerre » (the lexicon)
        have = {fold(t.lemma_) for t in c.doc} | set(folded_words(c.text)) | taken
        for d in c.anchor_docs:
            for t in d:
                if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN") and not _quoted(t) \
                        and fold(t.lemma_) not in have and fold(t.text) not in have:
                    return f"subject: «{t.text}» of the anchor no longer does or says it"
        # nor someone the anchor does not name: « La ministre Rouleau a indiqué qu'en bout de course, les élus …
        # auraient … » told as « … a indiqué qu’elle en bout de course, les élus … » (the model): a subject pronoun
        # the anchor lacks points at a person it never made act
        def pronouns(text: str) -> Counter:
            return Counter(w for w in folded_words(strip_quotes(text)) if w in SUBJECT_PRONOUNS)  # « -t-il » too

        added = pronouns(c.text) - sum((pronouns(a) for a in c.anchors), Counter())
        if added:
            return f"subject: «{sorted(added)[0]}» where the anchor names nobody so"
        # and nobody does what the anchor does not make them do: « Hébergement et ravitaillement des pompiers,
        # information de la population … » told as « Les pompiers ont fourni des informations … » (the model)
        actors: set[str] = set()
        for d in c.anchor_docs:
            split = has_finite_verb(d)
            for t in d:
                # a noun the parser made a second root of a sentence that has a verb is its misread subject (« Les
                # services d’OC Transpo [ROOT] … restent inchangés »); a verbless sentence's root acts in nothing
                if t.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "obj") or (
                        split and t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")) or any(
                        r.dep_ == "acl:relcl" and any(q.dep_.startswith("nsubj") and q.pos_ == "PRON" for q in r.children)
                        for r in t.children):  # an antecedent of « qui » acts in its relative clause
                    phrase = [x for x in t.subtree if x.pos_ in ("NOUN", "PROPN") and _in_phrase(x, t)]
                    actors.update(fold(x.lemma_) for x in phrase)
                    actors.update(fold(x.text) for x in phrase)
        for t in c.doc:
            if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN") and not _quoted(t) \
                    and fold(t.lemma_) not in actors and fold(t.text) not in actors and fold(t.text) not in brought \
                    and fold(t.text) not in ("celui", "celle", "ceux", "celles"):  # a split's « Celui-ci »
                return f"subject: «{t.text}» does or says «{t.head.text}» where the anchor does not make it"
        # subjects joined by « et » act together: « Nice et son entraîneur Didier Digard … ont battu Ajaccio » told as
        # « L’entraîneur du Nice Didier Digard a battu Ajaccio » (the model) keeps « Nice », no longer as one who won
        def subject_like(t, split: bool) -> bool:  # a noun root of a sentence with a verb: its misread subject
            return t.dep_ in ("nsubj", "nsubj:pass") or split and t.dep_ == "ROOT" and t.i < 3

        def acting(doc) -> set[str]:
            out: set[str] = set()
            split = has_finite_verb(doc)
            for t in doc:
                if (subject_like(t, split) or t.dep_ == "obl:agent") and t.pos_ in ("NOUN", "PROPN"):
                    for x in [t, *(k for k in t.subtree if k.dep_ == "conj" and k.pos_ in ("NOUN", "PROPN"))]:
                        out.update((fold(x.lemma_), fold(x.text)))
            return out

        if c.kind == RESTATEMENT:
            now = acting(c.doc)
            for d in c.anchor_docs:
                split = has_finite_verb(d)
                for t in d:
                    joined = [k for k in t.children if k.dep_ == "conj" and k.pos_ in ("NOUN", "PROPN")]
                    if not subject_like(t, split) or t.pos_ not in ("NOUN", "PROPN") or not joined or _quoted(t):
                        continue
                    for x in [t, *joined]:
                        if fold(x.lemma_) not in now and fold(x.text) not in now:
                            return f"subject: «{x.text}», one of the anchor's joined subjects, no longer acts"
        # and nobody who undergoes it in the anchor does it: « Le bombardement de Pokrovsk a provoqué la mort de six
        # habitants » told as « Six habitants ont provoqué la mort du bombardement de Pokrovsk » (an active verb's
        # subject that was only inside its object; the passive voice turns them legitimately)
        doers, undergoers = _sides(c.anchor_docs)
        for t in c.doc:
            if t.dep_ != "nsubj" or t.pos_ not in ("NOUN", "PROPN") or _quoted(t) or t.head.pos_ != "VERB" \
                    or _passive(t.head):
                continue
            v = {_verb_lemma(t.head)}
            v |= _equivalents(v)
            noun = {fold(t.lemma_), fold(t.text)}
            if any(undergoers.get(n, set()) & v for n in noun) and not any(doers.get(n, set()) & v for n in noun):
                return f"subject: «{t.text}» undergoes «{t.head.text}» in the anchor and does it here"
        # and each does what the anchor makes it do: « Le maire a annoncé que les pompiers ont évacué 40 habitants »
        # told as « Le maire a évacué 40 habitants, ont annoncé les pompiers » keeps both nouns, swapped
        roles: dict[str, set[str]] = {}
        for d in c.anchor_docs:
            for noun, verb in _roles(d):
                roles.setdefault(noun, set()).add(verb)
        verbs_now = _verbs(c.doc)
        verbs_before = set().union(*roles.values())
        for t in c.doc:
            if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ not in ("NOUN", "PROPN") or _quoted(t) \
                    or t.head.pos_ != "VERB" or fold(t.head.lemma_) in ("avoir", "etre"):
                continue  # a subject hung on « bel » (« bel et bien abattus ») or on the auxiliary of « a déjà en partie
                # retiré »: the parse, not the sentence
            had = roles.get(fold(t.lemma_), set()) | roles.get(fold(t.text), set())
            if not had or _same_claim(fold(t.head.lemma_), had, c.doc, verbs_now, verbs_before):
                continue
            return f"subject: «{t.text}» does «{t.head.text}», where the anchor makes it do «{'/'.join(sorted(had))}»"
        return None

    def tense(self, c: Candidate) -> str | None:
        """A verb of the anchor keeps its tense: « Le couple et les enfants étaient sains et saufs » told as « sont
        sains et saufs » moves the fact in time. A compound tense is compared with its auxiliary, except under a
        « selon » the anchor lacked (reported speech may go from « avait endommagé » to « a endommagé »); swapped
        verbs are not compared."""
        # under a « selon » the anchor did not have, reported speech may change its auxiliary's tense; otherwise a
        # compound tense is compared whole (« se sont arrêtées » is not « s'étaient arrêtées », « sont » not « ont
        # été »: the embedded model's restatements on TF1's dispatches)
        reported = attributions(folded_words(c.text)) > sum(attributions(folded_words(a)) for a in c.anchors)

        def tenses(doc) -> dict[str, set[tuple[str, str]]]:
            out: dict[str, set[tuple[str, str]]] = {}
            for t in doc:  # quoted words are verbatim anyway (the quote rule)
                if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux:tense", "aux:pass"):
                    continue
                owner = t.head if t.dep_ == "cop" else t  # « ont été à quelques mètres »: the auxiliary is the predicate's
                auxes = sorted((a for a in owner.children if a.dep_ in ("aux:tense", "aux:pass")), key=lambda a: a.i)
                finite = next((a for a in auxes if "Fin" in a.morph.get("VerbForm")), None)
                if finite is None or reported:
                    if "Fin" not in t.morph.get("VerbForm"):
                        continue
                    finite, auxes = t, []
                # the auxiliary's verb, not the parser's aux:tense / aux:pass (it reads « était porté » either way)
                aux = fold(finite.lemma_) if finite is not t else ""
                out.setdefault(_verb_lemma(t), set()).update((ts, aux) for ts in finite.morph.get("Tense"))
            return out

        def shown(ts: set[tuple[str, str]]) -> str:
            return "/".join(sorted(f"{t}{f' ({aux})' if aux else ''}" for t, aux in ts))

        anchor: dict[str, set[tuple[str, str]]] = {}
        for d in c.anchor_docs:
            for lemma, ts in tenses(d).items():
                anchor.setdefault(lemma, set()).update(ts)
        for lemma, ts in tenses(c.doc).items():
            if lemma in anchor and anchor[lemma] and ts and not ts & anchor[lemma]:
                return f"tense: «{lemma}» moved from {shown(anchor[lemma])} to {shown(ts)}"
        return None

    def negation(self, c: Candidate) -> str | None:
        def count(t: str) -> int:
            ws = fold(strip_quotes(t)).split()
            # « personne » after a determiner is a person, no negation (« Aucune personne a été touchée » is one
            # negation word, for the two of « Aucune n'a été touchée »)
            return sum(1 for k, w in enumerate(ws) if w in NEGATION_WORDS
                       and not (w == "personne" and k and ws[k - 1] in NOUN_DETERMINERS))

        anchor = sum(count(a) for a in c.anchors)
        cand = count(c.text)
        if c.kind == RESTATEMENT and cand != anchor:
            return f"negation: {cand} negation words for {anchor} in the anchor"
        if c.kind in (FRAGMENT, IDENTITY) and cand > anchor:
            return "negation: the fragment adds a negation"
        return None

    def hedging(self, c: Candidate) -> str | None:
        def hedges(doc: "Doc") -> int:
            return sum(1 for t in doc if fold(t.text) in HEDGE_WORDS or "Cnd" in t.morph.get("Mood"))

        anchor = sum(hedges(d) for d in c.anchor_docs)
        if anchor and hedges(c.doc) < anchor and c.kind == RESTATEMENT:
            return "hedging: an allegation (selon, conditionnel) became a fact"
        return None

    def agreement(self, c: Candidate) -> str | None:
        """The embedded model re-inflects what it copies: « Une dizaine de maisons étaient menacés et 54 habitants ont
        dû être évacuées », « dix hectares de végétation est en fumée ». A participle after « être » or a predicate
        adjective keeps the form the anchor gives it, and a candidate has no more subject–verb slips than its anchor
        (the parser's own misreadings count on both sides)."""
        anchor_forms: dict[str, set[str]] = {}
        for d in c.anchor_docs:
            for t in d:
                if _after_etre(t):
                    anchor_forms.setdefault(t.lemma_, set()).add(fold(t.text))
        for t in c.doc:
            if _after_etre(t) and t.lemma_ in anchor_forms and fold(t.text) not in anchor_forms[t.lemma_] \
                    and not _quoted(t):
                return f"agreement: «{t.text}» for «{sorted(anchor_forms[t.lemma_])[0]}» of the anchor"
        if _number_slips(c.doc) > sum(_number_slips(d) for d in c.anchor_docs):
            return "agreement: a verb no longer agrees with its subject"
        return None

    def instruction(self, c: Candidate) -> str | None:
        """An instruction or a recommendation (« Renforcer la dynamique économique des femmes rurales … ») opens on its
        infinitive and stays one: « La dynamique … est renforcée » tells as done what the source asks for."""
        for d in c.anchor_docs[:1]:
            first = next((t for t in d if not t.is_punct), None)
            if first is not None and first.pos_ in ("VERB", "AUX") and "Inf" in first.morph.get("VerbForm"):
                opening = next((t for t in c.doc if not t.is_punct), None)
                same = opening is not None and (fold(opening.text) == fold(first.text) or (
                    "Inf" in opening.morph.get("VerbForm") and _verb_lemma(opening) in _equivalents({_verb_lemma(first)})))
                if not same:  # « Consolider la dynamique … » for « Renforcer … » still asks
                    return f"instruction: the anchor asks «{first.text} …», the candidate does not"
        return None

    def attribution(self, c: Candidate) -> str | None:
        if c.kind == RESTATEMENT:  # « … a suscité la désapprobation, a souligné le ministre. »: a speaker invented
            said = {_lemma(t) for d in c.anchor_docs for t in d if _lemma(t) in SAYING_LEMMAS}
            for t in c.doc:
                if _lemma(t) in SAYING_LEMMAS and t.pos_ == "VERB" and _lemma(t) not in said \
                        and not {_verb_lemma(t)} & _equivalents({fold(x) for x in said}) and not _quoted(t):
                    return f"attribution: adds «{_lemma(t)}», a saying the anchor does not report"
        for d in c.anchor_docs:
            for speaker in _speakers(d):
                if not all(w in folded_words(c.text) for w in speaker):
                    if c.kind == RESTATEMENT:
                        return f"attribution: the speaker «{' '.join(speaker)}» was dropped"
                    if _reported(d, c.doc):
                        return f"attribution: a claim of «{' '.join(speaker)}» is stated as a fact"
                    continue
                if not _has_saying(c.doc):
                    return f"attribution: «{' '.join(speaker)}» no longer says it"
        mine = set(folded_words(c.text))
        for d in c.anchor_docs:  # « Pour de nombreux habitants, ce feu n'est pas accidentel »: their view, no fact
            who = _pour_speaker(d)
            if not who or all(w in mine for w in who):
                continue
            view = set(folded_words(d.text.split(",", 1)[-1])) - FR_STOPWORDS
            if view and len(view & mine) >= VIEW_SHARE * len(view):
                return f"attribution: a view of «{' '.join(who)}» is stated as a fact"
        return None

    def attachment(self, c: Candidate) -> str | None:
        """Numbers, dates, names and "selon" phrases stay attached to the same claim (verb) as in the anchor."""
        anchor_att: dict[str, set[str]] = {}
        for d in c.anchor_docs:
            for key, verb in _attachments(d):
                anchor_att.setdefault(key, set()).add(verb)
        verbs_now = _verbs(c.doc)
        verbs_before = set().union(*(_verbs(d) for d in c.anchor_docs))
        for key, verb in _attachments(c.doc):
            if c.kind in (FRAGMENT, IDENTITY) and not (key == "selon" or key in TIME_WORDS or any(ch.isdigit() for ch in key)):
                continue  # a fragment may name its subject anew (promoted relative clause)
            if key in anchor_att and verb not in anchor_att[key]:
                if verb == "selon" and {fold(v) for v in anchor_att[key]} <= SELON_VERBS | {"selon"}:
                    continue  # « X a déclaré que Y » -> « Selon X, Y »: still the one who says it
                if not _same_claim(verb, anchor_att[key], c.doc, verbs_now, verbs_before):
                    return f"attachment: «{key}» moved from «{'/'.join(sorted(anchor_att[key]))}» to «{verb}»"
        # a number keeps its qualifier ("au moins 15", "environ 2 500"): an approximation stays one
        # (any anchor's: « en 2022 » in one, « plus forte en 2022 » in the quotation the other anchors frame)
        numbers = {number for a in c.anchors for _, _, number in number_spans(a)}
        for number in sorted(numbers):
            want = {q for a in c.anchors for q in _qualifiers(a, number)}
            if any(got not in want for got in _qualifiers(c.text, number)):
                return f"attachment: «{number}» lost or changed its qualifier"
        # a number keeps the noun it counts ("15 militants"), a date its parts ("mardi après-midi")
        for d in c.anchor_docs:
            for t in d:
                if t.i + 1 >= len(d) or d[t.i + 1].is_punct or d[t.i + 1].is_space:
                    continue
                nxt = d[t.i + 1]
                # « mardi soir », « hier en milieu d’après-midi »: one time, told in one place
                date_pair = fold(t.text) in TIME_WORDS and (fold(nxt.text) in TIME_WORDS or _is_number(nxt) or any(
                    fold(x.text) in TIME_WORDS for x in d[t.i + 2:t.i + 5] if not any(p.is_punct for p in d[t.i:x.i])))
                counted = _is_number(t) and nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")  # not « en 2018 [pour] »
                if counted or date_pair:  # torn: the word alone where the anchor never has it alone
                    word, after = fold(t.text), fold(nxt.text)
                    if Counter(_alone(folded_words(c.text), word, after)) - Counter(
                            _alone(folded_words(d.text), word, after)):
                        return f"attachment: «{t.text} {nxt.text}» was torn apart"
        return None

    def repetition(self, c: Candidate) -> str | None:
        return self.near_repeat(c.text, c.kept, item=c.kind in (FRAGMENT, IDENTITY))

    def near_repeat(self, text: str, kept: list[str], *, item: bool = False, other_form: bool = False) -> str | None:
        """Whether ``text`` says again, in nearly the same words, a sentence already kept. A fact item may not be
        most of a kept sentence again, unless it shows it in another form (a timeline entry, a question)."""
        if other_form and "? " in text:  # a question and its answer: two sentences to a reader, each must be new
            question, answer = text.split("? ", 1)
            return self.near_repeat(question + " ?", kept, item=item, other_form=True) or \
                self.near_repeat(answer, kept, item=item, other_form=True)
        from .seo import split_sentences

        limit = self.rules.max_item_repeat_jaccard if item else self.rules.max_repeat_jaccard
        mine = set(folded_words(text))
        if other_form:  # compared with every sentence shown, questions and answers apart
            kept = [part for k in kept for part in k.split("? ")]
        for k in kept:
            other = set(folded_words(k))
            if not mine or not other:
                continue
            # each sentence of a kept text on its own too: a list item may hold two (BX1: « Elke Van den Brandt
            # demeure ministre de … » came back after the item « … reste ministre de …. Elle sera aussi … »)
            parts = [set(folded_words(p)) for p in split_sentences(k)] if k.count(". ") else []
            if any(o and len(mine & o) / len(mine | o) >= limit for o in [other, *parts]):
                return "repetition: near-repeat of a kept sentence"
            common = len(mine & other)
            if item and not other_form and any(
                    common / len(a) >= self.rules.max_item_containment and len(a) >= self.rules.min_item_share * len(b)
                    for a, b in ((mine, other), (other, mine))):  # either one nearly inside the other
                return "repetition: most of a kept sentence again"
        return None


def _in_phrase(x: "Token", head: "Token") -> bool:
    """Whether ``x`` belongs to the noun phrase of ``head`` (no verb between them: « le préfet Evence Richard », not
    the relative clause hanging on it)."""
    while x.i != head.i:
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            return False
        x = x.head
    return True


def _after_etre(t: "Token") -> bool:
    """A word that agrees with a noun: a participle conjugated with « être », an adjective, a participle used as one
    (« Alexandra Teixeira, chargée de communication »); not a participle after « avoir » (an active restatement may
    change its agreement)."""
    if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"):
        auxes = [a for a in t.children if a.dep_ in ("aux:pass", "aux:tense")]
        return any(a.lemma_ == "être" for a in auxes) or (not auxes and t.dep_ in ("amod", "acl", "appos"))
    return t.pos_ == "ADJ"


def _number_slips(doc: "Doc") -> int:
    """Subjects whose finite verb (or auxiliary) has the other grammatical number."""
    n = 0
    for t in doc:
        num = t.morph.get("Number")
        if not t.dep_.startswith("nsubj") or t.pos_ not in ("NOUN", "PROPN") or not num \
                or any(ch.dep_ == "conj" for ch in t.children):
            continue
        h = t.head
        finite = next((a for a in sorted(h.children, key=lambda a: a.i)
                       if a.dep_ in ("aux:tense", "aux:pass", "cop") and "Fin" in a.morph.get("VerbForm")), None)
        if finite is None and "Fin" in h.morph.get("VerbForm"):
            finite = h
        if finite is not None and finite.morph.get("Number") and finite.morph.get("Number") != num:
            n += 1
    return n


def _alone(ws: list[str], word: str, after: str) -> list[str]:
    """The word before each ``word`` of ``ws`` that is not followed by ``after``: « dont 16.000 uniquement ce lundi »
    has « lundi » alone after « ce », and a cut may keep that one while « lundi après-midi » stays whole."""
    nxt = after.split()  # « après-midi » folds to two words
    return [ws[k - 1] if k else "" for k, w in enumerate(ws) if w == word and ws[k + 1:k + 1 + len(nxt)] != nxt]


def _quoted(tok: "Token") -> bool:
    """Whether ``tok`` stands inside a quotation of its sentence."""
    return quote_open(tok.doc[: tok.i].text)


def _equivalents(lemmas: set[str]) -> set[str]:
    out: set[str] = set()
    for group in EQUIVALENT_VERBS:
        if lemmas & group:
            out |= group
    return out


def _show(value) -> str:
    """A number value as a reader writes it (42, not 42.0; ordinals as "1er")."""
    if isinstance(value, tuple):
        return f"ordinal {value[1]}"
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


def _is_number(t: "Token") -> bool:
    """A number token (digits or a number word), not the article "un"/"une" that spaCy also calls like_num."""
    return t.like_num and (t.text[:1].isdigit() or (fold(t.text) not in ("un", "une") and t.pos_ != "DET"))


def _qualifiers(text: str, number: str) -> list[frozenset[str]]:
    """For each place ``number`` is written in ``text``: the qualifier words among the three words before it
    ("au moins", "environ", "près de")."""
    out = []
    for start, _, surface in number_spans(text):
        if surface != number:
            continue
        before = folded_words(re.split(r"[,;:.!?()«»\"“”]", text[:start])[-1])[-3:]  # « jusqu'alors, avec 6 »: none
        out.append(frozenset(w for w in before if w in QUALIFIER_WORDS))
    return out


def _head_verb(t: "Token") -> str | None:
    seen = 0
    while t.pos_ not in ("VERB",) and t.head is not t and seen < 12:
        t = t.head
        seen += 1
    return _verb_lemma(t) if t.pos_ in ("VERB", "AUX") else None


# every form of the lexicon's verbs -> its infinitive: spaCy lemmatises some forms wrongly (« demeure », « indique »)
# and reads « fait savoir » as two verbs
LEXICON_VERB_FORMS = {fold(w): v["forms"]["inf"] for v in _LEXICON.get("verb", []) for w in v["forms"].values()}


def _lemma(t: "Token") -> str:
    """The infinitive of verb ``t``: the lexicon's own when it has the form (« fait savoir » whole, from its last
    word), spaCy's otherwise (and for every other word)."""
    if t.pos_ not in ("VERB", "AUX"):
        return t.lemma_
    if t.i > 0 and (inf := LEXICON_VERB_FORMS.get(fold(f"{t.doc[t.i - 1].text} {t.text}"))):
        return inf
    return LEXICON_VERB_FORMS.get(fold(t.text), t.lemma_)


def _verb_lemma(t: "Token") -> str:
    """The folded infinitive of verb ``t`` (see _lemma): a swap the lexicon made stays one verb."""
    return fold(_lemma(t))


COMPOUND_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont",
                                  "etait", "etaient", "sera", "seront"})


def _conjugated_after_auxiliary(doc: "Doc") -> str | None:
    """« a avertit », « ont finit »: an auxiliary, then (adverbs aside) the present of an -ir verb where its participle
    (averti, fini) belongs; no -ir verb has a participle in -it, so the form is always wrong. Folded pair, or None."""
    for t in doc:
        if fold(t.text) not in COMPOUND_AUXILIARIES:
            continue
        nxt = next((x for x in doc[t.i + 1:t.i + 4] if x.pos_ != "ADV"), None)
        if nxt is not None and nxt.lower_.endswith("it") and fold(nxt.lemma_).endswith("ir") and nxt.is_alpha:
            return f"{fold(t.text)} {fold(nxt.text)}"
    return None


VIEW_SHARE = 0.6  # a candidate tells the view of « Pour X, … » when it holds this much of its words (not a neighbour)


def _pour_speaker(doc: "Doc") -> list[str]:
    """The folded head word of X in a sentence that opens on « Pour X, … » where X is someone (a name, a pronoun, a
    person or a group): the rest of the sentence is X's view. « Pour ce faire, », « Pour la première fois, » name
    nobody."""
    toks = [t for t in doc if not t.is_space]
    start = 1 if toks and toks[0].pos_ == "CCONJ" else 0
    if len(toks) <= start + 2 or toks[start].lower_ != "pour":
        return []
    comma = next((k for k in range(start + 1, min(len(toks), start + 10)) if toks[k].text == ","), None)
    if comma is None:
        return []
    phrase = toks[start + 1:comma]
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head is None or not (head.pos_ == "PROPN" or head.lower_ in SPEAKER_PRONOUNS
                            or head.lemma_.lower() in PERSON_NOUNS):
        return []
    return [fold(head.text)]


def _is_selon(t: "Token") -> bool:
    """« selon », « d’après » (parsed as « d’ » + « après »): what follows is a source of the claim."""
    if t.lower_ in ("selon", "d'après", "d’après"):
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ in ("d'", "d’") and nxt is not None and nxt.lower_ == "après"


def _selon_phrase(doc: "Doc") -> set[int]:
    """Token ids of every « selon X » / « d’après X » phrase of ``doc`` (X and its dependents)."""
    return {x.i for t in doc if _is_selon(t) and t.head.i > t.i for x in t.head.subtree}


def _roles(doc: "Doc") -> list[tuple[str, str]]:
    """(noun, verb) pairs, folded lemmas and words: each noun with what it does or undergoes in ``doc`` — as subject,
    agent or object of the verb (a restatement may turn the voice), or as the antecedent of a « qui » clause."""
    out = []
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        heads = []
        if t.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "obj") and (
                t.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "cop" for c in t.head.children)):
            heads.append(t.head)  # a noun with no copula is no predicate: « ont, d'après l'état-major, touché »
            # parsed with « état » as the root of « frappes »
        heads += [r for r in t.children if r.dep_ == "acl:relcl" and any(
            q.dep_.startswith("nsubj") and q.pos_ == "PRON" for q in r.children)]
        for h in heads:
            out += [(fold(t.lemma_), fold(h.lemma_)), (fold(t.text), fold(h.lemma_))]
    return out


_SAYING_FOLDED = frozenset(fold(v) for v in SAYING_LEMMAS)


def _passive(verb: "Token") -> bool:
    return any(c.dep_ in ("aux:pass", "nsubj:pass", "obl:agent") for c in verb.children)


def _sides(docs: list["Doc"]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Who does what and who undergoes it in ``docs``: noun (folded lemma and word) -> verbs (folded infinitives) it
    is the active subject or the agent of, and verbs whose object (or a passive verb's subject) holds it."""
    doers: dict[str, set[str]] = {}
    undergoers: dict[str, set[str]] = {}

    def put(side: dict[str, set[str]], tok: "Token", verb: "Token") -> None:
        for key in (fold(tok.lemma_), fold(tok.text)):
            side.setdefault(key, set()).add(_verb_lemma(verb))

    for d in docs:
        for verb in d:
            if verb.pos_ != "VERB" or _verb_lemma(verb) in _SAYING_FOLDED:
                continue  # « …, a rapporté l'AFP »: the speaker after a verb of saying is read as its object
            passive = _passive(verb)
            for c in verb.children:
                if c.dep_ == "nsubj" and not passive or c.dep_ == "obl:agent":
                    for x in (c, *(k for k in c.subtree if k.dep_ == "conj")):
                        if x.pos_ in ("NOUN", "PROPN"):
                            put(doers, x, verb)
                elif c.dep_ == "obj" or c.dep_ == "nsubj:pass" or c.dep_ == "nsubj" and passive:
                    for x in c.subtree:
                        if x.pos_ in ("NOUN", "PROPN"):
                            put(undergoers, x, verb)
    return doers, undergoers


def _verbs(doc: "Doc") -> set[str]:
    """The folded lemmas of the verbs and auxiliaries of ``doc``."""
    return {fold(t.lemma_) for t in doc if t.pos_ in ("VERB", "AUX")}


def _same_claim(verb: str, had: set[str], doc: "Doc", verbs_now: set[str], verbs_before: set[str]) -> bool:
    """Whether ``verb`` of the candidate ``doc`` tells the claim the anchor told with one of the verbs ``had``: one
    of them, a known equivalent, or one of them reworded by the lexicon (« a mis en place » -> « a instauré »: the
    anchor's verb gone from the candidate, ``verbs_now``; the new one absent from the anchor, ``verbs_before``; the
    lexicon wrote it)."""
    if verb in had or any(verb in eq and had & eq for eq in EQUIVALENT_VERBS):
        return True
    return not had & verbs_now and verb not in verbs_before and _lexicon_written(verb, doc)


def _lexicon_written(lemma: str, doc: "Doc") -> bool:
    """Whether the verb ``lemma`` of ``doc`` is worded as the lexicon writes it in (one of its replacements)."""
    return any(fold(t.lemma_) == lemma and fold(t.text) in LEXICON_REPLACE_WORDS for t in doc)


def _attachments(doc: "Doc") -> list[tuple[str, str]]:
    """(key, verb) pairs: each number, date word, name and « selon » of ``doc`` with the verb it depends on. A name
    inside a « selon » phrase is attached to « selon »: « Selon X, Y » says what « X a déclaré que Y » says."""
    out = []
    sourced = _selon_phrase(doc)
    for t in doc:
        key = None
        if _is_number(t) or fold(t.text) in TIME_WORDS:
            key = fold(t.text)
        elif t.pos_ == "PROPN" or t.ent_type_:
            key = fold(t.text)
        elif t.lower_ == "selon":
            key = "selon"
        if key:
            verb = "selon" if t.i in sourced and key != "selon" else _head_verb(t)
            if verb:
                out.append((key, verb))
            if _is_number(t) and (counted := _relative_after(t)) is not None:
                out.append((key, fold(counted.lemma_)))  # « des 15 communes qui ont dû être évacuées »: counted there
    return out


def _relative_after(number: "Token") -> "Token | None":
    """The verb of a « qui » clause right after the noun a number counts (whichever token the parser hung it on)."""
    noun = number.head
    if noun.pos_ != "NOUN" or noun.i <= number.i or noun.i + 1 >= len(noun.doc):
        return None
    rel = noun.doc[noun.i + 1]
    if rel.lower_ == "qui" and rel.dep_.startswith("nsubj") and rel.head.pos_ == "VERB":
        return rel.head
    return None


def _speakers(doc: "Doc") -> list[list[str]]:
    """Folded key words of whoever the anchor says is speaking (subject of a verb of saying, "selon X")."""
    out = []
    for t in doc:
        if _is_selon(t) and t.head.i > t.i:
            np = [w for w in t.head.subtree if w.i > t.i and w.pos_ in ("PROPN", "NOUN")][:2]
            if np:
                out.append(folded_words(" ".join(w.text for w in np)))
        if t.lemma_ in SAYING_LEMMAS and t.pos_ == "VERB":
            for ch in t.children:
                if ch.dep_ == "nsubj" and ch.pos_ in ("PROPN", "NOUN"):
                    out.append(folded_words(ch.text))
    if (incise := closing_incise(doc)) is not None:
        out.append(folded_words(incise[1].text))
    return out


def has_finite_verb(doc: "Doc") -> bool:
    """Whether ``doc`` has a conjugated verb (a sentence, not a caption or a label)."""
    return any("Fin" in v.morph.get("VerbForm") for v in doc if v.pos_ in ("VERB", "AUX"))


def closing_incise(doc: "Doc") -> "tuple[Token, Token] | None":
    """(verb, speaker) of an incise that closes the sentence, its subject after its verb, whatever the verb:
    « …, a déploré son maire Rouslan Trebouchkine. » (20 Minutes: a key figure cut from it went out as the paper's
    own claim). The parser may read that subject as an object: it closes the sentence."""
    for t in doc:
        if t.pos_ != "VERB" or not _after_comma(t):
            continue
        for ch in t.children:
            end = max(x.i for x in ch.subtree) + 1
            if ch.dep_ in ("nsubj", "obj") and ch.i > t.i and ch.pos_ in ("PROPN", "NOUN") and (
                    end >= len(doc) or doc[end].text in (".", "!", "?", "…")):
                return t, ch
    return None


def _determiner_after_adjective(doc: "Doc") -> str | None:
    """« vulnérables ces » (the model's « cibleront dès lors les plus vulnérables ces usagers »): an adjective right
    before a determiner, as French does not write it (« Tous les », « Seuls les » aside)."""
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.pos_ == "ADJ" and nxt.pos_ == "DET" and fold(t.lemma_) not in ("tout", "seul", "meme") \
                and fold(nxt.text) in ("ce", "ces", "cet", "cette", "le", "la", "les", "l", "un", "une", "des"):
            return f"{fold(t.text)} {fold(nxt.text)}"
    return None


CLITICS = frozenset({"nous", "vous", "me", "m", "te", "t", "lui", "leur", "se", "s"})  # (« nous » read as a subject)


def _after_comma(verb: "Token") -> bool:
    """Whether ``verb`` (with its auxiliaries and clitic pronouns) comes right after a comma: « …, a déploré son
    maire », « …, nous a précisé Hugo Huon »."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].head.i == verb.i and (verb.doc[k].dep_.startswith("aux") or verb.doc[k].pos_ == "PRON"
                                                       and verb.doc[k].lower_.rstrip("'’") in CLITICS):
        k -= 1
    return k >= 0 and verb.doc[k].text == ","


def _reported(anchor: "Doc", cand: "Doc") -> bool:
    """Whether a verb the candidate states is, in the anchor, a claim reported by someone (under a verb of saying or
    with a "selon" phrase): the candidate's main verb, or a verb it governs (« L'Iran tente de maintenir le calme »
    from « les autorités ont indiqué que l'Iran cherche à maintenir le calme »)."""
    root = next((t for t in cand if t.dep_ == "ROOT"), None)
    if root is None or _has_saying(cand):
        return False
    stated = [root] + [t for t in root.children if t.dep_ in ("xcomp", "conj") and t.pos_ == "VERB"]
    for v in stated:
        same = {fold(v.lemma_), fold(v.text)} | next((g for g in EQUIVALENT_VERBS if fold(v.lemma_) in g), set())
        for t in anchor:
            if fold(t.lemma_) not in same and fold(t.text) not in same or t.pos_ not in ("VERB", "AUX"):
                continue  # the same verb, or one the lexicon swaps for it (« cherche à » / « tente de »)
            if any(a.lemma_ in SAYING_LEMMAS and a.pos_ == "VERB" for a in t.ancestors):
                return True
            if (incise := closing_incise(anchor)) is not None and t.i < incise[0].i:
                return True  # what the sentence tells before « …, a déploré son maire »
            if any(x.lower_ == "selon" for x in _own_clause(t)):
                return True
    return False


CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj"})


def _own_clause(verb: "Token") -> list["Token"]:
    """The verb's clause without the clauses inside it: in « Aucun groupe n'a revendiqué l'attaque, qui, selon un
    porte-parole, n'a fait aucune victime », the « selon » belongs to the victims, not to the claim."""
    out, stack = [], list(verb.children)
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_DEPS:
            continue
        out.append(t)
        stack.extend(t.children)
    return out


def _noun_number_flip(c: Candidate) -> str | None:
    """A common noun the anchor only says in the plural and the restatement only in the singular, or the reverse:
    « une série de tirs rapides » told as « un tir rapide » (a model sample on the 000 example) is one shot, not many."""
    def numbers(docs) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for d in docs:
            for t in d:
                # « prix », « fois », « pays »: one spelling for both numbers, the tagger's guess is no evidence
                if t.pos_ == "NOUN" and (n := t.morph.get("Number")) and not t.lemma_.lower().endswith(("s", "x", "z")):
                    out.setdefault(fold(t.lemma_), set()).update(n)
        return out

    anchor, cand = numbers(c.anchor_docs), numbers([c.doc])
    for lemma, seen in cand.items():
        if lemma in anchor and len(seen) == 1 and len(anchor[lemma]) == 1 and seen != anchor[lemma]:
            return lemma
    return None


def _has_saying(doc: "Doc") -> bool:
    return any(t.lemma_ in SAYING_LEMMAS or _is_selon(t) for t in doc) or closing_incise(doc) is not None


NOUN_DETERMINERS = frozenset({"une", "la", "l", "cette", "chaque", "aucune", "toute", "quelle", "seule", "autre",
                              "meme", "moindre", "premiere", "derniere", "simple"})
FIRST_PERSON = frozenset({"je", "j", "nous", "me", "m", "moi", "mon", "ma", "mes", "notre", "nos"})

Rule = Callable[[Guard, Candidate], "str | None"]
FATAL_FIRST: tuple[Rule, ...] = (Guard.form,)
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
RULES: dict[str, tuple[Rule, ...]] = {
    RESTATEMENT: (Guard.form, Guard.entities, Guard.numbers, Guard.dates, Guard.quotes, Guard.voice, Guard.grounding,
                  Guard.retention, Guard.subjects, Guard.tense, Guard.negation, Guard.hedging, Guard.instruction, Guard.agreement,
                  Guard.attribution, Guard.attachment, Guard.repetition),
    FRAGMENT: (Guard.form, Guard.entities, Guard.numbers, Guard.dates, Guard.quotes, Guard.voice, Guard.grounding,
               Guard.retention, Guard.negation, Guard.attribution, Guard.attachment, Guard.repetition),
    IDENTITY: (Guard.form, Guard.entities, Guard.numbers, Guard.dates, Guard.quotes, Guard.voice, Guard.grounding,
               Guard.retention, Guard.negation, Guard.attachment, Guard.repetition),
    FREE: (Guard.form, Guard.entities, Guard.numbers, Guard.dates, Guard.quotes, Guard.voice, Guard.grounding),
}

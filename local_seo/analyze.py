"""Understand the source: sentences, entity inventory (variants under one canonical spelling), facts, keyphrases.

spaCy's ``fr_core_news_md`` runs once per run with only the components the later stages use.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import ExitCode, LocalSeoError
from .lexicon import (FR_STOPWORDS, INJECTION_RE, SAYING_LEMMAS, SELF_ANNOUNCEMENT_RE, SPEAKER_PRONOUNS, TIME_WORDS,
                      asks, quotes_in, whole_quotation)
from .numbers import DIGITS_RE, date_words, number_values
from .text import CLOSING_QUOTES, fold, folded_words, quote_open, quotes_balanced

if TYPE_CHECKING:  # heavy imports stay out of CLI start
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from .ingest import Source

SPACY_MODEL = "fr_core_news_md"
# Components the pipeline needs: parse (restatements, attachment checks), NER, lemmas, morphology.
SPACY_EXCLUDE = ("senter",)
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
FUZZY_SAME_ENTITY = 84  # rapidfuzz ratio on folded names above which two spellings are one entity
NAME_PARTICLES = ("al", "el", "de", "du", "des", "le", "la", "von", "van", "ben", "bin", "abu")
_ARTICLE_RE = re.compile(r"^(l['’]|d['’]|la |le |les |du |des |de la |de l['’]|de |au |aux |en |à )", re.I)
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


@lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """spaCy's French pipeline, loaded once; a clear error when the package is missing (never a download)."""
    import spacy

    try:
        return spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE))
    except OSError as err:  # package not installed
        raise LocalSeoError(
            f"spaCy model {SPACY_MODEL} is not installed: reinstall local-seo (pip install -e .) to get it",
            ExitCode.INTERNAL,
        ) from err


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    block: int  # index of the source paragraph it belongs to
    heading: str | None  # the source subheading it stands under, if any
    item: bool = False  # an item of a list that the sentence before it announces (« … certaines actions : »)
    signature: str | None = None  # the name signed alone under the quotation this sentence is (« INSEE »)

    @property
    def told(self) -> str:
        """The sentence with what the source says around it that belongs to it: its quotation's signature."""
        return f"{self.text} {self.signature}" if self.signature else self.text


@dataclass
class Entity:
    canonical: str  # full canonical spelling (first full mention, or the glossary's)
    label: str
    variants: list[str] = field(default_factory=list)
    count: int = 0
    first: int = 0  # index of the first sentence that mentions it

    @property
    def short(self) -> str:
        """Short canonical form for repeat mentions: a person's surname with its particle (al-Sudani)."""
        if self.label != "PER":
            return self.canonical
        parts = self.canonical.split()
        return parts[-1] if len(parts) > 1 else self.canonical


@dataclass(frozen=True)
class Fact:
    kind: str  # "number" | "date" | "quote"
    value: str
    sentence: str
    sentence_index: int
    speaker: str | None = None
    counts: str | None = None  # for numbers: the noun the number counts ("soldats")


@dataclass
class Analysis:
    sentences: list[Sentence]
    entities: list[Entity]
    facts: list[Fact]
    keyphrases: list[str]
    headings: list[str]
    lemmas: set[str]  # folded lemmas and words of every content token of the sources (grounding)
    words: set[str]  # folded words of the sources
    numbers: Counter  # number values of the sources (guard)
    dates: set[str]
    quotes: list[str]  # every quoted passage of the sources
    docs: list["Doc"] = field(default_factory=list, repr=False)  # one parsed Doc per sentence
    source_text: str = ""
    # sentences no anchor may come from, with the reason: addressed to a model, or cut off where the text stops
    dropped: list[tuple[str, str]] = field(default_factory=list)
    title: str | None = None  # the article's own title (a heading above its first paragraph)

    def variant_map(self) -> dict[str, Entity]:
        """Folded spelling -> entity, for every variant of every entity."""
        out: dict[str, Entity] = {}
        for e in self.entities:
            for v in [e.canonical, *e.variants]:
                out[fold(_ARTICLE_RE.sub("", v))] = e
        return out

    def to_json(self) -> dict:
        return {
            "entities": [
                {"canonical": e.canonical, "label": e.label, "variants": sorted(set(e.variants)), "count": e.count,
                 "first_sentence": e.first}
                for e in self.entities
            ],
            "facts": [
                {"kind": f.kind, "value": f.value, "sentence": f.sentence, "speaker": f.speaker, "counts": f.counts}
                for f in self.facts
            ],
            "keyphrases": self.keyphrases,
            "headings": self.headings,
            "sentences": [s.text for s in self.sentences],
            "dropped": [{"text": t, "reason": why} for t, why in self.dropped],
        }


def _clean_entity_text(text: str) -> str:
    text = _ARTICLE_RE.sub("", text.strip())
    return text.strip(" ,.;:«»\"'’()")


def _name_key(name: str) -> str:
    """Folded name without particles: "al-Sudani" and "Soudani" -> "sudani"/"soudani"."""
    return " ".join(p for p in fold(name).split() if p not in NAME_PARTICLES)


def same_entity(a: str, b: str, person: bool = True) -> bool:
    """Whether two spellings name the same entity: equal when folded, one the surname of the other (``person``:
    the longer one names a person), or a close transliteration (Sudani/Soudani, Khatibzadeh/Jatibzadeh)."""
    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ta, tb = ka.split(), kb.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1 and len(long_) > 1:
        return person and fuzz.ratio(short[0], long_[-1]) >= FUZZY_SAME_ENTITY
    if len(short) == len(long_) and len(ka) >= 5:
        return fuzz.ratio(ka, kb) >= FUZZY_SAME_ENTITY + 4
    return False


def load_glossary(path: str | Path | None) -> dict[str, dict]:
    """A house glossary (TOML): ``[entities."Mohammed Shia al-Sudani"] label = "PER", variants = ["Soudani"]``."""
    if not path:
        return {}
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise LocalSeoError(f"cannot read glossary {path}: {err}", ExitCode.INPUT) from err
    return dict(data.get("entities", {}))


def _fix_label(span: "Span") -> str:
    """Correct obvious label errors from context: a titled person, a place after "à"/"en", an acronym ORG."""
    label = span.label_
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    prev2 = span.doc[span.start - 2].lower_ if span.start > 1 else ""
    titles = {"ministre", "président", "général", "secrétaire", "porte-parole", "premier", "chef", "m.", "mme"}
    if label != "PER" and (prev in titles or prev2 in titles) and len(span) >= 2 and span[0].pos_ == "PROPN":
        return "PER"
    if label == "PER" and span.text.isupper() and len(span.text) <= 6:
        return "ORG"
    return label


def build_entities(spans: list[tuple[str, str, int]], glossary: dict[str, dict]) -> list[Entity]:
    """Cluster (text, label, sentence index) mentions into entities with one canonical spelling."""
    entities: list[Entity] = []
    for name, spec in glossary.items():
        entities.append(Entity(canonical=name, label=str(spec.get("label", "MISC")),
                               variants=[name, *spec.get("variants", [])], count=0, first=10**9))
    # longer names first, so "Mohammed Shia al-Sudani" becomes the canonical of "Soudani"
    ordered = sorted(spans, key=lambda s: (-len(s[0].split()), s[2]))
    for text, label, idx in ordered:
        match = next((e for e in entities
                      if any(same_entity(text, v, person=e.label == "PER") for v in [e.canonical, *e.variants])), None)
        if match is None:
            entities.append(Entity(canonical=text, label=label, variants=[text], count=1, first=idx))
        else:
            match.variants.append(text)
            match.count += 1
            match.first = min(match.first, idx)
    for e in entities:
        if e.canonical.isupper() and e.label != "ORG" and e.canonical not in glossary:
            # a place or person in capitals (La Presse's dateline « (QUÉBEC) ») is spelt as the text spells it
            # most, in small letters (« Québec » three times)
            same = [v for v in e.variants if v != e.canonical and fold(v) == fold(e.canonical)]
            if same:
                e.canonical = Counter(same).most_common(1)[0][0]
        e.variants = sorted(set(e.variants), key=lambda v: (v != e.canonical, v))
    entities.sort(key=lambda e: (e.first, e.canonical))
    return [e for e in entities if e.count > 0 or e.first < 10**9]


def _inverted_speaker(sent: "Span") -> str | None:
    """The speaker named after the verb of saying that follows a quotation, however the parser hung it: « “…”,
    explique à BFMTV.com Mathias Lavolé, ingénieur … » -> Mathias Lavolé; « “…”, a fait savoir la préfète Fabienne
    Bucccio lundi après-midi » -> la préfète Fabienne Bucccio."""
    toks = list(sent)
    for k in range(1, len(toks)):
        # « “…”, explique X », « « …, » a déclaré X »: any verb in that incise introduces the words (« déplore »)
        if not (toks[k - 1].text in CLOSING_QUOTES or (k >= 2 and toks[k - 1].text == ","
                                                      and toks[k - 2].text in CLOSING_QUOTES)):
            continue
        j = k
        while j < len(toks) and toks[j].pos_ in ("AUX", "VERB", "ADV"):
            j += 1
        verbs = [t for t in toks[k:j] if t.pos_ == "VERB"]
        if not verbs or any("Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense") for t in verbs):
            continue  # « », indiquant que … »: no incise
        if j + 1 < len(toks) and toks[j].lower_ == "à":  # « explique à BFMTV.com »: whom it was said to
            j += 3 if toks[j + 1].pos_ == "DET" else 2
        start, j = j, _speaker_phrase_end(toks, j, stop=TIME_WORDS)
        if any(t.pos_ == "PROPN" or t.pos_ == "NOUN" for t in toks[start:j]):
            return sent[start:j].text.strip(" ,")
    return None


def _speaker_phrase_end(toks: list, j: int, stop: frozenset[str] = frozenset()) -> int:
    """Where the noun phrase that starts at ``toks[j]`` ends (« le ministre de la Santé », « l’élu »), before a
    word of ``stop`` (« la préfète Fabienne Bucccio [lundi] »)."""
    while j < len(toks) and (toks[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ") or (
            fold(toks[j].text) in ("de", "du", "des", "d") and j + 1 < len(toks)
            and toks[j + 1].pos_ in ("DET", "NOUN", "PROPN"))) and fold(toks[j].text) not in stop:
        j += 1
    return j


def _incise_speaker(sent: "Span") -> str | None:
    """The speaker of an incise inside the quotation: « « En une semaine, on a perdu deux à trois mètres …, pointe
    Philippe de Gonneville, le maire de Lège-Cap-Ferret. C’est préoccupant. » »; « … de vacanciers, explique l’élu.
    Il y a … » ». Inside open quotation marks, a comma, a conjugated verb and a noun phrase closed by a full stop or
    a comma are the writer's words, not the speaker's: the verb comes before its subject only there."""
    toks = list(sent)
    for k in range(1, len(toks) - 2):
        verb = toks[k]
        if toks[k - 1].text != "," or verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm") \
                or not verb.text.islower() or not quote_open(sent.doc[sent.start:verb.i].text):
            continue
        start, j = k + 1, _speaker_phrase_end(toks, k + 1)
        if j < len(toks) and toks[j].text in (".", ",") and any(t.pos_ in ("NOUN", "PROPN") for t in toks[start:j]):
            return sent[start:j].text.strip(" ,")
    return None


def _speaker(sent: "Span", prev: Sentence | None, prev_speaker: str | None) -> str | None:
    """Who says the quotes of ``sent``: the subject of a verb of saying, "selon X", or the previous speaker."""
    if (named := _inverted_speaker(sent) or _incise_speaker(sent)) is not None:
        return named
    for tok in sent:
        # « le feu s'est déclaré dans le garage : « j'étais au fond du jardin … » »: a fire breaking out says nothing
        if tok.lemma_ in SAYING_LEMMAS and not any(c.lower_ in ("se", "s'", "s’") for c in tok.children):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.pos_ in ("PROPN", "NOUN"):
                    toks = [t for t in child.subtree if t.dep_ not in ("acl:relcl", "acl")]
                    return sent.doc[toks[0].i : toks[-1].i + 1].text.strip(" ,")
            if any(c.lower_ in ("il", "elle", "-il", "-elle") for c in tok.children) and prev_speaker:
                return prev_speaker
        if tok.lower_ == "selon":
            if tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ in SPEAKER_PRONOUNS:
                return prev_speaker
            np = [t for t in tok.head.subtree if t.i > tok.i][:6] if tok.head.i > tok.i else []
            if np:
                return " ".join(t.text for t in np).strip(" ,")
    # « -il » of an incise, even inside the quotation marks (« …, assure-t-il. … »); a plain « il » inside them is
    # the speaker's own word (France Bleu: « « Pour mon comportement, il y a 11 ans, … » » was the president's)
    if any(t.lower_ in ("-il", "-elle") or t.lower_ in ("il", "elle") and not quote_open(sent.doc[sent.start:t.i].text)
           for t in sent if t.dep_.startswith(("nsubj", "expl"))) and prev_speaker:
        return prev_speaker
    return None


def _counted_noun(doc: "Doc", start_char: int) -> str | None:
    for tok in doc:
        if tok.idx <= start_char < tok.idx + len(tok.text) + 1:
            if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head.text
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "NOUN":
                return nxt.text
    return None


def _hangs_on(tok: "Token", head: "Token", ids: set[int]) -> bool:
    """Whether ``tok`` depends on ``head`` through words of the window only."""
    while tok.i != head.i:
        if tok.head.i == tok.i or tok.head.i not in ids:
            return False
        tok = tok.head
    return True


RARE_TERM_ZIPF = 3.0  # wordfreq's Zipf scale: « chlorothalonil » is under it, « incendie » (4.4) far above


def _rare_term(tok: "Token") -> bool:
    """A noun rare in French at large: alone, it names what an article is about (a product, a place, a person)."""
    from wordfreq import zipf_frequency

    if tok.pos_ not in ("NOUN", "PROPN") or not tok.is_alpha:
        return False
    if tok.dep_ in ("flat:name", "flat") or any(c.dep_ in ("flat:name", "flat") for c in tok.children) \
            or any(len(e) > 1 and e.start <= tok.i < e.end for e in tok.doc.ents):
        return False  # never half a name (« Delevoye » of Jean-Paul Delevoye)
    return zipf_frequency(tok.lower_, "fr") < RARE_TERM_ZIPF


# Nouns that count or measure (« trois points de Leicester », « deux longueurs de Liverpool »): what they head is an
# amount, never what an article is about, however often the article repeats it
UNIT_HEADS = frozenset({"point", "pts", "fois", "an", "annee", "mois", "jour", "heure", "minute", "seconde", "semaine",
                        "nombre", "partie", "place", "rang", "longueur", "moitie", "tiers", "quart", "centaine",
                        "dizaine", "millier", "million", "milliard", "total", "reste", "serie"})


MIN_ACTOR_MENTIONS = 3  # a named actor stands in for a missing keyphrase when the article names it this often


# heads of a phrase that tells when, never what an article is about
TIME_HEADS = frozenset(TIME_WORDS | {"midi", "minuit", "heure", "minute", "journee", "soiree", "matinee", "week",
                                     "weekend", "fin", "debut"})
ROLE_PENALTY = 3.0
# nouns that make a locution with the preposition before them and « de » after (« sur fond de », « au cours de »,
# « dans le cadre de »): never the end or the middle of a keyphrase
LOCUTION_NOUNS = frozenset({"fond", "cours", "cadre", "sein", "suite", "issue", "raison", "lieu", "faveur", "face",
                            "terme", "bout", "mesure", "milieu", "profit", "detriment", "instar", "egard", "hauteur",
                            "coeur", "lendemain", "veille", "travers", "merci", "titre", "part"})


def keyphrase_candidates(docs: list["Doc"], entities: list[Entity], limit: int = 5,
                         title_docs: list["Doc"] | None = None) -> list[str]:
    """Ranked focus keyphrases: frequent 2–4-word noun phrases, favoured when in the article's own title or its
    lede and naming a place. A phrase is a whole constituent: its head noun first, every other word hanging on it
    (never « maison surtout au niveau » cut across two phrases)."""
    counts: Counter = Counter()
    surface: dict[tuple[str, ...], str] = {}
    lede_keys: set[tuple[str, ...]] = set()
    title_keys: set[tuple[str, ...]] = set()
    title_docs = title_docs or []
    for i, doc in enumerate(title_docs + docs):
        in_title = i < len(title_docs)
        toks = [t for t in doc if not t.is_space]
        for n in (1, 2, 3, 4, 5, 6):
            for j in range(len(toks) - n + 1):
                win = toks[j : j + n]
                if n == 1 and not _rare_term(win[0]):
                    continue
                if any(t.is_punct or t.is_bracket or t.is_quote for t in win):
                    continue
                if win[0].pos_ not in ("NOUN", "PROPN") or win[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
                    continue
                if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM", "CCONJ", "ADV") or (t.like_num and t.pos_ != "DET")
                       for t in win):  # « une » is like_num, but as an article it is no number
                    continue
                ids = {t.i for t in win}
                if any(not _hangs_on(t, win[0], ids) for t in win[1:]):
                    continue
                nxt = doc[win[-1].i + 1] if win[-1].i + 1 < len(doc) else None
                if nxt is not None and (nxt.ent_iob_ == "I" or nxt.dep_ in ("flat:name", "flat")):
                    continue  # never half a name (« ministre Andrej » Babiš)
                if any(t.pos_ == "ADP" and t.lower_ not in ("à", "de", "d’", "d'", "en", "des", "du", "au", "aux",
                                                             "dans", "sur", "contre")
                       for t in win):
                    continue
                key = tuple(fold(t.lemma_) for t in win if t.pos_ in ("NOUN", "PROPN", "ADJ"))
                if len(key) < (1 if n == 1 else 2) or key[0] in UNIT_HEADS \
                        or any(k in TIME_HEADS or fold(t.text) in TIME_HEADS for k, t in zip(key, win)):
                    continue  # « nuit de vendredi à samedi », « Monaco samedi »: when, not what
                if any(t.pos_ == "DET" and win[k - 1].pos_ != "ADP" for k, t in enumerate(win) if k):
                    continue  # « appartement la victime »: two phrases side by side, not one
                if not win[-1].text[-1:].isalnum():
                    continue  # « avril jusqu’ »: a word cut at its apostrophe
                if any(fold(t.text) in LOCUTION_NOUNS and (win[k - 1] if k else doc[t.i - 1] if t.i else t).pos_ == "ADP"
                       for k, t in enumerate(win)):
                    continue  # « incendies sur fond » of « sur fond de polémique »: a locution torn from its « de »
                if in_title:
                    title_keys.add(key)
                    surface.setdefault(key, doc[win[0].i : win[-1].i + 1].text)
                    continue  # the title counts as a bonus, not as a mention
                counts[key] += 1
                if i - len(title_docs) < 2:
                    lede_keys.add(key)
                surface.setdefault(key, doc[win[0].i : win[-1].i + 1].text)
    from .fragments import ROLE_NOUNS

    roles = {fold(r) for r in ROLE_NOUNS}
    places = {fold(e.canonical) for e in entities if e.label == "LOC"}
    lemma_freq = Counter(fold(t.lemma_) for doc in docs for t in doc if t.pos_ in ("NOUN", "PROPN", "ADJ"))

    top = max(lemma_freq.values(), default=1)

    def score(key: tuple[str, ...]) -> float:
        s = counts[key] * (1 + 0.3 * (len(key) - 1)) + 0.5 * sum(lemma_freq[k] for k in key) / len(key)
        s += 3.0 * lemma_freq[key[0]] / top  # headed by what the article is most about
        if key in lede_keys:
            s += 1.5
        if key in title_keys:  # the article's own title names its subject best
            s += 6.0
        if any(p in " ".join(key) for p in places):
            s += 1.0
        if key[0] in roles:  # « conseillère d'Etat », « président de la cour »: who speaks, not what it is about
            s -= ROLE_PENALTY
        return s

    # one word is a keyphrase only when it is a rare term the title is about (« chlorothalonil »)
    keys = {k for k in set(counts) | title_keys if len(k) > 1 or k in title_keys and counts[k] >= 2}
    ranked = sorted(keys, key=lambda k: (-score(k), surface[k]))
    out: list[str] = []
    if ranked and ranked[0] not in title_keys and counts[ranked[0]] <= 1:
        # no noun phrase the article repeats or titles (a match report: « équipe en championnat »): its most named
        # actor is what it is about
        actors = sorted((e for e in entities if e.label in ("PER", "ORG", "LOC") and e.count >= MIN_ACTOR_MENTIONS),
                        key=lambda e: (-e.count, e.first))
        if actors:
            out.append(actors[0].canonical)
    for key in ranked:
        phrase = surface[key]
        if phrase[0].isupper() and not any(phrase.split()[0] == e.canonical.split()[0] for e in entities):
            phrase = phrase[0].lower() + phrase[1:]
        if any(fold(phrase) in fold(o) or fold(o) in fold(phrase) for o in out):
            continue
        out.append(phrase)
        if len(out) >= limit:
            break
    return out


MAX_ITEM_WORDS = 12  # a list item: a short line without a sentence end
# a line opened by a list mark: « 1- », « 2) », « 3. », « – », « • »
LIST_MARK_RE = re.compile(r"^\s*(?:\d{1,2}\s*[-–.)]|[-–•*])\s*(?=\w)")


def _with_lists_joined(blocks: list) -> list[tuple[int, object]]:
    """A line that announces a list (« … du matériel médical : ») and the short lines after it are one sentence
    (« … : blouses et surblouses, tabliers plastiques, masques chirurgicaux et FFP2. »): one line each, they are
    no sentences at all."""
    from .ingest import Block

    out: list[tuple[int, object]] = []
    items: list[str] = []

    def close() -> None:
        if items:
            i, head = out[-1]
            parts = [x.rstrip(" ,;.…") for x in items if x.rstrip(" ,;.…")]
            parts = [x[0].lower() + x[1:] if x[1:2].islower() else x for x in parts]  # « Solutions … » -> « solutions … »
            joined = ", ".join(parts) + "."
            out[-1] = (i, Block(f"{head.text.rstrip()} {joined}", "paragraph"))
            items.clear()

    for i, b in enumerate(blocks):
        text = b.text.strip()
        is_item = 1 <= len(text.split()) <= MAX_ITEM_WORDS and text[-1:] not in ".!?:»"
        announced = out and out[-1][1].kind == "paragraph" and out[-1][1].text.rstrip().endswith(":")
        if out and is_item and (items or announced):
            items.append(text)
            continue
        close()
        marked = LIST_MARK_RE.match(text)
        if marked and b.kind == "paragraph" and (announced or out and out[-1][1].kind == "item"):
            # a long item, a sentence of its own (« 1-prendre en considération … . »): one anchor, drafted as an item
            rest = text[marked.end():]
            out.append((i, Block(rest[:1].upper() + rest[1:], "item")))
            continue
        out.append((i, b))
    close()
    return out


def _signed_quotations(paragraphs: list[tuple[int, object]], text: str) -> tuple[list[tuple[int, object]],
                                                                                    dict[int, tuple[str, str]]]:
    """A paragraph that is one quotation, signed on the line under it by a name alone (Lyon Pôle Immo: « « La hausse
    de l’inflation résulte … » » then « INSEE »): the name is the quotation's speaker, not a sentence of the article.
    Each quotation's block maps to the name as signed and as the text writes it elsewhere, with its article
    (« l’INSEE »)."""
    from .ingest import _is_name_line

    out: list[tuple[int, object]] = []
    signed: dict[int, tuple[str, str]] = {}
    for i, b in paragraphs:
        prev = out[-1][1] if out else None
        name = b.text.strip()
        if prev is not None and b.kind == "paragraph" and prev.kind == "paragraph" and _is_name_line(name) \
                and whole_quotation(prev.text):
            m = re.search(rf"(?<!\w)(l[’']|le |la |les )(?={re.escape(name)}(?!\w))", text, re.IGNORECASE)
            signed[out[-1][0]] = (name, (m.group(1).lower() if m else "") + name)
            continue
        out.append((i, b))
    return out, signed


MAX_MERGED_WORDS = 70  # sentences the parser cut where none ended are one anchor again, up to this length
# a quotation open across sentences is one anchor up to this length (20 Minutes: an expert's 96 words, an incise
# « explique Alexandra Teixeira » inside; cut in two, neither half could be quoted nor restated)
MAX_MERGED_QUOTE_WORDS = 120


CONDITION_ONLY_RE = re.compile(r"(?:(?:mais|et)\s+)?(?:à condition qu|sous réserve qu|à moins qu|pourvu qu)", re.I)
_CONDITION_AFTER_RE = re.compile(r"[.!?…]\s+" + CONDITION_ONLY_RE.pattern, re.I)


def condition_set_apart(text: str) -> bool:
    """Whether an anchor ends on a condition the source set apart (« … cette somme. Mais à condition que … »): a
    piece cut from its first sentence would state the claim without its condition."""
    return bool(_CONDITION_AFTER_RE.search(text))


def _quote_aware(doc: "Doc") -> list:
    """spaCy's sentences, joined again where a quotation runs across them: « Pourquoi … ? », s’est interrogé X
    is one sentence (the parser cuts after the question mark), and so is a quotation of several sentences."""
    out: list = []
    for sent in doc.sents:
        if out and len(out[-1]) > 1 and out[-1][-1].text in ("«", "“"):  # « … provisoire. « | Ce que je veux …
            out[-1], sent = doc[out[-1].start:out[-1].end - 1], doc[out[-1].end - 1:sent.end]  # the mark opens this
        text = sent.text.strip()
        if out:
            prev = out[-1]
            opened = any(prev.text.count(o) > prev.text.count(c) and len(prev.text[prev.text.rfind(o) + 1:].split()) >= 2
                         for o, c in (("«", "»"), ("“", "”")))  # a quotation begun, not a stray mark at the end
            opened = opened or prev.text.count('"') % 2 == 1 and len(prev.text[prev.text.rfind('"') + 1:].split()) >= 2
            follows = bool(text) and (text[0] in "»,;:" or not text.strip("\"”’)")) \
                or prev.text.rstrip().endswith((",", ":"))  # a lone closing mark belongs to what it closes
            lone = prev.text.strip() in ("«", "“", '"', "(")  # an opening mark cut off from what it opens
            # « … dans un restaurant pragois - et sans masque, … », « … le ministre Roman | Prymula … »: the parser
            # cut where no sentence had ended (inside one line of the page)
            unended = prev.text.rstrip()[-1:].isalnum()
            # CNews: « … ont logiquement battu Ajaccio (3-0) | vendredi soir. »: a parenthesis closes no sentence,
            # and no sentence starts with a small letter
            unended = unended or re.search(r"[^.!?…]\)$", prev.text.rstrip()) is not None or text[:1].islower()
            # the parser cuts inside « Météo-France » and « Pyrénées-Atlantiques »: no space, no sentence end
            glued = not doc[prev.end - 1].whitespace_ and doc[prev.end - 1].text not in (".", "!", "?", "…")
            # « … prêt à payer cette somme. Mais à condition que leur client soit en liberté. »: a condition set
            # apart says nothing alone, and the claim before it would lose its condition without it
            condition = bool(CONDITION_ONLY_RE.match(text)) and "," not in text  # no main clause after it
            limit = MAX_MERGED_QUOTE_WORDS if opened else MAX_MERGED_WORDS
            if (opened or follows or lone or unended or glued or condition) and len(prev.text.split()) + len(text.split()) <= limit:
                out[-1] = doc[prev.start:sent.end]
                continue
        out.append(sent)
    return [piece for span in out for piece in _after_closed_quotes(span)]


def _after_closed_quotes(span) -> list:
    """A span cut where a quotation closes on a full stop and a new sentence begins (« … coups de vent. » C’est la
    quatrième tempête …): the parser did not end the sentence at the closing mark, so the next one rode along with
    the quotation (20 Minutes' « Une décision prise « … » » carried the storm count into the quotations)."""
    doc = span.doc
    pieces, start = [], span.start
    for t in span[1:-1]:
        nxt = doc[t.i + 1]
        if t.text in CLOSING_QUOTES and doc[t.i - 1].text in (".", "!", "?", "…") and nxt.text[:1].isupper() \
                and quotes_balanced(doc[start:t.i + 1].text) and nxt.i < span.end - 1:
            pieces.append(doc[start:t.i + 1])
            start = t.i + 1
    return pieces + [doc[start:span.end]]


def _page_title(title_docs: list["Doc"]) -> str | None:
    """The page's headline among the headings above its text: the first shaped like one (a verb, or a colon), not a
    breadcrumb above it (« Administration générale Sécurité - sécurité civile Votre mandat »); else the one right
    above the text, not the site's motto at the top (Maire-info: « Le quotidien d’information des élus locaux »)."""
    for doc in title_docs:
        if ":" in doc.text or any(t.pos_ in ("VERB", "AUX") for t in doc):
            return doc.text.strip()
    return title_docs[-1].text.strip() if title_docs else None


INSTRUCTION = "instruction addressed to a model"
UNFINISHED = "unfinished: the text stops in the middle of this sentence"
ANNOUNCEMENT = "the page announcing its own layout, no fact"
FINAL_MARKS = ".!?…»\"”)"


def _unfinished(text: str) -> bool:
    """The pasted text stops mid-sentence (« … a permis d’informer l’armée en te »): no full stop, no closing
    quotation mark or bracket, two words at least (a lone letter is already no sentence)."""
    text = text.rstrip()
    return len(text.split()) >= 2 and text[-1] not in FINAL_MARKS


def analyze(source: "Source", *, glossary: dict[str, dict] | None = None,
            context: list["Source"] | None = None, nlp: "Language | None" = None) -> Analysis:
    """Parse the source (and ``--context`` sources, whose facts become admissible) into the analysis."""
    nlp = nlp or load_nlp()
    glossary = glossary or {}
    sentences: list[Sentence] = []
    docs: list[Doc] = []
    headings: list[str] = []
    heading: str | None = None
    dropped: list[tuple[str, str]] = []
    paragraphs, signed = _signed_quotations(_with_lists_joined(source.blocks), source.text)
    texts = [b.text for _, b in paragraphs]
    title_docs: list[Doc] = []
    for (bi, block), doc in zip(paragraphs, nlp.pipe(texts)):
        if block.kind == "heading":
            headings.append(block.text)
            if not sentences:  # the article's own title, above its first paragraph: no section heading
                title_docs.append(doc)
                heading = None
                continue
            heading = block.text.strip("«» \"")
            continue
        if block.kind == "item":  # one anchor, whatever the parser cuts (it cut « 7- » off its item)
            sentences.append(Sentence(index=len(sentences), text=block.text.strip(), block=bi, heading=heading,
                                      item=True))
            docs.append(doc)
            continue
        sents = [x for x in _quote_aware(doc) if len(x.text.strip()) >= 2]
        # a paragraph of questions only is the page's list of its own parts (RTL: « Pourquoi on en parle ? Quels
        # ont été les grands succès de l'année écoulée ? … »), no sentence of the article
        contents = len(sents) >= 2 and all(asks(x.text.strip()) and not quotes_in(x.text) for x in sents)
        for sent in sents:
            text = sent.text.strip()
            if contents:
                dropped.append((text, ANNOUNCEMENT))
                continue
            if INJECTION_RE.search(text):
                dropped.append((text, INSTRUCTION))
                continue
            if SELF_ANNOUNCEMENT_RE.match(text):
                dropped.append((text, ANNOUNCEMENT))
                continue
            sentences.append(Sentence(index=len(sentences), text=text, block=bi, heading=heading,
                                      signature=signed[bi][0] if bi in signed and quotes_in(text) else None))
            docs.append(sent.as_doc())

    spans: list[tuple[str, str, int]] = []
    facts: list[Fact] = []
    prev_speaker: str | None = None
    for s, doc in zip(sentences, docs):
        for ent in doc.ents:
            label = _fix_label(ent)
            if label not in ENTITY_LABELS:
                continue
            name = _clean_entity_text(ent.text)
            if len(name) >= 2 and not name.islower():
                spans.append((name, label, s.index))
        for m in DIGITS_RE.finditer(s.text):
            facts.append(Fact("number", m.group(), s.text, s.index, counts=_counted_noun(doc, m.start())))
        for d in sorted(date_words(s.text)):
            facts.append(Fact("date", d, s.text, s.index))
        qs = quotes_in(s.text)
        speaker = signed[s.block][1] if s.signature else _speaker(doc[:], None, prev_speaker)
        for q in qs:
            facts.append(Fact("quote", q, s.text, s.index, speaker=speaker))
        # « a-t-il déclaré », « Selon lui » refer to the one who spoke in the sentence just before; further away,
        # « il » may be anyone the sentences between named (Guinéenews: the trader's words are not his lawyer's)
        prev_speaker = speaker
    entities = build_entities(spans, glossary)

    all_text = source.text + "".join("\n\n" + c.text for c in (context or []))
    if headings and paragraphs and paragraphs[-1][1].kind == "heading" and sentences:
        headings.pop()  # a heading the text stops under heads nothing (« Lors du dernier jou », cut mid-word)
    if sentences and not sentences[-1].item and sentences[-1].block == len(source.blocks) - 1 \
            and _unfinished(sentences[-1].text):
        dropped.append((sentences.pop().text, UNFINISHED))
        docs.pop()
    for text, _ in dropped:  # what was dropped grounds nothing
        all_text = all_text.replace(text, " ")
    lemma_docs = title_docs + docs + ([nlp(c.text) for c in context] if context else [])
    lemmas: set[str] = set()
    for doc in lemma_docs:
        for t in doc:
            if t.is_alpha or t.like_num:
                lemmas.add(fold(t.lemma_))
                lemmas.add(fold(t.text))
    return Analysis(
        sentences=sentences,
        entities=entities,
        facts=facts,
        keyphrases=keyphrase_candidates(docs, entities, title_docs=title_docs),
        title=_page_title(title_docs),
        headings=headings,
        lemmas=lemmas,
        words=set(folded_words(all_text)),
        numbers=number_values(all_text),
        dates=date_words(all_text),
        quotes=quotes_in(all_text),
        docs=docs,
        source_text=all_text,
        dropped=dropped,
    )


def content_lemmas(doc: "Doc | Span") -> list[str]:
    """Folded lemmas of the content tokens (nouns, verbs, adjectives, proper nouns, numbers), stop words out."""
    return [fold(t.lemma_) for t in doc
            if t.pos_ in CONTENT_POS and (t.is_alpha or t.like_num) and fold(t.text) not in FR_STOPWORDS]

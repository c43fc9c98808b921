"""Deterministic restatements of one French sentence, built from spaCy's dependency parse.

The embedded model mostly copies or invents when asked to paraphrase, so the pipeline asks this module
for several candidate restatements of every source sentence; a guard (another module) rejects the
unfaithful ones and a ranker keeps the most fluent and novel. Everything here is rule-based and
deterministic: same sentence, same parse, same lexicon -> same candidates in the same order.

Rules (the names reported in :attr:`Restatement.rule`, joined by ``+`` when composed):

``attribution_selon``     "X a déclaré que Y."  /  "Y, a déclaré X."  ->  "Selon X, Y." (also "D'après X, Y.")
``attribution_inverted``  "X a déclaré que Y."  ->  "Y, a déclaré X." / "Y, a-t-il déclaré.";
                          "Selon X, Y."  ->  "Y, selon X."
``attribution_fronted``   "Y, a-t-il déclaré."  ->  "Il a déclaré que Y." / "Il a déclaré : « Y ».";
                          "Y, selon X." -> "Selon X, Y." (inside the last clause when Y coordinates clauses)
``reported_tense``        with ``attribution_selon`` only: "avait endommagé" -> "a endommagé",
                          "allaient retirer" -> "vont retirer" (the conditionnel, a hedge, is never touched)
``front_adverbial``       a time complement of the main verb moves to the front: "…, dimanche 20 décembre." ->
                          "Dimanche 20 décembre, …"
``back_adverbial``        a leading time/place complement moves to the end of its own clause
``split_relative``        "… N, qui V …" -> "… N. Celui-ci V …" (sentences of more than 25 words)
``split_coordinate``      "… , et/mais <clause>" -> two sentences (sentences of more than 25 words)
``active_voice``          "X ont été visés par Y." -> "Y ont visé X." (passé composé / plus-que-parfait with an agent)
``lexicon:<id>``          a substitution from ``resources/fr_lexicon.toml``

Hard rules, enforced twice (by construction, then by :func:`_faithful` on every rendered candidate): the
numbers, dates, names, negations, hedges and quotations of the source survive verbatim; candidates start
with a capital, end with the source's final punctuation, have French spacing and differ from the source.
Adverbials move as whole subtrees, only inside their clause, never across a coordination of clauses and
never into or out of a quotation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

try:  # Python >= 3.11
    import tomllib as _toml
except ModuleNotFoundError:  # pragma: no cover - Python 3.10 needs the "tomli" backport
    import tomli as _toml  # type: ignore[no-redef]

from .lexicon import MONTHS, TIME_WORDS, WEEKDAYS, attributions
from .text import LETTER, QUOTE_PAIRS, elides_before, fold, folded_words, words

__all__ = ["Restatement", "Lexicon", "load_lexicon", "lexicon_vocabulary", "restate", "restate_text"]

SPLIT_MIN_WORDS = 25  # split rules apply to sentences of more than this many words (README word rule)

APOS = "’'ʼ`"
FINAL_PUNCT = {".", "!", "?", "…"}
OPEN_QUOTES = dict(QUOTE_PAIRS)
PRONOUN_SUBJECTS = {"il", "elle", "ils", "elles", "on"}
ETRE_FORMS = frozenset({"est", "sont", "était", "étaient", "été", "être", "sera", "seront", "serait", "seraient",
                        "fut", "furent", "soit", "soient"})
CIRCUMSTANCE_STARTS = frozenset({"dans", "lors", "devant", "auprès", "pendant", "durant", "hier", "aujourd'hui"})
HYPHEN_PRONOUNS = {"-il", "-elle", "-ils", "-elles", "-on"}
FIRST_SECOND_PERSON = {"je", "j'", "nous", "vous", "tu", "me", "m'", "te", "t'", "notre", "nos", "votre", "vos",
                       "mon", "ma", "mes", "ton", "ta", "tes"}
AUX_PAST = {"a", "ont", "avait", "avaient", "eut", "eurent"}
VOWELS = "aeiouyàâäéèêëîïôöûüœæ"
NEGATION_WORDS = {"ne", "n", "pas", "aucun", "aucune", "jamais", "sans", "rien", "ni", "nullement", "guere"}
NUMBER_WORDS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
                "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante",
                "cent", "cents", "mille", "million", "millions", "milliard", "milliards", "dizaine", "dizaines",
                "centaine", "centaines", "millier", "milliers", "moitie", "tiers", "quart", "double", "triple"}
DATE_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars",
              "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "hier",
              "demain", "aujourd", "veille", "lendemain"}
# Words that a parser sometimes tags PROPN at the start of a sentence but that are never names.
NOT_NAMES = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "ce", "cette", "ces", "cet", "il", "elle",
             "ils", "elles", "on", "selon", "aucun", "aucune", "en", "dans", "a", "à", "au", "aux", "pour",
             "par", "sur", "sous", "depuis", "pendant", "durant", "après", "avant", "outre", "quelques"}


# ---------------------------------------------------------------------------------------------------
# Public types


@dataclass(frozen=True)
class Restatement:
    """One candidate restatement of a sentence and the rule(s) that produced it."""

    text: str
    rule: str


@dataclass(frozen=True)
class Verb:
    id: str
    forms: dict[str, str]
    saying: bool = False
    selon: bool = False
    aux: str = "avoir"


@dataclass(frozen=True)
class Swap:
    id: str
    kind: str  # "verb" | "phrase"
    source: str  # verb id, or the phrase to match (normalised)
    target: str  # verb id, or the replacement text
    saying: bool = False
    pos: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    next_not: tuple[str, ...] = ()
    next_pos: tuple[str, ...] = ()
    next_inf: bool = False
    prev: tuple[str, ...] = ()
    prev_not: tuple[str, ...] = ()
    prev_lemma: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    prep_from: tuple[str, ...] = ()
    prep_to: str = ""
    morph: tuple[str, ...] = ()
    prev_pos: tuple[str, ...] = ()
    next_noun: tuple[str, ...] = ()
    active: bool = False  # never on the participle after « être » (« est tentée de » = tempted, not trying)


@dataclass(frozen=True)
class Lexicon:
    """The curated substitutions of ``fr_lexicon.toml`` (see the comments in that file)."""

    verbs: dict[str, Verb]
    swaps: tuple[Swap, ...]
    connectors: dict[str, str]
    lead_connectors: tuple[str, ...]
    selon_pronouns: dict[str, str]
    reported_tense: dict[str, str]
    demonstratives: dict[str, str]
    time_words: frozenset[str]
    place_nouns: frozenset[str]
    openers: frozenset[str]
    time_starts: frozenset[str]
    place_preps: frozenset[str]
    circumstance_preps: frozenset[str] = frozenset()
    incise_adverbials: tuple[str, ...] = ()  # set-off adverbials that may open the sentence (folded, spaced)
    speechless_subjects: frozenset[str] = frozenset()  # « les statistiques indiquent »: no « déclarent »
    saying_lemmas: dict[str, str] = field(default_factory=dict)  # infinitive -> verb id
    saying_forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (verb id, key)
    patterns: tuple[tuple[tuple[str, str], ...], ...] = ()  # per swap: (match, replacement), longest first
    index: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first word -> swap indices, file order


_APOS_RE = re.compile(f"[{APOS}]")
_KEY_RE = re.compile(r"[^\s']+'?|'")


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """Lower case with every apostrophe as ``'``: the key all matching uses."""
    return _APOS_RE.sub("'", text.lower())


def _key(norm_text: str) -> str:
    """First word of a normalised text (through its apostrophe): the lexicon index key."""
    m = _KEY_RE.match(norm_text)
    return m.group(0) if m else norm_text


def _tup(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (_norm(value),)
    return tuple(_norm(v) for v in value)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read the lexicon TOML (default: the packaged ``resources/fr_lexicon.toml``)."""
    if path is None:
        return _default_lexicon()
    with open(path, "rb") as fh:
        return _build_lexicon(_toml.load(fh))


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    data = resources.files("local_seo").joinpath("resources/fr_lexicon.toml").read_bytes()
    return _build_lexicon(_toml.loads(data.decode("utf-8")))


def _build_lexicon(data: dict[str, Any]) -> Lexicon:
    verbs: dict[str, Verb] = {}
    for v in data.get("verb", []):
        verbs[v["id"]] = Verb(
            id=v["id"],
            forms={k: _norm(s) for k, s in v["forms"].items()},
            saying=bool(v.get("saying", False)),
            selon=bool(v.get("selon", False)),
            aux=v.get("aux", "avoir"),
        )
    swaps: list[Swap] = []
    for s in data.get("swap", []):
        if s["from"] not in verbs or s["to"] not in verbs:
            raise ValueError(f"lexicon swap {s['id']!r}: unknown verb")
        if verbs[s["from"]].aux != verbs[s["to"]].aux:
            raise ValueError(f"lexicon swap {s['id']!r}: auxiliaries differ")
        swaps.append(Swap(id=s["id"], kind="verb", source=s["from"], target=s["to"],
                          saying=bool(s.get("saying", False)), next=_tup(s.get("next")),
                          next_inf=bool(s.get("next_inf", False)),
                          next_not=_tup(s.get("next_not")), args=_tup(s.get("args")),
                          prep_from=_tup(s.get("prep_from")), prep_to=_norm(s.get("prep_to", "")),
                          active=bool(s.get("active", False))))
    for p in data.get("phrase", []):
        swaps.append(Swap(id=p["id"], kind="phrase", source=_norm(p["match"]), target=_norm(p["replace"]),
                          pos=tuple(p.get("pos", ())), next=_tup(p.get("next")), next_not=_tup(p.get("next_not")),
                          next_pos=tuple(p.get("next_pos", ())), next_inf=bool(p.get("next_inf", False)),
                          prev=_tup(p.get("prev")), prev_not=_tup(p.get("prev_not")), prev_lemma=_tup(p.get("prev_lemma")),
                          args=_tup(p.get("args")), morph=tuple(p.get("morph", ())),
                          prev_pos=tuple(p.get("prev_pos", ())), next_noun=_tup(p.get("next_noun"))))
    saying_lemmas: dict[str, str] = {}
    saying_forms: dict[str, tuple[str, str]] = {}
    for v in verbs.values():
        if not v.saying:
            continue
        if " " not in v.forms.get("inf", " "):
            saying_lemmas[v.forms["inf"]] = v.id
        for key, form in v.forms.items():
            if " " not in form:
                saying_forms.setdefault(form, (v.id, key))
    patterns: list[tuple[tuple[str, str], ...]] = []
    index: dict[str, list[int]] = {}
    for n, sw in enumerate(swaps):
        if sw.kind == "phrase":
            pats = [(sw.source, sw.target)]
        else:
            src, dst = verbs[sw.source], verbs[sw.target]
            pats = sorted(((f, dst.forms[k]) for k, f in src.forms.items() if k in dst.forms), key=lambda p: -len(p[0]))
        patterns.append(tuple(pats))
        for pat, _ in pats:
            bucket = index.setdefault(_key(pat), [])
            if n not in bucket:
                bucket.append(n)
    adv = data.get("adverbials", {})
    return Lexicon(
        patterns=tuple(patterns),
        index={k: tuple(v) for k, v in index.items()},
        verbs=verbs,
        swaps=tuple(swaps),
        connectors={_norm(k): _norm(v) for k, v in data.get("connectors", {}).items()},
        lead_connectors=_tup(data.get("lead", {}).get("connectors", [])),
        selon_pronouns={_norm(k): _norm(v) for k, v in data.get("selon_pronouns", {}).items()},
        reported_tense={_norm(k): _norm(v) for k, v in data.get("reported_tense", {}).items()},
        demonstratives={k: _norm(v) for k, v in data.get("demonstratives", {}).items()},
        time_words=frozenset(_tup(adv.get("time_words", []))),
        place_nouns=frozenset(_tup(adv.get("place_nouns", []))),
        openers=frozenset(_tup(adv.get("openers", []))),
        time_starts=frozenset(_tup(adv.get("time_starts", []))),
        place_preps=frozenset(_tup(adv.get("place_preps", []))),
        circumstance_preps=frozenset(_tup(adv.get("circumstance_preps", []))),
        incise_adverbials=_tup(adv.get("incise_adverbials", [])),
        speechless_subjects=frozenset(data.get("saying", {}).get("speechless_subjects", [])),
        saying_lemmas=saying_lemmas,
        saying_forms=saying_forms,
    )


# ---------------------------------------------------------------------------------------------------
# Token model: a candidate is a list of _T; original tokens keep their index so that rendering restores
# the source's own spacing between tokens that stay neighbours, and applies French rules elsewhere.


@dataclass(frozen=True)
class _T:
    text: str
    src: int = -1  # index in the source sentence, -1 when inserted
    ws: bool = True  # source token followed by whitespace
    pos: str = ""
    lemma: str = ""
    gender: str = ""
    keep_case: bool = True
    first: bool = False  # the source sentence's first token
    eos: bool = False  # an inserted sentence end (splits)
    quote: bool = False  # a quotation mark or a token inside a quotation


_WORD_PIECE = re.compile(rf"[{LETTER}]+(?:-[{LETTER}]+)*[{APOS}]|[{LETTER}]+(?:-[{LETTER}]+)*|[^\s]")


def _new(text: str, apos: str, eos: bool = False) -> list[_T]:
    """Tokens for inserted text (lexicon replacements, "Selon", "Celui-ci", ...)."""
    text = text.replace("'", apos)
    return [_T(text=p, eos=eos) for p in _WORD_PIECE.findall(text)]


def _adjacent(a: _T, b: _T) -> bool:
    return a.src >= 0 and b.src == a.src + 1 and not a.eos


def _sep(a: _T, b: _T) -> str:
    if _adjacent(a, b):
        return " " if a.ws else ""
    bt, at = b.text, a.text
    if bt in {",", ".", "…", ")", "]"}:
        return ""
    if bt in {":", ";", "!", "?"}:
        return " "
    if bt[:1] == "-" and len(bt) > 1 and bt[1:2].isalpha():  # -t-il, -il
        return ""
    if at[-1:] in APOS or at in {"(", "["}:
        return ""
    return " "


def _last_word(text: str) -> str:
    parts = text.split(" ")
    return parts[-1]


_ELIDE = {"de": "d", "que": "qu", "le": "l", "la": "l", "ne": "n", "se": "s", "jusque": "jusqu",
          "lorsque": "lorsqu", "puisque": "puisqu", "je": "j", "me": "m", "te": "t"}
_UNELIDE = {"d": "de", "qu": "que", "n": "ne", "j": "je", "jusqu": "jusque", "lorsqu": "lorsque",
            "puisqu": "puisque", "m": "me", "t": "te"}
_CONTRACT = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}


def _starts_vowel(text: str) -> bool:
    return bool(text) and elides_before(text)  # « beaucoup d’habitants », a mute h elides like a vowel


def _starts_consonant(text: str) -> bool:
    return bool(text) and text[0].isalpha() and not elides_before(text)


def _fix_junctions(toks: list[_T], apos: str) -> list[_T] | None:
    """Elision, contraction and their undoing at every junction a rule created. None: no safe fix."""
    out = list(toks)
    k = 0
    while k < len(out) - 1:
        a, b = out[k], out[k + 1]
        if _adjacent(a, b) or a.quote or b.quote:
            k += 1
            continue
        aw = _norm(a.text)
        bw = _norm(b.text)
        # contractions: "de le" -> "du", "à les" -> "aux" (never inside a name: "de Le Figaro" stays)
        key = (aw, bw)
        if key in _CONTRACT and b.pos == "DET" and not b.text[:1].isupper():
            merged = _CONTRACT[key]
            if a.text[:1].isupper():
                merged = merged[:1].upper() + merged[1:]
            out[k : k + 2] = [_replace(a, text=merged, src=-1, pos="ADP")]
            continue
        stem = aw.rstrip("'")
        if aw.endswith("'") and _starts_consonant(b.text):
            if stem in _UNELIDE:
                full = _UNELIDE[stem]
            elif stem == "l":
                full = {"Masc": "le", "Fem": "la"}.get(b.gender, "")
            elif stem == "s" and a.pos == "PRON":
                full = "se"
            else:
                full = ""
            if not full:
                return None
            if a.text[:1].isupper():
                full = full[:1].upper() + full[1:]
            out[k] = _replace(a, text=full, src=-1)
            k += 1
            continue
        last = _last_word(aw)
        if last in _ELIDE and _starts_vowel(b.text) and b.text[:1].isalpha():
            prefix = a.text[: len(a.text) - len(last)]
            new = _ELIDE[last]
            if a.text[len(prefix) : len(prefix) + 1].isupper():
                new = new[:1].upper() + new[1:]
            out[k] = _replace(a, text=prefix + new + apos, src=-1)
            k += 1
            continue
        if last == "si" and bw in {"il", "ils"}:
            prefix = a.text[: len(a.text) - 2]
            out[k] = _replace(a, text=prefix + a.text[-2] + apos, src=-1)
        k += 1
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].isalpha() else text


def _uncap(t: _T) -> str:
    if t.text == "A" and t.pos == "ADP":
        return "à"
    return t.text[:1].lower() + t.text[1:]


def _render(toks: list[_T], apos: str) -> str | None:
    fixed = _fix_junctions(toks, apos)
    if fixed is None or not fixed:
        return None
    parts: list[str] = []
    at_start = True
    prev: _T | None = None
    for t in fixed:
        text = t.text
        if at_start and not t.quote:
            text = _cap(text)
        elif t.first and not t.keep_case and not t.quote:
            text = _uncap(t)
        if prev is not None:
            parts.append(_sep(prev, t))
        parts.append(text)
        at_start = t.eos
        prev = t
    return re.sub(r" {2,}", " ", "".join(parts)).strip()


# ---------------------------------------------------------------------------------------------------
# The source sentence, analysed once


class _Sent:
    def __init__(self, span: Any, lex: Lexicon) -> None:
        self.lex = lex
        self.toks = list(span)
        self.off = self.toks[0].i if self.toks else 0
        self.n = len(self.toks)
        self.text = span.text
        self.low = [_norm(t.text) for t in self.toks]
        self.apos = "’" if "’" in self.text else ("'" if "'" in self.text else "’")
        self.quote = self._quote_mask()
        self.paren = self._paren_mask()
        last = self.n - 1
        # a sentence that announces a list (« … à travers certaines actions : ») ends on its colon
        self.announces = bool(self.n) and self.toks[last].text == ":"
        self.final = last if self.n and (self.toks[last].text in FINAL_PUNCT or self.announces) else None
        self.root = self.rel(span.root) if self.n else -1
        self.commas = [i for i in range(self.n) if self.low[i] == "," and not self.quote[i] and not self.paren[i]]
        self.base = [self._tok(i) for i in range(self.n)]
        self.lead = self._lead_end()
        self.split_min_words = SPLIT_MIN_WORDS

    # -- parse access (indices relative to the sentence; -1 outside it)
    def rel(self, tok: Any) -> int:
        r = tok.i - self.off
        return r if 0 <= r < self.n else -1

    def head(self, i: int) -> int:
        return self.rel(self.toks[i].head)

    def children(self, i: int) -> list[int]:
        return [r for r in (self.rel(c) for c in self.toks[i].children) if r >= 0]

    def subtree(self, i: int) -> set[int]:
        return {r for r in (self.rel(t) for t in self.toks[i].subtree) if r >= 0}

    def morph(self, i: int, key: str) -> str:
        vals = self.toks[i].morph.get(key)
        return vals[0] if vals else ""

    def pos(self, i: int) -> str:
        return self.toks[i].pos_

    def dep(self, i: int) -> str:
        return self.toks[i].dep_

    def is_verb(self, i: int) -> bool:
        if self.pos(i) not in ("VERB", "AUX"):
            return False
        # "l'est" (the east) is tagged AUX by the small models
        return not (self.low[i] == "est" and i > 0 and self.low[i - 1] == "l'")

    def is_finite(self, i: int) -> bool:
        return self.is_verb(i) and self.morph(i, "VerbForm") == "Fin"

    def seg(self, a: int, b: int) -> list[_T]:
        return list(self.base[a:b])

    def tok_final(self) -> list[_T]:
        return [self.base[self.final]] if self.final is not None else []

    def has(self, a: int, b: int, pred: Any) -> bool:
        return any(pred(i) for i in range(max(a, 0), min(b, self.n)))

    def is_clause(self, a: int, b: int) -> bool:
        """[a, b) reads as a full clause: a finite verb, a subject, and it does not open on its verb."""
        if b - a < 3 or not self.has(a, b, self.is_finite):
            return False
        if self.pos(a) in ("VERB", "AUX"):  # only an infinitive subject may open it ("Porter atteinte à … constituait")
            return self.morph(a, "VerbForm") == "Inf" and self.has(a + 1, b, self.is_finite)
        if self.has(a, b, lambda i: self.dep(i) in ("nsubj", "nsubj:pass", "expl:subj", "csubj")):
            return True
        # the parser missed the subject: accept a clause that opens like a noun phrase ("Au moins 3 roquettes…")
        return self.pos(a) in ("DET", "NUM", "PROPN", "NOUN", "PRON") or self.low[a : a + 2] == ["au", "moins"]

    def quote_free(self, a: int, b: int) -> bool:
        return not self.has(a, b, lambda i: self.quote[i])

    def is_time(self, a: int, b: int) -> bool:
        tw = self.lex.time_words
        for i in range(a, b):
            w = self.low[i]
            if w in tw or w.startswith("mi-") or re.fullmatch(r"(1[89]|20)\d\d", w):
                return True
        return False

    def nouns_are(self, a: int, b: int, allowed: frozenset[str], names: bool = False) -> bool:
        """Every noun of [a, b) is in ``allowed`` (or a number, a year, or — with ``names`` — a proper noun)."""
        for i in range(a, b):
            if self.pos(i) not in ("NOUN", "PROPN"):
                continue
            w = self.low[i]
            if w in allowed or w.startswith("mi-") or re.fullmatch(r"\d+", w):
                continue
            if names and self.pos(i) == "PROPN":
                continue
            return False
        return True

    def is_place(self, a: int, b: int) -> bool:
        if self.low[a] not in self.lex.place_preps:
            return False
        return self.has(a + 1, b, lambda i: self.low[i] in self.lex.place_nouns or self.pos(i) == "PROPN")

    # -- construction
    def _tok(self, i: int) -> _T:
        t = self.toks[i]
        text = t.text
        keep = True
        if i == 0:
            keep = _is_name_like(t) and _norm(text) not in NOT_NAMES
        return _T(text=text, src=i, ws=bool(t.whitespace_), pos=t.pos_, lemma=_norm(t.lemma_),
                  gender=self.morph(i, "Gender"), keep_case=keep, first=(i == 0), quote=self.quote[i])

    def _quote_mask(self) -> list[bool]:
        mask = [False] * self.n
        i = 0
        while i < self.n:
            t = self.toks[i].text
            close = OPEN_QUOTES.get(t) or ('"' if t == '"' else None)
            if close is None:
                i += 1
                continue
            j = i + 1
            while j < self.n and self.toks[j].text != close:
                j += 1
            end = min(j, self.n - 1) if j < self.n else self.n - 1
            for k in range(i, end + 1):
                mask[k] = True
            i = end + 1
        return mask

    def _paren_mask(self) -> list[bool]:
        mask = [False] * self.n
        depth = 0
        for i, t in enumerate(self.toks):
            if t.text == "(":
                depth += 1
            if depth:
                mask[i] = True
            if t.text == ")" and depth:
                depth -= 1
        return mask

    def _lead_end(self) -> int:
        """Index after a sentence-initial connector and its comma ("Pourtant, …"), else 0."""
        if not self.commas:
            return 0
        c = self.commas[0]
        phrase = " ".join(self.low[:c]).replace("' ", "'")
        return c + 1 if phrase in self.lex.lead_connectors else 0

    def clause_coordinations(self, a: int, b: int) -> list[tuple[int, int]]:
        """(comma, cc) pairs in [a, b) where a top-level ", et/mais/ou …" joins two clauses."""
        found = []
        for c in self.commas:
            if not (a <= c < b - 1):
                continue
            cc = c + 1
            if self.low[cc] not in ("et", "mais", "ou", "puis", "car", "or", "donc") and not (
                self.pos(cc) == "CCONJ"
            ):
                continue
            h = self.head(cc)
            if h > cc and (self.is_verb(h) or any(self.dep(x) in ("cop", "aux:tense", "aux:pass") for x in self.children(h))):
                found.append((c, cc))
        for i in range(a, b):
            if self.low[i] == ";" and not self.quote[i]:
                found.append((i, i))
        return sorted(found)


def _is_name_like(tok: Any) -> bool:
    text = tok.text
    if tok.pos_ == "PROPN":
        return True
    if sum(ch.isalpha() for ch in text) > 1 and text.isupper():
        return True  # acronym (not « C’ » of « C’est »)
    if any(ch.isupper() for ch in text[1:]):
        return True  # McKenzie, C-RAM
    if tok.ent_type_ and tok.pos_ not in ("DET", "ADP", "PRON", "ADV", "CCONJ", "SCONJ", "AUX", "VERB", "NUM"):
        return True
    return False


# ---------------------------------------------------------------------------------------------------
# Rules. Each returns a list of (tokens, rule name); tokens exclude nothing: final punctuation included.

_Cand = tuple[list[_T], str]


def _is_saying(S: _Sent, i: int) -> str | None:
    """Verb id when token i is a verb of saying (lemma or surface form)."""
    if S.quote[i]:
        return None
    vid = S.lex.saying_lemmas.get(_norm(S.toks[i].lemma_))
    if vid is None and S.pos(i) in ("VERB", "NOUN", "ADJ"):
        hit = S.lex.saying_forms.get(S.low[i])
        vid = hit[0] if hit else None
    return vid


def _selon_head(S: _Sent, pron: str | None, x: list[_T], alt: bool = False) -> list[_T] | None:
    if pron is not None:
        target = S.lex.selon_pronouns.get(pron)
        if not target:
            return None
        x = _new(target, S.apos)
    head = _new("d'après" if alt else "selon", S.apos)
    return head + x + _new(",", S.apos)


def _rule_que_attribution(S: _Sent) -> list[_Cand]:
    """"X V que Y." -> "Y, V X." and "Selon X, Y." (+ reported tense)."""
    fin = S.final
    if fin is None:
        return []
    for v in range(S.lead, fin):
        vid = _is_saying(S, v)
        if vid is None or S.pos(v) != "VERB":
            continue
        q = v + 1
        while q < fin and S.low[q] not in ("que", "qu'"):
            if S.is_verb(q) or S.quote[q] or S.low[q] in (";", ":", "(") or S.pos(q) in ("SCONJ", "CCONJ"):
                break
            q += 1
        if not (q < fin and S.low[q] in ("que", "qu'")):
            return []
        # verb group: auxiliaries, negation and adverbs right before the verb
        g = v
        while g - 1 >= S.lead and S.head(g - 1) == v and S.pos(g - 1) in ("AUX", "ADV"):
            g -= 1
        neg = S.has(g, q, lambda i: S.low[i] in ("ne", "n'", "pas", "jamais", "plus"))
        x0 = S.lead
        xe = g - 1 if g - 1 > x0 and S.low[g - 1] == "," else g
        if neg or not _is_subject_span(S, x0, xe, v):
            return []
        y0 = q + 1
        if not S.is_clause(y0, fin):
            return []
        if S.low[y0] == "," or S.low[fin - 1] == ",":
            return []
        if S.has(y0, fin, lambda i: S.low[i] in ("que", "qu'") and S.pos(i) == "SCONJ" and S.low[i - 1] in (
                "mais", "et", "ou", ",")):
            return []  # « … souligne que X, mais que Y »: two things said; « Selon V, X, mais que Y » breaks
        if any(y0 < c < fin - 2 and S.low[c + 1] in ("un", "une") and S.pos(c + 2) in ("NOUN", "ADJ") for c in S.commas):
            return []  # "…, une décision qui…": an apposition to the whole statement, not part of what was said
        extras = q > v + 1
        pron = S.low[x0] if xe == x0 + 1 and S.low[x0] in PRONOUN_SUBJECTS else None
        conn = S.seg(0, S.lead)
        Y = S.seg(y0, fin)
        X = S.seg(x0, xe)
        out: list[_Cand] = []
        # inverted: "Y, a déclaré X." / "Y, a-t-il déclaré."
        vg = S.seg(g, q)
        if S.has(v + 1, q, lambda i: S.low[i] == ","):
            vg = []  # an inserted ", plus tôt en décembre," would dangle after the inversion
        if S.low[y0] in PRONOUN_SUBJECTS or S.low[y0] in ("c'", "ce", "cela", "ça"):
            vg = []  # "Elles n'attaqueraient plus…, ont annoncé les factions": the pronoun would precede its antecedent
        if vg:
            if pron:
                k = next((i for i, t in enumerate(vg) if t.pos in ("AUX", "VERB")), None)
                if k is not None:
                    verb_text = vg[k].text
                    hy = ("-t-" if verb_text[-1:].lower() in VOWELS else "-") + pron
                    inv = vg[: k + 1] + [_T(text=hy)] + vg[k + 1 :]
                    out.append((conn + Y + _new(",", S.apos) + inv + S.tok_final(), "attribution_inverted"))
            else:
                out.append((conn + Y + _new(",", S.apos) + vg + X + S.tok_final(), "attribution_inverted"))
        # selon: only when nothing but the subject, the verb and its auxiliaries is lost
        if not extras and S.lex.verbs[vid].selon and pron != "on":
            tensed = _reported_tense(S, v, q, fin)
            for alt in (False, True):
                head = _selon_head(S, pron, X, alt)
                if head is None:
                    break
                name = "attribution_selon"
                out.append((conn + head + Y + S.tok_final(), name))
                if tensed is not None and not alt:
                    out.append((conn + head + tensed + S.tok_final(), name + "+reported_tense"))
        return out
    return []


_NP_DEPS = {"nsubj", "nsubj:pass", "amod", "det", "nmod", "appos", "punct", "flat:name", "flat", "compound",
            "nummod", "case", "fixed"}


def _is_subject_span(S: _Sent, a: int, b: int, v: int) -> bool:
    """[a, b) is the subject noun phrase of v: it holds v's subject and nothing but its pieces."""
    if b <= a or not S.quote_free(a, b):
        return False
    has_subj = False
    for i in range(a, b):
        h = S.head(i)
        if a <= h < b:
            continue
        if h != v or S.dep(i) not in _NP_DEPS:
            return False
        has_subj = has_subj or S.dep(i) in ("nsubj", "nsubj:pass")
    # nothing outside the span may hang on it (except punctuation)
    if any(a <= S.head(i) < b and not (a <= i < b) and S.pos(i) != "PUNCT" for i in range(S.n)):
        return False
    return has_subj


def _reported_tense(S: _Sent, v: int, q: int, fin: int) -> list[_T] | None:
    """Y with the plus-que-parfait / futur proche of reported speech restored, or None."""
    lex = S.lex
    # the saying verb must be in a past tense: passé composé, plus-que-parfait or passé simple
    auxes = [c for c in S.children(v) if S.dep(c).startswith("aux")]
    past = any(S.low[c] in AUX_PAST for c in auxes) or (S.morph(v, "Tense") == "Past" and S.is_finite(v))
    if not past:
        return None
    m = S.head(q)
    if not (q < m < fin):
        return None
    mains = {m} | {c for c in S.children(m) if S.dep(c) == "conj" and S.is_verb(c)}
    toks = S.seg(q + 1, fin)
    changed = False
    for i in range(q + 1, fin):
        w = S.low[i]
        if w not in lex.reported_tense or S.quote[i]:
            continue
        if w in ("allait", "allaient"):
            nxt = i + 1
            if (i in mains or S.head(i) in mains) and nxt < fin and S.morph(nxt, "VerbForm") == "Inf":
                toks[i - q - 1] = _replace(toks[i - q - 1], text=lex.reported_tense[w], src=-1)
                changed = True
        elif S.dep(i) == "aux:tense" and S.head(i) in mains and S.morph(i, "Mood") == "Ind":
            toks[i - q - 1] = _replace(toks[i - q - 1], text=lex.reported_tense[w], src=-1)
            changed = True
    return toks if changed else None


def _rule_incise(S: _Sent) -> list[_Cand]:
    """"Y, a-t-il déclaré." / "Y, rapporte Le Figaro." -> "Il a déclaré que Y." / "Selon Le Figaro, Y."."""
    fin = S.final
    if fin is None or not S.commas:
        return []
    c = S.commas[-1]
    t = c + 1
    if t >= fin or c <= S.lead:
        return []
    low = S.low
    pron: str | None = None
    vid: str | None = None
    if low[t] in AUX_PAST and S.pos(t) == "AUX":
        j = t + 1
        if j < fin and low[j] == "-t":
            j += 1
        if j < fin and low[j] in HYPHEN_PRONOUNS:
            pron = low[j][1:]
            j += 1
        advs = []
        while j < fin and S.pos(j) == "ADV":
            advs.append(j)
            j += 1
        if j >= fin:
            return []
        hit = S.lex.saying_forms.get(low[j])
        if not hit or not hit[1].startswith("pp_"):
            return []
        vid = hit[0]
        verb = [S.base[t]] + [S.base[a] for a in advs] + [S.base[j]]
        after = j + 1
    else:
        hit = S.lex.saying_forms.get(low[t])
        if not hit or hit[1][:4] not in ("pres", "impf", "ps_3", "fut_"):
            return []
        vid = hit[0]
        j = t + 1
        if j < fin and low[j] == "-t":
            j += 1
        if j < fin and low[j] in HYPHEN_PRONOUNS:
            pron = low[j][1:]
            j += 1
        verb = [S.base[t]]
        after = j
    if pron is None:
        # noun-phrase subject after the verb: "rapporte Le Figaro", "a déclaré un porte-parole"
        if after >= fin or S.pos(after) not in ("DET", "PROPN", "NOUN", "ADJ", "NUM"):
            return []
        if S.has(after, fin, S.is_verb) or not S.quote_free(after, fin):
            return []
        # the subject ends where a time or a circumstance begins: « précise l'OFAG jeudi dans un communiqué » ->
        # « L'OFAG indique jeudi dans un communiqué que … », never « L'OFAG jeudi dans un communiqué indique »
        end = next((k for k in range(after + 1, fin) if low[k] in TIME_WORDS or low[k] in CIRCUMSTANCE_STARTS), fin)
        X = S.seg(after, end)
        extras: list[_T] = S.seg(end, fin)
    else:
        X = [_T(text=pron)]
        extras = S.seg(after, fin)
        if S.has(after, fin, S.is_verb):
            return []
    y0 = S.lead
    conn = S.seg(0, y0)
    Y = S.seg(y0, c)
    quote_y = low[y0] in ("«", '"', "“") and S.quote[c - 1] and low[c - 1] in ("»", '"', "”") and all(
        S.quote[i] for i in range(y0, c)
    )
    out: list[_Cand] = []
    if quote_y:
        # a quotation: direct speech after a colon, the quotation untouched
        if _closing_quote_index(S, y0) == c - 1:
            out.append((conn + X + verb + extras + _new(":", S.apos) + Y + S.tok_final(), "attribution_fronted"))
        return out
    if not S.is_clause(y0, c) or S.has(y0, c, lambda i: low[i] in FIRST_SECOND_PERSON and not S.quote[i]):
        return out
    out.append((conn + X + verb + extras + _new("que", S.apos) + Y + S.tok_final(), "attribution_fronted"))
    if not extras and S.lex.verbs[vid].selon:
        for alt in (False, True):
            head = _selon_head(S, pron, X, alt)
            if head is None:
                break
            out.append((conn + head + Y + S.tok_final(), "attribution_selon"))
    return out


def _closing_quote_index(S: _Sent, i: int) -> int:
    close = OPEN_QUOTES.get(S.toks[i].text) or '"'
    for j in range(i + 1, S.n):
        if S.toks[j].text == close:
            return j
    return -1


def _is_selon_at(S: _Sent, i: int) -> int:
    """Length of "selon" / "d'après" at i, else 0."""
    if i < S.n and S.low[i] == "selon":
        return 1
    if i + 1 < S.n and S.low[i] == "d'" and S.low[i + 1] == "après":
        return 2
    return 0


def _rule_selon_moves(S: _Sent) -> list[_Cand]:
    """Trailing ", selon X." to the front of its clause; leading "Selon X, " to the back."""
    fin = S.final
    if fin is None or not S.commas:
        return []
    out: list[_Cand] = []
    c = S.commas[-1]
    if _is_selon_at(S, c + 1) and c > S.lead:
        a = c + 1
        if not S.has(a, fin, S.is_verb) and S.quote_free(a, fin) and S.is_clause(S.lead, c):
            seg = S.seg(a, fin)
            coords = S.clause_coordinations(S.lead, c)
            if coords:
                _, cc = coords[-1]
                body = S.seg(0, cc + 1) + seg + _new(",", S.apos) + S.seg(cc + 1, c)
            else:
                body = S.seg(0, S.lead) + seg + _new(",", S.apos) + S.seg(S.lead, c)
            out.append((body + S.tok_final(), "attribution_fronted"))
    a = S.lead
    if _is_selon_at(S, a):
        c1 = next((c for c in S.commas if c > a), None)
        if c1 is not None and not S.has(a, c1, S.is_verb) and S.quote_free(a, c1):
            y0 = c1 + 1
            if (
                S.pos(y0) not in ("ADJ", "VERB")  # « Selon le rapport …, relatif à l’égalité homme-femme, … »
                and S.is_clause(y0, fin)
                and not S.clause_coordinations(y0, fin)
                and not any(_is_selon_at(S, k + 1) for k in S.commas if k > y0)
            ):
                body = S.seg(0, a) + S.seg(y0, fin) + _new(",", S.apos) + S.seg(a, c1)
                out.append((body + S.tok_final(), "attribution_inverted"))
    return out


def _complete(S: _Sent, a: int, b: int) -> bool:
    """[a, b) is a union of whole subtrees: nothing outside depends on it, it depends on one outside head."""
    outside_heads = set()
    for i in range(S.n):
        h = S.head(i)
        inside_i = a <= i < b
        inside_h = a <= h < b
        if inside_i and not inside_h and h != i:
            outside_heads.add(h)
        if not inside_i and inside_h and S.pos(i) != "PUNCT":
            return False
    return len(outside_heads) <= 1


def _rule_back_adverbial(S: _Sent) -> list[_Cand]:
    """"Le 17 novembre dernier, X V O, …" -> "X V O le 17 novembre dernier, …"."""
    fin = S.final
    if fin is None or not S.commas:
        return []
    c = S.commas[0]
    if c < 1 or c > 14 or _is_selon_at(S, 0):
        return []
    circ = _is_circumstance(S, 0, c)
    if S.lead and not circ:  # "Pourtant, …" stays; "Dans le même temps, …" is a complement like any other
        return []
    first = S.low[0]
    two = S.low[0] + " " + (S.low[1] if S.n > 1 else "")
    if first not in S.lex.openers and two not in S.lex.openers and not circ:
        return []
    if S.has(0, c, S.is_verb) or not S.quote_free(0, c) or S.has(0, c, lambda i: S.paren[i]):
        return []
    lex = S.lex
    if not (
        (S.is_time(0, c) and S.nouns_are(0, c, lex.time_words))
        or (S.is_place(0, c) and S.nouns_are(0, c, lex.place_nouns | lex.time_words, names=True))
        or circ
    ):
        return []
    if not _complete(S, 0, c):
        return []
    if S.clause_coordinations(0, fin):
        return []  # the complement may scope over both clauses
    r = S.root
    if r <= c or S.quote[r]:
        return []
    t = c + 1
    partitive = S.low[t] in ("de", "d'", "des") and S.dep(S.head(t)) in ("nsubj", "nsubj:pass")  # "de fortes rafales"
    if (S.pos(t) not in ("DET", "NUM", "PROPN", "NOUN", "PRON", "ADJ") and not partitive) or S.morph(t, "PronType") == "Rel":
        return []
    nxt = next((k for k in S.commas if k > c), fin)
    if nxt < r and not S.has(t, nxt, S.is_verb) and S.is_time(t, nxt):
        return []  # "…, le 3 janvier 2019, …": a second complement, not the subject
    if nxt < r and S.has(t, nxt, S.is_finite):
        return []  # "…, il y a onze mois, …": a second complement with its own verb
    saying = _is_saying(S, r) is not None
    k = r + 1
    while k < fin:
        w = S.low[k]
        if w == "," and not S.quote[k] and not S.paren[k]:
            break
        if w == "(":
            break  # "a transformé (1-0, 35e)": the score stays right after its verb
        if w in ("que", "qu'") and S.pos(k) == "SCONJ":
            if saying:
                break
            return []
        if S.is_verb(k) or S.pos(k) in ("CCONJ", "SCONJ") or S.morph(k, "PronType") == "Rel" or S.quote[k]:
            return []
        if w in (";", ":"):
            return []
        k += 1
    body = S.seg(t, k) + S.seg(0, c) + S.seg(k, fin)
    return [(body + S.tok_final(), "back_adverbial")]


def _rule_detached_predicate(S: _Sent) -> list[_Cand]:
    """"Chargé de porter la réforme, Jean-Paul Delevoye a su …" -> "Jean-Paul Delevoye, chargé de porter la réforme,
    a su …": a detached adjective, past participle or bare role noun in front says something of the subject; after
    the subject it says the same. Only when the subject is a noun phrase right after the comma, followed at once by
    its verb group, and the detached phrase is one quote-free, verb-free, time-free stretch."""
    fin = S.final
    if fin is None or not S.commas or S.lead:
        return []
    c = S.commas[0]
    if c < 2 or c > 16 or not S.quote_free(0, c) or S.has(0, c, lambda i: S.paren[i]):
        return []
    first = 0
    participle = S.pos(first) == "VERB" and S.morph(first, "VerbForm") == "Part" and S.morph(first, "Tense") == "Past"
    role = S.pos(first) == "NOUN" and S.low[first] not in S.lex.time_words and S.has(
        1, c, lambda i: S.low[i] in ("de", "d'", "du", "des"))
    if not (S.pos(first) == "ADJ" or participle or role):
        return []
    if S.has(0, c, S.is_finite) or S.has(0, c, lambda i: S.pos(i) in ("SCONJ", "CCONJ") or S.low[i] == "selon"):
        return []
    if S.is_time(0, c):
        return []
    r = S.root
    if r <= c or S.quote[r] or S.pos(r) not in ("VERB", "AUX", "ADJ", "NOUN"):
        return []
    subj = next((ch for ch in S.children(r) if S.dep(ch) in ("nsubj", "nsubj:pass")), None)
    if subj is None or S.pos(subj) not in ("NOUN", "PROPN"):
        return []
    span = {i for i in S.subtree(subj) if not (0 <= i < c)}
    if not span:
        return []
    a, e = min(span), max(span) + 1
    if a != c + 1 or len(span) != e - a or S.has(a, e, lambda i: S.low[i] == "," or S.quote[i] or S.paren[i]):
        return []
    verb_group = {r} | {ch for ch in S.children(r) if S.dep(ch).startswith(("aux", "cop", "expl"))
                        or S.low[ch] in ("ne", "n'")}
    if e not in verb_group:
        return []  # the verb does not follow the subject at once (an incise, an adverb): the move would read badly
    body = S.seg(a, e) + _new(",", S.apos) + S.seg(0, c) + _new(",", S.apos) + S.seg(e, fin)
    return [(body + S.tok_final(), "detached_predicate")]


def _is_circumstance(S: _Sent, a: int, b: int) -> bool:
    """[a, b) is a leading prepositional complement of the main verb that reads the same at the end of its clause
    ("Au prix d'un effort collectif, …", "Dans le sillage de la tempête, …"): it opens on a preposition of the
    lexicon's ``circumstance_preps`` (not "pour", "selon", "quant à", "parmi": those frame the whole sentence),
    and it is one noun phrase, headed by a noun or a name that hangs on the root verb."""
    first = S.low[a]
    two = first + " " + (S.low[a + 1] if a + 1 < b else "")
    if first not in S.lex.circumstance_preps and two not in S.lex.circumstance_preps:
        return False
    if S.pos(a) != "ADP" or S.dep(a) not in ("case", "fixed"):
        return False
    heads = [i for i in range(a, b) if not (a <= S.head(i) < b) and S.pos(i) != "PUNCT"]
    if len(heads) != 1:
        return False
    h = heads[0]
    if S.pos(h) not in ("NOUN", "PROPN") or S.head(h) != S.root or not S.dep(h).startswith("obl"):
        return False
    return not S.has(a, b, lambda i: S.pos(i) in ("SCONJ", "CCONJ", "ADV") or S.morph(i, "PronType") == "Rel")


def _rule_front_adverbial(S: _Sent) -> list[_Cand]:
    """A time complement of the main verb after it -> the front of the sentence."""
    fin = S.final
    if fin is None:
        return []
    out: list[_Cand] = []
    r = S.root
    lead = S.lead
    low = S.low
    # (a) a trailing comma-delimited time complement: "…, dimanche 20 décembre."
    if S.commas and S.commas[-1] > lead:
        c = S.commas[-1]
        a = c + 1
        if (
            a < fin
            and not _is_selon_at(S, a)
            and low[a] in S.lex.time_starts
            and S.is_time(a, fin)
            and S.nouns_are(a, fin, S.lex.time_words)
            and not S.has(a, fin, S.is_verb)
            and S.quote_free(a, fin)
            and fin - a <= 10
            and _complete(S, a, fin)
            and all(S.head(i) == r for i in range(a, fin) if not (a <= S.head(i) < fin))
            and not S.clause_coordinations(lead, c)
            and not S.has(lead, c, lambda i: low[i] in ("que", "qu'") and S.pos(i) == "SCONJ")
            and r < c
        ):
            body = S.seg(0, lead) + S.seg(a, fin) + _new(",", S.apos) + S.seg(lead, c)
            out.append((body + S.tok_final(), "front_adverbial"))
            return out
    # (b) an inline time noun phrase right in the clause: "ont été tirées ce mardi soir en direction de…"
    if r < 0 or S.quote[r]:
        return out
    for ch in S.children(r):
        if ch <= r or S.dep(ch) not in ("obl:mod", "obl", "nmod", "obl:arg", "advmod"):
            continue
        st = S.subtree(ch)
        a, b = min(st), max(st) + 1
        if len(st) != b - a or a <= r or b > fin:
            continue
        if low[a] not in S.lex.time_starts or not S.is_time(a, b) or S.has(a, b, S.is_verb) or not S.quote_free(a, b):
            continue
        if not S.nouns_are(a, b, S.lex.time_words):
            continue
        if b - a > 8 or (b < fin and (low[b] in S.lex.time_words or S.pos(b) == "NUM")):
            continue
        if S.has(r, a, lambda i: low[i] in ("que", "qu'") or S.quote[i]) or S.clause_coordinations(lead, fin):
            continue
        if a - 1 > lead and low[a - 1] in ("de", "d'", "du", "des", "à", "au", "aux", "en"):
            continue
        left_end, right_start = a, b
        if low[a - 1] == "," and (low[b] == "," or b == fin):
            left_end = a - 1
            if b < fin:  # « Il a annoncé, lundi, qu'il partirait. »: both commas go with the complement
                right_start = b + 1
        body = S.seg(0, lead) + S.seg(a, b) + _new(",", S.apos) + S.seg(lead, left_end) + S.seg(right_start, fin)
        out.append((body + S.tok_final(), "front_adverbial"))
        break
    return out


def _phrase_at(S: _Sent, a: int, b: int, phrases: Sequence[str]) -> bool:
    """[a, b) reads exactly as one of ``phrases`` (normalised words, « pour l'instant »)."""
    return " ".join(S.low[a:b]).replace("' ", "'") in phrases


def _subject_like(S: _Sent, a: int, b: int) -> bool:
    """[a, b) reads as a noun-phrase subject: it opens on a determiner, a number or a noun, holds no verb, pronoun,
    conjunction of clauses or quotation, and is short."""
    return (0 < b - a <= 10 and S.pos(a) in ("DET", "NUM", "NOUN", "PROPN") and S.quote_free(a, b)
            and not S.has(a, b, lambda i: S.is_verb(i) or S.pos(i) == "SCONJ" or S.paren[i]
                          or S.morph(i, "PronType") == "Rel" or S.low[i] in _NOT_IN_SUBJECT))


_NOT_IN_SUBJECT = frozenset({"que", "qu'", "qui", "dont", ":", ";", "il", "elle", "ils", "elles", "on", "se", "s'",
                             "lui", "y", "en", "me", "te", "nous", "vous"})


def _first_set_off(S: _Sent) -> tuple[int, int] | None:
    """The two commas around the first stretch set off after the lead connector (« X, … , Y »), when the sentence
    ends on a stop."""
    cs = [c for c in S.commas if c >= S.lead]
    return (cs[0], cs[1]) if S.final is not None and len(cs) >= 2 else None


def _rule_front_incise(S: _Sent) -> list[_Cand]:
    """"Les frappes russes ont, d'après l'état-major ukrainien, touché 15 endroits" -> "D'après l'état-major
    ukrainien, les frappes russes ont touché 15 endroits": a complement set off by commas right after the main verb
    group (a « selon » phrase, a time phrase, a circumstance, a set-off adverbial of the lexicon) opens the sentence
    instead; it still bears on the same clause, the only one before it."""
    fin, lead = S.final, S.lead
    if (pair := _first_set_off(S)) is None:
        return []
    c1, c2 = pair
    a, b = c1 + 1, c2
    if not 1 <= b - a <= 8 or c2 + 1 >= fin:
        return []
    nxt = c2 + 1
    after_verb = S.is_verb(c1 - 1) and S.has(lead, c1, S.is_finite) and (
        _subject_like(S, lead, c1 - 1) or (S.pos(lead) == "PRON" and S.dep(lead).startswith("nsubj")))
    after_subject = _subject_like(S, lead, c1) and (
        S.is_finite(nxt) or (S.low[nxt] in ("ne", "n'") and S.is_finite(nxt + 1)))  # « Les habitants, selon …, sont »
    if not (after_verb or after_subject) or S.has(lead, c1, lambda i: S.pos(i) == "CCONJ"):
        return []
    if S.has(a, b, lambda i: S.is_verb(i) or S.paren[i] or S.pos(i) in ("SCONJ", "CCONJ", "PRON")) \
            or not S.quote_free(a, b):
        return []
    lex = S.lex
    selon = _is_selon_at(S, a) > 0
    time = (S.low[a] in lex.time_starts or S.pos(a) == "DET") and S.is_time(a, b) and S.nouns_are(a, b, lex.time_words)
    two = S.low[a] + " " + (S.low[a + 1] if a + 1 < b else "")
    circ = (S.low[a] in lex.circumstance_preps or two in lex.circumstance_preps) and S.pos(a) == "ADP"
    if not (selon or time or circ or _phrase_at(S, a, b, lex.incise_adverbials)):
        return []
    if S.pos(nxt) in ("CCONJ", "SCONJ", "PUNCT") or S.morph(nxt, "PronType") == "Rel" or S.quote[nxt] \
            or S.low[nxt] in ("que", "qu'", "qui", "dont", "et", "mais", "ou"):
        return []
    if S.clause_coordinations(nxt, fin) or any(
            S.low[k + 1] in ("et", "mais", "ou", "puis", "car", "or", "donc") for k in S.commas if nxt <= k < fin - 1):
        return []  # fronted, the complement would bear on the next clause too
    body = S.seg(0, lead) + S.seg(a, b) + _new(",", S.apos) + S.seg(lead, c1) + S.seg(nxt, fin)
    return [(body + S.tok_final(), "incise_fronted")]


def _date_at(S: _Sent, i: int) -> int:
    """Index after a date written from ``i`` (« 5 avril », « 1er mars 2023 », « samedi 4 », « mai »), else ``i``."""
    k = i
    if k < S.n and fold(S.low[k]) in WEEKDAYS:
        k += 1
    if k < S.n and (S.low[k].isdigit() or S.low[k] in ("1er", "premier")):
        k += 1
    if k < S.n and fold(S.low[k]) in MONTHS:
        k += 1
        if k < S.n and re.fullmatch(r"(1[89]|20)\d\d", S.low[k]):
            k += 1
    return k if k > i and (fold(S.low[k - 1]) in MONTHS or fold(S.low[i]) in WEEKDAYS
                           or re.fullmatch(r"(1[89]|20)\d\d", S.low[k - 1])) else i


def _rule_front_span(S: _Sent) -> list[_Cand]:
    """"L'Orangerie célébrera de son côté Matisse du 1er mars au 29 mai." -> "Du 1er mars au 29 mai, l'Orangerie
    célébrera de son côté Matisse.": a span of dates that closes the sentence (« du … au … », « entre … et … »)
    opens it instead, when what comes before is one clause."""
    fin = S.final
    if fin is None:
        return []
    for k in range(S.lead + 3, fin - 2):
        if S.low[k] not in ("du", "depuis", "entre", "de"):
            continue
        m = _date_at(S, k + 1)
        if m == k + 1 and S.low[k + 1].isdigit():  # « du 2 au 4 mai »: the month comes once, with the second day
            m = k + 2
        if m == k + 1 or m >= fin or S.low[m] not in ("au", "à", "jusqu'au", "et"):
            continue
        if _date_at(S, m + 1) != fin:
            continue
        end = k - 1 if S.low[k - 1] == "," else k
        clause = S.is_clause(S.lead, end) or (  # « L'Orangerie célébrera … »: a verb the tagger took for a participle
            S.pos(S.lead) in ("DET", "PROPN", "NOUN", "NUM") and S.has(S.lead + 1, end, S.is_verb))
        if not clause or not S.quote_free(S.lead, end) or S.has(
                S.lead, end, lambda i: S.low[i] in ("que", "qu'", "qui", "dont", ";") or S.pos(i) == "SCONJ"):
            return []
        if S.clause_coordinations(S.lead, end) or S.is_verb(end - 1) or S.low[end - 1] == "lieu":
            return []  # right after its verb (« se tient du 2 au 4 mai », « a lieu du … »), the span is what it says
        body = S.seg(0, S.lead) + S.seg(k, fin) + _new(",", S.apos) + S.seg(S.lead, end)
        return [(body + S.tok_final(), "span_fronted")]
    return []


def _rule_front_detached(S: _Sent) -> list[_Cand]:
    """"Les Houthis, alignés sur l'Iran, ont tiré …" -> "Alignés sur l'Iran, les Houthis ont tiré …": an adjective or
    past participle set off by commas right after a noun-phrase subject, followed at once by the verb, says the same
    of the subject in front of it (the reverse of ``_rule_detached_predicate``)."""
    fin, lead = S.final, S.lead
    if (pair := _first_set_off(S)) is None:
        return []
    c1, c2 = pair
    a, b = c1 + 1, c2
    if not 1 <= b - a <= 10 or not _subject_like(S, lead, c1):
        return []
    if S.has(lead, c1, lambda i: S.pos(i) == "CCONJ"):
        return []  # « Nice et son entraîneur Didier Digard, toujours invaincu, … »: it may say it of the last one only
    first = a + 1 if S.pos(a) == "ADV" and b - a > 1 else a  # « très choqués »
    participle = S.pos(first) == "VERB" and S.morph(first, "VerbForm") == "Part" and S.morph(first, "Tense") == "Past"
    if not (S.pos(first) == "ADJ" or participle) or S.low[first] in S.lex.time_words:
        return []
    if S.has(a, b, lambda i: S.is_finite(i) or S.paren[i] or S.pos(i) in ("SCONJ", "CCONJ", "PRON")
             or S.low[i] in ("que", "qu'", "qui", "dont")) or not S.quote_free(a, b):
        return []
    v = c2 + 1
    if S.low[v] in ("ne", "n'"):
        v += 1
    if not S.is_finite(v) or S.quote[v]:
        return []
    body = S.seg(0, lead) + S.seg(a, b) + _new(",", S.apos) + S.seg(lead, c1) + S.seg(c2 + 1, fin)
    return [(body + S.tok_final(), "detached_fronted")]


_AUX_BY_NUMBER = {"a": ("a", "ont"), "ont": ("a", "ont"), "avait": ("avait", "avaient"), "avaient": ("avait", "avaient")}
_PLURAL_DETS = {"des", "les", "ces", "leurs", "plusieurs", "quelques", "certains", "certaines", "nos", "vos", "mes", "tes",
                "ses", "aux"}
_SINGULAR_DETS = {"un", "une", "le", "la", "l'", "ce", "cet", "cette", "son", "sa", "leur", "notre", "votre", "mon", "ma",
                  "ton", "ta", "chaque", "du"}


def _masc_sing_participle(S: _Sent, r: int) -> str | None:
    """The invariable (masculine singular) form of a regular past participle, from its agreed form."""
    word = S.toks[r].text
    gender, number = S.morph(r, "Gender"), S.morph(r, "Number")
    base = word
    if number == "Plur" or (not number and base.endswith(("és", "ées", "is", "ies", "us", "ues"))):
        if not base.endswith("s"):
            return None
        base = base[:-1]
    if gender == "Fem" or (not gender and base.endswith(("ée", "ie", "ue"))):
        if not base.endswith("e"):
            return None
        base = base[:-1]
    if len(base) < 3 or base[-1] not in "éiu":
        return None
    return base


def _np_number(S: _Sent, h: int) -> str:
    if any(S.dep(c) == "conj" for c in S.children(h)):
        return "Plur"
    dets = [c for c in S.children(h) if S.dep(c) in ("det", "nummod") and c < h]
    for d in dets:
        if S.low[d] in _PLURAL_DETS or (S.pos(d) == "NUM" and S.low[d] not in ("un", "une", "1")):
            return "Plur"
        if S.low[d] in _SINGULAR_DETS:
            return "Sing"
    return S.morph(h, "Number")


def _rule_active_voice(S: _Sent) -> list[_Cand]:
    """"X ont été visés par Y, …" -> "Y ont visé X, …" (passé composé / plus-que-parfait passives with an agent).

    A pronoun subject becomes a clitic object: "Ils ont été revendiqués par Y." -> "Y les ont revendiqués."
    (the participle keeps its agreement, now with the preceding direct object).
    """
    fin, r = S.final, S.root
    if fin is None or r < 0 or S.pos(r) != "VERB" or S.morph(r, "VerbForm") != "Part" or S.quote[r]:
        return []
    # verb group: aux (a/ont/avait/avaient) [ADV…] été [ADV…] participle
    ap = r - 1
    while ap > 0 and S.pos(ap) == "ADV":
        ap -= 1
    if S.low[ap] != "été":
        return []
    at = ap - 1
    while at > 0 and S.pos(at) == "ADV":
        at -= 1
    if S.low[at] not in _AUX_BY_NUMBER or S.pos(at) != "AUX":
        return []
    # agent: "par" after the participle, up to the next top-level comma or the end
    a0 = next((i for i in range(r + 1, fin) if S.low[i] == "par"), -1)
    if a0 < 0 or S.has(r + 1, a0, lambda i: S.is_verb(i) or S.low[i] in (",", ";", ":") or S.quote[i]):
        return []
    ag = S.head(a0)
    if not (a0 < ag < fin) or S.head(ag) != r or S.pos(ag) not in ("NOUN", "PROPN"):
        return []
    st = S.subtree(ag)
    a1 = max(st) + 1
    if min(st) != a0 or len(st) != a1 - a0 or a1 - a0 < 2 or a1 > fin:
        return []
    if not S.quote_free(a0, a1) or S.has(a0 + 1, a1, lambda i: S.is_finite(i) or S.paren[i] or S.low[i] == ","):
        return []
    # subject: from the start (or after a leading complement and its comma) to the auxiliary
    if S.has(0, r, lambda i: S.low[i] in ("ne", "n'", "pas", "jamais", "aucun", "aucune")):
        return []
    xe = at - 1 if S.low[at - 1] == "," else at
    x0 = S.lead
    if S.commas and S.commas[0] < xe and S.lead == 0:
        c0 = S.commas[0]
        if _complete(S, 0, c0) and not S.has(0, c0, S.is_verb) and S.pos(0) in ("ADP", "ADV") and c0 + 1 < xe:
            x0 = c0 + 1
    if xe <= x0 or not S.quote_free(x0, xe) or S.has(x0, xe, S.is_finite):
        return []
    if S.has(x0, xe, lambda i: S.low[i] == ","):
        return []  # « Le lendemain de l’accord, la répartition … a été débattue »: a complement in front, not the subject
    if S.pos(x0) not in ("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"):
        return []
    if any(S.head(i) == r and S.dep(i) not in _NP_DEPS | {"cc", "conj"} for i in range(x0, xe)):
        return []
    number = _np_number(S, ag)
    if number not in ("Sing", "Plur"):
        return []
    aux = _T(text=_AUX_BY_NUMBER[S.low[at]][0 if number == "Sing" else 1], pos="AUX")
    advs = [S.base[i] for i in range(at + 1, r) if i != ap]
    agent = S.seg(a0 + 1, a1)
    tail = S.seg(r + 1, a0) + S.seg(a1, fin) + S.tok_final()
    if xe - x0 == 1 and S.pos(x0) == "PRON":
        clitic = {"il": "le", "elle": "la", "ils": "les", "elles": "les"}.get(S.low[x0])
        if not clitic:
            return []
        body = S.seg(0, x0) + agent + [_T(text=clitic, pos="PRON")] + [aux] + advs + [S.base[r]] + tail
        return [(body, "active_voice")]
    pp = _masc_sing_participle(S, r)
    if pp is None:
        return []
    body = S.seg(0, x0) + agent + [aux] + advs + [_T(text=pp, pos="VERB")] + S.seg(x0, xe) + tail
    return [(body, "active_voice")]


def _antecedent(S: _Sent, c: int) -> int:
    """The noun right before the comma at c (the antecedent of a following non-restrictive "qui")."""
    i = c - 1
    while i >= 0 and (S.paren[i] or S.pos(i) in ("ADJ",) or S.low[i] in (")", "-")):
        i -= 1
    if i < 0:
        return -1
    if S.pos(i) == "PROPN":
        # climb a multi-word name to the token that carries the morphology
        seen = 0
        while S.dep(i) in ("flat:name", "flat", "nmod") and S.head(i) >= 0 and S.pos(S.head(i)) == "PROPN" and seen < 6:
            i = S.head(i)
            seen += 1
        return i
    return i if S.pos(i) == "NOUN" else -1


def _relative_agrees(S: _Sent, rv: int, a: int) -> bool:
    """Whether the noun at ``a`` may be what the relative clause of verb ``rv`` is about: known gender and number,
    the same number as its finite verb, and the same gender and number as its participle after « être »."""
    gender, number = S.morph(a, "Gender"), S.morph(a, "Number")
    if not gender or not number:
        return False
    fins = [i for i in [rv] + [x for x in S.children(rv) if S.dep(x).startswith("aux")] if S.is_finite(i)]
    if fins and S.morph(fins[0], "Number") and S.morph(fins[0], "Number") != number:
        return False
    uses_etre = any(S.toks[x].lemma_ == "être" for x in S.children(rv) if S.dep(x).startswith("aux"))
    if uses_etre and S.morph(rv, "VerbForm") == "Part":
        return not ((S.morph(rv, "Gender") and S.morph(rv, "Gender") != gender)
                    or (S.morph(rv, "Number") and S.morph(rv, "Number") != number))
    return True


def _nouns_above(S: _Sent, a: int) -> list[int]:
    """The nouns a noun's complement hangs on, up its chain of complements and appositions (« France » of « sapeurs-
    pompiers » of « président », apposed to « colonel »)."""
    out: list[int] = []
    i = a
    while S.dep(i) in ("nmod", "appos", "flat:name", "flat") and S.head(i) >= 0 and S.head(i) != i and len(out) < 8:
        i = S.head(i)
        if S.pos(i) in ("NOUN", "PROPN"):
            out.append(i)
    return out


def _rule_split_relative(S: _Sent) -> list[_Cand]:
    """"… N, qui V …." -> "… N. Celui-ci V …." for long sentences."""
    fin = S.final
    if fin is None or len(words(S.text)) <= S.split_min_words:
        return []
    if _is_selon_at(S, S.lead) or _is_saying(S, S.root):
        return []
    for c in reversed(S.commas):
        q = c + 1
        if q >= fin or S.low[q] != "qui" or S.pos(q) != "PRON":
            continue
        rv = S.head(q)
        if rv <= q or S.dep(rv) != "acl:relcl":
            continue
        st = S.subtree(rv)
        if any(i not in st for i in range(q, fin) if S.pos(i) != "PUNCT"):
            continue
        if S.root in st or S.root >= c:
            continue
        if any(S.low[i] in ("et", "ou", "mais") and S.low[i + 1] in ("que", "qu'", "dont", "où", "qui")
               for i in range(q + 1, fin - 1)):
            continue  # « qui ont trouvé asile chez des amis et qu’elle tente de tenir informés »: two relatives
        # « qui en 2014 s’est emparé » -> « En 2014, celui-ci s’est emparé », never « Celui-ci en 2014 s’est … »
        k = q + 1
        while k < fin and not (S.is_verb(k) or S.pos(k) in ("AUX", "PRON") or S.low[k] in ("ne", "n'")):
            k += 1
        front = list(range(q + 1, k))
        if front and not (k < fin and S.pos(q + 1) in ("ADP", "ADV") and any(S.subtree(ch) == set(front)
                                                                           for ch in S.children(rv))
                          and S.quote_free(q + 1, k)
                          and not S.has(q + 1, k, lambda i: S.low[i] == ",")):
            continue
        a = _antecedent(S, c)
        if a < 0 or not _relative_agrees(S, rv, a):
            continue
        if any(S.dep(x) == "case" for x in S.children(a)) and any(
                _relative_agrees(S, rv, n) for n in _nouns_above(S, a)):
            # « le colonel X, président de la Fédération des sapeurs-pompiers de France, qui appelle … »: after a
            # noun's complement, « qui » may be the noun's or the complement's; « Celle-ci appelle » named the
            # wrong one. Only the verb's agreement can tell (« une résurgence de l’État islamique, qui s’est emparé »)
            continue
        gender, number = S.morph(a, "Gender"), S.morph(a, "Number")
        key = ("masc" if gender == "Masc" else "fem") + "_" + ("sing" if number == "Sing" else "plur")
        dem = S.lex.demonstratives.get(key)
        if not dem:
            continue
        body = S.seg(0, c) + _new(".", S.apos, eos=True)
        if front:
            body += S.seg(q + 1, k) + _new(",", S.apos) + _new(dem, S.apos) + S.seg(k, fin)
        else:
            body += _new(dem, S.apos) + S.seg(q + 1, fin)
        if len(words(" ".join(t.text for t in S.seg(q + 1, fin)))) < 4:
            continue
        return [(body + S.tok_final(), "split_relative")]
    return []


def _rule_split_coordinate(S: _Sent) -> list[_Cand]:
    """"A, et B." -> "A. B." ; "A, mais B." -> "A. Toutefois, B." (two full clauses, long sentences)."""
    fin = S.final
    if fin is None or len(words(S.text)) <= S.split_min_words:
        return []
    r = S.root
    for c, cc in S.clause_coordinations(S.lead, fin):
        if c == cc or S.low[cc] not in S.lex.connectors:
            continue
        h = S.head(cc)
        if S.dep(h) != "conj" or S.head(h) != r or r >= c:
            continue
        right = range(cc + 1, fin)
        if any(not (cc < S.head(i) < fin) and i != h for i in right if S.pos(i) != "PUNCT"):
            continue
        if any(S.head(i) >= cc for i in range(0, c) if S.pos(i) != "PUNCT" and i != r):
            continue
        fin_ok = S.is_finite(h) or any(S.is_finite(x) for x in S.children(h) if S.dep(x).startswith("aux") or S.dep(x) == "cop")
        if not fin_ok:
            continue
        if any(_is_selon_at(S, k + 1) for k in S.commas if k > cc) or _is_selon_at(S, S.lead):
            continue
        if S.has(cc, fin, lambda i: _is_saying(S, i) is not None and S.dep(i) in ("parataxis", "ROOT")):
            continue
        subj_r = [x for x in S.children(h) if S.dep(x) in ("nsubj", "nsubj:pass", "expl:subj") and x > cc]
        subj_l = [x for x in S.children(r) if S.dep(x) in ("nsubj", "nsubj:pass") and x < c]
        if not subj_l:
            continue
        # the left clause must start with its subject: a leading complement may scope over both clauses
        sl = S.subtree(subj_l[0])
        if S.lead not in sl:
            continue
        pron: list[_T] = []
        if not subj_r:
            if len(sl) == 1 and S.low[subj_l[0]] in PRONOUN_SUBJECTS:
                pron = _new(S.low[subj_l[0]], S.apos)
            else:
                continue
        conn = _new(S.lex.connectors[S.low[cc]], S.apos) if S.lex.connectors[S.low[cc]] else []
        body = S.seg(0, c) + _new(".", S.apos, eos=True) + conn + pron + S.seg(cc + 1, fin)
        return [(body + S.tok_final(), "split_coordinate")]
    return []


# ---------------------------------------------------------------------------------------------------
# Lexicon substitutions over a token list


def _match(toks: list[_T], k: int, pattern: str) -> int:
    """End index (exclusive) when toks[k:] spell ``pattern`` on token boundaries, else -1."""
    s = _norm(toks[k].text)
    j = k + 1
    while len(s) < len(pattern) and j < len(toks):
        sep = _sep(toks[j - 1], toks[j])
        s += sep + _norm(toks[j].text)
        j += 1
    return j if s == pattern else -1


def _saying_context(S: _Sent, toks: list[_T], k: int, j: int) -> bool:
    src = toks[k].src
    if src >= 0:
        for c in S.toks[src].children:
            if c.dep_ == "ccomp" and _norm(c.left_edge.text) in ("que", "qu'") and c.left_edge.i > S.toks[src].i:
                return True
    m = j
    while m < len(toks) and toks[m].pos == "ADV":
        m += 1
    if m < len(toks) and _norm(toks[m].text) in ("que", "qu'", ":"):
        return True
    b = k - 1
    while b >= 0 and (toks[b].pos in ("AUX", "ADV") or toks[b].text[:1] == "-"):
        b -= 1
    if b >= 0 and toks[b].text == ",":
        return not any(t.src >= 0 and S.is_finite(t.src) for t in toks[j:])
    return False


def _args(S: _Sent, i: int) -> set[str]:
    tok = S.toks[i]
    found = {_norm(c.lemma_) for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "obj")}
    found |= {_norm(c.lemma_) for c in tok.children if c.dep_ == "obl:mod" and c.i < tok.i}
    if tok.dep_ in ("acl", "acl:relcl", "amod", "advcl"):
        found.add(_norm(tok.head.lemma_))
    return found


def _try_swap(S: _Sent, toks: list[_T], k: int, sw: Swap, patterns: Sequence[tuple[str, str]],
              key: str) -> tuple[int, list[_T]] | None:
    first = toks[k]
    for pattern, replacement in patterns:
        if _key(pattern) != key:
            continue
        j = _match(toks, k, pattern)
        if j < 0:
            continue
        span = toks[k:j]
        if any(t.quote or (t.src < 0) or (t.keep_case and (t.pos == "PROPN" or t.text[:1].isupper()) and t.src != 0)
               for t in span):
            continue
        nxt = toks[j] if j < len(toks) else None
        prev = toks[k - 1] if k > 0 else None
        nw = _norm(nxt.text) if nxt else ""
        if sw.pos and first.pos not in sw.pos:
            continue
        if sw.next and nw not in sw.next:
            continue
        if sw.next_not and nw in sw.next_not:
            continue
        if sw.next_pos and (nxt is None or nxt.pos not in sw.next_pos):
            continue
        if sw.next_inf and (nxt is None or nxt.src < 0 or S.morph(nxt.src, "VerbForm") != "Inf" or nxt.pos != "VERB"):
            continue
        if sw.prev and (prev is None or _norm(prev.text) not in sw.prev):
            continue
        # a clitic before the auxiliary belongs to the verb too: « leur a interdit l'usage » is no « leur a banni »
        before = [prev] + ([toks[k - 2]] if k > 1 and prev is not None and prev.pos == "AUX" and first.pos == "VERB"
                           else [])
        if sw.prev_not and prev is not None and any(_norm(t.text) in sw.prev_not for t in before):
            continue
        if sw.prev_lemma and (prev is None or prev.lemma not in sw.prev_lemma):
            continue
        if sw.prev_pos and (prev is None or prev.pos not in sw.prev_pos):
            continue
        if sw.next_noun:
            noun = next((t for t in toks[j : j + 4] if t.pos in ("NOUN", "PROPN")), None)
            if noun is None or not (noun.lemma in sw.next_noun or (noun.pos == "PROPN" and "propn" in sw.next_noun)):
                continue
        if sw.morph and any(m not in str(S.toks[first.src].morph).split("|") for m in sw.morph):
            continue
        if sw.kind == "phrase" and sw.args:
            verbs = [t.src for t in span if t.pos in ("VERB", "AUX") and t.src >= 0]
            verb = verbs[-1] if verbs else S.head(first.src)
            if verb < 0 or not (_args(S, verb) & set(sw.args)):
                continue
        if sw.kind == "verb":
            if first.pos not in ("VERB", "ADJ") and not (sw.saying and first.pos == "NOUN"):
                continue
            if first.src >= 0 and any(c.dep_ in ("expl:pv", "expl:comp") or _norm(c.text) in ("se", "s'")
                                      for c in S.toks[first.src].children):
                continue  # a pronominal verb is another verb: « s'assurer que » is no « affirmer que »
            if sw.saying and not _saying_context(S, toks, k, j):
                continue
            if sw.saying and first.src >= 0 and _speechless(S, first.src):
                continue  # « les récentes statistiques indiquent que … » never « font savoir que … »
            if sw.args and not (_args(S, first.src) & set(sw.args)):
                continue
            if sw.active and any(_norm(t.text) in ETRE_FORMS for t in toks[max(0, k - 3):k]):
                continue
        new = _new(replacement, S.apos)
        if new:
            new[0] = _replace(new[0], pos=first.pos, lemma="", first=first.first, keep_case=False)
        consumed = j - k
        if sw.prep_from:
            if nxt is None or nw not in sw.prep_from or nxt.quote:
                continue
            new += _new(sw.prep_to, S.apos)
            consumed += 1
        return consumed, new
    return None


def _speechless(S: _Sent, v: int) -> bool:
    """Whether the subject of the verb of saying at ``v`` shows a fact without saying it (« les statistiques
    indiquent »): its nsubj, or the noun right before the verb group when the parser found none."""
    verb = S.toks[v]
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not subjects:
        k = v - 1
        while k >= 0 and (S.toks[k].pos_ in ("AUX", "ADV", "PART") or S.low[k] in ("ne", "n'")):
            k -= 1
        subjects = [S.toks[k]] if k >= 0 and S.toks[k].pos_ in ("NOUN", "ADJ") else []  # ADJ: a misread noun
    return any(c.lemma_.lower() in S.lex.speechless_subjects for c in subjects)


def _apply_lexicon(S: _Sent, toks: list[_T], lex: Lexicon, alt: bool = False,
                   only: str | None = None) -> tuple[list[_T], list[str]]:
    out: list[_T] = []
    ids: list[str] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.quote or t.src < 0 or not t.text[:1].isalpha():
            out.append(t)
            k += 1
            continue
        hits: list[tuple[Swap, int, list[_T]]] = []
        key = _key(_norm(t.text))
        for n in lex.index.get(key, ()):
            sw = lex.swaps[n]
            if only is not None and sw.id != only:
                continue
            got = _try_swap(S, toks, k, sw, lex.patterns[n], key)
            if got is not None:
                if hits and sw.source != hits[0][0].source:
                    continue
                hits.append((sw, got[0], got[1]))
                if not alt:
                    break
        if hits:
            sw, consumed, new = hits[1] if alt and len(hits) > 1 else hits[0]
            out.extend(new)
            ids.append(sw.id)
            k += consumed
        else:
            out.append(t)
            k += 1
    return out, ids


# ---------------------------------------------------------------------------------------------------
# Faithfulness: the invariants every candidate must keep


def _quotes(text: str) -> list[str]:
    found = re.findall(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", text)
    return sorted(found)


def _word_re(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![{LETTER}\-]){re.escape(word)}(?![{LETTER}\-])")


def _faithful(S: _Sent, text: str) -> bool:
    src = S.text.strip()
    if not text or text == src or "  " in text:
        return False
    if re.search(r"\s[,.…)]", text) or re.search(r"[(]\s", text):
        return False
    if not (text[:1].isupper() or text[:1] in "«\"“" or text[:1].isdigit()):
        return False
    if S.final is not None and not text.endswith(S.toks[S.final].text):
        return False
    if Counter(re.findall(r"\d+", text)) != Counter(re.findall(r"\d+", src)):
        return False
    if _quotes(text) != _quotes(src):
        return False
    fw_src, fw_new = folded_words(src), folded_words(text)
    for group in (NUMBER_WORDS, DATE_WORDS):
        if Counter(w for w in fw_src if w in group) != Counter(w for w in fw_new if w in group):
            return False
    neg = lambda ws: Counter("ne" if w == "n" else w for w in ws if w in NEGATION_WORDS)  # noqa: E731
    if neg(fw_src) != neg(fw_new):
        return False
    if attributions(fw_new) < attributions(fw_src):
        return False
    names = Counter(t.text for i, t in enumerate(S.toks) if S.base[i].keep_case and S.pos(i) == "PROPN")
    for name, _n in names.items():
        pat = _word_re(name)
        if len(pat.findall(text)) != len(pat.findall(src)):
            return False
    for i, t in enumerate(S.toks):
        if S.morph(i, "Mood") == "Cnd":
            pat = _word_re(t.text)
            if len(pat.findall(text)) < len(pat.findall(src)):
                return False
    return True


# ---------------------------------------------------------------------------------------------------
# Entry points

def _det_class(word: str) -> str:
    if word in ("son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "ton", "ta",
                "tes"):
        return "possessive"
    if word in ("le", "la", "les", "l'", "l’", "du", "des", "au", "aux"):
        return "definite"
    return word


def _rule_swap_conjuncts(S: _Sent) -> list[_Cand]:
    """« avec la sécheresse et le vent à 60 km/h » -> « avec le vent à 60 km/h et la sécheresse »: two noun phrases
    joined by « et », each opening on its own determiner, change places. Coordinated nouns say the same in either
    order; adjectives (« sains et saufs »), names, verbs and lists of three are left alone (fixed pairs, sequences)."""
    out: list[_Cand] = []
    fin = S.final if S.final is not None else S.n
    if "?" in S.text:
        return out  # « les pompiers et les autorités peuvent-elles … ? »: the inverted pronoun agrees with the nearest
    for h in range(S.n):
        a = S.head(h)
        if S.dep(h) != "conj" or a < 0 or a >= h or S.pos(h) != "NOUN" or S.pos(a) != "NOUN":
            continue
        if sum(1 for x in S.children(a) if S.dep(x) == "conj") != 1 or any(S.dep(x) == "conj" for x in S.children(h)):
            continue
        cc = next((x for x in S.children(h) if S.dep(x) == "cc" and S.low[x] == "et"), -1)
        left, right = S.subtree(a) - S.subtree(h), S.subtree(h) - {cc}
        if cc < 0 or not right or max(left) > cc or min(right) != cc + 1 or max(S.subtree(a)) != max(right):
            continue  # the first phrase must end where « et » stands, the second end the coordination
        lo = min(left)
        while lo < a and S.dep(lo) == "case" and S.head(lo) == a:
            lo += 1  # « avec » stays in front of both
        span_l, span_r = range(lo, cc), range(cc + 1, max(right) + 1)
        if any(i not in left for i in span_l) or any(i not in right for i in span_r) or max(right) >= fin:
            continue
        if S.dep(lo) != "det" or S.head(lo) != a or S.dep(cc + 1) != "det" or S.head(cc + 1) != h:
            continue  # each phrase opens on its own determiner (« la sécheresse », « le vent »)
        if not S.quote_free(lo, max(right) + 1) or S.has(lo, max(right) + 1, lambda i: S.low[i] in (",", "(", ")")):
            continue
        if len(span_l) < 2 or len(span_r) < 2:
            continue
        if any(not S.base[i].ws and i + 1 < S.n and (S.low[i + 1][:1].isalnum() or S.low[i + 1][:1] in "-–")
               for i in (cc - 1, max(right))):
            continue  # a phrase ends inside a word (« les aides[-soignants] »: the parser cut it at the hyphen)
        if any(i > a and S.pos(i) == "DET" and _det_class(S.low[i]) == _det_class(S.low[cc + 1]) for i in span_l):
            continue  # « les corps de sa femme et son fils »: « son fils » may be joined to « sa femme », not « corps »
        if max(right) + 1 < S.n and (S.is_verb(max(right) + 1) or S.pos(max(right) + 1) == "AUX") \
                and not S.dep(a).startswith("nsubj"):
            continue  # « à l'avenue des Palmiers et la police nationale était présente »: the subject of a new clause
        if max(right) > h and max(span_l) == a:
            continue  # « les hommes et les femmes de la commune »: what follows the last noun may say of both
        body = S.seg(0, lo) + S.seg(cc + 1, max(right) + 1) + S.seg(cc, cc + 1) + S.seg(lo, cc) + S.seg(max(right) + 1, S.n)
        out.append((body, "swap_conjuncts"))
        break  # one pair per sentence: two moves read as a rewrite of the sentence's order
    return out


_STRUCTURAL = (
    _rule_selon_moves,
    _rule_detached_predicate,
    _rule_que_attribution,
    _rule_incise,
    _rule_split_relative,
    _rule_split_coordinate,
    _rule_active_voice,
    _rule_front_adverbial,
    _rule_front_incise,
    _rule_front_detached,
    _rule_front_span,
    _rule_back_adverbial,
    _rule_swap_conjuncts,
)


def restate(sent: Any, lexicon: Lexicon | None = None, max_candidates: int = 12,
            split_min_words: int = SPLIT_MIN_WORDS) -> list[Restatement]:
    """Distinct restatements of ONE parsed sentence (a spaCy ``Span`` or ``Doc``), in a deterministic order.

    Structural candidates come first, each with the lexicon applied on top and then without it; then the
    lexicon alone (first choices, then second choices), then single substitutions. None equals the input.
    """
    lex = lexicon or load_lexicon()
    span = sent if hasattr(sent, "start") else sent[:]  # a Doc has no .start: take it whole
    start, end = 0, len(span)
    while start < end and span[start].is_space:  # sentence spans of a whole-article parse carry line breaks
        start += 1
    while end > start and span[end - 1].is_space:
        end -= 1
    span = span[start:end]
    if any(t.is_space for t in span):
        return []  # a line break inside: a heading glued to a sentence, not one sentence (normalise spaces first)
    if len(span) == 0:
        return []
    S = _Sent(span, lex)
    S.split_min_words = split_min_words
    if S.final is None:
        return []
    out: list[Restatement] = []
    seen = {S.text.strip()}

    def add(toks: list[_T], rule: str) -> None:
        if len(out) >= max_candidates:
            return
        text = _render(toks, S.apos)
        if text is None or text in seen or not _faithful(S, text):
            return
        seen.add(text)
        out.append(Restatement(text=text, rule=rule))

    def lexed(toks: list[_T], alt: bool = False) -> tuple[list[_T], str]:
        new, ids = _apply_lexicon(S, toks, lex, alt=alt)
        return new, "+".join(f"lexicon:{i}" for i in ids)

    structural: list[_Cand] = []
    for rule in _STRUCTURAL if not S.announces else ():  # what a list follows is reworded, never reordered
        structural.extend(rule(S))
    for toks, rule in structural:
        new, ids = lexed(toks)
        if ids:
            add(new, f"{rule}+{ids}")
        add(toks, rule)
    base = S.seg(0, S.n)
    new, ids = lexed(base)
    if ids:
        add(new, ids)
    new2, ids2 = lexed(base, alt=True)
    if ids2:
        add(new2, ids2)
    singles = _apply_lexicon(S, base, lex)[1]
    if len(singles) > 1:
        for sid in singles:
            one, got = _apply_lexicon(S, base, lex, only=sid)
            if got:
                add(one, f"lexicon:{sid}")
    return out[:max_candidates]


def restate_text(nlp: Any, text: str, lexicon: Lexicon | None = None, max_candidates: int = 12,
                 split_min_words: int = SPLIT_MIN_WORDS) -> list[Restatement]:
    """Parse ``text`` (one sentence; runs of whitespace become one space) with ``nlp`` and restate it."""
    doc = nlp(" ".join(text.split()))
    return restate(doc[:], lexicon=lexicon, max_candidates=max_candidates, split_min_words=split_min_words)


def lexicon_vocabulary(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Folded words that lexicon substitutions and rules can introduce into a candidate.

    For a guard that rejects content words absent from the sources: these come from the curated lexicon
    (synonyms kept to their context by its constraints), not from a model.
    """
    lex = lexicon or load_lexicon()
    found: set[str] = set()
    for pats in lex.patterns:
        for _, replacement in pats:
            found.update(folded_words(replacement))
    for table in (lex.connectors, lex.selon_pronouns, lex.reported_tense, lex.demonstratives):
        for value in table.values():
            found.update(folded_words(value))
    found.update(folded_words("selon d'après que"))
    return frozenset(found)

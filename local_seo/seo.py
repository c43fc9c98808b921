"""SEO and readability checks of a French article, after Yoast SEO's French assessments.

Every check returns a :class:`Check` with a stable ``id``, a status (``"good"``, ``"improve"`` or ``"problem"``),
a French message that gives the numbers and says what to do, the measured value and the rule as text.
:func:`passes` is true only when every check is ``"good"``.

Rules chosen where Yoast is ambiguous or differs (thresholds are the named constants below):

* **Keyphrase matching** (:func:`keyphrase_found`): text and keyphrase are folded (case, accents, apostrophes and
  hyphens ignored), elided articles (l', d', qu'…) and French function words of the keyphrase are dropped, and every
  remaining *content word* must appear in the segment, in any order, singular or plural (-s, -x, -aux/-al). The exact
  phrase is not required, except for ``keyphrase_title_start``, where the title (after leading articles) must start
  with the whole keyphrase, word for word (plural-tolerant).
* **Title**: ``keyphrase_title`` is good when the keyphrase is in the SEO title, problem when it is absent;
  ``keyphrase_title_start`` is good when the title starts with it and "improve" otherwise (absence is already a
  problem in ``keyphrase_title``).
* **Introduction**: the first body paragraph; good when one of its sentences holds the keyphrase, improve when the
  paragraph holds all its content words but not in one sentence, problem otherwise.
* **Subheadings**: the ``##`` section headings plus ``###`` lines inside paragraphs; good when 30–75 % of them hold
  the keyphrase (or the only one does), improve otherwise (also when there is none).
* **Slug**: good when every content word of the keyphrase is a word of the slug, improve when at least half are,
  problem otherwise.
* **Density**: occurrences ÷ words of the body × 100, weighted as Yoast weighs it by the keyphrase's length
  (× (0.7 + n ÷ 3), n its content words: « participation de la femme » counts 2); an occurrence is counted per
  sentence as the smallest number of times any content word appears in it. Under 0.5 % or over 3 %: problem.
* **Lengths**: SEO title 1–60 characters (problem when empty or longer, improve under 30); meta description 120–156
  characters (problem when empty, improve otherwise); body ≥ ``min_words`` words (problem under).
* **Structure**: exactly one H1 (the ``h1`` field, plus any ``# `` line in the body: problem otherwise); every
  section, the introduction included, at most 300 words (improve up to 350, problem above; problem when a text of
  more than 300 words has no subheading); every paragraph at most 150 words (improve up to 200, problem above).
* **Readability** (sentences of the body paragraphs): at most 25 % of sentences over 20 words (improve up to 30 %);
  no run of 3+ consecutive sentences that begin with the same word, leading articles, numerals and demonstratives
  being skipped (problem); transition words in at least 30 % of sentences (improve from 20 %); passive voice in at
  most 10 % of sentences (improve up to 15 %).
* **Flesch–Kandel–Moles** (French Flesch, as Yoast for French): 207 − 1.015 × words/sentence − 73.6 ×
  syllables/word, shown clamped to 0–100. Yoast's bands: 90+ très facile, 80–90 facile, 70–80 assez facile,
  60–70 correct, 50–60 assez difficile, 30–50 difficile, < 30 très difficile. Status: good ≥ 60, improve 50–60,
  problem < 50.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .article import Article
from .text import APOSTROPHES, count_words, fold, folded_words, words

# --------------------------------------------------------------------------------------------------------------------
# Thresholds (Yoast SEO, French)

TITLE_MAX_CHARS = 60
TITLE_MIN_CHARS = 30
META_MIN_CHARS = 120
META_MAX_CHARS = 156
DEFAULT_MIN_WORDS = 700
DENSITY_MIN_PCT = 0.5
DENSITY_MAX_PCT = 3.0
SUBHEADINGS_MIN_PCT = 30.0
SUBHEADINGS_MAX_PCT = 75.0
SECTION_MAX_WORDS = 300
SECTION_PROBLEM_WORDS = 350
PARAGRAPH_MAX_WORDS = 150
PARAGRAPH_PROBLEM_WORDS = 200
SENTENCE_MAX_WORDS = 20
LONG_SENTENCES_MAX_PCT = 25.0
LONG_SENTENCES_PROBLEM_PCT = 30.0
CONSECUTIVE_MAX = 2  # 3 consecutive sentences starting with the same word is a problem
TRANSITIONS_MIN_PCT = 30.0
TRANSITIONS_PROBLEM_PCT = 20.0
PASSIVE_MAX_PCT = 10.0
PASSIVE_PROBLEM_PCT = 15.0
FLESCH_GOOD = 60.0
FLESCH_IMPROVE = 50.0
# (lower bound, French label) from the top: Yoast's Flesch reading-ease bands.
FLESCH_BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "très facile"),
    (80.0, "facile"),
    (70.0, "assez facile"),
    (60.0, "correct"),
    (50.0, "assez difficile"),
    (30.0, "difficile"),
    (float("-inf"), "très difficile"),
)

GOOD, IMPROVE, PROBLEM = "good", "improve", "problem"

# --------------------------------------------------------------------------------------------------------------------
# Word lists (folded unless said otherwise)

# French function words: dropped from a keyphrase to get its content words (and allowed to be absent from the slug).
FR_STOP_WORDS = frozenset(
    """
    a au aux avec c ce ces cet cette chez contre d dans de des du elle elles en entre et eux il ils j je l la le les
    leur leurs lui m ma mais me mes moi mon n ne ni nos notre nous on ou par pas pour qu que qui s sa sans se ses
    son sous sur t ta te tes toi ton tu un une vers vos votre vous y depuis selon apres avant pendant dont est sont
    """.split()
)

# Sentence beginnings skipped to the next word (Yoast's French firstWordExceptions, plus du/des/l').
SENTENCE_START_SKIP = frozenset(
    """
    le la les l un une des du deux trois quatre cinq six sept huit neuf dix celui celle ceux celles ci
    """.split()
)

# Forms of "être" that can introduce a passive participle (lower case, accented).
PASSIVE_AUXILIARIES = frozenset(
    """
    être suis es est sommes êtes sont été étant étais était étions étiez étaient serai seras sera serons serez seront
    serais serait serions seriez seraient sois soit soyons soyez soient fus fut fût fûmes fûtes furent fusse fusses
    fussions fussiez fussent
    """.split()
)
PASSIVE_PAST_AUXILIARY = "été"  # after "a été", "ont été"…, intransitive participles are passive too
# Before "été", these make it the noun (the summer): "cet été", "l'été", "en été".
SUMMER_DETERMINERS = frozenset({"cet", "l", "d", "en", "un", "chaque", "mi", "bel", "plein", "dernier", "prochain"})
# Pronouns that make "se sont déclenchées" reflexive (not passive); "nous"/"vous" only when doubled.
REFLEXIVE_PRONOUNS = frozenset({"se", "s", "me", "m", "te", "t"})
REFLEXIVE_DOUBLED = frozenset({"nous", "vous"})
# Words that may stand between the auxiliary and the participle ("n'a pas encore été", "est déjà visé").
PASSIVE_INTERVENING = frozenset(
    """
    pas plus jamais point guère déjà encore toujours souvent parfois aussi ainsi bien mal très trop peu tout toute
    toutes tous presque alors même enfin désormais également notamment finalement vite longtemps ensuite puis donc
    hier ici là aujourd hui rien aussitôt
    """.split()
)
PASSIVE_INTERVENING_PHRASES: tuple[tuple[str, ...], ...] = (("par", "la", "suite"), ("à", "nouveau"), ("de", "nouveau"))
PASSIVE_MAX_INTERVENING = 2  # adverbs (or adverbial phrases) between auxiliary and participle
# Regular participles: -é, -ée, -és, -ées.
REGULAR_PARTICIPLE_RE = re.compile(r"^[a-zà-öø-ÿœæ]{1,}(?:é|ée|és|ées)$")
# Irregular past participles (masculine singular; +e/+s/+es are matched too), after Yoast's French list.
IRREGULAR_PARTICIPLES = frozenset(
    """
    pris mis fait dit écrit atteint détruit construit reconstruit produit reproduit conduit traduit réduit introduit
    induit séduit inscrit décrit prescrit proscrit transcrit souscrit interdit prédit contredit maudit contraint craint
    éteint peint dépeint joint rejoint enjoint restreint astreint étreint feint plaint ouvert rouvert entrouvert offert
    couvert découvert recouvert redécouvert souffert vu revu prévu entrevu perçu reçu aperçu déçu conçu connu reconnu
    méconnu tenu obtenu retenu maintenu soutenu détenu contenu entretenu rendu vendu revendu attendu entendu
    sous-entendu défendu perdu suspendu tendu répandu étendu confondu fondu pendu tordu mordu battu abattu combattu
    débattu rabattu vaincu convaincu élu réélu lu relu exclu inclus conclu résolu dissous absous voulu bu ému promu
    interrompu rompu corrompu poursuivi suivi servi desservi saisi ressaisi choisi fini défini redéfini puni réuni uni
    établi rétabli accueilli recueilli cueilli assailli investi envahi trahi banni bâti rebâti démoli aboli accompli
    rempli enrichi franchi garanti fourni muni nourri guéri béni haï affaibli anéanti enseveli enfoui englouti démenti
    senti ressenti consenti converti averti admis commis compris repris surpris appris entrepris soumis transmis
    retransmis permis promis remis émis omis démis compromis acquis conquis reconquis requis assis clos enclos
    dû due dus dues extrait soustrait distrait retrait satisfait défait refait contrefait parfait cuit frit
    """.split()
)

_RES = "local_seo.resources"
TRANSITION_WORDS_FILE = "fr_transition_words.txt"
TWO_PART_TRANSITIONS_FILE = "fr_two_part_transitions.txt"
PASSIVE_EXCEPTIONS_FILE = "fr_passive_exceptions.txt"


def _resource_lines(name: str) -> list[str]:
    text = resources.files(_RES).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _transition_regex() -> re.Pattern[str]:
    phrases = sorted({fold(p) for p in _resource_lines(TRANSITION_WORDS_FILE)}, key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(re.escape(p) for p in phrases if p) + r")(?!\S)")


@lru_cache(maxsize=1)
def _two_part_transitions() -> tuple[tuple[str, str], ...]:
    pairs = []
    for line in _resource_lines(TWO_PART_TRANSITIONS_FILE):
        first, _, second = line.partition("|")
        if first.strip() and second.strip():
            pairs.append((fold(first), fold(second)))
    return tuple(pairs)


@lru_cache(maxsize=1)
def _passive_exceptions() -> tuple[frozenset[str], frozenset[str]]:
    """(intransitive être-verbs, other non-passive words), lower case and accented."""
    sections: dict[str, set[str]] = {"intransitive": set(), "other": set()}
    current = "other"
    for line in _resource_lines(PASSIVE_EXCEPTIONS_FILE):
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            sections.setdefault(current, set())
            continue
        sections[current].add(line.lower())
    return frozenset(sections["intransitive"]), frozenset(sections["other"])


# --------------------------------------------------------------------------------------------------------------------
# The result type


@dataclass(frozen=True)
class Check:
    id: str
    status: str  # "good" | "improve" | "problem"
    message: str  # French: what is wrong and what to do, with the numbers
    value: float | int | str | None
    target: str  # the rule, e.g. "120–156 caractères"


def passes(checks: list[Check]) -> bool:
    """True when no check is "problem" nor "improve"."""
    return all(c.status == GOOD for c in checks)


# --------------------------------------------------------------------------------------------------------------------
# Sentences

# Abbreviations whose period never ends a sentence (case-sensitive titles, then case-insensitive others).
ABBREVIATIONS_CASED = frozenset(
    {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste"}
)
ABBREVIATIONS = frozenset(
    {"cf", "av", "apr", "art", "al", "p", "pp", "vol", "chap", "fig", "env", "ex", "éd", "tél", "n°", "no", "bd",
     "boul", "gén", "col", "lt", "sgt", "adj", "vs", "c.-à-d", "c-à-d", "hab", "réf", "resp", "dép"}
)
# A candidate end: terminal punctuation, closing quotes/brackets, then spaces (or the end of the text).
_END_RE = re.compile(r"(?:\.\.\.|[.!?…])+(?:\s*[»”\"’)\]])*(?=\s|$)")
# What may start the next sentence: an opening quote/bracket/dash, then a capital letter or a digit.
_NEXT_START_RE = re.compile(r"\s+(?:[«“\"(\[—–-]\s*)?[A-ZÀ-ÖØ-ÞŒÆ0-9]")
_PREV_TOKEN_RE = re.compile(r"(\S+)$")


def _is_abbreviation(before: str) -> bool:
    m = _PREV_TOKEN_RE.search(before)
    if not m:
        return False
    token = m.group(1).lstrip("«“\"([—–-")
    if token in ABBREVIATIONS_CASED or token.lower() in ABBREVIATIONS:
        return True
    # Initials: "J. Dupont", "J.-C. Martin", "U.S."
    return bool(re.fullmatch(r"[A-ZÀ-Þ](?:\.-?[A-ZÀ-Þ])*", token))


def split_sentences(text: str) -> list[str]:
    """Split French ``text`` into sentences with regexes (no model).

    A sentence ends at ``.``, ``!``, ``?``, ``…`` or ``...`` (with any closing » ” ) after it) followed by a space
    and a capital letter, a digit or an opening « ( —, or at a blank line. Periods inside numbers (2.500) and after
    abbreviations (M., Mme, Dr., cf., initials) do not end a sentence; « Vraiment ? » demande-t-il stays one sentence.
    """
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())
        if not block:
            continue
        start = 0
        for m in _END_RE.finditer(block):
            end = m.end()
            if end < len(block) and not _NEXT_START_RE.match(block, end):
                continue
            punct = m.group(0)
            if punct.startswith(".") and not punct.startswith("...") and _is_abbreviation(block[start : m.start()]):
                continue
            sentence = block[start:end].strip()
            if sentence:
                out.append(sentence)
            start = end
        rest = block[start:].strip()
        if rest:
            out.append(rest)
    return [s for s in out if words(s)]


# --------------------------------------------------------------------------------------------------------------------
# Syllables and Flesch–Kandel–Moles

_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
_VOWEL_GROUP_RE = re.compile(rf"[{_VOWELS}]+")
# Two vowels heard separately inside one vowel group: aé-ro-port, ré-a-li-té, na-ïf.
_HIATUS_RE = re.compile(r"[éè](?=[aoiuéèâô])|[aou](?=[éè])|(?<=[aeiouéè])[ïü]")
_SPLIT_PARTS_RE = re.compile(rf"[{APOSTROPHES}\-]")
# Elided words before an apostrophe: they add no syllable of their own (l'ambassade = am-bas-sade).
ELIDED_WORDS = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})


@lru_cache(maxsize=1)
def _pyphen():
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a dependency; the fallback keeps the checks usable
        return None
    try:
        return pyphen.Pyphen(lang="fr_FR", left=1, right=1)
    except KeyError:  # pragma: no cover
        return None


def _vowel_group_syllables(part: str) -> int:
    """Vowel groups, "qu"/"gu" before a vowel not counting, mute final -e/-es not counting."""
    p = re.sub(rf"([qg])u(?=[{_VOWELS}])", r"\1", part)
    n = len(_VOWEL_GROUP_RE.findall(p)) + len(_HIATUS_RE.findall(p))
    if n > 1 and re.search(rf"[^{_VOWELS}](?:e|es)$", p):
        n -= 1
    return max(n, 1)


@lru_cache(maxsize=65536)
def _part_syllables(part: str) -> int:
    if not part:
        return 0
    if part.isdigit():
        return 1  # a number counts as one syllable
    if not re.search(rf"[{_VOWELS}]", part):
        return 0 if len(part) == 1 else 1  # elided l', d', s' count nothing; acronyms without vowels count one
    dic = _pyphen()
    fallback = _vowel_group_syllables(part)
    if dic is None:
        return fallback
    by_pyphen = len(dic.positions(part)) + 1
    # The patterns never cut inside a vowel group (aé-ro-port) and sometimes not at all in short words:
    # keep the larger of both counts, which matches the spoken syllables of French far more often.
    return max(by_pyphen, fallback)


def syllables(word: str) -> int:
    """Syllables of a French word: pyphen's fr_FR hyphenation points + 1, with a vowel-group fallback.

    Apostrophe and hyphen parts are counted separately; an elided word (l', d', qu', jusqu'…) counts none; a number
    counts one. ``syllables("ambassade") == 3``.
    """
    pieces = re.split(rf"[{APOSTROPHES}]", word.lower())
    total = 0
    for i, piece in enumerate(pieces):
        if i < len(pieces) - 1 and piece in ELIDED_WORDS:
            continue
        for part in piece.split("-"):
            total += _part_syllables(part)
    return total


def flesch_kandel_moles(text: str) -> float:
    """Flesch reading ease for French (Kandel & Moles): 207 − 1.015 × words/sentence − 73.6 × syllables/word.

    Returns the raw value rounded to one decimal (it may leave 0–100); 0.0 for a text without words.
    """
    sentences = split_sentences(text)
    ws = words(text)
    if not ws or not sentences:
        return 0.0
    syl = sum(syllables(w) for w in ws)
    score = 207 - 1.015 * (len(ws) / len(sentences)) - 73.6 * (syl / len(ws))
    return round(score, 1)


def flesch_band(score: float) -> str:
    """Yoast's French label for a Flesch score."""
    for lower, label in FLESCH_BANDS:
        if score >= lower:
            return label
    return FLESCH_BANDS[-1][1]  # pragma: no cover


# --------------------------------------------------------------------------------------------------------------------
# Keyphrase matching


def _norm(token: str) -> str:
    """Folded token to a number-free form: plural -s/-x dropped, -aux to -al (journaux/journal), -eaux to -eau."""
    if token.endswith("eaux"):
        return token[:-1]
    if len(token) > 4 and token.endswith("aux"):
        return token[:-3] + "al"
    if len(token) > 3 and token[-1] in "sx":
        return token[:-1]
    return token


def _norm_tokens(text: str) -> list[str]:
    return [_norm(t) for t in folded_words(text)]


def _content_words(keyphrase: str) -> list[str]:
    toks = folded_words(keyphrase)
    content = [t for t in toks if t not in FR_STOP_WORDS]
    return [_norm(t) for t in (content or toks)]


def keyphrase_found(keyphrase: str, text: str) -> bool:
    """Whether ``text`` (a sentence, a title, a heading, a slug…) holds the keyphrase.

    Rule: both are folded (case, accents, apostrophes, hyphens ignored); the keyphrase's function words (le, des,
    à…) and elided articles are dropped; every remaining content word must appear among the words of ``text``, in any
    order and singular or plural (-s, -x, -aux/-al). The exact phrase is not required. An empty keyphrase is never
    found.
    """
    needed = _content_words(keyphrase)
    if not needed:
        return False
    have = set(_norm_tokens(text))
    return all(w in have for w in needed)


def _keyphrase_starts(keyphrase: str, text: str) -> bool:
    """Whether ``text`` starts with the whole keyphrase (leading function words of both skipped, plural-tolerant)."""
    kp = [_norm(t) for t in folded_words(keyphrase)]
    tx = [_norm(t) for t in folded_words(text)]
    while kp and kp[0] in FR_STOP_WORDS:
        kp.pop(0)
    while tx and tx[0] in FR_STOP_WORDS:
        tx.pop(0)
    return bool(kp) and tx[: len(kp)] == kp


def _occurrences(keyphrase: str, sentence: str) -> int:
    needed = _content_words(keyphrase)
    if not needed:
        return 0
    toks = _norm_tokens(sentence)
    return min(toks.count(w) for w in needed)


# --------------------------------------------------------------------------------------------------------------------
# Sentence-level research


def sentence_start(sentence: str) -> str:
    """The word a sentence starts with, as the consecutive-sentences check sees it (articles and numerals skipped)."""
    toks = folded_words(sentence)
    for t in toks:
        if t not in SENTENCE_START_SKIP and not t.isdigit():
            return t
    return " ".join(toks)


def has_transition(sentence: str) -> bool:
    """Whether the sentence holds a transition word/phrase or both parts of a two-part transition, in order."""
    padded = " " + " ".join(folded_words(sentence)) + " "
    if _transition_regex().search(padded):
        return True
    for first, second in _two_part_transitions():
        i = padded.find(f" {first} ")
        if i >= 0 and padded.find(f" {second} ", i + len(first) + 1) >= 0:
            return True
    return False


def _lower_tokens(sentence: str) -> list[tuple[str, str]]:
    """(original, lower-case) parts of the words, apostrophes and hyphens splitting them; accents kept."""
    out = []
    for w in words(sentence):
        for part in _SPLIT_PARTS_RE.split(w):
            if part:
                out.append((part, part.lower()))
    return out


def _participle_bases(word: str) -> list[str]:
    bases = [word]
    if word.endswith("es"):
        bases.append(word[:-2])
    if word.endswith(("e", "s")):
        bases.append(word[:-1])
    return bases


def _is_passive_participle(original: str, word: str, after_ete: bool) -> bool:
    if original[:1].isupper():
        return False  # a proper noun, not a participle
    intransitive, other = _passive_exceptions()
    bases = _participle_bases(word)
    if any(b in other for b in bases):
        return False
    if not after_ete and any(b in intransitive for b in bases):
        return False
    if word in IRREGULAR_PARTICIPLES or any(b in IRREGULAR_PARTICIPLES for b in bases[1:] if b != "du"):
        return True
    return bool(REGULAR_PARTICIPLE_RE.match(word))


def is_passive(sentence: str) -> bool:
    """Whether the sentence has a passive construction: a form of "être" followed, within 0–2 adverbs, by a past
    participle (regular -é/-ée/-és/-ées or irregular pris, mis, fait, dit…), unless the participle is an intransitive
    être-verb ("est arrivé", "sont tombées"), a state adjective or noun, or "être" is reflexive ("se sont
    déclenchées")."""
    toks = _lower_tokens(sentence)
    low = [t for _, t in toks]
    for i, aux in enumerate(low):
        if aux not in PASSIVE_AUXILIARIES:
            continue
        if aux == PASSIVE_PAST_AUXILIARY and i > 0 and low[i - 1] in SUMMER_DETERMINERS:
            continue
        # Reflexive: "se sont", "s'est", "s'en est", "nous nous sommes".
        j = i - 1
        if j >= 0 and low[j] in {"en", "y"}:
            j -= 1
        if j >= 0 and low[j] in REFLEXIVE_PRONOUNS:
            continue
        if j > 0 and low[j] in REFLEXIVE_DOUBLED and low[j - 1] == low[j]:
            continue
        k = i + 1
        skipped = 0
        while k < len(low) and skipped <= PASSIVE_MAX_INTERVENING:
            phrase = next((p for p in PASSIVE_INTERVENING_PHRASES if tuple(low[k : k + len(p)]) == p), None)
            if phrase is not None and skipped < PASSIVE_MAX_INTERVENING:
                k += len(phrase)
                skipped += 1
                continue
            word = low[k]
            if word in PASSIVE_AUXILIARIES:
                break  # the next auxiliary is looked at on its own
            if _is_passive_participle(toks[k][0], word, after_ete=aux == PASSIVE_PAST_AUXILIARY):
                return True
            if skipped < PASSIVE_MAX_INTERVENING and (word in PASSIVE_INTERVENING or word.endswith("ment")):
                k += 1
                skipped += 1
                continue
            break
    return False


# --------------------------------------------------------------------------------------------------------------------
# Formatting helpers


def _num(x: float, digits: int = 1) -> str:
    """French decimal: 2,5 ; 3 (no trailing ,0)."""
    s = f"{x:.{digits}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", ",")


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n <= 1 else (plural or singular + 's')}"


# --------------------------------------------------------------------------------------------------------------------
# The checks


def _subheadings(article: Article) -> list[str]:
    heads = [s.heading for s in article.sections if s.heading.strip()]
    for p in article.paragraphs():
        for line in p.splitlines():
            m = re.match(r"^\s*###\s+(.+)$", line)
            if m:
                heads.append(m.group(1))
    return heads


def _check_keyphrase_title(article: Article, kw: str) -> list[Check]:
    title = article.title
    found = keyphrase_found(kw, title)
    start = found and _keyphrase_starts(kw, title)
    out = [
        Check(
            "keyphrase_title",
            GOOD if found else PROBLEM,
            f"Le titre SEO contient l’expression clé « {kw} »."
            if found
            else f"L’expression clé « {kw} » est absente du titre SEO : ajoutez-la, de préférence au début.",
            found,
            "expression clé dans le titre SEO",
        )
    ]
    if start:
        msg = f"Le titre SEO commence par l’expression clé « {kw} »."
    elif found:
        msg = f"L’expression clé « {kw} » figure dans le titre SEO mais pas au début : placez-la en tête du titre."
    else:
        msg = f"Le titre SEO ne commence pas par l’expression clé « {kw} » : commencez le titre par elle."
    status = GOOD if start else IMPROVE
    out.append(Check("keyphrase_title_start", status, msg, start, "expression clé au début du titre"))
    return out


def _check_keyphrase_intro(article: Article, kw: str) -> Check:
    paras = article.paragraphs()
    intro = paras[0] if paras else ""
    target = "expression clé dans une phrase du premier paragraphe"
    if any(keyphrase_found(kw, s) for s in split_sentences(intro)):
        return Check("keyphrase_intro", GOOD, f"L’introduction contient l’expression clé « {kw} ».", True, target)
    if intro and keyphrase_found(kw, intro):
        return Check(
            "keyphrase_intro",
            IMPROVE,
            f"Les mots de l’expression clé « {kw} » sont dans l’introduction, mais pas dans une même phrase : "
            "réunissez-les dans une phrase du premier paragraphe.",
            False,
            target,
        )
    return Check(
        "keyphrase_intro",
        PROBLEM,
        f"L’expression clé « {kw} » est absente du premier paragraphe : placez-la dans l’introduction.",
        False,
        target,
    )


def _check_keyphrase_meta(article: Article, kw: str) -> Check:
    found = bool(article.description.strip()) and keyphrase_found(kw, article.description)
    return Check(
        "keyphrase_meta",
        GOOD if found else PROBLEM,
        f"La méta-description contient l’expression clé « {kw} »."
        if found
        else f"L’expression clé « {kw} » est absente de la méta-description : ajoutez-la.",
        found,
        "expression clé dans la méta-description",
    )


def _check_keyphrase_subheadings(article: Article, kw: str) -> Check:
    heads = _subheadings(article)
    target = f"{_num(SUBHEADINGS_MIN_PCT)}–{_num(SUBHEADINGS_MAX_PCT)} % des intertitres H2/H3"
    if not heads:
        return Check(
            "keyphrase_subheadings",
            IMPROVE,
            f"L’article n’a aucun intertitre : ajoutez des intertitres H2, dont 30 à 75 % contiennent « {kw} ».",
            0.0,
            target,
        )
    hits = sum(keyphrase_found(kw, h) for h in heads)
    pct = _pct(hits, len(heads))
    good = (len(heads) == 1 and hits == 1) or SUBHEADINGS_MIN_PCT <= pct <= SUBHEADINGS_MAX_PCT
    plural = "s" if hits > 1 else ""
    base = f"L’expression clé figure dans {hits} intertitre{plural} sur {len(heads)} ({_num(pct, 0)} %)"
    if good:
        msg = base + "."
    elif pct < SUBHEADINGS_MIN_PCT:
        msg = base + f" : visez 30 à 75 %, ajoutez « {kw} » ou un synonyme proche dans d’autres intertitres."
    else:
        msg = base + " : visez 30 à 75 %, variez certains intertitres."
    return Check("keyphrase_subheadings", GOOD if good else IMPROVE, msg, round(pct, 1), target)


def _check_keyphrase_slug(article: Article, kw: str) -> Check:
    needed = _content_words(kw)
    have = {_norm(t) for t in fold(article.slug).replace("/", " ").split()}
    hits = sum(w in have for w in needed)
    target = "mots de l’expression clé dans le slug"
    if needed and hits == len(needed):
        msg = f"Le slug « {article.slug} » contient l’expression clé."
        return Check("keyphrase_slug", GOOD, msg, article.slug, target)
    status = IMPROVE if needed and hits * 2 >= len(needed) else PROBLEM
    return Check(
        "keyphrase_slug",
        status,
        f"Le slug « {article.slug} » ne contient que {hits} des {len(needed)} mots de l’expression clé « {kw} » : "
        "mettez-les tous dans le slug.",
        article.slug,
        target,
    )


def keyphrase_length_factor(kw: str) -> float:
    """Yoast's weight of a keyphrase's length in its density: 0.7 + n / 3, n the keyphrase's content words."""
    return 0.7 + len(_content_words(kw)) / 3


def _check_density(article: Article, kw: str, sentences: list[str], total_words: int) -> Check:
    occ = sum(_occurrences(kw, s) for s in sentences)
    factor = keyphrase_length_factor(kw)
    density = _pct(occ, total_words) * factor
    target = f"{_num(DENSITY_MIN_PCT)}–{_num(DENSITY_MAX_PCT)} %"
    base = f"Densité de l’expression clé : {_num(density, 2)} % ({_plural(occ, 'occurrence')} pour {total_words} mots)"
    if density < DENSITY_MIN_PCT:
        need = max(1, math.ceil(DENSITY_MIN_PCT * total_words / (100 * factor)))
        return Check(
            "keyphrase_density",
            PROBLEM,
            base + f" : visez {target}, soit au moins {need} occurrences de « {kw} ».",
            round(density, 2),
            target,
        )
    if density > DENSITY_MAX_PCT:
        most = int(DENSITY_MAX_PCT * total_words // (100 * factor))
        return Check(
            "keyphrase_density",
            PROBLEM,
            base + f" : visez {target}, soit au plus {most} occurrences ; remplacez-en par des synonymes.",
            round(density, 2),
            target,
        )
    return Check("keyphrase_density", GOOD, base + ".", round(density, 2), target)


def _check_title_length(article: Article) -> Check:
    n = len(article.title.strip())
    target = f"{TITLE_MIN_CHARS}–{TITLE_MAX_CHARS} caractères (au plus {TITLE_MAX_CHARS})"
    if n == 0:
        msg = f"Le titre SEO est vide : écrivez un titre de {TITLE_MIN_CHARS} à {TITLE_MAX_CHARS} caractères."
        return Check("title_length", PROBLEM, msg, 0, target)
    if n > TITLE_MAX_CHARS:
        return Check(
            "title_length",
            PROBLEM,
            f"Le titre SEO fait {n} caractères : raccourcissez-le à {TITLE_MAX_CHARS} au plus.",
            n,
            target,
        )
    if n < TITLE_MIN_CHARS:
        return Check(
            "title_length",
            IMPROVE,
            f"Le titre SEO fait {n} caractères : allongez-le vers {TITLE_MIN_CHARS} à {TITLE_MAX_CHARS}.",
            n,
            target,
        )
    return Check("title_length", GOOD, f"Le titre SEO fait {n} caractères.", n, target)


def _check_meta_length(article: Article) -> Check:
    n = len(article.description.strip())
    target = f"{META_MIN_CHARS}–{META_MAX_CHARS} caractères"
    if n == 0:
        msg = f"La méta-description est vide : écrivez-en une de {META_MIN_CHARS} à {META_MAX_CHARS} caractères."
        return Check("meta_length", PROBLEM, msg, 0, target)
    if n < META_MIN_CHARS or n > META_MAX_CHARS:
        verb = "allongez-la" if n < META_MIN_CHARS else "raccourcissez-la"
        return Check(
            "meta_length",
            IMPROVE,
            f"La méta-description fait {n} caractères : visez {META_MIN_CHARS} à {META_MAX_CHARS} ({verb}).",
            n,
            target,
        )
    return Check("meta_length", GOOD, f"La méta-description fait {n} caractères.", n, target)


def _check_text_length(total_words: int, min_words: int) -> Check:
    target = f"au moins {min_words} mots"
    if total_words < min_words:
        return Check(
            "text_length",
            PROBLEM,
            f"Le texte fait {total_words} mots : visez au moins {min_words} (il en manque {min_words - total_words}).",
            total_words,
            target,
        )
    return Check("text_length", GOOD, f"Le texte fait {total_words} mots.", total_words, target)


def _check_single_h1(article: Article) -> Check:
    n = 1 if article.h1.strip() else 0
    lines = [s.heading for s in article.sections] + [ln for p in article.paragraphs() for ln in p.splitlines()]
    n += sum(1 for ln in lines if re.match(r"^\s*#(?!#)\s", ln))
    target = "exactement 1 titre H1"
    if n == 1:
        return Check("single_h1", GOOD, "L’article a un seul titre H1.", n, target)
    if n == 0:
        return Check("single_h1", PROBLEM, "L’article n’a pas de titre H1 : ajoutez-en un.", n, target)
    msg = f"L’article a {n} titres H1 : gardez-en un seul, passez les autres en H2."
    return Check("single_h1", PROBLEM, msg, n, target)


def _check_section_length(article: Article) -> Check:
    target = f"au plus {SECTION_MAX_WORDS} mots par section"
    blocks: list[tuple[str, int]] = []
    intro_words = sum(len(words(p)) for p in article.intro)
    if intro_words:
        blocks.append(("l’introduction", intro_words))
    for s in article.sections:
        blocks.append((f"« {s.heading} »", sum(len(words(p)) for p in s.paragraphs)))
    longest = max((n for _, n in blocks), default=0)
    if not article.sections and longest > SECTION_MAX_WORDS:
        return Check(
            "section_length",
            PROBLEM,
            f"Le texte fait {longest} mots sans aucun intertitre : ajoutez des intertitres "
            f"tous les {SECTION_MAX_WORDS} mots au plus.",
            longest,
            target,
        )
    too_long = [(name, n) for name, n in blocks if n > SECTION_MAX_WORDS]
    if not too_long:
        msg = f"Aucune section ne dépasse {SECTION_MAX_WORDS} mots (la plus longue : {longest})."
        return Check("section_length", GOOD, msg, longest, target)
    status = PROBLEM if longest > SECTION_PROBLEM_WORDS else IMPROVE
    detail = ", ".join(f"{name} ({n} mots)" for name, n in too_long)
    return Check(
        "section_length",
        status,
        f"{_plural(len(too_long), 'section dépasse', 'sections dépassent')} {SECTION_MAX_WORDS} mots : {detail}. "
        "Coupez-les par un intertitre.",
        longest,
        target,
    )


def _check_paragraph_length(article: Article) -> Check:
    target = f"au plus {PARAGRAPH_MAX_WORDS} mots par paragraphe"
    lengths = [len(words(p)) for p in article.paragraphs()]
    longest = max(lengths, default=0)
    too_long = [n for n in lengths if n > PARAGRAPH_MAX_WORDS]
    if not too_long:
        msg = f"Aucun paragraphe ne dépasse {PARAGRAPH_MAX_WORDS} mots (le plus long : {longest})."
        return Check("paragraph_length", GOOD, msg, longest, target)
    status = PROBLEM if longest > PARAGRAPH_PROBLEM_WORDS else IMPROVE
    return Check(
        "paragraph_length",
        status,
        f"{_plural(len(too_long), 'paragraphe dépasse', 'paragraphes dépassent')} {PARAGRAPH_MAX_WORDS} mots "
        f"(le plus long : {longest}) : coupez-les en deux.",
        longest,
        target,
    )


def _check_sentence_length(sentences: list[str]) -> Check:
    target = f"au plus {_num(LONG_SENTENCES_MAX_PCT)} % de phrases de plus de {SENTENCE_MAX_WORDS} mots"
    long_n = sum(1 for s in sentences if len(words(s)) > SENTENCE_MAX_WORDS)
    pct = _pct(long_n, len(sentences))
    base = f"{_num(pct)} % des phrases ({long_n} sur {len(sentences)}) dépassent {SENTENCE_MAX_WORDS} mots"
    if pct <= LONG_SENTENCES_MAX_PCT:
        return Check("sentence_length", GOOD, base + ".", round(pct, 1), target)
    status = IMPROVE if pct <= LONG_SENTENCES_PROBLEM_PCT else PROBLEM
    msg = base + f" : visez {_num(LONG_SENTENCES_MAX_PCT)} % au plus, coupez les phrases longues."
    return Check("sentence_length", status, msg, round(pct, 1), target)


def _check_consecutive(sentences: list[str]) -> Check:
    target = f"au plus {CONSECUTIVE_MAX} phrases de suite commençant par le même mot"
    runs: list[list] = []  # [first word, length] of each run of equal beginnings
    for s in sentences:
        start = sentence_start(s)
        if runs and runs[-1][0] == start:
            runs[-1][1] += 1
        else:
            runs.append([start, 1])
    longest = max((n for _, n in runs), default=0)
    bad = [(w, n) for w, n in runs if n > CONSECUTIVE_MAX]
    if not bad:
        return Check(
            "consecutive_sentences",
            GOOD,
            f"Pas plus de {CONSECUTIVE_MAX} phrases de suite ne commencent par le même mot.",
            longest,
            target,
        )
    detail = " ; ".join(f"{n} phrases de suite commencent par « {w} »" for w, n in bad)
    return Check("consecutive_sentences", PROBLEM, f"{detail} : variez le début de ces phrases.", longest, target)


def _check_transitions(sentences: list[str]) -> Check:
    target = f"mots de transition dans au moins {_num(TRANSITIONS_MIN_PCT)} % des phrases"
    hits = sum(has_transition(s) for s in sentences)
    pct = _pct(hits, len(sentences))
    base = f"{_num(pct)} % des phrases ({hits} sur {len(sentences)}) contiennent un mot de transition"
    if sentences and pct >= TRANSITIONS_MIN_PCT:
        return Check("transition_words", GOOD, base + ".", round(pct, 1), target)
    status = IMPROVE if pct >= TRANSITIONS_PROBLEM_PCT else PROBLEM
    return Check(
        "transition_words",
        status,
        base + f" : visez au moins {_num(TRANSITIONS_MIN_PCT)} % (ainsi, en effet, cependant, par ailleurs…).",
        round(pct, 1),
        target,
    )


def _check_passive(sentences: list[str]) -> Check:
    target = f"voix passive dans au plus {_num(PASSIVE_MAX_PCT)} % des phrases"
    hits = sum(is_passive(s) for s in sentences)
    pct = _pct(hits, len(sentences))
    base = f"{_num(pct)} % des phrases ({hits} sur {len(sentences)}) sont à la voix passive"
    if pct <= PASSIVE_MAX_PCT:
        return Check("passive_voice", GOOD, base + ".", round(pct, 1), target)
    status = IMPROVE if pct <= PASSIVE_PROBLEM_PCT else PROBLEM
    return Check(
        "passive_voice",
        status,
        base + f" : visez {_num(PASSIVE_MAX_PCT)} % au plus, tournez-en à la voix active.",
        round(pct, 1),
        target,
    )


def _check_flesch(text: str) -> Check:
    target = f"score Flesch–Kandel–Moles ≥ {_num(FLESCH_GOOD)}"
    raw = flesch_kandel_moles(text)
    score = min(max(raw, 0.0), 100.0)
    label = flesch_band(score)
    base = f"Score de lisibilité Flesch–Kandel–Moles : {_num(score)} ({label})"
    if score >= FLESCH_GOOD:
        return Check("flesch", GOOD, base + ".", score, target)
    status = IMPROVE if score >= FLESCH_IMPROVE else PROBLEM
    return Check(
        "flesch",
        status,
        base + f" : visez {_num(FLESCH_GOOD)} ou plus avec des phrases plus courtes et des mots plus simples.",
        score,
        target,
    )


def seo_checks(article: Article, keyword: str, min_words: int = DEFAULT_MIN_WORDS) -> list[Check]:
    """Every check, in the order of :data:`CHECK_IDS`."""
    kw = " ".join(keyword.split())
    body = article.body_text()
    sentences = split_sentences(body)
    total_words = count_words(body)
    checks: list[Check] = []
    checks.extend(_check_keyphrase_title(article, kw))
    checks.append(_check_keyphrase_intro(article, kw))
    checks.append(_check_keyphrase_meta(article, kw))
    checks.append(_check_keyphrase_subheadings(article, kw))
    checks.append(_check_keyphrase_slug(article, kw))
    checks.append(_check_density(article, kw, sentences, total_words))
    checks.append(_check_title_length(article))
    checks.append(_check_meta_length(article))
    checks.append(_check_text_length(total_words, min_words))
    checks.append(_check_single_h1(article))
    checks.append(_check_section_length(article))
    checks.append(_check_paragraph_length(article))
    checks.append(_check_sentence_length(sentences))
    checks.append(_check_consecutive(sentences))
    checks.append(_check_transitions(sentences))
    checks.append(_check_passive(sentences))
    checks.append(_check_flesch(body))
    return checks


CHECK_IDS: tuple[str, ...] = (
    "keyphrase_title",
    "keyphrase_title_start",
    "keyphrase_intro",
    "keyphrase_meta",
    "keyphrase_subheadings",
    "keyphrase_slug",
    "keyphrase_density",
    "title_length",
    "meta_length",
    "text_length",
    "single_h1",
    "section_length",
    "paragraph_length",
    "sentence_length",
    "consecutive_sentences",
    "transition_words",
    "passive_voice",
    "flesch",
)

"""Text primitives shared by every stage: the word rule, folding, sentence splitting, n-grams."""

from __future__ import annotations

import re
import unicodedata

LETTER = "0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žŒœÆæ"
# The word rule (README "Word count"): a run of letters or digits, possibly joined by apostrophes or hyphens.
# "l’ambassade" = 1 word, "États-Unis" = 1 word, "2 500" = 2 words.
WORD_RE = re.compile(rf"[{LETTER}]+(?:[’'\-][{LETTER}]+)*")
APOSTROPHES = "’'`ʼ"


# Words whose h is "aspiré": no elision before them (« de héros », « la hausse »); every other h is mute.
ASPIRATED_H = ("hach", "hain", "hall", "hamea", "hanch", "handi", "hang", "harc", "hari", "hasard", "hauss", "haut",
               "héro", "hibou", "hock", "homard", "hont", "hooli", "hors", "houl", "huit", "hurl")


def elides_before(word: str) -> bool:
    """Whether « de », « le », « que »… elide before ``word`` (a vowel or a mute h: « d’habitants », « d’eau »)."""
    w = word.lower()
    return bool(re.match(r"[aeiouyàâäéèêëîïôöûüœæ]", w)) or (w.startswith("h") and not w.startswith(ASPIRATED_H))


# Quotation marks: French guillemets, English curly quotes (sites print both), and straight quotes, paired by count.
QUOTE_PAIRS = (("«", "»"), ("“", "”"))
QUOTE_MARKS = tuple(m for pair in QUOTE_PAIRS for m in pair) + ('"',)
CLOSING_QUOTES = tuple(close for _, close in QUOTE_PAIRS) + ('"',)


def quote_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end (« … or “ … or " … not closed)."""
    return any(text.count(o) > text.count(c) for o, c in QUOTE_PAIRS) or text.count('"') % 2 == 1


def quotes_balanced(text: str) -> bool:
    """Whether every quotation mark of ``text`` has its partner."""
    return all(text.count(o) == text.count(c) for o, c in QUOTE_PAIRS) and text.count('"') % 2 == 0


def words(text: str) -> list[str]:
    """The words of ``text`` under the project's word rule."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Number of words of ``text`` under the project's word rule."""
    return len(WORD_RE.findall(text))


def strip_accents(text: str) -> str:
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes and hyphens as spaces, single spaces: for comparisons only."""
    text = strip_accents(text).lower()
    text = re.sub(rf"[{APOSTROPHES}\-]", " ", text)
    return " ".join(text.split())


def folded_words(text: str) -> list[str]:
    """The words of ``text``, folded; apostrophes and hyphens split them (l’ambassade -> l, ambassade)."""
    return fold(" ".join(words(text))).split()


def ngrams(tokens: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def normalize_spaces(text: str) -> str:
    """Non-breaking and thin spaces to plain spaces, runs of spaces to one, trimmed."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"[ \t]+", " ", text).strip()

"""French word lists as named data, shared by analysis, guard and outline (no logic here but lookups)."""

from __future__ import annotations

import re
from typing import Callable

from .text import CLOSING_QUOTES, fold, quote_open

# Numbers written in words, with their value. "un"/"une" are left out: they are articles far more often.
NUMBER_WORDS: dict[str, int] = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    # approximate quantities are values too: "des dizaines d'attaques" must not become "des centaines"
    "dizaine": -10, "dizaines": -10, "douzaine": -12, "vingtaine": -20, "trentaine": -30, "centaine": -100,
    "centaines": -100, "millier": -1000, "milliers": -1000,
}
ORDINAL_WORDS: dict[str, int] = {
    "premier": 1, "premiere": 1, "deuxieme": 2, "second": 2, "seconde": 2, "troisieme": 3, "quatrieme": 4,
    "cinquieme": 5, "dernier": -1, "derniere": -1,
}
MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
          "novembre", "decembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Relative time words: a candidate that brings one its anchor does not have moves or invents a time.
TIME_WORDS = frozenset(MONTHS + WEEKDAYS + ("hier", "demain", "aujourd", "veille", "lendemain", "soir", "matin",
                                           "nuit", "apres midi", "semaine", "mois", "annee", "an"))
# Negation markers (folded). Their count must survive a restatement.
NEGATION_WORDS = frozenset({"ne", "n", "pas", "aucun", "aucune", "jamais", "sans", "ni", "rien", "personne",
                            "nullement", "guere"})
# Hedging: an allegation must stay an allegation.
HEDGE_WORDS = frozenset({"selon", "aurait", "auraient", "serait", "seraient", "apparemment", "presume",
                         "presumee", "presumes", "possible", "possibles", "probablement", "affirme", "d apres",
                         "supposement", "pretendument"})
# Verbs of saying (lemmas): what makes a clause an attribution.
SAYING_LEMMAS = frozenset({"déclarer", "dire", "affirmer", "indiquer", "préciser", "annoncer", "souligner",
                           "assurer", "confirmer", "expliquer", "ajouter", "estimer", "rapporter", "noter",
                           "signaler", "révéler", "appeler", "juger", "qualifier", "décrire",
                           "dénoncer", "accuser", "reconnaître", "admettre", "démentir", "rappeler", "prévenir",
                           "avertir", "faire savoir"})
SPEAKER_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})  # « Selon lui, “…” »: the one who spoke before


def named_speaker(speaker: str | None) -> bool:
    """Whether a quotation's speaker is someone the article can name (not « il », not « lui »)."""
    return bool(speaker) and fold(speaker) not in SPEAKER_PRONOUNS | {"il", "ils"}


ATTRIBUTION_MARKERS = frozenset({"selon", "d apres", "pour"})

FR_STOPWORDS = frozenset("""
a à au aux avec ce ces cet cette dans de des du d elle elles en et eux il ils je j la le les leur leurs l lui ma
mais me même mes moi mon ne n nos notre nous on ou où par pas pour qu que qui sa se s ses son sur ta te tes toi
ton tu un une vos votre vous y été être est sont était étaient a ont avait avaient sera seront fut ainsi alors
aussi autre autres car ci comme dont donc encore entre ici là lors moins plus puis quand si sous tout tous toute
toutes très vers via chez depuis après avant pendant contre selon sans
""".split())

_QUOTE_RE = re.compile(r"«\s*([^»]{3,}?)\s*»|“([^”]{3,}?)”|\"([^\"\n]{3,}?)\"")


def outside_quotes(text: str, change: "Callable[[str], str]") -> str:
    """``text`` with ``change`` applied to what stands outside its quotations: someone's words stay as printed."""
    out, last = [], 0
    for m in _QUOTE_RE.finditer(text):
        out += [change(text[last:m.start()]), m.group()]
        last = m.end()
    return "".join(out + [change(text[last:])])


def quotes_in(text: str) -> list[str]:
    """Quoted passages of ``text`` (guillemets, curly or straight double quotes), without the marks."""
    return [next(g for g in m.groups() if g is not None).strip() for m in _QUOTE_RE.finditer(text)]


def whole_quotation(text: str) -> bool:
    """Whether ``text`` is quoted words only, from its opening quotation mark to its closing one."""
    t = text.strip()
    return t[:1] in ("«", "“", '"') and t[-1:] in CLOSING_QUOTES and not quote_open(t) and \
        sum(len(q) for q in quotes_in(t)) >= 0.9 * len(t) - 4


def asks(text: str) -> bool:
    """Whether ``text`` is a question of its own, not one it quotes (« Comment réagissent les pompiers … ? »)."""
    return strip_quotes(text).rstrip(" »”\"").endswith("?")


def attributions(folded: list[str]) -> int:
    """How many « selon » / « d'après » (folded words: « d'après » is « d », « apres ») a text holds; a temporal
    « après » (« deux heures après l'entretien ») is none."""
    return folded.count("selon") + sum(1 for i, w in enumerate(folded) if w == "apres" and i and folded[i - 1] == "d"
                                       and folded[i + 1:i + 2] != ["midi"])  # « d'après-midi » is no source


def strip_quotes(text: str) -> str:
    """``text`` with every quoted passage replaced by a space (for rules that do not apply inside quotes)."""
    return _QUOTE_RE.sub(" ", text)

# Sentences addressed to a language model rather than to readers: data, never instructions; they are dropped from
# the article (and listed in the report) like any other web noise.
INJECTION_RE = re.compile(
    r"\b(ignore[sz]?|oublie[sz]?|disregard|forget)\b.{0,40}\b(instructions?|consignes?|prompt|règles)\b"
    r"|\b(en tant qu[’']IA|as an AI|language model|modèle de langage|system prompt)\b"
    r"|\b(écris|rédige|write)\b.{0,30}\b(poème|poem|chanson|histoire drôle)\b",
    re.IGNORECASE,
)

# Sentences in which a page points at its own layout (CNews: « Voici tout ce qu’il faut retenir. » after a lede,
# over sections by match): they tell no fact, and the rewritten article has another layout.
SELF_ANNOUNCEMENT_RE = re.compile(
    r"^(?:(?:Voici|Voilà|Découvrez)\s+(?:tout\s+|l['’]essentiel\s+de\s+)?ce\s+qu['’](?:il|on)\s+(?:faut|doit|peut)\s+"
    r"(?:en\s+)?(?:retenir|savoir)|On\s+fait\s+le\s+point|(?:Le\s+point|Explications|Décryptage|On\s+vous\s+explique)"
    r"|Pourquoi\s+on\s+en\s+parle\s*\?"
    r")\W{0,3}$",
    re.IGNORECASE,
)

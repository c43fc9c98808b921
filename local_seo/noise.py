"""Boilerplate that ingest drops from a raw article, as named data.

Every rule carries the ``reason`` a user sees in the list of removals, and a ``why`` for the next reader.
ingest.py only walks these tables; a new kind of noise is a new row here, not a new branch there.

Line rules match a whole line (anchored); prefix rules remove the start of a line and keep the rest;
phrase lists are compared with :func:`local_seo.text.fold` (lower case, no accents, apostrophes as spaces).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Reasons, as shown to users in the removals list.
BRIEF = "brief"
SOCIAL_EMBED = "social embed"
READ_ALSO = "read-also teaser"
RELATED_LINKS = "related links"
MOST_READ = "most-read list"
SITE_NAVIGATION = "site navigation"
BYLINE = "byline/date stamp"
DATE_PREFIX = "date prefix"
RUBRIC_PREFIX = "rubric prefix"
HTML_BOILERPLATE = "html boilerplate"
CREDIT = "credit/copyright"


@dataclass(frozen=True)
class Rule:
    """One boilerplate pattern: what it matches, the reason users see, and why it is noise."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    why: str


_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_STAMP_WORD = r"(?:[Pp]ubliée?|[Mm]ise? à jour|[Mm]odifiée?|[Aa]ctualisée?)"
_CLOCK = r"\d{1,2}\s*[h:]\s*\d{0,2}"
_STAMP_DATE = (
    rf"(?:le\s+(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?|le\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|hier|aujourd['’]hui|il\s+y\s+a\s+\d+\s+(?:min|minutes?|heures?|h|jours?))"
)
# "Publié le 4 février 2023 à 20h01", "Publié hier à 14h10", "Mis à jour le 21/12/2020": a stamp, not a sentence.
_STAMP = rf"{_STAMP_WORD}\s+{_STAMP_DATE}(?:\s*(?:à|-|,)\s*{_CLOCK})?"
_STAMP_WITH_CLOCK = rf"{_STAMP_WORD}\s+{_STAMP_DATE}\s*(?:à|-|,)\s*{_CLOCK}"

# Links that only a social-media embed leaves in copied text.
TWEET_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://(?:t\.co|(?:www\.)?(?:twitter|x)\.com)/\S+", re.I)

# The attribution line under an embedded tweet: "— Name (@handle) 8 décembre 2023" (a dash, sometimes glued).
TWEET_ATTRIBUTION = re.compile(r"^[-—–]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?:[^\n]{0,40}\d{4})?\s*$")

# A tweet's own text, cut by the embed, ends with an ellipsis; article prose ends with a full stop.
TRUNCATED_END = re.compile(r"(?:…|\.\.\.)\s*$")
SOCIAL_HANDLE = re.compile(r"(?<!\w)[@#]\w+")

LINE_RULES: tuple[Rule, ...] = (
    Rule(
        "tweet attribution",
        SOCIAL_EMBED,
        TWEET_ATTRIBUTION,
        "the '— Name (@handle) date' line that closes an embedded tweet",
    ),
    Rule(
        "bare social link",
        SOCIAL_EMBED,
        re.compile(
            r"^\s*(?:pic\.twitter\.com/\w+|https?://(?:t\.co|(?:www\.)?(?:twitter|x|instagram|facebook|tiktok)\.com)/\S+)\s*$",
            re.I,
        ),
        "a line that is only a link to a post",
    ),
    Rule(
        "instagram embed",
        SOCIAL_EMBED,
        re.compile(
            r"^\s*(?:Voir cette publication sur Instagram|Une publication partagée par .{1,80}"
            r"|View this post on Instagram|A post shared by .{1,80})\s*$",
            re.I,
        ),
        "the caption lines of an embedded Instagram post",
    ),
    Rule(
        "read also",
        READ_ALSO,
        re.compile(
            r"^\s*(?:[>»=\-–—•*]+\s*|\(\s*)?"
            r"(?:[àa]\s+(?:lire|voir|relire|écouter)|(?:lire|voir|relire)|lisez)\s+(?:aussi|également|egalement|encore)\b.*$"
            r"|^\s*(?:[>»=\-–—•*]+\s*|\(\s*)?(?:lire|voir)\s+(?:notre|nos|le|la)\s+"
            r"(?:article|dossier|enquête|décryptage|reportage|analyse|entretien|interview|vidéo)s?\s*[:>\-–—].*$",
            re.I,
        ),
        "'À lire aussi : …' teasers that link to another article",
    ),
    Rule(
        "most-read rank",
        MOST_READ,
        re.compile(rf"^\s*[-–—•*]\s*\d{{1,2}}(?:\s*$|(?=[{_UPPER}\"«“]))"),
        "numbered 'most read' lists: '- 2Disparition …' (rank glued to the headline), or a bare '- 3'",
    ),
    Rule(
        "related list item with stamp",
        RELATED_LINKS,
        re.compile(rf"^\s*[-–—•*]\s*.+?{_STAMP}\s*$"),
        "a list of other headlines, each with its 'Publié le …' stamp",
    ),
    Rule(
        "glued publication stamp",
        RELATED_LINKS,
        re.compile(rf"^.*[^\s(]{_STAMP_WITH_CLOCK}\s*$"),
        "a headline with its stamp glued on ('… LCIPublié le 4 février 2023 à 23h03'): a scraped link list",
    ),
    Rule(
        "publication stamp",
        BYLINE,
        re.compile(rf"^\s*{_STAMP}(?:\s*[,;|•–—-]?\s*{_STAMP})?\s*\.?\s*$"),
        "a 'Publié le … / Mis à jour le …' stamp on its own line",
    ),
    Rule(
        "byline",
        BYLINE,
        re.compile(
            rf"^\s*(?:Par|By)\s+[{_UPPER}][\w'’.\-]+(?:\s+(?:[{_UPPER}][\w'’.\-]+|de|du|des|d['’]\w+|et|avec|and)){{0,6}}"
            r"(?:\s*[,|–—\-]\s*.{0,60})?(?<![.!?…])\s*$"
        ),
        "the 'Par Jean Dupont, journaliste' byline",
    ),
    Rule(
        "date line",
        BYLINE,
        re.compile(
            rf"^\s*(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+\d{{4}}"
            r"(?:\s*(?:à|-|,)\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*$"
            r"|^\s*\d{1,2}/\d{1,2}/\d{2,4}(?:\s*(?:à|-)?\s*\d{1,2}[h:]\d{2})?\s*$",
            re.I,
        ),
        "a date alone on its line, the page's date stamp",
    ),
    Rule(
        "reading time",
        BYLINE,
        re.compile(r"^\s*(?:Temps de lecture|Lecture)\s*:?\s*\d{1,3}\s*min(?:utes?)?\.?\s*$", re.I),
        "the page's 'Temps de lecture : 3 min' label",
    ),
    Rule(
        "credit or copyright",
        CREDIT,
        re.compile(
            r"^\s*(?:©.{0,100}|(?:Photo|Photos|Crédits?(?: photo)?|Illustration|Image)\s*:?\s*.{0,80}"
            r"(?:AFP|Reuters|AP|Getty(?: Images)?|Belga|Shutterstock|Abaca|Sipa|MaxPPP|©)[^.!?]{0,40})\s*$",
        ),
        "a photo credit or copyright line ('Photo : AFP', '© Getty Images', a site footer's '© …')",
    ),
    Rule(
        "agency credit",
        BYLINE,
        re.compile(r"^\s*\(?\s*(?:avec|source\s*:?)\s+(?:l['’])?(?:AFP|Reuters|AP|Belga|ATS)\s*\)?\.?\s*$", re.I),
        "the 'Avec AFP' credit line",
    ),
)

# Rubric names that news sites glue in front of headlines in their link lists ("- InternationalUn séisme …").
RUBRICS: tuple[str, ...] = (
    "Police, justice et faits divers",
    "Sujets de société",
    "Faits divers",
    "International",
    "Politique",
    "Économie",
    "Economie",
    "Société",
    "Sport",
    "Sports",
    "Culture",
    "Santé",
    "Sciences",
    "Science",
    "Environnement",
    "Planète",
    "Météo",
    "People",
    "Tech",
    "High-tech",
    "Conso",
    "Justice",
    "Médias",
    "Monde",
    "France",
    "Europe",
    "Régions",
    "Insolite",
    "Vidéo",
    "Éducation",
    "Immobilier",
    "Emploi",
    "Auto",
    "Voyage",
)

LINE_RULES += (
    Rule(
        "rubric + headline list item",
        RELATED_LINKS,
        re.compile(r"^\s*[-–—•*]\s*(?:" + "|".join(re.escape(r) for r in RUBRICS) + rf")(?=[{_UPPER}\"«“])"),
        "link lists whose items glue a rubric to a headline ('- Police, justice et faits diversIncendie …')",
    ),
)

# Whole lines, compared folded, that are a site's menu or link-list headers, never article text.
_PHRASE_LISTS: dict[str, tuple[str, ...]] = {
    SITE_NAVIGATION: (
        "tout",
        "tf1 info",
        "lci",
        "accueil",
        "menu",
        "rechercher",
        "recherche",
        "se connecter",
        "connexion",
        "mon compte",
        "s abonner",
        "abonnez vous",
        "je m abonne",
        "newsletter",
        "inscrivez vous a la newsletter",
        "partager",
        "partager cet article",
        "partager sur facebook",
        "partager sur twitter",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "e mail",
        "email",
        "imprimer",
        "copier le lien",
        "publicite",
        "fermer",
        "haut de page",
        "retour en haut",
        "voir plus",
        "lire plus",
        "lire la suite",
        "commentaires",
        "reagir",
        "suivez nous",
        "plan du site",
        "mentions legales",
        "en direct",
        "a la une",
        "video",
        "videos",
        "cet article vous a plu",
    ),
    RELATED_LINKS: (
        "sur le",
        "meme theme",
        "sur le meme theme",
        "sur le meme sujet",
        "dans la meme rubrique",
        "a lire egalement",
        "articles similaires",
        "articles lies",
        "nos articles",
        "vous aimerez aussi",
        "ces articles peuvent vous interesser",
        "ces articles pourraient vous interesser",
        "les plus lus",
        "les plus partages",
        "les plus commentes",
        "dernieres actualites",
        "nos dernieres actualites",
        "les dernieres infos",
        "l info en continu",
    ),
}

# Lines that open a block of links: the list items after them are links too, until article text comes back.
PHRASES: dict[str, frozenset[str]] = {reason: frozenset(lines) for reason, lines in _PHRASE_LISTS.items()}
RELATED_HEADERS: frozenset[str] = PHRASES[RELATED_LINKS] | {"a lire aussi", "lire aussi", "a voir aussi"}
LIST_ITEM = re.compile(r"^\s*[-–—•*]\s*\S")

# Parts of a kept line: the match is cut out (and recorded), the rest of the line stays.
PARTIAL_RULES: tuple[Rule, ...] = (
    Rule(
        "stamp before the text",
        BYLINE,
        re.compile(rf"^\s*{_STAMP_WITH_CLOCK}\s*[,.|–—-]?\s*"),
        "a 'Mis à jour le 21/12/2020 à 10h15' stamp glued in front of the first sentence",
    ),
    Rule(
        "date and reading time",
        DATE_PREFIX,
        re.compile(
            r"^\s*date\s*:?\s*\d{4}-\d{2}(?:-\d{2})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
            r"(?:\s+\d{1,3}\s*min(?:utes?)?\.?)?\s*"
            r"|^\s*\d{4}-\d{2}(?:-\d{2})?\s+\d{1,3}\s*min(?:utes?)?\.?\s*",
            re.I,
        ),
        "a scraper's 'date 2020-12 15 minutes.' header in front of the first sentence",
    ),
    Rule(
        "upper-case rubric",
        RUBRIC_PREFIX,
        re.compile(rf"^\s*[{_UPPER}]{{3,}}(?:[ '’\-][{_UPPER}]{{2,}}){{0,2}}\s+[-–—]\s+(?=[{_UPPER}«\"“0-9])"),
        "the site's 'INTERNATIONAL - ' rubric in front of the lead sentence",
    ),
    Rule(
        "tweet link after prose",
        SOCIAL_EMBED,
        re.compile(r"\s*(?:" + TWEET_LINK.pattern + r").*$", re.I),
        "an embed's link left after a sentence that is article prose: the sentence stays, the link goes",
    ),
)

# --- The brief: an instruction to the writer left at the top of the article. ---------------------------------

BRIEF_MAX_WORDS = 80
# An instruction verb or phrase (English or French) ...
BRIEF_ASK = re.compile(
    r"\b(?:make|rewrite|re-write|write|create|generate|produce|turn|optimi[sz]e|paraphrase|rephrase|reword|"
    r"let there be|use|add|include|should|must|please|"
    r"réécri\w*|reecri\w*|rédige\w*|redige\w*|écri[sv]\w*|reformule\w*|optimise\w*|transforme\w*|génère\w*|"
    r"genere\w*|fais|faites|ajoute\w*|utilise\w*|il faut|merci de)\b",
    re.I,
)
# ... about the writing task: each cue counts once; a brief needs two, or one strong phrase.
BRIEF_CUES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\bseo\b|\bréférencement\b", re.I),
    re.compile(r"\b\d+\s*(?:-\s*)?(?:words?|mots?)\b", re.I),
    re.compile(r"\bsub-?headings?\b|\bintertitres?\b|\bsous-titres?\b", re.I),
    re.compile(r"\b(?:in|into)\s+(?:french|english)\b|\ben\s+(?:français|francais|anglais)\b", re.I),
    re.compile(r"\btone\b|\bun\s+ton\b", re.I),
    re.compile(r"\b(?:this|the|cet|cette|ce)\s+(?:article|text|texte)\b", re.I),  # addressed, not "un article"
)
BRIEF_MIN_CUES = 2
BRIEF_STRONG = re.compile(
    r"\b(?:rewrite|re-write|rephrase|paraphrase|reword|make|optimi[sz]e|réécri\w*|reecri\w*|rédige\w*|redige\w*|"
    r"reformule\w*|optimise\w*)\s+(?:this|the|my|cet|ce|cette|le|mon)\s+(?:article|text|texte)\b"
    r"|\bseo[- ]?(?:friendly|compatible|optimi[sz]ed|optimisé)\b",
    re.I,
)
BRIEF_MIN_WORDS = re.compile(
    r"\b(?:at\s+least|minimum(?:\s+of)?|min\.?|no\s+less\s+than|more\s+than|over|au\s+moins|au\s+minimum|"
    r"minimum\s+de|plus\s+de|pas\s+moins\s+de)\s+(\d{1,3}(?:[ ,.\u202f]\d{3})*|\d+)\s*(?:words?|mots?)\b",
    re.I,
)
BRIEF_WORDS = re.compile(r"\b(\d{1,3}(?:[ ,.\u202f]\d{3})*|\d+)\s*(?:-\s*)?(?:words?|mots?)\b", re.I)
BRIEF_LANGUAGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("fr", re.compile(r"\b(?:in|into)\s+french\b|\ben\s+français\b|\ben\s+francais\b|\bfrench\b", re.I)),
    ("en", re.compile(r"\b(?:in|into)\s+english\b|\ben\s+anglais\b", re.I)),
)
BRIEF_NO_SUBHEADINGS = re.compile(
    r"\b(?:no|without)\s+(?:sub-?)?headings?\b|\bsans\s+(?:intertitres?|sous-titres?)\b", re.I
)
BRIEF_SUBHEADINGS = re.compile(r"\bsub-?headings?\b|\bheadings?\b|\bintertitres?\b|\bsous-titres?\b|\bh2s?\b", re.I)
BRIEF_SEO = re.compile(r"\bseo\b|\bréférencement\b|\breferencement\b", re.I)
BRIEF_TONE = re.compile(
    r"\b(?:in|with|using)\s+an?\s+([a-z][a-z\-]{2,30})\s+tone\b"
    r"|\btone\s*(?::|=|should be|of)\s*([a-z][a-z\-]{2,30})"
    r"|\b(?:sur\s+)?un\s+ton\s+([a-zàâçéèêëîïôûù][a-zàâçéèêëîïôûù\-]{2,30})"
    r"|\bton\s*[:=]\s*([a-zàâçéèêëîïôûù][a-zàâçéèêëîïôûù\-]{2,30})",
    re.I,
)

# --- Headings ---------------------------------------------------------------------------------------------
HEADING_MARK = re.compile(r"^#{1,6}\s+")  # what extract_text writes in front of a known heading (md, html, docx)
HEADING_MAX_WORDS = 14
HEADING_MAX_CHARS = 120
HEADING_MIN_WORDS = 2
SENTENCE_END = ".!?…:;,"
CLOSING_QUOTES = "»”\"’'"
HEADING_START = re.compile(rf"^[{_UPPER}0-9«\"“]")

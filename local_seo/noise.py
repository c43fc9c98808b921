"""Boilerplate that ingest drops from a raw article, as named data.

Every rule carries the ``reason`` a user sees in the list of removals, and a ``why`` for the next reader.
ingest.py only walks these tables; a new kind of noise is a new row here, not a new branch there.

Line rules match a whole line (anchored); prefix rules remove the start of a line and keep the rest;
phrase lists are compared with :func:`local_seo.text.fold` (lower case, no accents, apostrophes as spaces).
The context tables at the end of the line rules (rubric labels, byline markers, tag headers, link-list headers,
comment threads) name lines that are noise only by their place: ingest.clean_text reads them with the lines
around in view, so that a section title or a list item of the article is never taken for a label.
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
COUNTER = "counter/lone symbol"
RUBRIC_LABEL = "rubric/tag label"
AUDIO_PLAYER = "audio player"
BARE_LINK = "bare link"
COMMENTS = "reader comments"
REPEATED_TITLE = "repeated title"
CAPTION = "photo caption"
STRAY_PUNCTUATION = "stray punctuation"


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
# Abbreviated months as page stamps print them ("27 Mar 20", "3 janv. 2021"); matched in any case.
_MONTHS_ABBR = "janv|jan|févr|fevr|fév|fev|avr|juil|sept|sep|oct|nov|déc|dec|mar"
_STAMP_WORD = r"(?:[Pp]ubliée?|[Mm]ise? à jour|[Mm]odifiée?|[Aa]ctualisée?|[Cc]réée?|[ÉE]dition)"
_CLOCK = r"\d{1,2}\s*[h:]\s*\d{0,2}"
_STAMP_DATE = (
    rf"(?:(?:le|du)\s+(?:(?i:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?|le\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|hier|aujourd['’]hui|il\s+y\s+a\s+\d+\s+(?:min|minutes?|heures?|h|jours?)"
    # "le 27 Mar 20", "sur 18/02/2020", "12.12.2019" (after "Créé:"): the shorter forms some sites print
    rf"|le\s+\d{{1,2}}\s+(?i:{_MONTHS_ABBR})\.?\s+\d{{2,4}}"
    rf"|(?:(?:le|sur|du)\s+)?\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}})"
)
# "Publié le 4 février 2023 à 20h01", "Publié hier à 14h10", "Mis à jour le 21/12/2020", "Créé: 12.12.2019, 07h36":
# a stamp, not a sentence.
_STAMP = rf"{_STAMP_WORD}(?:\s*:\s*|\s+){_STAMP_DATE}(?:\s*(?:à|-|,)\s*{_CLOCK})?"
_STAMP_WITH_CLOCK = rf"{_STAMP_WORD}(?:\s*:\s*|\s+){_STAMP_DATE}\s*(?:à|-|,)\s*{_CLOCK}"

# Links that only a social-media embed leaves in copied text.
TWEET_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://(?:t\.co|(?:www\.)?(?:twitter|x)\.com)/\S+", re.I)

# The attribution line under an embedded tweet: "— Name (@handle) 8 décembre 2023" (a dash, sometimes glued).
TWEET_ATTRIBUTION = re.compile(r"^[-—–]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?:[^\n]{0,40}\d{4})?\s*$")

# A tweet's own text, cut by the embed, ends with an ellipsis; article prose ends with a full stop.
TRUNCATED_END = re.compile(r"(?:…|\.\.\.)\s*$")

# The line under an embedded Facebook post: "Publiée par <page> sur Jeudi 26 mars 2020" (the post is the line above).
FACEBOOK_ATTRIBUTION = re.compile(
    rf"^\s*Publiée?\s+par\s+[^.!?]{{1,100}}?\s+sur\s+"
    rf"(?i:(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS}|{_MONTHS_ABBR})\.?(?:\s+\d{{2,4}})?"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})\s*$"
)
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
            r"|^\s*[àa]\s+(?:voir|lire|écouter|ecouter)\s*:?\s*$"
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
            rf"^\s*(?:Par|By)(?:\s*:)?\s+[{_UPPER}][\w'’.\-]+"
            rf"(?:\s+(?:[{_UPPER}][\w'’.\-]+|de|du|des|d['’]\w+|et|avec|and)){{0,6}}"
            r"(?:\s*[,|–—\-]\s*.{0,60})?(?<![.!?…])\s*$"
        ),
        "the 'Par Jean Dupont, journaliste' byline",
    ),
    Rule(
        "date line",
        BYLINE,
        re.compile(
            rf"^\s*(?:[^\W\d_]+\s+)?(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+"
            rf"(?:{_MONTHS}|(?:{_MONTHS_ABBR})\.?)\s+\d{{4}}"
            r"(?:\s*(?:à|-|,|\|)\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*$"
            r"|^\s*\d{1,2}/\d{1,2}/\d{2,4}(?:\s*(?:à|-)?\s*\d{1,2}[h:]\d{2})?\s*$",
            re.I,
        ),
        "a date alone on its line, the page's date stamp, maybe under a label and with its time ('durée 20 février "
        "2025 | 16h41')",
    ),
    Rule(
        "photo caption",
        CAPTION,
        re.compile(r"^(?!.*[.!?…»”]\s*$).*\((?:au centre|à gauche|à droite|de gauche à droite|au premier plan|"
                   r"en haut|en bas|ci-dessus|ci-contre)\).*$", re.I),
        "a line that says who stands where in the photo ('Le maire (au centre), entouré de sa première adjointe') "
        "and ends without a full stop: the photo's caption",
    ),
    Rule(
        "category line",
        BYLINE,
        re.compile(r"^\s*in\s+[A-Z][\w’'&.-]*(?:\s+[A-Z&][\w’'&.-]*){0,3}\s*$"),
        "a blog theme's 'by … / 18 Juil 2022 / in Auto' header: the category the post is filed in",
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
        "html tags",
        HTML_BOILERPLATE,
        re.compile(r"^\s*<(\w+)[^<>]*>[^<>]{0,60}</\1>\s*$"),
        "a short line left in its HTML tags by a copy of the page source ('<p>(SDH/LPI)</p>', a signature)",
    ),
    Rule(
        "video caption",
        CAPTION,
        re.compile(r"^.*/\s*\d{1,2}h\d{2}\s*/\s*\d{1,3}\s*(?:sec|min)\.?(?:\s*/.*)?$"),
        "a video's caption with its programme, length and date ('… conseillère d'Etat / 12h45 / 37 sec. / le 18 mars "
        "2019')",
    ),
    Rule(
        "authors' initials",
        BYLINE,
        re.compile(rf"^\s*[{_UPPER}](?:\.[A-Za-z]){{1,3}}\.?(?:\s*[,/&]\s*[{_UPPER}](?:\.[A-Za-z]){{1,3}}\.?)*\s*$"),
        "the authors signing with their initials ('C.d.S, C.M.')",
    ),
    Rule(
        "live-blog teaser",
        READ_ALSO,
        re.compile(rf"^\s*(?:[{_UPPER}]{{3,}}\s+)?Retrouvez\s+(?:ici\s+|tous?\s+|toutes\s+)?(?:les|la|le|l['’]|nos|notre)\b"
                   r"[^.!?]*[.!?]?\s*$"),
        "the line that sends the reader to another page or a live feed ('CONFLIT Retrouvez les développements de la "
        "guerre … du lundi 12 septembre')",
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

# A person's name as bylines print it: capitalised words, with the particles of French and foreign names.
_NAME_WORD = rf"[{_UPPER}][\w'’.\-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|du|des|d['’]|van|von|der|ben|bin|al|el|le|la)){{0,3}}"
# Agencies and picture libraries that sign a caption after a dash ("… — Bob Edme/AP").
_AGENCIES = (
    "AFP|AP|Reuters|Getty(?: Images)?|Belga|Shutterstock|Abaca|Sipa|SIPA|MaxPPP|MAXPPP|Bestimage|ATS|Keystone|ČTK|CTK"
)

# Page furniture that real pages print on their own line, around the article (see tests/test_ingest.py for each).
LINE_RULES += (
    Rule(
        "share button",
        SITE_NAVIGATION,
        re.compile(
            r"^\s*(?:partager|partagez|envoyer|publier|épingler|imprimer)(?:\s+(?:cet\s+article|l['’]article))?"
            r"(?:\s+(?:sur|par|via|dans)(?:\s+[\w.+\-]+){0,2})?\s*:?\s*$",
            re.I,
        ),
        "the share bar: 'Partager sur Messenger', 'Envoyer par Mail', 'partager sur :'",
    ),
    Rule(
        "counter with label",
        COUNTER,
        re.compile(r"^\s*\d[\d\s.,]*[kK]?\s*(?:commentaires?|partages?|réactions?|vues?|likes?|j['’]aime)\s*$", re.I),
        "the share bar's counters: '0 partage', '12 commentaires'",
    ),
    Rule(
        "lone number or symbol",
        COUNTER,
        re.compile(r"^[\W\d_]+$"),
        "a line of digits and punctuation only: counters ('0', '58', '704'), player times ('0:00', '4:22'), "
        "buttons and separators ('-', '/', '<', '>'); no word of article text is ever only that",
    ),
    Rule(
        "reading time (minutes first)",
        BYLINE,
        re.compile(r"^\s*\d{1,3}\s*min(?:utes?)?\.?\s+(?:de\s+lecture|lues?|à\s+lire|read)\s*$", re.I),
        "the page's '8 min lues' / '3 min de lecture' label",
    ),
    Rule(
        "byline with separator",
        BYLINE,
        re.compile(rf"^\s*{_NAME}\s*[|•]\s*$"),
        "an author's name closed by the separator that came before the date: 'Marie Merlet |'",
    ),
    Rule(
        "editorial team",
        BYLINE,
        re.compile(
            r"^\s*(?:(?:l['’])?[ÉéEe]quipe\s+(?:de\s+(?:la\s+)?)?r[ée]daction|(?:la\s+)?r[ée]daction(?:\s+web)?)"
            r"(?:\s*[,|–—\-:]\s*[^.!?]{0,50})?\s*$",
            re.I,
        ),
        "the author box's 'Equipe de rédaction, La Presse' / 'La rédaction' signature",
    ),
    Rule(
        "photo credit with label",
        CREDIT,
        re.compile(
            r"^\s*(?:[Cc]r[ée]dits?(?:\s+[Pp]hotos?)?|[Pp]hotos?|[Ii]llustrations?|[Ii]mages?|[Ss]ource\s+photo)"
            r"\s*:\s*[^.!?]{1,80}$"
        ),
        "a photo credit on its own line: 'Crédits photos : Bestimage', 'Photo : Radio-Canada / Steve Bruce'",
    ),
    Rule(
        "reporting credit",
        CREDIT,
        re.compile(
            r"^\s*(?:[Dd]['’]apr[èe]s (?:les )?informations (?:de|du|des|d['’])|[Aa]vec (?:l['’])?(?:AFP|Reuters|AP|ATS|"
            r"Belga|agences?)\b|[Ss]ources?\s*:)[^.!?]{0,80}$"
        ),
        "who the newsroom's story relies on, on its own line at the end: 'D'après les informations de Matthew Kupfer "
        "de CBC', 'Avec AFP'",
    ),
    Rule(
        "caption with photo credit",
        CREDIT,
        re.compile(r"^\s*[^.!?:]{1,80},\s*[Pp]hotos?\s*:\s*[^.!?]{1,80}$"),
        "a caption that is only a name and its credit: 'Roman Prymula, photo: Archives du Gouvernement tchèque'",
    ),
    Rule(
        "facebook post attribution",
        SOCIAL_EMBED,
        FACEBOOK_ATTRIBUTION,
        "the 'Publiée par <page> sur Jeudi 26 mars 2020' line under an embedded Facebook post",
    ),
    Rule(
        "tag line",
        RUBRIC_LABEL,
        re.compile(
            r"^\s*(?:Tags(?:\s*:\s*|(?=[a-zà-ÿ]))|Tag\s*:\s*|(?:Mots?[- ]cl[ée]s?|[ÉE]tiquettes?)\s*:\s*)[^.!?]{0,200}$"
            r"|^\s*\+[^+]{1,40}(?:\+[^+]{1,40})+$"
        ),
        "the article's tags: 'Tagsfemmehommeparité' (label glued to the tags), '+Actu Pays Basque+Coronavirus+Société'",
    ),
    Rule(
        "kicker label",
        RUBRIC_LABEL,
        re.compile(r"^\s*\|\s*[\w'’\- ]{1,30}$"),
        "a rubric kicker printed before a related headline: '| BILAN', '| prudence'",
    ),
    Rule(
        "previous/next article",
        RELATED_LINKS,
        re.compile(r"^\s*(?:article|post|billet)\s+(?:pr[ée]c[ée]dent|suivant)(?-i:(?![a-zà-ÿ])).*$", re.I),
        "'Article précédent …' / 'Article suivant …' links under the article (the headline is often glued on)",
    ),
    Rule(
        "link-list header",
        RELATED_LINKS,
        re.compile(
            r"^\s*(?:articles?\s+(?:connexes|correspondants|similaires|li[ée]s|recommand[ée]s|associ[ée]s)"
            r"(?:\s*plus\s+de\s+l['’]auteur)?"
            r"|derni[èe]res?\s+(?:news|actus?|actualit[ée]s|infos|articles)(?:\s+sur\s*:\s*[^.!?]{1,60})?"
            r"|charger\s+plus\b[^.!?]{0,60}|plus\s+de\s+l['’]auteur)\s*:?\s*$",
            re.I,
        ),
        "the header of a block of other headlines: 'Articles connexes', 'Dernières News sur : Jacques Chirac', "
        "'Charger plus d'articles'",
    ),
    Rule(
        "bare url",
        BARE_LINK,
        re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I),
        "a line that is only a web address (an author box's site link)",
    ),
)

# Rules whose line opens a block of links: the headline-like lines after it are links too.
LINK_LIST_RULES: frozenset[str] = frozenset({"previous/next article", "link-list header"})
# Rules that recognise a date stamp: a line of names just before one is the byline.
STAMP_RULES: frozenset[str] = frozenset({"publication stamp", "date line"})

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
        # share and save buttons
        "pinterest",
        "messenger",
        "flipboard",
        "mail",
        "sauvegarder",
        "sauvegarder l article",
        "sauvegarder cet article",
        "sauvegarder cet article pour le lire plus tard",
        "pour sauvegarder cet article et le retrouver facilement, vous devez vous connecter",
        "pour sauvegarder cette article et le retrouver facilement, vous devez vous connecter",
        "mettre en favori",
        "mettre en favoris",
        "ajouter aux favoris",
        "ajoute",
        "retire",
        "article ajoute a votre profil",
        "article retire",
        "voir mon profil",
        "je me connecte",
        "annuler",
        "voir sa bio",
        "une faute",
        "signaler une faute",
        "signaler une erreur",
        "precedent",
        "suivant",
        # a contact link, the close button or X's (Twitter's) share button left alone on its line (Info Dimanche)
        # the label of the page's summary box (20 Minutes' « L’ESSENTIEL »): its points follow as text
        "l essentiel",
        # a stamp's label left alone on its line when the date went (RTS: « Modifié »)
        "modifie",
        "mis a jour",
        "publie",
        "nous joindre",
        # a share widget's label (Arab News: « Short Url » over the article)
        "short url",
        "nous contacter",
        "contactez nous",
        "x",
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
        "en relation",
        "articles connexes",
        "articles correspondants",
        "dans la meme categorie",
        "a decouvrir",
        "a decouvrir aussi",
        "plus de l auteur",
    ),
    COUNTER: ("commentaire", "partage", "partages", "j aime", "vues"),
    AUDIO_PLAYER: (
        "play",
        "pause",
        "play / pause",
        "lecture / pause",
        "lecture",
        "volume",
        "previous",
        "next",
        "duree de l audio",
        "duree de la video",
        "lancer la lecture",
        "telecharger",
        "couper le son",
        "plein ecran",
    ),
    # "Par" alone, "Auteur :": the name comes on the next line (see BYLINE_MARKERS).
    BYLINE: ("par", "by", "auteur", "auteurs", "auteure", "ecrit par", "redige par"),
    # "Autour de :", "mot-clé:": the tags come on the next lines (see TAG_HEADERS).
    RUBRIC_LABEL: (
        "autour de",
        "a propos de",
        "tags",
        "tag",
        "mots cles",
        "mot cle",
        "etiquettes",
        "themes",
        "thematiques",
        "sujets associes",
    ),
    COMMENTS: (
        "repondre",
        "laisser un commentaire",
        "laisser une reponse",
        "annuler la reponse",
        "ajouter un commentaire",
        "signaler un abus",
    ),
}

# Lines that open a block of links: the list items after them are links too, until article text comes back.
PHRASES: dict[str, frozenset[str]] = {reason: frozenset(lines) for reason, lines in _PHRASE_LISTS.items()}
RELATED_HEADERS: frozenset[str] = PHRASES[RELATED_LINKS] | {"a lire aussi", "lire aussi", "a voir aussi"}
LIST_ITEM = re.compile(r"^\s*[-–—•*]\s*\S")

# --- Context: lines that are noise because of the lines around them -----------------------------------------
# ingest.clean_text applies these with the neighbouring lines in view; a line of article text is never removed
# for its words alone here, only when its place shows it is a label, a name, a tag or a link.

# A line that closes the article and may open its link block: a header only when headline-like lines follow
# (else it is left alone).
CONDITIONAL_LINK_HEADERS: frozenset[str] = frozenset({"a suivre"})
LINK_HEADER_LOOKAHEAD = 12  # lines looked at, past noise, for the first line after such a header

# In a link block (after a related header), lines that look like headlines, not sentences, are links too.
HEADLINE_MAX_WORDS = 25
# "Guerre en Ukraine : Zelensky à Bruxelles ?" is a headline; a longer question is prose.
HEADLINE_QUESTION_MAX_WORDS = 15
SENTENCE_MIN_WORDS = 4  # below this, a line ending with a stop is still a caption or label, not prose

# Rubric and category labels that sites print on their own line above the title or under the article
# (folded). Removed when no article text has started yet, or when the next line is not a sentence (a real
# one-word section title is followed by its paragraph); after the article, a label followed by a headline
# opens a block of related links.
RUBRIC_LABELS: frozenset[str] = frozenset(
    {
        *("international", "politique", "economie", "societe", "sport", "sports", "culture", "sante", "sciences"),
        *("science", "environnement", "planete", "meteo", "people", "tech", "high tech", "conso", "justice"),
        *("medias", "monde", "france", "europe", "regions", "insolite", "video", "education", "immobilier"),
        *("emploi", "auto", "voyage", "faits divers", "agriculture", "solidarite", "a la une"),
        *("news", "actu", "actus", "l actu", "actualite", "actualites", "news de stars"),
        *("homme politique", "femme politique"),
    }
)
RUBRIC_LABEL_MAX_WORDS = 3

# Lines that announce the author ("Par", "Auteur :"): the next line, when it is only a name, is the byline.
BYLINE_MARKERS: frozenset[str] = frozenset(PHRASES[BYLINE])
# What an author is, on the line under the byline (« Journaliste de l'Initiative de journalisme local »): folded
# first words of that line, which holds no sentence.
BYLINE_ROLES: tuple[str, ...] = (
    "journaliste", "redacteur", "redactrice", "correspondant", "correspondante", "envoye special",
    "envoyee speciale", "reporter", "reporteur", "reportrice", "photographe", "photojournaliste", "chroniqueur",
    "chroniqueuse", "pigiste", "editeur", "editrice", "cheffe", "chef de rubrique", "stagiaire",
)
# Lines that announce tags ("Autour de :", "mot-clé:"): the short lines after them are the tags.
TAG_HEADERS: frozenset[str] = frozenset(PHRASES[RUBRIC_LABEL])
TAG_MAX_WORDS = 4
TAG_MAX_LINES = 12

# A person's name on its own line: capitalised words, these particles allowed, names joined by these words.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "du", "des", "d'", "d’", "van", "von", "der", "den", "ben", "bin", "al", "el", "le", "la", "di", "da"}
)
NAME_JOINERS = re.compile(r"\s*(?:,|&|\bet\b|\band\b)\s*")
NAME_MAX_WORDS = 4  # words of one name ("Jean-Paul de La Tour")
NAME_TRAILING = " |,;•–—-"

# Reader comments: a header ("Un commentaire", "3 commentaires") confirmed by the reply buttons under each
# comment; everything from the header to the last reply button is the comment thread.
COMMENT_HEADER = re.compile(r"^(?:(?:un|une|\d+)\s+)?(?:commentaires?|reactions?)$")
COMMENT_REPLY: frozenset[str] = frozenset({"repondre", "signaler un abus"})
COMMENT_END: frozenset[str] = frozenset(PHRASES[COMMENTS])
COMMENT_MAX_GAP = 12  # lines between a header or reply button and the next reply button of the same thread

_RUBRIC_ALTERNATION = "|".join(re.escape(r) for r in sorted(RUBRICS + ("Agriculture",), key=len, reverse=True))
_BREADCRUMB_PART = rf"(?:à la une|[Àà] la Une|Actualités?|Actu|News|{_RUBRIC_ALTERNATION})"
_GLUED_RUBRICS = _RUBRIC_ALTERNATION
# How a lead sentence starts: what may follow a rubric or kicker glued in front of it.
_LEAD_START = (r"(?:L['’]|(?:Le|La|Les|Un|Une|Des|Du|En|Au|Aux|À|Il|Elle|Ils|Elles|Ce|Cette|Ces|Selon|Après|Pour"
               r"|Dans|Sur|Depuis|Avec)\s)")

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
        "dateline",
        BYLINE,
        re.compile(rf"^\s*\([{_UPPER}]{{3,}}(?:[ '’\-][{_UPPER}]{{2,}}){{0,2}}\)\s*[-–—]?\s*(?=[{_UPPER}«\"“0-9])"),
        "the city the dispatch was written in, in capitals and brackets before the lead ('(QUÉBEC) On a longtemps "
        "parlé …')",
    ),
    Rule(
        "dateline with a colon",
        BYLINE,
        re.compile(rf"^\s*[{_UPPER}]{{3,}}(?:[ '’\-][{_UPPER}]{{2,}}){{0,2}}(?:\s*\([^()]{{1,30}}\))?\s*:\s+"
                   rf"(?=[{_UPPER}][a-zà-ÿ'’]|[«\"“])"),
        "the city of an agency dispatch in capitals and a colon before the lead ('HOSTENS: La fin du troisième "
        "épisode caniculaire …')",
    ),
    Rule(
        "upper-case rubric",
        RUBRIC_PREFIX,
        re.compile(rf"^\s*[{_UPPER}]{{3,}}(?:[ '’\-][{_UPPER}]{{2,}}){{0,2}}\s+[-–—]\s+(?=[{_UPPER}«\"“0-9])"),
        "the site's 'INTERNATIONAL - ' rubric in front of the lead sentence",
    ),
    Rule(
        "breadcrumb before the title",
        SITE_NAVIGATION,
        re.compile(
            rf"^\s*Accueil(?:\s*[>»›/|]\s*(?:{_BREADCRUMB_PART}(?:\s*[>»›/|]\s*|\s+))*"
            rf"|\s+(?:{_BREADCRUMB_PART}(?:\s*[>»›/|]\s*|\s+))+)(?=[{_UPPER}«\"“0-9])"
        ),
        "the 'Accueil à la une …' / 'Accueil > Société > …' trail glued in front of the title",
    ),
    Rule(
        "rubric glued to the lead",
        RUBRIC_PREFIX,
        re.compile(
            rf"^\s*(?:{_GLUED_RUBRICS})"
            rf"(?={_LEAD_START})"
        ),
        "a rubric glued to the first word of the lead ('AgricultureL'Office fédéral …'): no space, a capital after",
    ),
    Rule(
        "rubric word before a title",
        RUBRIC_PREFIX,
        re.compile(rf"^\s*[{_UPPER}][a-zà-ÿ]+\.\s+(?=[{_UPPER}][^.!?]*$)"),
        "a one-word rubric and a full stop in front of a title ('Solidarité. Le Centre Hospitalier … lance un appel "
        "aux dons'): the title has no final stop, so the word is no sentence of its own",
    ),
    Rule(
        "kicker glued to the lead",
        RUBRIC_PREFIX,
        re.compile(rf"^\s*[a-zà-ÿ][a-zà-ÿ'’-]*(?:\s+[a-zà-ÿ'’-]+){{0,2}}\s+(?={_LEAD_START})"),
        "a lower-case kicker in front of the chapô ('gros temps La nouvelle dépression …'): a sentence starts after it",
    ),
    Rule(
        "stray punctuation before the text",
        STRAY_PUNCTUATION,
        re.compile(rf"^\s*[.·•|]+\s+(?=[{_UPPER}«\"“0-9])"),
        "a full stop or bullet a page prints before a line ('. Un point c'est tout pour les Red Devils')",
    ),
    Rule(
        "credit after a caption",
        CAPTION,
        re.compile(
            r"\s*\(\s*©[^()]{1,60}\)\s*$"
            rf"|\s*\(\s*(?:Photos?|Cr[ée]dits?(?: photo)?|Illustration)\s*[,:/]?\s*(?:{_AGENCIES})\s*\)\s*\.?\s*$"
            rf"|(?<=[.!?»)])\s+[—–-]\s+(?:[{_UPPER}][^—–.!?/]{{0,40}}/\s*)?(?:{_AGENCIES})(?:\s*/\s*(?:{_AGENCIES}))*\s*$"
        ),
        "the credit a photo caption ends with: '… informatique. (©Adobe Stock)', '… France, le 11 août 2022 (Photo, "
        "AFP).', '… Atlantiques. — Bob Edme/AP' (or "
        "'— Emilio Morenatti/AP/SIPA'); the "
        "line it ends is the caption, and goes with it",
    ),
    Rule(
        "agency signature",
        BYLINE,
        re.compile(r"(?<=[.!?…»”])\s*\(\s*(?:ats|afp|ap|reuters|belga|apa|dpa|awp|ansa|ctk|čtk|sda|keystone-ats)"
                   r"(?:\s*/\s*[a-zà-ÿ]{1,6}){0,3}\s*\)\s*$", re.I),
        "the agencies' and editors' initials a dispatch ends with ('… animaux aquatiques. (ats/nxp)'): the sentence "
        "stays, the signature goes",
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
# HTML elements that hold a picture's caption or credit, not article text: <figcaption>, and blocks whose class or
# id says so (« e-image-legend », « caption », « legende »); an image's alt text and JSON-LD description too.
CAPTION_CLASS = re.compile(r"caption|legend|l[ée]gende|credit", re.I)
HEADING_MARK = re.compile(r"^#{1,6}\s+")  # what extract_text writes in front of a known heading (md, html, docx)
HEADING_MAX_WORDS = 14
HEADING_MAX_CHARS = 120
HEADING_MIN_WORDS = 2
SENTENCE_END = ".!?…:;,"
CLOSING_QUOTES = "»”\"’'"
HEADING_START = re.compile(rf"^[{_UPPER}0-9«\"“]")

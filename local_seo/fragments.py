"""Shorter faithful statements cut from a source sentence's parse, for the sections written from facts.

Each function takes one parsed sentence and returns complete sentences that say part of it and nothing else: the main
clause without its subordinate clauses, a relative clause promoted to a sentence with its antecedent, an apposition
("Christopher Miller, le nouveau ministre…") turned into a who-is-who line. The guard still checks every one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import NEGATION_WORDS, SAYING_LEMMAS, TIME_WORDS, asks, attributions, quotes_in
from .text import elides_before, folded_words, quote_open, quotes_balanced, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DROP_DEPS = frozenset({"acl:relcl", "advcl", "parataxis", "appos", "dislocated", "vocative", "discourse"})
MAX_FRAGMENT_WORDS = 28


@dataclass(frozen=True)
class Fragment:
    text: str
    kind: str  # "main_clause" | "relative" | "apposition" | "clause"
    focus: str | None = None  # the entity or number the fragment is about


def tidy(text: str) -> str:
    """Spacing and punctuation of a sentence assembled from tokens: French spacing, one final period."""
    text = " ".join(text.split())
    # « L’Union suisse des paysans a, elle, demandé … »: the contrast with a sentence before means nothing alone
    text = re.sub(r"(\w)\s*,\s*(?:lui|elle|eux|elles)(?:\s+aussi)?\s*,\s*(?=\w)", r"\1 ", text)
    text = re.sub(r"\s+([,.)…])", r"\1", text)
    text = re.sub(r"([(«])\s*", lambda m: m.group(1) + (" " if m.group(1) == "«" else ""), text)
    text = re.sub(r"\s*»", " »", text)
    text = re.sub(r"([’'])\s+", r"\1", text)
    text = re.sub(r"\s*,\s*,+", ",", text)
    text = re.sub(r"[,;:]\s*([.!?])", r"\1", text)
    text = re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)
    text = re.sub(r"\s+-\s*t\s*-\s*", "-t-", text)
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if not re.search(r"[.!?»]$", text) or re.search(r"[^.!?…\s]\s*»$", text):
        text += "."  # « … a répondu par « je ne sais pas ». », but « … ? » ends the sentence already
    return text


def _subtree_without(tok: "Token", drop: frozenset[str]) -> list["Token"]:
    """``tok``'s subtree without the subtrees of children whose relation is in ``drop``, and without the commas
    that opened or closed what was dropped."""
    out: list[Token] = []
    dropped: set[int] = set()

    def walk(t: "Token") -> None:
        for ch in t.lefts:
            if ch.dep_ not in drop:
                walk(ch)
            else:
                dropped.update(x.i for x in ch.subtree)
        out.append(t)
        for ch in t.rights:
            if ch.dep_ not in drop:
                walk(ch)
            else:
                dropped.update(x.i for x in ch.subtree)

    walk(tok)
    kept = sorted(out, key=lambda t: t.i)
    kept = [t for t in kept
            if not (t.is_punct and t.text in ",;:()—–" and (t.i - 1 in dropped or t.i + 1 in dropped)
                    and _is_incise_comma(t, dropped))]
    return _with_brackets(kept)


PRONOUN_SUBJECTS = frozenset({"il", "elle", "ils", "elles", "cela", "ça", "ceci", "celui-ci", "celle-ci", "ceux-ci",
                              "celles-ci", "on"})
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})  # « Cette opération coordonnée … »: the one just told
REFLEXIVE_PRONOUNS = frozenset({"se", "s'", "s’"})  # a pronominal verb's « se »


def refers_back(text: str) -> bool:
    """Whether a sentence goes on with the one before it: a demonstrative or a subject pronoun within its first four
    words (« Cette opération … », « À cette question, … », « Ils ont trouvé refuge », « En 2014, celui-ci … »), or a
    pronoun that counts what the one before named (« Aucune n’a été touchée », of the houses)."""
    opening = {w.lower() for w in words(text)[:4]}  # « celui-ci » whole; « À cette question, … » too
    # a demonstrative anywhere in a phrase set before the subject (« Dans le minuscule dispensaire de ce douar, … »)
    front = words(text.split(",", 1)[0]) if "," in text else []
    if len(front) <= FRONT_MAX_WORDS and set(w.lower() for w in front) & DEMONSTRATIVES:
        return True
    return bool(opening & (DEMONSTRATIVES | PRONOUN_SUBJECTS)) or bool(QUANTIFIER_SUBJECT.match(text))


FRONT_MAX_WORDS = 12  # a phrase set before the subject, up to its comma


# as the subject itself (« Aucune n’a été touchée »), not as a determiner (« Aucun groupe »): who, out of context?
QUANTIFIER_PRONOUNS = frozenset({"aucun", "aucune", "chacun", "chacune", "plusieurs", "certains", "certaines"})
QUANTIFIER_SUBJECT = re.compile(rf"(?i)(?:{'|'.join(sorted(QUANTIFIER_PRONOUNS))})\s+(?:n[’']|ne\s|se\s|s[’']|a\s"
                                r"|ont\s|est\s|sont\s|avait\s|avaient\s|était\s|étaient\s)")
VAGUE_SUBJECTS = PRONOUN_SUBJECTS | QUANTIFIER_PRONOUNS
TOPIC_MARKERS = frozenset({"quant", "parmi", "concernant"})  # a phrase in front that sets what a figure is about
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
NEGATION_PAIRS = frozenset({"pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guère", "que", "qu'",
                            "qu’", "nullement", "point", "ni", "nul", "nulle"})
# subordinators whose clause is a condition, a purpose or a time not yet come: never a fact on its own
CONDITION_MARKS = frozenset({"si", "s", "avant", "pour", "afin", "sans", "bien", "moins", "pourvu", "quoique",
                             "jusqu", "jusque"})
CORE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "obl:arg", "obl:agent"})
FUNCTION_DEPS = frozenset({"case", "mark", "fixed", "det", "cop", "flat", "flat:name", "compound"})
# words a cut may not end on: each announces what follows it (« est rédigé notamment [en concertation avec …] »,
# « a revendiqué tout au long [du week-end] »)
DANGLING_ENDS = frozenset({"notamment", "surtout", "particulierement", "principalement", "essentiellement", "meme",
                           "uniquement", "seulement", "exclusivement", "long", "cours", "issue", "sein", "lors",
                           "aupres", "travers", "comme"})
# words a complement in a list of complements opens on (« de la Mobilité, des Travaux publics et de la Sécurité »)
LIST_OPENERS = frozenset({"de", "des", "du", "d'", "d’", "à", "au", "aux", "la", "le", "les", "l'", "l’", "un", "une"})
# two-word subordinators whose second word is « que » (« Alors que … », « Tandis que … »): a piece, not a sentence
COMPARATIVES = frozenset({"plus", "moins", "autant", "aussi", "davantage", "mieux", "pire"})  # « … plus qu’en 2017 »
SUBORDINATING_PAIRS = frozenset({"alors", "tandis", "meme", "bien", "des", "apres", "depuis", "pendant", "avant",
                                 "sans", "pour", "afin", "parce", "ainsi", "vu", "etant"})


def _cut_reads(tokens: list["Token"], verb: "Token", replaced: int | None = None,
               shared: "Token | None" = None) -> bool:
    """Whether a cut of the parse can still read as a sentence: its verb is conjugated (not « Me X estimant … »
    nor « Cette vidéo n’étant pas fournie »), no kept word lost its preposition or conjunction (« allée jusqu’à
    demander » never becomes « allée à demander »), no « au moment » lost the « où » clause it announces.
    ``replaced``: a word whose place the cut gives to another (the « qui » of a promoted relative clause).
    ``shared``: the subject of the main verb, which ``verb``, coordinated to it, shares (see _shared_subject)."""
    if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"):
        return False
    if verb.morph.get("VerbForm") == ["Inf"] and not any(t.dep_.startswith("aux") for t in verb.children):
        return False
    if any("Part" in a.morph.get("VerbForm") and "Pres" in a.morph.get("Tense")
           for a in verb.children if a.dep_.startswith("aux")):
        return False
    ids = {t.i for t in tokens}
    link = [a for a in verb.children if a.i in ids and (a.dep_.startswith("aux") or a.dep_ == "cop")]
    if ("Part" in verb.morph.get("VerbForm") or verb.pos_ not in ("VERB", "AUX") and link) and not any(
            "Fin" in a.morph.get("VerbForm") for a in link):
        return False  # no conjugated verb left: « La combustion … n’ayant toujours pas été stoppée », « Les
        # sapeurs-pompiers venus des casernes de Lens » (the parser took the participle for the main verb)
    for k, t in enumerate(tokens):  # « considère que pratiquement toutes les communes du Plateau. »: no verb after
        if t.lower_ in ("que", "qu'", "qu’") and t.pos_ == "SCONJ" and not any(
                x.pos_ in ("VERB", "AUX") for x in tokens[k + 1:]) and not (
                k > 0 and fold_text(tokens[k - 1].text) in COMPARATIVES):
            return False  # (a comparison needs none: « soit trois de plus qu’en 2017 »)
    doc = verb.doc
    kept_words = {t.lower_ for t in tokens}
    if kept_words & {"ne", "n'", "n’"} and not kept_words & NEGATION_PAIRS:
        return False  # « avant que Jorginho ne rate » (ne explétif) or a torn « ne … pas »: no sentence alone
    for m in (c for c in verb.children if c.dep_ == "mark"):
        words = {m.lower_.rstrip("'’")} | {x.lower_.rstrip("'’") for x in m.children}
        if m.lower_.rstrip("'’") == "qu" or m.lower_ == "que":
            words.add(doc[m.i - 1].lower_.rstrip("'’") if m.i > 0 else "")
        if words & CONDITION_MARKS:
            return False  # « si les Gunners ne gagnent qu’une place »: a condition is no fact
    words = [t for t in tokens if not t.is_punct]
    if words and (words[0].lower_.rstrip("'’") in SUBORDINATORS or words[0].pos_ == "SCONJ" or (
            len(words) > 1 and words[0].lower_ == "tout" and words[1].lower_ == "comme")):
        return False  # « Tout comme le défenseur Gabriel, … »: a subordinate piece, not a sentence
    if words and words[0].pos_ == "CCONJ":
        return False  # « Mais cela n’a pas suffi »: it answers a sentence that is not there
    if len(words) > 1 and fold_text(words[0].text) in SUBORDINATING_PAIRS and words[1].lower_ in ("que", "qu'", "qu’"):
        return False  # « Alors que mardi Agnès Buzyn avait vertement réagi … »: a subordinate clause, no sentence
    if words and fold_text(words[-1].text) in DANGLING_ENDS:
        return False  # « Cet arsenal réglementaire est rédigé notamment. »: what it announced was cut away
    if any(t.pos_ == "NOUN" and t.i + 1 < len(doc) and t.i + 1 not in ids and doc[t.i + 1].pos_ == "PROPN"
           and doc[t.i + 1].text[:1].isupper() and t.whitespace_ for t in tokens):
        return False  # « … une maison d'habitation de la rue. » of « de la rue Paul Leroy »: a name torn off
    if kept_words & NEGATION_PAIRS - {"que", "qu'", "qu’", "plus", "personne", "rien", "point"} and any(
            t.lower_ in ("ne", "n'", "n’") and t.i not in ids and (t.head.i in ids or t.head.dep_.startswith("aux") and t.head.head.i in ids)
            for t in doc):
        return False  # « La combustion … toujours pas été stoppée »: the « n’ » went with a dropped auxiliary
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i in ids] or ([shared] if shared else [])
    if any(c.lower_ in VAGUE_SUBJECTS for c in subjects):
        return False  # « Ils prennent 6 points d’avance »: who, out of context?
    subj = subjects[0] if subjects else None
    if shared is not None and any(t.dep_ == "cc" and t.head.i == verb.i for t in tokens):
        return False  # « Le maire et a abandonné sa voiture »: the « et » joined the dropped verb
    if subj is not None and "Rel" in subj.morph.get("PronType"):
        return False  # « … la tempête Ciaran qui frappera le nord ouest »: a relative clause misread as the main one
    if subj is not None and any(d.dep_ == "det" and d.lower_ in POSSESSIVES and d.i == min(ids) for d in subj.children):
        return False  # « Ses autobus scolaires ne retourneront pas … »: whose, out of context?
    for k in range(min(ids) + 1, max(ids)):  # after a clause dropped in the middle, what follows must be
        if k in ids and k - 1 not in ids and not doc[k].is_punct and doc[k].pos_ in ("PROPN", "NOUN", "NUM", "ADJ",
                                                                                     "ADP", "DET"):
            gap_start = max(j for j in ids if j < k) + 1
            verbs = [doc[j] for j in range(gap_start, k) if doc[j].pos_ in ("VERB", "AUX")]
            if verbs and (doc[k].pos_ not in ("ADP", "DET") or any("Fin" in v.morph.get("VerbForm") for v in verbs)):
                return False  # introduced (« … d’Aston Villa [qui avait battu plus tôt] Crystal Palace 3 »), or
                # hung on a conjugated clause: « multipliés dans les rangs de l'opposition [qui a émis l'idée d'un
                # vote de confiance], à la fin de l'état d'urgence » (the vote is at the end of the emergency, not
                # the calls); after a participle, a time is the sentence's (003: « des bombes [placées en bord de
                # route], le 10 décembre »)
    k = min(ids) + 1
    while k < max(ids):  # a verbless phrase cut out in the middle up to a comma was an item of a list (« ministre
        if k in ids:     # [de la Mobilité,] des Travaux publics et de la Sécurité routière »)
            k += 1
            continue
        end = k
        while end + 1 not in ids:
            end += 1
        nxt = next((j for j in range(end + 1, max(ids) + 1) if j in ids and not doc[j].is_punct), None)
        if (doc[end].text == "," or doc[end + 1].text == ",") and (doc[k].lower_ in LIST_OPENERS or doc[k].like_num) \
                and nxt is not None and (doc[nxt].lower_ in LIST_OPENERS or doc[nxt].like_num) \
                and not any(doc[j].pos_ in ("VERB", "AUX") for j in range(k, end + 1)):
            return False  # the next item opens the same way (« de la Mobilité, des Travaux », « 1 Véhicule de
            # secours …, des véhicules du Samu »)
        k = end + 1
    in_subject = {x.i for t in tokens if t.dep_.startswith("nsubj") for x in t.subtree} | (
        {x.i for x in shared.subtree} if shared is not None else set())
    if any(k + 1 < len(doc) and k + 1 not in ids and k not in in_subject and doc[k].pos_ in ("NOUN", "PROPN", "ADJ")
           and doc[k + 1].pos_ in ("AUX", "VERB") and "Fin" in doc[k + 1].morph.get("VerbForm") for k in ids):
        return False  # the noun was the subject of the verb that follows it, which went (« … à l'avenue des Palmiers
        # et la police nationale [était présente] »: the parser hung « police » on « avenue »)
    if any(t.lower_ in ("ce", "celui", "celle", "ceux", "celles") and t.pos_ == "PRON" and any(
            c.i not in ids and c.dep_ in ("acl:relcl", "acl") for c in t.children) for t in tokens):
        return False  # « faire tout ce [qui est en son pouvoir] »: the pronoun needs its relative clause
    roots = [t for t in tokens if not t.is_punct and (t.head.i == t.i or t.head.i not in ids)
             and (shared is None or t.i != shared.i)]
    if len(roots) > 1:
        return False  # kept words hanging on a dropped one (« le bonheur d’Aston Villa [qui avait battu] Crystal Palace »)
    first = min((t.i for t in tokens if not t.is_punct), default=min(ids))
    before = doc[first - 1] if first > 0 else None
    if before is not None and not before.whitespace_ and (not before.is_punct or before.text in "-–‑"):
        return False  # a cut that starts inside a word (« Le centre-ville » parsed with « ville » alone as subject)
    if any(t.text[0] in "-–—" and (t.whitespace_ or doc[t.i - 1].whitespace_ or (t.i - 1 in ids) != (t.i + 1 in ids))
           for t in doc[min(ids):max(ids) + 1]):
        return False  # a dash incise inside the cut, or a word cut at its hyphen (« C-RAM » is neither)
    if any(c.i not in ids and c.dep_ in CORE_DEPS and c.pos_ != "PRON" for c in verb.children):
        return False  # an argument fell out (« ont débranché [le réseau électrique] », parsed as a second subject)
    if any(k not in ids and k - 1 in ids and k + 1 in ids and not doc[k].is_punct and k != replaced
           and fold_text(doc[k].text) not in DISCOURSE_ADVERBS for k in range(min(ids) + 1, max(ids))):
        return False  # a one-word hole (« allée jusqu’à demander » parsed with « jusqu’ » apart) breaks the phrase
    for t in tokens:
        if t.dep_ == "cc" and t.i > min(ids):
            prev = t.i - 1
            while prev > min(ids) and doc[prev].is_punct:
                prev -= 1
            if prev not in ids:
                return False  # « calmer un mouvement[, devenu inédit par son histoire] et son extension »
        for ch in t.children:
            if ch.i in ids or ch.is_punct:
                continue
            if ch.dep_ in FUNCTION_DEPS and not (t.i == verb.i and ch.dep_ == "mark"):
                return False
            if ch.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and ch.i > t.i:
                return False  # a list cut short (« des casernes de Lens, Hénin-Beaumont[ et Oignies] »)
            end = max(y.i for y in ch.subtree)
            if ch.dep_ in ("appos", "dislocated") and end + 1 in ids and not doc[end + 1].is_punct:
                return False  # « un succès contre Chelsea[, le premier en championnat] depuis le 1er novembre »
            if ch.dep_ == "appos" and ch.pos_ == "PROPN" and (any(c.dep_ == "conj" for c in ch.children) or (
                    ch.i >= 2 and doc[ch.i - 1].text == "," and doc[ch.i - 2].pos_ == "PROPN")):
                return False  # a list read as an apposition (« des centres de Monthureux-sur-Saône, Lamarche, Vittel »)
            if ch.dep_ in ("acl", "acl:relcl", "advcl", "ccomp") and (
                    "Inf" in ch.morph.get("VerbForm") and ch.dep_ == "acl"
                    or any(m.dep_ == "mark" and m.lower_.rstrip("'’") in ("que", "qu") for m in ch.children)
                    or "Inf" in ch.morph.get("VerbForm") and any(  # « a appelé les Tchèques [à rester chez eux] »
                        m.dep_ == "mark" and m.lower_.rstrip("'’") in ("à", "de", "d") for m in ch.children)):
                return False  # « se mettait en quête [de trouver un logement] », « avaient annoncé [qu’elles …] »
            if ch.dep_ in ("acl", "acl:relcl") and any(x.i in ids and x.i > end for x in t.children):
                return False  # « une vidéo [fournie au ministère] comme la preuve »: what follows hung on the cut
            if ch.dep_ == "acl:relcl" and fold_text(t.text) in WHEN_NOUNS and any(x.lower_ == "où" for x in ch.lefts):
                return False
            noun = t.head if t.pos_ == "ADJ" and t.dep_ == "amod" else t  # « du surnom peu flatteur [que …] »
            if ch.dep_ == "acl:relcl" and noun.pos_ == "NOUN" and doc[ch.left_edge.i - 1].text != "," and any(
                    x.lower_ in ("que", "qu'", "qu’", "dont") and x.i < ch.i for x in ch.children) and any(
                    d.i < noun.i and d.lower_ in ("le", "la", "les", "l'", "l’", "du", "des", "au", "aux")
                    for d in noun.children):
                return False  # « s'est souvenu du surnom peu flatteur [que donnait Jacques Chirac à …] »: the
                # relative says which one; without it « du surnom » names nothing (Gala)
    return True


def _balanced_incises(tokens: list["Token"], verb: "Token") -> list["Token"]:
    """An incise keeps both its commas: « une mission qui, selon eux, vise » cut to « Une mission, selon eux,
    vise », not « Une mission selon eux, vise »."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    ids = {t.i for t in tokens}
    for t in list(tokens):
        if t.text != "," or t.i - 1 not in ids:
            continue
        top = doc[t.i - 1]
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in ("obl", "obl:mod", "advmod", "advcl"):
            continue
        start = min(x.i for x in top.subtree)
        if start - 1 > min(ids) and doc[start - 1].text == "," and start - 1 not in ids:
            ids.add(start - 1)
    return [doc[k] for k in sorted(ids)]


def _with_brackets(tokens: list["Token"]) -> list["Token"]:
    """Brackets follow what they enclose: both kept around a kept word that the parse hung elsewhere (« Bagdad
    (Irak) », not « Bagdad Irak » or « Bagdad (Irak »), both dropped around a dropped one."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    ids = {t.i for t in tokens}
    lo, hi = min(ids), max(ids)
    for p in range(max(0, lo - 1), min(len(doc), hi + 2)):
        if doc[p].text != "(":
            continue
        q = next((k for k in range(p + 1, min(len(doc), p + 30)) if doc[k].text in "()"), None)
        if q is None or doc[q].text != ")" or q == p + 1:
            continue
        inner = range(p + 1, q)
        if all(k in ids for k in inner):
            ids |= {p, q}
        else:  # nothing kept inside, or a torn part of it (« (1-0, 35e) » cut to « - »): no brackets, no remains
            ids -= {p, q, *inner}
    return [doc[k] for k in sorted(ids)]


def _is_incise_comma(comma: "Token", dropped: set[int]) -> bool:
    """A comma attached to the clause head that only closed or opened what was dropped: the next kept token is no
    subject after a fronted complement ("À quelques jours de…, l’ambassade…" keeps its comma)."""
    doc = comma.doc
    nxt = next((t for t in doc[comma.i + 1:] if t.i not in dropped), None)
    prv = next((t for t in reversed(doc[: comma.i]) if t.i not in dropped), None)
    if prv is None or nxt is None:
        return True
    fronted = next((a for a in [prv, *prv.ancestors] if a.dep_ in ("obl:mod", "advmod", "obl", "advcl")), None)
    return not (fronted is not None and fronted.head.i > comma.i and not any(x.i in dropped for x in [fronted]))


def _text(tokens: list["Token"]) -> str:
    """Tokens back to text: the source's spacing between neighbours, one space across a gap."""
    out = []
    for prev, tok in zip([None, *tokens[:-1]], tokens):
        if prev is not None:
            out.append(prev.whitespace_ if tok.i == prev.i + 1 else " ")
        out.append(tok.text)
    return "".join(out)


def _in_quote(tok: "Token", doc: "Doc") -> bool:
    return quote_open(doc[: tok.i].text)


def _has_subject(tokens: list["Token"], verb: "Token") -> bool:
    return any(t.head == verb and t.dep_.startswith("nsubj") for t in tokens)


ADDITIVE_ADVERBS = frozenset({"egalement", "aussi"})


def main_clause(doc: "Doc | Span") -> Fragment | None:
    """The sentence's root clause without relative, adverbial and parenthetical clauses."""
    if asks(doc.text):  # a question states no fact to cut
        return None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or _in_quote(root, root.doc):
        return None
    if root.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in root.children):
        return None  # a verbless root (a title, a list) has no clause to cut
    toks = _subtree_without(root, DROP_DEPS)
    if _conj_clause(root):  # the clauses joined to the root go, a list inside the root clause stays whole
        gone = {x.i for c in root.children if c.dep_ == "conj" for x in c.subtree} | {
            c.i for c in root.children if c.dep_ == "cc"}
        toks = [t for t in toks if t.i not in gone]
        while toks and toks[-1].is_punct and toks[-1].text in ",;:":
            toks = toks[:-1]
    # « L'agence veut également rassembler … »: in a list of its own, « également » points at nothing
    toks = [t for t in toks if not (t.dep_ == "advmod" and fold_text(t.text) in ADDITIVE_ADVERBS
                                    and t.head.pos_ in ("VERB", "AUX"))]
    if not _has_subject(toks, root) or any(t.head == root and t.dep_.startswith("nsubj") and t.lower_ in
                                           ("ce", "c'", "c’") for t in toks) or _says_nothing(toks, []):
        return None
    if sum(1 for t in toks if t.head == root and t.dep_.startswith("nsubj")) > 1:
        return None  # a misparse: « Les propriétaires, très choqués, un couple de retraités, ont vu … » read two
    if root.lemma_ in SAYING_LEMMAS and not any(t.head == root and t.dep_ in ("ccomp", "obj", "xcomp") for t in toks):
        return None  # "X a annoncé." without what was announced says nothing
    kept_ids = {t.i for t in toks}
    if any(t.pos_ == "PROPN" and not all(x.i in kept_ids for x in _name_run(t)) for t in toks):
        return None  # a name cut in half
    if not _cut_reads(toks, root):
        return None
    text = tidy(_text(_without_leading_link(toks)))
    if not quotes_balanced(text) or len(text.split()) >= len(doc.text.split()) - 2:
        return None
    if len(text.split()) > MAX_FRAGMENT_WORDS or len(text.split()) < 5:
        return None
    return Fragment(text, "main_clause")


def _conj_clause(root: "Token") -> bool:
    return any(ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") and any(g.dep_.startswith("nsubj") for g in ch.children)
               for ch in root.children)


def _relatives(doc: "Doc | Span") -> list[tuple["Token", list["Token"], list["Token"]]]:
    """Relative clauses whose pronoun is the subject (qui): (antecedent, its words, the clause without « qui »)."""
    out = []
    for t in doc if not asks(doc.text) else []:
        if t.dep_ != "acl:relcl" or t.pos_ not in ("VERB", "AUX"):
            continue
        rel = next((c for c in t.children if c.lower_ == "qui" and c.dep_.startswith("nsubj")), None)
        if rel is None or _in_quote(t, t.doc):
            continue
        ante = t.head
        before = rel.nbor(-1) if rel.i > doc[0].i else None
        misparsed = ante.pos_ == "VERB" and before is not None and before.pos_ == "NOUN" and before.head.i == ante.i
        if misparsed:
            ante = before  # « fait partie des 15 communes qui … »: the parser hung the clause on the verb
        ante_toks = [x for x in ante.subtree if x.i < rel.i]
        while ante_toks and (ante_toks[0].dep_ == "case" or ante_toks[0].is_punct):
            ante_toks = ante_toks[1:]
        while ante_toks and ante_toks[-1].is_punct:
            ante_toks = ante_toks[:-1]
        if any(x.dep_ in DROP_DEPS or x.pos_ in ("VERB", "AUX") for x in ante_toks):
            continue
        if any(x.dep_ == "nmod" and x.head.i == ante.i for x in ante_toks):
            continue  # "une résurgence de l'État islamique, qui…": which noun "qui" stands for is ambiguous
        clause = [x for x in _subtree_without(t, DROP_DEPS) if x.i != rel.i]
        if any(x.text == "," for x in clause):
            continue  # « La nouvelle dépression qui suit la tempête Ciaran, beaucoup plus faible … »: whose end?
        if not ante_toks or not clause or not _cut_reads(clause if misparsed else ante_toks + clause, t, rel.i):
            continue
        out.append((ante, ante_toks, clause))
    return out


def promoted_relatives(doc: "Doc | Span") -> list[Fragment]:
    """``…une série de frappes qui ont tué 15 militants…`` -> ``Une série de frappes a tué…``: only when the relative
    pronoun is the clause's subject (qui), so the antecedent can take its place."""
    out = []
    for ante, ante_toks, clause in _relatives(doc):
        text = tidy(_text(ante_toks).rstrip(" ,") + " " + _text(clause))
        if 6 <= len(text.split()) <= MAX_FRAGMENT_WORDS and quotes_balanced(text):
            out.append(Fragment(text, "relative", focus=ante.text))
    return out


@dataclass(frozen=True)
class Figure:
    text: str  # « 15 : le nombre de communes qui ont dû être évacuées dans le sud de la Gironde. »
    statement: str  # « 15 communes ont dû être évacuées dans le sud de la Gironde. » (what the guard checks)


def relative_figures(doc: "Doc | Span") -> list[Figure]:
    """A counted antecedent of a « qui » clause as a key figure: « Cabanac-et-Villagrains fait partie des 15 communes
    qui ont dû être évacuées dans le sud de la Gironde » -> « 15 : le nombre de communes qui ont dû être évacuées dans
    le sud de la Gironde. » The clause is the source's own, so its verb already agrees with the counted noun."""
    out = []
    for ante, ante_toks, clause in _relatives(doc):
        count = next((c for c in ante.children if c.dep_ == "nummod" and c.i < ante.i and c.like_num), None)
        if count is None or count.lower_ in ("un", "une", "1") or "Sing" in ante.morph.get("Number"):
            continue
        number = [x for x in ante_toks if x.i < ante.i and (x.like_num or x.i in {y.i for y in count.subtree})]
        noun = [x for x in ante_toks if x.i >= ante.i]
        if not number or not noun or any(x.pos_ not in ("NUM", "ADV", "ADP", "DET") for x in number):
            continue
        figure = _text(number)
        noun_part = _text(noun)
        noun_part = noun_part if noun[0].pos_ == "PROPN" else noun_part[0].lower() + noun_part[1:]
        text = _number_of(figure, noun_part, f"qui {_text(clause)}")
        statement = tidy(f"{figure} {noun_part} {_text(clause)}")
        if len(text.split()) <= MAX_FRAGMENT_WORDS and quotes_balanced(text):
            out.append(Figure(text, statement))
    return out


# sums of money, and « fois » (« deux fois menées »): no count of things for a key figure
UNCOUNTED_NOUNS = frozenset({"euro", "euros", "dollar", "dollars", "franc", "francs", "livre", "livres", "yuan", "yen",
                             "dinar", "dinars", "dirham", "dirhams", "couronne", "couronnes", "centime", "centimes",
                             "fois",
                             # fractions are shares of something, no things counted (RTS: « Deux : le nombre de
                             # tiers représentés des victimes » from « ils représentent deux tiers des victimes »)
                             "tiers", "quart", "quarts", "cinquiemes", "dixiemes", "centiemes", "milliemes"})


def _reported_or_hedged(verb: "Token", group: list["Token"], *, said: bool = True) -> bool:
    """A claim someone reports (under a verb of saying), an allegation (conditionnel on the verb or its
    auxiliaries ``group``) or a negation: no plain fact to ask about or to count. ``said=False``: the last two only."""
    return (said and (any(a.lemma_ in SAYING_LEMMAS for a in verb.ancestors) or verb.lemma_ in SAYING_LEMMAS)) \
        or any("Cnd" in t.morph.get("Mood") for t in [verb, *group]) \
        or any(c.lower_ in NEGATION_TOKENS for c in verb.children)


# verbs that report without judging: « X a précisé que … » may be told « …, selon X » (not « a démenti », « a dénoncé »)
NEUTRAL_SAYING = frozenset({"déclarer", "dire", "affirmer", "indiquer", "préciser", "annoncer", "expliquer",
                            "rapporter", "signaler", "souligner", "révéler", "assurer", "faire savoir"})


def _reported_by(verb: "Token") -> str | None:
    """Who reports the claim of ``verb``: the named subject of the one neutral verb of saying of the main clause
    above it (« L'armée a précisé que … trois autres sont tombés …, blessant cinq civils » -> « l'armée »), said
    plainly (no conditionnel, no negation). None when nobody does, or when that reporter cannot be named alone."""
    sayers = [a for a in verb.ancestors if a.lemma_ in SAYING_LEMMAS]
    if len(sayers) != 1 or verb.lemma_ in SAYING_LEMMAS:
        return None
    sayer = sayers[0]
    group = [c for c in sayer.children if c.dep_.startswith("aux")]
    if sayer.lemma_ not in NEUTRAL_SAYING or sayer.dep_ != "ROOT" or _in_quote(sayer, sayer.doc) or any(
            "Cnd" in t.morph.get("Mood") for t in [sayer, *group]) or any(
            c.lower_ in NEGATION_TOKENS for c in sayer.children):
        return None
    subjects = [c for c in sayer.children if c.dep_.startswith("nsubj")]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ == "det" and c.lower_ in POSSESSIVES for c in subjects[0].children):
        return None
    toks = _subtree_without(subjects[0], DROP_DEPS | {"acl", "acl:relcl"})
    if toks[-1].i - toks[0].i + 1 != len(toks) or any(t.is_punct for t in toks):
        return None
    who = _text(toks)
    return who if toks[0].pos_ == "PROPN" else who[0].lower() + who[1:]


def _participle(verb: "Token") -> str | None:
    """The verb's past participle, masculine singular: the token itself after « avoir » (« a blessé »), else built
    from a first-group infinitive (« blessant » -> « blessé »); None for the others (no conjugation table here)."""
    if "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma.endswith("er") and lemma != "aller" and verb.lower_.startswith(lemma[:-2]):
        return lemma[:-2] + "é"
    return None


# counted nouns in -e the tagger takes for feminine (« 13 000 hectares ravagées »): masculine, or said of anyone
MASCULINE_IN_E = frozenset({"hectare", "metre", "kilometre", "centimetre", "millimetre", "litre", "gramme",
                            "kilogramme", "kilo", "membre", "ministre", "eleve", "juge", "arbre", "vehicule",
                            "incendie", "groupe", "immeuble", "navire", "site", "otage", "suspect", "adulte",
                            "jeune", "malade", "touriste", "journaliste", "militaire", "gendarme"})


def _agreed(participle: str, noun: "Token") -> str:
    """« blessé » agreed with « civils » (blessés) or « personnes » (blessées)."""
    feminine = "Fem" in noun.morph.get("Gender") and fold_text(noun.lemma_) not in MASCULINE_IN_E \
        and fold_text(noun.text).rstrip("s") not in MASCULINE_IN_E
    out = participle + ("e" if feminine else "")
    return out + ("s" if not out.endswith(("s", "x")) else "")


def _counted_core(noun: "Token", inner: bool = False) -> list["Token"]:
    """What a figure counts: the noun, its adjectives and its « de » complements (« hectares de forêt »); the
    number before the counted noun is not part of it."""
    out = [noun]
    for c in noun.children:
        if inner and c.i < noun.i and c.dep_ in ("case", "det"):
            out.append(c)
        elif c.i > noun.i and (c.dep_ == "amod" or (c.dep_ == "nmod" and any(
                k.dep_ == "case" and k.lower_ in ("de", "d'", "d’") for k in c.children))):
            out.extend(_counted_core(c, inner=True))
    return out


# A rate that rose or fell, as economic news states it: « Les prix des services de transport de passagers sont
# également en nette hausse de 10,4%, après … » -> « 10,4% : la hausse des prix des services de transport de
# passagers. » The subject opens the sentence (a fronted « Hors tabac, » would be a condition the figure loses); the
# rate ends its clause, or is followed by its year or period only (« … par rapport à 2021 » is a base it would lose).
TREND_NOUNS = {"hausse": "la hausse", "baisse": "la baisse", "progression": "la progression", "recul": "le recul",
               "augmentation": "l’augmentation", "diminution": "la diminution", "repli": "le repli"}
TREND_VERBS = {"augmenté": "la hausse", "progressé": "la progression", "baissé": "la baisse", "reculé": "le recul",
               "diminué": "la diminution", "grimpé": "la hausse", "chuté": "la baisse", "bondi": "la hausse"}
_RATE = r"([+-−]?\s?\d+(?:[,.]\d+)?\s?%)"
_RATE_END = r"((?:\s+(?:en \d{4}|sur un an|en un an|sur l['’]année|en moyenne annuelle))?)\s*(?=[,.;]|$)"
TREND_COPULA_RE = re.compile(
    r"^(?:sont|est|étaient|était|restent|reste|demeurent|demeure)\s+(?:[^\W\d]+\s+){0,3}?en\s+"
    r"(?:(?:nette|forte|légère|très\s+nette)\s+)?(" + "|".join(TREND_NOUNS) + r")\s+de\s+" + _RATE + _RATE_END)
TREND_VERB_RE = re.compile(
    r"^(?:ont|a|avaient|avait)\s+(?:[^\W\d]+\s+){0,2}?(" + "|".join(TREND_VERBS) + r")\s+de\s+" + _RATE + _RATE_END)
_OF_ARTICLE = {"les": "des ", "le": "du ", "la": "de la ", "l’": "de l’", "l'": "de l’"}


def trend_figures(doc: "Doc | Span") -> list[Figure]:
    """Rates that rose or fell as key figures (see TREND_NOUNS); parsed only as far as the subject: the tagger's
    parts of speech, not its tree, which misreads these sentences (« sont de même façon en hausse »)."""
    toks = list(doc)
    verb = next((t for t in toks if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm")), None)
    if verb is None or not toks or toks[0].pos_ != "DET" or fold_text(toks[0].text) not in ("les", "le", "la", "l") \
            or _in_quote(verb, verb.doc):
        return []
    subject = toks[: verb.i - toks[0].i]
    if len(subject) < 2 or subject[1].pos_ not in ("NOUN", "PROPN") or any(
            t.is_punct or t.pos_ in ("PRON", "VERB", "AUX", "NUM", "SCONJ") for t in subject):
        return []
    rest = doc.text[verb.idx - toks[0].idx:]
    m = TREND_COPULA_RE.match(rest)
    trend = TREND_NOUNS[m.group(1)] if m else None
    if m is None and (m := TREND_VERB_RE.match(rest)) is not None:
        trend = TREND_VERBS[m.group(1)]
    if m is None or set(folded_words(rest[: m.end()])) & NEGATION_WORDS:
        return []
    article = _OF_ARTICLE.get(subject[0].text.lower()) or _OF_ARTICLE.get(subject[0].text.lower()[:2], "")
    if not article:
        return []
    noun_phrase = doc.text[subject[1].idx - toks[0].idx: verb.idx - toks[0].idx].strip()
    rate, when = m.group(2), m.group(3).strip()
    # a source that gives the rate closes the sentence (« …, selon l’Insee. »): it goes with it; any other hedge or
    # attribution, or a conditional, keeps the rate out
    said = re.match(r"\s*,\s*((?:selon|d['’]après)\s+[^,.;:]+?)\s*\.?\s*$", rest[m.end():], re.IGNORECASE)
    source = f", {said.group(1)}" if said else ""
    if not said and (attributions(folded_words(doc.text)) or any("Cnd" in t.morph.get("Mood") for t in toks)):
        return []
    text = tidy(f"{rate} : {trend} {article}{noun_phrase}{' ' + when if when else ''}{source}.")
    statement = tidy(f"{doc.text[: verb.idx - toks[0].idx + m.end()].strip()}{source}.")
    return [Figure(text, statement)]


def object_figures(doc: "Doc | Span") -> list[Figure]:
    """A counted object as a key figure: « …, tuant une fillette et blessant cinq civils » -> « Cinq : le nombre de
    civils blessés. »; « L’incendie a détruit 300 hectares dans les Landes » -> « 300 : le nombre d’hectares détruits
    par l’incendie dans les Landes. » Only a fact the sentence states: no reported, negated, conditional, reflexive
    or infinitive verb; a sum of money is no count of things (« 500 euros versés »)."""
    out = []
    for obj in doc:
        verb = obj.head
        # the tagger reads « 13 000 » as two determiners at times: a number is a number
        count = next((c for c in obj.children if c.dep_ in ("nummod", "det") and c.i < obj.i and c.like_num), None)
        before = doc[count.i - doc[0].i - 1] if count is not None and count.i > doc[0].i else None
        if obj.dep_ != "obj" and before is not None and before.pos_ == "VERB" and not any(
                c.dep_ == "obj" for c in before.children):
            verb = before  # « tuant une fillette et blessant cinq civils », « civils » hung on « fillette »
        elif obj.dep_ != "obj":
            continue
        if obj.pos_ != "NOUN" or verb.pos_ != "VERB" or _in_quote(verb, verb.doc) \
                or "Plur" not in obj.morph.get("Number") or fold_text(obj.text) in UNCOUNTED_NOUNS:
            continue
        if count is None or count.lower_ in ("un", "une", "1") or any(
                c.dep_ == "det" and not c.like_num for c in obj.children):
            continue
        group = [c for c in verb.children if c.dep_.startswith("aux")]
        reporter = _reported_by(verb)  # « Cinq : le nombre de civils blessés, selon l'armée. »
        if ("Inf" in verb.morph.get("VerbForm") and not group) or (
                _reported_or_hedged(verb, group) and (reporter is None or _reported_or_hedged(verb, group, said=False))) \
                or any(t.lemma_ == "être" for t in group) \
                or any(c.dep_.startswith("expl") or c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children):
            continue
        participle = verb.lower_ if group else _participle(verb)  # after « a »/« ont », whatever the tagger said
        if participle is None:
            continue
        obj_toks = [x for x in _subtree_without(obj, DROP_DEPS | {"acl"}) if x.i != verb.i]  # « blessant » as its case
        count_ids = {x.i for c in obj.children if c.like_num and c.i < obj.i for x in c.subtree} | {
            x.i for c in obj.children if c.dep_ == "advmod" and c.i < obj.i for x in c.subtree}  # « plus de »
        number = [x for x in obj_toks if x.i in count_ids]
        noun = [x for x in obj_toks if x.i >= obj.i]
        if not number or not noun or len(number) + len(noun) != len(obj_toks) or any(
                x.is_punct or x.dep_ == "conj" for x in noun):
            continue  # « au moins 15 militants en Irak et jusqu’à sept en Syrie »: two counts, one figure each or none
        # « hectares de forêt » is what is counted; « en Gironde » goes after the participle, where it reads
        core = sorted(_counted_core(obj), key=lambda x: x.i)
        if [x.i for x in core] != list(range(obj.i, obj.i + len(core))):
            continue
        after = [x for x in noun if x.i > core[-1].i]
        # the places after the object, in one stretch with it (no comma between), and the times wherever they are
        times: list[Token] = []
        for ch in (c for c in verb.children if c.dep_ in ("obl", "obl:mod", "obl:arg")):
            toks = _subtree_without(ch, DROP_DEPS | {"acl"})
            if toks[-1].i - toks[0].i + 1 != len(toks) or any(t.is_punct or t.dep_ == "conj" for t in toks):
                continue  # « en Irak et jusqu’à sept en Syrie »: another count is no place of this one
            timed = any(fold_text(x.text) in TIME_WORDS or _is_year(x) for x in toks)
            if ch.dep_ == "obl:arg" and not timed:
                continue  # an argument of the verb (« tombés dans des quartiers ») is not a place to add
            if timed:
                times.extend(toks)
            elif ch.i > obj.i and toks[0].i == (after[-1].i if after else noun[-1].i) + 1:
                after.extend(toks)
        agent = ""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        present_participle = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
        before_qui = doc[subj.i - doc[0].i - 1] if subj is not None and subj.i > doc[0].i else None
        if subj is not None and subj.lower_ == "qui" and verb.dep_ == "acl:relcl" and before_qui is not None and (
                before_qui.i == verb.head.i or (before_qui.dep_ == "amod" and before_qui.head.i == verb.head.i)):
            # « les feux qui ont ravagé 15.500 hectares » -> « ravagés par les feux »; not when another noun stands
            # before « qui » (« la progression de l’incendie qui a ravagé »: which one did, the parse cannot tell)
            ante = verb.head
            subj_toks = [x for x in _subtree_without(ante, DROP_DEPS | {"acl"}) if x.i <= ante.i or x.i < subj.i]
            while subj_toks and (subj_toks[0].dep_ == "case" or subj_toks[0].is_punct):
                subj_toks = subj_toks[1:]
            subj = ante
        elif subj is not None and subj.lower_ == "qui":
            subj = None
        elif subj is not None:
            subj_toks = _subtree_without(subj, DROP_DEPS | {"acl"})
        if subj is not None and not present_participle:  # « blessant … » acts through a subject told elsewhere
            if subj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "nummod" for c in subj.children) and \
                    subj_toks and subj_toks[-1].i - subj_toks[0].i + 1 == len(subj_toks) and not any(
                    c.dep_ == "det" and c.lower_ in POSSESSIVES for c in subj.children):
                agent = _text(subj_toks)
                agent = agent if subj_toks[0].pos_ == "PROPN" else agent[0].lower() + agent[1:]
        figure = _text(number)
        noun_part = _text(core)
        done = _agreed(participle, obj)
        what = " ".join(x for x in (done, f"par {agent}" if agent else "", _text(after) if after else "",
                                    _text(times) if times else "") if x)
        text = _number_of(figure, noun_part, what + (f", selon {reporter}" if reporter else ""))
        statement = tidy(f"{figure} {noun_part} ont été {what}")
        if reporter:
            statement = tidy(f"Selon {reporter}, {statement[0].lower() + statement[1:]}")
        if len(text.split()) <= MAX_FRAGMENT_WORDS and quotes_balanced(text):
            out.append(Figure(text, statement))
    return out


TIME_BEFORE = frozenset({"avant", "autrefois", "jadis", "naguere", "anciennement"})  # and « à l'époque »


def appositions(doc: "Doc | Span") -> list[Fragment]:
    """Who is who, from an apposition in either order — "le général Frank McKenzie, chef des forces américaines"
    or "le nouveau ministre américain de la Défense, Christopher Miller" — or a title before a name ("le Premier
    ministre irakien Mohammed Shia al-Sudani")."""
    out: list[Fragment] = []
    alone: list[Fragment] = []
    # what a sentence set in a time before says of someone was so then (La Presse: « Même avant l'arrivée de
    # Legault au pouvoir, … elle s’était fait remarquer par son agressivité à l’endroit du ministre responsable de
    # Montréal, Martin Coiteux » — he is no longer); a past tense alone may tell last week's news
    finite = [v for v in doc if v.pos_ in ("VERB", "AUX") and "Fin" in v.morph.get("VerbForm")
              and not _in_quote(v, v.doc)]
    before = bool(set(folded_words(doc.text)) & TIME_BEFORE) or "a l epoque" in " ".join(folded_words(doc.text))
    be = "était" if before and finite and not any(
        "Pres" in v.morph.get("Tense") or "Fut" in v.morph.get("Tense") for v in finite) else "est"
    for t in doc:
        if _in_quote(t, t.doc):
            continue
        if t.dep_ == "appos":
            a, b = t.head, t
        elif t.pos_ == "PROPN" and t.dep_ in ("nmod", "flat:name", "flat") and t.head.pos_ == "NOUN" \
                and t.head.i < t.i and t.ent_type_ == "PER":
            a, b = t.head, t
        elif (role := _misparsed_appos(t)) is not None:
            a, b = role, t
        else:
            continue
        after = None  # a second description, after the name: written bare as the source wrote it
        if a.pos_ == "NOUN" and b.pos_ == "NOUN":  # « le général Frank McKenzie, chef des forces … »
            named = next((c for c in a.children if c.pos_ == "PROPN" and c.dep_ in ("flat:name", "flat", "nmod")
                          and c.ent_type_ == "PER" and c.i > a.i), None)
            # « l’ancien PDG de Google, Eric Schmidt, aujourd’hui conseiller du gouvernement américain »: a second
            # description after the name, between commas, is his too
            after = named is None and next((c for c in a.children if c.pos_ == "PROPN" and c.dep_ == "appos"
                                            and c.ent_type_ == "PER" and a.i < c.i < b.i and _set_off(c)), None)
            named = named or after
            if not named:
                continue
            a = named
        name_side, desc_side = (a, b) if a.pos_ == "PROPN" else (b, a)
        if name_side.pos_ != "PROPN" or desc_side.pos_ != "NOUN" or name_side.ent_type_ not in ("PER", "ORG"):
            continue
        nearer = _noun_right_before(name_side, desc_side)
        if nearer is not None:  # « le groupe du milliardaire Daniel Křetínský »: the name is the milliardaire's
            if _is_role(nearer, ROLE_NOUNS | PROFESSIONS):
                desc_side = nearer
            elif not (nearer.text[:1].isupper() and nearer.i > desc_side.i and nearer.head.i == desc_side.i):
                continue  # « la famille Dupont »: the name names that noun
            # else « le président de la République Emmanuel Macron »: an institution's capitalised name completes
            # the role, and the name is the role's
        if not _is_role(desc_side, ROLE_NOUNS | PROFESSIONS) or "Plur" in desc_side.morph.get("Number"):
            continue  # « l’anniversaire de l’assassinat du général X » does not say who X is
        run = _name_run(name_side)
        person = next((e for e in t.doc.ents if e.label_ == "PER" and e.start <= run[-1].i and e.end > run[0].i), None)
        if person is not None and name_side.ent_type_ != "PER":  # « BFMTV.com Mathias Lavolé »: the person's name
            run = list(t.doc[person.start:person.end])
        name = _text(run)
        run_ids = {x.i for x in run}
        desc_toks = [x for x in _subtree_without(desc_side, DROP_DEPS | {"acl"})
                     if x.i not in run_ids and not (x.dep_ == "appos" and x.pos_ == "PROPN")]
        desc_toks = [x for x in desc_toks if not _below(x, desc_side, run_ids)]
        if desc_side.i < run[0].i and _set_off(run[0]):  # what follows a name set off by commas is not the role's
            desc_toks = [x for x in desc_toks if x.i < run[0].i]
        while desc_toks and (desc_toks[0].dep_ in ("det", "case", "cc") or desc_toks[0].is_punct
                             or desc_toks[0].pos_ == "ADV" and desc_toks[0].i < desc_side.i):  # « Déjà la ministre … »
            desc_toks = desc_toks[1:]
        while desc_toks and desc_toks[-1].is_punct:
            desc_toks = desc_toks[:-1]
        if not desc_toks or desc_toks[-1].i - desc_toks[0].i + 1 != len(desc_toks):
            continue  # only a contiguous description reads right
        if desc_toks[0].pos_ not in ("NOUN", "ADJ") or any(x.pos_ in ("VERB", "AUX", "NUM") for x in desc_toks):
            continue
        desc = _text(desc_toks).strip(" ,")
        if len(desc.split()) > 12 or len(name.split()) > 5 or any(f.focus == name and desc in f.text for f in out):
            continue
        if len(desc.split()) >= 2:
            article = "" if after and not any(c.dep_ == "det" for c in desc_side.children) \
                else _article(desc_side, desc_toks[0])
            shown = name
            if name.isupper() and name.isalpha() and len(name) >= 2 and name_side.ent_type_ == "ORG":
                # « la Société suisse de l’industrie du gaz et des eaux (SSIGE) »: « La SSIGE est la Société … »
                shown = ("L’" if name[0] in "AEIOUY" else "La " if "Fem" in desc_side.morph.get("Gender")
                         else "Le ") + name
            out.append(Fragment(f"{shown} {be} {article}{desc}.", "apposition", focus=name))
        elif desc_side.lemma_.lower() in PROFESSIONS and _article(desc_side, desc_toks[0]) in ("le ", "la ", "l’") \
                and not any(f.focus == name for f in alone):
            # « le juge Abdourahmane Sylla »: a rank or a trade alone says who he is, without an article (when the
            # sentence says no more of him: « le général Frank McKenzie, chef des forces américaines … »)
            alone.append(Fragment(f"{name} {be} {desc_side.text.lower()}.", "apposition", focus=name))
    return out + [f for f in alone if not any(o.focus == f.focus for o in out)]


def _set_off(name: "Token") -> bool:
    """Whether the name starting at ``name`` stands between commas (« …, Eric Schmidt, … »)."""
    run = _name_run(name)
    doc = name.doc
    return run[0].i > 0 and doc[run[0].i - 1].text == "," and run[-1].i + 1 < len(doc) \
        and doc[run[-1].i + 1].text == ","


def _noun_right_before(name: "Token", desc: "Token") -> "Token | None":
    """The noun written right before the name ``name`` (no comma between) when it is another one than ``desc``: a
    name glued to a noun names that noun (« le groupe du milliardaire Daniel Křetínský » is the milliardaire)."""
    first = _name_run(name)[0]
    if first.i == 0 or first.i < desc.i:
        return None
    prev = first.doc[first.i - 1]
    if prev.pos_ != "NOUN" or prev.i == desc.i:
        return None
    # a noun with its own article heads the name (« du milliardaire »); a bare one is part of the role (« le chef de
    # groupe Djamel Belazreuk »)
    determined = any(c.dep_ == "det" or c.dep_ == "case" and c.lower_ in ("du", "des", "au", "aux")
                     for c in prev.children)
    return prev if determined else None


def _is_role(noun: "Token", roles: frozenset[str]) -> bool:
    """Whether ``noun`` names a role of ``roles``, a compound included (« haut-commissaire », « vice-présidente »)."""
    lemma = noun.lemma_.lower()
    return lemma in roles or "-" in lemma and lemma.rsplit("-", 1)[1] in roles


def _misparsed_appos(t: "Token") -> "Token | None":
    """« La directrice générale de l'agence, Vicky Kyriaco, a souligné … »: the parser makes both the subject; the
    name between commas right after the role noun's phrase is its apposition."""
    if t.pos_ != "PROPN" or t.ent_type_ != "PER" or not t.dep_.startswith("nsubj") or t.i < 2:
        return None
    comma = t.doc[t.i - 1]
    role = next((c for c in t.head.children if c.dep_ == t.dep_ and c.i < t.i and c.pos_ == "NOUN"), None)
    if comma.text != "," or role is None or max(x.i for x in role.subtree) != comma.i - 1 \
            and not (max(x.i for x in role.subtree) == comma.i and t.doc[comma.i].head.i == role.i):
        return None
    return role


# Connectors that tie a sentence to the one before it: a fact item cut from that sentence stands alone without them
# (« Toutefois, notre pays occupe les dernières places … » in a list of key points contrasts with nothing).
LINKING_OPENERS = frozenset({"toutefois", "cependant", "pourtant", "neanmoins", "en revanche", "par ailleurs",
                             "en outre", "de plus", "de surcroit", "ainsi", "donc", "dans le meme temps"})
# adverbs that tie a sentence to its context, not part of its fact: a cut may leave them out, even mid-clause
DISCOURSE_ADVERBS = frozenset({w for w in LINKING_OPENERS if " " not in w} | {
    "egalement", "aussi", "alors", "effectivement", "finalement", "d'ailleurs", "d’ailleurs", "enfin"})
# nouns that announce a « où » clause of time (« au moment où … »): without it they say nothing
WHEN_NOUNS = frozenset({"moment", "instant", "heure", "jour", "epoque", "periode", "temps", "minute"})
# adverbs that point to a time or an event told elsewhere (« depuis », « Près d’un mois après »): kept in a cut, they
# would point at nothing
CONTEXT_ADVERBS = frozenset({"depuis", "ensuite", "puis", "apres", "avant", "auparavant", "alors", "la", "ici"})


def _without_leading_link(toks: list["Token"]) -> list["Token"]:
    """``toks`` without a linking connector and its comma at the start."""
    comma = next((k for k, t in enumerate(toks[:5]) if t.text == ","), None)
    if comma is not None and fold_text(" ".join(t.text for t in toks[:comma])) in LINKING_OPENERS:
        return toks[comma + 1:]
    return toks


def _below(tok: "Token", top: "Token", ids: set[int]) -> bool:
    """Whether the path from ``tok`` up to ``top`` passes through one of the tokens ``ids`` (itself included)."""
    while tok.i != top.i:
        if tok.i in ids:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _article(noun: "Token", first: "Token") -> str:
    """The definite or indefinite article the description had in the source (« le nouveau ministre » -> « le »), or
    the definite article of the noun's gender; « l’ » before a vowel."""
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < first.i), None)
    word = det.lower_ if det is not None and det.lower_ in ("le", "la", "l'", "l’", "un", "une") else None
    if word in ("l'", "l’"):
        return "l’"
    if word is not None:
        return word + " "
    if re.match(r"[aeiouyâàéèêîôûœ]", first.lower_):
        return "l’"
    return "la " if "Fem" in noun.morph.get("Gender") else "le "


# Ranks and trades that say who someone is on their own, without a complement (« le colonel Mamadou Alpha Barry »
# -> « Mamadou Alpha Barry est colonel. »); a relation (« fils »), a group (« groupe ») or an office that needs its
# place (« maire », « ministre ») does not
PROFESSIONS = frozenset({
    "général", "colonel", "commandant", "capitaine", "lieutenant", "sergent", "juge", "procureur", "procureure",
    "avocat", "avocate", "journaliste", "médecin", "chirurgien", "infirmier", "infirmière", "commerçant",
    "commerçante", "agriculteur", "agricultrice", "ostréiculteur", "pompier", "gendarme", "policier", "policière",
    "épidémiologiste", "économiste", "chercheur", "chercheuse", "professeur", "professeure", "entraîneur",
    "architecte", "ingénieur", "ingénieure", "chanteur", "chanteuse", "acteur", "actrice", "écrivain", "écrivaine",
    "réalisateur", "réalisatrice", "milliardaire", "homme d'affaires", "analyste", "historien", "historienne",
    "sociologue", "politologue", "syndicaliste", "pilote",
})
# Nouns that say who someone is (« X, porte-parole de … », « le général X »), for the who-is-who items.
ROLE_NOUNS = frozenset({
    "syndicaliste", "pilote", "infirmier", "infirmière",
    "ministre", "président", "présidente", "premier", "général", "chef", "porte-parole", "secrétaire", "directeur",
    "directrice", "maire", "préfet", "préfète", "député", "députée", "sénateur", "sénatrice", "ambassadeur",
    "ambassadrice", "conseiller", "conseillère", "commandant", "colonel", "capitaine", "juge", "procureur",
    "procureure", "avocat", "avocate", "responsable", "dirigeant", "dirigeante", "fondateur", "fondatrice", "patron",
    "patronne", "entraîneur", "entraîneuse", "joueur", "joueuse", "attaquant", "défenseur", "gardien", "capitaine",
    "chanteur", "chanteuse", "acteur", "actrice", "écrivain", "écrivaine", "auteur", "autrice", "réalisateur",
    "réalisatrice", "journaliste", "chercheur", "chercheuse", "professeur", "professeure", "médecin", "élu", "élue",
    "candidat", "candidate", "leader", "militant", "militante", "représentant", "représentante", "délégué",
    "déléguée", "vice-président", "vice-présidente", "commissaire", "gouverneur", "roi", "reine", "prince",
    "princesse", "pape", "évêque", "imam", "rabbin", "président-directeur", "pdg", "coordinateur", "coordinatrice",
    "groupe", "mouvement", "parti", "organisation", "milice", "agence", "entreprise", "société", "association",
    "syndicat", "club", "équipe", "ong", "institut", "ministère", "fils", "fille", "père", "mère", "épouse", "mari",
    "frère", "sœur", "habitant", "habitante", "témoin", "victime", "suspect", "accusé", "accusée", "prévenu",
    "ancien", "ancienne", "numéro", "chef d’état-major", "émir", "cheikh", "guide", "ayatollah", "analyste", "expert",
    "experte", "spécialiste", "économiste", "politologue", "historien", "historienne", "sociologue", "porte-drapeau",
})


def _name_run(tok: "Token") -> list["Token"]:
    """The contiguous proper-noun run around ``tok`` ("Mohammed Shia al-Sudani")."""
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ == "PER":
        # the person the parser found, whatever the tags: « Andrej Babiš » (« Babiš » tagged ADJ), never « BFMTV.com
        # Mathias Lavolé » (a site name glued before the name)
        start, end = ent.start, ent.end - 1
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_iob_ != "B":
            end += 1
        return list(doc[start : end + 1])
    start = end = tok.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start].ent_iob_ == "I"):
        start -= 1
    while end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].ent_iob_ == "I"):
        end += 1
    return list(doc[start : end + 1])


KEEP_VERB_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus", "cop", "expl", "expl:subj", "expl:pass", "expl:comp",
                            "mark"})
ARG_DEPS = frozenset({"obj", "iobj", "ccomp", "xcomp", "obl:arg", "obl:agent", "compound:prt", "fixed"})
SUBORDINATORS = frozenset({"que", "qu", "qui", "dont", "où", "si", "quand", "lorsque", "lorsqu", "puisque", "puisqu",
                           "comme", "quoique", "quoiqu", "parce"})
NEGATION_TOKENS = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus", "aucun", "aucune", "rien", "guère"})


def _is_quantity(tok: "Token") -> bool:
    """A number or a rank (« 124e », « deuxième »): what it counts depends on every complement of its clause. The
    article « un » is none (« l'idée d'un vote »)."""
    if tok.pos_ == "DET" and not tok.text[:1].isdigit():
        return False
    return tok.like_num or bool(re.fullmatch(r"\d+(e|er|ère|ème)", tok.lower_)) or "Ord" in tok.morph.get("NumType")


def _copular(tok: "Token") -> bool:
    """An adjective or noun predicate with its copula (« étaient sains et saufs »): it heads its clause."""
    return tok.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in tok.children) and any(
        c.dep_.startswith("nsubj") for c in tok.children)


def _is_year(tok: "Token") -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


def focused_clause(doc: "Doc | Span", focus: "Token", *, places: bool = False) -> Fragment | None:
    """The smallest clause that says what the sentence says about ``focus``: the subject of its verb, the verb
    group (auxiliaries, negation), the complement holding ``focus`` and time complements; nothing else.

    "Les États-Unis disposent d'environ 2 500 soldats dans le pays pour une mission qui…" with focus "2 500"
    -> "Les États-Unis disposent d'environ 2 500 soldats dans le pays."
    """
    if asks(doc.text):  # a question states no fact to cut
        return None
    verb = focus  # the head of the clause: a verb, or a copular predicate (« Le couple … étaient sains et saufs »)
    while verb.pos_ != "VERB" and not _copular(verb) and verb.head.i != verb.i:
        verb = verb.head
    if (verb.pos_ != "VERB" and not _copular(verb)) or _in_quote(verb, verb.doc):
        return None
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    chain: list[Token] = []  # "allaient retirer", "ont indiqué entendre": the governing verbs of an infinitive
    while subj is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and len(chain) < 2:
        chain.append(verb)
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subj is None and not chain:
        subj = _shared_subject(verb)
    if subj is None or sum(1 for c in verb.children if c.dep_.startswith("nsubj")) > 1:
        return None  # none, or two: a misparse (« L’élue craque car elle a dû gérer … » read « élue » and « elle »)
    if subj.lower_ == "qui" and verb.dep_ == "acl:relcl":
        ante = verb.head
        subj_toks = [x for x in ante.subtree if x.i < subj.i]
        if any(x.dep_ == "nmod" and x.head.i == ante.i for x in subj_toks):
            return None
        while subj_toks and (subj_toks[0].dep_ == "case" or subj_toks[0].is_punct):
            subj_toks = subj_toks[1:]
        while subj_toks and subj_toks[-1].is_punct:
            subj_toks = subj_toks[:-1]
    elif subj.pos_ in ("NOUN", "PROPN"):
        subj_toks = _subtree_without(subj, DROP_DEPS | {"acl"})
    else:
        return None
    toks: list[Token] = list(subj_toks)
    focus_ids = {x.i for x in focus.ancestors} | {focus.i}
    # « La Tunisie occupait la deuxième place [parmi les pays du Moyen-Orient] [en 2018] »: a figure keeps its scope
    in_relative = {x.i for c in verb.subtree if c.dep_ == "acl:relcl" for x in c.subtree}  # another claim's numbers
    scoped = places or _is_quantity(focus) or any(_is_quantity(t) for t in verb.subtree
                                                  if t.dep_ != "nsubj" and t.i not in in_relative)
    for ch in verb.children:
        if ch.i == subj.i or ch.dep_ == "mark":
            continue
        if ch.dep_ in KEEP_VERB_DEPS or ch.lower_ in NEGATION_TOKENS or (ch.dep_ == "dep" and ch.pos_ == "AUX"):
            toks.append(ch)
        elif chain and ch.i == chain[-1].i:
            continue
        elif ch.i in focus_ids or any(x.i == focus.i for x in ch.subtree):
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
        elif ch.dep_ in ARG_DEPS:  # a verb keeps its arguments: "a été prise pour cible", "a déclaré que…"
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
        elif ch.pos_ == "VERB" and ch.i > verb.i and "Inf" in ch.morph.get("VerbForm") and {
                c.lower_ for c in ch.children if c.dep_ == "mark"} & {"à", "de", "d'", "d’"} and not {
                c.lower_ for c in ch.children if c.dep_ == "mark"} & {"afin", "pour", "sans", "avant", "après"}:
            # « a appelé les Tchèques [à rester chez eux] »: the infinitive a verb calls for is its argument
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
        elif ch.dep_ in ("obl:mod", "obl") and any(c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children) and any(
                c.dep_ == "case" and c.lower_ == "à" for c in ch.children) and ch.i > verb.i \
                and not any(t.is_punct for t in doc[verb.i - doc[0].i + 1:ch.left_edge.i - doc[0].i]) \
                and fold_text(ch.text) not in WHEN_NOUNS | {"fin", "debut", "issue", "veille", "lendemain", "suite"}:
            # « se sont opposés sans succès [à la projection de cette vidéo] »: what a pronominal verb is « à » is
            # its argument, whatever the parser calls it
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
        elif ch.dep_ == "advmod" and ch.pos_ == "ADV" and ch.i > subj.i and fold_text(ch.text) not in DISCOURSE_ADVERBS \
                and fold_text(ch.text) not in CONTEXT_ADVERBS:
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))  # « rapidement », « près de »: part of the fact
        elif ch.dep_ == "conj" and _copular(verb) and ch.pos_ == verb.pos_ and any(
                c.dep_ == "cc" and c.lower_ == "et" for c in ch.children):
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl", "conj"}))  # « sains et saufs »
        elif ch.dep_ in ("obl:mod", "obl") and any(fold_text(x.text) in TIME_WORDS or _is_year(x) for x in ch.subtree):
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
        elif scoped and ch.dep_ in ("obl:mod", "obl") and ch.pos_ in ("NOUN", "PROPN") and (
                ch.i > verb.i or fold_text(ch.left_edge.text) in TOPIC_MARKERS):
            # "… vers l'ambassade", "… à Bagdad", and in front: « Quant à la participation des femmes dans la vie
            # politique, la Tunisie est classée à la 67e position » (not 67e overall)
            toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
    toks.append(verb)
    for inner in chain:  # the infinitive and what it governs toward the focus
        toks.append(inner)
        for ch in inner.children:
            if ch.dep_ in KEEP_VERB_DEPS or ch.dep_ in ARG_DEPS or ch.lower_ in NEGATION_TOKENS \
                    or any(x.i == focus.i for x in ch.subtree):
                if not any(x.i == c.i for c in chain for x in ch.subtree):
                    toks.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
    # negation particles of the verb ("n'", "pas") may hang on the auxiliary
    for aux in [t for t in toks if t.dep_.startswith("aux")]:
        toks.extend(c for c in aux.children if c.lower_ in NEGATION_TOKENS)
    toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
    ids = {t.i for t in toks}
    # a comma whose two neighbours are both kept was there for them ("À l’AFP, les autorités…")
    toks = sorted(toks + [t for t in doc if t.text == "," and t.i - 1 in ids and t.i + 1 in ids], key=lambda t: t.i)
    toks = _with_brackets(_balanced_incises(toks, verb))
    if not any(t.i == focus.i for t in toks) or any(t.is_alpha and t.dep_ == "punct" for t in toks):
        return None  # the focus fell out, or the parse is broken ("note" read as punctuation)
    ids = {t.i for t in toks}
    if any(t.pos_ == "PROPN" and not all(x.i in ids for x in _name_run(t)) for t in toks):
        return None
    if not _cut_reads(toks, verb, shared=subj if subj.head.i != verb.i else None):
        return None
    if toks[0].lower_.rstrip("'’") in SUBORDINATORS or toks[0].pos_ in ("SCONJ", "CCONJ"):
        return None
    if any(c.dep_.startswith("nsubj") and c.lower_ in ("ce", "c'", "c’", "il") for c in verb.children):
        return None  # a cleft or impersonal sentence ("ce seraient … qui …") means nothing once cut
    if not _agrees(subj_toks, verb, toks) or _says_nothing(toks, subj_toks) or subj.i > verb.i:
        return None  # disagreeing, empty, or an inverted incise ("…, note Le Figaro") cut from its sentence
    text = tidy(_text(_without_leading_link(toks)))
    n = len(text.split())
    if n < 5 or n > MAX_FRAGMENT_WORDS or (n > len(doc.text.split()) - 3 and not scoped) \
            or not quotes_balanced(text):
        return None
    return Fragment(text, "focused", focus=focus.text)


@dataclass(frozen=True)
class Dated:
    label: str  # « Mardi soir », « 2014 », « Mi-octobre »
    text: str  # « Mardi soir : sept roquettes ont été tirées vers l’ambassade. » (what the article shows)
    statement: str  # « Ce mardi soir, sept roquettes ont été tirées vers l’ambassade. » (what the guard checks)
    year: int | None


LABEL_DROP = frozenset({"en", "à", "au", "le", "la", "l'", "l’", "ce", "cette", "dans", "dès"})


def dated(doc: "Doc | Span", focus: "Token") -> list[Dated]:
    """A dated fact as a timeline entry: the clause around a time complement, the complement in front as a label;
    with the clause's places, and without them (shorter, for a fact the article already gave in full)."""
    top = focus
    while top.head.pos_ != "VERB" and top.head.i != top.i:
        top = top.head
    if top.dep_ not in ("obl", "obl:mod") or top.head.i == top.i:
        return []
    out: list[Dated] = []
    for frag in (focused_clause(doc, focus, places=True), focused_clause(doc, focus)):
        item = _dated(doc, top, frag) if frag is not None else None
        if item is not None and item not in out:
            out.append(item)
    return out


def _dated(doc: "Doc | Span", top: "Token", frag: Fragment) -> Dated | None:
    phrase_toks = _subtree_without(top, DROP_DEPS | {"acl"})
    while phrase_toks and phrase_toks[-1].is_punct:
        phrase_toks = phrase_toks[:-1]
    phrase = _text(phrase_toks)
    body = frag.text[:-1] if frag.text.endswith(".") else frag.text
    at = body.lower().find(phrase.lower())
    if at < 0 or len(phrase.split()) > 6:
        return None
    rest = tidy_inner(body[:at] + " " + body[at + len(phrase):]).strip(" ,")
    if len(rest.split()) < 4 or not quotes_balanced(rest):
        return None
    first = next((t for t in doc if t.text == rest.split()[0]), None)
    if first is None or first.pos_ != "PROPN":
        rest = rest[0].lower() + rest[1:]
    label_toks = list(phrase_toks)
    while len(label_toks) > 1 and label_toks[0].lower_ in LABEL_DROP:
        label_toks = label_toks[1:]
    label = _text(label_toks)
    label = label[0].upper() + label[1:]
    year = next((int(t.text) for t in phrase_toks if t.text.isdigit() and len(t.text) == 4), None)
    return Dated(label, f"{label} : {rest}.", tidy(f"{phrase}, {rest}"), year)


# verbs that say nothing without their complement: « Cette attaque a eu lieu. », « L'ouverture du score est venue. »
LIGHT_PREDICATES = frozenset({"avoir lieu", "intervenir", "se produire", "survenir", "être", "avoir", "venir", "aller",
                              "se trouver", "trouver", "rester", "demeurer", "provenir", "résulter", "arriver", "faire"})


def _shared_subject(verb: "Token") -> "Token | None":
    """The subject a second finite verb shares with the main verb it is coordinated to: « Le club de Birmingham
    s'empare de la 5e place [et n'est qu'à 3 points de Leicester] ». Only under a main clause that nothing hedges
    (« Selon X, … et … » keeps its source) nor subordinates, and only for a verb conjugated on its own: a bare
    participle (« a été arrêté et placé en garde à vue ») would lose its auxiliary."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ != "ROOT" or not (first.pos_ in ("VERB", "AUX") or _copular(first)):
        return None
    if "Fin" not in verb.morph.get("VerbForm") and not any(
            c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children):
        return None
    if any(fold_text(c.text) in ("selon", "d'apres", "d’apres") for ch in first.children for c in ch.children
           if c.dep_ == "case") or any(c.dep_ == "mark" for c in first.children):
        return None
    subjects = [c for c in first.children if c.dep_.startswith("nsubj")]
    return subjects[0] if len(subjects) == 1 and subjects[0].i < first.i else None


def _says_nothing(toks: list["Token"], subj_toks: list["Token"]) -> bool:
    """"Cette attaque a eu lieu." keeps a subject and a light verb and nothing of what the sentence said; « Des
    secteurs prennent des mesures. » names nothing it could be about (no name, number, date nor definite noun)."""
    rest = [t for t in toks if t.i not in {x.i for x in subj_toks} and not t.is_punct
            and not t.dep_.startswith("aux") and t.dep_ != "cop"]
    if " ".join(t.lemma_.lower() for t in rest) in LIGHT_PREDICATES:
        return True
    return not any(t.pos_ in ("PROPN", "NUM") or t.like_num or fold_text(t.text) in TIME_WORDS for t in toks) and all(
        t.pos_ != "NOUN" or all(d.lower_ in INDEFINITE_DETERMINERS for d in t.children if d.dep_ == "det")
        for t in toks)


INDEFINITE_DETERMINERS = frozenset({"des", "de", "d'", "d’", "un", "une", "quelques", "plusieurs", "certains",
                                    "certaines"})


def _agrees(subj_toks: list["Token"], verb: "Token", toks: list["Token"]) -> bool:
    """Subject and finite verb agree in number (a wrong parse often shows as "Trois attaques rapporte")."""
    head = next((t for t in subj_toks if t.dep_.startswith("nsubj") or t.head.i not in {x.i for x in subj_toks}),
                None)
    finite = [t for t in toks if (t.head.i == verb.i and t.dep_.startswith("aux")) or t.i == verb.i]
    finite = [t for t in finite if "Fin" in t.morph.get("VerbForm")]
    if head is None or not finite:
        return True
    sn, vn = head.morph.get("Number"), finite[0].morph.get("Number")
    return not (sn and vn and sn != vn)


def fold_text(text: str) -> str:
    from .text import fold

    return fold(text)


def quoted(doc: "Doc | Span") -> list[str]:
    return quotes_in(doc.text)


def all_fragments(doc: "Doc | Span") -> list[Fragment]:
    out: list[Fragment] = []
    mc = main_clause(doc)
    if mc:
        out.append(mc)
    out.extend(promoted_relatives(doc))
    out.extend(uncleft(doc))
    return out


CLEFT_RE = re.compile(r"^(?P<lead>(?:Selon|D['’]après)\s[^,«»]+,\s*)?"
                      r"(?P<cleft>[Cc]['’]est|[Cc]e sont|[Cc]['’]était|[Cc]e fut|[Cc]e furent|[Cc]e serait|[Cc]e seraient)\s+"
                      r"(?:(?:en réalité|en fait|donc|bien)\s+)?(?P<who>[^,«»\"“”]+?)\s+qui\s+(?P<rest>.+)$")
HEDGED_CLEFT = ("ce serait", "ce seraient")


def uncleft(doc: "Doc | Span") -> list[Fragment]:
    """A cleft sentence said plainly: « Ce seraient en réalité les brigades du radical Hezbollah qui tireraient les
    ficelles, selon Washington » -> « Les brigades du radical Hezbollah tireraient les ficelles, selon Washington. »
    The relative clause's verb already agrees with what the cleft puts forward. A conditional cleft (« Ce serait X
    qui a … ») gives nothing unless its clause is conditional too: the hedge would be lost. An adverb that says how
    much (« C’est essentiellement X qui … ») has no place to go: no fragment."""
    text = doc.text.strip()
    m = CLEFT_RE.match(text)
    if m is None:
        return []
    who, rest = m.group("who"), m.group("rest")
    start = doc[0].idx + m.start("who")
    end = doc[0].idx + m.end("who")
    inner = [t for t in doc if start <= t.idx < end]
    if not inner or any(t.pos_ in ("VERB", "AUX", "ADV") for t in inner) or inner[0].pos_ not in ("DET", "PROPN"):
        return []
    # « C’est la quatrième tempête depuis la fin d’un été qui a joué les prolongations », « C’est le seul pays qui »,
    # « C’est une situation qui »: a description, not a cleft; only a definite phrase or a name is put forward
    if (inner[0].pos_ == "DET" and inner[0].lower_ not in ("le", "la", "les", "l'", "l’")) or any(
            t.pos_ == "ADP" and t.lower_ not in ("de", "du", "des", "d'", "d’") for t in inner) or any(
            "Ord" in t.morph.get("NumType") or t.lower_.endswith("ième") or fold_text(t.text) in (
                "seul", "seule", "seuls", "seules", "premier", "premiere", "premiers", "dernier", "derniere",
                "derniers", "unique") for t in inner):
        return []
    verb = next((t for t in doc if t.idx >= doc[0].idx + m.start("rest") and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or "Fin" not in verb.morph.get("VerbForm") and not verb.lower_.endswith(("rait", "raient")):
        return []
    if m.group("cleft").lower() in HEDGED_CLEFT and not verb.lower_.endswith(("rait", "raient")):
        return []
    lead = m.group("lead") or ""
    if not lead and inner[0].pos_ != "PROPN":
        who = who[0].upper() + who[1:]
    out = tidy(f"{lead}{who} {rest}")
    n = len(out.split())
    if n < 5 or n > MAX_FRAGMENT_WORDS or not quotes_balanced(out):
        return []
    return [Fragment(out, "uncleft", focus=inner[-1].text)]


# -- questions and answers ---------------------------------------------------------------------------------------
# Subjects that are people or groups are asked about with "Qui", the others with "Qu’est-ce qui".
HUMAN_NOUNS = frozenset({
    "groupe", "milice", "responsable", "ministre", "porte-parole", "journaliste", "armée", "autorité", "président",
    "gouvernement", "faction", "militant", "soldat", "force", "média", "source", "général", "secrétaire", "chef",
    "police", "pompier", "préfet", "maire", "habitant", "témoin", "enquêteur", "juge", "procureur", "député",
    "sénateur", "diplomate", "ambassadeur", "représentant", "officiel", "agence", "organisation", "mouvement",
    "brigade", "coalition", "état-major", "manifestant", "secouriste", "victime", "américain", "irakien",
    # people as a story names them: « Qui se perd dans ses réponses ? C’est l’homme de 45 ans. »
    "homme", "femme", "accusé", "prévenu", "enfant", "famille", "survivant", "villageois", "touriste", "conducteur",
    "automobiliste", "secours", "sauveteur", "propriétaire", "locataire", "riverain", "passant", "élu",
    # institutions and parties that act and speak: « Qui a répondu … ? C’est la partie civile. »
    "partie", "défense", "tribunal", "cour", "parquet", "hôpital", "commerçant", "commune", "mairie", "municipalité",
    "préfecture", "conseil", "commission", "comité", "collectif", "fédération", "parlement", "assemblée", "sénat",
    "établissement", "entreprise", "association", "club", "équipe", "syndicat", "ministère", "institut",
})
PERSON_NOUNS = HUMAN_NOUNS | ROLE_NOUNS  # who can act, speak or be asked « Qui … ? » about
AMOUNT_NOUNS = frozenset({"millier", "milliers", "centaine", "centaines", "dizaine", "dizaines", "million", "millions",
                          "nombre", "majorité", "plupart", "partie", "moitié", "foule"})
PLURAL_AUX_TO_SINGULAR = {"ont": "a", "sont": "est", "avaient": "avait", "étaient": "était", "auront": "aura",
                          "seront": "sera", "vont": "va", "allaient": "allait"}
_PARTICIPLE_ENDINGS = (("ées", "é"), ("ée", "é"), ("és", "é"), ("ies", "i"), ("ie", "i"), ("ises", "is"),
                       ("ise", "is"), ("ues", "u"), ("ue", "u"), ("us", "u"), ("tes", "t"), ("te", "t"), ("ts", "t"))


@dataclass(frozen=True)
class QA:
    question: str
    answer: str
    statement: str = ""  # the fact the pair asks and answers, as one sentence: what the guard checks
    figure: str = ""  # the same fact as a key figure (« Sept : le nombre de roquettes tirées mardi soir. »)


def _masc_sing_participle(word: str) -> str:
    for end, repl in _PARTICIPLE_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + repl
    return word


def manner_adverb(tok: "Token", verb: "Token") -> bool:
    """An adverb of the verb written inside its group (« a complètement sombré », « s’est sèchement incliné »): part of
    the fact, kept where it stands; connectors (« a aussi inscrit ») are not."""
    return tok.dep_ == "advmod" and tok.pos_ == "ADV" and tok.head.i == verb.i and not list(tok.children) \
        and fold_text(tok.text) not in DISCOURSE_ADVERBS | CONTEXT_ADVERBS and tok.lower_ not in NEGATION_TOKENS


def question_answer(doc: "Doc | Span") -> list[QA]:
    """Questions a reader would ask, answered by the sentence's own subject:
    "Un groupe de milices … a revendiqué les dizaines d'attaques …" ->
    "Qui a revendiqué les dizaines d'attaques … ?" / "C'est un groupe de milices …"."""
    out = []
    whens: list[QA] = []  # « Quand … ? » after the others: the subject's question says more
    for verb in doc if not asks(doc.text) else []:
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj") or _in_quote(verb, verb.doc):
            continue
        # « 24 personnes sont mortes »: a participle whose « être » the parser called a copula is a verb group
        group = [c for c in verb.children if c.dep_.startswith("aux")] or [
            c for c in verb.children if c.dep_ == "cop" and "Part" in verb.morph.get("VerbForm")
            and c.lemma_ == "être" and "Fin" in c.morph.get("VerbForm")]
        if _reported_or_hedged(verb, group) or any(c.lower_ == "selon" for c in verb.subtree):
            continue  # a reported claim, an allegation (conditionnel), a negation: not asked as a fact
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        subj = subjects[0] if len(subjects) == 1 else None  # two subjects: a misparsed object, no safe question
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or any(
                c.lower_ in ("aucun", "aucune", "autre", "autres") or c.dep_ == "conj" for c in subj.children):
            # « C’est l’autre initiative. » answers nothing without the one told before
            continue  # « le canton de Berne et les distributeurs d'eau … ont demandé »: no « Qu’est-ce qui ont »
        reflexive = [c for c in verb.children if c.dep_ == "expl:comp" and c.lower_ in REFLEXIVE_PRONOUNS]
        if any(c.dep_ in ("expl:pv", "expl:pass", "expl") or (c.lower_ in REFLEXIVE_PRONOUNS and c not in reflexive)
               for c in verb.children):
            continue  # a passive « se », an impersonal « il », a misread « se »: no safe question form
        first_aux = min([c.i for c in group] + [verb.i])
        inner = [x for x in doc[first_aux - doc[0].i:verb.i - doc[0].i] if manner_adverb(x, verb)]
        if any(not (x.dep_.startswith("aux") or x in group or x.i == verb.i or x.is_punct) for x in doc[first_aux - doc[0].i:verb.i - doc[0].i + 1]
               if x.lower_ not in NEGATION_TOKENS and fold_text(x.text) not in DISCOURSE_ADVERBS and x not in inner):
            continue  # only a verb group written in one piece ("ont été visées"; « a aussi inscrit » asks « a inscrit »),
            # a manner adverb in it stays (« a complètement sombré »)
        subj_toks = _subtree_without(subj, DROP_DEPS | {"acl"})
        if subj_toks[-1].i - subj_toks[0].i + 1 != len(subj_toks) or any(t.text == "," for t in subj_toks):
            continue  # « Au sein même du gouvernement, le comportement … »: a phrase in front read into the subject
        pred: list[Token] = []
        moved: list[Token] = []
        times: list[Token] = []
        for ch in verb.children:
            if ch.i == subj.i or ch.is_punct:
                continue
            if ch.dep_.startswith("aux") or ch in group or (ch.dep_ == "dep" and ch.pos_ == "AUX") or ch.dep_ in (
                    "obj", "iobj", "obl:arg", "obl:agent", "xcomp", "fixed",
                                                         "compound:prt", "expl:comp", "expl:pv"):
                pred.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
            elif ch.dep_ in ("obl:mod", "obl") and any(c.lower_ == "soit" for c in ch.children):
                continue  # « …, soit trois de plus qu’en 2017 »: a comment on the figure, not part of the question
            elif ch.dep_ in ("obl:mod", "obl") and any(fold_text(x.text) in TIME_WORDS or _is_year(x)
                                                       for x in ch.subtree):
                # a time phrase in front of the subject goes after the verb in the question
                (moved if ch.i < subj.i else pred).extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
                times.append(ch)
        pred += [verb, *inner]
        pred = sorted({t.i: t for t in pred}.values(), key=lambda t: t.i)
        in_times = {x.i for ch in times for x in ch.subtree}
        if any(_is_quantity(t) for t in pred if t.i not in in_times) and any(ch.dep_ in ("obl:mod", "obl") and ch not in times
                                                      for ch in verb.children):
            continue  # « la deuxième place » without « parmi les pays du Moyen-Orient »: a figure keeps its scope
        if not pred or pred[0].i < subj.i or any(t.dep_.startswith("expl") and t.i < verb.i and t not in reflexive
                                                 for t in pred):
            continue
        count = next((c for c in subj.children if c.dep_ == "nummod" and c.i < subj.i), None)
        if not _cut_reads(subj_toks + pred + moved, verb):
            continue
        tail = _lowered(moved)
        statement = tidy(_join([(t, t.text) for t in subj_toks] + [(t, t.text) for t in pred] + tail))
        if len(times) == 1 and (qa := _when(subj, subj_toks, pred, times[0], statement)):
            whens.append(qa)
        if count is not None and (qa := _how_many(subj, count, subj_toks, [(t, t.text) for t in pred] + tail,
                                                  statement)):
            out.append(qa)
            continue
        plural = "Plur" in subj.morph.get("Number") or any(
            c.dep_ == "det" and c.lower_ in ("les", "des", "ces", "leurs", "plusieurs") for c in subj.children)
        # « s’est déclarée », « se sont succédé »: with « être », the participle agrees with « qui » (masculine)
        passive = any(c.dep_ == "aux:pass" or c.dep_ == "cop" and c in group for c in verb.children) or bool(
            reflexive) and any(a.lemma_ == "être" for a in group)
        finite = min(group, key=lambda t: t.i) if group else verb
        if not plural and "Plur" in finite.morph.get("Number"):
            continue  # « Le centre hospitalier … demandent »: the source's own slip, no question to build on it
        if any(t.lower_ in ("leur", "leurs") and t.pos_ == "DET" for p in pred for t in p.subtree):
            continue  # « Qui a pu regagner leurs maisons ? »: « qui » is singular, « leurs » points at nobody there
        words_out = []
        for t in pred:
            w = t.text
            if (t.dep_.startswith("aux") or t in group) and plural:
                if t.lower_ not in PLURAL_AUX_TO_SINGULAR:
                    words_out = []
                    break
                w = PLURAL_AUX_TO_SINGULAR[t.lower_]
            elif t.i == verb.i and not group and plural:
                words_out = []  # a simple tense in the plural: no safe singular form
                break
            elif t.i == verb.i and passive:
                w = _masc_sing_participle(w)
            words_out.append((t, w))
        if not words_out:
            continue
        words_out = [(t, "s’" if t in reflexive and t.lower_ == "se" and k + 1 < len(words_out)
                      and elides_before(words_out[k + 1][1]) else w) for k, (t, w) in enumerate(words_out)]
        pred_text = _join(words_out + tail)
        who = subj
        if who.lemma_.lower() in AMOUNT_NOUNS:  # « plusieurs milliers d’habitants »: the habitants are asked about
            who = next((c for c in who.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), who)
        human = subj.ent_type_ in ("PER", "ORG") or _is_role(who, PERSON_NOUNS) or (
            who.lemma_.lower() == "centre" and any(c.pos_ == "PROPN" or c.lower_ == "hospitalier" for c in who.children)
        ) or (
            subj.pos_ == "PROPN" and subj.ent_type_ == "LOC" and verb.lemma_ not in ("viser", "cibler", "toucher")) or (
            # a first name and a surname the recogniser did not tag (CNews: « Warren Zaïre Emery » read as MISC)
            subj.pos_ == "PROPN" and subj.ent_type_ != "LOC" and any(c.dep_ == "flat:name" for c in subj.children))
        question = f"{'Qui' if human else 'Qu’est-ce qui'} {pred_text} ?"
        subject = _text(subj_toks)
        if subject[:1].isupper() and subj_toks[0].pos_ != "PROPN":
            subject = subject[0].lower() + subject[1:]
        answer = f"{'Ce sont' if plural else 'C’est'} {subject}."
        if 6 - human <= len(words(question)) <= 24 and len(words(answer)) >= 3:  # « Qui » is one word shorter
            out.append(QA(" ".join(question.split()), " ".join(answer.split()), statement))
    return out + said_questions(doc) + whens


SUBJECT_PRONOUNS = {("Masc", False): "il", ("Fem", False): "elle", ("Masc", True): "ils", ("Fem", True): "elles"}


def _when(subj: "Token", subj_toks: list["Token"], pred: list["Token"], time: "Token", statement: str) -> QA | None:
    """« Le procès a repris ce mercredi 4 novembre devant le tribunal militaire » -> « Quand le procès a-t-il repris
    devant le tribunal militaire ? Ce mercredi 4 novembre. » The subject stays and a pronoun of its gender and
    number follows the first word of the verb group (-t- between two vowels); the time phrase is the answer."""
    time_ids = {t.i for t in time.subtree}
    if any(t.pos_ in ("NOUN", "PROPN") and fold_text(t.text) not in TIME_WORDS and not t.like_num
           for t in time.subtree):
        return None  # « par des tirs de roquettes dimanche » holds a time, but is no time phrase
    rest = [t for t in pred if t.i not in time_ids]
    gender = subj.morph.get("Gender")
    plural = "Plur" in subj.morph.get("Number")
    if not rest or not (rest[0].dep_.startswith("aux") or rest[0].i == subj.head.i) or len(gender) != 1 \
            or any(t.is_punct for t in rest):
        return None
    pronoun = SUBJECT_PRONOUNS[(gender[0], plural)]
    first = rest[0].text
    link = "-t-" if first[-1:].lower() in ("a", "e", "c") else "-"
    subject = _text(subj_toks)
    if subj_toks[0].pos_ != "PROPN":
        subject = subject[0].lower() + subject[1:]
    after = _join([(t, t.text) for t in rest[1:]])
    question = tidy_inner(f"Quand {subject} {first}{link}{pronoun} {after}") + " ?"
    answer = _text([t for t in time.subtree if not t.is_punct]).strip(" ,")
    if not answer or not 5 <= len(words(question)) <= 24:
        return None
    return QA(" ".join(question.split()), answer[0].upper() + answer[1:] + ".", statement)


def _lowered(toks: list["Token"]) -> list[tuple["Token", str]]:
    """Tokens as (token, text) pairs, the first one lower-cased unless it is a name (a phrase moved to the end)."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    pairs = [(t, t.text) for t in toks]
    if pairs and pairs[0][0].pos_ != "PROPN":
        pairs[0] = (pairs[0][0], pairs[0][1].lower())
    return pairs


def _de(word: str) -> str:
    """« de » or « d’ » before ``word``."""
    return "d’" if elides_before(word) else "de "


def _how_many(subj: "Token", count: "Token", subj_toks: list["Token"],
              pred: list[tuple["Token", str]], statement: str) -> QA | None:
    """« Sept roquettes ont été tirées mardi soir » -> « Combien de roquettes ont été tirées mardi soir ? Sept. »
    The verb keeps its plural: « combien de » takes the number of its noun. Qualifiers stay with the number
    (« au moins 480 », « près de 90 »)."""
    head = [t for t in subj_toks if t.i <= count.i]
    ids = {t.i for t in head} | {t.i for t in count.subtree}
    if any(t.dep_ == "det" for t in subj.children) or any(
            t.pos_ not in ("ADV", "ADP", "NUM", "ADJ") and t.dep_ != "fixed" and not (t.i == count.i and t.like_num)
            for t in head) or \
            count.lower_ in ("un", "une", "1") or "Sing" in subj.morph.get("Number"):
        return None
    number_toks = [t for t in subj_toks if t.i in ids]
    rest = [t for t in subj_toks if t.i not in ids]
    if not rest:
        return None
    noun_part = _text(rest)
    noun_part = noun_part[0].lower() + noun_part[1:]
    question = f"Combien {_de(noun_part)}{noun_part} {_join(pred)} ?"
    number = _text(number_toks)
    answer = number[0].upper() + number[1:] + "."
    if not 5 <= len(words(question)) <= 24:
        return None
    return QA(" ".join(question.split()), answer, statement, _figure(number, noun_part, pred))


def _figure(number: str, noun_part: str, pred: list[tuple["Token", str]]) -> str:
    """« Sept : le nombre de roquettes tirées ce mardi soir. » where the participle already agrees with the noun (a
    passive, « ont été tirées », or a verb conjugated with être, « sont tombés »); otherwise the verb group stays
    whole after « qui », as the source conjugated it: « 54 : le nombre d’habitants qui ont dû être évacués »."""
    if any(t.lower_ in NEGATION_TOKENS for t, _ in pred):
        return ""  # « n'ont pas été … » has no figure
    verb = next((t for t, _ in pred if t.pos_ == "VERB"), None)
    auxes = [t for t, _ in pred if t.dep_.startswith("aux") or verb is not None and t.dep_ == "cop" and t.head.i == verb.i]
    rest = [(t, w) for t, w in pred if t not in auxes]
    if verb is not None and "Part" in verb.morph.get("VerbForm") and (
            any(t.dep_ == "aux:pass" for t in auxes) or any(t.lemma_ == "être" for t in auxes)) and not any(
            c.dep_.startswith("expl") or c.lower_ in REFLEXIVE_PRONOUNS for c in verb.children) and sum(
            1 for t, _ in rest if t.pos_ in ("VERB", "AUX")) == 1:
        return _number_of(number, noun_part, _join(rest))
    return _number_of(number, noun_part, f"qui {_join(pred)}")


def _number_of(number: str, noun_part: str, what: str) -> str:
    """A key figure: « Sept : le nombre de roquettes tirées ce mardi soir. »"""
    return tidy(f"{number[0].upper() + number[1:]} : le nombre {_de(noun_part)}{noun_part} {what}")


def said_questions(doc: "Doc | Span") -> list[QA]:
    """What someone said, asked and answered: « Un haut responsable du Hezbollah a déclaré vendredi que les attaques
    visent à faire pression » -> « Qu’a déclaré vendredi un haut responsable du Hezbollah ? Que les attaques visent
    à faire pression. » The speaker stays in the question, the words in the answer: the attribution is kept."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_ not in SAYING_LEMMAS or verb.dep_ not in ("ROOT", "conj") \
                or _in_quote(verb, verb.doc) or any("Cnd" in t.morph.get("Mood") for t in [verb, *verb.children]):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        ccomp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or ccomp is None:
            continue
        subj = subjects[0]
        mark = next((c for c in ccomp.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’")), None)
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        if mark is None or any(c.lower_ in NEGATION_TOKENS for c in verb.children) or len(auxes) > 1 \
                or any(a.i > verb.i or a.lower_ not in ("a", "ont", "avait", "avaient") for a in auxes) \
                or subj.i > verb.i:
            continue
        subj_toks = _subtree_without(subj, DROP_DEPS | {"acl"})
        time = [t for c in verb.children if c.dep_ in ("obl", "obl:mod", "advmod") and c.i != ccomp.i
                and any(fold_text(x.text) in TIME_WORDS for x in c.subtree)
                for t in _subtree_without(c, DROP_DEPS | {"acl"})]
        said = [t for t in _subtree_without(ccomp, DROP_DEPS) if t.i != mark.i]
        while said and said[-1].is_punct:
            said = said[:-1]
        if not said or not subj_toks or not _cut_reads(sorted(subj_toks + auxes + [verb] + time + [mark] + said,
                                                              key=lambda t: t.i), verb):
            continue
        if said[0].i != mark.i + 1 or said[-1].i - said[0].i + 1 != len(said):
            continue  # only what was said in one piece
        group = " ".join(t.text for t in auxes + [verb])
        when = _join(_lowered(time)) if time else ""
        subject = _text(subj_toks)
        subject = subject[0].lower() + subject[1:] if subj_toks[0].pos_ != "PROPN" else subject
        verb_group = f"{group} {when}".strip()
        question = f"Qu’{verb_group} {subject} ?" if group[0] in "aeiouy" else f"Que {verb_group} {subject} ?"
        words_said = _text(said)[0].lower() + _text(said)[1:] if said[0].pos_ != "PROPN" else _text(said)
        answer = tidy(("Qu’" if re.match(r"[aeiouyàâéèêîôûh]", words_said, re.I) else "Que ") + words_said)
        statement = tidy(f"{_text(subj_toks)} {group} {when} {mark.text} {_text(said)}".replace(f"{mark.text} ", mark.text)
                         if mark.text.endswith(("'", "’")) else f"{_text(subj_toks)} {group} {when} {mark.text} {_text(said)}")
        if 3 <= len(words(question)) <= 18 and 4 <= len(words(answer)) <= 35:
            out.append(QA(" ".join(question.split()), " ".join(answer.split()), " ".join(statement.split())))
    return out


def _join(pairs: list[tuple["Token", str]]) -> str:
    out = []
    for k, (tok, w) in enumerate(pairs):
        if k:
            prev = pairs[k - 1][0]
            out.append(prev.whitespace_ if tok.i == prev.i + 1 else " ")
        out.append(w)
    return tidy_inner("".join(out))


def tidy_inner(text: str) -> str:
    text = re.sub(r"\s+([,.)])", r"\1", " ".join(text.split()))
    return re.sub(r"([’'])\s+", r"\1", text).strip(" ,")

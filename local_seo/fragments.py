"""Shorter faithful statements cut from a source sentence's parse, for the sections written from facts.

Each function takes one parsed sentence and returns complete sentences that say part of it and nothing else: the main
clause without its subordinate clauses, a relative clause promoted to a sentence with its antecedent, an apposition
("Christopher Miller, le nouveau ministre…") turned into a who-is-who line. The guard still checks every one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import SAYING_LEMMAS, TIME_WORDS, quotes_in

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
    if not re.search(r"[.!?»]$", text):
        text += "."
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
    return [t for t in kept
            if not (t.is_punct and t.text in ",;:()—–" and (t.i - 1 in dropped or t.i + 1 in dropped)
                    and _is_incise_comma(t, dropped))]


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
    before = doc[: tok.i].text
    return before.count("«") > before.count("»")


def _has_subject(tokens: list["Token"], verb: "Token") -> bool:
    return any(t.head == verb and t.dep_.startswith("nsubj") for t in tokens)


def main_clause(doc: "Doc | Span") -> Fragment | None:
    """The sentence's root clause without relative, adverbial and parenthetical clauses."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or _in_quote(root, root.doc):
        return None
    if root.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in root.children):
        return None  # a verbless root (a title, a list) has no clause to cut
    toks = _subtree_without(root, DROP_DEPS | {"conj", "cc"} if _conj_clause(root) else DROP_DEPS)
    if not _has_subject(toks, root) or any(t.head == root and t.dep_.startswith("nsubj") and t.lower_ in
                                           ("ce", "c'", "c’") for t in toks):
        return None
    if root.lemma_ in SAYING_LEMMAS and not any(t.head == root and t.dep_ in ("ccomp", "obj", "xcomp") for t in toks):
        return None  # "X a annoncé." without what was announced says nothing
    kept_ids = {t.i for t in toks}
    if any(t.pos_ == "PROPN" and not all(x.i in kept_ids for x in _name_run(t)) for t in toks):
        return None  # a name cut in half
    text = tidy(_text(toks))
    if text.count("«") != text.count("»") or len(text.split()) >= len(doc.text.split()) - 2:
        return None
    if len(text.split()) > MAX_FRAGMENT_WORDS or len(text.split()) < 5:
        return None
    return Fragment(text, "main_clause")


def _conj_clause(root: "Token") -> bool:
    return any(ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") and any(g.dep_.startswith("nsubj") for g in ch.children)
               for ch in root.children)


def promoted_relatives(doc: "Doc | Span") -> list[Fragment]:
    """``…une série de frappes qui ont tué 15 militants…`` -> ``Une série de frappes a tué…``: only when the relative
    pronoun is the clause's subject (qui), so the antecedent can take its place."""
    out = []
    for t in doc:
        if t.dep_ != "acl:relcl" or t.pos_ not in ("VERB", "AUX"):
            continue
        rel = next((c for c in t.children if c.lower_ == "qui" and c.dep_.startswith("nsubj")), None)
        if rel is None or _in_quote(t, t.doc):
            continue
        ante = t.head
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
        if not ante_toks or not clause:
            continue
        text = tidy(_text(ante_toks).rstrip(" ,") + " " + _text(clause))
        if 6 <= len(text.split()) <= MAX_FRAGMENT_WORDS and text.count("«") == text.count("»"):
            out.append(Fragment(text, "relative", focus=ante.text))
    return out


def appositions(doc: "Doc | Span") -> list[Fragment]:
    """Who is who, from an apposition in either order — "le général Frank McKenzie, chef des forces américaines"
    or "le nouveau ministre américain de la Défense, Christopher Miller" — or a title before a name ("le Premier
    ministre irakien Mohammed Shia al-Sudani")."""
    out = []
    for t in doc:
        if _in_quote(t, t.doc):
            continue
        if t.dep_ == "appos":
            a, b = t.head, t
        elif t.pos_ == "PROPN" and t.dep_ in ("nmod", "flat:name", "flat") and t.head.pos_ == "NOUN" \
                and t.head.i < t.i and t.ent_type_ == "PER":
            a, b = t.head, t
        else:
            continue
        name_side, desc_side = (a, b) if a.pos_ == "PROPN" else (b, a)
        if name_side.pos_ != "PROPN" or desc_side.pos_ != "NOUN":
            continue
        run = _name_run(name_side)
        name = _text(run)
        run_ids = {x.i for x in run}
        desc_toks = [x for x in _subtree_without(desc_side, DROP_DEPS | {"acl"})
                     if x.i not in run_ids and not (x.dep_ == "appos" and x.pos_ == "PROPN")]
        desc_toks = [x for x in desc_toks if not any(y.i in run_ids for y in x.ancestors) or x.i == desc_side.i]
        while desc_toks and (desc_toks[0].dep_ in ("det", "case", "cc") or desc_toks[0].is_punct):
            desc_toks = desc_toks[1:]
        while desc_toks and desc_toks[-1].is_punct:
            desc_toks = desc_toks[:-1]
        if not desc_toks or desc_toks[-1].i - desc_toks[0].i + 1 != len(desc_toks):
            continue  # only a contiguous description reads right
        if desc_toks[0].pos_ not in ("NOUN", "ADJ") or any(x.pos_ in ("VERB", "AUX", "NUM") for x in desc_toks):
            continue
        desc = _text(desc_toks).strip(" ,")
        if len(desc.split()) < 2 or len(desc.split()) > 12 or len(name.split()) > 5:
            continue
        if any(f.text.startswith(name + " :") for f in out):
            continue
        out.append(Fragment(f"{name} : {desc}", "apposition", focus=name))
    return out


def _name_run(tok: "Token") -> list["Token"]:
    """The contiguous proper-noun run around ``tok`` ("Mohammed Shia al-Sudani")."""
    doc = tok.doc
    start = end = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return list(doc[start : end + 1])


KEEP_VERB_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus", "cop", "expl", "expl:subj", "expl:pass", "expl:comp",
                            "mark"})
ARG_DEPS = frozenset({"obj", "iobj", "ccomp", "xcomp", "obl:arg", "obl:agent", "compound:prt", "fixed"})
SUBORDINATORS = frozenset({"que", "qu", "qui", "dont", "où", "si", "quand", "lorsque", "lorsqu", "puisque", "comme"})
NEGATION_TOKENS = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus", "aucun", "aucune", "rien", "guère"})


def focused_clause(doc: "Doc | Span", focus: "Token") -> Fragment | None:
    """The smallest clause that says what the sentence says about ``focus``: the subject of its verb, the verb
    group (auxiliaries, negation), the complement holding ``focus`` and time complements; nothing else.

    "Les États-Unis disposent d'environ 2 500 soldats dans le pays pour une mission qui…" with focus "2 500"
    -> "Les États-Unis disposent d'environ 2 500 soldats dans le pays."
    """
    verb = focus
    while verb.pos_ not in ("VERB",) and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or _in_quote(verb, verb.doc):
        return None
    subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    chain: list[Token] = []  # "allaient retirer", "ont indiqué entendre": the governing verbs of an infinitive
    while subj is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and len(chain) < 2:
        chain.append(verb)
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subj is None:
        return None
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
        elif ch.dep_ in ("obl:mod", "obl") and any(fold_text(x.text) in TIME_WORDS for x in ch.subtree):
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
    if not any(t.i == focus.i for t in toks) or any(t.is_alpha and t.dep_ == "punct" for t in toks):
        return None  # the focus fell out, or the parse is broken ("note" read as punctuation)
    ids = {t.i for t in toks}
    if any(t.pos_ == "PROPN" and not all(x.i in ids for x in _name_run(t)) for t in toks):
        return None
    if toks[0].lower_.rstrip("'’") in SUBORDINATORS or toks[0].pos_ in ("SCONJ", "CCONJ"):
        return None
    if any(c.dep_.startswith("nsubj") and c.lower_ in ("ce", "c'", "c’", "il") for c in verb.children):
        return None  # a cleft or impersonal sentence ("ce seraient … qui …") means nothing once cut
    if not _agrees(subj_toks, verb, toks) or _says_nothing(toks, subj_toks) or subj.i > verb.i:
        return None  # disagreeing, empty, or an inverted incise ("…, note Le Figaro") cut from its sentence
    text = tidy(_text(toks))
    n = len(text.split())
    if n < 5 or n > MAX_FRAGMENT_WORDS or n > len(doc.text.split()) - 3 or text.count("«") != text.count("»"):
        return None
    return Fragment(text, "focused", focus=focus.text)


LIGHT_PREDICATES = frozenset({"avoir lieu", "intervenir", "se produire", "survenir", "être", "avoir"})


def _says_nothing(toks: list["Token"], subj_toks: list["Token"]) -> bool:
    """"Cette attaque a eu lieu." keeps a subject and a light verb and nothing of what the sentence said."""
    rest = [t for t in toks if t.i not in {x.i for x in subj_toks} and not t.is_punct
            and not t.dep_.startswith("aux") and t.dep_ != "cop"]
    return " ".join(t.lemma_.lower() for t in rest) in LIGHT_PREDICATES


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
    return out


# -- questions and answers ---------------------------------------------------------------------------------------
# Subjects that are people or groups are asked about with "Qui", the others with "Qu’est-ce qui".
HUMAN_NOUNS = frozenset({
    "groupe", "milice", "responsable", "ministre", "porte-parole", "journaliste", "armée", "autorité", "président",
    "gouvernement", "faction", "militant", "soldat", "force", "média", "source", "général", "secrétaire", "chef",
    "police", "pompier", "préfet", "maire", "habitant", "témoin", "enquêteur", "juge", "procureur", "député",
    "sénateur", "diplomate", "ambassadeur", "représentant", "officiel", "agence", "organisation", "mouvement",
    "brigade", "coalition", "état-major", "manifestant", "secouriste", "victime", "américain", "irakien",
})
PLURAL_AUX_TO_SINGULAR = {"ont": "a", "sont": "est", "avaient": "avait", "étaient": "était", "auront": "aura",
                          "seront": "sera", "vont": "va", "allaient": "allait"}
_PARTICIPLE_ENDINGS = (("ées", "é"), ("ée", "é"), ("és", "é"), ("ies", "i"), ("ie", "i"), ("ises", "is"),
                       ("ise", "is"), ("ues", "u"), ("ue", "u"), ("us", "u"), ("tes", "t"), ("te", "t"), ("ts", "t"))


@dataclass(frozen=True)
class QA:
    question: str
    answer: str


def _words(text: str) -> list[str]:
    from .text import words

    return words(text)


def _masc_sing_participle(word: str) -> str:
    for end, repl in _PARTICIPLE_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + repl
    return word


def question_answer(doc: "Doc | Span") -> list[QA]:
    """Questions a reader would ask, answered by the sentence's own subject:
    "Un groupe de milices … a revendiqué les dizaines d'attaques …" ->
    "Qui a revendiqué les dizaines d'attaques … ?" / "C'est un groupe de milices …"."""
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj") or _in_quote(verb, verb.doc):
            continue
        if any(a.lemma_ in SAYING_LEMMAS for a in verb.ancestors) or verb.lemma_ in SAYING_LEMMAS:
            continue  # a reported claim is not asked as a fact
        group = [c for c in verb.children if c.dep_.startswith("aux")]
        if any("Cnd" in t.morph.get("Mood") for t in [verb, *group]):
            continue  # an allegation (conditionnel) is not asked as a fact
        if any(c.lower_ in NEGATION_TOKENS for c in verb.children) or any(c.lower_ == "selon" for c in verb.subtree):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or any(
                c.lower_ in ("aucun", "aucune") for c in subj.children):
            continue
        if any(c.dep_ in ("expl:pv", "expl:pass", "expl") or c.lower_ in ("se", "s'", "s’") for c in verb.children):
            continue  # reflexive verbs agree with their subject: no safe question form
        first_aux = min([c.i for c in group] + [verb.i])
        if any(not (x.dep_.startswith("aux") or x.i == verb.i or x.is_punct) for x in doc[first_aux - doc[0].i:verb.i - doc[0].i + 1]
               if x.lower_ not in NEGATION_TOKENS):
            continue  # only a verb group written in one piece ("ont été visées")
        subj_toks = _subtree_without(subj, DROP_DEPS | {"acl"})
        if subj_toks[-1].i - subj_toks[0].i + 1 != len(subj_toks):
            continue
        pred: list[Token] = []
        for ch in verb.children:
            if ch.i == subj.i or ch.is_punct:
                continue
            if ch.dep_.startswith("aux") or (ch.dep_ == "dep" and ch.pos_ == "AUX") or ch.dep_ in (
                    "obj", "iobj", "obl:arg", "obl:agent", "xcomp", "fixed",
                                                         "compound:prt", "expl:comp", "expl:pv"):
                pred.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
            elif ch.dep_ in ("obl:mod", "obl") and any(fold_text(x.text) in TIME_WORDS for x in ch.subtree):
                pred.extend(_subtree_without(ch, DROP_DEPS | {"acl"}))
        pred.append(verb)
        pred = sorted({t.i: t for t in pred}.values(), key=lambda t: t.i)
        if not pred or pred[0].i < subj.i or any(t.dep_.startswith("expl") and t.i < verb.i for t in pred):
            continue
        plural = "Plur" in subj.morph.get("Number") or any(
            c.dep_ == "det" and c.lower_ in ("les", "des", "ces", "leurs", "plusieurs") for c in subj.children)
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        words_out = []
        for t in pred:
            w = t.text
            if t.dep_.startswith("aux") and plural:
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
        pred_text = _join(words_out)
        human = subj.ent_type_ in ("PER", "ORG") or subj.lemma_.lower() in HUMAN_NOUNS or (
            subj.pos_ == "PROPN" and subj.ent_type_ == "LOC" and verb.lemma_ not in ("viser", "cibler", "toucher"))
        question = f"{'Qui' if human else 'Qu’est-ce qui'} {pred_text} ?"
        subject = _text(subj_toks)
        if subject[:1].isupper() and subj_toks[0].pos_ != "PROPN":
            subject = subject[0].lower() + subject[1:]
        answer = f"{'Ce sont' if plural else 'C’est'} {subject}."
        if 6 <= len(_words(question)) <= 24 and len(_words(answer)) >= 3:
            out.append(QA(" ".join(question.split()), " ".join(answer.split())))
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

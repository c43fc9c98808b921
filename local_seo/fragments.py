"""Shorter faithful statements cut from a source sentence's parse, for the sections written from facts.

Each function takes one parsed sentence and returns complete sentences that say part of it and nothing else: the main
clause without its subordinate clauses, a relative clause promoted to a sentence with its antecedent, an apposition
("Christopher Miller, le nouveau ministre…") turned into a who-is-who line. The guard still checks every one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import quotes_in

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
    out: list[Token] = []

    def walk(t: "Token") -> None:
        for ch in t.lefts:
            if ch.dep_ not in drop:
                walk(ch)
        out.append(t)
        for ch in t.rights:
            if ch.dep_ not in drop:
                walk(ch)

    walk(tok)
    return sorted(out, key=lambda t: t.i)


def _text(tokens: list["Token"]) -> str:
    return "".join(t.text_with_ws for t in tokens)


def _in_quote(tok: "Token", doc: "Doc") -> bool:
    before = doc[: tok.i].text
    return before.count("«") > before.count("»")


def _has_subject(tokens: list["Token"], verb: "Token") -> bool:
    return any(t.head == verb and t.dep_.startswith("nsubj") for t in tokens)


def main_clause(doc: "Doc | Span") -> Fragment | None:
    """The sentence's root clause without relative, adverbial and parenthetical clauses."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or _in_quote(root, root.doc):
        return None
    toks = _subtree_without(root, DROP_DEPS | {"conj", "cc"} if _conj_clause(root) else DROP_DEPS)
    if not _has_subject(toks, root):
        return None
    # leave no dangling comma-opened incises or quotes cut in half
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
    """``le général Frank McKenzie, chef des forces américaines au Moyen-Orient`` -> who-is-who lines."""
    out = []
    for t in doc:
        if t.dep_ != "appos" or _in_quote(t, t.doc):
            continue
        head = t.head
        if head.pos_ != "PROPN" and not head.ent_type_ == "PER":
            continue
        name_toks = [x for x in head.subtree if x.i <= head.i and x.pos_ == "PROPN" or x.i == head.i]
        name = _text(sorted(name_toks, key=lambda x: x.i)).strip()
        desc = _text(_subtree_without(t, DROP_DEPS)).strip(" ,")
        if len(desc.split()) < 2 or len(desc.split()) > 16:
            continue
        out.append(Fragment(f"{name} : {desc}", "apposition", focus=name))
    return out


def quoted(doc: "Doc | Span") -> list[str]:
    return quotes_in(doc.text)


def all_fragments(doc: "Doc | Span") -> list[Fragment]:
    out: list[Fragment] = []
    mc = main_clause(doc)
    if mc:
        out.append(mc)
    out.extend(promoted_relatives(doc))
    return out

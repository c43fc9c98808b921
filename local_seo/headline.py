"""Title and meta description, built from the lede's parse and the focus keyphrase, checked by the guard.

SEO title: at most 60 characters, keyphrase first. Meta description: 120–156 characters, keyphrase inside, one or
two complete sentences of the source's facts. Candidates are built deterministically; the guard (``free`` rules:
names, numbers, dates, quotes, grounding) keeps the faithful ones and the longest fitting one wins.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from .fragments import (PRONOUN_SUBJECTS, QUANTIFIER_SUBJECT, focused_clause, main_clause, manner_adverb,
                        promoted_relatives, tidy)
from .guard import FREE, Guard
from .lexicon import FR_STOPWORDS
from .text import fold, folded_words, quotes_balanced

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .analyze import Analysis

TITLE_MAX = 60
META_MIN, META_MAX = 120, 156
DESCRIPTION_SENTENCES = 8  # the meta description says what the first sentences say


KEYWORD_CHOICES = 2  # the keyphrase may be the second best one when only that one is in the lede


def choose_keyword(a: "Analysis", lede: str) -> str:
    """The focus keyphrase: the best ranked one, or the runner-up when only that one is in the lede (Yoast wants the
    keyphrase in the introduction, and the introduction restates the lede)."""
    from .seo import keyphrase_found

    if not a.keyphrases:
        return a.entities[0].canonical
    return next((k for k in a.keyphrases[:KEYWORD_CHOICES] if keyphrase_found(k, lede)), a.keyphrases[0])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _phrase(tokens: list["Token"]) -> str:
    """The tokens' text; a word the parser cut at a hyphen (« Pyrénées » - « Atlantiques ») is taken whole, and a
    quotation opened inside keeps its closing mark right after (« une "cellule incendies" »)."""
    toks = sorted(tokens, key=lambda t: t.i)
    if toks:
        doc = toks[0].doc
        while toks[-1].i + 1 < len(doc) and not toks[-1].whitespace_:
            nxt = doc[toks[-1].i + 1]
            if nxt.is_punct and nxt.text not in "-–":
                break
            toks.append(nxt)
        nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
        text = "".join(t.text_with_ws for t in toks)
        if nxt is not None and nxt.is_quote and not quotes_balanced(text) and quotes_balanced(text + nxt.text):
            toks.append(nxt)
    return "".join(t.text_with_ws for t in toks).strip(" ,")


def event_phrases(doc: "Doc", keyword: str) -> list[str]:
    """Short phrases saying what happened in the lede: "des roquettes tirées vendredi 8 décembre", then the noun
    phrases whose complement is the keyphrase."""
    return [" ".join(p.split()) for p in _clause_phrases(doc, keyword) + _keyword_complement_phrases(doc, keyword) if p]


def _clause_phrases(doc: "Doc", keyword: str) -> list[str]:
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return []
    out: list[str] = []
    subjects = [c for c in root.children if c.dep_.startswith("nsubj")]
    if len(subjects) > 1:  # a misparse (« Le lendemain de l’accord, la répartition … a été débattue »)
        return []
    subj = subjects[0] if subjects else None
    passive = any(c.dep_ == "aux:pass" for c in root.children)
    subj_text = _phrase(list(subj.subtree)) if subj is not None else ""
    complements = []
    for c in root.children:
        # « - », « Atlantiques »: the rest of a cut word (not « «rigolo» », a quotation mark glued to its word)
        glued = c.left_edge.i > 0 and not doc[c.left_edge.i - 1].whitespace_
        if c.dep_ in ("obl:agent", "obl:mod", "obl:arg", "obl", "obj") and c.i > root.i and not glued:
            sub = _without_clauses(c)
            before = doc[sub[0].i - 1] if sub and sub[0].i > 0 else None
            if before is not None and before not in sub and (before.head.i == c.i or before.pos_ in ("ADP", "ADV")):
                continue  # « une semaine » of « d’ici une semaine »: the phrase lost the words that open it
            complements.append(_phrase(sub))
    if subj is not None and passive:
        base = f"{subj_text} {root.text}"
        # the participle agrees with the subject: the keyphrase may take its place only when it is headed by it
        kw_subject = fold(subj.lemma_) == fold(keyword).split()[0] or fold(subj.text) == fold(keyword).split()[0]
        for comp in complements[:3]:
            if fold(keyword) in fold(comp):
                continue
            out.append(f"{base} {comp}")
            if kw_subject:
                out.append(f"{keyword} {root.text} {comp}")
        if not complements:  # « la Tunisie classée » without « en bas de l’échelle » says nothing
            out.append(base)
    elif subj is not None and (fold(keyword) in fold(subj_text) or fold(subj_text) in fold(keyword)):
        # the keyphrase acts: « Centre Hospitalier de la Côte Basque lance un appel aux dons »
        group = sorted([c for c in root.children if c.dep_.startswith("aux") or c.lower_ in ("ne", "n'", "n’")]
                       + [root], key=lambda t: t.i)
        if not any(c.lower_ in ("ne", "n'", "n’") for c in group) and group[-1].i - group[0].i + 1 == len(group):
            obj = next((c for c in root.children if c.dep_ == "obj" and c.i > root.i), None)
            agrees = not ("Sing" in subj.morph.get("Number") and "Plur" in group[0].morph.get("Number")
                          and not any(c.dep_ == "conj" for c in subj.children))  # « Le centre … demandent »
            if obj is not None and agrees:  # what it does, whole, then with the last complements cut off
                nxt = next((c for c in root.children if c.dep_.startswith("obl") and c.i > obj.i), None)
                for sub in _shortened(obj):
                    out.extend(f"{keyword} {_phrase(group)} {_phrase(sub)} {_phrase(more)}".strip()
                               for more in (_shortened(nxt) if nxt is not None else []) + [[]])
            elif obj is None and agrees and not _hedged(doc):
                # no object: the subject as written, its verb and the complement after it (« La vigilance orange
                # débutera dans l'après-midi »); the group may hold a manner adverb (« ont nettement accéléré »)
                inner = [c for c in root.children if group[0].i < c.i < root.i and manner_adverb(c, root)]
                span = sorted(group + inner, key=lambda t: t.i)
                nxt = next((c for c in root.children if c.dep_.startswith("obl") and c.i > root.i), None)
                if nxt is not None and span[-1].i - span[0].i + 1 == len(span) and subj.i < span[0].i:
                    out.extend(f"{subj_text} {_phrase(span)} {_phrase(sub)}" for sub in _shortened(nxt))
    return out


def _hedged(doc: "Doc") -> bool:
    """A claim someone makes (« selon », « d’après ») or an allegation (conditionnel): no title states it as a fact."""
    return any(t.lower_ in ("selon", "d'après", "d’après") or "Cnd" in t.morph.get("Mood") for t in doc)


TITLE_DROP_DEPS = frozenset({"acl:relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "parataxis"})


def _keyword_complement_phrases(doc: "Doc", keyword: str) -> list[str]:
    """A noun phrase of the lede whose complement is the keyphrase, told after it: « la nouvelle défaite du PSG à
    Monaco » -> « PSG : la nouvelle défaite à Monaco » (CNews: the lede names the club only there)."""
    if _hedged(doc):
        return []
    out = []
    for t in doc:
        if t.dep_ != "nmod" or t.head.pos_ != "NOUN" or t.head.dep_ in ("nmod", "appos", "conj"):
            continue
        inner = [x for x in t.subtree if not (x.head.i == t.i and x.dep_ in ("case", "det"))]
        if fold(_phrase(inner)) != fold(keyword) or not any(x.dep_ == "case" and x.head.i == t.i for x in t.subtree):
            continue
        head = t.head
        cut = {x.i for x in t.subtree}
        for x in head.subtree:
            if x.i != head.i and x.dep_ in TITLE_DROP_DEPS:
                cut |= {y.i for y in x.subtree}
        toks = [x for x in head.subtree if x.i not in cut and not (x.head.i == head.i and x.dep_ == "case")
                and not (x.dep_ == "fixed" and x.head.dep_ == "case" and x.head.head.i == head.i)]
        if not toks or toks[0].pos_ not in ("DET", "ADJ", "NUM", "NOUN") or any(
                x.dep_ == "case" and any(f.dep_ == "fixed" for f in x.children) for x in head.children):
            continue  # « la clé » of « avec à la clé des aides fiscales »: a locution, no news
        span = range(toks[0].i, toks[-1].i + 1)
        if len(toks) < 3 or any(i not in {x.i for x in toks} and i not in {x.i for x in t.subtree} for i in span):
            continue  # only the phrase as written, less the keyphrase; two words say no news
        phrase = _phrase(toks)
        out.append(f"{_cap(keyword)} : {phrase[:1].lower() + phrase[1:] if not phrase[:2].isupper() else phrase}")
    return out


def _without_clauses(head: "Token") -> list["Token"]:
    """The phrase of ``head`` without its clauses, each with all it holds (« un «rigolo» » of « un «rigolo» qui s’est
    amusé à zigzaguer devant l’un de leurs véhicules d’urgence »), and without punctuation but its quotation marks."""
    cut = {y.i for x in head.subtree if x.i != head.i and x.dep_ in ("acl:relcl", "acl") for y in x.subtree}
    return [t for t in head.subtree if t.i not in cut and (t.dep_ != "punct" or t.is_quote)]


def _shortened(head: "Token") -> list[list["Token"]]:
    """The phrase of ``head`` (no clauses), then the same without each of its noun complements, the last first:
    « un appel aux dons des entreprises » -> « un appel aux dons » -> « un appel »."""
    whole = _without_clauses(head)
    cuts = sorted((t for t in whole if t.dep_ == "nmod"), key=lambda t: -t.i)
    return [whole] + [[t for t in whole if t not in set(c.subtree)] for c in cuts]


def _lower_first(text: str, a: "Analysis") -> str:
    """A heading after a colon: its first letter in lower case, unless it begins a name (« Berne interdit … »)."""
    first = text.split()[0] if text.split() else ""
    if re.match(r"L['’]\w", first):  # « L’Ottawa School Transportation Authority »: the article is no name
        return "l" + text[1:]
    two = " ".join(text.split()[:2])
    names = [n for e in a.entities for n in (e.canonical, *e.variants) if n]
    if not first or first[:2].isupper() or any(
            f" {two} " in f" {n} " if fold(first) in FR_STOPWORDS else first in n.split() for n in names):
        return text  # a name's word, a particle with the rest of its name (« Le Bars »); never « Le » of « Le maire »
        # because « Stéphane Le Bars » has one (Maire-info)
    return text[:1].lower() + text[1:]


TITLE_PART_MIN = 25  # a part of the article's title cut at its colon: long enough to say something


def _kicker_before(t: str, at: int) -> bool:
    """Whether what comes before position ``at`` of a title is nothing, or only a kicker of capitalised words."""
    kicker = t[:at].split() if at > 0 else []
    return at == 0 or bool(kicker) and len(kicker) <= 2 and all(w[:1].isupper() for w in kicker)


def _title_text(a: "Analysis") -> str:
    """The article's own title, guillemets around it and extra spaces out ("" when the page has none)."""
    return " ".join((a.title or "").strip("«» ").split())


def _title_sentence(a: "Analysis", keyword: str) -> str | None:
    """The article's own title as a sentence of a meta description: a kicker before the keyphrase cut (« Frain »),
    a final stop."""
    t = _title_text(a)
    if not t:
        return None
    at = t.lower().find(keyword.lower())
    if at > 0 and _kicker_before(t, at):
        t = _cap(t[at:])
    return t if t[-1:] in ".!?…" else t + "."


def _from_title(t: str, keyword: str, a: "Analysis") -> list[str]:
    """The article's own title, from the keyphrase on when what comes before is only a kicker (« Frain Incendie dans
    une maison … »: never « Pas d’ » of « Pas d’autobus scolaires … », a cut that says the opposite); each part of a
    title cut by its colon, the one holding the keyphrase alone, the other after the keyphrase."""
    kw = _cap(keyword)
    at = t.lower().find(keyword.lower())
    if _kicker_before(t, at):
        out = [_cap(t[at:])]
    else:  # « Chlorothalonil : Berne interdit désormais le chlorothalonil » says it twice
        out = [] if at > 0 else [f"{kw} : {_lower_first(t, a)}"]
    # « Après la pluie, accalmie générale sur le front des incendies, les pompiers restent … »: the clause that opens
    # on the keyphrase, between its commas, is a title of its own (the phrase set before it only says when or why)
    for clause in t.split(", ")[1:]:
        if fold(clause).startswith(fold(keyword)) and len(clause.split()) >= 3:
            out.append(_cap(clause))
    parts = [p.strip() for p in t.split(" : ")] if " : " in t else []
    for p in parts:
        # « urgences, l'heure de la négociation ? » after « Services d'urgences : »: the word said once
        head = re.match(r"([^\W\d_]+),\s+(?=\w)", p)
        if head and _says_again(keyword, head.group(1)) and not _says_again(keyword, p[head.end():]):
            p = p[head.end():]
        if fold(keyword) in fold(p) and len(p) >= TITLE_PART_MIN:
            out.extend(_from_title(p, keyword, a)[:1])
        elif not _says_again(keyword, p) and len(p.split()) >= 2 and fold(p.split()[0]) not in PRONOUN_SUBJECTS:
            # a rubric word alone (« Hôpital », « Incendie ») says no news; « il entrave … » names nobody
            out.append(f"{kw} : {_lower_first(p, a)}")
            if len(out[-1]) > TITLE_MAX and (short := _without_last_complement(p)):
                out.append(f"{kw} : {_lower_first(short, a)}")
            if len(out[-1]) > TITLE_MAX and (first := _first_conjunct(p)):
                out.append(f"{kw} : {_lower_first(first, a)}")
    return out


def _first_conjunct(text: str) -> str | None:
    """The first of two subjects a title joins, without the verb they share: « le casting ministériel et les
    compétences se dévoilent » -> « le casting ministériel » (BX1: the whole title was 79 characters)."""
    m = re.match(r"((?:le|la|les|l['’]|un|une|des)\s?[^,:;]+?)\s+et\s+(?:le|la|les|l['’]|un|une|des)\b", text,
                 re.IGNORECASE)
    return m.group(1) if m and len(m.group(1).split()) >= 2 else None


def _says_again(keyword: str, text: str) -> bool:
    """Whether « Keyphrase : text » would say a word of the keyphrase twice (Libération: « Services d'urgences :
    urgences, l'heure de la négociation ? »)."""
    def stems(t: str) -> set[str]:
        return {w.rstrip("sx") for w in folded_words(t) if len(w) > 3 and w not in FR_STOPWORDS}

    return fold(keyword) in fold(text) or bool(stems(keyword) & stems(text))


def _without_last_complement(text: str) -> str | None:
    """``text`` without its last « de » complement, for a title over its length: « élus et bénévoles en première
    ligne du soutien logistique » -> « élus et bénévoles en première ligne » (less said, nothing bent)."""
    m = list(re.finditer(r"\s(?:du|des|de la|de l['’]|de|d['’])\s?(?=\w)", text))
    if not m:
        return None
    short = text[: m[-1].start()].rstrip(" ,")
    # never a count torn from its qualifier or a source cut off (20 Minutes: « l'armée ukrainienne a repris près »
    # of « … a repris près de 6.000 km2 aux Russes, selon Zelensky »)
    cut = folded_words(text[m[-1].start():])
    if any(w[:1].isdigit() for w in cut) or {"selon", "apres"} & set(cut) or \
            folded_words(short)[-1:] and folded_words(short)[-1] in ("pres", "plus", "moins", "autour", "environ"):
        return None
    return short if len(short.split()) >= 3 else None


def title_candidates(a: "Analysis", keyword: str, sections: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """Titles that say the news (the article's own title and its parts, the lede's event phrases), in order of
    preference; then titles from the subheadings, the source's and then the article's own ``sections`` (« Bassin
    d’Arcachon : les deux gigantesques incendies »), for when none of the first fits; the keyphrase alone last."""
    from .seo import _keyphrase_starts

    kw = _cap(keyword)
    title = _title_text(a)
    cands: list[str] = _from_title(title, keyword, a) if title else []
    for doc in a.docs[:4]:  # in order of preference: the lede first
        for ev in event_phrases(doc, keyword):
            if fold(ev).startswith(fold(keyword)) or _keyphrase_starts(keyword, ev):
                cands.append(_cap(ev))
            elif _says_again(keyword, ev):
                continue  # « Chlorothalonil : le chlorothalonil interdit » says it twice
            else:
                cands.append(f"{kw} : {ev[:1].lower() + ev[1:] if not ev[:2].isupper() else ev}")
    if title and fold(keyword) in fold(title):  # the title as it is: the keyphrase inside, not first
        cands.append(title)
    # what a section is about; the keyphrase twice is never a title
    subheadings = [f"{kw} : {_lower_first(h.strip('«» '), a)}" for h in [*a.headings, *sections]
                   if not _says_again(keyword, h)]
    subheadings.append(kw)
    return [" ".join(c.split()) for c in cands], [" ".join(c.split()) for c in subheadings]


def write_title(a: "Analysis", guard: Guard, keyword: str, sections: Sequence[str] = ()) -> tuple[str, list[dict]]:
    """The longest faithful title of at most TITLE_MAX characters that starts with the keyphrase."""
    tried = []
    best = None
    news, subheadings = title_candidates(a, keyword, sections)
    for group in (news, subheadings):
        if best is not None:
            break
        for cand in group:
            if cand.count(" : ") > 1:  # « PSG : Nice-Ajaccio : 3-0 »
                tried.append({"text": cand, "reasons": ["title: two colons"]})
                continue
            if not quotes_balanced(cand):  # « Aides fiscales : une "cellule incendies mise en place »
                tried.append({"text": cand, "reasons": ["title: a quotation mark without its partner"]})
                continue
            if len(cand) > TITLE_MAX:
                tried.append({"text": cand, "reasons": [f"title: {len(cand)} characters"]})
                continue
            v = guard.check(cand + ".", [], kind=FREE)
            reasons = [r for r in v.reasons if not r.startswith("form:")]
            if reasons:
                tried.append({"text": cand, "reasons": reasons})
                continue
            if best is None or (len(best) < 40 and len(cand) > len(best)):
                best = cand  # the first faithful title that fits, unless a later one says more than a stub
    return best or _cap(keyword)[:TITLE_MAX], tried


# « Si vous souhaitez aider le Centre Hospitalier … dans sa mobilisation contre l’épidémie. » (actu.fr, as printed):
# a subordinate clause with no main clause after a comma is half a sentence
OPEN_SUBORDINATORS = frozenset({"si", "s", "quand", "lorsque", "lorsqu", "puisque", "puisqu", "parce", "bien",
                                "quoique", "quoiqu"})


# a sentence that opens on a link to the one before it (20 Minutes: « Parallèlement, la situation à la centrale … »)
# means little as the first words a search page shows
LINKED_OPENING = re.compile(r"^(?:mais|or|donc|puis|alors|ainsi|enfin|parallelement|cependant|pourtant|toutefois|"
                            r"neanmoins|par ailleurs|en outre|de plus|de surcroit|en revanche|de meme|d autre part|"
                            r"de son cote|de leur cote|quant)\b")


def description_candidates(a: "Analysis", intro: list[str], keyword: str) -> list[str]:
    """One or two statements of the first sentences' facts, never two from the same sentence."""
    pieces: list[tuple[int, str]] = [(0, t) for t in intro]
    for i, doc in enumerate(a.docs[:DESCRIPTION_SENTENCES]):
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        shorter = [f.text for f in [main_clause(doc), focused_clause(doc, root) if root is not None else None,
                                    *promoted_relatives(doc)] if f] + _without_last_place(doc, root)
        pieces.extend((i, t) for t in shorter)
        pieces.append((i, tidy(doc.text)))
    # out of its paragraph, « Il n’a pas fait référence … » says nothing, nor does a caption (« Un autobus scolaire. »)
    pieces = [(i, p) for i, p in pieces if len(p.split()) >= 5 and _opening(p) not in PRONOUN_SUBJECTS | {"ce", "c"}
              and not QUANTIFIER_SUBJECT.match(p) and not (_opening(p) in OPEN_SUBORDINATORS and "," not in p)
              and not LINKED_OPENING.match(" ".join(folded_words(p)))]
    cands = []
    for k, (i, p) in enumerate(pieces):
        cands.append(p)
        for j, q in pieces[k + 1:]:
            if j != i:
                cands.append(f"{p} {q}")
    return [" ".join(c.split()) for c in cands]


def _opening(piece: str) -> str:
    """The first word of ``piece`` that is not a coordinating conjunction (« Mais cela n'a pas suffi » -> « cela »)."""
    ws = [fold(w).strip("’'") for w in piece.split()]
    while len(ws) > 1 and ws[0] in ("mais", "et", "or", "donc", "puis"):
        ws = ws[1:]
    return ws[0] if ws else ""


def _without_last_place(doc: "Doc", root: "Token | None") -> list[str]:
    """The sentence without the place complement it ends on (« … a repris ce mercredi 4 novembre [devant le tribunal
    militaire]. »): a lede a little too long for a meta description still fits, every name and date kept."""
    from .lexicon import TIME_WORDS

    if root is None:
        return []
    last = [c for c in root.children if c.dep_ in ("obl:mod", "obl") and c.i > root.i]
    if not last:
        return []
    comp = last[-1]
    toks = list(comp.subtree)
    end = toks[-1].i + 1
    if any(fold(t.text) in TIME_WORDS or t.like_num or t.pos_ == "PROPN" or t.ent_type_ for t in toks) \
            or any(not t.is_punct for t in doc[end:]) or toks[0].pos_ != "ADP":
        return []
    return [tidy(doc[: toks[0].i].text.rstrip(" ,") + ".")]


def write_description(a: "Analysis", guard: Guard, keyword: str, intro: list[str]) -> tuple[str, list[dict]]:
    """A meta description of META_MIN–META_MAX characters holding the keyphrase, from the source's facts."""
    tried = []
    fitting: list[str] = []
    candidates = description_candidates(a, intro, keyword)
    for cand in candidates:
        if not META_MIN <= len(cand) <= META_MAX:
            continue
        v = guard.check(cand, [], kind=FREE)
        if v.reasons:
            tried.append({"text": cand, "reasons": v.reasons})
            continue
        fitting.append(v.text)
    from .seo import keyphrase_found

    with_kw = [c for c in fitting if keyphrase_found(keyword, c)]  # as the SEO check reads it
    title = _title_sentence(a, keyword)
    if not with_kw and title and keyphrase_found(keyword, title):  # the article's own title, then one fact

        for piece in candidates:
            cand = f"{title} {piece}"
            if META_MIN <= len(cand) <= META_MAX and "." not in piece[:-1] \
                    and not set(fold(piece).split()) & PRONOUN_SUBJECTS:  # « … ils ont évité … »: who?
                v = guard.check(cand, [], kind=FREE)
                if not v.reasons:
                    with_kw.append(v.text)
                    break  # the first fact that fits: the lede's, when it does
                tried.append({"text": cand, "reasons": v.reasons})
    pool = with_kw or fitting
    if pool:  # the longest that fits; a quotation alone tells no reader what the article is about
        return sorted(pool, key=lambda c: (c[:1] in "«“\"", -len(c), c))[0], tried
    # nothing fits: the shortest faithful piece over the maximum, cut at a comma, else the longest under it
    fallback = sorted(candidates, key=len)
    for cand in fallback:
        if len(cand) > META_MAX:
            cut = cand[:META_MAX - 1].rsplit(",", 1)[0]
            if len(cut) >= META_MIN * 0.6:
                return tidy(cut), tried
    return (fallback[-1] if fallback else keyword)[:META_MAX], tried

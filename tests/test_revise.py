"""Safe SEO revisions (local_seo.revise) on real French text: the sentences of example 000, assembled by hand."""

from __future__ import annotations

import copy
import re

import pytest

from local_seo.article import Article, Section
from local_seo.guard import Guard
from local_seo.render import make_slug
from local_seo.revise import ACTIONS, CHANGED, NOT_FIXED, SKIPPED, revise, safe_connectors
from local_seo.seo import (PARAGRAPH_MAX_WORDS, TRANSITIONS_MIN_PCT, has_transition, keyphrase_found, seo_checks,
                           split_sentences)
from local_seo.text import words

KW = "ambassade américaine"
TITLE = "Ambassade américaine à Bagdad : des roquettes tirées"
META = "Des roquettes ont visé l’ambassade américaine à Bagdad."  # 55 characters: meta_length is not good
MIN_WORDS = 700


@pytest.fixture(scope="module")
def guard(analysis_000, nlp):
    return Guard(analysis_000, nlp)


@pytest.fixture(scope="module")
def S(analysis_000):
    """The source sentences of example 000, by index."""
    return [s.text for s in analysis_000.sentences]


def _article(intro, sections, slug="roquettes-bagdad", description=META):
    return Article(title=TITLE, description=description, slug=slug, keyword=KW, h1=TITLE, intro=intro,
                   sections=sections)


def _check(article, cid):
    return next(c for c in seo_checks(article, KW, MIN_WORDS) if c.id == cid)


def _full_article(S):
    """Example 000 as the pipeline lays it out: the lede, body sections by source paragraph, fact lists."""
    return _article(
        [S[0]],
        [
            Section("Aucun groupe n’a revendiqué l’attaque", [" ".join(S[1:3]), " ".join(S[3:5])]),
            Section("Des dizaines d’attaques depuis la mi-octobre", [" ".join(S[5:8]), " ".join(S[8:10])]),
            Section("Actes de terrorisme", [" ".join(S[10:13]), " ".join(S[13:15]), " ".join(S[15:18])]),
            Section("Les chiffres clés", ["Environ 2 500 soldats américains sont déployés en Irak.",
                                          "Au moins 15 militants ont été tués en Irak."], bullets=True),
            Section("Qui est qui", ["Mohammed Shia al-Sudani, Premier ministre irakien."], bullets=True),
        ],
    )


def _no_transition_article(S):
    """Only sentences without a transition word (0 % before revision), one starting with «."""
    return _article(
        [f"{S[0]} {S[2]}"],
        [
            Section("Des explosions près de l’ambassade", [f"{S[3]} {S[4]}", S[5]]),
            Section("Le Hezbollah et les milices", [f"{S[6]} {S[7]}", f"{S[8]} {S[9]}"]),
            Section("Actes de terrorisme", [f"{S[13]} {S[14]} {S[17]}"]),
        ],
    )


def _pairs(before: Article, after: Article):
    """(block, position in block, old sentence, new sentence) for every body sentence; same count on both sides."""
    out = []
    blocks_b = [before.intro] + [s.paragraphs for s in before.sections]
    blocks_a = [after.intro] + [s.paragraphs for s in after.sections]
    for b, (pb, pa) in enumerate(zip(blocks_b, blocks_a)):
        sb = [s for p in pb for s in split_sentences(p)]
        sa = [s for p in pa for s in split_sentences(p)]
        assert len(sb) == len(sa)
        out.extend((b, k, old, new) for k, (old, new) in enumerate(zip(sb, sa)))
    return out


def _added(old: str, new: str) -> str | None:
    """The connector put in front of ``old`` to give ``new`` (checked to be the only change), else None."""
    if old == new:
        return None
    connector, sep, rest = new.partition(", ")
    assert sep, new
    assert rest in (old, old[:1].lower() + old[1:]), (old, new)
    return connector


# ---------------------------------------------------------------------------------------------------------------------


def test_connector_list_is_additive_and_counts_as_transitions():
    conns = safe_connectors()
    assert len(conns) >= 3
    for c in conns:
        assert has_transition(c), c
        # no connector that asserts a logical link (cause, consequence, contrast, time, similarity)
        assert c.lower() not in {"donc", "ainsi", "aussi", "alors", "cependant", "pourtant", "toutefois", "ensuite",
                                 "puis", "enfin", "de même", "en revanche", "par conséquent", "également"}


def test_long_paragraph_is_split_at_a_sentence_boundary_and_nothing_else_changes(S, guard):
    long_para = " ".join(S[4:10])  # 6 sentences, no transition word
    assert len(words(long_para)) > 170 - 5 and len(words(long_para)) > PARAGRAPH_MAX_WORDS
    art = _article([S[0]], [Section("Des explosions près de l’ambassade", [long_para]),
                            Section("Actes de terrorisme", [" ".join(S[11:13]), S[16]])])
    assert _check(art, "transition_words").status == "good"  # only the paragraph needs a fix
    assert _check(art, "paragraph_length").status != "good"

    new, notes = revise(art, KW, guard, MIN_WORDS)

    assert _check(new, "paragraph_length").status == "good"
    paras = new.sections[0].paragraphs
    assert len(paras) == 2 and all(len(words(p)) <= PARAGRAPH_MAX_WORDS for p in paras)
    assert " ".join(paras) == long_para  # cut between two sentences, not a character changed
    assert split_sentences(new.body_text()) == split_sentences(art.body_text())  # same sentences, same order
    assert new.intro == art.intro and new.sections[1] == art.sections[1]
    assert any(n["check"] == "paragraph_length" and n["action"] == CHANGED for n in notes)


def test_bullet_items_are_never_split(S, guard):
    item = " ".join([S[5], S[6], S[8], S[15]])
    assert len(words(item)) > PARAGRAPH_MAX_WORDS
    art = _article([S[0]], [Section("Les chiffres clés", [item, S[9]], bullets=True)])
    new, notes = revise(art, KW, guard, MIN_WORDS)
    assert [p for s in new.sections for p in s.paragraphs] == [item, S[9]]
    note = next(n for n in notes if n["check"] == "paragraph_length")
    assert note["action"] == NOT_FIXED and "bullet item" in note["detail"]


def test_transition_words_go_from_failing_to_passing_with_safe_connectors_only(S, guard):
    art = _no_transition_article(S)
    before = _check(art, "transition_words")
    assert before.status == "problem" and before.value == 0.0

    new, notes = revise(art, KW, guard, MIN_WORDS)

    after = _check(new, "transition_words")
    assert after.status == "good" and after.value >= TRANSITIONS_MIN_PCT
    conns = set(safe_connectors())
    pairs = _pairs(art, new)
    added = [(b, k, old, _added(old, new_)) for b, k, old, new_ in pairs if _added(old, new_)]
    assert added
    for b, k, old, connector in added:
        assert connector in conns  # every added word comes from the connector list
        assert k > 0  # never the first sentence under a heading (nor the first of the intro)
        assert not old.startswith(("«", "“", '"'))  # never before a quotation
    positions = [(b, k) for b, k, _, _ in added]
    assert not any((b, k + 1) in positions for b, k in positions)  # never twice in a row
    for b in {b for b, _, _, _ in added}:
        used = [c for bb, _, _, c in added if bb == b]
        assert len(used) == len(set(used))  # never the same connector twice in a section
    assert [n for n in notes if n["check"] == "transition_words" and n["action"] == CHANGED]
    # headings, slug aside, and everything outside the touched sentences are as they were
    assert [s.heading for s in new.sections] == [s.heading for s in art.sections]


def test_connector_lower_cases_the_old_first_letter_but_not_a_proper_noun(S, guard):
    name_first = "Mohammed Shia al-Sudani s’est engagé à protéger les missions étrangères."
    assert guard.check(name_first, [], kind="free").ok
    # in each section the second sentence is the only one that may take a connector
    art = _article([S[0]], [Section("Le porte-parole", [S[13], name_first]),
                            Section("Les médias d’État", [S[3], S[2]])])
    new, _ = revise(art, KW, guard, MIN_WORDS)
    assert new.sections[0].paragraphs[0] == S[13] and new.sections[1].paragraphs[0] == S[3]
    connector, _, rest = new.sections[0].paragraphs[1].partition(", ")
    assert connector in safe_connectors() and rest == name_first  # PROPN keeps its capital
    connector, _, rest = new.sections[1].paragraphs[1].partition(", ")
    assert connector in safe_connectors() and rest == "l" + S[2][1:]  # « Les médias » -> « …, les médias »


def test_connector_before_a_capital_a_without_its_accent_writes_a_grave(S, guard):
    # 003: « A l’Agence France Presse, des responsables … » became « En outre, a l’Agence France Presse » (a verb)
    a_afp = "A Bagdad, l" + S[2][1:]  # « A Bagdad, les médias d’État … »
    assert guard.check(a_afp, [], kind="free").ok
    art = _article([S[0]], [Section("Le porte-parole", [S[13], a_afp])])
    new, _ = revise(art, KW, guard, MIN_WORDS)
    connector, _, rest = new.sections[0].paragraphs[1].partition(", ")
    assert connector in safe_connectors() and rest == "à" + a_afp[1:]


def test_sentence_refused_by_the_guard_is_left_alone(S, guard):
    invented = "Les services de Zorglub ont confirmé la nouvelle dans la soirée."
    assert not guard.check(invented, [], kind="free").ok
    art = _article([S[0]], [Section("Actes de terrorisme", [S[13], invented])])
    new, notes = revise(art, KW, guard, MIN_WORDS)
    assert new.sections[0].paragraphs == [S[13], invented]
    skipped = [n for n in notes if n["check"] == "transition_words" and n["action"] == SKIPPED]
    assert skipped and "guard" in skipped[0]["detail"]
    assert any(n["check"] == "transition_words" and n["action"] == NOT_FIXED for n in notes)


def test_three_sentences_starting_with_the_same_word_get_a_connector_in_the_middle(S, guard):
    # three sentences in a row start with « Il » (the last one already holds « également »)
    ordered = "Il a ordonné aux agences de sécurité de poursuivre les auteurs de ces actes."
    engaged = "Il s’est engagé à protéger les missions étrangères."
    para = f"{S[13]} {ordered} {engaged} {S[12]}"
    art = _article([S[0], S[1]], [Section("Actes de terrorisme", [para])])
    assert _check(art, "consecutive_sentences").status == "problem"
    new, notes = revise(art, KW, guard, MIN_WORDS)
    assert _check(new, "consecutive_sentences").status == "good"
    got = split_sentences(new.sections[0].paragraphs[0])
    assert got[:2] == [S[13], ordered] and got[3] == S[12]
    assert _added(engaged, got[2]) in safe_connectors()  # the middle one, lower-cased: « …, il s’est engagé… »
    assert any(n["check"] == "consecutive_sentences" and n["action"] == CHANGED for n in notes)


def test_slug_gets_the_keyphrase(S, guard):
    art = _full_article(S)
    assert _check(art, "keyphrase_slug").status != "good"
    new, notes = revise(art, KW, guard, MIN_WORDS)
    assert _check(new, "keyphrase_slug").status == "good"
    assert new.slug.startswith(make_slug(KW)) and len(new.slug) <= 60
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", new.slug)
    assert len(new.slug.split("-")) == len(set(new.slug.split("-")))  # keyphrase words not repeated from the title
    assert any(n["check"] == "keyphrase_slug" and n["action"] == CHANGED for n in notes)


def test_generic_fact_headings_get_the_keyphrase_and_body_headings_never_change(S, guard):
    body = [Section("Aucun groupe n’a revendiqué l’attaque", [" ".join(S[1:3])]),
            Section("Des dizaines d’attaques depuis la mi-octobre", [" ".join(S[5:8])]),
            Section("Actes de terrorisme", [" ".join(S[10:13])])]
    facts = [Section("Les chiffres clés", ["Environ 2 500 soldats américains sont déployés en Irak."], bullets=True),
             Section("Qui est qui", ["Mohammed Shia al-Sudani, Premier ministre irakien."], bullets=True),
             Section("Les dates à retenir", ["Vendredi 8 décembre : roquettes sur l’ambassade."], bullets=True,
                     level=3)]
    art = _article([S[0]], body + facts)
    assert _check(art, "keyphrase_subheadings").status != "good"

    new, notes = revise(art, KW, guard, MIN_WORDS)

    check = _check(new, "keyphrase_subheadings")
    assert check.status == "good" and 30 <= check.value <= 75
    assert [s.heading for s in new.sections[:3]] == [s.heading for s in body]  # body headings untouched
    changed = [(o.heading, n.heading) for o, n in zip(facts, new.sections[3:]) if o.heading != n.heading]
    assert changed == [("Les chiffres clés", "Ambassade américaine : les chiffres clés"),
                       ("Qui est qui", "Ambassade américaine : qui est qui")]  # stops once 30 % is reached
    assert new.sections[5].heading == "Les dates à retenir"
    assert all(keyphrase_found(KW, h) for _, h in changed)
    assert [s.paragraphs for s in new.sections[3:]] == [s.paragraphs for s in facts]  # bullet items untouched


def test_unfixable_checks_are_reported(S, guard):
    _, notes = revise(_full_article(S), KW, guard, MIN_WORDS)
    assert all(set(n) == {"check", "action", "detail"} and n["action"] in ACTIONS for n in notes)
    meta = [n for n in notes if n["check"] == "meta_length"]
    assert len(meta) == 1 and meta[0]["action"] == NOT_FIXED
    assert "55" in meta[0]["detail"] and "headline module" in meta[0]["detail"]
    text = next(n for n in notes if n["check"] == "text_length")
    assert text["action"] == NOT_FIXED and "nothing is invented" in text["detail"]
    # every check still failing after revision has exactly one not_fixed note
    new, notes = revise(_full_article(S), KW, guard, MIN_WORDS)
    failing = {c.id for c in seo_checks(new, KW, MIN_WORDS) if c.status != "good"}
    assert {n["check"] for n in notes if n["action"] == NOT_FIXED} == failing


@pytest.mark.parametrize("build", [_full_article, _no_transition_article])
def test_revise_is_pure_and_idempotent(S, guard, build):
    art = build(S)
    original = copy.deepcopy(art)
    once, notes1 = revise(art, KW, guard, MIN_WORDS)
    assert art == original  # the input is not modified
    assert once != art and any(n["action"] == CHANGED for n in notes1)
    twice, notes2 = revise(once, KW, guard, MIN_WORDS)
    assert twice == once
    assert not [n for n in notes2 if n["action"] == CHANGED]


def test_full_article_from_example_000(S, guard):
    """The layout the pipeline builds from example 000: transition words and the other safe checks pass after."""
    art = _full_article(S)
    new, _ = revise(art, KW, guard, MIN_WORDS)
    before = {c.id: c for c in seo_checks(art, KW, MIN_WORDS)}
    after = {c.id: c for c in seo_checks(new, KW, MIN_WORDS)}
    assert before["transition_words"].status != "good" and after["transition_words"].status == "good"
    for cid in ("keyphrase_slug", "keyphrase_subheadings", "paragraph_length", "consecutive_sentences"):
        assert after[cid].status == "good", cid
    rank = {"good": 0, "improve": 1, "problem": 2}
    assert all(rank[after[cid].status] <= rank[before[cid].status] for cid in before)


def test_long_sentences_are_cut_at_a_clause_when_the_guard_agrees(S, guard):
    long_one = next(s for s in S if s.startswith("Ces attaques constituent un défi"))
    short = [s for s in S if len(words(s)) <= 20][:3]
    art = _article([S[0]], [Section("Un défi pour Mohammed Shia al-Sudani", [" ".join(short + [long_one])])])
    assert _check(art, "sentence_length").status != "good"
    new, notes = revise(art, KW, guard, MIN_WORDS)
    cut = [n for n in notes if n["check"] == "sentence_length" and n["action"] == CHANGED]
    assert len(cut) == 1 and "Celui-ci s’est engagé" in new.sections[0].paragraphs[0], notes
    assert "al-Sudani. Celui-ci" in cut[0]["detail"]
    assert long_one not in new.sections[0].paragraphs[0]


def test_passive_and_long_sentences_left_say_why(S, guard):
    _, notes = revise(_full_article(S), KW, guard, MIN_WORDS)
    by = {n["check"]: n for n in notes if n["action"] == NOT_FIXED}
    if "passive_voice" in by:  # the reason names the kind of passive left, not a generic line
        assert "name no agent" in by["passive_voice"]["detail"] or "inside quotations" in by["passive_voice"]["detail"]
    assert "sentence_length" in by and "sentences over 20 words" in by["sentence_length"]["detail"]


def test_no_connector_for_the_share_of_transitions_before_a_pronoun_subject(S, guard):
    # TF1: « 54 habitants ont dû être évacués. Par ailleurs, ils ont trouvé refuge … » reads as a change of subject
    art = _article([S[0]], [Section("Le Hezbollah", [f"{S[6]} {S[7]}"]),
                            Section("Les attaques", [f"{S[8]} {S[9]}", S[4]])])
    assert S[7].startswith("Il ")
    new, notes = revise(art, KW, guard, MIN_WORDS)
    assert new.sections[0].paragraphs[0].endswith(S[7])  # « Il n’a pas fait … » kept as it was
    skipped = [n["detail"] for n in notes if n["check"] == "transition_words" and n["action"] == SKIPPED]
    assert skipped and "pronoun" in skipped[0] and "goes on with the sentence before" in skipped[0]
    # the 000 example: « De surcroît, en 2014, celui-ci s’est emparé … » after the split of « … l’État islamique, qui »
    later = "En 2014, celui-ci s’est emparé de vastes étendues des deux pays avant d’être vaincu."
    art = _article([S[0]], [Section("Le Hezbollah", [f"{S[6]} {later}"]), Section("Les attaques", [f"{S[8]} {S[9]}"])])
    new, _ = revise(art, KW, guard, MIN_WORDS)
    assert new.sections[0].paragraphs[0].endswith(later)
    # 002: « En outre, cette opération coordonnée avait marqué … »: the coalition of the sentence before
    later = "Cette opération coordonnée avait marqué le retour des soldats américains sur le sol irakien."
    art = _article([S[0]], [Section("Le Hezbollah", [f"{S[6]} {later}"]), Section("Les attaques", [f"{S[8]} {S[9]}"])])
    new, _ = revise(art, KW, guard, MIN_WORDS)
    assert new.sections[0].paragraphs[0].endswith(later)
    # Guinéenews: « Par ailleurs, à cette question, la partie civile a riposté … »: the question just asked
    later = "À cette question, la partie civile a répondu par « je ne sais pas »."
    art = _article([S[0]], [Section("Le Hezbollah", [f"{S[6]} {later}"]), Section("Les attaques", [f"{S[8]} {S[9]}"])])
    new, _ = revise(art, KW, guard, MIN_WORDS)
    assert new.sections[0].paragraphs[0].endswith(later)


def test_no_connector_and_no_cut_inside_a_quotation(S, guard):
    # Info Dimanche (unseen): « «Ce matin, … faire la circulation. Par ailleurs, c’est payer des hommes pour rien. … » »
    # — a connector written into someone's words
    from local_seo.revise import _flow

    quote = ("«Ce matin, il aurait fallu que je demande à un autre service incendie de venir juste pour faire la "
             "circulation. C’est payer des hommes pour rien. Ça donne quoi aux gens ?», se questionne-t-il.")
    art = _article([S[0]], [Section("Le Hezbollah", [f"{S[6]} {quote}", S[4]]),
                            Section("Les attaques", [f"{S[8]} {S[9]}"])])
    flow = _flow(art)
    inside = [s for s in flow if s.text.startswith("C’est payer")]
    assert inside and inside[0].quoted and not any(s.quoted for s in flow if s.text == S[6])
    new, _ = revise(art, KW, guard, MIN_WORDS)
    assert quote in new.sections[0].paragraphs[0]

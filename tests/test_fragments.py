"""Shorter statements cut from the parse: each says part of its sentence and nothing else."""

from __future__ import annotations

import pytest

from local_seo.fragments import appositions, focused_clause, main_clause, question_answer
from local_seo.guard import _is_number


@pytest.fixture(scope="module")
def parse(nlp):
    return nlp


def numbers_focus(nlp, text):
    doc = nlp(text)
    return [f.text for f in (focused_clause(doc, t) for t in doc if _is_number(t)) if f]


def test_focused_clause_keeps_subject_verb_and_the_number(nlp):
    out = numbers_focus(nlp, "Outre leur personnel diplomatique en Irak, les États-Unis disposent d’environ 2 500 "
                             "soldats dans le pays pour une mission qui, selon eux, vise à conseiller les forces.")
    assert any(o.startswith("Les États-Unis disposent d’environ 2 500 soldats") for o in out), out
    out = numbers_focus(nlp, "Le jour même, le ministre Christopher Miller a annoncé que les États-Unis allaient "
                             "retirer 500 de leurs soldats en Irak.")
    assert out == [] or all("annoncé" in o or "allaient retirer 500" in o for o in out)


def test_main_clause_drops_clauses_but_keeps_what_was_said(nlp):
    mc = main_clause(nlp("Cette attaque, qui a causé la mort d'une fillette, met fin à la trêve avec les factions."))
    assert mc is not None and mc.text == "Cette attaque met fin à la trêve avec les factions."
    # a verb of saying never loses what was said
    assert main_clause(nlp("Les factions avaient annoncé à la mi-octobre qu'elles n'attaqueraient plus "
                           "l'ambassade, qui était visée.")) is None or "qu" in main_clause(nlp(
                               "Les factions avaient annoncé à la mi-octobre qu'elles n'attaqueraient plus "
                               "l'ambassade, qui était visée.")).text


def test_appositions_give_who_is_who(nlp):
    doc = nlp("Le jour même, le nouveau ministre américain de la Défense par intérim, Christopher Miller, a annoncé "
              "le retrait de 500 soldats.")
    assert [f.text for f in appositions(doc)] == [
        "Christopher Miller : nouveau ministre américain de la Défense par intérim"]


def test_questions_are_answered_by_the_subject(nlp):
    qa = question_answer(nlp("Des groupes armés ont revendiqué les attaques contre l'ambassade américaine."))
    assert [(q.question, q.answer) for q in qa] == [
        ("Qui a revendiqué les attaques contre l'ambassade américaine ?", "Ce sont des groupes armés.")]
    qa = question_answer(nlp("L’ambassade des Etats-Unis à Bagdad a été visée par des tirs de roquettes dimanche."))
    assert qa and qa[0].question.startswith("Qu’est-ce qui a été visé") and qa[0].answer.startswith("C’est l’ambassade")
    # no question on an allegation, a negation or a reported claim
    assert question_answer(nlp("L'attaque aurait été menée par des milices alignées sur l'Iran.")) == []
    assert question_answer(nlp("Aucun groupe n'a revendiqué l'attaque contre l'ambassade.")) == []

"""Shorter statements cut from the parse: each says part of its sentence and nothing else."""

from __future__ import annotations

import pytest

from local_seo.fragments import all_fragments, appositions, focused_clause, main_clause, question_answer
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
        "Christopher Miller est le nouveau ministre américain de la Défense par intérim."]
    # the article comes from the source, or from the noun's gender; elided before a vowel
    doc = nlp("Le secrétaire d'État américain Mike Pompeo a appelé l'ambassadrice, Jane Smith, ancienne élue.")
    assert "Mike Pompeo est le secrétaire d'État américain." in [f.text for f in appositions(doc)]
    doc = nlp("De son côté, le général Frank McKenzie, chef des forces américaines au Moyen-Orient, a annoncé que les "
              "Etats-Unis sont prêts.")  # example 003: a title before the name, the role after it
    assert [f.text for f in appositions(doc)] == ["Frank McKenzie est le chef des forces américaines au Moyen-Orient."]
    doc = nlp("Jean Martin, ancien maire de Lyon, a démissionné.")
    assert [f.text for f in appositions(doc)] == ["Jean Martin est l’ancien maire de Lyon."]


def test_appositions_around_a_name_set_off_by_commas(nlp):
    # 20 Minutes: the role before the name, a second one after it; before, the adverb of the second one (« aujourd’hui
    # ») was read as part of the first description, which was then no longer contiguous, and nothing came out
    doc = nlp("Le conflit en Ukraine montre que le secteur technologique peut contribuer à la défense d’un pays en "
              "période de guerre, selon l’ancien PDG de Google, Eric Schmidt, aujourd’hui conseiller du gouvernement "
              "américain dans le domaine de l’intelligence artificielle.")
    assert [f.text for f in appositions(doc)] == [
        "Eric Schmidt est l’ancien PDG de Google.",
        # bare, as the source wrote it: « le conseiller » would make him the only one
        "Eric Schmidt est conseiller du gouvernement américain dans le domaine de l’intelligence artificielle."]
    # a single description keeps its article and says nothing more
    doc = nlp("Selon le porte-parole du gouvernement, Ali Mohammed, la situation est calme.")
    assert [f.text for f in appositions(doc)] == ["Ali Mohammed est le porte-parole du gouvernement."]


def test_appositions_the_parser_half_saw(nlp):
    # La Presse: the adverb before the role hung on it (« Déjà la ministre … »), and the role gave nothing
    doc = nlp("Déjà la ministre responsable de Montréal, Chantal Rouleau, avait parlé des « sautes d'humeur » de Mme "
              "Plante.")
    assert [f.text for f in appositions(doc)] == ["Chantal Rouleau est la ministre responsable de Montréal."]
    # an institution's capitalised name between the role and the name completes the role
    doc = nlp("Lundi, le président de la République Emmanuel Macron a réuni les ministres à l'Élysée.")
    assert [f.text for f in appositions(doc)] == ["Emmanuel Macron est le président de la République."]
    # a trade the lists lacked
    doc = nlp("Pour le syndicaliste Pierre Martin, la flotte vieillit.")
    assert [f.text for f in appositions(doc)] == ["Pierre Martin est syndicaliste."]
    # a common noun between them names the person: « la famille Dupont » is not the lawyer
    assert appositions(nlp("L'avocat de la famille Dupont a parlé aux journalistes.")) == []


def test_who_someone_was_in_a_sentence_told_in_the_past_is_told_in_the_past(nlp):
    # La Presse (unseen): « Martin Coiteux est le ministre responsable de Montréal. », of a minister of the
    # government before; the article names the present one, Chantal Rouleau, two sentences later
    doc = nlp("Même avant l'arrivée de Legault au pouvoir, alors qu'elle était dans l'opposition à Montréal, elle "
              "s'était fait remarquer par son agressivité à l'endroit du ministre responsable de Montréal, Martin "
              "Coiteux, lors d'une commission parlementaire.")
    assert [f.text for f in appositions(doc)] == ["Martin Coiteux était le ministre responsable de Montréal."]
    # a past tense alone tells recent news; a present verb, a time still on
    doc = nlp("Le ministre responsable de Montréal, Martin Coiteux, avait annoncé le projet mardi.")
    assert [f.text for f in appositions(doc)] == ["Martin Coiteux est le ministre responsable de Montréal."]
    doc = nlp("Avant le vote, le ministre responsable de Montréal, Martin Coiteux, défend le projet.")
    assert [f.text for f in appositions(doc)] == ["Martin Coiteux est le ministre responsable de Montréal."]


def test_no_cut_tears_a_name_off_its_noun(nlp):
    from local_seo.fragments import promoted_relatives

    # France 3 (unseen): « L'incendie a dévasté une maison d'habitation de la rue. » (the parser hung « Paul Leroy »
    # on the verb of the main clause)
    doc = nlp("Ce dimanche soir, seize sapeurs-pompiers sont intervenus pour maîtriser l'incendie qui a ravagé une "
              "maison d'habitation de la rue Paul Leroy à Évin-Malmaison, dans le Pas-de-Calais.")
    assert not [f.text for f in promoted_relatives(doc) if f.text.endswith("de la rue.")]
    doc = nlp("Les pompiers ont maîtrisé les feux qui ont déjà ravagé 15.500 hectares en Gironde.")
    assert [f.text for f in promoted_relatives(doc)]


def test_a_fraction_is_no_count(nlp):
    from local_seo.fragments import object_figures

    # RTS (unseen): « Deux : le nombre de tiers représentés des victimes. »
    doc = nlp("Avec 9 motards et 7 cyclistes décédés, ils représentent deux tiers des victimes.")
    assert [f.text for f in object_figures(doc)] == []
    assert [f.text for f in object_figures(nlp("L’incendie a détruit 300 hectares dans les Landes."))]


def test_a_rate_that_rose_or_fell_is_a_key_figure(nlp):
    from local_seo.fragments import trend_figures

    def figures(text: str) -> list[tuple[str, str]]:
        return [(f.text, f.statement) for f in trend_figures(nlp(text))]

    # Lyon Pôle Immo (unseen): 30 numbers and no key figure at all, the parser misreading every sentence
    assert figures("Les prix des services de transport de passagers sont également en nette hausse de 10,4%, après "
                   "+3,8% un an plus tôt.") == [
        ("10,4% : la hausse des prix des services de transport de passagers.",
         "Les prix des services de transport de passagers sont également en nette hausse de 10,4%.")]
    assert figures("Les prix du transport routier de passagers sont de même façon en hausse de +8,4%, après une "
                   "progression de 3,4%.")[0][0] == "+8,4% : la hausse des prix du transport routier de passagers."
    assert figures("Le chômage a reculé de 0,3 % en 2022.")[0][0] == "0,3 % : le recul du chômage en 2022."
    assert figures("L’inflation est en baisse de 2 % sur un an, selon l'Insee.")[0][0] == (
        "2 % : la baisse de l’inflation sur un an, selon l'Insee.")
    # a condition set before the subject, a base after the rate, a negation, a hedge: no figure
    for text in ("Hors tabac, les prix sont en hausse de 5,3% en 2022.", "Les ventes ont progressé de 12 % par "
                 "rapport à 2021.", "Le chômage n'a pas reculé de 0,3 %.", "Les prix seraient en hausse de 2 %.",
                 "Selon l'Insee, l’inflation est en baisse de 2 %.", "« Les prix sont en hausse de 2 %. »"):
        assert figures(text) == [], text


def test_questions_are_answered_by_the_subject(nlp):
    qa = question_answer(nlp("Des groupes armés ont revendiqué les attaques contre l'ambassade américaine."))
    assert [(q.question, q.answer) for q in qa] == [
        ("Qui a revendiqué les attaques contre l'ambassade américaine ?", "Ce sont des groupes armés.")]
    qa = question_answer(nlp("L’ambassade des Etats-Unis à Bagdad a été visée par des tirs de roquettes dimanche."))
    assert qa and qa[0].question.startswith("Qu’est-ce qui a été visé") and qa[0].answer.startswith("C’est l’ambassade")
    # no question on an allegation, a negation or a reported claim
    assert question_answer(nlp("L'attaque aurait été menée par des milices alignées sur l'Iran.")) == []
    assert question_answer(nlp("Aucun groupe n'a revendiqué l'attaque contre l'ambassade.")) == []


def test_how_many_questions_and_key_figures(nlp):
    from local_seo.fragments import question_answer

    qa = question_answer(nlp("Ce mardi soir, sept roquettes ont été tirées vers l'ambassade des États-Unis à Bagdad."))
    assert [(q.question, q.answer) for q in qa] == [("Combien de roquettes ont été tirées ce mardi soir ?", "Sept."),
                                                    ("Quand sept roquettes ont-elles été tirées ?", "Ce mardi soir.")]
    assert qa[0].statement == "Sept roquettes ont été tirées ce mardi soir."
    assert qa[0].figure == "Sept : le nombre de roquettes tirées ce mardi soir."
    qa = question_answer(nlp("Au moins 480 hectares de forêt ont brûlé depuis mardi."))
    assert qa[0].question == "Combien d’hectares de forêt ont brûlé depuis mardi ?" and qa[0].answer == "Au moins 480."
    # « avoir » + participle: « le nombre d'hectares brûlé » would not agree; the verb group stays whole after « qui »
    assert qa[0].figure == "Au moins 480 : le nombre d’hectares de forêt qui ont brûlé depuis mardi."


def test_how_many_when_the_parser_calls_etre_a_copula_and_a_figure_is_glossed(nlp):
    """RTS: « sont » of « sont mortes » parsed as a copula, and « soit trois de plus qu’en 2017 » hung on the year:
    no question, no key figure, no key point came from the lede of an article made of figures."""
    from local_seo.fragments import question_answer

    doc = nlp("Malgré une baisse de 5% du nombre d'accidents, 24 personnes sont mortes sur les routes du canton de "
              "Vaud l'an dernier, soit trois de plus qu'en 2017.")
    qa = question_answer(doc)
    # the comment on the figure is left out of the question: « plus » in it is no negation of the verb
    assert [(q.question, q.answer) for q in qa] == [
        ("Combien de personnes sont mortes sur les routes du canton de Vaud l'an dernier ?", "24.")]
    assert qa[0].figure == "24 : le nombre de personnes mortes sur les routes du canton de Vaud l'an dernier."
    # a comparison's « qu’ » needs no verb after it
    assert focused_clause(doc, doc[11]).text == ("24 personnes sont mortes sur les routes du canton de Vaud l'an "
                                                 "dernier, soit trois de plus qu'en 2017.")
    # an auxiliary beside the « copula »: « a été prise pour cible » is no verb group in one piece to ask about
    assert question_answer(nlp("L'ambassade des États-Unis à Bagdad a été prise pour cible par des tirs de "
                               "roquettes.")) == []
    # the participle agrees with « qui »
    assert question_answer(nlp("Les routes principales sont fermées depuis lundi."))[0].question == \
        "Qu’est-ce qui est fermé depuis lundi ?"


def test_dated_items_put_the_date_in_front(nlp):
    from local_seo.fragments import dated

    doc = nlp("Ce mardi soir, sept roquettes ont été tirées en direction de l'ambassade des États-Unis à Bagdad (Irak).")
    items = dated(doc, doc[1])
    # one entry: a clause with a number keeps where it happened (its scope), so there is no shorter cut
    assert [i.text for i in items] == [
        "Mardi soir : sept roquettes ont été tirées en direction de l'ambassade des États-Unis à Bagdad (Irak)."]
    assert items[0].statement.startswith("Ce mardi soir, sept roquettes")
    doc = nlp("La coalition a été déployée en 2014 dans le pays.")
    assert dated(doc, doc[6])[0].year == 2014


def test_cuts_that_cannot_read_are_refused(nlp):
    # real sentences of an unseen article: a participle is no verb, a lost « jusqu’ » or « où » breaks the phrase
    doc = nlp("Me Salif Béavogui estimant qu’elle peut être le produit d’un montage.")
    assert all(focused_clause(doc, t) is None for t in doc if t.pos_ == "PROPN")
    doc = nlp("La défense est allée jusqu’à demander à Ibrahima Diallo de l’aider pour la mise en liberté de son client.")
    assert all("allée à demander" not in f.text for f in [main_clause(doc)] if f)
    doc = nlp("Au moment où nous mettons en ligne cette dépêche, l’affaire est suspendue.")
    assert main_clause(doc) is None or "Au moment," not in main_clause(doc).text


def test_a_cut_never_loses_an_argument_of_its_verb(nlp):
    # an unseen dispatch: spaCy reads « le réseau électrique » as a second subject; « Deux agents Enedis ont
    # débranché. » was printed as a key point
    from local_seo.fragments import question_answer

    doc = nlp("Dans le même temps, deux agents Enedis ont débranché le réseau électrique.")
    cuts = [focused_clause(doc, t) for t in doc] + [main_clause(doc)]
    assert all(c is None or "réseau électrique" in c.text for c in cuts)
    assert all("réseau électrique" in q.question + q.answer for q in question_answer(doc))


def test_a_figure_keeps_its_scope(nlp):
    # an unseen Tunisian report: « La Tunisie occupait la deuxième place. » alone was false (it is 142e overall)
    doc = nlp("La Tunisie occupait la deuxième place parmi les pays du Moyen Orient et le Nord de l’Afrique en 2018 "
              "pour reculer à la quatrième place en 2019.")
    cuts = [focused_clause(doc, t) for t in doc if t.lower_ == "deuxième"]
    assert cuts and all(c is None or ("parmi les pays" in c.text and "2018" in c.text) for c in cuts)
    doc = nlp("Le classement de notre pays est au-dessous de la moyenne mondiale puisqu’il occupe la 124e place.")
    assert all(c is None or not c.text.startswith("Puisqu") for c in [focused_clause(doc, t) for t in doc])


def test_what_someone_said_is_asked_with_the_speaker_in_the_question(nlp):
    from local_seo.fragments import said_questions

    qa = said_questions(nlp("Un haut responsable du mouvement libanais Hezbollah a déclaré vendredi que les "
                            "attaques visent à faire pression."))
    assert [(q.question, q.answer) for q in qa] == [
        ("Qu’a déclaré vendredi un haut responsable du mouvement libanais Hezbollah ?",
         "Que les attaques visent à faire pression.")]
    assert qa[0].statement.startswith("Un haut responsable du mouvement libanais Hezbollah a déclaré vendredi que")
    qa = said_questions(nlp("Des responsables irakiens ont indiqué qu’une partie du personnel avait été retirée."))
    assert qa[0].question == "Qu’ont indiqué des responsables irakiens ?" and qa[0].answer.startswith("Qu’une partie")
    # an allegation or a denial is not asked that way
    assert said_questions(nlp("Le ministre aurait déclaré que la réforme sera retirée.")) == []
    assert said_questions(nlp("Le ministre n’a pas déclaré que la réforme sera retirée.")) == []


def test_cuts_that_lose_their_context_are_refused(nlp):
    # real sentences of an unseen football report and of example 000
    doc = nlp("En fin de match, Arsenal s'est fait un peu peur, Tammy Abraham réduisant la marque (3-1, 85e) avant que "
              "Jorginho ne rate un penalty.")
    assert all(c is None or "Jorginho ne rate" not in c.text for c in [focused_clause(doc, t) for t in doc])
    doc = nlp("Si les Gunners ne gagnent qu'une place, ils prennent 6 points d'avance sur la zone rouge.")
    assert all(c is None or not c.text.startswith(("Les Gunners", "Ils")) for c in
               [focused_clause(doc, t) for t in doc] + [main_clause(doc)])
    doc = nlp("Sans états d'âme, Alexandre Lacazette a transformé (1-0, 35e).")
    assert all(c is None or " -" not in c.text for c in [focused_clause(doc, t) for t in doc])
    doc = nlp("Le porte-parole a appelé le gouvernement à faire tout ce qui est en son pouvoir pour protéger les "
              "installations.")
    assert all(c is None or not c.text.endswith("tout ce.") for c in [focused_clause(doc, t) for t in doc])


def test_when_questions_are_answered_by_the_time_phrase(nlp):
    from local_seo.fragments import question_answer

    def whens(text):
        return [(q.question, q.answer, q.statement) for q in question_answer(nlp(text)) if q.question.startswith("Quand")]

    assert whens("Le chlorothalonil sera interdit dès 2020 en Suisse.") == [
        ("Quand le chlorothalonil sera-t-il interdit ?", "Dès 2020.", "Le chlorothalonil sera interdit dès 2020.")]
    assert whens("Le ministre a démissionné vendredi.")[0][:2] == ("Quand le ministre a-t-il démissionné ?", "Vendredi.")
    # a time inside the agent is no time phrase; a rank without its scope is no fact; negations are not asked
    assert whens("L’ambassade des Etats-Unis à Bagdad a été visée par des tirs de roquettes dimanche.") == []
    assert whens("La Tunisie occupait la deuxième place parmi les pays du Moyen-Orient en 2018.") == []
    assert whens("Le ministre n'a pas démissionné vendredi.") == []


def test_no_question_on_a_coordinated_subject(nlp):
    from local_seo.fragments import question_answer

    qa = question_answer(nlp("Le canton de Berne et les distributeurs d'eau du canton de Soleure ont demandé à la "
                             "Confédération d'interdire le fongicide."))
    assert not any("qui ont" in q.question for q in qa)
    # Tribune de Genève: « C’est l’autre initiative. » answers nothing without the one told before it
    assert question_answer(nlp("L'autre initiative vise à garantir la qualité de l'eau potable.")) == []
    assert question_answer(nlp("La seconde initiative vise à garantir la qualité de l'eau potable."))


def test_who_is_who_when_the_parser_makes_the_name_a_second_subject(nlp):
    from local_seo.fragments import appositions

    doc = nlp("La directrice générale de l'agence, Vicky Kyriaco, a souligné qu'avoir moins d’élèves veut "
              "habituellement dire moins d’autobus, mais qu’en raison de la pandémie, cela pourrait ne pas être le cas.")
    assert [f.text for f in appositions(doc)] == ["Vicky Kyriaco est la directrice générale de l'agence."]
    # two subjects joined by « et » are no apposition
    assert appositions(nlp("Le ministre et Roman Prymula ont dîné mercredi soir dans un restaurant pragois.")) == []


def test_a_fragment_ending_on_a_quotation_gets_its_full_stop():
    from local_seo.fragments import tidy

    assert tidy("La partie civile a répondu par « je ne sais pas »") == (
        "La partie civile a répondu par « je ne sais pas ».")
    assert tidy("Il a demandé : « Pourquoi maintenant ? »") == "Il a demandé : « Pourquoi maintenant ? »"


def test_a_rank_keeps_the_scope_written_in_front_of_it(nlp):
    from local_seo.fragments import focused_clause

    doc = nlp("Quant à la participation des femmes dans la vie politique, la Tunisie est classée à la 67e position au "
              "niveau mondial puisque leur participation aux portefeuilles ministériels a baissé en 2019.")
    cut = focused_clause(doc, next(t for t in doc if t.text == "67e"))
    assert cut is None or cut.text.startswith("Quant à la participation des femmes"), cut.text


def test_a_fact_item_drops_the_connector_that_tied_it_to_the_sentence_before(nlp):
    from local_seo.fragments import all_fragments

    doc = nlp("Toutefois, notre pays occupe les dernières places en matière d’égalité homme-femme, si l’on se réfère "
              "au rapport annuel du Forum économique mondial.")
    texts = [f.text for f in all_fragments(doc)]
    assert texts and not any(t.startswith("Toutefois") for t in texts), texts


def test_cuts_keep_the_adverbs_of_their_fact_and_leave_discourse_ones(nlp):
    # « effectivement » between kept words no longer blocks the cut; « rapidement » stays with its verb
    doc = nlp("L'armée a précisé que quatre projectiles se sont effectivement abattus dans la Zone verte où se trouve "
              "cette chancellerie, tandis que trois autres sont tombés dans des quartiers de la capitale.")
    cut = focused_clause(doc, next(t for t in doc if t.text == "quatre"))
    assert cut is not None and cut.text == "Quatre projectiles se sont abattus dans la Zone verte.", cut
    doc = nlp("Des flammes se sont propagées rapidement dans une chambre située au premier étage d’une maison, "
              "hier en milieu d’après-midi.")
    cut = focused_clause(doc, next(t for t in doc if t.dep_ == "ROOT"))
    assert cut is not None and "propagées rapidement" in cut.text, cut
    # an adverb that points at another event (« depuis », « Près d’un mois après ») is not carried into a cut
    doc = nlp("Près d’un mois après, deux convois logistiques pour la coalition ont été visés par des bombes le "
              "10 décembre.")
    assert all(c is None or "après" not in c.text
               for c in [focused_clause(doc, t) for t in doc if _is_number(t) or t.dep_ == "ROOT"])


def test_a_copular_sentence_can_be_cut(nlp):
    doc = nlp("Le couple et les trois enfants étaient sains et saufs mais quelque peu choqués par les dégâts dans "
              "leur maison.")
    cuts = {c.text for c in (focused_clause(doc, t) for t in doc) if c}
    assert "Les trois enfants étaient sains et saufs." in cuts or \
        "Le couple et les trois enfants étaient sains et saufs." in cuts, cuts


def test_cuts_that_bend_a_list_or_lose_a_complement_are_refused(nlp):
    doc = nlp("Immédiatement sur place, une vingtaine de sapeurs-pompiers des centres de Monthureux-sur-Saône, "
              "Lamarche, Vittel et Ainvelle ont pris la mesure du sinistre.")
    cuts = [c.text for c in [main_clause(doc)] + [focused_clause(doc, t) for t in doc] if c]
    assert all("Lamarche" in c or "Monthureux" not in c for c in cuts), cuts  # not one centre of four
    doc = nlp("Les factions pro-Iran en Irak avaient finalement annoncé à la mi-octobre qu'elles n'attaqueraient "
              "plus l'ambassade américaine.")
    cuts = [c.text for c in [main_clause(doc)] + [focused_clause(doc, t) for t in doc] if c]
    assert all("attaqueraient" in c for c in cuts), cuts  # never « … avaient annoncé à la mi-octobre. »
    doc = nlp("Au plus mal en championnat avant ce match, Arsenal a prouvé qu'il pouvait redresser la tête avec un "
              "succès probant contre Chelsea, le premier en championnat depuis le 1er novembre.")
    cuts = [c.text for c in [main_clause(doc)] + [focused_clause(doc, t) for t in doc] if c]
    assert all("Chelsea depuis" not in c for c in cuts), cuts  # the first win since, not a win since
    doc = nlp("Juste avant la mi-temps, Granit Xhaka a ajouté un magnifique coup franc pleine lucarne (2-0, 44e), "
              "avant que Bukayo Saka ne trouve la lucarne opposée sur un centre-tir un peu heureux (3-0, 56e).")
    cuts = [c.text for c in [main_clause(doc)] + [focused_clause(doc, t) for t in doc] if c]
    assert all("-tir" not in c for c in cuts), cuts


def test_a_compound_role_says_who_is_who(nlp):
    # Gala: « Jean-Paul Delevoye, haut-commissaire aux retraites, … »: « haut-commissaire » is a commissaire
    doc = nlp("Jean-Paul Delevoye, haut-commissaire aux retraites, porte ce projet.")
    assert [f.text for f in appositions(doc)] == ["Jean-Paul Delevoye est le haut-commissaire aux retraites."]
    doc = nlp("Le chantier, gros-œuvre de la saison, commence lundi.")  # a compound that is no role: nothing
    assert appositions(doc) == []


def test_who_is_who_names_the_whole_name_and_the_noun_it_is_glued_to(nlp):
    # Radio Prague: « Babiš » is tagged ADJ inside the entity « Andrej Babiš »; « Andrej est le Premier ministre » was
    # written
    doc = nlp("Il était avec le bras droit du Premier ministre Andrej Babiš.")
    assert [f.text for f in appositions(doc)] == ["Andrej Babiš est le Premier ministre."]
    # the parser hangs the name on « groupe »; the name is the milliardaire's (« Daniel Křetínský est le groupe du
    # milliardaire » was written)
    doc = nlp("Propriété du groupe du milliardaire Daniel Křetínský, le tabloïd Blesk note que le ministre ne portait "
              "pas de masque.")
    assert [f.text for f in appositions(doc)] == ["Daniel Křetínský est milliardaire."]
    # a rank or a trade alone (Guinéenews); a group noun alone says nothing
    doc = nlp("Le commerçant Ibrahima Diallo a retenu que le colonel Mamadou Alpha Barry lui doit 140 millions de "
              "francs guinéens.")
    assert [f.text for f in appositions(doc)] == ["Ibrahima Diallo est commerçant.",
                                                  "Mamadou Alpha Barry est colonel."]
    assert appositions(nlp("Le groupe Hezbollah a revendiqué l'attaque.")) == []


def test_a_party_to_a_trial_is_asked_about_with_qui_and_a_source_slip_gives_no_question(nlp):
    from local_seo.fragments import question_answer

    # Guinéenews: « Qu’est-ce qui a répondu par … ? C’est la partie civile. » was written
    qa = question_answer(nlp("À cette question, la partie civile a répondu par « je ne sais pas »."))
    assert [q.question for q in qa] == ["Qui a répondu par « je ne sais pas » ?"]
    # actu.fr: a singular subject with a plural verb (« Qu’est-ce qui demandent l'aide … ? » was written)
    assert question_answer(nlp("Le centre Hospitalier de la Côte Basque demandent l'aide des entreprises et des "
                               "particuliers pour récolter du matériel informatique.")) == []


def test_a_pronominal_verb_keeps_what_it_is_a_to(nlp):
    from local_seo.fragments import focused_clause

    # Guinéenews: « Les avocats du colonel se sont opposés sans succès. » was a key point (opposed to what?)
    doc = nlp("Selon nos informations, les avocats du colonel se sont opposés sans succès à la projection de cette "
              "vidéo.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert focused_clause(doc, root).text == ("Les avocats du colonel se sont opposés sans succès à la projection de "
                                              "cette vidéo.")


def test_a_role_of_two_nouns_before_a_name_stays_whole(nlp):
    # Vosges Matin: « groupe » without an article is part of the role, not the noun the name belongs to
    doc = nlp("Une vingtaine de sapeurs-pompiers sous le commandement du chef de groupe Djamel Belazreuk ont pris la "
              "mesure du sinistre.")
    assert [f.text for f in appositions(doc)] == ["Djamel Belazreuk est le chef de groupe."]


def test_a_cut_keeps_the_infinitive_its_verb_calls_for_and_no_complement_of_another_claim(nlp):
    from local_seo.fragments import focused_clause

    def root_cut(text):
        doc = nlp(text)
        return focused_clause(doc, next(t for t in doc if t.dep_ == "ROOT")).text

    # Radio Prague: « Roman Prymula a appelé les Tchèques ces derniers jours. » was a key point
    assert root_cut("Ces derniers jours, Roman Prymula a appelé les Tchèques à rester chez eux au maximum.") == (
        "Roman Prymula a appelé les Tchèques à rester chez eux au maximum.")
    # « d'un vote » in the relative clause made the cut keep every complement, and the parser hangs « à la fin de
    # l'état d'urgence » (the vote's time) on the main verb: « … se sont multipliés … à la fin de l'état d'urgence. »
    # was a key point, a time moved to another claim
    cut = root_cut("Depuis ce vendredi matin, les appels à la démission se sont multipliés dans les rangs de "
                   "l'opposition qui a en particulier émis l'idée d'un vote de confiance au Parlement, à la fin de "
                   "l'état d'urgence.")
    assert "fin" not in cut and cut.startswith("Depuis ce vendredi matin, les appels à la démission se sont multipliés")


def test_a_que_clause_left_without_its_verb_is_no_fact(nlp):
    from local_seo.fragments import all_fragments

    # Tribune de Genève: the parser heads the que-clause by « communes »; « La Société suisse … considère que
    # pratiquement toutes les communes du Plateau. » was a key point
    doc = nlp("La Société suisse de l'industrie du gaz et des eaux (SSIGE) considère que pratiquement toutes les "
              "communes du Plateau qui exploitent leurs sources et leurs nappes phréatiques exclusivement sur des "
              "terres arables sont concernées, a déclaré son porte-parole à Keystone-ATS.")
    assert not any("Plateau." in f.text for f in all_fragments(doc)), all_fragments(doc)


def test_unseen_dispatches_questions_names_amounts_and_modal_figures(nlp):
    from local_seo.fragments import all_fragments, focused_clause, question_answer

    # France Alerte: « Comment réagissent les pompiers malgré le danger? » was a key point
    q = nlp("Comment réagissent les pompiers lorsque des habitants refusent de quitter les lieux, malgré le danger?")
    assert all_fragments(q) == [] and question_answer(q) == []
    assert all(focused_clause(q, t) is None for t in q)
    # « BFMTV.com Mathias Lavolé est l’ingénieur … » was who is who
    doc = nlp("“En cas de feux de forêt, la population évacue avec relativement de facilité”, explique à BFMTV.com "
              "Mathias Lavolé, ingénieur en prévention des risques à l’IRMA, une association de Grenoble.")
    assert [f.text for f in appositions(doc)] == ["Mathias Lavolé est l’ingénieur en prévention des risques à l’IRMA."]
    # « Qu’est-ce qui est contraint de fuir les feux ? Ce sont plusieurs milliers d’habitants. »
    doc = nlp("Dans le bassin d’Arcachon, plusieurs milliers d’habitants sont contraints de fuir les feux qui ont déjà "
              "ravagé 15.500 hectares de forêt en Gironde.")
    assert [x.question for x in question_answer(doc)][0].startswith("Qui ")
    # TF1: « 54 : le nombre d’habitants dû évacués. » was a key figure; the modal chain stays whole after « qui »
    doc = nlp("Une dizaine de maisons étaient menacées et 54 habitants ont dû être évacués.")
    assert [x.figure for x in question_answer(doc) if x.figure] == [
        "54 : le nombre d’habitants qui ont dû être évacués."]
    assert "Combien d’habitants ont dû être évacués ?" in [x.question for x in question_answer(doc)]


def test_a_verb_the_parser_gives_two_subjects_gives_no_cut(nlp):
    from local_seo.fragments import focused_clause

    # Maires de France: « L’élue craque a dû gérer, avec les membres de son conseil municipal … » was a key point
    doc = nlp("L’élue craque car elle a dû gérer, avec les membres de son conseil municipal et la gendarmerie, ces "
              "départs traumatisants, effectués en quelques heures après «un coup de fil du sous-préfet ».")
    assert all(focused_clause(doc, t) is None or "craque a" not in focused_clause(doc, t).text for t in doc)


def test_a_counted_antecedent_of_qui_is_a_key_figure(nlp):
    from local_seo.fragments import promoted_relatives, relative_figures

    # Maires de France: the parser hangs « qui ont dû être évacuées » on « fait », the noun before « qui » counts
    doc = nlp("Cabanac-et-Villagrains fait partie des 15 communes qui ont dû être évacuées dans le sud de la Gironde.")
    assert [(f.text, f.statement) for f in relative_figures(doc)] == [
        ("15 : le nombre de communes qui ont dû être évacuées dans le sud de la Gironde.",
         "15 communes ont dû être évacuées dans le sud de la Gironde.")]
    assert [f.text for f in promoted_relatives(doc)] == ["15 communes ont dû être évacuées dans le sud de la Gironde."]
    # the antecedent right before « qui » takes its place (France Alerte's lede gave no figure before)
    doc = nlp("Dans le bassin d’Arcachon, plusieurs milliers d’habitants sont contraints de fuir les feux qui ont déjà "
              "ravagé 15.500 hectares de forêt en Gironde.")
    assert [f.text for f in promoted_relatives(doc)] == ["Les feux ont déjà ravagé 15.500 hectares de forêt en Gironde."]
    # a clause with a comma: where it ends is unsure (« beaucoup plus faible » is the new low's, not Ciaran's)
    assert promoted_relatives(nlp("La nouvelle dépression qui suit la tempête Ciaran, beaucoup plus faible en intensité "
                                  "selon Météo-France, va surtout concerner les côtes des Landes.")) == []
    # nothing counted, or one: no figure
    assert relative_figures(nlp("Le maire a rencontré les habitants qui ont dû quitter leur maison.")) == []
    assert relative_figures(nlp("Il reste une commune qui a dû être évacuée.")) == []


def test_no_subject_question_over_a_plural_possessive(nlp):
    from local_seo.fragments import question_answer

    # TF1 and the 000 example: « Qui a pu regagner leurs maisons ? Ce sont les habitants. »,
    # « Qu’est-ce qui a abattu plusieurs de leurs projectiles ? » (whose? the rockets' launchers, two sentences up)
    for text in ("Les habitants ont pu regagner leurs maisons.",
                 "Les navires de guerre américains ont abattu plusieurs de leurs projectiles."):
        assert not [q for q in question_answer(nlp(text)) if q.question.startswith(("Qui", "Qu’est-ce qui"))]
    # the same verb without the possessive is asked
    qa = question_answer(nlp("Les navires de guerre américains ont abattu plusieurs projectiles."))
    assert [(q.question, q.answer) for q in qa] == [("Qu’est-ce qui a abattu plusieurs projectiles ?",
                                                     "Ce sont les navires de guerre américains.")]


def test_a_cut_left_with_a_verb_that_needs_its_complement_says_nothing(nlp):
    from local_seo.fragments import focused_clause

    # L'Express: « L'ouverture du score est venue. » was a key point, the penalty it came from cut off
    doc = nlp("L'ouverture du score est venue sur un penalty très \"soft\" (mou), comme on dit en anglais, obtenu avec "
              "malice par Kieran Tierney pour une faute évitable de James Reece.")
    assert all(focused_clause(doc, t) is None for t in doc if t.dep_ == "ROOT")
    doc = nlp("Arsenal s'est montré très réaliste face à un Chelsea trop prévisible.")
    assert any(focused_clause(doc, t) is not None for t in doc if t.dep_ == "ROOT")


def test_a_cut_keeps_the_infinitive_its_verb_asks_for(nlp):
    from local_seo.fragments import all_fragments, focused_clause

    # Radio Prague: « Roman Prymula a appelé les Tchèques ces derniers jours. » (the parser made « à rester chez
    # eux » an adverbial clause): called them, or asked them to stay home?
    doc = nlp("Ces derniers jours, Roman Prymula a appelé les Tchèques à rester chez eux au maximum.")
    cuts = [f.text for f in all_fragments(doc)] + [f.text for t in doc if (f := focused_clause(doc, t)) is not None]
    assert not any(c.rstrip(".").endswith(("Tchèques", "jours")) for c in cuts), cuts


def test_a_counted_object_is_a_key_figure(nlp):
    from local_seo.fragments import object_figures

    # Tribune de Genève: the time phrase before the object stays with the figure, the doer becomes its agent
    doc = nlp("Pour mémoire, l'Office fédéral de l'agriculture a banni en juin 12 pesticides contenant du chlorpyrifos "
              "et clorpyrifos-méthyl.")
    assert [(f.text, f.statement) for f in object_figures(doc)] == [
        ("12 : le nombre de pesticides bannis par l'Office fédéral de l'agriculture en juin.",
         "12 pesticides ont été bannis par l'Office fédéral de l'agriculture en juin.")]
    # France Alerte: the antecedent of « qui » is the doer; « de forêt » is counted, « en Gironde » is where
    doc = nlp("Dans le bassin d’Arcachon, plusieurs milliers d’habitants sont contraints de fuir les feux qui ont déjà "
              "ravagé 15.500 hectares de forêt en Gironde.")
    assert [f.text for f in object_figures(doc)] == [
        "15.500 : le nombre d’hectares de forêt ravagés par les feux en Gironde."]
    # a feminine count agrees; a present participle names no doer
    assert [f.text for f in object_figures(nlp("Les secours ont évacué 54 personnes dans la nuit."))] == [
        "54 : le nombre de personnes évacuées par les secours dans la nuit."]
    # Maires de France: « 13 000 » read as two determiners, « hectares » as feminine, and « qui » after « la
    # progression de l’incendie » (which of the two ravaged, the parse cannot tell: no doer)
    doc = nlp("Ce 21 juillet après-midi, Anne-Marie Caussé, élue en 2020, est «épuisée », a «perdu la notion du temps » "
              "depuis l’évacuation en trois temps des 2 400 habitants de sa commune, entre le 13 et le 17 juillet, "
              "devant la progression inexorable de l’incendie qui a déjà ravagé plus de 13 000 hectares autour de "
              "Landiras, depuis le 12 juillet.")
    assert [f.text for f in object_figures(doc)] == [
        "Plus de 13 000 : le nombre d’hectares ravagés autour de Landiras depuis le 12 juillet."]
    # 000: two counts in one object, one figure would mix them
    assert object_figures(nlp("Les États-Unis ont répondu par une série de frappes qui ont tué au moins 15 militants "
                              "en Irak et jusqu’à sept en Syrie.")) == []


def test_no_key_figure_from_an_object_not_stated_as_fact(nlp):
    from local_seo.fragments import object_figures

    # 002: « l'armée a précisé que … blessant cinq civils » is the army's claim: told as such, or not at all
    assert [(f.text, f.statement) for f in object_figures(nlp(
        "L'armée a précisé que trois roquettes sont tombées, blessant cinq civils."))] == [
        ("Cinq : le nombre de civils blessés, selon l'armée.", "Selon l'armée, cinq civils ont été blessés.")]
    assert object_figures(nlp("L'armée aurait précisé que trois roquettes sont tombées, blessant cinq civils.")) == []
    assert object_figures(nlp("Il a précisé que trois roquettes sont tombées, blessant cinq civils.")) == []  # who?
    assert object_figures(nlp("Le préfet a démenti que l'incendie a détruit 40 maisons.")) == []  # no « selon »
    assert object_figures(nlp("L'armée a précisé que les roquettes n'ont pas blessé cinq civils.")) == []
    assert object_figures(nlp("Les États-Unis vont retirer 500 soldats.")) == []  # an intention
    assert object_figures(nlp("Les pompiers n'ont pas évacué 54 personnes.")) == []
    assert object_figures(nlp("Le club aurait recruté 3 joueurs.")) == []
    assert object_figures(nlp("L'État a versé 500 euros aux familles.")) == []  # a sum is no count of things


def test_an_acronym_takes_the_article_of_what_it_names(nlp):
    from local_seo.fragments import appositions

    # Tribune de Genève: « SSIGE est la Société suisse … » read as a name without its article
    doc = nlp("La Société suisse de l'industrie du gaz et des eaux (SSIGE) considère que pratiquement toutes les "
              "communes du Plateau qui exploitent leurs sources et leurs nappes phréatiques exclusivement sur des "
              "terres arables sont concernées, a déclaré son porte-parole à Keystone-ATS.")
    assert [f.text for f in appositions(doc)] == ["La SSIGE est la Société suisse de l'industrie du gaz et des eaux."]


def test_a_contrast_pronoun_leaves_a_fact_item():
    from local_seo.fragments import tidy

    # Tribune de Genève's key point « L'Union suisse des paysans a, elle, demandé … »: a contrast with nothing
    assert tidy("L'Union suisse des paysans a, elle, demandé aux exploitations agricoles de renoncer aux pesticides") \
        == "L'Union suisse des paysans a demandé aux exploitations agricoles de renoncer aux pesticides."
    assert tidy("Selon lui, la ville est touchée") == "Selon lui, la ville est touchée."


def test_a_cleft_sentence_is_said_plainly_when_nothing_is_lost(nlp):
    from local_seo.fragments import all_fragments, uncleft

    # 002: the allegation stays an allegation, with its source
    doc = nlp("Ce seraient en réalité les brigades du radical Hezbollah qui tireraient les ficelles, selon Washington.")
    assert [f.text for f in uncleft(doc)] == ["Les brigades du radical Hezbollah tireraient les ficelles, selon "
                                              "Washington."]
    assert "Les brigades du radical Hezbollah tireraient les ficelles, selon Washington." in [
        f.text for f in all_fragments(doc)]
    assert [f.text for f in uncleft(nlp("C'est la Commission européenne qui a décidé de retirer le fongicide."))] == [
        "La Commission européenne a décidé de retirer le fongicide."]
    # a conditional cleft over a clause in the indicative would turn the allegation into a fact
    assert uncleft(nlp("Ce serait le Hezbollah qui a tiré les roquettes.")) == []
    # an adverb of degree has nowhere to go; descriptions are no clefts (20 Minutes)
    assert uncleft(nlp("C’est essentiellement les côtes des Landes et des Pyrénées-Atlantiques qui devraient être "
                       "concernées.")) == []
    assert uncleft(nlp("C’est la quatrième tempête depuis la fin d’un été qui a joué les prolongations cette année.")) == []
    assert uncleft(nlp("C'est le seul pays qui a voté contre le texte.")) == []
    assert uncleft(nlp("C'est une situation qui inquiète les habitants du village.")) == []
    # 002 as printed: the source of the allegation in front
    assert [f.text for f in uncleft(nlp("Selon Washington, ce seraient en fait les brigades du radical Hezbollah qui "
                                        "tireraient les ficelles."))] == [
        "Selon Washington, les brigades du radical Hezbollah tireraient les ficelles."]


def test_a_time_after_a_dropped_participle_stays_with_the_sentence(analyses):
    from local_seo.fragments import question_answer

    # 003, parsed in its article: « … visés par des bombes [placées en bord de route], le 10 décembre »: the date is
    # the attack's; the key point, the question and the key figure of that sentence were all lost when any verb in
    # the dropped phrase refused the cut (a conjugated clause does: see Radio Prague's « qui a émis … »)
    a = analyses["003_1abb85e4a02a73e3.txt"]
    idx = next(s.index for s in a.sentences if "10 décembre" in s.text)
    qa = question_answer(a.docs[idx])
    assert any(q.figure and "le 10 décembre" in q.figure for q in qa), qa


def test_a_pronoun_that_counts_goes_on_with_the_sentence_before():
    from local_seo.fragments import refers_back

    # TF1 Alpes: « Aucune n’a été touchée par les flammes » opened a paragraph, away from the houses it counts
    assert refers_back("Aucune n'a été touchée par les flammes, parce que les pompiers sont arrivés très rapidement.")
    assert refers_back("Ils ont trouvé refuge dans un gymnase de Colomars.")
    assert not refers_back("Aucun groupe n'a revendiqué l'attaque.")  # a determiner: the group is named
    assert not refers_back("Les habitants ont pu regagner leurs maisons.")
    # Africanews: « Par ailleurs, dans le minuscule dispensaire de ce douar … » (the village the sentence before named)
    assert refers_back("Dans le minuscule dispensaire de ce douar -niché dans une zone montagneuse-, Lahcen est assis "
                       "dans un coin, mutique.")
    assert not refers_back("Sept mois après l'élection de la CAQ, à Québec, les dossiers se suivent.")


def test_a_relative_that_says_which_one_is_not_cut(nlp):
    from local_seo.fragments import focused_clause

    # Gala: « Un chiraquien s'est souvenu du surnom peu flatteur. » (which one? the relative said it)
    doc = nlp("Alors que d'anciens amis n'en gardent « pas tous un souvenir impérissable », un chiraquien s'est souvenu "
              "du surnom peu flatteur que donnait Jacques Chirac à Jean-Paul Delevoye.")
    cuts = {f.text for f in (focused_clause(doc, t) for t in doc) if f is not None}
    assert "Un chiraquien s'est souvenu du surnom peu flatteur." not in cuts, cuts


def test_a_second_verb_takes_the_subject_it_shares_with_the_main_one(nlp):
    # L'Express: the gap to the leader is a fact of its own, said of the club named before the first verb
    sentence = ("Le club de Birmingham s'empare de la 5e place à la différence de but et n'est qu'à 3 points de "
                "Leicester alors qu'il a deux matches en moins.")
    assert "Le club de Birmingham n'est qu'à 3 points de Leicester." in numbers_focus(nlp, sentence)
    doc = nlp("Le maire a fui vers le nord et a abandonné sa voiture près de Lyon.")
    cuts = {f.text for f in (focused_clause(doc, t) for t in doc) if f}
    assert "Le maire a abandonné sa voiture près de Lyon." in cuts
    assert not any(" et " in c for c in cuts), cuts  # the « et » of the dropped verb goes with it
    # no shared subject under a source (« selon »), nor for a bare participle that would lose its auxiliary
    doc = nlp("Selon la police, le suspect a fui vers le nord et a abandonné sa voiture près de Lyon.")
    assert not any("abandonné" in f.text for f in (focused_clause(doc, t) for t in doc) if f)
    doc = nlp("Le suspect a été arrêté mardi et placé en garde à vue à Lyon.")
    assert not any("placé" in f.text for f in (focused_clause(doc, t) for t in doc) if f)


def test_a_question_skips_a_discourse_adverb_and_never_takes_a_fronted_phrase_for_the_subject(nlp):
    qas = question_answer(nlp("Le maire a aussi signé le décret de fermeture de la plage."))
    assert [f"{q.question} {q.answer}" for q in qas] == [
        "Qui a signé le décret de fermeture de la plage ? C’est le maire."]
    # Radio Prague: the parser hung « Au sein même du gouvernement, » on the subject
    assert question_answer(nlp("Au sein même du gouvernement, le comportement du ministre de la Santé a également "
                               "suscité la désapprobation.")) == []


def test_an_institution_is_asked_about_with_qui_and_no_cut_starts_inside_a_word(nlp):
    # actu: « Qu’est-ce qui lance un appel aux dons … ? C’est le centre Hospitalier de la Côte Basque. »
    qas = question_answer(nlp("Le centre Hospitalier de la Côte Basque lance un appel aux dons des entreprises et des "
                              "particuliers."))
    assert [q.question for q in qas] == ["Qui lance un appel aux dons des entreprises et des particuliers ?"]
    assert [q.question for q in question_answer(nlp("Le club a recruté un nouvel entraîneur."))] == [
        "Qui a recruté un nouvel entraîneur ?"]
    # the parser took « ville » of « Le centre-ville » for the subject: « Quand ville a-t-elle été inondé ? »
    assert question_answer(nlp("Le centre-ville a été inondé mardi.")) == []


def test_a_key_point_drops_the_also_that_pointed_at_the_sentence_before(nlp):
    # Radio-Canada's « L'essentiel »: « L'agence veut aussi rassembler les frères et sœurs dans le même banc. »
    cut = main_clause(nlp("L'agence veut également regrouper les frères et sœurs dans le même banc pour sauver de "
                          "l’espace."))
    assert cut is not None and cut.text == "L'agence veut regrouper les frères et sœurs dans le même banc."


def test_a_cut_that_names_nothing_it_is_about_is_no_fact_item(nlp):
    # 20 Minutes' « L’essentiel »: « Des secteurs prennent des mesures. »
    doc = nlp("Des secteurs déjà fragilisés par les intempéries des dernières semaines prennent des mesures en fermant "
              "les marchés extérieurs et les plages, par exemple au Cap Ferret.")
    cuts = [f.text for f in (focused_clause(doc, t) for t in doc if t.dep_ == "ROOT") if f]
    assert "Des secteurs prennent des mesures." not in cuts
    # a name, or a definite noun, says what it is about
    doc = nlp("Des intempéries liées à la fin de la tempête toucheront la Nouvelle-Aquitaine dans les heures à venir.")
    assert [f.text for f in (focused_clause(doc, t) for t in doc if t.dep_ == "ROOT") if f] == [
        "Des intempéries toucheront la Nouvelle-Aquitaine."]
    assert main_clause(nlp("Les pompiers ont évacué des habitants, qui ont été relogés.")).text == \
        "Les pompiers ont évacué des habitants."


def test_unseen_cuts_that_lose_their_verb_their_list_or_what_they_announce_are_refused(nlp):
    # real sentences of unseen dispatches (France 3, Ouest-Var, La France agricole, Libération, 20 Minutes): each
    # gave a fact item that was no sentence, or said less than its source
    sapeurs = nlp("Les sapeurs-pompiers venus des casernes de Lens, Hénin-Beaumont et Oignies sont intervenus pour "
                  "maîtriser ce feu d’habitation à simple rez-de-chaussée et mitoyenne des deux côtés.")
    assert all("Hénin-Beaumont." not in f.text for f in all_fragments(sapeurs))  # participle taken for the verb
    combustion = nlp("La combustion au bout d'une heure n'ayant toujours pas été stoppée malgré les litres d'eau et "
                     "de mousse déversés laissait prévoir plusieurs heures d'intervention.")
    assert [f.text for f in all_fragments(combustion)] == []  # « n’ayant … été stoppée » has no conjugated verb
    arsenal = nlp("Cet arsenal réglementaire est rédigé notamment en concertation avec les comités « ressources en "
                  "eau » composée des collectivités.")
    assert [f.text for f in all_fragments(arsenal)] == []
    assert all(focused_clause(arsenal, t) is None for t in arsenal if t.dep_ == "ROOT")  # « … rédigé notamment. »
    ukraine = nlp("L'Ukraine a revendiqué tout au long du week-end de nouveaux succès militaires contre l'armée "
                  "russe dans les parties orientale et méridionale de son territoire, Moscou reconnaissant avoir "
                  "perdu du terrain.")
    assert all(not f.text.endswith("tout au long.") for f in all_fragments(ukraine))
    buzyn = nlp("Alors que mardi Agnès Buzyn avait vertement réagi à une série de dépôts d’arrêts de travail du "
                "personnel de nuit, mercredi matin, la porte-parole du gouvernement s’est montrée plus conciliante.")
    cuts = [f.text for f in all_fragments(buzyn)] + [
        f.text for f in (focused_clause(buzyn, t) for t in buzyn if t.pos_ == "VERB") if f]
    assert cuts and not any(c.startswith("Alors que") for c in cuts)
    assert "La porte-parole du gouvernement s’est montrée plus conciliante." in cuts
    # a « et » whose left neighbour was cut away joins nothing (« un mouvement[, devenu inédit …] et son extension »)
    mots = nlp("Des mots doux qui ne suffiront peut-être pas à calmer un mouvement, devenu inédit par son histoire "
               "et son extension.")
    assert all(" et son extension" not in f.text or "histoire" in f.text for f in all_fragments(mots))
    # the same rules keep the cuts that read: a negation whole, when the dropped relative has a « n’ » of its own
    aucun = nlp("Aucun groupe n’a revendiqué l’attaque, qui, selon un porte-parole de l’ambassade, n’a fait aucune "
                "victime.")
    assert [f.text for f in all_fragments(aucun)] == ["Aucun groupe n’a revendiqué l’attaque."]


def test_a_cut_never_drops_an_item_from_the_middle_of_a_list(nlp):
    # BX1 (unseen): « de la Mobilité » read as a complement of « reste »; the key point said she kept two portfolios
    doc = nlp("Elke Van den Brandt (Groen) reste ministre de la Mobilité, des Travaux publics et de la Sécurité "
              "routière.")
    cuts = {f.text for f in (focused_clause(doc, t) for t in doc) if f}
    assert not any("Travaux" in c and "Mobilité" not in c for c in cuts), cuts
    # a participle phrase dropped before a comma is no list item: the time after it stays with the fact
    doc = nlp("Des flammes se sont propagées rapidement dans une chambre située au premier étage d’une maison, "
              "hier en milieu d’après-midi.")
    assert "propagées rapidement" in focused_clause(doc, next(t for t in doc if t.dep_ == "ROOT")).text
    # an agent dropped before the time is no list item: 003's question on the embassy keeps its date
    doc = nlp("L’ambassade des Etats-Unis à Bagdad (Irak), a été visée par des tirs de roquettes, dimanche 20 "
              "décembre.")
    assert any("dimanche 20 décembre" in q.question for q in question_answer(doc))


def test_pronominal_verbs_and_manner_adverbs_are_asked_about(nlp):
    """Unseen dispatches (France Bleu, CNews, Africanews): a pronominal verb agrees with « qui », masculine singular,
    with its « se » elided before « est »; a manner adverb inside the verb group stays in the question."""
    def qa(text):
        return [(q.question, q.answer) for q in question_answer(nlp(text)) if not q.question.startswith("Quand")]

    assert qa("Les témoins se sont succédés à la barre.") == [
        ("Qui s’est succédé à la barre ?", "Ce sont les témoins.")]
    assert qa("L’homme de 45 ans se perd dans ses réponses.") == [
        ("Qui se perd dans ses réponses ?", "C’est l’homme de 45 ans.")]
    assert qa("Le PSG s’est sèchement incliné à Monaco samedi.") == [
        ("Qui s’est sèchement incliné à Monaco samedi ?", "C’est le PSG.")]
    assert qa("La toiture de la maison s'est effondrée dimanche soir vers 21 heures.") == [
        ("Qu’est-ce qui s'est effondré dimanche soir ?", "C’est la toiture de la maison.")]
    # a plural in a simple tense has no singular form that keeps the verb; a connector is no manner
    assert qa("Les dossiers épineux se suivent à un rythme soutenu au gouvernement.") == []
    assert all("aussi" not in q for q, _ in qa("Le club a aussi remporté la Coupe de France la saison dernière."))


def test_a_first_name_and_surname_the_recogniser_missed_is_asked_with_qui(nlp):
    # CNews (unseen): « Qu’est-ce qui avait réduit la marque ? C’est Warren Zaïre Emery. » (the name read as MISC)
    doc = nlp("Aleksandr Golovine (4e) a rapidement trouvé l’ouverture avant que Wissam Ben Yedder n’inscrive un "
              "doublé (18e, 45e+2). Warren Zaïre Emery avait réduit la marque entre temps (39e).")
    sent = next(s for s in doc.sents if s.text.startswith("Warren"))
    assert [(q.question, q.answer) for q in question_answer(sent.as_doc())] == [
        ("Qui avait réduit la marque ?", "C’est Warren Zaïre Emery.")]


def test_cuts_that_misread_a_list_or_a_subject_are_refused(nlp):
    """Ouest Var, key points that said something else than the source."""
    # « la police nationale » was the subject of « était présente », hung by the parser on « avenue »: the cut made
    # the municipal police close the street to the national one
    doc = nlp("Sur place la police municipale a fermé la circulation à l'avenue des Palmiers et la police nationale "
              "était présente.")
    assert focused_clause(doc, next(t for t in doc if t.dep_ == "ROOT")) is None
    # an item that opens on a number cut from a list: « un véhicule polyvalent des véhicules du Samu »
    doc = nlp("Sous le commandement du lieutenant Don, 3 fourgons pompe tonne léger , trois lances DMR 500, un "
              "véhicule polyvalent, 1 Véhicule de secours et d'assistance aux victimes, des véhicules du Samu ont été "
              "mobilisés.")
    assert not [f.text for f in all_fragments(doc) if "polyvalent des" in f.text]
    # two subjects read for one verb: « Les propriétaires un couple de retraités, ont vu … »
    doc = nlp("Les propriétaires, très choqués, un couple de retraités, ont vu leur vie partir en fumée en quelques "
              "minutes.")
    assert main_clause(doc) is None
    # a cut whose subject is shared with the verb before keeps working (the subject is followed by that verb)
    doc = nlp("Le maire de Lyon a fui vers le nord et a abandonné sa voiture près de Lyon.")
    assert "Le maire de Lyon a abandonné sa voiture près de Lyon." in {f.text for f in (
        focused_clause(doc, t) for t in doc) if f}


def test_rescuers_are_asked_about_with_qui(nlp):
    # Ouest Var: « Qu’est-ce qui a éloigné les propriétaires du sinistre ? » asked about people as about a thing
    doc = nlp("Les secours parvenus rapidement ont éloigné les propriétaires du sinistre et les ont dirigés vers une "
              "équipe du Samu.")
    assert [(q.question, q.answer) for q in question_answer(doc)][0] == (
        "Qui a éloigné les propriétaires du sinistre ?", "Ce sont les secours.")

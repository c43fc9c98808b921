"""News-verb swaps of resources/fr_lexicon.toml: each fires where its constraints allow, with the exact text
expected, and stays silent where the synonym would change the meaning."""

from __future__ import annotations

import pytest

from local_seo.restate import load_lexicon, restate_text

pytest.importorskip("spacy")

# (rule id, source sentence, expected restatement)
POSITIVE = [
    ("interdit-bannir-part", "La préfecture a interdit les manifestations dans le centre-ville samedi.",
     "La préfecture a banni les manifestations dans le centre-ville samedi."),
    ("interdit-bannir-fin", "La loi interdit la vente d'alcool aux mineurs.",
     "La loi bannit la vente d'alcool aux mineurs."),
    ("bannir-interdire", "Le pays a banni le glyphosate en 2021.",
     "Le pays a interdit le glyphosate en 2021."),
    ("depasser-exceder", "Les valeurs mesurées dépassent la limite autorisée.",
     "Les valeurs mesurées excèdent la limite autorisée."),
    ("payer-regler", "Les salariés paient leurs factures en retard.",
     "Les salariés règlent leurs factures en retard."),
    ("concerner-toucher", "Cette mesure concerne près de deux millions de retraités.",
     "Cette mesure touche près de deux millions de retraités."),
    ("concerner-viser", "Cette mesure concerne près de deux millions de retraités.",
     "Cette mesure vise près de deux millions de retraités."),
    ("affecter-toucher", "Les zones affectées par les inondations seront déclarées en état de catastrophe naturelle.",
     "Les zones touchées par les inondations seront déclarées en état de catastrophe naturelle."),
    ("soutenir-appuyer", "Les syndicats soutiennent la demande des infirmières.",
     "Les syndicats appuient la demande des infirmières."),
    ("contenir-renfermer", "Le rapport contient une vingtaine de recommandations.",
     "Le rapport renferme une vingtaine de recommandations."),
    ("rechercher-chercher-pres-3p", "Ils recherchent aussi du matériel.", "Ils cherchent aussi du matériel."),
    ("recolter-collecter", "L'association a récolté plus de 5 000 euros de dons.",
     "L'association a collecté plus de 5 000 euros de dons."),
    ("recolter-recueillir", "L'association a récolté plus de 5 000 euros de dons.",
     "L'association a recueilli plus de 5 000 euros de dons."),
    ("inscrit-marquer-part", "L'attaquant a inscrit le but du 2-1 à la 78e minute.",
     "L'attaquant a marqué le but du 2-1 à la 78e minute."),
    ("inscrit-marquer-fin", "L'attaquant inscrit son premier but de la saison.",
     "L'attaquant marque son premier but de la saison."),
    ("marquer-inscrire", "Le joueur a marqué un but magnifique en fin de match.",
     "Le joueur a inscrit un but magnifique en fin de match."),
    ("prouver-demontrer", "L'enquête a prouvé que le conducteur roulait trop vite.",
     "L'enquête a démontré que le conducteur roulait trop vite."),
    ("regrouper-rassembler", "Le collectif regroupe une trentaine d'associations locales.",
     "Le collectif rassemble une trentaine d'associations locales."),
    ("projeter-diffuser", "Le film sera projeté samedi soir à la salle des fêtes.",
     "Le film sera diffusé samedi soir à la salle des fêtes."),
    ("suspendre-interrompre", "Le juge a décidé de suspendre l’audience pour 20 minutes.",
     "Le juge a décidé d’interrompre l’audience pour 20 minutes."),
    ("lutter-combattre-pres-3p", "Les soignants luttent contre la pandémie depuis trois ans.",
     "Les soignants combattent la pandémie depuis trois ans."),
    ("lutter-combattre-pp-ms", "L'association a lutté contre la fermeture de l'école.",
     "L'association a combattu la fermeture de l'école."),
    ("combattre-lutter-la", "Le gouvernement veut combattre la fraude fiscale avec de nouveaux moyens.",
     "Le gouvernement veut lutter contre la fraude fiscale avec de nouveaux moyens."),
    ("prendre-adopter", "Les mesures prises par le gouvernement ont été saluées.",
     "Les mesures adoptées par le gouvernement ont été saluées."),
    ("prendre-adopter", "Le gouvernement a pris des mesures pour limiter la hausse des prix.",
     "Le gouvernement a adopté des mesures pour limiter la hausse des prix."),
    ("realiser-mener", "Selon un sondage réalisé par l'institut Ifop, 60 % des Français sont favorables à la réforme.",
     "Selon un sondage mené par l'institut Ifop, 60 % des Français sont favorables à la réforme."),
    ("renforcer-consolider", "Les deux pays veulent renforcer leur coopération militaire.",
     "Les deux pays veulent consolider leur coopération militaire."),
]

# (source sentence, rule-id prefixes that must not fire on it)
NEGATIVE = [
    ("Le maire lui a interdit l'accès à la mairie.", ["interdi"]),
    ("Il est interdit de fumer dans les gares.", ["interdi"]),
    ("Twitter a banni le compte du militant.", ["bannir-"]),
    ("Le cycliste a dépassé son adversaire dans la dernière ligne droite.", ["depasser-"]),
    ("Il a payé cher son erreur.", ["payer-"]),
    ("En ce qui concerne la sécurité, le préfet a annoncé des renforts.", ["concerner-"]),
    ("Les personnes concernées seront contactées par la mairie.", ["concerner-"]),
    ("Le ministère a affecté un agent à la préfecture de Paris.", ["affecter-"]),
    ("La région a affecté deux millions d'euros à la rénovation des lycées.", ["affecter-"]),
    ("L'avocat soutient que son client est innocent.", ["soutenir-"]),
    ("Le pilier soutient le poids de la structure.", ["soutenir-"]),
    ("Les pompiers ont contenu l'incendie dans la nuit.", ["contenir-"]),
    ("Le suspect est recherché par la police.", ["rechercher-"]),
    ("Cet appartement est très recherché.", ["rechercher-"]),
    ("Les agriculteurs ont récolté le blé en avance.", ["recolter-"]),
    ("Il s'est inscrit sur les listes électorales.", ["inscri"]),
    ("Le point a été inscrit à l'ordre du jour du conseil municipal.", ["inscri"]),
    ("Ce résultat a marqué le début d'une nouvelle ère.", ["marquer-"]),
    ("Il projette de s'installer à Lyon.", ["projeter-"]),
    ("Le conducteur a été projeté hors du véhicule.", ["projeter-"]),
    ("Le préfet a suspendu le permis de conduire du chauffard.", ["suspendre-"]),
    ("Les soignants luttent contre elle depuis trois ans.", ["lutter-"]),
    ("Les rebelles ont combattu la semaine dernière près de la frontière.", ["combattre-"]),
    ("Le gouvernement n'a pas pris la mesure de la crise.", ["prendre-"]),
    ("Il a pris la décision de démissionner.", ["prendre-"]),
    ("Il a réalisé que la situation était grave.", ["realiser-"]),
    ("L'entreprise a réalisé un bénéfice record.", ["realiser-"]),
    ("La police a renforcé la sécurité autour du stade.", ["renforcer-"]),
    ("Les prix augmentent depuis le début de l'année.", ["augmenter-"]),
]


def _rules(rule: str) -> list[str]:
    return [part.split(":", 1)[1] for part in rule.split("+") if part.startswith("lexicon:")]


def test_no_saying_verb_enters_through_a_plain_swap():
    """« assurer » is a verb of saying: the guard rejects it where the anchor reports no speech, so no plain swap
    (« garantir la sécurité ») may bring it in; « garantir que » must stay a saying of its own."""
    lex = load_lexicon()
    saying = {v.id for v in lex.verbs.values() if v.saying}
    for sw in lex.swaps:
        if sw.kind == "verb" and not sw.saying and not sw.next_inf:
            assert sw.target not in saying or sw.source in saying, sw.id


def test_new_verbs_keep_their_auxiliary_and_forms():
    lex = load_lexicon()
    keys = {"inf", "ppr", "pp_ms", "pp_fs", "pp_mp", "pp_fp", "pres_3s", "pres_3p", "impf_3s", "impf_3p",
            "ps_3s", "ps_3p", "fut_3s", "fut_3p"}
    irregular = {
        "contenir": ("contient", "contiennent", "contint", "continrent", "contiendra"),
        "recueillir": ("recueille", "recueillent", "recueillit", "recueillirent", "recueillera"),
        "interrompre": ("interrompt", "interrompent", "interrompit", "interrompirent", "interrompra"),
        "soutenir": ("soutient", "soutiennent", "soutint", "soutinrent", "soutiendra"),
        "interdire": ("interdit", "interdisent", "interdit", "interdirent", "interdira"),
        "inscrire": ("inscrit", "inscrivent", "inscrivit", "inscrivirent", "inscrira"),
        "combattre": ("combat", "combattent", "combattit", "combattirent", "combattra"),
    }
    for vid, (p3s, p3p, ps3s, ps3p, f3s) in irregular.items():
        v = lex.verbs[vid]
        assert set(v.forms) == keys
        assert (v.forms["pres_3s"], v.forms["pres_3p"], v.forms["ps_3s"], v.forms["ps_3p"], v.forms["fut_3s"]) == \
            (p3s, p3p, ps3s, ps3p, f3s)
        assert v.aux == "avoir"


# ---- second batch: news nouns (same gender and number), only where the noun is no subject or speaker ----------

NOUN_POSITIVE = [
    ("des-degats-dommages", "Cette attaque a provoqué des dégâts matériels, mais elle n'a fait aucune victime.",
     "Cette attaque a provoqué des dommages matériels, mais elle n'a fait aucune victime."),
    ("des-degats-dommages", "Les pompiers ont constaté l'ampleur des dégâts.",
     "Les pompiers ont constaté l'ampleur des dommages."),
    ("les-degats-dommages", "Les parents étaient choqués par les dégâts dans leur maison.",
     "Les parents étaient choqués par les dommages dans leur maison."),
    ("d-importants-degats-dommages", "La tempête a fait d'importants dégâts dans le département.",
     "La tempête a fait d'importants dommages dans le département."),
    ("aucun-degat-dommage", "L'incendie n'a fait aucun dégât dans les habitations voisines.",
     "L'incendie n'a fait aucun dommage dans les habitations voisines."),
    ("en-hausse-augmentation", "Les ventes sont en hausse de 5 % sur un an.",
     "Les ventes sont en augmentation de 5 % sur un an."),
    ("la-hausse-augmentation", "Les ménages s'inquiètent de la hausse des prix de l'énergie.",
     "Les ménages s'inquiètent de l'augmentation des prix de l'énergie."),
    ("une-hausse-augmentation", "Le syndicat dénonce une hausse des loyers de 4 % en un an.",
     "Le syndicat dénonce une augmentation des loyers de 4 % en un an."),
    ("en-baisse-diminution", "Le nombre de chômeurs est en baisse depuis trois mois.",
     "Le nombre de chômeurs est en diminution depuis trois mois."),
    ("la-baisse-diminution", "Les agriculteurs redoutent la baisse des températures cette semaine.",
     "Les agriculteurs redoutent la diminution des températures cette semaine."),
    ("une-baisse-diminution", "Le maire a annoncé une baisse des impôts locaux.",
     "Le maire a annoncé une diminution des impôts locaux."),
    ("aux-habitants-residents", "La mairie a distribué des masques aux habitants du quartier.",
     "La mairie a distribué des masques aux résidents du quartier."),
    ("des-habitants-residents", "La colère des habitants ne faiblit pas.",
     "La colère des résidents ne faiblit pas."),
    ("un-habitant-resident", "Le maire a remis la médaille de la ville à un habitant du quartier.",
     "Le maire a remis la médaille de la ville à un résident du quartier."),
    ("le-gouvernement-executif",
     "L'interdiction du pesticide est demandée par le gouvernement bernois dans une lettre.",
     "L'interdiction du pesticide est demandée par l'exécutif bernois dans une lettre."),
    ("du-gouvernement-executif", "Les décisions du gouvernement ont été critiquées par l'opposition.",
     "Les décisions de l'exécutif ont été critiquées par l'opposition."),
]

NOUN_NEGATIVE = [
    # a dative clitic before the auxiliary: « Le juge leur a banni l'usage » is no French
    ("Le juge leur a interdit l'usage du téléphone portable pendant le procès.", ["interdit-bannir"]),
    # subjects and speakers stay (the guard would reject the swap anyway)
    ("Les dégâts sont considérables dans le centre-ville.", ["les-degats-", "des-degats-"]),
    ("La hausse des prix de l'énergie pèse sur les ménages.", ["la-hausse-"]),
    ("Les habitants du logement ont très vite pris connaissance du sinistre.", ["les-habitants-"]),
    ("Selon les habitants, la situation est calme.", ["les-habitants-"]),
    ("Le gouvernement a annoncé de nouvelles mesures samedi.", ["le-gouvernement-"]),
    ("Selon un communiqué du gouvernement, trois personnes ont été arrêtées.", ["du-gouvernement-"]),
    # upward / downward, « sa » before a vowel, the pronoun « en », a verb
    ("Le gouvernement a revu à la hausse ses prévisions de croissance.", ["la-hausse-", "une-hausse-"]),
    ("Les prévisions ont été revues à la baisse.", ["la-baisse-", "une-baisse-"]),
    ("L'entreprise a annoncé sa hausse de tarifs.", ["la-hausse-", "une-hausse-"]),
    ("Il en baisse le prix chaque année.", ["en-baisse-"]),
    # a count of inhabitants
    ("La commune compte des milliers d'habitants.", ["des-habitants-"]),
    # offices and other governments than the executive
    ("Le chef du gouvernement a présenté sa démission.", ["du-gouvernement-"]),
    ("Il a été nommé à la tête du gouvernement en juin.", ["du-gouvernement-"]),
    ("Le préfet a été nommé par le gouvernement fédéral.", ["le-gouvernement-"]),
    ("Elle a fait son entrée dans le gouvernement en 2017.", ["le-gouvernement-"]),
    ("Les membres du gouvernement devaient donner l'exemple.", ["du-gouvernement-"]),
]


# verbs and noun phrases: one test that each fires, one that each stays out where it must
@pytest.mark.parametrize("rule_id,sentence,expected", POSITIVE + NOUN_POSITIVE,
                         ids=[f"{p[0]}:{p[1][:30]}" for p in POSITIVE + NOUN_POSITIVE])
def test_swap_fires(nlp, rule_id, sentence, expected):
    got = restate_text(nlp, sentence)
    assert any(r.text == expected and rule_id in _rules(r.rule) for r in got), [(r.rule, r.text) for r in got]


@pytest.mark.parametrize("sentence,prefixes", NEGATIVE + NOUN_NEGATIVE,
                         ids=[n[0][:40] for n in NEGATIVE + NOUN_NEGATIVE])
def test_swap_does_not_fire(nlp, sentence, prefixes):
    for r in restate_text(nlp, sentence):
        for rid in _rules(r.rule):
            assert not any(rid.startswith(p) for p in prefixes), (r.rule, r.text)


def test_en_baisse_is_no_verb(nlp):
    """« en baisse » is a noun: the verb swap « baisser -> diminuer » must not turn it into « en diminue »."""
    for r in restate_text(nlp, "Le nombre de chômeurs est en baisse depuis trois mois."):
        assert "en diminue" not in r.text, (r.rule, r.text)


def test_no_causal_connector_or_face_a_swap():
    """« parce que / puisque » -> « car » and « face à » -> « devant » break coordinations
    (« car il neigeait et qu'il faisait froid », « devant la recrudescence et au risque »): kept out of the lexicon."""
    lex = load_lexicon()
    sources = {sw.source for sw in lex.swaps if sw.kind == "phrase"}
    assert not sources & {"parce que", "parce qu'", "puisque", "puisqu'", "face à", "face au", "face aux"}

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
    # « être tenté de » is to be tempted, not to try: « est cherchée à démissionner » (found by the lexicon helper)
    ("La ministre est tentée de démissionner après ce revers.", ["tenter-"]),
    ("Il a été tenté de tout abandonner.", ["tenter-"]),
    # statistics show, they do not speak (La Presse de Tunisie: « les récentes statistiques font savoir que … »)
    ("En dépit des acquis législatifs accomplis par la Tunisie, les récentes statistiques indiquent que le classement "
     "de notre pays est au-dessous de la moyenne mondiale.", ["indiquer-"]),
    ("Le rapport indique que la Tunisie a reculé.", ["indiquer-"]),
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


def _batch_rules(start: str, end: str | None = None) -> set[str]:
    """The rule ids of one batch of the lexicon file, from its header comment to the next one's."""
    import sys
    from importlib import resources

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    text = resources.files("local_seo").joinpath("resources/fr_lexicon.toml").read_text("utf-8")
    batch = tomllib.loads(text[text.index(start):text.index(end) if end else None])
    return {e["id"] for kind in ("phrase", "swap") for e in batch.get(kind, [])}


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
    assert not sources & {"parce que", "parce qu'", "face à", "face au", "face aux"}
    # « puisque » -> « étant donné que » (fifth batch) keeps its « que »: « étant donné qu'il neigeait et qu'il
    # faisait froid » reads right; a target without it (« car ») stays out
    for sw in lex.swaps:
        if sw.kind == "phrase" and sw.source in ("puisque", "puisqu'"):
            assert sw.target.endswith(("que", "qu'")), sw.id


# ---- third batch: general news vocabulary (verbs, pronominal verbs, connectors, nouns) -----------------------

NEWS_POSITIVE = [
    ("obliger-contraindre-obligés", "Des milliers d'habitants sont obligés de quitter leur maison.",
     "Des milliers d'habitants sont contraints de quitter leur maison."),
    ("forcer-contraindre-forcés", "Les riverains ont été forcés d'évacuer leur logement.",
     "Les riverains ont été contraints d'évacuer leur logement."),
    ("contraint-oblige-part", "Le maire, contraint de démissionner, a quitté ses fonctions.",
     "Le maire, obligé de démissionner, a quitté ses fonctions."),
    ("contraint-oblige-part", "La tempête a contraint les habitants à rester chez eux.",
     "La tempête a obligé les habitants à rester chez eux."),
    ("contraints-obliges", "Les habitants sont contraints de fuir les flammes.",
     "Les habitants sont obligés de fuir les flammes."),
    ("ravager-devaster", "L'incendie a ravagé plus de 300 hectares de forêt.",
     "L'incendie a dévasté plus de 300 hectares de forêt."),
    ("devaster-ravager", "Le cyclone a dévasté la côte est de l'île.", "Le cyclone a ravagé la côte est de l'île."),
    ("regresser-reculer", "La France a régressé à la 15e place du classement.",
     "La France a reculé à la 15e place du classement."),
    ("detecter-deceler", "Des traces de pesticides ont été détectées dans l'eau du robinet.",
     "Des traces de pesticides ont été décelées dans l'eau du robinet."),
    ("rejeter-repousser", "Les députés ont rejeté la proposition du gouvernement.",
     "Les députés ont repoussé la proposition du gouvernement."),
    ("regagner-rejoindre", "Les habitants ont pu regagner leur domicile dans la soirée.",
     "Les habitants ont pu rejoindre leur domicile dans la soirée."),
    ("endommager-deteriorer", "Plusieurs toitures ont été endommagées par la grêle.",
     "Plusieurs toitures ont été détériorées par la grêle."),
    ("frapper-toucher", "La sécheresse frappe durement la région depuis le printemps.",
     "La sécheresse touche durement la région depuis le printemps."),
    ("reporter-repousser", "Le match a été reporté à cause de la neige.", "Le match a été repoussé à cause de la neige."),
    ("arreter-interpeller", "Un suspect a été arrêté mardi par la police.", "Un suspect a été interpellé mardi par la police."),
    ("interpeller-arreter", "Un homme a été interpellé samedi à Lyon.", "Un homme a été arrêté samedi à Lyon."),
    ("deceder-mourir", "La victime est décédée à l'hôpital dans la nuit.", "La victime est morte à l'hôpital dans la nuit."),
    ("transporter-conduire", "Le blessé a été transporté à l'hôpital de Nantes.",
     "Le blessé a été conduit à l'hôpital de Nantes."),
    ("poursuivre-continuer", "Les enquêteurs poursuivent leurs investigations pour déterminer les causes du drame.",
     "Les enquêteurs continuent leurs investigations pour déterminer les causes du drame."),
    ("continuer-poursuivre", "Les syndicats continuent la grève malgré les annonces.",
     "Les syndicats poursuivent la grève malgré les annonces."),
    ("exiger-reclamer", "Les manifestants exigent la démission du ministre.",
     "Les manifestants réclament la démission du ministre."),
    ("reclamer-exiger", "Les habitants réclament l'ouverture d'une enquête.",
     "Les habitants exigent l'ouverture d'une enquête."),
    ("demarrer-debuter", "Les travaux démarreront au printemps.", "Les travaux débuteront au printemps."),
    ("enregistrer-recenser", "Le département a enregistré 12 nouveaux cas cette semaine.",
     "Le département a recensé 12 nouveaux cas cette semaine."),
    ("recenser-denombrer", "Les secours ont recensé trois victimes.", "Les secours ont dénombré trois victimes."),
    ("progresser-avancer", "Le feu progresse vers les habitations.", "Le feu avance vers les habitations."),
    ("retrouver-decouvrir", "Le corps de la victime a été retrouvé dans la rivière.",
     "Le corps de la victime a été découvert dans la rivière."),
    ("percuter-heurter", "La voiture a percuté un arbre.", "La voiture a heurté un arbre."),
    ("remporter-gagner", "Le PSG a remporté le match face à Lyon.", "Le PSG a gagné le match face à Lyon."),
    ("faire-savoir-indiquer", "Le ministre a fait savoir qu'il ne démissionnerait pas.",
     "Le ministre a indiqué qu'il ne démissionnerait pas."),
    ("representer-constituer", "Ce projet représente un défi majeur pour la commune.",
     "Ce projet constitue un défi majeur pour la commune."),
    ("mettre-en-place-instaurer", "La mairie a mis en place un dispositif d'accueil.",
     "La mairie a instauré un dispositif d'accueil."),
    ("s-est-declare-eclater", "Le feu qui s'est déclaré dans la nuit a détruit deux maisons.",
     "Le feu qui a éclaté dans la nuit a détruit deux maisons."),
    ("s-est-deroulee-tenir", "La cérémonie s'est déroulée en présence du préfet.",
     "La cérémonie s'est tenue en présence du préfet."),
    ("s-acheve-terminer", "Le festival s'achève dimanche soir.", "Le festival se termine dimanche soir."),
    ("se-sont-rendus-aller", "Les pompiers se sont rendus sur place en quelques minutes.",
     "Les pompiers sont allés sur place en quelques minutes."),
    ("est-partie-en-fumee-bruler", "La grange est partie en fumée en quelques minutes.",
     "La grange a brûlé en quelques minutes."),
    ("a-ete-la-cible-objet", "L'ambassade a été la cible d'une attaque.", "L'ambassade a fait l'objet d'une attaque."),
    ("fermé-au-public", "Le sentier est fermé au public depuis mercredi.", "Le sentier est interdit au public depuis mercredi."),
    ("prendre-en-consideration", "Il faut prendre en considération ces résultats.", "Il faut prendre en compte ces résultats."),
    ("augmenter-accroitre", "Le gouvernement veut augmenter le nombre de places en crèche.",
     "Le gouvernement veut accroître le nombre de places en crèche."),
    ("reduire-diminuer", "La ville veut réduire les émissions de CO2.", "La ville veut diminuer les émissions de CO2."),
    ("A-quelques-jours-de-l", "A quelques jours de l'élection, les sondages se resserrent.",
     "Quelques jours avant l'élection, les sondages se resserrent."),
    ("a-l-instar-des", "L'hôpital, à l'instar des autres établissements, manque de masques.",
     "L'hôpital, comme les autres établissements, manque de masques."),
    ("dans-le-but-d", "Le projet vise à former des jeunes dans le but d'améliorer leur employabilité.",
     "Le projet vise à former des jeunes afin d'améliorer leur employabilité."),
    ("a-mesure-que", "La colère monte à mesure que les prix augmentent.",
     "La colère monte au fur et à mesure que les prix augmentent."),
    ("avant-cela", "Avant cela, il avait travaillé dix ans à Paris.", "Auparavant, il avait travaillé dix ans à Paris."),
    ("en-pleine-nuit", "Le feu s'est déclaré en pleine nuit dans un entrepôt.",
     "Le feu s'est déclaré au milieu de la nuit dans un entrepôt."),
    ("tres-vite", "Les secours sont arrivés très vite.", "Les secours sont arrivés très rapidement."),
    ("de-nombreux", "De nombreux spectateurs ont quitté le stade.", "Beaucoup de spectateurs ont quitté le stade."),
    ("alors-que", "Il est parti alors que la réunion n'était pas terminée.",
     "Il est parti tandis que la réunion n'était pas terminée."),
    ("jusqu-alors", "La ville était jusqu'alors épargnée par les inondations.",
     "La ville était jusque-là épargnée par les inondations."),
    ("tout-de-meme", "Il a tout de même été élu.", "Il a malgré tout été élu."),
    ("de-meme", "De même, le maire a annoncé la fermeture de la piscine.",
     "De la même façon, le maire a annoncé la fermeture de la piscine."),
    ("par-precaution", "Par précaution, les écoles resteront fermées lundi.",
     "Par mesure de précaution, les écoles resteront fermées lundi."),
    ("en-compagnie-de", "Il était en compagnie de sa femme au moment des faits.",
     "Il était avec sa femme au moment des faits."),
    ("dans-les-prochaines-heures", "De fortes pluies sont attendues dans les prochaines heures.",
     "De fortes pluies sont attendues dans les heures à venir."),
    ("ces-derniers-jours", "Ces derniers jours, la situation s'est dégradée.",
     "Ces jours derniers, la situation s'est dégradée."),
    ("pour-l-instant", "Pour l'instant, aucune piste n'est écartée.", "Pour le moment, aucune piste n'est écartée."),
    ("tout-d-abord", "Tout d'abord, les secours ont évacué les habitants.",
     "En premier lieu, les secours ont évacué les habitants."),
    ("de-plus", "De plus, le maire a promis des aides.", "En outre, le maire a promis des aides."),
    ("de-maniere", "Les résultats seront publiés de manière anonyme.", "Les résultats seront publiés de façon anonyme."),
    ("aux-abords", "Des barrières ont été installées aux abords du stade.",
     "Des barrières ont été installées autour du stade."),
    ("quant-au", "Quant au maire, il n'a pas souhaité s'exprimer.",
     "Pour ce qui est du maire, il n'a pas souhaité s'exprimer."),
    ("la-plupart-des", "La plupart des habitants ont été évacués.", "La majorité des habitants ont été évacués."),
    ("progressivement", "La situation s'améliore progressivement.", "La situation s'améliore peu à peu."),
    ("entierement", "La maison a été entièrement détruite.", "La maison a été complètement détruite."),
    ("en-fin-de-matinee", "Le feu a été maîtrisé en fin de matinée.", "Le feu a été maîtrisé à la fin de la matinée."),
    ("l-incendie-feu", "Les pompiers ont lutté contre la propagation de l'incendie.",
     "Les pompiers ont lutté contre la propagation du feu."),
    ("le-feu-incendie", "Les pompiers ont lutté contre le feu pendant six heures.",
     "Les pompiers ont lutté contre l’incendie pendant six heures."),
    ("en-augmentation-hausse", "Le prix de l'électricité est en augmentation.", "Le prix de l'électricité est en hausse."),
    ("l-augmentation-hausse", "Les syndicats dénoncent l'augmentation des loyers.",
     "Les syndicats dénoncent la hausse des loyers."),
    ("l-entreprise-societe", "Les élus ont validé le rachat de l'entreprise par un groupe chinois.",
     "Les élus ont validé le rachat de la société par un groupe chinois."),
    ("aux-salaries-employes", "La direction a annoncé aux salariés la fermeture du site.",
     "La direction a annoncé aux employés la fermeture du site."),
    ("le-chauffeur-conducteur", "Les policiers ont interrogé le chauffeur du bus.",
     "Les policiers ont interrogé le conducteur du bus."),
]

NEWS_NEGATIVE = [
    # a present « contraint » before « de nombreux » is no participle
    ("La crise contraint de nombreux commerçants à fermer.", ["contraint-"]),
    ("Le pilote a été contraint à l'abandon après une chute.", ["contraint-"]),
    ("Le passage obligé de la campagne est la télévision.", ["obliger-"]),
    ("Les voleurs ont forcé la porte du garage.", ["forcer-"]),
    ("Les radars ont détecté un drone au-dessus de la base.", ["detecter-"]),
    ("Le tribunal a rejeté le recours de l'association.", ["rejeter-"]),
    ("L'équipe a regagné du terrain au classement.", ["regagner-"]),
    ("Il a été frappé à coups de poing par deux individus.", ["frapper-"]),
    ("L'entreprise a été frappée d'une amende de 2 millions d'euros.", ["frapper-"]),
    ("Le conducteur a arrêté sa voiture sur le bas-côté.", ["arreter-"]),
    ("Les élus ont interpellé le gouvernement sur la fermeture de l'hôpital.", ["interpeller-"]),
    ("Le camion transportait des marchandises vers l'Espagne.", ["transporter-"]),
    ("Le parquet a décidé de poursuivre les auteurs des faits.", ["poursuivre-"]),
    ("La pluie continue de tomber sur la région.", ["continuer-"]),
    ("Le conducteur a démarré sa voiture.", ["demarrer-"]),
    ("Le chanteur a enregistré un nouvel album.", ["enregistrer-"]),
    ("Les ventes progressent de 3 % sur un an.", ["progresser-"]),
    ("L'enfant disparu a été retrouvé sain et sauf.", ["retrouver-"]),
    ("Il a remporté une victoire éclatante.", ["remporter-"]),
    ("Le député représente la circonscription depuis 2017.", ["representer-"]),
    ("Les agents ont mis en place des barrières autour du site.", ["mettre-en-place-"]),
    ("Il s'est déclaré favorable à la réforme.", ["s-est-declare-"]),
    ("L'attaque s'est déroulée en pleine nuit.", ["s-est-deroulee-"]),
    ("Le suspect s'est rendu à la police.", ["s-est-rendu-"]),
    ("Ses économies sont parties en fumée.", ["sont-parties-en-fumee-"]),
    ("Le quartier est la cible de l'armée.", ["est-la-cible-"]),
    ("Les prix augmentent depuis janvier.", ["augment"]),
    ("L'attaquant a réduit la marque à la 85e minute.", ["reduit-"]),
    ("Le village est à quelques jours de marche de la capitale.", ["a-quelques-", "A-quelques-"]),
    # « beaucoup de » would need an elision before a mute h; « à beaucoup de reprises » is no French
    ("Pour de nombreux habitants, la situation est intenable.", ["de-nombreux"]),
    ("Il a été averti à de nombreuses reprises.", ["de-nombreuses"]),
    ("Le ministre a été placé sous le feu des critiques.", ["le-feu-"]),
    ("Le conseil a voté une augmentation de capital.", ["une-augmentation-"]),
    ("Il se rend au travail au fur et à mesure que les commandes arrivent.", ["a-mesure-"]),
]


@pytest.mark.parametrize("rule_id,sentence,expected", NEWS_POSITIVE, ids=[f"{p[0]}:{p[1][:30]}" for p in NEWS_POSITIVE])
def test_news_swap_fires(nlp, rule_id, sentence, expected):
    got = restate_text(nlp, sentence)
    assert any(r.text == expected and rule_id in _rules(r.rule) for r in got), [(r.rule, r.text) for r in got]


@pytest.mark.parametrize("sentence,prefixes", NEWS_NEGATIVE, ids=[n[0][:40] for n in NEWS_NEGATIVE])
def test_news_swap_does_not_fire(nlp, sentence, prefixes):
    for r in restate_text(nlp, sentence):
        for rid in _rules(r.rule):
            assert not any(rid.startswith(p) for p in prefixes), (r.rule, r.text)


def test_news_verbs_keep_their_forms():
    lex = load_lexicon()
    irregular = {
        "contraindre": ("contraint", "contraignent", "contraignit", "contraignirent", "contraindra"),
        "mourir": ("meurt", "meurent", "mourut", "moururent", "mourra"),
        "poursuivre": ("poursuit", "poursuivent", "poursuivit", "poursuivirent", "poursuivra"),
        "rejoindre": ("rejoint", "rejoignent", "rejoignit", "rejoignirent", "rejoindra"),
        "decouvrir": ("découvre", "découvrent", "découvrit", "découvrirent", "découvrira"),
        "deceler": ("décèle", "décèlent", "décela", "décelèrent", "décèlera"),
        "rejeter": ("rejette", "rejettent", "rejeta", "rejetèrent", "rejettera"),
    }
    for vid, forms in irregular.items():
        v = lex.verbs[vid]
        assert (v.forms["pres_3s"], v.forms["pres_3p"], v.forms["ps_3s"], v.forms["ps_3p"], v.forms["fut_3s"]) == forms
    assert lex.verbs["deceder"].aux == lex.verbs["mourir"].aux == "être"


# ---- fourth batch: connectors, fixed phrases and verbs of news prose (207 sentences of 17 articles) -----------

LEX4_POSITIVE = [
    ("lorsque-quand", "Comment réagissent les pompiers lorsque des habitants refusent de quitter les lieux, malgré le danger?",
     "Comment réagissent les pompiers quand des habitants refusent de quitter les lieux, malgré le danger?"),
    ("lorsqu-quand", "Le haut-commissaire sait entretenir ses rapports, même lorsqu'il n'est pas apprécié.",
     "Le haut-commissaire sait entretenir ses rapports, même quand il n'est pas apprécié."),
    ("en-revanche", "En revanche, le procureur militaire a demandé le renvoi du procès.",
     "Par contre, le procureur militaire a demandé le renvoi du procès."),
    ("a-condition-que", "Les factions n'attaqueront plus l'ambassade à condition que les États-Unis annoncent le retrait "
     "de leurs troupes.", "Les factions n'attaqueront plus l'ambassade sous réserve que les États-Unis annoncent le "
     "retrait de leurs troupes."),
    ("a-condition-qu", "Le syndicat lèvera le préavis à condition qu'un accord soit signé.",
     "Le syndicat lèvera le préavis sous réserve qu'un accord soit signé."),
    ("par-le-passe", "Il avait déjà montré son rapport de force par le passé en sachant s'imposer.",
     "Il avait déjà montré son rapport de force dans le passé en sachant s'imposer."),
    ("juste-avant", "Juste avant la mi-temps, Granit Xhaka a ajouté un magnifique coup franc.",
     "Peu avant la mi-temps, Granit Xhaka a ajouté un magnifique coup franc."),
    ("quelque-peu", "Le couple et les trois enfants étaient quelque peu choqués.",
     "Le couple et les trois enfants étaient un peu choqués."),
    ("tres-rapidement", "Laurent a dû quitter sa maison très rapidement.", "Laurent a dû quitter sa maison très vite."),
    ("coute-que-coute", "Jean-Paul Delevoye porte ce projet coûte que coûte.",
     "Jean-Paul Delevoye porte ce projet à tout prix."),
    ("pour-memoire", "Pour mémoire, l'Office fédéral de l'agriculture a banni en juin 12 pesticides.",
     "Pour rappel, l'Office fédéral de l'agriculture a banni en juin 12 pesticides."),
    ("pour-l-heure", "Pour l'heure, aucune piste n'est écartée.", "Pour l'instant, aucune piste n'est écartée."),
    ("dans-l-immediat", "Aucune réouverture n'est prévue dans l'immédiat.", "Aucune réouverture n'est prévue pour l'instant."),
    ("a-ce-stade", "Les causes de l'incendie restent inconnues à ce stade.",
     "Les causes de l'incendie restent inconnues pour l'instant."),
    ("A-ce-stade", "A ce stade, aucune piste n'est privilégiée.", "Pour l'instant, aucune piste n'est privilégiée."),
    ("grievement", "Le conducteur a été grièvement blessé dans l'accident.",
     "Le conducteur a été gravement blessé dans l'accident."),
    ("serieusement-gravement-next", "Deux maisons ont été sérieusement endommagées par la tempête.",
     "Deux maisons ont été gravement endommagées par la tempête."),
    ("serieusement-gravement-prev", "Toutefois, le feu est parvenu à détériorer sérieusement l’habitat de la maison.",
     "Toutefois, le feu est parvenu à détériorer gravement l’habitat de la maison."),
    ("pratiquement", "Pratiquement toutes les communes du Plateau sont concernées.",
     "Quasiment toutes les communes du Plateau sont concernées."),
    ("finalement", "Les factions pro-Iran avaient finalement annoncé une trêve.",
     "Les factions pro-Iran avaient en fin de compte annoncé une trêve."),
    ("initialement-prevu", "Le match initialement prévu samedi a été reporté.",
     "Le match prévu au départ samedi a été reporté."),
    ("initialement-prevue", "La réunion initialement prévue lundi aura lieu mardi.",
     "La réunion prévue au départ lundi aura lieu mardi."),
    ("initialement-prevus", "Les travaux initialement prévus en mars commenceront en juin.",
     "Les travaux prévus au départ en mars commenceront en juin."),
    ("initialement-prevues", "Les élections initialement prévues en mai ont été repoussées.",
     "Les élections prévues au départ en mai ont été repoussées."),
    ("initialement", "Le ministre avait initialement annoncé sa démission.",
     "Le ministre avait au départ annoncé sa démission."),
    ("particulierement-en-particulier", "Les intempéries ont accéléré l’érosion, particulièrement sur la pointe sud de "
     "la presqu’île.", "Les intempéries ont accéléré l’érosion, en particulier sur la pointe sud de la presqu’île."),
    ("tout-comme", "Willian est à l'isolement, tout comme le défenseur Gabriel.",
     "Willian est à l'isolement, de même que le défenseur Gabriel."),
    ("toujours-en-encore", "L'enquête est toujours en cours.", "L'enquête est encore en cours."),
    ("toujours-lutter-encore", "Les pompiers luttent toujours contre des reprises de feu.",
     "Les pompiers luttent encore contre des reprises de feu."),
    ("toujours-attendre-encore", "L'OSTA attend toujours des détails de la part des conseils scolaires.",
     "L'OSTA attend encore des détails de la part des conseils scolaires."),
    ("pres-des", "Trois roquettes ont atterri près des bâtiments de l'ambassade.",
     "Trois roquettes ont atterri à proximité des bâtiments de l'ambassade."),
    ("en-lien-avec", "Les Suisses pourraient se prononcer sur deux initiatives en lien avec la qualité de l'eau.",
     "Les Suisses pourraient se prononcer sur deux initiatives en rapport avec la qualité de l'eau."),
    ("en-quete-du", "Les enquêteurs sont en quête du moindre indice.",
     "Les enquêteurs sont à la recherche du moindre indice."),
    ("en-quete-des", "Les secouristes sont partis en quête des randonneurs disparus.",
     "Les secouristes sont partis à la recherche des randonneurs disparus."),
    ("en-quete-de", "Le maire s'est mis en quête de logements pour les sinistrés.",
     "Le maire s'est mis à la recherche de logements pour les sinistrés."),
    ("en-quete-d", "Le maire se mettait alors en quête d'un logement pour la famille.",
     "Le maire se mettait alors à la recherche d'un logement pour la famille."),
    ("au-profit-du", "Le concert est organisé au profit du centre hospitalier.",
     "Le concert est organisé en faveur du centre hospitalier."),
    ("au-profit-des", "Une collecte a été lancée au profit des sinistrés.",
     "Une collecte a été lancée en faveur des sinistrés."),
    ("au-profit-de", "La loi a introduit des acquis au profit de la femme.",
     "La loi a introduit des acquis en faveur de la femme."),
    ("au-profit-d", "Une soirée a été organisée au profit d'une association locale.",
     "Une soirée a été organisée en faveur d'une association locale."),
    ("conformement-au", "Le préfet a agi conformément au code de l'environnement.",
     "Le préfet a agi en conformité avec le code de l'environnement."),
    ("conformement-aux", "Les travaux ont été réalisés conformément aux normes en vigueur.",
     "Les travaux ont été réalisés en conformité avec les normes en vigueur."),
    ("conformement-a", "La Tunisie s’est engagée à garantir l’égalité conformément à la Constitution de 2014.",
     "La Tunisie s’est engagée à garantir l’égalité en conformité avec la Constitution de 2014."),
    ("a-l-aide-du", "Les pompiers ont évacué les habitants à l'aide du camion-échelle.",
     "Les pompiers ont évacué les habitants au moyen du camion-échelle."),
    ("a-l-aide-des", "Les voleurs ont été identifiés à l'aide des caméras de surveillance.",
     "Les voleurs ont été identifiés au moyen des caméras de surveillance."),
    ("a-l-aide-de", "Le suspect a été localisé à l'aide de la géolocalisation de son téléphone.",
     "Le suspect a été localisé au moyen de la géolocalisation de son téléphone."),
    ("a-l-aide-d", "Le véhicule a été dégagé à l'aide d'une grue.", "Le véhicule a été dégagé au moyen d'une grue."),
    ("aux-alentours-du", "Des coups de feu ont été entendus aux alentours du stade.",
     "Des coups de feu ont été entendus autour du stade."),
    ("aux-alentours-des", "Les habitants ont été évacués aux alentours des lieux de l'explosion.",
     "Les habitants ont été évacués autour des lieux de l'explosion."),
    ("aux-alentours-de", "L'accident s'est produit aux alentours de 20 heures.",
     "L'accident s'est produit autour de 20 heures."),
    ("aux-alentours-d", "Le feu a pris aux alentours d'une heure du matin.",
     "Le feu a pris autour d'une heure du matin."),
    ("en-vue-de-inf", "Le maire a rencontré les riverains en vue de préparer la rentrée.",
     "Le maire a rencontré les riverains afin de préparer la rentrée."),
    ("en-vue-d-inf", "Les syndicats se réunissent en vue d'organiser une nouvelle grève.",
     "Les syndicats se réunissent afin d'organiser une nouvelle grève."),
    ("dans-le-sillage-du", "Dans le sillage du Premier ministre, plusieurs ministres ont pris la parole.",
     "À la suite du Premier ministre, plusieurs ministres ont pris la parole."),
    ("dans-le-sillage-des", "Dans le sillage des orages, des coulées de boue ont envahi la route.",
     "À la suite des orages, des coulées de boue ont envahi la route."),
    ("dans-le-sillage-de", "Dans le sillage de la tempête Ciaran, de fortes rafales de vent sont attendues sur la "
     "Nouvelle-Aquitaine.", "À la suite de la tempête Ciaran, de fortes rafales de vent sont attendues sur la "
     "Nouvelle-Aquitaine."),
    ("dans-le-sillage-d", "Dans le sillage d'une année record, le tourisme progresse encore.",
     "À la suite d'une année record, le tourisme progresse encore."),
    ("au-lieu-de-inf", "Les élèves resteront à la maison au lieu de prendre l'autobus.",
     "Les élèves resteront à la maison plutôt que de prendre l'autobus."),
    ("au-lieu-d-inf", "La mairie a préféré fermer la piscine au lieu d'engager des travaux.",
     "La mairie a préféré fermer la piscine plutôt que d'engager des travaux."),
    ("au-lieu-du", "Les élèves auront un repas froid au lieu du menu habituel.",
     "Les élèves auront un repas froid à la place du menu habituel."),
    ("au-lieu-des", "La commune a planté des chênes au lieu des platanes abattus.",
     "La commune a planté des chênes à la place des platanes abattus."),
    ("au-lieu-de", "Le club a choisi un entraîneur français au lieu de l'ancien sélectionneur.",
     "Le club a choisi un entraîneur français à la place de l'ancien sélectionneur."),
    ("au-lieu-d", "Les enquêteurs ont retrouvé une arme factice au lieu d'un pistolet.",
     "Les enquêteurs ont retrouvé une arme factice à la place d'un pistolet."),
    ("au-bout-d-temps", "Les pompiers ont circonscrit le feu au bout d’une demi-heure d’intervention.",
     "Les pompiers ont circonscrit le feu après une demi-heure d’intervention."),
    ("au-bout-de-temps", "Le suspect a été relâché au bout de quelques heures.",
     "Le suspect a été relâché après quelques heures."),
    ("dans-le-cadre-d-une-lors", "Le Premier ministre s'est exprimé sur l'incident dans le cadre d'une conférence de "
     "presse.", "Le Premier ministre s'est exprimé sur l'incident lors d'une conférence de presse."),
    ("dans-le-cadre-de-la-lors", "Le ministre s'est exprimé dans le cadre de la réunion annuelle des maires.",
     "Le ministre s'est exprimé lors de la réunion annuelle des maires."),
    ("dans-le-cadre-du-lors", "Le président a présenté ce plan dans le cadre du sommet européen.",
     "Le président a présenté ce plan lors du sommet européen."),
    ("dans-le-cadre-de-l-contexte", "Les hôpitaux manquent de matériel de protection dans le cadre de l’épidémie de "
     "COVID-19.", "Les hôpitaux manquent de matériel de protection dans le contexte de l’épidémie de COVID-19."),
    ("dans-le-cadre-de-la-contexte", "Les écoles ont fermé dans le cadre de la pandémie.",
     "Les écoles ont fermé dans le contexte de la pandémie."),
    ("au-terme-du", "Au terme du procès, l'accusé a été condamné à dix ans de prison.",
     "À l'issue du procès, l'accusé a été condamné à dix ans de prison."),
    ("au-terme-des", "Au terme des négociations, un accord a été trouvé.",
     "À l’issue des négociations, un accord a été trouvé."),
    ("au-terme-de", "Le suspect a été libéré au terme de sa garde à vue.",
     "Le suspect a été libéré à l’issue de sa garde à vue."),
    ("au-terme-d", "Le texte a été adopté au terme d'un long débat.", "Le texte a été adopté à l'issue d'un long débat."),
    ("relatif-au", "Le rapport relatif au climat sera publié lundi.", "Le rapport portant sur le climat sera publié lundi."),
    ("relatif-aux", "Le décret relatif aux transports scolaires est paru.",
     "Le décret portant sur les transports scolaires est paru."),
    ("relatif-a", "Selon le rapport annuel du Forum économique mondial, relatif à l’égalité homme-femme, la Tunisie "
     "est classée en bas de l’échelle.", "Selon le rapport annuel du Forum économique mondial, portant sur l’égalité "
     "homme-femme, la Tunisie est classée en bas de l’échelle."),
    ("relative-au", "La décision relative au stationnement a été annulée.",
     "La décision portant sur le stationnement a été annulée."),
    ("relative-aux", "Une réunion relative aux inondations a eu lieu en préfecture.",
     "Une réunion portant sur les inondations a eu lieu en préfecture."),
    ("relative-a", "Le gouvernement doit activer les dispositions de la loi relative à la lutte contre la discrimination.",
     "Le gouvernement doit activer les dispositions de la loi portant sur la lutte contre la discrimination."),
    ("relatifs-au", "Les documents relatifs au projet ont été transmis au juge.",
     "Les documents portant sur le projet ont été transmis au juge."),
    ("relatifs-aux", "Les chiffres relatifs aux accidents de la route ont été publiés.",
     "Les chiffres portant sur les accidents de la route ont été publiés."),
    ("relatifs-a", "Les débats relatifs à la réforme ont duré trois jours.",
     "Les débats portant sur la réforme ont duré trois jours."),
    ("relatives-au", "Les informations relatives au suspect ont été diffusées.",
     "Les informations portant sur le suspect ont été diffusées."),
    ("relatives-aux", "Les règles relatives aux rassemblements ont été assouplies.",
     "Les règles portant sur les rassemblements ont été assouplies."),
    ("relatives-a", "Les questions relatives à la sécurité seront abordées mardi.",
     "Les questions portant sur la sécurité seront abordées mardi."),
    ("a-l-egard-des", "Elle dénonce la violence à l'égard des femmes.", "Elle dénonce la violence envers les femmes."),
    ("a-l-egard-du", "Les habitants expriment leur méfiance à l'égard du projet.",
     "Les habitants expriment leur méfiance envers le projet."),
    ("a-l-egard-de", "Le ministre a fait preuve de fermeté à l'égard de la Russie.",
     "Le ministre a fait preuve de fermeté envers la Russie."),
    ("a-l-egard-d", "L'association dénonce l'hostilité à l'égard d'une partie de la population.",
     "L'association dénonce l'hostilité envers une partie de la population."),
    ("vis-a-vis-des", "Pour Jan Hamáček, cette attitude est méprisante vis-à-vis des milliers de personnes en première "
     "ligne.", "Pour Jan Hamáček, cette attitude est méprisante envers les milliers de personnes en première ligne."),
    ("vis-a-vis-du", "Les élus affichent leur défiance vis-à-vis du gouvernement.",
     "Les élus affichent leur défiance envers le gouvernement."),
    ("vis-a-vis-de", "Le club s'est montré sévère vis-à-vis de son entraîneur.",
     "Le club s'est montré sévère envers son entraîneur."),
    ("vis-a-vis-d", "Les supporters ont fait preuve d'hostilité vis-à-vis d'un joueur adverse.",
     "Les supporters ont fait preuve d'hostilité envers un joueur adverse."),
    ("des-annee-a-partir", "Le chlorothalonil sera interdit dès 2020 en Suisse.",
     "Le chlorothalonil sera interdit à partir de 2020 en Suisse."),
    ("des-le-date-a-partir", "L'OFAG interdit leur utilisation dès le 1er janvier 2020.",
     "L'OFAG interdit leur utilisation à partir du 1er janvier 2020."),
    ("des-jour-a-partir", "Les écoles rouvriront dès lundi.", "Les écoles rouvriront à partir de lundi."),
    ("avec-effet-immediat", "L'OFAG retire les autorisations de vente des produits avec effet immédiat.",
     "L'OFAG retire les autorisations de vente des produits à effet immédiat."),
    ("de-haut-hauteur", "Elle peut atteindre jusqu’à 20 mètres de haut.",
     "Elle peut atteindre jusqu’à 20 mètres de hauteur."),
    ("de-long-longueur", "Un bouchon de dix kilomètres de long s'est formé sur l'autoroute.",
     "Un bouchon de dix kilomètres de longueur s'est formé sur l'autoroute."),
    ("de-large-largeur", "La brèche mesure trois mètres de large.", "La brèche mesure trois mètres de largeur."),
    ("a-flanc-de-falaise", "Le sentier de la Corniche, à flanc de falaise, est fermé au public.",
     "Le sentier de la Corniche, sur le flanc de la falaise, est fermé au public."),
    ("a-flanc-de-colline", "Le feu a atteint un hameau construit à flanc de colline.",
     "Le feu a atteint un hameau construit sur le flanc de la colline."),
    ("a-flanc-de-montagne", "La route à flanc de montagne a été coupée par un éboulement.",
     "La route sur le flanc de la montagne a été coupée par un éboulement."),
    ("a-flanc-de-coteau", "Les vignes plantées à flanc de coteau ont souffert du gel.",
     "Les vignes plantées sur le flanc du coteau ont souffert du gel."),
    ("il-est-necessaire-de", "Pour les pompiers, il est nécessaire de débroussailler autour des maisons.",
     "Pour les pompiers, il faut débroussailler autour des maisons."),
    ("il-est-necessaire-d", "Il est nécessaire d'agir pour réduire leur présence dans les eaux souterraines.",
     "Il faut agir pour réduire leur présence dans les eaux souterraines."),
    ("il-est-necessaire-que", "Il est nécessaire que les habitants restent chez eux.",
     "Il faut que les habitants restent chez eux."),
    ("il-est-necessaire-qu", "Il est nécessaire qu'un médecin examine la victime.",
     "Il faut qu'un médecin examine la victime."),
    ("il-etait-necessaire-de", "Selon le maire, il était nécessaire de fermer la route.",
     "Selon le maire, il fallait fermer la route."),
    ("il-etait-necessaire-d", "Il était nécessaire d'évacuer le quartier.", "Il fallait évacuer le quartier."),
    ("il-etait-necessaire-que", "Il était nécessaire que la police intervienne.", "Il fallait que la police intervienne."),
    ("il-etait-necessaire-qu", "Il était nécessaire qu'une enquête soit ouverte.", "Il fallait qu'une enquête soit ouverte."),
    ("il-sera-necessaire-de", "Il sera nécessaire de reconstruire le pont.", "Il faudra reconstruire le pont."),
    ("il-sera-necessaire-d", "Il sera nécessaire d'attendre les résultats de l'autopsie.",
     "Il faudra attendre les résultats de l'autopsie."),
    ("il-sera-necessaire-que", "Il sera nécessaire que chaque commune adopte un plan.",
     "Il faudra que chaque commune adopte un plan."),
    ("il-sera-necessaire-qu", "Il sera nécessaire qu'un nouveau scrutin soit organisé.",
     "Il faudra qu'un nouveau scrutin soit organisé."),
    ("cela-veut-dire", "Cela veut dire que certains élèves n'iront pas à l'école.",
     "Cela signifie que certains élèves n'iront pas à l'école."),
    ("cela-voulait-dire", "Pour les familles, cela voulait dire des semaines sans électricité.",
     "Pour les familles, cela signifiait des semaines sans électricité."),
    ("ca-veut-dire", "Moins d'élèves, ça veut dire moins d'autobus.", "Moins d'élèves, ça signifie moins d'autobus."),
    ("ca-voulait-dire", "Pour lui, ça voulait dire quitter la région.", "Pour lui, ça signifiait quitter la région."),
    ("ce-qui-veut-dire", "La route est coupée, ce qui veut dire que le village est isolé.",
     "La route est coupée, ce qui signifie que le village est isolé."),
    ("ce-qui-voulait-dire", "Le pont s'était effondré, ce qui voulait dire un détour de vingt kilomètres.",
     "Le pont s'était effondré, ce qui signifiait un détour de vingt kilomètres."),
    ("tout-ce-qui-est-en-son-pouvoir", "Le porte-parole a appelé le gouvernement à faire tout ce qui est en son "
     "pouvoir pour protéger le personnel.", "Le porte-parole a appelé le gouvernement à faire tout son possible "
     "pour protéger le personnel."),
    ("tout-ce-qui-est-en-leur-pouvoir", "Les secours ont fait tout ce qui est en leur pouvoir pour sauver la victime.",
     "Les secours ont fait tout leur possible pour sauver la victime."),
    ("faire-des-economies", "La commune doit faire des économies.", "La commune doit économiser."),
    ("font-des-economies", "Les ménages font des économies sur le chauffage.", "Les ménages économisent sur le chauffage."),
    ("faisant-des-economies", "La ville a réduit son déficit en faisant des économies.",
     "La ville a réduit son déficit en économisant."),
    ("fait-des-economies-part", "Le département a fait des économies en 2022.", "Le département a économisé en 2022."),
    ("fait-des-economies-pres", "La mairie fait des économies sur l'éclairage public.",
     "La mairie économise sur l'éclairage public."),
    ("fait-partie-des", "Cabanac-et-Villagrains fait partie des 15 communes qui ont dû être évacuées dans le sud de la "
     "Gironde.", "Cabanac-et-Villagrains figure parmi les 15 communes qui ont dû être évacuées dans le sud de la "
     "Gironde."),
    ("fait-part-partie-des", "Le joueur a fait partie des meilleurs buteurs du championnat.",
     "Le joueur a figuré parmi les meilleurs buteurs du championnat."),
    ("font-partie-des", "Ces deux communes font partie des plus touchées.",
     "Ces deux communes figurent parmi les plus touchées."),
    ("faisait-partie-des", "La victime faisait partie des passagers du bus.",
     "La victime figurait parmi les passagers du bus."),
    ("faisaient-partie-des", "Les deux suspects faisaient partie des manifestants.",
     "Les deux suspects figuraient parmi les manifestants."),
    ("fera-partie-des", "Lyon fera partie des villes étapes du Tour de France.",
     "Lyon figurera parmi les villes étapes du Tour de France."),
    ("feront-partie-des", "Ces mesures feront partie des priorités du gouvernement.",
     "Ces mesures figureront parmi les priorités du gouvernement."),
    ("faire-partie-des", "Le club espère faire partie des qualifiés.", "Le club espère figurer parmi les qualifiés."),
    ("faisant-partie-des", "Les élèves faisant partie des classes concernées resteront chez eux.",
     "Les élèves figurant parmi les classes concernées resteront chez eux."),
    ("ordonne-part-ordre", "Soudani a ordonné aux agences de sécurité d'arrêter les auteurs de ces actes.",
     "Soudani a donné l'ordre aux agences de sécurité d'arrêter les auteurs de ces actes."),
    ("ordonne-ordre", "Le préfet ordonne aux habitants de quitter leur domicile d'urgence.",
     "Le préfet donne l'ordre aux habitants de quitter leur domicile d'urgence."),
    ("ordonnent-ordre", "Les autorités ordonnent à la population de rester à l'abri.",
     "Les autorités donnent l'ordre à la population de rester à l'abri."),
    ("ordonnait-ordre", "Le juge ordonnait au témoin d'attendre.", "Le juge donnait l'ordre au témoin d'attendre."),
    ("ordonnaient-ordre", "Les soldats ordonnaient aux civils de s'éloigner.",
     "Les soldats donnaient l'ordre aux civils de s'éloigner."),
    ("ordonna-ordre", "Le général ordonna aux troupes de se replier vers l'est.",
     "Le général donna l'ordre aux troupes de se replier vers l'est."),
    ("ordonnerent-ordre", "Les officiers ordonnèrent aux soldats d'avancer.",
     "Les officiers donnèrent l'ordre aux soldats d'avancer."),
    ("ordonnera-ordre", "Le tribunal ordonnera à l'entreprise de rembourser les clients.",
     "Le tribunal donnera l'ordre à l'entreprise de rembourser les clients."),
    ("ordonneront-ordre", "Les juges ordonneront à la société d'indemniser les victimes.",
     "Les juges donneront l'ordre à la société d'indemniser les victimes."),
    ("ordonner-ordre", "Le maire a décidé d'ordonner aux commerçants de fermer.",
     "Le maire a décidé de donner l'ordre aux commerçants de fermer."),
    ("ordonnant-ordre", "Le préfet a pris un arrêté ordonnant aux habitants d'évacuer.",
     "Le préfet a pris un arrêté donnant l'ordre aux habitants d'évacuer."),
    ("se-reveler-averer", "Les évacuations d'urgence peuvent parfois se révéler compliquées.",
     "Les évacuations d'urgence peuvent parfois s'avérer compliquées."),
    ("se-reveler-averer-adv", "Les évacuations d'urgence peuvent parfois se révéler plus compliquées que prévu.",
     "Les évacuations d'urgence peuvent parfois s'avérer plus compliquées que prévu."),
    ("se-revele-averer-adv", "La situation de l'usine se révèle plus grave que prévu.",
     "La situation de l'usine s'avère plus grave que prévu."),
    ("se-revelent-averer-adv", "Les dégâts se révèlent moins importants qu'annoncé.",
     "Les dégâts s'avèrent moins importants qu'annoncé."),
    ("s-est-revele-averer-adv", "Le choix de l'entraîneur s'est révélé particulièrement payant.",
     "Le choix de l'entraîneur s'est avéré particulièrement payant."),
    ("s-est-revelee-averer-adv", "L'opération s'est révélée extrêmement délicate.",
     "L'opération s'est avérée extrêmement délicate."),
    ("se-sont-reveles-averer-adv", "Les secours se sont révélés trop lents, selon les riverains.",
     "Les secours se sont avérés trop lents, selon les riverains."),
    ("se-sont-revelees-averer-adv", "Les prévisions se sont révélées largement optimistes, d'après l'Insee.",
     "Les prévisions se sont avérées largement optimistes, d'après l'Insee."),
    ("se-revele-averer", "La situation de l'usine se révèle grave.", "La situation de l'usine s'avère grave."),
    ("se-revelent-averer", "Les dégâts se révèlent considérables dans l'ensemble du quartier.",
     "Les dégâts s'avèrent considérables dans l'ensemble du quartier."),
    ("se-revelait-averer", "Le témoignage se révélait fragile aux yeux de l'enquêteur.",
     "Le témoignage s'avérait fragile aux yeux de l'enquêteur."),
    ("se-revelaient-averer", "Les mesures se révélaient insuffisantes face à l'épidémie.",
     "Les mesures s'avéraient insuffisantes face à l'épidémie."),
    ("se-revelera-averer", "La saison se révélera difficile pour l'équipe.", "La saison s'avérera difficile pour l'équipe."),
    ("se-reveleront-averer", "Ces travaux se révéleront indispensables à l'avenir.",
     "Ces travaux s'avéreront indispensables à l'avenir."),
    ("se-revelant-averer", "Le diagnostic, se révélant exact, a permis d'agir vite.",
     "Le diagnostic, s'avérant exact, a permis d'agir vite."),
    ("s-est-revele-averer", "Le choix de l'entraîneur s'est révélé payant.", "Le choix de l'entraîneur s'est avéré payant."),
    ("s-est-revelee-averer", "L'information s'est révélée fausse.", "L'information s'est avérée fausse."),
    ("se-sont-reveles-averer", "Les tests se sont révélés négatifs, selon l'hôpital.",
     "Les tests se sont avérés négatifs, selon l'hôpital."),
    ("se-sont-revelees-averer", "Les prévisions se sont révélées fausses, d'après l'Insee.",
     "Les prévisions se sont avérées fausses, d'après l'Insee."),
    ("s-etait-revele-averer", "Le remède s'était révélé inefficace.", "Le remède s'était avéré inefficace."),
    ("s-etait-revelee-averer", "La piste s'était révélée infructueuse.", "La piste s'était avérée infructueuse."),
    ("s-etaient-reveles-averer", "Les sondages s'étaient révélés faux.", "Les sondages s'étaient avérés faux."),
    ("s-etaient-revelees-averer", "Les négociations s'étaient révélées difficiles.",
     "Les négociations s'étaient avérées difficiles."),
    ("sont-ressenties-sentir", "Quelques semaines avant le premier anniversaire de l’attaque de drone américain, le "
     "3 janvier 2019, de fortes tensions sont ressenties.", "Quelques semaines avant le premier anniversaire de "
     "l’attaque de drone américain, le 3 janvier 2019, de fortes tensions se font sentir."),
    ("sont-ressentis-sentir", "Les effets de la crise sont ressentis dans tout le pays.",
     "Les effets de la crise se font sentir dans tout le pays."),
    ("est-ressentie-sentir", "La secousse est ressentie jusqu'à Nice.", "La secousse se fait sentir jusqu'à Nice."),
    ("est-ressenti-sentir", "Le séisme est ressenti dans toute la région.",
     "Le séisme se fait sentir dans toute la région."),
    ("ont-ete-ressenties-sentir", "Plusieurs secousses ont été ressenties dans la nuit.",
     "Plusieurs secousses se sont fait sentir dans la nuit."),
    ("ont-ete-ressentis-sentir", "Les effets de la sécheresse ont été ressentis dans toute l'Europe.",
     "Les effets de la sécheresse se sont fait sentir dans toute l'Europe."),
    ("a-ete-ressentie-sentir", "Une secousse a été ressentie jusqu'à Grenoble.",
     "Une secousse s'est fait sentir jusqu'à Grenoble."),
    ("a-ete-ressenti-sentir", "Le séisme a été ressenti jusqu'à Lyon.", "Le séisme s'est fait sentir jusqu'à Lyon."),
    ("attendu-prevu-meteo", "Un épisode de grêle est attendu jeudi dans l'Ain.",
     "Un épisode de grêle est prévu jeudi dans l'Ain."),
    ("attendue-prevu-meteo", "Une houle allant jusqu’à sept mètres est attendue ce vendredi sur le littoral basque.",
     "Une houle allant jusqu’à sept mètres est prévue ce vendredi sur le littoral basque."),
    ("attendus-prevu-meteo", "De violents orages sont attendus dans l'après-midi.",
     "De violents orages sont prévus dans l'après-midi."),
    ("attendues-prevu-meteo", "De fortes rafales de vent sont attendues sur la Nouvelle-Aquitaine.",
     "De fortes rafales de vent sont prévues sur la Nouvelle-Aquitaine."),
    ("menace-en-danger", "Le hameau est menacé, selon les pompiers.", "Le hameau est en danger, selon les pompiers."),
    ("menacee-en-danger", "Un peu plus loin, le maire vient soutenir un habitant, sa maison est menacée.",
     "Un peu plus loin, le maire vient soutenir un habitant, sa maison est en danger."),
    ("menaces-en-danger", "Plusieurs villages sont menacés et les habitants ont été évacués.",
     "Plusieurs villages sont en danger et les habitants ont été évacués."),
    ("menacees-en-danger", "Une dizaine de maisons étaient menacées et 54 habitants ont dû être évacués.",
     "Une dizaine de maisons étaient en danger et 54 habitants ont dû être évacués."),
    ("a-trouve-la-mort-perir", "Un motard a trouvé la mort samedi sur la RN 7.", "Un motard a péri samedi sur la RN 7."),
    ("ont-trouve-la-mort-perir", "Trois personnes ont trouvé la mort dans l'incendie.",
     "Trois personnes ont péri dans l'incendie."),
    ("avait-trouve-la-mort-perir", "Un randonneur avait trouvé la mort au même endroit en 2019.",
     "Un randonneur avait péri au même endroit en 2019."),
    ("avaient-trouve-la-mort-perir", "Deux alpinistes avaient trouvé la mort dans une avalanche.",
     "Deux alpinistes avaient péri dans une avalanche."),
    ("trouve-la-mort-perir", "Chaque année, un cycliste trouve la mort sur cette route.",
     "Chaque année, un cycliste périt sur cette route."),
    ("trouvent-la-mort-perir", "Des milliers de migrants trouvent la mort en Méditerranée.",
     "Des milliers de migrants périssent en Méditerranée."),
    ("trouver-la-mort-perir", "Le pilote est le troisième à trouver la mort sur ce circuit.",
     "Le pilote est le troisième à périr sur ce circuit."),
    ("porte-part-plainte-deposer", "La victime a porté plainte au commissariat.",
     "La victime a déposé plainte au commissariat."),
    ("porter-plainte-deposer", "La famille a décidé de porter plainte.", "La famille a décidé de déposer plainte."),
    ("porte-plainte-deposer", "L'association porte plainte contre les auteurs.",
     "L'association dépose plainte contre les auteurs."),
    ("portent-plainte-deposer", "Les riverains portent plainte pour nuisances sonores.",
     "Les riverains déposent plainte pour nuisances sonores."),
    ("portait-plainte-deposer", "Le lendemain, elle portait plainte pour agression.",
     "Le lendemain, elle déposait plainte pour agression."),
    ("portera-plainte-deposer", "La mairie portera plainte contre les auteurs des dégradations.",
     "La mairie déposera plainte contre les auteurs des dégradations."),
    ("porteront-plainte-deposer", "Les parents porteront plainte contre l'établissement.",
     "Les parents déposeront plainte contre l'établissement."),
    ("contrevenant-aux-enfreindre", "Le ministre s'était excusé pour cette réunion contrevenant aux mesures sanitaires "
     "en vigueur.", "Le ministre s'était excusé pour cette réunion enfreignant les mesures sanitaires en vigueur."),
    ("contrevenant-au-enfreindre", "Les commerces contrevenant au couvre-feu seront fermés.",
     "Les commerces enfreignant le couvre-feu seront fermés."),
    ("contrevenant-a-enfreindre", "Les automobilistes contrevenant à la réglementation seront verbalisés.",
     "Les automobilistes enfreignant la réglementation seront verbalisés."),
    ("contrevient-aux-enfreindre", "Ce rassemblement contrevient aux règles sanitaires.",
     "Ce rassemblement enfreint les règles sanitaires."),
    ("contrevient-au-enfreindre", "Le projet contrevient au plan local d'urbanisme.",
     "Le projet enfreint le plan local d'urbanisme."),
    ("contrevient-a-enfreindre", "Cette décision contrevient à la loi.", "Cette décision enfreint la loi."),
    ("contreviennent-aux-enfreindre", "Ces pratiques contreviennent aux règles de la concurrence.",
     "Ces pratiques enfreignent les règles de la concurrence."),
    ("contreviennent-a-enfreindre", "Ces arrêtés contreviennent à la Constitution.",
     "Ces arrêtés enfreignent la Constitution."),
    ("glisse-a-la-reculer", "Chelsea glisse à la 6e place du classement.", "Chelsea recule à la 6e place du classement."),
    ("glissent-a-la-reculer", "Leurs voisins du sud londonien glissent à la 6e place à 6 points de Liverpool.",
     "Leurs voisins du sud londonien reculent à la 6e place à 6 points de Liverpool."),
    ("glisse-part-a-la-reculer", "Le club a glissé à la dixième place du classement.",
     "Le club a reculé à la dixième place du classement."),
    ("glisse-au-reculer", "La France glisse au 15e rang mondial.", "La France recule au 15e rang mondial."),
    ("glissent-au-reculer", "Les Bleus glissent au cinquième rang du classement FIFA.",
     "Les Bleus reculent au cinquième rang du classement FIFA."),
    ("logement-provisoire", "Le maire cherchait un logement provisoire pour la famille sinistrée.",
     "Le maire cherchait un logement temporaire pour la famille sinistrée."),
    ("logements-provisoires", "La commune a installé des logements provisoires pour les sinistrés.",
     "La commune a installé des logements temporaires pour les sinistrés."),
    ("hebergement-provisoire", "Les évacués ont trouvé un hébergement provisoire dans un gymnase.",
     "Les évacués ont trouvé un hébergement temporaire dans un gymnase."),
    ("fermeture-provisoire", "Le préfet a décidé la fermeture provisoire de l'établissement.",
     "Le préfet a décidé la fermeture temporaire de l'établissement."),
    ("relogement-provisoire", "La mairie organise le relogement provisoire des locataires.",
     "La mairie organise le relogement temporaire des locataires."),
    ("specifiquement-expressement", "Il n’a pas fait spécifiquement référence à l’attaque de vendredi.",
     "Il n’a pas fait expressément référence à l’attaque de vendredi."),
    ("specifiquement-specialement", "Ce centre a été conçu spécifiquement pour les enfants autistes.",
     "Ce centre a été conçu spécialement pour les enfants autistes."),
    ("fortement-vivement", "Il est fortement déconseillé de se rendre en forêt.",
     "Il est vivement déconseillé de se rendre en forêt."),
    ("au-moment-ou-nous", "Au moment où nous mettons en ligne cette dépêche, l’affaire est suspendue.",
     "À l’heure où nous mettons en ligne cette dépêche, l’affaire est suspendue."),
    ("a-l-heure-ou", "À l'heure où les prix flambent, les ménages réduisent leurs dépenses.",
     "Au moment où les prix flambent, les ménages réduisent leurs dépenses."),
    ("a-proximite-immediate-du", "Le colis suspect a été découvert à proximité immédiate du stade.",
     "Le colis suspect a été découvert tout près du stade."),
    ("a-proximite-immediate-des", "Les flammes sont arrivées à proximité immédiate des habitations.",
     "Les flammes sont arrivées tout près des habitations."),
    ("a-proximite-immediate-de", "Un obus a explosé à proximité immédiate de la mission diplomatique.",
     "Un obus a explosé tout près de la mission diplomatique."),
    ("a-proximite-immediate-d", "Le camion s'est immobilisé à proximité immédiate d'une école.",
     "Le camion s'est immobilisé tout près d'une école."),
    ("dans-les-plus-brefs-delais", "La route sera rouverte dans les plus brefs délais.",
     "La route sera rouverte au plus vite."),
    ("dans-la-mesure-du-possible", "Les habitants sont invités à limiter leurs déplacements dans la mesure du possible.",
     "Les habitants sont invités à limiter leurs déplacements autant que possible."),
    ("en-urgence", "La victime a été hospitalisée en urgence à l'hôpital de Nantes.",
     "La victime a été hospitalisée d'urgence à l'hôpital de Nantes."),
    ("a-titre-preventif", "Les écoles resteront fermées à titre préventif.", "Les écoles resteront fermées par précaution."),
    ("a-titre-de-precaution", "Le quartier a été évacué à titre de précaution.", "Le quartier a été évacué par précaution."),
    ("par-mesure-de-precaution", "Willian et David Luiz sont à l'isolement par mesure de précaution.",
     "Willian et David Luiz sont à l'isolement par précaution."),
    ("a-maintes-reprises", "Le suspect avait été condamné à maintes reprises.",
     "Le suspect avait été condamné à de nombreuses reprises."),
    ("au-prealable", "Les participants devront s'inscrire au préalable.",
     "Les participants devront s'inscrire auparavant."),
    ("sur-le-champ", "Le ministre a été limogé sur-le-champ.", "Le ministre a été limogé immédiatement."),
    ("a-l-interieur-de-la", "Deux personnes se trouvaient à l'intérieur de la maison.",
     "Deux personnes se trouvaient dans la maison."),
    ("a-l-interieur-du", "Les secours ont retrouvé le chauffeur à l'intérieur du véhicule.",
     "Les secours ont retrouvé le chauffeur dans le véhicule."),
    ("a-l-interieur-des", "Aucun blessé n'est à déplorer à l'intérieur des bâtiments.",
     "Aucun blessé n'est à déplorer dans les bâtiments."),
    ("a-l-interieur-de-l", "Le feu a pris à l'intérieur de l'entrepôt.", "Le feu a pris dans l'entrepôt."),
    ("a-l-exterieur-de-la", "Le camp a été installé à l'extérieur de la ville.", "Le camp a été installé hors de la ville."),
    ("a-l-exterieur-du", "Les supporters ont été maintenus à l'extérieur du stade.",
     "Les supporters ont été maintenus hors du stade."),
    ("a-l-exterieur-des", "Les enfants jouaient à l'extérieur des bâtiments.", "Les enfants jouaient hors des bâtiments."),
    ("a-l-exterieur-de-l", "Les journalistes sont restés à l'extérieur de l'enceinte.",
     "Les journalistes sont restés hors de l'enceinte."),
    ("pour-sa-part", "Pour sa part, le maire a promis des aides.", "De son côté, le maire a promis des aides."),
    ("pour-leur-part", "Pour leur part, les syndicats dénoncent un recul.",
     "De leur côté, les syndicats dénoncent un recul."),
    ("eu-recours-recourir", "La police a eu recours à des gaz lacrymogènes.",
     "La police a recouru à des gaz lacrymogènes."),
    ("avoir-recours-recourir", "L'hôpital envisage d'avoir recours à des intérimaires.",
     "L'hôpital envisage de recourir à des intérimaires."),
    ("a-recours-recourir", "Le gouvernement a recours à l'article 49.3.", "Le gouvernement recourt à l'article 49.3."),
    ("ont-recours-recourir", "De plus en plus de ménages ont recours aux banques alimentaires.",
     "De plus en plus de ménages recourent aux banques alimentaires."),
    ("avait-recours-recourir", "L'entreprise avait recours à des sous-traitants.",
     "L'entreprise recourait à des sous-traitants."),
    ("avaient-recours-recourir", "Les agriculteurs avaient recours au glyphosate.",
     "Les agriculteurs recouraient au glyphosate."),
    ("aura-recours-recourir", "La ville aura recours à un prestataire privé.", "La ville recourra à un prestataire privé."),
    ("auront-recours-recourir", "Les hôpitaux auront recours à la réserve sanitaire.",
     "Les hôpitaux recourront à la réserve sanitaire."),
    ("ayant-recours-recourir", "Les patients ayant recours aux urgences attendent plusieurs heures.",
     "Les patients recourant aux urgences attendent plusieurs heures."),
    ("se-rendre-compte-apercevoir", "Il lui a fallu du temps pour se rendre compte de la gravité de la situation.",
     "Il lui a fallu du temps pour s’apercevoir de la gravité de la situation."),
    ("se-rend-compte-apercevoir", "Le conducteur se rend compte qu'il a perdu ses freins.",
     "Le conducteur s'aperçoit qu'il a perdu ses freins."),
    ("se-rendent-compte-apercevoir", "Les habitants se rendent compte de l'ampleur des dégâts.",
     "Les habitants s'aperçoivent de l'ampleur des dégâts."),
    ("se-rendait-compte-apercevoir", "Personne ne se rendait compte du danger qu'il courait.",
     "Personne ne s'apercevait du danger qu'il courait."),
    ("se-rendaient-compte-apercevoir", "Les passagers de l'avion ne se rendaient compte de rien.",
     "Les passagers de l'avion ne s'apercevaient de rien."),
    ("se-rendra-compte-apercevoir", "Le public se rendra compte de l'importance de ce vote.",
     "Le public s'apercevra de l'importance de ce vote."),
    ("se-rendront-compte-apercevoir", "Les électeurs se rendront compte qu'ils ont été trompés.",
     "Les électeurs s'apercevront qu'ils ont été trompés."),
    ("a-l-echelle-nationale", "Le chômage a reculé à l'échelle nationale.", "Le chômage a reculé au niveau national."),
    ("a-l-echelle-locale", "Les décisions seront prises à l'échelle locale.", "Les décisions seront prises au niveau local."),
    ("a-l-echelle-regionale", "Le plan sera appliqué à l'échelle régionale.", "Le plan sera appliqué au niveau régional."),
    ("a-l-echelle-europeenne", "Une réponse coordonnée est espérée à l'échelle européenne.",
     "Une réponse coordonnée est espérée au niveau européen."),
    ("a-l-echelle-mondiale", "Les émissions de CO2 ont augmenté à l'échelle mondiale.",
     "Les émissions de CO2 ont augmenté au niveau mondial."),
    ("a-l-echelle-internationale", "L'affaire a eu un retentissement à l'échelle internationale.",
     "L'affaire a eu un retentissement au niveau international."),
    ("a-l-echelle-departementale", "Les chiffres sont publiés à l'échelle départementale.",
     "Les chiffres sont publiés au niveau départemental."),
    ("au-fil-des", "Au fil des années, le village s'est vidé de ses habitants.",
     "Au cours des années, le village s'est vidé de ses habitants."),
    ("bien-que", "Il a terminé la course, bien que blessé.", "Il a terminé la course, quoique blessé."),
    ("bien-qu", "Le maire a maintenu le marché, bien qu'il pleuve.", "Le maire a maintenu le marché, quoiqu'il pleuve."),
    ("des-lors-que", "L'aide est versée dès lors que le dossier est complet.",
     "L'aide est versée à partir du moment où le dossier est complet."),
    ("des-lors-qu", "La sanction s'applique dès lors qu'un salarié est absent sans motif.",
     "La sanction s'applique à partir du moment où un salarié est absent sans motif."),
    ("etant-donne-que", "Le match est annulé, étant donné que le terrain est impraticable.",
     "Le match est annulé, puisque le terrain est impraticable."),
    ("etant-donne-qu", "Les cours auront lieu à distance, étant donné qu'il n'y a plus de chauffage.",
     "Les cours auront lieu à distance, puisqu'il n'y a plus de chauffage."),
    ("essayer-tenter", "Ce n’est pas une année où on essaie de trouver des gains d’efficacité.",
     "Ce n’est pas une année où on tente de trouver des gains d’efficacité."),
    ("patir-souffrir", "Sur le Bassin d’Arcachon, les ostréiculteurs ont déjà pâti de la tempête Céline.",
     "Sur le Bassin d’Arcachon, les ostréiculteurs ont déjà souffert de la tempête Céline."),
    ("realiser-effectuer", "Le premier avait réalisé une parade exceptionnelle devant Rashford à l'heure de jeu.",
     "Le premier avait effectué une parade exceptionnelle devant Rashford à l'heure de jeu."),
    ("assurer-garantir", "Assurer l’égalité des chances dans les hauts postes.",
     "Garantir l’égalité des chances dans les hauts postes."),
    ("attribuer-imputer", "L'attaque a été attribuée à un groupe de milices chiites.",
     "L'attaque a été imputée à un groupe de milices chiites."),
    ("attribuer-assigner", "L'OSTA attend des détails avant d’attribuer les itinéraires à ses chauffeurs.",
     "L'OSTA attend des détails avant d’assigner les itinéraires à ses chauffeurs."),
    ("eviter-empecher", "Au prix d’un effort collectif, ils ont ainsi évité la propagation aux maisons voisines.",
     "Au prix d’un effort collectif, ils ont ainsi empêché la propagation aux maisons voisines."),
    ("entamer-commencer", "Les syndicats ont entamé des négociations avec la direction.",
     "Les syndicats ont commencé des négociations avec la direction."),
    ("achever-terminer", "Les travaux seront achevés en juin.", "Les travaux seront terminés en juin."),
    ("subir-essuyer", "Le PSG a subi une lourde défaite à Munich.", "Le PSG a essuyé une lourde défaite à Munich."),
    ("redouter-craindre", "Les agriculteurs redoutent une nouvelle sécheresse.",
     "Les agriculteurs craignent une nouvelle sécheresse."),
    ("franchir-depasser", "Le taux d'incidence a franchi le seuil d'alerte.",
     "Le taux d'incidence a dépassé le seuil d'alerte."),
    ("grimper-augmenter", "Les prix de l'énergie ont grimpé de 20 % en un an.",
     "Les prix de l'énergie ont augmenté de 20 % en un an."),
]

# (source sentence, rule-id prefixes that must not fire on it)
LEX4_NEGATIVE = [
    ("Il est parti juste avant de recevoir l'appel.", ["juste-avant"]),
    ("On se retrouve pour l'heure du déjeuner.", ["pour-l-heure"]),
    ("Le pays a été reconstruit dans l'immédiat après-guerre.", ["dans-l-immediat"]),
    ("À ce stade de la compétition, tout est possible.", ["a-ce-stade", "A-ce-stade"]),
    ("L'élève travaille sérieusement pour ses examens.", ["serieusement-"]),
    ("Le ministre envisage sérieusement de démissionner.", ["serieusement-"]),
    ("Pratiquement, cela signifie que les bus rouleront moins.", ["pratiquement"]),
    # a number keeps its qualifier words; « initialement » after a noun is left alone
    ("Le commerçant réclame 140 millions au lieu des 165 millions initialement signalés.", ["initialement", "au-lieu-"]),
    ("Selon l'OMS, il est particulièrement toxique pour les poissons.", ["particulierement-"]),
    # « toujours » = always
    ("Il n'est pas toujours apprécié par ses collègues.", ["toujours-"]),
    ("Il attend toujours le dernier moment pour réviser.", ["toujours-"]),
    ("Il travaille toujours en équipe avec son frère.", ["toujours-"]),
    ("Le feu s'est déclaré très près des habitations.", ["pres-des"]),
    ("Le candidat a obtenu près des deux tiers des voix.", ["pres-des"]),
    ("L'association travaille en lien avec la mairie.", ["en-lien-avec"]),
    ("Un dispositif a été mis en place en lien avec la préfecture.", ["en-lien-avec"]),
    ("Le maire se mettait alors en quête de trouver un logement.", ["en-quete-"]),
    ("Les pompiers sont venus à l'aide des habitants.", ["a-l-aide-"]),
    ("L'Union européenne est venue à l'aide de l'Ukraine.", ["a-l-aide-"]),
    ("La victime a appelé à l'aide de toutes ses forces.", ["a-l-aide-"]),
    ("L'équipe se prépare en vue de la finale.", ["en-vue-"]),
    ("Les invités se sont rendus au lieu de la cérémonie.", ["au-lieu-"]),
    ("Les participants se retrouvent au lieu de rendez-vous.", ["au-lieu-"]),
    ("Le restaurant se trouve au bout de la rue.", ["au-bout-"]),
    ("Le suspect a été relâché au bout de 20 minutes.", ["au-bout-"]),
    ("Les Houthis ont tiré sur des navires dans le cadre d'une campagne militaire.", ["dans-le-cadre-"]),
    ("Ce retrait est réalisé dans le cadre du programme de réexamen des produits.", ["dans-le-cadre-"]),
    ("Le maire est arrivé au terme de son mandat.", ["au-terme-"]),
    ("Ce succès est relatif à la faiblesse des adversaires.", ["relati"]),
    ("Le gouvernement a pris des mesures à l'égard des migrants.", ["a-l-egard-"]),
    ("L'hôtel se trouve en vis-à-vis de l'église.", ["vis-a-vis-"]),
    # « dès » = as soon as
    ("Il a été arrêté dès son arrivée à l'aéroport.", ["des-annee", "des-le-date", "des-jour"]),
    ("Dès 2015, il avait alerté les autorités sur ce risque.", ["des-annee"]),
    ("La situation s'est révélée plus grave que prévu dès lundi.", ["des-jour"]),
    ("Dès que la pluie a cessé, les secours sont intervenus.", ["des-annee", "des-le-date", "des-jour"]),
    ("Dès lors, la situation s'est dégradée.", ["des-lors", "des-annee", "des-jour"]),
    ("Le ministre regarde de haut ses adversaires.", ["de-haut-"]),
    ("Il n'est pas nécessaire de réserver.", ["il-est-necessaire"]),
    ("Il veut dire au revoir à ses supporters.", ["cela-veut", "ca-veut", "ce-qui-veut"]),
    ("Les ménages veulent faire des économies d'énergie.", ["faire-des-economies"]),
    ("La ville a fait des économies substantielles.", ["fait-des-economies"]),
    ("Le vieux maire fait partie des meubles.", ["fait-partie-des"]),
    ("Le juge a ordonné la libération du suspect.", ["ordonne"]),
    ("Le juge a ordonné à son tour la remise en liberté du suspect.", ["ordonne"]),
    ("L'évacuation a été ordonnée par le préfet.", ["ordonne"]),
    ("Le chanteur s'est révélé au grand public en 2010.", ["s-est-revele"]),
    ("Le secret se révèle aujourd'hui au grand jour.", ["se-revele"]),
    ("Le chanteur s'est révélé très tôt sur scène.", ["s-est-revele"]),
    ("Le jeune attaquant s'est révélé lors de la Coupe du monde.", ["s-est-revele"]),
    ("Le groupe s'est révélé grâce à un tube en 2015.", ["s-est-revele"]),
    ("Les effets de la crise sont ressentis par les ménages.", ["sont-ressentis"]),
    ("Le président est attendu à Lyon jeudi.", ["attendu-"]),
    ("Des milliers de spectateurs sont attendus au stade.", ["attendus-"]),
    ("De fortes pluies sont attendues par les agriculteurs.", ["attendues-"]),
    ("Le journaliste est menacé de mort.", ["menace-"]),
    ("Cette espèce d'oiseau est menacée.", ["menacee-"]),
    ("La maison, menacée par les flammes, a été évacuée.", ["menacee-"]),
    ("Le client a glissé à la sortie du magasin.", ["glisse-"]),
    ("Le bateau glisse au fil de l'eau.", ["glisse-", "au-fil-des"]),
    ("Il essaie une nouvelle voiture électrique.", ["essayer-"]),
    ("Il assure que l'égalité sera respectée.", ["assurer-garantir"]),
    ("L'adjoint a assuré l'intérim pendant trois mois.", ["assurer-garantir"]),
    ("Le jury a attribué le prix à la réalisatrice.", ["attribuer-"]),
    ("L'entreprise a réalisé une belle opération financière.", ["realiser-effectuer"]),
    ("L'équipe a perdu sa place au profit de Lyon.", ["au-profit-"]),
    ("Il a évité de répondre aux questions.", ["eviter-"]),
    ("Le conducteur a évité un cycliste de justesse.", ["eviter-"]),
    ("La polémique a entamé la confiance des électeurs.", ["entamer-"]),
    ("Le tireur a achevé le blessé.", ["achever-"]),
    ("Le patient a subi une opération du genou.", ["subir-"]),
    ("Le coureur a franchi la ligne d'arrivée en tête.", ["franchir-"]),
    ("Le bilan a grimpé à douze morts.", ["grimper-"]),
    ("L'alpiniste a grimpé jusqu'au sommet.", ["grimper-"]),
    # « bien que » only after a comma: « il sait bien que », « tant bien que mal », « si bien que »
    ("Le maire sait bien que la situation est grave.", ["bien-qu"]),
    ("Ils ont avancé tant bien que mal.", ["bien-qu"]),
    ("Il pleuvait, si bien que le match a été reporté.", ["bien-qu"]),
    ("Les secours sont en urgence absolue.", ["en-urgence"]),
    ("Le service des urgences est en urgence.", ["en-urgence"]),
]


def test_lex4_verbs_keep_their_forms():
    lex = load_lexicon()
    irregular = {
        "essayer": ("essaie", "essaient", "essaya", "essayèrent", "essaiera"),
        "souffrir": ("souffre", "souffrent", "souffrit", "souffrirent", "souffrira"),
        "garantir": ("garantit", "garantissent", "garantit", "garantirent", "garantira"),
        "achever": ("achève", "achèvent", "acheva", "achevèrent", "achèvera"),
        "subir": ("subit", "subissent", "subit", "subirent", "subira"),
        "essuyer": ("essuie", "essuient", "essuya", "essuyèrent", "essuiera"),
        "craindre": ("craint", "craignent", "craignit", "craignirent", "craindra"),
        "franchir": ("franchit", "franchissent", "franchit", "franchirent", "franchira"),
    }
    for vid, forms in irregular.items():
        v = lex.verbs[vid]
        assert (v.forms["pres_3s"], v.forms["pres_3p"], v.forms["ps_3s"], v.forms["ps_3p"], v.forms["fut_3s"]) == forms
        assert v.aux == "avoir"
    # « pâtit » is present and passé simple alike: only the present is listed
    assert "ps_3s" not in lex.verbs["patir"].forms and lex.verbs["patir"].forms["pres_3s"] == "pâtit"
    assert lex.verbs["souffrir"].forms["pp_ms"] == "souffert"


# ---- fifth batch: connectors, fixed phrases and verbs of news prose (175 sentences of 17 articles) ------------

LEX5_POSITIVE = [
    ("a-l-occasion-d", "Il a rejeté cette éventualité à l'occasion d'une conférence de presse.",
     "Il a rejeté cette éventualité lors d'une conférence de presse."),
    ("a-l-occasion-des", "Le maire a pris la parole à l'occasion des vœux à la population.",
     "Le maire a pris la parole lors des vœux à la population."),
    ("puisque-etant-donne", "Le bus ne passera pas puisque la route est coupée.",
     "Le bus ne passera pas étant donné que la route est coupée."),
    ("puisqu-etant-donne",
     "Certains élèves n’auront pas besoin du transport scolaire puisqu’ils étudieront à distance.",
     "Certains élèves n’auront pas besoin du transport scolaire étant donné qu’ils étudieront à distance."),
    ("eu-la-possibilite-de-pu", "Les journalistes n'ont pas eu la possibilité de lui poser des questions.",
     "Les journalistes n'ont pas pu lui poser des questions."),
    ("eu-la-possibilite-d-pu", "Les habitants ont eu la possibilité d'emporter quelques affaires.",
     "Les habitants ont pu emporter quelques affaires."),
    ("sous-le-commandement-du",
     "Une vingtaine de pompiers sous le commandement du chef de groupe ont circonscrit le feu.",
     "Une vingtaine de pompiers sous les ordres du chef de groupe ont circonscrit le feu."),
    ("sous-le-commandement-des", "Les troupes sont placées sous le commandement des officiers français.",
     "Les troupes sont placées sous les ordres des officiers français."),
    ("sous-le-commandement-de", "Les sapeurs-pompiers sont intervenus sous le commandement de Djamel Belazreuk.",
     "Les sapeurs-pompiers sont intervenus sous les ordres de Djamel Belazreuk."),
    ("sous-le-commandement-d", "Les soldats ont agi sous le commandement d'un général américain.",
     "Les soldats ont agi sous les ordres d'un général américain."),
    ("le-jour-meme", "Le jour même, le ministre a annoncé le retrait de 500 soldats.",
     "Le même jour, le ministre a annoncé le retrait de 500 soldats."),
    ("sur-le-sol-national", "L'opération avait marqué le retour des soldats américains sur le sol irakien.",
     "L'opération avait marqué le retour des soldats américains sur le territoire irakien."),
    ("mise-en-liberte", "La défense a demandé à la victime de l’aider pour la mise en liberté de son client.",
     "La défense a demandé à la victime de l’aider pour la libération de son client."),
    ("rejeter-ecarter", "Il a rejeté cette éventualité en début d'après-midi.",
     "Il a écarté cette éventualité en début d'après-midi."),
    ("avertir-prevenir", "Une houle de sept mètres est attendue sur le littoral basque, avertit la préfecture.",
     "Une houle de sept mètres est attendue sur le littoral basque, prévient la préfecture."),
    ("fixe-etabli", "Le seuil fixé par la loi a été dépassé.", "Le seuil établi par la loi a été dépassé."),
    ("fixee-etablie", "La limite fixée en juin dernier par l'Office fédéral est dépassée dans quelques cas.",
     "La limite établie en juin dernier par l'Office fédéral est dépassée dans quelques cas."),
    ("fixes-etablis", "Les taux fixés par la banque centrale restent bas.",
     "Les taux établis par la banque centrale restent bas."),
    ("fixees-etablies", "On retrouve ces produits au-dessus des normes légales fixées pour les eaux de boisson.",
     "On retrouve ces produits au-dessus des normes légales établies pour les eaux de boisson."),
    ("toucher-percevoir", "Les agriculteurs ne pourront toucher de paiements directs qu'en respectant ces exigences.",
     "Les agriculteurs ne pourront percevoir de paiements directs qu'en respectant ces exigences."),
    ("touche-percoit", "Chaque famille touche une prime de rentrée en septembre.",
     "Chaque famille perçoit une prime de rentrée en septembre."),
    ("touchent-percoivent", "Les salariés touchent une indemnité de licenciement.",
     "Les salariés perçoivent une indemnité de licenciement."),
    ("touche-pp-percu", "Le joueur a touché une prime de victoire.", "Le joueur a perçu une prime de victoire."),
    ("a-la-condition-de",
     "Les agriculteurs ne pourront toucher ces aides qu'à la condition de respecter des exigences écologiques.",
     "Les agriculteurs ne pourront toucher ces aides que sous réserve de respecter des exigences écologiques."),
    ("a-la-condition-d", "Le prêt sera accordé à la condition d'investir dans la région.",
     "Le prêt sera accordé sous réserve d'investir dans la région."),
    ("a-la-condition-que", "Le syndicat lèvera le préavis à la condition que la direction ouvre des négociations.",
     "Le syndicat lèvera le préavis sous réserve que la direction ouvre des négociations."),
    ("a-la-condition-qu", "Le syndicat lèvera le préavis à la condition qu'un accord soit signé.",
     "Le syndicat lèvera le préavis sous réserve qu'un accord soit signé."),
    ("agiter-secouer", "Le Premier ministre doit discuter du scandale qui agite la scène politique tchèque.",
     "Le Premier ministre doit discuter du scandale qui secoue la scène politique tchèque."),
    ("rater-manquer", "Jorginho a raté un penalty en fin de match.", "Jorginho a manqué un penalty en fin de match."),
    ("reduire-la-marque", "Tammy Abraham a réduit la marque à la 85e minute.",
     "Tammy Abraham a réduit l’écart à la 85e minute."),
    ("laisse-filer", "Manchester United a laissé filer les trois points dans un match où il a mené deux fois.",
     "Manchester United a laissé échapper les trois points dans un match où il a mené deux fois."),
    ("laisser-filer", "L'équipe ne doit pas laisser filer cette victoire.",
     "L'équipe ne doit pas laisser échapper cette victoire."),
    ("laisse-filer-pres", "Le club laisse filer une belle occasion de revenir au classement.",
     "Le club laisse échapper une belle occasion de revenir au classement."),
    ("laissent-filer", "Les Bleus laissent filer la victoire dans les dernières minutes.",
     "Les Bleus laissent échapper la victoire dans les dernières minutes."),
    ("redresser-la-tete", "Arsenal a prouvé qu'il pouvait redresser la tête avec un succès probant.",
     "Arsenal a prouvé qu'il pouvait relever la tête avec un succès probant."),
    ("redresse-la-tete", "Après trois défaites, l'équipe redresse la tête face à Chelsea.",
     "Après trois défaites, l'équipe relève la tête face à Chelsea."),
    ("redressent-la-tete", "Les Gunners redressent la tête après un mois difficile.",
     "Les Gunners relèvent la tête après un mois difficile."),
    ("redresse-pp-la-tete", "Le club a redressé la tête en battant Chelsea.",
     "Le club a relevé la tête en battant Chelsea."),
    ("se-mordre-les-doigts", "Manchester United peut se mordre les doigts d'avoir laissé passer sa chance.",
     "Manchester United peut regretter d'avoir laissé passer sa chance."),
    ("se-mord-les-doigts", "L'entraîneur se mord les doigts de ne pas avoir fait tourner son effectif.",
     "L'entraîneur regrette de ne pas avoir fait tourner son effectif."),
    ("se-mordent-les-doigts", "Les dirigeants se mordent les doigts d'avoir vendu leur attaquant.",
     "Les dirigeants regrettent d'avoir vendu leur attaquant."),
    ("seconde-periode", "Aston Villa a joué toute la seconde période à dix.",
     "Aston Villa a joué toute la deuxième période à dix."),
    ("seconde-mi-temps", "Les Lyonnais ont dominé la seconde mi-temps.",
     "Les Lyonnais ont dominé la deuxième mi-temps."),
    ("inscrit-marquer-adv", "Fernandes a aussi inscrit le but du 2-1 à la 78e minute.",
     "Fernandes a aussi marqué le but du 2-1 à la 78e minute."),
    ("fournir-remettre", "Une vidéo fournie au ministère public comme preuve du vol devrait être projetée.",
     "Une vidéo remise au ministère public comme preuve du vol devrait être projetée."),
    ("projection-diffusion", "Les avocats du colonel se sont opposés sans succès à la projection de cette vidéo.",
     "Les avocats du colonel se sont opposés sans succès à la diffusion de cette vidéo."),
    ("mesures-en-vigueur", "Le restaurant aurait dû être fermé selon les mesures sanitaires en vigueur.",
     "Le restaurant aurait dû être fermé selon les mesures sanitaires en place."),
    ("de-son-cote", "De son côté, le général Frank McKenzie a annoncé que les États-Unis sont prêts à réagir.",
     "Pour sa part, le général Frank McKenzie a annoncé que les États-Unis sont prêts à réagir."),
    ("de-leur-cote", "Les syndicats, de leur côté, ont appelé à la grève.",
     "Les syndicats, pour leur part, ont appelé à la grève."),
    ("en-attendant-de", "La commune a fermé la plage en attendant de connaître les résultats des analyses.",
     "La commune a fermé la plage dans l’attente de connaître les résultats des analyses."),
    ("en-attendant-d-inf", "Les familles restent au gymnase en attendant d'obtenir un logement.",
     "Les familles restent au gymnase dans l'attente d'obtenir un logement."),
    ("en-attendant-d-en",
     "L'union a demandé de renoncer à ces pesticides en attendant d'en savoir plus sur leurs effets.",
     "L'union a demandé de renoncer à ces pesticides dans l'attente d'en savoir plus sur leurs effets."),
    ("un-peu-adj", "Bukayo Saka a trouvé la lucarne sur un centre-tir un peu heureux.",
     "Bukayo Saka a trouvé la lucarne sur un centre-tir quelque peu heureux."),
    ("cette-fois", "Le Portugais a réussi une déviation, concrétisée cette fois du plat du pied.",
     "Le Portugais a réussi une déviation, concrétisée cette fois-ci du plat du pied."),
    ("avec-malice", "Le penalty a été obtenu avec malice par Kieran Tierney.",
     "Le penalty a été obtenu malicieusement par Kieran Tierney."),
    ("exercer-ses-fonctions", "Le ministre ne pouvait donc plus exercer ses fonctions.",
     "Le ministre ne pouvait donc plus remplir ses fonctions."),
    ("exerce-ses-fonctions", "Le directeur exerce ses fonctions depuis 2015.",
     "Le directeur remplit ses fonctions depuis 2015."),
    ("s-est-mis-dans-la-poche",
     "Jean-Paul Delevoye s'est mis dans la poche le chef de l'État grâce à son expérience politique.",
     "Jean-Paul Delevoye a conquis le chef de l'État grâce à son expérience politique."),
    ("s-est-mise-dans-la-poche", "La candidate s'est mise dans la poche les électeurs du centre.",
     "La candidate a conquis les électeurs du centre."),
    ("s-etait-deroule-tenir", "Le sommet s'était déroulé sans incident à Bruxelles.",
     "Le sommet s'était tenu sans incident à Bruxelles."),
    ("s-etait-deroulee-tenir", "Il a souligné que la rencontre s'était déroulée dans les espaces privés du bâtiment.",
     "Il a souligné que la rencontre s'était tenue dans les espaces privés du bâtiment."),
    ("s-etaient-deroules-tenir", "Les débats s'étaient déroulés à huis clos.",
     "Les débats s'étaient tenus à huis clos."),
    ("s-etaient-deroulees-tenir", "Les négociations s'étaient déroulées dans le calme.",
     "Les négociations s'étaient tenues dans le calme."),
    ("en-deux-temps", "La réouverture des écoles se fera en deux temps.",
     "La réouverture des écoles se fera en deux étapes."),
    ("en-trois-temps", "Les 2 400 habitants ont été évacués en trois temps.",
     "Les 2 400 habitants ont été évacués en trois étapes."),
    ("en-plusieurs-temps", "Le chantier sera mené en plusieurs temps.", "Le chantier sera mené en plusieurs étapes."),
    ("il-faut-signaler", "Il faut signaler que le commerçant a revu sa version des faits.",
     "Il convient de signaler que le commerçant a revu sa version des faits."),
    ("en-milieu-d-apres-midi", "Des flammes se sont propagées dans une chambre hier en milieu d'après-midi.",
     "Des flammes se sont propagées dans une chambre hier au milieu de l'après-midi."),
    ("en-milieu-de-matinee", "L'alerte a été donnée en milieu de matinée.",
     "L'alerte a été donnée au milieu de la matinée."),
    ("en-milieu-de-journee", "Le trafic a repris en milieu de journée.", "Le trafic a repris au milieu de la journée."),
    ("en-milieu-de-soiree", "Les pompiers sont intervenus en milieu de soirée.",
     "Les pompiers sont intervenus au milieu de la soirée."),
    ("en-milieu-de-semaine", "La décision sera connue en milieu de semaine.",
     "La décision sera connue au milieu de la semaine."),
    ("en-milieu-de-mois", "Les salaires seront versés en milieu de mois.",
     "Les salaires seront versés au milieu du mois."),
]

# (source sentence, rule-id prefixes that must not fire on it)
LEX5_NEGATIVE = [
    # « eu la possibilité » before a noun; « le jour même de »; the ground itself; the participle « mise en liberté »
    ("Il a eu la possibilité d'un recours en appel.", ["eu-la-possibilite"]),
    ("Le jour même de son départ, il a démissionné.", ["le-jour-meme"]),
    ("Le corps a été retrouvé sur le sol mouillé de la cuisine.", ["sur-le-sol"]),
    ("La suspecte a été mise en liberté sous contrôle judiciaire.", ["mise-en-liberte"]),
    # a recourse is no eventuality; the referee books a player (no speech); a panel on a wall, a date
    ("Le tribunal a rejeté le recours de l'association.", ["rejeter-ecarter"]),
    ("L'arbitre a averti le joueur à la 30e minute.", ["avertir-"]),
    ("Le panneau fixé au mur est tombé.", ["fixe"]),
    ("La date fixée pour le vote est le 12 mars.", ["fixe"]),
    # « toucher » = affect: a definite or possessive determiner, a place hit by rockets
    ("La réforme touche les pensions des retraités.", ["toucher-percevoir", "touche-percoit", "touchent-percoivent"]),
    ("La crise touche leurs salaires depuis deux ans.", ["toucher-percevoir", "touche-percoit", "touchent-percoivent"]),
    ("Les roquettes ont touché des quartiers résidentiels.", ["touche-pp-percu"]),
    # brandish a threat; fail an exam; let spending rise; put a phone in one's pocket
    ("Le gouvernement agite la menace d'une dissolution.", ["agiter-"]),
    ("Il a raté son examen de conduite.", ["rater-"]),
    ("Le gouvernement a laissé filer les dépenses publiques.", ["laisse"]),
    ("Le voleur s'est mis dans la poche un téléphone volé.", ["s-est-mis"]),
    # « de son côté » = separately / on his own; « en attendant, » = meanwhile; « un peu » + noun or adverb
    ("Ils sont repartis chacun de son côté, sans un mot.", ["de-son-cote"]),
    ("Il travaille de son côté, loin du groupe.", ["de-son-cote"]),
    ("En attendant, les habitants restent dans le gymnase.", ["en-attendant"]),
    ("Arsenal s'est fait un peu peur en fin de match.", ["un-peu-adj"]),
    ("Il est arrivé un peu plus tard que prévu.", ["un-peu-adj"]),
    # already « -ci »; « il faut » + a need; a law in force, entering into force
    ("Cette fois-ci, le gardien a arrêté le tir.", ["cette-fois"]),
    ("Il faut agir afin de réduire leur présence dans les eaux.", ["il-faut-signaler"]),
    ("La loi en vigueur interdit la vente d'alcool aux mineurs.", ["mesures-en-vigueur"]),
    ("Les nouvelles mesures entreront en vigueur lundi.", ["mesures-en-vigueur"]),
    # forecasts; an attack « s'est déroulée » (no meeting); « fournir un effort / la preuve que »
    ("Les projections de l'Insee prévoient une baisse de la population.", ["projection-"]),
    ("L'attaque s'était déroulée vers 3 heures du matin.", ["s-etait-deroule"]),
    ("Le club doit fournir un effort financier important.", ["fournir-"]),
    ("L'accusation doit fournir la preuve que la vidéo est authentique.", ["fournir-"]),
    # physical condition; a name on a list; « en même temps »
    ("Le club doit sa victoire à la condition de ses joueurs.", ["a-la-condition"]),
    ("Son nom est aussi inscrit sur la liste électorale.", ["inscrit-"]),
    ("Ils ont tout fait en même temps.", ["en-deux-temps", "en-trois-temps", "en-plusieurs-temps"]),
]


def test_lex5_verbs_keep_their_forms():
    lex = load_lexicon()
    keys = {"inf", "ppr", "pp_ms", "pp_fs", "pp_mp", "pp_fp", "pres_3s", "pres_3p", "impf_3s", "impf_3p",
            "ps_3s", "ps_3p", "fut_3s", "fut_3p"}
    irregular = {
        "prevenir": ("prévient", "préviennent", "prévint", "prévinrent", "préviendra"),
        "remettre": ("remet", "remettent", "remit", "remirent", "remettra"),
        "ecarter": ("écarte", "écartent", "écarta", "écartèrent", "écartera"),
        "secouer": ("secoue", "secouent", "secoua", "secouèrent", "secouera"),
        "manquer": ("manque", "manquent", "manqua", "manquèrent", "manquera"),
    }
    for vid, forms in irregular.items():
        v = lex.verbs[vid]
        assert set(v.forms) == keys, vid
        assert (v.forms["pres_3s"], v.forms["pres_3p"], v.forms["ps_3s"], v.forms["ps_3p"], v.forms["fut_3s"]) == forms
        assert v.aux == "avoir" and not v.saying
    assert lex.verbs["prevenir"].forms["pp_ms"] == "prévenu" and lex.verbs["remettre"].forms["pp_fs"] == "remise"
    # « avertit » / « fournit » are present and passé simple alike: only the present is listed
    for vid, pres in (("avertir", "avertit"), ("fournir", "fournit")):
        assert "ps_3s" not in lex.verbs[vid].forms and lex.verbs[vid].forms["pres_3s"] == pres
        assert set(lex.verbs[vid].forms) == keys - {"ps_3s"}
    # neither « avertir » nor « prévenir » is a verb of saying for the attribution rules (« le prévenu »)
    assert "prévenu" not in lex.saying_forms and "averti" not in lex.saying_forms
    # the swap « avertir-prevenir » works in speech only (« l'arbitre a averti le joueur » stays)
    assert next(s for s in lex.swaps if s.id == "avertir-prevenir").saying


def test_pour_before_a_verb_of_change_is_no_purpose(nlp):
    # La Presse de Tunisie: « occupait la deuxième place … en 2018 pour reculer à la quatrième place en 2019 » tells
    # what came next; « afin de reculer » made the fall a goal
    sentence = ("La Tunisie occupait la deuxième place parmi les pays du Moyen Orient en 2018 pour reculer à la "
                "quatrième place en 2019.")
    assert not any("afin de" in r.text for r in restate_text(nlp, sentence))
    assert any("afin de protéger" in r.text
               for r in restate_text(nlp, "La mairie a fermé la plage pour protéger les promeneurs."))


# ---- sixth batch: connectors, fixed phrases and verbs of news prose (173 sentences of 17 articles) ------------

LEX6_POSITIVE = [
    ("ainsi-que-de-meme",
     "Les plages sont fermées jusqu’à lundi, ainsi que le marché extérieur et les aires de jeux.",
     "Les plages sont fermées jusqu’à lundi, de même que le marché extérieur et les aires de jeux."),
    ("ainsi-qu-de-meme", "Le maire était présent, ainsi qu'une vingtaine d'habitants.",
     "Le maire était présent, de même qu'une vingtaine d'habitants."),
    ("donc-par-consequent",
     "Certains itinéraires ayant une capacité de 70 élèves se retrouvaient donc avec moins de 50 élèves à bord.",
     "Certains itinéraires ayant une capacité de 70 élèves se retrouvaient par conséquent avec moins de 50 élèves "
     "à bord."),
    ("au-niveau-mondial", "Le pays occupe la 124e place au niveau mondial sur 153 États.",
     "Le pays occupe la 124e place à l’échelle mondiale sur 153 États."),
    ("au-niveau-national", "Le taux de chômage a reculé au niveau national en 2019.",
     "Le taux de chômage a reculé à l’échelle nationale en 2019."),
    ("au-niveau-international", "Le festival est reconnu au niveau international depuis dix ans.",
     "Le festival est reconnu à l’échelle internationale depuis dix ans."),
    ("au-niveau-europeen", "La mesure doit être adoptée au niveau européen avant la fin de l'année.",
     "La mesure doit être adoptée à l'échelle européenne avant la fin de l'année."),
    ("au-niveau-local", "Les décisions seront prises au niveau local par les préfets.",
     "Les décisions seront prises à l’échelle locale par les préfets."),
    ("au-niveau-regional", "Le plan sera décliné au niveau régional dès le mois prochain.",
     "Le plan sera décliné à l’échelle régionale dès le mois prochain."),
    ("au-niveau-departemental", "Les chiffres sont publiés au niveau départemental chaque semaine.",
     "Les chiffres sont publiés à l’échelle départementale chaque semaine."),
    ("sur-un-ensemble-de", "La Tunisie occupe la 124e place sur un ensemble de 153 États.",
     "La Tunisie occupe la 124e place sur un total de 153 États."),
    ("revelations-concernant-sur",
     "Il a qualifié de choc les révélations concernant la réunion de son ministre de la Santé.",
     "Il a qualifié de choc les révélations sur la réunion de son ministre de la Santé."),
    ("ce-qui-s-est-produit", "Les enquêteurs cherchent à comprendre ce qui s'est produit dans la nuit.",
     "Les enquêteurs cherchent à comprendre ce qui s'est passé dans la nuit."),
    ("ce-qui-s-etait-produit", "Le Premier ministre a jugé que ce qui s'était produit était grave.",
     "Le Premier ministre a jugé que ce qui s'était passé était grave."),
    ("se-positionner-classer", "Les Gunners gagnent une place, pour se positionner au 14e rang.",
     "Les Gunners gagnent une place, pour se classer au 14e rang."),
    ("se-positionne-classe", "Avec ce succès, Lyon se positionne à la troisième place du classement.",
     "Avec ce succès, Lyon se classe à la troisième place du classement."),
    ("se-positionnent-classent", "Les Bleus se positionnent au cinquième rang mondial.",
     "Les Bleus se classent au cinquième rang mondial."),
    ("pris-la-mesure-evalue-ampleur",
     "Les sapeurs-pompiers ont pris la mesure du sinistre avant de le circonscrire.",
     "Les sapeurs-pompiers ont évalué l’ampleur du sinistre avant de le circonscrire."),
    ("prendre-la-mesure-evaluer-ampleur", "Le gouvernement tarde à prendre la mesure de la crise.",
     "Le gouvernement tarde à évaluer l’ampleur de la crise."),
    ("prennent-la-mesure-evaluent-ampleur", "Les élus prennent la mesure du danger depuis l'incendie.",
     "Les élus évaluent l'ampleur du danger depuis l'incendie."),
    ("mesures-deja-en-vigueur", "Parmi les mesures déjà en vigueur, la fermeture des restaurants.",
     "Parmi les mesures déjà en place, la fermeture des restaurants."),
    ("en-quantite-trop-importante",
     "Ces métabolites pouvaient être mesurés en quantité trop importante dans les eaux souterraines.",
     "Ces métabolites pouvaient être mesurés en trop grande quantité dans les eaux souterraines."),
    ("en-quantite-importante", "Des déchets ont été retrouvés en quantité importante sur la plage.",
     "Des déchets ont été retrouvés en grande quantité sur la plage."),
    ("contraint-de-oblige", "Contraint de rajeunir son équipe, Mikel Arteta peut être satisfait de sa relève.",
     "Obligé de rajeunir son équipe, Mikel Arteta peut être satisfait de sa relève."),
    ("contraint-de-oblige-d", "Un pilote contraint d'atterrir à Lyon a été pris en charge par les secours.",
     "Un pilote obligé d'atterrir à Lyon a été pris en charge par les secours."),
    ("loue-pour-salue", "Loué pour sa gestion de la crise sanitaire, l'épidémiologiste a été rappelé en septembre.",
     "Salué pour sa gestion de la crise sanitaire, l'épidémiologiste a été rappelé en septembre."),
    ("louee-pour-saluee", "La directrice a été louée pour sa gestion de la crise.",
     "La directrice a été saluée pour sa gestion de la crise."),
    ("loues-pour-salues", "Les pompiers ont été loués pour leur courage lors de l'incendie.",
     "Les pompiers ont été salués pour leur courage lors de l'incendie."),
    ("a-long-terme", "Ces produits pourraient avoir un effet négatif à long terme, selon l'office.",
     "Ces produits pourraient avoir un effet négatif sur le long terme, selon l'office."),
    ("a-court-terme", "Le risque reste fort à court terme selon Météo-France.",
     "Le risque reste fort sur le court terme selon Météo-France."),
]

# (source sentence, rule-id prefixes that must not fire on it)
LEX6_NEGATIVE = [
    # the comparison « ainsi que » (a pronoun follows), « c'est ainsi que » (that is how)
    ("Ainsi que le prévoit la loi, le maire a démissionné.", ["ainsi-qu"]),
    ("C'est ainsi que le maire a démissionné.", ["ainsi-qu"]),
    ("Le maire a parlé ainsi qu'il l'avait promis.", ["ainsi-qu"]),
    # « donc » after no verb
    ("Pourquoi donc le maire a-t-il démissionné ?", ["donc-"]),
    # a coordinated adjective would keep the masculine
    ("La mesure s'applique au niveau national et régional.", ["au-niveau-"]),
    # « concernant » = affecting; « ce qui se produit » is no past event
    ("Une mesure concernant deux millions de retraités a été adoptée.", ["revelations-concernant"]),
    # take a stand; size up an opponent
    ("Le parti doit se positionner sur la réforme des retraites.", ["se-position"]),
    ("Le boxeur a pris la mesure de son adversaire dès le premier round.", ["pris-la-mesure", "prendre-la-mesure"]),
    # a law in force
    ("La loi déjà en vigueur interdit la vente d'alcool aux mineurs.", ["mesures-deja-en-vigueur"]),
    # the present « contraint » before a noun phrase
    ("La crise contraint de nombreux habitants à partir.", ["contrain"]),
    # a rental
    ("La salle des fêtes a été louée pour 500 euros.", ["lou"]),
    # a kind of loan; « sur le long terme sur … »
    ("La commune a contracté un prêt à long terme auprès de la banque.", ["a-long-terme"]),
    ("Ces produits pourraient avoir un effet négatif à long terme sur la santé.", ["a-long-terme"]),
]


def test_en_compagnie_de_a_name_keeps_its_coordinated_de(nlp):
    # Radio Prague: « était en compagnie de Jaroslav Faltýnek, …, ainsi que du directeur … » became « était avec
    # Jaroslav Faltýnek, …, ainsi que du directeur » (a « du » hanging on nothing)
    sentence = ("Mercredi soir, Roman Prymula était en compagnie de Jaroslav Faltýnek, président du groupe "
                "parlementaire du parti ANO, ainsi que du directeur de l'Hôpital universitaire d'Ostrava.")
    assert not any("avec Jaroslav" in r.text for r in restate_text(nlp, sentence))


@pytest.mark.parametrize("sentence,expected", [
    ("Cette attaque met fin la trêve avec les factions irakiennes.",
     "Cette attaque met fin à la trêve avec les factions irakiennes."),
    ("Les deux pays ont mis fin la coopération militaire.", "Les deux pays ont mis fin à la coopération militaire."),
])
def test_a_missing_a_after_mettre_fin_is_mended(nlp, sentence, expected):
    # 002 as printed on its page: « Cette attaque, qui a causé la mort d'une fillette, met fin la trêve … »
    assert expected in [r.text for r in restate_text(nlp, sentence)]
    assert not any("fin à à" in r.text for r in restate_text(nlp, expected))


# ---- seventh batch: connectors, fixed phrases and verbs of news prose (172 sentences of 17 articles) -----------

LEX7_POSITIVE = [
    ("balle-de-but",
     "Samedi, après avoir donné une balle de but à Marcus Rashford (2e) gâchée parce qu'il n'a pas cadré sa tête, "
     "le Portugais a réussi une déviation chanceuse.",
     "Samedi, après avoir donné une occasion de but à Marcus Rashford (2e) gâchée parce qu'il n'a pas cadré sa "
     "tête, le Portugais a réussi une déviation chanceuse."),
    ("a-la-toute-fin", "Bernd Leno l'arrête bien sur sa gauche, à la toute fin du temps réglementaire.",
     "Bernd Leno l'arrête bien sur sa gauche, tout à la fin du temps réglementaire."),
    ("ou-plutot",
     "Tammy Abraham réduit la marque avant que Jorginho ne rate un penalty, ou plutôt que Bernd Leno ne l'arrête "
     "bien sur sa gauche.",
     "Tammy Abraham réduit la marque avant que Jorginho ne rate un penalty, ou plus exactement que Bernd Leno ne "
     "l'arrête bien sur sa gauche."),
    ("dans-les-rangs-au-sein",
     "Les appels à la démission se sont multipliés depuis ce vendredi matin dans les rangs de l'opposition.",
     "Les appels à la démission se sont multipliés depuis ce vendredi matin au sein de l'opposition."),
    ("en-discuter-parler", "Le Premier ministre a fait savoir qu'il allait en discuter avec le chef de l'Etat.",
     "Le Premier ministre a fait savoir qu'il allait en parler avec le chef de l'Etat."),
    ("implique-directement",
     "Depuis son arrivée en Premier League, Fernandes est impliqué directement dans plus de la moitié des 60 buts "
     "de son équipe.",
     "Depuis son arrivée en Premier League, Fernandes est directement impliqué dans plus de la moitié des 60 buts "
     "de son équipe."),
    ("impliquee-directement", "La ministre est impliquée directement dans ce dossier.",
     "La ministre est directement impliquée dans ce dossier."),
    ("impliques-directement", "Les deux élus sont impliqués directement dans l'affaire.",
     "Les deux élus sont directement impliqués dans l'affaire."),
    ("se-concentrer-sur",
     "Le Premier ministre veut capitaliser sur une stabilité fragile pour se concentrer sur l’économie.",
     "Le Premier ministre veut capitaliser sur une stabilité fragile pour se focaliser sur l’économie."),
    ("se-concentre-sur", "Le gouvernement se concentre sur l'économie.",
     "Le gouvernement se focalise sur l'économie."),
    ("une-serie-de-tirs",
     "Les États-Unis ont répondu par une série de frappes qui ont tué au moins 15 militants en Irak.",
     "Les États-Unis ont répondu par une succession de frappes qui ont tué au moins 15 militants en Irak."),
    ("une-serie-d-attaques", "La ville a subi une série d'attaques depuis le mois d'octobre.",
     "La ville a subi une succession d'attaques depuis le mois d'octobre."),
    ("navires-de-guerre", "Les navires de guerre américains ont abattu plusieurs de leurs projectiles.",
     "Les bâtiments de guerre américains ont abattu plusieurs de leurs projectiles."),
    ("navire-de-guerre", "Un navire de guerre américain a abattu un drone en mer Rouge.",
     "Un bâtiment de guerre américain a abattu un drone en mer Rouge."),
    ("l-artisan-architecte",
     "Le ministre est l'artisan du reconfinement de la population face à la recrudescence du virus.",
     "Le ministre est l'architecte du reconfinement de la population face à la recrudescence du virus."),
    ("probant-convaincant",
     "Au plus mal en championnat avant ce match, Arsenal a prouvé qu'il pouvait redresser la tête avec un succès "
     "probant contre Chelsea.",
     "Au plus mal en championnat avant ce match, Arsenal a prouvé qu'il pouvait redresser la tête avec un succès "
     "convaincant contre Chelsea."),
    ("probante-convaincante", "Les Bleus ont signé une victoire probante contre le Portugal.",
     "Les Bleus ont signé une victoire convaincante contre le Portugal."),
    ("effet-negatif-nefaste",
     "A ses yeux, certains produits de dégradation de ce fongicide pourraient avoir un effet négatif à long terme "
     "sur la santé.",
     "A ses yeux, certains produits de dégradation de ce fongicide pourraient avoir un effet néfaste à long terme "
     "sur la santé."),
    ("effets-negatifs-nefastes", "Ces pesticides ont des effets négatifs sur les abeilles.",
     "Ces pesticides ont des effets néfastes sur les abeilles."),
    ("se-profile-s-annonce", "C’est avec inquiétude que l’hiver se profile sur la presqu’île.",
     "C’est avec inquiétude que l’hiver s’annonce sur la presqu’île."),
    ("se-profilent-s-annoncent", "De nouvelles grèves se profilent dans les transports.",
     "De nouvelles grèves s’annoncent dans les transports."),
    ("incriminee-en-cause",
     "Il a souligné que la rencontre incriminée s'était déroulée dans les espaces privés du bâtiment capitulaire.",
     "Il a souligné que la rencontre en cause s'était déroulée dans les espaces privés du bâtiment capitulaire."),
    ("incrimine-en-cause", "Le produit incriminé a été retiré des rayons.",
     "Le produit en cause a été retiré des rayons."),
    ("entretien-accorde-donne",
     "Il l'avait pourtant reconnu dans l'entretien accordé plus tôt dans la journée à Respekt.",
     "Il l'avait pourtant reconnu dans l'entretien donné plus tôt dans la journée à Respekt."),
    ("interview-accordee-donnee", "Le ministre l'a reconnu dans une interview accordée au Parisien.",
     "Le ministre l'a reconnu dans une interview donnée au Parisien."),
    ("qualifies-de-decrits-comme",
     "Des groupes qualifiés de faux-nez de factions irakiennes pro-Iran, ont revendiqué ces attaques.",
     "Des groupes décrits comme faux-nez de factions irakiennes pro-Iran, ont revendiqué ces attaques."),
    ("qualifie-de-decrit-comme", "Un projet qualifié de dangereux par les riverains a été abandonné.",
     "Un projet décrit comme dangereux par les riverains a été abandonné."),
    ("remis-les-equipes-a-egalite",
     "Avant cela, c'était Harvey Barnes qui avait déjà remis les équipes à égalité d'une frappe parfaite de 20 "
     "mètres (1-1, 31e).",
     "Avant cela, c'était Harvey Barnes qui avait déjà rétabli l'égalité d'une frappe parfaite de 20 mètres (1-1, "
     "31e)."),
    ("remettre-les-equipes-a-egalite", "Un penalty a permis de remettre les équipes à égalité avant la pause.",
     "Un penalty a permis de rétablir l’égalité avant la pause."),
    ("egaliser-revenir-a-egalite",
     "Le second a permis à son équipe d'égaliser même si son tir a été redressé par Alex Tuanzebe dans ses cages "
     "(2-2, 85e).",
     "Le second a permis à son équipe de revenir à égalité même si son tir a été redressé par Alex Tuanzebe dans "
     "ses cages (2-2, 85e)."),
    ("au-maximum-le-plus-possible",
     "Ces derniers jours, Roman Prymula a appelé les Tchèques à rester chez eux au maximum.",
     "Ces derniers jours, Roman Prymula a appelé les Tchèques à rester chez eux le plus possible."),
    ("des-precipitations-importantes",
     "A partir de minuit ce jeudi soir et jusqu’à vendredi midi, des précipitations importantes et un vent soutenu "
     "est attendu.",
     "A partir de minuit ce jeudi soir et jusqu’à vendredi midi, de fortes précipitations et un vent soutenu est "
     "attendu."),
    ("des-pluies-importantes", "Météo-France prévoit des pluies importantes sur le littoral ce week-end.",
     "Météo-France prévoit de fortes pluies sur le littoral ce week-end."),
    ("tres-toxiques",
     "Ces produits peuvent endommager le cerveau des embryons et sont très toxiques pour les insectes.",
     "Ces produits peuvent endommager le cerveau des embryons et sont hautement toxiques pour les insectes."),
    ("tres-toxique", "Selon l'OMS, ce fongicide est très toxique pour les poissons.",
     "Selon l'OMS, ce fongicide est hautement toxique pour les poissons."),
    ("venu-de-issu",
     "Venu de l'ancien parti de la RPR, fondé par Jacques Chirac, il avait déjà montré son rapport de force par le "
     "passé.",
     "Issu de l'ancien parti de la RPR, fondé par Jacques Chirac, il avait déjà montré son rapport de force par le "
     "passé."),
    ("venue-de-issue", "La ministre, venue du monde associatif, a peu d'expérience politique.",
     "La ministre, issue du monde associatif, a peu d'expérience politique."),
    ("croissance-exponentielle",
     "La République tchèque faisait face à une croissance exponentielle des cas de Covid-19.",
     "La République tchèque faisait face à une progression exponentielle des cas de Covid-19."),
    ("est-classee-se-classe",
     "Quant à la participation des femmes dans la vie politique, la Tunisie est classée à la 67e position au niveau "
     "mondial.",
     "Quant à la participation des femmes dans la vie politique, la Tunisie se classe à la 67e position au niveau "
     "mondial."),
    ("est-classe-se-classe", "Le club est classé au quatrième rang du championnat.",
     "Le club se classe au quatrième rang du championnat."),
    ("occupe-la-se-classe", "Le pays est sous la moyenne mondiale puisqu’il occupe la 124e place au niveau mondial.",
     "Le pays est sous la moyenne mondiale puisqu’il se classe à la 124e place au niveau mondial."),
    ("occupait-la-se-classait",
     "La Tunisie occupait la deuxième place parmi les pays du Moyen Orient en 2018.",
     "La Tunisie se classait à la deuxième place parmi les pays du Moyen Orient en 2018."),
    ("participer-prendre-part",
     "Faire bénéficier les femmes des garanties nécessaires en leur permettant de participer au marché de l’emploi.",
     "Faire bénéficier les femmes des garanties nécessaires en leur permettant de prendre part au marché de "
     "l’emploi."),
    ("participe-pris-part", "Le maire a participé à la réunion de crise.",
     "Le maire a pris part à la réunion de crise."),
    ("une-importante-forte",
     "Pour que cette vague naisse il faut une importante houle, de forts coefficients de marée et notamment un vent "
     "du sud.",
     "Pour que cette vague naisse il faut une forte houle, de forts coefficients de marée et notamment un vent du "
     "sud."),
    ("la-progression-avancee",
     "Les habitants ont été évacués devant la progression inexorable de l’incendie qui a déjà ravagé plus de 13 000 "
     "hectares.",
     "Les habitants ont été évacués devant l’avancée inexorable de l’incendie qui a déjà ravagé plus de 13 000 "
     "hectares."),
    ("emis-l-idee-avance",
     "L'opposition a notamment émis l'idée d'un vote de confiance au Parlement.",
     "L'opposition a notamment avancé l'idée d'un vote de confiance au Parlement."),
    ("sous-la-banniere",
     "Ces milices chiites opèrent sous la bannière de la Résistance islamique en Irak.",
     "Ces milices chiites opèrent sous l’étendard de la Résistance islamique en Irak."),
    ("lies-a-en-lien-avec",
     "Vous êtes détenteur de matériels et équipements liés à l’activité médicale : masques, blouses et lunettes.",
     "Vous êtes détenteur de matériels et équipements en lien avec l’activité médicale : masques, blouses et "
     "lunettes."),
    ("liees-a-en-lien-avec",
     "Des intempéries liées à la fin de la tempête Ciaran toucheront la Nouvelle-Aquitaine dans les prochaines "
     "heures.",
     "Des intempéries en lien avec la fin de la tempête Ciaran toucheront la Nouvelle-Aquitaine dans les prochaines "
     "heures."),
    ("liee-a-en-lien-avec",
     "Pour que cette vague, liée à la géologie du plateau sous-marin, naisse il faut une forte houle.",
     "Pour que cette vague, en lien avec la géologie du plateau sous-marin, naisse il faut une forte houle."),
    ("lie-a-en-lien-avec", "Le nombre de décès lié à la canicule a doublé.",
     "Le nombre de décès en lien avec la canicule a doublé."),
    ("il-est-demande-de",
     "Avis aux plus curieux auxquels il est demandé de ne pas prendre de risques inutiles.",
     "Avis aux plus curieux auxquels on demande de ne pas prendre de risques inutiles."),
    ("il-est-demande-d", "Aux habitants, il est demandé d'éviter la plage.",
     "Aux habitants, on demande d'éviter la plage."),
    ("le-retablissement-retour",
     "Parmi les mesures déjà en vigueur avant le rétablissement de ce confinement, la fermeture des restaurants.",
     "Parmi les mesures déjà en vigueur avant le retour de ce confinement, la fermeture des restaurants."),
    ("assister-aider",
     "Les États-Unis disposent de soldats dans le pays pour une mission qui vise à conseiller et assister les "
     "forces locales.",
     "Les États-Unis disposent de soldats dans le pays pour une mission qui vise à conseiller et aider les forces "
     "locales."),
    ("s-est-aussi-montre-a-aussi-ete",
     "Sérieux et appliqué, mais aussi très dynamique, face à un Chelsea trop prévisible, Arsenal s'est aussi montré "
     "très réaliste.",
     "Sérieux et appliqué, mais aussi très dynamique, face à un Chelsea trop prévisible, Arsenal a aussi été très "
     "réaliste."),
    ("s-est-montre-a-ete", "Face à Chelsea, Arsenal s'est montré très réaliste.",
     "Face à Chelsea, Arsenal a été très réaliste."),
    ("s-est-montree-a-ete", "La ministre s'est montrée prudente sur le calendrier.",
     "La ministre a été prudente sur le calendrier."),
    ("appelaient-les-secours",
     "Les habitants du logement ont très vite pris connaissance du sinistre et appelaient les secours à 17 h 10.",
     "Les habitants du logement ont très vite pris connaissance du sinistre et alertaient les secours à 17 h 10."),
    ("appele-les-secours", "Un voisin a appelé les secours vers 3 heures du matin.",
     "Un voisin a alerté les secours vers 3 heures du matin."),
    ("appeler-les-secours", "Le conducteur a eu le temps d'appeler les secours avant de perdre connaissance.",
     "Le conducteur a eu le temps d'alerter les secours avant de perdre connaissance."),
]

# (source sentence, rule-id prefixes that must not fire on it)
LEX7_NEGATIVE = [
    # « jusque tout à la fin »; a preference, not a correction
    ("Le maire est resté jusqu'à la toute fin du conseil municipal.", ["a-la-toute-fin"]),
    ("Le public préfère le thé ou plutôt le café le matin.", ["ou-plutot"]),
    # fall back in line
    ("Les frondeurs sont rentrés dans les rangs du parti.", ["dans-les-rangs"]),
    # troops gather; a population gathers on the coast
    ("Les troupes se concentrent près de la frontière.", ["se-concentre"]),
    ("La population se concentre sur le littoral en été.", ["se-concentre"]),
    # a set of measures; a craftsman
    ("Le gouvernement a annoncé une série de mesures pour les agriculteurs.", ["une-serie"]),
    ("L'artisan du village a restauré la charpente de l'église.", ["l-artisan"]),
    # an outline; the verb « incriminer », with an agent
    ("Une silhouette se profile sur la colline.", ["se-profil"]),
    ("Le suspect a incriminé son voisin devant les enquêteurs.", ["incrimin"]),
    ("Le ministre incriminé par l'enquête a démissionné.", ["incrimin"]),
    # the active « qualifier de », a qualifying group, a narrow qualification
    ("Il a qualifié de choc les révélations concernant la réunion.", ["qualifi"]),
    ("Les clubs qualifiés de la poule A joueront samedi.", ["qualifi"]),
    ("Les joueurs qualifiés de justesse joueront samedi.", ["qualifi"]),
    ("L'hôpital recrute un personnel qualifié de haut niveau.", ["qualifi"]),
    # « égaliser » with an object
    ("Le gouvernement veut égaliser les salaires des hommes et des femmes.", ["egaliser"]),
    # a ceiling
    ("Le rassemblement est limité à dix personnes au maximum.", ["au-maximum"]),
    ("Le chauffage de la salle est réglé au maximum.", ["au-maximum"]),
    # « lors des précipitations » (de + les)
    ("Les routes sont fermées lors des précipitations importantes.", ["des-precipitations"]),
    # a journey
    ("Il est venu de Paris pour assister au procès.", ["venu"]),
    ("Venu de l'école à pied, l'enfant a été renversé par une voiture.", ["venu"]),
    # a listed building; a classified substance
    ("L'église est classée monument historique depuis 1920.", ["est-classe"]),
    ("La substance est classée comme cancérigène par l'Union européenne.", ["est-classe"]),
    # protesters hold a square
    ("Un campement occupe la place centrale depuis lundi.", ["occupe"]),
    # nouns
    ("Les participants au concours seront reçus à la mairie.", ["particip"]),
    # no « forte réunion »; a rise
    ("Une importante réunion a eu lieu à la préfecture.", ["une-importante"]),
    ("La progression du chômage inquiète le gouvernement.", ["la-progression"]),
    # bound by a contract, tied to a chair
    ("Le joueur est lié au club jusqu'en 2025.", ["lie-a", "liee-a", "lies-a", "liees-a"]),
    ("Le prisonnier était lié à une chaise.", ["lie-a", "liee-a", "lies-a", "liees-a"]),
    # a person in demand
    ("Depuis sa victoire, il est demandé de toutes parts.", ["il-est-demande"]),
    ("Le chirurgien est arrivé : il est demandé d'urgence au bloc opératoire.", ["il-est-demande"]),
    # a recovery
    ("Le rétablissement du malade a été rapide.", ["le-retablissement"]),
    # attend
    ("Le préfet doit assister à la réunion de crise.", ["assister"]),
    # appeared
    ("Le ministre s'est montré publiquement pour la première fois.", ["s-est-montre"]),
    ("Le président s'est montré à la fenêtre du palais.", ["s-est-montre"]),
]


# ---- eighth batch: connectors, fixed phrases and participles of news prose (164 sentences of 17 articles) -------

LEX8_POSITIVE = [
    ("feux-de-foret-incendies", "Le risque de feux de forêt est bien là, même si nous ne sommes qu'en début avril.",
     "Le risque d'incendies de forêt est bien là, même si nous ne sommes qu'en début avril."),
    ("les-feux-de-foret-incendies", "Les pompiers combattent les feux de forêt depuis lundi dans le Var.",
     "Les pompiers combattent les incendies de forêt depuis lundi dans le Var."),
    ("des-feux-de-foret-incendies", "La sécheresse a provoqué des feux de forêt dans tout le département.",
     "La sécheresse a provoqué des incendies de forêt dans tout le département."),
    ("feu-de-foret-incendie", "En cas de feu de forêt, la population doit évacuer rapidement.",
     "En cas d’incendie de forêt, la population doit évacuer rapidement."),
    ("un-feu-de-foret-incendie", "Les pompiers ont maîtrisé un feu de forêt près de Marseille.",
     "Les pompiers ont maîtrisé un incendie de forêt près de Marseille."),
    ("fortes-tensions-vives",
     "Quelques semaines avant le premier anniversaire de l’attaque de drone américain, le 3 janvier 2019, de fortes "
     "tensions sont ressenties.",
     "Quelques semaines avant le premier anniversaire de l’attaque de drone américain, le 3 janvier 2019, de vives "
     "tensions sont ressenties."),
    ("une-forte-tension-vive", "Le procès s'est ouvert dans une forte tension.",
     "Le procès s'est ouvert dans une vive tension."),
    ("tres-pres-des-tout-pres",
     "En pleine nuit, et très près des habitations, le feu a effrayé Viviane, réveillée à quatre heures du matin.",
     "En pleine nuit, et tout près des habitations, le feu a effrayé Viviane, réveillée à quatre heures du matin."),
    ("tres-pres-du-tout-pres", "La roquette est tombée très près du mur d'enceinte de l'ambassade.",
     "La roquette est tombée tout près du mur d'enceinte de l'ambassade."),
    ("tres-pres-de-la-tout-pres", "Le feu s'est arrêté très près de la route départementale.",
     "Le feu s'est arrêté tout près de la route départementale."),
    ("tres-pres-de-l-tout-pres", "Les flammes sont passées très près de l'école du village.",
     "Les flammes sont passées tout près de l'école du village."),
    ("se-mettre-a-l-abri", "Les autorités ont demandé aux habitants de se mettre à l'abri dans les caves.",
     "Les autorités ont demandé aux habitants de s'abriter dans les caves."),
    ("se-mettent-a-l-abri", "Dès que les sirènes retentissent, les habitants se mettent à l'abri.",
     "Dès que les sirènes retentissent, les habitants s'abritent."),
    ("s-est-mis-a-l-abri", "Le conducteur s'est mis à l'abri dans un abribus.",
     "Le conducteur s'est abrité dans un abribus."),
    ("s-est-mise-a-l-abri", "La famille s'est mise à l'abri dans la cave.",
     "La famille s'est abritée dans la cave."),
    ("se-sont-mis-a-l-abri", "Les randonneurs se sont mis à l'abri dans un refuge.",
     "Les randonneurs se sont abrités dans un refuge."),
    ("se-sont-mises-a-l-abri", "Les riveraines se sont mises à l'abri dans la mairie.",
     "Les riveraines se sont abritées dans la mairie."),
    ("inclus-compris", "Les plages de Lacanau seront toutes fermées ce week-end jusqu’à dimanche inclus.",
     "Les plages de Lacanau seront toutes fermées ce week-end jusqu’à dimanche compris."),
    ("par-arrete-en-vertu",
     "Le sentier de la Corniche est fermé au public par arrêté préfectoral depuis le mercredi 10 novembre 2021.",
     "Le sentier de la Corniche est fermé au public en vertu d’un arrêté préfectoral depuis le mercredi 10 novembre "
     "2021."),
    ("par-interim-a-titre-interimaire",
     "Le jour même, le nouveau ministre américain de la Défense par intérim, Christopher Miller, a annoncé le retrait "
     "de 500 soldats.",
     "Le jour même, le nouveau ministre américain de la Défense à titre intérimaire, Christopher Miller, a annoncé le "
     "retrait de 500 soldats."),
    ("se-voit-contraint-est", "Le club se voit contraint de vendre son meilleur joueur.",
     "Le club est contraint de vendre son meilleur joueur."),
    ("se-voyait-contraint-etait", "La mairie se voyait obligée de fermer la piscine.",
     "La mairie était obligée de fermer la piscine."),
    ("se-voyaient-contraints-etaient", "Les habitants se voyaient forcés de quitter leur maison.",
     "Les habitants étaient forcés de quitter leur maison."),
    ("se-sont-propagees-etendues",
     "Des flammes se sont propagées rapidement dans une chambre au premier étage d’une maison.",
     "Des flammes se sont étendues rapidement dans une chambre au premier étage d’une maison."),
    ("se-sont-propages-etendus", "Les feux se sont propagés vers les habitations.",
     "Les feux se sont étendus vers les habitations."),
    ("s-est-propage-etendu", "Le feu s'est propagé à la toiture de la maison voisine.",
     "Le feu s'est étendu à la toiture de la maison voisine."),
    ("s-est-propagee-etendue", "L'épidémie s'est propagée à toute la région.",
     "L'épidémie s'est étendue à toute la région."),
    ("se-propageait-etendait", "L'incendie se propageait vers le village.",
     "L'incendie s'étendait vers le village."),
    ("situee-se-trouvant", "Le feu a pris dans une chambre située au premier étage d’une maison.",
     "Le feu a pris dans une chambre se trouvant au premier étage d’une maison."),
    ("situe-se-trouvant", "Les pompiers ont évacué un immeuble situé dans le centre-ville.",
     "Les pompiers ont évacué un immeuble se trouvant dans le centre-ville."),
    ("situees-se-trouvant", "Les communes situées en zone rouge ont été évacuées.",
     "Les communes se trouvant en zone rouge ont été évacuées."),
    ("situes-se-trouvant", "Les habitants des logements situés près du fleuve ont été évacués.",
     "Les habitants des logements se trouvant près du fleuve ont été évacués."),
    ("fonde-par-cree",
     "Venu de l'ancien parti de la RPR, fondé par Jacques Chirac, il avait déjà montré son rapport de force.",
     "Venu de l'ancien parti de la RPR, créé par Jacques Chirac, il avait déjà montré son rapport de force."),
    ("fondee-par-creee", "L'association, fondée par un groupe de parents, compte 200 membres.",
     "L'association, créée par un groupe de parents, compte 200 membres."),
    ("fondes-par-crees", "Les deux journaux, fondés par Émile Zola, ont disparu.",
     "Les deux journaux, créés par Émile Zola, ont disparu."),
    ("fondees-par-creees", "Les entreprises fondées par des femmes restent minoritaires.",
     "Les entreprises créées par des femmes restent minoritaires."),
    ("reculer-a-la-retrograder",
     "La Tunisie occupait la deuxième place en 2018 pour reculer à la quatrième place en 2019.",
     "La Tunisie occupait la deuxième place en 2018 pour rétrograder à la quatrième place en 2019."),
    ("recule-a-la-retrograde", "Le pays a reculé à la 12e place du classement.",
     "Le pays a rétrogradé à la 12e place du classement."),
    ("sur-les-plans-aux-niveaux",
     "Intégrer l’égalité dans la loi électorale pour garantir une équité entre hommes et femmes sur les plans "
     "national, régional et local.",
     "Intégrer l’égalité dans la loi électorale pour garantir une équité entre hommes et femmes aux niveaux "
     "national, régional et local."),
    ("sur-le-plan-au-niveau", "La mesure sera appliquée sur le plan national dès janvier.",
     "La mesure sera appliquée au niveau national dès janvier."),
    ("du-total-des-ensemble", "Cela représente 2,22% du total des produits phytosanitaires.",
     "Cela représente 2,22% de l’ensemble des produits phytosanitaires."),
    ("a-ce-jour-jusqu-a-present", "Une centaine de substances ont déjà été réexaminées à ce jour.",
     "Une centaine de substances ont déjà été réexaminées jusqu’à présent."),
    ("reperes-detectes",
     "Depuis 2017, divers métabolites du chlorothalonil ont été repérés dans les eaux souterraines.",
     "Depuis 2017, divers métabolites du chlorothalonil ont été détectés dans les eaux souterraines."),
    ("reperees-detectees", "Des traces de pesticides ont été repérées dans l'eau du robinet.",
     "Des traces de pesticides ont été détectées dans l'eau du robinet."),
    ("repere-detecte", "Le virus a été repéré dans les eaux usées de la ville.",
     "Le virus a été détecté dans les eaux usées de la ville."),
    ("reperee-detectee", "La substance a été repérée dans 31 stations de mesure.",
     "La substance a été détectée dans 31 stations de mesure."),
    ("rejete-toute-responsabilite", "L'entreprise a rejeté toute responsabilité dans l'accident.",
     "L'entreprise a décliné toute responsabilité dans l'accident."),
    ("rejeter-toute-responsabilite", "Le ministre continue de rejeter toute responsabilité dans ce fiasco.",
     "Le ministre continue de décliner toute responsabilité dans ce fiasco."),
    ("rejete-toute-faute",
     "Le principal intéressé a rejeté toute faute et a fait savoir qu'il ne démissionnerait pas.",
     "Le principal intéressé a nié toute faute et a fait savoir qu'il ne démissionnerait pas."),
    ("tout-compte-fait", "Tout compte fait, le club a réalisé une bonne saison malgré les blessures.",
     "En fin de compte, le club a réalisé une bonne saison malgré les blessures."),
]

# (source sentence, rule-id prefixes that must not fire on it)
LEX8_NEGATIVE = [
    # a subject noun stays (the guard keeps it)
    ("Des feux de forêt ont ravagé des milliers d'hectares dans le Var.", ["feux-de-foret", "des-feux", "les-feux"]),
    # a voltage, blood pressure
    ("Les câbles transportent une forte tension électrique.", ["une-forte-tension"]),
    ("Le patient souffre de fortes tensions artérielles.", ["fortes-tensions"]),
    # a quantity: « près de » is a hedge
    ("Le taux de participation était très près de la moitié des inscrits.", ["tres-pres"]),
    ("La facture atteint très près du double du devis.", ["tres-pres"]),
    # financially secure; shielded from
    ("Ce contrat doit le mettre à l'abri du besoin : il veut se mettre à l'abri du besoin.", ["a-l-abri"]),
    ("Les élus se sont mis à l'abri des critiques.", ["a-l-abri"]),
    # pinned by tests/test_restate.py::test_lexicon_agreement
    ("Des sirènes appelant les gens à se mettre à l’abri se sont déclenchées.", ["se-mettre-a-l-abri"]),
    # not a day or a month
    ("Le petit-déjeuner est inclus dans le prix.", ["inclus"]),
    # a dated order
    ("La plage est fermée par arrêté du 12 mars.", ["par-arrete"]),
    # an infinitive follows « se voit »
    ("Le chauffard se voit infliger une amende de 500 euros.", ["se-voit"]),
    ("Il se voit déjà ministre.", ["se-voit"]),
    # a rumour spreads
    ("La rumeur s'est propagée sur les réseaux sociaux.", ["propag"]),
    ("La nouvelle se propageait dans le village.", ["propag"]),
    # after « être », after an adverb
    ("La maison est située au bord de la mer.", ["situ"]),
    ("Il a acheté un appartement bien situé dans le centre-ville.", ["situ"]),
    # grounded on; moreover
    ("Ce reproche est fondé sur des faits précis.", ["fond"]),
    ("Un soupçon fondé par ailleurs sur des témoignages.", ["fond"]),
    # instead of
    ("Il a dû reculer à la place du conducteur.", ["recul"]),
    # the architect's plans
    ("Le permis a été refusé sur les plans de l'architecte.", ["sur-les-plans", "sur-le-plan"]),
    ("Il a progressé sur le plan personnel.", ["sur-le-plan"]),
    # a total of its own
    ("Le montant du total des dons sera publié lundi.", ["du-total"]),
    # an adjective before
    ("Le vaccin est le seul disponible à ce jour.", ["a-ce-jour"]),
    ("À ce jour, personne n'a revendiqué l'attaque.", ["a-ce-jour"]),
    # the suspect is spotted
    ("Le suspect a été repéré par une caméra de surveillance.", ["repere"]),
    ("Les cambrioleurs ont été repérés par un voisin.", ["repere"]),
    # blame shifted
    ("Le pilote a rejeté toute responsabilité sur son équipe.", ["rejete-toute"]),
    ("L'entraîneur a rejeté toute faute sur l'arbitre.", ["rejete-toute"]),
    # « après tout compte fait » keeps its « après »
    ("Le commerçant a finalement retenu, après tout compte fait, que le colonel lui doit 140 millions.", ["tout-compte"]),
]


# ---- ninth batch: verbs, connectors and fixed phrases of news prose (146 sentences of 16 articles) ---------------

LEX9_POSITIVE = [
    ("toucher-frapper-seisme",
     "Au moins 2 012 personnes ont péri dans le puissant séisme qui a touché le centre du pays.",
     "Au moins 2 012 personnes ont péri dans le puissant séisme qui a frappé le centre du pays."),
    ("toucher-atteindre-feu", "Aucune victime n'est à déplorer, mais le feu a aussi touché les deux logements voisins.",
     "Aucune victime n'est à déplorer, mais le feu a aussi atteint les deux logements voisins."),
    ("ont-peri-trouve-la-mort", "Trois randonneurs ont péri dans l'avalanche.",
     "Trois randonneurs ont trouvé la mort dans l'avalanche."),
    ("a-peri-trouve-la-mort", "Le pilote a péri dans l'accident.", "Le pilote a trouvé la mort dans l'accident."),
    ("avaient-peri-trouve-la-mort", "Des dizaines de migrants avaient péri en mer l'an dernier.",
     "Des dizaines de migrants avaient trouvé la mort en mer l'an dernier."),
    ("avait-peri-trouve-la-mort", "Son frère avait péri dans l'incendie.",
     "Son frère avait trouvé la mort dans l'incendie."),
    ("au-sein-de-possessif-dans", "Deux personnes ont été relogées au sein de leur famille.",
     "Deux personnes ont été relogées dans leur famille."),
    ("s-est-deroulee-tenir-journee", "La 23e journée de Ligue 1, qui s'est déroulée ce week-end, a été riche en buts.",
     "La 23e journée de Ligue 1, qui s'est tenue ce week-end, a été riche en buts."),
    ("s-est-deroule-tenir-tournoi", "Le tournoi s'est déroulé à Roland-Garros.",
     "Le tournoi s'est tenu à Roland-Garros."),
    ("en-particulier-entre-auxiliaire",
     "La 23e journée de Ligue 1 a en particulier été marquée par la nouvelle défaite du PSG à Monaco.",
     "La 23e journée de Ligue 1 a notamment été marquée par la nouvelle défaite du PSG à Monaco."),
    ("est-en-particulier-le-cas", "C’est en particulier le cas des prix du transport aérien.",
     "C’est notamment le cas des prix du transport aérien."),
    ("de-meme-que-ainsi-que", "Les Engagés auront l’économie numérique de même que l’Emploi.",
     "Les Engagés auront l’économie numérique ainsi que l’Emploi."),
    ("tout-au-long-du-pendant",
     "L'Ukraine a revendiqué tout au long du week-end de nouveaux succès militaires contre l'armée russe.",
     "L'Ukraine a revendiqué pendant tout le week-end de nouveaux succès militaires contre l'armée russe."),
    ("tout-au-long-de-la-pendant", "Les pompiers sont restés mobilisés tout au long de la nuit.",
     "Les pompiers sont restés mobilisés pendant toute la nuit."),
    ("consacree-a-dediee", "Le musée proposera une expo consacrée aux œuvres de Van Gogh.",
     "Le musée proposera une expo dédiée aux œuvres de Van Gogh."),
    ("consacre-a-dedie", "Le musée ouvrira un espace consacré à la photographie.",
     "Le musée ouvrira un espace dédié à la photographie."),
    ("consacrees-a-dediees", "L'année 2023 promet de grandes expositions consacrées aux femmes.",
     "L'année 2023 promet de grandes expositions dédiées aux femmes."),
    ("consacres-a-dedies", "La commune a voté des crédits consacrés à la rénovation de l'école.",
     "La commune a voté des crédits dédiés à la rénovation de l'école."),
    ("par-mesure-de-securite", "Par mesure de sécurité, trois logements ont été évacués.",
     "Pour des raisons de sécurité, trois logements ont été évacués."),
    ("au-lever-du-jour-aube", "Les secours ont repris les recherches au lever du jour.",
     "Les secours ont repris les recherches à l’aube."),
    ("a-la-fin-de-la-matinee", "À la fin de la matinée, des délégations vont manifester devant le ministère.",
     "En fin de matinée, des délégations vont manifester devant le ministère."),
    ("a-la-fin-de-la-journee", "Le bilan sera connu à la fin de la journée.", "Le bilan sera connu en fin de journée."),
    ("a-la-fin-de-la-soiree", "Les manifestants se sont dispersés à la fin de la soirée.",
     "Les manifestants se sont dispersés en fin de soirée."),
    ("mettre-l-accent-sur-insister",
     "La conseillère d'Etat Béatrice Métraux veut mettre l'accent sur la lutte contre le téléphone au volant.",
     "La conseillère d'Etat Béatrice Métraux veut insister sur la lutte contre le téléphone au volant."),
    ("met-l-accent-sur-insiste", "Le rapport met l'accent sur la prévention.", "Le rapport insiste sur la prévention."),
    ("mettent-l-accent-sur-insistent", "Les syndicats mettent l'accent sur les salaires.",
     "Les syndicats insistent sur les salaires."),
    ("mis-l-accent-sur-insiste", "Le ministre a mis l'accent sur la sécurité routière.",
     "Le ministre a insisté sur la sécurité routière."),
    ("sa-prise-de-fonction-entree", "L'entraîneur est toujours invaincu depuis sa prise de fonction.",
     "L'entraîneur est toujours invaincu depuis son entrée en fonction."),
    ("sa-prise-de-fonctions-entree", "Le préfet a visité la commune peu après sa prise de fonctions.",
     "Le préfet a visité la commune peu après son entrée en fonctions."),
    ("la-prise-de-fonction-entree", "La cérémonie a précédé la prise de fonction du nouveau maire.",
     "La cérémonie a précédé l’entrée en fonction du nouveau maire."),
    ("la-prise-de-fonctions-entree", "La cérémonie a précédé la prise de fonctions du nouveau maire.",
     "La cérémonie a précédé l’entrée en fonctions du nouveau maire."),
    ("en-periode-de-en-temps-de",
     "Le secteur technologique peut contribuer à la défense d’un pays en période de guerre.",
     "Le secteur technologique peut contribuer à la défense d’un pays en temps de guerre."),
    ("communement-couramment", "Ce texte est appelé plus communément « arrêté sécheresse ».",
     "Ce texte est appelé plus couramment « arrêté sécheresse »."),
    ("hors-de-la-exterieur", "Lahcen se trouvait hors de la maison quand le séisme a eu lieu.",
     "Lahcen se trouvait à l’extérieur de la maison quand le séisme a eu lieu."),
    ("hors-de-l-exterieur", "L’accusé a jeté la victime hors de l’appartement.",
     "L’accusé a jeté la victime à l’extérieur de l’appartement."),
    ("hors-du-exterieur", "Les supporters ont été escortés hors du stade.",
     "Les supporters ont été escortés à l’extérieur du stade."),
    ("la-majorite-des-plupart", "Le beau temps règne sur la majorité des musées français après la pluie.",
     "Le beau temps règne sur la plupart des musées français après la pluie."),
    ("de-tel-pareil", "En 38 ans de métier, Claude Gravel n’a jamais rien vécu de tel.",
     "En 38 ans de métier, Claude Gravel n’a jamais rien vécu de pareil."),
    ("ouvert-le-score-la-marque", "Dès la 3e minute, le Brésilien Dante avait ouvert le score.",
     "Dès la 3e minute, le Brésilien Dante avait ouvert la marque."),
    ("ouvrir-le-score-la-marque", "Lens a mis vingt minutes pour ouvrir le score.",
     "Lens a mis vingt minutes pour ouvrir la marque."),
    ("ouvre-le-score-la-marque", "Sur un corner, le défenseur ouvre le score à la 12e minute.",
     "Sur un corner, le défenseur ouvre la marque à la 12e minute."),
    ("se-sont-succede-a-la-barre", "Depuis deux jours, les témoins se sont succédé à la barre.",
     "Depuis deux jours, les témoins ont défilé à la barre."),
    ("se-sont-succedes-a-la-barre", "Depuis deux jours, les témoins se sont succédés à la barre.",
     "Depuis deux jours, les témoins ont défilé à la barre."),
    ("devoiles-reveles", "Les premiers noms des ministres sont dévoilés :", "Les premiers noms des ministres sont révélés :"),
    ("devoilees-revelees", "La composition du gouvernement a été dévoilée mardi, et les intentions du ministre ont été dévoilées lundi.",
     "La composition du gouvernement a été dévoilée mardi, et les intentions du ministre ont été révélées lundi."),
    ("devoile-revele", "Le club a dévoilé le nom de son nouvel entraîneur.",
     "Le club a révélé le nom de son nouvel entraîneur."),
    ("devoilee-revelee", "L'identité de la victime n'a pas été dévoilée.", "L'identité de la victime n'a pas été révélée."),
    ("une-diminution-de-baisse", "Le canton a compté 24 morts malgré une diminution de 5% du nombre d'accidents.",
     "Le canton a compté 24 morts malgré une baisse de 5% du nombre d'accidents."),
    ("une-progression-de-hausse", "Les prix ont augmenté de 5,3% en 2022, après une progression de 1,6% en 2021.",
     "Les prix ont augmenté de 5,3% en 2022, après une hausse de 1,6% en 2021."),
    ("au-depart-au-debut", "Au départ, il y a eu une agression contre un membre du personnel soignant.",
     "Au début, il y a eu une agression contre un membre du personnel soignant."),
    ("sous-le-couvert-de-l-anonymat", "Un responsable de gendarmerie s'est exprimé sous le couvert de l'anonymat.",
     "Un responsable de gendarmerie s'est exprimé sous couvert d'anonymat."),
    ("aura-la-presidence-du-presidera", "Benjamin Dalle aura la présidence du Conseil de la Commission.",
     "Benjamin Dalle présidera le Conseil de la Commission."),
    ("aura-la-presidence-de-la-presidera", "Benjamin Dalle aura la présidence de la Commission communautaire.",
     "Benjamin Dalle présidera la Commission communautaire."),
    ("les-competences-attributions", "Le PS aura les compétences du Logement et des Pouvoirs locaux.",
     "Le PS aura les attributions du Logement et des Pouvoirs locaux."),
    ("s-emparer-du-pouvoir-prendre", "Ses voisins ont aussi vu des militaires s'emparer du pouvoir en 2022.",
     "Ses voisins ont aussi vu des militaires prendre le pouvoir en 2022."),
    ("s-est-empare-du-pouvoir-pris", "Le colonel s'est emparé du pouvoir en août 2020.",
     "Le colonel a pris le pouvoir en août 2020."),
    ("s-est-emparee-du-pouvoir-pris", "La junte s'est emparée du pouvoir en août 2020.",
     "La junte a pris le pouvoir en août 2020."),
    ("se-sont-empares-du-pouvoir-pris", "Les militaires se sont emparés du pouvoir en août 2020.",
     "Les militaires ont pris le pouvoir en août 2020."),
    ("par-la-force-de-force", "Les manifestants ont été délogés par la force.",
     "Les manifestants ont été délogés de force."),
    ("s-est-impose-sur-la-pelouse", "Marseille s'est imposé sur la pelouse de Clermont (2-0).",
     "Marseille a gagné sur la pelouse de Clermont (2-0)."),
    ("s-est-imposee-sur-la-pelouse", "L'équipe s'est imposée sur la pelouse de Nantes (1-0).",
     "L'équipe a gagné sur la pelouse de Nantes (1-0)."),
    ("ecoulee-passee", "Quels ont été les grands succès de l'année écoulée ?",
     "Quels ont été les grands succès de l'année passée ?"),
    ("incendie-s-est-declenche-declare", "Un important incendie s'est déclenché vers 20 heures dans une maison.",
     "Un important incendie s'est déclaré vers 20 heures dans une maison."),
    ("accroitre-augmenter", "Le prolongement du REM viendra accroître la pression sur un réseau déjà bondé.",
     "Le prolongement du REM viendra augmenter la pression sur un réseau déjà bondé."),
    ("mentionner-evoquer", "Il dit avoir des valeurs familiales et mentionne son enfance difficile.",
     "Il dit avoir des valeurs familiales et évoque son enfance difficile."),
]

# (source sentence, rule-id prefixes that must not fire on it)
LEX9_NEGATIVE = [
    # a quake that is no subject; meddling with
    ("Le séisme a été ressenti par les habitants touchés.", ["toucher-frapper"]),
    ("Le séisme n'a pas touché aux fondations du barrage.", ["toucher-frapper"]),
    ("Le feu n'a pas touché aux réserves de gaz.", ["toucher-atteindre-feu"]),
    ("Le joueur a touché le ballon de la main.", ["toucher-atteindre-feu", "toucher-frapper"]),
    # an article after « au sein de » has its own entries
    ("Il travaille au sein de plusieurs associations.", ["au-sein-de-possessif"]),
    # an attack unfolds, it is not held
    ("L'attaque s'est déroulée en pleine nuit.", ["s-est-deroulee-tenir-journee"]),
    # « en particulier » after a verb (in private), not between an auxiliary and a participle
    ("Le ministre a parlé en particulier avec le maire.", ["en-particulier-entre"]),
    # a comparison after a verb; a sentence start
    ("Il agit de même que son père.", ["de-meme-que"]),
    ("De même que l'an dernier, la fête aura lieu en juin.", ["de-meme-que"]),
    # along a route or a coast
    ("Des bénévoles sont postés tout au long du parcours.", ["tout-au-long"]),
    ("Des algues se sont échouées tout au long de la côte.", ["tout-au-long"]),
    # crowned; a life devoted, with an object between
    ("Il a été consacré meilleur joueur de la saison.", ["consacr"]),
    ("Elle a consacré sa vie à la recherche.", ["consacr"]),
    # the dawn of a zone; the day before
    ("Une fumée noire s'élevait au lever du jour d'une zone proche de l'aéroport.", ["au-lever-du-jour"]),
    # « jusqu'à la fin de la journée »; a « de » complement
    ("Les routes resteront fermées jusqu'à la fin de la journée.", ["a-la-fin-de-la"]),
    ("Il est arrivé à la fin de la matinée de jeudi.", ["a-la-fin-de-la"]),
    # the participle not after « avoir »
    ("L'accent mis sur la prévention est salué.", ["mis-l-accent"]),
    # sales periods
    ("Les commerces ouvrent le dimanche en période de soldes.", ["en-periode-de"]),
    # idioms of « hors de »
    ("Le blessé est désormais hors de danger.", ["hors-de"]),
    ("Ce produit reste hors de la portée des enfants.", ["hors-de"]),
    ("La situation est hors du contrôle des autorités.", ["hors-du"]),
    # a vote threshold
    ("Le texte a été adopté à la majorité des voix.", ["la-majorite-des"]),
    ("La majorité des habitants sont favorables au projet.", ["la-majorite-des"]),
    # nothing better than
    ("Rien de tel qu'une bonne soupe pour se réchauffer.", ["de-tel"]),
    # the accused takes the stand: no succession
    ("Les témoins se sont succédé toute la journée.", ["se-sont-succede"]),
    # a plaque is unveiled
    ("Le maire a dévoilé une plaque en hommage aux victimes.", ["devoil"]),
    ("La statue a été dévoilée dimanche.", ["devoil"]),
    # an advance, a climb in a ranking
    ("Les pompiers ont freiné une progression de l'incendie vers le village.", ["une-progression"]),
    ("Le club a réalisé une progression de trois places au classement.", ["une-progression"]),
    # the start of a race
    ("Au départ de la course, 150 coureurs étaient présents.", ["au-depart"]),
    ("Le bus était prévu au départ à 8 heures.", ["au-depart"]),
    # skills
    ("L'entreprise évalue les compétences des salariés.", ["les-competences"]),
    ("Il a les compétences de son prédécesseur.", ["les-competences"]),
    ("Elle a toutes les compétences du numérique.", ["les-competences"]),
    ("Il aura aussi les compétences de la Fonction publique.", ["les-competences"]),
    # a coordinated complement
    ("Les rebelles veulent s'emparer du pouvoir et des richesses du pays.", ["s-emparer-du-pouvoir"]),
    # thanks to
    ("Par la force des choses, le club a changé de stratégie.", ["par-la-force"]),
    ("Il a réussi par la force de sa volonté.", ["par-la-force"]),
    ("Les squatteurs ont été expulsés par la force publique.", ["par-la-force"]),
    # an idea prevails
    ("Une idée s'est imposée à tous les élus.", ["s-est-impose"]),
    # not a noun of time
    ("L'eau écoulée a inondé la cave.", ["ecoulee"]),
    # an alarm has its entry
    ("L'alarme s'est déclenchée vers 3 heures.", ["incendie-s-est-declenche"]),
    # the pronominal verb
    ("Le risque va s'accroître dans les prochains jours.", ["accroitre"]),
    # written on a ticket; after « être »
    ("La date mentionnée sur le billet est erronée.", ["mentionner-evoquer"]),
    ("Son nom est mentionné dans le rapport.", ["mentionner-evoquer"]),
]



# ---- tenth batch (verbs and fixed phrases the unseen articles still told verbatim) ----------------------------
LEX10_POSITIVE = [
    ("reunir-rassembler", "Le musée d'Orsay réunira Manet et Degas du 28 mars au 23 juillet.",
     "Le musée d'Orsay rassemblera Manet et Degas du 28 mars au 23 juillet."),
    ("calmer-apaiser", "Ces annonces ne suffiront pas à calmer la colère des soignants.",
     "Ces annonces ne suffiront pas à apaiser la colère des soignants."),
    ("restreindre-limiter", "Les arrêtés préfectoraux restreignant les usages de l'eau se sont multipliés.",
     "Les arrêtés préfectoraux limitant les usages de l'eau se sont multipliés."),
    ("diriger-mener", "Le pays est depuis gouverné par une junte dirigée par le colonel Assimi Goïta.",
     "Le pays est depuis gouverné par une junte menée par le colonel Assimi Goïta."),
    ("afficher-adopter", "Le ministre affiche une position ferme sur ce dossier.",
     "Le ministre adopte une position ferme sur ce dossier."),
    ("s-elevait-montait", "Une fumée noire s'élevait au lever du jour d'une zone proche de l'aéroport.",
     "Une fumée noire montait au lever du jour d'une zone proche de l'aéroport."),
    ("s-elevaient-montaient", "Des panaches de fumée noire s'élevaient au-dessus du port.",
     "Des panaches de fumée noire montaient au-dessus du port."),
    ("s-eleve-monte", "Une fumée noire s'élève au-dessus de l'entrepôt en feu.",
     "Une fumée noire monte au-dessus de l'entrepôt en feu."),
    ("graves-consequences-lourdes", "Cette situation aurait pu avoir de graves conséquences.",
     "Cette situation aurait pu avoir de lourdes conséquences."),
    ("preoccupante-inquietante", "La situation à la centrale demeurait préoccupante.",
     "La situation à la centrale demeurait inquiétante."),
    ("preoccupant-inquietant", "Le bilan de la saison est préoccupant pour les éleveurs.",
     "Le bilan de la saison est inquiétant pour les éleveurs."),
    ("preoccupantes-inquietantes", "Les données sanitaires restent préoccupantes dans la région.",
     "Les données sanitaires restent inquiétantes dans la région."),
    ("causes-principales", "Les causes principales d'accident sont l'alcool et la vitesse.",
     "Les principales causes d'accident sont l'alcool et la vitesse."),
    ("ampleur-historique-inedite",
     "Avec la sécheresse d'une ampleur historique que vit la France, les arrêtés se sont multipliés.",
     "Avec la sécheresse d'une ampleur inédite que vit la France, les arrêtés se sont multipliés."),
    ("s-installer-devant", "Ils vont venir, puis s'installer devant le ministère de la Santé.",
     "Ils vont venir, puis prendre place devant le ministère de la Santé."),
    ("vertement-sechement", "Agnès Buzyn avait vertement réagi à une série d'arrêts de travail.",
     "Agnès Buzyn avait sèchement réagi à une série d'arrêts de travail."),
    ("a-peine-audible", "Il souffle d'une voix à peine audible.", "Il souffle d'une voix presque inaudible."),
    ("debattue-discutee", "La répartition des compétences a été débattue par les partis.",
     "La répartition des compétences a été discutée par les partis."),
    ("debattu-discute", "Le projet de loi sera débattu par les députés en janvier.",
     "Le projet de loi sera discuté par les députés en janvier."),
]
LEX10_NEGATIVE = [
    # conditions met; an idiom; steering; an amount; an ambition
    ("Les conditions ne sont pas réunies pour un accord.", ["reunir-rassembler"]),
    ("Les joueurs ont tenté de calmer le jeu en fin de match.", ["calmer-apaiser"]),
    ("Les secours ont dirigé les victimes vers une équipe du Samu.", ["diriger-mener"]),
    ("Le bilan s'élevait à 12 morts mardi soir.", ["s-elevait-montait"]),
    ("Le club affiche son ambition pour la saison prochaine.", ["afficher-adopter"]),
    # « débattu » with no « être » before it
    ("Les députés ont longuement débattu du texte.", ["debattu-discute"]),
]

# ---- every batch, one set of tests: each entry fires on a real sentence, keeps out of the contexts its constraints
# ---- refuse, and has a positive case
BATCHES = {  # its header in the lexicon file, the next header (None: the file's end), its cases, the least it holds
    "fourth": ("# ---- fourth batch", "# ---- fifth batch", LEX4_POSITIVE, LEX4_NEGATIVE, 60),
    "fifth": ("# ---- fifth batch", "# ---- sixth batch", LEX5_POSITIVE, LEX5_NEGATIVE, 60),
    "sixth": ("# ---- sixth batch", "# ---- a slip of the source", LEX6_POSITIVE, LEX6_NEGATIVE, 25),
    "seventh": ("# ---- seventh batch", "# ---- eighth batch", LEX7_POSITIVE, LEX7_NEGATIVE, 50),
    "eighth": ("# ---- eighth batch", "# ---- ninth batch", LEX8_POSITIVE, LEX8_NEGATIVE, 40),
    "ninth": ("# ---- ninth batch", "# ---- tenth batch", LEX9_POSITIVE, LEX9_NEGATIVE, 55),
    "tenth": ("# ---- tenth batch", None, LEX10_POSITIVE, LEX10_NEGATIVE, 15),
}
BATCH_POSITIVE = [(batch, *case) for batch, spec in BATCHES.items() for case in spec[2]]
BATCH_NEGATIVE = [(batch, *case) for batch, spec in BATCHES.items() for case in spec[3]]


@pytest.mark.parametrize("batch,rule_id,sentence,expected", BATCH_POSITIVE,
                         ids=[f"{p[0]}:{p[1]}:{p[2][:30]}" for p in BATCH_POSITIVE])
def test_a_batch_entry_fires(nlp, batch, rule_id, sentence, expected):
    got = restate_text(nlp, sentence)
    assert any(r.text == expected and rule_id in _rules(r.rule) for r in got), [(r.rule, r.text) for r in got]


@pytest.mark.parametrize("batch,sentence,prefixes", BATCH_NEGATIVE, ids=[f"{n[0]}:{n[1][:40]}" for n in BATCH_NEGATIVE])
def test_a_batch_entry_keeps_out_of_the_contexts_it_refuses(nlp, batch, sentence, prefixes):
    for r in restate_text(nlp, sentence):
        for rid in _rules(r.rule):
            assert not any(rid.startswith(p) for p in prefixes), (r.rule, r.text)


@pytest.mark.parametrize("batch", list(BATCHES))
def test_every_entry_of_a_batch_has_a_positive_case(batch):
    start, end, positive, _, least = BATCHES[batch]
    rules = _batch_rules(start, end)
    assert len(rules) > least
    assert rules <= {p[0] for p in positive}, sorted(rules - {p[0] for p in positive})

"""Tests of local_seo.seo: every check on a French text that passes and on one that fails (no model, no spaCy)."""

from __future__ import annotations

import dataclasses

import pytest

from local_seo import seo
from local_seo.article import Article, Section
from local_seo.seo import (
    CHECK_IDS,
    Check,
    flesch_kandel_moles,
    keyphrase_found,
    passes,
    seo_checks,
    split_sentences,
    syllables,
)
from local_seo.text import count_words

KW = "ambassade américaine"

INTRO = (
    "Trois roquettes ont frappé près de l’ambassade américaine à Bagdad, dans la nuit de samedi à dimanche. "
    "Selon la police, il n’y a pas de victime."
)
SECTIONS = [
    Section(
        "Une attaque contre l’ambassade américaine",
        [
            "Les tirs ont eu lieu vers deux heures du matin. Ensuite, les sirènes de la zone verte ont retenti. "
            "Les gardes ont alors mis en marche leur système de défense. Un engin a été détruit en vol."
        ],
    ),
    Section(
        "Qui est derrière ces tirs ?",
        [
            "Pour l’instant, aucun groupe n’a revendiqué l’attaque. Cependant, les soupçons vont vers les milices "
            "proches de l’Iran. Ces groupes ont déjà tiré sur des bases de l’armée. Par ailleurs, la tension monte "
            "depuis plusieurs semaines dans la région."
        ],
    ),
    Section(
        "La réaction de Washington",
        [
            "Le département d’État a dénoncé une attaque lâche. Il demande à Bagdad de protéger les diplomates. "
            "Le Premier ministre irakien a promis une enquête rapide. En effet, il veut éviter une nouvelle crise "
            "avec son allié."
        ],
    ),
]
TITLE = "Ambassade américaine : trois roquettes tirées à Bagdad"
META = (
    "Trois roquettes ont visé l’ambassade américaine à Bagdad dans la nuit. Il n’y a pas de victime, "
    "mais Washington dénonce une attaque lâche."
)


def good_article(**changes) -> Article:
    art = Article(
        title=TITLE,
        description=META,
        slug="ambassade-americaine-roquettes-bagdad",
        keyword=KW,
        h1="Trois roquettes visent l’ambassade américaine à Bagdad",
        intro=[INTRO],
        sections=[dataclasses.replace(s, paragraphs=list(s.paragraphs)) for s in SECTIONS],
    )
    return dataclasses.replace(art, **changes)


def run(article: Article, keyword: str = KW, min_words: int = 100) -> dict[str, Check]:
    return {c.id: c for c in seo_checks(article, keyword, min_words=min_words)}


def body_article(paragraphs: list[str], **changes) -> Article:
    """The good article with its body replaced by one section of ``paragraphs``."""
    section = Section("Une attaque contre l’ambassade américaine", paragraphs)
    return good_article(intro=[], sections=[section], **changes)


# Real sentences to build long texts from (distinct, so that no sentence beginning repeats three times).
LONG_SENTENCES = [
    "Les secours sont intervenus rapidement sur les lieux de l’explosion.",
    "Plusieurs témoins racontent avoir entendu un bruit sourd vers minuit.",
    "Ensuite, la police a bouclé tout le quartier jusqu’au matin.",
    "Une enquête doit établir l’origine exacte des tirs.",
    "Cependant, les autorités restent prudentes sur le bilan.",
    "Des habitants ont filmé la scène depuis leur balcon.",
    "Ainsi, les images circulent déjà sur les réseaux sociaux.",
    "Le quartier abrite plusieurs ministères et des ambassades étrangères.",
    "Par ailleurs, les vols ont repris normalement à l’aéroport.",
    "Nul ne sait encore si d’autres attaques sont à craindre.",
]


def text_of(n_words: int) -> str:
    out: list[str] = []
    i = 0
    while count_words(" ".join(out)) < n_words:
        out.append(LONG_SENTENCES[i % len(LONG_SENTENCES)])
        i += 1
    return " ".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# The whole article


def test_good_article_passes_every_check():
    checks = seo_checks(good_article(), KW, min_words=100)
    assert [c.id for c in checks] == list(CHECK_IDS)
    bad = [(c.id, c.status, c.message) for c in checks if c.status != "good"]
    assert bad == []
    assert passes(checks)
    for c in checks:
        assert c.status in {"good", "improve", "problem"}
        assert c.message and c.target


def test_passes_is_false_with_one_improve_or_problem():
    ok = Check("x", "good", "ok", 1, "t")
    assert passes([ok])
    assert not passes([ok, Check("y", "improve", "m", 1, "t")])
    assert not passes([ok, Check("y", "problem", "m", 1, "t")])


def test_check_is_frozen():
    c = Check("x", "good", "ok", 1, "t")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.status = "problem"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------------------------------
# Keyphrase


def test_keyphrase_found_rule():
    # folded, plural-tolerant, elision-tolerant, order-free, function words optional
    assert keyphrase_found("ambassade américaine", "L’AMBASSADE AMERICAINE")
    assert keyphrase_found("ambassade américaine", "les ambassades américaines")
    assert keyphrase_found("ambassade des États-Unis", "l’ambassade des Etats-Unis")
    assert keyphrase_found("ambassade des États-Unis", "États-Unis : leur ambassade visée")
    assert keyphrase_found("tirs de roquettes", "un tir de roquette")
    assert keyphrase_found("journal", "les journaux du matin")
    # every content word is needed
    assert not keyphrase_found("ambassade américaine", "l’ambassade de France")
    assert not keyphrase_found("ambassade américaine", "")
    assert not keyphrase_found("", "l’ambassade américaine")


def test_keyphrase_title():
    c = run(good_article())
    assert c["keyphrase_title"].status == "good"
    assert c["keyphrase_title_start"].status == "good"
    # elsewhere in the title: present (good) but not at the start (improve)
    c = run(good_article(title="Bagdad : l’ambassade américaine visée par des roquettes"))
    assert c["keyphrase_title"].status == "good"
    assert c["keyphrase_title_start"].status == "improve"
    # leading article allowed before the keyphrase
    c = run(good_article(title="L’ambassade américaine visée par trois roquettes à Bagdad"))
    assert c["keyphrase_title_start"].status == "good"
    # absent
    c = run(good_article(title="Trois roquettes tirées sur la zone verte de Bagdad"))
    assert c["keyphrase_title"].status == "problem"
    assert c["keyphrase_title_start"].status == "improve"
    assert "ambassade américaine" in c["keyphrase_title"].message


def test_keyphrase_intro():
    assert run(good_article())["keyphrase_intro"].status == "good"
    split = "Trois roquettes ont visé l’ambassade à Bagdad. La diplomatie américaine dénonce une attaque."
    assert run(good_article(intro=[split]))["keyphrase_intro"].status == "improve"
    absent = "Trois roquettes ont frappé la zone verte de Bagdad dans la nuit. Il n’y a pas de victime."
    c = run(good_article(intro=[absent]))["keyphrase_intro"]
    assert c.status == "problem"
    assert "premier paragraphe" in c.message


def test_keyphrase_meta():
    assert run(good_article())["keyphrase_meta"].status == "good"
    meta = (
        "Trois roquettes ont visé la zone verte de Bagdad dans la nuit. "
        "Il n’y a pas de victime, mais Washington dénonce une attaque."
    )
    c = run(good_article(description=meta))["keyphrase_meta"]
    assert c.status == "problem"
    assert "méta-description" in c.message


def test_keyphrase_subheadings():
    c = run(good_article())["keyphrase_subheadings"]
    assert c.status == "good"
    assert c.value == pytest.approx(33.3, abs=0.1)
    # none of three
    art = good_article()
    art.sections[0].heading = "Une attaque en pleine nuit"
    c = run(art)["keyphrase_subheadings"]
    assert c.status == "improve"
    assert "0 intertitre sur 3" in c.message
    # all of them (100 % > 75 %)
    art = good_article()
    for s in art.sections:
        s.heading = s.heading + " et l’ambassade américaine"
    assert run(art)["keyphrase_subheadings"].status == "improve"
    # a single subheading that holds it is fine
    art = body_article([INTRO])
    assert run(art)["keyphrase_subheadings"].status == "good"


def test_keyphrase_slug():
    assert run(good_article())["keyphrase_slug"].status == "good"
    assert run(good_article(slug="ambassade-roquettes-bagdad"))["keyphrase_slug"].status == "improve"
    c = run(good_article(slug="roquettes-bagdad"))["keyphrase_slug"]
    assert c.status == "problem"
    assert "0 des 2 mots" in c.message
    # function words of the keyphrase may be missing from the slug
    art = good_article(slug="ambassade-etats-unis-bagdad", title="Ambassade des États-Unis : trois roquettes à Bagdad")
    assert run(art, keyword="ambassade des États-Unis")["keyphrase_slug"].status == "good"


def test_keyphrase_density():
    c = run(good_article())["keyphrase_density"]
    assert c.status == "good"
    assert 0.5 <= c.value <= 3
    # absent from the body
    art = good_article(intro=["Trois roquettes ont frappé la zone verte de Bagdad dans la nuit de samedi."])
    c = run(art)["keyphrase_density"]
    assert c.status == "problem" and c.value == 0
    assert "0 occurrence" in c.message
    # stuffed: 4 occurrences x 2 words in about 40 words
    stuffed = (
        "L’ambassade américaine a reçu trois roquettes. L’ambassade américaine reste ouverte. "
        "Les gardes de l’ambassade américaine veillent. Washington soutient l’ambassade américaine et son personnel "
        "après cette nuit agitée à Bagdad."
    )
    c = run(body_article([stuffed]))["keyphrase_density"]
    assert c.status == "problem" and c.value > 3


def test_density_formula_weighs_the_keyphrase_length_as_yoast():
    # 1 occurrence of a keyphrase of 2 content words in 100 words = 1 % × (0.7 + 2/3) ≈ 1.37 %
    body = "L’ambassade américaine a reçu trois roquettes. " + " ".join(["Bagdad"] * 94) + "."
    assert count_words(body) == 100
    assert run(body_article([body]))["keyphrase_density"].value == pytest.approx(1.37)
    # « participation de la femme » has 2 content words, not 4: 5 occurrences in 510 words is good (was 3.92 %)
    sentence = "La participation de la femme recule en Tunisie."
    body = " ".join([sentence] * 5 + ["Bagdad"] * (510 - 5 * count_words(sentence))) + "."
    c = run(body_article([body]), keyword="participation de la femme")["keyphrase_density"]
    assert c.status == "good" and c.value == pytest.approx(1.34, abs=0.01), c


# ---------------------------------------------------------------------------------------------------------------------
# Lengths and structure


def test_title_length():
    assert run(good_article())["title_length"].status == "good"
    long_title = "Ambassade américaine : trois roquettes tirées sur la zone verte de Bagdad en pleine nuit"
    c = run(good_article(title=long_title))["title_length"]
    assert c.status == "problem" and c.value == len(long_title)
    assert f"{len(long_title)} caractères" in c.message
    assert run(good_article(title="Ambassade américaine"))["title_length"].status == "improve"
    assert run(good_article(title="  "))["title_length"].status == "problem"
    assert run(good_article(title="x" * 60))["title_length"].status == "good"


def test_meta_length():
    c = run(good_article())["meta_length"]
    assert c.status == "good" and 120 <= c.value <= 156
    short = "Trois roquettes ont visé l’ambassade américaine à Bagdad dans la nuit de samedi à dimanche dernier."
    c = run(good_article(description=short))["meta_length"]
    assert c.status == "improve"
    assert c.message == f"La méta-description fait {len(short)} caractères : visez 120 à 156 (allongez-la)."
    long_meta = META + " Le Premier ministre irakien promet une enquête rapide sur ces tirs."
    assert run(good_article(description=long_meta))["meta_length"].status == "improve"
    assert run(good_article(description=""))["meta_length"].status == "problem"


def test_text_length():
    art = good_article()
    n = count_words(art.body_text())
    assert run(art, min_words=n)["text_length"].status == "good"
    c = run(art, min_words=700)["text_length"]
    assert c.status == "problem" and c.value == n
    assert f"{n} mots" in c.message and "700" in c.message


def test_single_h1():
    assert run(good_article())["single_h1"].status == "good"
    assert run(good_article(h1=""))["single_h1"].status == "problem"
    art = good_article()
    art.sections[1].paragraphs.insert(0, "# Un autre grand titre")
    c = run(art)["single_h1"]
    assert c.status == "problem" and c.value == 2


def test_section_length():
    assert run(good_article())["section_length"].status == "good"
    art = good_article()
    art.sections[2].paragraphs = [text_of(140), text_of(140), text_of(40)]  # about 320 words
    c = run(art)["section_length"]
    assert c.status == "improve" and c.value > 300
    assert "La réaction de Washington" in c.message
    art.sections[2].paragraphs.append(text_of(100))  # over 350
    assert run(art)["section_length"].status == "problem"
    # no subheading at all in a long text
    art = good_article(intro=[text_of(140), text_of(140), text_of(60)], sections=[])
    assert run(art)["section_length"].status == "problem"


def test_paragraph_length():
    assert run(good_article())["paragraph_length"].status == "good"
    art = good_article()
    art.sections[0].paragraphs = [text_of(160)]
    c = run(art)["paragraph_length"]
    assert c.status == "improve" and c.value >= 160
    assert "150" in c.message
    art.sections[0].paragraphs = [text_of(210)]
    assert run(art)["paragraph_length"].status == "problem"
    art.sections[0].paragraphs = [text_of(140)]
    assert run(art)["paragraph_length"].status == "good"


# ---------------------------------------------------------------------------------------------------------------------
# Readability


def test_sentence_length():
    assert run(good_article())["sentence_length"].status == "good"
    long1 = (
        "Les forces de sécurité irakiennes ont indiqué dimanche matin que trois roquettes de type Katioucha avaient "
        "été tirées depuis un quartier de l’est de la capitale vers la zone verte."
    )
    long2 = (
        "Le département d’État américain a immédiatement condamné cette attaque et demandé au gouvernement irakien "
        "de prendre toutes les mesures nécessaires pour protéger les diplomates étrangers."
    )
    art = body_article([long1 + " " + long2 + " Personne n’est blessé. Le calme est revenu."])
    c = run(art)["sentence_length"]
    assert c.status == "problem" and c.value == pytest.approx(50.0)
    assert "2 sur 4" in c.message


def test_consecutive_sentences():
    fail = body_article(
        [
            "Selon la police, trois roquettes ont été tirées. Selon l’armée, une seule a atteint la zone verte. "
            "Selon Washington, l’attaque vise ses diplomates."
        ]
    )
    c = run(fail)["consecutive_sentences"]
    assert c.status == "problem" and c.value == 3
    assert "« selon »" in c.message
    # articles are skipped to the next word: different nouns pass
    ok = body_article(
        [
            "Le président dénonce une attaque lâche. Le ministre promet une enquête. "
            "Le porte-parole appelle au calme. La police boucle le quartier."
        ]
    )
    assert run(ok)["consecutive_sentences"].status == "good"
    same_noun = body_article(
        ["Le gouvernement condamne l’attaque. Le gouvernement promet une enquête. Le gouvernement appelle au calme."]
    )
    assert run(same_noun)["consecutive_sentences"].status == "problem"
    numerals = body_article(["Trois roquettes sont parties. Trois soldats ont riposté. Trois heures ont passé."])
    assert run(numerals)["consecutive_sentences"].status == "good"


def test_transition_words():
    assert run(good_article())["transition_words"].status == "good"
    none = body_article(
        [
            "Trois roquettes ont frappé Bagdad. Les sirènes ont retenti vers minuit. La police boucle le quartier. "
            "Un groupe revendique l’attaque. Les diplomates restent chez eux."
        ]
    )
    c = run(none)["transition_words"]
    assert c.status == "problem" and c.value == 0
    assert "30" in c.message
    assert seo.has_transition("Par conséquent, l’ambassade reste fermée.")
    assert seo.has_transition("D’abord, la police arrive.")
    assert seo.has_transition("Non seulement les tirs visent la zone verte, mais aussi l’aéroport.")
    assert seo.has_transition("Soit l’armée riposte, soit elle attend.")
    assert not seo.has_transition("Les soldats attendent les ordres.")
    assert not seo.has_transition("Le mainate chante.")  # "mais" only as a whole word


def test_passive_voice_sentences():
    assert seo.is_passive("L’ambassade a été visée par des tirs.")
    assert seo.is_passive("Les bâtiments ont été détruits en quelques minutes.")
    assert seo.is_passive("La ville est prise par les insurgés.")
    assert seo.is_passive("Trois suspects seront jugés la semaine prochaine.")
    assert seo.is_passive("L’engin n’a pas encore été retrouvé.")
    assert not seo.is_passive("Les roquettes sont tombées près de l’ambassade.")
    assert not seo.is_passive("Des sirènes se sont déclenchées.")
    assert not seo.is_passive("Le ministre est arrivé à Bagdad dimanche.")
    assert not seo.is_passive("Les diplomates sont restés chez eux.")
    assert not seo.is_passive("La police est sur place.")
    assert not seo.is_passive("Il est né à Bagdad et s’est rendu à Paris.")
    assert not seo.is_passive("Cet été passé à Bagdad reste dans les mémoires.")
    assert not seo.is_passive("Il y a 2.500 soldats, soit près de 4,5 % de plus.")


def test_passive_voice_check():
    assert run(good_article())["passive_voice"].status == "good"
    art = body_article(
        [
            "L’ambassade a été visée par des tirs. Trois roquettes ont été lancées depuis l’est. "
            "Les roquettes sont tombées près de l’ambassade. Des sirènes se sont déclenchées."
        ]
    )
    c = run(art)["passive_voice"]
    assert c.status == "problem" and c.value == pytest.approx(50.0)
    assert "2 sur 4" in c.message


def test_syllables():
    assert syllables("ambassade") == 3
    assert syllables("l’ambassade") == 3
    assert syllables("roquette") == 2
    assert syllables("gouvernement") >= 3
    assert syllables("été") == 2
    assert syllables("aéroport") == 4
    assert syllables("2024") == 1
    assert syllables("qu’il") == 1  # the elided "qu’" adds nothing


def test_syllables_fallback_without_pyphen(monkeypatch):
    seo._part_syllables.cache_clear()
    monkeypatch.setattr(seo, "_pyphen", lambda: None)
    try:
        assert syllables("ambassade") == 3
        assert syllables("question") == 2
        assert syllables("roquettes") == 2
    finally:
        seo._part_syllables.cache_clear()


SIMPLE = "Le chat dort. Il fait beau. La nuit est calme. On boit du thé. Le vent souffle."
CONVOLUTED = (
    "L’administration présidentielle, considérablement préoccupée par l’intensification incontrôlable des "
    "hostilités régionales, envisagerait prochainement d’éventuelles représailles diplomatiques particulièrement "
    "significatives contre les organisations paramilitaires soupçonnées d’irresponsabilité internationale."
)


def test_flesch():
    easy, hard = flesch_kandel_moles(SIMPLE), flesch_kandel_moles(CONVOLUTED)
    assert easy > hard
    assert easy >= 60 and hard < 50
    assert flesch_kandel_moles("") == 0.0
    # the formula itself: 2 sentences, 6 words, 8 syllables
    text = "Le chat dort. Il mange bien."
    n_syl = sum(syllables(w) for w in ["Le", "chat", "dort", "Il", "mange", "bien"])
    expected = 207 - 1.015 * 3 - 73.6 * n_syl / 6
    assert flesch_kandel_moles(text) == pytest.approx(expected, abs=0.05)


def test_flesch_check():
    c = run(good_article())["flesch"]
    assert c.status == "good" and c.value >= 60
    c = run(body_article([CONVOLUTED]))["flesch"]
    assert c.status == "problem" and c.value < 50
    assert "difficile" in c.message


# ---------------------------------------------------------------------------------------------------------------------
# Sentence splitting


@pytest.mark.parametrize(
    "text, expected",
    [
        ("M. Dupont est arrivé. Il parle.", ["M. Dupont est arrivé.", "Il parle."]),
        ("Mme Martin et le Dr. Roux sont là. Ils attendent.", ["Mme Martin et le Dr. Roux sont là.", "Ils attendent."]),
        ("Il y a 2.500 soldats, soit 4,5 % de plus. Bagdad attend.", ["Il y a 2.500 soldats, soit 4,5 % de plus.", "Bagdad attend."]),
        ("« Nous verrons… » a-t-il dit. Puis il part.", ["« Nous verrons… » a-t-il dit.", "Puis il part."]),
        ("« Pourquoi ? » demande-t-elle. Personne ne répond.", ["« Pourquoi ? » demande-t-elle.", "Personne ne répond."]),
        ("Il a dit : « Nous partirons. » Le ministre se tait.", ["Il a dit : « Nous partirons. »", "Le ministre se tait."]),
        ("Attendre... Encore attendre ! Vraiment ? Oui.", ["Attendre...", "Encore attendre !", "Vraiment ?", "Oui."]),
        ("J.-C. Petit est élu. Les USA. 2024 sera dur.", ["J.-C. Petit est élu.", "Les USA.", "2024 sera dur."]),
        ("Premier paragraphe sans point\n\nSecond paragraphe.", ["Premier paragraphe sans point", "Second paragraphe."]),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_split_sentences_empty():
    assert split_sentences("") == []
    assert split_sentences("  \n\n ... ") == []


# ---------------------------------------------------------------------------------------------------------------------
# Resources


def test_resources_load():
    assert seo._transition_regex().search(" en revanche ")
    pairs = seo._two_part_transitions()
    assert ("non seulement", "mais aussi") in pairs and ("soit", "soit") in pairs
    intransitive, other = seo._passive_exceptions()
    assert "tombé" in intransitive and "arrivé" in intransitive
    assert "député" in other


def test_degenerate_inputs_do_not_crash():
    empty = Article(title="", description="", slug="", keyword="", h1="")
    checks = seo_checks(empty, "")
    assert [c.id for c in checks] == list(CHECK_IDS)
    assert not passes(checks)
    by_id = {c.id: c for c in checks}
    assert by_id["text_length"].status == "problem" and by_id["text_length"].value == 0
    assert by_id["keyphrase_title"].status == "problem"
    checks = seo_checks(good_article(), "   ", min_words=100)
    assert {c.id: c for c in checks}["keyphrase_intro"].status == "problem"

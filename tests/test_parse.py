"""Reading articles back: our own Markdown/HTML/JSON round-trips, and pages written by people or other tools."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from local_seo.article import Article, Section
from local_seo.errors import ExitCode, LocalSeoError
from local_seo.parse import guess_format, load_article, parse_article
from local_seo.render import apply_typography, one_line, to_html, to_json, to_markdown

META = {"model": {"file": "gemma.gguf", "sha256": "0" * 64}, "seed": 7}


def sample(**changes) -> Article:
    fields = dict(
        title="L’ambassade américaine à Bagdad visée par des roquettes",
        description="Trois roquettes ont visé l’ambassade des États-Unis : aucun blessé.",
        slug="ambassade-americaine-bagdad",
        keyword="ambassade américaine",
        h1="Bagdad : l’ambassade américaine visée",
        intro=["Trois roquettes ont visé dimanche l’ambassade.", "Aucun blessé n’est signalé."],
        sections=[
            Section("Une attaque dans la zone verte", ["La zone verte abrite les institutions.", "Deux."]),
            Section("Pourquoi ?", ["Washington dénonce « des actes de terrorisme »."]),
        ],
        date_published="2020-01-26",
    )
    fields.update(changes)
    return Article(**fields)


def fields(a: Article) -> dict:
    return dataclasses.asdict(a)


# ------------------------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("typo", [False, True])
def test_markdown_round_trip(typo):
    a = apply_typography(sample()) if typo else sample()
    assert fields(parse_article(to_markdown(a, META), "md")) == fields(a)


@pytest.mark.parametrize("typo", [False, True])
def test_html_round_trip(typo):
    a = apply_typography(sample()) if typo else sample()
    assert fields(parse_article(to_html(a, {"base_url": "https://exemple.fr"}), "html")) == fields(a)
    assert fields(parse_article(to_html(a, {}), "html")) == fields(a)


def test_json_round_trip():
    a = sample()
    assert fields(parse_article(to_json(a, {"meta": META}), "json")) == fields(a)


def test_round_trip_with_markup_characters():
    nasty = "a *b* __c__ `d` <script>alert(1)</script> [lien](http://x.fr) \\n # fin #"
    a = sample(
        h1="C# et *étoiles* #",
        intro=["# pas un titre", "- pas une liste", "1) pas une liste", "> pas une citation", "---", nasty],
        sections=[Section("Titre avec [crochets] et <b>", ["=== ou ~~~", "```"])],
    )
    assert fields(parse_article(to_markdown(a, {}), "md")) == fields(a)
    assert fields(parse_article(to_html(a, {}), "html")) == fields(a)


_para = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Co"), blacklist_characters="\x85"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


def _norm(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\v]+", " ", one_line(text)).strip()  # inner no-break spaces are kept


@settings(max_examples=120, deadline=None)
@given(st.lists(_para, min_size=1, max_size=4), _para, _para)
def test_markdown_round_trip_any_paragraph_text(paragraphs, heading, h1):
    a = sample(h1=h1, intro=paragraphs, sections=[Section(heading, paragraphs)])
    back = parse_article(to_markdown(a, {}), "md")
    assert back.h1 == _norm(h1)
    assert back.intro == [_norm(p) for p in paragraphs]
    assert back.sections == [Section(_norm(heading), [_norm(p) for p in paragraphs])]
    html_back = parse_article(to_html(a, {}), "html")
    assert html_back.intro == back.intro and html_back.sections == back.sections


# ---------------------------------------------------------------------------------- other people's files


def test_markdown_written_by_a_person():
    md = """---
title: "Séisme : le bilan s'alourdit"
meta_description: Le bilan du séisme atteint 120 morts.
keywords: [séisme, Turquie]
date: 2023-02-07
---

Séisme en Turquie
=================

Le bilan du séisme
s'alourdit encore.

### Les secours

Les secours **fouillent** les [décombres](https://x.fr/a).
- premier point
- second point

## Sans paragraphe
"""
    a = parse_article(md, "md")
    assert a.title == "Séisme : le bilan s'alourdit"
    assert a.description == "Le bilan du séisme atteint 120 morts."
    assert a.keyword == "séisme"
    assert a.date_published == "2023-02-07"
    assert a.slug == "seisme-bilan-alourdit"
    assert a.h1 == "Séisme en Turquie"
    assert a.intro == ["Le bilan du séisme s'alourdit encore."]
    assert a.sections == [
        Section("Les secours", ["Les secours fouillent les décombres.", "premier point", "second point"], level=3),
        Section("Sans paragraphe", []),
    ]


def test_markdown_without_front_matter_or_title():
    a = parse_article("# Un titre seul\n\nUn paragraphe.\n", "md")
    assert a.title == "Un titre seul" and a.h1 == "Un titre seul" and a.slug == "titre-seul"
    assert a.description == "" and a.keyword == "" and a.lang == "fr"
    b = parse_article("---\ntitle: Titre SEO\n---\nTexte.\n", "md")
    assert b.h1 == "Titre SEO" and b.intro == ["Texte."]
    c = parse_article("+++\ntitle = \"Hugo TOML\"\n+++\n# H\n", "md")
    assert c.title == "Hugo TOML"


def test_markdown_bad_front_matter():
    with pytest.raises(LocalSeoError) as err:
        parse_article("---\ntitle: [unclosed\n---\n# x\n", "md")
    assert err.value.code == ExitCode.INPUT
    with pytest.raises(LocalSeoError):
        parse_article("---\n- a\n- b\n---\n# x\n", "md")


def test_html_from_another_tool():
    page = """<!doctype html><html lang="fr-FR"><head>
<meta charset="utf-8"><title>Grève : la SNCF prévoit un trafic perturbé</title>
<meta name="Description" content="Trafic très perturbé mardi.">
<meta property="og:url" content="https://journal.fr/societe/greve-sncf-trafic.html">
<script>var x = "<p>pas du texte</p>";</script><style>p { color: red }</style>
<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
 {"@type": ["NewsArticle"], "keywords": ["grève SNCF", "trafic"], "datePublished": "2024-03-05T08:00:00+01:00"}]}</script>
</head><body>
<nav><p>Accueil</p><h2>Menu</h2></nav>
<header><h1>Grève à la SNCF</h1></header>
<article>
<p>Le trafic sera <em>très</em> perturbé<br>mardi.</p>
<h3>Quelles lignes ?</h3>
<ul><li>Les TGV</li><li><p>Les TER</p></li></ul>
<aside><p>Pub</p></aside>
<h2>Et ensuite</h2><p>  Une   autre   journée   est prévue.  </p>
</article>
<footer><p>© Journal</p></footer>
</body></html>"""
    a = parse_article(page, "html")
    assert a.title == "Grève : la SNCF prévoit un trafic perturbé"
    assert a.description == "Trafic très perturbé mardi."
    assert a.slug == "greve-sncf-trafic"
    assert a.keyword == "grève SNCF"
    assert a.date_published == "2024-03-05T08:00:00+01:00"
    assert a.h1 == "Grève à la SNCF"
    assert a.lang == "fr"
    assert a.intro == ["Le trafic sera très perturbé mardi."]
    assert a.sections == [
        Section("Quelles lignes ?", ["Les TGV", "Les TER"]),
        Section("Et ensuite", ["Une autre journée est prévue."]),
    ]


def test_html_minimal():
    a = parse_article("<html><body><h1>Titre</h1><p>Texte.</p></body></html>", "html")
    assert a.title == "Titre" and a.slug == "titre" and a.intro == ["Texte."]
    with pytest.raises(LocalSeoError):
        parse_article("   ", "html")


def test_txt():
    text = """Les roquettes visent Bagdad
Trois roquettes ont visé l’ambassade.
Aucun blessé.

Une attaque revendiquée

Le groupe a revendiqué
l'attaque dimanche.

Contexte
La zone verte est visée depuis des mois.

Pourquoi maintenant ?
"""
    a = parse_article(text, "txt")
    assert a.h1 == a.title == "Les roquettes visent Bagdad"
    assert a.slug == "roquettes-visent-bagdad"
    assert a.intro == ["Trois roquettes ont visé l’ambassade. Aucun blessé."]
    assert a.sections == [
        Section("Une attaque revendiquée", ["Le groupe a revendiqué l'attaque dimanche."]),
        Section("Contexte", ["La zone verte est visée depuis des mois.", "Pourquoi maintenant ?"]),
    ]
    assert parse_article("", "txt").title == ""


def test_unknown_format():
    with pytest.raises(LocalSeoError) as err:
        parse_article("x", "pdf")
    assert err.value.code == ExitCode.INPUT


def test_guess_format():
    assert guess_format("<!DOCTYPE html><html>") == "html"
    assert guess_format("---\ntitle: x\n---\n") == "md"
    assert guess_format('{"article": {}}') == "json"
    assert guess_format("Titre\n\nTexte.") == "txt"


# ------------------------------------------------------------------------------------------ load_article


def test_load_article_formats_and_bom(tmp_path):
    a = sample()
    (tmp_path / "a.md").write_bytes(b"\xef\xbb\xbf" + to_markdown(a, META).encode())
    (tmp_path / "a.HTML").write_text(to_html(a, {}), encoding="utf-8")
    (tmp_path / "a.json").write_text(to_json(a, {}), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Titre\n\nUn paragraphe.\n", encoding="utf-8")
    assert fields(load_article(tmp_path / "a.md")) == fields(a)
    assert fields(load_article(str(tmp_path / "a.HTML"))) == fields(a)
    assert fields(load_article(tmp_path / "a.json")) == fields(a)
    assert load_article(tmp_path / "a.txt").intro == ["Un paragraphe."]


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("missing.md", None, "no such file"),
        ("latin1.txt", "Été".encode("latin-1"), "UTF-8"),
        ("a.pdf", b"%PDF", "unsupported"),
        ("bin.txt", b"a\x00b", "binary"),
    ],
)
def test_load_article_errors(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LocalSeoError) as err:
        load_article(path)
    assert err.value.code == ExitCode.INPUT
    assert words in str(err.value)


def test_load_article_directory(tmp_path):
    (tmp_path / "d.md").mkdir()
    with pytest.raises(LocalSeoError) as err:
        load_article(tmp_path / "d.md")
    assert err.value.code == ExitCode.INPUT

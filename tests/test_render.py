"""Renderers: slug, French typography, Markdown front matter, HTML page, JSON."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import lxml.html
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from local_seo.article import Article, Section
from local_seo.errors import ExitCode, LocalSeoError
from local_seo.render import (
    NBSP,
    NNBSP,
    apply_typography,
    format_for_path,
    french_typography,
    make_slug,
    one_line,
    render,
    to_html,
    to_json,
    to_markdown,
)

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FAST = settings(max_examples=150, deadline=None)


def sample(**changes) -> Article:
    fields = dict(
        title="L’ambassade américaine à Bagdad visée par des roquettes",
        description="Trois roquettes ont visé l’ambassade des États-Unis à Bagdad : aucun blessé selon l’armée.",
        slug="ambassade-americaine-bagdad-roquettes",
        keyword="ambassade américaine Bagdad",
        h1="Bagdad : l’ambassade américaine visée par trois roquettes",
        intro=["Trois roquettes ont visé dimanche l’ambassade américaine à Bagdad.", "Aucun blessé n’est signalé."],
        sections=[
            Section("Une attaque dans la zone verte", ["La zone verte abrite les institutions irakiennes."]),
            Section("Pourquoi l’ambassade est-elle visée ?", ["Washington dénonce « des actes de terrorisme ».", "Fin."]),
        ],
        date_published="2020-01-26",
    )
    fields.update(changes)
    return Article(**fields)


META = {"model": {"file": "gemma.gguf", "sha256": "ab" * 32}, "seed": 42, "date": "2024-05-01"}


def front_matter_of(md: str) -> dict:
    assert md.startswith("---\n")
    end = md.index("\n---\n", 3)
    return yaml.safe_load(md[4 : end + 1])


# ------------------------------------------------------------------------------------------------- slug


def test_slug_of_a_french_headline():
    slug = make_slug("L’ambassade américaine à Bagdad visée par des roquettes")
    assert slug == "ambassade-americaine-bagdad-visee-roquettes"
    assert len(slug) <= 60


def test_slug_elisions_numbers_and_fallbacks():
    assert make_slug("D'Irak à l'Iran : qu'il parte") == "irak-iran-il-parte"
    assert make_slug("2 500 manifestants, hausse de 2,5 %") == "2-500-manifestants-hausse-2-5"
    assert make_slug("aujourd’hui") == "aujourd-hui"
    assert make_slug("Œuvres & cœurs") == "oeuvres-coeurs"
    assert make_slug("Et la ?") == "et-la"  # only stop words: keep them
    assert make_slug("") == "article"
    assert make_slug("!!! ??? «»") == "article"


def test_slug_cuts_between_words():
    slug = make_slug("Un très long titre sur les conséquences économiques de la guerre commerciale mondiale", 30)
    assert len(slug) <= 30
    assert slug == "tres-long-titre-consequences"
    assert make_slug("anticonstitutionnellement", 10) == "anticonsti"


@FAST
@given(st.text(max_size=200), st.integers(min_value=1, max_value=80))
def test_slug_is_always_clean(text, max_length):
    slug = make_slug(text, max_length)
    assert slug
    assert SLUG_RE.match(slug), slug
    assert len(slug) <= max_length


# ------------------------------------------------------------------------------------------- typography


def test_typography_examples():
    assert french_typography("« Actes de terrorisme »") == f"«{NBSP}Actes de terrorisme{NBSP}»"
    assert french_typography("«Actes de terrorisme»") == f"«{NBSP}Actes de terrorisme{NBSP}»"
    assert french_typography("Pourquoi ?") == f"Pourquoi{NNBSP}?"
    assert french_typography("Pourquoi?") == f"Pourquoi{NNBSP}?"
    assert french_typography("Quoi ?!") == f"Quoi{NNBSP}?!"
    assert french_typography("l'ambassade") == "l’ambassade"
    assert french_typography("Bilan : trois morts; deux blessés!") == f"Bilan{NBSP}: trois morts{NNBSP}; deux blessés{NNBSP}!"


def test_typography_leaves_urls_times_and_line_starts_alone():
    assert french_typography("à 10:30 précises") == "à 10:30 précises"
    url = "https://example.fr/page?q=1&r=l'x#a:b"
    assert french_typography(f"Voir {url} et www.site.fr/a?b:c") == f"Voir {url} et www.site.fr/a?b:c"
    assert french_typography("?") == "?"
    assert french_typography("a\n? b") == "a\n? b"
    assert french_typography("") == ""


@FAST
@given(st.lists(st.sampled_from(list("ab1 :;!?«»'’\n/.w(") + [NBSP, NNBSP, "http://", "www."]), max_size=30).map("".join))
def test_typography_idempotent_on_tricky_alphabet(text):
    once = french_typography(text)
    assert french_typography(once) == once


@FAST
@given(st.text(max_size=120))
def test_typography_idempotent(text):
    once = french_typography(text)
    assert french_typography(once) == once


def test_apply_typography_keeps_slug_and_keyword():
    a = sample(keyword="l'ambassade : Bagdad", slug="l-ambassade")
    b = apply_typography(a)
    assert b is not a
    assert b.keyword == a.keyword and b.slug == a.slug
    assert b.sections[1].heading == f"Pourquoi l’ambassade est-elle visée{NNBSP}?"
    assert b.sections[1].paragraphs[0] == f"Washington dénonce «{NBSP}des actes de terrorisme{NBSP}»."
    assert b.h1.startswith(f"Bagdad{NBSP}:")
    assert a.h1.startswith("Bagdad :")  # the original is untouched


# --------------------------------------------------------------------------------------------- markdown


def test_markdown_layout():
    md = to_markdown(sample(), META)
    fm = front_matter_of(md)
    assert list(fm)[:5] == ["title", "description", "slug", "keyword", "lang"]
    assert fm["model"] == META["model"] and fm["seed"] == 42 and fm["date"] == "2024-05-01"
    body = md[md.index("\n---\n") + 5 :]
    assert body == (
        "\n# Bagdad : l’ambassade américaine visée par trois roquettes\n\n"
        "Trois roquettes ont visé dimanche l’ambassade américaine à Bagdad.\n\n"
        "Aucun blessé n’est signalé.\n\n"
        "## Une attaque dans la zone verte\n\n"
        "La zone verte abrite les institutions irakiennes.\n\n"
        "## Pourquoi l’ambassade est-elle visée ?\n\n"
        "Washington dénonce « des actes de terrorisme ».\n\n"
        "Fin.\n"
    )
    assert md.endswith("Fin.\n") and not md.endswith("\n\n")
    assert to_markdown(sample(), META) == md  # deterministic


def test_markdown_date_from_article_and_meta_cannot_override_fields():
    fm = front_matter_of(to_markdown(sample(), {"title": "autre", "seed": 1}))
    assert fm["title"] == sample().title
    assert fm["date"] == "2020-01-26"


@pytest.mark.parametrize(
    "title",
    ["Bagdad : « Actes de terrorisme »", "- tiret", "#hashtag", "'apostrophe'", '"guillemets"', "a: b: c", "yes",
     "null", "123", "---", "…", "ligne\nsuivante", "  espaces  ", "@at", "%pct", "*étoile", "!important", "[liste]",
     "{objet}", "> cité", "|pipe", "&ancre"],
)
def test_front_matter_nasty_titles(title):
    fm = front_matter_of(to_markdown(sample(title=title, description=title), {}))
    assert fm["title"] == one_line(title)
    assert fm["description"] == one_line(title)


@FAST
@given(st.text(max_size=80), st.text(max_size=160))
def test_front_matter_round_trips_any_text(title, description):
    md = to_markdown(sample(title=title, description=description), META)
    fm = front_matter_of(md)
    assert fm["title"] == one_line(title)
    assert fm["description"] == one_line(description)
    assert "\n" not in fm["title"]


def test_markdown_escapes_markup_in_text():
    a = sample(intro=["# pas un titre", "- pas une liste", "2024. Une année", "a *b* <script>x</script> [l](u)"])
    md = to_markdown(a, {})
    assert "\n\\# pas un titre\n" in md
    assert "\n\\- pas une liste\n" in md
    assert "\n2024\\. Une année\n" in md
    assert "a \\*b\\* \\<script>x\\</script> \\[l](u)" in md


# ------------------------------------------------------------------------------------------------- html


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def _ld(doc) -> dict:
    scripts = doc.xpath('//script[@type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].text)


def test_html_page():
    page = to_html(sample(), {"base_url": "https://exemple.fr/"})
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"fr\">")
    doc = lxml.html.document_fromstring(page)
    assert doc.find(".//title").text == sample().title
    assert doc.xpath('//meta[@charset]')
    assert doc.xpath('//meta[@name="description"]/@content') == [sample().description]
    assert doc.xpath('//link[@rel="canonical"]/@href') == ["https://exemple.fr/ambassade-americaine-bagdad-roquettes/"]
    og = {m.get("property"): m.get("content") for m in doc.xpath("//meta[@property]")}
    assert og["og:title"] == sample().title and og["og:description"] == sample().description
    assert og["og:type"] == "article" and og["og:locale"] == "fr_FR"
    assert og["og:url"] == "https://exemple.fr/ambassade-americaine-bagdad-roquettes/"
    assert [h.text for h in doc.iter("h1")] == [sample().h1]
    assert [h.text for h in doc.iter("h2")] == [s.heading for s in sample().sections]
    assert [p.text for p in doc.iter("p")] == sample().paragraphs()
    ld = _ld(doc)
    assert ld["@type"] == "NewsArticle" and ld["inLanguage"] == "fr"
    assert ld["headline"] == sample().h1 and ld["description"] == sample().description
    assert ld["keywords"] == sample().keyword and ld["datePublished"] == "2020-01-26"
    assert ld["articleBody"] == sample().body_text()
    collector = _Collector()
    collector.feed(page)
    assert collector.tags.count("p") == 5 and collector.tags.count("h2") == 2


def test_html_relative_canonical_and_no_date():
    page = to_html(sample(date_published=None), {})
    doc = lxml.html.document_fromstring(page)
    assert doc.xpath('//link[@rel="canonical"]/@href') == ["/ambassade-americaine-bagdad-roquettes/"]
    assert "datePublished" not in _ld(doc)
    assert "article:published_time" not in page


def test_html_escapes_script_everywhere():
    evil = "</script><script>alert(1)</script> & <b>gras</b> \"q\" 'a'"
    a = sample(title=evil, description=evil, h1=evil, keyword=evil, intro=[evil], sections=[Section(evil, [evil])])
    page = to_html(a, {"base_url": "https://x.fr"})
    doc = lxml.html.document_fromstring(page)
    assert len(doc.xpath("//script")) == 1  # only the JSON-LD one
    assert not doc.xpath("//b")
    assert [p.text for p in doc.iter("p")] == [evil, evil]
    assert doc.find(".//title").text == evil and doc.find(".//h1").text == evil
    ld = _ld(doc)
    assert ld["headline"] == evil and ld["keywords"] == evil and ld["articleBody"] == f"{evil}\n\n{evil}"
    collector = _Collector()
    collector.feed(page)
    assert collector.tags.count("script") == 1


# ------------------------------------------------------------------------------------------------- json


def test_json_output():
    out = to_json(sample(), {"meta": META, "report": {"score": 87}})
    data = json.loads(out)
    assert list(data) == ["article", "meta", "report"]
    art = data["article"]
    assert list(art) == ["title", "description", "slug", "keyword", "h1", "intro", "sections", "lang",
                         "date_published", "markdown"]
    assert art["sections"][1] == {"heading": "Pourquoi l’ambassade est-elle visée ?",
                                  "paragraphs": ["Washington dénonce « des actes de terrorisme ».", "Fin."],
                                  "bullets": False, "level": 2}
    assert art["markdown"] == to_markdown(sample(), META)
    assert "é" in out  # ensure_ascii=False
    assert out == to_json(sample(), {"meta": META, "report": {"score": 87}})
    with pytest.raises(ValueError):
        to_json(sample(), {"article": 1})


def test_render_dispatch_and_formats():
    a = sample()
    assert render(a, META, "md") == to_markdown(a, META)
    assert render(a, META, "html") == to_html(a, META)
    data = json.loads(render(a, META, "json", {"report": {"ok": True}}))
    assert data["meta"]["seed"] == 42 and data["report"] == {"ok": True}
    with pytest.raises(LocalSeoError) as err:
        render(a, META, "pdf")
    assert err.value.code == ExitCode.USAGE
    assert format_for_path("out/a.MD") == "md"
    assert format_for_path("a.markdown") == "md"
    assert format_for_path("a.htm") == "html" and format_for_path("a.html") == "html"
    assert format_for_path("a.json") == "json"
    assert format_for_path("a.txt") == "md" and format_for_path("-", "json") == "json"


def test_lists_and_subsections_round_trip_through_markdown_and_html():
    from local_seo.parse import parse_article

    art = Article(title="Ambassade américaine : roquettes", description="d", slug="s", keyword="ambassade",
                  h1="Ambassade américaine : roquettes", intro=["Des roquettes ont été tirées."],
                  sections=[Section("Les faits", ["Une phrase.", "Une autre."]),
                            Section("Les chiffres clés", ["Sept roquettes.", "Deux morts."], bullets=True),
                            Section("Qui est qui", ["Christopher Miller : ministre."], bullets=True, level=3)])
    md = to_markdown(art, {})
    assert "\n- Sept roquettes.\n" in md and "\n### Qui est qui\n" in md
    back = parse_article(md, "md")
    assert [(s.heading, s.paragraphs, s.bullets, s.level) for s in back.sections] == [
        (s.heading, s.paragraphs, s.bullets, s.level) for s in art.sections]
    html = to_html(art, {})
    assert "<ul>\n<li>Sept roquettes.</li>" in html and "<h3>Qui est qui</h3>" in html


def test_items_of_a_list_in_running_text_render_as_one_list():
    listed = Section("Des actions à entreprendre", [
        "L’association appelle à certaines actions :", "Assurer l’égalité des chances.",
        "Activer les dispositions de la loi.", "Le rapport sera présenté en mars."], items=frozenset({1, 2}))
    art = sample(sections=[listed, *sample().sections])
    md = to_markdown(art, META)
    assert ("certaines actions\u00a0:\n\n- Assurer l’égalité des chances.\n- Activer les dispositions de la loi.\n\n"
            "Le rapport" in to_markdown(apply_typography(art), META)), md
    html = to_html(art, META)
    assert ("<p>L’association appelle à certaines actions :</p>\n<ul>\n<li>Assurer l’égalité des chances.</li>\n"
            "<li>Activer les dispositions de la loi.</li>\n</ul>\n<p>Le rapport sera présenté en mars.</p>") in html
    assert json.loads(to_json(art, META))["article"]["sections"][0]["items"] == [1, 2]

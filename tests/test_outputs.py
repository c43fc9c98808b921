"""What a user gets from ``local-seo rewrite``, run as a user runs it (``python -m local_seo``, a real source, the
embedded model): a standalone HTML page with valid meta tags, Open Graph and JSON-LD; a JSON file holding the
article, its report and its manifest; Markdown alone on stdout with a YAML front matter; French typography on demand.

The source is an excerpt of a real example (003) with a ``<script>`` tag inside a quotation (kept verbatim by the
rewriter, so it must come out as text in every format) and a short paragraph whose quotations and question carry
``? !`` for the typography checks. Three rewrites, ``--samples 0`` (deterministic restatements, the model only
ranks), ``--threads 1`` (2 shared cores): ``-o page.html``, ``-o data.json`` and ``-o - --typography``, same seed:
same article.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from corefixtures import EXAMPLE_003

from local_seo.text import count_words, words

pytestmark = pytest.mark.model

SEED = 42
INJECTION = "<script>alert(1)</script>"
REAL_SENTENCE = ("Cette attaque a provoqué des dégâts matériels, mais elle n’a fait aucune victime, d’après un "
                 "communiqué des forces de sécurité irakiennes.")
INJECTED_SENTENCE = (f"« Cette attaque a provoqué des dégâts matériels {INJECTION}, mais elle n’a fait aucune "
                     "victime », d’après un communiqué des forces de sécurité irakiennes.")
EXTRA_PARAGRAPH = ("« Jusqu’à quand ces attaques vont-elles continuer ? », s’est interrogé un diplomate occidental à "
                   "Bagdad. Les roquettes ont manqué la chancellerie ; le bâtiment n’a pas été touché. "
                   "« Cela suffit ! », a lancé le diplomate.")
NNBSP, NBSP = "\u202f", "\u00a0"
SUMMARY_MARKERS = ("local-seo →", "sentences kept", "SEO checks", "┌", "│", "note:")


def source_text() -> str:
    lines = EXAMPLE_003.read_text(encoding="utf-8").splitlines()
    text = "\n".join([lines[0], lines[1], lines[3]])  # headline, first and third paragraphs: a short rewrite
    assert REAL_SENTENCE in text, "example 003 changed: update REAL_SENTENCE"
    return text.replace(REAL_SENTENCE, INJECTED_SENTENCE) + "\n" + EXTRA_PARAGRAPH + "\n"


def rewrite(src: Path, output: str, *extra: str, cwd: Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "local_seo", "rewrite", str(src), "-o", output, "--seed", str(SEED),
           "--samples", "0", "--threads", "1", *extra]
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=400, env={**os.environ, "COLUMNS": "100"})
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-3000:]
    return proc


def split_front_matter(md: str) -> tuple[dict, str]:
    assert md.startswith("---\n"), md[:200]
    end = md.index("\n---\n", 4)
    return yaml.safe_load(md[4:end]), md[end + 5:]


def md_body_words(md: str) -> int:
    """README "Word count": headings and front matter do not count."""
    _, body = split_front_matter(md)
    return count_words("\n".join(line for line in body.splitlines() if not line.lstrip().startswith("#")))


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("outputs")
    src = base / "source.txt"
    src.write_text(source_text(), encoding="utf-8")
    out: dict = {"dir": base}
    rewrite(src, "page.html", cwd=base)  # page.report.json beside it
    rewrite(src, "data.json", cwd=base)  # data.report.json beside it
    stdout_dir = base / "stdout"
    stdout_dir.mkdir()
    proc = rewrite(src, "-", "--typography", cwd=stdout_dir)
    out["html"] = (base / "page.html").read_text(encoding="utf-8")
    out["html_report"] = json.loads((base / "page.report.json").read_text(encoding="utf-8"))
    out["json_raw"] = (base / "data.json").read_text(encoding="utf-8")
    out["stdout"] = proc.stdout.decode("utf-8")
    out["stderr"] = proc.stderr.decode("utf-8")
    out["stdout_dir_files"] = sorted(p.name for p in stdout_dir.iterdir())
    return out


@pytest.fixture(scope="module")
def page(runs):
    import lxml.html

    return lxml.html.document_fromstring(runs["html"])


@pytest.fixture(scope="module")
def data(runs) -> dict:
    return json.loads(runs["json_raw"])


@pytest.fixture(scope="module")
def json_ld(page) -> dict:
    scripts = page.xpath('//script[@type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].text)


def meta_content(page, attr: str, name: str) -> str:
    els = page.xpath(f'//meta[@{attr}="{name}"]')
    assert len(els) == 1, f"{attr}={name}: {len(els)} elements"
    return els[0].get("content")


# ------------------------------------------------------------------------------------------------------ HTML


def test_html_page_head(runs, page, data):
    art = data["article"]
    assert runs["html"].startswith("<!DOCTYPE html>")
    assert page.tag == "html" and page.get("lang") == "fr"
    assert len(page.xpath("//h1")) == 1
    title = page.findtext(".//title")
    assert title and len(title) <= 60
    assert title == art["title"]  # same seed, same source, same options: the same article in every format
    assert meta_content(page, "property", "og:title") == title


def test_html_meta_description_length_is_what_the_report_says(runs, page, data):
    desc = meta_content(page, "name", "description")
    assert desc == data["article"]["description"]
    assert meta_content(page, "property", "og:description") == desc
    check = next(c for c in runs["html_report"]["seo_checks"] if c["id"] == "meta_length")
    assert len(desc) == check["value"]
    if check["status"] == "good":
        assert 120 <= len(desc) <= 156
    else:  # the tool could not reach the range: it must say so, with the real length
        assert not 120 <= len(desc) <= 156


def test_html_canonical_and_open_graph(page, data):
    slug = data["article"]["slug"]
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    links = [link for link in page.iter("link") if "canonical" in (link.get("rel") or "").split()]
    assert len(links) == 1
    assert links[0].get("href").endswith(f"/{slug}/")
    assert meta_content(page, "property", "og:type") == "article"
    assert meta_content(page, "property", "og:locale") == "fr_FR"
    assert meta_content(page, "property", "og:url").endswith(f"/{slug}/")


def test_html_json_ld_is_a_news_article(page, json_ld, data):
    art = data["article"]
    assert json_ld["@context"] == "https://schema.org" and json_ld["@type"] == "NewsArticle"
    assert json_ld["headline"] == page.findtext(".//h1") == art["h1"]
    assert json_ld["description"] == meta_content(page, "name", "description")
    assert json_ld["inLanguage"] == "fr"
    assert json_ld["keywords"] == art["keyword"]
    assert json_ld["articleBody"].strip()


def test_html_article_body_has_the_markdown_word_count(runs, json_ld, data):
    body_words = count_words(json_ld["articleBody"])
    assert body_words == json_ld["wordCount"]
    assert body_words == md_body_words(data["article"]["markdown"])
    assert body_words == runs["html_report"]["words"] == data["report"]["words"]


def test_html_body_paragraphs_are_the_article_paragraphs(page, data):
    art = data["article"]
    expected = list(art["intro"]) + [p for s in art["sections"] for p in s["paragraphs"]]
    got = [el.text_content() for el in page.xpath("//article//p | //article//li")]
    assert got == expected
    assert [h.text_content() for h in page.xpath("//article//h2 | //article//h3")] == \
        [s["heading"] for s in art["sections"]]


def test_script_in_the_source_stays_text(runs, page, json_ld, data):
    raw = runs["html"]
    assert "<script>alert" not in raw.lower()
    scripts = page.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]  # the JSON-LD and nothing else
    assert "<" not in scripts[0].text  # inside the JSON-LD, "<" is written \u003c: no "</script>" can end it early
    # The quotation is kept verbatim, so the tag must be there as text, in the body and in the JSON-LD.
    text = page.xpath("//article")[0].text_content()
    if INJECTION not in text:
        pytest.skip("the rewriter left the quotation with the <script> text out: nothing to escape")
    assert INJECTION in json_ld["articleBody"]
    # Markdown: "<" escaped, so that no Markdown renderer sees raw HTML.
    md = data["article"]["markdown"]
    assert INJECTION.replace("<", "\\<") in md
    assert not re.search(r"(?<!\\)<script", md)
    assert not re.search(r"(?<!\\)<script", runs["stdout"])


# ------------------------------------------------------------------------------------------------------ JSON


def test_json_output_holds_article_report_and_manifest(data):
    art = data["article"]
    for key in ("title", "description", "slug", "keyword", "h1", "intro", "sections", "lang", "markdown"):
        assert key in art, key
    assert art["title"] and art["description"] and art["slug"] and art["keyword"]
    assert art["lang"] == "fr"
    assert art["sections"] and all(isinstance(s["heading"], str) and s["heading"] for s in art["sections"])
    assert all(isinstance(p, str) and p for s in art["sections"] for p in s["paragraphs"])
    report, manifest = data["report"], data["manifest"]
    assert {c["id"] for c in report["seo_checks"]} >= {"title_length", "meta_length", "keyphrase_title"}
    assert report["words"] == md_body_words(art["markdown"])
    assert manifest["seed"] == SEED
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["input_sha256"])
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["model"]["sha256"])


def test_json_sidecars_agree_with_the_embedded_report(runs, data):
    base = runs["dir"]
    report = json.loads((base / "data.report.json").read_text(encoding="utf-8"))
    manifest = json.loads((base / "data.manifest.json").read_text(encoding="utf-8"))
    assert report["seo_checks"] == data["report"]["seo_checks"]
    assert report["words"] == data["report"]["words"]
    assert manifest["input_sha256"] == data["manifest"]["input_sha256"]
    assert manifest["model"] == data["manifest"]["model"]


@pytest.mark.parametrize("name", ["page.html", "data.json"])
def test_outputs_read_back_with_the_reported_checks(runs, name):
    """``local-seo check`` on the HTML page and on the JSON file gives the checks of their reports."""
    base = runs["dir"]
    report = json.loads((base / (name.rsplit(".", 1)[0] + ".report.json")).read_text(encoding="utf-8"))
    proc = subprocess.run([sys.executable, "-m", "local_seo", "check", name, "--json", "--min-words",
                           str(report["target_words"])], cwd=base, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert json.loads(proc.stdout)["checks"] == report["seo_checks"]


# -------------------------------------------------------------------------------------------- Markdown, stdout


def test_stdout_holds_only_the_markdown(runs):
    out = runs["stdout"]
    assert out.startswith("---\n") and out.endswith("\n")
    for marker in SUMMARY_MARKERS:
        assert marker not in out, marker
    fm, body = split_front_matter(out)
    assert re.search(r"^# \S", body, re.M)
    assert runs["stdout_dir_files"] == []  # no report, no manifest, nothing left behind


@pytest.mark.parametrize("which", ["json", "stdout"])
def test_front_matter(runs, data, which):
    md = data["article"]["markdown"] if which == "json" else runs["stdout"]
    fm, _ = split_front_matter(md)
    for key in ("title", "description", "slug", "keyword", "lang", "model", "seed"):
        assert key in fm, key
    assert fm["lang"] == "fr" and fm["seed"] == SEED
    assert fm["model"]["file"] and re.fullmatch(r"[0-9a-f]{64}", fm["model"]["sha256"])
    assert fm["slug"] == data["article"]["slug"] and fm["keyword"] == data["article"]["keyword"]
    if which == "json":
        assert fm["title"] == data["article"]["title"]
        assert fm["description"] == data["article"]["description"]


# ------------------------------------------------------------------------------------------------- typography


def _apostrophes(ws: list[str]) -> list[str]:
    return [w.replace("'", "’") for w in ws]


def test_typography_keeps_the_words(runs, data):
    plain, typo = data["article"]["markdown"], runs["stdout"]
    assert NNBSP not in plain  # nothing typographic without --typography
    assert _apostrophes(words(typo)) == _apostrophes(words(plain))


def test_typography_spaces(runs):
    _, body = split_front_matter(runs["stdout"])
    marks = re.findall(r"[?!;]", body)
    assert marks, "no ? ! ; in the article: the typography test has nothing to check"
    for m in re.finditer(r"(.)([?!;])", body):
        assert m.group(1) == NNBSP, f"no narrow no-break space before {m.group(2)!r}: {body[m.start() - 30:m.end()]!r}"
    assert "«" in body
    for m in re.finditer(r"«(.)", body):
        assert m.group(1) in (NBSP, NNBSP), body[m.start():m.end() + 30]
    for m in re.finditer(r"(.)»", body):
        assert m.group(1) in (NBSP, NNBSP), body[m.start() - 30:m.end()]
    for m in re.finditer(r"(.):(?=\s)", body):
        assert m.group(1) in (NBSP, NNBSP), body[m.start() - 30:m.end()]
    assert not re.search(r" [?!;:»]|« ", body)  # no ordinary space left where a no-break one belongs


def test_typography_run_is_the_plain_article_with_typography(runs, data):
    """``-o - --typography`` writes the very article of ``-o data.json`` (same seed), typography applied."""
    from local_seo.article import Article, Section
    from local_seo.render import apply_typography, to_markdown

    art = data["article"]
    article = Article(title=art["title"], description=art["description"], slug=art["slug"], keyword=art["keyword"],
                      h1=art["h1"], intro=list(art["intro"]),
                      sections=[Section(s["heading"], list(s["paragraphs"]), bullets=s["bullets"], level=s["level"])
                                for s in art["sections"]],
                      lang=art["lang"], date_published=art["date_published"])
    fm, _ = split_front_matter(art["markdown"])
    meta = {k: v for k, v in fm.items() if k not in ("title", "description", "slug", "keyword", "lang", "date")}
    assert to_markdown(article, meta) == art["markdown"]  # the JSON's article reads back into its own Markdown
    assert runs["stdout"] == to_markdown(apply_typography(article), meta)

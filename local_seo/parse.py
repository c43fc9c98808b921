"""Reading an article back from Markdown, HTML, plain text or our own JSON (what ``local-seo check`` audits).

The article may come from us, from a person or from another tool, so the readers are lenient: a missing title
falls back on the H1 (and the other way round), a missing slug is made from the title.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from .article import Article, Section
from .errors import ExitCode, LocalSeoError
from .render import make_slug, one_line

__all__ = ["format_for_input", "guess_format", "load_article", "parse_article"]

_INPUT_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "txt",
    ".text": "txt",
    "": "txt",
    ".json": "json",
}

# ------------------------------------------------------------------------------------------------ helpers

_WS_RE = re.compile(r"[ \t\r\n\f\v]+")  # ASCII whitespace only: no-break spaces are French typography, kept


def _clean(text: str | None) -> str:
    return _WS_RE.sub(" ", text or "").strip()


def _str(value: Any) -> str:
    """A front matter / JSON-LD value as one line of text (dates as ISO strings, lists as their first item)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return _str(value[0]) if value else ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return one_line(str(value))


def _lang(value: Any) -> str:
    lang = _str(value).replace("_", "-").split("-")[0].lower()
    return lang or "fr"


def _finish(
    *,
    title: str,
    description: str,
    slug: str,
    keyword: str,
    h1: str,
    intro: list[str],
    sections: list[Section],
    lang: str,
    date_published: str | None,
) -> Article:
    title, h1 = title.strip(), h1.strip()
    title = title or h1
    h1 = h1 or title
    slug = slug.strip() or make_slug(title or h1)
    return Article(
        title=title,
        description=description.strip(),
        slug=slug,
        keyword=keyword.strip(),
        h1=h1,
        intro=intro,
        sections=sections,
        lang=lang or "fr",
        date_published=date_published or None,
    )


def _first_keyword(value: Any) -> str:
    """``keyword`` from a single value, a list, or a comma-separated ``keywords`` string: its first item."""
    if isinstance(value, (list, tuple)):
        return _first_keyword(value[0]) if value else ""
    text = _str(value)
    return text.split(",")[0].strip() if "," in text else text


# ----------------------------------------------------------------------------------------------- markdown

_FRONT_MATTER_RE = re.compile(r"\A(?:[ \t]*\n)*(---|\+\+\+)[ \t]*\n(.*?\n)?(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)", re.S)
_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LIST_RE = re.compile(r"^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+")
_QUOTE_RE = re.compile(r"^ {0,3}>[ \t]?")
_FENCE_RE = re.compile(r"^ {0,3}(```|~~~)")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_COMMENT_RE = re.compile(r"(?<!\\)<!--.*?-->", re.S)
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"]*\")?\)")
_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_CODE_RE = re.compile(r"`([^`]+)`")
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>=~|])")


_HELD_RE = re.compile("\ue000([0-9]+)\ue001")


def _md_inline(text: str) -> str:
    """Markdown inline markup to plain text: links and emphasis keep their text, images and tags go.

    Backslash escapes (``\\*``, ``\\<``…) are set aside first, so escaped characters are never markup.
    """
    held: list[str] = []

    def hold(m: re.Match[str]) -> str:
        held.append(m.group(1))
        return f"\ue000{len(held) - 1}\ue001"

    text = _ESCAPE_RE.sub(hold, text)
    text = _IMAGE_RE.sub("", text)
    text = _LINK_RE.sub(r"\1", text)
    text = _CODE_RE.sub(r"\1", text)
    text = _BOLD_RE.sub(r"\2", text)
    text = _EM_RE.sub(r"\1", text)
    text = _HTML_TAG_RE.sub("", text)
    text = _HELD_RE.sub(lambda m: held[int(m.group(1))], text)
    return _clean(text)


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    m = _FRONT_MATTER_RE.match(text)
    if not m:
        return {}, text
    raw = m.group(2) or ""
    try:
        data = tomllib.loads(raw) if m.group(1) == "+++" else yaml.safe_load(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        msg = " ".join(str(exc).split())
        raise LocalSeoError(f"invalid front matter: {msg}", ExitCode.INPUT) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise LocalSeoError("invalid front matter: expected 'key: value' lines", ExitCode.INPUT)
    return data, text[m.end() :]


def _parse_markdown(text: str) -> Article:
    fm, body = _split_front_matter(text)
    body = _COMMENT_RE.sub("", body)
    h1 = ""
    intro: list[str] = []
    sections: list[Section] = []
    list_sections: list[bool] = []  # whether each section holds list items only
    block: list[str] = []

    def target() -> list[str]:
        return sections[-1].paragraphs if sections else intro

    def flush() -> None:
        if block:
            para = _md_inline(" ".join(block))
            if para:
                target().append(para)
            block.clear()

    def heading(level: int, text: str) -> None:
        nonlocal h1
        text = _md_inline(text)
        if level == 1 and not h1 and not sections:
            h1 = text
        else:
            sections.append(Section(heading=text, level=3 if level >= 3 else 2))
            list_sections.append(True)

    in_fence = False
    for raw_line in body.splitlines():
        line = raw_line.rstrip()
        if _FENCE_RE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not line.strip():
            flush()
            continue
        atx = _ATX_RE.match(line)
        if atx:
            flush()
            heading(len(atx.group(1)), atx.group(2) or "")
            continue
        setext = _SETEXT_RE.match(line)
        if setext and len(block) == 1 and not _LIST_RE.match(block[0]):
            text = block.pop()
            heading(1 if setext.group(1)[0] == "=" else 2, text)
            continue
        if _RULE_RE.match(line):
            flush()
            continue
        line = _QUOTE_RE.sub("", line)
        if _LIST_RE.match(line):  # every list item is a paragraph of its own
            flush()
            block.append(_LIST_RE.sub("", line))
            continue
        if sections and not block:
            list_sections[-1] = False  # a paragraph that is no list item: not a list section
        block.append(line.strip())
    flush()
    for section, is_list in zip(sections, list_sections):
        section.bullets = is_list and bool(section.paragraphs)

    description = fm.get("description", fm.get("meta_description", fm.get("summary")))
    keyword = fm.get("keyword", fm.get("focus_keyword", fm.get("keywords")))
    date = fm.get("date_published", fm.get("date"))
    return _finish(
        title=_str(fm.get("title")),
        description=_str(description),
        slug=_str(fm.get("slug")),
        keyword=_first_keyword(keyword),
        h1=h1,
        intro=intro,
        sections=sections,
        lang=_lang(fm.get("lang", fm.get("language"))),
        date_published=_str(date) or None,
    )


# --------------------------------------------------------------------------------------------------- html

_DROPPED_TAGS = ("script", "style", "nav", "noscript", "template", "aside", "footer", "form", "svg", "iframe")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ARTICLE_TYPES = {"Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle"}


def _json_ld_article(doc: Any) -> dict[str, Any]:
    """The first schema.org Article-like object among the page's JSON-LD scripts, else ``{}``."""
    for script in doc.xpath('//script[translate(@type, "LDJSONAPIXT", "ldjsonapixt")="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                types = item.get("@type")
                types = set(types) if isinstance(types, list) else {types}
                if types & _ARTICLE_TYPES:
                    return item
                if "@graph" in item:
                    stack.append(item["@graph"])
    return {}


def _meta(doc: Any, *names: str) -> str:
    """Content of the first ``<meta name|property=…>`` among ``names`` (case-insensitive names)."""
    for name in names:
        for el in doc.iter("meta"):
            key = (el.get("name") or el.get("property") or "").strip().lower()
            if key == name and el.get("content") is not None:
                return _clean(el.get("content"))
    return ""


def _slug_from_url(url: str) -> str:
    if not url:
        return ""
    path = unquote(urlsplit(url.strip()).path).rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return re.sub(r"\.(?:html?|php|aspx?)$", "", last)


def _text(el: Any) -> str:
    return _clean(el.text_content())


def _parse_html(text: str) -> Article:
    import lxml.html
    from lxml import etree

    if not text.strip():
        raise LocalSeoError("empty HTML document", ExitCode.INPUT)
    try:
        if re.match(r"\s*<\?xml[^>]*encoding", text):
            text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise LocalSeoError(f"unreadable HTML: {exc}", ExitCode.INPUT) from exc

    ld = _json_ld_article(doc)
    for el in list(doc.iter(*_DROPPED_TAGS)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    for br in doc.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in doc.iter(etree.Comment, etree.ProcessingInstruction):
        el.text = ""

    title_el = doc.find(".//title")
    title = _clean(title_el.text_content()) if title_el is not None else ""
    title = title or _meta(doc, "og:title", "twitter:title")
    description = _meta(doc, "description", "og:description", "twitter:description") or _str(ld.get("description"))
    canonical = ""
    for link in doc.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href")
            break
    slug = _slug_from_url(canonical) or _slug_from_url(_meta(doc, "og:url"))
    keyword = _first_keyword(ld.get("keywords")) or _first_keyword(_meta(doc, "keywords", "news_keywords"))
    date = _str(ld.get("datePublished")) or _meta(doc, "article:published_time") or None
    lang = _lang(doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang") or ld.get("inLanguage"))

    # The article's own container when there is one: the <article> with the most text, else <main>, else <body>.
    articles = doc.findall(".//article")
    if articles:
        scope = max(articles, key=lambda a: len(a.text_content()))
    else:
        scope = doc.find(".//main")
        if scope is None:
            scope = doc.find(".//body")
        if scope is None:
            scope = doc
    h1 = ""
    intro: list[str] = []
    sections: list[Section] = []
    wanted = set(_HEADINGS) | {"p", "li"}
    blocks = set(_HEADINGS) | {"p"}
    for el in scope.iter(*wanted):
        tag = el.tag
        if any(a.tag in blocks for a in el.iterancestors()):
            continue  # already read with its container
        if tag == "li" and any(d.tag in wanted for d in el.iterdescendants()):
            continue  # its own <p>s or nested items are read on their own
        content = _text(el)
        if tag in _HEADINGS:
            if tag == "h1" and not h1 and not sections:
                h1 = content
            elif content:
                sections.append(Section(heading=content))
        elif content:
            (sections[-1].paragraphs if sections else intro).append(content)
    if not h1:
        first_h1 = doc.find(".//h1")
        if first_h1 is not None:
            h1 = _text(first_h1)
    if not intro and not any(s.paragraphs for s in sections):  # no <p> at all: one paragraph per text line
        skip = {h1} | {s.heading for s in sections}
        lines = (_clean(line) for line in scope.text_content().splitlines())
        intro = [line for line in lines if line and line not in skip]
    return _finish(
        title=title,
        description=description,
        slug=slug,
        keyword=keyword,
        h1=h1,
        intro=intro,
        sections=sections,
        lang=lang,
        date_published=date,
    )


# ---------------------------------------------------------------------------------------------------- txt

_FINAL_PUNCT = ".!?…:;,"
_HEADING_MAX_CHARS = 80
_HEADING_MAX_CHARS_IN_BLOCK = 60


def _looks_like_heading(line: str, max_chars: int) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= max_chars
        and line[-1] not in _FINAL_PUNCT
        and any(c.isalpha() for c in line)
        and not line.startswith(("-", "•", "—", "–", "*"))
    )


def _parse_txt(text: str) -> Article:
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = _clean(raw)
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if not blocks:
        return _finish(
            title="", description="", slug="", keyword="", h1="", intro=[], sections=[], lang="fr", date_published=None
        )
    h1 = blocks[0][0]
    blocks[0] = blocks[0][1:]
    intro: list[str] = []
    sections: list[Section] = []
    for block in blocks:
        if not block:
            continue
        if len(block) == 1 and _looks_like_heading(block[0], _HEADING_MAX_CHARS):
            sections.append(Section(heading=block[0]))
            continue
        if (
            len(block) > 1
            and _looks_like_heading(block[0], _HEADING_MAX_CHARS_IN_BLOCK)
            and not block[0][0].islower()
            and not block[1][0].islower()  # a lower-case next line continues a hard-wrapped sentence
        ):
            sections.append(Section(heading=block[0]))
            block = block[1:]
        (sections[-1].paragraphs if sections else intro).append(" ".join(block))
    return _finish(
        title=h1,
        description="",
        slug="",
        keyword="",
        h1=h1,
        intro=intro,
        sections=sections,
        lang="fr",
        date_published=None,
    )


# --------------------------------------------------------------------------------------------------- json


def _parse_json(text: str) -> Article:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise LocalSeoError(f"invalid JSON: {exc}", ExitCode.INPUT) from exc
    if isinstance(data, dict) and isinstance(data.get("article"), dict):
        data = data["article"]
    if not isinstance(data, dict):
        raise LocalSeoError("JSON input must be an object with an 'article' object", ExitCode.INPUT)
    if "sections" not in data and "intro" not in data and isinstance(data.get("markdown"), str):
        return _parse_markdown(data["markdown"])
    sections = []
    for s in data.get("sections") or []:
        if isinstance(s, dict):
            paragraphs = [_str(p) for p in s.get("paragraphs") or [] if _str(p)]
            sections.append(Section(heading=_str(s.get("heading")), paragraphs=paragraphs))
    return _finish(
        title=_str(data.get("title")),
        description=_str(data.get("description")),
        slug=_str(data.get("slug")),
        keyword=_first_keyword(data.get("keyword")),
        h1=_str(data.get("h1")),
        intro=[_str(p) for p in data.get("intro") or [] if _str(p)],
        sections=sections,
        lang=_lang(data.get("lang")),
        date_published=_str(data.get("date_published")) or None,
    )


# ------------------------------------------------------------------------------------------------- public


def guess_format(text: str) -> str:
    """``md``, ``html``, ``json`` or ``txt`` from the content itself (for stdin and unknown extensions)."""
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.match(r"<(head|body|article|meta|title)\b", head):
        return "html"
    if head.startswith("{"):
        return "json"
    if head.startswith(("---\n", "+++\n", "# ")) or re.search(r"^#{1,6} ", text[:5000], re.M):
        return "md"
    return "txt"


def format_for_input(path: str | Path) -> str | None:
    """The input format of ``path`` by its extension, ``None`` when the extension is unknown."""
    return _INPUT_FORMATS.get(Path(str(path)).suffix.lower())


def parse_article(text: str, fmt: str) -> Article:
    """An :class:`Article` from ``text`` in format ``fmt``: ``md``, ``html``, ``txt`` (or ``json``, our own output).

    * md: YAML (or TOML ``+++``) front matter gives title, description (or meta_description), slug, keyword,
      lang, date; ``# `` is the H1, ``## ``…``###### `` open sections, other blank-line separated blocks are
      paragraphs (list items one each); inline markup (links, emphasis, code) is reduced to its text.
    * html: ``<title>``, meta description, slug from the canonical link or og:url, keyword and date from
      JSON-LD, then ``h1``, ``h2``-``h6`` and ``p``/``li`` of the main ``<article>``; script, style, nav,
      aside and footer are ignored.
    * txt: the first line is H1 and title; blank-line separated blocks are paragraphs; a short line without
      final punctuation is a heading.

    A missing title falls back on the H1, a missing H1 on the title, a missing slug is made from the title.
    """
    text = (text or "").lstrip("\ufeff")
    fmt = (fmt or "").lower().lstrip(".")
    fmt = {"markdown": "md", "htm": "html", "text": "txt"}.get(fmt, fmt)
    if fmt == "md":
        return _parse_markdown(text)
    if fmt == "html":
        return _parse_html(text)
    if fmt == "txt":
        return _parse_txt(text)
    if fmt == "json":
        return _parse_json(text)
    raise LocalSeoError(f"unsupported article format {fmt!r}: use md, html or txt", ExitCode.INPUT)


def load_article(path: str | Path) -> Article:
    """Read and parse the article at ``path`` (UTF-8, BOM allowed; ``-`` is stdin), format by extension.

    Raises :class:`LocalSeoError` with :attr:`ExitCode.INPUT` when the file is missing, unreadable, not UTF-8
    or of an unsupported format.
    """
    import sys

    if str(path) == "-":
        data = sys.stdin.buffer.read()
        fmt = None
    else:
        p = Path(path)
        fmt = format_for_input(p)
        if fmt is None:
            supported = ", ".join(sorted(ext for ext in _INPUT_FORMATS if ext))
            raise LocalSeoError(f"{p}: unsupported article format {p.suffix!r} (use {supported})", ExitCode.INPUT)
        if not p.exists():
            raise LocalSeoError(f"{p}: no such file", ExitCode.INPUT)
        if p.is_dir():
            raise LocalSeoError(f"{p} is a directory, not an article file", ExitCode.INPUT)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise LocalSeoError(f"{p}: cannot read: {exc.strerror or exc}", ExitCode.INPUT) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LocalSeoError(f"{path}: not UTF-8 text (byte {exc.start}); convert it to UTF-8", ExitCode.INPUT) from exc
    if "\x00" in text:
        raise LocalSeoError(f"{path}: binary file, not an article", ExitCode.INPUT)
    return parse_article(text, fmt or guess_format(text))

"""Writing an :class:`Article` out: slug, French typography, Markdown (YAML front matter), HTML5 and JSON.

Every renderer is deterministic (same article and meta, same bytes) and escapes whatever the text contains:
a title full of colons, quotes or ``« »`` still gives valid YAML, and ``</script>`` in a paragraph stays text.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from slugify import slugify

from .article import Article, Section
from .errors import ExitCode, LocalSeoError
from .text import count_words

__all__ = [
    "FORMATS",
    "SLUG_STOPWORDS",
    "apply_typography",
    "canonical_url",
    "format_for_path",
    "french_typography",
    "make_slug",
    "one_line",
    "render",
    "to_html",
    "to_json",
    "to_markdown",
]

FORMATS = ("md", "html", "json")

# --------------------------------------------------------------------------------------------------- slug

# Words dropped from slugs (compared after accent folding, so "à" is "a").
SLUG_STOPWORDS = ("le", "la", "les", "de", "des", "du", "un", "une", "et", "a", "au", "aux", "en", "sur", "pour", "par")
# Elided articles and pronouns: "l’ambassade" -> "ambassade", "d’Irak" -> "irak", "qu’il" -> "il".
_ELISION_RE = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’ʼ`]", re.IGNORECASE)
_DECIMAL_RE = re.compile(r"(?<=\d)[,.](?=\d)")  # "2,5" -> "2-5" (slugify would glue "25")
_SLUG_CLEAN_RE = re.compile(r"[^a-z0-9]+")


def _clean_slug(slug: str) -> str:
    return _SLUG_CLEAN_RE.sub("-", slug.lower()).strip("-")


def _truncate_words(slug: str, max_length: int) -> str:
    """Cut ``slug`` at a hyphen so that it fits ``max_length``; a first word that is too long is cut."""
    if len(slug) <= max_length:
        return slug
    out = ""
    for word in slug.split("-"):
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_length:
            break
        out = candidate
    return out or slug[:max_length].strip("-")


def make_slug(text: str, max_length: int = 60) -> str:
    """A URL slug for ``text``: lower-case ASCII letters, digits and single hyphens, at most ``max_length`` long.

    Accents are folded, elided articles (``l’``, ``d’``, ``qu’``…) and French stop words are dropped, numbers are
    kept, the cut falls between words. Never empty: ``"article"`` when nothing usable is left.
    """
    max_length = max(1, int(max_length))
    prepared = _ELISION_RE.sub(" ", text or "")
    prepared = _DECIMAL_RE.sub("-", prepared)
    prepared = re.sub(r"['’ʼ`]", " ", prepared)  # other apostrophes separate words: aujourd’hui -> aujourd-hui
    prepared = prepared.replace("&", " et ")
    slug = _clean_slug(slugify(prepared, stopwords=SLUG_STOPWORDS, separator="-", lowercase=True))
    if not slug:  # only stop words ("Et la ?"): keep them rather than fall back
        slug = _clean_slug(slugify(prepared, separator="-", lowercase=True))
    slug = _truncate_words(slug, max_length).strip("-")
    if not slug:
        slug = "article"[:max_length]
    return slug


# --------------------------------------------------------------------------------------------- typography

NNBSP = "\u202f"  # narrow no-break space: before ; ! ?
NBSP = "\u00a0"  # no-break space: before : and inside « »
_HSPACE = " \t\u00a0\u202f\u2009"  # horizontal spaces we may replace
# URLs, e-mail addresses and "www." hosts are left alone: "https://a.fr/?q=1" keeps its "?" and ":".
_URL_RE = re.compile(r"(?:\b[a-zA-Z][a-zA-Z0-9+.\-]*://|\bwww\.|\bmailto:)[^\s<>«»\"]*|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
_HIGH_PUNCT_RE = re.compile(rf"(?P<sp>[{_HSPACE}]*)(?P<p>[;!?]+)")
_COLON_RE = re.compile(rf"(?P<sp>[{_HSPACE}]*)(?P<p>:+)")
_OPEN_GUILLEMET_RE = re.compile(rf"«[{_HSPACE}]*(?=[^\s])")
_CLOSE_GUILLEMET_RE = re.compile(rf"(?<=[^\s])[{_HSPACE}]*»")
# No space is inserted after these ("(?)", "« ?" is handled by the guillemet rule, "'?" is code-like).
_NO_SPACE_AFTER = set("([{«\"'’/\\")


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL_RE.finditer(text)]


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _sub_outside_urls(pattern: re.Pattern[str], repl, text: str) -> str:
    spans = _url_spans(text)

    def wrapper(m: re.Match[str]) -> str:
        if _in_spans(m.start(), spans) or _in_spans(m.end() - 1, spans):
            return m.group(0)
        return repl(m) if callable(repl) else repl

    return pattern.sub(wrapper, text)


def _space_before(space: str, mark: str) -> Any:
    """Replacement for a run of horizontal spaces (maybe empty) before a punctuation mark."""

    def repl(m: re.Match[str]) -> str:
        text = m.string
        sp, punct = m.group("sp"), m.group("p")
        start = m.start()
        prev = text[start - 1] if start > 0 else ""
        if mark == ":" and not sp and prev.isdigit() and m.end() < len(text) and text[m.end()].isdigit():
            return m.group(0)  # 10:30, 3:2
        if prev == "" or prev in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
            return m.group(0)  # start of text or of a line: nothing to attach to
        if not sp and (prev in _NO_SPACE_AFTER or prev.isspace()):
            return m.group(0)
        return space + punct

    return repl


def french_typography(text: str) -> str:
    """French typographic spaces and apostrophes; idempotent, URLs and times such as ``10:30`` left alone.

    * ``'`` between two letters becomes ``’`` (``l'ambassade`` -> ``l’ambassade``);
    * a narrow no-break space U+202F stands before ``;``, ``!`` and ``?`` (``Pourquoi ?``);
    * a no-break space U+00A0 stands before ``:`` and inside guillemets (``« Actes de terrorisme »``).
    """
    if not text:
        return text
    text = _sub_outside_urls(_APOSTROPHE_RE, "’", text)
    text = _sub_outside_urls(_OPEN_GUILLEMET_RE, "«" + NBSP, text)
    text = _sub_outside_urls(_CLOSE_GUILLEMET_RE, NBSP + "»", text)
    text = _sub_outside_urls(_COLON_RE, _space_before(NBSP, ":"), text)
    text = _sub_outside_urls(_HIGH_PUNCT_RE, _space_before(NNBSP, "?"), text)
    return text


def apply_typography(article: Article) -> Article:
    """A copy of ``article`` with :func:`french_typography` on every text field except ``slug`` and ``keyword``."""
    return dataclasses.replace(
        article,
        title=french_typography(article.title),
        description=french_typography(article.description),
        h1=french_typography(article.h1),
        intro=[french_typography(p) for p in article.intro],
        sections=[
            Section(heading=french_typography(s.heading), paragraphs=[french_typography(p) for p in s.paragraphs],
                    bullets=s.bullets, level=s.level, items=s.items)
            for s in article.sections
        ],
    )


# ----------------------------------------------------------------------------------------------- markdown

_LINE_BREAKS_RE = re.compile(r"[ \t]*[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+[ \t]*")


def one_line(text: str | None) -> str:
    """``text`` on one line: every line break (with the spaces around it) becomes one space; ends trimmed.

    What the front matter, headings and HTML head hold: ``yaml.safe_load`` of the front matter gives back
    ``one_line(title)`` exactly.
    """
    if text is None:
        return ""
    return _LINE_BREAKS_RE.sub(" ", str(text)).strip(" \t")


# A paragraph starting like a Markdown block construct would not read back as a paragraph: escape its first char.
_BLOCK_START_RE = re.compile(r"^(?:#|>|[-+*](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$))|={2,}|-{3,}|```|~~~)")


def _escape_block_start(text: str) -> str:
    m = _BLOCK_START_RE.match(text)
    if not m:
        return text
    token = m.group(0)
    if token[0].isdigit():  # "2024. Une année" -> "2024\. Une année"
        return token + "\\" + text[len(token) :]
    return "\\" + text


# Characters that Markdown would read as markup inside a line: backslash, code, emphasis, raw HTML, links.
_INLINE_ESCAPE_RE = re.compile(r"([\\`*_<]|\[(?=[^\]]*\]\())")


def _md_inline(text: str) -> str:
    """One line of plain text as Markdown that renders (and parses back) as that very text."""
    return _INLINE_ESCAPE_RE.sub(r"\\\1", one_line(text))


def _md_block(text: str) -> str:
    return _escape_block_start(_md_inline(text))


def _md_heading(level: int, text: str) -> str:
    text = _md_inline(text)
    if text.endswith("#"):  # a trailing "#" would read as a closing sequence
        text = text[:-1] + "\\#"
    return f"{'#' * level} {text}".rstrip()


def front_matter(article: Article, meta: dict | None = None) -> dict[str, Any]:
    """The front matter mapping: title, description, slug, keyword, lang, date (when known), then ``meta``."""
    data: dict[str, Any] = {
        "title": one_line(article.title),
        "description": one_line(article.description),
        "slug": one_line(article.slug),
        "keyword": one_line(article.keyword),
        "lang": one_line(article.lang) or "fr",
    }
    meta = dict(meta or {})
    if article.date_published and "date" not in meta:
        data["date"] = one_line(article.date_published)
    for key, value in meta.items():
        if key in data:  # the article's own fields win over meta
            continue
        data[str(key)] = _plain(value)
    return data


def _plain(value: Any) -> Any:
    """``value`` reduced to what ``yaml.safe_dump``/``json.dumps`` accept (Paths and unknown objects as strings)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class _FrontMatterDumper(yaml.SafeDumper):
    """SafeDumper whose strings with line breaks are double-quoted (escaped ``\\n``, ``\\N``…) on one line.

    Plain PyYAML writes U+0085 raw inside single quotes, where reading folds it into a space.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if any(c in value for c in "\r\n\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FrontMatterDumper.add_representer(str, _represent_str)


def dump_front_matter(data: dict[str, Any]) -> str:
    """``data`` as a YAML front matter block, ``---`` lines included."""
    body = yaml.dump(
        data,
        Dumper=_FrontMatterDumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
    )
    return f"---\n{body}---\n"


def to_markdown(article: Article, meta: dict | None = None) -> str:
    """Markdown with YAML front matter (Hugo/Jekyll): ``# h1``, intro paragraphs, ``## heading`` sections."""
    blocks: list[str] = []
    h1 = one_line(article.h1 or article.title)
    if h1:
        blocks.append(_md_heading(1, h1))
    blocks.extend(_md_block(p) for p in article.intro if one_line(p))
    for section in article.sections:
        blocks.append(_md_heading(section.level, section.heading))
        if section.bullets:
            blocks.extend("- " + _md_inline(one_line(p)) for p in section.paragraphs if one_line(p))
            continue
        for i, p in enumerate(section.paragraphs):
            if not one_line(p):
                continue
            if section.is_item(i):  # an item joins the list the block before it began (one tight list)
                line = "- " + _md_inline(one_line(p))
                if i and section.is_item(i - 1) and blocks[-1].startswith("- "):
                    blocks[-1] += "\n" + line
                else:
                    blocks.append(line)
            else:
                blocks.append(_md_block(p))
    body = "\n\n".join(blocks)
    out = dump_front_matter(front_matter(article, meta))
    if body:
        out += "\n" + body + "\n"
    return out


# --------------------------------------------------------------------------------------------------- html


def canonical_url(slug: str, base_url: str | None = None) -> str:
    """``{base_url}/{slug}/``; the relative ``/{slug}/`` without a base URL."""
    base = (base_url or "").rstrip("/")
    return f"{base}/{quote(slug or '', safe='-._~')}/"


def _json_for_script(obj: Any) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>`` and ``&`` as ``\\u003c``… (they only occur inside strings)."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_ld(article: Article, meta: dict | None = None) -> dict[str, Any]:
    """The schema.org ``NewsArticle`` object of the page."""
    meta = meta or {}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": one_line(article.h1 or article.title),
        "description": one_line(article.description),
        "inLanguage": one_line(article.lang) or "fr",
        "keywords": one_line(article.keyword),
    }
    if article.date_published:
        data["datePublished"] = one_line(article.date_published)
    if meta.get("base_url"):
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": canonical_url(article.slug, meta.get("base_url"))}
    for key, schema_type in (("author", "Person"), ("publisher", "Organization")):
        if meta.get(key):
            data[key] = {"@type": schema_type, "name": one_line(str(meta[key]))}
    body = article.body_text()
    data["wordCount"] = count_words(body)
    data["articleBody"] = body
    return data


def _og_locale(lang: str) -> str:
    lang = (lang or "fr").replace("-", "_")
    if "_" in lang:
        code, region = lang.split("_", 1)
        return f"{code.lower()}_{region.upper()}"
    return {"fr": "fr_FR", "en": "en_US"}.get(lang.lower(), f"{lang.lower()}_{lang.upper()}")


def to_html(article: Article, meta: dict | None = None) -> str:
    """A standalone HTML5 page: head with title, description, canonical, Open Graph and JSON-LD; the article body."""
    meta = meta or {}

    def e(text: str) -> str:
        return html.escape(one_line(text), quote=True)

    lang = one_line(article.lang) or "fr"
    url = canonical_url(article.slug, meta.get("base_url"))
    h1 = article.h1 or article.title
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(article.title)}</title>",
        f'<meta name="description" content="{e(article.description)}">',
        f'<link rel="canonical" href="{e(url)}">',
        f'<meta property="og:title" content="{e(article.title)}">',
        f'<meta property="og:description" content="{e(article.description)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:locale" content="{e(_og_locale(lang))}">',
        f'<meta property="og:url" content="{e(url)}">',
    ]
    if article.date_published:
        head.append(f'<meta property="article:published_time" content="{e(article.date_published)}">')
    head.append('<meta name="generator" content="local-seo">')
    head.append(f'<script type="application/ld+json">\n{_json_for_script(json_ld(article, meta))}\n</script>')
    head.append("</head>")
    body = ["<body>", "<article>", f"<h1>{e(h1)}</h1>"]
    body.extend(f"<p>{e(p)}</p>" for p in article.intro if one_line(p))
    for section in article.sections:
        body.append("<section>")
        body.append(f"<h{section.level}>{e(section.heading)}</h{section.level}>")
        listed = False
        for i, p in enumerate(section.paragraphs):
            if not one_line(p):
                continue
            if section.is_item(i) != listed:
                body.append("<ul>" if not listed else "</ul>")
                listed = not listed
            body.append(f"<li>{e(p)}</li>" if listed else f"<p>{e(p)}</p>")
        if listed:
            body.append("</ul>")
        body.append("</section>")
    body.extend(["</article>", "</body>", "</html>"])
    return "\n".join(head + body) + "\n"


# --------------------------------------------------------------------------------------------------- json


def article_dict(article: Article, meta: dict | None = None) -> dict[str, Any]:
    """The ``"article"`` object of :func:`to_json`."""
    return {
        "title": article.title,
        "description": article.description,
        "slug": article.slug,
        "keyword": article.keyword,
        "h1": article.h1,
        "intro": list(article.intro),
        "sections": [{"heading": s.heading, "paragraphs": list(s.paragraphs), "bullets": s.bullets, "level": s.level,
                      **({"items": sorted(s.items)} if s.items else {})}
                     for s in article.sections],
        "lang": article.lang,
        "date_published": article.date_published,
        "markdown": to_markdown(article, meta),
    }


def to_json(article: Article, extra: dict | None = None) -> str:
    """``{"article": {...}, **extra}`` pretty-printed (UTF-8 text, key order kept, ends with a newline).

    ``article.markdown`` is :func:`to_markdown` with ``extra["meta"]`` as its meta when that is a mapping.
    """
    extra = dict(extra or {})
    if "article" in extra:
        raise ValueError("to_json: 'article' is reserved, pass the article itself")
    meta = extra.get("meta") if isinstance(extra.get("meta"), dict) else {}
    payload: dict[str, Any] = {"article": article_dict(article, meta)}
    for key, value in extra.items():
        payload[str(key)] = _plain(value)
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


# -------------------------------------------------------------------------------------------- dispatching

_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def format_for_path(path: str | Path, default: str = "md") -> str:
    """The output format an output path asks for by its extension (``md``, ``html``, ``json``), else ``default``."""
    if str(path) == "-":
        return default
    return _EXTENSIONS.get(Path(str(path)).suffix.lower(), default)


def render(article: Article, meta: dict | None, fmt: str, extra: dict | None = None) -> str:
    """``article`` in format ``fmt`` (``md``, ``html`` or ``json``).

    ``json`` holds ``{"article": ..., "meta": meta, **extra}``; ``extra`` is ignored by ``md`` and ``html``.
    """
    meta = meta or {}
    fmt = (fmt or "").lower().lstrip(".")
    fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
    if fmt == "md":
        return to_markdown(article, meta)
    if fmt == "html":
        return to_html(article, meta)
    if fmt == "json":
        payload: dict[str, Any] = {"meta": meta}
        payload.update(extra or {})
        return to_json(article, payload)
    raise LocalSeoError(f"unknown output format {fmt!r}: use md, html or json", ExitCode.USAGE)

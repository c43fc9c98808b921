"""Ingest: read one article (.txt, .md, .html, .docx or stdin), decode it, drop the boilerplate, find the brief.

``load_source(path) -> Source`` is the stage's one entry point. Every line it drops is kept in ``Source.removed``
with its reason, so a user can see what went and why. The noise patterns themselves live in :mod:`local_seo.noise`.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import stat
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from local_seo import noise
from local_seo.errors import ExitCode, LocalSeoError
from local_seo.text import count_words, fold, folded_words, normalize_spaces, quote_open

if TYPE_CHECKING:
    from lxml.etree import _Element

MAX_BYTES = 10 * 1024 * 1024  # files over 10 MB are refused before being read whole
MAX_WORDS = 20_000  # one article, not a book
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
STDIN = "-"

# Telling French from English (function words in resources/lang_words.txt).
LANG_WORDS_FILE = Path(__file__).parent / "resources" / "lang_words.txt"
LANG_MIN_WORDS = 40  # below this, only "more English than French function words" rejects a text
FR_MIN_SHARE = 0.10  # French prose runs at 30-45 % function words; a French text never falls under 10 %

# Decoding: a legacy 8-bit text is taken as Windows-1252 / Latin-1 when that gives plausible French.
FRENCH_NON_ASCII = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»‘’‚“”„…–—•·€°§©®™²³×÷ñÑáíóúÁÍÓÚ\u00a0\u202f")
WESTERN_MIN_SHARE = 0.95  # share of non-ASCII characters that must be French-plausible
WESTERN_MAX_DENSITY = 0.30  # at most this share of the letters may be non-ASCII
BINARY_MAX_CONTROLS = 0.01  # share of control characters above which decoded "text" is binary
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SPACES = {c: " " for c in "\t\u00a0\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))}
_BREAKS = {c: "\n" for c in "\u2028\u2029\x85\x0b\x0c"}
_INVISIBLE = {c: None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
NORMALIZE_TABLE = str.maketrans({**_SPACES, **_BREAKS, **_INVISIBLE})
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# HTML: what never holds article text, and the tags that end a line of visible text.
HTML_HIDDEN_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
HTML_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption"),
        *("figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav"),
        *("ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "button", "label", "option", "select"),
        *("summary", "details"),
    }
)
DOCX_HEADING_STYLE = re.compile(r"^(?:heading|titre|title)\b", re.I)

# Markdown, line by line (no HTML here: HTML goes through trafilatura).
MD_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
MD_HEADING = re.compile(r"^#{1,6}\s+")
MD_SETEXT = re.compile(r"^(?:=+|-+)$")
MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
MD_REF_DEF = re.compile(r"^\[[^\]]+\]:\s*\S+")
MD_QUOTE = re.compile(r"^(?:>\s?)+")
MD_BULLET = re.compile(r"^[-*+]\s+")
MD_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+")
MD_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italic *x*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # italic _x_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strike-through
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),  # escapes
)


@dataclass(frozen=True)
class Removal:
    """A piece of the input that ingest dropped, and why (e.g. "social embed", "related links")."""

    text: str
    reason: str


@dataclass(frozen=True)
class Brief:
    """The instruction left at the top of an article ("Make this article seo compatible … at least 700 words")."""

    text: str
    min_words: int | None
    language: str | None
    subheadings: bool | None
    seo: bool | None
    tone: str | None


@dataclass(frozen=True)
class Block:
    """One paragraph or heading of the cleaned article."""

    text: str
    kind: str  # "paragraph" | "heading"


@dataclass(frozen=True)
class Source:
    """The cleaned article, what was removed from it, and the brief found at its top."""

    path: str
    fmt: str
    encoding: str
    sha256: str  # of the raw input bytes
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...]
    brief: Brief | None

    @property
    def text(self) -> str:
        """Blocks joined by blank lines, headings included as their own block."""
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def word_count(self) -> int:
        """Words of the paragraphs (headings not counted), under the project's word rule."""
        return sum(count_words(b.text) for b in self.blocks if b.kind == "paragraph")


class _Extracted(NamedTuple):
    text: str
    encoding: str
    dropped: tuple[Removal, ...]  # what the format's own extraction left out (HTML page furniture)


# --- Entry point --------------------------------------------------------------------------------------------


def load_source(path: str) -> Source:
    """Read, decode, extract and clean one article; ``"-"`` reads stdin. Raises LocalSeoError (INPUT / CONTENT)."""
    name = "standard input" if path == STDIN else path
    data, fmt = _read_input(path)
    try:
        extracted = _extract(data, fmt)
        blocks, removed, brief = clean_text(extracted.text)
        _check_article(blocks, removed)
    except LocalSeoError as err:
        raise LocalSeoError(f"{name}: {err.message}", err.code) from None
    return Source(
        path=path,
        fmt=fmt,
        encoding=extracted.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=tuple(blocks),
        removed=extracted.dropped + tuple(removed),
        brief=brief,
    )


def _read_input(path: str) -> tuple[bytes, str]:
    """The raw bytes and their format: by extension for files (checked before reading), sniffed for stdin."""
    if path == STDIN:
        data = _read_stdin()
        return data, sniff_format(data)
    fmt = _format_of(path)
    data = _read_file(path)
    return data, fmt or sniff_format(data)


def _format_of(path: str) -> str | None:
    """The format named by the file's extension; None when it has none (then the content is sniffed)."""
    ext = Path(path).suffix.lower()
    if not ext:
        return None
    if ext not in FORMATS:
        raise LocalSeoError(
            f"unsupported input format '{ext}' for {path}: give a .txt, .md, .html or .docx file "
            "(or convert it to one of those first)",
            ExitCode.INPUT,
        )
    return FORMATS[ext]


def _read_file(path: str) -> bytes:
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise LocalSeoError(f"input file not found: {path} (check the path)", ExitCode.INPUT) from None
    except OSError as err:
        raise LocalSeoError(f"cannot read {path}: {err.strerror} (check the path)", ExitCode.INPUT) from None
    if stat.S_ISDIR(info.st_mode):
        raise LocalSeoError(
            f"{path} is a directory: give one article file (.txt, .md, .html, .docx) or - for stdin", ExitCode.INPUT
        )
    if info.st_size > MAX_BYTES:
        raise _too_big(path)
    try:
        with p.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise LocalSeoError(f"cannot read {path}: {err.strerror} (check its permissions)", ExitCode.INPUT) from None
    if len(data) > MAX_BYTES:
        raise _too_big(path)
    return data


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        raise LocalSeoError("no standard input to read: give a file path instead of -", ExitCode.INPUT)
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(MAX_BYTES + 1) if buffer is not None else stream.read(MAX_BYTES + 1).encode("utf-8")
    if len(data) > MAX_BYTES:
        raise _too_big("standard input")
    return data


def _too_big(name: str) -> LocalSeoError:
    return LocalSeoError(
        f"{name} is over the {MAX_BYTES // (1024 * 1024)} MB limit: give one article, not a site dump or an archive",
        ExitCode.CONTENT,
    )


def sniff_format(data: bytes) -> str:
    """Format of content without an extension: docx (a zip), html if it looks like HTML, else txt."""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:4096].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<") and any(tag in head for tag in (b"<body", b"<head", b"<article", b"<div", b"<p>")):
        return "html"
    return "txt"


def _check_article(blocks: list[Block], removed: list[Removal]) -> None:
    prose = "\n".join(b.text for b in blocks if b.kind == "paragraph")
    words = count_words(prose)
    if words == 0:
        raise LocalSeoError(
            f"no article text left after removing boilerplate ({len(removed)} pieces removed): "
            "give the file that holds the article itself",
            ExitCode.CONTENT,
        )
    if words > MAX_WORDS:
        raise LocalSeoError(
            f"{words} words is too long for one article (limit {MAX_WORDS}): split it into separate articles",
            ExitCode.CONTENT,
        )
    fr_share, en_share = language_shares(prose)
    if not _is_french(prose, fr_share, en_share):
        raise LocalSeoError(
            f"the text does not look French ({fr_share:.0%} French vs {en_share:.0%} English function words): "
            "local-seo rewrites French articles only",
            ExitCode.CONTENT,
        )


# --- Language ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _lang_words() -> dict[str, frozenset[str]]:
    """The function-word lists of resources/lang_words.txt, by language code."""
    lists: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in LANG_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], set())
        elif line and current is not None:
            current.update(line.split())
    return {lang: frozenset(words) for lang, words in lists.items()}


def language_shares(text: str) -> tuple[float, float]:
    """Share of the words of ``text`` that are French and English function words."""
    tokens = folded_words(text)
    if not tokens:
        return 0.0, 0.0
    lists = _lang_words()
    fr = sum(1 for t in tokens if t in lists["fr"])
    en = sum(1 for t in tokens if t in lists["en"])
    return fr / len(tokens), en / len(tokens)


def _is_french(text: str, fr_share: float, en_share: float) -> bool:
    if en_share > fr_share:
        return False
    return count_words(text) < LANG_MIN_WORDS or fr_share >= FR_MIN_SHARE


# --- Decoding and extraction ---------------------------------------------------------------------------------


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw bytes to text: BOMs first, then strict UTF-8, then Windows-1252/Latin-1, then charset-normalizer.

    Raises LocalSeoError(CONTENT) for binary data (NUL bytes, control characters) or bytes no encoding explains.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(_decode(data, encoding), encoding)
    if b"\x00" in data:
        raise _binary()
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    western = _decode_western(data)
    if western is not None:
        return western
    return _decode_detected(data)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _undecodable() from None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if text and len(CONTROL.findall(text)) / len(text) > BINARY_MAX_CONTROLS:
        raise _binary()
    return text, encoding


def _decode_western(data: bytes) -> tuple[str, str] | None:
    """Windows-1252 (named latin-1 when no byte in 0x80-0x9F differs) when it yields plausible French."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    letters = sum(1 for c in text if c.isalpha())
    plausible = sum(1 for c in non_ascii if c in FRENCH_NON_ASCII)
    if not non_ascii or plausible / len(non_ascii) < WESTERN_MIN_SHARE:
        return None
    if letters and len(non_ascii) / letters > WESTERN_MAX_DENSITY:
        return None
    encoding = "cp1252" if any(0x80 <= b <= 0x9F for b in data) else "latin-1"
    return _checked(text, encoding)


def _decode_detected(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise _undecodable()
    return _checked(str(best), best.encoding)


def _binary() -> LocalSeoError:
    return LocalSeoError(
        "the input looks binary, not text: give the article as .txt, .md, .html or .docx", ExitCode.CONTENT
    )


def _undecodable() -> LocalSeoError:
    return LocalSeoError(
        "the input cannot be decoded as text in any known encoding: save it as UTF-8 and try again", ExitCode.CONTENT
    )


def normalize_text(text: str) -> str:
    """NFC, LF line ends, odd spaces to plain spaces, invisible characters out, each line trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text.translate(NORMALIZE_TABLE))
    return "\n".join(normalize_spaces(line) for line in text.split("\n"))


def extract_text(data: bytes, fmt: str) -> tuple[str, str]:
    """Plain text with one block per line (headings marked "## "), and the encoding the bytes were read with."""
    extracted = _extract(data, fmt)
    return extracted.text, extracted.encoding


def _extract(data: bytes, fmt: str) -> _Extracted:
    if fmt not in FORMATS.values():
        raise LocalSeoError(f"unsupported input format '{fmt}': use txt, md, html or docx", ExitCode.INPUT)
    dropped: tuple[Removal, ...] = ()
    if fmt == "docx":
        text, encoding = _docx_text(data), "utf-8"
    else:
        raw, encoding = decode_bytes(data)
        if not normalize_text(raw).strip():
            raise _empty()
        if fmt == "html":
            text, dropped = _html_text(raw)
        else:
            text = _plain_text(raw, fmt)
    text = normalize_text(text)
    if not text.strip():
        raise _empty()
    return _Extracted(text, encoding, dropped)


def _plain_text(raw: str, fmt: str) -> str:
    text = normalize_text(raw)
    return "\n".join(_markdown_lines(text)) if fmt == "md" else text


def _empty() -> LocalSeoError:
    return LocalSeoError("the input is empty: give a file that contains the article text", ExitCode.CONTENT)


def _html_text(html: str) -> tuple[str, tuple[Removal, ...]]:
    """The article body of an HTML page (trafilatura), and the visible page text it left out."""
    from lxml import etree

    html = _inline_quotes(html)
    xml = _trafilatura_xml(html, favor_recall=False) or _trafilatura_xml(html, favor_recall=True)
    if xml is None:
        raise LocalSeoError(
            "no article text found in this HTML page: give the article page itself, or paste its text into a .txt",
            ExitCode.CONTENT,
        )
    lines = _xml_lines(etree.fromstring(xml.encode("utf-8")))
    captions = _html_captions(html)
    removed = [Removal(line, noise.CAPTION) for line in lines if fold(line) in captions]
    lines = [line for line in lines if fold(line) not in captions]
    return "\n".join(lines), tuple(removed) + _html_dropped(html, lines)


_Q_OPEN_RE = re.compile(r"<q(?=[\s>])[^>]*>", re.IGNORECASE)
_Q_CLOSE_RE = re.compile(r"</q\s*>", re.IGNORECASE)


def _inline_quotes(html: str) -> str:
    """A browser draws the quotation marks of an inline quotation (<q>…</q>); the extractor drops the element and
    its marks with it: Radio-Canada's « Ce sur quoi nous comptons, c’est que … », a-t-elle expliqué read as the
    article's own voice. The marks are written into the page before extraction."""
    return _Q_CLOSE_RE.sub(" »", _Q_OPEN_RE.sub("« ", html))


CAPTION_MAX_CHARS = 300  # a caption is a line or two: a longer block marked "legend" is not one


def _html_captions(html: str) -> set[str]:
    """Folded texts of the page's picture captions and credits: <figcaption>, blocks whose class or id names a
    caption or legend, images' alt and title texts. The extractor keeps some of them as paragraphs (« Un autobus
    scolaire. » under a Radio-Canada photo); they are no article text."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return set()
    out: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag.lower() == "img":
            out.update(fold(el.get(a, "")) for a in ("alt", "title"))
            continue
        marked = el.tag.lower() == "figcaption" or noise.CAPTION_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}")
        text = " ".join("".join(el.itertext()).split())
        if marked and text and len(text) <= CAPTION_MAX_CHARS:
            out.add(fold(text))
            out.update(fold(" ".join("".join(c.itertext()).split())) for c in el.iter() if isinstance(c.tag, str))
    out.discard("")
    return out


def _trafilatura_xml(html: str, favor_recall: bool) -> str | None:
    import trafilatura

    return trafilatura.extract(
        html,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_recall=favor_recall,
    )


def _xml_lines(root: _Element) -> list[str]:
    """Lines of trafilatura's XML: <head> as "## " headings, <p>/<quote> as paragraphs, list items as "- "."""
    main = root.find("main")
    lines: list[str] = []
    for el in main if main is not None else root:
        if el.tag == "head":
            lines.append("## " + _element_text(el, " "))
        elif el.tag == "list":
            lines.extend("- " + _element_text(item, " ") for item in el.iter("item"))
        elif el.tag in ("p", "quote", "code"):
            lines.append(_element_text(el, "\n"))
    return lines


def _element_text(el: _Element, line_break: str) -> str:
    for lb in el.iter("lb"):
        lb.tail = line_break + (lb.tail or "")
    return "".join(el.itertext())


def _html_dropped(html: str, kept: list[str]) -> tuple[Removal, ...]:
    """Visible lines of the page body that are not in the extracted article (menus, asides, footers)."""
    kept_folded = {fold(line.removeprefix("## ").removeprefix("- ")) for line in kept}
    seen: set[str] = set()
    dropped: list[Removal] = []
    for line in _visible_lines(html):
        key = fold(line)
        if key and key not in kept_folded and key not in seen:
            seen.add(key)
            dropped.append(Removal(line, _noise_reason(line, "", False) or noise.HTML_BOILERPLATE))
    return tuple(dropped)


def _visible_lines(html: str) -> list[str]:
    """The text a browser would show in <body>, one line per block element; scripts and styles never included."""
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return []
    etree.strip_elements(tree, *HTML_HIDDEN_TAGS, with_tail=False)
    body = tree.find(".//body")
    parts: list[str] = []
    for event, el in etree.iterwalk(body if body is not None else tree, events=("start", "end")):
        is_block = isinstance(el.tag, str) and el.tag.lower() in HTML_BLOCK_TAGS
        if event == "start":
            parts.append("\n" if is_block else "")
            parts.append(el.text or "" if isinstance(el.tag, str) else "")
        else:
            parts.append("\n" if is_block else "")
            parts.append(el.tail or "")
    return [line for line in normalize_text("".join(parts)).split("\n") if line]


def _docx_text(data: bytes) -> str:
    """Paragraphs of a .docx, heading styles (Heading n, Titre n, Title) written as "## " lines."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise LocalSeoError(
            f"not a readable .docx file ({type(err).__name__}): save it again from the word processor, "
            "or give the text as .txt",
            ExitCode.INPUT,
        ) from None
    lines = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        style = paragraph.style.name if paragraph.style is not None else ""
        lines.append("## " + text if text and DOCX_HEADING_STYLE.match(style or "") else text)
    return "\n".join(lines)


def _markdown_lines(text: str) -> list[str]:
    """Markdown to one line per block: headings as "## ", bullets as "- ", soft-wrapped lines joined, markup out."""
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(" ".join(para))
            para.clear()

    for line in MD_FRONT_MATTER.sub("", text, count=1).split("\n"):
        if MD_SETEXT.match(line) and para:
            out.append("## " + " ".join(para))
            para.clear()
        elif not line or MD_RULE.match(line) or MD_REF_DEF.match(line):
            flush()
        elif MD_HEADING.match(line) or MD_QUOTE.match(line) or MD_BULLET.match(line) or MD_NUMBERED.match(line):
            flush()
            out.append(_markdown_block(line))
        else:
            para.append(line)
    flush()
    return [_strip_inline(line) for line in out]


def _markdown_block(line: str) -> str:
    if MD_HEADING.match(line):
        return "## " + MD_HEADING.sub("", line).rstrip("#").strip()
    if MD_QUOTE.match(line):
        return MD_QUOTE.sub("", line)
    return MD_BULLET.sub("- ", line)


def _strip_inline(line: str) -> str:
    for pattern, replacement in MD_INLINE:
        line = pattern.sub(replacement, line)
    return line


# --- Cleaning ---------------------------------------------------------------------------------------------


def clean_text(text: str) -> tuple[list[Block], list[Removal], Brief | None]:
    """Drop boilerplate line by line, recording each removal; find the brief; tell headings from paragraphs.

    Never raises: whether anything usable is left is for the caller to judge.
    """
    lines = [line for line in normalize_text(text).split("\n") if line]
    removed: list[Removal] = []
    brief = parse_brief(lines[0]) if lines else None
    if brief is not None:
        removed.append(Removal(lines[0], noise.BRIEF))
        lines = lines[1:]
    blocks: list[Block] = []
    state = _Cleaning()
    for i, line in enumerate(lines):
        reason = _line_noise(lines, i, state)
        if reason is not None:
            removed.append(Removal(line, reason))
            if reason == noise.CAPTION and blocks and blocks[-1].kind == "paragraph" \
                    and _bare(line).startswith(blocks[-1].text):
                removed.append(Removal(blocks.pop().text, noise.CAPTION))  # its first words, as alternative text
            continue
        state.in_links = False
        state.tags_left = 0
        seen = len(removed)
        block = _block(_strip_partial_noise(fix_spacing(fix_guillemets(line)), removed))
        if block is not None and any(r.reason == noise.CAPTION for r in removed[seen:]):
            removed.append(Removal(block.text, noise.CAPTION))  # a line that ends on a photo credit is its caption
            if blocks and blocks[-1].text == block.text:  # and the same words just above it, its alternative text
                removed.append(Removal(blocks.pop().text, noise.CAPTION))
            continue
        if block is not None:
            blocks.append(block)
            if _is_sentence(block.text):
                state.prose_seen = True
            elif not state.prose_seen:
                state.titles.add(fold(block.text))
    # the page's title above its first paragraph, or above a heading and that paragraph (20 Minutes: « Guerre en
    # Ukraine : L'armée ukrainienne a repris … » over « L’ESSENTIEL »)
    after = blocks[2:3] if len(blocks) > 2 and blocks[1].kind == "heading" else blocks[1:2]
    if after and blocks[0].kind == "paragraph" and after[0].kind == "paragraph" and (
            _is_question_title(blocks[0].text) or _is_long_title(blocks[0].text) and _is_prose(after[0].text)):
        blocks[0] = Block(blocks[0].text, "heading")
    return blocks, removed, brief


def _is_long_title(text: str) -> bool:
    """A page's own title above its first paragraph, longer than a subheading (« Le Centre Hospitalier de la Côte
    Basque lance un appel aux dons des entreprises et particuliers »): a title's start, no sentence end."""
    core = text.rstrip(noise.CLOSING_QUOTES + " ")
    return noise.HEADING_MIN_WORDS <= count_words(text) <= noise.HEADLINE_MAX_WORDS and bool(
        noise.HEADING_START.match(text)) and core[-1:] not in noise.SENTENCE_END


def _is_question_title(text: str) -> bool:
    """The first line of a page, a headline put as a question (« Colonel Barry accusé pour « vol aggravé » : vers la
    projection de la vidéo ? »): short, or cut by a headline's colon; the article's title, not its first sentence."""
    core = text.rstrip(noise.CLOSING_QUOTES + " ")
    words = count_words(text)
    return core.endswith("?") and (words <= noise.HEADLINE_QUESTION_MAX_WORDS
                                   or (" : " in core and words <= noise.HEADLINE_MAX_WORDS))


@dataclass
class _Cleaning:
    """What the lines already read say about the next one."""

    in_links: bool = False  # inside a block of links ("Sur le même thème", "Article suivant …", "A suivre")
    tags_left: int = 0  # after "Autour de :", this many more short lines may be tags
    expect_name: bool = False  # after a lone "Par" / "Auteur :", a name on the next line is the byline
    after_byline: bool = False  # the line before was a byline: the author's role may follow it
    comments_end: int = -1  # index of the last line of a reader-comment thread
    prose_seen: bool = False  # a sentence of article text has been kept
    titles: set[str] = field(default_factory=set)  # folded non-sentence blocks kept before the first sentence


def _line_noise(lines: list[str], i: int, state: _Cleaning) -> str | None:
    """Why lines[i] is boilerplate, given its neighbours and what came before (``state`` is updated)."""
    bare = _bare(lines[i])
    next_bare = _bare(lines[i + 1]) if i + 1 < len(lines) else ""
    folded = _folded_line(bare)
    expect_name, state.expect_name = state.expect_name, False
    after_byline, state.after_byline = state.after_byline, False
    if i <= state.comments_end:
        return noise.COMMENTS
    if noise.COMMENT_HEADER.match(folded):
        end = _comment_thread_end(lines, i)
        if end is not None:
            state.comments_end = end
            return noise.COMMENTS
    if expect_name and _is_name_line(bare):
        return noise.BYLINE
    if after_byline and folded.startswith(noise.BYLINE_ROLES) and not _is_sentence(bare):
        return noise.BYLINE  # « Par Lydia Barnabé-Roy » then « Journaliste de l'Initiative de journalisme local »
    match = _noise_rule(bare, next_bare, state.in_links)
    name = bare.lstrip("•*–—- ")
    if match is None and _is_name_line(name, min_words=2) and fold(name) in fold(next_bare) and (
            _noise_rule(next_bare, "", False) or (None, None))[1] == "byline":
        match = noise.BYLINE, "name over its byline"  # « Lydia Barnabé-Roy » then « Par Lydia Barnabé-Roy »
    if match is not None:
        reason, rule = match
        state.after_byline = reason == noise.BYLINE
        state.in_links = state.in_links or folded in noise.RELATED_HEADERS or rule in noise.LINK_LIST_RULES
        state.expect_name = folded in noise.BYLINE_MARKERS
        if folded in noise.TAG_HEADERS:
            state.tags_left = noise.TAG_MAX_LINES
        return reason
    if state.tags_left and _is_tag(bare):
        state.tags_left -= 1
        return noise.RUBRIC_LABEL
    if _is_rubric_label(bare, folded) and (not state.prose_seen or not _sentence_within(lines, i, 2)):
        # above the article, a rubric label; after it, "Société" over a headline is a related-article card
        # (a section title "Économie" has its paragraph right after it, or after its subheading)
        state.in_links = state.in_links or (state.prose_seen and _is_headline_like(next_bare))
        return noise.RUBRIC_LABEL
    if not state.prose_seen and count_words(bare) == 1 and not _is_sentence(bare) and next_bare \
            and not _is_sentence(next_bare):
        return noise.RUBRIC_LABEL  # a site's name or a one-word rubric above the title (« Maire-info », « Catastrophes »)
    if state.in_links and state.prose_seen and _is_headline_like(bare):
        return noise.RELATED_LINKS  # above the article, a headline after a link is its title: kept
    if folded in noise.CONDITIONAL_LINK_HEADERS and _links_follow(lines, i):
        state.in_links = True
        return noise.RELATED_LINKS
    if _is_name_line(bare, min_words=2) and _is_stamp(next_bare):
        return noise.BYLINE
    if not _is_sentence(bare) and fold(bare) in state.titles:
        return noise.REPEATED_TITLE
    return None


def _bare(line: str) -> str:
    """The line without the "## " that marks a known heading: rules look at the words."""
    return noise.HEADING_MARK.sub("", line)


def fix_guillemets(line: str) -> str:
    """Guillemets a site printed the wrong way round (« » vol aggravé » », « » Pourquoi ? « ») alternate again,
    opening first; a line whose guillemets already alternate, or do not pair up, is left alone."""
    marks = [c for c in line if c in "«»"]
    if marks and not len(marks) % 2 and not all(c == "«»"[k % 2] for k, c in enumerate(marks)):
        out, k = [], 0
        for c in line:
            if c in "«»":
                c = "«»"[k % 2]
                k += 1
            out.append(c)
        line = "".join(out)
    return re.sub(r"»\s+([.,;])", r"»\1", line)  # « … » . -> « … ».


_GLUED_COMMA_RE = re.compile(r"(?<=[^\W\d_»\"”]|[»\"”]),(?=[^\W\d_])")  # « apprécié,un » but never « 12,5 »
_GLUED_A_RE = re.compile(r"(?<![\w’'-])à(?=[A-ZÀ-ÖØ-Þ])")  # « àJean-Paul »
_GLUED_STOP_RE = re.compile(r"(?<=[a-zß-öø-ÿ])\.{1,2}(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’])")  # « minutes..L'homme »


def fix_spacing(line: str) -> str:
    """Spaces a site dropped between words: after a comma (« impérissable",un chiraquien »), around a straight
    quotation mark that closes or opens (« "gourou de la majorité"par »), after « à » glued to a name, after a full
    stop glued to the next sentence (« en quelques minutes..L'homme était »), before a function word glued to the word
    before it (« surnommaitle »)."""
    # an address keeps its commas and full stops
    line = re.sub(r"\S+", lambda m: m.group() if "://" in m.group() or "www." in m.group()
                  else _GLUED_STOP_RE.sub(". ", _GLUED_COMMA_RE.sub(", ", m.group())), line)
    line = _GLUED_A_RE.sub("à ", line)
    if line.count('"') % 2 == 0 and '"' in line:
        out, k = [], 0
        for i, c in enumerate(line):
            if c == '"':
                if k % 2 == 0 and i and line[i - 1].isalpha():
                    out.append(" ")  # an opening mark glued to the word before it
                out.append(c)
                if k % 2 == 1 and i + 1 < len(line) and line[i + 1].isalpha():
                    out.append(" ")  # a closing mark glued to the word after it
                k += 1
            else:
                out.append(c)
        line = "".join(out)
    # never inside a quotation: someone's words stay as printed, slips included
    return re.sub(r"\b[a-zàâçéèêëîïôûùüÿœæ]{8,}\b",
                  lambda m: m.group() if quote_open(line[: m.start()]) else _unglued(m.group()), line)


# A word no dictionary knows that is a known word with a short function word stuck to it (« surnommaitle Grand
# Con »): the space the site dropped comes back. wordfreq's French list decides what is known.
GLUED_TAILS = ("les", "le", "la", "des", "de", "du", "une", "un", "et", "en", "aux", "au")
GLUED_HEAD_ZIPF = 2.0


def _unglued(word: str) -> str:
    from wordfreq import zipf_frequency

    if zipf_frequency(word, "fr") > 0:
        return word
    for tail in GLUED_TAILS:
        head = word[: -len(tail)]
        if not word.endswith(tail) or len(head) < 5:
            continue
        known = zipf_frequency(head, "fr")
        if known >= GLUED_HEAD_ZIPF and known > zipf_frequency(head, "en"):  # « fieldset », « medianet »: web words
            return f"{head} {tail}"
    return word


def _folded_line(line: str) -> str:
    return fold(line).rstrip(" :?>›")


def _noise_reason(line: str, next_line: str, in_links: bool) -> str | None:
    """Why the whole line is boilerplate, or None when it is (or holds) article text."""
    match = _noise_rule(line, next_line, in_links)
    return match[0] if match is not None else None


def _noise_rule(line: str, next_line: str, in_links: bool) -> tuple[str, str] | None:
    """(reason, name of the rule) when the whole line is boilerplate on its own words; None otherwise."""
    line, next_line = _bare(line), _bare(next_line)
    for rule in noise.LINE_RULES:
        if rule.pattern.match(line):
            return rule.reason, rule.name
    folded = _folded_line(line)
    for reason, phrases in noise.PHRASES.items():
        if folded in phrases:
            return reason, "phrase"
    if in_links and noise.LIST_ITEM.match(line):
        return noise.RELATED_LINKS, "link list item"
    if noise.TWEET_LINK.search(line) and _is_tweet(line, next_line):
        return noise.SOCIAL_EMBED, "tweet"
    if noise.FACEBOOK_ATTRIBUTION.match(next_line) and not _is_prose(line):
        return noise.SOCIAL_EMBED, "facebook post"
    return None


def _is_sentence(text: str) -> bool:
    """A sentence of article text: a few words and a final . ! or ? (quotes aside), not cut short by an ellipsis."""
    core = text.rstrip(noise.CLOSING_QUOTES + " ")
    return (
        count_words(text) >= noise.SENTENCE_MIN_WORDS
        and core[-1:] in (".", "!", "?")
        and not noise.TRUNCATED_END.search(core)
    )


def _is_headline_like(text: str) -> bool:
    """A headline or a teaser cut short, as link blocks list them: not a sentence, not too long."""
    words = count_words(text)
    if not 0 < words <= noise.HEADLINE_MAX_WORDS:
        return False
    core = text.rstrip(noise.CLOSING_QUOTES + " ")
    if noise.TRUNCATED_END.search(core):
        return True
    if core.endswith("?"):
        return words <= noise.HEADLINE_QUESTION_MAX_WORDS
    return core[-1:] not in (".", "!", ";", ":")


def _is_tag(text: str) -> bool:
    """A tag under "Autour de :": a few words, no sentence punctuation."""
    core = text.rstrip(noise.CLOSING_QUOTES + " ")
    return 0 < count_words(text) <= noise.TAG_MAX_WORDS and core[-1:] not in (".", "!", "?", ";", ":", "…")


def _is_rubric_label(text: str, folded: str) -> bool:
    return folded in noise.RUBRIC_LABELS and count_words(text) <= noise.RUBRIC_LABEL_MAX_WORDS


def _sentence_within(lines: list[str], i: int, count: int) -> bool:
    """Whether one of the ``count`` lines after lines[i] is a sentence of article text."""
    return any(_is_sentence(_bare(line)) for line in lines[i + 1 : i + 1 + count])


def _links_follow(lines: list[str], i: int) -> bool:
    """After lines[i] ("A suivre"), past share buttons and other noise: headlines, not a subheading and its text.

    The first line left is headline-like and the one after it is not a sentence (or there is none)."""
    found: list[str] = []
    for line in lines[i + 1 : i + 1 + noise.LINK_HEADER_LOOKAHEAD]:
        bare = _bare(line)
        if _noise_rule(bare, "", False) is None:
            found.append(bare)
            if len(found) == 2:
                break
    if not found:
        return True
    return _is_headline_like(found[0]) and (len(found) == 1 or not _is_sentence(found[1]))


def _is_name_line(text: str, min_words: int = 1) -> bool:
    """Only person names: capitalised words (particles allowed), several names joined by "et", "&" or commas."""
    core = text.strip().rstrip(noise.NAME_TRAILING).strip()
    if not core or any(c.isdigit() for c in core):
        return False
    for part in noise.NAME_JOINERS.split(core):
        tokens = part.split()
        if not min_words <= len(tokens) <= noise.NAME_MAX_WORDS or not tokens[0][:1].isupper():
            return False
        for token in tokens:
            if token.lower() in noise.NAME_PARTICLES:
                continue
            if not token[:1].isupper() or not all(c.isalpha() or c in "'’.-" for c in token):
                return False
    return True


def _is_stamp(line: str) -> bool:
    return any(rule.pattern.match(line) for rule in noise.LINE_RULES if rule.name in noise.STAMP_RULES)


def _comment_thread_end(lines: list[str], i: int) -> int | None:
    """Index of the last reply button of the comment thread headed by lines[i]; None when no reply button follows."""
    last: int | None = None
    anchor = i
    for j in range(i + 1, len(lines)):
        if j - anchor > noise.COMMENT_MAX_GAP:
            break
        if _folded_line(_bare(lines[j])) in noise.COMMENT_REPLY:
            last = anchor = j
    return last


def _is_tweet(line: str, next_line: str) -> bool:
    """A line with a tweet link is the tweet itself when an attribution follows or the text before is not prose."""
    if noise.TWEET_ATTRIBUTION.match(next_line):
        return True
    before = noise.TWEET_LINK.split(line, maxsplit=1)[0].strip()
    return not _is_prose(before)


def _is_prose(text: str) -> bool:
    """A full sentence of article text: several words, a final stop, no ellipsis cut, no @handle or #hashtag."""
    return (
        count_words(text) >= 6
        and text.rstrip(noise.CLOSING_QUOTES)[-1:] in (".", "!", "?")
        and not noise.TRUNCATED_END.search(text)
        and not noise.SOCIAL_HANDLE.search(text)
    )


def _strip_partial_noise(line: str, removed: list[Removal]) -> str:
    """Remove rubric/date prefixes, credits and trailing tweet links from a kept line, recording each piece.

    A heading keeps its "## " mark; the rules look at its words."""
    mark = noise.HEADING_MARK.match(line)
    prefix = mark.group() if mark else ""
    line = line[len(prefix) :]
    bullet = False
    for rule in noise.PARTIAL_RULES:
        match = rule.pattern.search(line)
        if match and match.group().strip():
            removed.append(Removal(match.group().strip(), rule.reason))
            line = (line[: match.start()] + line[match.end() :]).strip()
            bullet = bullet or rule.reason == noise.STRAY_PUNCTUATION and "•" in match.group()
    if bullet and not prefix and count_words(line) > noise.HEADING_MAX_WORDS and line[-1:].isalnum():
        line += "."  # a summary point in a bulleted chapô is a sentence the page printed with no stop (Arab News)
    return prefix + line if line else ""


def _block(line: str) -> Block | None:
    if noise.HEADING_MARK.match(line):
        title = noise.HEADING_MARK.sub("", line).strip()
        return Block(title, "heading") if title else None
    if not line:
        return None
    return Block(line, "heading" if _looks_like_heading(line) else "paragraph")


def _looks_like_heading(line: str) -> bool:
    """A short line that starts like a title and has no sentence-final punctuation (quotes aside)."""
    words = count_words(line)
    if not noise.HEADING_MIN_WORDS <= words <= noise.HEADING_MAX_WORDS or len(line) > noise.HEADING_MAX_CHARS:
        return False
    if not noise.HEADING_START.match(line):
        return False
    core = line.rstrip(noise.CLOSING_QUOTES + " ")
    return bool(core) and core[-1] not in noise.SENTENCE_END


# --- The brief ---------------------------------------------------------------------------------------------


def parse_brief(line: str) -> Brief | None:
    """The brief in ``line`` (English or French), or None when the line is not an instruction to the writer."""
    line = normalize_spaces(line)
    if not _is_brief(line):
        return None
    return Brief(
        text=line,
        min_words=_brief_min_words(line),
        language=next((code for code, pattern in noise.BRIEF_LANGUAGES if pattern.search(line)), None),
        subheadings=_brief_subheadings(line),
        seo=True if noise.BRIEF_SEO.search(line) else None,
        tone=_brief_tone(line),
    )


def _is_brief(line: str) -> bool:
    if not line or count_words(line) > noise.BRIEF_MAX_WORDS or not noise.BRIEF_ASK.search(line):
        return False
    cues = sum(1 for cue in noise.BRIEF_CUES if cue.search(line))
    return cues >= noise.BRIEF_MIN_CUES or bool(noise.BRIEF_STRONG.search(line))


def _brief_min_words(line: str) -> int | None:
    match = noise.BRIEF_MIN_WORDS.search(line) or noise.BRIEF_WORDS.search(line)
    if match is None:
        return None
    return int(re.sub(r"\D", "", match.group(1)))


def _brief_subheadings(line: str) -> bool | None:
    if noise.BRIEF_NO_SUBHEADINGS.search(line):
        return False
    return True if noise.BRIEF_SUBHEADINGS.search(line) else None


def _brief_tone(line: str) -> str | None:
    match = noise.BRIEF_TONE.search(line)
    if match is None:
        return None
    return next(group for group in match.groups() if group).lower()

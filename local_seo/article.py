"""The article as data: what drafting produces, what the SEO checks read and what the renderers write."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Section:
    """One ``## `` section: its heading and its paragraphs (plain text, one string each); with ``bullets`` each
    paragraph is an item of one list; ``items`` marks single paragraphs that are items of a list in running text
    (the paragraph before them announces it)."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: bool = False
    level: int = 2  # 2: "## ", 3: "### " (a subsection of the section before it)
    items: frozenset[int] = frozenset()

    def is_item(self, i: int) -> bool:
        """Whether paragraph ``i`` is an item of a list."""
        return self.bullets or i in self.items


@dataclass
class Article:
    """A whole article.

    ``title`` is the SEO title (front matter / <title>, at most 60 characters); ``h1`` is the visible headline
    (often the same). ``intro`` holds the paragraphs that stand before the first ``## `` heading.
    """

    title: str
    description: str
    slug: str
    keyword: str
    h1: str
    intro: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    lang: str = "fr"
    date_published: str | None = None  # ISO date when the source gives one

    def paragraphs(self) -> list[str]:
        """Every body paragraph in reading order (intro first)."""
        out = list(self.intro)
        for s in self.sections:
            out.extend(s.paragraphs)
        return out

    def body_text(self) -> str:
        """Body text without headings, paragraphs separated by blank lines (what the word count counts)."""
        return "\n\n".join(self.paragraphs())

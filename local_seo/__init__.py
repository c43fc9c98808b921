"""local-seo: offline rewriting of French news articles into SEO-ready French articles."""

__version__ = "0.1.0"

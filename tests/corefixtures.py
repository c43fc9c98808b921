"""Shared fixtures of the core stages: spaCy, real sources and their analyses (loaded once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_000 = EXAMPLES / "000_87a1644940027244.txt"
EXAMPLE_002 = EXAMPLES / "002_61eb22d2e537db3b.txt"
EXAMPLE_003 = EXAMPLES / "003_1abb85e4a02a73e3.txt"
ALL_EXAMPLES = [EXAMPLE_000, EXAMPLE_002, EXAMPLE_003]


@pytest.fixture(scope="session")
def nlp():
    from local_seo.analyze import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def source_from_text(tmp_path_factory):
    """Build a real Source from French text, through the real reader and cleaner."""
    from local_seo.ingest import load_source

    counter = iter(range(10**6))

    def make(text: str):
        path = tmp_path_factory.mktemp("src") / f"source{next(counter)}.txt"
        path.write_text(text, encoding="utf-8")
        return load_source(str(path))

    return make


@pytest.fixture(scope="session")
def analysis_000(nlp):
    from local_seo.analyze import analyze
    from local_seo.ingest import load_source

    return analyze(load_source(str(EXAMPLE_000)), nlp=nlp)


@pytest.fixture(scope="session")
def analyses(nlp):
    from local_seo.analyze import analyze
    from local_seo.ingest import load_source

    return {p.name: analyze(load_source(str(p)), nlp=nlp) for p in ALL_EXAMPLES}

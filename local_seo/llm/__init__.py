"""Language-model backends: in-process llama.cpp (default) or an OpenAI-compatible server.

``load_backend`` is the one entry point the pipeline uses; llama-cpp-python is imported only when
the llama backend is actually loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from local_seo.errors import ExitCode, LocalSeoError
from local_seo.llm.base import Backend, BackendStats, Generation
from local_seo.llm.models import (
    EMBEDDED_MODEL_NAME,
    check_gguf,
    embedded_model_path,
    file_sha256,
    gguf_has_chat_template,
    resolve_model_path,
)

if TYPE_CHECKING:
    from local_seo.llm.llama import LlamaBackend
    from local_seo.llm.openai import OpenAIBackend

__all__ = [
    "EMBEDDED_MODEL_NAME",
    "Backend",
    "BackendStats",
    "Generation",
    "LlamaBackend",
    "OpenAIBackend",
    "check_gguf",
    "embedded_model_path",
    "file_sha256",
    "gguf_has_chat_template",
    "load_backend",
    "resolve_model_path",
]


def load_backend(
    kind: str = "llama",
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    model_name: str | None = None,
    n_ctx: int = 4096,
    n_threads: int | None = None,
) -> Backend:
    """``kind="llama"``: load ``resolve_model_path(model)`` in-process (checked with check_gguf first);
    ``kind="openai"``: talk to the server at ``base_url`` (``model_name`` or the server's first model)."""
    kind = (kind or "llama").strip().lower()
    if kind == "llama":
        from local_seo.llm.llama import LlamaBackend

        return LlamaBackend(resolve_model_path(model), n_ctx=n_ctx, n_threads=n_threads)
    if kind == "openai":
        if not base_url:
            raise LocalSeoError("the openai backend needs a server URL (--base-url http://HOST:PORT)", ExitCode.USAGE)
        from local_seo.llm.openai import OpenAIBackend

        return OpenAIBackend(base_url, api_key=api_key, model_name=model_name, n_ctx=n_ctx)
    raise LocalSeoError(f"unknown backend {kind!r}: use 'llama' or 'openai'", ExitCode.USAGE)


def __getattr__(name: str) -> object:  # lazy: importing local_seo.llm must not load llama.cpp
    if name == "LlamaBackend":
        from local_seo.llm.llama import LlamaBackend

        return LlamaBackend
    if name == "OpenAIBackend":
        from local_seo.llm.openai import OpenAIBackend

        return OpenAIBackend
    raise AttributeError(name)

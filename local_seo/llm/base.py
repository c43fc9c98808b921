"""The backend interface every pipeline stage talks to (in-process llama.cpp or an OpenAI-compatible server)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Generation:
    """One completion: the text (stop string excluded) and what it cost."""

    text: str
    prompt_tokens: int  # tokens in the prompt as sent (BOS included for llama.cpp)
    completion_tokens: int  # tokens generated
    seconds: float  # wall time of the whole call (prompt evaluation + decoding)
    finish_reason: str  # "stop" (EOS or a stop string) or "length" (max_tokens reached)


@dataclass
class BackendStats:
    """Running totals over the backend's life; a benchmark reads them, so they count real work only.

    ``prompt_tokens_requested`` sums the prompt lengths of complete()/chat() calls;
    ``prompt_tokens_evaluated`` the prompt tokens actually run through the model (fewer when a
    registered prefix state was reused; prefix registration itself counts here too).
    ``score_tokens``/``score_seconds`` cover token_logprobs() only and are not part of the prompt counters.
    """

    load_seconds: float = 0
    prompt_tokens_evaluated: int = 0
    prompt_tokens_requested: int = 0
    tokens_generated: int = 0
    decode_seconds: float = 0
    prompt_seconds: float = 0
    calls: int = 0
    score_calls: int = 0
    score_tokens: int = 0
    score_seconds: float = 0


@runtime_checkable
class Backend(Protocol):
    model_name: str
    model_sha256: str | None
    has_chat_template: bool
    n_ctx: int
    stats: BackendStats
    cheap_logprobs: bool  # whether token_logprobs is fast enough to rank every candidate by fluency

    def complete(
        self,
        prompt: str,
        *,
        max_tokens: int,
        temperature: float,
        top_p: float = 0.95,
        seed: int,
        stop: list[str] | None = None,
    ) -> Generation: ...

    def chat(
        self,
        messages: list[dict[str, str]],
        *,
        max_tokens: int,
        temperature: float,
        top_p: float = 0.95,
        seed: int,
        stop: list[str] | None = None,
    ) -> Generation: ...

    def token_logprobs(self, text: str, prefix: str = "") -> list[float]:
        """log P of each token of ``text`` given ``prefix`` (and BOS); deterministic."""
        ...

    def count_tokens(self, text: str) -> int: ...

    def close(self) -> None: ...

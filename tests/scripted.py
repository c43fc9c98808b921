"""A scripted backend for unit tests of drafting: it answers with exact sentences, so a test can feed the bad
sentence a rule must reject (the real model cannot be made to say a given sentence)."""

from __future__ import annotations

from collections import deque

from local_seo.llm.base import BackendStats, Generation


class ScriptedBackend:
    model_name = "scripted"
    model_sha256 = None
    n_ctx = 4096
    cheap_logprobs = True

    def __init__(self, answers: list[str] | None = None, chat: bool = False) -> None:
        self.answers = deque(answers or [])
        self.has_chat_template = chat
        self.stats = BackendStats()
        self.prompts: list[str] = []
        self.seeds: list[int] = []

    def _answer(self, prompt: str, seed: int) -> Generation:
        self.prompts.append(prompt)
        self.seeds.append(seed)
        text = self.answers.popleft() if self.answers else ""
        self.stats.calls += 1
        return Generation(text=text, prompt_tokens=len(prompt.split()), completion_tokens=len(text.split()),
                          seconds=0.0, finish_reason="stop")

    def complete(self, prompt, *, max_tokens, temperature, top_p=0.95, seed, stop=None):
        return self._answer(prompt, seed)

    def chat(self, messages, *, max_tokens, temperature, top_p=0.95, seed, stop=None):
        return self._answer(messages[-1]["content"], seed)

    def token_logprobs(self, text: str, prefix: str = "") -> list[float]:
        # a stand-in fluency: every word costs the same, so ranking falls to novelty and the seeded tie-break
        return [-3.0] * max(1, len(text.split()))

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def close(self) -> None:
        pass

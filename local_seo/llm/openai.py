"""Backend for an OpenAI-compatible HTTP server (llama.cpp's llama-server, llama-cpp-python's server, vLLM…).

Standard library only (urllib).  Every network or protocol failure becomes one
``LocalSeoError(ExitCode.BACKEND)`` line that names the URL.
"""

from __future__ import annotations

import http.client
import json
import math
import socket
import time
import urllib.error
import urllib.request
from typing import Any

from local_seo.errors import ExitCode, LocalSeoError
from local_seo.llm.base import BackendStats, Generation


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OpenAIBackend:
    """Talks to ``{base_url}/v1/completions`` and ``/v1/chat/completions``.

    ``base_url`` may be given with or without the trailing ``/v1``.  With ``model_name=None`` the
    first id listed by ``GET /v1/models`` is used (which also checks, at construction, that the
    server answers).  ``n_ctx`` is the context size the caller should assume (servers do not
    report it in a standard way).
    """

    cheap_logprobs = False  # echo log-probabilities are slow or missing on servers: the ranker does without them


    model_sha256: str | None = None
    has_chat_template: bool = True

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        model_name: str | None = None,
        timeout: float = 120,
        n_ctx: int = 4096,
    ) -> None:
        root = (base_url or "").strip().rstrip("/")
        if not root.startswith(("http://", "https://")):
            raise LocalSeoError(
                f"backend URL {base_url!r} must start with http:// or https://", ExitCode.BACKEND
            )
        if root.endswith("/v1"):
            root = root[:-3]
        self.base_url = root
        self.api_key = api_key
        self.timeout = float(timeout)
        self.n_ctx = int(n_ctx)
        self.stats = BackendStats()
        self.model_sha256 = None
        self.has_chat_template = True
        self._count_method: str | None = None  # "extras" | "tokenize" | "estimate"
        self._extras_offset: int | None = None  # tokens /extras/tokenize/count adds on its own (BOS)
        self._closed = False
        t0 = time.perf_counter()
        if model_name:
            self.model_name = str(model_name)
        else:
            self.model_name = self._first_model()
        self.stats.load_seconds = time.perf_counter() - t0

    # -- HTTP ----------------------------------------------------------------------------------

    def _request(self, method: str, path: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        if self._closed:
            raise LocalSeoError("the model backend was closed", ExitCode.INTERNAL)
        url = f"{self.base_url}{path}"
        headers = {"Accept": "application/json"}
        data = None
        if payload is not None:
            data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                body = resp.read()
        except urllib.error.HTTPError as exc:
            raise _HTTPStatusError(url, exc.code, _error_detail(exc)) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, ConnectionRefusedError):
                msg = f"cannot connect to the model server at {url} (connection refused): is it running?"
            elif isinstance(reason, (socket.timeout, TimeoutError)):
                msg = f"the model server at {url} did not answer within {self.timeout:g} s"
            elif isinstance(reason, socket.gaierror):
                msg = f"cannot resolve the model server host in {url}: {reason}"
            else:
                msg = f"cannot reach the model server at {url}: {reason}"
            raise LocalSeoError(_one_line(msg, 300), ExitCode.BACKEND) from None
        except (socket.timeout, TimeoutError):
            raise LocalSeoError(
                f"the model server at {url} did not answer within {self.timeout:g} s", ExitCode.BACKEND
            ) from None
        except (http.client.HTTPException, OSError) as exc:
            raise LocalSeoError(
                _one_line(f"connection to the model server at {url} failed: {exc!r}", 300), ExitCode.BACKEND
            ) from None
        try:
            out = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise LocalSeoError(
                f"the model server at {url} answered with something that is not JSON", ExitCode.BACKEND
            ) from None
        if not isinstance(out, dict):
            raise LocalSeoError(f"the model server at {url} answered with unexpected JSON", ExitCode.BACKEND)
        return out

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._request("POST", path, payload)
        except _HTTPStatusError as exc:
            raise exc.as_error() from None

    def _first_model(self) -> str:
        try:
            out = self._request("GET", "/v1/models")
        except _HTTPStatusError as exc:
            raise exc.as_error() from None
        data = out.get("data")
        if isinstance(data, list) and data and isinstance(data[0], dict) and data[0].get("id"):
            return str(data[0]["id"])
        raise LocalSeoError(
            f"the model server at {self.base_url}/v1/models lists no model: pass the model name explicitly",
            ExitCode.BACKEND,
        )

    # -- generation ----------------------------------------------------------------------------

    def _params(
        self, max_tokens: int, temperature: float, top_p: float, seed: int, stop: list[str] | None
    ) -> dict[str, Any]:
        p: dict[str, Any] = {
            "model": self.model_name,
            "max_tokens": max(1, int(max_tokens)),
            "temperature": float(temperature),
            "top_p": float(top_p),
            "seed": int(seed),
        }
        if stop:
            p["stop"] = list(stop)
        return p

    def complete(
        self,
        prompt: str,
        *,
        max_tokens: int,
        temperature: float,
        top_p: float = 0.95,
        seed: int,
        stop: list[str] | None = None,
    ) -> Generation:
        payload = {"prompt": prompt, **self._params(max_tokens, temperature, top_p, seed, stop)}
        t0 = time.perf_counter()
        out = self._post("/v1/completions", payload)
        t1 = time.perf_counter()
        choice = self._choice(out, "/v1/completions")
        text = choice.get("text")
        if not isinstance(text, str):
            raise LocalSeoError(
                f"the model server at {self.base_url}/v1/completions answered without choices[0].text",
                ExitCode.BACKEND,
            )
        return self._record(out, choice, text, t1 - t0)

    def chat(
        self,
        messages: list[dict[str, str]],
        *,
        max_tokens: int,
        temperature: float,
        top_p: float = 0.95,
        seed: int,
        stop: list[str] | None = None,
    ) -> Generation:
        payload = {"messages": list(messages), **self._params(max_tokens, temperature, top_p, seed, stop)}
        t0 = time.perf_counter()
        out = self._post("/v1/chat/completions", payload)
        t1 = time.perf_counter()
        choice = self._choice(out, "/v1/chat/completions")
        message = choice.get("message") or {}
        text = message.get("content") if isinstance(message, dict) else None
        if text is None:
            text = ""
        return self._record(out, choice, str(text), t1 - t0)

    def _choice(self, out: dict[str, Any], path: str) -> dict[str, Any]:
        choices = out.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise LocalSeoError(
                f"the model server at {self.base_url}{path} answered without choices", ExitCode.BACKEND
            )
        return choices[0]

    def _record(self, out: dict[str, Any], choice: dict[str, Any], text: str, seconds: float) -> Generation:
        usage = out.get("usage") if isinstance(out.get("usage"), dict) else {}
        prompt_tokens = int(usage.get("prompt_tokens") or 0)
        completion_tokens = int(usage.get("completion_tokens") or 0)
        st = self.stats
        st.calls += 1
        st.prompt_tokens_requested += prompt_tokens
        st.tokens_generated += completion_tokens
        timings = out.get("timings") if isinstance(out.get("timings"), dict) else None
        if timings and "prompt_n" in timings:  # llama.cpp's llama-server reports what it really evaluated
            st.prompt_tokens_evaluated += int(timings.get("prompt_n") or 0)
            st.prompt_seconds += float(timings.get("prompt_ms") or 0) / 1000
            st.decode_seconds += float(timings.get("predicted_ms") or 0) / 1000
        else:
            details = usage.get("prompt_tokens_details")
            cached = int(details.get("cached_tokens") or 0) if isinstance(details, dict) else 0
            st.prompt_tokens_evaluated += max(0, prompt_tokens - cached)
            st.decode_seconds += seconds  # no split reported: the whole round trip
        return Generation(
            text=text,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            seconds=seconds,
            finish_reason=str(choice.get("finish_reason") or "stop"),
        )

    # -- scoring -------------------------------------------------------------------------------

    def token_logprobs(self, text: str, prefix: str = "") -> list[float]:
        """Prompt logprobs via ``/v1/completions`` with ``echo=True, logprobs=1``.

        One token is generated (``max_tokens=0`` means "unlimited" on some servers) and dropped.
        Tokens of ``text`` are those whose ``text_offset`` is at or after ``len(prefix)``.  The
        server gives no logprob for the very first prompt token: with an empty prefix it is left
        out, so the list may be one shorter than ``count_tokens(text)``.
        """
        if not text:
            return []
        prompt = prefix + text
        url = f"{self.base_url}/v1/completions"
        no_logprobs = f"the model server at {url} does not return prompt logprobs (echo=True, logprobs=1)"
        payload = {
            "model": self.model_name,
            "prompt": prompt,
            "max_tokens": 1,
            "temperature": 0.0,
            "seed": 0,
            "echo": True,
            "logprobs": 1,
        }
        t0 = time.perf_counter()
        try:
            out = self._request("POST", "/v1/completions", payload)
        except _HTTPStatusError as exc:
            if 400 <= exc.status < 500:
                raise LocalSeoError(f"{no_logprobs}: HTTP {exc.status} {exc.detail}", ExitCode.BACKEND) from None
            raise exc.as_error() from None
        choice = self._choice(out, "/v1/completions")
        lp = choice.get("logprobs")
        if not isinstance(lp, dict):
            raise LocalSeoError(no_logprobs, ExitCode.BACKEND)
        values = lp.get("token_logprobs")
        offsets = lp.get("text_offset")
        if not isinstance(values, list) or not isinstance(offsets, list) or len(values) != len(offsets):
            raise LocalSeoError(no_logprobs, ExitCode.BACKEND)
        usage = out.get("usage") if isinstance(out.get("usage"), dict) else {}
        n_gen = int(usage.get("completion_tokens") or 0)
        n_gen = min(n_gen, len(values))
        values, offsets = values[: len(values) - n_gen], offsets[: len(offsets) - n_gen]
        if not values or not isinstance(offsets[0], int) or offsets[0] >= len(prompt):
            raise LocalSeoError(no_logprobs, ExitCode.BACKEND)
        start = len(prefix)
        result = [float(v) for v, off in zip(values, offsets) if off >= start and off < len(prompt) and v is not None]
        st = self.stats
        st.score_calls += 1
        st.score_tokens += len(values)
        st.score_seconds += time.perf_counter() - t0
        return result

    def count_tokens(self, text: str) -> int:
        """Exact count from the server when it has a tokenize endpoint, else a conservative estimate.

        Tries llama-cpp-python's ``/extras/tokenize/count`` (minus the BOS it adds) then llama.cpp's
        ``/tokenize``; without
        either, ``ceil(len(text) / 3)`` (French runs at about 4 characters per token).
        """
        if not text:
            return 0
        methods = [self._count_method] if self._count_method else ["extras", "tokenize"]
        for method in methods:
            if method == "estimate":
                break
            try:
                if method == "extras":  # llama-cpp-python: counts the BOS it adds; measure that once
                    out = self._request("POST", "/extras/tokenize/count", {"input": text, "model": self.model_name})
                    n = out.get("count")
                    if isinstance(n, int) and self._extras_offset is None:
                        empty = self._request("POST", "/extras/tokenize/count", {"input": "", "model": self.model_name})
                        self._extras_offset = int(empty.get("count") or 0)
                    if isinstance(n, int):
                        n = max(0, n - (self._extras_offset or 0))
                else:
                    out = self._request("POST", "/tokenize", {"content": text, "add_special": False})
                    toks = out.get("tokens")
                    n = len(toks) if isinstance(toks, list) else None
            except _HTTPStatusError as exc:
                if exc.status in (404, 405, 501):
                    continue
                raise exc.as_error() from None
            if isinstance(n, int):
                self._count_method = method
                return n
        self._count_method = "estimate"
        return max(1, math.ceil(len(text) / 3))

    def close(self) -> None:
        self._closed = True

    def __enter__(self) -> OpenAIBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _HTTPStatusError(Exception):
    def __init__(self, url: str, status: int, detail: str) -> None:
        super().__init__(f"{url}: HTTP {status}")
        self.url, self.status, self.detail = url, int(status), detail

    def as_error(self) -> LocalSeoError:
        detail = f": {self.detail}" if self.detail else ""
        return LocalSeoError(
            _one_line(f"the model server at {self.url} answered HTTP {self.status}{detail}", 300), ExitCode.BACKEND
        )


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        raw = exc.read().decode("utf-8", "replace")
    except Exception:
        return ""
    try:
        body = json.loads(raw)
    except ValueError:
        return _one_line(raw, 160)
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict) and err.get("message"):
            return _one_line(str(err["message"]), 160)
        if isinstance(err, str):
            return _one_line(err, 160)
        if body.get("detail"):
            return _one_line(json.dumps(body["detail"], ensure_ascii=False), 160)
    return _one_line(raw, 160)

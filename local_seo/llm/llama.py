"""In-process llama.cpp backend (llama-cpp-python), reproducible call by call.

Reproducibility
---------------
llama-cpp-python reuses whatever its KV cache already holds: the same prompt sent twice is not
re-evaluated the second time (only its last token is replayed, in a batch of one), which shifts the
logits when the first time evaluated that token inside a larger batch, and changes the sampled
text.  Here a generation never depends on what ran before, because every ``complete()`` ends the
same way: the context holds the KV of ``tokens[:-1]`` evaluated in chunks whose boundaries sit at
fixed absolute positions (multiples of ``EVAL_CHUNK``), and ``create_completion`` evaluates the
prompt's last token alone (a batch of one at position ``len - 1``), then samples from its logits:

* from scratch, ``complete()`` clears the context and evaluates ``tokens[:-1]`` itself in those
  chunks; ``create_completion`` (``Llama.generate``) finds them cached (longest prefix
  ``len - 1``, the prompt not consumed), removes the KV from position ``len - 1`` on and evaluates
  the last token alone;
* ``register_prefix(text)`` snapshots (``llama_state_get_data``) the KV cache after the prefix's
  first ``k·EVAL_CHUNK`` tokens; a prompt whose tokens start with those tokens restores the
  snapshot and evaluates only the remaining chunks of ``tokens[:-1]``.  Those are exactly the
  chunks the from-scratch path would run on exactly the same KV bytes, so the result is
  bit-identical with or without the snapshot: registered prefixes are a pure cache (measured:
  identical logits).  A prefix of ``k·EVAL_CHUNK + 1`` tokens (BOS included) is cached whole but
  for its last token;
* the same prompt again, right after the ``complete()`` of that very prompt (a second sample with
  another seed), reuses the context as it is: it holds ``tokens[:-1]`` from the fixed chunks
  (then the previous generation, removed from position ``len - 1`` on), so only the last token is
  evaluated again, alone, as above.  Only the *same* token sequence qualifies, never a prompt that
  merely shares a head with the previous one (the KV of a partly filled chunk depends on how long
  the chunk was); any other call (another prompt, ``chat``, ``token_logprobs``,
  ``register_prefix``, an error) forgets the record, and so does a context whose oldest positions
  were dropped (``llama_memory_seq_pos_min`` > 0, sliding-window caches);
* so the output is a function of (prompt, seed, sampling parameters) only;
* ``chat()`` clears the context before ``create_chat_completion``;
* ``token_logprobs()`` clears the context and evaluates BOS + prefix + text in the same fixed chunks.

Fluency scoring
---------------
Gemma 3 has a 262,144-token vocabulary, so ``logits_all=True`` would make llama.cpp and
llama-cpp-python keep n_ctx × 262,144 floats (4 GiB for n_ctx=4096).  ``token_logprobs`` instead
decodes on the main context with a batch of its own in which only the positions to score request
logits, in chunks of ``SCORE_CHUNK`` tokens, and turns each row into a log-softmax in numpy: the
logits buffer stays ≤ SCORE_CHUNK × vocab floats and no second context is loaded.
"""

from __future__ import annotations

import ctypes
import sys
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from local_seo.errors import ExitCode, LocalSeoError
from local_seo.llm.base import BackendStats, Generation
from local_seo.llm.models import EMBEDDED_FILE_NAME, EMBEDDED_MODEL_NAME, check_gguf, file_sha256, models_dir

EVAL_CHUNK = 64  # prompt chunk boundaries sit at multiples of this absolute position
SCORE_CHUNK = EVAL_CHUNK  # when scoring, also bounds the logits buffer to 64 × n_vocab floats
MAX_PREFIX_STATES = 8
N_BATCH = 512

# ---------------------------------------------------------------------------------------------
# llama.cpp logging: keep the last lines (for error messages), print them only when verbose.

# ggml_log_level in the vendored ggml.h (llama-cpp-python's own _logger maps these one level off)
_GGML_WARN, _GGML_ERROR, _GGML_CONT = 3, 4, 5
_LOG_TAIL: deque[tuple[int, str]] = deque(maxlen=40)  # (level, message) of warnings and errors
_LOG_STATE: dict[str, Any] = {"verbose": False, "installed": False, "last_level": 0}
_log_callback_ref: Any = None


def _install_log_callback(llama_cpp: Any) -> None:
    global _log_callback_ref
    if _LOG_STATE["installed"]:
        return

    @llama_cpp.llama_log_callback
    def _cb(level: int, text: bytes, user_data: Any) -> None:  # pragma: no cover - called from C
        try:
            msg = text.decode("utf-8", "replace")
        except Exception:
            return
        if level == _GGML_CONT:
            level = _LOG_STATE["last_level"]
            if level >= _GGML_WARN and _LOG_TAIL:
                lvl, prev = _LOG_TAIL.pop()
                _LOG_TAIL.append((lvl, prev + msg))
        elif level >= _GGML_WARN:
            _LOG_TAIL.append((level, msg))
        _LOG_STATE["last_level"] = level
        if _LOG_STATE["verbose"]:
            print(msg, end="", file=sys.stderr, flush=True)

    _log_callback_ref = _cb  # must outlive every call from C
    llama_cpp.llama_log_set(_cb, ctypes.c_void_p(0))
    _LOG_STATE["installed"] = True


def _last_llama_error() -> str:
    """The first error llama.cpp logged since the tail was cleared (the root cause, usually),
    else the last warning, on one line."""
    for level, msg in _LOG_TAIL:
        if level == _GGML_ERROR and msg.strip():
            return " ".join(msg.split())
    for level, msg in reversed(_LOG_TAIL):
        if msg.strip():
            return " ".join(msg.split())
    return ""


def _import_llama_cpp() -> Any:
    try:
        import llama_cpp
    except ImportError as exc:  # pragma: no cover - dependency of the package
        raise LocalSeoError(
            f"llama-cpp-python is not installed ({exc}): run `pip install llama-cpp-python==0.3.36`",
            ExitCode.MODEL,
        ) from exc
    return llama_cpp


def _seed(seed: int) -> int:
    """A 32-bit sampler seed; never 0xFFFFFFFF, which llama.cpp reads as "pick a random seed"."""
    return int(seed) % 0xFFFFFFFF


@dataclass
class _PrefixState:
    tokens: tuple[int, ...]
    data: bytes  # llama_state_get_data snapshot (KV cache + last logits)


class LlamaBackend:
    """A GGUF model loaded once with llama-cpp-python; see the module docstring for the guarantees."""

    cheap_logprobs = True  # token_logprobs costs a fraction of a second: the ranker scores fluency with it

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int = 4096,
        n_threads: int | None = None,
        verbose: bool = False,
    ) -> None:
        self.model_path = Path(model_path).expanduser()
        if int(n_ctx) < 128:
            raise LocalSeoError(f"context size {n_ctx} is too small (use at least 128 tokens)", ExitCode.USAGE)
        check_gguf(self.model_path)
        llama_cpp = _import_llama_cpp()
        self._lc = llama_cpp
        _install_log_callback(llama_cpp)
        _LOG_STATE["verbose"] = bool(verbose)
        _LOG_TAIL.clear()
        self.stats = BackendStats()
        self._closed = False
        self._prefixes: OrderedDict[tuple[int, ...], _PrefixState] = OrderedDict()
        self._sha256: str | None = None
        # tokens of the last complete() prompt while the context still holds them (see the module docstring)
        self._last_prompt: tuple[int, ...] | None = None
        t0 = time.perf_counter()
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(self.model_path),
                n_ctx=int(n_ctx),
                n_batch=N_BATCH,
                n_ubatch=N_BATCH,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                logits_all=False,
                seed=0,
                verbose=bool(verbose),
            )
        except (ValueError, RuntimeError, OSError, AssertionError) as exc:
            self._closed = True
            detail = _last_llama_error() or str(exc)
            raise LocalSeoError(
                f"llama.cpp cannot load model {self.model_path}: {detail}", ExitCode.MODEL
            ) from exc
        self.stats.load_seconds = time.perf_counter() - t0
        llm = self._llm
        # llama.cpp may round the context up, but llama-cpp-python sizes its arrays by the request
        self.n_ctx: int = min(int(n_ctx), int(llm.n_ctx()))
        self.n_vocab: int = int(llm.n_vocab())
        template = llm.metadata.get("tokenizer.chat_template")
        self.has_chat_template: bool = bool(isinstance(template, str) and template.strip())
        self.metadata: dict[str, str] = dict(llm.metadata)
        self.model_name: str = self._name()
        self._bos = int(llm.token_bos())
        self._eos = int(llm.token_eos())
        probe = llm.tokenize(b"a", add_bos=True, special=False)
        self._add_bos = bool(probe) and self._bos >= 0 and int(probe[0]) == self._bos
        self._score_batch: Any = None

    # -- identity ------------------------------------------------------------------------------

    def _name(self) -> str:
        try:
            if self.model_path.resolve() == (models_dir() / EMBEDDED_FILE_NAME).resolve():
                return EMBEDDED_MODEL_NAME
        except OSError:
            pass
        return self.model_path.name

    @property
    def model_sha256(self) -> str | None:
        """sha256 of the GGUF file, computed on first access (and cached on disk by file_sha256)."""
        if self._sha256 is None:
            self._sha256 = file_sha256(self.model_path)
        return self._sha256

    # -- tokens --------------------------------------------------------------------------------

    def _tokens(self, text: str, *, bos: bool) -> list[int]:
        """Tokenize with special-token parsing off (article text can never inject control tokens)."""
        self._check_open()
        toks = self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)
        if bos and self._bos >= 0:
            toks = [self._bos, *toks]
        return list(toks)

    def count_tokens(self, text: str) -> int:
        return len(self._tokens(text, bos=False))

    def _context_tokens(self, text: str) -> list[int]:
        """Tokens of a prompt as the model sees it (BOS first when the model adds one)."""
        return self._tokens(text, bos=self._add_bos)

    # -- KV state ------------------------------------------------------------------------------

    def _clear(self) -> None:
        """Forget everything the context holds (KV cache and llama-cpp-python's token record)."""
        self._last_prompt = None
        llm = self._llm
        llm.reset()
        mem = self._lc.llama_get_memory(llm.ctx)
        if mem is not None:
            self._lc.llama_memory_clear(mem, False)

    def _snapshot(self, tokens: tuple[int, ...]) -> _PrefixState:
        ctx = self._llm.ctx
        size = int(self._lc.llama_state_get_size(ctx))
        buf = (ctypes.c_uint8 * size)()
        n = int(self._lc.llama_state_get_data(ctx, buf, size))
        if n <= 0 or n > size:
            raise RuntimeError("llama_state_get_data failed")
        return _PrefixState(tokens=tokens, data=bytes(memoryview(buf)[:n]))

    def _restore(self, state: _PrefixState) -> None:
        llm = self._llm
        self._clear()
        n = len(state.data)
        buf = (ctypes.c_uint8 * n).from_buffer_copy(state.data)
        if int(self._lc.llama_state_set_data(llm.ctx, buf, n)) != n:
            self._clear()
            raise RuntimeError("llama_state_set_data failed")
        k = len(state.tokens)
        llm.input_ids[:k] = state.tokens
        llm.n_tokens = k

    def register_prefix(self, text: str) -> int:
        """Cache the KV state of a shared prompt head (e.g. few-shot examples); a pure speed-up.

        The snapshot covers the prefix's first ``k·EVAL_CHUNK`` tokens (BOS included, the last
        token excluded); prompts whose tokens start with those resume from it.  Returns the number of tokens cached (0 when
        the prefix is shorter than one chunk).  At most MAX_PREFIX_STATES snapshots are kept (least
        recently used dropped); since results never depend on them, eviction is harmless.
        """
        self._check_open()
        self._last_prompt = None  # any call but complete() of the same prompt forgets the record
        all_toks = self._context_tokens(text)
        # never the prefix's last token: it may merge with the text that follows it in a prompt
        m = (min(len(all_toks), self.n_ctx - 2) - 1) // EVAL_CHUNK * EVAL_CHUNK
        if m == 0:
            return 0
        toks = tuple(all_toks[:m])
        if toks in self._prefixes:
            self._prefixes.move_to_end(toks)
            return m
        t0 = time.perf_counter()
        self._clear()
        self._eval_from(list(toks), 0)
        self._prefixes[toks] = self._snapshot(toks)
        self._clear()
        self.stats.prompt_tokens_evaluated += m
        self.stats.prompt_seconds += time.perf_counter() - t0
        while len(self._prefixes) > MAX_PREFIX_STATES:
            self._prefixes.popitem(last=False)
        return m

    def clear_prefixes(self) -> None:
        self._prefixes.clear()

    def _best_prefix(self, tokens: list[int]) -> _PrefixState | None:
        best: _PrefixState | None = None
        for key, state in self._prefixes.items():
            k = len(key)
            if k < len(tokens) and (best is None or k > len(best.tokens)) and tuple(tokens[:k]) == key:
                best = state
        if best is not None:
            self._prefixes.move_to_end(best.tokens)
        return best

    def _eval_from(self, tokens: list[int], start: int) -> None:
        """Evaluate ``tokens[start:]`` (the context holds exactly ``tokens[:start]``), one decode
        per chunk, chunk boundaries at absolute multiples of EVAL_CHUNK."""
        llm = self._llm
        pos = start
        try:
            while pos < len(tokens):
                end = min(len(tokens), (pos // EVAL_CHUNK + 1) * EVAL_CHUNK)
                llm.eval(tokens[pos:end])
                pos = end
        except RuntimeError as exc:
            self._clear()
            raise LocalSeoError(f"llama.cpp failed to evaluate the prompt: {exc}", ExitCode.MODEL) from exc

    # -- generation ----------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise LocalSeoError("the model backend was closed", ExitCode.INTERNAL)

    def _fit(self, n_prompt: int, max_tokens: int) -> int:
        if n_prompt >= self.n_ctx - 1:
            raise LocalSeoError(
                f"prompt of {n_prompt} tokens does not fit the model context of {self.n_ctx} tokens "
                f"(use a shorter input or a larger --n-ctx)",
                ExitCode.MODEL,
            )
        return max(1, min(int(max_tokens), self.n_ctx - n_prompt - 1))

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
        """Continue ``prompt``; same (prompt, seed, params) → same text, whatever ran before.

        ``max_tokens`` is capped to the room left in the context; a prompt that does not fit
        raises LocalSeoError(MODEL).
        """
        self._check_open()
        tokens = self._context_tokens(prompt)
        if not tokens:
            tokens = [self._bos if self._bos >= 0 else self._eos]
        max_tokens = self._fit(len(tokens), max_tokens)
        t0 = time.perf_counter()
        key = tuple(tokens)
        last = len(tokens) - 1
        mem = self._lc.llama_get_memory(self._llm.ctx)
        if self._holds_prompt(key) and self._lc.llama_memory_seq_rm(mem, 0, last, -1):
            # The context holds tokens[:-1] exactly as the from-scratch path leaves them; the previous generation
            # and the last prompt token are gone from the KV cache: create_completion evaluates that token alone.
            self._llm.n_tokens = last
            start = last
        else:
            prefix = self._best_prefix(tokens)
            start = 0
            if prefix is not None:
                self._restore(prefix)
                start = len(prefix.tokens)
            else:
                self._clear()
            self._eval_from(tokens[:last], start)
        self._last_prompt = None
        t1 = time.perf_counter()
        # The context holds tokens[:-1]: create_completion evaluates the last token alone, then samples.
        try:
            out = self._llm.create_completion(
                prompt=tokens,
                max_tokens=max_tokens,
                temperature=float(temperature),
                top_p=float(top_p),
                seed=_seed(seed),
                stop=list(stop) if stop else [],
            )
        except (ValueError, RuntimeError) as exc:
            self._clear()
            raise LocalSeoError(f"llama.cpp generation failed: {exc}", ExitCode.MODEL) from exc
        t2 = time.perf_counter()
        self._last_prompt = key
        return self._record(out, len(tokens), len(tokens) - start, t0, t1, t2)

    def _holds_prompt(self, key: tuple[int, ...]) -> bool:
        """Whether the context still holds the KV of ``key[:-1]`` as the last ``complete()`` of this very
        prompt left it (only what it generated after the prompt may follow)."""
        if self._last_prompt is None or self._last_prompt != key:
            return False
        llm, n = self._llm, len(key)
        if llm.n_tokens < n or tuple(int(t) for t in llm.input_ids[:n]) != key:
            return False
        mem = self._lc.llama_get_memory(llm.ctx)
        # a sliding-window cache may have dropped old positions while generating: evaluate afresh then
        return mem is not None and int(self._lc.llama_memory_seq_pos_min(mem, 0)) == 0

    def _record(self, out: Any, requested: int, evaluated: int, t0: float, t1: float, t2: float) -> Generation:
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        completion_tokens = int(usage.get("completion_tokens", 0))
        st = self.stats
        st.calls += 1
        st.prompt_tokens_requested += requested
        st.prompt_tokens_evaluated += evaluated
        st.prompt_seconds += t1 - t0
        st.tokens_generated += completion_tokens
        st.decode_seconds += t2 - t1
        text = choice.get("text")
        if text is None:
            text = (choice.get("message") or {}).get("content") or ""
        return Generation(
            text=text,
            prompt_tokens=requested,
            completion_tokens=completion_tokens,
            seconds=t2 - t0,
            finish_reason=str(choice.get("finish_reason") or "stop"),
        )

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
        """Chat through the GGUF's own template (``create_chat_completion``), from a cleared context."""
        self._check_open()
        self._last_prompt = None
        if not self.has_chat_template:
            raise LocalSeoError(
                f"model {self.model_name} has no chat template (it is a base model): "
                f"use a chat/instruct GGUF, or the completion prompts",
                ExitCode.MODEL,
            )
        lc, ctx = self._lc, self._llm.ctx
        self._clear()
        lc.llama_perf_context_reset(ctx)
        t0 = time.perf_counter()
        try:
            out = self._llm.create_chat_completion(
                messages=messages,
                max_tokens=max(1, int(max_tokens)),
                temperature=float(temperature),
                top_p=float(top_p),
                seed=_seed(seed),
                stop=list(stop) if stop else [],
            )
        except ValueError as exc:
            self._clear()
            msg = str(exc)
            if "exceed context window" in msg:
                raise LocalSeoError(
                    f"chat prompt does not fit the model context of {self.n_ctx} tokens: {msg}", ExitCode.MODEL
                ) from exc
            raise LocalSeoError(f"llama.cpp chat generation failed: {msg}", ExitCode.MODEL) from exc
        except RuntimeError as exc:
            self._clear()
            raise LocalSeoError(f"llama.cpp chat generation failed: {exc}", ExitCode.MODEL) from exc
        t2 = time.perf_counter()
        perf = lc.llama_perf_context(ctx)
        prompt_tokens = int((out.get("usage") or {}).get("prompt_tokens", 0))
        # split the wall time the way llama.cpp measured it (prompt batch vs token-by-token decode)
        p_ms, e_ms = float(perf.t_p_eval_ms), float(perf.t_eval_ms)
        frac = p_ms / (p_ms + e_ms) if (p_ms + e_ms) > 0 else 0.0
        t1 = t0 + (t2 - t0) * frac
        return self._record(out, prompt_tokens, prompt_tokens, t0, t1, t2)

    # -- scoring -------------------------------------------------------------------------------

    def token_logprobs(self, text: str, prefix: str = "") -> list[float]:
        """Natural-log probability of each token of ``text`` given BOS + ``prefix``.

        ``text`` and ``prefix`` are tokenized separately (so ``len(result) == count_tokens(text)``).
        Evaluated from a cleared context in fixed chunks: the same input always gives the same floats.
        """
        self._check_open()
        self._last_prompt = None
        target = self._tokens(text, bos=False)
        if not target:
            return []
        head = self._tokens(prefix, bos=False) if prefix else []
        first = self._bos if self._bos >= 0 else self._eos
        seq = [first, *head, *target]
        if len(seq) > self.n_ctx:
            raise LocalSeoError(
                f"text to score has {len(seq)} tokens, more than the model context ({self.n_ctx})", ExitCode.MODEL
            )
        t0 = time.perf_counter()
        lc, ctx = self._lc, self._llm.ctx
        if self._score_batch is None:
            self._score_batch = lc.llama_batch_init(SCORE_CHUNK, 0, 1)
        batch = self._score_batch
        n_ctx_tokens = len(seq) - len(target)  # position of the first target token
        # logits of position p predict token p+1: we need rows for positions n_ctx_tokens-1 .. len(seq)-2
        want = range(n_ctx_tokens - 1, len(seq) - 1)
        out: list[float] = []
        self._clear()
        try:
            for start in range(0, len(seq) - 1, SCORE_CHUNK):
                chunk = seq[start : min(start + SCORE_CHUNK, len(seq) - 1)]  # the last token predicts nothing
                n_out = 0
                batch.n_tokens = len(chunk)
                for i, tok in enumerate(chunk):
                    pos = start + i
                    batch.token[i] = tok
                    batch.pos[i] = pos
                    batch.n_seq_id[i] = 1
                    batch.seq_id[i][0] = 0
                    flag = pos in want
                    batch.logits[i] = flag
                    n_out += flag
                if n_out == 0:
                    batch.logits[len(chunk) - 1] = True  # llama.cpp wants ≥ 1 output; ignored below
                rc = lc.llama_decode(ctx, batch)
                if rc != 0:
                    raise RuntimeError(f"llama_decode returned {rc}")
                if n_out == 0:
                    continue
                ptr = lc.llama_get_logits(ctx)
                rows = np.ctypeslib.as_array(ptr, shape=(n_out * self.n_vocab,)).reshape(n_out, self.n_vocab)
                r = 0
                for i in range(len(chunk)):
                    pos = start + i
                    if pos in want:
                        row = rows[r].astype(np.float64)
                        m = row.max()
                        lse = m + np.log(np.exp(row - m).sum())
                        out.append(float(row[seq[pos + 1]] - lse))
                        r += 1
        except RuntimeError as exc:
            raise LocalSeoError(f"llama.cpp failed while scoring text: {exc}", ExitCode.MODEL) from exc
        finally:
            self._clear()
        st = self.stats
        st.score_calls += 1
        st.score_tokens += len(seq)
        st.score_seconds += time.perf_counter() - t0
        return out

    # -- lifetime ------------------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._last_prompt = None
        self._prefixes.clear()
        if getattr(self, "_score_batch", None) is not None:
            try:
                self._lc.llama_batch_free(self._score_batch)
            finally:
                self._score_batch = None
        self._llm.close()

    def __enter__(self) -> LlamaBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - best effort
        try:
            if not getattr(self, "_closed", True):
                self.close()
        except Exception:
            pass

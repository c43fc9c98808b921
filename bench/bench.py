"""One-run benchmark of ``local-seo rewrite`` on the embedded model (offline): where the time goes, how much of the
model's work reaches the article, and whether the pipeline decodes as fast as the bare backend.

    python bench/bench.py [--input FILE] [--samples N] [--threads N] [--json OUT]

Prints a table (each target beside its figure, with a pass/fail mark) and writes the figures as JSON
(default: bench/last-run.json, a local artefact). See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT / "examples" / "003_1abb85e4a02a73e3.txt"
DEFAULT_JSON = Path(__file__).resolve().parent / "last-run.json"

# A neutral French prompt for the raw decode rate: plain prose to continue, nothing from the article.
RAW_PROMPT = ("Le conseil municipal s’est réuni jeudi soir pour examiner le budget de l’année prochaine. "
              "Les élus ont longuement débattu des travaux prévus dans les écoles, de l’entretien des routes "
              "et de l’ouverture d’une nouvelle médiathèque. Selon l’adjoint chargé des finances,")
RAW_TOKENS = 128
RAW_TEMPERATURE = 0.7

TARGET_DECODE_RATIO = 0.9
TARGET_EVAL_PER_DISTINCT = 1.5
TARGET_WALL_S = 180.0
TARGET_HELP_S = 0.5


def time_help(runs: int = 3) -> tuple[float, list[float]]:
    """Best of ``runs`` wall times of ``local-seo --help`` in a fresh process (interpreter start-up included)."""
    exe = Path(sys.executable).parent / "local-seo"
    cmd = [str(exe)] if exe.exists() else ([shutil.which("local-seo")] if shutil.which("local-seo") else
                                            [sys.executable, "-m", "local_seo"])
    cmd = [*cmd, "--help"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return min(times), times


class PromptRecorder:
    """Records the token sequence of every complete() prompt, to count the DISTINCT prompt tokens exactly:
    the nodes of the prefix trie of all prompts (a token shared by several prompts at the same place counts once)."""

    def __init__(self, backend) -> None:
        self.backend = backend
        self.trie: dict = {}
        self.distinct = 0
        self.prompts = 0
        inner = backend.complete

        def complete(prompt, **kw):
            self._add(backend._context_tokens(prompt))
            return inner(prompt, **kw)

        backend.complete = complete  # instance attribute: the pipeline's calls go through it

    def _add(self, tokens: list[int]) -> None:
        self.prompts += 1
        node = self.trie
        for tok in tokens:
            nxt = node.get(tok)
            if nxt is None:
                nxt = node[tok] = {}
                self.distinct += 1
            node = nxt

    def detach(self) -> None:
        del self.backend.complete  # back to the class's method


def raw_decode(backend, tokens: int = RAW_TOKENS) -> dict:
    """Decode rate of plain complete() calls on ``backend`` (same threads, same process), from its own counters.
    One call of ``tokens`` tokens; should the model stop early (end of text), more calls with the next seeds
    until ``tokens`` tokens have been decoded (at most 4 calls)."""
    st0 = asdict(backend.stats)
    calls = 0
    generated = 0
    for seed in range(1, 5):
        gen = backend.complete(RAW_PROMPT, max_tokens=tokens - generated, temperature=RAW_TEMPERATURE, seed=seed)
        calls += 1
        generated += gen.completion_tokens
        if generated >= tokens:
            break
    st1 = asdict(backend.stats)
    secs = st1["decode_seconds"] - st0["decode_seconds"]
    n = st1["tokens_generated"] - st0["tokens_generated"]
    return {"tokens": n, "decode_seconds": secs, "calls": calls, "tokens_per_s": n / secs if secs > 0 else 0.0}


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    return {"cpus": os.cpu_count(), "cpu": cpu, "platform": platform.platform(), "python": platform.python_version(),
            "load_average_at_start": load}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT), help="article to rewrite (default: example 003)")
    ap.add_argument("--samples", type=int, default=2, help="model paraphrases per sentence (the CLI's default: 2)")
    ap.add_argument("--threads", type=int, default=None, help="llama.cpp threads (default: llama.cpp's choice)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--json", default=str(DEFAULT_JSON), help="where to write the figures (default: %(default)s)")
    args = ap.parse_args(argv)

    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True, highlight=False)
    info = machine()
    console.print(f"[bold]local-seo bench[/] — {args.input} — samples {args.samples}, threads "
                  f"{args.threads or 'default'} — {info['cpus']} CPUs, load {info['load_average_at_start']}")

    help_best, help_all = time_help()

    from local_seo.pipeline import Options, run
    from local_seo.render import render

    stage_times: dict[str, float] = {}
    last = [None, time.perf_counter()]

    def on_stage(name: str, detail: str) -> None:
        now = time.perf_counter()
        if last[0] is not None:
            stage_times[last[0]] = stage_times.get(last[0], 0.0) + now - last[1]
        last[0], last[1] = name, now

    t_all = time.perf_counter()
    from local_seo.llm import load_backend

    t0 = time.perf_counter()
    backend = load_backend("llama", n_threads=args.threads)
    model_load_wall = time.perf_counter() - t0
    llm = getattr(backend, "_llm", None)  # what llama-cpp-python chose: with no --threads, n_threads = CPUs // 2
    threads_used = {"n_threads": getattr(llm, "n_threads", args.threads),  # but n_threads_batch = all CPUs
                    "n_threads_batch": getattr(llm, "n_threads_batch", args.threads)}

    from local_seo import analyze as an

    an.load_nlp.cache_clear()
    t0 = time.perf_counter()
    an.load_nlp()
    spacy_load = time.perf_counter() - t0

    recorder = PromptRecorder(backend)
    opts = Options(input=args.input, seed=args.seed, samples=args.samples, threads=args.threads)
    t0 = time.perf_counter()
    result = run(opts, backend=backend, on_stage=on_stage)
    on_stage("end", "")
    run_seconds = time.perf_counter() - t0
    text = render(result.article, result.meta, "md")
    wall = time.perf_counter() - t_all
    recorder.detach()
    st = asdict(backend.stats)  # the pipeline's work only (fresh backend, raw decode not yet run)

    raw = raw_decode(backend)
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    kept = [k for s in result.report["sections"] for k in s["kept"]]
    model_kept = [k for k in kept if str(k.get("generator", "")).startswith("model:")]
    kept_model_tokens = sum(backend.count_tokens(k["text"]) for k in model_kept)
    backend.close()

    pipe_rate = st["tokens_generated"] / st["decode_seconds"] if st["decode_seconds"] > 0 else 0.0
    ratio = pipe_rate / raw["tokens_per_s"] if raw["tokens_per_s"] > 0 else 0.0
    requested, evaluated = st["prompt_tokens_requested"], st["prompt_tokens_evaluated"]
    distinct = recorder.distinct
    figures = {
        "model_load_s": round(model_load_wall, 3),
        "model_load_llama_s": round(st["load_seconds"], 3),
        "spacy_load_s": round(spacy_load, 3),
        "prompt_calls": st["calls"],
        "prompt_tokens_requested": requested,
        "prompt_tokens_distinct": distinct,
        "prompt_tokens_evaluated": evaluated,
        "prefix_cache_reuse": round(1 - evaluated / requested, 3) if requested else None,
        "evaluated_per_distinct": round(evaluated / distinct, 3) if distinct else None,
        "evaluated_per_requested": round(evaluated / requested, 3) if requested else None,
        "prompt_seconds": round(st["prompt_seconds"], 2),
        "tokens_generated": st["tokens_generated"],
        "model_sentences_kept": len(model_kept),
        "sentences_kept": len(kept),
        "kept_model_tokens": kept_model_tokens,
        "kept_share_of_generated": round(kept_model_tokens / st["tokens_generated"], 3) if st["tokens_generated"] else None,
        "decode_seconds": round(st["decode_seconds"], 2),
        "pipeline_decode_tok_s": round(pipe_rate, 2),
        "raw_decode_tok_s": round(raw["tokens_per_s"], 2),
        "raw_decode_tokens": raw["tokens"],
        "decode_ratio": round(ratio, 3),
        "score_calls": st["score_calls"],
        "score_tokens": st["score_tokens"],
        "score_seconds": round(st["score_seconds"], 2),
        "pipeline_run_s": round(run_seconds, 2),
        "rewrite_wall_s": round(wall, 2),
        "words_written": result.words,
        "target_words": result.target,
        "output_bytes": len(text.encode("utf-8")),
        "peak_rss_mib": round(peak_rss_mib, 1),
        "help_best_s": round(help_best, 3),
        "help_runs_s": [round(t, 3) for t in help_all],
    }
    no_prompts = requested == 0  # --samples 0: nothing to decode, nothing to compare
    targets = [
        {"figure": "decode_ratio", "target": f">= {TARGET_DECODE_RATIO}",
         "pass": None if no_prompts else ratio >= TARGET_DECODE_RATIO},
        {"figure": "evaluated_per_distinct", "target": f"<= {TARGET_EVAL_PER_DISTINCT}",
         "pass": None if no_prompts else evaluated <= TARGET_EVAL_PER_DISTINCT * distinct},
        {"figure": "evaluated_per_requested", "target": f"<= {TARGET_EVAL_PER_DISTINCT} (requested ≥ distinct)",
         "pass": None if no_prompts else evaluated <= TARGET_EVAL_PER_DISTINCT * requested},
        {"figure": "rewrite_wall_s", "target": f"< {TARGET_WALL_S:g} s", "pass": wall < TARGET_WALL_S},
        {"figure": "help_best_s", "target": f"< {TARGET_HELP_S:g} s", "pass": help_best < TARGET_HELP_S},
    ]
    out = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {**info, "load_average_at_end": os.getloadavg() if hasattr(os, "getloadavg") else None},
        "settings": {"input": args.input, "samples": args.samples, "threads": args.threads,
                     "threads_used": threads_used, "seed": args.seed, "model": result.meta.get("model"),
                     "raw_prompt_tokens": RAW_TOKENS, "raw_temperature": RAW_TEMPERATURE},
        "figures": figures,
        "targets": targets,
        "stages_s": {k: round(v, 2) for k, v in stage_times.items()},
        "backend_stats": st,
    }

    marks = {t["figure"]: t for t in targets}

    def mark(fig: str) -> tuple[str, str]:
        t = marks.get(fig)
        if t is None:
            return "", ""
        return t["target"], {True: "[green]✓ pass[/]", False: "[red]✗ fail[/]", None: "[dim]n/a[/]"}[t["pass"]]

    f = figures
    rows = [
        ("model load (load_backend; Llama() alone)", f"{f['model_load_s']:.2f} s ({f['model_load_llama_s']:.2f} s)", ""),
        ("spaCy load (load_nlp, first call)", f"{f['spacy_load_s']:.2f} s", ""),
        ("prompt tokens requested / distinct / evaluated",
         f"{requested} / {distinct} / {evaluated} ({f['prompt_calls']} calls)", ""),
        ("prefix-cache reuse (1 − evaluated/requested)", f"{(f['prefix_cache_reuse'] or 0):.1%}", ""),
        ("evaluated / distinct (exact, prefix trie)", f"{f['evaluated_per_distinct']}", "evaluated_per_distinct"),
        ("evaluated / requested (upper bound of distinct)", f"{f['evaluated_per_requested']}",
         "evaluated_per_requested"),
        ("tokens generated", f"{f['tokens_generated']}", ""),
        ("model tokens kept in the article", f"{kept_model_tokens} in {len(model_kept)}/{len(kept)} sentences "
                                              f"({(f['kept_share_of_generated'] or 0):.1%} of generated)", ""),
        ("decode rate: pipeline / raw (same backend)",
         f"{pipe_rate:.1f} / {raw['tokens_per_s']:.1f} tok/s = {ratio:.2f}", "decode_ratio"),
        ("fluency scoring", f"{f['score_calls']} calls, {f['score_tokens']} tokens, {f['score_seconds']:.1f} s", ""),
        ("prompt evaluation / decoding", f"{f['prompt_seconds']:.1f} s / {f['decode_seconds']:.1f} s", ""),
        ("rewrite wall time (loads + run + render)", f"{wall:.1f} s (run {run_seconds:.1f} s)", "rewrite_wall_s"),
        ("words written", f"{result.words} (target {result.target})", ""),
        ("peak RSS", f"{peak_rss_mib:.0f} MiB", ""),
        ("local-seo --help (best of 3)", f"{help_best:.3f} s", "help_best_s"),
    ]
    table = Table(title=f"local-seo bench — {Path(args.input).name}, samples {args.samples}, threads "
                        f"{threads_used['n_threads']} (prompt/scoring batches {threads_used['n_threads_batch']}), "
                        f"{info['cpus']} CPUs")
    for col in ("figure", "value", "target", ""):
        table.add_column(col)
    for name, value, key in rows:
        table.add_row(name, value, *mark(key))
    Console(highlight=False).print(table)
    console.print("stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in out["stages_s"].items()))

    json_path = Path(args.json)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(f"figures written to {json_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``local-seo`` command. Thin: parses options, shows progress, writes files; the pipeline does the work.

Every error a user can cause arrives here as a :class:`LocalSeoError` and leaves as one line on stderr with its
documented exit code (README "Exit codes"); heavy libraries are imported only inside commands.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import ExitCode, LocalSeoError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Offline rewriting of French news articles into SEO-ready French articles, fact-checked.")


def _console(quiet: bool = False, stderr: bool = True):
    from rich.console import Console

    return Console(stderr=stderr, quiet=quiet, highlight=False)


def fail(err: LocalSeoError) -> None:
    _console().print(f"[bold red]error:[/] {err}", markup=True, soft_wrap=True)
    raise typer.Exit(int(err.code))


@app.command()
def rewrite(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Article to rewrite (.txt, .md, .html, .docx) "
                                       "or - for stdin; with --out-dir, several files or folders."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Output file (.md, .html, .json) or - for "
                                                                      "stdout."),
    out_dir: Optional[str] = typer.Option(None, "--out-dir", help="Batch: write one article per input into DIR."),
    jobs: int = typer.Option(1, "--jobs", min=1, max=64, help="Batch: articles in flight at once (server backend)."),
    model: Optional[str] = typer.Option(None, "--model", help="GGUF model file (default: $LOCAL_SEO_MODEL, then the "
                                                             "embedded Gemma 3 270M)."),
    seed: int = typer.Option(42, "--seed", help="Random seed: same input, model, options and seed give the same bytes."),
    min_words: Optional[int] = typer.Option(None, "--min-words", help="Target length in words (default: the brief's, "
                                                                      "else 700)."),
    keyword: Optional[str] = typer.Option(None, "--keyword", help="Focus keyphrase (default: chosen from the source)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="md, html or json (default: from the output's extension)."),
    samples: int = typer.Option(2, "--samples", min=0, max=16, help="Model paraphrases sampled per sentence."),
    context: List[str] = typer.Option([], "--context", help="Related article whose facts may be used (repeatable)."),
    glossary: Optional[str] = typer.Option(None, "--glossary", help="TOML file pinning canonical entity spellings."),
    typography: bool = typer.Option(False, "--typography", help="French typography (non-breaking spaces, ’)."),
    threads: Optional[int] = typer.Option(None, "--threads", help="CPU threads for llama.cpp."),
    backend: str = typer.Option("llama", "--backend", help="llama (in-process) or openai (a server)."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="OpenAI-compatible server URL (--backend openai)."),
    api_key: Optional[str] = typer.Option(None, "--api-key", envvar="LOCAL_SEO_API_KEY", help="Server API key."),
    model_name: Optional[str] = typer.Option(None, "--model-name", help="Model name on the server."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run from its saved state "
                                                        "(OUTPUT's .state.json): same bytes as an uninterrupted run."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress, no summary."),
) -> None:
    """Rewrite INPUT into a new SEO-ready French article of --min-words words or more."""
    from .fsio import atomic_write, check_writable, write_many
    from .pipeline import Options, sidecar_paths, stable_report
    from .render import format_for_path, render

    console = _console(quiet)
    options = dict(model=model, seed=seed, min_words=min_words, keyword=keyword, samples=samples,
                   context=list(context), glossary=glossary, backend=backend, base_url=base_url, api_key=api_key,
                   model_name=model_name, typography=typography, threads=threads)
    if out_dir is not None:
        _batch(inputs, out_dir, options, fmt or "md", jobs, force, console)
        return
    try:
        if len(inputs) != 1 or output is None:
            raise LocalSeoError("give one INPUT and -o OUTPUT, or several inputs with --out-dir DIR", ExitCode.USAGE)
        input = inputs[0]
        out_fmt = (fmt or (format_for_path(output) if output != "-" else "md")).lower()
        if out_fmt not in ("md", "html", "json"):
            raise LocalSeoError(f"unknown format '{out_fmt}': use md, html or json", ExitCode.USAGE)
        if backend not in ("llama", "openai"):
            raise LocalSeoError(f"unknown backend '{backend}': use llama or openai", ExitCode.USAGE)
        if backend == "openai" and not base_url:
            raise LocalSeoError("--backend openai needs --base-url (e.g. http://127.0.0.1:8080)", ExitCode.USAGE)
        files: dict[Path, str] = {}
        state, checkpoint, state_path = None, None, None
        if output != "-":
            out_path = Path(output)
            sidecars = sidecar_paths(out_path)
            state_path = sidecars["state"]
            for p in [out_path, sidecars["report"], sidecars["manifest"]]:
                check_writable(p, force)
            if resume:
                state = _load_state(state_path)
            check_writable(state_path, True)

            def checkpoint(data: dict) -> None:
                atomic_write(state_path, json.dumps(data, ensure_ascii=False) + "\n", force=True)
        elif resume:
            raise LocalSeoError("--resume needs an output file (its saved state lies beside it)", ExitCode.USAGE)
        opts = Options(input=input, **options)
        try:
            result = _run_with_progress(opts, console, checkpoint=checkpoint, resume=state)
        except KeyboardInterrupt:
            if state_path is not None and state_path.exists():
                _console().print(f"interrupted: nothing was written; progress saved in {state_path}, continue with "
                                 f"--resume")
            else:
                _console().print("interrupted: nothing was written")
            raise typer.Exit(int(ExitCode.INTERRUPTED))
        result.manifest["output"] = {"path": str(out_path) if output != "-" else "-", "format": out_fmt}
        extra = {"report": stable_report(result.report), "manifest": result.manifest} if out_fmt == "json" else None
        text = render(result.article, result.meta, out_fmt, extra)
        if output == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            files[out_path] = text
            files[sidecars["report"]] = json.dumps(result.report, ensure_ascii=False, indent=2) + "\n"
            files[sidecars["manifest"]] = json.dumps(result.manifest, ensure_ascii=False, indent=2) + "\n"
            write_many(files, force)
            state_path.unlink(missing_ok=True)
        _summary(console, result, output)
    except LocalSeoError as err:
        fail(err)
    except KeyboardInterrupt:
        _console().print("interrupted: nothing was written")
        raise typer.Exit(int(ExitCode.INTERRUPTED))


def _batch(inputs: list[str], out_dir: str, options: dict, fmt: str, jobs: int, force: bool, console) -> None:
    """Several articles into a folder: a failed one is reported and the others go on; a rerun skips what is done.
    Exit 0 when every article is done or skipped, else the exit code of the first failure."""
    from rich.table import Table

    from .batch import collect_inputs, run_batch
    from .pipeline import Options

    try:
        paths = collect_inputs(inputs)
        if not paths:
            raise LocalSeoError("no article found in the inputs (.txt, .md, .html, .docx)", ExitCode.INPUT)

        def on_item(item) -> None:
            color = {"done": "green", "skipped": "blue", "failed": "red"}[item.status]
            console.print(f"[{color}]{item.status}[/] {item.input}"
                          + (f" → {item.output} ({item.words} words, {item.seconds:.0f} s)" if item.words else "")
                          + (f": {item.error}" if item.error else ""))

        items = run_batch(paths, Path(out_dir), lambda p: Options(input=str(p), **options), fmt=fmt, jobs=jobs,
                          force=force, on_item=on_item)
    except LocalSeoError as err:
        fail(err)
    except KeyboardInterrupt:
        _console().print("interrupted: finished articles are written, the others are not")
        raise typer.Exit(int(ExitCode.INTERRUPTED))
    t = Table(title=f"local-seo batch → {out_dir}")
    for c in ("input", "status", "words", "SEO checks", "seconds"):
        t.add_column(c)
    for it in items:
        checks = f"{it.checks_good}/{it.checks_total}" if it.checks_total else ""
        t.add_row(Path(it.input).name, it.status, str(it.words or ""), checks, f"{it.seconds:.0f}")
    console.print(t)
    failed = [it for it in items if it.status == "failed"]
    if failed:
        raise typer.Exit(int(failed[0].exit_code or ExitCode.INTERNAL))


def _load_state(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LocalSeoError(f"no saved run state at {path}: nothing to resume (run without --resume)",
                            ExitCode.RESUME) from None
    except (OSError, ValueError) as err:
        raise LocalSeoError(f"the saved run state {path} is unreadable ({err}): run without --resume",
                            ExitCode.RESUME) from err


def _run_with_progress(opts, console, checkpoint=None, resume=None):
    import time

    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import run

    with Progress(TextColumn("[bold]{task.fields[stage]}[/]"), TextColumn("{task.description}"), BarColumn(),
                  TimeElapsedColumn(), console=console, transient=False,
                  disable=console.quiet or not console.is_terminal) as progress:
        task = progress.add_task("", total=None, stage="start")
        t_draft = [time.perf_counter()]

        def on_stage(name: str, detail: str) -> None:
            progress.update(task, stage=name, description=detail)
            if name == "draft":
                t_draft[0] = time.perf_counter()

        def on_sentence(heading: str, words: int) -> None:
            elapsed = max(1e-6, time.perf_counter() - t_draft[0])
            progress.update(task, stage="draft", description=f"{heading[:40]} — {words} words ({words / elapsed:.1f} "
                                                             f"words/s)")

        result = run(opts, on_stage=on_stage, on_sentence=on_sentence, checkpoint=checkpoint, resume=resume)
        progress.update(task, stage="done", description=f"{result.words} words")
    return result


def _summary(console, result, output: str) -> None:
    from rich.table import Table

    if console.quiet:
        return
    t = Table(title=f"local-seo → {output}", show_header=False)
    r = result.report
    t.add_row("title", f"{result.article.title} ({len(result.article.title)} car.)")
    t.add_row("description", f"{len(result.article.description)} caractères")
    t.add_row("keyword", result.article.keyword)
    t.add_row("words", f"{result.words} (target {result.target})")
    t.add_row("sections", str(len(result.article.sections)))
    kept = [k for s in r["sections"] for k in s["kept"]]
    t.add_row("sentences kept", f"{len(kept)} ({sum(1 for k in kept if k['generator'] == 'source')} verbatim)")
    t.add_row("left out", str(len(r["left_out"])))
    bad = [c for c in r["seo_checks"] if c["status"] != "good"]
    t.add_row("SEO checks", f"{len(r['seo_checks']) - len(bad)} good, {len(bad)} to look at")
    st = r.get("backend_stats") or {}
    if st:
        tps = st.get("tokens_generated", 0) / max(1e-6, st.get("decode_seconds", 0) or 1e-6)
        t.add_row("model", f"{st.get('tokens_generated', 0)} tokens generated, {tps:.1f} tok/s")
    t.add_row("time", f"{r['seconds']} s")
    console.print(t)
    if result.shortfall:
        console.print(f"[yellow]note:[/] {result.shortfall}")


@app.command()
def analyze(
    input: str = typer.Argument(..., help="Article (.txt, .md, .html, .docx) or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
    glossary: Optional[str] = typer.Option(None, "--glossary", help="TOML file pinning canonical entity spellings."),
) -> None:
    """Show what local-seo understood of INPUT: cleaned text, removals, brief, entities, facts, keyphrases."""
    from dataclasses import asdict

    try:
        from . import analyze as an
        from .ingest import load_source

        source = load_source(input)
        a = an.analyze(source, glossary=an.load_glossary(glossary))
        data = {"text": source.text, "removed": [asdict(r) for r in source.removed],
                "brief": asdict(source.brief) if source.brief else None, **a.to_json()}
        if as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        _analysis_tables(data)
    except LocalSeoError as err:
        fail(err)


def _analysis_tables(data: dict) -> None:
    from rich.table import Table

    console = _console(stderr=False)
    t = Table(title="Removed")
    t.add_column("reason")
    t.add_column("text")
    for r in data["removed"]:
        t.add_row(r["reason"], r["text"][:100])
    console.print(t)
    if data["brief"]:
        console.print(f"Brief: {data['brief']}")
    t = Table(title="Entities")
    for c in ("canonical", "label", "count", "variants"):
        t.add_column(c)
    for e in data["entities"]:
        t.add_row(e["canonical"], e["label"], str(e["count"]), ", ".join(e["variants"]))
    console.print(t)
    t = Table(title="Facts")
    for c in ("kind", "value", "speaker", "sentence"):
        t.add_column(c)
    for f in data["facts"]:
        t.add_row(f["kind"], f["value"][:60], f["speaker"] or "", f["sentence"][:80])
    console.print(t)
    console.print("Keyphrases: " + "; ".join(data["keyphrases"]))


@app.command()
def check(
    article: str = typer.Argument(..., help="Article to audit (.md, .html, .txt)."),
    source: Optional[str] = typer.Option(None, "--source", help="Source article: adds entity, number and copy checks."),
    keyword: Optional[str] = typer.Option(None, "--keyword", help="Focus keyphrase (default: the front matter's)."),
    min_words: int = typer.Option(700, "--min-words", help="Target length in words."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Audit ARTICLE with the French SEO and readability checks (and, with --source, faithfulness)."""
    from dataclasses import asdict

    try:
        from .parse import load_article
        from .seo import seo_checks

        art = load_article(article)
        kw = keyword or art.keyword
        if not kw:
            raise LocalSeoError("no keyphrase: pass --keyword (the article's front matter has none)", ExitCode.USAGE)
        checks = [asdict(c) for c in seo_checks(art, kw, min_words=min_words)]
        faith = _faithfulness(art, source) if source else None
        if as_json:
            sys.stdout.write(json.dumps({"checks": checks, "faithfulness": faith}, ensure_ascii=False, indent=2) + "\n")
            return
        from rich.table import Table

        console = _console(stderr=False)
        colors = {"good": "green", "improve": "yellow", "problem": "red"}
        t = Table(title=f"SEO — {article} (« {kw} »)")
        for c in ("", "check", "value", "message"):
            t.add_column(c)
        for c in checks:
            t.add_row(f"[{colors[c['status']]}]●[/]", c["id"], str(c["value"]), c["message"])
        console.print(t)
        if faith:
            console.print(faith)
    except LocalSeoError as err:
        fail(err)


def _faithfulness(art, source_path: str) -> dict:
    from . import analyze as an
    from .guard import FREE, Candidate, Guard
    from .ingest import load_source

    source = load_source(source_path)
    nlp = an.load_nlp()
    a = an.analyze(source, nlp=nlp)
    guard = Guard(a, nlp)
    from .seo import split_sentences

    bad = []
    sentences = [s for p in art.paragraphs() for s in split_sentences(p.lstrip("- "))]
    for s in sentences:
        v = guard.check(s, [], kind=FREE)
        reasons = [r for r in v.reasons if not r.startswith("form:")]
        if reasons:
            bad.append({"sentence": s, "reasons": reasons})
    # Title, H1, meta description and subheadings are no sentences (the form rules would stop the check at once):
    # only their names, numbers and dates are checked.
    seen = set()
    for h in [art.title, art.h1, art.description] + [s.heading for s in art.sections]:
        text = guard.canonicalize(" ".join(h.split()))
        if not text or text in seen:
            continue
        seen.add(text)
        cand = Candidate(text=text, doc=nlp(text), anchors=[], anchor_docs=[], kind=FREE, kept=[])
        reasons = [r for r in (guard.entities(cand), guard.numbers(cand), guard.dates(cand)) if r]
        if reasons:
            bad.append({"sentence": h, "reasons": reasons})
    copied = sum(guard.copied_runs(s) for s in sentences)
    from .text import folded_words

    runs = sum(max(0, len(folded_words(s)) - 7) for s in sentences)
    return {"sentences": len(sentences), "flagged": bad, "copy_8gram_share": round(copied / max(1, runs), 3)}


@app.command()
def replay(
    manifest: str = typer.Argument(..., help="A run manifest (NAME.manifest.json written beside an output)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="The output to compare with (default: the "
                                                                       "one the manifest names)."),
) -> None:
    """Rerun the run a manifest describes and report whether it gives the same bytes (exit 0) or not (exit 8)."""
    from .pipeline import Options, stable_report
    from .render import render

    console = _console()
    try:
        try:
            data = json.loads(Path(manifest).read_text(encoding="utf-8"))
            opts = Options(**data["options"])
            target = Path(output or data["output"]["path"])
            fmt = data["output"]["format"]
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise LocalSeoError(f"cannot read manifest {manifest}: {err}", ExitCode.INPUT) from err
        try:
            expected = target.read_text(encoding="utf-8")
        except OSError as err:
            raise LocalSeoError(f"cannot read the output to compare, {target}: {err}", ExitCode.INPUT) from err
        result = _run_with_progress(opts, console)
        if result.manifest["input_sha256"] != data["input_sha256"]:
            raise LocalSeoError(f"the input {opts.input} has changed since the run (sha256 differs)", ExitCode.RESUME)
        if result.manifest["model"]["sha256"] != data["model"]["sha256"]:
            raise LocalSeoError("the model file differs from the one the manifest names", ExitCode.RESUME)
        extra = {"report": stable_report(result.report), "manifest": {**result.manifest, "output": data["output"]}} \
            if fmt == "json" else None
        got = render(result.article, result.meta, fmt, extra)
        if got == expected:
            console.print(f"identical: {target} is reproduced byte for byte")
            return
        first = next((i for i, (a, b) in enumerate(zip(got.splitlines(), expected.splitlines())) if a != b),
                     min(len(got.splitlines()), len(expected.splitlines())))
        raise LocalSeoError(f"differs: the replay of {manifest} does not reproduce {target} (first difference at "
                            f"line {first + 1})", ExitCode.RESUME)
    except LocalSeoError as err:
        fail(err)


@app.command()
def models() -> None:
    """Where the model comes from, and the embedded default's file."""
    try:
        from .llm.models import EMBEDDED_MODEL_NAME, embedded_model_path

        console = _console(stderr=False)
        env = os.environ.get("LOCAL_SEO_MODEL")
        console.print(f"LOCAL_SEO_MODEL: {env or '(not set)'}")
        console.print(f"embedded: {EMBEDDED_MODEL_NAME} → {embedded_model_path()}")
    except LocalSeoError as err:
        fail(err)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: nothing was written\n")
        sys.exit(int(ExitCode.INTERRUPTED))

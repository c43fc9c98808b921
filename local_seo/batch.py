"""Batch mode: rewrite many articles into one output folder, one failure never stopping the others.

Each article goes through exactly what ``local-seo rewrite`` does for one file: :func:`pipeline.run`, then
:func:`render.render`, then :func:`fsio.write_many` (the output and its ``.report.json`` / ``.manifest.json``
sidecars, all or nothing). A finished batch leaves ``batch-summary.json`` (one entry per input, in input order) in
the output folder.

Concurrency: llama.cpp in-process is not thread-safe, so with the ``llama`` backend the articles run one after
another on ONE loaded model. With the ``openai`` backend (a server that batches requests itself: llama-server
``--parallel N``, vLLM) up to ``jobs`` articles are in flight, each worker thread on its own backend object. Every
article's output depends only on its own input and options (the pipeline's seeds are per sentence), never on the
order in which articles ran: results come back in input order whatever ``jobs`` is.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, is_dataclass
from pathlib import Path
from typing import Callable

from .errors import ExitCode, LocalSeoError
from .pipeline import Options, sidecar_paths, stable_report

__all__ = ["INPUT_SUFFIXES", "SUMMARY_NAME", "BatchItem", "collect_inputs", "output_path", "run_batch"]

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
SUMMARY_NAME = "batch-summary.json"
DONE, SKIPPED, FAILED = "done", "skipped", "failed"


@dataclass
class BatchItem:
    input: str
    output: str | None
    status: str  # "done" | "skipped" | "failed"
    words: int | None
    seconds: float
    error: str | None  # one line
    exit_code: int | None  # what `local-seo rewrite` would have exited with for this article alone (0 when done)
    checks_good: int | None
    checks_total: int | None


def collect_inputs(paths: list[str]) -> list[Path]:
    """The article files named by ``paths``: files as given, directories by their .txt/.md/.html/.htm/.docx
    files (not recursive, hidden files skipped). Sorted, each file once (compared by resolved path).

    A missing path raises :class:`LocalSeoError` (INPUT); so does a list that names no article at all. A file given
    by name is kept whatever its extension (the pipeline then says why it cannot read it, for that file alone).
    """
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            for child in p.iterdir():
                if (child.suffix.lower() in INPUT_SUFFIXES and not child.name.startswith(".")
                        and child.is_file()):
                    found.setdefault(str(child.resolve()), child)
        elif p.is_file():
            found.setdefault(str(p.resolve()), p)
        else:
            raise LocalSeoError(f"input {raw} does not exist", ExitCode.INPUT)
    if not found:
        raise LocalSeoError(f"no article file (.txt, .md, .html, .htm, .docx) in {', '.join(map(str, paths))}",
                            ExitCode.INPUT)
    return sorted(found.values(), key=lambda q: (str(q), str(q.resolve())))


def output_path(inp: Path, out_dir: Path, fmt: str) -> Path:
    """``out_dir / (stem + "." + fmt)``: ``in/a.txt`` → ``out/a.md``."""
    return Path(out_dir) / f"{Path(inp).stem}.{fmt}"


def _written(out: Path) -> list[Path]:
    """The files one article leaves: its output, report and manifest (not the checkpoint of an interrupted run)."""
    sidecars = sidecar_paths(out)
    return [out, sidecars["report"], sidecars["manifest"]]


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__


def _failed(inp: Path, out: Path | None, t0: float, error: str, code: int) -> BatchItem:
    return BatchItem(input=str(inp), output=str(out) if out is not None else None, status=FAILED, words=None,
                     seconds=round(time.perf_counter() - t0, 2), error=error, exit_code=int(code),
                     checks_good=None, checks_total=None)


def _rewrite_one(inp: Path, out: Path, opts: Options, fmt: str, force: bool, backend: object | None) -> BatchItem:
    """One article, exactly as ``local-seo rewrite INPUT -o OUT`` does it; never raises an Exception."""
    from .fsio import write_many
    from .pipeline import run
    from .render import render

    t0 = time.perf_counter()
    try:
        sidecars = sidecar_paths(out)
        before = _stats(backend)
        result = run(opts, backend=backend)
        if before is not None and result.report.get("backend_stats"):
            # a shared backend keeps running totals: this article's report gets its own share, as a lone rewrite
            result.report["backend_stats"] = {
                k: (v if k == "load_seconds" or not isinstance(v, (int, float)) else v - before.get(k, 0))
                for k, v in result.report["backend_stats"].items()}
        result.manifest["output"] = {"path": str(out), "format": fmt}
        extra = {"report": stable_report(result.report), "manifest": result.manifest} if fmt == "json" else None
        text = render(result.article, result.meta, fmt, extra)
        write_many({
            out: text,
            sidecars["report"]: json.dumps(result.report, ensure_ascii=False, indent=2) + "\n",
            sidecars["manifest"]: json.dumps(result.manifest, ensure_ascii=False, indent=2) + "\n",
        }, force)
    except LocalSeoError as err:
        return _failed(inp, out, t0, str(err), err.code)
    except Exception as err:  # a bug in one article must not cost the others
        return _failed(inp, out, t0, _one_line(err), ExitCode.INTERNAL)
    checks = result.report.get("seo_checks") or []
    return BatchItem(input=str(inp), output=str(out), status=DONE, words=result.words,
                     seconds=round(time.perf_counter() - t0, 2), error=None, exit_code=int(ExitCode.OK),
                     checks_good=sum(1 for c in checks if c.get("status") == "good"), checks_total=len(checks))


def _stats(backend: object | None) -> dict | None:
    st = getattr(backend, "stats", None)
    return asdict(st) if st is not None and is_dataclass(st) else None


def _default_factory(opts: Options) -> Callable[[], object]:
    def make() -> object:
        from .llm import load_backend

        return load_backend(opts.backend, model=opts.model, base_url=opts.base_url, api_key=opts.api_key,
                            model_name=opts.model_name, n_threads=opts.threads)

    return make


def run_batch(
    inputs: list[Path],
    out_dir: Path,
    make_options: Callable[[Path], Options],
    *,
    fmt: str = "md",
    jobs: int = 1,
    force: bool = False,
    backend_factory: Callable[[], object] | None = None,
    on_item: Callable[[BatchItem], None] | None = None,
) -> list[BatchItem]:
    """Rewrite every input into ``out_dir`` (``output_path``), write ``out_dir/batch-summary.json``, return the items
    in input order.

    * ``make_options(path)`` gives each article's :class:`Options` (its ``input`` is what the manifest records).
    * An article whose output AND manifest already exist is ``skipped`` unless ``force``.
    * A failed article (any :class:`LocalSeoError`: unreadable, empty, binary, not French, server down…, or any
      other exception, recorded with its type) is ``failed`` with a one-line error and the exit code the single
      ``rewrite`` would have returned; the others go on.
    * In-process ``llama`` backend: articles one after another on one backend, ``backend_factory()`` called once
      (lazily, at the first article to write; default: ``load_backend`` with the first article's options). If it
      raises, every article left fails with that error (no reload per article). Backends the caller's factory
      returns are the caller's to close; default ones are closed here.
    * ``openai`` backend for every article and ``jobs > 1``: up to ``jobs`` articles in flight (ThreadPoolExecutor),
      each worker thread with its own backend from ``backend_factory`` (``None``: ``run()`` makes one per article).
    * ``on_item(item)`` is called once per item, as it finishes (from the calling thread, in completion order).

    Raises :class:`LocalSeoError` only for the batch as a whole: an unknown ``fmt`` (USAGE), an ``out_dir`` that is
    missing or not a directory (OUTPUT), a summary that cannot be written (OUTPUT). Ctrl-C stops the batch: finished
    articles stay written, the summary lists them, and KeyboardInterrupt is raised again.
    """
    from .fsio import atomic_write, check_writable
    from .render import FORMATS

    if int(jobs) < 1:
        raise LocalSeoError(f"jobs must be 1 or more (got {jobs})", ExitCode.USAGE)
    fmt = (fmt or "md").lower()
    if fmt not in FORMATS:
        raise LocalSeoError(f"unknown format '{fmt}': use md, html or json", ExitCode.USAGE)
    out_dir = Path(out_dir)
    if not out_dir.exists():
        raise LocalSeoError(f"output directory {out_dir} does not exist; create it first", ExitCode.OUTPUT)
    if not out_dir.is_dir():
        raise LocalSeoError(f"output directory {out_dir} is not a directory", ExitCode.OUTPUT)
    inputs = [Path(p) for p in inputs]
    summary_path = out_dir / SUMMARY_NAME
    report = on_item or (lambda item: None)
    items: list[BatchItem | None] = [None] * len(inputs)

    # What each article would do, decided before any work: outputs, options, clashes, skips.
    plans: list[tuple[Path, Options] | None] = [None] * len(inputs)
    claimed: dict[str, Path] = {str(summary_path.resolve()): summary_path}
    for i, inp in enumerate(inputs):
        t0 = time.perf_counter()
        out = output_path(inp, out_dir, fmt)
        paths = _written(out)
        clash = next((claimed[str(p.resolve())] for p in paths if str(p.resolve()) in claimed), None)
        if clash is not None:
            what = "the batch summary" if clash == summary_path else f"the output of {clash}"
            items[i] = _failed(inp, out, t0, f"output {out} (or a sidecar) would overwrite {what}: rename "
                                             f"{inp.name}", ExitCode.OUTPUT)
            continue
        if out.resolve() == inp.resolve() or any(p.resolve() == inp.resolve() for p in paths):
            items[i] = _failed(inp, out, t0, f"output {out} would overwrite its own input: choose another "
                                             f"output directory or format", ExitCode.OUTPUT)
            continue
        for p in paths:
            claimed[str(p.resolve())] = inp
        if not force and out.exists() and sidecar_paths(out)["manifest"].exists():
            items[i] = BatchItem(input=str(inp), output=str(out), status=SKIPPED, words=None, seconds=0.0,
                                 error=None, exit_code=None, checks_good=None, checks_total=None)
            continue
        try:
            for p in paths:  # before any model is loaded: a long run never ends on "cannot write"
                check_writable(p, force)
            opts = make_options(inp)
        except LocalSeoError as err:
            items[i] = _failed(inp, out, t0, str(err), err.code)
            continue
        except Exception as err:
            items[i] = _failed(inp, out, t0, _one_line(err), ExitCode.INTERNAL)
            continue
        plans[i] = (out, opts)

    for item in items:  # decided without running anything: reported first
        if item is not None:
            report(item)
    todo = [i for i, plan in enumerate(plans) if plan is not None]
    remote = bool(todo) and all(plans[i][1].backend == "openai" for i in todo)  # type: ignore[index]
    try:
        if remote and jobs > 1 and len(todo) > 1:
            _run_parallel(inputs, plans, todo, items, fmt, force, jobs, backend_factory, report)
        else:
            _run_sequential(inputs, plans, todo, items, fmt, force, backend_factory, report, remote)
    except KeyboardInterrupt:
        _write_summary(atomic_write, summary_path, [it for it in items if it is not None])
        raise
    done = [it for it in items if it is not None]
    _write_summary(atomic_write, summary_path, done)
    return done


def _write_summary(atomic_write, path: Path, items: list[BatchItem]) -> None:
    atomic_write(path, json.dumps([asdict(it) for it in items], ensure_ascii=False, indent=2) + "\n", force=True)


def _run_sequential(inputs, plans, todo, items, fmt, force, backend_factory, report, remote) -> None:
    """One article after the other on one backend (llama.cpp in-process is not thread-safe)."""
    backend: object | None = None
    load_error: BatchItem | None = None
    owned = backend_factory is None
    try:
        for i in todo:
            out, opts = plans[i]
            t0 = time.perf_counter()
            if load_error is not None:
                items[i] = _failed(inputs[i], out, t0, load_error.error or "", load_error.exit_code or 1)
            elif remote and backend_factory is None:
                items[i] = _rewrite_one(inputs[i], out, opts, fmt, force, None)  # run() makes its own
            else:
                if backend is None:
                    try:
                        backend = (backend_factory or _default_factory(opts))()
                    except LocalSeoError as err:
                        load_error = _failed(inputs[i], out, t0, str(err), err.code)
                    except Exception as err:
                        load_error = _failed(inputs[i], out, t0, _one_line(err), ExitCode.INTERNAL)
                    if load_error is not None:
                        items[i] = load_error
                        report(items[i])
                        continue
                items[i] = _rewrite_one(inputs[i], out, opts, fmt, force, backend)
            report(items[i])
    finally:
        if owned and backend is not None and hasattr(backend, "close"):
            backend.close()


def _run_parallel(inputs, plans, todo, items, fmt, force, jobs, backend_factory, report) -> None:
    """Up to ``jobs`` articles in flight against a server; each worker thread has its own backend."""
    from .analyze import load_nlp

    load_nlp()  # loaded once here, not raced by the workers
    local = threading.local()

    def work(i: int) -> BatchItem:
        out, opts = plans[i]
        t0 = time.perf_counter()
        backend = None
        if backend_factory is not None:
            if not hasattr(local, "backend"):
                try:
                    local.backend = backend_factory()
                except LocalSeoError as err:
                    return _failed(inputs[i], out, t0, str(err), err.code)
                except Exception as err:
                    return _failed(inputs[i], out, t0, _one_line(err), ExitCode.INTERNAL)
            backend = local.backend
        return _rewrite_one(inputs[i], out, opts, fmt, force, backend)

    pool = ThreadPoolExecutor(max_workers=min(jobs, len(todo)), thread_name_prefix="local-seo-batch")
    try:
        futures = {pool.submit(work, i): i for i in todo}
        for fut in as_completed(futures):
            i = futures[fut]
            items[i] = fut.result()
            report(items[i])
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)

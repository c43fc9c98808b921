"""Batch mode (local_seo.batch): many articles into one folder, failures recorded, reruns skip, --force redoes.

The model tests run the real embedded GGUF, in-process (one backend for the whole batch) and through
llama-cpp-python's own OpenAI-compatible server with two articles in flight.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from corefixtures import EXAMPLE_002, EXAMPLE_003, llama_cpp_server

from local_seo.batch import SUMMARY_NAME, BatchItem, collect_inputs, output_path, run_batch
from local_seo.errors import ExitCode, LocalSeoError
from local_seo.pipeline import Options

SHORT_NAME = "002_court.txt"
CORRUPT_NAME = "corrompu.txt"


def _short_copy(min_words: int = 150) -> str:
    """The first paragraphs of example 002, at least ``min_words`` words (keeps the model tests short)."""
    out, n = [], 0
    for line in EXAMPLE_002.read_text(encoding="utf-8").splitlines():
        out.append(line)
        n += len(line.split())
        if n >= min_words:
            break
    assert n >= min_words
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with two real articles and a corrupt one (binary bytes in a .txt)."""
    d = tmp_path_factory.mktemp("articles")
    (d / EXAMPLE_003.name).write_bytes(EXAMPLE_003.read_bytes())
    (d / SHORT_NAME).write_text(_short_copy(), encoding="utf-8")
    (d / CORRUPT_NAME).write_bytes(bytes(range(256)) * 16)
    (d / "notes.json").write_text("{}", encoding="utf-8")  # not an article format: not collected
    return d


def _by_name(items: list[BatchItem]) -> dict[str, BatchItem]:
    return {Path(it.input).name: it for it in items}


def _sidecars(out: Path) -> tuple[Path, Path]:
    stem = out.name.rsplit(".", 1)[0]
    return out.with_name(stem + ".report.json"), out.with_name(stem + ".manifest.json")


def _check_corrupt(item: BatchItem) -> None:
    assert item.status == "failed" and item.exit_code == int(ExitCode.CONTENT) == 4
    assert item.error and "\n" not in item.error and CORRUPT_NAME in item.error and "binary" in item.error
    assert item.words is None and item.checks_good is None
    assert not Path(item.output).exists()


# --------------------------------------------------------------------------------------------- no model


def test_collect_inputs_files_and_folders(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for name in ("b.md", "a.txt", "c.HTML", "d.htm", "e.docx", "f.json", "g.pdf", ".cache.txt"):
        (d / name).write_text("x", encoding="utf-8")
    (d / "sub").mkdir()
    (d / "sub" / "h.txt").write_text("x", encoding="utf-8")  # not recursive
    extra = tmp_path / "z.txt"
    extra.write_text("x", encoding="utf-8")
    got = collect_inputs([str(d), str(d / "a.txt"), str(extra), str(d) + "/../in/b.md", str(d / "g.pdf")])
    assert [p.name for p in got] == ["a.txt", "b.md", "c.HTML", "d.htm", "e.docx", "g.pdf", "z.txt"]
    assert len({p.resolve() for p in got}) == len(got)
    with pytest.raises(LocalSeoError) as ei:
        collect_inputs([str(d / "missing.txt")])
    assert ei.value.code == ExitCode.INPUT and "missing.txt" in str(ei.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(LocalSeoError) as ei:
        collect_inputs([str(tmp_path / "empty")])
    assert ei.value.code == ExitCode.INPUT


def test_output_path() -> None:
    assert output_path(Path("in/003_abc.txt"), Path("out"), "md") == Path("out/003_abc.md")
    assert output_path(Path("/x/a.b.docx"), Path("/o"), "json") == Path("/o/a.b.json")


def test_batch_level_errors(tmp_path: Path) -> None:
    inp = tmp_path / "a.txt"
    inp.write_text("x", encoding="utf-8")
    opts = lambda p: Options(input=str(p))  # noqa: E731
    for kwargs, code in (({"fmt": "pdf"}, ExitCode.USAGE), ({"jobs": 0}, ExitCode.USAGE)):
        with pytest.raises(LocalSeoError) as ei:
            run_batch([inp], tmp_path, opts, **kwargs)
        assert ei.value.code == code
    with pytest.raises(LocalSeoError) as ei:
        run_batch([inp], tmp_path / "nope", opts)
    assert ei.value.code == ExitCode.OUTPUT and "does not exist" in str(ei.value)
    with pytest.raises(LocalSeoError) as ei:
        run_batch([inp], inp, opts)
    assert ei.value.code == ExitCode.OUTPUT


def test_decided_before_any_model_is_loaded(tmp_path: Path) -> None:
    """Name clashes, an output that would overwrite its input or a file that is not ours, a broken make_options:
    each one article fails (one line, exit code), nothing is generated and no model is loaded."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    for name in ("a.md", "a.txt", "batch-summary.txt", "mine.txt", "odd.txt"):
        (src / name).write_text("Un article.", encoding="utf-8")
    (out / "a.json").write_text("{}", encoding="utf-8")
    (out / "a.manifest.json").write_text("{}", encoding="utf-8")  # a.md was done before: skipped
    (out / "mine.json").write_text("not ours", encoding="utf-8")  # a file without our manifest: never overwritten
    calls: list[int] = []
    seen: list[BatchItem] = []

    def make(p: Path) -> Options:
        if p.name == "odd.txt":
            raise ValueError("no options for\nthis one")
        return Options(input=str(p))

    def factory() -> object:
        calls.append(1)
        raise AssertionError("no model should be needed")

    items = run_batch(collect_inputs([str(src)]), out, make, fmt="json", backend_factory=factory, on_item=seen.append)
    assert calls == []
    assert [Path(i.input).name for i in items] == ["a.md", "a.txt", "batch-summary.txt", "mine.txt", "odd.txt"]
    st = {Path(i.input).name: i for i in items}
    assert st["a.md"].status == "skipped" and st["a.md"].exit_code is None
    assert st["a.txt"].status == "failed" and st["a.txt"].exit_code == ExitCode.OUTPUT
    assert "a.md" in st["a.txt"].error
    assert st["batch-summary.txt"].exit_code == ExitCode.OUTPUT and "summary" in st["batch-summary.txt"].error
    assert st["mine.txt"].exit_code == ExitCode.OUTPUT and "already exists" in st["mine.txt"].error
    assert st["odd.txt"].exit_code == ExitCode.INTERNAL and st["odd.txt"].error == "ValueError: no options for this one"
    assert (out / "mine.json").read_text(encoding="utf-8") == "not ours"
    assert sorted(i.input for i in seen) == sorted(i.input for i in items)
    summary = json.loads((out / SUMMARY_NAME).read_text(encoding="utf-8"))
    assert [s["input"] for s in summary] == [i.input for i in items]
    # an output that would replace its own input (inputs and outputs in one folder)
    items = run_batch([src / "a.md"], src, lambda p: Options(input=str(p)), fmt="md", backend_factory=factory)
    assert items[0].status == "failed" and "its own input" in items[0].error and calls == []
    assert (src / "a.md").read_text(encoding="utf-8") == "Un article."


def test_model_that_cannot_load_fails_every_article_once(tmp_path: Path, articles: Path) -> None:
    """A broken model is tried once, not once per article; each article records the one-line MODEL error."""
    from local_seo.llm import load_backend

    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + (9).to_bytes(4, "little") + bytes(2 << 20))
    calls: list[int] = []

    def factory() -> object:
        calls.append(1)
        return load_backend("llama", model=str(bad))

    out = tmp_path / "out"
    out.mkdir()
    items = run_batch(collect_inputs([str(articles)]), out, lambda p: Options(input=str(p)), backend_factory=factory)
    assert calls == [1]
    assert [i.status for i in items] == ["failed"] * 3
    assert {i.exit_code for i in items} == {int(ExitCode.MODEL)}
    assert all("broken.gguf" in i.error and "\n" not in i.error for i in items)
    assert not list(out.glob("*.md"))


def test_an_unexpected_exception_is_recorded_with_its_type(tmp_path: Path, articles: Path) -> None:
    """Not a LocalSeoError (here: a "backend" without the backend's attributes): type and message, exit code 1,
    and the next article still runs (the corrupt one, which fails on its own, before any model call)."""
    out = tmp_path / "out"
    out.mkdir()
    inputs = [articles / SHORT_NAME, articles / CORRUPT_NAME]
    items = run_batch(inputs, out, lambda p: Options(input=str(p), samples=1), backend_factory=object)
    assert items[0].status == "failed" and items[0].exit_code == int(ExitCode.INTERNAL)
    assert items[0].error.startswith("AttributeError: ") and "\n" not in items[0].error
    _check_corrupt(items[1])


# --------------------------------------------------------------------------------------------- real model


@pytest.fixture(scope="module")
def batch_backend(gemma_path: Path) -> Iterator[object]:
    """The embedded model in-process, one thread: on 2 cores shared with other work, llama.cpp's two OpenMP threads
    wait on each other (measured here: 12× slower scoring, 20× slower decoding than one thread)."""
    from local_seo.llm.llama import LlamaBackend

    backend = LlamaBackend(gemma_path, n_ctx=4096, n_threads=1)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def first_batch(articles: Path, batch_backend, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("out-inprocess")
    calls: list[int] = []
    seen: list[BatchItem] = []

    def factory() -> object:
        calls.append(1)
        return batch_backend

    before = batch_backend.stats.score_calls
    items = run_batch(collect_inputs([str(articles)]), out, lambda p: Options(input=str(p), samples=0),
                      backend_factory=factory, on_item=seen.append)
    return {"out": out, "items": items, "calls": calls, "seen": seen,
            "score_calls": batch_backend.stats.score_calls - before,
            "md": {Path(i.output).name: Path(i.output).read_bytes() for i in items if i.status == "done"}}


@pytest.mark.model
def test_batch_in_process_one_backend(first_batch, articles: Path) -> None:
    items, out = first_batch["items"], first_batch["out"]
    assert first_batch["calls"] == [1]  # one backend for the whole batch
    assert [Path(i.input).name for i in items] == [SHORT_NAME, EXAMPLE_003.name, CORRUPT_NAME]  # input order
    assert len(first_batch["seen"]) == 3
    st = _by_name(items)
    for name in (SHORT_NAME, EXAMPLE_003.name):
        it = st[name]
        assert it.status == "done" and it.exit_code == 0 and it.error is None
        assert it.output == str(out / (Path(name).stem + ".md"))
        assert it.words and it.words > 150 and 0 < it.checks_good <= it.checks_total
        md = Path(it.output).read_text(encoding="utf-8")
        assert md.startswith("---\n") and "\n# " in md
        report_p, manifest_p = _sidecars(Path(it.output))
        report, manifest = json.loads(report_p.read_text("utf-8")), json.loads(manifest_p.read_text("utf-8"))
        assert manifest["input"] == str(articles / name) and manifest["options"]["samples"] == 0
        assert manifest["output"] == {"path": it.output, "format": "md"}
        assert report["words"] == it.words
        assert sum(c["status"] == "good" for c in report["seo_checks"]) == it.checks_good
    # each report counts its own article's model work, not the shared backend's running totals
    per_article = [json.loads(_sidecars(Path(st[n].output))[0].read_text("utf-8"))["backend_stats"]["score_calls"]
                   for n in (SHORT_NAME, EXAMPLE_003.name)]
    assert all(n > 0 for n in per_article) and sum(per_article) == first_batch["score_calls"]
    _check_corrupt(st[CORRUPT_NAME])
    summary = json.loads((out / SUMMARY_NAME).read_text(encoding="utf-8"))
    assert summary == [json.loads(json.dumps(i.__dict__)) for i in items]
    assert not [p for p in out.iterdir() if p.name.endswith(".local-seo-tmp")]


@pytest.mark.model
def test_rerun_skips_done_articles_and_force_redoes_them(first_batch, articles: Path, batch_backend) -> None:
    out = first_batch["out"]
    done = {n: out / n for n in first_batch["md"]}
    inodes = {n: p.stat().st_ino for n, p in done.items()}
    again = run_batch(collect_inputs([str(articles)]), out, lambda p: Options(input=str(p), samples=0),
                      backend_factory=lambda: batch_backend)
    st = _by_name(again)
    assert st[SHORT_NAME].status == st[EXAMPLE_003.name].status == "skipped"
    assert st[SHORT_NAME].output == first_batch["items"][0].output
    _check_corrupt(st[CORRUPT_NAME])  # not done: tried again, fails again
    assert {n: p.stat().st_ino for n, p in done.items()} == inodes  # untouched
    summary = json.loads((out / SUMMARY_NAME).read_text(encoding="utf-8"))
    assert [s["status"] for s in summary] == ["skipped", "skipped", "failed"]

    forced = run_batch(collect_inputs([str(articles)]), out, lambda p: Options(input=str(p), samples=0),
                       force=True, backend_factory=lambda: batch_backend)
    st = _by_name(forced)
    assert st[SHORT_NAME].status == st[EXAMPLE_003.name].status == "done"
    _check_corrupt(st[CORRUPT_NAME])
    for n, p in done.items():
        assert p.stat().st_ino != inodes[n]  # written again…
        assert p.read_bytes() == first_batch["md"][n]  # …to the same bytes (same input, options, seed)


# --- through llama-cpp-python's own OpenAI-compatible server (same approach as tests/test_llm.py's fixture; one
# thread, for the reason given in batch_backend's docstring)


@pytest.fixture(scope="module")
def llama_server(gemma_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The embedded model behind llama-cpp-python's server, one thread (shared cores: see bench/README.md)."""
    with llama_cpp_server(gemma_path, tmp_path_factory.mktemp("llama-server"), threads=1) as url:
        yield url


@pytest.mark.model
def test_batch_through_a_server_two_in_flight(llama_server: str, articles: Path, tmp_path: Path) -> None:
    from local_seo.llm import load_backend

    threads: list[int] = []
    lock = threading.Lock()

    def factory() -> object:
        with lock:
            threads.append(threading.get_ident())
        return load_backend("openai", base_url=llama_server)

    out = tmp_path / "out"
    out.mkdir()
    seen: list[BatchItem] = []
    items = run_batch(collect_inputs([str(articles)]), out,
                      lambda p: Options(input=str(p), backend="openai", base_url=llama_server, samples=1),
                      jobs=2, backend_factory=factory, on_item=seen.append)
    assert [Path(i.input).name for i in items] == [SHORT_NAME, EXAMPLE_003.name, CORRUPT_NAME]  # input order
    assert len(seen) == 3
    assert len(threads) == 2 and len(set(threads)) == 2  # two in flight, one backend per worker thread
    assert threading.get_ident() not in threads
    st = _by_name(items)
    _check_corrupt(st[CORRUPT_NAME])
    for name in (SHORT_NAME, EXAMPLE_003.name):
        it = st[name]
        assert it.status == "done" and it.exit_code == 0, it.error
        assert it.words and it.words > 150
        md = Path(it.output).read_text(encoding="utf-8")
        assert md.startswith("---\n") and "\n# " in md
        report_p, manifest_p = _sidecars(Path(it.output))
        manifest = json.loads(manifest_p.read_text("utf-8"))
        assert manifest["input"] == str(articles / name) and manifest["output"]["path"] == it.output
        assert manifest["options"]["backend"] == "openai" and manifest["options"]["samples"] == 1
        assert "api_key" not in manifest["options"]
        report = json.loads(report_p.read_text("utf-8"))
        assert report["backend_stats"]["calls"] > 0  # the model was really asked, through the server
        assert any(k["generator"].startswith("model:") for s in report["sections"] for k in s["kept"]) or \
            any(r["generator"].startswith("model:") for s in report["sections"] for r in s["rejected"])
    summary = json.loads((out / SUMMARY_NAME).read_text(encoding="utf-8"))
    assert [s["status"] for s in summary] == ["done", "done", "failed"]

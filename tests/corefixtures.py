"""Shared fixtures of the core stages: spaCy, real sources and their analyses (loaded once per session)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_000 = EXAMPLES / "000_87a1644940027244.txt"
EXAMPLE_002 = EXAMPLES / "002_61eb22d2e537db3b.txt"
EXAMPLE_003 = EXAMPLES / "003_1abb85e4a02a73e3.txt"
ALL_EXAMPLES = [EXAMPLE_000, EXAMPLE_002, EXAMPLE_003]


@pytest.fixture(scope="session")
def nlp():
    from local_seo.analyze import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def source_from_text(tmp_path_factory):
    """Build a real Source from French text, through the real reader and cleaner."""
    from local_seo.ingest import load_source

    counter = iter(range(10**6))

    def make(text: str):
        path = tmp_path_factory.mktemp("src") / f"source{next(counter)}.txt"
        path.write_text(text, encoding="utf-8")
        return load_source(str(path))

    return make


@pytest.fixture(scope="session")
def analysis_000(nlp):
    from local_seo.analyze import analyze
    from local_seo.ingest import load_source

    return analyze(load_source(str(EXAMPLE_000)), nlp=nlp)


@pytest.fixture(scope="session")
def analyses(nlp):
    from local_seo.analyze import analyze
    from local_seo.ingest import load_source

    return {p.name: analyze(load_source(str(p)), nlp=nlp) for p in ALL_EXAMPLES}


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def llama_cpp_server(model: Path, log_dir: Path, threads: int) -> Iterator[str]:
    """llama-cpp-python's own OpenAI-compatible server on ``model`` (needs the [server] extra), on 127.0.0.1; yields
    its URL once /v1/models answers, and stops it afterwards."""
    try:
        import llama_cpp.server.app  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"llama_cpp.server unavailable ({exc}); pip install 'llama-cpp-python[server]==0.3.36'")
    port = free_port()
    log = (log_dir / "server.log").open("w+", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "2048", "--n_threads", str(threads), "--n_threads_batch", str(threads)],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}: {log.read()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{url}/v1/models", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama_cpp.server did not answer /v1/models within 90 s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()

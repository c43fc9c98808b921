"""Every error a user can cause: one line on stderr, its documented exit code, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from corefixtures import EXAMPLE_003

FRENCH = EXAMPLE_003.read_text(encoding="utf-8")


def run(*args: str, cwd: Path, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "local_seo", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=300, env={**os.environ, **(env or {})})


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode("utf-8").strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


@pytest.mark.parametrize("name,content,code", [
    ("missing.txt", None, 3),
    ("empty.txt", b"", 4),
    ("blank.txt", b"  \n\t\n", 4),
    ("binary.txt", bytes(range(256)) * 20, 4),
    ("english.txt", b"The United States embassy in Baghdad was targeted by rockets on Sunday, officials said. "
                    b"It was the first such attack since the truce, and nobody was hurt in the strike." * 5, 4),
    ("article.pdf", b"%PDF-1.4", 3),
])
def test_bad_input(tmp_path, name, content, code):
    src = tmp_path / name
    if content is not None:
        src.write_bytes(content)
    proc = run("rewrite", str(src), "-o", "out.md", cwd=tmp_path)
    assert proc.returncode == code, proc.stderr
    one_line_error(proc)
    assert not (tmp_path / "out.md").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ([name] if content is not None else [])


def test_existing_output_is_never_overwritten_without_force(tmp_path):
    (tmp_path / "in.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "out.md").write_text("mine", encoding="utf-8")
    proc = run("rewrite", "in.txt", "-o", "out.md", cwd=tmp_path)
    assert proc.returncode == 6
    assert "--force" in one_line_error(proc)
    assert (tmp_path / "out.md").read_text() == "mine"


def test_missing_output_directory(tmp_path):
    (tmp_path / "in.txt").write_text(FRENCH, encoding="utf-8")
    proc = run("rewrite", "in.txt", "-o", "nowhere/out.md", cwd=tmp_path)
    assert proc.returncode == 6
    one_line_error(proc)


@pytest.mark.parametrize("model", ["missing.gguf", "truncated.gguf", "text.gguf"])
def test_missing_or_broken_model(tmp_path, gemma_path, model):
    (tmp_path / "in.txt").write_text(FRENCH, encoding="utf-8")
    if model == "truncated.gguf":
        data = gemma_path.read_bytes()
        (tmp_path / model).write_bytes(data[: len(data) // 2])
    elif model == "text.gguf":
        (tmp_path / model).write_text("not a model\n" * 200000)
    proc = run("rewrite", "in.txt", "-o", "out.md", "--model", model, cwd=tmp_path)
    assert proc.returncode == 5, proc.stderr
    one_line_error(proc)
    assert not (tmp_path / "out.md").exists()


def test_model_from_environment_variable(tmp_path):
    (tmp_path / "in.txt").write_text(FRENCH, encoding="utf-8")
    proc = run("rewrite", "in.txt", "-o", "out.md", cwd=tmp_path, env={"LOCAL_SEO_MODEL": str(tmp_path / "no.gguf")})
    assert proc.returncode == 5 and "no.gguf" in one_line_error(proc)


def test_unknown_format_and_backend(tmp_path):
    (tmp_path / "in.txt").write_text(FRENCH, encoding="utf-8")
    assert run("rewrite", "in.txt", "-o", "out.md", "--format", "pdf", cwd=tmp_path).returncode == 2
    assert run("rewrite", "in.txt", "-o", "out.md", "--backend", "openai", cwd=tmp_path).returncode == 2


def test_server_down(tmp_path):
    (tmp_path / "in.txt").write_text(FRENCH, encoding="utf-8")
    proc = run("rewrite", "in.txt", "-o", "out.md", "--backend", "openai", "--base-url", "http://127.0.0.1:9",
               cwd=tmp_path)
    assert proc.returncode == 7, proc.stderr
    assert "127.0.0.1:9" in one_line_error(proc)
    assert not (tmp_path / "out.md").exists()


def test_help_is_fast_and_imports_nothing_heavy():
    code = ("import sys, local_seo.cli; "
            "print(any(m.startswith(('spacy', 'llama_cpp', 'numpy')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False"

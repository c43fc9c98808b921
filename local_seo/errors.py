"""One exception type for every error a user can cause, each with a documented exit code.

The CLI turns a :class:`LocalSeoError` into one line on stderr and ``sys.exit(code)``; library code only raises.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of the ``local-seo`` command (documented in README.md)."""

    OK = 0
    INTERNAL = 1  # a bug: please report it
    USAGE = 2  # bad command line (Typer/Click's own code)
    INPUT = 3  # input missing, unreadable, or of an unsupported format
    CONTENT = 4  # input readable but unusable: empty, binary, not French, no article text
    MODEL = 5  # model missing, corrupt, unloadable, or its context too small
    OUTPUT = 6  # output exists (without --force), directory missing or not writable
    BACKEND = 7  # OpenAI-compatible server unreachable or answering errors
    RESUME = 8  # --resume / replay state missing or not matching this run
    INTERRUPTED = 130  # Ctrl-C


class LocalSeoError(Exception):
    """An error the user can fix; ``str(err)`` is a one-line message that says what to do."""

    def __init__(self, message: str, code: ExitCode = ExitCode.INTERNAL) -> None:
        super().__init__(message)
        self.message = message
        self.code = ExitCode(code)

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())

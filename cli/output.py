"""Where command output goes: stdout, or a file replaced atomically.

A renderer writes the whole result to one text stream. For `--output FILE` that
stream is a temporary file beside FILE, renamed over it only once rendering has
finished, so an interrupted or failed run never leaves half a file behind.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from .status import ExitStatus

if TYPE_CHECKING:
    from tiyao.core import SourceError


def write_output(render: Callable[[TextIO], None], path: Path | None, *, page: bool = False) -> None:
    """Run `render` on stdout, or on a temp file that then replaces `path`.

    Args:
        render: Writes the complete output to the stream it is given.
        path: The file to (re)place, or None for stdout.
        page: Output for people: on a terminal, long output goes through a pager (cli/pager.py).
    """
    if path is None:
        if page and sys.stdout.isatty():
            from .pager import write_paged

            write_paged(render)
        else:
            render(sys.stdout)
        # Flush here, inside the command, so that a closed pipe surfaces as a
        # BrokenPipeError the app handles, not as a warning at interpreter exit.
        sys.stdout.flush()
        return
    import tempfile

    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        sys.stderr.write(f"tiyao: {path}: cannot write ({exc.strerror})\n")
        raise typer.Exit(ExitStatus.ERROR) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as tmp:
            render(tmp)
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    # mkstemp creates 0600 files; give the result the mode a plain open() would.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def silence_stdout() -> None:
    """Point stdout at /dev/null after the reader of a pipe has gone away.

    Python flushes stdout at exit; with the pipe closed that flush would print a
    BrokenPipeError warning (the recipe in the `signal` module's documentation).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a test runner's stdout has no file descriptor
        pass


def report_errors(errors: Iterable[SourceError], *, quiet: bool) -> None:
    """One `tiyao: SOURCE: message` line per failed source on stderr, unless quiet."""
    if quiet:
        return
    for err in errors:
        sys.stderr.write(f"tiyao: {err.source}: {err.error}\n")

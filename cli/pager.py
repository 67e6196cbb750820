"""Long output for people goes through a pager, as git and man do; never when stdout is redirected.

The command is `$TIYAO_PAGER`, else `$PAGER`, else `less -R` (colours pass through). Only
output taller than the terminal is paged, so a short result prints directly whatever the
pager; `less` also gets `LESS=FRX` when LESS is unset (git's default: quit if one screen,
keep colours, leave the text on the screen after quitting). An empty value or `cat`
turns paging off, as does `--no-pager`.
"""

from __future__ import annotations

import io
import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import TextIO


class _TerminalBuffer(io.StringIO):
    # Rendering into this keeps what a terminal would get: Rich asks `isatty()` to decide on
    # colour and, not finding a width on this stream, measures the real terminal's descriptors.
    def isatty(self) -> bool:
        return True


def pager_command(environ: Mapping[str, str]) -> list[str] | None:
    """The pager to run, split into words, or None when paging is turned off.

    Args:
        environ: The environment (`TIYAO_PAGER`, `PAGER`).
    """
    command = environ.get("TIYAO_PAGER")
    if command is None:
        command = environ.get("PAGER", "less -R")
    words = shlex.split(command)
    if not words or words == ["cat"]:
        return None
    return words


def _screen_rows() -> int:
    import shutil

    return shutil.get_terminal_size(fallback=(80, 24)).lines


def _run_pager(words: list[str], text: str) -> bool:
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        proc = subprocess.Popen(words, stdin=subprocess.PIPE, env=env)
    except (OSError, ValueError):
        return False  # no such pager: print directly rather than lose the output
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode(sys.stdout.encoding or "utf-8", errors="replace"))
        proc.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager before the end: that is what `q` is for
    while True:
        try:
            proc.wait()
            return True
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager (less ignores it); wait for it to exit, as git does


def write_paged(render: Callable[[TextIO], None]) -> None:
    """Render for stdout (a terminal), through the pager when the text is taller than the screen.

    Args:
        render: Writes the complete output to the stream it is given.
    """
    buffer = _TerminalBuffer()
    render(buffer)
    text = buffer.getvalue()
    words = pager_command(os.environ)
    if words and text.count("\n") >= _screen_rows() and _run_pager(words, text):
        return
    sys.stdout.write(text)

"""Exit codes, defined once (documented in the README and in `tiyao --help`)."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """What a tiyao process tells its caller."""

    SUCCESS = 0
    ERROR = 1  # a report could not be read or summarized; a check failed
    USAGE = 2  # bad option value or conflicting options (Typer's own code)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # SIGTERM (128 + 15), e.g. `kill` or a CI timeout

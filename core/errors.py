"""tiyao's own exceptions: everything core raises on bad input is a `TiyaoError`.

The CLI catches only the base class and prints its message as one line, so each
message says what is wrong and how to fix it.
"""

from __future__ import annotations


class TiyaoError(Exception):
    """Base class of every error tiyao reports to the user."""


class InputError(TiyaoError):
    """A source could not be read (missing, a directory without reports, unreadable)."""


class DecodeError(TiyaoError):
    """The bytes of a source are not text in a supported encoding."""


class EmptyInputError(TiyaoError):
    """A source holds no text to summarize."""


class MissingExtraError(TiyaoError):
    """An optional feature was asked for but its extra is not installed."""


class EngineError(TiyaoError):
    """The execution engine (e.g. a Dask cluster) could not be started or reached."""

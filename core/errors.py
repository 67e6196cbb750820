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
    """An optional feature (a file format, the Dask engine) needs an extra that is not installed."""


class FormatError(TiyaoError):
    """A .docx/.html/.pdf file is corrupt, encrypted, too large or has no text layer."""


class EngineError(TiyaoError):
    """The execution engine (e.g. a Dask cluster) could not be started or reached."""

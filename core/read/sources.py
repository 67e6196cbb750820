"""Finding and reading report files: command-line paths in, report sources and bytes out."""

from __future__ import annotations

import os
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path

from ..errors import InputError, TiyaoError
from ..model import SourceError
from .formats import SUFFIX_FORMATS

REPORT_SUFFIXES = tuple(SUFFIX_FORMATS)


def _walk(root: Path, pattern: str) -> list[str]:
    """Files under `root` whose name matches `pattern`, sorted by path; unreadable
    subdirectories are listed themselves so that reading them reports the problem."""
    found: list[str] = []

    def unreadable(exc: OSError) -> None:
        if exc.filename and Path(exc.filename) != root:
            found.append(exc.filename)
        elif isinstance(exc, PermissionError):
            raise InputError("permission denied listing this directory; check its permissions")

    for folder, dirs, names in os.walk(root, onerror=unreadable):
        dirs.sort()
        found.extend(os.path.join(folder, n) for n in names if fnmatch(n, pattern))
    return sorted(found, key=lambda p: Path(p).parts)


def _directory(path: Path, glob: str | None) -> list[str]:
    if glob is not None:
        found = _walk(path, glob)
        if not found:
            raise InputError(f"no files matching {glob!r} in this directory or below; check --glob")
        return found
    try:
        entries = list(path.iterdir())
    except PermissionError:
        raise InputError("permission denied listing this directory; check its permissions") from None
    found = sorted(str(p) for p in entries if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
    if not found:
        raise InputError(
            "no report files (.txt .md .docx .html .pdf) in this directory; "
            "pass files, or --glob '*' to recurse"
        )
    return found


def expand_paths(paths: Iterable[str], glob: str | None = None) -> list[str]:
    """Turn command-line paths into the list of reports to read.

    Without `glob`, a directory stands for every report file (any suffix a reader handles) directly
    inside it, sorted by name; with `glob`, for every file below it (recursively)
    whose name matches the pattern, sorted by path. `-` (stdin) and files are kept
    as given. Missing paths are kept too, so that reading them reports the error
    for that one source.

    Args:
        paths: Files, directories or `-`.
        glob: A file-name pattern such as `*.txt`; makes directory expansion recursive.

    Returns:
        Report sources in the order given, directories expanded.

    Raises:
        InputError: A directory holds no matching file or cannot be listed.
    """
    sources: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            sources.extend(_directory(path, glob))
        else:
            sources.append(raw)
    return sources


def expand_sources(paths: Iterable[str], glob: str | None = None) -> list[str | SourceError]:
    """Like `expand_paths`, but a path that cannot be expanded becomes a `SourceError`.

    Every batch (serial, pool, cluster, outline/split) lists its reports this way, so
    one unlistable directory never stops the others and keeps its place in the order.

    Args:
        paths: Files, directories or `-`.
        glob: As in `expand_paths`.

    Returns:
        Report sources and errors, in the order of `paths`.
    """
    slots: list[str | SourceError] = []
    for raw in paths:
        try:
            slots.extend(expand_paths([raw], glob))
        except TiyaoError as exc:
            slots.append(SourceError(raw, str(exc)))
    return slots


def read_source(source: str) -> bytes:
    """Read a report file's bytes.

    Args:
        source: A file path.

    Returns:
        The file's contents.

    Raises:
        InputError: The file is missing, a directory or unreadable.
    """
    try:
        return Path(source).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        if not os.access(source, os.R_OK | os.X_OK):
            raise InputError("permission denied listing this directory; check its permissions") from None
        raise InputError("is a directory; pass its files, or the directory itself with --glob") from None
    except PermissionError:
        raise InputError("permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror}); check the path") from None

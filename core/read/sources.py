"""Finding and reading report files: command-line paths in, report sources and bytes out."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from ..errors import InputError, TiyaoError
from ..model import SourceError
from .formats import SUFFIX_FORMATS

REPORT_SUFFIXES = tuple(SUFFIX_FORMATS)
# What a file name may hold that no output can carry as it is: bytes that are not UTF-8
# (os.fsdecode turns them into lone surrogates U+DC80-U+DCFF) and control characters.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
# What a path that is not a regular file is, for the error message.
_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What to read and how, the same for every engine (this process, a pool, a cluster).

    Attributes:
        encoding: Codec of every input instead of detection.
        input_format: Reader for every input (a key of `READERS`) instead of the suffix's.
        glob: File-name pattern; directories are then searched recursively.
    """

    encoding: str | None = None
    input_format: str | None = None
    glob: str | None = None


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte the name's encoding could not decode
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def source_label(source: str) -> str:
    """How a source is named in output: always valid UTF-8, always one line.

    The name's bytes (`os.fsencode`) are read as UTF-8, so a UTF-8 name shows as it
    is even under `LC_ALL=C`; a byte that is not UTF-8 and a control character become
    `\\xNN`, as in `bad\\xff.txt`.

    Args:
        source: A path as the OS gave it (str, surrogate-escaped), or `-`.

    Returns:
        The name to print, to store in a summary and to report errors under.
    """
    if not _UNSHOWABLE.search(source):
        return source
    try:
        source = os.fsencode(source).decode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        pass
    return _UNSHOWABLE.sub(_escape, source)


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
        # Regular files only, as without --glob: opening a FIFO would wait for a writer forever.
        matches = (os.path.join(folder, n) for n in names if fnmatch(n, pattern))
        found.extend(p for p in matches if os.path.isfile(p))
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
            slots.append(SourceError(source_label(raw), str(exc)))
    return slots


def read_source(source: str) -> bytes:
    """Read a report file's bytes; only a regular file is read.

    The file is opened without blocking and checked before a byte is read, so a FIFO
    never hangs the batch and a device such as /dev/zero never fills the memory.

    Args:
        source: A file path.

    Returns:
        The file's contents.

    Raises:
        InputError: The file is missing, a directory, not a regular file or unreadable.
    """
    try:
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror}); check the path") from None
    with os.fdopen(fd, "rb") as file:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            if not os.access(source, os.R_OK | os.X_OK):
                raise InputError("permission denied listing this directory; check its permissions")
            raise InputError("is a directory; pass its files, or the directory itself with --glob")
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise InputError(f"{kind}, not a regular file; copy the report to a file first")
        try:
            return file.read()
        except OSError as exc:
            raise InputError(f"cannot read ({exc.strerror}); check the path") from None

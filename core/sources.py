"""Finding and reading report files: paths in, (source name, bytes) out."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tiyao.core.errors import InputError
from tiyao.core.readers import SUFFIX_FORMATS

REPORT_SUFFIXES = tuple(SUFFIX_FORMATS)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Turn command-line paths into the list of reports to read.

    A directory stands for every report file (any suffix a reader handles) directly inside it, sorted
    by name; `-` (stdin) and files are kept as given. Missing paths are kept too,
    so that reading them reports the error for that one source.

    Args:
        paths: Files, directories or `-`.

    Returns:
        Report sources in the order given, directories expanded.

    Raises:
        InputError: A directory holds no report files.
    """
    sources: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = sorted(
                str(p) for p in path.iterdir() if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
            )
            if not found:
                raise InputError("no report files (.txt .md .docx .html .pdf) in this directory")
            sources.extend(found)
        else:
            sources.append(raw)
    return sources


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
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})") from None

"""Reading the editions to compare: each source read, parsed and summarized once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from ..errors import TiyaoError
from ..model import SourceError, SummaryOptions
from ..pipeline import summarize_parsed
from ..run.batch import map_sources, read_parsed
from ..version import VERSION
from .model import Edition, ReportDiff, Trajectory
from .report import compare
from .trajectory import trace


def read_edition(
    source: str,
    options: SummaryOptions,
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
) -> Edition | SourceError:
    """Read, parse and summarize one edition; a `TiyaoError` becomes a `SourceError`.

    Args:
        source: A file path, or `-` for stdin.
        options: Summary budgets (the key sentences compared).
        encoding: Codec to use instead of detection.
        input_format: Reader to use instead of the suffix's.
        read_stdin: Returns stdin's bytes; needed only when `source` is `-`.

    Returns:
        The edition, or the error that stopped it.
    """
    try:
        parsed, text = read_parsed(
            source, encoding=encoding, read_stdin=read_stdin, input_format=input_format
        )
        summary = summarize_parsed(parsed, source, len(text), options, text)
    except TiyaoError as exc:
        return SourceError(source, str(exc))
    except MemoryError:
        return SourceError(source, "out of memory; split the file or compare it on a larger machine")
    return Edition(source, text, parsed, summary)


def compare_sources(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    follow: Sequence[str] = (),
    encoding: str | None = None,
    input_format: str | None = None,
    glob: str | None = None,
    jobs: int = 1,
    read_stdin: Callable[[], bytes] | None = None,
) -> ReportDiff | Trajectory:
    """Compare two editions (a `ReportDiff`) or follow three or more (a `Trajectory`).

    Args:
        paths: Report files (a directory stands for its report files, sorted), or `-`, oldest first.
        options: Summary budgets; defaults when None.
        follow: Terms to count in every edition (`--term`).
        encoding: Codec to use instead of detection.
        input_format: Reader to use instead of the suffix's.
        glob: With directories, the files below them whose name matches.
        jobs: Processes reading and summarizing the editions (0: one per CPU core).
        read_stdin: Returns stdin's bytes; needed only when `-` is among the paths.

    Returns:
        The diff or the trajectory; when any edition cannot be read, an empty one
        whose `errors` name every edition that failed.
    """
    options = options or SummaryOptions()
    work = partial(read_edition, options=options, encoding=encoding, input_format=input_format)
    read = map_sources(paths, work, read_stdin=read_stdin, glob=glob, jobs=jobs)
    errors = [e for e in read if isinstance(e, SourceError)]
    editions = [e for e in read if isinstance(e, Edition)]
    names = tuple(e.source for e in read)
    if len(names) < 2:
        errors.append(
            SourceError(" ".join(names) or "-", f"diff needs two or more reports, got {len(names)}")
        )
    if len(names) == 2:
        return ReportDiff(VERSION, *names, errors=tuple(errors)) if errors else compare(*editions, follow)
    if errors:
        return Trajectory(VERSION, names, errors=tuple(errors))
    return trace(editions, follow)

"""Reading the editions to compare: each source read, parsed and summarized once."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from ..errors import TiyaoError
from ..model import SourceError, SummaryOptions
from ..pipeline import summarize_parsed
from ..read.sources import expand_sources
from ..run.batch import read_parsed
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
    return Edition(source, text, parsed, summary)


def _read_all(
    sources: Sequence[str], options: SummaryOptions, jobs: int, **reading: object
) -> list[Edition | SourceError]:
    workers = min(jobs or os.cpu_count() or 1, len(sources))
    if workers <= 1 or "-" in sources:
        return [read_edition(s, options, **reading) for s in sources]  # type: ignore[arg-type]
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    reading.pop("read_stdin", None)  # no `-` among the sources: nothing to read from stdin
    with ProcessPoolExecutor(workers) as pool:  # map keeps the input order: same output as serial
        return list(pool.map(partial(read_edition, options=options, **reading), sources))


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
    listed = expand_sources(paths, glob)
    errors = [s for s in listed if isinstance(s, SourceError)]
    sources = [s for s in listed if isinstance(s, str)]
    editions = _read_all(
        sources, options, jobs, encoding=encoding, input_format=input_format, read_stdin=read_stdin
    )
    errors += [e for e in editions if isinstance(e, SourceError)]
    names = tuple(s if isinstance(s, str) else s.source for s in listed)
    if len(names) < 2:
        errors.append(
            SourceError(" ".join(names) or "-", f"diff needs two or more reports, got {len(names)}")
        )
    read = [e for e in editions if isinstance(e, Edition)]
    if len(names) == 2:
        return ReportDiff(VERSION, *names, errors=tuple(errors)) if errors else compare(*read, follow)
    if errors:
        return Trajectory(VERSION, names, errors=tuple(errors))
    return trace(read, follow)

"""Streaming output: `-f jsonl`, `csv` and `text` print each report as soon as it is done.

Core yields results in input order, each as soon as it and all before it are done
(`stream_summaries`, `stream_structure`). The renderers of these formats walk their
documents once, front to back, so they are handed a generator: it reports a failed
source on stderr when its turn comes and flushes the output after each report, so
`tiyao summarize DIR -f jsonl | head -1` sees the first line while the batch runs, and
Ctrl-C keeps what was printed. With `-o` the stream goes to the temporary file that is
renamed over FILE at the end (cli/output.py): an interrupted run leaves FILE untouched.
`json` and `table` need the whole batch and wait for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .output import report_errors, write_output

if TYPE_CHECKING:
    from tiyao.core import SourceError

STREAMING = frozenset({Format.jsonl, Format.csv, Format.text})


def _items(results: Iterable[Any], out: TextIO, errors: list[SourceError], quiet: bool) -> Iterator[Any]:
    from tiyao.core import SourceError

    for result in results:
        if isinstance(result, SourceError):
            errors.append(result)
            report_errors([result], quiet=quiet)
            continue
        yield from result if isinstance(result, tuple) else (result,)
        # Reached when the renderer asks for the next item, so after it wrote this report:
        # push it out before waiting for the next one.
        out.flush()


def write_streaming(
    results: Iterable[Any],
    render: Callable[[Iterator[Any], TextIO], None],
    output: Path | None,
    *,
    quiet: bool,
    page: bool = False,
) -> list[SourceError]:
    """Render `results` as they arrive to stdout or (atomically) to `output`.

    Args:
        results: Per source, in input order: a document, a tuple of items, or a `SourceError`.
        render: Writes the items of an iterator to a stream (a renderer of a streaming format).
        output: The file to write, or None for stdout.
        quiet: No error lines on stderr.
        page: As for `write_output`: on a terminal, through the pager (which then shows it all).

    Returns:
        The sources that failed, in input order (already reported on stderr unless quiet).
    """
    from tiyao.core import SourceError

    errors: list[SourceError] = []
    results = iter(results)
    write_output(lambda out: render(_items(results, out, errors, quiet), out), output, page=page)
    # Left over only when the reader closed the pipe early (`| head -1`): the output may end
    # there, but not the batch's error lines nor its exit code, so finish it without output.
    for result in results:
        if isinstance(result, SourceError):
            errors.append(result)
            report_errors([result], quiet=quiet)
    return errors

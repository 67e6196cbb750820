"""Summarizing many sources: each one read, decoded and summarized on its own,
so that one bad file becomes an error entry and never stops the others.

`--jobs N` runs `summarize_source` in a process pool (core/run/ordered.py); results
come back in input order, as soon as each and all before it are done
(`stream_summaries`), and the output is byte-identical to a serial run because every
source is summarized by the same pure function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from ..errors import TiyaoError
from ..model import (
    BatchSummary,
    BatchWithText,
    DocumentSummary,
    ParsedDocument,
    ReportWithText,
    SourceError,
    SummaryOptions,
)
from ..pipeline import STDIN, summarize_with_facts, text_facts
from ..read.readers import parse_read_document, read_document
from ..read.sources import read_source, source_label
from ..version import VERSION
from .ordered import Progress, iter_sources, map_sources, resolve_jobs  # noqa: F401 (re-exported)

OUT_OF_MEMORY = "out of memory; split the file or summarize it on a larger machine"


def read_parsed(
    source: str,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
) -> tuple[ParsedDocument, str]:
    """Read one source through its format's reader and split it into sections.

    Every command that reads reports (summarize, outline, split, check) goes through
    here, so a .docx or .pdf has the same sections whichever command reads it.

    Args:
        source: A file path, or `-` for stdin.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `source` is `-`.
        input_format: Reader to use (a key of `READERS`) instead of the suffix's.

    Returns:
        The parsed document and the text it was parsed from.

    Raises:
        TiyaoError: The source cannot be read, decoded or parsed.
    """
    data = read_stdin() if source == STDIN and read_stdin else read_source(source)
    doc = read_document(data, source, input_format=input_format, encoding=encoding)
    del data  # the raw bytes (a byte per input byte) are not needed while parsing
    return parse_read_document(doc), doc.text


def summarize_source(
    source: str,
    options: SummaryOptions,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
    keep_text: bool = False,
) -> DocumentSummary | ReportWithText | SourceError:
    """Read, decode and summarize one source; a `TiyaoError` becomes a `SourceError`.

    This is the unit of work every engine runs (serial loop, process pool, cluster).

    Args:
        source: A file path, or `-` for stdin.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `source` is `-`.
        input_format: Reader to use (a key of `READERS`) instead of the suffix's.
        keep_text: Return the summary with the parsed text (a `ReportWithText`).

    Returns:
        The summary, or the error that stopped it.
    """
    label = source_label(source)
    try:
        parsed, text = read_parsed(
            source, encoding=encoding, read_stdin=read_stdin, input_format=input_format
        )
        facts = text_facts(parsed, len(text), options, text)
        del text  # a long report's text is not held while its sentences are scored
        summary = summarize_with_facts(parsed, label, facts, options)
        return ReportWithText(summary, parsed) if keep_text else summary
    except TiyaoError as exc:
        return SourceError(label, str(exc))
    except MemoryError:
        return SourceError(label, OUT_OF_MEMORY)


def summarize_sources(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
    glob: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> BatchSummary:
    """Summarize every report named by `paths`; a bad source becomes an error entry.

    Args:
        paths: Files, directories (their reports of every supported suffix, sorted) or `-` for stdin.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.
        input_format: Reader to use for every source instead of the suffix's.
        glob: File-name pattern; directories are then searched recursively.
        jobs: Worker processes (1: run here; 0: one per CPU core).
        progress: Called with (0, total, "") first, then after each source with
            (done, total, source).

    Returns:
        The summaries and the errors, each in input order, one error per failed source.
    """
    run = {"read_stdin": read_stdin, "glob": glob, "jobs": jobs, "progress": progress}
    results = list(stream_summaries(paths, options, encoding=encoding, input_format=input_format, **run))
    documents = tuple(r for r in results if isinstance(r, DocumentSummary))
    errors = tuple(r for r in results if isinstance(r, SourceError))
    return BatchSummary(VERSION, documents, errors)


def summarize_sources_with_text(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    **run: Any,
) -> BatchWithText:
    """`summarize_sources`, keeping each report's parsed text beside its summary.

    For output that shows every sentence with the key ones marked (`-f html`): the text
    is the `ParsedDocument` the summary was made from, so nothing is read twice.

    Args:
        paths: As for `summarize_sources`.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        input_format: Reader to use for every source instead of the suffix's.
        **run: How to run the batch, as for `iter_sources` (read_stdin, glob, jobs, progress).

    Returns:
        The reports with their text and the errors, each in input order.
    """
    results = list(
        stream_summaries(paths, options, encoding=encoding, input_format=input_format, keep_text=True, **run)
    )
    documents = tuple(r for r in results if isinstance(r, ReportWithText))
    errors = tuple(r for r in results if isinstance(r, SourceError))
    return BatchWithText(VERSION, documents, errors)


def stream_summaries(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    keep_text: bool = False,
    **run: Any,
) -> Iterator[DocumentSummary | ReportWithText | SourceError]:
    """`summarize_sources` one report at a time: each as soon as it and all before it are done.

    Args:
        paths: As for `summarize_sources`.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        input_format: Reader to use for every source instead of the suffix's.
        keep_text: Yield each summary with its parsed text (`ReportWithText`).
        **run: How to run the batch, as for `iter_sources` (read_stdin, glob, jobs, progress).

    Yields:
        Each source's summary (with its text if `keep_text`) or error, in input order.
    """
    work = partial(
        summarize_source,
        options=options or SummaryOptions(),
        encoding=encoding,
        input_format=input_format,
        keep_text=keep_text,
    )
    yield from iter_sources(paths, work, **run)

"""Summarizing many sources: each one read, decoded and summarized on its own,
so that one bad file becomes an error entry and never stops the others."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tiyao.core.errors import TiyaoError
from tiyao.core.model import BatchSummary, DocumentSummary, SourceError, SummaryOptions
from tiyao.core.readers import parse_read_document, read_document
from tiyao.core.sources import expand_paths, read_source
from tiyao.core.summarize import STDIN, summarize_parsed
from tiyao.core.version import VERSION


def summarize_source(
    source: str,
    options: SummaryOptions,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
) -> DocumentSummary | SourceError:
    """Read, decode and summarize one source; a `TiyaoError` becomes a `SourceError`.

    This is the unit of work every engine runs (serial loop, process pool, cluster).

    Args:
        source: A file path, or `-` for stdin.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `source` is `-`.
        input_format: Reader to use (a key of `READERS`) instead of the suffix's.

    Returns:
        The summary, or the error that stopped it.
    """
    try:
        data = read_stdin() if source == STDIN and read_stdin else read_source(source)
        doc = read_document(data, source, input_format=input_format, encoding=encoding)
        return summarize_parsed(parse_read_document(doc), source, len(doc.text), options)
    except TiyaoError as exc:
        return SourceError(source, str(exc))


def summarize_sources(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
) -> BatchSummary:
    """Summarize every report named by `paths`; a bad source becomes an error entry.

    Args:
        paths: Files, directories (their reports of every supported suffix, sorted) or `-` for stdin.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.
        input_format: Reader to use for every source instead of the suffix's.

    Returns:
        The summaries in input order and the errors, one per failed source.
    """
    options = options or SummaryOptions()
    documents: list[DocumentSummary] = []
    errors: list[SourceError] = []
    for raw in paths:
        try:
            sources = expand_paths([raw])
        except TiyaoError as exc:
            errors.append(SourceError(raw, str(exc)))
            continue
        for source in sources:
            result = summarize_source(
                source, options, encoding=encoding, read_stdin=read_stdin, input_format=input_format
            )
            (errors if isinstance(result, SourceError) else documents).append(result)  # type: ignore[arg-type]
    return BatchSummary(VERSION, tuple(documents), tuple(errors))

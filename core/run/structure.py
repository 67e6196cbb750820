"""Reports to their structure: heading outlines (`tiyao outline`) and segments (`tiyao split`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from ..errors import TiyaoError
from ..model import (
    DocumentOutline,
    OutlineBatch,
    ParsedDocument,
    SectionOutline,
    Segment,
    SourceError,
    SplitBatch,
)
from ..read.sources import expand_sources
from ..version import VERSION
from .batch import read_parsed

T = TypeVar("T")


def outline_document(doc: ParsedDocument, source: str) -> DocumentOutline:
    """The heading tree of a parsed report, with sentence and character counts.

    Args:
        doc: The parsed report.
        source: Where it came from.

    Returns:
        One entry per section, in document order.
    """
    return DocumentOutline(
        source,
        doc.title,
        tuple(
            SectionOutline(
                sec.title,
                sec.level,
                sec.line,
                sec.kind,
                len(sec.sentences),
                sum(len(s.text) for s in sec.sentences),
                sec.parent,
            )
            for sec in doc.sections
        ),
    )


def document_segments(doc: ParsedDocument, source: str) -> tuple[Segment, ...]:
    """Every heading and sentence of a parsed report, in document order.

    Args:
        doc: The parsed report.
        source: Where it came from.

    Returns:
        The segments; an inline heading is its section's first sentence, so it
        appears once, as a sentence.
    """
    segments: list[Segment] = []
    for k, sec in enumerate(doc.sections):
        if sec.heading:
            segments.append(Segment(source, k, "heading", sec.heading))
        segments.extend(Segment(source, k, "sentence", s.text) for s in sec.sentences)
    return tuple(segments)


def _parsed_sources(
    paths: Sequence[str], encoding: str | None, read_stdin: Callable[[], bytes] | None
) -> Iterator[tuple[str, ParsedDocument] | SourceError]:
    """Each source parsed, or the error that stopped it; one bad source never stops the rest."""
    for source in expand_sources(paths):
        if isinstance(source, SourceError):
            yield source
            continue
        try:
            yield source, read_parsed(source, encoding=encoding, read_stdin=read_stdin)[0]
        except TiyaoError as exc:
            yield SourceError(source, str(exc))


def _batch(
    paths: Sequence[str],
    encoding: str | None,
    read_stdin: Callable[[], bytes] | None,
    shape: Callable[[ParsedDocument, str], Iterable[T]],
) -> tuple[tuple[T, ...], tuple[SourceError, ...]]:
    results: list[T] = []
    errors: list[SourceError] = []
    for item in _parsed_sources(paths, encoding, read_stdin):
        if isinstance(item, SourceError):
            errors.append(item)
        else:
            results.extend(shape(item[1], item[0]))
    return tuple(results), tuple(errors)


def outline_sources(
    paths: Sequence[str], *, encoding: str | None = None, read_stdin: Callable[[], bytes] | None = None
) -> OutlineBatch:
    """Outline every report named by `paths`.

    Args:
        paths: Files, directories (their `*.txt`/`*.md`, sorted) or `-` for stdin.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.

    Returns:
        The outlines in input order and one error per failed source.
    """
    documents, errors = _batch(paths, encoding, read_stdin, lambda doc, src: [outline_document(doc, src)])
    return OutlineBatch(VERSION, documents, errors)


def split_sources(
    paths: Sequence[str], *, encoding: str | None = None, read_stdin: Callable[[], bytes] | None = None
) -> SplitBatch:
    """Split every report named by `paths` into headings and sentences.

    Args:
        paths: Files, directories (their `*.txt`/`*.md`, sorted) or `-` for stdin.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.

    Returns:
        All segments, report after report, and one error per failed source.
    """
    segments, errors = _batch(paths, encoding, read_stdin, document_segments)
    return SplitBatch(VERSION, segments, errors)

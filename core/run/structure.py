"""Reports to their structure: heading outlines (`tiyao outline`) and segments (`tiyao split`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

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
from ..read.sources import source_label
from ..version import VERSION
from .batch import OUT_OF_MEMORY, read_parsed
from .ordered import iter_sources, map_sources

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


def _shaped(
    source: str,
    shape: Callable[[ParsedDocument, str], Iterable[T]],
    *,
    encoding: str | None,
    input_format: str | None,
    read_stdin: Callable[[], bytes] | None = None,
) -> tuple[T, ...] | SourceError:
    """One source parsed and shaped, or the error that stopped it (one bad source never stops the rest)."""
    label = source_label(source)
    try:
        doc = read_parsed(source, encoding=encoding, read_stdin=read_stdin, input_format=input_format)[0]
    except TiyaoError as exc:
        return SourceError(label, str(exc))
    except MemoryError:
        return SourceError(label, OUT_OF_MEMORY)
    return tuple(shape(doc, label))


def _batch(
    paths: Sequence[str],
    shape: Callable[[ParsedDocument, str], Iterable[T]],
    *,
    encoding: str | None,
    input_format: str | None,
    **running: Any,
) -> tuple[tuple[T, ...], tuple[SourceError, ...]]:
    work = partial(_shaped, shape=shape, encoding=encoding, input_format=input_format)
    results: list[T] = []
    errors: list[SourceError] = []
    for item in map_sources(paths, work, nlp=False, **running):
        if isinstance(item, SourceError):
            errors.append(item)
        else:
            results.extend(item)
    return tuple(results), tuple(errors)


def _outline_of(doc: ParsedDocument, source: str) -> tuple[DocumentOutline]:
    # Module level, not a lambda: a pool worker receives it by name.
    return (outline_document(doc, source),)


def outline_sources(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
    glob: str | None = None,
    jobs: int = 1,
) -> OutlineBatch:
    """Outline every report named by `paths`.

    Args:
        paths: Files, directories (their reports of every supported suffix, sorted) or `-` for stdin.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.
        input_format: Reader to use for every source instead of the suffix's.
        glob: File-name pattern; directories are then searched recursively.
        jobs: Worker processes (1: run here; 0: one per CPU core); the result does not depend on it.

    Returns:
        The outlines in input order and one error per failed source.
    """
    documents, errors = _batch(
        paths,
        _outline_of,
        encoding=encoding,
        input_format=input_format,
        read_stdin=read_stdin,
        glob=glob,
        jobs=jobs,
    )
    return OutlineBatch(VERSION, documents, errors)


def split_sources(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
    glob: str | None = None,
    jobs: int = 1,
) -> SplitBatch:
    """Split every report named by `paths` into headings and sentences.

    Args:
        paths: As in `outline_sources`, and so are the other arguments.

    Returns:
        All segments, report after report, and one error per failed source.
    """
    segments, errors = _batch(
        paths,
        document_segments,
        encoding=encoding,
        input_format=input_format,
        read_stdin=read_stdin,
        glob=glob,
        jobs=jobs,
    )
    return SplitBatch(VERSION, segments, errors)


def stream_structure(
    kind: str,
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    **run: Any,
) -> Iterator[tuple[DocumentOutline, ...] | tuple[Segment, ...] | SourceError]:
    """`outline_sources` or `split_sources` one report at a time, in input order.

    Args:
        kind: `outline` or `split`.
        paths: As in `outline_sources`.
        encoding: Codec to use instead of detection.
        input_format: Reader to use for every source instead of the suffix's.
        **run: How to run the batch, as for `iter_sources` (read_stdin, glob, jobs).

    Yields:
        Per source, as soon as it and all before it are done: its outline (a 1-tuple)
        or its segments, or the error that stopped it.
    """
    shape = {"outline": _outline_of, "split": document_segments}[kind]
    work = partial(_shaped, shape=shape, encoding=encoding, input_format=input_format)
    yield from iter_sources(paths, work, nlp=False, **run)

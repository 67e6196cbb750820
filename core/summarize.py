"""The summarizing pipeline: text in, `DocumentSummary` out; sources in, `BatchSummary` out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tiyao.core.decode import decode
from tiyao.core.errors import EmptyInputError, TiyaoError
from tiyao.core.model import (
    BatchSummary,
    DocumentSummary,
    ParsedDocument,
    Pick,
    SectionSummary,
    SourceError,
    SummaryOptions,
)
from tiyao.core.scoring import pick_top, score_sentences
from tiyao.core.sections import parse_document
from tiyao.core.sources import expand_paths, read_source
from tiyao.core.themes import theme_for
from tiyao.core.tokens import extract_keywords, tokenize
from tiyao.core.version import VERSION

STDIN = "-"


def summarize_parsed(
    doc: ParsedDocument, source: str, chars: int, options: SummaryOptions
) -> DocumentSummary:
    """Score and select the key sentences of an already parsed document.

    Args:
        doc: The document's sections and sentences.
        source: Where the document came from (a path or `-`).
        chars: Length of the document's text.
        options: Length budgets.

    Returns:
        The document summary; picks are in document order.

    Raises:
        EmptyInputError: The document has no sentences.
    """
    sentences = doc.sentences
    if not sentences:
        raise EmptyInputError("no sentences to summarize (the text holds only headings)")
    scores = score_sentences([tokenize(s.text) for s in sentences])
    section_of = [k for k, sec in enumerate(doc.sections) for _ in sec.sentences]

    def pick(indices: Sequence[int]) -> tuple[Pick, ...]:
        return tuple(Pick(sentences[i].text, section_of[i], round(scores[i], 4), i) for i in indices)

    doc_count = options.doc_sentences or options.sentences
    section_summaries = []
    for sec in doc.sections:
        own = [s.index for s in sec.sentences]
        chosen = [own[k] for k in pick_top([scores[i] for i in own], options.sentences)]
        body = "".join(s.text for s in sec.sentences)
        keywords = tuple(extract_keywords(body, options.keywords)) if body else ()
        section_summaries.append(
            SectionSummary(
                title=sec.title,
                level=sec.level,
                line=sec.line,
                kind=sec.kind,
                theme=theme_for(sec.title, keywords),
                keywords=keywords,
                sentences=len(sec.sentences),
                chars=len(body),
                summary=pick(chosen),
            )
        )
    return DocumentSummary(
        source=source,
        title=doc.title,
        chars=chars,
        summary=pick(pick_top(scores, doc_count)),
        sections=tuple(section_summaries),
    )


def summarize(text: str, source: str = STDIN, options: SummaryOptions | None = None) -> DocumentSummary:
    """Summarize one report's text, section by section.

    Args:
        text: The report.
        source: Where it came from, reported back in the result.
        options: Length budgets; defaults when None.

    Returns:
        The document summary.

    Raises:
        TiyaoError: The text has nothing to summarize.
    """
    options = options or SummaryOptions()
    if not text.strip():
        raise EmptyInputError("no text to summarize (the input is empty or only whitespace)")
    return summarize_parsed(parse_document(text), source, len(text), options)


def summarize_sources(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
) -> BatchSummary:
    """Summarize every report named by `paths`; a bad source becomes an error entry.

    Args:
        paths: Files, directories (their `*.txt`/`*.md`, sorted) or `-` for stdin.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.

    Returns:
        The summaries in input order and the errors, one per failed source.
    """
    documents: list[DocumentSummary] = []
    errors: list[SourceError] = []
    for raw in paths:
        try:
            sources = expand_paths([raw])
        except TiyaoError as exc:
            errors.append(SourceError(raw, str(exc)))
            continue
        for source in sources:
            try:
                data = read_stdin() if source == STDIN and read_stdin else read_source(source)
                documents.append(summarize(decode(data, encoding), source, options))
            except TiyaoError as exc:
                errors.append(SourceError(source, str(exc)))
    return BatchSummary(VERSION, tuple(documents), tuple(errors))

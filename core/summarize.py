"""The summarizing pipeline for one report: text in, `DocumentSummary` out."""

from __future__ import annotations

from collections.abc import Sequence

from tiyao.core.errors import EmptyInputError
from tiyao.core.model import DocumentSummary, ParsedDocument, Pick, SectionSummary, SummaryOptions
from tiyao.core.scoring import pick_top, score_sentences
from tiyao.core.sections import parse_document
from tiyao.core.themes import theme_for
from tiyao.core.tokens import extract_keywords, tokenize

STDIN = "-"  # the source name of text read from standard input


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

"""The summarizing pipeline for one report: text in, `DocumentSummary` out."""

from __future__ import annotations

from collections.abc import Sequence

from .errors import EmptyInputError
from .model import (
    DocumentSummary,
    ParsedDocument,
    Pick,
    Section,
    SectionKind,
    SectionSummary,
    SummaryOptions,
)
from .parse.sections import parse_document
from .score.features import score_sentences
from .score.figures import extract_figures, extract_phrases
from .score.leads import lead_flags
from .score.selection import select_sentences
from .score.themes import theme_for
from .score.tokens import keyword_weights, tokenize, top_keywords
from .score.traditional import scoring_texts

STDIN = "-"  # the source name of text read from standard input


def _section_summary(
    k: int, sec: Section, picks: tuple[Pick, ...], tokens: Sequence[Sequence[str]], options: SummaryOptions
) -> SectionSummary:
    body = "" if sec.furniture else "".join(s.text for s in sec.sentences)
    keywords = () if sec.furniture else tuple(top_keywords(keyword_weights(tokens), options.keywords))
    return SectionSummary(
        title=sec.title,
        level=sec.level,
        line=sec.line,
        kind=sec.kind,
        theme=theme_for(sec.title, keywords),
        keywords=keywords,
        sentences=len(sec.sentences),
        chars=sum(len(s.text) for s in sec.sentences),
        summary=picks,
        figures=tuple(extract_figures(body)[: options.figures]),
        phrases=tuple(extract_phrases(body)[: options.phrases]),
        parent=sec.parent,
    )


def _has_inline_heading(sec: Section) -> bool:
    """Is the section's first sentence its heading (an inline `（一）…。` lead)?"""
    return (
        sec.kind is SectionKind.body and sec.title is not None and sec.heading is None and bool(sec.sentences)
    )


def summarize_parsed(
    doc: ParsedDocument, source: str, chars: int, options: SummaryOptions, text: str | None = None
) -> DocumentSummary:
    """Score and select the key sentences of an already parsed document.

    Args:
        doc: The document's sections and sentences.
        source: Where the document came from (a path or `-`).
        chars: Length of the document's text.
        options: Length budgets.
        text: The text `doc` was parsed from, if at hand: it shows which sentences
            open a `　　`-indented block inside a line (a topic-sentence position).

    Returns:
        The document summary; picks are in document order.

    Raises:
        EmptyInputError: The document has no sentences.
    """
    sentences = doc.sentences
    if not sentences:
        raise EmptyInputError("no sentences to summarize (the text holds only headings)")
    texts = [s.text for s in sentences]
    tokens = [tokenize(t) for t in scoring_texts(texts)]
    lengths = [len(t) for t in texts]
    scored = score_sentences(texts, tokens, lead_flags(doc, text))
    section_of = [k for k, sec in enumerate(doc.sections) for _ in sec.sentences]

    def pick(indices: Sequence[int]) -> tuple[Pick, ...]:
        return tuple(Pick(texts[i], section_of[i], round(scored.scores[i], 4), i) for i in indices)

    def choose(candidates: Sequence[int], count: int, max_chars: int | None) -> tuple[Pick, ...]:
        return pick(
            select_sentences(
                scored.scores, scored.vectors, candidates, count, lengths=lengths, max_chars=max_chars
            )
        )

    # An inline heading's lead sentence (`（一）着力抓好政策落实，…。` opening a paragraph)
    # is already the section's title: picking it would repeat the theme column.
    unpicked = {sec.sentences[0].index for sec in doc.sections if _has_inline_heading(sec)}
    # Page furniture and licence footers are kept as text but never picked.
    unpicked.update(s.index for sec in doc.sections if sec.furniture for s in sec.sentences)
    sections = []
    for k, sec in enumerate(doc.sections):
        own = [s.index for s in sec.sentences]
        mine = [i for i in own if i not in unpicked] or ([] if sec.furniture else own)
        picks = choose(mine, options.sentences, options.max_chars)
        sections.append(_section_summary(k, sec, picks, [tokens[i] for i in own], options))
    doc_count = options.doc_sentences or options.sentences
    doc_chars = options.doc_max_chars if options.doc_max_chars is not None else options.max_chars
    return DocumentSummary(
        source=source,
        title=doc.title,
        chars=chars,
        summary=choose(
            [i for i in range(len(sentences)) if i not in unpicked] or range(len(sentences)),
            doc_count,
            doc_chars,
        ),
        sections=tuple(sections),
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
    return summarize_parsed(parse_document(text), source, len(text), options, text)

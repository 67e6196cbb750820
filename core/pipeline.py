"""The summarizing pipeline for one report: text in, `DocumentSummary` out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

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
from .score.genre import ANCHORS, GENRE_WEIGHTS, KEEP_FRONT, SPREAD, Genre, detect_genre
from .score.gist import gist_pool
from .score.leads import Layout, document_layout, sentence_sections
from .score.scope import NO_FOCUS, ROLLED_UP, mentions, section_roots
from .score.selection import select_sentences
from .score.themes import theme_for
from .score.traditional import scoring_texts
from .score.vocab import TokenIds, heaviest, token_ids, weighted_counts

STDIN = "-"  # the source name of text read from standard input


def _section_summary(
    sec: Section, picks: tuple[Pick, ...], keywords: tuple[str, ...], body: str, options: SummaryOptions
) -> SectionSummary:
    """`body`/`keywords`: the text figures come from and its keywords (with a depth, the subtree's)."""
    body = "" if sec.furniture else body
    return SectionSummary(
        title=sec.title,
        level=sec.level,
        line=sec.line,
        kind=sec.kind,
        theme=theme_for(
            sec.title, keywords, sec.kind.value, sec.sentences[0].text if sec.sentences else None
        ),
        keywords=keywords,
        sentences=len(sec.sentences),
        chars=sum(len(s.text) for s in sec.sentences),
        summary=picks,
        figures=tuple(extract_figures(body)[: options.figures]),
        phrases=tuple(extract_phrases(body)[: options.phrases]),
        parent=sec.parent,
    )


def _titled(sec: Section, words: Sequence[str]) -> bool:
    return any(w in (sec.title or "") for w in words)


def _has_inline_heading(sec: Section) -> bool:
    """Is the section's first sentence its heading (an inline `（一）…。` lead)?"""
    return (
        sec.kind is SectionKind.body and sec.title is not None and sec.heading is None and bool(sec.sentences)
    )


@dataclass(frozen=True, slots=True)
class _Scored:
    """A document's sentences with their scores, and the choice of picks among them."""

    texts: list[str]
    scores: Any  # float64 arrays, one per sentence
    steered: Any  # the scores, +1 for a sentence that mentions a --focus word
    hits: Any  # bool array
    vectors: Any
    section_of: Any  # int64 array: each sentence's section
    lengths: Any  # int32 array: each sentence's characters

    def choose(
        self, candidates: Sequence[int], count: int, max_chars: int | None, **gist: Any
    ) -> tuple[Pick, ...]:
        chosen = select_sentences(
            self.steered, self.vectors, candidates, count, lengths=self.lengths, max_chars=max_chars, **gist
        )
        return tuple(
            Pick(self.texts[i], int(self.section_of[i]), round(float(self.scores[i]), 4), i) for i in chosen
        )


@dataclass(frozen=True, slots=True)
class _Trees:
    """Each section's root, and the sentences it is summarized from.

    A root's are its own and, with a depth, its descendants'; a rolled-up section's
    are its own.
    """

    roots: list[int]
    members: list[list[int]]


def _trees(doc: ParsedDocument, depth: int | None) -> _Trees:
    roots = section_roots(doc, depth)
    pools: list[list[int]] = [[] for _ in doc.sections]
    for k, sec in enumerate(doc.sections):
        pools[roots[k]].extend(x.index for x in sec.sentences)
    own = ([x.index for x in sec.sentences] for sec in doc.sections)
    return _Trees(roots, [pools[k] if roots[k] == k else indices for k, indices in enumerate(own)])


def _section_keywords(
    doc: ParsedDocument, tokens: TokenIds, trees: Sequence[Sequence[int]], top: int
) -> list[tuple[str, ...]]:
    """Each section's `top` keywords over its tree (`top_keywords(keyword_weights(...))` on the words)."""
    keywords: list[tuple[str, ...]] = []
    for sec, tree in zip(doc.sections, trees, strict=True):
        if sec.furniture:
            keywords.append(())
            continue
        found, weights = weighted_counts(tokens.gather(tree), tokens.candidate, tokens.idf)
        keywords.append(tuple(tokens.words[k] for k in found[heaviest(weights, top)].tolist()))
    return keywords


def _sections(
    doc: ParsedDocument,
    s: _Scored,
    trees: _Trees,
    keywords: Sequence[tuple[str, ...]],
    unpicked: set[int],
    options: SummaryOptions,
) -> list[SectionSummary]:
    sections = []
    for k, sec in enumerate(doc.sections):
        root = trees.roots[k] == k
        tree = trees.members[k]
        mine = [i for i in tree if i not in unpicked] or ([] if sec.furniture else tree)
        picks = s.choose(mine, options.sentences, options.max_chars) if root else ()
        hidden = "" if root else ROLLED_UP
        if options.focus and root and not s.hits[tree].any() and not _titled(sec, options.focus):
            hidden = NO_FOCUS
        body = "".join(s.texts[i] for i in tree)
        summary = _section_summary(sec, picks, keywords[k], body, options)
        sections.append(replace(summary, hidden=hidden) if hidden else summary)
    return sections


def _gist(
    doc: ParsedDocument, s: _Scored, unpicked: set[int], genre: Genre, options: SummaryOptions
) -> tuple[Pick, ...]:
    count = options.doc_sentences or options.sentences
    max_chars = options.doc_max_chars if options.doc_max_chars is not None else options.max_chars
    pool = gist_pool(doc, keep_front=genre in KEEP_FRONT, excluded=frozenset(unpicked))
    anchor = ANCHORS.get(genre)
    first = [i for i in pool.candidates if anchor.search(s.texts[i])][:1] if anchor else []
    spread = SPREAD.get(genre, 0.0)
    return s.choose(pool.candidates, count, max_chars, first=first, groups=pool.parts, spread=spread)


@dataclass(frozen=True, slots=True)
class TextFacts:
    """What summarizing needs from a report's text besides its sentences.

    Read first, so that a caller can let a long text go before scoring starts
    (a 50 MB report's text is 34 MB of the peak otherwise).

    Attributes:
        chars: Length of the text.
        genre: The genre to score it as (the option's, or detected from the text).
        layout: Each sentence's place in the report.
    """

    chars: int
    genre: Genre
    layout: Layout


def text_facts(
    doc: ParsedDocument, chars: int, options: SummaryOptions, text: str | None = None
) -> TextFacts:
    """Read the genre and the layout of a parsed document.

    Args:
        doc: The document's sections and sentences.
        chars: Length of the document's text.
        options: The genre option (None: detected from the text).
        text: The text `doc` was parsed from, if at hand: it shows which sentences
            open a `　　`-indented block inside a line (a topic-sentence position).
    """
    if options.genre:
        genre = Genre(options.genre)
    else:
        genre = detect_genre(text if text is not None else "".join(x.text for x in doc.sentences))
    return TextFacts(chars, genre, document_layout(doc, text))


def summarize_parsed(
    doc: ParsedDocument, source: str, chars: int, options: SummaryOptions, text: str | None = None
) -> DocumentSummary:
    """Score and select the key sentences of an already parsed document.

    Args:
        doc: The document's sections and sentences.
        source: Where the document came from (a path or `-`).
        chars: Length of the document's text.
        options: Budgets, genre (None: detected from the text), depth and focus words.
        text: The text `doc` was parsed from, if at hand (see `text_facts`).

    Returns:
        The document summary; picks are in document order.

    Raises:
        EmptyInputError: The document has no sentences.
    """
    return summarize_with_facts(doc, source, text_facts(doc, chars, options, text), options)


def summarize_with_facts(
    doc: ParsedDocument, source: str, facts: TextFacts, options: SummaryOptions
) -> DocumentSummary:
    """`summarize_parsed` once the text's facts are read (`text_facts`); the text is not needed.

    Raises:
        EmptyInputError: The document has no sentences.
    """
    import numpy as np

    sentences = doc.sentences
    if not sentences:
        raise EmptyInputError("no sentences to summarize (the text holds only headings)")
    texts = [x.text for x in sentences]
    del sentences
    tokens = token_ids(scoring_texts(texts))
    layout = facts.layout
    scored = score_sentences(texts, tokens, layout.leads, layout, GENRE_WEIGHTS[facts.genre])
    trees = _trees(doc, options.depth)
    keywords = _section_keywords(doc, tokens, trees.members, options.keywords)
    del tokens  # the words are done with (2 bytes each): let go before the picks are chosen
    hits = np.asarray(mentions(texts, options.focus), dtype=bool)
    # A --focus word steers the choice: sentences that mention it rank above all others.
    steered = np.where(hits, scored.scores + 1.0, scored.scores)
    section_of = sentence_sections(doc)
    lengths = np.fromiter(map(len, texts), np.int32, len(texts))
    s = _Scored(texts, scored.scores, steered, hits, scored.vectors, section_of, lengths)
    # An inline heading's lead sentence (`（一）着力抓好政策落实，…。` opening a paragraph)
    # is already the section's title: picking it would repeat the theme column.
    unpicked = {sec.sentences[0].index for sec in doc.sections if _has_inline_heading(sec)}
    # Page furniture and licence footers are kept as text but never picked.
    unpicked.update(x.index for sec in doc.sections if sec.furniture for x in sec.sentences)
    return DocumentSummary(
        source=source,
        title=doc.title,
        chars=facts.chars,
        summary=_gist(doc, s, unpicked, facts.genre, options),
        sections=tuple(_sections(doc, s, trees, keywords, unpicked, options)),
        genre=facts.genre.value,
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

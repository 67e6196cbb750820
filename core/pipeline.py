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
from .score.leads import document_layout
from .score.scope import NO_FOCUS, ROLLED_UP, mentions, section_roots
from .score.selection import select_sentences
from .score.themes import theme_for
from .score.traditional import scoring_texts
from .score.vocab import TokenIds, heaviest, keyword_arrays, token_ids, weighted_counts

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
    tokens: TokenIds
    scores: tuple[float, ...]
    steered: list[float]  # the scores, +1 for a sentence that mentions a --focus word
    hits: list[bool]
    vectors: Any
    section_of: list[int]
    lengths: list[int]
    candidate: Any  # per vocabulary id of `tokens`: may the word be a keyword
    idf: Any  # per vocabulary id: its IDF

    def choose(
        self, candidates: Sequence[int], count: int, max_chars: int | None, **gist: Any
    ) -> tuple[Pick, ...]:
        chosen = select_sentences(
            self.steered, self.vectors, candidates, count, lengths=self.lengths, max_chars=max_chars, **gist
        )
        return tuple(Pick(self.texts[i], self.section_of[i], round(self.scores[i], 4), i) for i in chosen)

    def keywords(self, rows: Sequence[int], top: int) -> tuple[str, ...]:
        """The `top` keywords of these sentences (`top_keywords(keyword_weights(...))` over their words)."""
        found, weights = weighted_counts(self.tokens.gather(rows), self.candidate, self.idf)
        return tuple(self.tokens.words[k] for k in found[heaviest(weights, top)].tolist())


def _sections(
    doc: ParsedDocument, s: _Scored, unpicked: set[int], options: SummaryOptions
) -> list[SectionSummary]:
    roots = section_roots(doc, options.depth)
    pools: list[list[int]] = [[] for _ in doc.sections]
    for k, sec in enumerate(doc.sections):
        pools[roots[k]].extend(x.index for x in sec.sentences)
    sections = []
    for k, sec in enumerate(doc.sections):
        root = roots[k] == k
        # Its own sentences, and with a depth its descendants' (a rolled-up section: its own).
        tree = pools[k] if root else [x.index for x in sec.sentences]
        mine = [i for i in tree if i not in unpicked] or ([] if sec.furniture else tree)
        picks = s.choose(mine, options.sentences, options.max_chars) if root else ()
        hidden = "" if root else ROLLED_UP
        if options.focus and root and not any(s.hits[i] for i in tree) and not _titled(sec, options.focus):
            hidden = NO_FOCUS
        body = "".join(s.texts[i] for i in tree)
        keywords = () if sec.furniture else s.keywords(tree, options.keywords)
        summary = _section_summary(sec, picks, keywords, body, options)
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


def summarize_parsed(
    doc: ParsedDocument, source: str, chars: int, options: SummaryOptions, text: str | None = None
) -> DocumentSummary:
    """Score and select the key sentences of an already parsed document.

    Args:
        doc: The document's sections and sentences.
        source: Where the document came from (a path or `-`).
        chars: Length of the document's text.
        options: Budgets, genre (None: detected from the text), depth and focus words.
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
    texts = [x.text for x in sentences]
    tokens = token_ids(scoring_texts(texts))
    whole = text if text is not None else "".join(texts)
    genre = Genre(options.genre) if options.genre else detect_genre(whole)
    layout = document_layout(doc, text)
    scored = score_sentences(texts, tokens, layout.leads, layout, GENRE_WEIGHTS[genre])
    hits = mentions(texts, options.focus)
    # A --focus word steers the choice: sentences that mention it rank above all others.
    steered = [x + 1.0 if hit else x for x, hit in zip(scored.scores, hits, strict=True)]
    section_of = [k for k, sec in enumerate(doc.sections) for _ in sec.sentences]
    lengths = [len(t) for t in texts]
    words = keyword_arrays(tokens)
    s = _Scored(texts, tokens, scored.scores, steered, hits, scored.vectors, section_of, lengths, *words)
    # An inline heading's lead sentence (`（一）着力抓好政策落实，…。` opening a paragraph)
    # is already the section's title: picking it would repeat the theme column.
    unpicked = {sec.sentences[0].index for sec in doc.sections if _has_inline_heading(sec)}
    # Page furniture and licence footers are kept as text but never picked.
    unpicked.update(x.index for sec in doc.sections if sec.furniture for x in sec.sentences)
    return DocumentSummary(
        source=source,
        title=doc.title,
        chars=chars,
        summary=_gist(doc, s, unpicked, genre, options),
        sections=tuple(_sections(doc, s, unpicked, options)),
        genre=genre.value,
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

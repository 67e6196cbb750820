"""The data tiyao passes around: small frozen dataclasses, nothing that prints.

Parsing gives a `ParsedDocument` (sections of sentences, no scores); summarizing
gives a `DocumentSummary`; a batch gives a `BatchSummary`. The CLI renders these
objects and nothing else, and `dataclasses.asdict` on them is the JSON contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SectionKind(StrEnum):
    """What part of a report a section is."""

    front = "front"  # text before the first heading: title block, addressee, preamble
    body = "body"
    appendix = "appendix"  # 名词解释, 附件, licence footers and other trailing matter


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the input, verbatim (surrounding whitespace stripped).

    Attributes:
        text: The sentence as it appears in the input; a sentence of a
            hard-wrapped paragraph is its lines joined without the line breaks.
        index: Position among all sentences of the document, from 0.
        line: 1-based input line on which the sentence starts.
        paragraph: Index of the paragraph (input line or wrapped block) it belongs to.
    """

    text: str
    index: int
    line: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Section:
    """A contiguous part of a report under one heading.

    Attributes:
        title: Display title (title and sub-title lines joined), or None for text
            before the first heading.
        level: 1 for the top division of the body, 2 below it, ...; 0 for the
            untitled front section and an untitled trailer (licence footer).
        line: 1-based line of the heading (of the first sentence when untitled).
        kind: front, body or appendix.
        heading: The heading lines exactly as in the input (joined without
            whitespace; for the front section, the document title line), or None.
            An inline heading (`（一）…。` followed by body text) has no `heading`:
            its lead sentence is the title and the first of `sentences`, so each
            character is in exactly one of `heading` and `sentences`.
        sentences: The sentences of the section, in input order.
        parent: Index (in the document's list of sections) of the section this
            one sits under, or None at the top: the front section, trailers,
            level-1 parts and appendices. The flat list plus these links is the tree.
        furniture: The section is page furniture (`下载`, `【字号：…】`,
            `相关报道：`) or a licence footer: kept so that no text is lost, never
            summarized, keyworded or mined for figures.
    """

    title: str | None
    level: int
    line: int
    kind: SectionKind
    heading: str | None
    sentences: tuple[Sentence, ...]
    parent: int | None = None
    furniture: bool = False


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A report split into sections, before any scoring.

    Attributes:
        title: The document's own title, or None. It is not a section; its
            line is the `heading` of the first (front) section (or, for a
            `【标题】` metadata line, one of its sentences) so that no input text
            is lost.
        sections: Every section in input order; each sentence of the report
            belongs to exactly one of them.
    """

    title: str | None
    sections: tuple[Section, ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for sec in self.sections for s in sec.sentences)


@dataclass(frozen=True, slots=True)
class Pick:
    """A sentence chosen for a summary.

    Attributes:
        text: The sentence, verbatim.
        section: Index of its section in `DocumentSummary.sections`.
        score: Its salience score in [0, 1], rounded to 4 places.
        index: Its position among all sentences of the document.
    """

    text: str
    section: int
    score: float
    index: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with its unit, as written, and what it measures.

    Attributes:
        text: The figure verbatim, with its leading verb if any (`增长6.1%`).
        measure: The words before it in its clause (`地区生产总值`; may be empty).
    """

    text: str
    measure: str


@dataclass(frozen=True, slots=True)
class SectionSummary:
    """One section with its theme, keywords, key sentences, figures and quoted phrases."""

    title: str | None
    level: int
    line: int
    kind: SectionKind
    theme: str
    keywords: tuple[str, ...]
    sentences: int
    chars: int
    summary: tuple[Pick, ...]
    figures: tuple[Figure, ...] = ()
    phrases: tuple[str, ...] = ()
    parent: int | None = None  # as in `Section.parent`
    # "" when shown; "rolled-up": summarized with its ancestor (--depth); "no-focus": never
    # mentions a --focus word. Renderers for people leave hidden sections out; JSON keeps them.
    hidden: str = ""


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A summarized report: the document-level picks and one entry per section."""

    source: str
    title: str | None
    chars: int
    summary: tuple[Pick, ...]
    sections: tuple[SectionSummary, ...]
    genre: str = ""  # the genre it was scored as (core/score/genre.py), e.g. "report"


@dataclass(frozen=True, slots=True)
class ReportWithText:
    """A summary and the parsed text it was made from, for output that shows the picks in context.

    Attributes:
        summary: The summary; `Pick.index` and `Pick.section` point into `text`.
        text: Every section and sentence of the report (heading lines, paragraphs, positions).
    """

    summary: DocumentSummary
    text: ParsedDocument


@dataclass(frozen=True, slots=True)
class SourceError:
    """A report that could not be summarized, with a one-line reason."""

    source: str
    error: str


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """The result of summarizing several reports; failures do not stop the batch."""

    tiyao: str
    documents: tuple[DocumentSummary, ...] = ()
    errors: tuple[SourceError, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class BatchWithText:
    """A `BatchSummary` whose reports keep their parsed text (`summarize_sources_with_text`)."""

    tiyao: str
    documents: tuple[ReportWithText, ...] = ()
    errors: tuple[SourceError, ...] = ()


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """Length budgets and knobs for `summarize`.

    Attributes:
        sentences: Key sentences per section.
        doc_sentences: Key sentences for the whole document (None: same as `sentences`).
        keywords: Keywords per section.
        max_chars: Characters the key sentences of a section may not exceed (None: no limit).
        doc_max_chars: The same for the document summary (None: same as `max_chars`).
        figures: Figures listed per section at most.
        phrases: Quoted phrases listed per section at most.
        genre: Score as this genre (`report`, `research`, `brokerage`, `news`);
            None: detect it from the text.
        depth: Summarize the sections of level <= depth, each from its whole subtree
            (deeper sections are `hidden="rolled-up"`); None: every section on its own.
        focus: Words the summaries are steered to (sentences mentioning one rank first);
            sections that never mention one are `hidden="no-focus"`.
    """

    sentences: int = 2
    doc_sentences: int | None = None
    keywords: int = 5
    max_chars: int | None = None
    doc_max_chars: int | None = None
    figures: int = 8
    phrases: int = 8
    genre: str | None = None
    depth: int | None = None
    focus: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SectionOutline:
    """One entry of a report's heading tree (`tiyao outline`).

    Attributes:
        title: As in `Section.title`.
        level: As in `Section.level`.
        line: As in `Section.line`.
        kind: front, body or appendix.
        sentences: Number of sentences in the section.
        chars: Characters in those sentences.
        parent: As in `Section.parent`.
    """

    title: str | None
    level: int
    line: int
    kind: SectionKind
    sentences: int
    chars: int
    parent: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentOutline:
    """A report's sections without their text."""

    source: str
    title: str | None
    sections: tuple[SectionOutline, ...]


@dataclass(frozen=True, slots=True)
class OutlineBatch:
    """The outlines of several reports; failures do not stop the batch."""

    tiyao: str
    documents: tuple[DocumentOutline, ...] = ()
    errors: tuple[SourceError, ...] = ()


@dataclass(frozen=True, slots=True)
class Segment:
    """One heading or sentence of a report, in document order (`tiyao split`).

    Attributes:
        source: The report it comes from.
        section: Index of its section in the report.
        kind: "heading" (heading lines and the document title) or "sentence".
        text: The text; all segments of a report together hold every
            non-whitespace character of it, in order.
    """

    source: str
    section: int
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class SplitBatch:
    """The segments of several reports, one report after another."""

    tiyao: str
    segments: tuple[Segment, ...] = ()
    errors: tuple[SourceError, ...] = ()

"""What `compare` returns: small frozen dataclasses; `dataclasses.asdict` gives the JSON contract."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import DocumentSummary, ParsedDocument, SourceError


@dataclass(frozen=True, slots=True)
class FigureChange:
    """One measure in the two editions.

    Attributes:
        measure: What is measured, normalized (`居民消费价格涨幅`, `赤字率`).
        old: The figure in the old edition (`3%左右`), or None when it is new.
        new: The figure in the new edition, or None when it is gone.
        status: "changed", "same", "added" or "removed".
        old_section: Index of the old section it is in, or None.
        new_section: Index of the new section it is in, or None.
    """

    measure: str
    old: str | None
    new: str | None
    status: str
    old_section: int | None = None
    new_section: int | None = None


@dataclass(frozen=True, slots=True)
class CountChange:
    """A quoted phrase or key term with its count in each edition.

    Attributes:
        text: The phrase with its quotes (`“两个结合”`) or the term (`改革`).
        old: Occurrences in the old edition (or section).
        new: Occurrences in the new edition (or section).
        status: "added" (not in the old), "removed" (not in the new) or "changed" (a large change).
    """

    text: str
    old: int
    new: int
    status: str


@dataclass(frozen=True, slots=True)
class SectionDiff:
    """One entry of the section alignment, with what changed inside it.

    Attributes:
        old: Index of the old section (in the old edition's `sections`), None when added.
        new: Index of the new section, None when removed.
        status: "matched", "added" or "removed".
        similarity: How alike the two sections are (title and text, see `align`); 0 unless matched.
        phrases_added: Quoted phrases of the new section that the old one lacks.
        phrases_removed: The reverse.
        figures: The new section's figures (changed, same or added) and the old one's removed figures.
        sentences_added: The new section's key sentences with no close counterpart in the old section.
        phrases: Every phrase whose count differs between the two sections, with both counts.
        terms: Keywords of either section that are new, gone or much more or less frequent.
        furniture: The section is page furniture or a licence footer (`Section.furniture`):
            listed, but never compared and never a difference for `changed`.
        kind: The section's kind (front, body or appendix; the new side's when matched).
    """

    old: int | None
    new: int | None
    old_title: str | None
    new_title: str | None
    status: str
    similarity: float
    phrases_added: tuple[str, ...] = ()
    phrases_removed: tuple[str, ...] = ()
    figures: tuple[FigureChange, ...] = ()
    sentences_added: tuple[str, ...] = ()
    phrases: tuple[CountChange, ...] = ()
    terms: tuple[CountChange, ...] = ()
    furniture: bool = False
    kind: str = "body"


@dataclass(frozen=True, slots=True)
class ReportDiff:
    """What changed from one edition of a report to the next (`tiyao diff OLD NEW`).

    Attributes:
        matched: Sections matched; with `old_sections`/`new_sections` it tells how related the two are.
        identical: The two texts are the same.
        changed: Anything at all is reported as added, removed or changed (`--exit-code`).
        related: Enough sections matched for the two to be editions of one report
            (see `report.RELATED_SHARE`); False for two unrelated reports.
        phrases: Every quoted phrase whose count differs, with both counts.
        terms: Key terms new, gone, or whose count changed a lot; plus followed terms (`--term`).
        sentences_added: Whole-report summary sentences of NEW with no close counterpart in OLD.
    """

    tiyao: str
    old: str
    new: str
    sections: tuple[SectionDiff, ...] = ()
    phrases_added: tuple[str, ...] = ()
    phrases_removed: tuple[str, ...] = ()
    figures: tuple[FigureChange, ...] = ()
    errors: tuple[SourceError, ...] = field(default_factory=tuple)
    identical: bool = False
    changed: bool = False
    related: bool = True
    old_sections: int = 0
    new_sections: int = 0
    matched: int = 0
    phrases: tuple[CountChange, ...] = ()
    terms: tuple[CountChange, ...] = ()
    sentences_added: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Track:
    """A phrase or term followed across editions.

    Attributes:
        text: The phrase (with quotes) or term.
        counts: Its occurrences in each edition, in the order given.
        first: Index of the first edition that has it.
    """

    text: str
    counts: tuple[int, ...]
    first: int


@dataclass(frozen=True, slots=True)
class FigureTrack:
    """One figure followed across editions (paired edition to edition as in `compare`).

    Attributes:
        measure: What it measures, as in the latest edition that has it.
        values: Its value in each edition, None where that edition does not have it.
        first: Index of the first edition that has it.
    """

    measure: str
    values: tuple[str | None, ...]
    first: int


@dataclass(frozen=True, slots=True)
class Trajectory:
    """Phrases, figures and chosen terms across three or more editions (`tiyao diff A B C …`).

    Attributes:
        editions: The sources, in the order given (e.g. by year).
        phrases: Every quoted phrase of two or more editions, by first appearance.
        figures: Figures that two or more consecutive editions share, by first appearance.
        terms: The followed terms (`--term`), counted in each edition.
        changed: Any phrase, figure or term differs between two editions (`--exit-code`).
    """

    tiyao: str
    editions: tuple[str, ...]
    phrases: tuple[Track, ...] = ()
    figures: tuple[FigureTrack, ...] = ()
    terms: tuple[Track, ...] = ()
    errors: tuple[SourceError, ...] = field(default_factory=tuple)
    changed: bool = False


@dataclass(frozen=True, slots=True)
class Edition:
    """One edition, read and summarized: what `compare` works on.

    Attributes:
        source: Its path (or `-`).
        text: Its text.
        parsed: Its sections and sentences.
        summary: Its summary (same sections, in the same order).
    """

    source: str
    text: str
    parsed: ParsedDocument
    summary: DocumentSummary

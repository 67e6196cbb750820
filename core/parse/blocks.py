"""Blocks of a report (headings and paragraphs) and how they become sections.

`core/parse/reader.py` reads lines into blocks; this module cuts paragraphs into
sentences, promotes inline heading leads, and assembles the `Section` objects.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..model import Section, SectionKind, Sentence
from . import headings as hd
from .levels import StyleKey, nest_headings
from .sentences import CLOSERS, HARD_ENDERS, sentence_spans


@dataclass(slots=True)
class Line:
    """One non-blank input line (or a piece of one, split at an inner `　　` indent)."""

    number: int
    text: str  # stripped input
    key: str  # also without zero-width characters: what the rules look at
    indented: bool = False  # starts with whitespace (a paragraph indent in wrapped text)
    empty: bool = False  # only zero-width characters (a Wikisource link boundary)


@dataclass(slots=True)
class Block:
    """A heading (one or more lines) or a paragraph, with what the reader decided about it."""

    lines: list[Line]
    heading: bool = False
    style: StyleKey | None = None
    title: str | None = None
    kind: SectionKind = SectionKind.body
    inline_style: StyleKey | None = None  # a paragraph that may open with an inline heading
    furniture: bool = False  # opens a section of page furniture or a licence footer
    first: int = 0  # index of its first sentence (of the next one, for a heading) in the document


def join_lines(lines: list[Line]) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph text and `(offset, line number)` of each line in it."""
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    size = 0
    for ln in lines:
        if ln.empty:  # it only said "the line goes on": its zero-width text stays out of sentences
            continue
        if parts and parts[-1][-1:].isascii() and ln.text[:1].isascii() and parts[-1][-1:].isalnum():
            parts.append(" ")  # keep wrapped Latin words apart
            size += 1
        starts.append((size, ln.number))
        parts.append(ln.text)
        size += len(ln.text)
    return "".join(parts), starts


def split_paragraph(block: Block, sentences: list[Sentence], paragraph: int) -> None:
    """Cut a paragraph into sentences, appended to `sentences`; promote its lead to an inline heading.

    The lead is promoted when it is one (`（一）着力扩大内需。` opening the paragraph).

    `paragraph` numbers the paragraph: the sentences are made once, not kept as pairs
    until the sections are.
    """
    text, starts = join_lines(block.lines)
    offsets = [off for off, _ in starts]
    spans = sentence_spans(text)
    block.first = len(sentences)
    for k, (s, e) in enumerate(spans, start=block.first):
        sentences.append(Sentence(text[s:e], k, starts[bisect_right(offsets, s) - 1][1], paragraph))
    if block.inline_style is not None and spans:
        lead = text[spans[0][0] : spans[0][1]]
        tail = lead.rstrip("".join(CLOSERS))
        if len(lead) <= hd.MAX_LEAD_CHARS and tail and tail[-1] in HARD_ENDERS:
            block.title = hd.clean(lead.rstrip("。！？!?"))


def opens_section(block: Block) -> bool:
    return block.heading or block.title is not None


def _nesting(blocks: list[Block]) -> dict[int, tuple[int, int | None]]:
    """`(level, parent block)` of every block that opens a titled section."""
    titled = [k for k, b in enumerate(blocks) if opens_section(b) and (b.style or b.inline_style)]
    styles = [blocks[k].style or blocks[k].inline_style for k in titled]
    placed = nest_headings([s for s in styles if s is not None])
    return {
        k: (level, None if up is None else titled[up]) for k, (level, up) in zip(titled, placed, strict=True)
    }


def assemble_sections(openers: list[Block], sentences: list[Sentence]) -> list[Section]:
    """Turn the blocks that open sections, and the document's sentences, into sections.

    Args:
        openers: Heading blocks and paragraphs with an inline heading, in document
            order; each opens a section whose sentences start at its `first`. A
            heading block without a style (the document title, a run of furniture,
            a trailer) opens an untitled top-level section.
        sentences: Every sentence of the document, numbered in order; those before
            the first opener are the untitled front section.

    Returns:
        The sections, with levels and parents from the nesting of their headings.
    """
    nesting = _nesting(openers)
    section_of: dict[int, int] = {}  # opener index -> index of the section it opened
    sections: list[Section] = []
    ends = [b.first for b in openers] + [len(sentences)]
    front = Block([], True, kind=SectionKind.front, first=0)
    for k, (opened, end) in enumerate(zip([front, *openers], ends, strict=True), start=-1):
        own = tuple(sentences[opened.first : end])
        heading = "".join(ln.text for ln in opened.lines) if opened.heading and opened.lines else None
        if heading is None and opened.title is None and not own:
            continue
        level, up = nesting.get(k, (0, None))
        line = opened.lines[0].number if opened.lines else own[0].line
        section_of[k] = len(sections)
        parent = None if up is None else section_of[up]
        section = Section(opened.title, level, line, opened.kind, heading, own, parent, opened.furniture)
        sections.append(section)
    return sections

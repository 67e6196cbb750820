"""Blocks of a report (headings and paragraphs) and how they become sections.

`core/parse/reader.py` reads lines into blocks; this module cuts paragraphs into
sentences, promotes inline heading leads, and assembles the `Section` objects.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

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
    sentences: list[Sentence] = field(default_factory=list)


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


def split_paragraph(block: Block, index: int, paragraph: int) -> None:
    """Cut a paragraph into sentences; promote its lead to an inline heading if it is one.

    `index` numbers the paragraph's first sentence among the document's, `paragraph` the
    paragraph itself: the sentences are made once, not kept as pairs until the sections are.
    """
    text, starts = join_lines(block.lines)
    offsets = [off for off, _ in starts]
    spans = sentence_spans(text)
    for k, (s, e) in enumerate(spans, start=index):
        block.sentences.append(Sentence(text[s:e], k, starts[bisect_right(offsets, s) - 1][1], paragraph))
    if block.inline_style is not None and spans:
        lead = text[spans[0][0] : spans[0][1]]
        tail = lead.rstrip("".join(CLOSERS))
        if len(lead) <= hd.MAX_LEAD_CHARS and tail and tail[-1] in HARD_ENDERS:
            block.title = hd.clean(lead.rstrip("。！？!?"))


def _opens_section(block: Block) -> bool:
    return block.heading or block.title is not None


def _nesting(blocks: list[Block]) -> dict[int, tuple[int, int | None]]:
    """`(level, parent block)` of every block that opens a titled section."""
    titled = [k for k, b in enumerate(blocks) if _opens_section(b) and (b.style or b.inline_style)]
    styles = [blocks[k].style or blocks[k].inline_style for k in titled]
    placed = nest_headings([s for s in styles if s is not None])
    return {
        k: (level, None if up is None else titled[up]) for k, (level, up) in zip(titled, placed, strict=True)
    }


def assemble_sections(blocks: list[Block]) -> list[Section]:
    """Turn blocks into sections: a heading block or an inline heading opens a section.

    Args:
        blocks: Heading and paragraph blocks in document order, paragraphs already
            split. A heading block without a style (the document title, a run of
            furniture, a trailer) opens an untitled top-level section.

    Returns:
        The sections, with levels and parents from the nesting of their headings;
        sentences are numbered across the document.
    """
    nesting = _nesting(blocks)
    section_of: dict[int, int] = {}  # block index -> index of the section it opened
    sections: list[Section] = []
    # The section being built; line 0 means "the line of its first sentence".
    opened: Block = Block([], True, kind=SectionKind.front)
    opener = -1
    sentences: list[Sentence] = []

    def close() -> None:
        heading = "".join(ln.text for ln in opened.lines) if opened.heading and opened.lines else None
        if heading is None and opened.title is None and not sentences:
            return
        level, up = nesting.get(opener, (0, None))
        line = opened.lines[0].number if opened.lines else sentences[0].line
        parent = None if up is None else section_of[up]
        section_of[opener] = len(sections)
        sections.append(
            Section(
                opened.title, level, line, opened.kind, heading, tuple(sentences), parent, opened.furniture
            )
        )

    for k, block in enumerate(blocks):
        if _opens_section(block):
            close()
            opened, opener, sentences = block, k, []
        sentences.extend(block.sentences)
    close()
    return sections

"""Blocks of a report (headings and paragraphs) and how they become sections.

`core/sections.py` reads lines into blocks; this module cuts paragraphs into
sentences, promotes inline heading leads, and assembles the `Section` objects.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..model import Section, SectionKind, Sentence
from . import headings as hd
from .levels import StyleKey
from .sentences import CLOSERS, HARD_ENDERS, sentence_spans


@dataclass(slots=True)
class Line:
    """One non-blank input line (or a piece of one, split at an inner `　　` indent)."""

    number: int
    text: str  # stripped input
    key: str  # also without zero-width characters: what the rules look at
    indented: bool = False  # starts with whitespace (a paragraph indent in wrapped text)


@dataclass(slots=True)
class Block:
    """A heading (one or more lines) or a paragraph, with what the reader decided about it."""

    lines: list[Line]
    heading: bool = False
    style: StyleKey | None = None
    title: str | None = None
    kind: SectionKind = SectionKind.body
    inline_style: StyleKey | None = None  # a paragraph that may open with an inline heading
    sentences: list[tuple[str, int]] = field(default_factory=list)  # (text, line)


def join_lines(lines: list[Line]) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph text and `(offset, line number)` of each line in it."""
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    size = 0
    for ln in lines:
        if parts and parts[-1][-1:].isascii() and ln.text[:1].isascii() and parts[-1][-1:].isalnum():
            parts.append(" ")  # keep wrapped Latin words apart
            size += 1
        starts.append((size, ln.number))
        parts.append(ln.text)
        size += len(ln.text)
    return "".join(parts), starts


def split_paragraph(block: Block) -> None:
    """Cut a paragraph into sentences; promote its lead to an inline heading if it is one."""
    text, starts = join_lines(block.lines)
    offsets = [off for off, _ in starts]
    spans = sentence_spans(text)
    for s, e in spans:
        block.sentences.append((text[s:e], starts[bisect_right(offsets, s) - 1][1]))
    if block.inline_style is not None and spans:
        lead = text[spans[0][0] : spans[0][1]]
        tail = lead.rstrip("".join(CLOSERS))
        if len(lead) <= hd.MAX_LEAD_CHARS and tail and tail[-1] in HARD_ENDERS:
            block.title = hd.clean(lead.rstrip("。！？!?"))


def assemble_sections(title_lines: list[Line], blocks: list[Block], levels: list[int]) -> list[Section]:
    """Turn blocks into sections: a heading block or an inline heading opens a section.

    Args:
        title_lines: The document title line, if it took one; it heads the front section.
        blocks: Heading and paragraph blocks in document order, paragraphs already split.
        levels: The level of each block's heading style (0 when it has none).

    Returns:
        The sections; sentences are numbered across the document.
    """
    sections: list[Section] = []
    index = paragraph = 0
    # The section being built; line 0 means "the line of its first sentence".
    title: str | None = None
    level = 0
    line = title_lines[0].number if title_lines else 0
    kind = SectionKind.front
    heading: str | None = "".join(ln.text for ln in title_lines) or None
    sentences: list[Sentence] = []

    def close() -> None:
        if heading is not None or title is not None or sentences:
            sections.append(Section(title, level, line or sentences[0].line, kind, heading, tuple(sentences)))

    for block, block_level in zip(blocks, levels, strict=True):
        if block.heading or block.title is not None:
            close()
            sentences = []
            title, kind = block.title, block.kind
            level = 1 if kind is SectionKind.appendix and block.lines else block_level
            line = block.lines[0].number if block.lines else 0
            heading = "".join(ln.text for ln in block.lines) if block.heading and block.lines else None
        for text_, text_line in block.sentences:
            sentences.append(Sentence(text_, index, text_line, paragraph))
            index += 1
        if not block.heading:
            paragraph += 1
    close()
    return sections

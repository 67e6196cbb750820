"""Lead sentences and structure positions: which sentences open a section, a paragraph
or a block inside a line, and which sit in the introduction or the last part.

Reports put their topic sentence first (`坚持目标导向,严把“构思关”。`), so the `lead`
feature of scoring reads these flags; articles state their thesis in the introduction
and conclude in the last part, which the `intro` and `last` features read.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import ParsedDocument, Sentence

# Whitespace that separates blocks inside one line (scraped reports indent with `　　`).
_BLOCK_GAP = frozenset(" \t\u3000\xa0")


def lead_flags(doc: ParsedDocument, text: str | None = None) -> list[bool]:
    """Which sentences open a section, a paragraph, or a whitespace-separated block of a line.

    Args:
        doc: The parsed document.
        text: The text `doc` was parsed from, if at hand: it shows which sentences open a
            `　　`-indented block inside one line; without it only sections and paragraphs count.

    Returns:
        One flag per sentence of `doc`, in document order.
    """
    lines = text.split("\n") if text is not None else None
    leads: list[bool] = []
    cursor = (0, 0)  # (line, offset) where the previous sentence ended
    for sec in doc.sections:
        previous: Sentence | None = None
        for sent in sec.sentences:
            lead = previous is None or sent.paragraph != previous.paragraph
            if lines is not None and 0 < sent.line <= len(lines):
                line = lines[sent.line - 1]
                start_from = cursor[1] if cursor[0] == sent.line else 0
                at = line.find(sent.text, start_from)
                if at >= 0:
                    lead = lead or at == 0 or line[at - 1] in _BLOCK_GAP
                    cursor = (sent.line, at + len(sent.text))
            leads.append(lead)
            previous = sent
    return leads


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each sentence of a report sits in its structure (one flag per sentence).

    Attributes:
        leads: Opens a section, a paragraph or a `　　` block (`lead_flags`).
        intro: Before the first top-level part, or in the first two sections when they
            open the first of several parts: where an article states its question.
        last: In the last of several top-level parts: where an article concludes.
        part_leads: First sentence of a section of level 0 or 1.
        title: The document's title, or None.
    """

    leads: tuple[bool, ...]
    intro: tuple[bool, ...]
    last: tuple[bool, ...]
    part_leads: tuple[bool, ...]
    title: str | None = None


def sentence_parts(doc: ParsedDocument) -> list[int]:
    """The top-level part of every sentence: the count of level-1 sections up to its own, minus 1.

    Sentences before the first level-1 section are in part -1.
    """
    parts: list[int] = []
    part = -1
    for sec in doc.sections:
        part += sec.level == 1
        parts.extend([part] * len(sec.sentences))
    return parts


def document_layout(doc: ParsedDocument, text: str | None = None) -> Layout:
    """Each sentence's place in the report: lead, introduction, last part, part opening.

    Args:
        doc: The parsed document.
        text: The text it was parsed from, if at hand (see `lead_flags`).

    Returns:
        The flags, in document order.
    """
    parts = sentence_parts(doc)
    sections = [k for k, sec in enumerate(doc.sections) for _ in sec.sentences]
    part_leads = [j == 0 and sec.level <= 1 for sec in doc.sections for j in range(len(sec.sentences))]
    part = max(parts, default=-1)  # the last part
    several = part > 0
    intro = tuple(p == -1 or (several and p == 0 and k <= 1) for p, k in zip(parts, sections, strict=True))
    last = tuple(several and p == part for p in parts)
    return Layout(tuple(lead_flags(doc, text)), intro, last, tuple(part_leads), doc.title)

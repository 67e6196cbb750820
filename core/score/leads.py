"""Lead sentences and structure positions: which sentences open a section, a paragraph
or a block inside a line, and which sit in the introduction or the last part.

Reports put their topic sentence first (`坚持目标导向,严把“构思关”。`), so the `lead`
feature of scoring reads these flags; articles state their thesis in the introduction
and conclude in the last part, which the `intro` and `last` features read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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

    leads: Any  # numpy bool arrays, one flag per sentence: 1 byte each, not a tuple's 8
    intro: Any
    last: Any
    part_leads: Any
    title: str | None = None


def sentence_sections(doc: ParsedDocument) -> Any:
    """The section of every sentence (its index in `doc.sections`): an int64 array."""
    import numpy as np

    return np.repeat(np.arange(len(doc.sections)), [len(sec.sentences) for sec in doc.sections])


def sentence_parts(doc: ParsedDocument) -> Any:
    """The top-level part of every sentence: the count of level-1 sections up to its own, minus 1.

    Sentences before the first level-1 section are in part -1. An int64 array.
    """
    import numpy as np

    parts = np.cumsum([sec.level == 1 for sec in doc.sections], dtype=np.int64) - 1
    return parts[sentence_sections(doc)]


def document_layout(doc: ParsedDocument, text: str | None = None) -> Layout:
    """Each sentence's place in the report: lead, introduction, last part, part opening.

    Args:
        doc: The parsed document.
        text: The text it was parsed from, if at hand (see `lead_flags`).

    Returns:
        The flags, in document order.
    """
    import numpy as np

    section = sentence_sections(doc)
    parts = sentence_parts(doc)
    opens = np.ones(len(section), dtype=bool)  # the first sentence of its section
    opens[1:] = section[1:] != section[:-1]
    levels = np.asarray([sec.level for sec in doc.sections], dtype=np.int64)
    part = int(parts.max()) if len(parts) else -1  # the last part
    several = part > 0
    intro = (parts == -1) | (several & (parts == 0) & (section <= 1))
    last = several & (parts == part)
    leads = np.asarray(lead_flags(doc, text), dtype=bool)
    return Layout(leads, intro, last, opens & (levels[section] <= 1), doc.title)

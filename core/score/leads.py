"""Lead sentences: which sentences open a section, a paragraph or a block inside a line.

Reports put their topic sentence first (`坚持目标导向,严把“构思关”。`), so the `lead`
feature of scoring reads these flags.
"""

from __future__ import annotations

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

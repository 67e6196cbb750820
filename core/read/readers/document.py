"""What every reader returns: the text of a document plus the headings its format declares."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from ...errors import EmptyInputError
from ...model import ParsedDocument
from ...parse.sections import parse_document
from ...parse.sentences import ENDERS


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """A report as read from its file, before sectioning.

    Attributes:
        text: The body text, one paragraph (or heading, or table row) per line.
        title: The document title the format declares (HTML `<title>`, Word core
            properties), or None. It is metadata, not part of `text`.
        headings: Lines the format marks as headings, 1-based line number -> level
            (1 = top). Lines not listed are classified as plain text would be.
    """

    text: str
    title: str | None = None
    headings: Mapping[int, int] = field(default_factory=dict)


def table_row(cells: Iterable[str]) -> str:
    """A table row as one line: cells joined by `，`, ended like a sentence.

    A short row such as `指标，增长` would otherwise be taken for a heading by the
    plain-text rules, and every row would start a section.

    Args:
        cells: The cell texts of the row, in order; empty ones are skipped.

    Returns:
        The row's line, or "" when every cell is empty.
    """
    line = "，".join(" ".join(cell.split()) for cell in cells if cell.strip())
    return line + "。" if line and line[-1] not in ENDERS else line


def assemble(blocks: Iterable[tuple[str, int | None]], title: str | None = None) -> ReadDocument:
    """Build a `ReadDocument` from blocks in reading order.

    Args:
        blocks: (text, heading level or None) pairs; blank texts are skipped and
            line breaks inside a block become spaces, so that one block is one line.
        title: The declared document title, if any.

    Returns:
        The document; `headings` numbers the lines of `text`.

    Raises:
        EmptyInputError: No block holds any text.
    """
    lines: list[str] = []
    headings: dict[int, int] = {}
    for text, level in blocks:
        line = " ".join(text.splitlines()).strip()
        if not line:
            continue
        lines.append(line)
        if level is not None:
            headings[len(lines)] = level
    if not lines:
        raise EmptyInputError("no text to summarize (the document holds no text)")
    return ReadDocument("\n".join(lines), title or None, headings)


def parse_read_document(doc: ReadDocument) -> ParsedDocument:
    """Section a read document, its declared headings taking precedence.

    Args:
        doc: The reader's output.

    Returns:
        The parsed document; the declared title fills in when the text has none.
    """
    parsed = parse_document(doc.text, headings=doc.headings)
    if parsed.title is None and doc.title:
        parsed = replace(parsed, title=doc.title)
    return parsed

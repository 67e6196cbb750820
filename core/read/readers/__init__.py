"""Readers: one per input format, each turning a file's bytes into a `ReadDocument`.

A reader is `read_X(data, encoding) -> ReadDocument`. The format comes from the
file suffix unless the user forces one; stdin and unknown suffixes are plain text.
The .docx, .html and .pdf readers import their library only when called, so a
plain `pip install tiyao` stays light and a missing extra is a one-line error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from ..formats import SUFFIX_FORMATS
from .document import ReadDocument, assemble, parse_read_document
from .docx import read_docx
from .html import read_html
from .markdown import read_markdown
from .pdf import read_pdf
from .text import read_text

Reader = Callable[[bytes, str | None], ReadDocument]

READERS: dict[str, Reader] = {
    "txt": read_text,
    "md": read_markdown,
    "docx": read_docx,
    "html": read_html,
    "pdf": read_pdf,
}


def format_for(source: str, input_format: str | None = None) -> str:
    """The format to read `source` as.

    Args:
        source: A file path or `-`.
        input_format: A key of `READERS` that overrides the suffix.

    Returns:
        A key of `READERS`; plain text when the suffix is not a known one.
    """
    if input_format:
        return input_format
    return SUFFIX_FORMATS.get(PurePath(source).suffix.lower(), "txt")


def read_document(
    data: bytes, source: str, *, input_format: str | None = None, encoding: str | None = None
) -> ReadDocument:
    """Read a report's bytes with the reader for its format.

    Args:
        data: The file's bytes.
        source: Its path (or `-`), whose suffix picks the reader.
        input_format: A key of `READERS` to use instead of the suffix.
        encoding: A codec name for the text formats (txt, md, html).

    Returns:
        The document's text and declared headings.

    Raises:
        TiyaoError: The bytes cannot be read as that format, or its extra is missing.
    """
    return READERS[format_for(source, input_format)](data, encoding)


__all__ = [
    "READERS",
    "SUFFIX_FORMATS",
    "ReadDocument",
    "Reader",
    "assemble",
    "format_for",
    "parse_read_document",
    "read_document",
]

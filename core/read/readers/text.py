"""Plain text: the decoded bytes as they are; headings are found by the plain-text rules."""

from __future__ import annotations

from ..decoding import decode
from .document import ReadDocument


def read_text(data: bytes, encoding: str | None = None) -> ReadDocument:
    """Read a plain-text report.

    Args:
        data: The file's bytes.
        encoding: A codec name to use instead of detection.

    Returns:
        The text with no declared headings.

    Raises:
        DecodeError: The bytes are not text in the chosen encoding.
        EmptyInputError: The text is empty or only whitespace.
    """
    return ReadDocument(decode(data, encoding))

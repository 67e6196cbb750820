"""Bytes to text: pick the encoding and normalize line ends."""

from __future__ import annotations

import codecs

from tiyao.core.errors import DecodeError, EmptyInputError


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode a report's bytes to text with `\\n` line ends.

    UTF-8 with or without a byte-order mark is accepted; `encoding` overrides
    detection.

    Args:
        data: The raw bytes of the report.
        encoding: A Python codec name to use instead of detection.

    Returns:
        The text, with CRLF and CR turned into LF and any BOM removed.

    Raises:
        DecodeError: The bytes are not valid in the chosen encoding.
        EmptyInputError: The text is empty or only whitespace.
    """
    if encoding is None:
        encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        text = data.decode(encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}; pass a codec name such as gb18030") from None
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid {exc.encoding} at byte {exc.start}; pass --encoding (e.g. --encoding gb18030)"
        ) from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInputError("no text to summarize (the input is empty or only whitespace)")
    return text

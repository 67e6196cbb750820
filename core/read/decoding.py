"""Bytes to text: pick the encoding, refuse what is not text, normalize invisibles.

Detection goes from cheap and certain to costly and uncertain: a byte-order mark,
the signature of a binary format, strict UTF-8, then GB18030 and Big5 judged by
how many of their characters are common Chinese ones (`core/hanzi.py`),
and only then charset-normalizer. A decoding that still looks like mojibake or
binary is refused with a message naming `--encoding`: tiyao never summarizes a
guess it cannot stand behind.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError, EmptyInputError
from .hanzi import SAMPLE_CHARS, common_share

# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
_CJK_CANDIDATES = ("gb18030", "big5")
# Share of common CJK characters above which a decoding is trusted: real reports
# score 0.95-0.98, a wrong decoding below 0.25.
PLAUSIBLE_COMMON = 0.5
# Invisible characters removed from the text: NUL and other control codes (tab
# and newline kept), zero-width space and stray byte-order marks.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]|(?<=[^\n])\u200b|\u200b(?=[^\n])")
# A line of zero-width spaces alone is kept as one: the parser reads it as "this line goes on
# past the break" (Wikisource splits a sentence around a link that way).
_ZERO_WIDTH_LINE = re.compile("(?m)^[\u200b\ufeff]+$")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# What no text holds much of: control codes (tab, newlines, form feed aside),
# replacement characters, private-use and surrogate code points.
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff\U000f0000-\U0010ffff]")
_ENCODING_HINT = "pass --encoding (e.g. --encoding gb18030 or --encoding big5)"


def _junk_share(text: str) -> float:
    sample = text[:SAMPLE_CHARS]
    return len(_JUNK.findall(sample)) / len(sample) if sample else 0.0


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    # ASCII-heavy UTF-16 puts a NUL in every other byte; the side it is on gives the byte order.
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(head) >= 4 and max(even, odd) > 0.3 * len(head) / 2 and min(even, odd) == 0:
        return _strict(data[: len(data) // 2 * 2], "utf-16-le" if odd > even else "utf-16-be")
    return None


def detect(data: bytes) -> tuple[str, str]:
    """Decode bytes whose encoding nobody declared (or whose declaration lied).

    A byte-order mark decides, except a UTF-8 mark followed by bytes that are not
    UTF-8 (an editor added it to a GBK file): the rest is detected as if unmarked.

    Args:
        data: The raw bytes, not empty.

    Returns:
        The decoded text (not normalized) and the codec that gave it.

    Raises:
        DecodeError: No supported encoding gives plausible text.
    """
    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    if bom != "utf-8-sig":
        return (_decode_as(data, bom), bom) if bom else _detect(data)
    text = _strict(data, bom)
    if text is not None:
        return text, bom
    try:
        return _detect(data[len(codecs.BOM_UTF8) :])
    except DecodeError:
        raise DecodeError(_undecodable(data)) from None  # byte offsets of the whole file


def _detect(data: bytes) -> tuple[str, str]:
    """(text, encoding) for bytes without a byte-order mark."""
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    if data.count(0) > len(data) // 10:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16"
    best: tuple[float, str, str] | None = None
    for encoding in _CJK_CANDIDATES:
        text = _strict(data, encoding)
        share = common_share(text) if text is not None else None
        if text is not None and share is not None and (best is None or share > best[0]):
            best = (share, text, encoding)
    if best is not None and best[0] >= PLAUSIBLE_COMMON:
        return best[1], best[2]
    return _fallback(data)


def _fallback(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:1_000_000]).best()
    if match is not None and match.encoding:
        text = _strict(data, match.encoding)
        if text is not None and (common_share(text) or 0.0) >= PLAUSIBLE_COMMON:
            return text, match.encoding
    raise DecodeError(_undecodable(data))


def _undecodable(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return (
            f"not valid utf-8 (byte {exc.start}, line {line}) and not plausible as GB18030 or Big5; "
            + _ENCODING_HINT
        )
    return "cannot tell the text encoding; " + _ENCODING_HINT


def normalize(text: str) -> str:
    """Turn every line break into `\\n` and drop characters no reader can see.

    NULs, other control codes, zero-width spaces and byte-order marks go, and so do
    full-width and no-break spaces at line edges (indentation). Spaces inside a
    line are kept, so the sentences of a summary read exactly as in the source.

    Args:
        text: Decoded text.

    Returns:
        The normalized text.
    """
    text = _LINE_BREAKS.sub("\n", text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", _ZERO_WIDTH_LINE.sub("\u200b", text))
    if "\u3000" in text or "\u00a0" in text:
        text = re.sub("(?m)^[\u3000\u00a0 \t]+|[\u3000\u00a0 \t]+$", "", text)
    return text


def decode(data: bytes, encoding: str | None = None, *, normalized: bool = True) -> str:
    """Decode a report's bytes to normalized text.

    Args:
        data: The raw bytes of the report.
        encoding: A Python codec name to use instead of detection.
        normalized: False keeps the text as decoded, for formats whose lines end at
            `\\n` only (JSON lines may hold U+2028 or U+0085 inside a string).

    Returns:
        The text with `\\n` line ends and invisible characters removed (if `normalized`).

    Raises:
        DecodeError: The bytes are binary, not valid in the chosen encoding, or
            no supported encoding gives plausible text.
        EmptyInputError: The text is empty or only whitespace.
    """
    if not data:
        raise EmptyInputError("the file is empty; nothing to summarize")
    if encoding is not None:
        text = _decode_as(data, encoding)
    else:
        kind = _binary_kind(data)
        if kind:
            raise DecodeError(f"{kind}, not a text report; convert it to plain text first")
        text = detect(data)[0]
    if _junk_share(text) > 0.1:
        raise DecodeError(
            "looks binary, not text (control bytes or undecodable characters); " + _ENCODING_HINT
        )
    if normalized:
        text = normalize(text)
    if not text.strip():
        raise EmptyInputError("no text to summarize (the input is empty or only whitespace)")
    return text


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise DecodeError(
            f"unknown encoding {encoding!r}; pass a codec name to --encoding, such as gb18030"
        ) from None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DecodeError(
            f"not valid {exc.encoding} at byte {exc.start} (line {line}); pass another --encoding"
        ) from None

"""Word .docx: heading styles and outline levels are declared headings, tables are text rows.

Only the document body is read, so headers, footers, footnotes and comments never
reach the summary; a table of contents (a content control Word marks as such) is
skipped because its lines repeat the headings with page numbers.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from ...errors import FormatError
from .document import ReadDocument, assemble, table_row
from .extras import require

# Word's built-in heading styles in English and Chinese Word ("标题 1").
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_BODY_OUTLINE_LEVEL = 9  # w:outlineLvl 0-8 are heading levels 1-9, 9 is body text
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .doc and password-protected .docx are OLE files, not zips
# What a .docx may inflate to: python-docx holds every part in memory, and a text report
# with its images is a few tens of MB; a 2 MB file inflating to 2 GiB peaked at 4.1 GB RSS.
MAX_DOCX_INFLATED = 256 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _outline_level(p_pr: Any) -> int | None:
    node = None if p_pr is None else p_pr.find(f"{_W}outlineLvl")
    if node is None:
        return None
    value = int(node.get(f"{_W}val", _BODY_OUTLINE_LEVEL))
    return value + 1 if value < _BODY_OUTLINE_LEVEL else 0


def _heading_level(paragraph: Any) -> int | None:
    own = _outline_level(paragraph._p.pPr)
    if own is not None:
        return own or None
    style = paragraph.style
    while style is not None:
        match = _HEADING_STYLE.match(style.name or "")
        if match:
            return int(match.group(1))
        level = _outline_level(style.element.pPr)
        if level is not None:
            return level or None
        style = style.base_style
    return None


def _row_text(row: Any) -> str:
    cells: list[str] = []
    seen: list[Any] = []
    for cell in row.cells:
        if any(cell._tc is tc for tc in seen):  # a merged cell repeats across the columns it spans
            continue
        seen.append(cell._tc)
        cells.append(cell.text)
    return table_row(cells)


def _is_toc(sdt: Any) -> bool:
    gallery = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and "Contents" in (gallery.get(f"{_W}val") or "")


def _blocks(document: Any, container: Any) -> Iterator[tuple[str, int | None]]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, document)
            yield paragraph.text, _heading_level(paragraph)
        elif child.tag == f"{_W}tbl":
            for row in Table(child, document).rows:
                yield _row_text(row), None
        elif child.tag == f"{_W}sdt" and not _is_toc(child):
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(document, content)


def _check_inflated_size(data: bytes) -> None:
    # The zip directory declares each member's size; zipfile never inflates past it, so
    # summing the declarations bounds the memory before a byte is inflated.
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # python-docx reports the broken file in its own words
    if inflated > MAX_DOCX_INFLATED:
        raise FormatError(
            f".docx that inflates to {inflated / 2**20:,.0f} MB is over the "
            f"{MAX_DOCX_INFLATED // 2**20} MB limit (a zip bomb?); export the report as .txt"
        )


def read_docx(data: bytes, encoding: str | None = None) -> ReadDocument:
    """Read a Word .docx report.

    Args:
        data: The file's bytes.
        encoding: Ignored (a .docx declares its own encoding).

    Returns:
        One line per paragraph and per table row; paragraphs in a `Heading N` or
        `标题 N` style, or with an outline level, are declared headings. The title
        is the document's Title property.

    Raises:
        MissingExtraError: python-docx is not installed.
        FormatError: The file is not a readable .docx.
        EmptyInputError: The document holds no text.
    """
    docx = require("docx", "docx")
    if data.startswith(_OLE_MAGIC):
        raise FormatError(
            "an old .doc or password-protected Word file; remove the password and save it as .docx"
        )
    _check_inflated_size(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document, document.element.body))
        title = (document.core_properties.title or "").strip()
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml... errors on bad input
        raise FormatError(
            f"not a readable .docx file ({type(exc).__name__}); re-save it from Word or export it as .txt"
        ) from None
    return assemble(blocks, title)

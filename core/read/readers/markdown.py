"""Markdown: `#` and underlined headings declared, list marks and emphasis stripped, code left out.

markdown-it-py (already installed with rich) parses the CommonMark block structure,
so a `#` inside a code fence or a `-` inside a paragraph is never mistaken for
structure. Each output line keeps the line number it had in the .md file, so the
`line` of a section points into the file the user has.
"""

from __future__ import annotations

from typing import Any

from ...errors import EmptyInputError
from ..decoding import decode
from .document import ReadDocument

_LINE_BREAKS = frozenset({"softbreak", "hardbreak"})


def _inline_lines(children: list[Any]) -> list[str]:
    """Plain text of an inline token, one string per source line."""
    lines = [""]
    for child in children:
        if child.type in _LINE_BREAKS:
            lines.append("")
        elif child.type in ("text", "code_inline"):
            lines[-1] += child.content
        elif child.type == "image":
            lines[-1] += "".join(c.content for c in child.children or ())
    return lines


def read_markdown(data: bytes, encoding: str | None = None) -> ReadDocument:
    """Read a Markdown report.

    Headings (`#` or underlined) are declared with their level, except a leading
    `# ` title, which stays as is so that it becomes the document title exactly as
    in a .txt file. Paragraph, list and quote text is kept without its marks;
    fenced and indented code blocks are not summarized (their lines are blank).

    Args:
        data: The file's bytes.
        encoding: A codec name to use instead of detection.

    Returns:
        The text, line for line with the file, and its declared headings.

    Raises:
        DecodeError: The bytes are not text in the chosen encoding.
        EmptyInputError: Nothing but code and markup is left.
    """
    from markdown_it import MarkdownIt

    source = decode(data, encoding)
    tokens = MarkdownIt("commonmark").parse(source)
    out = [""] * (source.count("\n") + 1)
    headings: dict[int, int] = {}
    title: str | None = None
    heading_level = 0
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "inline" and token.map is not None:
            first = token.map[0]
            parts = _inline_lines(token.children or [])
            if heading_level:
                text = " ".join(p.strip() for p in parts if p.strip())
                if heading_level == 1 and title is None and not any(s.strip() for s in out[:first]):
                    title, out[first] = text, f"# {text}"
                else:
                    out[first] = text
                    headings[first + 1] = heading_level
                continue
            for offset, part in enumerate(parts):
                out[first + offset] = part.strip()
    text = "\n".join(out)
    if not text.strip():
        raise EmptyInputError("no text to summarize (the Markdown holds only code or markup)")
    return ReadDocument(text, title, headings)

"""Splitting a report into titled sections of sentences.

The lines of a report are read in order and grouped into blocks:

- **Page furniture** at the top of a saved web page (`下载`, `【字号：…】`,
  `您的位置：首页 > …`) is an untitled front section of its own; so is each run
  of furniture inside the front matter.
- **Front matter**: the document title (a first line that reads as a title, a
  leading Markdown `#`, the one declared heading above all others, or a `标题`
  metadata line), metadata and `来源：` lines, `——` sub-titles and everything up
  to a `各位代表：` salutation. Unnumbered headings are not looked for there; all
  of it is the untitled front section.
- **Headings**: Markdown `#` lines; numbered lines (`第一部分`, `一、`, `（一）`, `1.`,
  `（1）`) short enough to stand alone; *inline* headings, a paragraph that starts
  with `一、`/`（一）` and whose lead sentence is short (the lead is the section
  title and also its first sentence); unnumbered short lines without end
  punctuation, one or two in a row (a title and its sub-title are one heading; three
  or more short lines are a list or a table). A bare number on the line after a
  heading (`1`) belongs to it. Furniture lines are never headings, and neither is
  a line cut off by a zero-width line (a Wikisource link split out of a sentence).
- **Paragraphs**: a line that ends mid-sentence, or a line that starts with
  punctuation, continues the paragraph above (hard-wrapped text, scrape fragments).
- **Appendices**: `附件`/`附件1`/`名词解释`/`注释` headings start appendix sections
  (with a short title line under them joined in: `附件：2025年民生实事项目`); the
  headings inside an appendix are its items, appendix sections below it.
- **Trailer**: a licence footer or end mark (`本作品…`, `责任编辑`, `（完）`), or page
  furniture after the last paragraph (`相关报道：`), starts an untitled appendix
  section that runs to the end, or to the next report's first part (a standalone
  `一、…`/`第一部分…`) when one file holds several reports one after another.

Levels and parents come from nesting (`core/parse/levels.py`): a heading sits one level
below the heading it belongs to, whatever its numbering style.

Every non-whitespace character of the input ends up in exactly one section, in
order: in a heading or in a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import ParsedDocument
from . import furniture as fu
from . import headings as hd
from .blocks import Line, assemble_sections
from .frontmatter import find_title, front_end
from .reader import Reader

_INDENT_BREAK = re.compile("\u3000{2,}")


def _wrapped_on(first: Line, nxt: Line) -> bool:
    """Is `nxt` the wrapped tail of an indented first line (a paragraph, not a title)?"""
    if not first.indented or nxt.indented:
        return False
    key = nxt.key
    starts_block = hd.is_metadata(key) or hd.is_dash_line(key) or hd.is_salutation(key)
    return not (starts_block or hd.numbered_style(key))


def _title_span(lines: list[Line], declared: Mapping[int, int]) -> tuple[str | None, int, int]:
    """The document title and the (start, end) indices of its lines.

    The title is looked for after the page furniture at the top; zero-width lines
    before it go with it. A declared heading is the title when it is the first line
    there and every other declared heading is deeper (the `<h1>` above `<h2>`s).
    """
    lead = fu.leading_furniture([ln.key for ln in lines])
    first = lead
    while first < len(lines) and lines[first].empty:
        first += 1
    if first >= len(lines):
        return None, lead, lead
    if lines[first].number in declared:
        depth = declared[lines[first].number]
        others = [d for n, d in declared.items() if n != lines[first].number]
        if (others and min(others) <= depth) or not hd.is_title_line(lines[first].key):
            return None, lead, lead
        return lines[first].key, lead, first + 1
    nxt = lines[first + 1] if first + 1 < len(lines) else None
    if nxt is not None and (nxt.number == lines[first].number or _wrapped_on(lines[first], nxt)):
        return None, lead, lead  # a lead-in on the line of its paragraph, or a hard-wrapped paragraph
    title, taken = find_title([ln.key for ln in lines[first:]])
    return title, lead, (first + taken if taken else lead)


def parse_document(text: str, headings: Mapping[int, int] | None = None) -> ParsedDocument:
    """Split a report's text into sections of sentences.

    Args:
        text: The decoded report; `\\n`, `\\r\\n` or `\\r` line ends.
        headings: Headings a file format declares (Word heading styles, HTML
            `<h1>`-`<h6>`, PDF outlines), as 1-based line number -> depth. Those
            lines are headings; their levels are relative (the shallowest below
            the document title is level 1), and the other lines are classified
            as plain text would be, nested inside the declared outline.

    Returns:
        The document with its title and its sections in input order, each
        with its level and the index of its parent section.
    """
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # Text whose line breaks were lost keeps its paragraph indents: `…。　　事件评论　　我们…`.
    lines = [
        Line(n, piece.strip(), hd.clean(piece), k > 0 or piece[:1].isspace())
        for n, raw in enumerate(raw_lines, start=1)
        for k, piece in enumerate(_INDENT_BREAK.split(raw))
        if piece.strip()
    ]
    del raw_lines  # each line's text is now its `Line`'s, let go as the reader passes it
    if not lines:
        return ParsedDocument(None, ())
    # Lines that are only zero-width characters carry no rules but must not be lost.
    for ln in lines:
        if not ln.key:
            ln.key, ln.empty = ln.text, True
    declared = dict(headings or {})
    title, start, end = _title_span(lines, declared)
    body_start = front_end([ln.key for ln in lines], end)
    reader = Reader(lines, declared)
    del lines  # the reader owns them, and lets them go as it walks
    openers, sentences = reader.read((start, end), body_start)
    del reader
    return ParsedDocument(title, tuple(assemble_sections(openers, sentences)))

"""Splitting a report into titled sections of sentences.

The lines of a report are read in order and grouped into blocks:

- **Front matter**: the document title (a first line that names a kind of
  document, a leading Markdown `#`, or a `标题` metadata line), metadata and
  `来源：` lines, `——` sub-titles and everything up to a `各位代表：` salutation.
  Unnumbered headings are not looked for there; all of it is the untitled front
  section.
- **Headings**: Markdown `#` lines; numbered lines (`第一部分`, `一、`, `（一）`, `1.`,
  `（1）`) short enough to stand alone; *inline* headings, a paragraph that starts
  with `一、`/`（一）` and whose lead sentence is short (the lead is the section
  title and also its first sentence); unnumbered short lines without end
  punctuation, one or two in a row (a title and its sub-title are one heading; three
  or more short lines are a list or a table). A bare number on the line after a
  heading (`1`) belongs to it.
- **Paragraphs**: a line that ends mid-sentence, or a line that starts with
  punctuation, continues the paragraph above (hard-wrapped text, scrape fragments).
- **Trailing matter**: `附件`/`名词解释` headings start appendix sections; a licence
  footer or page chrome (`本作品…`, `责任编辑`, `（完）`) starts an untitled appendix
  section that runs to the end.

Levels come from the heading styles present: numbered styles keep their usual
order (`一、` above `（一）` above `1.`), and unnumbered headings rank above all of
them when they come first, else just below the heading before them.

Every non-whitespace character of the input ends up in exactly one section, in
order: in a heading or in a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import ParsedDocument, SectionKind
from . import headings as hd
from .blocks import Block, Line, assemble_sections, split_paragraph
from .frontmatter import find_title, front_end
from .levels import StyleKey, assign_levels, plain_key
from .sentences import CLOSERS, ENDERS

_NON_INITIAL = frozenset("，。、；：！？）」”』》…%,.;:!?)")
_PARA_END = ENDERS | frozenset("：:")
_INDENT_BREAK = re.compile("\u3000{2,}")
# Three headings of one numbering style with nothing between them are a table of
# contents or a list; real sections have body text.
_TOC_RUN = 3


def _continues(prev: str, line: str, *, new_paragraph: bool = False) -> bool:
    """Does `line` carry on the paragraph whose last line is `prev`?

    `new_paragraph` says the line is indented in a text whose indents mark paragraphs.
    """
    if line[0] in _NON_INITIAL:
        return True
    if new_paragraph:
        return False
    tail = prev.rstrip("".join(CLOSERS)) or prev
    if tail[-1] in _PARA_END or prev[-1] in CLOSERS:
        return False
    return hd.numbered_style(line) is None and hd.markdown_heading(line) is None


def _plain_run(lines: list[Line], k: int) -> int:
    """End of the run of unnumbered heading-like lines starting at `k`."""
    j = k
    while (
        j < len(lines)
        and hd.numbered_style(lines[j].key) is None
        and hd.markdown_heading(lines[j].key) is None
        and hd.is_plain_heading_like(lines[j].key)
        and not hd.is_trailer(lines[j].key)
        and not hd.is_appendix_heading(lines[j].key)
    ):
        j += 1
    return j


def _numbered_run(lines: list[Line], k: int, rank: int) -> int:
    """End of the run of standalone numbered lines of one style starting at `k`."""
    pattern = hd.NUMBERED_STYLES[rank][0]
    first = pattern.match(lines[k].key)
    j = k + 1
    while j < len(lines) and hd.is_standalone_numbered(lines[j].key):
        m = pattern.match(lines[j].key)
        if m is None or first is None or m.group() == first.group():
            break  # another style, or the numbering starts again: the body after a contents list
        j += 1
    return j


class _Reader:
    """Walks the lines once, turning them into heading and paragraph blocks."""

    def __init__(self, lines: list[Line], declared: Mapping[int, int]) -> None:
        self.lines = lines
        self.declared = declared
        self.blocks: list[Block] = []
        self.para: Block | None = None
        self.plain_style: StyleKey | None = None
        # Indents mark paragraphs when some lines have them and others (wrapped ones) do not.
        indented = sum(ln.indented for ln in lines)
        self.indents_mark = len(lines) >= 5 and 0.1 * len(lines) < indented < 0.9 * len(lines)

    def continues(self, ln: Line) -> bool:
        """Does `ln` carry on the open paragraph?"""
        if self.para is None:
            return False
        return _continues(self.para.lines[-1].key, ln.key, new_paragraph=self.indents_mark and ln.indented)

    def close(self) -> None:
        if self.para is not None:
            split_paragraph(self.para)  # now, so that an inline heading's style is known below it
            self.blocks.append(self.para)
            self.para = None

    def add_heading(self, block: Block) -> None:
        self.close()
        self.blocks.append(block)

    def attach_number(self, block: Block, k: int) -> int:
        """Take a bare number on the line after a heading into it."""
        if k < len(self.lines) and hd.is_number_only(self.lines[k].key):
            block.lines.append(self.lines[k])
            return k + 1
        return k

    def body_line(self, k: int, *, mayjoin_lines: bool) -> None:
        ln = self.lines[k]
        if mayjoin_lines and self.continues(ln):
            self.para.lines.append(ln)
            return
        self.close()
        style = hd.numbered_style(ln.key)
        inline = ("num", float(style[0])) if style and style[1] else None
        self.para = Block([ln], inline_style=inline)

    def heading_at(self, k: int, body_start: int) -> int | None:
        """Read a heading starting at line `k`; the index after it, or None."""
        key = self.lines[k].key
        md = hd.markdown_heading(key)
        if md:
            block = Block([self.lines[k]], True, ("md", float(md[0])), md[1])
            self.add_heading(block)
            return self.attach_number(block, k + 1)
        style = hd.numbered_style(key)
        if style:
            if not hd.is_standalone_numbered(key):
                return None
            end = _numbered_run(self.lines, k, style[0])
            if end - k >= _TOC_RUN:  # a table of contents or a list, not empty sections
                for j in range(k, end):
                    self.body_line(j, mayjoin_lines=False)
                return end
            block = Block([self.lines[k]], True, ("num", float(style[0])), key)
            self.add_heading(block)
            return self.attach_number(block, k + 1)
        if k < body_start or not hd.is_plain_heading_like(key):
            return None
        end = _plain_run(self.lines, k)
        if end == k:
            return None
        after = end + 1 if end < len(self.lines) and hd.is_number_only(self.lines[end].key) else end
        if end - k > 2 or after >= len(self.lines) or self.lines[after].key[0] in _NON_INITIAL:
            for j in range(k, end):  # a list, a table or a fragment: body text
                self.body_line(j, mayjoin_lines=True)
            return end
        self.close()
        if self.plain_style is None:  # fixed where the first unnumbered heading appears
            self.plain_style = plain_key(self.previous_style())
        title = "：".join(ln.key for ln in self.lines[k:end])
        block = Block(self.lines[k:end], True, self.plain_style, title)
        self.add_heading(block)
        return self.attach_number(block, end)

    def declared_heading(self, k: int) -> int:
        """Read a heading the file format declared; the index after it.

        Word and HTML authors often style only a title line and leave its sub-title
        (`深刻领悟“两个结合”` / `抓理论学习`) as a short plain line: that line joins the
        heading, as it would in plain text, when body text follows it.
        """
        ln = self.lines[k]
        block = Block([ln], True, ("declared", float(self.declared[ln.number])), ln.key)
        nxt = k + 1
        if (
            nxt < len(self.lines)
            and self.lines[nxt].number not in self.declared
            and hd.numbered_style(self.lines[nxt].key) is None
            and hd.is_plain_heading_like(self.lines[nxt].key)
            and _plain_run(self.lines, nxt) == nxt + 1
            and nxt + 1 < len(self.lines)
            and self.lines[nxt + 1].number not in self.declared
        ):
            block.lines.append(self.lines[nxt])
            block.title = f"{ln.key}：{self.lines[nxt].key}"
            nxt += 1
        self.add_heading(block)
        return nxt

    def previous_style(self) -> StyleKey | None:
        for block in reversed(self.blocks):
            if block.style is not None and block.kind is SectionKind.body:
                return block.style
            if block.inline_style is not None and block.title is not None:
                return block.inline_style
        return None

    def read(self, start: int, body_start: int) -> list[Block]:
        mode = "body"  # then "appendix" after 附件/名词解释, "trailer" after a licence footer
        k = start
        while k < len(self.lines):
            ln = self.lines[k]
            joins = self.continues(ln)
            if ln.number in self.declared:
                k = self.declared_heading(k)
                continue
            if mode != "trailer" and k >= body_start and hd.is_trailer(ln.key) and (self.blocks or self.para):
                self.add_heading(Block([], True, kind=SectionKind.appendix))  # untitled, no heading line
                mode = "trailer"
            elif mode != "trailer" and k >= body_start and not joins and hd.is_appendix_heading(ln.key):
                self.add_heading(Block([ln], True, None, ln.key.rstrip("：:"), SectionKind.appendix))
                mode = "appendix"
                k += 1
                continue
            elif mode == "body" and not joins:
                nxt = self.heading_at(k, body_start)
                if nxt is not None:
                    k = nxt
                    continue
            self.body_line(k, mayjoin_lines=k >= body_start)
            k += 1
        self.close()
        return self.blocks


def parse_document(text: str, headings: Mapping[int, int] | None = None) -> ParsedDocument:
    """Split a report's text into sections of sentences.

    Args:
        text: The decoded report; `\\n`, `\\r\\n` or `\\r` line ends.
        headings: Headings a file format declares (Word heading styles, HTML
            `<h1>`-`<h6>`, PDF outlines), as 1-based line number -> level. Those
            lines are headings of that level; the other lines are classified as
            plain text would be, ranked below the declared levels.

    Returns:
        The document with its title and its sections in input order.
    """
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # Text whose line breaks were lost keeps its paragraph indents: `…。　　事件评论　　我们…`.
    lines = [
        Line(n, piece.strip(), hd.clean(piece), k > 0 or piece[:1].isspace())
        for n, raw in enumerate(raw_lines, start=1)
        for k, piece in enumerate(_INDENT_BREAK.split(raw))
        if piece.strip()
    ]
    if not lines:
        return ParsedDocument(None, ())
    # Lines that are only zero-width characters carry no rules but must not be lost.
    for ln in lines:
        if not ln.key:
            ln.key = ln.text
    declared = dict(headings or {})
    title, start = find_title([ln.key for ln in lines]) if lines[0].number not in declared else (None, 0)
    blocks = _Reader(lines, declared).read(start, front_end([ln.key for ln in lines], start))
    levels = assign_levels([b.style if b.heading else (b.inline_style if b.title else None) for b in blocks])
    return ParsedDocument(title, tuple(assemble_sections(lines[:start], blocks, levels)))

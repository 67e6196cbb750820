"""The line walker behind `parse_document`: lines in, heading and paragraph blocks out.

One pass over the lines (`core/parse/sections.py` describes what it recognises). Each
decision looks at the line, the open paragraph and a bounded run of lines ahead, so the
walk is linear in the number of lines.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import SectionKind, Sentence
from . import furniture as fu
from . import headings as hd
from . import lookahead as lk
from .blocks import Block, Line, opens_section, split_paragraph
from .levels import APPENDIX, PLAIN
from .sentences import HARD_ENDERS

# Three headings of one numbering style with nothing between them are a table of
# contents or a list; real sections have body text.
_TOC_RUN = 3


# What a line the walk has passed is replaced with: every look at the lines is at the
# current one, the ones after it, or the one just before.
_PASSED = Line(0, "", "", empty=True)


class Reader:
    """Walks the lines once, turning them into heading and paragraph blocks.

    It owns `lines`: each line the walk has passed is let go (`_PASSED`), so that a
    paragraph's lines are freed when it is closed and their memory holds the next
    paragraphs' sentences, instead of being left in holes when the parse ends.
    """

    def __init__(self, lines: list[Line], declared: Mapping[int, int]) -> None:
        self.lines = lines
        self.passed = 0  # lines before this index are let go
        self.declared = declared
        self.blocks: list[Block] = []  # the blocks that open sections
        self.sentences: list[Sentence] = []  # every sentence so far, in order
        self.para: Block | None = None
        self.kind = SectionKind.body  # appendix after 附件/名词解释
        self.furniture = False  # inside a run of front-matter furniture
        self.last_paragraph = lk.last_paragraph(lines)
        self.paragraphs = 0  # closed so far (they number the next one)
        # Indents mark paragraphs when some lines have them and others (wrapped ones) do not.
        indented = sum(ln.indented for ln in lines)
        self.indents_mark = len(lines) >= 5 and 0.1 * len(lines) < indented < 0.9 * len(lines)

    def pass_to(self, k: int) -> None:
        """Let go of the lines before `k - 1` (the walk is at `k` and never looks further back)."""
        for j in range(self.passed, k - 1):
            self.lines[j] = _PASSED
        self.passed = max(self.passed, k - 1)

    def continues(self, ln: Line) -> bool:
        """Does `ln` carry on the open paragraph?"""
        if self.para is None:
            return False
        return lk.continues(self.para.lines[-1].key, ln.key, new_paragraph=self.indents_mark and ln.indented)

    def close(self) -> None:
        if self.para is not None:
            # Now, so that an inline heading's style is known below it.
            split_paragraph(self.para, self.sentences, self.paragraphs)
            self.paragraphs += 1
            # A paragraph without an inline heading is done with: its sentences are in
            # `sentences`, and its block and lines go now, so that the memory they held
            # is reused by the next paragraphs' sentences (not left in holes at the end).
            if opens_section(self.para):
                self.blocks.append(self.para)
            self.para = None

    def add_heading(self, block: Block) -> None:
        self.close()
        block.kind = self.kind if block.style is not None else block.kind
        block.first = len(self.sentences)
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

    def numbered_heading(self, k: int, rank: int) -> int | None:
        key = self.lines[k].key
        # An item followed by its fields (`年度目标：…`, `主办单位：…`) is a heading however long.
        item = k + 1 < len(self.lines) and hd.starts_field(self.lines[k + 1].key) and hd.is_item_line(key)
        if not (item or hd.is_standalone_numbered(key)):
            return None
        end = lk.numbered_run(self.lines, k, rank)
        if end - k >= _TOC_RUN:  # a table of contents or a list, not empty sections
            for j in range(k, end):
                self.body_line(j, mayjoin_lines=False)
            return end
        title = key.rstrip("".join(HARD_ENDERS)) if item else key
        block = Block([self.lines[k]], True, ("num", float(rank)), title)
        self.add_heading(block)
        return self.attach_number(block, k + 1)

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
            return self.numbered_heading(k, style[0])
        if k < body_start or not hd.is_plain_heading_like(key) or fu.is_furniture(key):
            return None
        end = lk.plain_run(self.lines, k)
        if end == k:
            return None
        after = end + 1 if end < len(self.lines) and hd.is_number_only(self.lines[end].key) else end
        if (
            end - k > 2
            or after >= len(self.lines)
            or self.lines[after].key[0] in lk.NON_INITIAL
            or self.lines[after].empty  # a zero-width line: a link split out of a sentence
        ):
            for j in range(k, end):  # a list, a table or a fragment: body text
                self.body_line(j, mayjoin_lines=True)
            return end
        title = "：".join(ln.key for ln in self.lines[k:end])
        block = Block(self.lines[k:end], True, PLAIN, title)
        self.add_heading(block)
        return self.attach_number(block, end)

    def appendix_heading(self, k: int) -> int:
        """Open an appendix at line `k`; a short title line under it joins the heading."""
        self.close()
        self.kind = SectionKind.appendix
        ln, nxt = self.lines[k], k + 1
        block = Block([ln], True, APPENDIX, ln.key.rstrip("：:"))
        if (
            nxt + 1 < len(self.lines)
            and hd.numbered_style(self.lines[nxt].key) is None
            and not hd.is_appendix_heading(self.lines[nxt].key)
            and lk.plain_run(self.lines, nxt) == nxt + 1
        ):
            block.lines.append(self.lines[nxt])
            block.title = f"{block.title}：{self.lines[nxt].key}"
            nxt += 1
        self.add_heading(block)
        return nxt

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
            and lk.plain_run(self.lines, nxt) == nxt + 1
            and nxt + 1 < len(self.lines)
            and self.lines[nxt + 1].number not in self.declared
        ):
            block.lines.append(self.lines[nxt])
            block.title = f"{ln.key}：{self.lines[nxt].key}"
            nxt += 1
        self.add_heading(block)
        return nxt

    def front_line(self, k: int) -> None:
        """A line of the front matter; a run of furniture in it is a section of its own."""
        furniture = fu.is_furniture(self.lines[k].key) or (
            self.furniture and fu.is_punctuation_only(self.lines[k].key)
        )
        if furniture != self.furniture:
            self.add_heading(Block([], True, kind=SectionKind.front, furniture=furniture))
            self.furniture = furniture
        self.body_line(k, mayjoin_lines=False)

    def starts_trailer(self, k: int) -> bool:
        key = self.lines[k].key
        return fu.is_licence(key) or (k > self.last_paragraph and fu.is_furniture(key))

    def trailer(self, k: int) -> int:
        """Read the trailer that starts at line `k`; the index after it.

        It runs to the end of the text, or to the next report's first part (`一、…`,
        `第一部分…` standing alone) when a file holds several reports one after another
        (`cat *.txt | tiyao summarize -`): their licence footers are not the end.
        """
        self.add_heading(Block([], True, kind=SectionKind.appendix, furniture=True))
        for j in range(k, len(self.lines)):  # link fragments join, furniture lines stand alone
            self.pass_to(j)
            key = self.lines[j].key
            if j > k and lk.opens_next_report(self.lines, j):
                return j
            alone = fu.is_furniture(key) or fu.is_furniture(self.lines[j - 1].key)
            self.body_line(j, mayjoin_lines=not alone)
        return len(self.lines)

    def read(self, title: tuple[int, int], body_start: int) -> tuple[list[Block], list[Sentence]]:
        """The blocks that open sections, and every sentence.

        `title` is the (start, end) of the title lines.
        """
        k = 0
        while k < len(self.lines):
            self.pass_to(k)
            ln = self.lines[k]
            if k == title[0] < title[1]:
                self.add_heading(Block(self.lines[k : title[1]], True, kind=SectionKind.front))
                self.furniture, k = False, title[1]
                continue
            declared = ln.number in self.declared
            if k < body_start and not declared:
                self.front_line(k)
                k += 1
                continue
            if declared and not hd.is_appendix_heading(ln.key):
                k = self.declared_heading(k)
                continue
            joins = self.continues(ln) and not declared
            if (self.blocks or self.paragraphs or self.para) and self.starts_trailer(k):
                k = self.trailer(k)
                continue
            if not joins and hd.is_appendix_heading(ln.key):
                k = self.appendix_heading(k)
                continue
            if not joins:
                nxt = self.heading_at(k, body_start)
                if nxt is not None:
                    k = nxt
                    continue
            self.body_line(k, mayjoin_lines=True)
            k += 1
        self.close()
        return self.blocks, self.sentences

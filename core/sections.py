"""Splitting a report into titled sections of sentences.

A heading is a short line without end punctuation, a numbered line (`一、`,
`第一部分`, `（一）`, `1.`) or a Markdown `#` line. Consecutive heading lines with
no body between them form one heading (a title line and its sub-title, as in
`深刻领悟“两个结合”` / `抓理论学习`) unless the later one is numbered. Text before
the first heading is a front section with no title. Every sentence of the input
lands in exactly one section.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from tiyao.core.model import ParsedDocument, Section, SectionKind, Sentence
from tiyao.core.sentences import ENDERS, split_sentences

# A heading that says more than this is a paragraph; the longest numbered
# headings in the sample government reports run to about 30 characters.
MAX_HEADING_CHARS = 40

_CN_NUM = "一二三四五六七八九十百零〇"
_NUMBERED = (
    (re.compile(rf"^第[{_CN_NUM}\d]+[部分章节篇]"), 1),
    (re.compile(rf"^[{_CN_NUM}]+[、．.]"), 1),
    (re.compile(rf"^[（(][{_CN_NUM}]+[）)]"), 2),
    (re.compile(r"^\d{1,2}[、．.](?!\d)"), 3),
    (re.compile(r"^[（(]\d{1,2}[）)]"), 4),
)
_MARKDOWN = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_NO_END = ENDERS | frozenset("，,、：:")
_HAS_TEXT = re.compile(r"[\w\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class _Heading:
    text: str  # as in the input, stripped
    title: str  # without Markdown marks
    level: int
    numbered: bool


def _classify_heading(line: str) -> _Heading | None:
    md = _MARKDOWN.match(line)
    if md:
        return _Heading(line, md.group(2), len(md.group(1)), True)
    if len(line) > MAX_HEADING_CHARS or not _HAS_TEXT.search(line):
        return None
    tail = line.rstrip('”’"」』》）)')
    if not tail or tail[-1] in _NO_END:
        return None
    for pattern, level in _NUMBERED:
        if pattern.match(line):
            return _Heading(line, line, level, True)
    if line.isdigit():  # page numbers and list markers on their own line
        return None
    return _Heading(line, line, 1, False)


def parse_document(text: str, headings: Mapping[int, int] | None = None) -> ParsedDocument:
    """Split a report's text into sections of sentences.

    Args:
        text: The decoded report, lines separated by `\\n`.
        headings: Headings a file format declares (Word heading styles, HTML
            `<h1>`-`<h6>`, PDF outlines), as 1-based line number -> level. Those
            lines are headings of that level; the other lines are classified as
            plain text would be.

    Returns:
        The document with its title (a leading Markdown `#` title, if any) and
        its sections in input order.
    """
    lines = text.split("\n")
    sections: list[Section] = []
    doc_title: str | None = None

    # The section being built: heading lines, level, line number, sentences.
    heading_lines: list[_Heading] = []
    head_line = 0
    sentences: list[Sentence] = []
    paragraph = 0
    index = 0
    first_line = True

    def close_section() -> None:
        if heading_lines:
            title = "：".join(h.title for h in heading_lines)
            heading = "".join(h.text for h in heading_lines)
            sections.append(
                Section(title, heading_lines[0].level, head_line, SectionKind.body, heading, tuple(sentences))
            )
        elif sentences or title_line:
            line = head_line if title_line else sentences[0].line
            sections.append(Section(None, 0, line, SectionKind.front, title_line, tuple(sentences)))

    title_line: str | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        is_first_line = first_line
        first_line = False
        if headings and number in headings:
            heading: _Heading | None = _Heading(line, line, headings[number], True)
        else:
            heading = _classify_heading(line)
        if heading is not None:
            if is_first_line and heading.text.startswith("# "):
                # A leading Markdown H1 is the document's title, kept in the front section.
                doc_title, title_line, head_line = heading.title, heading.text, number
                continue
            if heading_lines and not sentences and not heading.numbered:
                heading_lines.append(heading)  # a sub-title under the heading above
                continue
            close_section()
            heading_lines, head_line, sentences = [heading], number, []
            continue
        for text_ in split_sentences(line):
            sentences.append(Sentence(text_, index, number, paragraph))
            index += 1
        paragraph += 1
    close_section()
    return ParsedDocument(doc_title, tuple(sections))

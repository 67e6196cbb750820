"""Line rules that look past the line itself: at the paragraph above, or at the lines ahead.

The reader (`core/parse/reader.py`) walks the lines once and asks these: does a line
carry on the open paragraph, where does a run of heading-like lines end, where is the
report's last paragraph, does a line inside a trailer open the next report. Each looks
at a bounded number of lines, so the walk stays linear.
"""

from __future__ import annotations

import re

from . import headings as hd
from .blocks import Line
from .sentences import CLOSERS, ENDERS, HARD_ENDERS

NON_INITIAL = frozenset("，。、；：！？）」”』》…%,.;:!?)")
_PARA_END = ENDERS | frozenset("：:")
# The first top-level heading of a report: after a trailer, the next report in the file.
_FIRST_PART = re.compile(r"一[、．.]|第[一1][部分章节篇编]")
_SUB_PART_RANK = 2  # the rank of `（一）` in headings.NUMBERED_STYLES


def continues(prev: str, line: str, *, new_paragraph: bool = False) -> bool:
    """Does `line` carry on the paragraph whose last line is `prev`?

    `new_paragraph` says the line is indented in a text whose indents mark paragraphs.
    """
    if line[0] in NON_INITIAL:
        return True
    if new_paragraph:
        return False
    tail = prev.rstrip("".join(CLOSERS)) or prev
    if tail[-1] in _PARA_END or prev[-1] in CLOSERS or hd.is_field(prev):
        return False
    if hd.starts_field(line) and hd.numbered_style(prev):
        return False  # the `年度目标：` field under a numbered item
    return hd.numbered_style(line) is None and hd.markdown_heading(line) is None


def plain_run(lines: list[Line], k: int) -> int:
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


def numbered_run(lines: list[Line], k: int, rank: int) -> int:
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


def _is_prose(key: str) -> bool:
    """Longer than a heading, with a finished sentence in it: report text."""
    return len(key) > hd.MAX_HEADING_CHARS and any(c in HARD_ENDERS for c in key)


def last_paragraph(lines: list[Line]) -> int:
    """Index of the last line that is report text (a finished sentence or a numbered heading).

    Furniture after it (`相关报道：` and its links) is the page's trailer.
    """
    for k in range(len(lines) - 1, -1, -1):
        key = lines[k].key
        if hd.numbered_style(key) or _is_prose(key):
            return k
    return -1


def opens_next_report(lines: list[Line], k: int) -> bool:
    """Does line `k`, inside a trailer, open another report's first part?

    It is `一、…` or `第一部分…` standing alone, followed by its text or by its `（一）`
    sub-heading (a link list's `一、二季度经济数据发布` is followed by more links).
    """
    key = lines[k].key
    if not (_FIRST_PART.match(key) and hd.is_standalone_numbered(key)) or k + 1 >= len(lines):
        return False
    following = lines[k + 1].key
    style = hd.numbered_style(following)
    return _is_prose(following) or (style is not None and style[0] == _SUB_PART_RANK)

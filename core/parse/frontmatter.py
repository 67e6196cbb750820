"""Where a report's front matter ends, and its title.

Front matter is what comes before the body: the title line, `来源：`/`【作者】`
metadata, datelines, a `——在…会议上` sub-title with the speaker's name and date
under it, and everything up to a `各位代表：` salutation. It is one untitled
section, and no unnumbered heading is looked for inside it.
"""

from __future__ import annotations

from . import furniture as fu
from . import headings as hd

# How far into a report a salutation (`各位代表：`) still closes the front matter.
FRONT_SCAN_LINES = 12
# Lines under a `——` sub-title that still belong to it: the speaker, the date.
_LINES_UNDER_SUBTITLE = 2
# A title line's tail that a scrape put on a line of its own is a character or two.
_SPLIT_TAIL = 2
_WRAP_WIDTH = 20


def find_title(lines: list[str]) -> tuple[str | None, int]:
    """The document title and how many leading lines it takes (0, 1 or 2).

    Args:
        lines: The report's non-blank lines, stripped, from the first line
            that is not page furniture.

    Returns:
        A leading Markdown `#` title; else a first line that reads as a title
        (short, no sentence end, not numbered, not front matter) and has text
        after it, with a one- or two-character line under it that a scrape split
        off (`政府工作报` / `告`); else the value of a `标题` metadata line (which
        stays a line of the front section).
    """
    first = lines[0]
    md = hd.markdown_heading(first)
    if md and md[0] == 1:
        return md[1], 1
    nxt = lines[1] if len(lines) > 1 else ""
    # Two lines of the same width are a hard-wrapped paragraph, not a title above text.
    wrapped = len(first) >= _WRAP_WIDTH and abs(len(first) - len(nxt)) <= 1 and not hd.numbered_style(nxt)
    if nxt and not wrapped and hd.is_title_line(first):
        if (
            len(lines) > 2
            and len(nxt) <= _SPLIT_TAIL
            and not hd.looks_like_title(first)
            and hd.looks_like_title(first + nxt)
        ):
            return first + nxt, 2
        return first, 1
    for line in lines[:FRONT_SCAN_LINES]:
        title = hd.metadata_title(line)
        if title:
            return title, 0
    return None, 0


def front_end(lines: list[str], start: int) -> int:
    """Index of the first line after the front matter.

    Args:
        lines: The report's non-blank lines, stripped.
        start: Index of the first line after the title.

    Returns:
        The line after a salutation found early, before any numbered heading;
        else the line after the leading run of metadata and sub-title lines.
    """
    for k in range(start, min(start + FRONT_SCAN_LINES, len(lines))):
        if hd.numbered_style(lines[k]) or hd.markdown_heading(lines[k]):
            break
        if hd.is_salutation(lines[k]):
            return k + 1
    k = start
    while k < len(lines):
        if hd.is_metadata(lines[k]) or fu.is_furniture(lines[k]):
            k += 1
        elif hd.is_dash_line(lines[k]):
            k += 1
            under = 0
            while k < len(lines) and under < _LINES_UNDER_SUBTITLE and hd.is_plain_heading_like(lines[k]):
                k, under = k + 1, under + 1
        else:
            break
    return k

"""HTML pages nested too deeply for libxml2, read as a stream of tags instead of a tree.

libxml2 refuses to build a tree deeper than 2,048 elements, even with `huge_tree`, and
lxml then returns an empty page: a report inside 5,000 `<div>`s lost all its text.
Python's `html.parser` builds no tree, so depth costs it nothing; this reader keeps the
tree reader's rules (blocks, headings, table rows, dropped furniture) but reads the
whole `<body>`, as it cannot look ahead for a single `<main>` or `<article>`.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from .document import table_row
from .html import _BLOCKS, _DROPPED, _DROPPED_ROLES, _HEADINGS, _clean

# Elements that never have content or an end tag (the HTML standard's void elements).
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, int | None]] = []
        self.title: str | None = None
        self._open: list[str] = []  # tags opened and not yet closed
        self._counts: Counter[str] = Counter()  # the same, counted: an end tag's lookup in O(1)
        self._dropped_at: int | None = None  # depth of the dropped element we are inside
        self._inline: list[str] = []
        self._cells: list[str] | None = None  # inside a <tr>
        self._in_title = False

    def _flush(self, level: int | None = None) -> None:
        self.blocks.append((_clean("".join(self._inline)), level))
        self._inline.clear()

    def _push(self, tag: str) -> None:
        if tag not in _VOID:
            self._open.append(tag)
            self._counts[tag] += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True  # inside <head>, which is dropped otherwise
        if self._dropped_at is not None:
            self._push(tag)
            return
        role = (dict(attrs).get("role") or "").lower()
        if tag in _DROPPED or role in _DROPPED_ROLES:
            self._dropped_at = len(self._open)
        elif tag in _HEADINGS or tag in _BLOCKS or tag in ("tr", "br"):
            self._flush()
            if tag == "tr":
                self._cells = []
            elif tag in ("td", "th") and self._cells is not None:
                self._cells.append("")
        elif tag in ("td", "th") and self._cells is not None:
            self._cells.append("")
        self._push(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self._counts[tag]:
            return  # a stray end tag, as browsers ignore it
        while self._open:
            closed = self._open.pop()
            self._counts[closed] -= 1
            self._close(closed)
            if closed == tag:
                break

    def _close(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._dropped_at is not None:
            if len(self._open) == self._dropped_at:
                self._dropped_at = None
            return
        if tag in _HEADINGS:
            self._flush(_HEADINGS[tag])
        elif tag == "tr" and self._cells is not None:
            self._inline.clear()
            self.blocks.append((table_row(self._cells), None))
            self._cells = None
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = _clean((self.title or "") + data)
        elif self._dropped_at is None:
            if self._cells:
                self._cells[-1] += data
            self._inline.append(data)


def stream_blocks(text: str) -> tuple[list[tuple[str, int | None]], str | None]:
    """Cut a decoded HTML page into blocks without building a tree.

    Args:
        text: The page.

    Returns:
        (text, heading level or None) blocks in reading order, and the `<title>`.
    """
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.blocks, parser.title

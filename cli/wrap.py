"""Line breaking for Chinese text in a terminal.

Rich breaks lines only at whitespace and folds a longer run at the width
(`rich/_wrap.py::divide_line` + `cells.chop_cells`), and it has no line-breaking rules
for CJK text; so a Chinese sentence, which has no spaces, broke at any cell: `。` or `、`
first on a line, `超过1`/`26万`/`亿元`. Here a line may break between any two hanzi, but
- never inside a run of Latin letters or digits, nor between a number and its unit
  (`126万亿元`, `5.5%`, `12个`), nor inside a protected span (a figure, a keyword);
- never before closing punctuation nor after opening punctuation (the 行首/行尾禁则 of
  GB/T 15834 and JIS X 4051 that word processors and browsers follow).
A piece with no break opportunity that is wider than the line is folded at the width:
no text is ever dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rich.cells import cell_len, get_character_cell_size

# A line must not start with these: closing brackets and quotes, stops, commas, trailing signs.
NO_START = frozenset("。．，、；：？！）］｝〕〉》」』】〗〙〛”’%％‰℃·・～…—,.;:?!)]}")
# A line must not end with these: opening brackets and quotes.
NO_END = frozenset("（［｛〔〈《「『【〖〘〚“‘([{")
# Units written right after digits; they stay on the digits' line (`1206万人`, `3亿辆`).
UNITS = frozenset("万亿千百元个件项人户家所次场份条倍岁年月日时吨亩斤米克度名辆台套座")
_NUMBER_INNER = frozenset("0123456789０１２３４５６７８９.．,%％‰")


def _glued(prev: str, cur: str) -> bool:
    if prev.isascii() and cur.isascii():
        return not (prev.isspace() or cur.isspace())  # a Latin word, a number, `No.1`, `COVID-19`
    if prev in _NUMBER_INNER or prev.isdigit():
        return cur in _NUMBER_INNER or cur.isdigit() or cur in UNITS
    return prev in UNITS and cur in UNITS  # `万亿元`, `万人`


def break_opportunities(text: str, keep: Iterable[tuple[int, int]] = ()) -> list[bool]:
    """Where a line may break: `ok[i]` is True when a line may start at `text[i]`.

    Args:
        text: One paragraph (no newlines).
        keep: (start, end) spans that must stay on one line (figures, keywords).

    Returns:
        A list of len(text) + 1 booleans; `ok[0]` is always False.
    """
    ok = [False] * (len(text) + 1)
    for i in range(1, len(text)):
        prev, cur = text[i - 1], text[i]
        if cur.isspace():
            continue  # break after spaces, never before them
        if prev.isspace():
            ok[i] = True
        elif not (cur in NO_START or prev in NO_END or _glued(prev, cur)):
            ok[i] = True
    for start, end in keep:
        for i in range(start + 1, min(end, len(text))):
            ok[i] = False
    return ok


def wrap(text: str, width: int, keep: Iterable[tuple[int, int]] = (), first: int | None = None) -> list[int]:
    """The offsets at which to break `text` so that every line fits `width` cells.

    Greedy, as Rich's own wrapping: a line takes all that fits and ends at its last break
    opportunity. Linear in the text (a carried-over piece is re-read once).

    Args:
        text: One paragraph (no newlines).
        width: Cells per line.
        keep: Spans that must not be broken (see `break_opportunities`).
        first: Cells of the first line, when it differs (a hanging indent).

    Returns:
        Increasing offsets into `text`, for `rich.text.Text.divide`.
    """
    ok = break_opportunities(text, keep)
    breaks: list[int] = []
    limit = width if first is None else first
    start = cells = 0
    last_ok = -1
    i = 0
    while i < len(text):
        w = get_character_cell_size(text[i])
        if ok[i] and i > start:
            last_ok = i
        if cells + w > limit and i > start and not text[i].isspace():
            cut = last_ok if last_ok > start else i
            breaks.append(cut)
            # the carried-over characters start the next line: read them again
            start, cells, last_ok, i, limit = cut, 0, -1, cut, width
            continue
        cells += w
        i += 1
    return breaks


def narrowest(text: str, keep: Iterable[tuple[int, int]] = ()) -> int:
    """Cells of the widest piece that cannot be broken: the least width that needs no folding."""
    ok = break_opportunities(text, keep)
    widest = cells = 0
    for i, ch in enumerate(text):
        if ok[i]:
            cells = 0
        cells += get_character_cell_size(ch)
        widest = max(widest, cells)
    return widest


def spans_of(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Every (start, end) where one of `words` occurs in `text`."""
    spans = []
    for word in words:
        start = text.find(word) if word else -1
        while start != -1:
            spans.append((start, start + len(word)))
            start = text.find(word, start + len(word))
    return spans


def wrap_text(text: Any, width: int, keep: Iterable[str] = (), first: int | None = None) -> Iterator[Any]:
    """The lines of a Rich `Text` (styles kept) wrapped by the rules above, each right-stripped."""
    keep = tuple(keep)
    for paragraph in text.split("\n", allow_blank=True):
        plain = paragraph.plain
        for line in paragraph.divide(wrap(plain, width, spans_of(plain, keep), first)):
            line.rstrip()
            yield line
        first = None


class Wrapped:
    """A Rich renderable: a `Text` wrapped by these rules at whatever width it is given
    (a table cell asks for its measurement, then renders it at the column's width)."""

    def __init__(self, text: Any, keep: Iterable[str] = ()) -> None:
        from rich.text import Text

        self.text = text if isinstance(text, Text) else Text(text)
        self.keep = tuple(keep)

    def __rich_console__(self, console: Any, options: Any) -> Iterator[Any]:
        for line in wrap_text(self.text, options.max_width, self.keep):
            line.no_wrap = True
            yield line

    def __rich_measure__(self, console: Any, options: Any) -> Any:
        from rich.measure import Measurement

        parts = self.text.plain.split("\n")
        low = max(narrowest(p, spans_of(p, self.keep)) for p in parts)
        high = max(cell_len(p) for p in parts)
        return Measurement(min(low, options.max_width), min(high, options.max_width))

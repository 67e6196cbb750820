"""Heading levels and parents from the nesting of heading styles.

A style is `(family, rank)`: `("md", n)` for `#`×n, `("num", r)` for the numbering
styles in `headings.NUMBERED_STYLES`, `("declared", n)` for headings a file format
declares at depth n, `("plain", 0)` for unnumbered headings, `("appendix", 0)` for
`附件`/`名词解释` headings.

A heading's level is one below the heading it sits under, so the same style can
sit at different depths in different parts: a report whose first part has
unnumbered sub-headings and whose second part has `（一）` ones gets level 2 for
both. What a heading sits under is decided by a stack of the open headings:

- a style already open closes everything opened after it (the next `二、` after
  `一、` and its `（一）`s is a sibling of `一、`);
- a numbering style closes deeper numbering (`一、` closes an open `（一）`);
- a declared or Markdown heading closes deeper declared ones and every detected
  (numbered or unnumbered) heading, which live inside the declared outline;
- an appendix heading closes everything; nothing but another appendix heading
  closes an appendix, which owns what is numbered inside it.

The stack holds each style at most once, so it is as deep as the number of
styles in use and the whole pass is linear in the number of headings.
"""

from __future__ import annotations

StyleKey = tuple[str, float]

PLAIN: StyleKey = ("plain", 0.0)
APPENDIX: StyleKey = ("appendix", 0.0)
_EXPLICIT = frozenset(("md", "declared"))


def _closes(new: StyleKey, open_: StyleKey) -> bool:
    """Does a heading of style `new` end the open heading of style `open_`?"""
    if new == APPENDIX:
        return True
    if open_ == APPENDIX:
        return False
    if new[0] in _EXPLICIT:
        return open_[0] not in _EXPLICIT or open_[1] >= new[1]
    return new[0] == "num" and open_[0] == "num" and open_[1] > new[1]


def nest_headings(styles: list[StyleKey]) -> list[tuple[int, int | None]]:
    """Give each heading its level and the index of the heading it sits under.

    Args:
        styles: The style of each heading, in document order.

    Returns:
        `(level, parent)` per heading: level 1 for a heading under no other,
        parent the index (in `styles`) of the enclosing heading or None.
    """
    stack: list[tuple[StyleKey, int]] = []  # (style, heading index), outermost first
    placed: list[tuple[int, int | None]] = []
    for k, style in enumerate(styles):
        cut = next((d for d, (open_, _) in enumerate(stack) if open_ == style), None)
        if cut is None:
            cut = next((d for d, (open_, _) in enumerate(stack) if _closes(style, open_)), len(stack))
        del stack[cut:]
        placed.append((len(stack) + 1, stack[-1][1] if stack else None))
        stack.append((style, k))
    return placed

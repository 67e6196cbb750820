"""Heading levels from heading styles.

A style is `(family, rank)`: `("md", n)` for `#`×n, `("num", r)` for the numbering
styles in `headings.NUMBERED_STYLES`, `("declared", level)` for headings a file
format declares, `("top", -1)` for unnumbered headings that come before any other.
Levels are the dense rank of the styles a document uses, so a report whose top
headings are `（一）` gets level 1 for them, and one that numbers from `一、` with
`（一）` below gets 1 and 2.
"""

from __future__ import annotations

StyleKey = tuple[str, float]

_FAMILY_ORDER = {"top": -1, "md": 0, "num": 1}


def plain_key(previous: StyleKey | None) -> StyleKey:
    """The style of unnumbered headings, fixed where the first one appears.

    Args:
        previous: The style of the heading before it, or None at the start.

    Returns:
        Above every other style when nothing came before; else just below the
        heading before it.
    """
    if previous is None or previous[0] in ("declared", "top"):
        return ("top", -1.0)
    return (previous[0], previous[1] + 0.5)


def assign_levels(styles: list[StyleKey | None]) -> list[int]:
    """Turn a document's heading styles into levels (0 where the style is None).

    Args:
        styles: One entry per block, in document order.

    Returns:
        Declared headings keep their declared level; detected styles get their
        dense rank, counted below the deepest declared level.
    """
    declared = [int(s[1]) for s in styles if s is not None and s[0] == "declared"]
    offset = max(declared, default=0)
    detected = sorted(
        {s for s in styles if s is not None and s[0] != "declared"},
        key=lambda s: (_FAMILY_ORDER[s[0]], s[1]),
    )
    rank = {s: offset + k + 1 for k, s in enumerate(detected)}
    return [0 if s is None else int(s[1]) if s[0] == "declared" else rank[s] for s in styles]

"""Section themes: a short label saying what a section is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

# How many keywords name an untitled section.
THEME_KEYWORDS = 3
# A label longer than this wraps in a table cell; government-report headings run to ~30.
MAX_THEME_CHARS = 16
# A head shorter than this says too little to stand for the whole title.
MIN_HEAD_CHARS = 4

_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d))\s*"
)
_BREAKS = re.compile(r"[：:，,；;——－—\s]")


def shorten_title(title: str) -> str:
    """A title cut to a label: numbering dropped, then the clause before the first break if long.

    Args:
        title: A section title.

    Returns:
        `一、坚持稳中求进` -> `坚持稳中求进`; a long `A：B` title -> `A`; a long
        title without a usable break -> its first MAX_THEME_CHARS characters and `…`.
    """
    label = _NUMBERING.sub("", title).strip() or title
    if len(label) <= MAX_THEME_CHARS:
        return label
    for brk in _BREAKS.finditer(label):
        if MIN_HEAD_CHARS <= brk.start() <= MAX_THEME_CHARS:
            return label[: brk.start()]
    return label[: MAX_THEME_CHARS - 1] + "…"


def theme_for(title: str | None, keywords: Sequence[str]) -> str:
    """Label a section by its (shortened) title, or by its top keywords when it has none.

    Args:
        title: The section's title, or None.
        keywords: The section's keywords, best first.

    Returns:
        The theme label (empty when an untitled section has no keywords).
    """
    if title:
        return shorten_title(title)
    return "·".join(keywords[:THEME_KEYWORDS])

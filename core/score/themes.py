"""Section themes: a label saying what a section is about.

A titled section's theme is its title without the numbering (`一、`, `（三）`, `1.`),
never cut (a table wraps it; `shorten_title` is there for a narrow one). An untitled
section is `(front matter)` or `(appendix)` by kind; an untitled body section is named
by the first clause of its first sentence, a phrase that reads, not a keyword join.
"""

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
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")
# An untitled section's phrase is at most this long.
MAX_PHRASE_CHARS = 24
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


def strip_numbering(title: str) -> str:
    """`一、坚持稳中求进` -> `坚持稳中求进` (the title itself when it is only numbering)."""
    return _NUMBERING.sub("", title).strip() or title


def theme_for(
    title: str | None, keywords: Sequence[str], kind: str = "body", first_sentence: str | None = None
) -> str:
    """Label a section (see the module docstring).

    Args:
        title: The section's title, or None.
        keywords: The section's keywords, best first: the label of last resort.
        kind: The section's kind (`front`, `body`, `appendix`).
        first_sentence: The section's first sentence, if any.

    Returns:
        The theme label (empty when an untitled body section has no text).
    """
    if title:
        return strip_numbering(title)
    if kind == "front":
        return "(front matter)"
    if kind == "appendix":
        return "(appendix)"
    if first_sentence:
        clause = _CLAUSE_END.split(first_sentence.strip(), maxsplit=1)[0]
        return clause if len(clause) <= MAX_PHRASE_CHARS else clause[: MAX_PHRASE_CHARS - 1] + "…"
    return "·".join(keywords[:THEME_KEYWORDS])

"""Section themes: a short label saying what a section is about."""

from __future__ import annotations

from collections.abc import Sequence

# How many keywords name an untitled section.
THEME_KEYWORDS = 3


def theme_for(title: str | None, keywords: Sequence[str]) -> str:
    """Label a section by its title, or by its top keywords when it has none.

    Args:
        title: The section's title, or None.
        keywords: The section's keywords, best first.

    Returns:
        The theme label (empty when an untitled section has no keywords).
    """
    if title:
        return title
    return "·".join(keywords[:THEME_KEYWORDS])

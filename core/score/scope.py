"""What each section's summary is drawn from: its own sentences, or its whole subtree
(`--depth N`), and which sentences a `--focus` word steers it to.

With a depth, every section of level <= N (and every untitled level-0 section) is a
root: its summary is drawn from its own sentences and those of all its descendants
(found through `Section.parent`); a deeper section is rolled up into its nearest root
ancestor and keeps its own entry, marked `rolled-up`, with no key sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ParsedDocument

ROLLED_UP = "rolled-up"  # `SectionSummary.hidden`: summarized as part of an ancestor
NO_FOCUS = "no-focus"  # `SectionSummary.hidden`: never mentions a --focus word


def section_roots(doc: ParsedDocument, depth: int | None) -> list[int]:
    """For each section, the section whose summary its sentences feed (itself without a depth).

    Args:
        doc: The parsed report; `parent` links give the tree.
        depth: Deepest level summarized on its own, or None for every section.

    Returns:
        One section index per section, in one pass (a parent precedes its children).
    """
    roots: list[int] = []
    for k, sec in enumerate(doc.sections):
        deep = depth is not None and sec.level > depth and sec.parent is not None
        roots.append(roots[sec.parent] if deep and sec.parent is not None else k)
    return roots


def mentions(texts: Sequence[str], words: Sequence[str]) -> list[bool]:
    """Does each text contain one of `words` (an empty list of words: every text does)?"""
    if not words:
        return [True] * len(texts)
    return [any(w in t for w in words) for t in texts]

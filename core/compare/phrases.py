"""Quoted phrases (提法) and key terms of two editions, with their counts."""

from __future__ import annotations

from collections.abc import Iterable

from ..score.figures import extract_phrases
from .model import CountChange

# A term's count "changed a lot" when it moved by at least this many mentions and
# its rate (mentions per character of the edition, so that a report half as long is
# not "half as much about" everything) by this factor: `改革` 12 → 20 in editions of
# the same length does, 12 → 14 does not.
MIN_TERM_DELTA = 5
MIN_TERM_RATIO = 1.5


def phrase_counts(text: str) -> dict[str, int]:
    """Each quoted phrase of `text` with how often it occurs, in order of first appearance."""
    return {phrase: text.count(phrase) for phrase in extract_phrases(text)}


def diff_phrases(old: dict[str, int], new: dict[str, int]) -> tuple[list[str], list[str], list[CountChange]]:
    """Phrases only in NEW, only in OLD, and every phrase whose count differs.

    Returns:
        (added, removed, changes): added in NEW's order, removed in OLD's order, changes
        in NEW's order then OLD's.
    """
    added = [p for p in new if p not in old]
    removed = [p for p in old if p not in new]
    changes = [
        CountChange(p, old.get(p, 0), n, "added" if p not in old else "changed")
        for p, n in new.items()
        if old.get(p, 0) != n
    ]
    changes += [CountChange(p, n, 0, "removed") for p, n in old.items() if p not in new]
    return added, removed, changes


def changed_a_lot(old: int, new: int, old_chars: int = 1, new_chars: int = 1) -> bool:
    """Has a count moved enough to be news (see MIN_TERM_DELTA, MIN_TERM_RATIO)?

    Args:
        old: Mentions in the old edition.
        new: Mentions in the new edition.
        old_chars: Length of the old edition (the counts are compared as rates).
        new_chars: Length of the new edition.
    """
    if abs(new - old) < MIN_TERM_DELTA:
        return False
    before, after = max(old, 1) / max(old_chars, 1), max(new, 1) / max(new_chars, 1)
    return max(before, after) >= MIN_TERM_RATIO * min(before, after)


def diff_terms(
    old_terms: Iterable[str],
    new_terms: Iterable[str],
    old_text: str,
    new_text: str,
    follow: Iterable[str] = (),
) -> list[CountChange]:
    """Key terms of either side that are new, gone, or much more or less frequent.

    Args:
        old_terms: The old edition's keywords (any order; duplicates ignored).
        new_terms: The new edition's keywords.
        old_text: Where old counts are taken.
        new_text: Where new counts are taken.
        follow: Terms to report whatever their counts (`--term`), status "followed" unless changed.

    Returns:
        One entry per term, NEW's keywords first (in the order given), then OLD's, then followed ones.
    """
    changes: list[CountChange] = []
    seen: set[str] = set()
    for term in [*dict.fromkeys(new_terms), *dict.fromkeys(old_terms), *dict.fromkeys(follow)]:
        if term in seen or not term:
            continue
        seen.add(term)
        before, after = old_text.count(term), new_text.count(term)
        if before == 0 and after:
            status = "added"
        elif after == 0 and before:
            status = "removed"
        elif changed_a_lot(before, after, len(old_text), len(new_text)):
            status = "changed"
        elif term in follow:
            status = "followed"
        else:
            continue
        changes.append(CountChange(term, before, after, status))
    return changes

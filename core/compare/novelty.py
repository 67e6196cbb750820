"""Key sentences of the new edition that the old one does not have."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .similarity import grams as _grams

# A new sentence has a "close counterpart" in the old edition when the Dice
# coefficient of their character-bigram sets reaches this. Read on the 160 key
# sentences of the six report pairs' matched sections: from 0.4 up they restate an
# old sentence (`经济结构和区域布局继续优化` / `经济结构不断优化` 0.4, `千方百计稳定和
# 扩大就业` / `多管齐下稳定和扩大就业` 0.6); at 0.3 they share a topic and stock words
# (`各位代表，奋斗创造历史…` / `各位代表，风劲好扬帆…`) but say something new.
NOVELTY_THRESHOLD = 0.4


def closest(sentence: str, pool: Sequence[frozenset[str]]) -> float:
    """The highest bigram Dice of `sentence` against a pool of bigram sets."""
    mine = _grams(sentence)
    if not mine:
        return 1.0
    best = 0.0
    for other in pool:
        if other:
            best = max(best, 2 * len(mine & other) / (len(mine) + len(other)))
    return best


def novel_sentences(
    picks: Iterable[str], old_sentences: Iterable[str], threshold: float = NOVELTY_THRESHOLD
) -> list[str]:
    """The sentences of `picks` with no counterpart at `threshold` or above among `old_sentences`.

    Args:
        picks: Key sentences of the new edition (or section), in order.
        old_sentences: Every sentence of the old edition (or matched section).
        threshold: See NOVELTY_THRESHOLD.

    Returns:
        The novel picks, in their order.
    """
    pool = [_grams(s) for s in old_sentences]
    return [p for p in picks if closest(p, pool) < threshold]

"""Text similarity for comparing two editions: character bigrams, no tokenizer.

Character bigrams need no word segmentation (jieba splits the same term differently
in different contexts) and cost one pass over the text, so aligning two reports
stays a small fraction of summarizing them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

# Ordinals and numbering that change between editions without changing what a
# title says: `三、`, `（十一）`, `2019年`, `第二部分`.
_NUMBERING = re.compile(
    r"^\s*(?:第?[一二三四五六七八九十百零〇\d]+[、．.)）]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[部分章节篇])\s*"
)
_YEARS = re.compile(r"\d{4}年|\d+")
_PUNCT = re.compile(r"[^\u4e00-\u9fff\w]")


def title_key(title: str | None) -> str:
    """A title without its numbering, years, digits and punctuation (what it says, not where it sits).

    Args:
        title: A section title, or None for an untitled section.

    Returns:
        The words of the title; empty for None.
    """
    if not title:
        return ""
    return _PUNCT.sub("", _YEARS.sub("", _NUMBERING.sub("", title)))


def bigrams(text: str) -> Counter[str]:
    """Counts of the character bigrams of `text` (punctuation and spaces removed first)."""
    text = _PUNCT.sub("", text)
    return Counter(text[k : k + 2] for k in range(len(text) - 1))


def grams(text: str) -> frozenset[str]:
    """The set of character bigrams of `text`, punctuation and spaces removed."""
    text = _PUNCT.sub("", text)
    return frozenset(text[k : k + 2] for k in range(len(text) - 1))


def dice_sets(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets, in [0, 1] (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def dice(a: str, b: str) -> float:
    """Dice coefficient of the bigram sets of two short strings (titles, sentences), in [0, 1]."""
    if a == b:
        return 1.0 if a else 0.0
    sa = {a[k : k + 2] for k in range(len(a) - 1)}
    sb = {b[k : k + 2] for k in range(len(b) - 1)}
    if not sa or not sb:
        return 0.0
    return 2 * len(sa & sb) / (len(sa) + len(sb))


def idf_weights(profiles: Iterable[Mapping[str, int]]) -> dict[str, float]:
    """Inverse document frequency of each bigram over a set of section profiles."""
    profiles = list(profiles)
    df: Counter[str] = Counter()
    for profile in profiles:
        df.update(profile.keys())
    total = len(profiles) + 1
    return {gram: math.log(total / count) for gram, count in df.items()}

"""Text similarity for comparing two editions: character bigrams, no tokenizer.

Character bigrams need no word segmentation (jieba splits the same term differently
in different contexts) and cost one pass over the text, so aligning two reports
stays a small fraction of summarizing them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

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


def grams(text: str) -> frozenset[str]:
    """The set of character bigrams of `text`, punctuation and spaces removed."""
    text = _PUNCT.sub("", text)
    return frozenset(map(str.__add__, text, text[1:]))  # C-level pairing: no Python loop per character


def dice_sets(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets, in [0, 1] (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def tfidf_rows(texts: Sequence[str]) -> Any:
    """Tf-idf weighted character-bigram counts of each text (a sparse matrix, one row per text).

    Bigrams are coded as pairs of code points with numpy, so no Python loop runs per
    character; idf is taken over `texts` themselves (log((n + 1) / document frequency)).
    """
    import numpy as np
    from scipy.sparse import csr_matrix

    codes, rows = [], []
    for row, text in enumerate(texts):
        points = np.frombuffer(_PUNCT.sub("", text).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        codes.append((points[:-1] << np.uint64(32)) | points[1:])
        rows.append(np.full(max(len(points) - 1, 0), row, dtype=np.int64))
    code = np.concatenate(codes) if codes else np.zeros(0, dtype=np.uint64)
    vocab, columns = np.unique(code, return_inverse=True)
    counts = csr_matrix(
        (np.ones(len(code)), (np.concatenate(rows) if rows else code, columns.ravel())),
        shape=(len(texts), len(vocab)),
    )
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=len(vocab))
    idf = np.log((len(texts) + 1) / np.maximum(df, 1))
    return csr_matrix(counts.multiply(idf[None, :]))


def unit_rows(matrix: Any) -> Any:
    """The rows of a sparse matrix scaled to unit length (zero rows stay zero)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))

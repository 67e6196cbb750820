"""Choosing summary sentences: maximal marginal relevance under length budgets.

Greedy MMR (Carbonell & Goldstein 1998): each step takes the sentence with the
best `score - REDUNDANCY * max similarity to those already chosen`, and never one
whose cosine to a chosen sentence reaches `NEAR_DUPLICATE`, so two near-identical
sentences are never both in a summary. Each step compares the candidates with the
last chosen sentence only (one sparse product), so selecting k of n sentences
costs O(k n) time and O(n) memory; a pool of at most SMALL_POOL (a section)
takes all its cosines in one product instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Cosine at or above which two sentences say the same thing (repeated boilerplate,
# a sentence quoted again in a later section).
NEAR_DUPLICATE = 0.8
# Weight of redundancy against salience; tuned with the scoring weights.
REDUNDANCY = 0.15
# Up to this many candidates, their full cosine matrix (SMALL_POOL² floats) is cheaper.
SMALL_POOL = 256


def select_sentences(
    scores: Sequence[float],
    vectors: Any,
    candidates: Sequence[int],
    count: int,
    *,
    lengths: Sequence[int],
    max_chars: int | None = None,
    redundancy: float = REDUNDANCY,
    first: Sequence[int] = (),
    groups: Sequence[int] | None = None,
    spread: float = 0.0,
) -> list[int]:
    """Pick up to `count` salient, mutually distinct sentences within a character budget.

    Args:
        scores: Salience of every sentence of the document (best as a float64 array).
        vectors: Row-normalised sparse TF-IDF matrix, one row per sentence.
        candidates: Indices (into `scores`) the choice is made from.
        count: How many sentences at most.
        lengths: Character length of every sentence (an array: a pool is filtered in one step).
        max_chars: Total characters the picks may not exceed; a sentence that
            would exceed it is passed over for a shorter one. None: no limit.
        redundancy: Weight of the similarity penalty.
        first: Candidates chosen before any other, in this order, when they fit
            (a genre's anchor sentence, such as a work report's targets).
        groups: A group (a report's top-level part) for every sentence of the document.
        spread: Taken off a candidate's gain for each sentence already chosen from its
            group, so the picks spread over the groups while the budget lasts.

    Returns:
        The chosen indices in document order; ties go to the earlier sentence.
    """
    import numpy as np

    at = np.asarray(candidates, dtype=np.int64)
    if max_chars is not None:
        at = at[np.asarray(lengths)[at] <= max_chars]
    if not len(at) or count <= 0:
        return []
    # A section's pool is small: one product gives every pairwise cosine at once,
    # instead of one sparse product per step. The document pool keeps O(n) memory:
    # its rows are not copied out of `vectors` (each step multiplies them in place),
    # and each step's arrays are updated in place.
    gram = _pool_cosines(vectors, at) if len(at) <= SMALL_POOL else None
    forced = [k for i in first for k in np.flatnonzero(at == i)[:1].tolist()]
    base = np.asarray(scores, dtype=np.float64)[at]
    worst_overlap = np.zeros(len(at))  # max cosine to any chosen sentence
    crowding = np.zeros(len(at))  # spread x picks already made from the candidate's group
    group = np.asarray(groups)[at] if groups is not None and spread else None
    alive = np.ones(len(at), dtype=bool)
    gain = np.empty(len(at))
    chosen: list[int] = []
    used = 0
    while len(chosen) < count and alive.any():
        # base - redundancy * worst_overlap - crowding, formed in place (the same floats).
        np.multiply(worst_overlap, -redundancy, out=gain)
        gain += base
        gain -= crowding
        gain[~alive] = -np.inf
        best = int(np.argmax(gain))  # argmax returns the first maximum: the earlier sentence
        if forced:
            best = forced.pop(0)
        alive[best] = False
        index = int(at[best])
        length = int(lengths[index])
        if max_chars is not None and used + length > max_chars:
            continue
        chosen.append(index)
        used += length
        overlap = gram[best] if gram is not None else (vectors @ vectors[index].T).toarray().ravel()[at]
        np.maximum(worst_overlap, overlap, out=worst_overlap)
        if group is not None:
            crowding[group == group[best]] += spread
        alive &= worst_overlap < NEAR_DUPLICATE
    return sorted(chosen)


def _pool_cosines(vectors: Any, pool: Sequence[int]) -> Any:
    """`(rows @ rows.T).toarray()` for `rows = vectors[pool]`, bit for bit, in a few numpy calls.

    scipy's product costs ~0.15 ms of checks and conversions per call, which a report
    with hundreds of sections pays once each. The same sums are formed here in the
    same order: for each pair of rows, the products of their shared words in the left
    row's column order, added one by one (`bincount` adds its weights in array order).
    """
    import numpy as np

    m = len(pool)
    at = np.asarray(pool, dtype=np.int64)
    starts = vectors.indptr[at]
    sizes = vectors.indptr[at + 1] - starts
    rows = np.repeat(np.arange(m), sizes)
    take = np.repeat(starts - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()))
    cols, vals = vectors.indices[take], vectors.data[take]
    by_word = np.argsort(cols, kind="stable")  # each word's entries in row order
    # Group the sorted entries by word (no np.unique: it would sort them again).
    sorted_cols = cols[by_word]
    opens = np.ones(len(cols), dtype=bool)
    opens[1:] = sorted_cols[1:] != sorted_cols[:-1]
    first = np.flatnonzero(opens)  # where each word's entries start, in sorted order
    count = np.diff(np.append(first, len(cols)))
    word = np.empty(len(cols), dtype=np.int64)
    word[by_word] = np.cumsum(opens) - 1  # each entry's word group
    size = count[word]
    # Every entry is paired with every entry of its word: left in CSR order, right by row.
    left = np.repeat(np.arange(len(cols)), size)
    right = by_word[np.repeat(first[word] - (np.cumsum(size) - size), size) + np.arange(int(size.sum()))]
    sums = np.bincount(rows[left] * m + rows[right], weights=vals[left] * vals[right], minlength=m * m)
    return sums.reshape(m, m)

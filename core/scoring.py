"""Sentence salience: how central each sentence is to its document.

Each sentence becomes an L2-normalised TF-IDF vector over its jieba words; its
score is the cosine to the document centroid. This is linear in the number of
sentences (no n x n similarity matrix), and sparse throughout.
"""

from __future__ import annotations

from collections.abc import Sequence


def score_sentences(token_lists: Sequence[Sequence[str]]) -> list[float]:
    """Score sentences by TF-IDF centroid similarity.

    Args:
        token_lists: The content words of each sentence, in document order.

    Returns:
        One score in [0, 1] per sentence, the best sentence scoring 1; all zero
        when no sentence shares a word with another.
    """
    # numpy/scipy cost ~0.2 s to import; --help and parse-only commands skip them.
    import numpy as np
    from scipy import sparse

    n = len(token_lists)
    if n == 0:
        return []
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, tokens in enumerate(token_lists):
        for tok in tokens:
            rows.append(row)
            cols.append(vocab.setdefault(tok, len(vocab)))
    counts = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(n, max(len(vocab), 1)), dtype=np.float64
    )
    counts.sum_duplicates()
    doc_freq = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + n) / (1 + doc_freq)) + 1.0
    weighted = counts.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    unit = sparse.diags(1.0 / norms) @ weighted
    centroid = np.asarray(unit.mean(axis=0)).ravel()
    scores = unit @ centroid
    top = float(scores.max())
    if top <= 0:
        return [0.0] * n
    return [float(s) for s in scores / top]


def pick_top(scores: Sequence[float], count: int) -> list[int]:
    """Indices of the `count` best scores, returned in ascending (document) order.

    Ties go to the earlier position, so the choice is deterministic.

    Args:
        scores: One score per sentence.
        count: How many to pick.

    Returns:
        Up to `count` indices into `scores`, sorted.
    """
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return sorted(ranked[:count])

"""Token ids: a document's words as small integer ids into one vocabulary, not lists of strings.

Scoring needs, per sentence, only which words it holds. As Python lists of strings
that cost a pointer per word plus a list object per sentence (~13 bytes per input
byte of a long report, before the copies features made of them); here it is 2 bytes
per word (4 past 65,536 distinct words) in one flat array for the whole document,
with a vocabulary of the distinct words. Everything scoring asks of the words (TF-IDF
rows, a section's keywords, which sentences hold a word) is computed from the ids with
numpy, and gives the same numbers, in the same order, as the computations over
strings it replaces.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from .tokens import idf_table, is_keyword_candidate, tokenize

# Up to this many distinct words, ids are stored as uint16 (2 bytes a word), else int32.
_SMALL_VOCABULARY = 1 << 16


class _Vocabulary(dict[str, int]):
    """Word -> id, a new word getting the next id (so ids follow first appearance)."""

    def __missing__(self, word: str) -> int:
        self[word] = len(self)
        return len(self) - 1


@dataclass(frozen=True, slots=True)
class TokenIds:
    """The content words of a document's sentences, as ids.

    It reads as the list of token lists it replaces (`len`, indexing and iteration
    give each sentence's words), for callers that want strings.

    Attributes:
        words: The vocabulary, id -> word, in order of first appearance.
        ids: The ids of every sentence's words, sentence after sentence (numpy uint16,
            int32 for a vocabulary of more than 65,536 words).
        starts: n + 1 offsets (numpy int64): sentence i's ids are `ids[starts[i]:starts[i + 1]]`.
        candidate: Per id, may the word be a keyword (`tokens.is_keyword_candidate`); bool array.
        idf: Per id, the word's IDF (float64); a word `idf_table` does not list has its
            `rare` value, as in `tokens.keyword_weights`.
    """

    words: tuple[str, ...]
    ids: Any
    starts: Any
    candidate: Any
    idf: Any

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, i: int) -> list[str]:
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        return [self.words[k] for k in self.ids[self.starts[i] : self.starts[i + 1]].tolist()]

    def __iter__(self) -> Iterator[list[str]]:
        return (self[i] for i in range(len(self)))

    def gather(self, rows: Sequence[int]) -> Any:
        """The ids of the sentences `rows`, in that order, as one array."""
        import numpy as np

        if not len(rows):
            return self.ids[:0]
        first, last = rows[0], rows[-1]
        if last - first + 1 == len(rows) and list(rows) == list(range(first, last + 1)):
            return self.ids[self.starts[first] : self.starts[last + 1]]  # a run: a view, no copy
        return np.concatenate([self.ids[self.starts[i] : self.starts[i + 1]] for i in rows])

    def mask(self, keep: Callable[[str], bool]) -> Any:
        """A boolean per vocabulary id: does its word pass `keep`?"""
        import numpy as np

        return np.fromiter(map(keep, self.words), dtype=bool, count=len(self.words))

    def sentences_with(self, word_id: int) -> Any:
        """Indices of the sentences that hold the word `word_id`, ascending, each once."""
        import numpy as np

        at = np.flatnonzero(self.ids == word_id)
        return np.unique(np.searchsorted(self.starts, at, side="right") - 1)


def token_ids(texts: Iterable[str]) -> TokenIds:
    """Tokenize sentences (`tokens.tokenize`) straight into ids.

    Args:
        texts: The sentences, in document order.

    Returns:
        Their content words; no list of strings is kept for the whole document.
    """
    return _build(tokenize(t) for t in texts)


def as_token_ids(token_lists: TokenIds | Iterable[Iterable[str]]) -> TokenIds:
    """`token_lists` as `TokenIds` (returned as is when it already is)."""
    return token_lists if isinstance(token_lists, TokenIds) else _build(token_lists)


def _build(token_lists: Iterable[Iterable[str]]) -> TokenIds:
    import numpy as np

    vocab = _Vocabulary()
    # Filled as uint16 ("H") while the vocabulary fits, so no int32 buffer of the whole
    # document is made and dropped (freeing one would also raise glibc's mmap threshold,
    # leaving later arrays in a heap it does not give back).
    ids = array("H")
    starts = array("q", [0])
    lookup = vocab.__getitem__
    for tokens in token_lists:
        words = list(map(lookup, tokens))
        if ids.typecode == "H" and len(vocab) > _SMALL_VOCABULARY:
            ids = array("i", ids)
        ids.extend(words)
        starts.append(len(ids))
    dtype = np.uint16 if ids.typecode == "H" else np.int32
    flat = np.frombuffer(ids, dtype=dtype) if ids else np.zeros(0, dtype=dtype)
    words = tuple(vocab)
    # Once per document: scoring and every section's keywords read them.
    candidate = np.fromiter(map(is_keyword_candidate, words), dtype=bool, count=len(words))
    idf_map, rare = idf_table()
    # map over dict.get with a repeated default: one C call per word, no generator frame.
    idf = np.fromiter(map(idf_map.get, words, repeat(rare)), dtype=np.float64, count=len(words))
    return TokenIds(words, flat, np.frombuffer(starts, dtype=np.int64), candidate, idf)


# Sentences per step of the loops below: bounds their temporary arrays (a few MB),
# whatever the length of the document.
CHUNK = 1 << 15


def count_rows(tokens: TokenIds, keep: Any) -> Any:
    """Sparse term counts: one row per sentence, one column per kept word.

    Built `CHUNK` sentences at a time into arrays sized for every kept word, so the
    peak is the matrix itself plus a chunk's temporaries.

    Args:
        tokens: The document's words.
        keep: Boolean per vocabulary id; columns number the kept words in id order
            (first appearance).

    Returns:
        A canonical CSR matrix (sorted indices, duplicates summed) of float64 counts.
    """
    import numpy as np
    from scipy import sparse

    column = (np.cumsum(keep) - 1).astype(np.int32)
    n, width = len(tokens), max(int(keep.sum()), 1)
    kept_total = int(np.count_nonzero(keep[tokens.ids])) if n else 0
    data = np.empty(kept_total, dtype=np.float64)
    indices = np.empty(kept_total, dtype=np.int32)
    indptr = np.zeros(n + 1, dtype=np.int64)
    size = 0
    for first in range(0, n, CHUNK):
        last = min(n, first + CHUNK)
        bounds = tokens.starts[first : last + 1]
        ids = tokens.ids[bounds[0] : bounds[-1]]
        kept = keep[ids]
        local = np.searchsorted(np.flatnonzero(kept), bounds - bounds[0])  # the chunk's indptr
        part = sparse.csr_matrix((np.ones(local[-1]), column[ids[kept]], local), shape=(last - first, width))
        part.sum_duplicates()
        data[size : size + part.nnz] = part.data
        indices[size : size + part.nnz] = part.indices
        indptr[first + 1 : last + 1] = part.indptr[1:] + size
        size += part.nnz
    # Shrink in place (duplicates merged): no copy of the whole matrix.
    data.resize(size, refcheck=False)
    indices.resize(size, refcheck=False)
    counts = sparse.csr_matrix((data, indices, indptr), shape=(n, width))
    counts.sum_duplicates()  # a no-op check: every chunk was canonical
    return counts


def tfidf_rows(tokens: TokenIds, content: Any) -> Any:
    """Row-normalised TF-IDF of the content words (`content`: a boolean per vocabulary id)."""
    import numpy as np

    counts = count_rows(tokens, content)
    weights = tokens.idf[content]
    # Scale the stored entries in place, `CHUNK` rows at a time: no intermediate
    # sparse products, and temporaries of a chunk's size (each row's norm is summed
    # in one `bincount`, entry after entry, whatever the chunk).
    for first in range(0, len(tokens), CHUNK):
        bounds = counts.indptr[first : first + CHUNK + 1]
        data = counts.data[bounds[0] : bounds[-1]]
        data *= weights[counts.indices[bounds[0] : bounds[-1]]]
        rows = np.repeat(np.arange(len(bounds) - 1), np.diff(bounds))
        norms = np.sqrt(np.bincount(rows, weights=data**2, minlength=len(bounds) - 1))
        norms[norms == 0] = 1.0
        data *= (1.0 / norms)[rows]
    return counts


def share_of(tokens: TokenIds, word_ids: Sequence[int], values: Sequence[float]) -> Any:
    """Per sentence, `sum(values[k] for each k whose word it holds)`, summed in the order of `word_ids`."""
    import numpy as np

    # Bit k: the sentence holds word_ids[k] (Python ints past 62 words: a long title's).
    held = np.zeros(len(tokens), dtype=np.int64 if len(word_ids) <= 62 else object)
    for k, word in enumerate(word_ids):
        held[tokens.sentences_with(word)] |= 1 << k
    # Few distinct combinations: each sum is taken once, in Python, as over the words themselves.
    masks, combination = np.unique(held, return_inverse=True)
    sums = [sum(v for k, v in enumerate(values) if m >> k & 1) for m in masks.tolist()]
    return np.asarray(sums, dtype=np.float64)[combination.reshape(-1)]


def document_weights(tokens: TokenIds) -> tuple[Any, Any]:
    """`weighted_counts` over the whole document, without a sort.

    Ids number the words in order of first appearance in the document, so that
    order is the ids' own: counting per id (`bincount`, a chunk at a time) is enough.
    """
    import numpy as np

    counts = np.zeros(len(tokens.words), dtype=np.int64)
    step = CHUNK * 8  # bincount counts a copy of its input as intp: 8 bytes an id
    for first in range(0, len(tokens.ids), step):
        counts += np.bincount(tokens.ids[first : first + step], minlength=len(tokens.words))
    found = np.flatnonzero(tokens.candidate & (counts > 0))
    return found, counts[found] * tokens.idf[found]


def weighted_counts(ids: Any, candidate: Any, idf: Any) -> tuple[Any, Any]:
    """Term frequency x IDF of the candidate words among `ids`, in order of first appearance.

    The same weights, in the same order, as `tokens.keyword_weights` on the words.

    Args:
        ids: Word ids (a section's, or the document's).
        candidate: Boolean per vocabulary id: may the word be a keyword?
        idf: IDF per vocabulary id (float64).

    Returns:
        `(words, weights)`: the candidate ids present and their weights.
    """
    import numpy as np

    ids = ids[candidate[ids]]
    found, first, counts = np.unique(ids, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    found = found[order]
    return found, counts[order] * idf[found]


def heaviest(weights: Any, top: int) -> Any:
    """Positions of the `top` largest weights; ties go to the earlier (`tokens.top_keywords`)."""
    import numpy as np

    if top <= 0:
        return np.zeros(0, dtype=np.int64)
    return np.argsort(-weights, kind="stable")[:top]

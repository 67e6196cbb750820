"""One-to-one, order-preserving alignment of two reports' sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import ParsedDocument, Section
from .similarity import dice_sets, grams, tfidf_rows, title_key, unit_rows

# A pair of sections counts as the same part only above this similarity (title and
# content mixed as in `section_similarity`); measured on the national and provincial
# pairs, see the README.
MATCH_THRESHOLD = 0.12
TITLE_WEIGHT = 0.4
TREE_WEIGHT = 0.5


def _body(sec: Section) -> str:
    return "".join(s.text for s in sec.sentences)


def subtree_ends(sections: Sequence[Section]) -> list[int]:
    """For each section, the index after its last descendant (by `Section.parent`)."""
    ends = [k + 1 for k in range(len(sections))]
    for k in range(len(sections) - 1, -1, -1):  # children come after their parent
        parent = sections[k].parent
        if parent is not None:
            ends[parent] = max(ends[parent], ends[k])
    return ends


def _tree_sum(sections: Sequence[Section]) -> Any:
    """A 0/1 matrix whose row k selects section k and its descendants (rows @ vectors = subtree sums)."""
    from scipy.sparse import csr_matrix

    ends = subtree_ends(sections)
    rows = [k for k, end in enumerate(ends) for _ in range(k, end)]
    cols = [c for k, end in enumerate(ends) for c in range(k, end)]
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(sections), len(sections)))


def _text_cosines(old: ParsedDocument, new: ParsedDocument) -> tuple[Any, Any]:
    """Cosines of every old section with every new one: own texts, and texts with subsections."""
    vectors = tfidf_rows([_body(s) for s in (*old.sections, *new.sections)])
    old_v, new_v = vectors[: len(old.sections)], vectors[len(old.sections) :]
    own = unit_rows(old_v) @ unit_rows(new_v).T
    tree = unit_rows(_tree_sum(old.sections) @ old_v) @ unit_rows(_tree_sum(new.sections) @ new_v).T
    return own.toarray(), tree.toarray()


def similarity_matrix(old: ParsedDocument, new: ParsedDocument) -> list[list[float]]:
    """Similarity of every old section with every new one, in [0, 1].

    A pair's similarity mixes its titles' (bigram Dice, numbering and years left out)
    and its texts' (tf-idf cosine of character bigrams, idf over both editions'
    sections), each text taken alone and with its subsections, so that a part
    whose text sits in its subsections still finds its counterpart.
    """
    own, tree = _text_cosines(old, new)
    old_t = [grams(title_key(s.title)) for s in old.sections]
    new_t = [grams(title_key(s.title)) for s in new.sections]
    rows = []
    for i, a in enumerate(old.sections):
        row = []
        for j, b in enumerate(new.sections):
            if a.kind != b.kind or a.furniture != b.furniture:
                row.append(0.0)
            elif a.kind == "front" or a.furniture:
                row.append(1.0)  # one edition's front matter (or page furniture) is the other's
            else:
                content = (1 - TREE_WEIGHT) * float(own[i, j]) + TREE_WEIGHT * float(tree[i, j])
                if old_t[i] or new_t[j]:
                    content = TITLE_WEIGHT * dice_sets(old_t[i], new_t[j]) + (1 - TITLE_WEIGHT) * content
                row.append(min(1.0, content))
        rows.append(row)
    return rows


def align(
    sim: Sequence[Sequence[float]], threshold: float = MATCH_THRESHOLD
) -> list[tuple[int | None, int | None]]:
    """Order-preserving one-to-one matching maximizing the summed similarity above threshold.

    Dynamic programming as in sequence alignment (Needleman–Wunsch): a pair scores
    `sim - threshold`, a gap scores 0, so only pairs above the threshold are worth taking.
    """
    n = len(sim)
    m = len(sim[0]) if n else 0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] - threshold + best[i + 1][j + 1] if sim[i][j] > threshold else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] > threshold and best[i][j] == sim[i][j] - threshold + best[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return pairs


# The similarity matrix and the programme's table have one cell per pair of sections:
# past this many (about 1,400 sections a side) sections are paired by equal titles only.
MAX_CELLS = 2_000_000


def _by_titles(old: ParsedDocument, new: ParsedDocument) -> list[tuple[int | None, int | None]]:
    from difflib import SequenceMatcher

    old_keys = [title_key(s.title) or s.kind for s in old.sections]
    new_keys = [title_key(s.title) or s.kind for s in new.sections]
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    for block in SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_matching_blocks():
        pairs += [(k, None) for k in range(i, block.a)] + [(None, k) for k in range(j, block.b)]
        pairs += [(block.a + k, block.b + k) for k in range(block.size)]
        i, j = block.a + block.size, block.b + block.size
    return pairs


def align_sections(
    old: ParsedDocument, new: ParsedDocument
) -> tuple[list[tuple[int | None, int | None]], dict[tuple[int, int], float]]:
    """Align two editions' sections: the pairs in order, and the similarity of each matched pair.

    Args:
        old: The earlier edition.
        new: The later edition.

    Returns:
        Every section of both once, as (old index, new index), (old index, None) for a
        removed one or (None, new index) for an added one, in the order of both editions;
        and the similarity of each matched pair. Beyond MAX_CELLS pairs of sections,
        only sections with the same title (numbering and years aside) are matched.
    """
    if len(old.sections) * len(new.sections) > MAX_CELLS:
        pairs = _by_titles(old, new)
        return pairs, {(i, j): 1.0 for i, j in pairs if i is not None and j is not None}
    sim = similarity_matrix(old, new)
    pairs = align(sim)
    return pairs, {(i, j): sim[i][j] for i, j in pairs if i is not None and j is not None}

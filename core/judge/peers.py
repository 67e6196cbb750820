"""The systems `tiyao eval` scores beside tiyao, and the two budgets they are held to.

Each peer ranks a text's sentences, best first; `fit_budget` then keeps whole
sentences in rank order while they fit, and puts the kept ones back in document
order. The same rule serves every system, so `--budget reference` (each summary no
longer than its reference, the fair comparison between systems whose sentences are
of different lengths) and `--sentences N` compare like with like.

- `lead`: the document's sentences in order (tiyao's own sentence splitter).
- `snownlp`: `SnowNLP(text).summary(n)`, TextRank over BM25 similarities; its
  "sentences" are clauses (it splits at `，` too) and carry no punctuation.

sumy's LexRank and TextRank are left out: sumy pins setuptools below 82, and the
downgrade makes jieba print a pkg_resources deprecation warning on every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from ..parse.sections import parse_document


class Baseline(StrEnum):
    """Systems `tiyao eval` can score beside tiyao."""

    lead = "lead"
    snownlp = "snownlp"


class Budget(StrEnum):
    """How long each summary may be: N sentences, or as long as its reference (in characters)."""

    sentences = "sentences"
    reference = "reference"


def fit_budget(ranked: Sequence[int], lengths: Sequence[int], count: int, max_chars: int | None) -> list[int]:
    """Whole sentences in rank order while they fit: at most `count`, at most `max_chars` in all.

    Args:
        ranked: Sentence indices, best first.
        lengths: Characters of every sentence.
        count: How many sentences at most.
        max_chars: Characters the kept sentences may not exceed together; a sentence
            that would exceed them is passed over for a later, shorter one. None: no limit.

    Returns:
        The kept indices in document order.
    """
    kept: list[int] = []
    used = 0
    for i in ranked:
        if len(kept) >= count:
            break
        if max_chars is not None and used + lengths[i] > max_chars:
            continue
        kept.append(i)
        used += lengths[i]
    return sorted(kept)


def _lead(text: str) -> list[str]:
    return [s.text for s in parse_document(text).sentences]


def _snownlp(text: str) -> tuple[list[str], list[int]]:
    from snownlp import SnowNLP

    try:
        doc = SnowNLP(text)
        sentences = list(doc.sentences)
        best = doc.summary(len(sentences))
    except (ValueError, ZeroDivisionError):
        return [], []  # snownlp fails on texts without a full sentence
    where = {s: i for i, s in reversed(list(enumerate(sentences)))}  # first occurrence of a repeat
    return sentences, [where[s] for s in best]


def peer_summary(baseline: Baseline, text: str, count: int, max_chars: int | None) -> str:
    """A baseline's summary of `text` under the budget (see `fit_budget`), in document order."""
    if baseline is Baseline.lead:
        sentences = _lead(text)
        ranked: Sequence[int] = range(len(sentences))
    else:
        sentences, ranked = _snownlp(text)
    kept = fit_budget(ranked, [len(s) for s in sentences], count, max_chars)
    return "".join(sentences[i] for i in kept)

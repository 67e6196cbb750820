"""Sentence salience: a weighted sum of what the genre tells about a sentence.

Features (each scaled to about [0, 1]):

- `central`: cosine of the sentence's TF-IDF vector (jieba words, jieba's IDF) to
  the document centroid: how much it shares with the rest. Sparse and linear in
  the number of sentences; there is no n x n similarity matrix.
- `keywords`: share of the document's top keyword weight the sentence covers.
- `position`: early in the report scores higher (1 at the start, 0 at the end).
- `lead`: first sentence of a section, paragraph or `　　`-separated block, where
  reports put their topic sentence (`坚持目标导向,严把“构思关”。`).
- `figures`, `phrases`: numbers with units and quoted slogans (score/figures.py).
- `fragment`, `long`: too few characters to say anything; too many for a summary.
- `boilerplate`: ratings, forecasts tables, disclaimers, "see page x" lines.
- `judgement`: words that state a view (`有望`, `受益`, `改善`, `拐点`) rather than a fact.
- `cue`: thesis and conclusion words (`本文`, `认为`, `结论`, `总之`, `指出`, `关键`).
- `title`: share of the document title's words the sentence repeats.
- `intro`, `last`, `part_lead`: in the introduction, in the last part, opening a
  top-level part (score/leads.py `Layout`).
- `symbols`: share of the sentence's characters that are not hanzi: formulas
  (`K'表示资本投入增长率；`), table rows, Latin citations in notes, runs of punctuation
  and spaces. An abstract is prose, and under a length budget such characters buy little.

`WEIGHTS` (brokerage notes) were tuned for char-ROUGE on the even-numbered half of
dev.jsonl and checked on the odd half (see README, `tiyao eval`); each genre's
weights are in score/genre.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .alternation import alternation
from .figures import count_figures, extract_phrases
from .leads import Layout
from .lengths import char_counts
from .tokens import stop_words, tokenize
from .vocab import CHUNK, TokenIds, as_token_ids, count_rows, document_weights, heaviest, keyword_arrays

# Shorter than this many characters a sentence is a fragment or a glued heading.
MIN_SENTENCE_CHARS = 12
# Past this many characters a sentence costs more summary room than it gives.
LONG_SENTENCE_CHARS = 45
# How many document keywords the `keywords` feature looks for.
DOC_KEYWORDS = 10

# Scanned for by first character (score/alternation.py): `[Ee][Pp][Ss]` would make `re` try
# every word at every position.
_BOILERPLATE = alternation(
    r"风险提示|免责|请务必|仅供参考|评级|目标价|盈利预测|[Ee][Pp][Ss]|[Pp][Ee]\b|市盈率|估值|"
    r"对应.{0,8}PE|倍PE|敬请|版权|本报告|资料来源|数据来源|联系人|分析师|证书编号"
)
# Words with which analysts and report writers state a judgement rather than a fact.
_JUDGEMENT = re.compile(
    r"有望|受益|驱动|推动|带动|拖累|承压|改善|向好|回暖|提振|增强|优化|巩固|领先|龙头|优势|"
    r"趋势|空间|潜力|弹性|拐点|景气|看好|成长|长期|可期|稳健|韧性|修复|加速|突破|显著|明显"
)
# Words with which articles state their thesis or conclusion.
_CUE = re.compile(
    r"本文|文章|笔者|认为|结论|总之|综上|总而言之|由此可见|可见|指出|提出|分析|探讨|阐述|论述|主张|建议|"
    r"应当|应该|必须|关键|根本|核心|实质"
)

FEATURES = (
    "central",
    "keywords",
    "position",
    "lead",
    "figures",
    "phrases",
    "fragment",
    "long",
    "boilerplate",
    "judgement",
    "cue",
    "title",
    "intro",
    "last",
    "part_lead",
    "symbols",
)

WEIGHTS: Mapping[str, float] = {
    "central": 0.85,
    "keywords": 0.35,
    "position": 0.3,
    "lead": 0.65,
    "figures": -0.8,
    "phrases": -0.05,
    "fragment": -1.6,
    "long": -2.5,
    "boilerplate": -0.5,
    "judgement": 0.3,
    "cue": 0.0,
    "title": 0.0,
    "intro": 0.0,
    "last": 0.0,
    "part_lead": 0.0,
    "symbols": 0.0,
}
# Feature name -> its column in the feature matrix.
COLUMN: Mapping[str, int] = {name: k for k, name in enumerate(FEATURES)}


@dataclass(frozen=True, slots=True)
class SentenceScores:
    """Salience of every sentence of a document and what MMR needs to compare them.

    Attributes:
        scores: One score in [0, 1] per sentence, the best scoring 1.
        vectors: Row-normalised sparse TF-IDF matrix (one row per sentence).
    """

    scores: tuple[float, ...]
    vectors: Any


def _tfidf_rows(tokens: TokenIds, content: Any, idf: Any) -> Any:
    """Row-normalised TF-IDF of the content words (`content`: a boolean per vocabulary id)."""
    import numpy as np

    counts = count_rows(tokens, content)
    weights = idf[content]
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


def _share_of(tokens: TokenIds, word_ids: Sequence[int], values: Sequence[float]) -> list[float]:
    """Per sentence, `sum(values[k] for each k whose word it holds)`, summed in the order of `word_ids`."""
    import numpy as np

    # Bit k: the sentence holds word_ids[k] (Python ints past 62 words: a long title's).
    held = np.zeros(len(tokens), dtype=np.int64 if len(word_ids) <= 62 else object)
    for k, word in enumerate(word_ids):
        held[tokens.sentences_with(word)] |= 1 << k
    # Few distinct combinations: each sum is taken once, in Python, as over the words themselves.
    sums = {m: sum(v for k, v in enumerate(values) if m >> k & 1) for m in set(held.tolist())}
    return [sums[m] for m in held.tolist()]


def _layout_features(feats: Any, layout: Layout, tokens: TokenIds, content: Any) -> None:
    import numpy as np

    for name, flags in (("intro", layout.intro), ("last", layout.last), ("part_lead", layout.part_leads)):
        feats[:, COLUMN[name]] = np.asarray(flags, dtype=np.float64)
    stops = stop_words()
    title = {t for t in tokenize(layout.title) if t not in stops} if layout.title else set()
    if title:
        index = {w: k for k, w in enumerate(tokens.words)}
        held = [index[w] for w in title if w in index and content[index[w]]]
        feats[:, COLUMN["title"]] = np.asarray(_share_of(tokens, held, [1] * len(held))) / len(title)


def _text_features(feats: Any, texts: Sequence[str]) -> None:
    """Fill the columns read off each sentence's characters, one column at a time."""
    import numpy as np

    n = len(texts)
    chars, hanzi, words = char_counts(texts)
    # Length in hanzi and ASCII words (`5G网络` is 3); `symbols`: the share of other characters.
    length = (hanzi + words).astype(np.float64)
    feats[:, COLUMN["symbols"]] = (chars - hanzi) / np.maximum(chars, 1)
    feats[:, COLUMN["fragment"]] = np.maximum(0.0, 1.0 - length / MIN_SENTENCE_CHARS)
    feats[:, COLUMN["long"]] = np.maximum(0.0, length / LONG_SENTENCE_CHARS - 1.0)
    columns = {
        "figures": (min(count_figures(t), 3) / 3 for t in texts),
        "phrases": (min(len(extract_phrases(t)), 2) / 2 for t in texts),
        "boilerplate": (1.0 if _BOILERPLATE.search(t) else 0.0 for t in texts),
        "judgement": (min(len(_JUDGEMENT.findall(t)), 3) / 3 for t in texts),
        "cue": (min(len(_CUE.findall(t)), 2) / 2 for t in texts),
    }
    for name, values in columns.items():
        feats[:, COLUMN[name]] = np.fromiter(values, np.float64, n)


def sentence_features(
    texts: Sequence[str],
    token_lists: TokenIds | Sequence[Sequence[str]],
    leads: Sequence[bool],
    layout: Layout | None = None,
) -> tuple[Any, Any]:
    """The feature matrix of a document's sentences (see the module docstring).

    Args:
        texts: The sentences, in document order.
        token_lists: Their jieba words (`TokenIds`, or one list of words per sentence).
        leads: Whether each sentence opens a section, paragraph or block.
        layout: Where each sentence sits in the report; None leaves the
            `title`, `intro`, `last` and `part_lead` features at 0.

    Returns:
        `(features, vectors)`: an n x len(FEATURES) array and the row-normalised
        sparse TF-IDF matrix.
    """
    import numpy as np

    n = len(texts)
    tokens = as_token_ids(token_lists)
    stops = stop_words()
    content = ~tokens.mask(stops.__contains__)  # a C call per word, not a lambda
    candidate, idf = keyword_arrays(tokens)
    vectors = _tfidf_rows(tokens, content, idf)
    centroid = np.asarray(vectors.sum(axis=0)).ravel()
    central = vectors @ centroid
    found, weights = document_weights(tokens, candidate, idf)  # a candidate is never a stop word
    top = heaviest(weights, DOC_KEYWORDS)
    top_weights = weights[top].tolist()
    top_total = sum(top_weights) or 1.0

    feats = np.zeros((n, len(FEATURES)))
    feats[:, COLUMN["central"]] = central / (central.max() or 1.0)
    feats[:, COLUMN["keywords"]] = np.asarray(_share_of(tokens, found[top].tolist(), top_weights)) / top_total
    feats[:, COLUMN["position"]] = 1.0 - np.arange(n) / n
    feats[:, COLUMN["lead"]] = np.fromiter((1.0 if lead else 0.0 for lead in leads), np.float64, n)
    _text_features(feats, texts)
    feats[:, COLUMN["keywords"]] /= feats[:, COLUMN["keywords"]].max() or 1.0
    if layout is not None:
        _layout_features(feats, layout, tokens, content)
    return feats, vectors


def combine(features: Any, weights: Mapping[str, float] = WEIGHTS) -> tuple[float, ...]:
    """Weighted sum of the features, min-max scaled to [0, 1] (the best sentence scores 1).

    Args:
        features: The matrix from `sentence_features`.
        weights: Feature name -> weight.

    Returns:
        One score per sentence, rounded to 6 places so that ties are exact.
    """
    import numpy as np

    raw = features @ np.array([weights[name] for name in FEATURES])
    low, high = float(raw.min()), float(raw.max())
    span = high - low
    return tuple(round((float(x) - low) / span, 6) if span > 0 else 1.0 for x in raw)


def score_sentences(
    texts: Sequence[str],
    token_lists: TokenIds | Sequence[Sequence[str]],
    leads: Sequence[bool],
    layout: Layout | None = None,
    weights: Mapping[str, float] = WEIGHTS,
) -> SentenceScores:
    """Score a document's sentences for salience.

    Args:
        texts: The sentences, in document order.
        token_lists: Their jieba words.
        leads: Whether each opens a section, paragraph or `　　` block.
        layout: Their places in the report (see `sentence_features`).
        weights: Feature name -> weight (a genre's, score/genre.py).

    Returns:
        Scores in [0, 1] and the TF-IDF vectors selection compares sentences with.
    """
    if not texts:
        return SentenceScores((), None)
    features, vectors = sentence_features(texts, token_lists, leads, layout)
    return SentenceScores(combine(features, weights), vectors)

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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .alternation import alternation
from .figures import count_figures, extract_phrases
from .leads import Layout
from .lengths import char_counts
from .tokens import stop_words, tokenize
from .vocab import CHUNK, TokenIds, as_token_ids, document_weights, heaviest, share_of, tfidf_rows

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
        scores: One score in [0, 1] per sentence (a float64 array), the best scoring 1.
        vectors: Row-normalised sparse TF-IDF matrix (one row per sentence).
    """

    scores: tuple[float, ...]
    vectors: Any


def _title_share(layout: Layout, tokens: TokenIds, content: Any) -> Any:
    """Per sentence, the share of the title's words it repeats."""
    import numpy as np

    stops = stop_words()
    title = {t for t in tokenize(layout.title) if t not in stops} if layout.title else set()
    if not title:
        return np.zeros(len(tokens))
    index = {w: k for k, w in enumerate(tokens.words)}
    held = [index[w] for w in title if w in index and content[index[w]]]
    return share_of(tokens, held, [1] * len(held)) / len(title)


def _scaled_to_max(column: Any) -> Any:
    return column / (column.max() or 1.0)


def _feature_columns(
    texts: Sequence[str], tokens: TokenIds, leads: Sequence[bool], layout: Layout | None
) -> tuple[Any, dict[str, Callable[[], Any]]]:
    """The TF-IDF vectors, and a function per feature that computes its column (n floats).

    A column is computed when asked for, so that scoring holds one column at a time
    (an n x 16 matrix is 128 bytes per sentence) and skips features its genre does
    not weigh.
    """
    import numpy as np

    n = len(texts)
    stops = stop_words()
    content = ~tokens.mask(stops.__contains__)  # a C call per word, not a lambda
    vectors = tfidf_rows(tokens, content)
    chars, hanzi, words = char_counts(texts)
    # Length in hanzi and ASCII words (`5G网络` is 3); `symbols`: the share of other characters.
    length = (hanzi + words).astype(np.float64)
    symbols = (chars - hanzi) / np.maximum(chars, 1)
    del chars, hanzi, words

    def central() -> Any:
        return _scaled_to_max(vectors @ np.asarray(vectors.sum(axis=0)).ravel())

    def keywords() -> Any:
        found, weights = document_weights(tokens)  # a candidate is never a stop word
        top = heaviest(weights, DOC_KEYWORDS)
        top_weights = weights[top].tolist()
        share = share_of(tokens, found[top].tolist(), top_weights) / (sum(top_weights) or 1.0)
        return _scaled_to_max(share)

    def per_text(value: Callable[[str], float]) -> Callable[[], Any]:
        return lambda: np.fromiter(map(value, texts), np.float64, n)

    def flags(name: str) -> Callable[[], Any]:
        return lambda: np.zeros(n) if layout is None else np.asarray(getattr(layout, name), dtype=np.float64)

    columns: dict[str, Callable[[], Any]] = {
        "central": central,
        "keywords": keywords,
        "position": lambda: 1.0 - np.arange(n) / n,
        "lead": lambda: np.asarray(leads, dtype=np.float64),
        "figures": per_text(lambda t: min(count_figures(t), 3) / 3),
        "phrases": per_text(lambda t: min(len(extract_phrases(t)), 2) / 2),
        "fragment": lambda: np.maximum(0.0, 1.0 - length / MIN_SENTENCE_CHARS),
        "long": lambda: np.maximum(0.0, length / LONG_SENTENCE_CHARS - 1.0),
        "boilerplate": per_text(lambda t: 1.0 if _BOILERPLATE.search(t) else 0.0),
        "judgement": per_text(lambda t: min(len(_JUDGEMENT.findall(t)), 3) / 3),
        "cue": per_text(lambda t: min(len(_CUE.findall(t)), 2) / 2),
        "title": lambda: np.zeros(n) if layout is None else _title_share(layout, tokens, content),
        "intro": flags("intro"),
        "last": flags("last"),
        "part_lead": flags("part_leads"),
        "symbols": lambda: symbols,
    }
    return vectors, columns


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

    vectors, columns = _feature_columns(texts, as_token_ids(token_lists), leads, layout)
    feats = np.zeros((len(texts), len(FEATURES)))
    for name in FEATURES:
        feats[:, COLUMN[name]] = columns[name]()
    return feats, vectors


def _weighted_sum(columns: Callable[[str], Any], n: int, weights: Mapping[str, float]) -> Any:
    """`sum(weights[f] * column(f))` over the weighted features, added in `FEATURES` order.

    One fixed order of additions, whatever the number of sentences or the machine
    (a BLAS product may order its sums by CPU and by the length of the matrix).
    """
    import numpy as np

    raw = np.zeros(n)
    for name in FEATURES:
        if weights[name]:
            raw += weights[name] * columns(name)
    return raw


def _min_max(raw: Any) -> Any:
    """Scaled to [0, 1], each rounded to 6 places so that ties are exact (1.0 for all when flat)."""
    import numpy as np

    low, high = float(raw.min()), float(raw.max())
    span = high - low
    if span <= 0:
        return np.ones(len(raw))
    # Python's `round` (correctly rounded, unlike numpy's), over a chunk's list at a time.
    chunks = (raw[lo : lo + CHUNK].tolist() for lo in range(0, len(raw), CHUNK))
    rounded = (round((x - low) / span, 6) for chunk in chunks for x in chunk)
    return np.fromiter(rounded, np.float64, len(raw))


def combine(features: Any, weights: Mapping[str, float] = WEIGHTS) -> Any:
    """Weighted sum of the features, min-max scaled to [0, 1] (the best sentence scores 1).

    Args:
        features: The matrix from `sentence_features`.
        weights: Feature name -> weight.

    Returns:
        One score per sentence (a float64 array), rounded to 6 places so that ties are
        exact; the same numbers `score_sentences` gives.
    """
    return _min_max(_weighted_sum(lambda name: features[:, COLUMN[name]], len(features), weights))


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
        import numpy as np

        return SentenceScores(np.zeros(0), None)
    vectors, columns = _feature_columns(texts, as_token_ids(token_lists), leads, layout)
    return SentenceScores(_min_max(_weighted_sum(lambda name: columns[name](), len(texts), weights)), vectors)

"""Fit one genre's scoring weights on one half of a dev set, report both halves.

    python bench/tune_scoring.py --data research-dev --genre research --budget reference
    python bench/tune_scoring.py --method ascent      # brokerage: dev.jsonl, 3 sentences

Only the texts `detect_genre` gives the genre are used, and each is prepared as the
pipeline prepares it (sentences, words, layout, the whole-report candidates), so the
printed figures are those of `tiyao eval` on the same texts of that genre.

`--method ridge` (default): ridge regression, over every candidate sentence of the
even-numbered lines, of the sentence's n-gram precision against its text's
reference summary (`--order 2`: the share of its character bigrams that are in the
reference) on the features. A summary held to a length budget is good when each
sentence spends its characters on the reference's words, which is what the fit
predicts; thousands of sentences fix the weights far more firmly than 100 summaries
do. `--method ascent`: coordinate ascent over the weights and MMR's redundancy,
maximising mean ROUGE-1/2/L of the even lines' summaries (the older fit).

Scores are mean char-ROUGE-1/2/L F1 of document summaries (`--sentences N`, or each
as long as its reference with `--budget reference`) on the even (tuned) and odd
(held-out) halves. Reads ../shared/data/<data>.jsonl; never copies it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tiyao.core.judge.evaluation import ReferencePair, Split, read_pairs
from tiyao.core.judge.rouge import rouge_scores, rouge_tokens
from tiyao.core.parse.sections import parse_document
from tiyao.core.pipeline import _has_inline_heading
from tiyao.core.score.features import FEATURES, combine, sentence_features
from tiyao.core.score.genre import GENRE_WEIGHTS, KEEP_FRONT, Genre, detect_genre
from tiyao.core.score.gist import gist_pool
from tiyao.core.score.leads import document_layout
from tiyao.core.score.selection import REDUNDANCY, select_sentences
from tiyao.core.score.tokens import tokenize
from tiyao.core.score.traditional import scoring_texts

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Prepared:
    texts: list[str]
    features: Any
    vectors: Any
    candidates: tuple[int, ...]
    reference: str


def prepare(pairs: list[ReferencePair], genre: Genre) -> list[Prepared]:
    """The pairs whose text is of `genre`, with what the pipeline computes from them."""
    out = []
    for pair in pairs:
        if detect_genre(pair.text) is not genre:
            continue
        doc = parse_document(pair.text)
        texts = [s.text for s in doc.sentences]
        layout = document_layout(doc, pair.text)
        tokens = [tokenize(t) for t in scoring_texts(texts)]
        feats, vectors = sentence_features(texts, tokens, layout.leads, layout)
        unpicked = {sec.sentences[0].index for sec in doc.sections if _has_inline_heading(sec)}
        unpicked.update(x.index for sec in doc.sections if sec.furniture for x in sec.sentences)
        pool = gist_pool(doc, keep_front=genre in KEEP_FRONT, excluded=frozenset(unpicked))
        out.append(Prepared(texts, feats, vectors, pool.candidates, pair.summary))
    return out


def score(
    docs: list[Prepared], weights: dict[str, float], redundancy: float, count: int | None
) -> tuple[float, ...]:
    """Mean ROUGE-1/2/L of `count`-sentence summaries (None: each as long as its reference)."""
    totals = [0.0, 0.0, 0.0]
    for d in docs:
        s = combine(d.features, weights)
        picks = select_sentences(
            s,
            d.vectors,
            d.candidates,
            count or len(d.texts),
            lengths=[len(t) for t in d.texts],
            max_chars=None if count else len(d.reference),
            redundancy=redundancy,
        )
        r = rouge_scores("".join(d.texts[i] for i in picks), d.reference)
        totals[0] += r.rouge1
        totals[1] += r.rouge2
        totals[2] += r.rougeL
    return tuple(round(100 * t / len(docs), 2) for t in totals)


def _grams(text: str, order: int) -> Counter[tuple[str, ...]]:
    tokens = rouge_tokens(text)
    return Counter(tuple(tokens[i : i + order]) for i in range(len(tokens) - order + 1))


def precision_targets(d: Prepared, order: int) -> list[float]:
    """Each candidate's share of n-grams (counted with clipping) found in the reference."""
    reference = _grams(d.reference, order)
    targets = []
    for i in d.candidates:
        grams = _grams(d.texts[i], order)
        found = sum(min(count, reference[g]) for g, count in grams.items())
        targets.append(found / (sum(grams.values()) or 1))
    return targets


def fit_ridge(docs: Sequence[Prepared], order: int, alpha: float) -> dict[str, float]:
    """Ridge regression of the candidates' n-gram precision on their features (intercept unpenalised)."""
    import numpy as np

    x = np.vstack([d.features[list(d.candidates)] for d in docs])
    y = np.concatenate([precision_targets(d, order) for d in docs])
    x1 = np.hstack([x, np.ones((len(x), 1))])
    penalty = alpha * np.eye(x1.shape[1])
    penalty[-1, -1] = 0.0
    beta = np.linalg.solve(x1.T @ x1 + penalty, x1.T @ y)
    # combine() rescales the scores to [0, 1]: only the weights' ratios matter.
    scale = float(np.abs(beta[:-1]).max()) or 1.0
    return {name: round(float(b) / scale, 3) for name, b in zip(FEATURES, beta, strict=False)}


def ascend(
    docs: list[Prepared], weights: dict[str, float], redundancy: float, count: int | None, rounds: int
) -> tuple[dict[str, float], float]:
    """Coordinate ascent on mean ROUGE over `docs`."""

    def objective(w: dict[str, float], red: float) -> float:
        return sum(score(docs, w, red, count)) / 3

    best = objective(weights, redundancy)
    steps = [-0.6, -0.3, -0.15, 0.15, 0.3, 0.6]
    for _ in range(rounds):
        for name in [*FEATURES, "redundancy"]:
            for step in steps:
                w, red = dict(weights), redundancy
                if name == "redundancy":
                    red = max(0.0, red + step)
                else:
                    w[name] = round(w[name] + step, 3)
                value = objective(w, red)
                if value > best + 1e-9:
                    best, weights, redundancy = value, w, red
                    print(f"{name} -> {w.get(name, red)}: {best:.3f}", file=sys.stderr)
    return weights, redundancy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--method", default="ridge", choices=["ridge", "ascent"])
    parser.add_argument("--rounds", type=int, default=2, help="ascent: passes over the weights")
    parser.add_argument("--order", type=int, default=2, help="ridge: n of the n-gram precision fitted")
    parser.add_argument("--alpha", type=float, default=1.0, help="ridge: L2 penalty")
    parser.add_argument("--data", default="dev", help="dev or research-dev (../shared/data/<data>.jsonl)")
    parser.add_argument("--genre", default="brokerage", choices=[g.value for g in Genre])
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--budget", default="sentences", choices=["sentences", "reference"])
    args = parser.parse_args()
    count = args.sentences if args.budget == "sentences" else None
    genre = Genre(args.genre)
    data = (DATA / f"{args.data}.jsonl").read_text(encoding="utf-8")
    tune = prepare(read_pairs(data, Split.even), genre)
    held = prepare(read_pairs(data, Split.odd), genre)
    weights, redundancy = dict(GENRE_WEIGHTS[genre]), REDUNDANCY
    print(f"{genre}: {len(tune)} tuned, {len(held)} held-out texts", file=sys.stderr)
    print("start", score(tune, weights, redundancy, count), score(held, weights, redundancy, count))
    if args.method == "ridge":
        weights = fit_ridge(tune, args.order, args.alpha)
    else:
        weights, redundancy = ascend(tune, weights, redundancy, count, args.rounds)
    print("weights", weights, "redundancy", redundancy)
    print("even (tuned)", score(tune, weights, redundancy, count))
    print("odd (held out)", score(held, weights, redundancy, count))


if __name__ == "__main__":
    main()

"""Tune one genre's scoring weights on one half of a dev set, report both halves.

    python bench/tune_scoring.py                                   # brokerage: dev.jsonl, 3 sentences
    python bench/tune_scoring.py --data research-dev --budget reference --genre research

Coordinate ascent over the genre's weights (`tiyao.core.score.genre.GENRE_WEIGHTS`,
and MMR's redundancy) on the even-numbered lines, maximising mean char-ROUGE-1/2/L F1
of document summaries (`--sentences N`, or each as long as its reference with
`--budget reference`); prints the weights and the scores on the even (tuned) and odd
(held-out) halves. Reads ../shared/data/<data>.jsonl; never copies it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tiyao.core.judge.evaluation import ReferencePair, Split, read_pairs
from tiyao.core.judge.rouge import rouge_scores
from tiyao.core.parse.sections import parse_document
from tiyao.core.score.features import FEATURES, combine, sentence_features
from tiyao.core.score.genre import GENRE_WEIGHTS, Genre
from tiyao.core.score.leads import document_layout
from tiyao.core.score.selection import REDUNDANCY, select_sentences
from tiyao.core.score.tokens import tokenize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass
class Prepared:
    texts: list[str]
    features: Any
    vectors: Any
    reference: str


def prepare(pairs: list[ReferencePair]) -> list[Prepared]:
    out = []
    for pair in pairs:
        doc = parse_document(pair.text)
        texts = [s.text for s in doc.sentences]
        layout = document_layout(doc, pair.text)
        feats, vectors = sentence_features(texts, [tokenize(t) for t in texts], layout.leads, layout)
        out.append(Prepared(texts, feats, vectors, pair.summary))
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
            range(len(d.texts)),
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", default="dev", help="dev or research-dev (../shared/data/<data>.jsonl)")
    parser.add_argument("--genre", default="brokerage", choices=[g.value for g in Genre])
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--budget", default="sentences", choices=["sentences", "reference"])
    args = parser.parse_args()
    count = args.sentences if args.budget == "sentences" else None
    data = (DATA / f"{args.data}.jsonl").read_text(encoding="utf-8")
    tune = prepare(read_pairs(data, Split.even))
    held = prepare(read_pairs(data, Split.odd))
    weights = dict(GENRE_WEIGHTS[Genre(args.genre)])
    redundancy = REDUNDANCY

    def objective(w: dict[str, float], red: float) -> float:
        return sum(score(tune, w, red, count)) / 3

    best = objective(weights, redundancy)
    print("start", best, score(held, weights, redundancy, count), file=sys.stderr)
    steps = [-0.6, -0.3, -0.15, 0.15, 0.3, 0.6]
    for _ in range(args.rounds):
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
    print("weights", weights, "redundancy", redundancy)
    print("even (tuned)", score(tune, weights, redundancy, count))
    print("odd (held out)", score(held, weights, redundancy, count))


if __name__ == "__main__":
    main()

"""Tune the scoring weights on one half of dev.jsonl, report both halves.

    python bench/tune_scoring.py [--rounds 2]

Coordinate ascent over `tiyao.core.score.features.WEIGHTS` (and MMR's redundancy) on the
even-numbered lines, maximising mean char-ROUGE-1/2/L F1 of 3-sentence document
summaries; prints the weights and the scores on the even (tuning) and odd (held
out) halves. Reads ../shared/data/dev.jsonl; never copies it.
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
from tiyao.core.score.features import FEATURES, WEIGHTS, combine, sentence_features
from tiyao.core.score.leads import lead_flags
from tiyao.core.score.selection import REDUNDANCY, select_sentences
from tiyao.core.score.tokens import tokenize

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev.jsonl"


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
        feats, vectors = sentence_features(texts, [tokenize(t) for t in texts], lead_flags(doc, pair.text))
        out.append(Prepared(texts, feats, vectors, pair.summary))
    return out


def score(
    docs: list[Prepared], weights: dict[str, float], redundancy: float, count: int = 3
) -> tuple[float, ...]:
    totals = [0.0, 0.0, 0.0]
    for d in docs:
        s = combine(d.features, weights)
        picks = select_sentences(
            s, d.vectors, range(len(d.texts)), count, lengths=[len(t) for t in d.texts], redundancy=redundancy
        )
        r = rouge_scores("".join(d.texts[i] for i in picks), d.reference)
        totals[0] += r.rouge1
        totals[1] += r.rouge2
        totals[2] += r.rougeL
    return tuple(round(100 * t / len(docs), 2) for t in totals)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    data = DEV.read_text(encoding="utf-8")
    tune = prepare(read_pairs(data, Split.even))
    held = prepare(read_pairs(data, Split.odd))
    weights = dict(WEIGHTS)
    redundancy = REDUNDANCY

    def objective(w: dict[str, float], red: float) -> float:
        return sum(score(tune, w, red)) / 3

    best = objective(weights, redundancy)
    print("start", best, score(held, weights, redundancy), file=sys.stderr)
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
    print("even (tuned)", score(tune, weights, redundancy))
    print("odd (held out)", score(held, weights, redundancy))


if __name__ == "__main__":
    main()

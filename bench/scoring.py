"""How long scoring and selection take, and how memory grows with sentence count.

    python bench/scoring.py [--runs 5]

Sentences come from the public-domain reports in ../shared/data/reports (repeated
when more are needed). jieba is loaded first (the floor: `import jieba,
jieba.analyse; lcut; extract_tags`); then, for n = 500 ... 4000 sentences, the
median of `--runs` CPU timings of tokenizing, of scoring (`score_sentences`) and of
selecting 10 sentences with MMR, and tracemalloc's peak during scoring + selection.
Peak memory per sentence staying flat as n grows means no n x n matrix.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

from tiyao.core import parse_document
from tiyao.core.score.features import score_sentences
from tiyao.core.score.selection import select_sentences
from tiyao.core.score.tokens import extract_keywords, tokenize

REPORTS = Path(__file__).resolve().parents[2] / "shared" / "data" / "reports"
PUBLIC = [
    "gwr_2015_national_wikisource.txt",
    "cpc18_congress_report_2012_wikisource.txt",
    "prov_2025_jiangsu.txt",
]


def _sentences(count: int) -> list[str]:
    pool = [s.text for name in PUBLIC for s in parse_document((REPORTS / name).read_text("utf-8")).sentences]
    return [pool[i % len(pool)] + ("" if i < len(pool) else f"（{i}）") for i in range(count)]


def _median_seconds(func, runs: int) -> float:  # type: ignore[no-untyped-def]
    # CPU time of this process: on a shared, busy machine wall time mostly measures the neighbours.
    times = []
    for _ in range(runs):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    extract_keywords("龙岗完成地区生产总值5043.03亿元,同比增长6.3%。", 5)  # loads jieba and its IDF
    print(f"jieba + compact IDF load: {time.perf_counter() - start:.2f} s (once per process)")
    print("CPU seconds, median of", args.runs)
    print(f"{'n':>6} {'tokenize s':>11} {'score s':>8} {'select s':>9} {'peak MB':>8} {'KB/sentence':>12}")
    for n in (500, 1000, 2000, 4000):
        texts = _sentences(n)
        tokens = [tokenize(t) for t in texts]
        leads = [i % 8 == 0 for i in range(n)]
        lengths = [len(t) for t in texts]
        t_tok = _median_seconds(lambda texts=texts: [tokenize(t) for t in texts], args.runs)
        t_score = _median_seconds(lambda t=texts, k=tokens, ld=leads: score_sentences(t, k, ld), args.runs)
        scored = score_sentences(texts, tokens, leads)
        t_select = _median_seconds(
            lambda s=scored, n=n, ln=lengths: select_sentences(s.scores, s.vectors, range(n), 10, lengths=ln),
            args.runs,
        )
        tracemalloc.start()
        scored = score_sentences(texts, tokens, leads)
        select_sentences(scored.scores, scored.vectors, range(n), 10, lengths=lengths)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        mb, kb_each = peak / 2**20, peak / n / 1024
        print(f"{n:>6} {t_tok:>11.3f} {t_score:>8.3f} {t_select:>9.4f} {mb:>8.1f} {kb_each:>12.1f}")


if __name__ == "__main__":
    main()

"""Bench: `tiyao diff` of two national reports against summarizing both.

    python bench/diff.py [--repeat 5] [--old PATH] [--new PATH] [--cli]

In one process (jieba loaded beforehand): the median time of `compare_sources` on the
two reports (reading, summarizing both, aligning, pairing) over the median time of
`summarize_sources` on the same two. Target: <= 2x. --cli also times the two commands
(`tiyao diff OLD NEW -f json`, `tiyao summarize OLD NEW -f json`) in fresh processes.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from _measure import ROOT, TIYAO, median_runs, verdict

DATA = ROOT / "tests" / "data" / "reports"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old", default=str(DATA / "gwr_2019_national_wikisource.txt"))
    parser.add_argument("--new", default=str(DATA / "gwr_2020_national.txt"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cli", action="store_true")
    args = parser.parse_args()
    from tiyao.core import SummaryOptions, compare_sources, summarize, summarize_sources

    summarize("预热：加载分词词典。")
    paths = [args.old, args.new]
    runs: dict[str, list[float]] = {"summarize both": [], "diff": []}
    for _ in range(args.repeat):  # interleaved, so a burst of load hits both alike
        start = time.perf_counter()
        summarize_sources(paths, SummaryOptions())
        runs["summarize both"].append(time.perf_counter() - start)
        start = time.perf_counter()
        compare_sources(paths, SummaryOptions())
        runs["diff"].append(time.perf_counter() - start)
    times = {name: statistics.median(walls) for name, walls in runs.items()}
    print(f"diff: {Path(args.old).name} -> {Path(args.new).name}, median of {args.repeat} runs")
    for name, wall in times.items():
        print(f"  {name:15}: {wall:6.3f} s")
    print(f"  diff / summarize both: {verdict(times['diff'] / times['summarize both'], 2)}")
    if args.cli:
        timed = median_runs(
            {
                "summarize": [*TIYAO, "summarize", *paths, "-f", "json"],
                "diff": [*TIYAO, "diff", *paths, "-f", "json"],
            },
            args.repeat,
        )
        for name, (wall, rss) in timed.items():
            print(f"  CLI {name:10}: {wall:6.2f} s, peak RSS {rss:.0f} MB")
        print(f"  CLI diff / summarize: {verdict(timed['diff'][0] / timed['summarize'][0], 2)}")


if __name__ == "__main__":
    main()

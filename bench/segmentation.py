"""Speed of parse_document on large and hostile inputs (run on demand, not in the suite).

Run: python bench/segmentation.py [--runs 3]

Prints, per input, the median seconds of `parse_document` over several runs and its
ratio to a floor measured in the same run (splitting the same text into lines and
scanning it once with a simple regex), so that numbers from a busy shared machine
stay comparable. Linear time shows as a steady ratio between the 5 MB and 20 MB inputs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from tiyao.core import parse_document

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "data" / "reports"


def _reports_text(megabytes: int) -> str:
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt")))
    size = len(corpus.encode("utf-8"))
    return corpus * (megabytes * 1024 * 1024 // size + 1)


def _inputs() -> dict[str, str]:
    mb = 1024 * 1024
    return {
        "reports x 5 MB": _reports_text(5),
        "reports x 20 MB": _reports_text(20),
        "1 MB line, no punctuation": "经济发展" * (mb // 12),
        "1 MB line of openers then closers": "（“" * (mb // 12) + "”）" * (mb // 12),
        "1 MB line of short ；clauses": "推进改革；" * (mb // 15),
        "1 MB of short heading-like lines": "加快发展新质生产力\n" * (mb // 28),
    }


def _median_seconds(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scan = re.compile(r"[。！？]")
    print(f"{'input':36} {'MB':>6} {'parse s':>8} {'floor s':>8} {'ratio':>7} {'peak MB':>8}")
    for name, text in _inputs().items():
        size = len(text.encode("utf-8")) / 1024 / 1024
        parse = _median_seconds(lambda t=text: parse_document(t), args.runs)
        floor = _median_seconds(lambda t=text: (t.split("\n"), scan.findall(t)), args.runs)
        tracemalloc.start()
        parse_document(text)
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
        print(f"{name:36} {size:>6.1f} {parse:>8.2f} {floor:>8.3f} {parse / floor:>7.0f} {peak:>8.0f}")


if __name__ == "__main__":
    main()

"""Speed of parse_document on large and hostile inputs (run on demand, not in the suite).

Run: python bench/segmentation.py [--runs 3] [--budget 120] [--shapes-only]

Prints, per input, the median seconds of `parse_document` over several runs and its
ratio to a floor measured in the same run (splitting the same text into lines and
scanning it once with a simple regex), so that numbers from a busy shared machine
stay comparable. Linear time shows as a steady ratio between the 5 MB and 20 MB inputs.

Then the scaling property on two hostile shapes, each at 0.5, 1, 2, 4 and 8 MB:
heading-heavy (numbered headings, `N、推进第N项任务` each over one short sentence: 100,000
of them are ~4 MB; `parse_document`) and figure-heavy (one section of `全市指标N完成N亿元，`
clauses, every one a figure; `extract_figures`, what a section summary runs). Time per MB
must stay flat: the verdict compares the largest and the smallest seconds-per-MB (and the
same for the ratio to the floor), and fits the exponent k of time ~ size^k (1 = linear).
A size whose projected time (4x the previous, as if quadratic) exceeds --budget seconds
is skipped and reported, so a quadratic stage cannot hang the bench.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from tiyao.core import extract_figures, parse_document

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


SCALING_MB = (0.5, 1, 2, 4, 8)
# Flat enough: seconds per MB at 8 MB within 1.5x of that at 0.5 MB (a quadratic stage is 16x).
FLAT = 1.5


def _repeat_to(unit: Callable[[int], str], megabytes: float) -> str:
    parts, size, k = [], 0, 0
    target = int(megabytes * 1024 * 1024)
    while size < target:
        k += 1
        piece = unit(k)
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    return "".join(parts)


def _headings(megabytes: float) -> str:
    return _repeat_to(lambda k: f"{k}、推进第{k}项任务\n落实到位。\n", megabytes)


def _figures(megabytes: float) -> str:
    return _repeat_to(lambda k: f"全市指标{k}完成{k}亿元，", megabytes) + "全面完成。"


SHAPES: dict[str, tuple[Callable[[float], str], Callable[[str], object]]] = {
    "heading-heavy (parse_document)": (_headings, parse_document),
    "figure-heavy (extract_figures)": (_figures, extract_figures),
}


def _scaling(runs: int, budget: float) -> None:
    scan = re.compile(r"[。！？，]")
    print(f"\n{'shape':32} {'MB':>5} {'units':>8} {'s':>8} {'s/MB':>7} {'x floor':>8}")
    for name, (build, stage) in SHAPES.items():
        rows: list[tuple[float, float, float]] = []
        for mb in SCALING_MB:
            if rows and rows[-1][1] * 4 > budget:
                print(
                    f"{name:32} {mb:>5} skipped: projected {rows[-1][1] * 4:.0f} s > --budget {budget:.0f} s"
                )
                continue
            text = build(mb)
            size = len(text.encode("utf-8")) / 1024 / 1024
            seconds = _median_seconds(lambda t=text, run=stage: run(t), runs if mb <= 2 else 1)
            floor = _median_seconds(lambda t=text: (t.split("\n"), scan.findall(t)), runs)
            rows.append((size, seconds, seconds / floor))
            units = text.count("\n") // 2 if "heading" in name else text.count("，")
            timing = f"{seconds:>8.2f} {seconds / size:>7.2f} {seconds / floor:>8.0f}"
            print(f"{name:32} {size:>5.1f} {units:>8} {timing}")
        _verdict(name, rows)


def _verdict(name: str, rows: list[tuple[float, float, float]]) -> None:
    import math

    if len(rows) < len(SCALING_MB):
        print(f"{name:32} NOT LINEAR: sizes skipped")
        return
    per_mb = [s / mb for mb, s, _ in rows]
    vs_floor = [r for _, _, r in rows]
    (mb0, s0, _), (mb1, s1, _) = rows[0], rows[-1]
    exponent = math.log(s1 / s0) / math.log(mb1 / mb0)
    spread, floor_spread = max(per_mb) / min(per_mb), max(vs_floor) / min(vs_floor)
    ok = "LINEAR" if min(spread, floor_spread) <= FLAT else "NOT LINEAR"
    print(
        f"{name:32} {ok}: s/MB spread {spread:.2f}x, x-floor spread {floor_spread:.2f}x "
        f"(flat: <= {FLAT}x), exponent {exponent:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--budget", type=float, default=120.0, help="seconds one size may take")
    parser.add_argument("--shapes-only", action="store_true", help="only the scaling shapes")
    args = parser.parse_args()
    if not args.shapes_only:
        _inputs_table(args.runs)
    _scaling(args.runs, args.budget)


def _inputs_table(runs: int) -> None:
    scan = re.compile(r"[。！？]")
    print(f"{'input':36} {'MB':>6} {'parse s':>8} {'floor s':>8} {'ratio':>7} {'peak MB':>8}")
    for name, text in _inputs().items():
        size = len(text.encode("utf-8")) / 1024 / 1024
        parse = _median_seconds(lambda t=text: parse_document(t), runs)
        floor = _median_seconds(lambda t=text: (t.split("\n"), scan.findall(t)), runs)
        tracemalloc.start()
        parse_document(text)
        peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
        print(f"{name:36} {size:>6.1f} {parse:>8.2f} {floor:>8.3f} {parse / floor:>7.0f} {peak:>8.0f}")


if __name__ == "__main__":
    main()

"""Bench (4): one report at 1x, 4x and 16x its length; optionally a 50 MB file.

    python bench/scaling.py [--repeat 3] [--report PATH] [--fifty]

Times `summarize` in one process (jieba loaded beforehand, so only the work that
grows with the text is timed). Target: 16x the text costs <= 20x the time.
--fifty also runs the CLI on ~50 MB of text and prints its time and peak RSS
(target: <= 8 bytes of RSS per input byte, i.e. <= 400 MB).

A longer text is the report's body repeated, with its trailer (a licence footer)
once at the end, as one long report has it: repeating the whole text would put a
licence footer after the first copy, and everything after it would be read as the
report's trailer (no headings), which is not the parse of a long report.
"""

from __future__ import annotations

import argparse
import math
import statistics
import tempfile
import time
from pathlib import Path

from _measure import REPORTS, TIYAO, run_once, verdict


def split_trailer(text: str) -> tuple[str, str]:
    """The text before its trailer (the untitled furniture section at its end), and the trailer."""
    from tiyao.core import parse_document

    last = parse_document(text).sections[-1]
    if not (last.furniture and last.title is None):
        return text, ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as the parser numbers them
    return "\n".join(lines[: last.line - 1]), "\n".join(lines[last.line - 1 :])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", default=str(REPORTS / "gwr_2015_national_wikisource.txt"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fifty", action="store_true")
    args = parser.parse_args()
    from tiyao.core import decode, summarize
    from tiyao.core.score.tokens import extract_keywords, tokenize

    tokenize("预热")
    extract_keywords("预热", 1)
    text = decode(Path(args.report).read_bytes())
    body, trailer = split_trailer(text)
    texts = {factor: "\n".join([body] * factor) + trailer for factor in (1, 4, 16)}
    runs: dict[int, list[float]] = {factor: [] for factor in texts}
    for _ in range(args.repeat):  # sizes interleaved, so a burst of load hits all of them alike
        for factor, big in texts.items():
            start = time.perf_counter()
            summarize(big)
            runs[factor].append(time.perf_counter() - start)
    times = {factor: statistics.median(walls) for factor, walls in runs.items()}
    print(f"scaling: {Path(args.report).name} ({len(text):,} characters), median of {args.repeat} runs")
    for factor, wall in times.items():
        print(f"  {factor:2}x: {wall:7.2f} s  ({wall / times[1]:5.2f}x the 1x time)")
    exponent = math.log(times[16] / times[1]) / math.log(16)
    print(f"  16x / 1x time : {verdict(times[16] / times[1], 20)}  (scaling exponent {exponent:.2f})")
    if args.fifty:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "fifty.txt"
            data = (body + "\n").encode("utf-8")
            path.write_bytes(data * (50_000_000 // len(data) + 1) + trailer.encode("utf-8"))
            wall, rss = run_once([*TIYAO, "summarize", str(path), "-f", "json"])
            per_byte = rss * 1024 * 1024 / len(path.read_bytes())
            print(f"  50 MB file via the CLI: {wall:.1f} s, peak RSS {rss:.0f} MB")
            verdict_text = "OK" if per_byte <= 8 else "MISSED"
            print(f"  RSS per input byte : {per_byte:.1f} bytes (target <= 8) {verdict_text}")


if __name__ == "__main__":
    main()

"""Bench (3) and (5b): corpus throughput and peak RSS against jieba.lcut over the same text.

    python bench/corpus.py [--mb 15] [--repeat 3]

The corpus is ../shared/data/reports (decoded to UTF-8) copied into files until it
holds at least --mb megabytes. Floor: one Python process that imports jieba and
runs jieba.lcut over every file. Targets: tiyao --jobs 1 >= 1.5x the floor's
characters per second, --jobs 2 >= 2.5x (15 MB is about 5 M characters).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _measure import REPORTS, TIYAO, floor_script, median_runs, verdict


def build_corpus(folder: Path, megabytes: float) -> int:
    """Write copies of the reports into `folder`; returns the number of characters."""
    from tiyao.core import decode

    texts = [decode(p.read_bytes()) for p in sorted(REPORTS.glob("*.txt"))]
    size = chars = 0
    copy = 0
    while size < megabytes * 1_000_000:
        for k, text in enumerate(texts):
            data = text.encode("utf-8")
            (folder / f"{copy:03d}_{k}.txt").write_bytes(data)
            size += len(data)
            chars += len(text)
        copy += 1
    return chars


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=15)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = build_corpus(folder, args.mb)
        files = len(list(folder.glob("*.txt")))
        floor = floor_script(
            "from pathlib import Path\n"
            f"for p in sorted(Path({tmp!r}).glob('*.txt')):\n"
            "    jieba.lcut(p.read_text(encoding='utf-8'))\n"
        )
        summarize = [*TIYAO, "summarize", tmp, "-f", "jsonl", "--quiet"]
        result = median_runs(
            {"floor": floor, "jobs1": [*summarize, "--jobs", "1"], "jobs2": [*summarize, "--jobs", "2"]},
            args.repeat,
        )
    speed = {name: chars / wall for name, (wall, _) in result.items()}
    print(f"corpus: {files} files, {chars:,} characters (>= {args.mb} MB), median of {args.repeat} runs")
    labels = {"floor": "jieba.lcut floor", "jobs1": "tiyao --jobs 1", "jobs2": "tiyao --jobs 2"}
    for name, label in labels.items():
        wall, rss = result[name]
        print(f"  {label:17}: {wall:7.1f} s  {speed[name]:9,.0f} chars/s  peak RSS {rss:6.1f} MB")
    print(f"  --jobs 1 / floor : {verdict(speed['jobs1'] / speed['floor'], 1.5, above=True)}")
    print(f"  --jobs 2 / floor : {verdict(speed['jobs2'] / speed['floor'], 2.5, above=True)}")


if __name__ == "__main__":
    main()

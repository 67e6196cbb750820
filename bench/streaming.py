"""Bench: streaming batch output. When does the first JSONL line of a 200-report batch arrive?

    python bench/streaming.py [--reports 200] [--repeat 3]

The batch is ../shared/data/reports (decoded to UTF-8) copied round-robin into
--reports files. For `--jobs 1` and `--jobs 2`, `tiyao summarize DIR -f jsonl` runs
with its stdout on a pipe, and this script notes when the first line arrives and when
the process ends. The yardstick, measured in the same rounds: a process summarizing the
batch's first report alone (`tiyao summarize FIRST -f jsonl`: start-up plus one report)
and `tiyao --version` (start-up). Target (issue 15): the first line within the time of
the first report plus start-up (the lone process printing its line; its exit, which
takes a few tenths of a second more, is shown too), not at the end of the batch. Medians of --repeat rounds,
every command once per round, interleaved so that load hits all alike.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from _measure import REPORTS, TIYAO, verdict


def build_batch(folder: Path, count: int) -> list[Path]:
    """Write `count` reports into `folder`, copies of the shared reports in turn."""
    from tiyao.core import decode

    texts = [(p.stem, decode(p.read_bytes())) for p in sorted(REPORTS.glob("*.txt"))]
    files = []
    for i in range(count):
        stem, text = texts[i % len(texts)]
        path = folder / f"{i:03d}_{stem}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def first_and_total(cmd: Sequence[str]) -> tuple[float, float, int]:
    """Seconds to the first stdout line and to the end of `cmd`, and the lines it printed."""
    start = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        first_at = time.perf_counter() - start
        lines = (1 if first else 0) + sum(1 for _ in proc.stdout)
        code = proc.wait()
    total = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"command failed with exit {code}: {' '.join(cmd)}")
    return first_at, total, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tiyao-stream-") as tmp:
        files = build_batch(Path(tmp), args.reports)
        chars = sum(len(f.read_text(encoding="utf-8")) for f in files)
        commands = {
            "start-up (tiyao --version)": [*TIYAO, "--version"],
            "first report alone": [*TIYAO, "summarize", str(files[0]), "-f", "jsonl", "--quiet"],
            "batch --jobs 1": [*TIYAO, "summarize", tmp, "-f", "jsonl", "--quiet", "--jobs", "1"],
            "batch --jobs 2": [*TIYAO, "summarize", tmp, "-f", "jsonl", "--quiet", "--jobs", "2"],
        }
        samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
        for round_ in range(args.repeat):
            for name, cmd in commands.items():
                samples[name].append(first_and_total(cmd))
                first, total, lines = samples[name][-1]
                times = f"first line {first:.2f} s, end {total:.2f} s"
                print(f"round {round_ + 1} {name}: {times}, {lines} lines")
    print(f"\n{args.reports} reports, {chars:,} characters; first: {files[0].name}; medians of {args.repeat}")
    median = {
        name: (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
        for name, runs in samples.items()
    }
    print(f"{'command':28} {'first line s':>12} {'end s':>8}")
    for name, (first, total) in median.items():
        print(f"{name:28} {first:12.2f} {total:8.2f}")
    # Ratios per round (same load for both), then their median.
    alone = samples["first report alone"]
    for jobs in ("batch --jobs 1", "batch --jobs 2"):
        runs = samples[jobs]
        to_print = statistics.median(r[0] / a[0] for r, a in zip(runs, alone, strict=True))
        to_exit = statistics.median(r[0] / a[1] for r, a in zip(runs, alone, strict=True))
        of_run = statistics.median(r[0] / r[1] for r in runs)
        print(
            f"{jobs}: first line at {of_run:.1%} of the run; vs the first report alone "
            f"printing its line: {verdict(to_print, 1.0)}; vs its whole process: {to_exit:.2f}x"
        )


if __name__ == "__main__":
    main()

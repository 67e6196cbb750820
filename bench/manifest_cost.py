"""Cost of recording finished partitions in a sharded run, against the number of partitions.

Run on demand, never in the test suite:

    python bench/manifest_cost.py [--partitions 100,300,1000] [--repeat 3] [--before-up-to 1000]

For each partition count N, N one-partition batches (the worst case: Dask's
`as_completed` batches usually hold one result) are recorded two ways, with the
same job and results:

- journal (today): the manifest written at the start, one fsync'd journal line per
  batch (`open_journal`), the manifest written once at the end (`write_manifest`);
- manifest per batch (before): the whole manifest rewritten atomically after every
  batch (`write_manifest`), as `run_sharded` did until issue 15 (it did not fsync then;
  both ways fsync once per batch here, so the times compare the bytes, not the syncs).

It prints bytes written (Linux `/proc/self/io` wchar) and wall time per partition,
medians of --repeat runs; per-partition cost flat in N is linear, growing with N is
quadratic. No summarizing and no cluster: this is the client's bookkeeping alone.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tiyao.core import SummaryOptions
from tiyao.core.read.sources import ReadOptions
from tiyao.core.run.manifest import (
    Job,
    PartitionResult,
    describe_job,
    open_journal,
    write_manifest,
)
from tiyao.core.run.shards import shard_name


def _results(n: int) -> list[PartitionResult]:
    # Partitions of 100 reports with ~60k characters each, as in a real corpus.
    return [PartitionResult(i, shard_name(i), 100, 100, 6_000_000, 4_000_000, ()) for i in range(n)]


def journal(out: Path, job: Job, results: list[PartitionResult]) -> None:
    done: dict[int, PartitionResult] = {}
    write_manifest(out, job, done, [], complete=False)
    with open_journal(out, job) as record:
        for result in results:
            done[result.index] = result
            record([result])
    write_manifest(out, job, done, [], complete=True)


def manifest_per_batch(out: Path, job: Job, results: list[PartitionResult]) -> None:
    done: dict[int, PartitionResult] = {}
    write_manifest(out, job, done, [], complete=False)
    for result in results:
        done[result.index] = result
        write_manifest(out, job, done, [], complete=len(done) == len(results))


def _wchar() -> int:
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("wchar:"))


def measure(way: Callable[[Path, Job, list[PartitionResult]], None], n: int) -> tuple[int, float]:
    """(bytes written, seconds) of recording n partitions one batch at a time."""
    sources = [f"/corpus/r{i:07d}.txt" for i in range(n * 100)]
    job = describe_job(sources, 100, SummaryOptions(), ReadOptions())
    results = _results(n)
    with tempfile.TemporaryDirectory(prefix="tiyao-manifest-") as tmp:
        before, start = _wchar(), time.perf_counter()
        way(Path(tmp), job, results)
        return _wchar() - before, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partitions", default="100,300,1000", help="comma-separated counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per point; medians (default 3)")
    parser.add_argument(
        "--before-up-to", type=int, default=1000, help="skip the quadratic way above this N (default 1000)"
    )
    args = parser.parse_args()
    ways = {"journal (today)": journal, "manifest per batch (before)": manifest_per_batch}
    print(f"{'way':28} {'N':>6} {'bytes':>13} {'bytes/part':>11} {'seconds':>8} {'us/part':>9}")
    for n in (int(part) for part in args.partitions.split(",")):
        samples: dict[str, list[tuple[int, float]]] = {name: [] for name in ways}
        for _ in range(args.repeat):
            for name, way in ways.items():  # alternating, so load hits both alike
                if way is journal or n <= args.before_up_to:
                    samples[name].append(measure(way, n))
        for name, runs in samples.items():
            if not runs:
                continue
            written = int(statistics.median(b for b, _ in runs))
            seconds = statistics.median(s for _, s in runs)
            per_part = f"{written / n:11,.0f} {seconds:8.3f} {seconds / n * 1e6:9.0f}"
            print(f"{name:28} {n:6} {written:13,} {per_part}")


if __name__ == "__main__":
    main()

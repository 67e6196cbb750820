"""Throughput (chars/s) of the serial engine, a 2-process pool and --engine dask (1 and 2 workers).

Run on demand, never in the test suite:

    python bench/dask_throughput.py [--mb 20] [--repeats 3] [--partition-size 8]

The corpus is the UTF-8 reports of ../shared/data/reports copied until it holds at
least --mb megabytes. `--jobs` is not on main yet, so the 2-process baseline is a
`multiprocessing.Pool(2)` mapping `summarize_source` over the files (the unit of
work `--jobs` runs), which is what `--jobs 2` would do. Each round runs every
engine once, interleaved, so that noise from the shared machine hits all alike;
the table shows medians and ratios to the serial engine of the same run.
Dask runs use clusters started once beforehand (their start-up is shown apart);
serial and pool timings include loading jieba and starting the pool.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tiyao.core import SummaryOptions, run_dask, summarize_source, summarize_sources
from tiyao.core.run.jsonl import document_json_line

REPORTS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "reports"


def build_corpus(root: Path, megabytes: float) -> list[Path]:
    originals = [p for p in sorted(REPORTS.glob("*.txt")) if "gbk" not in p.name]
    files: list[Path] = []
    size = 0
    while size < megabytes * 1e6:
        for original in originals:
            copy = root / f"{len(files):05d}_{original.name}"
            shutil.copyfile(original, copy)
            files.append(copy)
            size += copy.stat().st_size
    return files


def run_serial(corpus: Path, out: Path) -> int:
    batch = summarize_sources([str(corpus)], SummaryOptions())
    with out.open("w", encoding="utf-8") as stream:
        stream.writelines(document_json_line(doc) for doc in batch.documents)
    return sum(doc.chars for doc in batch.documents)


def _summarize(source: str):  # type: ignore[no-untyped-def]
    return summarize_source(source, SummaryOptions())


def run_pool(files: list[Path], out: Path) -> int:
    # spawn, not fork: the Dask clusters' threads are alive in this process.
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        docs = pool.map(_summarize, [str(f) for f in files], chunksize=8)
    with out.open("w", encoding="utf-8") as stream:
        stream.writelines(document_json_line(doc) for doc in docs)
    return sum(doc.chars for doc in docs)


def timed(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    chars = run()
    return time.perf_counter() - start, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--repeats", type=int, default=3, help="rounds; medians are reported (default 3)")
    parser.add_argument("--partition-size", type=int, default=8, help="files per Dask task (default 8)")
    args = parser.parse_args()

    import distributed

    work = Path(tempfile.mkdtemp(prefix="tiyao-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        files = build_corpus(corpus, args.mb)
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        print(f"corpus: {len(files)} files, {megabytes:.1f} MB", flush=True)
        clusters = {}
        for workers in (1, 2):
            start = time.perf_counter()
            clusters[workers] = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            startup = time.perf_counter() - start
            print(f"LocalCluster({workers} workers) start-up: {startup:.1f} s", flush=True)

        def dask_run(workers: int, out: Path) -> int:
            address = clusters[workers].scheduler_address
            run = run_dask([str(corpus)], str(out), scheduler=address, partition_size=args.partition_size)
            return run.chars

        engines: dict[str, Callable[[Path], int]] = {
            "serial (--jobs 1)": lambda out: run_serial(corpus, out / "serial.jsonl"),
            "Pool(2) stand-in for --jobs 2": lambda out: run_pool(files, out / "pool.jsonl"),
            "dask, 1 worker": lambda out: dask_run(1, out),
            "dask, 2 workers": lambda out: dask_run(2, out),
        }
        seconds: dict[str, list[float]] = {name: [] for name in engines}
        chars = 0
        for round_ in range(args.repeats):
            for name, engine in engines.items():
                out = work / "out"
                out.mkdir()
                elapsed, chars = timed(lambda engine=engine, out=out: engine(out))
                shutil.rmtree(out)
                seconds[name].append(elapsed)
                rate = chars / elapsed
                print(f"round {round_ + 1} {name}: {elapsed:.1f} s, {rate:,.0f} chars/s", flush=True)
        for cluster in clusters.values():
            cluster.close()
        floor = statistics.median(seconds["serial (--jobs 1)"])
        print(f"\n{chars:,} chars; medians of {args.repeats} rounds; partition size {args.partition_size}")
        print(f"{'engine':32} {'median s':>9} {'chars/s':>10} {'vs serial':>10}")
        for name, runs in seconds.items():
            median = statistics.median(runs)
            print(f"{name:32} {median:9.1f} {chars / median:10,.0f} {floor / median:9.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

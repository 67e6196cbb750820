"""The Dask engine: run `summarize_partition` on a `distributed` cluster.

A thin layer over `tiyao.core.run.shards`: the client lists and partitions the
sources, `Client.submit` ships one task per partition, workers write the
shards, and the client records finished partitions as they arrive (one
journal line each; see `tiyao.core.run.manifest`). Workers must have tiyao
installed and see the same paths as the client (a shared filesystem) to read
the reports and write the shards.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from ..errors import EngineError, MissingExtraError
from ..model import SummaryOptions
from ..read.sources import ReadOptions
from ..score.lexicon import Lexicon
from ..score.tokens import current_lexicon
from .manifest import PartitionResult
from .shards import (
    DEFAULT_PARTITION_SIZE,
    PartitionJob,
    PartitionMapper,
    ShardedRun,
    run_sharded,
    summarize_partition,
)

DASK_INSTALL = 'pip install "tiyao[dask]"'

# How long to wait for a --scheduler to answer before giving up.
CONNECT_TIMEOUT = "20s"


def _distributed() -> ModuleType:
    try:
        import distributed
    except ImportError:
        raise MissingExtraError(f"--engine dask needs Dask's distributed scheduler: {DASK_INSTALL}") from None
    return distributed


def warm_up_worker(lexicon: Lexicon | None = None) -> None:
    """Load the word cutter and the keyword table in this process, once, before the first task.

    Args:
        lexicon: The client's user words and stop words (`current_lexicon()` there).
    """
    from ..score.tokens import extract_keywords, tokenize, use_lexicon

    use_lexicon(lexicon or Lexicon())

    tokenize("预热")
    extract_keywords("预热", 1)


@contextmanager
def _client(distributed: ModuleType, scheduler: str | None, workers: int | None) -> Iterator[Any]:
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc.__class__.__name__}); "
                "start one with `dask scheduler` or fix --scheduler"
            ) from None
        with client:
            yield client
        return
    # One single-threaded worker process per core: summarizing is pure Python and holds the GIL.
    cluster = distributed.LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        # No dashboard, but the scheduler still serves HTTP: a free port, not a warning about 8787.
        scheduler_kwargs={"dashboard_address": ":0"},
        silence_logs=logging.ERROR,
    )
    with cluster, distributed.Client(cluster, set_as_default=False) as client:
        yield client


def _mapper(
    distributed: ModuleType,
    scheduler: str | None,
    workers: int | None,
    out_dir: str,
    options: SummaryOptions,
    read: ReadOptions,
) -> PartitionMapper:
    # The cluster starts only when there is work: a finished job re-run costs no cluster.
    def map_partitions(jobs: Sequence[PartitionJob]) -> Iterable[list[PartitionResult]]:
        if not jobs:
            return
        with _client(distributed, scheduler, workers) as client:
            client.run(warm_up_worker, current_lexicon())
            futures = [
                client.submit(summarize_partition, job, out_dir, options, read, pure=False) for job in jobs
            ]
            for batch in distributed.as_completed(futures, loop=client.loop, with_results=True).batches():
                yield [result for _, result in batch]

    return map_partitions


def run_dask(
    paths: Sequence[str],
    out_dir: str,
    options: SummaryOptions | None = None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    read: ReadOptions | None = None,
) -> ShardedRun:
    """Summarize a corpus on a Dask cluster into JSONL shards in `out_dir`, resuming if possible.

    Args:
        paths: Files or directories, as workers see them (absolute paths on a shared
            filesystem for a remote cluster).
        out_dir: Output directory for `part-NNNNN.jsonl` shards and `_manifest.json`.
        options: Length budgets.
        scheduler: Address of a running scheduler (e.g. `tcp://10.0.0.5:8786`); None
            starts a local cluster for the run.
        workers: Worker processes of the local cluster (None: one per core).
        partition_size: Sources per task.
        read: What to read and how (encoding, input format, glob), as for the local engine.

    Returns:
        Totals over the whole job.

    Raises:
        MissingExtraError: `distributed` is not installed.
        EngineError: The scheduler cannot be reached.
        InputError: `out_dir` holds another job's shards.
    """
    distributed = _distributed()
    options = options or SummaryOptions()
    # Workers may not share the client's working directory.
    out_dir = os.path.abspath(out_dir)
    read = read or ReadOptions()
    mapper = _mapper(distributed, scheduler, workers, out_dir, options, read)
    return run_sharded(paths, out_dir, options, mapper, partition_size=partition_size, read=read)

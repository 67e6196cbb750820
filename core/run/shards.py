"""Summarizing a corpus into JSONL shards that survive a crash: partitions in, shards out.

This is the engine-independent half of a distributed run. The client lists the
sources and cuts them into partitions (`plan_partitions`); an engine runs
`summarize_partition` for each one somewhere (it writes `part-NNNNN.jsonl`
atomically); `run_sharded` records every finished partition in the manifest's journal
(`tiyao.core.run.manifest`) so that a re-run into the same directory skips them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..defaults import DEFAULT_PARTITION_SIZE
from ..model import SourceError, SummaryOptions
from ..read.sources import ReadOptions, expand_sources
from .batch import summarize_source
from .jsonl import document_json_line
from .manifest import (
    Job,
    PartitionResult,
    describe_job,
    open_journal,
    read_manifest,
    sync_directory,
    write_manifest,
)


@dataclass(frozen=True, slots=True)
class PartitionJob:
    """One unit shipped to a worker: its index and the sources it summarizes."""

    index: int
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ShardedRun:
    """What a sharded run did.

    Attributes:
        out_dir: The directory holding the shards and `_manifest.json`.
        partitions: Partitions in the job.
        skipped: Partitions already complete from an earlier run, not run again.
        documents: Summarized reports, over all partitions.
        chars: Characters of the summarized reports, over all partitions.
        errors: Sources that could not be listed or summarized, in input order.
    """

    out_dir: str
    partitions: int
    skipped: int
    documents: int
    chars: int
    errors: tuple[SourceError, ...]


# Given the jobs still to do, yields batches of finished partitions (in any order).
PartitionMapper = Callable[[Sequence[PartitionJob]], Iterable[Sequence[PartitionResult]]]


def shard_name(index: int) -> str:
    """File name of a partition's shard, e.g. `part-00000.jsonl`."""
    return f"part-{index:05d}.jsonl"


def list_sources(paths: Sequence[str], glob: str | None = None) -> tuple[list[str], list[SourceError]]:
    """List the reports behind command-line paths, as the serial engine does.

    Args:
        paths: Files or directories.
        glob: As `--glob`: directories are searched recursively for matching files.

    Returns:
        The sources in order, and one error per path that could not be listed.
    """
    slots = expand_sources(paths, glob)
    return [s for s in slots if isinstance(s, str)], [s for s in slots if isinstance(s, SourceError)]


def plan_partitions(sources: Sequence[str], size: int) -> list[PartitionJob]:
    """Cut the source list into consecutive partitions of at most `size` sources.

    Args:
        sources: Report paths in input order.
        size: Sources per partition (at least 1).

    Returns:
        The partitions, numbered from 0 in input order.
    """
    starts = range(0, len(sources), size)
    return [PartitionJob(i, tuple(sources[start : start + size])) for i, start in enumerate(starts)]


def summarize_partition(
    job: PartitionJob, out_dir: str, options: SummaryOptions, read: ReadOptions | None = None
) -> PartitionResult:
    """Summarize one partition into its shard; runs on a worker.

    The shard is written to a hidden temporary file, fsync'd and renamed into place,
    so a killed worker (or a power cut) never leaves half a shard under the final name.

    Args:
        job: The partition.
        out_dir: Directory of the shards (shared by client and workers).
        options: Length budgets.
        read: Encoding and input format of the sources.

    Returns:
        Counts and per-source errors of the partition.
    """
    name = shard_name(job.index)
    final = Path(out_dir) / name
    temp = final.with_name(f".{name}.{uuid.uuid4().hex}.tmp")
    documents = chars = 0
    errors: list[SourceError] = []
    read = read or ReadOptions()
    with temp.open("w", encoding="utf-8", newline="\n") as shard:
        for source in job.sources:
            result = summarize_source(source, options, encoding=read.encoding, input_format=read.input_format)
            if isinstance(result, SourceError):
                errors.append(result)
                continue
            shard.write(document_json_line(result))
            documents += 1
            chars += result.chars
        # On disk before the client journals the partition as done (after a power cut a
        # recorded shard of the right size must hold its lines, not zeros).
        shard.flush()
        os.fsync(shard.fileno())
    os.replace(temp, final)
    sync_directory(final.parent)
    size = final.stat().st_size
    return PartitionResult(job.index, name, len(job.sources), documents, chars, size, tuple(errors))


def _remove_stale_temporaries(out_dir: Path) -> None:
    # Left by workers killed mid-shard; a running job's are never here (one job per directory).
    for pattern in (".part-*.tmp", "._manifest.json.*.tmp"):
        for stale in out_dir.glob(pattern):
            stale.unlink(missing_ok=True)


def run_sharded(
    paths: Sequence[str],
    out_dir: str,
    options: SummaryOptions,
    map_partitions: PartitionMapper,
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    read: ReadOptions | None = None,
) -> ShardedRun:
    """Summarize a corpus into JSONL shards, resuming a run left unfinished in `out_dir`.

    Args:
        paths: Files or directories (listed here, on the client).
        out_dir: Output directory; created if missing.
        options: Length budgets.
        map_partitions: The engine: runs `summarize_partition` for each job.
        partition_size: Sources per partition.
        read: What to read and how, as for the local engine.

    Returns:
        Totals over the whole job, including partitions finished by an earlier run.

    Raises:
        InputError: `out_dir` holds a different job, or is not a directory.
    """
    read = read or ReadOptions()
    sources, listing_errors = list_sources(paths, read.glob)
    job: Job = describe_job(sources, partition_size, options, read)
    directory = Path(out_dir)
    directory.mkdir(parents=True, exist_ok=True)
    done = read_manifest(directory, job)
    _remove_stale_temporaries(directory)
    plan = plan_partitions(sources, partition_size)
    todo = [p for p in plan if p.index not in done]
    skipped = len(plan) - len(todo)
    write_manifest(directory, job, done, listing_errors, complete=not todo)
    if todo:
        # One journal line per finished partition, the manifest rewritten once at the end:
        # recording costs O(partitions), where a manifest per batch cost O(partitions**2).
        with open_journal(directory, job) as record:
            for finished in map_partitions(todo):
                done.update((r.index, r) for r in finished)
                record(finished)
        write_manifest(directory, job, done, listing_errors, complete=len(done) == len(plan))
    results = [done[p.index] for p in plan]
    return ShardedRun(
        out_dir=str(directory),
        partitions=len(plan),
        skipped=skipped,
        documents=sum(r.documents for r in results),
        chars=sum(r.chars for r in results),
        errors=tuple(listing_errors) + tuple(e for r in results for e in r.errors),
    )

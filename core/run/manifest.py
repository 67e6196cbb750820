"""The manifest of a sharded run (`OUT_DIR/_manifest.json`): which partitions are complete.

The client rewrites it atomically after every batch of finished partitions. A
partition counts as complete on a re-run only if the manifest lists it and its
shard still has the recorded size, so a lost or truncated shard is redone.
The job's fingerprint (sources, partition size, options, tiyao version) guards
against resuming into a directory that holds another job's shards.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import SourceError, SummaryOptions
from ..read.sources import ReadOptions
from ..version import VERSION

MANIFEST_NAME = "_manifest.json"


@dataclass(frozen=True, slots=True)
class Job:
    """What a sharded run computes; equal jobs give byte-identical shards."""

    fingerprint: str
    sources: int
    partition_size: int
    options: SummaryOptions
    read: ReadOptions


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """A finished partition: its shard and what went into it.

    Attributes:
        index: Partition number, from 0 in input order.
        shard: File name of the shard in the output directory.
        sources: Sources in the partition.
        documents: Lines in the shard (summarized reports).
        chars: Characters of the summarized reports.
        bytes: Size of the shard file.
        errors: Sources of the partition that could not be summarized.
    """

    index: int
    shard: str
    sources: int
    documents: int
    chars: int
    bytes: int
    errors: tuple[SourceError, ...]


def describe_job(
    sources: Sequence[str], partition_size: int, options: SummaryOptions, read: ReadOptions
) -> Job:
    """Fingerprint a job from everything that decides its shards' contents.

    Args:
        sources: The listed sources, in order.
        partition_size: Sources per partition.
        options: Length budgets.
        read: What to read and how (encoding, input format, glob).

    Returns:
        The job, with a SHA-256 fingerprint.
    """
    digest = hashlib.sha256()
    header = {
        "tiyao": VERSION,
        "partition_size": partition_size,
        "options": asdict(options),
        "read": asdict(read),
    }
    digest.update(json.dumps(header, sort_keys=True).encode())
    for source in sources:
        digest.update(b"\0" + source.encode("utf-8", "surrogateescape"))
    return Job(digest.hexdigest(), len(sources), partition_size, options, read)


def _result_from_json(entry: dict[str, Any]) -> PartitionResult:
    errors = tuple(SourceError(e["source"], e["error"]) for e in entry["errors"])
    return PartitionResult(**{**entry, "errors": errors})


def read_manifest(out_dir: Path, job: Job) -> dict[int, PartitionResult]:
    """The partitions of `job` already complete in `out_dir`.

    Args:
        out_dir: The output directory.
        job: The job about to run.

    Returns:
        Complete partitions by index (empty when there is no manifest).

    Raises:
        InputError: The directory's manifest is unreadable or belongs to another job.
    """
    path = out_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fingerprint = data["job"]["fingerprint"]
        entries = [_result_from_json(entry) for entry in data["partitions"]]
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(f"{path} is not a tiyao manifest; choose an empty output directory") from None
    if fingerprint != job.fingerprint:
        raise InputError(
            "the output directory holds shards of a different job (other sources, options, "
            "--partition-size or tiyao version); choose an empty output directory"
        )
    done = {}
    for result in entries:
        shard = out_dir / result.shard
        if shard.is_file() and shard.stat().st_size == result.bytes:
            done[result.index] = result
    return done


def write_manifest(
    out_dir: Path,
    job: Job,
    done: Mapping[int, PartitionResult],
    listing_errors: Sequence[SourceError],
    *,
    complete: bool,
) -> None:
    """Atomically (re)write the manifest: the job, totals, and every complete partition.

    Args:
        out_dir: The output directory.
        job: The running job.
        done: Complete partitions by index.
        listing_errors: Paths that could not be listed (not in any partition).
        complete: Whether every partition of the job is done.
    """
    results = [done[i] for i in sorted(done)]
    manifest = {
        "tiyao": VERSION,
        "complete": complete,
        "job": asdict(job),
        "documents": sum(r.documents for r in results),
        "chars": sum(r.chars for r in results),
        "errors": len(listing_errors) + sum(len(r.errors) for r in results),
        "listing_errors": [asdict(e) for e in listing_errors],
        "partitions": [asdict(r) for r in results],
    }
    final = out_dir / MANIFEST_NAME
    temp = final.with_name(f".{MANIFEST_NAME}.{uuid.uuid4().hex}.tmp")
    temp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(temp, final)

"""The manifest of a sharded run (`OUT_DIR/_manifest.json`): which partitions are complete.

The client writes the manifest atomically when a run starts and when it ends. In
between, each batch of finished partitions is appended to the journal
(`OUT_DIR/_manifest.journal`: a header line, then one JSON line per partition,
flushed and fsync'd), so an update costs the size of the update, not of the
manifest (rewriting the manifest per batch made a run quadratic in partitions).
Writing the manifest folds the journal in and deletes it. A re-run reads both;
a last line torn by a crash mid-append is ignored (its partition is redone).
A partition counts as complete on a re-run only if it is recorded and its shard
still has the recorded size, so a lost or truncated shard is redone. The job's
fingerprint (sources, partition size, options, tiyao version) guards against
resuming into a directory that holds another job's shards.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import SourceError, SummaryOptions
from ..read.sources import ReadOptions
from ..version import VERSION

MANIFEST_NAME = "_manifest.json"
JOURNAL_NAME = "_manifest.journal"


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


def _not_ours(path: Path) -> InputError:
    return InputError(f"{path} is not a tiyao manifest; choose an empty output directory")


def _check_job(fingerprint: str, job: Job) -> None:
    if fingerprint != job.fingerprint:
        raise InputError(
            "the output directory holds shards of a different job (other sources, options, "
            "--partition-size or tiyao version); choose an empty output directory"
        )


def _manifest_entries(path: Path, job: Job) -> list[PartitionResult]:
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fingerprint = data["job"]["fingerprint"]
        entries = [_result_from_json(entry) for entry in data["partitions"]]
    except (OSError, ValueError, KeyError, TypeError):
        raise _not_ours(path) from None
    _check_job(fingerprint, job)
    return entries


def _journal_entries(path: Path, job: Job) -> list[PartitionResult]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError:
        raise _not_ours(path) from None
    # Appends end with a newline, so only the last piece can be torn (the client died
    # mid-append); it is dropped, and its partition is redone.
    lines = data.split(b"\n")[:-1]
    if not lines:
        return []
    try:
        fingerprint = json.loads(lines[0])["fingerprint"]
        entries = [_result_from_json(json.loads(line)) for line in lines[1:]]
    except (ValueError, KeyError, TypeError):
        raise _not_ours(path) from None
    _check_job(fingerprint, job)
    return entries


def read_manifest(out_dir: Path, job: Job) -> dict[int, PartitionResult]:
    """The partitions of `job` already complete in `out_dir`, from the manifest and the journal.

    Args:
        out_dir: The output directory.
        job: The job about to run.

    Returns:
        Complete partitions by index (empty when there is no manifest).

    Raises:
        InputError: The directory's manifest or journal is unreadable or belongs to another job.
    """
    entries = _manifest_entries(out_dir / MANIFEST_NAME, job)
    entries += _journal_entries(out_dir / JOURNAL_NAME, job)
    done = {}
    for result in entries:
        shard = out_dir / result.shard
        if shard.is_file() and shard.stat().st_size == result.bytes:
            done[result.index] = result
    return done


def sync_directory(path: Path) -> None:
    """fsync a directory, so that a file created, renamed or removed in it survives a power cut.

    Where a directory cannot be opened for that (Windows), the rename is as durable as
    the system makes it.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def write_manifest(
    out_dir: Path,
    job: Job,
    done: Mapping[int, PartitionResult],
    listing_errors: Sequence[SourceError],
    *,
    complete: bool,
) -> None:
    """Atomically (re)write the manifest: the job, totals, and every complete partition.

    The journal is deleted afterwards: `done` must hold every partition it recorded.

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
    _write_synced(temp, (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    os.replace(temp, final)
    # The new manifest's name is on disk before the journal goes: a power cut in between
    # leaves journal entries the manifest also has (harmless), never the old manifest
    # without the journal that completes it.
    sync_directory(out_dir)
    (out_dir / JOURNAL_NAME).unlink(missing_ok=True)


@contextmanager
def open_journal(out_dir: Path, job: Job) -> Iterator[Callable[[Sequence[PartitionResult]], None]]:
    """Open the journal for appending; yields `record(results)`, which appends one line per result.

    Each call writes only its own lines and fsyncs them before it returns, so a
    partition recorded survives a crash of the client (or of the machine).

    Args:
        out_dir: The output directory (its manifest already written for `job`).
        job: The running job, named in the journal's header line.

    Yields:
        The function that records a batch of finished partitions.
    """
    with (out_dir / JOURNAL_NAME).open("ab") as file:

        def append(lines: Sequence[str]) -> None:
            file.write("".join(line + "\n" for line in lines).encode("utf-8"))
            file.flush()
            os.fsync(file.fileno())

        if file.tell() == 0:
            append([json.dumps({"tiyao": VERSION, "fingerprint": job.fingerprint})])
            sync_directory(out_dir)  # the new journal's name, or its fsync'd lines are unreachable
        yield lambda results: append([json.dumps(asdict(r), ensure_ascii=False) for r in results])

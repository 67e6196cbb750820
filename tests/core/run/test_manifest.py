"""The manifest of a sharded run without a cluster: each update appends only its own
partitions to the journal (so recording is linear in partitions, not quadratic), and a
run killed at any point (even mid-append) resumes into byte-identical shards."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from support import SEED_000, SEED_002

from tiyao.core import InputError, SummaryOptions, summarize_sources
from tiyao.core.run.jsonl import document_json_line
from tiyao.core.run.manifest import JOURNAL_NAME, MANIFEST_NAME, PartitionResult
from tiyao.core.run.shards import PartitionJob, run_sharded, shard_name, summarize_partition

OPTIONS = SummaryOptions()


def _serial(out: Path, seen: list[int] | None = None):  # type: ignore[no-untyped-def]
    """The engine run here: one partition per batch, the indices it was given noted in `seen`."""

    def map_partitions(jobs: Sequence[PartitionJob]) -> Iterator[list[PartitionResult]]:
        for job in jobs:
            if seen is not None:
                seen.append(job.index)
            yield [summarize_partition(job, str(out), OPTIONS)]

    return map_partitions


def _crashing(out: Path, after: int):  # type: ignore[no-untyped-def]
    """An engine whose client dies after recording `after` partitions."""

    def map_partitions(jobs: Sequence[PartitionJob]) -> Iterator[list[PartitionResult]]:
        for job in jobs[:after]:
            yield [summarize_partition(job, str(out), OPTIONS)]
        raise KeyboardInterrupt

    return map_partitions


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six small reports: runs of whole lines of the two seeds."""
    root = tmp_path_factory.mktemp("corpus")
    lines = [
        line
        for seed in (SEED_000, SEED_002)
        for line in seed.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    step = len(lines) // 6
    for i in range(6):
        (root / f"r{i}.txt").write_text("\n".join(lines[i * step : (i + 1) * step]) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def serial_jsonl(corpus: Path) -> bytes:
    batch = summarize_sources([str(corpus)], OPTIONS)
    return "".join(document_json_line(doc) for doc in batch.documents).encode("utf-8")


def _shards(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))


def _crash(corpus: Path, out: Path, after: int) -> None:
    with pytest.raises(KeyboardInterrupt):
        run_sharded([str(corpus)], str(out), OPTIONS, _crashing(out, after), partition_size=1)


def test_a_killed_run_resumes_from_the_journal(corpus: Path, serial_jsonl: bytes, tmp_path: Path) -> None:
    _crash(corpus, tmp_path, after=2)
    manifest = json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["complete"] is False and manifest["partitions"] == []  # written at the start only
    journal = (tmp_path / JOURNAL_NAME).read_text(encoding="utf-8").splitlines()
    assert json.loads(journal[0])["fingerprint"] == manifest["job"]["fingerprint"]
    assert [json.loads(line)["index"] for line in journal[1:]] == [0, 1]

    seen: list[int] = []
    run = run_sharded([str(corpus)], str(tmp_path), OPTIONS, _serial(tmp_path, seen), partition_size=1)

    assert seen == [2, 3, 4, 5] and run.skipped == 2 and run.documents == 6
    assert _shards(tmp_path) == serial_jsonl
    assert not (tmp_path / JOURNAL_NAME).exists()  # folded into the manifest
    manifest = json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["complete"] is True and [p["index"] for p in manifest["partitions"]] == list(range(6))
    assert manifest["documents"] == 6 and manifest["chars"] == run.chars


@pytest.mark.parametrize("torn", [b'{"index": 2, "sha', b'{"index": 2}'], ids=["half", "no-newline"])
def test_a_line_torn_by_a_crash_is_ignored(
    corpus: Path, serial_jsonl: bytes, tmp_path: Path, torn: bytes
) -> None:
    _crash(corpus, tmp_path, after=2)
    with (tmp_path / JOURNAL_NAME).open("ab") as journal:
        journal.write(torn)  # the client died inside a write

    seen: list[int] = []
    run_sharded([str(corpus)], str(tmp_path), OPTIONS, _serial(tmp_path, seen), partition_size=1)

    assert seen == [2, 3, 4, 5]
    assert _shards(tmp_path) == serial_jsonl


def test_a_journal_of_another_job_or_a_bad_line_is_refused(corpus: Path, tmp_path: Path) -> None:
    _crash(corpus, tmp_path, after=1)
    journal = tmp_path / JOURNAL_NAME
    header, *entries = journal.read_bytes().splitlines(True)
    journal.write_bytes(b'{"fingerprint": "0123"}\n' + b"".join(entries))
    with pytest.raises(InputError, match="different job"):
        run_sharded([str(corpus)], str(tmp_path), OPTIONS, _serial(tmp_path), partition_size=1)
    journal.write_bytes(header + b"[1, 2]\n" + b"".join(entries))
    with pytest.raises(InputError, match="is not a tiyao manifest"):
        run_sharded([str(corpus)], str(tmp_path), OPTIONS, _serial(tmp_path), partition_size=1)


# --- cost of recording: many partitions, no summarizing --------------------------------------

PARTITIONS = 200


@pytest.fixture
def many(tmp_path: Path) -> tuple[Path, Path]:
    """PARTITIONS one-report partitions whose shards exist already (the fake engine only reports)."""
    sources, out = tmp_path / "sources", tmp_path / "out"
    sources.mkdir()
    out.mkdir()
    for i in range(PARTITIONS):
        (sources / f"r{i:04d}.txt").write_text("报告。\n", encoding="utf-8")
        (out / shard_name(i)).write_text("{}\n", encoding="utf-8")
    return sources, out


def _result(job: PartitionJob) -> PartitionResult:
    return PartitionResult(job.index, shard_name(job.index), 1, 1, 3, 3, ())


def _state(out: Path) -> tuple[tuple[int, int, int], list[bytes]]:
    stat = (out / MANIFEST_NAME).stat()
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns), (out / JOURNAL_NAME).read_bytes().splitlines(True)


def test_each_update_appends_only_its_own_partitions(many: tuple[Path, Path]) -> None:
    sources, out = many
    updates: list[tuple[tuple[int, int, int], list[bytes]]] = []

    def map_partitions(jobs: Sequence[PartitionJob]) -> Iterator[list[PartitionResult]]:
        batch_sizes = [1, 2, 3, 1]  # as Dask's as_completed batches come: 1 or a few
        start = 0
        while start < len(jobs):
            size = batch_sizes[len(updates) % len(batch_sizes)]
            yield [_result(job) for job in jobs[start : start + size]]
            start += size
            updates.append(_state(out))  # what the client wrote for that batch

    run_sharded([str(sources)], str(out), OPTIONS, map_partitions, partition_size=1)

    manifests = {manifest for manifest, _ in updates}
    assert len(manifests) == 1  # the manifest was never rewritten during the run
    previous: list[bytes] = updates[0][1][:1]  # the header line
    for _, lines in updates:
        added = lines[len(previous) :]
        assert lines[: len(previous)] == previous  # earlier lines untouched
        assert 1 <= len(added) <= 3 and all(len(line) < 200 for line in added)
        previous = lines
    assert len(previous) == 1 + PARTITIONS
    assert not (out / JOURNAL_NAME).exists()
    assert len(json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["partitions"]) == PARTITIONS


def _bytes_written() -> int:
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("wchar:"))


@pytest.mark.skipif(not os.path.exists("/proc/self/io"), reason="counts bytes with Linux's /proc/self/io")
def test_recording_writes_bytes_linear_in_partitions(many: tuple[Path, Path]) -> None:
    sources, out = many

    def map_partitions(jobs: Sequence[PartitionJob]) -> Iterator[list[PartitionResult]]:
        for job in jobs:  # one partition per batch: the worst case for a manifest per batch
            yield [_result(job)]

    before = _bytes_written()
    run_sharded([str(sources)], str(out), OPTIONS, map_partitions, partition_size=1)
    written = _bytes_written() - before

    manifest = (out / MANIFEST_NAME).stat().st_size
    # Start manifest + journal + final manifest: about twice the final manifest. Rewriting
    # the manifest per batch writes about PARTITIONS / 2 = 100 times it.
    assert written < 3 * manifest


def _disk_events(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each fsync (by file name), os.replace and Path.unlink, in order."""
    events: list[str] = []
    real_fsync, real_replace, real_unlink = os.fsync, os.replace, Path.unlink

    def fsync(fd: int) -> None:
        events.append("fsync " + os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace(src: Path, dst: Path) -> None:
        events.append(f"replace {Path(src).resolve()} {Path(dst).resolve()}")
        real_replace(src, dst)

    def unlink(path: Path, missing_ok: bool = False) -> None:
        events.append(f"unlink {path}")
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(Path, "unlink", unlink)
    return events


@pytest.mark.skipif(not os.path.exists("/proc/self/fd"), reason="names fsync'd files with /proc/self/fd")
def test_the_directory_is_synced_after_the_journal_is_made_and_before_it_goes(
    many: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, out = many
    events = _disk_events(monkeypatch)

    def map_partitions(jobs: Sequence[PartitionJob]) -> Iterator[list[PartitionResult]]:
        for job in jobs:
            yield [_result(job)]

    run_sharded([str(sources)], str(out), OPTIONS, map_partitions, partition_size=1)
    directory, journal = f"fsync {out.resolve()}", f"fsync {(out / JOURNAL_NAME).resolve()}"
    first_journal_sync = events.index(journal)
    assert directory in events[first_journal_sync + 1 : first_journal_sync + 2]  # its name, at once
    removal = events.index(f"unlink {out / JOURNAL_NAME}")
    assert events[removal - 1] == directory  # the final manifest's rename is durable first


@pytest.mark.skipif(not os.path.exists("/proc/self/fd"), reason="names fsync'd files with /proc/self/fd")
def test_a_shard_is_on_disk_before_its_partition_is_reported(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _disk_events(monkeypatch)
    job = PartitionJob(0, (str(corpus / "r0.txt"),))
    result = summarize_partition(job, str(tmp_path), OPTIONS)
    shard = (tmp_path / result.shard).resolve()
    synced, renamed = events[-3], events[-2]
    assert synced.startswith(f"fsync {tmp_path.resolve()}/.{result.shard}.") and synced.endswith(".tmp")
    assert renamed == f"replace {synced.removeprefix('fsync ')} {shard}"
    assert events[-1] == f"fsync {tmp_path.resolve()}"  # the shard's name

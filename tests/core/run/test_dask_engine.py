"""The Dask engine on a real two-worker LocalCluster (loopback only): its shards equal
the serial engine's JSONL, a killed run resumes without duplicates, bad files become
error records, and a missing extra is one line naming the install command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import ROOT, SEED_000, SEED_002, SEEDS, build_markdown
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.render import render_jsonl
from tiyao.core import InputError, SummaryOptions, run_dask, summarize_sources

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
PARTITION_SIZE = 16
CHUNK_CHARS = 700  # small files keep the whole module near 30 s on 2 shared cores


def _texts() -> list[str]:
    # The public-domain reports copied into tests/data, so a clone without ../shared has them.
    files = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


def _chunks(text: str, offset: int) -> Iterator[str]:
    """Consecutive runs of whole lines of about CHUNK_CHARS, starting `offset` lines in."""
    lines = [line for line in text.splitlines() if line.strip()][offset:]
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if sum(map(len, chunk)) >= CHUNK_CHARS:
            yield "\n".join(chunk) + "\n"
            chunk = []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred small reports cut from the seeds and tests/data reports, plus two bad files."""
    root = tmp_path_factory.mktemp("corpus")
    count = 0
    # Cutting each text at several line offsets gives variants, not copies.
    for offset in (0, 1, 3, 5, 7, 9):
        for text in _texts():
            for chunk in _chunks(text, offset):
                (root / f"r{count:04d}.txt").write_text(chunk, encoding="utf-8")
                count += 1
                if count >= 300:
                    break
    (root / "r0100_empty.txt").write_bytes(b"")
    (root / "r0200_latin1.txt").write_bytes("caf\xe9 \xff\xfe".encode("latin-1"))
    return root


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def serial_jsonl(corpus: Path) -> bytes:
    """What `tiyao summarize CORPUS -f jsonl` prints (the serial engine)."""
    out = corpus.parent / "serial.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as stream:
        render_jsonl(summarize_sources([str(corpus)], SummaryOptions()), stream)
    return out.read_bytes()


@pytest.fixture(scope="module")
def first_run(corpus: Path, scheduler: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("shards")
    run = run_dask([str(corpus)], str(out), scheduler=scheduler, partition_size=PARTITION_SIZE)
    return out, run


def _shard_lines(out: Path) -> list[bytes]:
    shards = sorted(out.glob("part-*.jsonl"))
    return [line for shard in shards for line in shard.read_bytes().splitlines(True)]


def _source(line: bytes) -> str:
    return json.loads(line)["source"]


def test_shards_match_the_serial_engine_byte_for_byte(first_run, serial_jsonl: bytes, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    out, run = first_run
    sources = len(list(corpus.glob("*.txt")))
    assert sources >= 200
    lines = _shard_lines(out)
    serial = serial_jsonl.splitlines(True)
    assert sorted(lines, key=_source) == sorted(serial, key=_source)
    # Partitions are consecutive runs of the input, so shards in order are the serial output itself.
    assert b"".join(lines) == serial_jsonl
    assert run.partitions == -(-sources // PARTITION_SIZE) == len(list(out.glob("part-*.jsonl")))
    assert run.documents == len(lines) == sources - 2 and run.skipped == 0
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] is True and manifest["documents"] == run.documents
    assert manifest["chars"] == sum(json.loads(line)["chars"] for line in lines)


def test_bad_files_are_error_records_not_failed_tasks(first_run, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    out, run = first_run
    bad = {str(corpus / "r0100_empty.txt"), str(corpus / "r0200_latin1.txt")}
    assert {e.source for e in run.errors} == bad
    assert all(e.error for e in run.errors)
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    recorded = {e["source"]: e["error"] for p in manifest["partitions"] for e in p["errors"]}
    assert recorded == {e.source: e.error for e in run.errors}
    assert "not valid utf-8" in recorded[str(corpus / "r0200_latin1.txt")]
    assert bad.isdisjoint(_source(line) for line in _shard_lines(out))


def test_killed_run_resumes_without_duplicates(  # type: ignore[no-untyped-def]
    first_run, corpus: Path, serial_jsonl: bytes, scheduler: str, tmp_path: Path
) -> None:
    done, _ = first_run
    out = tmp_path / "out"
    out.mkdir()
    for path in done.iterdir():
        (out / path.name).write_bytes(path.read_bytes())
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    # A job killed mid-way: the client had recorded only some partitions, one recorded
    # shard was lost, another cut short, and a worker left a temporary file behind.
    manifest["complete"] = False
    manifest["partitions"] = [p for p in manifest["partitions"] if p["index"] not in (7, 8)]
    (out / "_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (out / "part-00002.jsonl").unlink()
    shard_5 = (out / "part-00005.jsonl").read_bytes()
    (out / "part-00005.jsonl").write_bytes(shard_5[: len(shard_5) // 2])
    (out / ".part-00007.jsonl.dead.tmp").write_bytes(b"{half")
    untouched = out / "part-00000.jsonl"
    os.utime(untouched, ns=(1, 1))

    run = run_dask([str(corpus)], str(out), scheduler=scheduler, partition_size=PARTITION_SIZE)

    assert run.skipped == run.partitions - 4  # partitions 2, 5, 7 and 8 ran again
    assert untouched.stat().st_mtime_ns == 1
    lines = _shard_lines(out)
    assert len({_source(line) for line in lines}) == len(lines)
    assert b"".join(lines) == serial_jsonl
    assert not list(out.glob(".*.tmp"))
    assert json.loads((out / "_manifest.json").read_text(encoding="utf-8"))["complete"] is True
    assert len(run.errors) == 2


def test_another_jobs_directory_is_refused(first_run, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    out, _ = first_run
    with pytest.raises(InputError, match="different job"):
        run_dask([str(corpus)], str(out), partition_size=PARTITION_SIZE + 1)


def test_cli_writes_shards_on_a_running_scheduler(scheduler: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["summarize", str(SEEDS), "-f", "jsonl", "--engine", "dask", "--scheduler", scheduler]
    result = runner.invoke(app, [*args, "-o", str(out), "--partition-size", "1"], env=ENV)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"tiyao: 2 documents, 0 errors in 2 shards in {out} (0 already complete)\n"
    serial = runner.invoke(app, ["summarize", str(SEEDS), "-f", "jsonl"], env=ENV)
    assert b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl"))) == serial.stdout.encode()


@pytest.fixture(scope="module")
def encoded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seed in GB18030 and a seed as Markdown, both named .txt: only the options read them right."""
    root = tmp_path_factory.mktemp("encoded")
    (root / "gb.txt").write_bytes(SEED_000.read_text(encoding="utf-8").encode("gb18030"))
    (root / "md.txt").write_bytes(build_markdown(SEED_002.read_text(encoding="utf-8")))
    return root


def _local_then_dask(report: str, scheduler: str, out: Path, options: list[str]) -> tuple[Any, Any, bytes]:
    local = runner.invoke(app, ["summarize", report, "-f", "jsonl", *options], env=ENV)
    dask = ["--engine", "dask", "--scheduler", scheduler, "-o", str(out), "--partition-size", "1"]
    result = runner.invoke(app, ["summarize", report, "-f", "jsonl", *options, *dask], env=ENV)
    return local, result, b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl")))


def test_encoding_reaches_the_worker_processes(encoded: Path, scheduler: str, tmp_path: Path) -> None:
    report = str(encoded / "gb.txt")
    local, dask, shards = _local_then_dask(report, scheduler, tmp_path / "gb", ["--encoding", "gb18030"])
    assert local.exit_code == dask.exit_code == 0, dask.stderr
    assert shards == local.stdout.encode("utf-8")
    utf8 = runner.invoke(app, ["summarize", str(SEED_000), "-f", "jsonl"], env=ENV).stdout
    assert {**json.loads(shards), "source": ""} == {**json.loads(utf8), "source": ""}  # decoded right
    # A wrong codec fails on the worker as it does here (without --encoding the file reads fine).
    local, dask, shards = _local_then_dask(report, scheduler, tmp_path / "big5", ["--encoding", "big5"])
    assert local.exit_code == dask.exit_code == 1 and shards == b""
    assert "not valid big5" in local.stderr
    assert dask.stderr.splitlines()[0] == local.stderr.splitlines()[0]


def test_input_format_reaches_the_worker_processes(encoded: Path, scheduler: str, tmp_path: Path) -> None:
    report = str(encoded / "md.txt")
    local, dask, shards = _local_then_dask(report, scheduler, tmp_path, ["--input-format", "md"])
    assert local.exit_code == dask.exit_code == 0, dask.stderr
    assert shards == local.stdout.encode("utf-8")
    as_text = runner.invoke(app, ["summarize", report, "-f", "jsonl"], env=ENV).stdout
    assert as_text != local.stdout  # read as Markdown, not as plain text


@pytest.mark.parametrize(
    ("extra", "hint"),
    [
        (["--engine", "dask", "-f", "jsonl"], "-o"),
        (["--engine", "dask", "-o", "out"], "--format"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler"),
    ],
)
def test_engine_option_mistakes_are_usage_errors(extra: list[str], hint: str) -> None:
    result = runner.invoke(app, ["summarize", str(SEEDS), *extra], env=ENV)
    assert result.exit_code == 2
    assert hint in result.stderr


def test_without_the_extra_dask_is_one_line_naming_the_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # what a venv without the extra sees
    args = ["summarize", str(SEEDS), "--engine", "dask", "-o", str(tmp_path), "-f", "jsonl"]
    result = runner.invoke(app, args, env=ENV)
    assert result.exit_code == 1
    needs = "--engine dask needs Dask's distributed scheduler"
    assert result.stderr == f'tiyao: {needs}: pip install "tiyao[dask]"\n'
    assert result.stdout == ""


def test_help_does_not_import_dask() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from tiyao.cli.main import app\n"
        "r = CliRunner().invoke(app, ['summarize', '--help'])\n"
        "assert r.exit_code == 0 and '--engine' in r.stdout, r.stdout\n"
        "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A bad scheme fails at once; a closed tcp:// port takes ~10 s of retries (tried by hand).
    address = "nonsense://127.0.0.1:9"
    pytest.importorskip("distributed")
    monkeypatch.setattr("tiyao.core.run.dask_engine.CONNECT_TIMEOUT", "1s")
    args = ["summarize", str(SEEDS), "--engine", "dask", "--scheduler", address, "-o", str(tmp_path)]
    result = runner.invoke(app, [*args, "-f", "jsonl"], env=ENV)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"tiyao: cannot reach the Dask scheduler at {address} (")
    assert result.stderr.count("\n") == 1

"""What a hostile user feeds tiyao: odd file names, FIFOs and devices, closed stdin, empty
rules, non-text codecs, and options the Dask engine must honour as the local one does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import SEED_000, SEED_002
from typer.testing import CliRunner

from tiyao.cli.main import app

TIYAO = [sys.executable, "-m", "tiyao.cli"]
ENV = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
runner = CliRunner()
ODD = os.fsdecode(b"bad\xff\xfe.txt")  # not UTF-8: os.fsdecode makes the bytes lone surrogates


def _run(*args: str, stdin: int | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*TIYAO, *args], capture_output=True, env=ENV, check=False, timeout=timeout, stdin=stdin
    )


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "a.txt")
    shutil.copy(SEED_002, folder / ODD)
    return folder


def test_an_undecodable_file_name_is_escaped_in_every_output(odd_folder: Path, tmp_path: Path) -> None:
    proc = _run("summarize", str(odd_folder), "-f", "jsonl")
    assert proc.returncode == 0, proc.stderr
    sources = [json.loads(line)["source"] for line in proc.stdout.decode("utf-8").splitlines()]
    assert sources == [f"{odd_folder}/a.txt", f"{odd_folder}/bad\\xff\\xfe.txt"]
    out = tmp_path / "r.json"
    proc = _run("summarize", str(odd_folder), "-f", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["documents"]) == 2


def test_an_undecodable_name_that_fails_is_one_utf8_error_line(odd_folder: Path) -> None:
    (odd_folder / ODD).write_bytes(b"")
    for command in ("summarize", "outline", "split"):
        proc = _run(command, str(odd_folder), "-f", "text")
        assert proc.returncode == 1
        assert (
            proc.stderr.decode("utf-8")
            == f"tiyao: {odd_folder}/bad\\xff\\xfe.txt: the file is empty; nothing to summarize\n"
        )


def test_a_control_character_in_a_name_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["split", str(tmp_path / "a\nb.txt")])
    assert result.exit_code == 1
    assert result.stderr == f"tiyao: {tmp_path}/a\\x0ab.txt: no such file\n"


@pytest.mark.parametrize("command", [["summarize"], ["outline"], ["split"], ["check", "--min-sections", "0"]])
def test_fifos_and_devices_are_refused_before_reading(command: list[str], tmp_path: Path) -> None:
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)  # nobody ever writes to it: reading it would hang
    proc = _run(*command, str(fifo), os.devnull, str(SEED_000), "-f", "text")
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.decode().splitlines() if line.startswith("tiyao: ")]
    assert errors == [
        f"tiyao: {fifo}: a FIFO (named pipe), not a regular file; copy the report to a file first",
        f"tiyao: {os.devnull}: a character device, not a regular file; copy the report to a file first",
    ]
    assert proc.stdout


def test_dev_zero_under_a_memory_limit_is_refused_not_read() -> None:
    limit = "ulimit -v 2000000"  # 2 GB of address space; reading /dev/zero would exhaust it
    cmd = " ".join(TIYAO)
    for command in ("split", "outline"):
        proc = subprocess.run(
            ["bash", "-c", f"{limit}; {cmd} {command} /dev/zero {SEED_000} -f text"],
            capture_output=True,
            env=ENV,
            check=False,
            timeout=60,
        )
        assert proc.returncode == 1
        assert (
            proc.stderr.decode()
            == "tiyao: /dev/zero: a character device, not a regular file; copy the report to a file first\n"
        )


def test_glob_skips_a_fifo_instead_of_hanging(tmp_path: Path) -> None:
    shutil.copy(SEED_000, tmp_path / "a.txt")
    os.mkfifo(tmp_path / "p.txt")
    result = runner.invoke(app, ["summarize", str(tmp_path), "--glob", "*.txt", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(tmp_path / "a.txt")]


@pytest.mark.parametrize("command", [["summarize", "-"], ["split", "-"], ["outline", "-"], ["eval", "-"]])
def test_a_closed_stdin_is_one_error_line(command: list[str]) -> None:
    proc = subprocess.run(
        ["bash", "-c", " ".join([*TIYAO, *command]) + " <&-"], capture_output=True, env=ENV, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr.decode() == "tiyao: -: stdin is closed; pass a file, or pipe the report in\n"


@pytest.mark.parametrize("option", ["--require", "--forbid", "--must-have-section"])
def test_an_empty_check_word_is_a_usage_error(option: str) -> None:
    result = runner.invoke(app, ["check", str(SEED_000), option, ""])
    assert result.exit_code == 2
    assert "not an empty string" in result.stderr


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib"])
@pytest.mark.parametrize("command", ["summarize", "outline", "split"])
def test_a_codec_that_is_not_a_text_encoding_is_a_usage_error(command: str, codec: str) -> None:
    result = runner.invoke(app, [command, str(SEED_000), "--encoding", codec])
    assert result.exit_code == 2
    assert "not a text encoding" in result.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two .txt reports, one in a subdirectory, and an HTML page: --glob and --input-format differ."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "sub").mkdir()
    shutil.copy(SEED_000, root / "a.txt")
    shutil.copy(SEED_002, root / "sub" / "b.txt")
    body = "".join(f"<p>{line}</p>" for line in SEED_000.read_text(encoding="utf-8").splitlines())
    (root / "c.txt.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    # One in-process worker: these tests compare what is read, not how fast.
    with distributed.LocalCluster(
        n_workers=1, processes=False, dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"}
    ) as cluster:
        yield cluster.scheduler_address


def _local_and_dask(corpus: Path, out: Path, scheduler: str, *options: str) -> tuple[Any, Any, list[str]]:
    local = runner.invoke(app, ["summarize", str(corpus), *options, "-f", "jsonl"])
    dask = runner.invoke(
        app,
        [
            "summarize",
            str(corpus),
            *options,
            "--engine",
            "dask",
            "--scheduler",
            scheduler,
            "-o",
            str(out),
            "-f",
            "jsonl",
        ],
    )
    lines = [line for shard in sorted(out.glob("part-*.jsonl")) for line in shard.read_text().splitlines()]
    return local, dask, lines


@pytest.mark.parametrize(
    "options",
    [("--glob", "*.txt"), ("--input-format", "html", "-n", "1"), ("--encoding", "big5")],
    ids=["glob", "input-format", "encoding"],
)
def test_the_dask_engine_reads_as_the_local_one(
    corpus: Path, tmp_path: Path, scheduler: str, options: tuple[str, ...]
) -> None:
    local, dask, lines = _local_and_dask(corpus, tmp_path / "out", scheduler, *options)
    assert lines == local.stdout.splitlines()
    assert dask.exit_code == local.exit_code
    assert [e for e in dask.stderr.splitlines() if "shards" not in e] == local.stderr.splitlines()


def test_dask_quiet_prints_nothing(corpus: Path, tmp_path: Path, scheduler: str) -> None:
    missing = str(corpus / "missing.txt")
    args = [
        "summarize",
        str(corpus),
        missing,
        "--engine",
        "dask",
        "--scheduler",
        scheduler,
        "-q",
        "-f",
        "jsonl",
    ]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == ""


def test_dask_jobs_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    args = ["summarize", str(corpus), "--engine", "dask", "-j", "2"]
    result = runner.invoke(app, [*args, "-f", "jsonl", "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "own workers" in result.stderr


def test_jieba_never_prints_its_cache_failure(tmp_path: Path) -> None:
    blocked = tmp_path / "tmp"
    (blocked / "jieba.cache").mkdir(parents=True)  # a directory: jieba cannot replace it
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")  # $XDG_CACHE_HOME that cannot hold tiyao/: the temp dir again
    env = {**ENV, "TIYAO_CUTTER": "jieba", "TMPDIR": str(blocked), "XDG_CACHE_HOME": str(not_a_dir)}
    proc = subprocess.run(
        [*TIYAO, "summarize", str(SEED_000), "-f", "json"], capture_output=True, env=env, check=False
    )
    assert proc.returncode == 0
    assert proc.stderr == b""

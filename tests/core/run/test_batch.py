"""Batches: --jobs gives the same bytes as a serial run, in input order; --glob recurses;
progress is reported once per source; a bad file never stops the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import SEED_000, SEED_002
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import SummaryOptions, summarize_sources
from tiyao.core.run.ordered import resolve_jobs

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seven reports in nested folders, in an order where names and sizes disagree, one binary."""
    root = tmp_path_factory.mktemp("corpus")
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    shutil.copy(SEED_002, root / "a" / "2.txt")
    shutil.copy(SEED_000, root / "a" / "10.txt")
    (root / "b" / "gbk.txt").write_bytes(SEED_002.read_text(encoding="utf-8").encode("gbk"))
    (root / "b" / "deep" / "z.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (root / "b" / "deep" / "notes.md").write_bytes(SEED_000.read_bytes())
    (root / "top.txt").write_bytes(SEED_000.read_bytes())
    (root / "skip.csv").write_text("a,b\n", encoding="utf-8")
    return root


def test_glob_recurses_in_path_order(corpus: Path) -> None:
    batch = summarize_sources([str(corpus)], glob="*.txt")
    names = [Path(d.source).relative_to(corpus).as_posix() for d in batch.documents]
    assert names == ["a/10.txt", "a/2.txt", "b/gbk.txt", "top.txt"]
    assert [Path(e.source).name for e in batch.errors] == ["z.txt"]


def test_without_glob_a_directory_is_its_top_level_reports(corpus: Path) -> None:
    batch = summarize_sources([str(corpus)])
    assert [Path(d.source).name for d in batch.documents] == ["top.txt"]


def test_jobs_output_is_byte_identical_to_serial(corpus: Path) -> None:
    args = ["summarize", str(corpus / "top.txt"), str(corpus), "--glob", "*", "-f", "json"]
    serial = runner.invoke(app, [*args, "--jobs", "1"], env=ENV)
    parallel = runner.invoke(app, [*args, "--jobs", "2"], env=ENV)
    assert serial.exit_code == parallel.exit_code == 1  # the PNG
    assert parallel.stdout == serial.stdout and parallel.stderr == serial.stderr
    assert serial.stdout.count("top.txt") >= 2 and "gbk.txt" in serial.stdout


def test_progress_is_called_once_per_source_in_both_engines(corpus: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    summarize_sources(
        [str(corpus)], SummaryOptions(sentences=1), glob="*.md", jobs=2, progress=lambda *c: calls.append(c)
    )
    assert [(done, total) for done, total, _ in calls] == [(0, 1), (1, 1)]
    for jobs in (1, 2):
        calls.clear()
        summarize_sources([str(SEED_000), str(SEED_002)], jobs=jobs, progress=lambda *c: calls.append(c))
        assert [done for done, _, _ in calls] == [0, 1, 2] and {t for _, t, _ in calls} == {2}
        assert sorted(s for _, _, s in calls) == ["", str(SEED_000), str(SEED_002)]


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    result = runner.invoke(app, ["summarize", str(corpus / "a"), "-f", "json"], env=ENV)
    assert result.exit_code == 0 and result.stderr == ""


def test_jobs_zero_means_every_core_and_negative_is_a_usage_error() -> None:
    assert resolve_jobs(0) >= 1 and resolve_jobs(3) == 3
    result = runner.invoke(app, ["summarize", str(SEED_000), "--jobs", "-1"], env=ENV)
    assert result.exit_code == 2 and "--jobs" in result.stderr


def test_unknown_encoding_is_a_usage_error() -> None:
    result = runner.invoke(app, ["summarize", str(SEED_000), "--encoding", "klingon"], env=ENV)
    assert result.exit_code == 2 and "--encoding" in result.stderr


def test_encoding_option_reads_every_input_with_that_codec(corpus: Path) -> None:
    result = runner.invoke(
        app, ["summarize", str(corpus / "b" / "gbk.txt"), "--encoding", "gbk", "-f", "json"], env=ENV
    )
    assert result.exit_code == 0
    wrong = runner.invoke(app, ["summarize", str(SEED_000), "--encoding", "big5", "-f", "json"], env=ENV)
    assert wrong.exit_code == 1 and "--encoding" in wrong.stderr and wrong.stderr.count("\n") == 1

"""Streaming: jsonl/csv/text print each report as soon as it and all before it are done.

Standard input (`-`) stands in for a slow report: it blocks whoever reads it until the
test writes it. So "the first report is out while the second is still unread" is checked
without a clock (the timeouts only stop a broken build from hanging the suite). A named
pipe would do the same, but tiyao refuses every non-regular input file before reading it.
"""

from __future__ import annotations

import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from support import SEED_000, SEED_002

HANG_GUARD = 120  # seconds; a hang is a failure, not a slow pass


def _start(*args: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "tiyao.cli", "summarize", str(SEED_000), "-", str(SEED_002), *args]
    # unbuffered: what readline does not return stays in the pipe for communicate()
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    return subprocess.Popen(cmd, **pipes, bufsize=0)  # type: ignore[call-overload, no-any-return]


def _first_line(proc: subprocess.Popen[bytes]) -> bytes:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], HANG_GUARD)
    assert ready, "nothing was printed while the second report was still unread"
    return proc.stdout.readline()


def _lines(*args: str) -> list[bytes]:
    """Summarize without waiting on anything; `-` reads seed 002 as the slow source does."""
    cmd = [sys.executable, "-m", "tiyao.cli", "summarize", *args]
    done = subprocess.run(cmd, input=SEED_002.read_bytes(), capture_output=True, check=True)
    return done.stdout.splitlines(keepends=True)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_report_is_printed_once_it_and_those_before_it_are_done(jobs: str) -> None:
    proc = _start("-f", "jsonl", "--jobs", jobs)
    first = _first_line(proc)
    assert b'"source": "' + str(SEED_000).encode() + b'"' in first
    rest, err = proc.communicate(SEED_002.read_bytes(), timeout=HANG_GUARD)  # unblocks stdin
    assert proc.returncode == 0, err
    # input order, and the same bytes as summarizing the same texts without waiting
    expected = _lines(str(SEED_000), "-", str(SEED_002), "-f", "jsonl")
    assert [first, *rest.splitlines(keepends=True)] == expected


@pytest.mark.parametrize("fmt", ["csv", "text"])
def test_csv_and_text_stream_too(fmt: str) -> None:
    proc = _start("-f", fmt, "--jobs", "2")
    first = _first_line(proc)
    rest, _ = proc.communicate(SEED_002.read_bytes(), timeout=HANG_GUARD)
    assert proc.returncode == 0
    assert first + rest == b"".join(_lines(str(SEED_000), "-", str(SEED_002), "-f", fmt))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_keeps_what_was_printed_and_exits_130(jobs: str) -> None:
    proc = _start("-f", "jsonl", "--jobs", jobs)
    first = _first_line(proc)
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=HANG_GUARD)
    assert proc.returncode == 130
    assert first == _lines(str(SEED_000), "-f", "jsonl")[0] and rest == b""
    assert err.decode().strip().endswith("tiyao: interrupted") and "Traceback" not in err.decode()


def test_with_o_an_interrupted_stream_leaves_the_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out" / "summary.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    proc = _start("-f", "jsonl", "-o", str(target))
    # nothing reaches stdout with -o; wait until the temporary file holds the first report
    temps: list[Path] = []
    for _ in range(HANG_GUARD * 10):
        temps = [p for p in target.parent.iterdir() if p != target and p.stat().st_size > 0]
        if temps or proc.poll() is not None:
            break
        select.select([], [], [], 0.1)
    assert len(temps) == 1 and target.read_text(encoding="utf-8") == "old\n"
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=HANG_GUARD)
    assert proc.returncode == 130
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(target.parent.iterdir()) == [target]  # the temporary file is gone


def test_with_o_a_finished_stream_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.csv"
    target.write_text("old\n", encoding="utf-8")
    _lines(str(SEED_000), str(SEED_002), "-f", "csv", "-o", str(target), "--jobs", "2")
    assert target.read_bytes() == b"".join(_lines(str(SEED_000), str(SEED_002), "-f", "csv"))
    assert sorted(tmp_path.iterdir()) == [target]

"""Where output goes, under a hostile user: `-o` targets, locales, closed pipes, SIGTERM.

Real processes wherever a signal, a pipe or the locale is involved.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import SEED_000, SEED_002
from typer.testing import CliRunner

from tiyao.cli.main import app

TIYAO = [sys.executable, "-m", "tiyao.cli"]
ENV = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
runner = CliRunner()


def _refused(args: list[str], *words: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    for word in words:
        assert word in result.stderr


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    shutil.copy(SEED_000, path)
    return path


@pytest.mark.parametrize("command", [["summarize"], ["outline"], ["split"], ["check", "--min-sections", "0"]])
def test_writing_over_an_input_is_refused_and_the_input_kept(report: Path, command: list[str]) -> None:
    before = report.read_bytes()
    _refused([*command, str(report), "-o", str(report)], "is also an input")
    assert report.read_bytes() == before


def test_an_input_inside_a_directory_counts_too(report: Path) -> None:
    _refused(["summarize", str(report.parent), "-o", str(report)], "is also an input")
    link = report.parent / "link.json"
    link.symlink_to(report)
    _refused(["summarize", str(report), "-o", str(link)], "is also an input")


def test_eval_refuses_to_write_over_its_references(tmp_path: Path) -> None:
    refs = tmp_path / "refs.jsonl"
    refs.write_text(json.dumps({"text": "推进改革。", "summary": "推进改革。"}, ensure_ascii=False) + "\n")
    _refused(["eval", str(refs), "-o", str(refs)], "is also an input")


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("", ("give a file name",)),
        ("nodir/", ("give a file name",)),
        ("missing/r.json", ("does not exist",)),
        ("report.txt/sub", ("is not a directory",)),
        (".", ("is a directory",)),
    ],
)
def test_unusable_targets_are_usage_errors(report: Path, target: str, words: tuple[str, ...]) -> None:
    os.chdir(report.parent)
    _refused(["summarize", str(report), "-o", target], *words)
    _refused(["split", str(report), "-o", target], *words)


def test_devices_fifos_and_symlinks_to_them_are_never_replaced(report: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "null"
    link.symlink_to(os.devnull)  # a link to a device, made in tmp: never touch /dev itself
    _refused(["summarize", str(report), "-o", str(fifo)], "a FIFO")
    _refused(["summarize", str(report), "-o", str(link)], "a character device")
    assert link.is_symlink() and fifo.is_fifo()
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    _refused(["outline", str(report), "-o", str(dangling)], "symlink to nothing")


def test_a_read_only_target_is_refused_by_every_command(report: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep")
    target.chmod(0o444)
    for command in (["summarize"], ["outline"], ["split"], ["check", "--min-sections", "0"]):
        _refused([*command, str(report), "-o", str(target)], "read-only")
    assert target.read_text() == "keep"


def test_a_symlink_to_a_regular_file_is_followed(report: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = runner.invoke(app, ["summarize", str(report), "-f", "json", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and json.loads(real.read_text())["documents"]


def test_dask_output_directory_is_checked_before_the_cluster_starts(report: Path) -> None:
    base = ["summarize", str(report), "--engine", "dask", "-f", "jsonl", "-o"]
    _refused([*base, str(report)], "is not a directory")
    _refused([*base, str(report / "sub")], "is not a directory")
    _refused([*base, ""], "give a directory")


@pytest.mark.parametrize(
    "env", [{"PYTHONIOENCODING": "gbk"}, {"PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C"}]
)
def test_output_is_utf8_whatever_the_locale(env: dict[str, str], tmp_path: Path) -> None:
    odd = tmp_path / "报告\u2022\U0001f600.txt"  # GBK cannot encode the bullet, ASCII none of it
    odd.write_text(SEED_000.read_text(encoding="utf-8") + "\n指标增长\u2022\U0001f600。\n", encoding="utf-8")
    proc = subprocess.run(
        [*TIYAO, "split", str(odd), str(tmp_path / "缺失.txt"), "-f", "text"],
        capture_output=True,
        env={**ENV, **env},
        check=False,
    )
    assert proc.returncode == 1
    assert "\U0001f600".encode() in proc.stdout
    assert proc.stdout.decode("utf-8").endswith("指标增长\u2022\U0001f600。\n")
    assert proc.stderr.decode("utf-8") == f"tiyao: {tmp_path / '缺失.txt'}: no such file\n"


def _piped(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {script}"], capture_output=True, text=True, env=ENV, check=False
    )


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output far larger than a pipe's buffer (64 KiB on Linux), so `head -1` closes it early."""
    folder = tmp_path_factory.mktemp("many")
    for k in range(4):
        for seed in (SEED_000, SEED_002):
            shutil.copy(seed, folder / f"{k:02d}_{seed.name}")
    return folder


def test_a_closed_pipe_keeps_the_error_lines_and_exit_1(many: Path) -> None:
    cmd = " ".join(TIYAO)
    proc = _piped(f'{cmd} split "{many}" "{many}/missing.txt" -f text | head -1')
    assert proc.returncode == 1
    assert proc.stderr == f"tiyao: {many}/missing.txt: no such file\n"


def test_a_closed_pipe_keeps_a_failed_check_failed(many: Path) -> None:
    cmd = " ".join(TIYAO)
    # `true` exits at once: the pipe is closed long before tiyao (>1 s to start) writes to it.
    proc = _piped(f'{cmd} check "{many}" --require 从未出现的词语 -f jsonl | true')
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr


def _wait_for(path: Path, pattern: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(3000):
        if list(path.glob(pattern)) or proc.poll() is not None:
            return
        time.sleep(0.01)


def test_sigterm_during_o_exits_143_and_leaves_no_temporary(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(SEED_000.read_text(encoding="utf-8") * 20, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    # A table of thousands of rows takes Rich seconds to render: time to signal mid-write.
    proc = subprocess.Popen(
        [*TIYAO, "split", str(big), "-f", "table", "-o", str(out / "r.out")], stderr=subprocess.PIPE, env=ENV
    )
    _wait_for(out, ".r.out.*.tmp", proc)
    assert proc.poll() is None and list(out.iterdir()), "missed the moment the output is written"
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    assert stderr.decode() == "tiyao: terminated\n"
    assert list(out.iterdir()) == []


def test_pool_workers_die_with_their_parent(tmp_path: Path) -> None:
    if not Path("/proc").is_dir():
        pytest.skip("needs Linux /proc to find the workers")
    for k in range(4):
        (tmp_path / f"r{k}.txt").write_text(SEED_002.read_text(encoding="utf-8") * 30, encoding="utf-8")
    proc = subprocess.Popen(
        [*TIYAO, "summarize", str(tmp_path), "-j", "2", "-f", "json"], stdout=subprocess.DEVNULL
    )
    workers: list[int] = []
    for _ in range(3000):
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        workers = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        if len(workers) >= 2:
            break
        time.sleep(0.01)
    assert workers, "no worker processes started"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 30
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _running(pid)]
        time.sleep(0.05)
    assert not alive


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's reaping is missing


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_while_the_temporary_file_is_created_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int, status: int
) -> None:
    # The signal lands after mkstemp has created the file and before it returns the name:
    # the window the subprocess test above can only hit by chance.
    import tempfile

    import typer

    from tiyao.cli.output import unix_manners, write_output

    real = tempfile.mkstemp

    def mkstemp_then_signal(*args: object, **kwargs: object) -> tuple[int, str]:
        made = real(*args, **kwargs)  # type: ignore[call-overload]
        signal.raise_signal(signum)
        sum(range(1000))  # bytecode where a Python-level handler would run
        return made  # type: ignore[no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_signal)
    with pytest.raises(typer.Exit) as exited, unix_manners():
        write_output(lambda out: out.write("never\n"), tmp_path / "r.out")
    assert exited.value.exit_code == status
    assert list(tmp_path.iterdir()) == []

"""Real processes: closed pipes, Ctrl-C, exit codes and byte-identical output across hash seeds."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import ROOT, SEED_000, SEED_002

TIYAO = shutil.which("tiyao", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(TIYAO is None, reason="the tiyao script is not installed beside python")
ENV = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def many_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough reports that the output is far larger than a pipe's buffer (64 KiB on Linux)."""
    folder = tmp_path_factory.mktemp("many")
    for k in range(4):
        for seed in (SEED_000, SEED_002):
            shutil.copy(seed, folder / f"{k:02d}_{seed.name}")
    return folder


@pytest.mark.parametrize(
    ("command", "fmt"), [("summarize", "text"), ("summarize", "table"), ("split", "table")]
)
def test_a_closed_pipe_ends_quietly(command: str, fmt: str, many_reports: Path) -> None:
    extra = "-n 20" if command == "summarize" else ""
    script = f'set -o pipefail; "{TIYAO}" {command} "{many_reports}" {extra} -f {fmt} | head -1'
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=ENV, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and proc.stdout.count("\n") == 1
    if command == "summarize":
        assert proc.stdout.startswith(str(many_reports))


def _wait_until_reading_stdin(pid: int) -> None:
    # Interrupting before the app runs would test Python's start-up, not tiyao.
    wchan = Path(f"/proc/{pid}/wchan")
    if not wchan.exists():
        pytest.skip("needs Linux /proc to see that the process waits on stdin")
    for _ in range(6000):
        if "pipe" in wchan.read_text():
            return
        time.sleep(0.01)
    pytest.fail("tiyao never started reading stdin")


def test_ctrl_c_exits_130_with_one_line() -> None:
    proc = subprocess.Popen(
        [TIYAO, "summarize", "-", "-f", "json"],  # type: ignore[list-item]
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        _wait_until_reading_stdin(proc.pid)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert (proc.returncode, out, err) == (130, "", "tiyao: interrupted\n")


def test_output_is_byte_identical_across_hash_seeds() -> None:
    runs = [
        subprocess.Popen(
            [TIYAO, "summarize", "seeds", "-f", "json"],  # type: ignore[list-item]
            cwd=ROOT,
            env={**ENV, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for seed in ("1", "4242")
    ]
    (out1, err1), (out2, err2) = (proc.communicate() for proc in runs)
    assert err1 == err2 == b""
    assert out1 == out2 and b'"source": "seeds/002_400b12bd617868b4.txt"' in out1


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--version"], 0),
        (["summarize", "seeds", "--sentences", "0"], 2),
        (["check", "seeds"], 2),
        (["summarize", "no/such.txt"], 1),
    ],
)
def test_exit_codes_of_the_real_program(  # more in test_cli_readme.py, which runs the README's examples
    args: list[str], code: int
) -> None:
    proc = subprocess.run([TIYAO, *args], cwd=ROOT, capture_output=True, text=True, env=ENV, check=False)  # type: ignore[list-item]
    assert proc.returncode == code
    assert "Traceback" not in proc.stderr

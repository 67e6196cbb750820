"""Shared by the bench scripts: run a command in a fresh process, report wall time and peak RSS.

Each measurement runs under a small Python wrapper whose RUSAGE_CHILDREN then
covers exactly that command (and its workers), so peak RSS is per run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT.parent / "shared" / "data" / "reports"
PYTHON = sys.executable
_SCRIPT = Path(PYTHON).parent / "tiyao"
TIYAO = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "tiyao.cli"]

_WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
"""


def run_once(cmd: Sequence[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of `cmd`; fails loudly on a non-zero exit."""
    out = subprocess.run([PYTHON, "-c", _WRAPPER, *cmd], capture_output=True, text=True, check=True).stdout
    wall, rss_kb, code = out.split()
    if int(code) != 0:
        raise SystemExit(f"command failed with exit {code}: {' '.join(cmd)}")
    return float(wall), int(rss_kb) / 1024


def median_runs(commands: dict[str, Sequence[str]], repeat: int) -> dict[str, tuple[float, float]]:
    """Median wall time and median peak RSS of each command, runs interleaved so load hits all alike."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            samples[name].append(run_once(cmd))
    return {
        name: (statistics.median(w for w, _ in runs), statistics.median(r for _, r in runs))
        for name, runs in samples.items()
    }


def floor_script(body: str) -> list[str]:
    """A Python process running `body` after importing jieba quietly (the floor commands)."""
    prelude = "import logging, sys, jieba; jieba.setLogLevel(logging.WARNING)\n"
    return [PYTHON, "-c", prelude + body]


def verdict(ratio: float, target: float, above: bool = False) -> str:
    ok = ratio >= target if above else ratio <= target
    return f"{ratio:5.2f}x (target {'>=' if above else '<='} {target}x) {'OK' if ok else 'MISSED'}"


def dump(name: str, data: object) -> None:
    print(f"json {name} {json.dumps(data)}")

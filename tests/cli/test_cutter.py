"""The CLI's side of the word cutter: one stderr notice when jieba stands in for rjieba."""

from __future__ import annotations

import subprocess
import sys

from support import SEED_000, SEEDS

# sys.modules[name] = None makes `import rjieba` raise ImportError, as a missing wheel does.
_RUN = "import sys\n{block}from tiyao.cli.main import app\napp(sys.argv[1:], prog_name='tiyao')\n"


def _tiyao(*args: str, block: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _RUN.format(block=block), *args], capture_output=True, text=True
    )


def test_without_rjieba_one_notice_and_the_same_output_with_workers() -> None:
    args = ("summarize", str(SEEDS), "-f", "jsonl", "--jobs", "2", "--quiet")
    served, fallback = _tiyao(*args), _tiyao(*args, block="sys.modules['rjieba'] = None\n")
    assert served.returncode == fallback.returncode == 0
    assert served.stderr == ""
    notice = fallback.stderr.splitlines()
    assert len(notice) == 1 and notice[0].startswith("tiyao: rjieba cannot be imported"), notice
    assert fallback.stdout == served.stdout and served.stdout.count("\n") == 2


def test_eval_and_check_also_say_it_once() -> None:
    result = _tiyao("check", str(SEED_000), "--min-sections", "1", block="sys.modules['rjieba'] = None\n")
    assert result.returncode == 0, result.stderr
    assert sum("rjieba cannot be imported" in line for line in result.stderr.splitlines()) == 1

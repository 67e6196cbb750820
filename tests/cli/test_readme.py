"""The README's "Use in scripts and CI" examples run and exit as the README says."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Use in scripts and CI", 1)[1].split("\n## ", 1)[0]
COMMANDS = [
    (line.split("# exit")[0].strip(), int(line.split("# exit")[1]))
    for block in re.findall(r"```sh\n(.*?)```", SECTION, flags=re.S)
    for line in block.splitlines()
    if line.strip()
]
SHELL = re.compile(r"[|<>;&$`]")
ENV = {"COLUMNS": "80", "NO_COLOR": "1"}


def test_the_section_shows_commands_with_their_exit_codes() -> None:
    assert len(COMMANDS) >= 8
    assert {code for _, code in COMMANDS} == {0, 1, 2}
    assert any(command.startswith("tiyao check") for command, _ in COMMANDS)


@pytest.mark.parametrize(("command", "code"), COMMANDS, ids=[c for c, _ in COMMANDS])
def test_readme_command_exits_as_documented(
    command: str, code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    if SHELL.search(command):
        # Pipelines and redirections need a real shell and the installed script.
        path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
        proc = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={**os.environ, **ENV, "PATH": path},
            check=False,
        )
        assert proc.returncode == code, proc.stderr
        assert "Traceback" not in proc.stderr
        return
    # Plain commands run in this process: the same code path, without reloading jieba.
    words = shlex.split(command)
    env = dict(ENV)
    while "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    assert words[0] == "tiyao"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, words[1:], env=env)
    assert result.exit_code == code, result.stderr
    for flag in ("-o", "--output"):
        if flag in words and code == 0:
            assert (tmp_path / words[words.index(flag) + 1]).stat().st_size > 0


def test_the_printed_check_output_is_what_check_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = re.search(r"`(tiyao check [^`]+)` prints\n\n```\n(.*?)```", SECTION, flags=re.S)
    assert shown is not None
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, shlex.split(shown.group(1))[1:], env=ENV)
    assert result.stdout == shown.group(2)


def test_the_pre_commit_hook_runs_on_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entry = re.search(r"^  entry: (.+)$", hook, flags=re.M).group(1)  # type: ignore[union-attr]
    args = json.loads(re.search(r"^  args: (.+)$", hook, flags=re.M).group(1))  # type: ignore[union-attr]
    assert entry == "tiyao check"
    monkeypatch.chdir(ROOT)
    # pre-commit appends the staged file names after the hook's args.
    result = CliRunner().invoke(app, ["check", *args, "seeds/000_a4df69430f90165f.txt"], env=ENV)
    assert (result.exit_code, result.stdout) == (0, "PASS seeds/000_a4df69430f90165f.txt\n")


def test_readme_python_api_example_runs_and_prints_what_it_says() -> None:
    block = README.split("## Python API", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    run = subprocess.run([sys.executable, "-c", block], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "report"
    assert lines[1] == "['地区生产总值 增长5%以上', '城镇新增就业 120万人以上']"
    assert lines[2].startswith("True ")

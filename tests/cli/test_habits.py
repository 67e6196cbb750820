"""Habits of good command lines: -h, -V, -o's suffix, each command's own env default, clean help."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from support import SEED_000, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
COMMANDS = ["summarize", "outline", "split", "check", "eval", "diff"]


def test_short_help_and_version() -> None:
    assert runner.invoke(app, ["-V"]).stdout.startswith("tiyao ")
    assert runner.invoke(app, ["-h"], env=ENV).exit_code == 0
    for command in COMMANDS:
        result = runner.invoke(app, [command, "-h"], env=ENV)
        assert result.exit_code == 0 and "Usage: tiyao " in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_no_type_noise_and_real_examples(command: str) -> None:
    text = runner.invoke(app, [command, "--help"], env=ENV).stdout
    for noise in ("<bool>", "<list[str]>", "{paths}", "{PATH}", "<str>", "<int range>", "<path>"):
        assert noise not in text, noise
    examples = [line for line in text.splitlines() if line.strip().startswith(f"tiyao {command} ")]
    assert 2 <= len(examples) <= 4, examples


@pytest.mark.parametrize(
    ("suffix", "check"),
    [
        (".json", lambda s: json.loads(s)["documents"]),
        (".jsonl", lambda s: [json.loads(line) for line in s.splitlines()]),
        (".csv", lambda s: next(csv.reader(io.StringIO(s)))[:3] == ["source", "section", "level"]),
        (".md", lambda s: s.startswith("# `")),
        (".txt", lambda s: "\n  " in s and "┃" not in s and "•" not in s),
    ],
)
def test_output_suffix_picks_the_format(tmp_path: Path, suffix: str, check: object) -> None:
    out = tmp_path / f"out{suffix}"
    result = runner.invoke(
        app, ["summarize", str(SEEDS), "-o", str(out)], env={**ENV, "TIYAO_FORMAT": "table"}
    )
    assert result.exit_code == 0, result.stderr
    assert check(out.read_text(encoding="utf-8"))  # type: ignore[operator]


def test_a_conflicting_format_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["summarize", str(SEED_000), "-o", str(out), "-f", "json"], env=ENV)
    assert result.exit_code == 2 and "contradicts" in result.stderr and not out.exists()
    agreeing = runner.invoke(app, ["summarize", str(SEED_000), "-o", str(out), "-f", "csv"], env=ENV)
    assert agreeing.exit_code == 0 and out.read_text(encoding="utf-8").startswith("source,")
    unknown = tmp_path / "out.log"  # no known suffix: -f, the env default or the command's default decides
    assert (
        runner.invoke(app, ["summarize", str(SEED_000), "-o", str(unknown), "-f", "json"], env=ENV).exit_code
        == 0
    )
    assert json.loads(unknown.read_text(encoding="utf-8"))["documents"]


def test_each_command_has_its_own_format_env_default() -> None:
    rules = ["check", str(SEEDS), "--min-sections", "1"]
    summaries_env = runner.invoke(app, rules, env={**ENV, "TIYAO_FORMAT": "json"})
    assert summaries_env.stdout.startswith("PASS ")  # TIYAO_FORMAT is summarize's only
    own = runner.invoke(app, rules, env={**ENV, "TIYAO_CHECK_FORMAT": "csv"})
    assert own.stdout.startswith("source,rule,passed,detail\n")
    summarize = runner.invoke(app, ["summarize", str(SEED_000)], env={**ENV, "TIYAO_FORMAT": "jsonl"})
    assert json.loads(summarize.stdout)["source"].endswith(SEED_000.name)


def test_check_ends_with_a_totals_line_on_stderr(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = runner.invoke(app, ["check", str(SEEDS), missing, "--must-have-section", "深刻领悟"], env=ENV)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "1 passed, 2 failed"
    assert "passed" not in result.stdout and len(result.stdout.splitlines()) == 3
    quiet = runner.invoke(app, ["check", str(SEEDS), "--min-sections", "1", "-q"], env=ENV)
    assert quiet.exit_code == 0 and quiet.stderr == ""


@pytest.mark.parametrize("width", [60, 80, 130])
def test_the_progress_bar_is_one_line_within_the_width(width: int) -> None:
    from rich.cells import cell_len
    from rich.console import Console

    from tiyao.cli.progress import progress_bar

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, legacy_windows=False)
    bar = progress_bar(console)
    task = bar.add_task(str(SEEDS / ("a_very_long_report_name_" * 4 + ".txt")), total=1234)
    bar.update(task, completed=17)
    console.print(bar.get_renderable())
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 1 and cell_len(lines[0]) <= width
    assert "17/1234" in lines[0] and lines[0].rstrip().endswith("…")


def test_split_table_names_each_source_once() -> None:
    result = runner.invoke(app, ["split", str(SEEDS), "-f", "table"], env=ENV)
    assert result.exit_code == 0
    for seed in SEEDS.glob("*.txt"):
        assert result.stdout.count(seed.name) == 1

"""The shared option vocabulary: every command that takes a flag gives it one meaning."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from support import ROOT, SEED_000, SEED_002
from typer.main import get_command
from typer.testing import CliRunner

from tiyao.cli.command import format_envvar
from tiyao.cli.main import app

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
JIANGSU = ROOT / "tests" / "data" / "reports" / "prov_2025_jiangsu.txt"
READING = ["summarize", "outline", "split", "check"]
# A rule check needs to run at all; it never fails on these reports.
EXTRA = {"check": ["--min-sections", "0"]}
SHARED = {
    "--output": ["summarize", "outline", "split", "check", "eval", "diff"],
    "--quiet": ["summarize", "outline", "split", "check", "eval", "diff"],
    "--format": ["summarize", "outline", "split", "check", "eval", "diff"],
    "--sentences": ["summarize", "check", "eval", "diff"],
    "--encoding": [*READING, "diff"],
    "--input-format": [*READING, "diff"],
    "--glob": [*READING, "diff"],
    "--jobs": [*READING, "diff"],
}


def _run(command: str, *args: str) -> Any:
    return runner.invoke(app, [command, *args, *EXTRA.get(command, [])], env=ENV)


def _option(command: str, flag: str) -> Any:
    params = get_command(app).commands[command].params  # type: ignore[attr-defined]
    return next(p for p in params if flag in p.opts)


@pytest.mark.parametrize("flag", list(SHARED))
def test_a_shared_flag_is_declared_the_same_in_every_command(flag: str) -> None:
    options = [_option(command, flag) for command in SHARED[flag]]
    first = options[0]
    for option in options[1:]:
        assert (option.opts, option.secondary_opts) == (first.opts, first.secondary_opts)
        assert option.help == first.help
    # -f is the one exception by design: each command has its own environment default
    # (TIYAO_FORMAT for summarize, TIYAO_CHECK_FORMAT, ...; cli/command.py)
    envvars = [o.envvar for o in options]
    if flag == "--format":
        assert envvars == [format_envvar(c) for c in SHARED[flag]] and len(set(envvars)) == len(envvars)
    else:
        assert len(set(map(str, envvars))) == 1


def test_every_reading_command_takes_the_same_paths_argument() -> None:
    helps = {c: get_command(app).commands[c].params[0] for c in READING}  # type: ignore[attr-defined]
    assert len({(p.help, p.metavar, p.nargs) for p in helps.values()}) == 1
    assert "*.txt and *.md" not in next(iter(helps.values())).help


def _pairs(tmp_path: Path) -> Path:
    text = "\n".join(SEED_002.read_text(encoding="utf-8").split("\n")[:6])
    path = tmp_path / "refs.jsonl"
    path.write_text(json.dumps({"text": text, "summary": "龙岗经济发展稳中向好"}, ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("command", [*READING, "eval"])
def test_quiet_silences_stderr_in_every_command(command: str, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    loud = _run(command, missing, "-f", "json")
    quiet = _run(command, missing, "-f", "json", "-q")
    assert loud.exit_code == quiet.exit_code == 1
    assert "missing.txt" in loud.stderr and quiet.stderr == ""


@pytest.mark.parametrize("command", [*READING, "eval"])
def test_output_into_a_missing_directory_or_onto_a_directory_is_a_usage_error(
    command: str, tmp_path: Path
) -> None:
    source = str(_pairs(tmp_path) if command == "eval" else SEED_000)
    for target, words in ((tmp_path / "no" / "out.json", "does not exist"), (tmp_path, "is a directory")):
        result = _run(command, source, "-o", str(target))
        assert result.exit_code == 2 and words in result.stderr and "--output" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def markdown_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Jiangsu report with Markdown `##` on its top-level headings, under a suffix no reader claims."""
    lines = JIANGSU.read_text(encoding="utf-8").split("\n")
    marked = ["## " + ln if re.match(r"^[一二三四五六七八九十]+、", ln) else ln for ln in lines]
    path = tmp_path_factory.mktemp("md") / "jiangsu.dat"
    path.write_text("\n".join(marked), encoding="utf-8")
    return path


def test_input_format_reads_outline_and_split_with_that_reader(markdown_report: Path) -> None:
    as_text = _run("split", str(markdown_report), "-f", "jsonl")
    as_md = _run("split", str(markdown_report), "-f", "jsonl", "--input-format", "md")
    headings = [
        [json.loads(ln)["text"] for ln in r.stdout.splitlines() if '"heading"' in ln]
        for r in (as_text, as_md)
    ]
    assert "## 一、2024年工作回顾" in headings[0] and "一、2024年工作回顾" in headings[1]
    outline = json.loads(_run("outline", str(markdown_report), "-f", "json", "--input-format", "md").stdout)
    levels = {s["title"]: s["level"] for s in outline["documents"][0]["sections"]}
    # Declared depths are relative (issue 13): the shallowest declared heading, `##` here, is level 1.
    assert levels["一、2024年工作回顾"] == 1


def test_input_format_reads_check_with_that_reader(markdown_report: Path) -> None:
    def chars(*args: str) -> int:
        out = _run("check", str(markdown_report), "--max-report-chars", "1", "-f", "jsonl", *args).stdout
        (rule,) = [r for r in json.loads(out)["results"] if r["rule"] == "--max-report-chars 1"]
        return int(rule["detail"].split()[0])

    as_md = chars("--input-format", "md")
    assert as_md < chars()  # the Markdown reader drops the `## ` marks
    limit = ["--max-report-chars", str(as_md)]
    assert _run("check", str(markdown_report), *limit, "--input-format", "md").exit_code == 0
    assert _run("check", str(markdown_report), *limit).exit_code == 1


@pytest.fixture(scope="module")
def nested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seed at the top, the Jiangsu report one directory down, and a file that is not a report."""
    root = tmp_path_factory.mktemp("nested")
    shutil.copy(SEED_000, root / SEED_000.name)
    (root / "sub").mkdir()
    shutil.copy(JIANGSU, root / "sub" / JIANGSU.name)
    (root / "sub" / "notes.log").write_text("不是报告。", encoding="utf-8")
    return root


@pytest.mark.parametrize("command", ["outline", "split", "check"])
def test_glob_recurses_in_every_reading_command(command: str, nested: Path) -> None:
    def sources(*args: str) -> list[str]:
        result = _run(command, str(nested), "-f", "csv", *args)
        assert result.exit_code == 0, result.stderr
        return sorted({Path(line.split(",")[0]).name for line in result.stdout.splitlines()[1:]})

    assert sources() == [SEED_000.name]
    assert sources("--glob", "*.txt") == sorted([SEED_000.name, JIANGSU.name])
    assert sources("--glob", "*.log") == ["notes.log"]


@pytest.mark.parametrize("command", ["outline", "split", "check"])
def test_jobs_gives_the_serial_output_in_every_reading_command(command: str, nested: Path) -> None:
    args = [str(nested), str(SEED_002), "--glob", "*.txt", "-f", "json"]
    serial = _run(command, *args)
    pooled = _run(command, *args, "--jobs", "2")
    assert serial.exit_code == pooled.exit_code == 0, pooled.stderr
    assert pooled.stdout == serial.stdout and JIANGSU.name in serial.stdout


# --glob, --input-format and --encoding it honours as the local engine does (tests/cli/test_hostile_input.py).
@pytest.mark.parametrize("args", [["--jobs", "2"]])
def test_reading_options_the_dask_engine_cannot_honour_are_usage_errors(
    args: list[str], tmp_path: Path
) -> None:
    result = _run("summarize", str(SEED_000), "--engine", "dask", "-f", "jsonl", "-o", str(tmp_path), *args)
    assert result.exit_code == 2 and args[0] in result.stderr


class _ClosedPipe(io.StringIO):
    """stdout after `head` has gone: every write fails."""

    def write(self, text: str) -> int:
        raise BrokenPipeError


def _results(tmp_path: Path) -> dict[str, Any]:
    from tiyao.core import (
        CheckRules,
        Split,
        SummaryOptions,
        check_batch,
        evaluate_file,
        outline_sources,
        split_sources,
        summarize_sources,
    )

    batch = summarize_sources([str(SEED_000)])
    return {
        "summarize": batch,
        "check": check_batch(batch, CheckRules(min_sections=0)),
        "eval": evaluate_file(str(_pairs(tmp_path)), SummaryOptions(), [], Split.all),
        "outline": outline_sources([str(SEED_000)]),
        "split": split_sources([str(SEED_000)]),
    }


def test_every_renderer_hands_a_closed_pipe_to_the_one_policy(tmp_path: Path) -> None:
    # Rich alone would exit 1 on a closed pipe; the app turns BrokenPipeError into exit 0.
    from tiyao.cli.render import RENDERERS
    from tiyao.cli.render_check import RENDERERS as CHECK
    from tiyao.cli.render_eval import EVAL_RENDERERS
    from tiyao.cli.render_structure import OUTLINE_RENDERERS, SPLIT_RENDERERS

    tables = {"summarize": RENDERERS, "check": CHECK, "eval": EVAL_RENDERERS}
    tables |= {"outline": OUTLINE_RENDERERS, "split": SPLIT_RENDERERS}
    for command, result in _results(tmp_path).items():
        for fmt, render in tables[command].items():
            with pytest.raises(BrokenPipeError):
                render(result, _ClosedPipe())
            assert fmt in tables[command]

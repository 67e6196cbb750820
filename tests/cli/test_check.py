"""`tiyao check` through CliRunner: verdict lines, exit codes, every format, usage errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from support import SEED_000, SEED_002, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.options import Format

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
PASSING = ["--require", "主题教育", "--min-sections", "3", "--summary-must-cover", "100"]
FAILING = ["--require", "区块链", "--max-report-chars", "3500", "--must-have-section", "聚焦民生"]


def _check(*args: str, **kw: object) -> object:
    return runner.invoke(app, ["check", *args], env=ENV, **kw)  # type: ignore[arg-type]


def test_passing_reports_print_one_pass_line_each_and_exit_0() -> None:
    result = _check(str(SEEDS), *PASSING)
    assert result.exit_code == 0, result.stderr  # type: ignore[attr-defined]
    assert result.stdout == f"PASS {SEED_000}\nPASS {SEED_002}\n"  # type: ignore[attr-defined]
    assert result.stderr == "2 passed, 0 failed\n"  # type: ignore[attr-defined]


def test_failing_reports_name_the_broken_rules_and_exit_1() -> None:
    result = _check(str(SEEDS), *FAILING)
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert result.stdout.splitlines() == [  # type: ignore[attr-defined]
        f"FAIL {SEED_000}: --require 区块链: not in the summary or keywords; "
        "--must-have-section 聚焦民生: no section title contains it",
        f"FAIL {SEED_002}: --require 区块链: not in the summary or keywords; "
        "--max-report-chars 3500: 3832 chars",
    ]


def test_json_gives_the_verdicts_as_data() -> None:
    result = _check(str(SEEDS), *FAILING, "-f", "json")
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert data["passed"] is False and [v["passed"] for v in data["verdicts"]] == [False, False]
    first = data["verdicts"][0]
    assert first["source"] == str(SEED_000) and first["error"] is None
    assert [(r["rule"], r["passed"]) for r in first["results"]] == [
        ("--require 区块链", False),
        ("--max-report-chars 3500", True),
        ("--must-have-section 聚焦民生", False),
    ]
    second = data["verdicts"][1]["results"]
    assert second[2] == {
        "rule": "--must-have-section 聚焦民生",
        "passed": True,
        "detail": "聚焦民生改善 提高人民生活品质做实做细",
    }


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_shows_every_verdict(fmt: Format) -> None:
    result = _check(str(SEEDS), *FAILING, "-f", fmt.value)
    assert result.exit_code == 1 and result.stderr == "0 passed, 2 failed\n"  # type: ignore[attr-defined]
    out = result.stdout  # type: ignore[attr-defined]
    assert "3832" in out
    if fmt is not Format.table:  # the table folds long paths across lines
        assert str(SEED_000) in out and str(SEED_002) in out
    if fmt is Format.csv:
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 6 and {r["passed"] for r in rows} == {"true", "false"}
    if fmt is Format.jsonl:
        assert [json.loads(line)["passed"] for line in out.splitlines()] == [False, False]
    if fmt is Format.markdown:
        assert out.startswith("## tiyao check: FAIL\n") and out.count("- **FAIL**") == 2
    if fmt is Format.table:
        assert out.count("FAIL") == 2 and "│" in out


def test_unreadable_report_fails_with_its_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = _check(missing, str(SEED_000), "--min-sections", "1")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert result.stdout == f"PASS {SEED_000}\nFAIL {missing}: no such file\n"  # type: ignore[attr-defined]
    assert result.stderr == f"tiyao: {missing}: no such file\n1 passed, 1 failed\n"  # type: ignore[attr-defined]


def test_quiet_empties_stderr_and_the_exit_code_stays_the_verdict(tmp_path: Path) -> None:
    # -q means what it means everywhere: nothing on stderr. The verdicts are the data (stdout).
    missing = str(tmp_path / "missing.txt")
    failed = _check(missing, str(SEED_000), "--min-sections", "1", "-q")
    passed = _check(str(SEEDS), *PASSING, "--quiet")
    assert (failed.exit_code, failed.stderr) == (1, "")  # type: ignore[attr-defined]
    assert failed.stdout == f"PASS {SEED_000}\nFAIL {missing}: no such file\n"  # type: ignore[attr-defined]
    assert (passed.exit_code, passed.stderr) == (0, "")  # type: ignore[attr-defined]
    assert passed.stdout == f"PASS {SEED_000}\nPASS {SEED_002}\n"  # type: ignore[attr-defined]


def test_max_report_chars_is_the_report_length_rule() -> None:
    at = _check(str(SEED_002), "--max-report-chars", "3832")
    under = _check(str(SEED_002), "--max-report-chars", "3831", "-f", "jsonl")
    assert (at.exit_code, at.stdout) == (0, f"PASS {SEED_002}\n")  # type: ignore[attr-defined]
    assert under.exit_code == 1  # type: ignore[attr-defined]
    (result,) = json.loads(under.stdout)["results"]  # type: ignore[attr-defined]
    assert result == {"rule": "--max-report-chars 3831", "passed": False, "detail": "3832 chars"}


def test_verdicts_can_go_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "verdicts.json"
    result = _check(str(SEEDS), *PASSING, "-f", "json", "-o", str(target), "-q")
    assert result.exit_code == 0 and result.stdout == ""  # type: ignore[attr-defined]
    assert json.loads(target.read_text(encoding="utf-8"))["passed"] is True


def test_stdin_is_checked_as_dash() -> None:
    text = SEED_002.read_text(encoding="utf-8")
    result = _check("-", "--must-have-section", "聚焦民生改善", input=text.encode("utf-8"))
    assert (result.exit_code, result.stdout) == (0, "PASS -\n")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ([], "rule"),
        (["--require", "调研", "--forbid", "调研"], "--forbid"),
        (["--max-report-chars", "0"], "--max-report-chars"),
        (["--max-chars", "3500"], "--max-chars"),  # the summary budget of summarize/eval, not a rule
        (["--summary-must-cover", "101"], "--summary-must-cover"),
        (["--min-sections", "-1"], "--min-sections"),
        (["--min-sections", "1", "-n", "0"], "--sentences"),
        (["--min-sections", "1", "-f", "yaml"], "--format"),
    ],
)
def test_bad_or_conflicting_rules_are_usage_errors(args: list[str], named: str) -> None:
    result = _check(str(SEEDS), *args)
    assert result.exit_code == 2 and result.stdout == ""  # type: ignore[attr-defined]
    assert named in result.stderr  # type: ignore[attr-defined]


def test_in_text_looks_at_the_whole_report_not_only_the_summary() -> None:
    # 营商环境 is in seed 002's text (a sentence no summary picks) but not in its key
    # sentences or keywords; 区块链 is nowhere in it.
    summary = _check(str(SEED_002), "--require", "营商环境")
    assert summary.exit_code == 1  # type: ignore[attr-defined]
    assert "--require 营商环境: not in the summary or keywords" in summary.stdout  # type: ignore[attr-defined]
    text = _check(str(SEED_002), "--require", "营商环境", "--forbid", "区块链", "--in", "text")
    assert text.exit_code == 0, text.stdout  # type: ignore[attr-defined]
    assert text.stdout == f"PASS {SEED_002}\n"  # type: ignore[attr-defined]
    forbidden = _check(str(SEED_002), "--forbid", "营商环境", "--in", "text", "-f", "json")
    assert forbidden.exit_code == 1  # type: ignore[attr-defined]
    (verdict,) = json.loads(forbidden.stdout)["verdicts"]  # type: ignore[attr-defined]
    assert verdict["results"] == [
        {"rule": "--forbid 营商环境 --in text", "passed": False, "detail": "mentioned in the text"}
    ]


def test_in_text_reads_directories_with_jobs_like_the_summary_scope() -> None:
    serial = _check(str(SEEDS), "--require", "调研", "--in", "text")
    pooled = _check(str(SEEDS), "--require", "调研", "--in", "text", "--jobs", "2")
    assert serial.exit_code == pooled.exit_code == 0  # type: ignore[attr-defined]
    assert serial.stdout == pooled.stdout == f"PASS {SEED_000}\nPASS {SEED_002}\n"  # type: ignore[attr-defined]

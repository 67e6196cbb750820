"""Every summarize format through CliRunner: structure, quoting, env defaults, -o, colour."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import TextIO

import pytest
from support import SEED_000, SEED_002, SEEDS
from typer.testing import CliRunner

from tiyao.cli import render
from tiyao.cli.main import app
from tiyao.cli.options import Format

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
TRICKY = (
    "# 标题\n\n一、工作回顾\n"
    '他说"好,很好"是*重点*。这是[链接](x)与|竖线|的句子。\n'
    "二、下一步\n继续推进改革开放。\n"
)


def _run(*args: str, env: dict[str, str] | None = None, **kw: object) -> object:
    return runner.invoke(app, list(args), env={**ENV, **(env or {})}, **kw)  # type: ignore[arg-type]


def _json(path: Path | str, *extra: str) -> dict:  # type: ignore[type-arg]
    result = _run("summarize", str(path), "-f", "json", *extra)
    assert result.exit_code == 0  # type: ignore[attr-defined]
    return json.loads(result.stdout)  # type: ignore[attr-defined,no-any-return]


def test_csv_has_one_row_per_section_summary_sentence() -> None:
    result = _run("summarize", str(SEEDS), "-f", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["source", "section", "level", "parent", "theme", "rank", "score", "text"]
    data = _json(SEEDS)
    expected = [
        (
            d["source"],
            s["title"] or "",
            str(s["level"]),
            str(s["parent"] if s["parent"] is not None else ""),
            s["theme"],
            p["score"],
            p["text"],
        )
        for d in data["documents"]
        for s in d["sections"]
        for p in s["summary"]
    ]
    assert [(r[0], r[1], r[2], r[3], r[4], float(r[6]), r[7]) for r in rows[1:]] == expected
    assert "\r" not in result.stdout


def test_csv_rank_1_is_the_best_score_of_its_section() -> None:
    rows = list(csv.DictReader(io.StringIO(_run("summarize", str(SEED_002), "-f", "csv", "-n", "3").stdout)))
    by_section: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_section.setdefault(row["section"], []).append(row)
    for section_rows in by_section.values():
        ranks = sorted(int(r["rank"]) for r in section_rows)
        assert ranks == list(range(1, len(section_rows) + 1))
        best = max(section_rows, key=lambda r: float(r["score"]))
        assert float(best["score"]) == float(next(r for r in section_rows if r["rank"] == "1")["score"])


def test_csv_quotes_commas_and_quotes_per_rfc_4180(tmp_path: Path) -> None:
    report = tmp_path / "tricky.txt"
    report.write_text(TRICKY, encoding="utf-8")
    out = _run("summarize", str(report), "-f", "csv").stdout
    assert '"他说""好,很好""是*重点*。"' in out
    texts = [r["text"] for r in csv.DictReader(io.StringIO(out))]
    assert '他说"好,很好"是*重点*。' in texts


def test_markdown_has_a_heading_per_section_and_a_bullet_per_sentence() -> None:
    out = _run("summarize", str(SEED_002), "-f", "markdown").stdout
    doc = _json(SEED_002)["documents"][0]
    headings = [line[3:] for line in out.splitlines() if line.startswith("## ")]
    assert headings == [s["title"] or s["theme"] for s in doc["sections"]]
    bullets = [line[2:] for line in out.splitlines() if line.startswith("- ")]
    assert bullets == [p["text"] for p in doc["summary"]] + [
        p["text"] for s in doc["sections"] for p in s["summary"]
    ]
    assert out.startswith(f"# `{SEED_002}`\n")


def test_markdown_escapes_what_would_become_markup(tmp_path: Path) -> None:
    report = tmp_path / "tricky.txt"
    report.write_text(TRICKY, encoding="utf-8")
    out = _run("summarize", str(report), "-f", "markdown").stdout
    assert "是\\*重点\\*。" in out and "\\[链接\\](x)与\\|竖线\\|" in out
    assert "## 工作回顾" in out or "## 一、工作回顾" in out


def test_text_is_plain_lines_for_grep_and_wc() -> None:
    out = _run("summarize", str(SEEDS), "-f", "text").stdout
    data = _json(SEEDS)
    lines = out.splitlines()
    sentences = [line[2:] for line in lines if line.startswith("  ")]
    picks = [p["text"] for d in data["documents"] for p in d["summary"]]
    picks += [p["text"] for d in data["documents"] for s in d["sections"] for p in s["summary"]]
    assert sorted(sentences) == sorted(picks)
    assert str(SEED_000) in lines and str(SEED_002) in lines
    assert not any(mark in out for mark in ("##", "**", "│", "┃", "\x1b["))


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_reports_a_failed_source_on_stderr_only(fmt: Format, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = _run("summarize", str(missing), str(SEED_000), "-f", fmt.value, "-n", "1")
    assert result.exit_code == 1
    assert result.stderr == f"tiyao: {missing}: no such file\n"
    assert str(SEED_000) in result.stdout
    if fmt is Format.json:
        assert json.loads(result.stdout)["errors"][0]["source"] == str(missing)
    else:
        assert str(missing) not in result.stdout


def test_format_comes_from_tiyao_format_and_the_option_wins() -> None:
    from_env = _run("summarize", str(SEED_000), env={"TIYAO_FORMAT": "csv"})
    assert from_env.stdout.startswith("source,section,level,parent,theme,rank,score,text\n")
    explicit = _run("summarize", str(SEED_000), "-f", "jsonl", env={"TIYAO_FORMAT": "csv"})
    assert json.loads(explicit.stdout)["source"] == str(SEED_000)


def test_bad_tiyao_format_is_a_usage_error() -> None:
    result = _run("summarize", str(SEED_000), env={"TIYAO_FORMAT": "xml"})
    assert result.exit_code == 2 and result.stdout == ""
    assert "TIYAO_FORMAT" in result.stderr


def test_sentences_come_from_tiyao_sentences() -> None:
    result = _run("summarize", str(SEED_002), "-f", "json", env={"TIYAO_SENTENCES": "1"})
    doc = json.loads(result.stdout)["documents"][0]
    assert len(doc["summary"]) == 1 and all(len(s["summary"]) == 1 for s in doc["sections"])
    bad = _run("summarize", str(SEED_002), env={"TIYAO_SENTENCES": "0"})
    assert bad.exit_code == 2 and "--sentences" in bad.stderr


def test_output_file_holds_what_stdout_would(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    result = _run("summarize", str(SEEDS), "-f", "markdown", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert target.read_text(encoding="utf-8") == _run("summarize", str(SEEDS), "-f", "markdown").stdout
    assert [p.name for p in tmp_path.iterdir()] == ["summary.md"]


def test_interrupted_output_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.json"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(batch: object, out: TextIO) -> None:
        out.write('{"half": ')
        raise KeyboardInterrupt

    monkeypatch.setitem(render.RENDERERS, Format.json, interrupted)
    result = _run("summarize", str(SEED_000), "-f", "json", "-o", str(target))
    assert result.exit_code == 130
    assert result.stderr == "tiyao: interrupted\n"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.json"]


def test_output_into_a_missing_directory_is_a_usage_error(tmp_path: Path) -> None:
    result = _run("summarize", str(SEED_000), "-o", str(tmp_path / "no" / "such.json"))
    assert result.exit_code == 2 and "--output" in result.stderr and "does not exist" in result.stderr


def test_unwritable_output_directory_is_one_line_and_exit_1(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.access(locked, os.W_OK):
        pytest.skip("running as a user who can write anywhere (root)")
    result = _run("summarize", str(SEED_000), "-o", str(locked / "out.json"))
    assert result.exit_code == 1 and result.stderr.startswith(f"tiyao: {locked / 'out.json'}: cannot write")


def test_quiet_keeps_stderr_empty_but_not_the_exit_code(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = _run("summarize", missing, str(SEED_000), "-f", "json", "--quiet")
    assert result.exit_code == 1 and result.stderr == ""
    assert json.loads(result.stdout)["errors"][0]["source"] == missing


def test_no_color_and_force_color_change_only_the_colour() -> None:
    plain = _run("summarize", str(SEED_002), "-n", "1")
    coloured = _run("summarize", str(SEED_002), "-n", "1", env={"NO_COLOR": "", "FORCE_COLOR": "1"})
    assert "\x1b[" not in plain.stdout and "\x1b[" in coloured.stdout
    from rich.text import Text

    assert Text.from_ansi(coloured.stdout).plain == Text.from_ansi(plain.stdout).plain


def test_columns_sets_the_table_width() -> None:
    out = _run("summarize", str(SEED_002), "-n", "1", env={"COLUMNS": "70"}).stdout
    from rich.cells import cell_len

    assert max(cell_len(line) for line in out.splitlines()) == 70


def test_interrupt_exits_130_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import tiyao.core

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    # The command imports summarize_sources from tiyao.core when it runs.
    monkeypatch.setattr(tiyao.core, "summarize_sources", interrupted)
    result = _run("summarize", str(SEED_000))
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", "tiyao: interrupted\n")

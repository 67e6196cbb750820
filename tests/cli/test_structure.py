"""`tiyao outline` and `tiyao split` through the CLI."""

from __future__ import annotations

import json
import re

import pytest
from support import ROOT, SEED_000, SEED_002, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app

runner = CliRunner()
ENV = {"COLUMNS": "100", "NO_COLOR": "1"}
JIANGSU = ROOT / "tests" / "data" / "reports" / "prov_2025_jiangsu.txt"


def test_outline_json_follows_the_contract() -> None:
    result = runner.invoke(app, ["outline", str(SEEDS), str(JIANGSU), "-f", "json"], env=ENV)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["source"] for d in data["documents"]] == [str(SEED_000), str(SEED_002), str(JIANGSU)]
    jiangsu = data["documents"][2]
    assert jiangsu["title"] == "2025年江苏省政府工作报告"
    sec = jiangsu["sections"][2]
    assert set(sec) >= {"title", "level", "line", "sentences", "chars"}
    assert (sec["title"], sec["level"], sec["line"]) == (
        "（一）着力抓好政策落实，巩固和增强经济回升向好态势",
        2,
        8,
    )
    assert sec["sentences"] > 0 and sec["chars"] > 0
    assert [s["title"] for s in jiangsu["sections"] if s["level"] == 1] == [
        "一、2024年工作回顾",
        "二、2025年工作总体要求和目标任务",
        "三、2025年重点工作",
    ]


def test_outline_tree_indents_level_2_under_level_1() -> None:
    result = runner.invoke(app, ["outline", str(JIANGSU)], env=ENV)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    top = next(ln for ln in lines if "一、2024年工作回顾" in ln)
    sub = next(ln for ln in lines if "（一）着力抓好政策落实" in ln)
    assert sub.index("（一）") > top.index("一、")
    assert "sentences" in sub


def test_split_jsonl_gives_back_the_text_without_whitespace() -> None:
    for path in (SEED_000, SEED_002, JIANGSU):
        result = runner.invoke(app, ["split", str(path), "-f", "jsonl"], env=ENV)
        assert result.exit_code == 0
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert all(set(r) == {"source", "section", "kind", "text"} for r in rows)
        assert {r["kind"] for r in rows} == {"heading", "sentence"}
        assert [r["section"] for r in rows] == sorted(r["section"] for r in rows)
        text = path.read_text(encoding="utf-8")
        assert re.sub(r"\s", "", "".join(r["text"] for r in rows)) == re.sub(r"\s", "", text)


def test_split_reads_stdin_and_a_bad_file_does_not_stop_the_rest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(
        app, ["split", str(empty), "-", "-f", "json"], input="一、总则\r\n坚持稳中求进。".encode(), env=ENV
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [(s["kind"], s["text"]) for s in data["segments"]] == [
        ("heading", "一、总则"),
        ("sentence", "坚持稳中求进。"),
    ]
    assert result.stderr.startswith(f"tiyao: {empty}: ") and result.stderr.count("\n") == 1


def test_structure_commands_have_help() -> None:
    for command in ("outline", "split"):
        result = runner.invoke(app, [command, "--help"], env=ENV)
        assert result.exit_code == 0 and f"tiyao {command} " in result.stdout.split("Examples:")[1]


@pytest.mark.parametrize("command", ["outline", "split", "check", "summarize"])
def test_every_reading_command_takes_encoding(command: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED_000.read_text(encoding="utf-8").encode("gb18030"))
    extra = ["--must-have-section", "深刻领悟"] if command == "check" else []
    ok = runner.invoke(app, [command, str(path), "--encoding", "gb18030", "-f", "json", *extra], env=ENV)
    assert ok.exit_code == 0, ok.stderr
    # The override is used, not detection: GB18030 bytes read as UTF-8 are an error.
    wrong = runner.invoke(app, [command, str(path), "--encoding", "utf-8", *extra], env=ENV)
    assert wrong.exit_code == 1 and "utf-8" in wrong.stderr and "Traceback" not in wrong.stderr
    bad = runner.invoke(app, [command, str(path), "--encoding", "no-such-codec", *extra], env=ENV)
    assert bad.exit_code == 2 and "--encoding" in bad.stderr and "no-such-codec" in bad.stderr

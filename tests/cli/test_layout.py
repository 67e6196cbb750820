"""The section tree shows in every format for people; the table fits 80 and 130 columns.

All on the 2023 national work report, whose parts (`一、`) hold `（一）` sub-sections.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from rich.cells import cell_len
from support import ROOT
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.render_table import heading_parts
from tiyao.cli.wrap import NO_START

REPORT = str(ROOT / "tests" / "data" / "reports" / "gwr_2023_national_wikisource.txt")


def _run(*args: str, columns: int = 80) -> str:
    result = CliRunner().invoke(
        app, ["summarize", REPORT, *args], env={"COLUMNS": str(columns), "NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(_run("-f", "json"))["documents"][0]
    assert {s["level"] for s in document["sections"]} >= {1, 2}
    return document


def test_markdown_nests_sections_by_level(doc: dict[str, Any]) -> None:
    headings = [line for line in _run("-f", "markdown").splitlines() if line.startswith("##")]
    titled = [s for s in doc["sections"] if s["title"]]
    for sec in titled:
        assert f"{'#' * (sec['level'] + 1)} {sec['title']}" in headings
    assert any(h.startswith("### （一）") for h in headings)


def test_text_indents_sections_by_level(doc: dict[str, Any]) -> None:
    lines = _run("-f", "text").splitlines()
    for sec in doc["sections"]:
        if sec["title"]:
            indent = "  " * (sec["level"] - 1)
            assert f"{indent}{sec['title']}" in lines
            assert f"{indent}  {sec['summary'][0]['text']}" in lines


def test_csv_has_the_level_and_parent_of_each_section(doc: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(_run("-f", "csv"))))
    sections = doc["sections"]
    by_title = {s["title"] or "": s for s in sections}
    assert rows and all(row["level"] == str(by_title[row["section"]]["level"]) for row in rows)
    assert {row["level"] for row in rows} >= {"1", "2"}
    for row in rows:
        if row["level"] == "2":  # a （一） sub-section points at its 一、 part
            parent = sections[int(row["parent"])]
            assert parent["level"] == 1 and parent["title"].startswith(("一、", "二、", "三、"))


def _starts(lines: list[str]) -> list[str]:
    # how wrapped lines begin (a bullet starts a sentence, which may well open with `——`)
    stripped = (line.strip(" │") for line in lines)
    return [line for line in stripped if line and not line.startswith("•")]


def test_80_columns_stacks_each_section_under_its_heading(doc: dict[str, Any]) -> None:
    lines = _run().splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    assert not any(start[0] in NO_START for start in _starts(lines))
    for sec in doc["sections"]:
        if not sec["title"]:
            continue
        head = heading_parts_of(sec)
        indent = "  " * (sec["level"] - 1)
        assert any(line.startswith(indent + head) for line in lines), head
    # key sentences run at (nearly) the full width: ≥ 60 cells where a sentence wraps
    bullets = [line for line in lines if line.lstrip().startswith("•")]
    wrapped = [line for line in bullets if cell_len(line) >= 76]
    assert wrapped and all(cell_len(line) >= 60 for line in wrapped)


def heading_parts_of(sec: dict[str, Any]) -> str:
    from tiyao.core.model import SectionKind, SectionSummary

    summary = SectionSummary(
        sec["title"], sec["level"], sec["line"], SectionKind(sec["kind"]), sec["theme"], (), 0, 0, ()
    )
    return heading_parts(summary)[0]


def test_130_columns_keeps_the_columns_with_whole_header_words() -> None:
    out = _run(columns=130)
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= 130
    header = "\n".join(line for line in lines[:6])
    for word in ("theme", "key sentences", "keywords", "figures", "phrases", "主题", "要点", "关键词"):
        assert word in header
    assert "┃" in header

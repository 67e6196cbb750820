"""--depth roll-up and --focus steering on a real work report."""

from __future__ import annotations

import json

from support import ROOT
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.core import SummaryOptions, summarize

JIANGSU = ROOT / "tests" / "data" / "reports" / "prov_2025_jiangsu.txt"
ENV = {"COLUMNS": "120", "NO_COLOR": "1"}


def _below(sections, k: int) -> set[int]:  # noqa: ANN001 - test helper
    out, grew = {k}, True
    while grew:
        more = {j for j, s in enumerate(sections) if s.parent in out} - out
        out |= more
        grew = bool(more)
    return out


def test_depth_one_summarizes_each_top_level_part_from_its_subtree() -> None:
    text = JIANGSU.read_text(encoding="utf-8")
    flat = summarize(text, options=SummaryOptions(sentences=2))
    doc = summarize(text, options=SummaryOptions(sentences=2, depth=1))
    assert len(doc.sections) == len(flat.sections)  # one entry per section either way
    deep = [s for s in doc.sections if s.level > 1]
    assert deep and all(s.hidden == "rolled-up" and s.summary == () for s in deep)
    parts = [k for k, s in enumerate(doc.sections) if s.level == 1]
    assert len(parts) >= 3
    from_below = 0
    for k in parts:
        tree = _below(doc.sections, k)
        assert all(p.section in tree for p in doc.sections[k].summary)
        from_below += any(p.section != k for p in doc.sections[k].summary)
    assert from_below >= 2  # parts whose own lead-in is short are summarized from their sub-sections


def test_depth_table_shows_the_parts_and_json_keeps_every_section() -> None:
    table = CliRunner().invoke(app, ["summarize", str(JIANGSU), "--depth", "1", "-n", "1"], env=ENV)
    assert table.exit_code == 0, table.stderr
    assert "着力抓好政策落实" not in table.stdout  # a level-2 title, rolled up into its part
    data = json.loads(
        CliRunner().invoke(app, ["summarize", str(JIANGSU), "--depth", "1", "-f", "json"]).stdout
    )
    sections = data["documents"][0]["sections"]
    assert any(s["hidden"] == "rolled-up" and s["parent"] is not None for s in sections)


def test_focus_steers_section_and_whole_report_picks() -> None:
    text = JIANGSU.read_text(encoding="utf-8")
    doc = summarize(text, options=SummaryOptions(sentences=1, doc_sentences=3, focus=("就业",)))
    assert all("就业" in p.text for p in doc.summary)
    shown = [s for s in doc.sections if not s.hidden]
    assert shown and all(any("就业" in p.text for p in s.summary) or "就业" in (s.title or "") for s in shown)
    assert any(s.hidden == "no-focus" for s in doc.sections)

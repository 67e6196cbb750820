"""The whole-report summary on real work reports: body only, self-contained, spread over parts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import ROOT, SHARED_DATA

from tiyao.core import SectionKind, SummaryOptions, decode, summarize
from tiyao.core.score.gist import stands_alone

LOCAL = ROOT / "tests" / "data" / "reports"
NATIONAL = sorted(
    {p.name: p for p in [*LOCAL.glob("gwr_*.txt"), *(SHARED_DATA / "reports").glob("gwr_*.txt")]}.values()
)
HAS_TARGETS = {p.name for p in NATIONAL} - {"gwr_2020_national.txt"}  # 2020: no targets (the pandemic year)


def _parts(summary, picks) -> set[int]:  # noqa: ANN001 - test helper
    part, of = -1, []
    for sec in summary.sections:
        part += sec.level == 1
        of.append(part)
    return {of[p.section] for p in picks}


@pytest.mark.parametrize("path", NATIONAL, ids=lambda p: p.name)
def test_national_report_gist(path: Path) -> None:
    summary = summarize(path.read_text(encoding="utf-8"), options=SummaryOptions(doc_sentences=5))
    picks = summary.summary
    assert len(picks) == 5
    assert all(summary.sections[p.section].kind is SectionKind.body for p in picks)
    assert len(_parts(summary, picks)) >= 2
    assert all(stands_alone(p.text) for p in picks)
    targets = [p for p in picks if "主要预期目标" in p.text]
    assert len(targets) == (1 if path.name in HAS_TARGETS else 0), [p.text[:30] for p in picks]


def test_pieces_that_do_not_stand_alone() -> None:
    for text in (
        "二是加快建设现代化产业体系。",
        "（三）着力扩大内需。",
        "联系邮箱：office@example.gov.cn。",
        "今年，将重点做好以下九个方面工作。",
        "各位代表：",  # the national reports' salutation, and the 2012 congress report's 同志们：
        "同志们：",
        "主要做了以下工作：",
        "。",  # scraps: what is left when a split strands an ender, a note mark
        "[2]",
    ):
        assert not stands_alone(text), text
    assert stands_alone("今年发展主要预期目标是：国内生产总值增长5%左右。")
    assert stands_alone("坚持目标导向,严把“构思关”。")


def test_budgeted_research_gists_are_not_filled_with_scraps(shared_data: Path) -> None:
    # Held to its reference's length the selection fills the last characters with whatever
    # fits; before the scrap rule that was `。`, `[2]`, `另外。` or `三点说明：` in many articles.
    rows = [json.loads(line) for line in (shared_data / "research-dev.jsonl").read_text("utf-8").splitlines()]
    picks = []
    for row in rows[1:60:2]:
        budget = SummaryOptions(doc_sentences=len(row["text"]), doc_max_chars=len(row["summary"]))
        picks.extend(p.text for p in summarize(row["text"], options=budget).summary)
    assert len(picks) > 60
    assert all(len(re.findall(r"[\u4e00-\u9fff]", t)) >= 5 and not t.endswith("：") for t in picks), picks


def test_a_line_that_restates_the_title_is_never_in_the_gist(shared_data: Path) -> None:
    # A CNKI-style metadata header: `【 标  题 】深圳经济增长方式的转变` holds the whole title,
    # which research scoring rewards, and says nothing of the article's argument.
    path = shared_data / "reports" / "fudan_C34-Economy0313_shenzhen.gbk.txt"
    summary = summarize(decode(path.read_bytes()), options=SummaryOptions(doc_sentences=3))
    assert summary.genre == "research" and summary.title == "深圳经济增长方式的转变"
    assert len(summary.summary) == 3
    texts = [p.text for p in summary.summary]
    assert all(len(t) >= len(summary.title) + 20 for t in texts), texts
    assert any("集约型" in p.text for p in summary.summary)  # the article's thesis: 粗放型 -> 集约型

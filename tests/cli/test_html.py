"""`-f html` without a browser: escaping, determinism, structure, one page or one per report.

The page is parsed with html5lib in strict mode, so any HTML5 parse error fails the test.
What a browser makes of the page is in test_html_browser.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from headless import dangling_links, full_text_sentences, parse_page, text_of
from support import ROOT, SEED_000, SEED_002, SEEDS
from typer.testing import CliRunner

from tiyao.cli.main import app
from tiyao.cli.render_html import page_names
from tiyao.core import SummaryOptions, summarize_sources_with_text

runner = CliRunner()
REPORTS = ROOT / "tests" / "data" / "reports"
NATIONAL = REPORTS / "gwr_2015_national_wikisource.txt"
JIANGSU = ROOT / "tests" / "data" / "reports" / "prov_2025_jiangsu.txt"
ZHEJIANG = ROOT / "tests" / "data" / "reports" / "prov_2026_zhejiang.txt"


def _page(*args: str) -> str:
    result = runner.invoke(app, ["summarize", *args, "-f", "html"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_seed_page_parses_and_holds_every_sentence_once_in_order() -> None:
    tree = parse_page(_page(str(SEED_000)))
    (report,) = summarize_sources_with_text([str(SEED_000)]).documents
    assert [text_of(el) for el in full_text_sentences(tree)] == [s.text for s in report.text.sentences]
    marks = {text_of(el) for el in tree.iter("mark")}
    picks = {p.text for p in report.summary.summary} | {
        p.text for s in report.summary.sections for p in s.summary
    }
    assert marks == picks
    assert all(re.fullmatch(r"得分 0\.\d+|得分 1\.0", el.get("title")) for el in tree.iter("mark"))
    assert tree.find(".").get("lang") == "zh-CN"
    assert dangling_links(tree) == []


def test_headings_keep_their_input_lines_and_nest_by_level() -> None:
    tree = parse_page(_page(str(JIANGSU)))
    (report,) = summarize_sources_with_text([str(JIANGSU)]).documents
    headings = {text_of(el): el.tag for el in tree.iter() if el.tag in ("h2", "h3", "h4", "h5", "h6")}
    for sec in report.text.sections:
        if sec.heading:
            assert sec.heading in headings
    # Jiangsu has 一、 chapters with （一） sub-sections: h2 and h3, nested in the outline too.
    assert {"h2", "h3"} <= set(headings.values())
    nested = tree.findall(".//nav//ol/li/ol/li")
    assert nested, "sub-sections sit in their chapter's list"


def _enclosing_section(element: Any, parent_of: dict[Any, Any]) -> str | None:
    element = parent_of.get(element)
    while element is not None and not (element.tag == "section" and "sec" in element.get("class", "")):
        element = parent_of.get(element)
    return None if element is None else element.get("id")


def test_sections_nest_as_in_cores_tree_and_furniture_stays_folded() -> None:
    # Zhejiang 2026: 一、 parts with （一） sub-sections, page furniture (下载, 相关报道) at both ends.
    tree = parse_page(_page(str(ZHEJIANG)))
    (report,) = summarize_sources_with_text([str(ZHEJIANG)]).documents
    parent_of = {child: element for element in tree.iter() for child in element}
    by_id = {el.get("id"): el for el in tree.iter("section")}
    for k, sec in enumerate(report.text.sections):
        element = by_id[f"r0-s{k}"]
        expected = None if sec.parent is None else f"r0-s{sec.parent}"
        assert _enclosing_section(element, parent_of) == expected, sec.title
        details = element.find("details")
        assert ("open" in details.attrib) is not sec.furniture
    assert any(s.furniture for s in report.text.sections) and any(s.parent for s in report.text.sections)
    # Folded or not, every sentence is on the page, in order.
    assert [text_of(el) for el in full_text_sentences(tree)] == [s.text for s in report.text.sentences]


def test_a_report_with_markup_shows_it_as_text(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "一、<script>alert('x')</script>标题\n正文<b>加粗</b>不是标记。"
        '另有 <img src=x onerror="alert(1)"> 与 &amp; 字样。\n',
        encoding="utf-8",
    )
    page = _page(str(hostile))
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    tree = parse_page(page)
    assert tree.find(".//script") is None and tree.find(".//img") is None
    text = text_of(tree.find(".//body"))
    assert "<script>alert('x')</script>" in text and '<img src=x onerror="alert(1)">' in text
    assert "&amp;" in text


def test_bytes_are_the_same_every_run_and_with_jobs() -> None:
    one = _page(str(SEEDS))
    assert one == _page(str(SEEDS), "--jobs", "2")
    assert re.search(r"20\d\d-\d\d-\d\d", one) is None, "no date without --stamp"


def test_stamp_adds_the_time_of_the_run_and_needs_html() -> None:
    stamped = _page(str(SEED_000), "--stamp")
    assert re.search(r'<time datetime="20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ">', stamped)
    result = runner.invoke(app, ["summarize", str(SEED_000), "--stamp"])
    assert result.exit_code == 2 and "--stamp" in result.stderr


def test_several_reports_make_one_page_with_an_article_each() -> None:
    tree = parse_page(_page(str(SEEDS), str(NATIONAL)))
    articles = tree.findall(".//article")
    assert [a.get("id") for a in articles] == ["r0", "r1", "r2"]
    assert dangling_links(tree) == []
    assert "3 份报告" in text_of(tree.find(".//title"))


def test_output_directory_gets_a_page_per_report_and_an_index(tmp_path: Path) -> None:
    out = tmp_path / "pages"
    result = runner.invoke(app, ["summarize", str(SEEDS), str(NATIONAL), "-f", "html", "-o", f"{out}/"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{SEED_000.stem}.html", f"{SEED_002.stem}.html", f"{NATIONAL.stem}.html", "index.html"]
    )
    index = parse_page((out / "index.html").read_text(encoding="utf-8"))
    for href in {a.get("href") for a in index.iter("a")}:
        name, _, anchor = href.partition("#")
        page = parse_page((out / name).read_text(encoding="utf-8"))
        assert not anchor or any(el.get("id") == anchor for el in page.iter())
    alone = _page(str(SEED_000))
    assert (out / f"{SEED_000.stem}.html").read_text(encoding="utf-8") == alone


def test_page_names_are_unique_and_never_the_index() -> None:
    assert page_names(["a/x.txt", "b/x.md", "index.txt", "-"]) == [
        "x.html",
        "x-2.html",
        "index-2.html",
        "stdin.html",
    ]


def test_every_command_takes_html_and_tiyao_format_picks_it(tmp_path: Path) -> None:
    commands = (
        ["outline", str(SEED_000)],
        ["split", str(SEED_000)],
        ["check", str(SEED_000), "--min-sections", "2"],
    )
    for args in commands:
        result = runner.invoke(app, [*args, "-f", "html"])
        assert result.exit_code == 0, (args, result.stderr)
        assert parse_page(result.stdout).find(".//pre") is not None, args
    result = runner.invoke(app, ["summarize", str(SEED_000)], env={"TIYAO_FORMAT": "html"})
    assert parse_page(result.stdout).find(".//article") is not None
    # and a .html output file picks the format by its suffix
    page = tmp_path / "seed.html"
    assert runner.invoke(app, ["summarize", str(SEED_000), "-o", str(page)]).exit_code == 0
    assert page.read_text(encoding="utf-8") == _page(str(SEED_000))


@pytest.mark.parametrize("sentences", ["1", "3"])
def test_every_key_sentence_is_marked_whatever_the_budget(sentences: str) -> None:
    tree = parse_page(_page(str(SEED_002), "-n", sentences))
    (report,) = summarize_sources_with_text([str(SEED_002)]).documents
    assert len(list(tree.iter("mark"))) >= len(report.summary.sections)
    assert dangling_links(tree) == []


def test_diff_page_puts_the_editions_side_by_side_with_changes_marked(tmp_path: Path) -> None:
    old, new = REPORTS / "gwr_2019_national_wikisource.txt", REPORTS / "gwr_2020_national.txt"
    result = runner.invoke(app, ["diff", str(old), str(new), "-f", "html"])
    assert result.exit_code == 0, result.stderr
    tree = parse_page(result.stdout)
    data = json.loads(runner.invoke(app, ["diff", str(old), str(new), "-f", "json"]).stdout)
    assert dangling_links(tree) == []
    sections = [el for el in tree.iter("section") if "diff-sec" in el.get("class", "")]
    assert len(sections) == len(data["sections"])
    for element, sec in zip(sections, data["sections"], strict=True):
        inserted = [text_of(el) for el in element.iter("ins")]
        deleted = [text_of(el) for el in element.iter("del")]
        assert all(phrase in inserted for phrase in sec["phrases_added"])
        assert all(phrase in deleted for phrase in sec["phrases_removed"])
        for figure in sec["figures"]:
            if figure["status"] == "changed":
                assert figure["old"] in deleted and figure["new"] in inserted
        marked = [text_of(el) for el in element.iter("mark")]
        assert marked == sec["sentences_added"]
        assert (
            len(element.findall(".//div[@class='old']")) == len(element.findall(".//div[@class='new']")) == 1
        )
    head = tree.find(".//header")
    assert {text_of(el) for el in head.iter("ins")} == set(data["phrases_added"])


def test_diff_page_escapes_report_text(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("一、总体要求\n坚持“<b>稳中求进</b>”，增长5%。\n", encoding="utf-8")
    new.write_text("一、总体要求\n坚持“<script>x</script>”，增长6%。\n", encoding="utf-8")
    page = runner.invoke(app, ["diff", str(old), str(new), "-f", "html"]).stdout
    assert "<script>" not in page and "<b>" not in page
    assert "“<script>x</script>”" in text_of(parse_page(page).find(".//body"))


def test_depth_rolls_up_the_page_too_but_every_sentence_stays() -> None:
    tree = parse_page(_page(str(JIANGSU), "--depth", "1"))
    (rolled,) = summarize_sources_with_text([str(JIANGSU)], SummaryOptions(depth=1)).documents
    # Every sentence is still on the page, in order ...
    assert [text_of(el) for el in full_text_sentences(tree)] == [s.text for s in rolled.text.sentences]
    # ... but only the sections --depth keeps get a box of facts and marked picks.
    shown = [s for s in rolled.summary.sections if not s.hidden]
    assert len(shown) < len(rolled.summary.sections)
    boxes = [el for el in tree.iter("dl") if "facts" in (el.get("class") or "")]
    assert len(boxes) == len(shown)
    marks = {text_of(el) for el in tree.iter("mark")}
    assert marks == {p.text for p in rolled.summary.summary} | {p.text for s in shown for p in s.summary}

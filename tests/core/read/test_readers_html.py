"""The HTML reader on pages generated from the seeds, in UTF-8 and GBK, and on bad pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SEED_000, SEED_002, build_html, section_outline, summary_sentences

from tiyao.core import parse_document
from tiyao.core.errors import EmptyInputError, FormatError
from tiyao.core.read.readers import parse_read_document, read_document
from tiyao.core.read.readers.html import MAX_HTML_BYTES, read_html


@pytest.mark.parametrize("seed", [SEED_000, SEED_002], ids=lambda p: p.stem)
@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_html_gives_the_sections_and_summary_of_the_txt(seed: Path, charset: str, tmp_path: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    path = tmp_path / f"{seed.stem}.html"
    path.write_bytes(build_html(text, title="龙岗区主题教育", charset=charset))
    doc = read_html(path.read_bytes())
    assert section_outline(parse_read_document(doc)) == section_outline(parse_document(text))
    assert doc.title == "龙岗区主题教育"
    # Navigation, scripts, styles and the footer are not report text.
    for furniture in ("首页", "新闻中心", "var nav", "margin", "版权所有"):
        assert furniture not in doc.text
    if charset == "utf-8":  # the summary does not depend on the charset once decoded
        assert summary_sentences(path) == summary_sentences(seed)


def test_blocks_inline_markup_and_tables() -> None:
    page = (
        "<html><body><div class='menu' role='navigation'>首页 | 关于</div>"
        "<article><h1>一、总体情况</h1><p>全年经济运行<b>稳中向好</b>，\n  增长5.2%。</p>"
        "<div>第一段。<br>第二段。<!-- 注释 --></div>"
        "<table><tr><th>指标</th><th>增长</th></tr><tr><td>工业</td><td>6.1%</td></tr></table>"
        "<h3>（一）工业</h3><ul><li>新能源汽车；</li><li>集成电路。</li></ul></article>"
        "<aside>相关阅读</aside></body></html>"
    )
    doc = read_html(page.encode("utf-8"))
    assert doc.text.split("\n") == [
        "一、总体情况",
        "全年经济运行稳中向好， 增长5.2%。",
        "第一段。",
        "第二段。",
        "指标，增长。",
        "工业，6.1%。",
        "（一）工业",
        "新能源汽车；",
        "集成电路。",
    ]
    assert doc.headings == {1: 1, 7: 3}
    assert doc.title is None


def test_undeclared_gbk_page_and_forced_encoding() -> None:
    page = "<p>龙岗区推动重点工作任务落地落实。</p>".encode("gbk")
    assert read_html(page).text == "龙岗区推动重点工作任务落地落实。"
    assert read_html(page, "gbk").text == "龙岗区推动重点工作任务落地落实。"


def test_deeply_nested_page_is_read_without_recursion() -> None:
    page = "<div>" * 1500 + "嵌套很深的正文。" + "</div>" * 1500
    assert read_html(page.encode("utf-8")).text == "嵌套很深的正文。"


def test_huge_page_is_a_one_line_error_before_parsing() -> None:
    page = b"<html><body>" + b"<p>\xe6\x96\x87</p>" * (MAX_HTML_BYTES // 10 + 1)
    with pytest.raises(FormatError, match="over the 20 MB limit") as info:
        read_document(page, "huge.html")
    assert "\n" not in str(info.value)


def test_page_without_text_is_empty_input() -> None:
    with pytest.raises(EmptyInputError):
        read_html(b"<html><head><title>x</title><script>1</script></head><body> </body></html>")

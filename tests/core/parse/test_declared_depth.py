"""Declared headings are relative: an HTML page of `<h2>`s, a Word file of `Heading 2`s give level 1."""

from __future__ import annotations

import io

import pytest

from tiyao.core import ParsedDocument
from tiyao.core.read.readers import parse_read_document
from tiyao.core.read.readers.docx import read_docx
from tiyao.core.read.readers.html import read_html

_PARTS = [
    ("一、2024年工作回顾", "全省经济稳中有进，生产总值增长5.8%。"),
    ("二、2025年重点工作", "今年要扎实推进高质量发展。"),
]


def _levels(parsed: ParsedDocument) -> list[tuple[str | None, int, int | None]]:
    return [(s.title, s.level, s.parent) for s in parsed.sections]


def test_an_html_page_whose_sections_are_h2_gives_level_1_sections() -> None:
    pytest.importorskip("lxml")
    body = "".join(f"<h2>{h}</h2><p>{p}</p><h3>（一）稳增长</h3><p>政策发力。</p>" for h, p in _PARTS)
    page = (
        "<html><head><title>2025年某省政府工作报告_某省人民政府网</title></head><body><main>"
        f"<h1>2025年某省政府工作报告</h1><p>各位代表：</p>{body}</main></body></html>"
    ).encode()
    parsed = parse_read_document(read_html(page))
    assert parsed.title == "2025年某省政府工作报告"
    assert _levels(parsed) == [
        (None, 0, None),
        ("一、2024年工作回顾", 1, None),
        ("（一）稳增长", 2, 1),
        ("二、2025年重点工作", 1, None),
        ("（一）稳增长", 2, 3),
    ]


def test_a_docx_whose_top_headings_are_heading_2_gives_level_1_sections() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("各位代表：")
    for heading, text in _PARTS:
        document.add_heading(heading, level=2)
        document.add_paragraph(text)
        document.add_heading("（一）稳增长", level=3)
        document.add_paragraph("政策发力。")
    out = io.BytesIO()
    document.save(out)
    parsed = parse_read_document(read_docx(out.getvalue()))
    assert [(t, lv) for t, lv, _ in _levels(parsed)] == [
        (None, 0),
        ("一、2024年工作回顾", 1),
        ("（一）稳增长", 2),
        ("二、2025年重点工作", 1),
        ("（一）稳增长", 2),
    ]


def test_a_declared_appendix_heading_opens_an_appendix_that_owns_its_items() -> None:
    pytest.importorskip("lxml")
    page = (
        "<html><body><main><h1>2025年某省政府工作报告</h1><p>各位代表：</p>"
        "<h2>一、2024年工作回顾</h2><p>经济稳中有进。</p>"
        "<h2>附件</h2><h3>一、城镇老旧小区改造</h3><p>年度目标：完成改造2000个小区。</p>"
        "<h3>二、新建普惠托育机构</h3><p>年度目标：新增托位1万个。</p></main></body></html>"
    ).encode()
    parsed = parse_read_document(read_html(page))
    assert [(s.title, s.level, s.parent, s.kind.value) for s in parsed.sections] == [
        (None, 0, None, "front"),
        ("一、2024年工作回顾", 1, None, "body"),
        ("附件", 1, None, "appendix"),
        ("一、城镇老旧小区改造", 2, 2, "appendix"),
        ("二、新建普惠托育机构", 2, 2, "appendix"),
    ]

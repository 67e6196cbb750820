"""The .docx reader on Word files generated from the seeds, and on broken ones."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from support import SEED_000, SEED_002, build_docx, heading_levels, section_outline, summary_sentences

from tiyao.core import parse_document
from tiyao.core.errors import FormatError
from tiyao.core.read.readers import parse_read_document, read_document
from tiyao.core.read.readers.docx import read_docx

SEEDS = [SEED_000, SEED_002]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_docx_gives_the_sections_and_summary_of_the_txt(seed: Path, tmp_path: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    path = tmp_path / f"{seed.stem}.docx"
    path.write_bytes(build_docx(text, title="主题教育"))
    doc = read_docx(path.read_bytes())
    parsed = parse_read_document(doc)
    assert section_outline(parsed) == section_outline(parse_document(text))
    assert summary_sentences(path) == summary_sentences(seed)
    # The declared heading paragraphs are exactly the heading lines of the txt, at their levels.
    lines = doc.text.split("\n")
    txt_lines = [line.strip() for line in text.split("\n")]
    assert sorted((lines[n - 1], lv) for n, lv in doc.headings.items()) == sorted(
        (txt_lines[n - 1], lv) for n, lv in heading_levels(text).items()
    )
    assert doc.title == parsed.title == "主题教育"
    assert "页眉" not in doc.text and "第 1 页" not in doc.text


def test_chinese_style_names_outline_levels_and_tables() -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    cn = document.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("一、总体情况", style="Heading 1")
    document.add_paragraph("全年经济运行稳中向好。")
    document.add_paragraph("（一）工业生产", style=cn)
    outlined = document.add_paragraph("重点项目进展顺利")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "2")
    outlined._p.get_or_add_pPr().append(level)
    table = document.add_table(rows=2, cols=3)
    for col, cell in enumerate(("指标", "2023年", "增长")):
        table.cell(0, col).text = cell
    table.cell(1, 0).merge(table.cell(1, 1)).text = "地区生产总值"
    table.cell(1, 2).text = "5.2%"
    out = io.BytesIO()
    document.save(out)
    doc = read_docx(out.getvalue())
    assert doc.text.split("\n") == [
        "一、总体情况",
        "全年经济运行稳中向好。",
        "（一）工业生产",
        "重点项目进展顺利",
        "指标，2023年，增长。",
        "地区生产总值，5.2%。",
    ]
    assert doc.headings == {1: 1, 3: 2, 4: 3}
    # Table rows end like sentences, so the plain-text rules never take them for headings.
    titles = [s.title for s in parse_read_document(doc).sections]
    assert titles == ["一、总体情况", "（一）工业生产", "重点项目进展顺利"]


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 this zip is cut short", "not a readable .docx"),
        (_zip({"readme.txt": b"not word"}), "not a readable .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "password-protected"),
    ],
    ids=["corrupt-zip", "zip-without-document", "ole-doc-or-encrypted"],
)
def test_broken_docx_is_a_one_line_format_error(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message) as info:
        read_document(data, "report.docx")
    assert "\n" not in str(info.value)


def test_outline_reads_a_docx_like_summarize_does(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from tiyao.cli.main import app

    path = tmp_path / "seed.docx"
    path.write_bytes(build_docx(SEED_000.read_text(encoding="utf-8")))
    runner = CliRunner()
    from_docx = json.loads(runner.invoke(app, ["outline", str(path), "-f", "json"]).stdout)
    from_txt = json.loads(runner.invoke(app, ["outline", str(SEED_000), "-f", "json"]).stdout)
    assert from_docx["errors"] == []
    titles = [[s["title"] for s in batch["documents"][0]["sections"]] for batch in (from_docx, from_txt)]
    assert titles[0] == titles[1]

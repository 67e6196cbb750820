"""Readers against hostile files: lying charsets, deep nesting, zip bombs, BOM + GBK, odd JSONL."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from support import ROOT, SEED_000

from tiyao.core import DecodeError, TiyaoError, decode, evaluate_file, read_pairs, source_label

REPORT = (ROOT / "tests" / "data" / "reports" / "prov_2025_xizang.txt").read_text(encoding="utf-8")
PARAGRAPHS = [line for line in REPORT.splitlines() if line.strip()][:40]


def _page(charset: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    return f'<html><head><meta charset="{charset}"><title>报告</title></head><body>{body}</body></html>'


@pytest.mark.parametrize(
    ("declared", "actual"), [("gb2312", "utf-8"), ("gbk", "utf-8"), ("utf-8", "gb18030"), ("big5", "gb18030")]
)
def test_a_lying_meta_charset_falls_back_to_detection(declared: str, actual: str) -> None:
    html = pytest.importorskip("tiyao.core.read.readers.html")
    pytest.importorskip("lxml")
    doc = html.read_html(_page(declared).encode(actual))
    assert doc.text.splitlines() == PARAGRAPHS


def test_a_true_meta_charset_is_still_honoured() -> None:
    html = pytest.importorskip("tiyao.core.read.readers.html")
    pytest.importorskip("lxml")
    assert html.read_html(_page("gbk").encode("gb18030")).text.splitlines() == PARAGRAPHS


@pytest.mark.parametrize("depth", [1_000, 5_000, 50_000])
def test_deeply_nested_pages_keep_all_their_text(depth: int) -> None:
    html = pytest.importorskip("tiyao.core.read.readers.html")
    pytest.importorskip("lxml")
    inner = "<h2>一、总体情况</h2>" + "".join(f"<p>{line}</p>" for line in PARAGRAPHS[:5])
    inner += "<nav>首页 | 导航</nav><table><tr><td>指标</td><td>增长</td></tr></table>"
    nested = "<div>" * depth + inner + "</div>" * depth
    page = f"<html><head><title>报告</title></head><body>{nested}</body></html>"
    doc = html.read_html(page.encode("utf-8"))
    assert doc.text.splitlines() == ["一、总体情况", *PARAGRAPHS[:5], "指标，增长。"]
    assert doc.headings == {1: 2}
    assert doc.title == "报告"


def _bomb(path: Path, inflated: int) -> bytes:
    # Written in chunks so that the test itself never holds the inflated bytes.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * 2**20
            for _ in range(inflated // len(chunk)):
                member.write(chunk)
    return path.read_bytes()


def test_a_docx_zip_bomb_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    docx = pytest.importorskip("tiyao.core.read.readers.docx")
    pytest.importorskip("docx")
    data = _bomb(tmp_path / "bomb.docx", docx.MAX_DOCX_INFLATED + 2**20)
    assert len(data) < docx.MAX_DOCX_INFLATED // 100
    with pytest.raises(TiyaoError, match="inflates to 257 MB"):
        docx.read_docx(data)


def test_a_broken_zip_is_still_reported_by_python_docx() -> None:
    docx = pytest.importorskip("tiyao.core.read.readers.docx")
    pytest.importorskip("docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a docx")
    with pytest.raises(TiyaoError, match="not a readable .docx"):
        docx.read_docx(buffer.getvalue())


def test_a_utf8_bom_before_gbk_bytes_is_decoded_as_gb18030() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    assert decode(b"\xef\xbb\xbf" + text.encode("gb18030")) == decode(text.encode("utf-8"))


def test_a_bom_before_undecodable_bytes_names_the_file_offset() -> None:
    data = b"\xef\xbb\xbf" + "第一行。\n".encode() + b"\x81\x30\xff\xfe\x00\x01" * 4
    with pytest.raises(DecodeError, match="byte 16, line 2"):
        decode(data)


def test_jsonl_lines_end_at_newline_only() -> None:
    rows = [
        {"text": "第一句。\u2028第二句。\u0085第三句。", "summary": "第一句。"},
        {"text": "甲。\u2029乙。", "summary": "甲。"},
    ]
    data = "".join(json.dumps(row, ensure_ascii=False) + "\r\n" for row in rows)
    pairs = read_pairs(decode(data.encode(), normalized=False))
    assert [(p.line, p.text) for p in pairs] == [(1, rows[0]["text"]), (2, rows[1]["text"])]


def test_eval_file_keeps_unicode_line_separators_inside_strings(tmp_path: Path) -> None:
    refs = tmp_path / "refs.jsonl"
    refs.write_text(
        json.dumps({"text": "推进改革。\u2028扩大开放。", "summary": "推进改革。"}, ensure_ascii=False) + "\n"
    )
    from tiyao.core import SummaryOptions

    assert evaluate_file(str(refs), SummaryOptions(sentences=1)).pairs == 1


def test_deeply_nested_json_is_one_input_error() -> None:
    with pytest.raises(TiyaoError, match="line 2: JSON nested too deeply"):
        read_pairs('{"text": "甲。", "summary": "甲。"}\n' + "[" * 100_000 + "\n")


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        (b"bad\xff\xfe.txt", "bad\\xff\\xfe.txt"),
        ("报告.txt".encode(), "报告.txt"),
        (b"a\nb\x7f.txt", "a\\x0ab\\x7f.txt"),
        (b"-", "-"),
    ],
)
def test_source_labels_always_encode_as_one_utf8_line(raw: bytes, label: str) -> None:
    import os

    assert source_label(os.fsdecode(raw)) == label
    assert "\n" not in label and label.encode("utf-8")

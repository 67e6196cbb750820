"""The PDF reader on Chinese PDFs generated from the seeds (STSong-Light CID font), and on bad PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from support import SEED_000, SEED_002, build_pdf, section_outline, summary_sentences

from tiyao.core import parse_document
from tiyao.core.errors import FormatError
from tiyao.core.read.readers import parse_read_document, read_document
from tiyao.core.read.readers.pdf import read_pdf


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("seed", [SEED_000, SEED_002], ids=lambda p: p.stem)
def test_pdf_gives_the_text_sections_and_summary_of_the_txt(seed: Path, tmp_path: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    path = tmp_path / f"{seed.stem}.pdf"
    path.write_bytes(build_pdf(text))
    doc = read_pdf(path.read_bytes())
    # Every character comes back, in order; running header and page numbers are gone.
    assert _squeeze(doc.text) == _squeeze(text)
    # Layout line breaks are rejoined: one line per paragraph, as in the .txt.
    assert doc.text.split("\n") == [line.strip() for line in text.split("\n") if line.strip()]
    assert doc.headings  # from the outline
    assert section_outline(parse_read_document(doc)) == section_outline(parse_document(text))
    assert summary_sentences(path) == summary_sentences(seed)


def test_outline_levels_are_declared_headings() -> None:
    text = "前言部分的正文。\n一、总体要求\n正文一。\n（一）主要目标\n正文二。\n二、重点任务\n正文三。"
    doc = read_pdf(build_pdf(text))
    lines = doc.text.split("\n")
    assert {lines[n - 1]: level for n, level in doc.headings.items()} == {
        "一、总体要求": 1,
        "（一）主要目标": 2,
        "二、重点任务": 1,
    }


def test_pdf_without_outline_falls_back_to_plain_text_headings() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    doc = read_pdf(build_pdf(text, outline=False))
    assert doc.headings == {}
    assert section_outline(parse_read_document(doc)) == section_outline(parse_document(text))


def _encrypted(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_pdf("加密文件的正文。"))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_owner_password_only_pdf_is_read() -> None:
    # (On a single page a running header cannot be told from a first line.)
    assert "加密文件的正文。" in read_pdf(_encrypted("")).text.split("\n")


def _image_only_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(100, 100, 300, 400, fill=1)  # a scan would be an image: no text layer either way
    page.showPage()
    page.save()
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: _encrypted("user-secret"), "password-protected"),
        (_image_only_pdf, "no text layer"),
        (lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "not a readable PDF"),
        (lambda: build_pdf("被截断的文件。")[:300], "not a readable PDF"),
    ],
    ids=["user-password", "no-text-layer", "garbage", "truncated"],
)
def test_bad_pdf_is_a_one_line_format_error(make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FormatError, match=message) as info:
        read_document(make(), "report.pdf")
    assert "\n" not in str(info.value)

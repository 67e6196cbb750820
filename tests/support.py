"""Shared helpers of the test suite (importable from every test module via pytest's `pythonpath`).

- Where the test data lives (`ROOT`, `SEEDS`, `SEED_000`, `SEED_002`, `SHARED_DATA`).
- Builders of .docx, .html, .pdf and .md versions of a plain-text seed, for the reader tests
  and bench/readers.py. Each builder marks as a heading exactly the lines that
  `parse_document` finds as the first line of a stand-alone heading in the .txt (sub-title
  lines and inline headings stay body text), with the level found there, so that a reader
  that keeps text, order and declared levels gives the same sections as the .txt.
- Comparing what a reader finds in a generated file with what the .txt seed gives.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

from tiyao.core import ParsedDocument, SummaryOptions, parse_document, summarize_source
from tiyao.core.model import DocumentSummary

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_a4df69430f90165f.txt"
SEED_002 = SEEDS / "002_400b12bd617868b4.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


def heading_levels(text: str) -> dict[int, int]:
    """1-based line -> level of the lines that start a stand-alone heading in `text`."""
    return {
        sec.line: sec.level
        for sec in parse_document(text).sections
        if sec.heading is not None
        and sec.level > 0
        and not (sec.sentences and sec.sentences[0].line == sec.line)
    }


def _numbered(text: str) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]


def build_docx(text: str, title: str | None = None) -> bytes:
    import docx

    levels = heading_levels(text)
    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.sections[0].header.paragraphs[0].text = "页眉：内部资料"
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    for number, line in _numbered(text):
        if number in levels:
            document.add_heading(line, level=levels[number])
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def build_html(text: str, title: str = "报告", charset: str = "utf-8") -> bytes:
    levels = heading_levels(text)
    body = []
    for number, line in _numbered(text):
        tag = f"h{levels[number]}" if number in levels else "p"
        body.append(f"<{tag}>{html.escape(line)}</{tag}>")
    page = (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{html.escape(title)}</title>'
        "<style>p { margin: 0 }</style><script>var nav = '首页';</script></head><body>"
        "<nav><a href='/'>首页</a> | <a href='/news'>新闻中心</a></nav>"
        "<main>" + "\n".join(body) + "</main>"
        "<footer>版权所有 示例网站 备案号 12345</footer></body></html>"
    )
    return page.encode(charset)


def build_pdf(text: str, *, outline: bool = True, repeat: int = 1) -> bytes:
    """A PDF in reportlab's built-in STSong-Light CID font (no font file needed).

    Body paragraphs are indented and wrapped by the layout; every page has a running
    header and a page number; headings get bookmarks when `outline` is set.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle(
        "body", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK", firstLineIndent=22
    )
    heads = {
        level: ParagraphStyle(
            f"heading{level}", fontName="STSong-Light", fontSize=18 - 2 * level, leading=24, wordWrap="CJK"
        )
        for level in range(1, 7)
    }
    levels = heading_levels(text)

    class Document(BaseDocTemplate):
        def afterFlowable(self, flowable):  # type: ignore[no-untyped-def]
            level = getattr(flowable, "tiyao_level", None)
            if outline and level:
                key = f"h{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level - 1)

    def furniture(canvas, doc):  # type: ignore[no-untyped-def]
        canvas.setFont("STSong-Light", 9)
        canvas.drawString(72, A4[1] - 40, "政策研究简报（内部资料）")
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    story = []
    for _ in range(repeat):
        for number, line in _numbered(text):
            paragraph = Paragraph(html.escape(line), heads[levels[number]] if number in levels else body)
            paragraph.tiyao_level = levels.get(number)  # type: ignore[attr-defined]
            story.append(paragraph)
    out = io.BytesIO()
    document = Document(out, pagesize=A4)
    frame = Frame(72, 60, A4[0] - 144, A4[1] - 130)
    document.addPageTemplates([PageTemplate(frames=[frame], onPage=furniture)])
    document.build(story)
    return out.getvalue()


def build_markdown(text: str) -> bytes:
    levels = heading_levels(text)
    lines = []
    for number, line in _numbered(text):
        lines.append(f"{'#' * levels[number]} {line}" if number in levels else line)
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def section_outline(doc: ParsedDocument) -> list[tuple[str | None, int, str, tuple[str, ...]]]:
    """Title, level, kind and sentence texts of every section (line numbers differ by format)."""
    return [(s.title, s.level, s.kind.value, tuple(x.text for x in s.sentences)) for s in doc.sections]


def summary_sentences(path: Path) -> list[tuple[str | None, tuple[str, ...]]]:
    """The whole-report picks, then each section's title and picks, from summarizing `path`."""
    result = summarize_source(str(path), SummaryOptions(sentences=2))
    assert isinstance(result, DocumentSummary), result
    picks = [(None, tuple(p.text for p in result.summary))]
    return picks + [(s.title, tuple(p.text for p in s.summary)) for s in result.sections]

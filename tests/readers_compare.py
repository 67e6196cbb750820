"""Comparing what a reader finds in a generated file with what the .txt seed gives."""

from __future__ import annotations

from pathlib import Path

from tiyao.core import ParsedDocument, SummaryOptions, summarize_source
from tiyao.core.model import DocumentSummary


def section_outline(doc: ParsedDocument) -> list[tuple[str | None, int, str, tuple[str, ...]]]:
    """Title, level, kind and sentence texts of every section (line numbers differ by format)."""
    return [(s.title, s.level, s.kind.value, tuple(x.text for x in s.sentences)) for s in doc.sections]


def summary_sentences(path: Path) -> list[tuple[str | None, tuple[str, ...]]]:
    """The whole-report picks, then each section's title and picks, from summarizing `path`."""
    result = summarize_source(str(path), SummaryOptions(sentences=2))
    assert isinstance(result, DocumentSummary), result
    picks = [(None, tuple(p.text for p in result.summary))]
    return picks + [(s.title, tuple(p.text for p in s.summary)) for s in result.sections]

"""The tree on real reports and research articles: partition, title, furniture, appendices, parents.

Runs on the reports copied into tests/data/reports/ and, when ../shared is beside the clone,
on all of ../shared/data/reports/ and the 200 research articles of research-dev.jsonl.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import ROOT, SHARED_DATA

from tiyao.core import (
    ParsedDocument,
    SectionKind,
    document_segments,
    outline_sources,
    parse_document,
    split_sources,
)
from tiyao.core.parse import furniture, headings

LOCAL_REPORTS = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))


def _squash(text: str) -> str:
    # Decoding drops zero-width characters (README, "Encodings and bad input").
    return re.sub(r"[\s\u200b\u200c\u200d\u2060\ufeff]", "", text)


def _read(path: Path) -> str:
    return path.read_bytes().decode("gb18030" if path.name.endswith(".gbk.txt") else "utf-8")


def _shared_reports() -> list[Path]:
    if not (SHARED_DATA / "reports").is_dir():
        pytest.skip("../shared/data is not beside this clone (CI has it)")
    return sorted((SHARED_DATA / "reports").glob("*.txt"))


def _assert_tree(doc: ParsedDocument) -> None:
    """Parents come first and one level up; no furniture heads a section; appendices own their items."""
    for k, sec in enumerate(doc.sections):
        if sec.parent is None:
            assert sec.level <= 1, sec
        else:
            assert sec.parent < k and doc.sections[sec.parent].level == sec.level - 1, sec
        if sec.heading is not None:
            assert not furniture.is_furniture(headings.clean(sec.heading)), sec.heading
        if sec.kind is SectionKind.appendix and sec.parent is None and sec.title is not None:
            assert headings.is_appendix_heading(sec.title), sec.title  # never an item at the top
        if sec.kind is SectionKind.body and k:
            assert doc.sections[k - 1].kind is not SectionKind.appendix or sec.parent is not None


@pytest.mark.parametrize("path", LOCAL_REPORTS, ids=lambda p: p.stem)
def test_local_reports_tree(path: Path) -> None:
    _assert_tree(parse_document(_read(path)))


def test_every_shared_report_keeps_the_partition_and_a_clean_tree() -> None:
    paths = _shared_reports()
    batch = split_sources([str(p) for p in paths])
    assert batch.errors == ()
    for path in paths:
        text = "".join(s.text for s in batch.segments if s.source == str(path))
        assert _squash(text) == _squash(_read(path)), path.name
        _assert_tree(parse_document(_read(path)))
    # What `tiyao outline` prints: no furniture title, no appendix item at the top.
    for doc in outline_sources([str(p) for p in paths]).documents:
        for sec in doc.sections:
            assert sec.title is None or not furniture.is_furniture(sec.title), (doc.source, sec.title)
            if sec.kind is SectionKind.appendix and sec.parent is None and sec.title is not None:
                assert headings.is_appendix_heading(sec.title), (doc.source, sec.title)


def test_research_articles_keep_the_partition_and_their_first_line_is_the_title() -> None:
    jsonl = SHARED_DATA / "research-dev.jsonl"
    if not jsonl.is_file():
        pytest.skip("../shared/data/research-dev.jsonl is not beside this clone (CI has it)")
    for row in map(json.loads, jsonl.read_text(encoding="utf-8").splitlines()):
        doc = parse_document(row["text"])
        pieces = [seg.text for seg in document_segments(doc, row["id"])]
        assert _squash("".join(pieces)) == _squash(row["text"]), row["id"]
        first = next(line.strip() for line in row["text"].split("\n") if line.strip())
        assert doc.title == first, row["id"]
        assert all(sec.title is None for sec in doc.sections if sec.line == 1), row["id"]
        _assert_tree(doc)

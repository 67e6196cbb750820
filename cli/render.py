"""One renderer per output format: `render_X(batch, out)`; each writes only to `out`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from enum import StrEnum
from typing import Any, TextIO

from tiyao.core import BatchSummary, DocumentSummary, document_json_line

# Figures and phrases a table cell shows per section.
COMPACT_ITEMS = 3


class Format(StrEnum):
    """Output formats of `summarize`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


def render_json(batch: BatchSummary, out: TextIO) -> None:
    """The whole batch as one JSON object (the contract in the README)."""
    json.dump(asdict(batch), out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_jsonl(batch: BatchSummary, out: TextIO) -> None:
    """One JSON document object per line; errors stay on stderr."""
    for doc in batch.documents:
        out.write(document_json_line(doc))


def _document_table(doc: DocumentSummary) -> Any:
    from rich.table import Table

    heading = f"{doc.source} · {doc.title}" if doc.title else doc.source
    table = Table(title=heading, show_lines=True, title_justify="left", expand=True)
    # CJK text must wrap ("fold"), never be cut to "…" when the terminal is narrow.
    table.add_column("主题 theme", overflow="fold", min_width=12)
    table.add_column("要点 key sentences", overflow="fold", ratio=6)
    table.add_column("关键词 keywords", overflow="fold", ratio=2)
    table.add_column("数据 figures", overflow="fold", ratio=2)
    table.add_column("提法 phrases", overflow="fold", ratio=2)
    table.add_row("全文 whole report", "\n".join(p.text for p in doc.summary), "", "", "", style="bold")
    for sec in doc.sections:
        table.add_row(
            sec.theme or "—",
            "\n".join(p.text for p in sec.summary) or "—",
            "、".join(sec.keywords),
            # compact: the first few of each; the JSON has them all with what they measure
            "、".join(f.text for f in sec.figures[:COMPACT_ITEMS]),
            "".join(sec.phrases[:COMPACT_ITEMS]),
        )
    return table


def render_table(batch: BatchSummary, out: TextIO) -> None:
    """One Rich table per document: theme, key sentences and keywords per section."""
    from rich.console import Console

    console = Console(file=out)
    for doc in batch.documents:
        console.print(_document_table(doc))


RENDERERS: dict[Format, Callable[[BatchSummary, TextIO], None]] = {
    Format.table: render_table,
    Format.json: render_json,
    Format.jsonl: render_jsonl,
}

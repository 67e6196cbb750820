"""Renderers of `outline` and `split`: `render_X(result, out)`; each writes only to `out`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from enum import StrEnum
from typing import Any, TextIO

from tiyao.core import DocumentOutline, OutlineBatch, SplitBatch


class StructureFormat(StrEnum):
    """Output formats of `outline` and `split`."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def _outline_tree(doc: DocumentOutline) -> Any:
    from rich.markup import escape
    from rich.tree import Tree

    root = Tree(escape(f"{doc.source} · {doc.title}" if doc.title else doc.source))
    # The branch each level hangs from; a level-2 section under no level 1 hangs from the root.
    parents: dict[int, Any] = {0: root}
    for sec in doc.sections:
        title = sec.title or f"({sec.kind})"
        label = f"{escape(title)}  [dim]line {sec.line} · {sec.sentences} sentences[/dim]"
        parent = parents[max(k for k in parents if k < max(sec.level, 1))]
        node = parent.add(label)
        if sec.level > 0:
            parents = {k: v for k, v in parents.items() if k < sec.level}
            parents[sec.level] = node
    return root


def render_outline_table(batch: OutlineBatch, out: TextIO) -> None:
    """One Rich tree per report: sections indented by level, with line and sentence count."""
    from rich.console import Console

    console = Console(file=out)
    for doc in batch.documents:
        console.print(_outline_tree(doc))


def render_json(batch: OutlineBatch | SplitBatch, out: TextIO) -> None:
    """The whole result as one JSON object: `{"tiyao", "documents"|"segments", "errors"}`."""
    json.dump(asdict(batch), out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_outline_jsonl(batch: OutlineBatch, out: TextIO) -> None:
    """One outline object per report per line."""
    for doc in batch.documents:
        out.write(_dump(asdict(doc)) + "\n")


def render_split_table(batch: SplitBatch, out: TextIO) -> None:
    """One Rich table row per heading or sentence."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, expand=True)
    table.add_column("source", overflow="fold", ratio=2)
    table.add_column("§", justify="right")
    table.add_column("kind")
    table.add_column("text", overflow="fold", ratio=8)
    for seg in batch.segments:
        table.add_row(
            seg.source, str(seg.section), seg.kind, seg.text, style="bold" if seg.kind == "heading" else None
        )
    Console(file=out).print(table)


def render_split_jsonl(batch: SplitBatch, out: TextIO) -> None:
    """One `{"source", "section", "kind", "text"}` object per line, in document order."""
    for seg in batch.segments:
        out.write(_dump(asdict(seg)) + "\n")


OUTLINE_RENDERERS: dict[StructureFormat, Callable[[OutlineBatch, TextIO], None]] = {
    StructureFormat.table: render_outline_table,
    StructureFormat.json: render_json,
    StructureFormat.jsonl: render_outline_jsonl,
}
SPLIT_RENDERERS: dict[StructureFormat, Callable[[SplitBatch, TextIO], None]] = {
    StructureFormat.table: render_split_table,
    StructureFormat.json: render_json,
    StructureFormat.jsonl: render_split_jsonl,
}

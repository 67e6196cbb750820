"""Renderers of `outline` and `split`: `render_X(result, out)`; each writes only to `out`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .render_html import text_page
from .writers import escape_markdown, print_rich, write_csv, write_json, write_jsonl

if TYPE_CHECKING:
    from tiyao.core import DocumentOutline, OutlineBatch, SplitBatch


def _outline_tree(doc: DocumentOutline) -> Any:
    from rich.markup import escape
    from rich.tree import Tree

    root = Tree(escape(f"{doc.source} · {doc.title}" if doc.title else doc.source))
    # Each section hangs from its parent's node (`parent` indexes the same list), top ones from the root.
    nodes: list[Any] = []
    for sec in doc.sections:
        title = sec.title or f"({sec.kind})"
        label = f"{escape(title)}  [dim]line {sec.line} · {sec.sentences} sentences[/dim]"
        nodes.append((root if sec.parent is None else nodes[sec.parent]).add(label))
    return root


def render_outline_table(batch: OutlineBatch, out: TextIO) -> None:
    """One Rich tree per report: sections indented by level, with line and sentence count."""
    print_rich((_outline_tree(doc) for doc in batch.documents), out)


def render_outline_jsonl(batch: OutlineBatch, out: TextIO) -> None:
    """One outline object per report per line."""
    write_jsonl(batch.documents, out)


def _split_tables(batch: SplitBatch) -> Iterator[Any]:
    from itertools import groupby

    from rich.table import Table
    from rich.text import Text

    from .wrap import Wrapped

    # one table per report, its source as the title, not repeated on every row
    for source, segments in groupby(batch.segments, key=lambda seg: seg.source):
        table = Table(title=Text(source), title_justify="left", show_lines=False, expand=True)
        table.add_column("§", justify="right", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("text", ratio=1)
        for seg in segments:
            style = "bold" if seg.kind == "heading" else ""
            table.add_row(str(seg.section), seg.kind, Wrapped(Text(seg.text, style=style)))
        yield table


def render_split_table(batch: SplitBatch, out: TextIO) -> None:
    """One Rich table per report (its source as the title), a row per heading or sentence."""
    print_rich(_split_tables(batch), out)


def render_split_jsonl(batch: SplitBatch, out: TextIO) -> None:
    """One `{"source", "section", "kind", "text"}` object per line, in document order."""
    write_jsonl(batch.segments, out)


def _outline_rows(batch: OutlineBatch) -> Iterator[tuple[Any, ...]]:
    for doc in batch.documents:
        for sec in doc.sections:
            yield (doc.source, sec.level, sec.line, sec.kind, sec.title or "", sec.sentences, sec.chars)


def render_outline_csv(batch: OutlineBatch, out: TextIO) -> None:
    """One row per section: source, level, line, kind, title, sentences, chars."""
    write_csv(("source", "level", "line", "kind", "title", "sentences", "chars"), _outline_rows(batch), out)


def _outline_label(sec: Any) -> str:
    return sec.title or f"({sec.kind})"


def render_outline_markdown(batch: OutlineBatch, out: TextIO) -> None:
    """`#` per report, then nested bullets by heading level, with line and sentence count."""
    for k, doc in enumerate(batch.documents):
        title = f" · {escape_markdown(doc.title)}" if doc.title else ""
        out.write(("\n" if k else "") + f"# `{doc.source}`{title}\n\n")
        for sec in doc.sections:
            indent = "  " * max(sec.level - 1, 0)
            out.write(
                f"{indent}- {escape_markdown(_outline_label(sec))} "
                f"(line {sec.line}, {sec.sentences} sentences)\n"
            )


def render_outline_text(batch: OutlineBatch, out: TextIO) -> None:
    """The source, then one line per section indented two spaces per level."""
    for k, doc in enumerate(batch.documents):
        out.write(("\n" if k else "") + doc.source + (f" · {doc.title}" if doc.title else "") + "\n")
        for sec in doc.sections:
            out.write("  " * max(sec.level, 1) + _outline_label(sec) + "\n")


def render_split_csv(batch: SplitBatch, out: TextIO) -> None:
    """One row per heading or sentence: source, section, kind, text."""
    rows = ((seg.source, seg.section, seg.kind, seg.text) for seg in batch.segments)
    write_csv(("source", "section", "kind", "text"), rows, out)


def render_split_markdown(batch: SplitBatch, out: TextIO) -> None:
    """`#` per report, `##` per heading, one bullet per sentence."""
    source = None
    for seg in batch.segments:
        if seg.source != source:
            out.write(("\n" if source is not None else "") + f"# `{seg.source}`\n\n")
            source = seg.source
        if seg.kind == "heading":
            out.write(f"\n## {escape_markdown(seg.text)}\n\n")
        else:
            out.write(f"- {escape_markdown(seg.text)}\n")


def render_split_text(batch: SplitBatch, out: TextIO) -> None:
    """One heading or sentence per line, in document order (`wc -l` counts segments)."""
    out.writelines(seg.text + "\n" for seg in batch.segments)


OUTLINE_RENDERERS: dict[Format, Callable[[OutlineBatch, TextIO], None]] = {
    Format.table: render_outline_table,
    Format.json: write_json,  # {"tiyao", "documents"|"segments", "errors"}
    Format.jsonl: render_outline_jsonl,
    Format.csv: render_outline_csv,
    Format.markdown: render_outline_markdown,
    Format.text: render_outline_text,
    Format.html: text_page(render_outline_text, "outline"),
}
SPLIT_RENDERERS: dict[Format, Callable[[SplitBatch, TextIO], None]] = {
    Format.table: render_split_table,
    Format.json: write_json,  # {"tiyao", "documents"|"segments", "errors"}
    Format.jsonl: render_split_jsonl,
    Format.csv: render_split_csv,
    Format.markdown: render_split_markdown,
    Format.text: render_split_text,
    Format.html: text_page(render_split_text, "split"),
}

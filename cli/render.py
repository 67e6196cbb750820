"""One renderer per output format for `summarize`: `render_X(batch, out)`, writing only to `out`.

Other commands keep their renderers in their own module with the same shape; the
`Format` enum and the low-level writers (cli/writers.py) are shared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .writers import escape_markdown, print_rich, write_csv, write_json

if TYPE_CHECKING:
    from tiyao.core import BatchSummary, DocumentSummary, Pick, SectionSummary

__all__ = ["RENDERERS", "Format"]

WHOLE_REPORT = "全文"  # the heading of the whole-report summary in table, markdown and text
CSV_HEADER = ("source", "section", "level", "parent", "theme", "rank", "score", "text")


def _section_name(sec: SectionSummary) -> str:
    # The untitled front section is named by its theme (its top keywords).
    return sec.title or sec.theme


def _ranks(picks: tuple[Pick, ...]) -> list[int]:
    """1 for the best-scoring pick, ties to the earlier sentence; picks stay in document order."""
    order = sorted(range(len(picks)), key=lambda k: (-picks[k].score, picks[k].index))
    rank = [0] * len(picks)
    for position, k in enumerate(order, start=1):
        rank[k] = position
    return rank


def render_jsonl(batch: BatchSummary, out: TextIO) -> None:
    """One JSON document object per line; errors stay on stderr."""
    from tiyao.core import document_json_line

    # the same bytes as an engine shard line (core/jsonl.py)
    out.writelines(document_json_line(doc) for doc in batch.documents)


def _csv_rows(batch: BatchSummary) -> Iterator[tuple[Any, ...]]:
    for doc in batch.documents:
        for sec in doc.sections:
            for pick, rank in zip(sec.summary, _ranks(sec.summary), strict=True):
                parent = "" if sec.parent is None else sec.parent  # index into the JSON's sections
                yield (doc.source, sec.title or "", sec.level, parent, sec.theme, rank, pick.score, pick.text)


def render_csv(batch: BatchSummary, out: TextIO) -> None:
    """One row per section summary sentence: source, section, level, parent, theme, rank, score, text."""
    write_csv(CSV_HEADER, _csv_rows(batch), out)


def _markdown_document(doc: DocumentSummary) -> Iterator[str]:
    # The source in a code span: paths read literally, no escaping needed.
    title = f" · {escape_markdown(doc.title)}" if doc.title else ""
    yield f"# `{doc.source}`{title}\n\n"
    yield f"**{WHOLE_REPORT}**\n\n"
    yield from (f"- {escape_markdown(p.text)}\n" for p in doc.summary)
    for sec in doc.sections:
        if sec.hidden:  # rolled up (--depth) or without the --focus word: in JSON only
            continue
        # `##` for the top division, `###` below it, ...; Markdown stops at six
        yield f"\n{'#' * min(max(sec.level, 1) + 1, 6)} {escape_markdown(_section_name(sec))}\n\n"
        if sec.title and sec.theme != sec.title:
            yield f"主题：{escape_markdown(sec.theme)}\n\n"
        if sec.keywords:
            yield f"关键词：{escape_markdown('、'.join(sec.keywords))}\n\n"
        if sec.figures:
            yield f"数据：{escape_markdown('、'.join(f.text for f in sec.figures))}\n\n"
        if sec.phrases:
            yield f"提法：{escape_markdown(''.join(sec.phrases))}\n\n"
        yield from (f"- {escape_markdown(p.text)}\n" for p in sec.summary)


def render_markdown(batch: BatchSummary, out: TextIO) -> None:
    """For a wiki: `#` per report, `##`/`###`/... per section by level, a bullet per key sentence."""
    for k, doc in enumerate(batch.documents):
        if k:
            out.write("\n")
        out.writelines(_markdown_document(doc))


def _text_document(doc: DocumentSummary) -> Iterator[str]:
    yield doc.source + (f" · {doc.title}" if doc.title else "")
    yield WHOLE_REPORT
    yield from (f"  {p.text}" for p in doc.summary)
    for sec in (s for s in doc.sections if not s.hidden):
        indent = "  " * max(sec.level - 1, 0)  # level 1 (and untitled sections) at the margin
        yield indent + _section_name(sec)
        yield from (f"{indent}  {p.text}" for p in sec.summary)


def render_text(batch: BatchSummary, out: TextIO) -> None:
    """Plain lines: the source, then each section name (indented two spaces per level below 1)
    followed by its key sentences, two spaces further in."""
    for k, doc in enumerate(batch.documents):
        if k:
            out.write("\n")
        out.writelines(line + "\n" for line in _text_document(doc))


def _table_views(batch: BatchSummary, width: int) -> Iterator[Any]:
    from rich.text import Text

    from .render_table import document_view

    for k, doc in enumerate(batch.documents):
        if k:
            yield Text("")
        yield from document_view(doc, width)


def render_table(batch: BatchSummary, out: TextIO) -> None:
    """For people: stacked sections below 110 columns, a Rich table per report above (cli/render_table.py)."""
    from rich.console import Console

    # the width print_rich's console will have: COLUMNS, else the terminal, else 80
    print_rich(_table_views(batch, Console(file=out).width), out)


RENDERERS: dict[Format, Callable[[BatchSummary, TextIO], None]] = {
    Format.table: render_table,
    Format.json: write_json,  # the whole result as one object (the contract in the README)
    Format.jsonl: render_jsonl,
    Format.csv: render_csv,
    Format.markdown: render_markdown,
    Format.text: render_text,
}

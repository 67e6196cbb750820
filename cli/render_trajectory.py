"""Renderers for `tiyao diff A B C …` (three or more editions): one per format, writing only to `out`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .render_html import text_page
from .writers import escape_markdown, print_rich, write_csv, write_json, write_jsonl

if TYPE_CHECKING:
    from tiyao.core import Trajectory

# Phrases and figures the table, markdown and text show (the JSON has every one).
SHOWN = 25
_YEAR = re.compile(r"(?:19|20)\d\d")


def edition_labels(sources: Sequence[str]) -> list[str]:
    """Short column heads: each source's year when every source has a distinct one, else its file stem."""
    years = [_YEAR.findall(PurePath(s).name) for s in sources]
    if all(len(y) == 1 for y in years) and len({y[0] for y in years}) == len(sources):
        return [y[0] for y in years]
    return [PurePath(s).stem for s in sources]


def _rows(trajectory: Trajectory) -> Iterator[tuple[str, str, list[str]]]:
    """(kind, text, cells per edition) for the followed terms, the top phrases and the figures shown."""
    for term in trajectory.terms:
        yield "term", term.text, [str(n) for n in term.counts]
    # The phrases most used over all editions, ties in order of first appearance.
    phrases = sorted(trajectory.phrases, key=lambda t: (-sum(t.counts), t.first))[:SHOWN]
    for phrase in sorted(phrases, key=lambda t: t.first):
        yield "phrase", phrase.text, [str(n) for n in phrase.counts]
    for figure in trajectory.figures[:SHOWN]:
        yield "figure", figure.measure, [v or "—" for v in figure.values]


def _table(trajectory: Trajectory) -> Any:
    from rich.table import Table
    from rich.text import Text

    heading = f"{len(trajectory.editions)} editions: " + " → ".join(trajectory.editions)
    table = Table(title=Text(heading), title_justify="left", expand=True)
    table.add_column("", no_wrap=True)
    table.add_column("提法 / 数据", overflow="fold", ratio=3)
    for label in edition_labels(trajectory.editions):
        table.add_column(label, overflow="fold", ratio=1, justify="right")
    kinds = {"term": "词", "phrase": "提法", "figure": "数据"}
    for kind, text, cells in _rows(trajectory):
        table.add_row(kinds[kind], Text(text), *(Text(c) for c in cells))
    return table


def render_table(trajectory: Trajectory, out: TextIO) -> None:
    """One Rich table: followed terms, the most used phrases and the figures, one column per edition."""
    if not trajectory.errors:
        print_rich([_table(trajectory)], out)


def _all_rows(trajectory: Trajectory) -> Iterator[tuple[Any, ...]]:
    for term in trajectory.terms:
        yield ("term", term.text, *term.counts)
    for phrase in trajectory.phrases:
        yield ("phrase", phrase.text, *phrase.counts)
    for figure in trajectory.figures:
        yield ("figure", figure.measure, *figure.values)


def render_csv(trajectory: Trajectory, out: TextIO) -> None:
    """One row per term, phrase and figure: kind, text, then one column per edition (every row)."""
    write_csv(("kind", "text", *trajectory.editions), _all_rows(trajectory), out)


def render_markdown(trajectory: Trajectory, out: TextIO) -> None:
    """A pipe table with one column per edition."""
    if trajectory.errors:
        return
    labels = edition_labels(trajectory.editions)
    out.write(f"| | 提法 / 数据 | {' | '.join(labels)} |\n|---|---|{'---|' * len(labels)}\n")
    for kind, text, cells in _rows(trajectory):
        out.write(f"| {kind} | {escape_markdown(text)} | {' | '.join(escape_markdown(c) for c in cells)} |\n")


def render_text(trajectory: Trajectory, out: TextIO) -> None:
    """One line per row: kind, text, then the editions' cells separated by tabs."""
    if trajectory.errors:
        return
    out.write("\t".join(["", "", *edition_labels(trajectory.editions)]) + "\n")
    out.writelines("\t".join([kind, text, *cells]) + "\n" for kind, text, cells in _rows(trajectory))


TRAJECTORY_RENDERERS: dict[Format, Callable[[Trajectory, TextIO], None]] = {
    Format.table: render_table,
    Format.json: write_json,
    Format.jsonl: lambda result, out: write_jsonl([result], out),  # the JSON object on one line
    Format.csv: render_csv,
    Format.markdown: render_markdown,
    Format.text: render_text,
    Format.html: text_page(render_text, "diff"),
}

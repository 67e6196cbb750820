"""The `outline` and `split` commands: a report's structure rather than its summary."""

from __future__ import annotations

from typing import Any

import typer

from .options import (
    Format,
    FormatOption,
    NoPagerOption,
    OutputOption,
    PathsArgument,
    QuietOption,
    pages,
    reads_reports,
)
from .output import report_errors, write_output
from .status import ExitStatus
from .stream import STREAMING, write_streaming


def _structure_command(name: str, doc: str) -> Any:
    """`outline` or `split`: the same options, then core's `outline_sources` or `split_sources`."""

    @reads_reports
    def command(
        paths: PathsArgument,
        fmt: FormatOption = Format.table,
        output: OutputOption = None,
        quiet: QuietOption = False,
        no_pager: NoPagerOption = False,
        **reading: Any,
    ) -> None:
        # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
        from tiyao.core import outline_sources, split_sources

        from .render_structure import OUTLINE_RENDERERS, SPLIT_RENDERERS

        run, renderers = {
            "outline": (outline_sources, OUTLINE_RENDERERS),
            "split": (split_sources, SPLIT_RENDERERS),
        }[name]
        if fmt in STREAMING:
            from tiyao.core import VERSION, OutlineBatch, SplitBatch, stream_structure

            shape = {"outline": OutlineBatch, "split": SplitBatch}[name]
            results = stream_structure(name, paths, **reading)
            render = lambda items, out: renderers[fmt](shape(VERSION, items), out)  # noqa: E731
            if write_streaming(results, render, output, quiet=quiet, page=pages(fmt, no_pager)):
                raise typer.Exit(ExitStatus.ERROR)
            return
        batch = run(paths, **reading)
        write_output(lambda out: renderers[fmt](batch, out), output, page=pages(fmt, no_pager))
        report_errors(batch.errors, quiet=quiet)
        if batch.errors:
            raise typer.Exit(ExitStatus.ERROR)

    command.__name__ = name
    command.__doc__ = doc
    return command


outline = _structure_command(
    "outline",
    """Show each report's heading tree: sections by level, with line and sentence counts.

    Examples:

    tiyao outline seeds/

    tiyao outline report.html -f json -o tree.json
    """,
)
split = _structure_command(
    "split",
    """Split reports into headings and sentences, in order; nothing but whitespace is dropped.

    Examples:

    tiyao split seeds/000_a4df69430f90165f.txt -f jsonl | head

    tiyao split report.txt -f text | wc -l
    """,
)

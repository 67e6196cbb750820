"""The `outline` and `split` commands: a report's structure rather than its summary."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from .options import EncodingOption, Format, FormatOption, OutputOption
from .output import write_output
from .status import ExitStatus

if TYPE_CHECKING:
    from tiyao.core import SourceError

Paths = Annotated[
    list[str],
    typer.Argument(
        help="Report files, directories (their *.txt and *.md) or - for stdin.", show_default=False
    ),
]


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _finish(errors: Sequence[SourceError]) -> None:
    for err in errors:
        typer.echo(f"tiyao: {err.source}: {err.error}", err=True)
    if errors:
        raise typer.Exit(ExitStatus.ERROR)


def outline(
    paths: Paths,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Show each report's heading tree: sections by level, with line and sentence counts.

    Example: tiyao outline seeds/ -f json
    """
    # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
    from tiyao.core import outline_sources

    from .render_structure import OUTLINE_RENDERERS

    batch = outline_sources(paths, encoding=encoding, read_stdin=_read_stdin)
    write_output(lambda out: OUTLINE_RENDERERS[fmt](batch, out), output)
    _finish(batch.errors)


def split(
    paths: Paths,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Split reports into headings and sentences, in order; nothing but whitespace is dropped.

    Example: tiyao split seeds/000_a4df69430f90165f.txt -f jsonl
    """
    from tiyao.core import split_sources

    from .render_structure import SPLIT_RENDERERS

    batch = split_sources(paths, encoding=encoding, read_stdin=_read_stdin)
    write_output(lambda out: SPLIT_RENDERERS[fmt](batch, out), output)
    _finish(batch.errors)

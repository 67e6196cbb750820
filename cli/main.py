"""The `tiyao` command line: parse options, call core once, hand the result to a renderer."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from tiyao.cli.evaluate import eval_command
from tiyao.cli.render import RENDERERS, Format
from tiyao.cli.status import ExitStatus
from tiyao.cli.structure import outline, split
from tiyao.core import READERS, VERSION, BatchSummary, SummaryOptions, summarize_sources

InputFormat = StrEnum("InputFormat", [(name, name) for name in READERS])  # type: ignore[misc]

app = typer.Typer(
    name="tiyao",
    help=(
        "提要 tiyao: themed, section-by-section extractive summaries of long Chinese reports.\n\n"
        "Exit codes: 0 success; 1 a report could not be read or summarized; "
        "2 usage error; 130 interrupted."
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=True,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tiyao {VERSION}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """提要 tiyao: themed, section-by-section extractive summaries of long Chinese reports."""


def _report_errors(batch: BatchSummary) -> None:
    for err in batch.errors:
        typer.echo(f"tiyao: {err.source}: {err.error}", err=True)


@app.command()
def summarize(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Report files (.txt .md .docx .html .pdf), directories of them, or - for stdin.",
            show_default=False,
        ),
    ],
    sentences: Annotated[
        int,
        typer.Option("--sentences", "-n", min=1, help="Key sentences per section and for the whole report."),
    ] = 2,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    max_chars: Annotated[
        int | None,
        typer.Option("--max-chars", min=1, help="Characters a section's key sentences may not exceed."),
    ] = None,
    doc_sentences: Annotated[
        int | None,
        typer.Option("--doc-sentences", min=1, help="Key sentences for the whole report [default: -n]."),
    ] = None,
    doc_max_chars: Annotated[
        int | None,
        typer.Option(
            "--doc-max-chars",
            min=1,
            help="Character budget of the whole-report summary [default: --max-chars].",
        ),
    ] = None,
    input_format: Annotated[
        InputFormat | None,
        typer.Option("--input-format", help="Read every input as this format instead of by its suffix."),
    ] = None,
) -> None:
    """Summarize reports section by section: theme, key sentences, keywords, figures and phrases.

    Example: tiyao summarize seeds/ -f json
    """
    batch = summarize_sources(
        paths,
        SummaryOptions(
            sentences=sentences, doc_sentences=doc_sentences, max_chars=max_chars, doc_max_chars=doc_max_chars
        ),
        read_stdin=lambda: sys.stdin.buffer.read(),
        input_format=input_format and input_format.value,
    )
    RENDERERS[fmt](batch, sys.stdout)
    _report_errors(batch)
    if batch.errors:
        raise typer.Exit(ExitStatus.ERROR)


# Structure commands live in their own module (cli/structure.py).
app.command()(outline)
app.command()(split)
app.command("eval")(eval_command)

"""The `tiyao` command line: the app, its global manners, and the `summarize` command.

Every command parses options, calls core once, and hands the result to one renderer
per format. Behaviour shared by all commands (Ctrl-C, closed pipes) lives in `TiyaoGroup`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from tiyao.core import DEFAULT_PARTITION_SIZE

from .check import check
from .command import TiyaoCommand
from .diff import diff
from .evaluate import eval_command
from .options import (
    Format,
    FormatOption,
    GenreOption,
    NoPagerOption,
    OutputOption,
    PathsArgument,
    QuietOption,
    SentencesOption,
    pages,
    reads_reports,
)
from .output import check_output_dir, report_errors, unix_manners, write_output
from .progress import ProgressBar
from .status import ExitStatus
from .stream import STREAMING, write_streaming
from .structure import outline, split
from .words import cuts_words

if TYPE_CHECKING:
    from tiyao.core import SummaryOptions


class TiyaoGroup(TyperGroup):
    """Runs any subcommand with the manners of a Unix tool (`unix_manners`, cli/output.py)."""

    def invoke(self, ctx: Any) -> Any:
        with unix_manners():
            return super().invoke(ctx)


app = typer.Typer(
    name="tiyao",
    cls=TiyaoGroup,
    help=(
        "提要 tiyao: themed, section-by-section extractive summaries of long Chinese reports.\n\n"
        "Exit codes: 0 success; 1 a report could not be read or summarized, or a check failed; "
        "2 usage error; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM)."
    ),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_show_locals=False,
    add_completion=True,
)


def _version(value: bool) -> None:
    if value:
        # Package metadata is read only when asked for: the lookup costs --help ~20 ms.
        from tiyao.core import VERSION

        typer.echo(f"tiyao {VERSION}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """提要 tiyao: themed, section-by-section extractive summaries of long Chinese reports."""


class Engine(StrEnum):
    """Where `summarize` runs."""

    local = "local"
    dask = "dask"


def _check_engine_options(engine: Engine, paths: list[str], fmt: Format, output: Any, jobs: int) -> None:
    if engine is Engine.local:
        return
    if output is None:
        raise typer.BadParameter("--engine dask writes shards to a directory: add -o DIR", param_hint="-o")
    if fmt is not Format.jsonl:
        raise typer.BadParameter("--engine dask writes JSONL shards: add -f jsonl", param_hint="--format")
    if "-" in paths:
        raise typer.BadParameter("--engine dask reads files, not stdin", param_hint="PATH...")
    if jobs != 1:
        raise typer.BadParameter(
            "only with --engine local; a cluster sets its own workers", param_hint="--jobs"
        )


def _summarize_on_dask(
    paths: list[str], options: SummaryOptions, output: str, quiet: bool, **dask: Any
) -> None:
    from tiyao.core import TiyaoError, run_dask, source_label

    try:
        run = run_dask(paths, check_output_dir(output), options, **dask)
    except TiyaoError as exc:
        if not quiet:
            typer.echo(f"tiyao: {exc}", err=True)
        raise typer.Exit(ExitStatus.ERROR) from None
    report_errors(run.errors, quiet=quiet)
    if not quiet:
        typer.echo(
            f"tiyao: {run.documents} documents, {len(run.errors)} errors in {run.partitions} shards "
            f"in {source_label(run.out_dir)} ({run.skipped} already complete)",
            err=True,
        )
    if run.errors:
        raise typer.Exit(ExitStatus.ERROR)


def _summarize_streaming(
    paths: list[str],
    options: SummaryOptions,
    fmt: Format,
    output: Path | None,
    quiet: bool,
    reading: Any,
    *,
    page: bool,
) -> None:
    from tiyao.core import VERSION, BatchSummary, stream_summaries

    from .render import RENDERERS

    def render(documents: Any, out: Any) -> None:
        # The renderer walks `documents` once: it gets each summary as it is made.
        RENDERERS[fmt](BatchSummary(VERSION, documents), out)

    with ProgressBar(quiet) as bar:
        results = stream_summaries(paths, options, progress=bar.update, **reading)
        errors = write_streaming(results, render, output, quiet=quiet, page=page)
    if errors:
        raise typer.Exit(ExitStatus.ERROR)


@app.command(cls=TiyaoCommand)
@cuts_words
@reads_reports
def summarize(
    paths: PathsArgument,
    sentences: SentencesOption = 2,
    fmt: FormatOption = Format.table,
    max_chars: Annotated[
        int | None,
        typer.Option(
            "--max-chars", min=1, metavar="N", help="Characters a section's key sentences may not exceed."
        ),
    ] = None,
    doc_sentences: Annotated[
        int | None,
        typer.Option(
            "--doc-sentences",
            min=1,
            metavar="N",
            help="Key sentences for the whole report (default: the -n value).",
        ),
    ] = None,
    doc_max_chars: Annotated[
        int | None,
        typer.Option(
            "--doc-max-chars",
            min=1,
            metavar="N",
            help="Character budget of the whole-report summary (default: the --max-chars value).",
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(help="local: this process; dask: a Dask cluster (needs -o OUT_DIR -f jsonl)."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help="With --engine dask: a running scheduler, e.g. tcp://10.0.0.5:8786 (else a local one).",
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(min=1, metavar="N", help="With --engine dask: reports per task (and per shard).")
    ] = DEFAULT_PARTITION_SIZE,
    output: OutputOption = None,
    genre: GenreOption = None,
    depth: Annotated[
        int | None,
        typer.Option(
            "--depth", min=1, help="Summarize the sections of level <= N, each from its whole subtree."
        ),
    ] = None,
    focus: Annotated[
        list[str] | None,
        typer.Option(
            "--focus",
            help="Steer the summaries to sentences mentioning WORD (repeatable); sections without it "
            "are left out of the table (JSON marks them hidden: no-focus).",
        ),
    ] = None,
    quiet: QuietOption = False,
    no_pager: NoPagerOption = False,
    stamp: Annotated[
        bool, typer.Option("--stamp", help="With -f html: print the time of the run (UTC) on the page.")
    ] = False,
    **reading: Any,
) -> None:
    """Summarize reports section by section: theme, key sentences, keywords, figures and phrases.

    Examples:

    tiyao summarize seeds/

    tiyao summarize report.docx -o summary.md

    tiyao summarize corpus/ --glob '*.txt' -j 0 -f jsonl | jq -r .title

    tiyao summarize seeds/ -f html -o seeds.html   (-o DIR/: a page per report + index.html)

    On a Dask cluster: summarize corpus/ --engine dask -o out/ -f jsonl
    """
    # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
    from tiyao.core import ReadOptions, SummaryOptions, summarize_sources, summarize_sources_with_text

    if scheduler and engine is Engine.local:
        raise typer.BadParameter("only with --engine dask", param_hint="--scheduler")
    _check_engine_options(engine, paths, fmt, output, reading["jobs"])
    if stamp and fmt is not Format.html:
        raise typer.BadParameter("only with -f html", param_hint="--stamp")
    options = SummaryOptions(
        sentences=sentences,
        doc_sentences=doc_sentences,
        max_chars=max_chars,
        doc_max_chars=doc_max_chars,
        genre=genre.value if genre else None,
        depth=depth,
        focus=tuple(focus or ()),
    )
    if engine is Engine.dask and output is not None:
        # One plan of what to read and how, taken by the cluster as by this process.
        read = ReadOptions(reading["encoding"], reading["input_format"], reading["glob"])
        dask = {"scheduler": scheduler, "partition_size": partition_size, "read": read}
        _summarize_on_dask(paths, options, output, quiet, **dask)
        return
    if fmt in STREAMING:
        _summarize_streaming(paths, options, fmt, output, quiet, reading, page=pages(fmt, no_pager))
        return
    with ProgressBar(quiet) as bar:
        # The page shows every sentence, so the html batch keeps each report's parsed text.
        summarize_all = summarize_sources_with_text if fmt is Format.html else summarize_sources
        batch = summarize_all(paths, options, progress=bar.update, **reading)
    if fmt is Format.html:
        from .render_html import utc_stamp, write_html

        write_html(batch, output, stamp=utc_stamp() if stamp else None)
    else:
        from .render import RENDERERS

        write_output(lambda out: RENDERERS[fmt](batch, out), output, page=pages(fmt, no_pager))
    report_errors(batch.errors, quiet=quiet)
    if batch.errors:
        raise typer.Exit(ExitStatus.ERROR)


# Structure commands live in their own module (cli/structure.py).
app.command(cls=TiyaoCommand)(outline)
app.command(cls=TiyaoCommand)(split)
app.command("eval", cls=TiyaoCommand)(eval_command)
app.command(cls=TiyaoCommand)(check)
app.command(cls=TiyaoCommand)(diff)

"""The `tiyao` command line: the app, its global manners, and the `summarize` command.

Every command parses options, calls core once, and hands the result to one renderer
per format. Behaviour shared by all commands (Ctrl-C, closed pipes) lives in `TiyaoGroup`.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from tiyao.core import DEFAULT_PARTITION_SIZE, INPUT_FORMATS

from .check import check
from .evaluate import eval_command
from .options import EncodingOption, Format, FormatOption, GenreOption, QuietOption, SentencesOption
from .output import report_errors, silence_stdout, write_output
from .progress import ProgressBar
from .status import ExitStatus
from .structure import outline, split

if TYPE_CHECKING:
    from tiyao.core import SummaryOptions

InputFormat = StrEnum("InputFormat", [(name, name) for name in INPUT_FORMATS])  # type: ignore[misc]


class TiyaoGroup(TyperGroup):
    """Runs any subcommand with the manners of a Unix tool."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            sys.stderr.write("tiyao: interrupted\n")
            raise typer.Exit(ExitStatus.INTERRUPTED) from None
        except BrokenPipeError:
            # The reader (`head`, `grep -q`) has all it wanted: like ripgrep, not an error.
            silence_stdout()
            raise typer.Exit(ExitStatus.SUCCESS) from None


app = typer.Typer(
    name="tiyao",
    cls=TiyaoGroup,
    help=(
        "提要 tiyao: themed, section-by-section extractive summaries of long Chinese reports.\n\n"
        "Exit codes: 0 success; 1 a report could not be read or summarized, or a check failed; "
        "2 usage error; 130 interrupted."
    ),
    no_args_is_help=True,
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
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """提要 tiyao: themed, section-by-section extractive summaries of long Chinese reports."""


class Engine(StrEnum):
    """Where `summarize` runs."""

    local = "local"
    dask = "dask"


def _check_engine_options(
    engine: Engine, paths: list[str], fmt: Format, output: str | None, scheduler: str | None
) -> None:
    if engine is Engine.local:
        if scheduler:
            raise typer.BadParameter("only with --engine dask", param_hint="--scheduler")
        # Checked before any work is done: a typo in -o should not cost a whole batch.
        if output and not Path(output).resolve().parent.is_dir():
            raise typer.BadParameter(f"directory {Path(output).parent} does not exist", param_hint="--output")
        return
    if not output:
        raise typer.BadParameter("--engine dask writes shards to a directory: add -o DIR", param_hint="-o")
    if fmt is not Format.jsonl:
        raise typer.BadParameter("--engine dask writes JSONL shards: add -f jsonl", param_hint="--format")
    if "-" in paths:
        raise typer.BadParameter("--engine dask reads files, not stdin", param_hint="PATHS")


def _summarize_on_dask(
    paths: list[str], options: SummaryOptions, output: str, scheduler: str | None, partition_size: int
) -> None:
    from tiyao.core import TiyaoError, run_dask

    try:
        run = run_dask(paths, output, options, scheduler=scheduler, partition_size=partition_size)
    except TiyaoError as exc:
        typer.echo(f"tiyao: {exc}", err=True)
        raise typer.Exit(ExitStatus.ERROR) from None
    report_errors(run.errors, quiet=False)
    typer.echo(
        f"tiyao: {run.documents} documents, {len(run.errors)} errors in {run.partitions} shards "
        f"in {run.out_dir} ({run.skipped} already complete)",
        err=True,
    )
    if run.errors:
        raise typer.Exit(ExitStatus.ERROR)


@app.command()
def summarize(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Report files (.txt .md .docx .html .pdf), directories of them, or - for stdin.",
            show_default=False,
        ),
    ],
    sentences: SentencesOption = 2,
    fmt: FormatOption = Format.table,
    max_chars: Annotated[
        int | None,
        typer.Option("--max-chars", min=1, help="Characters a section's key sentences may not exceed."),
    ] = None,
    doc_sentences: Annotated[
        int | None,
        typer.Option(
            "--doc-sentences", min=1, help="Key sentences for the whole report (default: the -n value)."
        ),
    ] = None,
    doc_max_chars: Annotated[
        int | None,
        typer.Option(
            "--doc-max-chars",
            min=1,
            help="Character budget of the whole-report summary (default: the --max-chars value).",
        ),
    ] = None,
    input_format: Annotated[
        InputFormat | None,
        typer.Option("--input-format", help="Read every input as this format instead of by its suffix."),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(help="local: this process; dask: a Dask cluster (needs -o OUT_DIR -f jsonl)."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="With --engine dask: a running scheduler, e.g. tcp://10.0.0.5:8786 (default: local cluster)."
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(min=1, help="With --engine dask: reports per task (and per shard).")
    ] = DEFAULT_PARTITION_SIZE,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help=(
                "Write to FILE instead of stdout, atomically (temp file + rename); with --engine dask: "
                "directory for part-NNNNN.jsonl shards and _manifest.json (resumable)."
            ),
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per CPU core)."),
    ] = 1,
    encoding: EncodingOption = None,
    glob: Annotated[
        str | None,
        typer.Option("--glob", help="Recurse into directories for files matching this, e.g. '*.txt'."),
    ] = None,
    genre: GenreOption = None,
    quiet: QuietOption = False,
) -> None:
    """Summarize reports section by section: theme, key sentences, keywords, figures and phrases.

    Example: tiyao summarize seeds/ -f json

    On a Dask cluster: tiyao summarize corpus/ --engine dask -o out/ -f jsonl
    """
    # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
    from tiyao.core import SummaryOptions, summarize_sources

    _check_engine_options(engine, paths, fmt, output, scheduler)
    options = SummaryOptions(
        sentences=sentences,
        doc_sentences=doc_sentences,
        max_chars=max_chars,
        doc_max_chars=doc_max_chars,
        genre=genre.value if genre else None,
    )
    if engine is Engine.dask and output:
        _summarize_on_dask(paths, options, output, scheduler, partition_size)
        return
    with ProgressBar(quiet) as bar:
        batch = summarize_sources(
            paths,
            options,
            read_stdin=lambda: sys.stdin.buffer.read(),
            input_format=input_format and input_format.value,
            encoding=encoding,
            glob=glob,
            jobs=jobs,
            progress=bar.update,
        )
    from .render import RENDERERS

    write_output(lambda out: RENDERERS[fmt](batch, out), Path(output) if output else None)
    report_errors(batch.errors, quiet=quiet)
    if batch.errors:
        raise typer.Exit(ExitStatus.ERROR)


# Structure commands live in their own module (cli/structure.py).
app.command()(outline)
app.command()(split)
app.command("eval")(eval_command)
app.command()(check)

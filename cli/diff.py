"""The `diff` command: what changed between editions of a report (新提法, targets, new key sentences)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .options import EncodingOption, Format, FormatOption, OutputOption, QuietOption, SentencesOption
from .output import report_errors, write_output
from .status import ExitStatus

EditionsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Two editions of a report, older first (files in any input format, or -); "
        "three or more, in order, for a trajectory; a directory stands for its reports, sorted.",
        metavar="OLD NEW...",
        show_default=False,
    ),
]
TermOption = Annotated[
    list[str] | None,
    typer.Option("--term", help="Count this term in every edition, changed or not (repeatable)."),
]
ExitCodeOption = Annotated[
    bool,
    typer.Option(
        "--exit-code", help="Exit 1 when the editions differ, 0 when nothing changed (as git diff)."
    ),
]


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def diff(
    paths: EditionsArgument,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    quiet: QuietOption = False,
    sentences: SentencesOption = 2,
    term: TermOption = None,
    exit_code: ExitCodeOption = False,
    encoding: EncodingOption = None,
) -> None:
    """Compare editions of a report: sections matched, added and removed; quoted phrases
    (提法) and key terms new and gone; figures whose value moved or held; new key sentences.

    With three or more editions, in order (e.g. by year): a trajectory of phrases and
    figures per edition.

    Example: tiyao diff gwr_2019.txt gwr_2020.txt --exit-code
    """
    if len(paths) < 2 and not any(Path(p).is_dir() for p in paths):
        raise typer.BadParameter("give two or more editions to compare", param_hint="OLD NEW...")
    # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
    from tiyao.core import ReportDiff, SummaryOptions, compare_sources

    result = compare_sources(
        paths,
        SummaryOptions(sentences=sentences),
        follow=tuple(term or ()),
        encoding=encoding,
        read_stdin=_read_stdin,
    )
    if isinstance(result, ReportDiff):
        from .render_diff import DIFF_RENDERERS

        write_output(lambda out: DIFF_RENDERERS[fmt](result, out), output)
    else:
        from .render_trajectory import TRAJECTORY_RENDERERS

        write_output(lambda out: TRAJECTORY_RENDERERS[fmt](result, out), output)
    report_errors(result.errors, quiet=quiet)
    if result.errors or (exit_code and result.changed):
        raise typer.Exit(ExitStatus.ERROR)

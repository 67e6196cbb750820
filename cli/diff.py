"""The `diff` command: what changed between editions of a report (新提法, targets, new key sentences)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .options import (
    Format,
    FormatOption,
    OutputOption,
    PathsArgument,
    QuietOption,
    SentencesOption,
    reads_reports,
)
from .output import report_errors, write_output
from .status import ExitStatus

TermOption = Annotated[
    list[str] | None,
    typer.Option("--term", help="Count this term in every edition, changed or not (repeatable)."),
]
ExitCodeOption = Annotated[
    bool,
    typer.Option("--exit-code", help="Exit 1 when the editions differ, 0 when nothing changed (git diff's)."),
]


@reads_reports
def diff(
    paths: PathsArgument,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    quiet: QuietOption = False,
    sentences: SentencesOption = 2,
    term: TermOption = None,
    exit_code: ExitCodeOption = False,
    **reading: Any,
) -> None:
    """Compare two editions of a report, older first: sections, 提法, figures, key sentences.

    Sections are matched across renamed and renumbered parts; quoted phrases and key terms
    new and gone; figures whose value moved or held, by what they measure; new key sentences.

    Three or more editions, in order (e.g. by year): a trajectory of phrases and figures.

    Examples:

    tiyao diff gwr_2019.txt gwr_2020.txt --exit-code

    tiyao diff gwr_2015.txt gwr_2019.txt gwr_2023.txt --term 高质量发展
    """
    if len(paths) < 2 and not any(Path(p).is_dir() for p in paths):
        raise typer.BadParameter("give two or more editions to compare", param_hint="PATH...")
    # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
    from tiyao.core import ReportDiff, SummaryOptions, compare_sources

    result = compare_sources(paths, SummaryOptions(sentences=sentences), follow=tuple(term or ()), **reading)
    if isinstance(result, ReportDiff):
        from .render_diff import DIFF_RENDERERS

        write_output(lambda out: DIFF_RENDERERS[fmt](result, out), output)
    else:
        from .render_trajectory import TRAJECTORY_RENDERERS

        write_output(lambda out: TRAJECTORY_RENDERERS[fmt](result, out), output)
    report_errors(result.errors, quiet=quiet)
    if result.errors or (exit_code and result.changed):
        raise typer.Exit(ExitStatus.ERROR)

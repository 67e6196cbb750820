"""`tiyao eval`: char-ROUGE of tiyao's summaries against reference summaries."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from .options import (
    Format,
    FormatOption,
    GenreOption,
    OutputOption,
    QuietOption,
    SentencesOption,
    read_stdin,
)
from .output import check_output, write_output
from .status import ExitStatus
from .words import cuts_words

if TYPE_CHECKING:
    from tiyao.core import Baseline


# core's `Split`, mirrored so that `--help` need not import the evaluator (a test
# checks the values agree).
class SplitChoice(StrEnum):
    """Which reference pairs to score: all, or the even/odd-numbered lines."""

    all = "all"
    even = "even"
    odd = "odd"


# core's `Budget`, mirrored for the same reason.
class BudgetChoice(StrEnum):
    """Summary length: `-n` sentences, or each reference's length in whole sentences."""

    sentences = "sentences"
    reference = "reference"


class BaselineChoice(StrEnum):
    """Baselines to score beside tiyao (`all` = every one)."""

    lead = "lead"
    snownlp = "snownlp"
    all = "all"


def _baselines(choices: list[BaselineChoice]) -> list[Baseline]:
    from tiyao.core import Baseline

    wanted = {c.value for c in choices}
    return [b for b in Baseline if "all" in wanted or b.value in wanted]


@cuts_words
def eval_command(
    refs: Annotated[
        str,
        typer.Argument(
            help='JSONL file of {"text": ..., "summary": ...} lines, or - for stdin.', show_default=False
        ),
    ],
    sentences: SentencesOption = 3,  # eval keeps its own default: its published figures are at 3
    max_chars: Annotated[
        int | None, typer.Option("--max-chars", min=1, help="Characters each summary may not exceed.")
    ] = None,
    baseline: Annotated[
        list[BaselineChoice] | None,
        typer.Option("--baseline", "-b", help="Also score LEAD-N, snownlp, or all (repeatable)."),
    ] = None,
    split: Annotated[
        SplitChoice, typer.Option("--split", help="Score all pairs, or only the even/odd lines (hold-out).")
    ] = SplitChoice.all,
    budget: Annotated[
        BudgetChoice,
        typer.Option(
            "--budget",
            help="sentences: -n sentences each; reference: each summary as long as its reference "
            "(whole sentences, the fair comparison between systems).",
        ),
    ] = BudgetChoice.sentences,
    genre: GenreOption = None,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    quiet: QuietOption = False,
) -> None:
    """Score document summaries against references with char-ROUGE-1/2/L F1.

    Each text is summarized exactly as `tiyao summarize` would at document level.
    Tokens are CJK characters and ASCII letter/digit runs; punctuation is ignored.

    Examples:

    tiyao eval ../shared/data/dev.jsonl --sentences 3 --baseline all

    tiyao eval refs.jsonl --split odd -f json -o scores.json

    tiyao eval ../shared/data/research-dev.jsonl --budget reference --baseline all
    """
    # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
    from tiyao.core import Budget, Split, SummaryOptions, TiyaoError, evaluate_file, source_label

    from .progress import Working
    from .render_eval import EVAL_RENDERERS

    target = check_output(output, [refs])  # before the work, as for every command
    options = SummaryOptions(
        sentences=sentences,
        doc_sentences=sentences,
        max_chars=max_chars,
        genre=genre.value if genre else None,
    )
    try:
        with Working(f"scoring {refs}", quiet) as bar:
            report = evaluate_file(
                refs,
                options,
                _baselines(baseline or []),
                Split(split.value),
                read_stdin=read_stdin,
                budget=Budget(budget.value),
                progress=bar.update,
            )
    except TiyaoError as exc:
        if not quiet:
            typer.echo(f"tiyao: {source_label(refs)}: {exc}", err=True)
        raise typer.Exit(ExitStatus.ERROR) from None
    write_output(lambda out: EVAL_RENDERERS[fmt](report, out), target)

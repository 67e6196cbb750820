"""`tiyao check`: a CI gate over reports; parse the rules, summarize, judge, render."""

from __future__ import annotations

import sys
from enum import StrEnum
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
from .words import cuts_words


class Scope(StrEnum):
    """The choices of `--in` (mirrors tiyao.core.SearchScope, which loads only when check runs)."""

    summary = "summary"
    text = "text"


@cuts_words
@reads_reports
def check(
    paths: PathsArgument,
    require: Annotated[
        list[str] | None,
        typer.Option(help="The summary or keywords must mention WORD (repeatable).", metavar="WORD"),
    ] = None,
    forbid: Annotated[
        list[str] | None,
        typer.Option(help="The summary and keywords must not mention WORD (repeatable).", metavar="WORD"),
    ] = None,
    min_sections: Annotated[
        int | None, typer.Option(min=0, help="At least N titled sections.", metavar="N")
    ] = None,
    max_report_chars: Annotated[
        int | None, typer.Option(min=1, help="The report is at most N characters long.", metavar="N")
    ] = None,
    must_have_section: Annotated[
        list[str] | None,
        typer.Option(help="Some section title contains TITLE (repeatable).", metavar="TITLE"),
    ] = None,
    search_in: Annotated[
        Scope,
        typer.Option(
            "--in",
            help="Where --require and --forbid look: the summary and keywords, or the whole text.",
        ),
    ] = Scope.summary,
    summary_must_cover: Annotated[
        float | None,
        typer.Option(
            min=0,
            max=100,
            help="At least PCT percent of sections have a summary sentence.",
            metavar="PCT",
        ),
    ] = None,
    sentences: SentencesOption = 2,
    fmt: FormatOption = Format.text,
    output: OutputOption = None,
    quiet: QuietOption = False,
    **reading: Any,
) -> None:
    """Check reports against rules: one PASS/FAIL line per report, exit 1 if any fails.

    Exit codes: 0 every report passed; 1 a report failed a rule or could not be read;
    2 usage error. With --quiet stderr stays empty; for the exit code alone, add >/dev/null.

    A totals line (`2 passed, 1 failed`) ends stderr; stdout has the verdicts only.
    The format's environment default is TIYAO_CHECK_FORMAT (TIYAO_FORMAT is summarize's).

    Examples:

    tiyao check seeds/ --must-have-section 调研 --min-sections 3

    tiyao check reports/ --require 风险 -f markdown >> "$GITHUB_STEP_SUMMARY"

    tiyao check reports/ --require 新质生产力 --in text
    """
    # Core and the renderers load when a command runs, not when `tiyao --help` builds the app.
    from tiyao.core import (
        CheckRules,
        SearchScope,
        SummaryOptions,
        check_batch,
        summarize_sources,
        summarize_sources_with_text,
    )

    from .render_check import RENDERERS

    rules = CheckRules(
        require=tuple(require or ()),
        forbid=tuple(forbid or ()),
        min_sections=min_sections,
        max_report_chars=max_report_chars,
        must_have_sections=tuple(must_have_section or ()),
        summary_must_cover=summary_must_cover,
        search_in=SearchScope(search_in.value),
    )
    if rules.empty:
        raise typer.BadParameter(
            "give at least one rule, e.g. --require WORD or --min-sections N", param_hint="rules"
        )
    for hint, words in (
        ("--require", rules.require),
        ("--forbid", rules.forbid),
        ("--must-have-section", rules.must_have_sections),
    ):
        if any(not word.strip() for word in words):
            # An empty word is in every text: the rule could never fail (or never pass).
            raise typer.BadParameter("give a word, not an empty string", param_hint=hint)
    both = sorted(set(rules.require) & set(rules.forbid))
    if both:
        raise typer.BadParameter(f"{both[0]} is both required and forbidden", param_hint="--forbid")
    summarize = summarize_sources_with_text if rules.search_in is SearchScope.text else summarize_sources
    batch = summarize(paths, SummaryOptions(sentences=sentences), **reading)
    report = check_batch(batch, rules)
    write_output(lambda out: RENDERERS[fmt](report, out), output)
    report_errors(batch.errors, quiet=quiet)
    if not quiet:  # for the person reading the terminal; stdout keeps only the verdicts
        passed = sum(v.passed for v in report.verdicts)
        sys.stderr.write(f"{passed} passed, {len(report.verdicts) - passed} failed\n")
    if not report.passed:
        raise typer.Exit(ExitStatus.ERROR)

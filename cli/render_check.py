"""One renderer per output format for `check`: `render_X(report, out)`, writing only to `out`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .render_html import text_page
from .writers import escape_markdown, print_rich, write_csv, write_json, write_jsonl

if TYPE_CHECKING:
    from tiyao.core import CheckReport, Verdict

CSV_HEADER = ("source", "rule", "passed", "detail")


def verdict_line(verdict: Verdict) -> str:
    """`PASS source` or `FAIL source: what failed; ...` on one line."""
    if verdict.error is not None:
        return f"FAIL {verdict.source}: {verdict.error}"
    if verdict.passed:
        return f"PASS {verdict.source}"
    failed = "; ".join(f"{r.rule}: {r.detail}" for r in verdict.results if not r.passed)
    return f"FAIL {verdict.source}: {failed}"


def render_text(report: CheckReport, out: TextIO) -> None:
    """One line per report: PASS, or FAIL with the rules it broke."""
    out.writelines(verdict_line(v) + "\n" for v in report.verdicts)


def render_jsonl(report: CheckReport, out: TextIO) -> None:
    """One verdict object per line."""
    write_jsonl(report.verdicts, out)


def _csv_rows(report: CheckReport) -> Iterator[tuple[Any, ...]]:
    for verdict in report.verdicts:
        if verdict.error is not None:
            yield (verdict.source, "read", "false", verdict.error)
        for result in verdict.results:
            yield (verdict.source, result.rule, str(result.passed).lower(), result.detail)


def render_csv(report: CheckReport, out: TextIO) -> None:
    """One row per report and rule: source, rule, passed (true/false), detail."""
    write_csv(CSV_HEADER, _csv_rows(report), out)


def _markdown_verdict(verdict: Verdict) -> Iterator[str]:
    status = "PASS" if verdict.passed else "FAIL"
    yield f"- **{status}** `{verdict.source}`\n"
    if verdict.error is not None:
        yield f"  - {escape_markdown(verdict.error)}\n"
    for r in verdict.results:
        yield f"  - {'✓' if r.passed else '✗'} `{r.rule}`: {escape_markdown(r.detail)}\n"


def render_markdown(report: CheckReport, out: TextIO) -> None:
    """A checklist to paste into a wiki or a pull request: one bullet per report, one per rule."""
    out.write(f"## tiyao check: {'PASS' if report.passed else 'FAIL'}\n\n")
    for verdict in report.verdicts:
        out.writelines(_markdown_verdict(verdict))


def _verdict_table(report: CheckReport) -> Any:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="tiyao check", title_justify="left", expand=True, show_lines=True)
    table.add_column("source", overflow="fold", ratio=3)
    table.add_column("verdict", no_wrap=True)
    table.add_column("rules", overflow="fold", ratio=6)
    for v in report.verdicts:
        details = [v.error] if v.error is not None else []
        details += [f"{'✓' if r.passed else '✗'} {r.rule}: {r.detail}" for r in v.results]
        status = Text("PASS", style="green") if v.passed else Text("FAIL", style="bold red")
        # Text, not str: a file name or sentence with [brackets] is not Rich markup.
        table.add_row(Text(v.source), status, Text("\n".join(details)))
    return table


def render_table(report: CheckReport, out: TextIO) -> None:
    """A Rich table: source, PASS/FAIL and each rule's result."""
    print_rich([_verdict_table(report)], out)


RENDERERS: dict[Format, Callable[[CheckReport, TextIO], None]] = {
    Format.table: render_table,
    Format.json: write_json,  # the whole result as one object (the contract in the README)
    Format.jsonl: render_jsonl,
    Format.csv: render_csv,
    Format.markdown: render_markdown,
    Format.text: render_text,
    Format.html: text_page(render_text, "check"),
}

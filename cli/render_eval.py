"""Renderers of `tiyao eval`: `render_eval_X(report, out)`; each writes only to `out`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .render_html import text_page
from .writers import escape_markdown, print_rich, write_csv, write_json, write_jsonl

if TYPE_CHECKING:
    from tiyao.core import EvalReport


def _length(report: EvalReport) -> str:
    """The summaries' budget in words: `3 sentences, ≤80 chars` or `reference length`."""
    if report.budget == "reference":
        return "reference length (whole sentences)"
    chars = f", ≤{report.max_chars} chars" if report.max_chars is not None else ""
    return f"{report.sentences} sentences{chars}"


def render_eval_table(report: EvalReport, out: TextIO) -> None:
    """One row per system: ROUGE-1/2/L F1 in percent and mean summary length."""
    from rich.table import Table

    table = Table(
        title=(
            f"{report.source} · {report.pairs} pairs ({report.split}) · {_length(report)} · char-ROUGE F1 (%)"
        ),
        title_justify="left",
    )
    table.add_column("system")
    for name in ("ROUGE-1", "ROUGE-2", "ROUGE-L", "chars"):
        table.add_column(name, justify="right")
    for row in report.systems:
        table.add_row(
            row.system, f"{row.rouge1:.2f}", f"{row.rouge2:.2f}", f"{row.rougeL:.2f}", f"{row.chars:.0f}"
        )
    print_rich([table], out)


EVAL_HEADER = ("system", "rouge1", "rouge2", "rougeL", "chars")


def _eval_rows(report: EvalReport) -> Iterator[tuple[Any, ...]]:
    for row in report.systems:
        yield (row.system, f"{row.rouge1:.2f}", f"{row.rouge2:.2f}", f"{row.rougeL:.2f}", f"{row.chars:.0f}")


def render_eval_jsonl(report: EvalReport, out: TextIO) -> None:
    """One system's scores per line."""
    write_jsonl(report.systems, out)


def render_eval_csv(report: EvalReport, out: TextIO) -> None:
    """One row per system: ROUGE-1/2/L F1 in percent and mean summary length."""
    write_csv(EVAL_HEADER, _eval_rows(report), out)


def render_eval_markdown(report: EvalReport, out: TextIO) -> None:
    """A pipe table under a heading naming the reference file and the settings."""
    settings = f"{report.pairs} pairs ({report.split}), {_length(report)}"
    out.write(f"## `{report.source}`: {settings}\n\n")
    out.write("| " + " | ".join(EVAL_HEADER) + " |\n|" + "---|" * len(EVAL_HEADER) + "\n")
    for row in _eval_rows(report):
        out.write("| " + " | ".join(escape_markdown(str(v)) for v in row) + " |\n")


def render_eval_text(report: EvalReport, out: TextIO) -> None:
    """One line per system: name and scores separated by spaces (`awk`-friendly)."""
    out.writelines(" ".join(str(v) for v in row) + "\n" for row in _eval_rows(report))


EVAL_RENDERERS: dict[Format, Callable[[EvalReport, TextIO], None]] = {
    Format.table: render_eval_table,
    Format.json: write_json,  # the whole report as one object
    Format.jsonl: render_eval_jsonl,
    Format.csv: render_eval_csv,
    Format.markdown: render_eval_markdown,
    Format.text: render_eval_text,
    Format.html: text_page(render_eval_text, "eval"),
}

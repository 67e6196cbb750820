"""Renderers of `tiyao eval`: `render_eval_X(report, out)`; each writes only to `out`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .writers import escape_markdown, write_csv, write_jsonl

if TYPE_CHECKING:
    from tiyao.core import EvalReport

EvalFormat = Format  # the shared formats; the old name stays for existing imports


def render_eval_json(report: EvalReport, out: TextIO) -> None:
    """The report as one JSON object."""
    json.dump(asdict(report), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _length(report: EvalReport) -> str:
    """The summaries' budget in words: `3 sentences, ≤80 chars` or `reference length`."""
    if report.budget == "reference":
        return "reference length (whole sentences)"
    chars = f", ≤{report.max_chars} chars" if report.max_chars is not None else ""
    return f"{report.sentences} sentences{chars}"


def render_eval_table(report: EvalReport, out: TextIO) -> None:
    """One row per system: ROUGE-1/2/L F1 in percent and mean summary length."""
    from rich.console import Console
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
    Console(file=out).print(table)


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


EVAL_RENDERERS: dict[EvalFormat, Callable[[EvalReport, TextIO], None]] = {
    EvalFormat.table: render_eval_table,
    EvalFormat.json: render_eval_json,
    EvalFormat.jsonl: render_eval_jsonl,
    EvalFormat.csv: render_eval_csv,
    EvalFormat.markdown: render_eval_markdown,
    EvalFormat.text: render_eval_text,
}

"""Renderers of `tiyao eval`: `render_eval_X(report, out)`; each writes only to `out`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from enum import StrEnum
from typing import TextIO

from tiyao.core import EvalReport


class EvalFormat(StrEnum):
    """Output formats of `eval`."""

    table = "table"
    json = "json"


def render_eval_json(report: EvalReport, out: TextIO) -> None:
    """The report as one JSON object."""
    json.dump(asdict(report), out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_eval_table(report: EvalReport, out: TextIO) -> None:
    """One row per system: ROUGE-1/2/L F1 in percent and mean summary length."""
    from rich.console import Console
    from rich.table import Table

    budget = f", ≤{report.max_chars} chars" if report.max_chars is not None else ""
    table = Table(
        title=(
            f"{report.source} · {report.pairs} pairs ({report.split}) · "
            f"{report.sentences} sentences{budget} · char-ROUGE F1 (%)"
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


EVAL_RENDERERS: dict[EvalFormat, Callable[[EvalReport, TextIO], None]] = {
    EvalFormat.table: render_eval_table,
    EvalFormat.json: render_eval_json,
}

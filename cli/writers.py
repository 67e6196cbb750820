"""The low-level writers every renderer shares: JSON, JSON lines, CSV, Markdown
escaping and Rich output, so each format looks the same whichever command made it."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any, TextIO

# Characters that start emphasis, links, HTML or table cells in CommonMark.
_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"})


def write_json(data: Any, out: TextIO) -> None:
    """One indented JSON value (dataclasses become objects) and a newline; CJK stays readable."""
    json.dump(_plain(data), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_jsonl(items: Iterable[Any], out: TextIO) -> None:
    """One compact JSON value per line."""
    for item in items:
        out.write(json.dumps(_plain(item), ensure_ascii=False, separators=(", ", ": ")) + "\n")


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO) -> None:
    """A header row and the data rows, RFC 4180 quoting, "\\n" line ends."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)


def escape_markdown(text: str) -> str:
    """Text that Markdown shows literally (no stray emphasis, links or table cells)."""
    return text.translate(_MARKDOWN_SPECIAL)


def print_rich(renderables: Iterable[Any], out: TextIO) -> None:
    """Print Rich renderables to `out`.

    The Console is built per call: one built at import time would fix its colour
    system then and ignore NO_COLOR/FORCE_COLOR set later (e.g. by a test runner).
    """
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; hand the closed pipe to the app's one policy instead.
            raise BrokenPipeError

    console = _Console(file=out)
    for renderable in renderables:
        console.print(renderable)


def _plain(data: Any) -> Any:
    return asdict(data) if hasattr(data, "__dataclass_fields__") else data

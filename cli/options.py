"""Option definitions shared by every command, so `--format`, `--output` and `--quiet`
mean the same thing (and read the same environment variables) wherever they appear.

A command plugs in by declaring `fmt: FormatOption = Format.table` and
`output: OutputOption = None`, keeping a `RENDERERS: dict[Format, render_X]` with all six
formats in its own render module, and ending with
`write_output(lambda out: RENDERERS[fmt](result, out), output)` (cli/output.py).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    """Output formats; every command offers all of them (one renderer each)."""

    table = "table"  # Rich tables, for people at a terminal
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"  # a report to paste into a wiki
    text = "text"  # plain lines for grep and wc


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        envvar="TIYAO_FORMAT",
        help="Output format; the same whether or not stdout is a terminal.",
    ),
]


def _existing_directory(path: Path | None) -> Path | None:
    # Checked before any work is done: a typo in -o should not cost a whole batch.
    if path is not None and not path.resolve().parent.is_dir():
        raise typer.BadParameter(f"directory {path.parent} does not exist")
    return path


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        dir_okay=False,
        writable=True,
        callback=_existing_directory,
        help="Write to FILE instead of stdout; written atomically (temp file + rename).",
        show_default=False,
    ),
]

QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="Nothing on stderr but usage errors; the exit code still tells success from failure.",
    ),
]

SentencesOption = Annotated[
    int,
    typer.Option(
        "--sentences",
        "-n",
        min=1,
        envvar="TIYAO_SENTENCES",
        help="Key sentences per section and for the whole report.",
    ),
]


def _known_encoding(value: str | None) -> str | None:
    if value is not None:
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {value!r}; try gb18030, big5 or utf-16") from None
    return value


EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        callback=_known_encoding,
        help="Encoding of every input, e.g. gb18030, big5 (default: detect).",
    ),
]


# core's `Genre` (tiyao.core.score.genre), mirrored so that `--help` need not import scoring
# (a test checks the values agree).
class GenreChoice(StrEnum):
    """Score as this kind of text instead of detecting it."""

    report = "report"
    research = "research"
    brokerage = "brokerage"
    news = "news"


GenreOption = Annotated[
    GenreChoice | None,
    typer.Option(
        "--genre",
        help="Score as a work report, research article, brokerage note or news feature (default: detected).",
        show_default=False,
    ),
]

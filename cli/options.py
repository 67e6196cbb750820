"""Every option more than one command takes, declared once, so that `PATH...`, `-o`, `-q`,
`-n`, `-f`, `--encoding`, `--input-format`, `--glob` and `--jobs` mean the same thing (and
read the same environment variables) wherever they appear.

A command plugs in by declaring `fmt: FormatOption = Format.table` and
`output: OutputOption = None`, keeping a `RENDERERS: dict[Format, render_X]` with all seven
formats in its own render module, and ending with
`write_output(lambda out: RENDERERS[fmt](result, out), output)` (cli/output.py). A command
that reads reports takes `paths: PathsArgument` and `**reading`, is decorated with
`@reads_reports`, and passes `**reading` on to core's batch function unchanged.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

import typer

from tiyao.core import INPUT_FORMATS

from .output import check_output


class Format(StrEnum):
    """Output formats; every command offers all of them (one renderer each)."""

    table = "table"  # Rich tables, for people at a terminal
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"  # a report to paste into a wiki
    text = "text"  # plain lines for grep and wc
    html = "html"  # a self-contained page to read in a browser or send by mail


InputFormat = StrEnum("InputFormat", [(name, name) for name in INPUT_FORMATS])  # type: ignore[misc]

# What a directory stands for: core's readers, by suffix (core/sources.py lists them).
_SUFFIXES = " ".join(f".{name}" for name in INPUT_FORMATS)

PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help=(
            f"Report files ({_SUFFIXES}), directories (the report files directly inside; "
            "with --glob, the matching files below) or - for stdin."
        ),
        metavar="PATH",
        show_default=False,
    ),
]


def read_stdin() -> bytes:
    """The bytes `-` stands for among the PATHs (core calls it only when `-` is given).

    Raises:
        InputError: stdin is closed (`<&-`) or cannot be read; that one source fails.
    """
    from tiyao.core import InputError

    stream = getattr(sys.stdin, "buffer", None)  # sys.stdin is None when fd 0 is closed
    if stream is None:
        raise InputError("stdin is closed; pass a file, or pipe the report in")
    try:
        return stream.read()
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read stdin ({exc}); pass a file instead") from None


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        envvar="TIYAO_FORMAT",
        help="Output format; the same whether or not stdout is a terminal.",
    ),
]


# A str, not a Path: Path("") is "." and Path("nodir/") is "nodir", which would hide the
# mistakes check_output (cli/output.py) refuses; it runs before any work, knowing the inputs.
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help=(
            "Write to FILE instead of stdout, atomically (temp file + rename); its suffix (.json .jsonl "
            ".csv .md .txt .html) sets the format unless -f is given; never one of the inputs, a device "
            "or a read-only file. With summarize -f html, a directory (or a new name without suffix): "
            "one page per report plus index.html. With summarize --engine dask: the directory for "
            "part-NNNNN.jsonl shards and _manifest.json."
        ),
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

NoPagerOption = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        help="Print straight to the terminal (else long table, text and markdown output is paged: "
        "$TIYAO_PAGER, $PAGER or less -R; never when stdout is not a terminal).",
    ),
]

# The formats a person reads on the terminal; JSON, JSONL and CSV are for programs.
PAGED_FORMATS = frozenset({Format.table, Format.text, Format.markdown})


def pages(fmt: Format, no_pager: bool) -> bool:
    """Whether output in `fmt` goes through the pager when stdout is a terminal."""
    return fmt in PAGED_FORMATS and not no_pager


SentencesOption = Annotated[
    int,
    typer.Option(
        "--sentences",
        "-n",
        min=1,
        envvar="TIYAO_SENTENCES",
        metavar="N",
        help="Key sentences per section and for the whole report.",
    ),
]


def _known_encoding(value: str | None) -> str | None:
    if value is not None:
        import codecs

        try:
            info = codecs.lookup(value)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {value!r}; try gb18030, big5 or utf-16") from None
        # rot13, hex, base64, zlib...: codecs, but not from bytes to text.
        if not getattr(info, "_is_text_encoding", True):
            raise typer.BadParameter(f"{value!r} is not a text encoding; try gb18030, big5 or utf-16")
    return value


EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="CODEC",
        callback=_known_encoding,
        help="Encoding of every input, e.g. gb18030, big5 (default: detect).",
    ),
]

InputFormatOption = Annotated[
    InputFormat | None,
    typer.Option("--input-format", help="Read every input as this format instead of by its suffix."),
]

GlobOption = Annotated[
    str | None,
    typer.Option(
        "--glob", metavar="PATTERN", help="Recurse into directories for files matching this, e.g. '*.txt'."
    ),
]

JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", min=0, metavar="N", help="Worker processes (0: one per CPU core); output is the same."
    ),
]

# The options every command that reads reports takes, by core's keyword names, with defaults.
_READING: dict[str, tuple[Any, Any]] = {
    "encoding": (EncodingOption, None),
    "input_format": (InputFormatOption, None),
    "glob": (GlobOption, None),
    "jobs": (JobsOption, 1),
}


def reads_reports(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command that reads PATH... the shared reading options.

    The command declares `**reading`; it receives `encoding`, `input_format` (a plain
    string), `glob`, `jobs` and `read_stdin`, the keywords of core's batch functions, and
    passes them on. Typer sees the options through the returned function's signature.
    """
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
    shared = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=default)
        for name, (kind, default) in _READING.items()
    ]

    def run(**params: Any) -> None:
        reading = {name: params.pop(name) for name in _READING}
        if reading["input_format"] is not None:  # core takes the reader's name, a plain str
            reading["input_format"] = reading["input_format"].value
        if params.get("engine") != "dask":  # the Dask engine's -o is a directory (main.py)
            # Before any work: a bad -o must not cost a batch, nor overwrite one of its reports.
            # -f html may write a page per report into a directory.
            pages = params.get("fmt") == "html"
            params["output"] = check_output(
                params["output"], params["paths"], reading["glob"], directory_ok=pages
            )
        command(**params, **reading, read_stdin=read_stdin)

    run.__signature__ = signature.replace(parameters=[*own, *shared])  # type: ignore[attr-defined]
    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run


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

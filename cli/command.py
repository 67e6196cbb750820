"""The class of every `tiyao` command: habits of good command lines, in one place.

- `-o FILE` with a known suffix picks the format unless `-f` is given on the command line;
  a `-f` that contradicts the suffix is a usage error (exit 2). The suffix beats the
  environment default: a file named `x.json` is JSON whatever `TIYAO_FORMAT` says.
- Each command has its own environment default for `-f`: `TIYAO_FORMAT` is `summarize`'s,
  `TIYAO_<COMMAND>_FORMAT` the others' (`TIYAO_CHECK_FORMAT`, ...), so a format meant for
  summaries does not change what `check` prints.
- Help without type noise: `PATH...` rather than `{paths}...`, no `<bool>` beside flags,
  no `<list[str]>` beside arguments, `N` rather than `<int range>` where a metavar is set.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand

from .options import Format

# What `-o FILE` means by its suffix; `.html` joins when there is an html format.
SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
}
FORMAT_PARAM = "fmt"


def format_envvar(command: str) -> str:
    """The environment variable that sets a command's default `-f`."""
    return "TIYAO_FORMAT" if command == "summarize" else f"TIYAO_{command.upper()}_FORMAT"


def format_for_suffix(output: Any) -> Format | None:
    """The format an output file's suffix names, if tiyao has that format."""
    if output is None:
        return None
    name = SUFFIX_FORMATS.get(Path(str(output)).suffix.lower())
    return Format(name) if name in Format.__members__ else None


def _given_on_command_line(ctx: Any, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source.name in ("COMMANDLINE", "PROMPT")


class TiyaoCommand(TyperCommand):
    """A Typer command with the habits above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if param.name == FORMAT_PARAM and self.name:
                param.envvar = format_envvar(self.name)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        rest: list[str] = super().parse_args(ctx, args)
        implied = format_for_suffix(ctx.params.get("output"))
        if FORMAT_PARAM not in ctx.params or implied is None or ctx.params.get("engine") == "dask":
            return rest
        if not _given_on_command_line(ctx, FORMAT_PARAM):
            ctx.params[FORMAT_PARAM] = implied
        elif ctx.params[FORMAT_PARAM] is not implied:
            name = Path(str(ctx.params["output"])).name
            raise typer.BadParameter(
                f"-f {ctx.params[FORMAT_PARAM].value} contradicts -o {name} ({implied.value}); "
                "drop -f or rename the file",
                ctx=ctx,
                param_hint="--format",
            )
        return rest

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = param.metavar or param.name.upper()
                pieces.append(name + ("..." if param.nargs != 1 else ""))
        return pieces

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)
        for param in params:
            if param.param_type_name == "argument" or getattr(param, "is_flag", False):
                param.display_type_rich = _no_type
            elif param.metavar is None and hasattr(param, "display_type"):
                param.display_type_rich = _bare_type(param)
        return params


def _no_type(ctx: Any) -> None:
    return None


def _bare_type(param: Any) -> Any:
    def show(ctx: Any) -> str:
        return str(param.display_type(ctx)).strip("<>")  # `table|json|...` rather than `<table|json|...>`

    return show

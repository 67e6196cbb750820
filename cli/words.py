"""How a command that scores cuts words: `--user-dict`, `--stopwords`, and the cutter's notice.

`cuts_words` gives summarize, check and eval the two options (env defaults
`TIYAO_USER_DICT`, `TIYAO_STOPWORDS`), reads both files before any work starts, and
makes this process (and so every worker it starts) use them. A bad file is a usage
error: one `tiyao: FILE: line N: ...` line and exit 2, before a batch is begun.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from .status import ExitStatus

UserDictOption = Annotated[
    str | None,
    typer.Option(
        "--user-dict",
        envvar="TIYAO_USER_DICT",
        metavar="FILE",
        help="Words to keep whole, jieba's format: a word per line, then optionally its frequency and tag.",
        show_default=False,
    ),
]
StopwordsOption = Annotated[
    str | None,
    typer.Option(
        "--stopwords",
        envvar="TIYAO_STOPWORDS",
        metavar="FILE",
        help="More stop words, one per line: never keywords, ignored for similarity.",
        show_default=False,
    ),
]
_OPTIONS = {"user_dict": UserDictOption, "stopwords": StopwordsOption}


def announce_cutter() -> None:
    """Load the word cutter here, before any worker starts, and say once if jieba stands in for rjieba.

    Loading in the parent costs nothing extra: a serial run needs the cutter here, and
    forked workers inherit the loaded dictionary instead of each loading their own.
    """
    from tiyao.core import cutter_notice

    notice = cutter_notice()
    if notice:
        sys.stderr.write(f"tiyao: {notice}\n")


def use_words(user_dict: str | None, stopwords: str | None) -> None:
    """Read the user's dictionary and stop words (exit 2 on a bad file), then load the cutter."""
    from tiyao.core import LexiconError, read_lexicon, use_lexicon

    try:
        use_lexicon(read_lexicon(user_dict or None, stopwords or None))
    except LexiconError as exc:
        sys.stderr.write(f"tiyao: {exc}\n")
        raise typer.Exit(ExitStatus.USAGE) from None
    announce_cutter()


def cuts_words(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command `--user-dict FILE` and `--stopwords FILE`, applied before it runs."""
    signature = inspect.signature(command, eval_str=True)
    params = list(signature.parameters.values())
    # Keyword-only, before a `**reading` the command may still declare.
    at = next((k for k, p in enumerate(params) if p.kind is inspect.Parameter.VAR_KEYWORD), len(params))
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=None)
        for name, kind in _OPTIONS.items()
    ]

    def run(**kwargs: Any) -> None:
        use_words(kwargs.pop("user_dict"), kwargs.pop("stopwords"))
        command(**kwargs)

    run.__signature__ = signature.replace(parameters=[*params[:at], *added, *params[at:]])  # type: ignore[attr-defined]
    run.__name__ = command.__name__
    run.__doc__ = command.__doc__
    return run

"""The batch progress bar: a Rich bar on stderr, shown only to a person watching a batch."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any


class ProgressBar:
    """A context manager whose `update` is core's progress callback.

    The bar appears on the first update, and only when stderr is a terminal, the
    batch has more than one source and `--quiet` was not given; otherwise every
    update is a no-op, so redirected output and scripts never see it.
    """

    def __init__(self, quiet: bool, label: str = "summarizing") -> None:
        self._enabled = not quiet and sys.stderr.isatty()
        self._label = label
        self._bar: Any = None
        self._task: Any = None

    def update(self, done: int, total: int, source: str) -> None:
        if not self._enabled or total < 2:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn(self._label),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}", style="dim"),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=total)
        self._bar.update(self._task, completed=done, description=source)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

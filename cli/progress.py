"""The batch progress bar: a Rich bar on stderr, shown only to a person watching a batch."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

DELAY = 1.0  # seconds a batch runs before its bar appears


def progress_bar(console: Any = None) -> Any:
    """The Rich bar: one line that fits 80 columns, the file name cut with … when it does not."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Column

    return Progress(
        TextColumn("summarizing"),
        BarColumn(bar_width=20),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn(
            "{task.description}", style="dim", table_column=Column(no_wrap=True, overflow="ellipsis", ratio=1)
        ),
        console=console or Console(stderr=True),
        transient=True,
        expand=True,
    )


class ProgressBar:
    """A context manager whose `update` is core's progress callback.

    The bar appears on the first update, and only when stderr is a terminal, the
    batch has more than one source and `--quiet` was not given; otherwise every
    update is a no-op, so redirected output and scripts never see it.
    """

    def __init__(self, quiet: bool, console: Any = None) -> None:
        self._enabled = not quiet and (console is not None or sys.stderr.isatty())
        self._console = console
        self._bar: Any = None
        self._task: Any = None
        self._started: float | None = None

    def update(self, done: int, total: int, source: str) -> None:
        if not self._enabled or total < 2:
            return
        import time

        now = time.monotonic()
        self._started = now if self._started is None else self._started
        if self._bar is None and now - self._started < DELAY:
            return  # a batch done within a second needs no bar
        if self._bar is None:
            self._bar = progress_bar(self._console)
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


class Working:
    """A transient `scoring… ━━━━ 120/400 0:00:42` line on stderr while one long core call runs
    (eval), for a person at a terminal; `update` is core's per-summary progress callback."""

    def __init__(self, label: str, quiet: bool) -> None:
        self._label = label
        self._enabled = not quiet and sys.stderr.isatty()
        self._live: Any = None
        self._task: Any = None

    def __enter__(self) -> Working:
        if self._enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._live = Progress(
                SpinnerColumn(),
                TextColumn(self._label),
                BarColumn(bar_width=10),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._live.start()
            self._task = self._live.add_task("", total=None)
        return self

    def update(self, done: int, total: int, system: str) -> None:
        if self._live is not None:
            self._live.update(self._task, completed=done, total=total)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.stop()

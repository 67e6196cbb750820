"""Work for the pool tests of `iter_sources` (tests/core/run/test_ordered.py).

It lives in a module of its own on pytest's `pythonpath`, so that a pool worker
started by forkserver or spawn (not only by fork) can unpickle it by name.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

# Only a safety net: a test that works never waits this long.
WAIT_LIMIT = 60.0


def follow(source: str, read_stdin: Callable[[], bytes] | None = None) -> str:
    """Do what the source's lines say, then return its file name.

    `wait PATH` blocks until PATH exists (at most WAIT_LIMIT seconds: then the result
    says `timed out`); `touch PATH` creates PATH.
    """
    name = Path(source).name
    for line in Path(source).read_text(encoding="utf-8").splitlines():
        verb, _, path = line.partition(" ")
        if verb == "wait":
            deadline = time.monotonic() + WAIT_LIMIT
            while not Path(path).exists():
                if time.monotonic() > deadline:
                    return f"{name} timed out"
                time.sleep(0.005)
        elif verb == "touch":
            Path(path).touch()
    return name

"""The pool's in-order streaming (`iter_sources` with 2 workers) with a source that blocks
until the test creates a sentinel file: a result is yielded while a later source is still
blocked, and a slow first source holds back the later results (done meanwhile) until it
is done. No timing asserts: the blocking is by files; timeouts are only a safety net."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pool_work import WAIT_LIMIT, follow

from tiyao.core.run.ordered import iter_sources


def _sources(root: Path, lines: dict[str, str]) -> Path:
    reports = root / "reports"
    reports.mkdir()
    for name, text in lines.items():
        (reports / name).write_text(text + "\n", encoding="utf-8")
    return reports


def test_a_result_is_yielded_while_a_later_source_blocks(tmp_path: Path) -> None:
    sentinel = tmp_path / "sentinel"
    reports = _sources(tmp_path, {"a.txt": "free", "b.txt": f"wait {sentinel}", "c.txt": "free"})
    results = iter_sources([str(reports)], follow, jobs=2, nlp=False)
    try:
        assert next(results) == "a.txt"
        assert not sentinel.exists()  # a came out while b was still blocked on it
        sentinel.touch()
        assert list(results) == ["b.txt", "c.txt"]
    finally:
        results.close()


def _when_all_exist(paths: list[Path], then: Path, seen: list[bool]) -> None:
    deadline = time.monotonic() + WAIT_LIMIT
    while not all(p.exists() for p in paths) and time.monotonic() < deadline:
        time.sleep(0.005)
    seen.append(all(p.exists() for p in paths))
    then.touch()  # even after a timeout, so that the test ends


def test_a_slow_first_source_keeps_the_order(tmp_path: Path) -> None:
    sentinel, b_done, c_done = tmp_path / "sentinel", tmp_path / "b.done", tmp_path / "c.done"
    reports = _sources(
        tmp_path, {"a.txt": f"wait {sentinel}", "b.txt": f"touch {b_done}", "c.txt": f"touch {c_done}"}
    )
    seen: list[bool] = []
    # The sentinel for a is created only once b and c are done (by the other worker).
    releaser = threading.Thread(target=_when_all_exist, args=([b_done, c_done], sentinel, seen))
    releaser.start()
    try:
        assert list(iter_sources([str(reports)], follow, jobs=2, nlp=False)) == ["a.txt", "b.txt", "c.txt"]
    finally:
        sentinel.touch()
        releaser.join()
    assert seen == [True]  # b and c finished while a was blocked, and still came after it

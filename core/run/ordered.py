"""Running `work` over many sources in input order: here, or in a process pool.

Every batch command (summarize, check, outline, split, diff) runs its sources through
`iter_sources`: a result is yielded as soon as it and every result before it are done
(so output streams), in input order whatever `--jobs` is (so it is byte-identical).
`--jobs N` uses a process pool whose workers load the word cutter once; at most
`_AHEAD` sources per worker are in flight, so a batch holds a few results at a time.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from ..model import SourceError
from ..pipeline import STDIN
from ..read.sources import expand_sources, source_label
from ..score.lexicon import Lexicon

# Called with (0, total, "") before the first source, then after each source with
# (sources done, sources in total, that source).
Progress = Callable[[int, int, str], None]
# Sources submitted per worker ahead of the one whose result is awaited.
_AHEAD = 2
_WORKER_DIED = "a worker process died (out of memory?); retry with --jobs 1"


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes for `--jobs`: 0 means one per CPU core.

    Args:
        jobs: The requested count, 0 or more.

    Returns:
        At least 1.
    """
    if jobs > 0:
        return jobs
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _die_with_parent() -> None:
    # Linux: the kernel sends SIGKILL to this worker when the parent dies, however it dies
    # (kill -9, out of memory); otherwise a worker deep in a large report runs on for minutes.
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the parent's cleanup has to do
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _warm_worker(nlp: bool, lexicon: Lexicon) -> None:
    # Ctrl-C and SIGTERM are the parent's to handle (exit 130, 143): it stops the workers.
    # A forked worker inherits the parent's SIGTERM handler, which would raise in the worker.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if not nlp:  # outline and split never tokenize
        return
    # Each worker loads the cutter's dictionary and the IDF table once, not once per file,
    # with the parent's lexicon (a forkserver or spawned worker does not inherit it).
    from ..score.tokens import extract_keywords, tokenize, use_lexicon

    use_lexicon(lexicon)
    tokenize("预热")
    extract_keywords("预热", 1)


def _pool(jobs: int, nlp: bool) -> Any:
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from ..score.tokens import current_lexicon

    # fork is cheapest (workers inherit what is loaded), but forking a process that
    # runs other threads can deadlock a child; then start from a clean forkserver.
    methods = multiprocessing.get_all_start_methods()
    safe_fork = "fork" in methods and threading.active_count() == 1
    clean = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context("fork" if safe_fork else clean)
    return ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_warm_worker, initargs=(nlp, current_lexicon())
    )


def _run_pool(
    sources: Sequence[str], work: Callable[[str], Any], jobs: int, progress: Progress, nlp: bool
) -> Iterator[Any]:
    """Results in input order, each as soon as it and all before it are done.

    At most `_AHEAD` sources per worker are submitted ahead of the one awaited, so a
    batch holds a few results in memory however long it is, and workers stay busy
    while one large report holds up the order.
    """
    from collections import deque

    pool = _pool(jobs, nlp)
    pending: deque[Any] = deque()
    queue = iter(sources)
    try:
        for source in itertools.islice(queue, jobs * _AHEAD):
            pending.append((source, pool.submit(work, source)))
        for done in range(1, len(sources) + 1):
            source, future = pending.popleft()
            try:
                result = future.result()
            except Exception:  # the worker died (killed, out of memory): the pool is broken
                result = SourceError(source_label(source), _WORKER_DIED)
            for following in itertools.islice(queue, 1):
                pending.append((following, pool.submit(work, following)))
            progress(done, len(sources), source)
            yield result
    except BaseException:
        # Interrupted (or the consumer stopped): drop queued work and stop the workers now.
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.terminate()
        raise
    pool.shutdown()


def iter_sources(
    paths: Sequence[str],
    work: Callable[..., Any],
    *,
    read_stdin: Callable[[], bytes] | None = None,
    glob: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    nlp: bool = True,
) -> Iterator[Any]:
    """Run `work` on every source named by `paths`, yielding each result as soon as it is ready.

    Results come in input order: each one as soon as it and every one before it are
    done, so output can be printed while the batch runs, identical whatever `jobs` is.

    Args:
        paths: Files, directories (their reports of every supported suffix, sorted) or `-` for stdin.
        work: `work(source, read_stdin=...)` gives one source's result or `SourceError`; in a
            pool it is called as `work(source)`, so it must pickle (a module-level function
            or a `functools.partial` of one).
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.
        glob: File-name pattern; directories are then searched recursively.
        jobs: Worker processes (1: run here; 0: one per CPU core).
        progress: Called with (0, total, "") first, then after each source with
            (done, total, source).
        nlp: Whether pool workers should load the tokenizer before the first source.

    Yields:
        One entry per source, in input order: `work`'s result, or the `SourceError`
        that listing a path gave.
    """
    report = progress or (lambda done, total, source: None)
    slots = expand_sources(paths, glob)  # a source to work on, or the error expanding it gave
    pending = [s for s in slots if isinstance(s, str)]
    workers = min(resolve_jobs(jobs), len(pending))
    if pending:
        report(0, len(pending), "")  # lets a progress bar appear before the first (slow) source ends
    if workers > 1 and STDIN not in pending:
        done = _run_pool(pending, work, workers, report, nlp)
    else:
        done = _run_serial(pending, partial(work, read_stdin=read_stdin), report)
    try:
        for slot in slots:
            yield next(done) if isinstance(slot, str) else slot
        for _ in done:  # nothing is left: this lets the pool shut down in the normal way
            pass
    finally:
        done.close()  # an interrupted consumer stops the pool too


def map_sources(paths: Sequence[str], work: Callable[..., Any], **run: Any) -> list[Any]:
    """`iter_sources` as a list: every result, in input order, once the batch is done.

    Args:
        paths: As for `iter_sources`.
        work: As for `iter_sources`.
        **run: How to run the batch, as for `iter_sources` (read_stdin, glob, jobs, progress, nlp).

    Returns:
        One entry per source, in input order.
    """
    return list(iter_sources(paths, work, **run))


def _run_serial(sources: Sequence[str], work: Callable[[str], Any], progress: Progress) -> Iterator[Any]:
    for done, source in enumerate(sources, 1):
        result = work(source)
        progress(done, len(sources), source)
        yield result

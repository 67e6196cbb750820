"""Summarizing many sources: each one read, decoded and summarized on its own,
so that one bad file becomes an error entry and never stops the others.

`--jobs N` runs `summarize_source` in a process pool; each worker loads jieba
once, results come back in input order, and the output is byte-identical to a
serial run because every source is summarized by the same pure function.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from ..errors import TiyaoError
from ..model import (
    BatchSummary,
    BatchWithText,
    DocumentSummary,
    ParsedDocument,
    ReportWithText,
    SourceError,
    SummaryOptions,
)
from ..pipeline import STDIN, summarize_parsed
from ..read.readers import parse_read_document, read_document
from ..read.sources import expand_sources, read_source, source_label
from ..score.lexicon import Lexicon
from ..version import VERSION

# Called with (0, total, "") before the first source, then after each source with
# (sources done, sources in total, that source).
Progress = Callable[[int, int, str], None]
OUT_OF_MEMORY = "out of memory; split the file or summarize it on a larger machine"
_WORKER_DIED = "a worker process died (out of memory?); retry with --jobs 1"


def read_parsed(
    source: str,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
) -> tuple[ParsedDocument, str]:
    """Read one source through its format's reader and split it into sections.

    Every command that reads reports (summarize, outline, split, check) goes through
    here, so a .docx or .pdf has the same sections whichever command reads it.

    Args:
        source: A file path, or `-` for stdin.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `source` is `-`.
        input_format: Reader to use (a key of `READERS`) instead of the suffix's.

    Returns:
        The parsed document and the text it was parsed from.

    Raises:
        TiyaoError: The source cannot be read, decoded or parsed.
    """
    data = read_stdin() if source == STDIN and read_stdin else read_source(source)
    doc = read_document(data, source, input_format=input_format, encoding=encoding)
    return parse_read_document(doc), doc.text


def summarize_source(
    source: str,
    options: SummaryOptions,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
    keep_text: bool = False,
) -> DocumentSummary | ReportWithText | SourceError:
    """Read, decode and summarize one source; a `TiyaoError` becomes a `SourceError`.

    This is the unit of work every engine runs (serial loop, process pool, cluster).

    Args:
        source: A file path, or `-` for stdin.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `source` is `-`.
        input_format: Reader to use (a key of `READERS`) instead of the suffix's.
        keep_text: Return the summary with the parsed text (a `ReportWithText`).

    Returns:
        The summary, or the error that stopped it.
    """
    label = source_label(source)
    try:
        parsed, text = read_parsed(
            source, encoding=encoding, read_stdin=read_stdin, input_format=input_format
        )
        summary = summarize_parsed(parsed, label, len(text), options, text)
        return ReportWithText(summary, parsed) if keep_text else summary
    except TiyaoError as exc:
        return SourceError(label, str(exc))
    except MemoryError:
        return SourceError(label, OUT_OF_MEMORY)


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


def _run_pool(
    sources: Sequence[str], work: Callable[[str], Any], jobs: int, progress: Progress, nlp: bool
) -> list[Any]:
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # fork is cheapest (workers inherit what is loaded), but forking a process that
    # runs other threads can deadlock a child; then start from a clean forkserver.
    methods = multiprocessing.get_all_start_methods()
    safe_fork = "fork" in methods and threading.active_count() == 1
    clean = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context("fork" if safe_fork else clean)
    results: list[Any] = [None] * len(sources)
    from ..score.tokens import current_lexicon

    pool = ProcessPoolExecutor(
        min(jobs, len(sources)),
        mp_context=context,
        initializer=_warm_worker,
        initargs=(nlp, current_lexicon()),
    )
    try:
        futures = {pool.submit(work, source): k for k, source in enumerate(sources)}
        for done, future in enumerate(as_completed(futures), 1):
            k = futures[future]
            try:
                results[k] = future.result()
            except Exception:  # the worker died (killed, out of memory): the pool is broken
                results[k] = SourceError(source_label(sources[k]), _WORKER_DIED)
            progress(done, len(sources), sources[k])
    except BaseException:
        # Interrupted: drop queued work and stop the workers now rather than finish the batch.
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.terminate()
        raise
    pool.shutdown()
    return results


def map_sources(
    paths: Sequence[str],
    work: Callable[..., Any],
    *,
    read_stdin: Callable[[], bytes] | None = None,
    glob: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    nlp: bool = True,
) -> list[Any]:
    """Run `work` on every source named by `paths`, here or in a process pool, in input order.

    Every batch command (summarize, check, outline, split) runs its sources through here,
    so `--glob` and `--jobs` mean the same everywhere and output never depends on `--jobs`.

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

    Returns:
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
        done = iter(_run_pool(pending, work, workers, report, nlp))
    else:
        done = iter(_run_serial(pending, partial(work, read_stdin=read_stdin), report))
    return [next(done) if isinstance(s, str) else s for s in slots]


def summarize_sources(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    encoding: str | None = None,
    read_stdin: Callable[[], bytes] | None = None,
    input_format: str | None = None,
    glob: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> BatchSummary:
    """Summarize every report named by `paths`; a bad source becomes an error entry.

    Args:
        paths: Files, directories (their reports of every supported suffix, sorted) or `-` for stdin.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        read_stdin: Returns stdin's bytes; needed only when `-` is among `paths`.
        input_format: Reader to use for every source instead of the suffix's.
        glob: File-name pattern; directories are then searched recursively.
        jobs: Worker processes (1: run here; 0: one per CPU core).
        progress: Called with (0, total, "") first, then after each source with
            (done, total, source).

    Returns:
        The summaries and the errors, each in input order, one error per failed source.
    """
    work = partial(
        summarize_source, options=options or SummaryOptions(), encoding=encoding, input_format=input_format
    )
    results = map_sources(paths, work, read_stdin=read_stdin, glob=glob, jobs=jobs, progress=progress)
    documents = tuple(r for r in results if isinstance(r, DocumentSummary))
    errors = tuple(r for r in results if isinstance(r, SourceError))
    return BatchSummary(VERSION, documents, errors)


def summarize_sources_with_text(
    paths: Sequence[str],
    options: SummaryOptions | None = None,
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    **run: Any,
) -> BatchWithText:
    """`summarize_sources`, keeping each report's parsed text beside its summary.

    For output that shows every sentence with the key ones marked (`-f html`): the text
    is the `ParsedDocument` the summary was made from, so nothing is read twice.

    Args:
        paths: As for `summarize_sources`.
        options: Length budgets.
        encoding: Codec to use instead of detection.
        input_format: Reader to use for every source instead of the suffix's.
        **run: How to run the batch, as for `map_sources` (read_stdin, glob, jobs, progress).

    Returns:
        The reports with their text and the errors, each in input order.
    """
    work = partial(
        summarize_source,
        options=options or SummaryOptions(),
        encoding=encoding,
        input_format=input_format,
        keep_text=True,
    )
    results = map_sources(paths, work, **run)
    documents = tuple(r for r in results if isinstance(r, ReportWithText))
    errors = tuple(r for r in results if isinstance(r, SourceError))
    return BatchWithText(VERSION, documents, errors)


def _run_serial(sources: Sequence[str], work: Callable[[str], Any], progress: Progress) -> list[Any]:
    results = []
    for done, source in enumerate(sources, 1):
        results.append(work(source))
        progress(done, len(sources), source)
    return results

"""Summarizing many sources: each one read, decoded and summarized on its own,
so that one bad file becomes an error entry and never stops the others.

`--jobs N` runs `summarize_source` in a process pool; each worker loads jieba
once, results come back in input order, and the output is byte-identical to a
serial run because every source is summarized by the same pure function.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
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
from ..read.sources import expand_sources, read_source
from ..version import VERSION

# Called with (0, total, "") before the first source, then after each source with
# (sources done, sources in total, that source).
Progress = Callable[[int, int, str], None]
Result = DocumentSummary | ReportWithText | SourceError
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
    try:
        parsed, text = read_parsed(
            source, encoding=encoding, read_stdin=read_stdin, input_format=input_format
        )
        summary = summarize_parsed(parsed, source, len(text), options, text)
        return ReportWithText(summary, parsed) if keep_text else summary
    except TiyaoError as exc:
        return SourceError(source, str(exc))
    except MemoryError:
        return SourceError(source, "out of memory; split the file or summarize it on a larger machine")


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


def _warm_worker() -> None:
    # Ctrl-C is the parent's to handle (exit 130); a worker would print a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Each worker pays jieba's dictionary and IDF load once, not once per file.
    from ..score.tokens import extract_keywords, tokenize

    tokenize("预热")
    extract_keywords("预热", 1)


def _run_pool(
    sources: Sequence[str],
    options: SummaryOptions,
    encoding: str | None,
    input_format: str | None,
    jobs: int,
    progress: Progress,
    keep_text: bool,
) -> list[Result]:
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # fork is cheapest (workers inherit what is loaded), but forking a process that
    # runs other threads can deadlock a child; then start from a clean forkserver.
    methods = multiprocessing.get_all_start_methods()
    safe_fork = "fork" in methods and threading.active_count() == 1
    clean = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context("fork" if safe_fork else clean)
    results: list[Result | None] = [None] * len(sources)
    pool = ProcessPoolExecutor(min(jobs, len(sources)), mp_context=context, initializer=_warm_worker)
    try:
        futures = {
            pool.submit(
                summarize_source,
                source,
                options,
                encoding=encoding,
                input_format=input_format,
                keep_text=keep_text,
            ): k
            for k, source in enumerate(sources)
        }
        for done, future in enumerate(as_completed(futures), 1):
            k = futures[future]
            try:
                results[k] = future.result()
            except Exception:  # the worker died (killed, out of memory): the pool is broken
                results[k] = SourceError(sources[k], _WORKER_DIED)
            progress(done, len(sources), sources[k])
    except BaseException:
        # Interrupted: drop queued work and stop the workers now rather than finish the batch.
        workers = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.terminate()
        raise
    pool.shutdown()
    return [r for r in results if r is not None]


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
    results = _summarize_all(
        paths,
        options,
        keep_text=False,
        encoding=encoding,
        read_stdin=read_stdin,
        input_format=input_format,
        glob=glob,
        jobs=jobs,
        progress=progress,
    )
    documents = tuple(r for r in results if isinstance(r, DocumentSummary))
    errors = tuple(r for r in results if isinstance(r, SourceError))
    return BatchSummary(VERSION, documents, errors)


def summarize_sources_with_text(
    paths: Sequence[str], options: SummaryOptions | None = None, **kwargs: Any
) -> BatchWithText:
    """`summarize_sources`, keeping each report's parsed text beside its summary.

    For output that shows every sentence with the key ones marked (`-f html`): the text
    is the `ParsedDocument` the summary was made from, so nothing is read twice.

    Args:
        paths: As for `summarize_sources`.
        options: As for `summarize_sources`.
        **kwargs: The keyword arguments of `summarize_sources` (encoding, jobs, ...).

    Returns:
        The reports with their text and the errors, each in input order.
    """
    settings = {"encoding": None, "read_stdin": None, "input_format": None, "glob": None, "jobs": 1}
    results = _summarize_all(paths, options, keep_text=True, **{**settings, "progress": None, **kwargs})
    documents = tuple(r for r in results if isinstance(r, ReportWithText))
    errors = tuple(r for r in results if isinstance(r, SourceError))
    return BatchWithText(VERSION, documents, errors)


def _summarize_all(
    paths: Sequence[str],
    options: SummaryOptions | None,
    *,
    keep_text: bool,
    encoding: str | None,
    read_stdin: Callable[[], bytes] | None,
    input_format: str | None,
    glob: str | None,
    jobs: int,
    progress: Progress | None,
) -> list[Result]:
    options = options or SummaryOptions()
    report = progress or (lambda done, total, source: None)
    slots = expand_sources(paths, glob)  # a source to summarize, or the error expanding it gave
    pending = [s for s in slots if isinstance(s, str)]
    workers = min(resolve_jobs(jobs), len(pending))
    if pending:
        report(0, len(pending), "")  # lets a progress bar appear before the first (slow) source ends
    if workers > 1 and STDIN not in pending:
        done = iter(_run_pool(pending, options, encoding, input_format, workers, report, keep_text))
    else:
        done = iter(_run_serial(pending, options, encoding, input_format, read_stdin, report, keep_text))
    return [next(done) if isinstance(s, str) else s for s in slots]


def _run_serial(
    sources: Sequence[str],
    options: SummaryOptions,
    encoding: str | None,
    input_format: str | None,
    read_stdin: Callable[[], bytes] | None,
    progress: Progress,
    keep_text: bool,
) -> list[Result]:
    results = []
    for done, source in enumerate(sources, 1):
        results.append(
            summarize_source(
                source,
                options,
                encoding=encoding,
                read_stdin=read_stdin,
                input_format=input_format,
                keep_text=keep_text,
            )
        )
        progress(done, len(sources), source)
    return results

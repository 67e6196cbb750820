"""`tiyao eval`: char-ROUGE of tiyao's document summaries against reference summaries,
with LEAD-N and snownlp measured in the same run as baselines
(core/judge/peers.py), under one budget: N sentences, or each reference's length.

Each JSONL line holds `{"text": ..., "summary": ...}`; the text is summarized at
document level with the caller's options, through the same pipeline as
`tiyao summarize`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from ..errors import InputError, TiyaoError
from ..model import SummaryOptions
from ..pipeline import summarize
from ..read.decoding import decode
from ..read.sources import read_source
from .peers import Baseline, Budget, peer_summary
from .rouge import rouge_scores

# Called with (done, total, system name) after each summary: the CLI's progress bar.
Progress = Callable[[int, int, str], None]


class Split(StrEnum):
    """Which reference pairs to score: all, or the even/odd-numbered lines (0-based).

    Tuning on one half and reporting the other keeps the figures honest.
    """

    all = "all"
    even = "even"
    odd = "odd"


@dataclass(frozen=True, slots=True)
class ReferencePair:
    """A text and its reference summary; `line` is its 1-based line in the file."""

    line: int
    text: str
    summary: str


@dataclass(frozen=True, slots=True)
class SystemScore:
    """Mean char-ROUGE F1 (in percent, 2 places) of one system over the pairs."""

    system: str
    rouge1: float
    rouge2: float
    rougeL: float  # noqa: N815 - the metric's usual name
    chars: float  # mean summary length in characters


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The scores of tiyao and its baselines on one reference file."""

    source: str
    split: str
    pairs: int
    sentences: int
    max_chars: int | None
    systems: tuple[SystemScore, ...]
    budget: str = "sentences"  # or "reference": each summary as long as its reference


def read_pairs(data: str, split: Split = Split.all) -> list[ReferencePair]:
    """Parse JSONL reference pairs.

    Args:
        data: The file's text, one JSON object per line with `text` and `summary`.
        split: Keep every pair, or only the even/odd 0-based lines.

    Returns:
        The pairs of the split, in file order (blank lines skipped).

    Raises:
        InputError: A line is not a JSON object with string `text` and `summary`.
    """
    pairs: list[ReferencePair] = []
    for number, line in enumerate(data.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not JSON ({exc.msg}); expected one object per line") from None
        except RecursionError:
            raise InputError(f"line {number}: JSON nested too deeply; expected one object per line") from None
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("text", "summary")):
            raise InputError(f'line {number}: expected {{"text": "...", "summary": "..."}}')
        if split is Split.all or (number - 1) % 2 == (0 if split is Split.even else 1):
            pairs.append(ReferencePair(number, row["text"], row["summary"]))
    if not pairs:
        raise InputError("no reference pairs in this file (expected JSONL with text and summary)")
    return pairs


def _system_summary(name: str, text: str, options: SummaryOptions, count: int, max_chars: int | None) -> str:
    if name == "tiyao":
        budgeted = replace(options, doc_sentences=count, doc_max_chars=max_chars)
        try:
            return "".join(p.text for p in summarize(text, options=budgeted).summary)
        except TiyaoError:
            return ""
    return peer_summary(Baseline(name), text, count, max_chars)


def _score(name: str, outputs: Sequence[str], pairs: Sequence[ReferencePair]) -> SystemScore:
    totals = [0.0, 0.0, 0.0]
    for output, pair in zip(outputs, pairs, strict=True):
        scores = rouge_scores(output, pair.summary)
        totals[0] += scores.rouge1
        totals[1] += scores.rouge2
        totals[2] += scores.rougeL
    n = len(pairs)
    mean_chars = sum(len(o) for o in outputs) / n
    return SystemScore(name, *(round(100 * t / n, 2) for t in totals), round(mean_chars, 1))


def _budget(pair: ReferencePair, budget: Budget, count: int, max_chars: int | None) -> tuple[int, int | None]:
    if budget is Budget.sentences:
        return count, max_chars
    # As long as the reference, in whole sentences: no sentence count, the characters decide.
    return len(pair.text), len(pair.summary)


def evaluate(
    pairs: Sequence[ReferencePair],
    options: SummaryOptions,
    baselines: Sequence[Baseline] = (),
    *,
    source: str = "-",
    split: Split = Split.all,
    budget: Budget = Budget.sentences,
    progress: Progress | None = None,
) -> EvalReport:
    """Score tiyao's document summaries (and baselines) with char-ROUGE-1/2/L F1.

    Args:
        pairs: Texts with reference summaries.
        options: Summary options; the document summary has `doc_sentences`
            (else `sentences`) sentences within `doc_max_chars` (else `max_chars`).
        baselines: Other systems to score on the same pairs, under the same budget.
        source: Name of the reference file, reported back.
        split: The split the pairs were read with, reported back.
        budget: `sentences`: every summary has the count above; `reference`: every
            summary is as long as its reference allows, in whole sentences (the
            count and character options are then ignored).
        progress: Called with (done, total, system) after each summary.

    Returns:
        One score row per system, tiyao first.
    """
    count = options.doc_sentences or options.sentences
    max_chars = options.doc_max_chars if options.doc_max_chars is not None else options.max_chars
    names = ["tiyao", *(b.value for b in baselines)]
    total, done = len(names) * len(pairs), 0
    rows = []
    for name in names:
        outputs = []
        for pair in pairs:
            outputs.append(
                _system_summary(name, pair.text, options, *_budget(pair, budget, count, max_chars))
            )
            done += 1
            if progress is not None:
                progress(done, total, name)
        label = f"lead-{count}" if name == "lead" and budget is Budget.sentences else name
        rows.append(_score(label, outputs, pairs))
    return EvalReport(source, split.value, len(pairs), count, max_chars, tuple(rows), budget.value)


def evaluate_file(
    source: str,
    options: SummaryOptions,
    baselines: Sequence[Baseline] = (),
    split: Split = Split.all,
    read_stdin: Callable[[], bytes] | None = None,
    *,
    budget: Budget = Budget.sentences,
    progress: Progress | None = None,
) -> EvalReport:
    """Read a JSONL reference file (or `-`) and score tiyao and the baselines on it.

    Args:
        source: Path of the JSONL file, or `-` for stdin.
        options: Summary options (see `evaluate`).
        baselines: Other systems to score beside tiyao.
        split: Score every pair, or the even/odd lines only.
        read_stdin: Returns stdin's bytes; needed only when `source` is `-`.
        budget: Summary length: `sentences` or as long as each `reference` (see `evaluate`).
        progress: Called with (done, total, system) after each summary.

    Returns:
        The report, tiyao first.

    Raises:
        TiyaoError: The file cannot be read or is not JSONL reference pairs.
    """
    data = read_stdin() if source == "-" and read_stdin else read_source(source)
    # JSON lines end at "\n" only: U+2028 or U+0085 inside a string is part of the text.
    pairs = read_pairs(decode(data, normalized=False), split)
    return evaluate(pairs, options, baselines, source=source, split=split, budget=budget, progress=progress)

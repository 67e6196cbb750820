"""CI gates over summarized reports: rules in, one verdict per report out.

Evaluation is pure: it looks only at the `BatchSummary` that summarizing produced,
so a check sees exactly what `tiyao summarize` would print.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from ..model import BatchSummary, BatchWithText, DocumentSummary, ParsedDocument


class SearchScope(StrEnum):
    """Where `--require`/`--forbid` look for their words."""

    summary = "summary"  # key sentences and keywords: what `tiyao summarize` shows
    text = "text"  # every heading and sentence of the report


@dataclass(frozen=True, slots=True)
class CheckRules:
    """What every report must satisfy; a rule left at its default is not checked.

    Attributes:
        require: Words the summary (key sentences) or keywords must mention.
        forbid: Words the summary or keywords must not mention.
        min_sections: Least number of titled sections.
        max_report_chars: Greatest report length in characters.
        must_have_sections: Texts each of which some section title must contain.
        summary_must_cover: Least percentage of sections with at least one summary sentence.
        search_in: Where `require` and `forbid` look: the summary and keywords, or the whole text.
    """

    require: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    min_sections: int | None = None
    max_report_chars: int | None = None
    must_have_sections: tuple[str, ...] = ()
    summary_must_cover: float | None = None
    search_in: SearchScope = SearchScope.summary

    @property
    def empty(self) -> bool:
        return not (
            self.require
            or self.forbid
            or self.must_have_sections
            or self.min_sections is not None
            or self.max_report_chars is not None
            or self.summary_must_cover is not None
        )


@dataclass(frozen=True, slots=True)
class RuleResult:
    """One rule applied to one report.

    Attributes:
        rule: The rule as given on the command line, e.g. `--require 风险`.
        passed: Whether the report satisfies it.
        detail: What was found, one short line.
    """

    rule: str
    passed: bool
    detail: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """Every rule applied to one report; a report that could not be read fails with `error`."""

    source: str
    passed: bool
    results: tuple[RuleResult, ...]
    error: str | None = None


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The verdicts of a batch, in input order; `passed` only if every report passed."""

    tiyao: str
    passed: bool
    verdicts: tuple[Verdict, ...]


def _mentioned(doc: DocumentSummary) -> tuple[str, ...]:
    picks = [*doc.summary, *(p for sec in doc.sections for p in sec.summary)]
    return (*(p.text for p in picks), *(k for sec in doc.sections for k in sec.keywords))


def _whole_text(text: ParsedDocument) -> tuple[str, ...]:
    titles = (text.title or "", *(sec.title or "" for sec in text.sections))
    # Headings and sentences joined per section, so a word the sentence splitter cut across
    # two sentences (rare: never inside quotes or brackets) is still found.
    bodies = ("".join((sec.heading or "", *(s.text for s in sec.sentences))) for sec in text.sections)
    return (*titles, *bodies)


def _results(doc: DocumentSummary, rules: CheckRules, text: ParsedDocument | None) -> Iterator[RuleResult]:
    if rules.search_in is SearchScope.text:
        if text is None:
            raise ValueError("rules that search the text need the parsed text (summarize_sources_with_text)")
        haystack, where, scope = _whole_text(text), "the text", " --in text"
    else:
        haystack, where, scope = _mentioned(doc), "the summary or keywords", ""
    for word in rules.require:
        found = any(word in t for t in haystack)
        yield RuleResult(f"--require {word}{scope}", found, "mentioned" if found else f"not in {where}")
    for word in rules.forbid:
        found = any(word in t for t in haystack)
        yield RuleResult(f"--forbid {word}{scope}", not found, f"mentioned in {where}" if found else "absent")
    titled = sum(1 for sec in doc.sections if sec.title)
    if rules.min_sections is not None:
        yield RuleResult(
            f"--min-sections {rules.min_sections}", titled >= rules.min_sections, f"{titled} sections"
        )
    if rules.max_report_chars is not None:
        yield RuleResult(
            f"--max-report-chars {rules.max_report_chars}",
            doc.chars <= rules.max_report_chars,
            f"{doc.chars} chars",
        )
    for title in rules.must_have_sections:
        match = next((sec.title for sec in doc.sections if sec.title and title in sec.title), None)
        yield RuleResult(
            f"--must-have-section {title}", match is not None, match or "no section title contains it"
        )
    if rules.summary_must_cover is not None:
        covered = sum(1 for sec in doc.sections if sec.summary)
        share = 100.0 * covered / len(doc.sections) if doc.sections else 0.0
        yield RuleResult(
            f"--summary-must-cover {rules.summary_must_cover:g}",
            share >= rules.summary_must_cover,
            f"{covered}/{len(doc.sections)} sections ({share:.0f}%)",
        )


def check_document(doc: DocumentSummary, rules: CheckRules, text: ParsedDocument | None = None) -> Verdict:
    """Apply every rule to one summarized report.

    Args:
        doc: The report's summary.
        rules: The rules to apply.
        text: The parsed report; needed when `rules.search_in` is `SearchScope.text`.

    Returns:
        One result per rule, in the order of `CheckRules`' fields; passed if all passed.
    """
    results = tuple(_results(doc, rules, text))
    return Verdict(doc.source, all(r.passed for r in results), results)


def check_batch(batch: BatchSummary | BatchWithText, rules: CheckRules) -> CheckReport:
    """Apply the rules to every report of a batch; a report that failed to summarize fails.

    Args:
        batch: Summaries and errors, as `summarize_sources` returns them, or with each
            report's text (`summarize_sources_with_text`), which rules searching the text need.
        rules: The rules to apply.

    Returns:
        The verdicts: summarized reports first, in input order, then the failed sources.
    """
    if isinstance(batch, BatchWithText):
        verdicts = [check_document(r.summary, rules, r.text) for r in batch.documents]
    else:
        verdicts = [check_document(doc, rules) for doc in batch.documents]
    verdicts += [Verdict(err.source, False, (), err.error) for err in batch.errors]
    return CheckReport(batch.tiyao, all(v.passed for v in verdicts), tuple(verdicts))

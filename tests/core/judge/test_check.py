"""core.check: every rule passing and failing on the seeds' summaries."""

from __future__ import annotations

import dataclasses

import pytest
from support import SEED_000, SEED_002

from tiyao.core import (
    CheckRules,
    DocumentSummary,
    SummaryOptions,
    check_batch,
    check_document,
    summarize,
    summarize_sources,
)


@pytest.fixture(scope="module")
def seed000() -> DocumentSummary:
    return summarize(SEED_000.read_text(encoding="utf-8"), "seed000", SummaryOptions(sentences=2))


def _results(doc: DocumentSummary, **rules: object) -> list[tuple[str, bool]]:
    verdict = check_document(doc, CheckRules(**rules))  # type: ignore[arg-type]
    return [(r.rule, r.passed) for r in verdict.results]


def test_require_and_forbid_look_at_summary_sentences_and_keywords(seed000: DocumentSummary) -> None:
    keyword = seed000.sections[1].keywords[0]
    in_summary = seed000.sections[2].summary[0].text[:4]
    assert _results(seed000, require=(keyword, in_summary, "区块链")) == [
        (f"--require {keyword}", True),
        (f"--require {in_summary}", True),
        ("--require 区块链", False),
    ]
    assert _results(seed000, forbid=("区块链", keyword)) == [
        ("--forbid 区块链", True),
        (f"--forbid {keyword}", False),
    ]


def test_section_rules(seed000: DocumentSummary) -> None:
    titled = sum(1 for s in seed000.sections if s.title)
    assert titled == 3
    assert _results(seed000, min_sections=3) == [("--min-sections 3", True)]
    assert _results(seed000, min_sections=4) == [("--min-sections 4", False)]
    assert _results(seed000, must_have_sections=("抓专题调研", "工作回顾")) == [
        ("--must-have-section 抓专题调研", True),
        ("--must-have-section 工作回顾", False),
    ]


def test_max_report_chars_is_the_report_length(seed000: DocumentSummary) -> None:
    assert _results(seed000, max_report_chars=seed000.chars) == [
        (f"--max-report-chars {seed000.chars}", True)
    ]
    assert _results(seed000, max_report_chars=seed000.chars - 1)[0][1] is False


def test_summary_coverage_counts_sections_with_a_summary_sentence(seed000: DocumentSummary) -> None:
    assert _results(seed000, summary_must_cover=100.0) == [("--summary-must-cover 100", True)]
    # A heading-only section produces no summary sentence: 4 of 5 sections = 80%.
    empty = dataclasses.replace(seed000.sections[1], summary=(), sentences=0)
    doc = dataclasses.replace(seed000, sections=(*seed000.sections, empty))
    verdict = check_document(doc, CheckRules(summary_must_cover=80))
    assert verdict.passed and verdict.results[0].detail == "4/5 sections (80%)"
    assert not check_document(doc, CheckRules(summary_must_cover=81)).passed


def test_a_verdict_passes_only_if_every_rule_passes(seed000: DocumentSummary) -> None:
    assert check_document(seed000, CheckRules(min_sections=1, require=("调研",))).passed
    assert not check_document(seed000, CheckRules(min_sections=1, require=("区块链",))).passed


def test_a_source_that_failed_to_summarize_fails_the_batch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = str(tmp_path / "missing.txt")
    batch = summarize_sources([str(SEED_002), missing])
    report = check_batch(batch, CheckRules(min_sections=1))
    assert not report.passed
    assert [(v.source, v.passed, v.error) for v in report.verdicts] == [
        (str(SEED_002), True, None),
        (missing, False, "no such file"),
    ]
    assert CheckRules().empty and not CheckRules(max_report_chars=1).empty


def test_text_scope_searches_every_sentence_and_needs_the_text() -> None:
    from tiyao.core import CheckRules, SearchScope, check_document, parse_document, summarize
    from tiyao.core import SummaryOptions as Options

    text = "一、总体要求\n今年要稳住经济大盘。\n二、重点任务\n持续优化营商环境，激发市场活力。\n"
    doc = summarize(text, options=Options(sentences=1, doc_sentences=1))
    rules = CheckRules(require=("营商环境",), search_in=SearchScope.text)
    verdict = check_document(doc, rules, parse_document(text))
    assert verdict.passed and verdict.results[0].rule == "--require 营商环境 --in text"
    absent = check_document(
        doc, CheckRules(require=("区块链",), search_in=SearchScope.text), parse_document(text)
    )
    assert not absent.passed and absent.results[0].detail == "not in the text"
    with pytest.raises(ValueError):
        check_document(doc, rules)

"""Comparing two editions of a report: sections aligned, then phrases, terms, figures, sentences."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import DocumentSummary, ParsedDocument
from ..version import VERSION
from .align import align_sections
from .figures import occurrences, pair_figures
from .model import Edition, FigureChange, ReportDiff, SectionDiff
from .novelty import novel_sentences
from .phrases import diff_phrases, diff_terms, phrase_counts

# Two texts are editions of one report when more than this share of the body sections
# of the one with fewer found a counterpart: the six report pairs (national
# 2019/2020, 2021/2023, four provinces 2025/2026) match 58-89 %; reports of other
# places or kinds (national/provincial, province/province, party congress/government)
# 25-50 %: government reports share their topics, so those still match some sections.
RELATED_SHARE = 0.5


def _body(edition: Edition, k: int | None) -> str:
    """A section's heading and sentences, where its phrases and terms are counted."""
    if k is None or edition.parsed.sections[k].furniture:  # page furniture is not the report
        return ""
    sec = edition.parsed.sections[k]
    return (sec.heading or "") + "".join(s.text for s in sec.sentences)


def _report_text(edition: Edition) -> str:
    return "".join(_body(edition, k) for k in range(len(edition.parsed.sections)))


def _own_figures(figures: Sequence[FigureChange], i: int | None, j: int | None) -> tuple[FigureChange, ...]:
    # Each figure belongs to the entry of its new section, a removed one to that of its old.
    if j is not None:
        return tuple(
            f for f in figures if f.new_section == j or (f.new_section is None and f.old_section == i)
        )
    return tuple(f for f in figures if f.new_section is None and f.old_section == i)


def _section_diff(
    old: Edition, new: Edition, i: int | None, j: int | None, sim: float, figures: Sequence[FigureChange]
) -> SectionDiff:
    old_body, new_body = _body(old, i), _body(new, j)
    added, removed, counts = diff_phrases(phrase_counts(old_body), phrase_counts(new_body))
    old_sec = old.summary.sections[i] if i is not None else None
    new_sec = new.summary.sections[j] if j is not None else None
    terms = diff_terms(
        old_sec.keywords if old_sec else (), new_sec.keywords if new_sec else (), old_body, new_body
    )
    picks = [p.text for p in new_sec.summary] if new_sec else []
    olds = [s.text for s in old.parsed.sections[i].sentences] if i is not None else []
    return SectionDiff(
        old=i,
        new=j,
        old_title=old_sec.title if old_sec else None,
        new_title=new_sec.title if new_sec else None,
        status="matched" if old_sec and new_sec else "added" if new_sec else "removed",
        similarity=round(sim, 4),
        phrases_added=tuple(added),
        phrases_removed=tuple(removed),
        phrases=tuple(counts),
        terms=tuple(terms),
        figures=_own_figures(figures, i, j),
        sentences_added=tuple(novel_sentences(picks, olds)),
        furniture=any(e.parsed.sections[k].furniture for e, k in ((old, i), (new, j)) if k is not None),
        kind=str((new_sec or old_sec).kind),  # type: ignore[union-attr]
    )


def _body_keywords(summary: DocumentSummary) -> list[str]:
    # Front matter and appendices hold page furniture and licence footers (`Public domain`).
    return [w for sec in summary.sections if sec.kind == "body" for w in sec.keywords]


def compare(old: Edition, new: Edition, follow: Sequence[str] = ()) -> ReportDiff:
    """What changed from OLD to NEW.

    Args:
        old: The earlier edition.
        new: The later edition.
        follow: Terms whose counts are reported whatever they are (`--term`).

    Returns:
        The diff: the section alignment and, per matched section and for the whole
        report, phrases added and removed, key terms, figures and new key sentences.
    """
    pairs, similarity = align_sections(old.parsed, new.parsed)
    matched = set(similarity)
    figures = pair_figures(occurrences(old.parsed), occurrences(new.parsed), matched)
    sections = tuple(
        _section_diff(old, new, i, j, similarity.get((i, j), 0.0), figures)
        for i, j in pairs  # type: ignore[arg-type]
    )
    old_text, new_text = _report_text(old), _report_text(new)
    added, removed, phrases = diff_phrases(phrase_counts(old_text), phrase_counts(new_text))
    old_terms = _body_keywords(old.summary)
    new_terms = _body_keywords(new.summary)
    terms = tuple(diff_terms(old_terms, new_terms, old_text, new_text, follow))
    sentences_added = tuple(
        novel_sentences([p.text for p in new.summary.summary], [s.text for s in old.parsed.sentences])
    )
    return ReportDiff(
        tiyao=VERSION,
        old=old.source,
        new=new.source,
        sections=sections,
        phrases_added=tuple(added),
        phrases_removed=tuple(removed),
        figures=tuple(figures),
        identical=old.text == new.text,
        old_sections=len(old.parsed.sections),
        new_sections=len(new.parsed.sections),
        matched=len(matched),
        phrases=tuple(phrases),
        terms=terms,
        sentences_added=sentences_added,
        changed=_changed(sections, figures, phrases, terms, sentences_added),
        related=_related(old.parsed, new.parsed, matched),
    )


def _changed(sections, figures, phrases, terms, sentences) -> bool:
    return bool(
        any((s.status != "matched" and not s.furniture) or s.sentences_added for s in sections)
        or any(f.status != "same" for f in figures)
        or phrases
        or any(t.status != "followed" for t in terms)
        or sentences
    )


def _related(old: ParsedDocument, new: ParsedDocument, matched: set[tuple[int, int]]) -> bool:
    body = [k for k, s in enumerate(old.sections) if s.kind == "body"]
    new_body = {k for k, s in enumerate(new.sections) if s.kind == "body"}
    pairs = sum(1 for i, j in matched if j in new_body)
    smaller = min(len(body), len(new_body))
    return smaller == 0 or pairs > RELATED_SHARE * smaller

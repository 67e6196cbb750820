"""Renderers for `tiyao diff OLD NEW`: `render_X(diff, out)`, one per format, writing only to `out`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from .options import Format
from .render_html import render_diff_page
from .writers import escape_markdown, print_rich, write_csv, write_json, write_jsonl

if TYPE_CHECKING:
    from tiyao.core import CountChange, FigureChange, ReportDiff, SectionDiff

# Figures new or gone that table, markdown and text list (the JSON has them all).
SHOWN = 12
MARKS = {"matched": "=", "added": "+", "removed": "-", "changed": "~", "same": "=", "followed": "·"}
CSV_HEADER = ("kind", "status", "old_section", "new_section", "text", "old", "new")


def headline(diff: ReportDiff) -> str:
    """One line saying how related the editions are and how much changed."""
    counts = {s: sum(1 for sec in diff.sections if sec.status == s) for s in MARKS}
    line = (
        f"{diff.old} → {diff.new}: {counts['matched']} of {diff.old_sections} old and "
        f"{diff.new_sections} new sections matched, {counts['added']} added, {counts['removed']} removed"
    )
    if not diff.changed:
        return line + "; nothing changed"
    if not diff.related:
        return line + "; few sections matched: these look like different reports"
    return line


def titles(sec: SectionDiff) -> tuple[str, str]:
    """The old and new titles of an alignment entry as shown ("" for the missing side)."""
    untitled = "(page furniture)" if sec.furniture else f"({sec.kind})"
    old = "" if sec.old is None else sec.old_title or untitled
    return old, "" if sec.new is None else sec.new_title or untitled


def _figure_counts(figures: Sequence[FigureChange]) -> str:
    n = {s: sum(1 for f in figures if f.status == s) for s in ("changed", "same", "added", "removed")}
    return f"{n['changed']} changed, {n['same']} held, {n['added']} new, {n['removed']} gone"


def shown_figures(figures: Sequence[FigureChange]) -> list[FigureChange]:
    """Every figure both editions have (a target that held is news too), then a few new and gone."""
    both = [f for f in figures if f.status in ("changed", "same")]
    added = [f for f in figures if f.status == "added"][:SHOWN]
    removed = [f for f in figures if f.status == "removed"][:SHOWN]
    return both + added + removed


def _counted(changes: Sequence[CountChange]) -> str:
    return "、".join(f"{c.text} {c.old}→{c.new}" for c in changes)


def rising(changes: Sequence[CountChange]) -> list[CountChange]:
    """Phrases or terms that are new or more frequent (status added, or changed upwards)."""
    return [c for c in changes if c.new > c.old]


def falling(changes: Sequence[CountChange]) -> list[CountChange]:
    """Phrases or terms that are gone or less frequent."""
    return [c for c in changes if c.new < c.old]


def new_sentences(diff: ReportDiff) -> Iterator[tuple[str, str]]:
    """(new section title, sentence) for every new key sentence, in the new edition's order."""
    for sec in diff.sections:
        for sentence in sec.sentences_added:
            yield titles(sec)[1], sentence


def _tables(diff: ReportDiff) -> Iterator[Any]:
    from rich.table import Table
    from rich.text import Text

    def table(title: str, *columns: tuple[str, int], lines: bool = False) -> Any:
        grid = Table(title=Text(title), title_justify="left", expand=True, show_lines=lines)
        for name, ratio in columns:
            if ratio:  # CJK text must wrap ("fold"), never be cut to "…" when the terminal is narrow.
                grid.add_column(name, overflow="fold", ratio=ratio)
            else:  # a mark or a short label
                grid.add_column(name, no_wrap=True)
        return grid

    yield Text(headline(diff))
    sections = table("章节 sections", ("", 0), ("旧 old", 1), ("新 new", 1))
    for sec in diff.sections:
        sections.add_row(MARKS[sec.status], *(Text(t) for t in titles(sec)))
    yield sections
    figures = table(
        f"数据 figures: {_figure_counts(diff.figures)}",
        ("", 0),
        ("指标 measure", 2),
        ("旧 old", 1),
        ("新 new", 1),
    )
    for fig in shown_figures(diff.figures):
        figures.add_row(MARKS[fig.status], Text(fig.measure), Text(fig.old or "—"), Text(fig.new or "—"))
    yield figures
    words = table(
        "提法 phrases and terms",
        ("", 0),
        ("新增或更多 new or more", 1),
        ("删去或更少 gone or fewer", 1),
        lines=True,
    )
    words.add_row("提法", Text(_counted(rising(diff.phrases))), Text(_counted(falling(diff.phrases))))
    words.add_row("词", Text(_counted(rising(diff.terms))), Text(_counted(falling(diff.terms))))
    held = [c for c in diff.terms if c.new == c.old]  # followed with --term, the same count in both
    if held:
        words.add_row("--term", Text(_counted(held)), "")
    yield words
    sentences = table("新句 new key sentences", ("章节 section", 1), ("句子 sentence", 3), lines=True)
    for title, sentence in new_sentences(diff):
        sentences.add_row(Text(title), Text(sentence))
    yield sentences


def render_table(diff: ReportDiff, out: TextIO) -> None:
    """Rich tables: sections side by side, figures old and new, phrases and terms, new key sentences."""
    if not diff.errors:
        print_rich(_tables(diff), out)


def _csv_rows(diff: ReportDiff) -> Iterator[tuple[Any, ...]]:
    for sec in diff.sections:
        yield (
            "section",
            sec.status,
            sec.old,
            sec.new,
            sec.new_title or sec.old_title or "",
            sec.old_title,
            sec.new_title,
        )
    for fig in diff.figures:
        yield ("figure", fig.status, fig.old_section, fig.new_section, fig.measure, fig.old, fig.new)
    for kind, changes in (("phrase", diff.phrases), ("term", diff.terms)):
        for change in changes:
            yield (kind, change.status, None, None, change.text, change.old, change.new)
    for sec in diff.sections:
        for sentence in sec.sentences_added:
            yield ("sentence", "added", sec.old, sec.new, sentence, None, None)


def render_csv(diff: ReportDiff, out: TextIO) -> None:
    """One row per section, figure, phrase, term and new key sentence (header CSV_HEADER)."""
    write_csv(CSV_HEADER, _csv_rows(diff), out)


def _markdown(diff: ReportDiff) -> Iterator[str]:
    yield f"# `{diff.old}` → `{diff.new}`\n\n{escape_markdown(headline(diff))}\n\n## 章节 sections\n\n"
    yield "| | 旧 old | 新 new |\n|---|---|---|\n"
    for sec in diff.sections:
        old, new = (escape_markdown(t) for t in titles(sec))
        yield f"| {MARKS[sec.status]} | {old} | {new} |\n"
    yield f"\n## 数据 figures\n\n{_figure_counts(diff.figures)}\n\n"
    yield "| | 指标 measure | 旧 old | 新 new |\n|---|---|---|---|\n"
    for fig in shown_figures(diff.figures):
        cells = (escape_markdown(v or "—") for v in (fig.measure, fig.old, fig.new))
        yield f"| {MARKS[fig.status]} | {' | '.join(cells)} |\n"
    yield "\n## 提法 phrases and terms\n\n"
    for label, changes in (("新增或更多", rising), ("删去或更少", falling)):
        yield f"- {label} 提法：{escape_markdown(_counted(changes(diff.phrases)))}\n"
        yield f"- {label} 词：{escape_markdown(_counted(changes(diff.terms)))}\n"
    yield "\n## 新句 new key sentences\n\n"
    yield from (f"- **{escape_markdown(t)}** {escape_markdown(s)}\n" for t, s in new_sentences(diff))


def render_markdown(diff: ReportDiff, out: TextIO) -> None:
    """A page for a wiki or a PR comment: sections and figures as tables, phrases and sentences as lists."""
    if not diff.errors:
        out.writelines(_markdown(diff))


def _text(diff: ReportDiff) -> Iterator[str]:
    yield f"--- {diff.old}"
    yield f"+++ {diff.new}"
    yield headline(diff)
    for sec in diff.sections:
        old, new = titles(sec)
        yield f"{MARKS[sec.status]} section {old} -> {new}"
    for fig in shown_figures(diff.figures):
        yield f"{MARKS[fig.status]} figure {fig.measure}: {fig.old or '—'} -> {fig.new or '—'}"
    for kind, changes in (("phrase", diff.phrases), ("term", diff.terms)):
        yield from (f"{MARKS[c.status]} {kind} {c.text}: {c.old} -> {c.new}" for c in changes)
    yield from (f"+ sentence [{t}] {s}" for t, s in new_sentences(diff))


def render_text(diff: ReportDiff, out: TextIO) -> None:
    """Plain lines, one change each, marked `=` `~` `+` `-` as in a unified diff (for grep)."""
    if not diff.errors:
        out.writelines(line + "\n" for line in _text(diff))


DIFF_RENDERERS: dict[Format, Callable[[ReportDiff, TextIO], None]] = {
    Format.table: render_table,
    Format.json: write_json,  # the contract in the README
    Format.jsonl: lambda result, out: write_jsonl([result], out),  # the JSON object on one line
    Format.csv: render_csv,
    Format.markdown: render_markdown,
    Format.text: render_text,
    Format.html: render_diff_page,
}

"""`-f html`: a self-contained page (CSS inline; no fonts, scripts or images to fetch) from Jinja2 templates.

Everything on the page comes from core's data: each report's `DocumentSummary` and the
`ParsedDocument` it was made from, paired in a `ReportWithText`. Python only arranges
that data (section tree, paragraphs, anchors); the markup lives in cli/templates/, and
autoescape turns any `<` of a report into text. The bytes depend on the input alone
(no clock, no paths of this machine) unless --stamp asks for the time of the run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .output import write_output

if TYPE_CHECKING:
    from tiyao.core import BatchWithText, Pick, ReportDiff, ReportWithText, SectionSummary, Sentence

MAX_RANK = 6  # <h6> is HTML's deepest heading; deeper sections share it
KIND_LABELS = {"front": "开头", "appendix": "附录"}  # section kinds other than body, as the page names them
INDEX = "index.html"


@dataclass(frozen=True, slots=True)
class Link:
    """A key sentence as listed above the text: its words and the id of its <mark>."""

    text: str
    anchor: str


@dataclass(frozen=True, slots=True)
class Run:
    """One sentence of the full text; `score` is set when it is a key sentence."""

    text: str
    anchor: str
    score: float | None


@dataclass(slots=True)
class Node:
    """A section of the page: its heading, facts, paragraphs and sub-sections."""

    id: str
    name: str  # in the outline: the title, or the theme of an untitled section
    heading: str  # above the text: the heading lines as written, else the title or the kind (开头)
    rank: int  # 2 for a top section (the report title is the <h1>), down to MAX_RANK
    kind_label: str
    furniture: bool  # page furniture or a licence footer: shown folded, never summarized
    summary: SectionSummary
    picks: tuple[Link, ...]
    paragraphs: tuple[tuple[Run, ...], ...]
    children: list[Node] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Report:
    """One report as the templates see it."""

    id: str
    title: str
    source: str
    chars: int
    sentences: int
    sections: int
    picks: tuple[Link, ...]
    tree: tuple[Node, ...]


def _paragraphs(
    sentences: Sequence[Sentence], marks: dict[int, float], prefix: str
) -> tuple[tuple[Run, ...], ...]:
    groups: list[list[Run]] = []
    for k, sent in enumerate(sentences):
        if k == 0 or sent.paragraph != sentences[k - 1].paragraph:
            groups.append([])
        groups[-1].append(Run(sent.text, f"{prefix}-i{sent.index}", marks.get(sent.index)))
    return tuple(tuple(group) for group in groups)


def build_report(k: int, report: ReportWithText) -> Report:
    """Arrange report `k` of a page for the templates; ids are prefixed `r{k}-` so pages can be joined."""
    summary, parsed = report.summary, report.text
    prefix = f"r{k}"

    def links(picks: tuple[Pick, ...]) -> tuple[Link, ...]:
        return tuple(Link(p.text, f"{prefix}-i{p.index}") for p in picks)

    marks = {p.index: p.score for p in summary.summary}
    # A hidden section (rolled up by --depth, or without the --focus word) keeps its text on
    # the page, as every sentence must, but shows no picks of its own: its parent's cover it.
    for sec in summary.sections:
        if not sec.hidden:
            marks.update((p.index, p.score) for p in sec.summary)
    nodes: list[Node] = []
    roots: list[Node] = []
    for j, (sec, text) in enumerate(zip(summary.sections, parsed.sections, strict=True)):
        parent = sec.parent  # core's tree: the flat list plus parent links
        rank = 2 if parent is None else nodes[parent].rank + 1
        label = KIND_LABELS.get(sec.kind.value, "")
        node = Node(
            id=f"{prefix}-s{j}",
            name=sec.title or sec.theme,
            heading=text.heading or sec.title or label or sec.theme,
            rank=min(rank, MAX_RANK),
            kind_label=label,
            furniture=text.furniture,
            summary=sec,
            picks=links(sec.summary),
            paragraphs=_paragraphs(text.sentences, marks, prefix),
        )
        nodes.append(node)
        (roots if parent is None else nodes[parent].children).append(node)
    return Report(
        id=prefix,
        title=summary.title or summary.source,
        source=summary.source,
        chars=summary.chars,
        sentences=len(parsed.sentences),
        sections=len(summary.sections),
        picks=links(summary.summary),
        tree=tuple(roots),
    )


def _render(template: str, out: TextIO, **context: Any) -> None:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from tiyao.core import VERSION

    env = Environment(
        loader=PackageLoader("tiyao.cli", "templates"),
        autoescape=True,  # every report string is text, whatever `<`, `&` or `"` it holds
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    context.setdefault("stamp", None)
    out.write(env.get_template(template).render(version=VERSION, **context))


def _page_title(reports: Sequence[Report]) -> str:
    return reports[0].title if len(reports) == 1 else f"提要：{len(reports)} 份报告"


def render_html(batch: BatchWithText, out: TextIO, *, stamp: str | None = None) -> None:
    """All reports of `batch` on one page, one <article> each, with a shared footer."""
    reports = [build_report(k, report) for k, report in enumerate(batch.documents)]
    _render("page.html.j2", out, reports=reports, title=_page_title(reports), stamp=stamp)


DIFF_STATUS_LABELS = {"matched": "两版都有", "added": "新版新增", "removed": "旧版删去"}


def render_diff_page(diff: ReportDiff, out: TextIO) -> None:
    """`tiyao diff OLD NEW -f html`: per section, old and new side by side; new phrases and
    figures in <ins>, gone ones in <del>, new key sentences in <mark>."""
    from pathlib import PurePath

    title = f"{PurePath(diff.old).stem} → {PurePath(diff.new).stem}"
    _render(
        "diff.html.j2", out, diff=diff, title=title, status_labels=DIFF_STATUS_LABELS, kind_labels=KIND_LABELS
    )


def page_names(sources: Sequence[str]) -> list[str]:
    """A file name per report for `-o DIR/`: its own name with .html, made unique in input order."""
    taken = {INDEX}
    names = []
    for source in sources:
        stem = "stdin" if source == "-" else Path(source).stem or "report"
        name, n = f"{stem}.html", 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}.html"
        taken.add(name)
        names.append(name)
    return names


def _write_directory(batch: BatchWithText, directory: Path, stamp: str | None) -> None:
    from tiyao.core import BatchWithText as Batch

    directory.mkdir(exist_ok=True)
    names = page_names([report.summary.source for report in batch.documents])
    for name, report in zip(names, batch.documents, strict=True):
        one = Batch(batch.tiyao, (report,))
        write_output(lambda out, one=one: render_html(one, out, stamp=stamp), directory / name)
    entries = [
        {"href": name, "report": build_report(0, report)}
        for name, report in zip(names, batch.documents, strict=True)
    ]
    title = f"提要：{len(entries)} 份报告"
    write_output(
        lambda out: _render("index.html.j2", out, entries=entries, title=title, stamp=stamp),
        directory / INDEX,
    )


def utc_stamp() -> str:
    """The time of the run for --stamp, to the second, in UTC (ISO 8601)."""
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_directory_output(output: Path | None) -> bool:
    """Does `-o` name a directory: an existing one, or a new path without a suffix (`pages/`)?"""
    return output is not None and (output.is_dir() or (not output.exists() and not output.suffix))


def write_html(batch: BatchWithText, output: Path | None, *, stamp: str | None = None) -> None:
    """Write the page to stdout or `output`; to a directory, one page per report plus index.html."""
    if output is not None and is_directory_output(output):
        _write_directory(batch, output, stamp)
    else:
        write_output(lambda out: render_html(batch, out, stamp=stamp), output)


def text_page(render_text: Callable[[Any, TextIO], None], command: str) -> Callable[[Any, TextIO], None]:
    """An html renderer for a command without a page of its own: its text output, preformatted.

    So that `-f html` (and TIYAO_FORMAT=html) is valid for every command.
    """

    def render(result: Any, out: TextIO) -> None:
        import io

        buffer = io.StringIO()
        render_text(result, buffer)
        _render("text.html.j2", out, text=buffer.getvalue(), title=f"tiyao {command}")

    return render

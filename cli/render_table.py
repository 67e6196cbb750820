"""The `summarize -f table` view, fitted to the terminal's width.

Below WIDE_MIN columns it is stacked: per section a heading line (its numbering and theme,
then the rest of its title, dim), its key sentences at the full width, and dim lines of
keywords, figures and phrases; sections are indented by level. From WIDE_MIN columns up it
is one Rich table per report with a column each, the theme indented by level. Either way
text is wrapped by cli/wrap.py: no figure, keyword or number is broken, and no line starts
with closing punctuation.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .wrap import Wrapped, wrap_text

if TYPE_CHECKING:
    from tiyao.core import DocumentSummary, Figure, Pick, SectionSummary

# Five columns below this leave the key sentences ~20 cells (9 hanzi) a line at 80 columns,
# and still under 40 at 100; stacked, they get the whole width less the indent.
WIDE_MIN = 110
COMPACT_ITEMS = 3  # figures and phrases shown per section; the JSON has them all
INDENT = 2  # cells per level of the section tree
WHOLE_REPORT = "全文"
BULLET = "• "


def figure_label(fig: Figure) -> str:
    """`国内生产总值 增长3%`: what the figure measures, then the figure."""
    return f"{fig.measure} {fig.text}" if fig.measure else fig.text


def heading_parts(sec: SectionSummary) -> tuple[str, str]:
    """The title up to the end of the theme (so with its numbering, `（一）创新宏观调控`) and the rest."""
    if not sec.title:  # the untitled front matter or trailer: its theme says so, `(front matter)`
        named = sec.theme.startswith("(")
        return (sec.theme if named else f"({sec.kind}) {sec.theme}".rstrip()), ""
    theme = sec.theme.rstrip("…")
    at = sec.title.find(theme) if theme else -1
    if at < 0:
        return sec.title, ""
    return sec.title[: at + len(theme)], sec.title[at + len(theme) :]


def _depth(sec: SectionSummary) -> int:
    return max(sec.level - 1, 0)


def _paragraph(text: Any, width: int, indent: int, hang: int, keep: tuple[str, ...] = ()) -> Iterator[Any]:
    from rich.text import Text

    # at least a few hanzi a line, however deep the section and narrow the terminal
    lines = wrap_text(text, max(width - hang, 8), keep, first=max(width - indent, 8))
    for k, line in enumerate(lines):
        yield Text(" " * (hang if k else indent)) + line


def _picks(picks: tuple[Pick, ...], width: int, indent: int, keep: tuple[str, ...]) -> Iterator[Any]:
    from rich.text import Text

    for pick in picks:
        yield from _paragraph(Text(BULLET) + Text(pick.text), width, indent, indent + len(BULLET), keep)


def _extras(sec: SectionSummary, width: int, indent: int) -> Iterator[Any]:
    from rich.text import Text

    figures = sec.figures[:COMPACT_ITEMS]
    rows = (
        ("关键词", " ".join(sec.keywords), sec.keywords),
        ("数据", "；".join(figure_label(f) for f in figures), tuple(figure_label(f) for f in figures)),
        ("提法", "".join(sec.phrases[:COMPACT_ITEMS]), ()),
    )
    for label, body, keep in rows:
        if body:
            line = Text(f"{label} ", style="bold dim") + Text(body, style="dim")
            yield from _paragraph(line, width, indent, indent + len(label) * 2 + 1, keep)


def _stacked_section(sec: SectionSummary, width: int) -> Iterator[Any]:
    from rich.text import Text

    indent = INDENT * _depth(sec)
    head, rest = heading_parts(sec)
    heading = Text(head, style="bold" if sec.title else "dim") + Text(rest, style="dim")
    yield from _paragraph(heading, width, indent, indent)
    keep = tuple(f.text for f in sec.figures)
    yield from _picks(sec.summary, width, indent + INDENT, keep)
    yield from _extras(sec, width, indent + INDENT)


def stacked_document(doc: DocumentSummary, width: int) -> Iterator[Any]:
    """The lines (Rich renderables) of one report in the stacked layout."""
    from rich.rule import Rule
    from rich.text import Text

    heading = f"{doc.source} · {doc.title}" if doc.title else doc.source
    yield from _paragraph(Text(heading, style="bold"), width, 0, 0)
    yield Rule(style="dim")
    yield Text(f"{WHOLE_REPORT} whole report", style="bold")
    yield from _picks(doc.summary, width, INDENT, ())
    for sec in doc.sections:
        if sec.hidden:  # rolled up into its part (--depth) or without the --focus word
            continue
        yield Text("")
        yield from _stacked_section(sec, width)


def _header(zh: str, en: str) -> Any:
    from rich.text import Text

    return Text(f"{zh}\n{en}", no_wrap=True)  # a header word is never broken


def wide_document(doc: DocumentSummary) -> Any:
    """One report as a Rich table: theme, key sentences, keywords, figures, phrases."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    heading = f"{doc.source} · {doc.title}" if doc.title else doc.source
    table = Table(title=Text(heading), show_lines=True, title_justify="left", expand=True)
    table.add_column(_header("主题", "theme"), ratio=2, min_width=12, max_width=26)
    table.add_column(_header("要点", "key sentences"), ratio=7)
    table.add_column(_header("关键词", "keywords"), no_wrap=True)  # one keyword a line
    table.add_column(_header("数据", "figures"), ratio=3, min_width=12)  # one figure a line
    table.add_column(_header("提法", "phrases"), ratio=2, min_width=10)
    whole = Text(f"{WHOLE_REPORT}\nwhole report", style="bold", no_wrap=True)
    table.add_row(whole, Wrapped("\n".join(p.text for p in doc.summary)), "", "", "")
    for sec in doc.sections:
        if sec.hidden:  # rolled up into its part (--depth) or without the --focus word
            continue
        head, _ = heading_parts(sec)
        figures = sec.figures[:COMPACT_ITEMS]
        theme = Wrapped(Text(head, style="bold" if sec.level <= 1 and sec.title else ""))
        table.add_row(
            Padding(theme, (0, 0, 0, INDENT * _depth(sec))),
            Wrapped("\n".join(p.text for p in sec.summary) or "—", keep=[f.text for f in sec.figures]),
            # Text, not str: report text with [brackets] must not be read as Rich markup.
            Text("\n".join(sec.keywords)),
            Wrapped("\n".join(figure_label(f) for f in figures), keep=[f.text for f in figures]),
            Wrapped("\n".join(sec.phrases[:COMPACT_ITEMS])),
        )
    return table


def document_view(doc: DocumentSummary, width: int) -> Iterator[Any]:
    """What `render_table` prints for one report at `width` columns."""
    if width < WIDE_MIN:
        yield from stacked_document(doc, width)
    else:
        yield wide_document(doc)

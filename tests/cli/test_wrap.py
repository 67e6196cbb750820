"""cli/wrap.py on every sentence of a real work report: CJK line breaking that Rich lacks."""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from support import ROOT

from tiyao.cli.wrap import NO_END, NO_START, UNITS, Wrapped, narrowest, spans_of, wrap
from tiyao.core import parse_document

REPORT = ROOT / "tests" / "data" / "reports" / "gwr_2023_national_wikisource.txt"


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return [s.text for s in parse_document(REPORT.read_text(encoding="utf-8")).sentences]


def _lines(text: str, offsets: list[int]) -> list[str]:
    bounds = [0, *offsets, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


@pytest.mark.parametrize("width", [20, 37, 60, 76])
def test_lines_fit_and_no_line_starts_with_closing_punctuation(sentences: list[str], width: int) -> None:
    starts_checked = 0
    for text in sentences:
        lines = _lines(text, wrap(text, width))
        assert "".join(lines) == text  # nothing dropped, nothing added
        assert all(cell_len(line.rstrip()) <= width for line in lines), lines
        for before, after in zip(lines, lines[1:], strict=False):
            starts_checked += 1
            assert after[0] not in NO_START, (before, after)
            assert before[-1] not in NO_END, (before, after)
            # never inside a number, a Latin word, or between a number and its unit
            assert not (before[-1].isdigit() and (after[0].isdigit() or after[0] in UNITS)), (before, after)
            assert not (before[-1].isascii() and after[0].isascii() and before[-1].isalnum()), (before, after)
    assert starts_checked > 100  # the report has enough long sentences to test anything


def test_a_protected_span_stays_on_one_line() -> None:
    text = (
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右。"
    )
    for width in range(12, 60):
        lines = _lines(text, wrap(text, width, spans_of(text, ["增长5%左右", "1200万人左右"])))
        assert any("增长5%左右" in line for line in lines), (width, lines)
        assert any("1200万人左右" in line for line in lines), (width, lines)


def test_a_piece_wider_than_the_line_is_folded_not_dropped() -> None:
    text = "见https://www.gov.cn/zhuanti/2023lhzfgzbg/index.htm。"
    lines = _lines(text, wrap(text, 16))
    assert "".join(lines) == text and all(cell_len(line) <= 16 for line in lines)
    assert narrowest(text) > 16


def test_hanging_first_line_width() -> None:
    text = "推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"
    first, *rest = _lines(text, wrap(text, 20, first=10))
    assert cell_len(first) <= 10 and all(cell_len(line) <= 20 for line in rest)


def test_wrapped_in_a_rich_table_cell_breaks_by_the_rules(sentences: list[str]) -> None:
    long = [s for s in sentences if len(s) > 40][:20]
    table = Table()
    table.add_column("要点")
    table.add_row(Wrapped("\n".join(long)))
    out = io.StringIO()
    Console(file=out, width=40, color_system=None, legacy_windows=False).print(table)
    inner = [line.strip("│ ") for line in out.getvalue().splitlines() if line.startswith("│")]
    assert inner and not any(line[0] in NO_START for line in inner if line)
    assert "".join(inner) == "".join(long)

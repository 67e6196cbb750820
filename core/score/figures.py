"""Figures (numbers with their unit) and quoted key phrases (提法) in report text.

A figure is a number with a unit (`5043.03亿元`, `1.2万个`, `6.1%`), led by the
verb saying how it moved where the clause has one (`增长6.1%`, `下降0.3个百分点`).
Its `measure` is what the clause says it counts: the words before it in the same
clause (`地区生产总值` in `完成地区生产总值5043.03亿元`). Years (`2023年`) and
bare numbers have no unit and are not figures.

A phrase is a short quotation in `“…”`/`「…」` with no sentence end inside: the
slogans and formulations (`“两个结合”`, `“学思想、强党性、重实践、建新功”`)
reports coin and repeat. Long quotations are citations, not 提法.
"""

from __future__ import annotations

import re

from ..model import Figure

# The longest slogan in the seeds, “学思想、强党性、重实践、建新功”, is 15 characters;
# past 20 a quotation is a cited sentence.
MAX_PHRASE_CHARS = 20

_UNITS = (
    "个百分点|百分点|pct|bp|BP|%|‰|倍|"
    "亿元|万元|千元|美元|元|亿|万|"
    "人次|万人|名|人|户|家|个|项|条|件|次|场|份|所|座|套|台|辆|艘|架|"
    "万吨|吨|千瓦时|千瓦|兆瓦|GW|MW|kW|公里|千米|米|平方公里|平方米|亩|公顷|立方米"
)
_MOVES = (
    "同比增长|同比下降|同比增加|同比减少|环比增长|环比下降|"
    "增长|下降|增加|减少|提升|提高|降低|下滑|上升|上涨|下跌|达到|达|超过|突破|占比"
)
_FIGURE = re.compile(
    rf"(?:(?P<move>{_MOVES})(?P<about>约|近|超|逾)?)?"
    rf"(?P<number>\d+(?:\.\d+)?(?:[万亿千百]+(?=[^\d]))?)(?:余|多)?(?P<unit>{_UNITS})(?:以上|余|多)?"
)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?、（）()\s]")
_QUOTE = re.compile(rf"“([^“”]{{1,{MAX_PHRASE_CHARS}}})”|「([^「」]{{1,{MAX_PHRASE_CHARS}}})」")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# Words that start a clause but say nothing about what is measured.
_LEAD_WORDS = re.compile(r"^(?:其中|全年|累计|共|实现|完成|同比|预计|公司|全区|全市|全省)+")
MAX_MEASURE_CHARS = 12


def _measure_before(text: str, start: int) -> str:
    clause_start = 0
    for brk in _CLAUSE_BREAK.finditer(text, 0, start):
        clause_start = brk.end()
    words = _LEAD_WORDS.sub("", text[clause_start:start])
    return words[-MAX_MEASURE_CHARS:]


def extract_figures(text: str) -> list[Figure]:
    """Figures of a text in order of appearance, each figure text once.

    Args:
        text: A sentence or a whole section.

    Returns:
        The figures, first occurrence of each `text` only.
    """
    figures: list[Figure] = []
    seen: set[str] = set()
    for match in _FIGURE.finditer(text):
        start = match.start()
        if start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
            continue  # the tail of a longer number or a date
        figure = match.group(0)
        if match.group("move"):
            figure = figure.removeprefix("同比").removeprefix("环比")
            start = match.start("move")
        if figure in seen:
            continue
        seen.add(figure)
        figures.append(Figure(figure, _measure_before(text, start)))
    return figures


def extract_phrases(text: str) -> list[str]:
    """Short quoted phrases (slogans, 提法) in order of first appearance, with their quotes.

    Args:
        text: A sentence or a whole section.

    Returns:
        Each distinct quoted phrase once, e.g. `“两个结合”`.
    """
    phrases: list[str] = []
    for match in _QUOTE.finditer(text):
        inner = match.group(1) or match.group(2)
        if _SENTENCE_END.search(inner) or not inner.strip():
            continue
        quoted = match.group(0)
        if quoted not in phrases:
            phrases.append(quoted)
    return phrases

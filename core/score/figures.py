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
from collections.abc import Iterator

from ..model import Figure

# The longest slogan in the seeds, “学思想、强党性、重实践、建新功”, is 15 characters;
# past 20 a quotation is a cited sentence.
MAX_PHRASE_CHARS = 20

_UNITS = (
    "个百分点|百分点|pct|bp|BP|%|‰|倍|"
    "亿元|万元|千元|美元|元|亿|万|"
    "人次|万人|名|人|户|家|个|项|条|件|次|场|份|所|座|套|台|辆|艘|架|"
    "万吨|吨|千瓦时|千瓦|兆瓦|GW|MW|kW|公里|千米|米|平方公里|平方米|亩|公顷|立方米|"
    "斤|公斤|千克|标准煤|张|只|头|株|部|批|所"
)
_MOVES = (
    "同比增长|同比下降|同比增加|同比减少|环比增长|环比下降|"
    # `由9.8%降至7.5%`: the second figure is where it moved to, verb and all.
    "降至|降到|降低到|下降到|减少到|减至|升至|增至|增加到|提高到|提升到|上升到|扩大到|缩小到|"
    "增长|下降|增加|减少|提升|提高|降低|下滑|上升|上涨|下跌|达到|达|超过|突破|占比"
)
# A unit starts with one of these characters: checking one class first spares trying
# every unit at every number that has none (a year, a list number).
_UNIT = "(?=[" + re.escape("".join(sorted({u[0] for u in _UNITS.split("|")}))) + rf"])(?:{_UNITS})"
# Qualifiers are part of the figure: `5%左右` is not `5%`, a target `以上` is not a point.
# The lookahead fails most positions on one character class before any alternation is tried.
# Digit runs are possessive (`\d++`): nothing after them starts with a digit, so giving
# digits back could never make a match, only cost time.
_FIGURE = re.compile(
    r"(?=[同环增下减提降上涨跌达超突占约近逾不\d])"
    rf"(?P<move>{_MOVES})?(?P<about>约|近|超过|超|逾|不低于|不超过)?"
    rf"(?P<number>\d++(?:\.\d++)?(?:[万亿千百]+(?=[^\d]))?)(?:余|多)?"
    # A range is one figure: `6%－6.5%`, `5%—5.5%`, `6.5－7%`.
    rf"(?:(?:{_UNIT})?[－\-~～—–至](?:{_MOVES})?\d++(?:\.\d++)?(?:[万亿千百]+(?=[^\d]))?)?(?P<unit>{_UNIT})"
    r"(?:左右|以上|以内|以下|上下|余|多)?"
)
# Every figure holds a digit; most sentences hold none, and one scan for it is cheap.
_DIGIT = re.compile(r"\d")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?、（）()\s]")
_QUOTE = re.compile(rf"“([^“”]{{1,{MAX_PHRASE_CHARS}}})”|「([^「」]{{1,{MAX_PHRASE_CHARS}}})」")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# Words that start a clause but say nothing about what is measured.
# Dates too: the label is what is measured (`地区生产总值`), never cut inside a word.
_LEAD_WORDS = re.compile(
    r"^(?:其中|全年|累计|共|实现|完成|同比|比上年|比去年|预计|公司|全区|全市|全省|全国|今年|去年|上半年|下半年|"
    r"前三季度|[一二三四]季度|\d{4}年(?:\d{1,2}月)?(?:底|末)?|至|的|[，,])+"
)
# Verbs between the label and its number: `粮食产量保持在1.3万亿斤以上`.
_TRAILING_VERBS = re.compile(
    r"(?:保持在|控制在|稳定在|增加到|提高到|拟按|按|为|是|要|达到|达|由|从|分别|净|每|的"
    r"|(?:从|由)?\d{4}年(?:底|末)?)+$"
)
# A clause with no subject of its own goes on about the one before it (a topic chain):
# `全省经营主体达1095.2万户、增长5.9%` and `由55元提高到70元` measure one thing twice.
# Such a figure borrows the label of the figure before it in the same sentence, unless
# words follow it in its clause: `4%，74个重点城市…` counts the cities after it.
_NO_SUBJECT = re.compile(r"(?:和|及|与|并|再|又|而|但|就|则|分别)?")
# A label is a clause's words before the figure (after the previous figure, if any); a
# longer run is prose, not a label, and is left out rather than cut inside a word.
MAX_LABEL_CHARS = 24


def extract_figures(text: str) -> list[Figure]:
    """Figures of a text in order of appearance, each figure text once.

    Args:
        text: A sentence or a whole section.

    Returns:
        The figures, first occurrence of each `text` only.
    """
    figures: list[Figure] = []
    if not _DIGIT.search(text):
        return figures
    seen: set[str] = set()
    # Figures come in order, so one pass over the clause breaks finds each figure's clause:
    # linear in the text however many figures it holds.
    breaks = _CLAUSE_BREAK.finditer(text)
    upcoming = next(breaks, None)
    clause_start = previous_end = 0
    ends = _SENTENCE_END.finditer(text)
    sentence_end = next(ends, None)
    topic = ""  # the label a subjectless clause of this sentence borrows
    for match, figure in _figure_matches(text):
        start = match.start()
        while upcoming is not None and upcoming.start() < start:
            clause_start, upcoming = upcoming.end(), next(breaks, None)
        while sentence_end is not None and sentence_end.start() < start:
            topic, sentence_end = "", next(ends, None)
        label_start, previous_end = max(clause_start, previous_end), match.end()
        near = start - label_start <= MAX_LABEL_CHARS
        label = _TRAILING_VERBS.sub("", _LEAD_WORDS.sub("", text[label_start:start])) if near else ""
        if near and _NO_SUBJECT.fullmatch(label) and _ends_clause(text, match.end()):
            label = topic
        topic = label
        if figure in seen:
            continue
        seen.add(figure)
        figures.append(Figure(figure, label))
    return figures


def _ends_clause(text: str, end: int) -> bool:
    return end == len(text) or _CLAUSE_BREAK.match(text, end) is not None or text[end] in "和、"


def count_figures(text: str) -> int:
    """`len(extract_figures(text))`, without finding what each figure measures.

    Args:
        text: A sentence.

    Returns:
        How many distinct figure texts it holds.
    """
    if not _DIGIT.search(text):
        return 0
    return len({figure for _, figure in _figure_matches(text)})


def _figure_matches(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each figure's match and its text (without `同比`/`环比`), in order, repeats included."""
    for match in _FIGURE.finditer(text):
        number = match.start("number")
        if number > 0 and (text[number - 1].isdigit() or text[number - 1] == "."):
            continue  # the tail of a longer number or a date
        yield match, match.group(0).removeprefix("同比").removeprefix("环比")


def extract_phrases(text: str) -> list[str]:
    """Short quoted phrases (slogans, 提法) in order of first appearance, with their quotes.

    Args:
        text: A sentence or a whole section.

    Returns:
        Each distinct quoted phrase once, e.g. `“两个结合”`.
    """
    phrases: list[str] = []
    if "“" not in text and "「" not in text:
        return phrases
    for match in _QUOTE.finditer(text):
        inner = match.group(1) or match.group(2)
        if _SENTENCE_END.search(inner) or not inner.strip():
            continue
        quoted = match.group(0)
        if quoted not in phrases:
            phrases.append(quoted)
    return phrases

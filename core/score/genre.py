"""The kind of text a report is, and what that changes in scoring.

Four genres, told apart by rules (`detect_genre`): the rate per 1,000 characters of
words each genre's writers use and the others rarely do. Government work reports say
`各位代表`, `扎实`, `着力`, `推进`; policy-research articles argue (`本文`, `认为`,
`理论`, `因素`, `从而`); brokerage notes count (`归母`, `毛利`, `评级`, `同比`, `2024E`);
news features report (`记者`, `日电`, `据悉`). The highest rate wins; a text with
none of them is a work report, the product's first genre.

Each genre has its own feature weights (`GENRE_WEIGHTS`): brokerage notes keep the
weights tuned on dev.jsonl's even lines; research articles' were fitted on
research-dev.jsonl's even lines (a ridge regression of how much of each sentence is in
its article's abstract: closeness to the title and to the whole text count most);
work reports and news features, which have no reference summaries to tune on, use
the brokerage weights, and work reports put the sentence that states the year's
main targets (`今年发展主要预期目标是：…`) first in the whole-report summary
(`ANCHORS`), the passage analysts quote first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum

from .alternation import alternation
from .features import WEIGHTS


class Genre(StrEnum):
    """Kinds of text tiyao scores differently."""

    report = "report"  # government work report, work summary
    research = "research"  # policy-research article
    brokerage = "brokerage"  # brokerage research note
    news = "news"  # news feature


_MARKERS: Mapping[Genre, re.Pattern[str]] = {
    Genre.report: re.compile(
        r"各位代表|政府工作报告|主要预期目标|今年|过去一年|扎实|着力|奋力|全面|加快|推进|深化|抓好|落实|"
        r"实施|强化|坚持|聚焦|围绕|切实|推动|主题教育|工作"
    ),
    Genre.research: re.compile(
        r"本文|笔者|我们认为|认为|理论|学者|论文|观点|因素|问题|所谓|而言|从而|因而|由于|必然|因此|并非|"
        r"意义|关系|条件|角度|方面|模型|假设|分析"
    ),
    # Scanned for by first character (score/alternation.py); `\d\dE` is `\d{2}E`.
    Genre.brokerage: alternation(
        r"归母|净利|毛利|营收|营业收入|评级|买入|增持|中性|目标价|EPS|PE|投资建议|风险提示|盈利预测|"
        r"[1-4]Q|Q[1-4]|\d\dE|同比|环比|业绩|亿元|公司|股份|估值"
    ),
    Genre.news: re.compile(
        r"记者|报道|日电|新华社|本报|近日|采访|据悉|消息称|通讯员|编辑|责编|表示|介绍|市民|居民"
    ),
}

# Genres whose untitled opening is content (an article's introduction, a note's text)
# rather than front matter (a report's title block, addressee and date line).
KEEP_FRONT = frozenset({Genre.research, Genre.brokerage})
# How much a whole-report pick costs the other sentences of its top-level part: reports
# and features cover their parts; articles and notes were tuned without it.
SPREAD: Mapping[Genre, float] = {Genre.report: 0.3, Genre.news: 0.3}

# Sentences a genre's whole-report summary opens with when the report has one.
ANCHORS: Mapping[Genre, re.Pattern[str]] = {
    Genre.report: re.compile(r"主要预期目标(?:是|为)[：:]"),  # the year's, not a five-year plan's
}


def detect_genre(text: str) -> Genre:
    """The genre whose marker words are densest in `text` (ties: the earlier in `Genre`).

    Args:
        text: The report (or any part of it long enough to count words in).

    Returns:
        The genre; `Genre.report` when no marker occurs.
    """
    best, best_count = Genre.report, 0
    for genre, markers in _MARKERS.items():
        count = len(markers.findall(text))  # the markers have no groups: one string per match
        if count > best_count:
            best, best_count = genre, count
    return best


GENRE_WEIGHTS: Mapping[Genre, Mapping[str, float]] = {
    Genre.brokerage: WEIGHTS,
    Genre.report: WEIGHTS,
    Genre.news: WEIGHTS,
    # python bench/tune_scoring.py --data research-dev --genre research --budget reference:
    # a ridge fit of each sentence's bigram precision against its article's abstract
    # (even lines).
    # Closeness to the title and to the whole text carry most of it; figures and long
    # sentences spend characters the abstract does not.
    Genre.research: {
        "central": 0.793,
        "keywords": 0.111,
        "position": 0.12,
        "lead": 0.085,
        "figures": -0.203,
        "phrases": 0.04,
        "fragment": 0.359,
        "long": -0.229,
        "boilerplate": 0.197,
        "judgement": -0.084,
        "cue": 0.059,
        "title": 1.0,
        "intro": 0.021,
        "last": 0.067,
        "part_lead": 0.145,
        "symbols": -0.603,
    },
}

"""Figures of two editions paired by what they measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import ParsedDocument
from ..score.figures import extract_figures
from .model import FigureChange
from .similarity import dice_sets, grams

# Words around a label that say when or how, not what: `今年赤字率拟按` measures `赤字率`.
_LEADING = re.compile(
    r"^(?:今年|去年|明年|上年|全年|当年|近五年|过去五年|五年来|五年|"
    r"\d{4}年(?:末|底)?|年末|年底|上半年|一季度|其中|累计|全国|全省|全市|全区|我国|"
    r"拟安排|安排|预计|力争|确保|努力|争取|实现|完成|推动|推进|促进|新增(?=就业)|共|总计|合计|平均|人均(?=$))+"
)
_TRAILING = re.compile(
    r"(?:拟按|按|保持在|控制在|稳定在|提高到|提高至|降低到|降至|降到|增至|达到|达|为|在|约|超过|突破|"
    r"比去年|比上年|同比|以上|左右|年均|分别|总体|继续|预计|平均|超|近|逾|从)+$"
)
# A label that is only a verb or a pointer (`建成300个`, `上述2万亿元`) does not say what is
# counted (the object follows the number, or sits in another clause): such figures are not
# paired. The words are those of the unpaired short labels in the twelve test reports.
_NOT_A_LABEL = re.compile(
    r"^(?:新|再|又|已|对|先后|各地可)?(?:建成|建设|新建|新设|新增|打造|惠及|启动|实施|推出|保持|设立|设置|"
    r"调派|上述|过去|用于|覆盖|出台|举办|改造|培训|完善|巩固|抓好|办好|培育|整合|选送|引育|投入|布局|"
    r"严守|低于|折合|约合|增加至|开工|解决|取消|有|导入|开通|登记|发行|同时发行)$|^\d|[“”]"
)
_RANGE_TAIL = re.compile(r"[－\-~～—–至到]$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MAGNITUDE = re.compile(r"^[万亿千百]+")
MIN_MEASURE_CHARS = 2
# A pair of figures in sections the alignment matched is worth this much more than
# the same pair elsewhere (where only a near-identical sentence makes them one figure).
MATCHED_SECTION_BONUS = 0.2
MIN_PAIR_SCORE = 0.3


@dataclass(frozen=True, slots=True)
class Occurrence:
    key: str
    measure: str
    value: str
    section: int
    context: frozenset[str]  # bigrams of its paragraph


def normalize_measure(measure: str) -> str:
    """The thing a figure measures, without time words, verbs and prepositions around it.

    Args:
        measure: The words before the figure in its clause (`今年赤字率拟按`).

    Returns:
        The label (`赤字率`); empty when nothing but such words is left.
    """
    previous = None
    while previous != measure:
        previous = measure
        measure = _TRAILING.sub("", _LEADING.sub("", measure))
    return measure


def _unit(value: str) -> str:
    """The unit class of a figure: `元` for 亿元 and 万元 alike, `%` and `百分点` apart."""
    numbers = list(_NUMBER.finditer(value))
    tail = value[numbers[-1].end() :] if numbers else value
    tail = _MAGNITUDE.sub("", tail).replace("个百分点", "百分点")
    return re.sub(r"以上|以内|左右|余|多", "", tail) or "?"


def occurrences(doc: ParsedDocument) -> list[Occurrence]:
    """Every labelled figure of a document, sentence by sentence, ranges joined (`增长6%－6.5%`)."""
    found: list[Occurrence] = []
    paragraphs: dict[int, list[str]] = {}
    for sent in doc.sentences:
        paragraphs.setdefault(sent.paragraph, []).append(sent.text)
    contexts: dict[int, frozenset[str]] = {}  # only for paragraphs that hold a figure
    for k, sec in enumerate(doc.sections):
        if sec.furniture:  # page furniture and licence footers hold no figures of the report
            continue
        for sent in sec.sentences:
            merged: list[tuple[str, str]] = []
            for fig in extract_figures(sent.text):
                # `6%－6.5%`: the second number's label is the dash (or the clause up to it)
                tail = fig.measure[:-1]
                if merged and _RANGE_TAIL.search(fig.measure) and (not tail or tail.endswith(merged[-1][1])):
                    merged[-1] = (merged[-1][0], merged[-1][1] + fig.measure[-1] + fig.text)
                    continue
                merged.append((fig.measure, fig.text))
            for raw, value in merged:
                measure = normalize_measure(raw)
                if len(measure) >= MIN_MEASURE_CHARS and not _NOT_A_LABEL.search(measure):
                    if sent.paragraph not in contexts:
                        contexts[sent.paragraph] = grams("".join(paragraphs[sent.paragraph]))
                    context = contexts[sent.paragraph]
                    found.append(Occurrence(f"{measure}|{_unit(value)}", measure, value, k, context))
    return found


def _pair_unique(
    old: Sequence[Occurrence], new: Sequence[Occurrence], old_of: dict[int, int], used: set[int]
) -> None:
    # A measure left over exactly once on each side is one figure, wherever it moved.
    left_old: dict[str, list[int]] = {}
    left_new: dict[str, list[int]] = {}
    for i, occ in enumerate(old):
        if i not in used:
            left_old.setdefault(occ.key, []).append(i)
    for j, occ in enumerate(new):
        if j not in old_of:
            left_new.setdefault(occ.key, []).append(j)
    for key, (j, *more) in left_new.items():
        olds = left_old.get(key, [])
        if not more and len(olds) == 1:
            old_of[j] = olds[0]
            used.add(olds[0])


def pair_figures(
    old: Sequence[Occurrence], new: Sequence[Occurrence], matched: set[tuple[int, int]]
) -> list[FigureChange]:
    """Pair figures of the same measure, best context first; the rest are added or removed.

    Two figures of one measure (and unit class) pair when their sentences are alike
    or when they sit in sections the alignment matched; each figure pairs at most once.
    Returns the pairs in the new edition's order, then the removed ones in the old's.
    """
    old_of = match_occurrences(old, new, matched)
    used = set(old_of.values())
    changes = []
    for j, occ in enumerate(new):
        if j in old_of:
            was = old[old_of[j]]
            status = "same" if was.value == occ.value else "changed"
            changes.append(FigureChange(occ.measure, was.value, occ.value, status, was.section, occ.section))
        else:
            changes.append(FigureChange(occ.measure, None, occ.value, "added", None, occ.section))
    changes += [
        FigureChange(occ.measure, occ.value, None, "removed", occ.section, None)
        for i, occ in enumerate(old)
        if i not in used
    ]
    return changes


def match_occurrences(
    old: Sequence[Occurrence], new: Sequence[Occurrence], matched: set[tuple[int, int]]
) -> dict[int, int]:
    """Which old figure each new one is (index in `new` -> index in `old`); see `pair_figures`."""
    by_key: dict[str, list[int]] = {}
    for j, occ in enumerate(new):
        by_key.setdefault(occ.key, []).append(j)
    candidates = []
    for i, occ in enumerate(old):
        for j in by_key.get(occ.key, ()):
            score = dice_sets(occ.context, new[j].context)
            if (occ.section, new[j].section) in matched:
                score += MATCHED_SECTION_BONUS
            if score >= MIN_PAIR_SCORE:
                candidates.append((-score, j, i))
    candidates.sort()
    old_of: dict[int, int] = {}
    used: set[int] = set()
    for _, j, i in candidates:
        if j not in old_of and i not in used:
            old_of[j] = i
            used.add(i)
    _pair_unique(old, new, old_of, used)
    return old_of

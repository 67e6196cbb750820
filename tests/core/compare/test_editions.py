"""`compare` on real editions of government work reports: changes checked by reading both texts.

Every pair is in tests/data/reports/ (public-domain official documents), so these run
on a clone without ../shared. Figures are asserted with `startswith` where the text
has a qualifier (`3%左右`) that the figure extractor may or may not keep.
"""

from __future__ import annotations

import functools

import pytest
from support import ROOT

from tiyao.core import Edition, ReportDiff, SummaryOptions, compare, read_edition

REPORTS = ROOT / "tests" / "data" / "reports"
PAIRS = {
    "national-2019-2020": ("gwr_2019_national_wikisource.txt", "gwr_2020_national.txt"),
    "national-2021-2023": ("gwr_2021_national_wikisource.txt", "gwr_2023_national_wikisource.txt"),
    "jiangsu": ("prov_2025_jiangsu.txt", "prov_2026_jiangsu.txt"),
    "xizang": ("prov_2025_xizang.txt", "prov_2026_xizang.txt"),
    "zhejiang": ("prov_2025_zhejiang.txt", "prov_2026_zhejiang.txt"),
    "shanghai": ("prov_2025_shanghai.txt", "prov_2026_shanghai.txt"),
}


@functools.cache
def edition(name: str) -> Edition:
    result = read_edition(str(REPORTS / name), SummaryOptions())
    assert isinstance(result, Edition), result
    return result


@functools.cache
def diff(pair: str) -> ReportDiff:
    old, new = PAIRS[pair]
    return compare(edition(old), edition(new))


# Measures are matched at the end (`全社会研发经费支出相当于全市生产总值的比例` ends with
# `相当于全市生产总值的比例`): how much of a long label the figure extractor keeps may change.
def moved(d: ReportDiff, measure: str, old: str, new: str) -> bool:
    return any(
        f.measure.endswith(measure)
        and f.status == "changed"
        and (f.old or "").startswith(old)
        and (f.new or "").startswith(new)
        for f in d.figures
    )


def held(d: ReportDiff, measure: str, value: str) -> bool:
    return any(
        f.measure.endswith(measure) and f.status == "same" and f.old.startswith(value) for f in d.figures
    )


def section(d: ReportDiff, title_part: str, side: str = "new") -> str:
    for sec in d.sections:
        title = sec.new_title if side == "new" else sec.old_title
        if title and title_part in title:
            return sec.status
    raise AssertionError(f"no section {title_part!r} on the {side} side")


# (pair, measure, old, new): targets that moved, read in both texts. National 2019 -> 2020:
# 居民消费价格涨幅3%左右 -> 3.5%左右, 赤字率拟按2.8% -> 3.6%以上, 城镇新增就业1100万人以上 ->
# 900万人以上, 城镇调查失业率5.5%左右 -> 6%左右. 2021 -> 2023: 国内生产总值增长6%以上 -> 5%左右,
# 城镇新增就业1100万人以上 -> 1200万人左右, 赤字率3.2%左右 -> 拟按3%安排. Jiangsu: 地区生产总值
# 增长5%以上 -> 按增长5%安排, 城镇新增就业120万人以上 -> 120万人, 社会消费品零售总额5.5%左右 ->
# 5%左右, 全社会研发投入强度3.35%左右 -> 3.42%左右. Xizang: 社会消费品零售总额增长8%以上 -> 7%左右.
# Zhejiang: 生产总值增长5.5%左右 -> 5%—5.5%. Shanghai: 研发经费支出相当于全市生产总值的比例
# 4.5%左右 -> 4.6%左右.
MOVED = [
    ("national-2019-2020", "居民消费价格涨幅", "3%", "3.5%"),
    ("national-2019-2020", "赤字率", "2.8%", "3.6%以上"),
    ("national-2019-2020", "城镇新增就业", "1100万人以上", "900万人以上"),
    ("national-2019-2020", "城镇调查失业率", "5.5%", "6%"),
    ("national-2021-2023", "国内生产总值", "增长6%以上", "增长5%"),
    ("national-2021-2023", "城镇新增就业", "1100万人以上", "1200万人"),
    ("national-2021-2023", "赤字率", "3.2%", "3%"),
    ("jiangsu", "地区生产总值", "增长5%以上", "增长5%"),
    ("jiangsu", "城镇新增就业", "120万人以上", "120万人"),
    ("jiangsu", "社会消费品零售总额", "增长5.5%", "增长5%"),
    ("jiangsu", "全社会研发投入强度", "达3.35%", "3.42%"),
    ("xizang", "社会消费品零售总额", "增长8%以上", "增长7%"),
    ("zhejiang", "生产总值", "增长5.5%", "增长5%—5.5%"),
    ("shanghai", "全社会研发经费支出相当于全市生产总值的比例", "达到4.5%左右", "达到4.6%左右"),
]
# (pair, measure, value): targets that held. National 2019 -> 2020: 城乡居民医保人均财政补助标准
# 增加30元 in both; 2021 -> 2023: 居民消费价格涨幅3%左右, 城镇调查失业率5.5%左右. Jiangsu:
# 居民消费价格涨幅2%左右. Xizang: 地区生产总值增长7%以上. Zhejiang: 城镇调查失业率5%以内,
# 居民消费价格涨幅2%左右. Shanghai: 生产总值增长5%左右, 地方一般公共预算收入增长2%, 居民消费
# 价格涨幅2%左右.
HELD = [
    ("national-2019-2020", "居民医保人均财政补助标准", "增加30元"),
    ("national-2021-2023", "居民消费价格涨幅", "3%"),
    ("national-2021-2023", "城镇调查失业率", "5.5%"),
    ("jiangsu", "居民消费价格涨幅", "2%"),
    ("xizang", "地区生产总值", "增长7%以上"),
    ("zhejiang", "城镇调查失业率", "5%"),
    ("zhejiang", "居民消费价格涨幅", "2%"),
    ("shanghai", "生产总值", "增长5%"),
    ("shanghai", "地方一般公共预算收入", "增长2%"),
    ("shanghai", "居民消费价格涨幅", "2%"),
]
# Quoted phrases that only the new edition has (counted with grep in both texts).
NEW_PHRASES = {
    "national-2019-2020": {"“六稳”", "“六保”", "“两新一重”", "“揭榜挂帅”"},
    "national-2021-2023": {"“两个毫不动摇”", "“三保”", "“两个确立”"},
    "jiangsu": {"“苏超”", "“跟着苏超游江苏”", "“新三样”"},
    "xizang": {"“十大民生工程”", "“好房子”", "“包邮西藏”"},
    "zhejiang": {"“六小龙”", "“浙BA”", "“人工智能+政务”"},
    "shanghai": {"“一节四季”", "“科技板”", "“烟火气”"},
}
# (pair, side, part of a title, status): parts new in NEW, gone from OLD, or kept under a new title.
SECTIONS = [
    ("national-2019-2020", "new", "五、实施扩大内需战略", "added"),
    ("national-2019-2020", "old", "（三）坚持创新引领发展", "removed"),
    ("national-2019-2020", "new", "八、围绕保障和改善民生", "matched"),
    ("national-2021-2023", "old", "二、“十三五”时期发展成就", "removed"),
    ("national-2021-2023", "new", "（三）切实落实“两个毫不动摇”", "added"),
    ("jiangsu", "new", "（一）因地制宜加快发展新质生产力", "added"),  # a 十五五 part, new in 2026
    ("jiangsu", "new", "三、2026年重点工作", "matched"),
    ("xizang", "new", "二、“十五五”时期经济社会发展把握的重要要求", "added"),
    ("zhejiang", "new", "（十）切实筑牢安全防线", "matched"),
    ("shanghai", "new", "二、关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明", "added"),
]


@pytest.mark.parametrize(("pair", "measure", "old", "new"), MOVED)
def test_targets_that_moved(pair: str, measure: str, old: str, new: str) -> None:
    assert moved(diff(pair), measure, old, new)


@pytest.mark.parametrize(("pair", "measure", "value"), HELD)
def test_targets_that_held(pair: str, measure: str, value: str) -> None:
    assert held(diff(pair), measure, value)


@pytest.mark.parametrize("pair", PAIRS)
def test_new_quoted_phrases(pair: str) -> None:
    assert NEW_PHRASES[pair] <= set(diff(pair).phrases_added)


@pytest.mark.parametrize(("pair", "side", "title", "status"), SECTIONS)
def test_sections_added_removed_matched(pair: str, side: str, title: str, status: str) -> None:
    assert section(diff(pair), title, side) == status


def test_gone_phrases_and_targets() -> None:
    d = diff("national-2019-2020")
    assert {"“三去一降一补”", "“放水养鱼”"} <= set(d.phrases_removed)
    # 2020 set no GDP target: 国内生产总值增长6%－6.5% is gone.
    assert "增长6%－6.5%" in [
        f.old for f in d.figures if f.measure == "国内生产总值" and f.status == "removed"
    ]
    # 2025 Jiangsu already looked ahead to “十五五” (twice): not a new phrase in 2026.
    assert "“十五五”" not in diff("jiangsu").phrases_added


@pytest.mark.parametrize("name", ["prov_2025_xizang.txt", "gwr_2020_national.txt"])
def test_an_edition_against_itself_changes_nothing(name: str) -> None:
    d = compare(edition(name), edition(name))
    assert d.identical and not d.changed and d.related
    assert all(s.status == "matched" and not s.sentences_added for s in d.sections)
    assert not d.phrases_added and not d.phrases_removed and not d.phrases and not d.terms
    assert d.figures and all(f.status == "same" for f in d.figures)


def test_unrelated_reports_match_few_sections() -> None:
    d = compare(edition("prov_2025_shanghai.txt"), edition("prov_2026_xizang.txt"))
    assert not d.related and d.changed
    assert d.matched < d.new_sections / 2

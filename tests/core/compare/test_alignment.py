"""Section alignment, figure labels and sentence novelty on small texts."""

from __future__ import annotations

from tiyao.core import Edition, SummaryOptions, compare, parse_document, summarize_parsed
from tiyao.core.compare.align import align, similarity_matrix
from tiyao.core.compare.figures import normalize_measure, occurrences
from tiyao.core.compare.novelty import NOVELTY_THRESHOLD, novel_sentences

OLD = """2022年工作报告
一、2021年工作回顾
过去一年，全市地区生产总值增长6.5%，城镇新增就业12万人。我们推进“放管服”改革，深化“最多跑一次”改革。
二、2022年重点工作
今年主要预期目标是：地区生产总值增长6%左右，居民消费价格涨幅3%左右，城镇调查失业率5.5%以内。
（一）扩大有效投资
加快重大项目建设，推进城市更新，扩大有效投资，全年完成投资1000亿元。
（二）保障和改善民生
办好民生实事，提高养老服务水平，新建养老床位2000张。
"""
NEW = """2023年工作报告
一、2022年工作回顾
过去一年，全市地区生产总值增长5.2%，城镇新增就业11万人。我们推进“放管服”改革，实施“数字政府”建设。
二、2023年重点工作
今年主要预期目标是：地区生产总值增长5%左右，居民消费价格涨幅3%左右，城镇调查失业率5.5%以内。
（一）发展数字经济
建设算力中心，发展人工智能产业，推动“数实融合”，打造数字经济新高地。
（二）加快重大项目建设，扩大有效投资
加快重大项目建设，推进城市更新，扩大有效投资，全年完成投资1200亿元。
（三）保障和改善民生
办好民生实事，提高养老服务水平，新建养老床位3000张。
"""


def edition(text: str, source: str) -> Edition:
    parsed = parse_document(text)
    return Edition(source, text, parsed, summarize_parsed(parsed, source, len(text), SummaryOptions(), text))


def test_align_is_one_to_one_and_keeps_order() -> None:
    sim = [[0.9, 0.5, 0.0], [0.0, 0.1, 0.8], [0.0, 0.7, 0.0]]
    # (2, 1) is a strong pair but would cross (1, 2): order wins, the stronger sum is kept.
    assert align(sim) == [(0, 0), (None, 1), (1, 2), (2, None)]
    assert align([]) == []
    assert align([[0.0, 0.0]]) == [(0, None), (None, 0), (None, 1)]


def test_renumbered_and_renamed_sections_are_matched() -> None:
    old, new = parse_document(OLD), parse_document(NEW)
    pairs = dict(align(similarity_matrix(old, new)))
    titles = {
        old.sections[i].title: new.sections[j].title
        for i, j in pairs.items()
        if i is not None and j is not None
    }
    assert titles["（一）扩大有效投资"] == "（二）加快重大项目建设，扩大有效投资"
    assert titles["（二）保障和改善民生"] == "（三）保障和改善民生"
    assert titles["二、2022年重点工作"] == "二、2023年重点工作"


def test_small_diff_reports_sections_figures_phrases() -> None:
    d = compare(edition(OLD, "old.txt"), edition(NEW, "new.txt"))
    assert [s.new_title for s in d.sections if s.status == "added"] == ["（一）发展数字经济"]
    values = {(f.measure, f.status): (f.old, f.new) for f in d.figures}
    assert values[("地区生产总值", "changed")] in {
        ("增长6.5%", "增长5.2%"),
        ("增长6%", "增长5%"),
        ("增长6%左右", "增长5%左右"),
    }
    assert ("居民消费价格涨幅", "same") in values and ("城镇调查失业率", "same") in values
    assert values[("投资", "changed")] == ("1000亿元", "1200亿元")
    assert d.phrases_added == ("“数字政府”", "“数实融合”") and d.phrases_removed == ("“最多跑一次”",)
    assert d.changed and d.related and not d.identical


def test_measures_are_what_is_measured() -> None:
    assert normalize_measure("今年赤字率拟按") == "赤字率"
    assert normalize_measure("地区生产总值按") == "地区生产总值"
    assert normalize_measure("2025年全省城镇新增就业超") == "城镇新增就业"
    assert normalize_measure("今年") == ""


def test_a_verb_alone_is_no_label() -> None:
    doc = parse_document("全年建成10万个5G基站，城镇新增就业12万人。上述2万亿元全部转给地方。")
    assert [(o.measure, o.value) for o in occurrences(doc)] == [("城镇新增就业", "12万人")]


def test_ranges_are_one_figure() -> None:
    doc = parse_document("今年主要预期目标是：国内生产总值增长6%－6.5%，城镇新增就业1100万人以上。")
    assert [(o.measure, o.value) for o in occurrences(doc)] == [
        ("国内生产总值", "增长6%－6.5%"),
        ("城镇新增就业", "1100万人以上"),
    ]


def test_novelty_threshold_separates_restated_from_new() -> None:
    old = ["经济结构不断优化。", "多管齐下稳定和扩大就业。"]
    # Restatements of the old sentences reach the threshold; a new sentence does not.
    assert novel_sentences(["经济结构和区域布局继续优化。", "千方百计稳定和扩大就业。"], old) == []
    assert novel_sentences(["建设全国统一大市场。"], old) == ["建设全国统一大市场。"]
    assert 0 < NOVELTY_THRESHOLD < 1

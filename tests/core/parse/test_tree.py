"""Sections as a tree: parent links, levels per part, appendices, page furniture, declared depth."""

from __future__ import annotations

from support import ROOT

from tiyao.core import SectionKind, decode, parse_document, summarize


def _tree(text: str, headings: dict[int, int] | None = None) -> list[tuple[str | None, int, int | None, str]]:
    doc = parse_document(text, headings=headings)
    return [(s.title, s.level, s.parent, s.kind.value) for s in doc.sections]


def test_a_style_sits_one_level_below_the_heading_of_its_part() -> None:
    # Part one has unnumbered sub-headings, part two `（一）` ones: both are level 2.
    text = (
        "各位代表：\n现在报告工作。\n"
        "一、过去五年工作回顾\n五年来我们做了大量工作。\n"
        "经济实力跃上新台阶\n经济总量持续增长。\n"
        "改革开放取得新突破\n改革持续深化。\n"
        "二、今年主要任务\n今年任务很重。\n"
        "（一）扩大国内需求\n扩大消费。\n"
        "（二）发展新质生产力\n推动创新。\n"
    )
    assert _tree(text) == [
        (None, 0, None, "front"),
        ("一、过去五年工作回顾", 1, None, "body"),
        ("经济实力跃上新台阶", 2, 1, "body"),
        ("改革开放取得新突破", 2, 1, "body"),
        ("二、今年主要任务", 1, None, "body"),
        ("（一）扩大国内需求", 2, 4, "body"),
        ("（二）发展新质生产力", 2, 4, "body"),
    ]


def test_the_same_style_at_different_depths_and_a_higher_style_closing_deeper_ones() -> None:
    # `（一）` opens the body before any `一、`; the `一、` that follows closes it.
    text = (
        "（一）前言部分\n说明情况。\n"
        "一、总体要求\n坚持稳中求进。\n"
        "（一）指导思想\n坚持创新。\n"
        "1.具体目标\n增长5%。\n"
        "二、重点任务\n加快发展。\n"
        "1.扩大内需\n提振消费。\n"
    )
    assert _tree(text) == [
        ("（一）前言部分", 1, None, "body"),
        ("一、总体要求", 1, None, "body"),
        ("（一）指导思想", 2, 1, "body"),
        ("1.具体目标", 3, 2, "body"),
        ("二、重点任务", 1, None, "body"),
        ("1.扩大内需", 2, 4, "body"),
    ]


_APPENDIX_REPORT = (
    "2025年某省政府工作报告\n各位代表：\n现在报告工作。\n"
    "一、2024年工作回顾\n经济稳中有进。\n"
    "二、2025年重点工作\n扎实推进高质量发展。\n"
    "附件\n2025年省政府民生实事项目\n"
    "一、城镇老旧小区改造\n年度目标：完成改造2000个小区。\n主办单位：省住房城乡建设厅\n"
    "二、新建普惠托育机构\n年度目标：新增托位1万个。\n主办单位：省卫生健康委\n"
    "名词解释\n"
    "1.新质生产力\n是创新起主导作用的先进生产力质态。\n"
    "2.两重\n国家重大战略实施和重点领域安全能力建设。\n"
)


def test_an_appendix_owns_the_numbered_items_inside_it() -> None:
    assert _tree(_APPENDIX_REPORT) == [
        (None, 0, None, "front"),
        ("一、2024年工作回顾", 1, None, "body"),
        ("二、2025年重点工作", 1, None, "body"),
        ("附件：2025年省政府民生实事项目", 1, None, "appendix"),
        ("一、城镇老旧小区改造", 2, 3, "appendix"),
        ("二、新建普惠托育机构", 2, 3, "appendix"),
        ("名词解释", 1, None, "appendix"),
        ("1.新质生产力", 2, 6, "appendix"),
        ("2.两重", 2, 6, "appendix"),
    ]
    items = parse_document(_APPENDIX_REPORT).sections[4]
    # The field lines are the item's text, not headings and not glued to the next item.
    assert [s.text for s in items.sentences] == [
        "年度目标：完成改造2000个小区。",
        "主办单位：省住房城乡建设厅",
    ]


_WEB_PAGE = (
    "您的位置：首页 > 政务公开 > 政府工作报告\n下载\n打印\n【字号：\n加大\n还原\n减小\n】\n"
    "2026年某省政府工作报告\n来源：某省日报\n【字体：大 中 小】\n分享到：\n各位代表：\n"
    "现在，我代表省人民政府向大会报告工作。\n"
    "一、2025年工作回顾\n全省生产总值增长5.5%，达到1.2万亿元。\n"
    "二、2026年重点工作\n打印机产业增长10%。今年要扎实推进高质量发展。\n"
    "》》点击图片进入专题《《\n相关报道：\n某省人大会议开幕\n"
)


def test_page_furniture_is_kept_in_front_and_trailer_sections_and_never_a_heading() -> None:
    doc = parse_document(_WEB_PAGE)
    assert doc.title == "2026年某省政府工作报告"
    assert [(s.title, s.kind.value, s.furniture) for s in doc.sections] == [
        (None, "front", True),
        (None, "front", False),
        (None, "front", True),
        (None, "front", False),
        ("一、2025年工作回顾", "body", False),
        ("二、2026年重点工作", "body", False),
        (None, "appendix", True),
    ]
    assert doc.sections[1].heading == "2026年某省政府工作报告"
    assert [s.text for s in doc.sections[2].sentences] == ["【字体：大 中 小】", "分享到："]
    assert [s.text for s in doc.sections[-1].sentences] == [
        "》》点击图片进入专题《《",
        "相关报道：",
        "某省人大会议开幕",
    ]
    assert all(s.parent is None and s.level == 0 for s in doc.sections if s.kind is not SectionKind.body)


def test_page_furniture_is_never_summarized_keyworded_or_mined_for_figures() -> None:
    summary = summarize(_WEB_PAGE)
    furniture = [k for k, s in enumerate(parse_document(_WEB_PAGE).sections) if s.furniture]
    for k in furniture:
        assert summary.sections[k].summary == ()
        assert summary.sections[k].keywords == summary.sections[k].figures == ()
    assert all(p.section not in furniture for p in summary.summary)
    assert summary.sections[0].sentences == 8  # kept and counted, not dropped


def test_a_wikisource_link_split_by_a_zero_width_line_is_not_a_heading() -> None:
    text = (
        "三、2021年重点工作\n今年发展主要预期目标是增长6%以上。\n"
        "经济增速是综合性指标，今年预期目标设定\n\u200b\n为6%以上，考虑了经济运行恢复情况。\n"
        "（一）保持宏观政策连续性\n政策要稳。\n"
    )
    assert _tree(text) == [
        ("三、2021年重点工作", 1, None, "body"),
        ("（一）保持宏观政策连续性", 2, 0, "body"),
    ]


def test_declared_headings_are_relative_the_title_above_them_is_not_a_section() -> None:
    # An `<h1>` page title over `<h2>` sections (line 1 is the h1; lines 2 and 4 are h2, 6 is h3).
    text = (
        "2025年政府工作报告\n一、工作回顾\n经济增长。\n二、重点任务\n扩大内需。\n（一）提振消费\n促进消费。\n"
    )
    doc = parse_document(text, headings={1: 1, 2: 2, 4: 2, 6: 3})
    assert doc.title == "2025年政府工作报告"
    assert _tree(text, {1: 1, 2: 2, 4: 2, 6: 3}) == [
        (None, 0, None, "front"),
        ("一、工作回顾", 1, None, "body"),
        ("二、重点任务", 1, None, "body"),
        ("（一）提振消费", 2, 2, "body"),
    ]
    # Word headings that start at `Heading 2`, with no title above them.
    assert [s.level for s in parse_document(text, headings={2: 2, 4: 2, 6: 3}).sections] == [0, 1, 1, 2]


def test_parents_come_before_their_children_one_level_up() -> None:
    for text in (_APPENDIX_REPORT, _WEB_PAGE):
        sections = parse_document(text).sections
        for k, sec in enumerate(sections):
            if sec.parent is None:
                assert sec.level <= 1
            else:
                assert sec.parent < k and sections[sec.parent].level == sec.level - 1


def test_a_long_or_punctuated_item_line_over_its_field_lines_is_its_own_heading() -> None:
    text = (
        "一、工作回顾\n经济增长。\n附件：2025年省政府十方面民生实事\n"
        "1.实施城镇老旧小区改造提升工程，完成改造小区1000个以上，惠及居民20万户\n"
        "年度目标：完成改造2000个小区，惠及居民5万户。\n主办单位：省住房城乡建设厅\n"
        "2.新建普惠托育机构。\n年度目标：新增托位1万个。\n主办单位：省卫生健康委\n"
    )
    assert _tree(text) == [
        ("一、工作回顾", 1, None, "body"),
        ("附件：2025年省政府十方面民生实事", 1, None, "appendix"),
        ("1.实施城镇老旧小区改造提升工程，完成改造小区1000个以上，惠及居民20万户", 2, 1, "appendix"),
        ("2.新建普惠托育机构", 2, 1, "appendix"),
    ]
    items = parse_document(text).sections[2:]
    assert [len(s.sentences) for s in items] == [2, 2]


def test_placeholders_table_rows_and_footnotes_are_not_headings() -> None:
    # Shapes of the converted research articles: figure placeholders, wide-gap table rows, notes.
    text = (
        "中国经济增长的来源\n一、引言\n经济增长很快。\n附图{图}\n"
        "年份          老年人口\n说明人口结构变化。\n〔20〕《论语·季氏》\n见原文。\n二、结论\n增长可持续。\n"
    )
    assert [(s.title, s.level) for s in parse_document(text).sections] == [
        (None, 0),
        ("一、引言", 1),
        ("二、结论", 1),
    ]


def test_zero_width_lines_of_a_real_wikisource_report_join_their_sentence() -> None:
    # The 2017 report splits `改革` around a link: `要全面深化各领域改` / U+200B / `革，…`.
    data = (ROOT / "tests" / "data" / "reports" / "gwr_2017_national_wikisource.txt").read_bytes()
    assert "要全面深化各领域改\n\u200b\n革" in data.decode("utf-8")
    summary = summarize(decode(data))
    titles = [s.title for s in summary.sections]
    assert "要全面深化各领域改" not in titles and "（二）深化重要领域和关键环节改革" in titles
    sentences = [x.text for sec in parse_document(decode(data)).sections for x in sec.sentences]
    assert "要全面深化各领域改革，加快推进基础性、关键性改革，增强内生发展动力。" in sentences
    assert not any("\u200b" in s for s in sentences)  # invisible: in no sentence, figure or keyword

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import SEED_000, SEED_002

from tiyao.core import SectionKind, decode, parse_document


def _parse(path):  # type: ignore[no-untyped-def]
    return parse_document(decode(path.read_bytes()))


def test_seed_000_title_and_subtitle_pairs_are_one_heading() -> None:
    doc = _parse(SEED_000)
    assert doc.title is None
    assert [(s.title, s.level, s.line) for s in doc.sections] == [
        (None, 0, 1),
        ("深刻领悟“两个结合”：抓理论学习", 1, 2),
        ("切实紧扣“三个要点”：抓专题调研", 1, 5),
        ("牢牢聚焦“四个导向”：抓课题研究", 1, 11),
    ]
    assert doc.sections[0].kind is SectionKind.front
    assert doc.sections[1].heading == "深刻领悟“两个结合”抓理论学习"


def test_seed_002_headings_with_inner_space() -> None:
    doc = _parse(SEED_002)
    assert [s.title for s in doc.sections] == [
        None,
        "聚焦重大项目 推动重点工作任务落地落实",
        "聚焦民生改善 提高人民生活品质做实做细",
        "求真务实大兴调研 推动学以致用破解难题",
        "着眼长远建章立制 推动学习贯彻常态长效",
    ]
    # A short line that ends with 。 is body text, not a heading.
    assert "推进高质量发展,改善民生是关键。" in [s.text for s in doc.sections[2].sentences]


def test_every_character_belongs_to_one_section_in_order(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        doc = parse_document(text)
        rebuilt = "".join(
            (sec.heading or "") + "".join(s.text for s in sec.sentences) for sec in doc.sections
        )
        assert re.sub(r"\s", "", rebuilt) == re.sub(r"\s", "", text)
        assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))


def test_markdown_title_is_not_a_section_so_h2_is_level_1() -> None:
    text = "# 年度报告\n\n前言部分。\n\n## 一、工作回顾\n回顾内容。\n（一）经济\n经济增长5.2%。\n"
    doc = parse_document(text)
    assert doc.title == "年度报告"
    assert [(s.title, s.level, s.kind) for s in doc.sections] == [
        (None, 0, SectionKind.front),
        ("一、工作回顾", 1, SectionKind.body),
        ("（一）经济", 2, SectionKind.body),
    ]
    assert [s.text for s in doc.sections[0].sentences] == ["前言部分。"]


def test_declared_headings_override_detection() -> None:
    text = "一、总体要求\n坚持稳中求进。\n重点任务。\n加快发展新质生产力。\n"
    doc = parse_document(text, headings={1: 1, 3: 2})
    assert [(s.title, s.level, s.line) for s in doc.sections] == [
        ("一、总体要求", 1, 1),
        ("重点任务。", 2, 3),
    ]
    assert [s.text for s in doc.sections[1].sentences] == ["加快发展新质生产力。"]


def _outline(text: str) -> list[tuple[str | None, int, int, SectionKind]]:
    return [(s.title, s.level, s.line, s.kind) for s in parse_document(text).sections]


def _rebuilt(text: str) -> str:
    doc = parse_document(text)
    return "".join((sec.heading or "") + "".join(s.text for s in sec.sentences) for sec in doc.sections)


def test_front_matter_title_source_dateline_author_and_salutation() -> None:
    text = (
        "2025年某省政府工作报告\n来源：某省日报\n——2025年1月19日在某省人民代表大会上\n"
        "某省省长 张三\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n"
        "2024年工作回顾\n过去一年，经济稳中有进。\n"
    )
    doc = parse_document(text)
    assert doc.title == "2025年某省政府工作报告"
    assert _outline(text) == [(None, 0, 1, SectionKind.front), ("2024年工作回顾", 1, 7, SectionKind.body)]
    assert doc.sections[0].heading == "2025年某省政府工作报告"


def test_inline_level_2_lead_is_title_and_first_sentence() -> None:
    text = (
        "一、工作回顾\n（一）着力抓好政策落实，巩固经济回升态势。面对困难，综合施策。\n"
        "（二）着力发展新质生产力。加强创新。\n"
    )
    doc = parse_document(text)
    assert _outline(text) == [
        ("一、工作回顾", 1, 1, SectionKind.body),
        ("（一）着力抓好政策落实，巩固经济回升态势", 2, 2, SectionKind.body),
        ("（二）着力发展新质生产力", 2, 3, SectionKind.body),
    ]
    assert doc.sections[1].heading is None
    assert doc.sections[1].sentences[0].text == "（一）着力抓好政策落实，巩固经济回升态势。"


@pytest.mark.parametrize(
    "para",
    [
        "一是稳定态势持续向好。牢固树立总体国家安全观。",
        "第一，稳定和完善宏观经济政策。继续实施积极的财政政策。",
        "——必须坚持人民主体地位。中国特色社会主义是亿万人民自己的事业。",
        "打好政策“组合拳”。深入落实一揽子增量政策。",
        "1.单位固定资产投资所产GDP，1980年至1985年都在1.3左右。而进入九十年代以后有所上升。",
        "加快产业升级；",
        "各位代表！",
    ],
)
def test_list_items_and_lead_sentences_are_not_headings(para: str) -> None:
    text = f"一、总体要求\n{para}\n二、重点任务\n推进改革。\n"
    assert [s.title for s in parse_document(text).sections] == ["一、总体要求", "二、重点任务"]


def test_three_short_lines_in_a_row_are_a_list_not_headings() -> None:
    text = "一、名单\n张三同志\n李四同志\n王五同志\n以上同志表现突出。\n"
    assert [s.title for s in parse_document(text).sections] == ["一、名单"]


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "    一、宏观经济效益不断提高。\n"
        "    单位固定资产投资所产GDP在1980年至1985年都在1.3左右，最高达2.45，而进\n"
        "入九十年代以后，指标值保持在2.0-2.6之间。表明投资效率提高\n"
        "了。\n"
    )
    doc = parse_document(text)
    assert [s.text for s in doc.sections[0].sentences] == [
        "一、宏观经济效益不断提高。",
        "单位固定资产投资所产GDP在1980年至1985年都在1.3左右，最高达2.45，而进入九十年代以后，指标值保持在2.0-2.6之间。",
        "表明投资效率提高了。",
    ]
    assert [s.line for s in doc.sections[0].sentences] == [1, 2, 3]


def test_crlf_fullwidth_indent_and_zero_width_characters() -> None:
    text = "各位代表：\u200d\r\n\r\n　　现在报告工作。\r\n　　一、工作回顾\r\n　　经济增长5.2%。\r\n"
    assert _outline(text) == [(None, 0, 1, SectionKind.front), ("一、工作回顾", 1, 4, SectionKind.body)]
    assert re.sub(r"\s", "", _rebuilt(text)) == re.sub(r"\s", "", text)


def test_licence_footer_and_appendix_are_their_own_sections() -> None:
    text = (
        "一、工作回顾\n经济平稳。\n名词解释\n两新：设备更新和以旧换新。\n"
        "本作品是中华人民共和国的\n法律\n、\n法规\n，属于\n公有领域\n。\nPublic domain\n"
    )
    doc = parse_document(text)
    assert _outline(text) == [
        ("一、工作回顾", 1, 1, SectionKind.body),
        ("名词解释", 1, 3, SectionKind.appendix),
        (None, 0, 5, SectionKind.appendix),
    ]
    assert doc.sections[2].sentences[0].text.startswith("本作品是中华人民共和国的法律、法规")


def test_reports_one_after_another_in_one_file_each_keep_their_parts() -> None:
    # `cat 2015.txt 2017.txt | tiyao summarize -`: the 2015 report's licence footer is not
    # the end of the text; the 2017 report's parts are sections again, not glued paragraphs.
    reports = Path(__file__).parents[2] / "data" / "reports"
    first, second = (
        (reports / f"gwr_{year}_national_wikisource.txt").read_text(encoding="utf-8") for year in (2015, 2017)
    )
    alone = [parse_document(first), parse_document(second)]
    both = parse_document(first + second)
    titles = [s.title for s in both.sections if s.kind is SectionKind.body]
    expected = [s.title for doc in alone for s in doc.sections if s.kind is SectionKind.body]
    assert titles == expected and "一、2016年工作回顾" in titles
    # Each report's footer is an untitled furniture section; the second report's title
    # block sits in the first one's, and every character is still in one section, in order.
    footers = [s for s in both.sections if s.furniture]
    assert len(footers) == 2 and all(s.title is None for s in footers)
    # (Wikisource's zero-width lines stay out of sentences by design: compared without them.)
    visible = re.compile("[\\s\u200b-\u200d\u2060\ufeff]")
    assert visible.sub("", _rebuilt(first + second)) == visible.sub("", first + second)


def test_a_numbered_link_title_after_a_licence_footer_stays_in_the_trailer() -> None:
    text = (
        "一、工作回顾\n经济平稳运行，发展质量稳步提升。\n本作品是中华人民共和国的法律。\n"
        "相关报道：\n一、二季度经济数据发布\n二、三季度经济数据发布\n"
    )
    assert _outline(text) == [("一、工作回顾", 1, 1, SectionKind.body), (None, 0, 3, SectionKind.appendix)]


def test_unnumbered_headings_above_numbered_ones_and_a_bare_number_line() -> None:
    # The first line is the document title (issue 13); the heading under it carries a bare number.
    text = (
        "深圳经济增长方式的转变\n深圳经济增长方式的转变主要表现在五个方面\n1\n"
        "一、增长能力提高。\n增长稳定。\n二、效益提高\n效益好。\n"
    )
    assert _outline(text) == [
        (None, 0, 1, SectionKind.front),
        ("深圳经济增长方式的转变主要表现在五个方面", 1, 2, SectionKind.body),
        ("一、增长能力提高", 2, 4, SectionKind.body),
        ("二、效益提高", 2, 6, SectionKind.body),
    ]
    assert parse_document(text).sections[1].heading == "深圳经济增长方式的转变主要表现在五个方面1"


def test_metadata_header_gives_the_title_and_stays_in_front() -> None:
    text = "【 标  题 】深圳经济\n【 作  者 】某某\n【 正  文 】\n总论\n正文内容。\n"
    doc = parse_document(text)
    assert doc.title == "深圳经济"
    assert _outline(text) == [(None, 0, 1, SectionKind.front), ("总论", 1, 4, SectionKind.body)]


def test_paragraph_indents_inside_a_line_break_it_into_paragraphs() -> None:
    text = "事件描述\u3000\u3000公司公布年报业绩预告。\u3000\u3000事件评论\u3000\u3000收入增长明显。"
    assert _outline(text) == [("事件描述", 1, 1, SectionKind.body), ("事件评论", 1, 1, SectionKind.body)]


def test_speaker_and_date_under_a_dash_subtitle_are_front_matter() -> None:
    text = "政府工作报告\n——在第一次会议上\n李某\n（2025年3月5日）\n2024年工作回顾\n经济平稳。\n"
    assert _outline(text) == [(None, 0, 1, SectionKind.front), ("2024年工作回顾", 1, 5, SectionKind.body)]


def test_unnumbered_heading_after_inline_numbered_ones_ranks_below_them() -> None:
    text = "（一）稳增长。经济平稳。\n重点项目\n项目推进。\n（二）促改革。改革深化。\n"
    assert _outline(text) == [
        ("（一）稳增长", 1, 1, SectionKind.body),
        ("重点项目", 2, 2, SectionKind.body),
        ("（二）促改革", 1, 4, SectionKind.body),
    ]


def test_captions_are_not_headings_but_bracketed_titles_are() -> None:
    text = "一、主要指标\n表1 主要经济指标\n地区生产总值增长5%。\n【工作回顾】\n过去一年经济平稳。\n"
    assert _outline(text) == [
        ("一、主要指标", 1, 1, SectionKind.body),
        ("【工作回顾】", 2, 4, SectionKind.body),
    ]


def test_table_of_contents_and_bold_marks() -> None:
    text = (
        "某市政府工作报告\n目录\n一、工作回顾\n二、总体要求\n三、重点任务\n"
        "**一、工作回顾**\n经济平稳。\n二、总体要求\n稳中求进。\n三、重点任务\n扩大内需。\n"
    )
    assert [(s.title, s.level, s.line) for s in parse_document(text).sections] == [
        (None, 0, 1),
        ("一、工作回顾", 1, 6),
        ("二、总体要求", 1, 8),
        ("三、重点任务", 1, 10),
    ]


def test_indents_mark_paragraphs_in_hard_wrapped_text() -> None:
    text = (
        "    深圳经济增长方式的转变表现在以下方面，其中最重要的是经济增长的稳定性和效益的\n"
        "提高\n"
        "    效益不断提高\n"
        "    投资效率提高以及人口与GDP增长弹性系数的提高，都说明经济增长方式已经由单纯增加\n"
        "投入的方式转向提高效率的方式。\n"
    )
    doc = parse_document(text)
    assert [(s.title, s.line) for s in doc.sections] == [(None, 1), ("效益不断提高", 3)]
    assert doc.sections[0].sentences[0].text.endswith("效益的提高")

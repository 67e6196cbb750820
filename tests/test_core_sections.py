from __future__ import annotations

import re

from paths import SEED_000, SEED_002

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


def test_markdown_title_and_numbered_levels() -> None:
    text = "# 年度报告\n\n前言部分。\n\n## 一、工作回顾\n回顾内容。\n（一）经济\n经济增长5.2%。\n"
    doc = parse_document(text)
    assert doc.title == "年度报告"
    assert [(s.title, s.level, s.kind) for s in doc.sections] == [
        (None, 0, SectionKind.front),
        ("一、工作回顾", 2, SectionKind.body),
        ("（一）经济", 2, SectionKind.body),
    ]
    assert [s.text for s in doc.sections[0].sentences] == ["前言部分。"]


def test_declared_headings_override_detection() -> None:
    text = "总体要求\n坚持稳中求进。\n重点任务。\n加快发展新质生产力。\n"
    doc = parse_document(text, headings={1: 1, 3: 2})
    assert [(s.title, s.level, s.line) for s in doc.sections] == [("总体要求", 1, 1), ("重点任务。", 2, 3)]
    assert [s.text for s in doc.sections[1].sentences] == ["加快发展新质生产力。"]

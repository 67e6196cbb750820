"""Figures and quoted phrases on real sentences from the seeds, expected values written out."""

from __future__ import annotations

from tiyao.core import Figure, extract_figures, extract_phrases

GDP = (
    "2023年,龙岗完成地区生产总值5043.03亿元,同比增长6.3%,创2020年以来最好成绩;"
    "规上工业增加值增长5.5%,建筑业、营利性服务业占GDP比重逐年提升,"
    "批发业、金融业、进出口等指标实现两位数增长。"
)
PARTY_MEMBERS = (
    "针对党员联系服务群众问题,龙岗践行“四下基层”制度,创新构建“三定三联”党员进社区联系服务群众体系,"
    "推动2.2万名在职党员干部到社区报到,主动从“会场”到“现场”,变“坐诊”为“出诊”,"
    "先后解决嶂背片区地铁接驳难等群众身边急事难事4800多件。"
)
INVESTMENT = (
    "龙岗成功举办2023龙岗区全球招商大会,落户超亿元项目284个,增长517%,签约项目数、投资总额均为全市第一。"
)
GENERAL_REQUIREMENT = (
    "主题教育开展以来,广东省深圳市人民政府发展研究中心(政策研究室)紧紧围绕"
    "“学思想、强党性、重实践、建新功”的总要求,结合自身职能特色,高度重视、高位谋划,"
    "切实推动主题教育走深走细走实。"
)
CITATION = (
    "习近平总书记在庆祝中国共产党成立100周年大会上首次提出"
    "“把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合”,"
    "并在党的二十大报告中深刻阐明“两个结合”的基本内涵。"
)


def test_figures_keep_unit_verb_and_measure() -> None:
    assert extract_figures(GDP) == [
        Figure("5043.03亿元", "龙岗完成地区生产总值"),
        Figure("增长6.3%", "龙岗完成地区生产总值"),  # the next clause has no subject of its own
        Figure("增长5.5%", "规上工业增加值"),
    ]


def test_years_and_bare_numbers_are_not_figures() -> None:
    texts = [f.text for f in extract_figures(INVESTMENT)]
    assert texts == ["284个", "增长517%"]
    assert not any("2023" in t for t in texts)
    assert extract_figures(CITATION) == []  # "100周年" is an anniversary, not a quantity


def test_figures_with_wan_and_approximate_counts() -> None:
    assert [f.text for f in extract_figures(PARTY_MEMBERS)] == ["2.2万名", "4800多件"]
    assert extract_figures("新增就业岗位1.2万个")[0] == Figure("1.2万个", "新增就业岗位")
    assert extract_figures("服务36万余人次")[0].text == "36万余人次"


def test_phrases_are_short_quotations_in_order() -> None:
    assert extract_phrases(GENERAL_REQUIREMENT) == ["“学思想、强党性、重实践、建新功”"]
    assert extract_phrases(PARTY_MEMBERS) == [
        "“四下基层”",
        "“三定三联”",
        "“会场”",
        "“现场”",
        "“坐诊”",
        "“出诊”",
    ]


def test_long_quotations_are_citations_not_phrases() -> None:
    assert extract_phrases(CITATION) == ["“两个结合”"]


def test_repeated_phrase_is_listed_once() -> None:
    assert extract_phrases("深刻领悟“两个结合”。坚持“两个结合”。") == ["“两个结合”"]


def _targets_sentence(name: str) -> str:
    from support import ROOT

    from tiyao.core import parse_document

    text = (ROOT / "tests" / "data" / "reports" / name).read_text(encoding="utf-8")
    return next(s.text for s in parse_document(text).sentences if "主要预期目标是" in s.text)


def test_targets_figures_keep_qualifier_unit_and_label() -> None:
    national = {
        (f.measure, f.text) for f in extract_figures(_targets_sentence("gwr_2015_national_wikisource.txt"))
    }
    assert {
        ("国内生产总值", "增长7%左右"),
        ("居民消费价格涨幅", "3%左右"),
        ("城镇新增就业", "1000万人以上"),
    } <= national
    jiangsu = {(f.measure, f.text) for f in extract_figures(_targets_sentence("prov_2025_jiangsu.txt"))}
    assert ("地区生产总值", "增长5%以上") in jiangsu and ("城镇新增就业", "120万人以上") in jiangsu
    grain = "粮食产量保持在1.3万亿斤以上，单位国内生产总值能耗降低2.5%左右，下降0.3个百分点。"
    assert [(f.measure, f.text) for f in extract_figures(grain)] == [
        ("粮食产量", "1.3万亿斤以上"),
        ("单位国内生产总值能耗", "降低2.5%左右"),
        ("单位国内生产总值能耗", "下降0.3个百分点"),
    ]


def test_a_label_is_never_cut_inside_a_number_or_word() -> None:
    figures = extract_figures("2024年全省地区生产总值突破13万亿元，约5000亿元来自制造业。")
    assert [(f.measure, f.text) for f in figures] == [("地区生产总值", "突破13万亿元"), ("", "约5000亿元")]


def test_twenty_thousand_figures_in_one_clause_each_get_their_own_words() -> None:
    text = "".join(f"项目{i}个" for i in range(20_000))
    figures = extract_figures(text)
    # Each label is the words since the previous figure: `项目`, never the run before it.
    assert len(figures) == 20_000 and {f.measure for f in figures} == {"项目"}


def test_a_range_is_one_figure() -> None:
    text = "国内生产总值增长6.5%－7%，全省生产总值增长5%—5.5%，城镇新增就业1100万人以上。"
    assert [(f.measure, f.text) for f in extract_figures(text)] == [
        ("国内生产总值", "增长6.5%－7%"),
        ("生产总值", "增长5%—5.5%"),  # 全省 says where, not what
        ("城镇新增就业", "1100万人以上"),
    ]


def _figures_of(name: str, opening: str) -> list[tuple[str, str]]:
    from support import ROOT

    from tiyao.core import parse_document

    text = (ROOT / "tests" / "data" / "reports" / name).read_text(encoding="utf-8")
    sentence = next(s.text for s in parse_document(text).sentences if s.text.startswith(opening))
    return [(f.measure, f.text) for f in extract_figures(sentence)]


def test_a_clause_without_a_subject_measures_what_the_clause_before_it_did() -> None:
    assert _figures_of("prov_2026_shanghai.txt", "全市生产总值达到5.67万亿元") == [
        ("生产总值", "达到5.67万亿元"),
        ("生产总值", "增长5.4%"),
    ]
    # `从A提高到B`: both figures measure the same thing, the second with its verb.
    assert _figures_of("gwr_2023_national_wikisource.txt", "全社会研发经费投入强度从2.1%")[:2] == [
        ("全社会研发经费投入强度", "2.1%"),
        ("全社会研发经费投入强度", "提高到2.5%以上"),
    ]
    # `分别…A和B`: one label for both, without `分别`.
    assert _figures_of("gwr_2015_national_wikisource.txt", "全面建立临时救助制度")[:2] == [
        ("城乡低保标准", "提高9.97%"),
        ("城乡低保标准", "14.1%"),
    ]


def test_a_count_that_opens_its_clause_does_not_borrow_the_label_before_it() -> None:
    # `…分别下降5.6%和4%，74个重点城市…`: the cities are counted, not the emissions.
    figures = _figures_of("gwr_2017_national_wikisource.txt", "强化大气污染治理")
    assert ("氮氧化物排放量", "4%") in figures and ("", "74个") in figures

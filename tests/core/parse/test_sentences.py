from __future__ import annotations

import re

from tiyao.core import split_sentences


def test_decimal_and_percent_stay_inside_their_sentence() -> None:
    line = (
        "2023年，龙岗完成地区生产总值5043.03亿元，同比增长6.3%，创2020年以来最好成绩；"
        "规上工业增加值增长5.5%。"
    )
    assert split_sentences(line) == [
        "2023年，龙岗完成地区生产总值5043.03亿元，同比增长6.3%，创2020年以来最好成绩；",
        "规上工业增加值增长5.5%。",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    line = "坚持目标导向,严把“构思关”。围绕构建新发展格局战略任务,强化前瞻性思考。"
    assert split_sentences(line) == [
        "坚持目标导向,严把“构思关”。",
        "围绕构建新发展格局战略任务,强化前瞻性思考。",
    ]


def test_quoted_run_of_sentences_is_one_sentence() -> None:
    line = (
        "“龙岗区推出的这项便民服务太给力了，我们只需在‘i深圳’政策直通车专区输入公司账户等信息，"
        "就可以坐等资金到账了。”不久前，某小微企业负责人李女士在“i深圳”平台上成功申领了一笔补贴。"
    )
    first, second = split_sentences(line)
    assert first.startswith("“龙岗区") and first.endswith("到账了。”")
    assert second.startswith("不久前")


def test_ellipsis_run_is_not_split_in_the_middle() -> None:
    line = "仅用喝一杯咖啡的时间便能轻松办完事……当下的龙岗，越来越多的企业家感受到了服务温度。"
    assert split_sentences(line) == [
        "仅用喝一杯咖啡的时间便能轻松办完事……",
        "当下的龙岗，越来越多的企业家感受到了服务温度。",
    ]


def test_unmatched_quote_does_not_swallow_the_paragraph() -> None:
    assert split_sentences("他说“开始。然后结束。") == ["他说“开始。", "然后结束。"]


def test_no_text_is_lost_on_the_seeds(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        for line in text.splitlines():
            pieces = split_sentences(line)
            assert all(pieces)
            assert re.sub(r"\s", "", "".join(pieces)) == re.sub(r"\s", "", line)


def test_short_semicolon_list_items_stay_in_one_sentence() -> None:
    assert split_sentences("加快A；推进B；完善C。下一句。") == ["加快A；推进B；完善C。", "下一句。"]


def test_no_split_inside_urls_numbers_and_ellipsis_before_a_comma() -> None:
    line = "详见https://example.com/a?b=1!c 页面。No.1的增速1.5%，日期2024.1.19……，仍在增长！"
    assert split_sentences(line) == [
        "详见https://example.com/a?b=1!c 页面。",
        "No.1的增速1.5%，日期2024.1.19……，仍在增长！",
    ]


def test_nested_quotes_and_brackets_close_with_their_sentence() -> None:
    line = "他说：“大家‘要走。’”然后！？结束"
    assert split_sentences(line) == ["他说：“大家‘要走。’”", "然后！？", "结束"]

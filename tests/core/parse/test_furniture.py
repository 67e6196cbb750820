"""The page-furniture rules on the shapes saved web pages carry, and on report lines that look close."""

from __future__ import annotations

import pytest

from tiyao.core.parse.furniture import is_furniture, is_licence, leading_furniture


@pytest.mark.parametrize(
    "line",
    [
        "下载",
        "打印",
        "【字号：",
        "【字号：加大 还原 减小】",
        "【字体：大 中 小】",
        "分享到：",
        "【打印本页】 【关闭窗口】",
        "扫一扫在手机打开当前页",
        "您的位置：首页 > 政务公开 > 政府工作报告",
        "当前位置：首页>>要闻",
        "首页 » 新闻中心",
        "相关报道：",
        "延伸阅读",
        "附件下载：",
        "》》点击图片进入专题《《",
    ],
)
def test_page_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "一、2025年工作回顾",
        "大中小学思政课一体化",
        "打印机产业增长10%",
        "中国",
        "位置优势明显",
        "附件1",
        "相关部门要加强协同配合，形成工作合力。",
        "推荐一批优秀项目参加全国评选，扩大影响力，带动全省高质量发展",
    ],
)
def test_report_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_licence_footers_and_the_widget_broken_over_lines() -> None:
    assert is_licence("本作品是中华人民共和国的") and is_licence("Public domain") and is_licence("（完）")
    assert leading_furniture(["下载", "【字号：", "加大", "】", "2026年某省政府工作报告", "】"]) == 4

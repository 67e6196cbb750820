"""Page furniture and licence footers: lines of a saved web page that are not the report.

Web copies of reports carry the page's controls (`下载` `打印` `全屏` `收藏`, a
`【字号：加大 还原 减小】` widget, often broken over several lines), its breadcrumb
(`您的位置：首页 > 政务公开 > …`), share and related-links labels (`分享到：`,
`相关报道：`), promotion arrows (`》》点击图片进入专题《《`) and, on Wikisource, a
licence footer (`本作品…`, `Public domain`). The rules below describe those shapes
(short lines made only of page-control words, a path of `>` steps from `首页`, a
bare label that introduces links) rather than list the lines of particular pages.
Every function looks at one cleaned line.
"""

from __future__ import annotations

import re

# Words of page controls: actions on the page, its font-size widget, share targets.
_CONTROL_WORDS = (
    "下载|打印|全屏|收藏|分享到|分享|关闭|返回|顶部|纠错|复制|链接|评论|点赞|转发|推荐|字号|字体"
    "|加大|减小|还原|放大|缩小|默认|本页|此页|窗口|上一篇|下一篇|扫一扫|二维码"
    "|微信|微博|朋友圈|QQ|空间|邮件|邮箱|发送|保存|大|中|小|标准|扫一扫|在手机|手机|打开|当前页|查看"
    "|阅读|浏览|次数|首页|视力保护色|保护色"
)
_CONTROLS = re.compile(rf"(?:{_CONTROL_WORDS})+", re.IGNORECASE)
# What separates the words of a control line: spaces, brackets, bars, colons.
_CONTROL_SEPARATORS = re.compile(r"[\s【】\[\]〔〕（）()|｜/／:：、·•\-—_]+")
# The longest control line in the saved pages is `【字号：加大 还原 减小】`; real
# short headings made only of these words do not occur.
MAX_CONTROL_CHARS = 24
_BREADCRUMB = re.compile(r"(?:您的|您现在的|当前)?(?:所在)?位置\s*[：:]|首页\s*[>›»＞→]")
_PROMO = re.compile(r"[》>]{2}.{0,30}[《<]{2}|^点击.{0,12}(?:进入|查看|阅读|浏览)")
# A label that introduces a list of links or share buttons and ends the page.
_LINKS_LABEL = re.compile(
    r"(?:(?:相关|延伸|推荐|热门|热点|更多|往期|精彩|猜你)[\u4e00-\u9fff]{0,4}|附件下载|下载附件)\s*[：:]?"
)
_LICENCE = re.compile(
    r"本作品|Public domain|版权所有|版权声明|免责声明|责任编辑|【纠错】|[（(]全?文?完[）)]",
    re.IGNORECASE,
)
_PUNCTUATION_ONLY = re.compile(r"[\s\W_]+")


def is_page_control(line: str) -> bool:
    """A line made only of page-control words: `打印`, `【字号：加大 还原 减小】`, `分享到：`."""
    if len(line) > MAX_CONTROL_CHARS:
        return False
    words = _CONTROL_SEPARATORS.sub("", line)
    return bool(words) and bool(_CONTROLS.fullmatch(words))


def is_furniture(line: str) -> bool:
    """Is the line page furniture (controls, breadcrumb, promotion, links label)?"""
    if is_page_control(line) or _BREADCRUMB.match(line):
        return True
    if len(line) <= MAX_CONTROL_CHARS and _LINKS_LABEL.fullmatch(line):
        return True
    return len(line) <= 2 * MAX_CONTROL_CHARS and bool(_PROMO.search(line))


def is_punctuation_only(line: str) -> bool:
    """A line of brackets or marks only (`】` closing a widget broken over lines)."""
    return bool(_PUNCTUATION_ONLY.fullmatch(line))


def is_licence(line: str) -> bool:
    """The start of a licence footer, an editor's line or an end mark: `本作品…`, `（完）`."""
    return bool(_LICENCE.match(line)) or "公有领域" in line[:40]


def leading_furniture(keys: list[str]) -> int:
    """How many lines at the top of a page are furniture (with the marks between them)."""
    k = 0
    while k < len(keys) and (is_furniture(keys[k]) or (k and is_punctuation_only(keys[k]))):
        k += 1
    return k

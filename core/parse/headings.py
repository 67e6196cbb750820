"""What a single line of a report looks like: heading marks, front matter, trailers.

These are rules for the genre (Chinese work reports, policy write-ups, scraped
articles), not for particular files. Every function looks at one line; deciding
what a line *is* in its context is the job of `core/parse/lookahead.py` and
`core/parse/reader.py`.

Heading styles, from the top of the usual hierarchy down: Markdown `#`,
`第一部分`/`第一章`, `一、`, `（一）`, `1.`, `（1）`. `一是`, `第一，` and `——` lines
are list items, never headings.
"""

from __future__ import annotations

import re

from . import furniture as fu
from .sentences import CLOSERS, ENDERS, HARD_ENDERS

# Longest standalone heading: numbered headings in the sample reports run to 28
# characters ("四、加快完善社会主义市场经济体制和加快转变经济发展方式").
MAX_HEADING_CHARS = 40
# Unnumbered headings are shorter ("求真务实大兴调研 推动学以致用破解难题" is 19);
# longer unpunctuated lines are scrape fragments or captions.
MAX_PLAIN_HEADING_CHARS = 32
# An inline heading's lead sentence (`（一）…。` + body on the same line) is at most
# this long; the longest in the sample reports is 66 characters.
MAX_LEAD_CHARS = 80

# Titles of research articles run to 42 characters, 65 with a bracketed note.
MAX_TITLE_CHARS = 80

_CN = "一二三四五六七八九十百零〇"
# (pattern, rank in the usual hierarchy, may lead a paragraph inline)
NUMBERED_STYLES = (
    (re.compile(rf"[第][{_CN}\d]{{1,4}}[部分章节篇编]"), 0, True),
    (re.compile(rf"[{_CN}]{{1,3}}[、．.]"), 1, True),
    (re.compile(rf"[（(][{_CN}]{{1,3}}[）)]"), 2, True),
    (re.compile(r"\d{1,2}[、．.](?![\d.．])"), 3, False),
    (re.compile(r"[（(]\d{1,2}[）)]"), 4, False),
)
_MARKDOWN = re.compile(r"(#{1,6})[ \t]+(\S.*)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOT_HEADING_END = ENDERS | frozenset("，,、：:")
_LIST_LEAD = tuple("—-－·•●○■□▲△◆◇*＊>※★☆→")
_WRAPPED = {"（": "）", "(": ")", "〔": "〕"}
# Captions (`表1 主要经济指标`), figure placeholders of converted articles (`附图{图}`), sources.
_NOTE_MARK = re.compile(r"[〔\[［]\d{1,3}[〕\]］]|[\u2460-\u2473]")  # a footnote: `〔20〕《论语》`, `①…`
_CAPTION = re.compile(r"附?[表图][\s\d一二三四五六七八九十{]|.*\{[图表]\}|(?:资料|数据)来源|单位")
# Fields of a table row set apart by wide gaps (`年份      老年人口`); a letter-spaced
# title (`引    言`) has one-character fields.
_WIDE_GAP = re.compile(r"\S{2}\s{3,}\S{2}")
_DATE = re.compile(r"[（(]?\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?[）)]?")
_NUMERIC_TOKEN = re.compile(r"[-+]?\d[\d.,，]*[%％]?")
_METADATA = re.compile(r"【[^】]{1,12}】|[\u4e00-\u9fffA-Za-z ]{1,8}[：:]")
# The keys of front-matter lines; `WTO：对中国发展战略的重新思考` is a title, not `key：value`.
_METADATA_KEY = re.compile(
    r"【|(?:来源|作者|时间|日期|发布|发表|编辑|记者|出处|标题|关键词|摘要|文号|分类|主题词|稿源|责编)\s*[：:]"
)
_SALUTATION_WORDS = ("各位", "同志", "代表", "委员", "女士", "先生", "朋友", "领导", "来宾", "尊敬")
# `附件`, `附件2：…`, `附录一`, `附：…`, `名词解释`, `注释`, `主要参考文献`: what follows the body.
_APPENDIX = re.compile(
    r"(?:附件|附录|附表|附(?=[：:]))(?:\s*[\dA-Z一二三四五六七八九十]{1,3})?(?:\s*[：:、.．\s]\s*\S.*)?"
    r"|(?:名词|术语)(?:解释|说明)|注释|(?:主要)?参考文献|后记"
)
_TITLE_WORDS = re.compile(r"报告|纲要|规划|公报|决定|意见|通知|讲话|白皮书|总结|方案|决议")
_RUBRIC = re.compile(r"^·[^·]{1,8}·")  # a journal's column name before a title: `·学术专论·`
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_NUMBER_ONLY = re.compile(rf"[\d{_CN}]{{1,3}}")


def clean(line: str) -> str:
    """The line without surrounding whitespace, zero-width characters and `**bold**` marks."""
    line = _ZERO_WIDTH.sub("", line).strip()
    for mark in ("**", "__"):
        if len(line) > 2 * len(mark) and line.startswith(mark) and line.endswith(mark):
            return line[len(mark) : -len(mark)].strip()
    return line


def markdown_heading(line: str) -> tuple[int, str] | None:
    """`(number of #, title)` of a Markdown heading line, else None."""
    m = _MARKDOWN.fullmatch(line)
    if not m:
        return None
    return len(m.group(1)), m.group(2).rstrip("# \t") or m.group(2)


def numbered_style(line: str) -> tuple[int, bool] | None:
    """`(rank, may be inline)` of the numbering a line starts with, else None."""
    for pattern, rank, inline in NUMBERED_STYLES:
        m = pattern.match(line)
        if m and len(line) > m.end():
            return rank, inline
    return None


def _ends_open(line: str) -> bool:
    tail = line.rstrip("".join(CLOSERS))
    return not tail or tail[-1] in _NOT_HEADING_END


def _has_inner_ender(line: str) -> bool:
    body = line.rstrip("".join(CLOSERS | ENDERS))
    return any(ch in ENDERS for ch in body)


def is_standalone_numbered(line: str) -> bool:
    """A numbered line short enough to be a heading by itself, without end punctuation."""
    return len(line) <= MAX_HEADING_CHARS and not _ends_open(line) and not _has_inner_ender(line)


def is_plain_heading_like(line: str) -> bool:
    """Could this unnumbered line be a heading (short, unpunctuated, real words)?"""
    if len(line.replace(" ", "").replace("\u3000", "")) > MAX_PLAIN_HEADING_CHARS:
        return False
    if len(_CJK.findall(line)) < 2 or _ends_open(line) or _has_inner_ender(line):
        return False
    if "：" in line or ":" in line or line.startswith(_LIST_LEAD) or "".join(line.split()) == "目录":
        return False
    if line[0] in _WRAPPED and line[-1] == _WRAPPED[line[0]]:
        return False  # a parenthetical note: （2025年1月19日）, （完）
    if _CAPTION.match(line) or _NOTE_MARK.match(line):
        return False  # a table or figure caption: 表1 主要经济指标
    if _DATE.fullmatch(line):
        return False
    # A table row: several fields, one of them a number, or fields set apart by wide gaps.
    fields = line.split()
    return not (
        len(fields) > 1 and (any(_NUMERIC_TOKEN.fullmatch(f) for f in fields) or _WIDE_GAP.search(line))
    )


def is_number_only(line: str) -> bool:
    """A bare section or page number on its own line (`1`, `三`)."""
    return bool(_NUMBER_ONLY.fullmatch(line))


def is_metadata(line: str) -> bool:
    """A `key：value` or `【key】value` line of a front-matter block, or a bare date."""
    return bool(_METADATA.match(line) and len(line) <= MAX_HEADING_CHARS) or bool(_DATE.fullmatch(line))


def starts_field(line: str) -> bool:
    """Does the line open with a short `key：` (`年度目标：…`, `主办单位：…`)?"""
    m = _METADATA.match(line)
    return bool(m) and m.group()[-1] in "：:"


def is_field(line: str) -> bool:
    """A short `key：value` line (`主办单位：省卫生健康委`): a unit of its own, never wrapped on."""
    return starts_field(line) and len(line) <= MAX_HEADING_CHARS


def is_item_line(line: str) -> bool:
    """A numbered line that can title the field lines under it (`一、实施老旧小区改造提升工程`).

    Up to an inline lead's length, one sentence at most (its end mark allowed), not
    ending on a comma or colon.
    """
    tail = line.rstrip("".join(CLOSERS | HARD_ENDERS))
    if numbered_style(line) is None or len(line) > MAX_LEAD_CHARS or not tail:
        return False
    return tail[-1] not in _NOT_HEADING_END and not any(ch in ENDERS for ch in tail)


def metadata_title(line: str) -> str | None:
    """The value of a `标题` metadata line (`【 标  题 】深圳经济增长方式的转变`)."""
    m = _METADATA.match(line)
    if m and "".join(m.group().split()).strip("【】：:") == "标题":
        return line[m.end() :].strip() or None
    return None


def is_dash_line(line: str) -> bool:
    """A `——` sub-title, attribution or list line."""
    return line.startswith(("—", "－－", "--"))


def is_salutation(line: str) -> bool:
    """`各位代表：`, `同志们：`: the address that opens a speech."""
    return len(line) <= 20 and line.endswith(("：", ":")) and any(w in line for w in _SALUTATION_WORDS)


def is_trailer(line: str) -> bool:
    """The start of trailing page matter: licence footers, editor lines, page furniture."""
    return fu.is_licence(line) or fu.is_furniture(line)


def is_appendix_heading(line: str) -> bool:
    """`附件1：…`, `名词解释`: the start of an appendix."""
    return len(line) <= MAX_HEADING_CHARS and bool(_APPENDIX.fullmatch(line.rstrip("：:")))


def is_title_line(line: str) -> bool:
    """Could a report's first line be its title (`…的影响`, `农村城镇化：县域经济发展的突破口`)?

    A short line that is not numbered, not a `key：value` line, not a salutation or
    `——` line, and has no sentence end outside brackets (a title may carry a
    bracketed note: `…研究（注：…阶段性成果。）`).
    """
    bare = _BRACKETED.sub("", _RUBRIC.sub("", line))
    if (
        len(line) > MAX_TITLE_CHARS
        or len(_CJK.findall(bare)) < 2
        or _ends_open(bare)
        or _has_inner_ender(bare)
    ):
        return False
    if numbered_style(line) or is_dash_line(line) or bare.startswith(_LIST_LEAD) or is_salutation(line):
        return False
    return not (_METADATA_KEY.match(line) or _DATE.fullmatch(line) or fu.is_furniture(line))


def looks_like_title(line: str) -> bool:
    """Does a first line name a kind of document (`…政府工作报告`, `…实施方案`)?"""
    return bool(_TITLE_WORDS.search(line))

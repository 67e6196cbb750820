"""Property tests: the partition invariant of `parse_document` on arbitrary text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tiyao.core import TiyaoError, parse_document, split_sentences

_PIECES = st.sampled_from(
    [
        "经济",
        "发展",
        "改革",
        "增长5.2%",
        "1.5",
        "No.1",
        "2024年1月",
        "。",
        "！",
        "？",
        "!",
        "?",
        "；",
        ";",
        "，",
        "、",
        "：",
        "……",
        "“",
        "”",
        "‘",
        "’",
        "（",
        "）",
        "(",
        ")",
        "《",
        "》",
        "【",
        "】",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " ",
        "\u3000\u3000",
        "\u200d",
        "一、",
        "（一）",
        "(二)",
        "第一部分",
        "1.",
        "# ",
        "## ",
        "——",
        "一是",
        "各位代表：",
        "来源：",
        "本作品",
        "附件",
        "名词解释",
        "2",
        "http://a.b/?c=1!",
    ]
)
TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=60).map("".join)


def _squash(text: str) -> str:
    # Zero-width characters are not text anyone reads (a line of them only marks a split sentence).
    return re.sub(r"[\s\u200b\u200c\u200d\u2060\ufeff]", "", text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_no_text_lost_no_empty_sentence_order_kept(text: str) -> None:
    try:
        doc = parse_document(text)
    except TiyaoError:
        return
    rebuilt = "".join((sec.heading or "") + "".join(s.text for s in sec.sentences) for sec in doc.sections)
    assert _squash(rebuilt) == _squash(text)
    sentences = doc.sentences
    assert all(s.text.strip() == s.text and s.text for s in sentences)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert [s.line for s in sentences] == sorted(s.line for s in sentences)
    assert [sec.line for sec in doc.sections] == sorted(sec.line for sec in doc.sections)
    assert all(sec.heading or sec.title or sec.sentences for sec in doc.sections)


@settings(max_examples=300, deadline=None)
@given(TEXTS.map(lambda t: t.replace("\n", "").replace("\r", "")))
def test_split_sentences_keeps_every_character(line: str) -> None:
    pieces = split_sentences(line)
    assert all(p and p.strip() == p for p in pieces)
    assert _squash("".join(pieces)) == _squash(line)

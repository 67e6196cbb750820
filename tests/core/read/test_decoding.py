"""Decoding real report bytes: every supported encoding gives the same summary as UTF-8."""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable

import pytest
from support import SEED_000, SEED_002

from tiyao.core import DecodeError, decode, summarize
from tiyao.core.read.hanzi import common_share
from tiyao.core.score.traditional import is_traditional, to_simplified

TEXT = SEED_002.read_text(encoding="utf-8")

ENCODERS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 BOM": lambda t: t.encode("utf-8-sig"),
    "utf-16 LE BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16 BE BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16 LE no BOM, ASCII-heavy": lambda t: ("Report 2024\n" * 200 + t).encode("utf-16-le"),
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda t: t.replace("\n", "\r").encode("utf-8"),
}


@pytest.mark.parametrize("name", ENCODERS)
def test_every_encoding_decodes_to_the_same_text(name: str) -> None:
    text = decode(ENCODERS[name](TEXT))
    assert text.endswith(TEXT) and "\r" not in text and "\ufeff" not in text


def test_gb2312_report_is_detected() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    data = text.encode("gb2312", errors="replace")
    assert decode(data) == data.decode("gb2312")


def test_big5_traditional_report_keeps_its_sentences_and_scores_like_the_simplified_one() -> None:
    import opencc

    traditional = opencc.OpenCC("s2tw").convert(TEXT)
    decoded = decode(traditional.encode("big5"))
    assert decoded == traditional and is_traditional(decoded) and not is_traditional(TEXT)
    original, converted = summarize(TEXT), summarize(decoded)
    assert [p.text for p in converted.summary] == [traditional_sentence(p.text) for p in original.summary]
    assert [p.index for p in converted.summary] == [p.index for p in original.summary]
    assert all(p.text in traditional for p in converted.summary)


def traditional_sentence(simplified: str) -> str:
    import opencc

    return opencc.OpenCC("s2tw").convert(simplified)


def test_to_simplified_reverses_traditional_conversion() -> None:
    assert to_simplified("經濟發展與環境保護並重") == "经济发展与环境保护并重"


def test_encoding_override_wins_and_bad_override_names_the_option() -> None:
    data = TEXT.encode("gbk")
    assert decode(data, "gb18030") == TEXT
    with pytest.raises(DecodeError, match="--encoding"):
        decode(TEXT.encode("utf-8"), "ascii")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(data, "no-such-codec")


def test_mojibake_is_refused_with_a_hint_not_guessed() -> None:
    noise = bytes(random.Random(9).randrange(128, 256) for _ in range(5000))
    with pytest.raises(DecodeError, match="--encoding"):
        decode(noise)


def test_wrong_cjk_decodings_score_far_below_real_text() -> None:
    gbk = TEXT.encode("gbk")
    assert common_share(TEXT) > 0.9
    assert common_share(gbk.decode("big5", errors="replace")) < 0.3
    assert common_share(TEXT.encode("utf-8").decode("gb18030", errors="replace")) < 0.3


def test_invisible_characters_go_and_visible_text_stays() -> None:
    dirty = "\u3000\u3000" + TEXT.replace("。", "。\x00\u200b", 3).replace("\n", " \u3000\n")
    assert decode(dirty.encode("utf-8")) == TEXT
    assert [p.text for p in summarize(decode(dirty.encode("utf-8"))).summary] == [
        p.text for p in summarize(TEXT).summary
    ]
    assert decode("甲　乙。".encode()) == "甲　乙。"  # an inner full-width space is what the user sees


def test_shared_gbk_report_is_detected(shared_data) -> None:  # type: ignore[no-untyped-def]
    path = shared_data / "reports" / "fudan_C34-Economy0313_shenzhen.gbk.txt"
    data = path.read_bytes()
    assert decode(data) == decode(data.decode("gb18030").encode("utf-8"))


def test_a_line_of_zero_width_spaces_is_kept_as_one_others_go() -> None:
    # The parser reads such a line as "the sentence goes on past this break".
    assert decode("改\n\u200b\u200b\n革，甲\u200b乙。".encode()) == "改\n\u200b\n革，甲乙。"

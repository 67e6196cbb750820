"""Word segmentation with jieba, loaded on first use.

Importing jieba costs about half a second and `jieba.analyse` loads a large IDF
table, so neither happens at import time: `tiyao --help` must not pay for them.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from types import ModuleType

# A token worth scoring holds a CJK character, a letter or a digit.
_CONTENT = re.compile(r"[\u4e00-\u9fff\w]")


@cache
def _jieba() -> ModuleType:
    import jieba

    # jieba announces "Building prefix dict ..." on stderr at INFO level.
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """Segment text into content words (punctuation and whitespace dropped).

    Args:
        text: Any text.

    Returns:
        jieba's words in order, without tokens that hold no CJK character,
        letter or digit.
    """
    return [tok for tok in _jieba().lcut(text) if _CONTENT.search(tok)]


def extract_keywords(text: str, top: int) -> list[str]:
    """Top keywords of a text by jieba's TF-IDF.

    Args:
        text: The text to describe.
        top: How many keywords to return at most.

    Returns:
        Keywords, most characteristic first; ties keep their order of appearance.
    """
    _jieba()
    import jieba.analyse

    return list(jieba.analyse.extract_tags(text, topK=top))

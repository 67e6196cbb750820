"""Word segmentation and keywords with jieba, loaded on first use.

Importing jieba costs about half a second, so it happens on first use: `tiyao
--help` must not pay for it. `jieba.analyse` is never imported: its 270k-word IDF
table costs ~3 s and ~100 MB; `core/data/idf.txt` keeps its 44k common words.
Keywords are TF-IDF over that table with our stop-word list
(`core/data/stopwords.txt`); bare numbers (`2023`, `12.5`) are never keywords.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib.resources import files
from types import ModuleType

# A token worth scoring holds a CJK character, a letter or a digit.
_CONTENT = re.compile(r"[\u4e00-\u9fff\w]")
# Numbers, dates and percentages say nothing as keywords ("2023", "6.1%", "12月").
_NUMERIC = re.compile(r"^[\d.%％]+[年月日号个亿万元%]?$")


@cache
def _jieba() -> ModuleType:
    import jieba

    # jieba announces "Building prefix dict ..." on stderr at INFO level.
    jieba.setLogLevel(logging.WARNING)
    # Its cache goes to $TMPDIR/jieba.cache, which another user's file or a read-only TMPDIR
    # make unwritable: jieba then logs "Dump cache file failed." with a traceback on every
    # run. Keep the cache per user, and let a failure to write it cost only speed.
    jieba.dt.tmp_dir = _cache_dir()
    jieba.default_logger.addFilter(_quiet_cache_failure)
    jieba.initialize()
    return jieba


def _cache_dir() -> str | None:
    import os

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    directory = os.path.join(base, "tiyao")
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError:
        return None  # jieba's default, the temp directory
    return directory if os.access(directory, os.W_OK | os.X_OK) else None


def _quiet_cache_failure(record: logging.LogRecord) -> bool:
    return not str(record.msg).startswith("Dump cache file failed")


@cache
def stop_words() -> frozenset[str]:
    """The shipped stop-word list (`core/data/stopwords.txt`), comment lines skipped."""
    text = files("tiyao.core").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w for w in (line.strip() for line in text.splitlines()) if w and not w.startswith("#"))


@cache
def idf_table() -> tuple[Mapping[str, float], float]:
    """The compact IDF table (`core/data/idf.txt`, derived from jieba's by bench/idf_table.py).

    Returns:
        `(idf, rare)`: word -> IDF for the ~44k common words, and the IDF to use
        for every other word. It loads in a fraction of the time and memory of
        `jieba.analyse`'s 270k-word table.
    """
    idf: dict[str, float] = {}
    rare = 0.0
    text = files("tiyao.core").joinpath("data/idf.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        value, _, words = line.partition("\t")
        if value == "# rare":
            rare = float(words)
        elif not value.startswith("#"):
            weight = float(value)
            idf.update(dict.fromkeys(words.split(" "), weight))
    return idf, rare


def tokenize(text: str) -> list[str]:
    """Segment text into content words (punctuation and whitespace dropped).

    Args:
        text: Any text.

    Returns:
        jieba's words in order, without tokens that hold no CJK character,
        letter or digit.
    """
    return list(filter(_is_content, _jieba().cut(text)))


# Memoized (a dict lookup is cheaper than a regex search per token); bounded.
@lru_cache(maxsize=1 << 16)
def _is_content(token: str) -> bool:
    return _CONTENT.search(token) is not None


# Memoized: every token of a report is asked once for scoring and once per section;
# bounded so that a corpus of unseen words cannot grow it without limit.
@lru_cache(maxsize=1 << 16)
def is_keyword_candidate(word: str) -> bool:
    """Whether a word may be a keyword: two characters or more, not a stop word, not a number."""
    return len(word) >= 2 and word not in stop_words() and not _NUMERIC.match(word)


def keyword_weights(token_lists: Iterable[Iterable[str]]) -> dict[str, float]:
    """TF-IDF weight of every keyword candidate in some tokenized text.

    Args:
        token_lists: Words of each sentence.

    Returns:
        Word -> term frequency times jieba's IDF (median IDF for unknown words),
        in order of first appearance.
    """
    idf, median = idf_table()
    # Counter keeps first-appearance order, which `top_keywords` breaks ties by.
    counts = Counter(tok for tokens in token_lists for tok in tokens if is_keyword_candidate(tok))
    return {w: c * idf.get(w, median) for w, c in counts.items()}


def top_keywords(weights: Mapping[str, float], top: int) -> list[str]:
    """The `top` heaviest words; ties go to the word that appears first.

    Args:
        weights: Word -> weight, in order of first appearance.
        top: How many to return at most.

    Returns:
        Keywords, heaviest first.
    """
    import heapq

    # Equivalent to a stable sort's first `top`: equal weights keep their order of appearance.
    return heapq.nsmallest(top, weights, key=lambda w: -weights[w])


def extract_keywords(text: str, top: int) -> list[str]:
    """Top keywords of a text by TF-IDF, without stop words or numbers.

    Args:
        text: The text to describe.
        top: How many keywords to return at most.

    Returns:
        Keywords, most characteristic first; ties keep their order of appearance.
    """
    return top_keywords(keyword_weights([tokenize(text)]), top)

"""Words: one cutter interface, stop words and TF-IDF keywords.

`cut` is the one way text becomes words. rjieba (jieba-rs in Rust) serves by
default; jieba, the reference, serves when rjieba cannot be imported (`cutter_notice`
says so, once) or when `TIYAO_CUTTER=jieba`. Both give the same words, with the
shipped policy lexicon and the user's dictionary (`use_lexicon`) applied to either
(core/score/cutters.py lists the one difference and how it is undone).

The cutter and the lexicon are per-process state: a dictionary is loaded once, not
once per sentence. Workers of a batch receive the lexicon of the process that starts them.

`jieba.analyse` is never imported: its 270k-word IDF table costs ~3 s and ~100 MB;
`core/data/idf.txt` keeps its 44k common words. Keywords are TF-IDF over that table
with our stop-word list (`core/data/stopwords.txt`, plus the user's); bare numbers
(`2023`, `12.5`) are never keywords.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib.resources import files

from .cutters import Cut, load_jieba, load_rjieba
from .lexicon import Lexicon, shipped_entries

CUTTERS = ("rjieba", "jieba")
# Set to `jieba` to cut with the reference implementation.
CUTTER_ENV = "TIYAO_CUTTER"
_lexicon = Lexicon()

# A token worth scoring holds a CJK character, a letter or a digit.
_CONTENT = re.compile(r"[\u4e00-\u9fff\w]")
# Numbers, dates and percentages say nothing as keywords ("2023", "6.1%", "12月").
_NUMERIC = re.compile(r"^[\d.%％]+[年月日号个亿万元%]?$")


def use_lexicon(lexicon: Lexicon) -> None:
    """Make this process cut with the user's words and drop the user's stop words too.

    Args:
        lexicon: From `read_lexicon`; `Lexicon()` goes back to the shipped vocabulary.
    """
    global _lexicon
    if lexicon != _lexicon:
        _lexicon = lexicon
        for cached in (_active, stop_words, is_keyword_candidate):
            cached.cache_clear()


def current_lexicon() -> Lexicon:
    """The lexicon `use_lexicon` set in this process (what batch workers are given)."""
    return _lexicon


@lru_cache(maxsize=4)
def _load(name: str, lexicon: Lexicon) -> Cut:
    entries = shipped_entries() + lexicon.words
    return load_jieba(entries) if name == "jieba" else load_rjieba(entries)


@cache
def _active() -> tuple[str, Cut, str | None]:
    if os.environ.get(CUTTER_ENV, "").strip().lower() != "jieba":
        try:
            return "rjieba", _load("rjieba", _lexicon), None
        except ImportError as exc:
            notice = f"rjieba cannot be imported ({exc}); cutting words with jieba: same words, slower"
            return "jieba", _load("jieba", _lexicon), notice
    return "jieba", _load("jieba", _lexicon), None


def cutter_name() -> str:
    """Which cutter serves in this process: `rjieba`, or `jieba` (fallback or `TIYAO_CUTTER=jieba`)."""
    return _active()[0]


def cutter_notice() -> str | None:
    """One line to show the user when rjieba could not be imported and jieba serves instead."""
    return _active()[2]


def cut(text: str, cutter: str | None = None) -> list[str]:
    """Cut text into words as jieba does (punctuation and spaces included).

    Args:
        text: Any text.
        cutter: `rjieba` or `jieba` to choose one (tests, benchmarks); None for the serving one.

    Returns:
        The words in order; joined, they give back `text`.
    """
    if cutter is None:
        return _active()[1](text)
    return _load(cutter, _lexicon)(text)


@cache
def stop_words() -> frozenset[str]:
    """The shipped stop-word list (`core/data/stopwords.txt`) and the user's, comment lines skipped."""
    text = files("tiyao.core").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    shipped = (w for w in (line.strip() for line in text.splitlines()) if w and not w.startswith("#"))
    return frozenset(shipped) | _lexicon.stopwords


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
        The words in order, without tokens that hold no CJK character, letter
        or digit. Equal words are one string object, so that the token lists of
        a long report cost a pointer per word, not a string per word.
    """
    words = _active()[1](text)
    # One dict lookup per word (its interned self, or "" for punctuation), in C;
    # a sentence holding an unseen word goes through `_content_word` once.
    found = list(map(_content.get, words))
    if None in found:
        found = list(map(_content_word, words))
    return list(filter(None, found))


# Word -> the word interned if it holds content, "" if not. Bounded: cleared when full.
_content: dict[str, str] = {}
_MEMO_SIZE = 1 << 17


def _content_word(token: str) -> str:
    word = _content.get(token)
    if word is None:
        if len(_content) >= _MEMO_SIZE:
            _content.clear()
        word = _content[token] = sys.intern(token) if _CONTENT.search(token) else ""
    return word


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
    # The pipeline's section keywords come from token ids (score/vocab.py); this serves
    # `extract_keywords` and is the reference those ids are tested against.
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
    # A stable sort (reverse=True keeps it stable): equal weights keep their order of
    # appearance. Sorting in C with a C key beats a heap walked in Python.
    return sorted(weights, key=weights.__getitem__, reverse=True)[:top]


def extract_keywords(text: str, top: int) -> list[str]:
    """Top keywords of a text by TF-IDF, without stop words or numbers.

    Args:
        text: The text to describe.
        top: How many keywords to return at most.

    Returns:
        Keywords, most characteristic first; ties keep their order of appearance.
    """
    return top_keywords(keyword_weights([tokenize(text)]), top)

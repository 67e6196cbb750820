"""The two word cutters behind `tokens.cut`: rjieba (the default) and jieba (the reference).

rjieba binds jieba-rs, a Rust port of jieba with the same dictionary and the same
DAG + HMM algorithm: on the government reports it cut 14x faster than `jieba.lcut`
and loaded its dictionary in 0.14 s instead of jieba's 0.6-1.8 s. Its words equal
jieba's but for one class (bench/cutters.py lists every difference over the reports,
the seeds and both dev sets): a run of ASCII letters and digits joined by `. - + # &
_ %` (`2022-2024`, `0.7pct`, `2.0L`, `13.EFlops`) that is not a dictionary word is
one token in jieba-rs, while jieba splits it with its HMM module's pattern (`2022`
`-` `2024`). `_jieba_ascii` applies that split to rjieba's tokens, so both cutters
give the same words: `2022-2024` would otherwise become a keyword, a bare number
never is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from .alternation import alternation

Cut = Callable[[str], list[str]]
# (word, frequency or None, part-of-speech tag or None), as in jieba's user dictionaries.
Entry = tuple[str, int | None, str | None]

# jieba/finalseg/__init__.py `re_skip`: how jieba splits an ASCII run it cannot look up.
_JIEBA_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# The characters jieba.cut keeps inside one block with letters and digits (`re_han_default`).
_ASCII_RUN = re.compile(r"[a-zA-Z0-9+#&._%-]+")
# A text where rjieba may join what jieba splits: ASCII punctuation or a decimal touching a letter.
_MAY_DIFFER = alternation(r"[a-zA-Z0-9][+#&._%-]|[+#&._%-][a-zA-Z0-9]|\d\.\d+[a-zA-Z]")
# rjieba's module-level instance is built on import; the first lexicon reuses it.
_default_taken = False


def load_rjieba(entries: Sequence[Entry]) -> Cut:
    """An rjieba cutter with `entries` added to its dictionary.

    Raises:
        ImportError: rjieba is not installed or has no build for this platform.
    """
    global _default_taken
    import rjieba

    # Building a second dictionary costs another 0.14 s and ~30 MB: reuse the one the
    # import built unless an earlier lexicon already changed it (tests switch lexicons).
    instance: Any = rjieba.Jieba() if _default_taken else rjieba._DEFAULT_JIEBA
    _default_taken = True
    for word, freq, tag in entries:
        instance.add_word(word, freq, tag)
    raw = instance.cut
    has_word = instance.has_word

    @lru_cache(maxsize=1 << 14)
    def pieces(token: str) -> tuple[str, ...] | None:
        if token.isalnum() or not _ASCII_RUN.fullmatch(token) or has_word(token):
            return None
        return tuple(p for p in _JIEBA_SKIP.split(token) if p)

    def cut(text: str) -> list[str]:
        words: list[str] = raw(text)
        if not _MAY_DIFFER.search(text):
            return words
        out: list[str] = []
        for word in words:
            split = pieces(word) if len(word) > 1 else None
            if split is None:
                out.append(word)
            else:
                out.extend(split)
        return out

    return cut


def load_jieba(entries: Sequence[Entry]) -> Cut:
    """A jieba cutter (its own `Tokenizer`, so lexicons never leak between cutters)."""
    import logging

    import jieba

    # jieba announces "Building prefix dict ..." on stderr at INFO level.
    jieba.setLogLevel(logging.WARNING)
    # Its cache goes to $TMPDIR/jieba.cache, which another user's file or a read-only TMPDIR
    # make unwritable: jieba then logs "Dump cache file failed." with a traceback on every
    # run. Keep the cache per user, and let a failure to write it cost only speed.
    jieba.default_logger.addFilter(_quiet_cache_failure)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = _cache_dir()
    tokenizer.initialize()
    for word, freq, tag in entries:
        tokenizer.add_word(word, freq, tag)
    return tokenizer.lcut  # type: ignore[no-any-return]


def _cache_dir() -> str | None:
    import os

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    directory = os.path.join(base, "tiyao")
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError:
        return None  # jieba's default, the temp directory
    return directory if os.access(directory, os.W_OK | os.X_OK) else None


def _quiet_cache_failure(record: Any) -> bool:
    return not str(record.msg).startswith("Dump cache file failed")

"""User dictionaries and stop-word lists: parsed, checked line by line, shipped defaults.

A user dictionary has jieba's format (`jieba.load_userdict`): one `word [freq] [tag]`
per line, fields separated by spaces, e.g. `新质生产力 20 n`, `两个结合`, `数智化 nz`.
Lines that start with `#` are comments. The same words go to whichever cutter serves
(rjieba or jieba), so both keep them whole. The shipped policy lexicon
(`core/data/lexicon.txt`, written by `scripts/policy_lexicon.py`) is always in use.

A stop-word file has one word per line; its words join the shipped list
(`core/data/stopwords.txt`) and are never keywords nor count for sentence similarity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from ..errors import TiyaoError

# (word, frequency or None, part-of-speech tag or None)
Entry = tuple[str, int | None, str | None]
# What jieba.cut keeps in one block (`re_han_default`): a word with any other character
# (a space, `，`, `“`) could never be matched, so a line holding one is a mistake.
_WORD = re.compile(r"[\u4e00-\u9fd5a-zA-Z0-9+#&._%-]+")
_TAG = re.compile(r"[a-zA-Z]+")
# Past this, jieba's log-probabilities lose nothing but the file is surely not a dictionary.
_MAX_FREQ = 10**9


class LexiconError(TiyaoError):
    """A user dictionary or stop-word file cannot be read or has a malformed line."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What a user adds to the shipped vocabulary.

    Attributes:
        words: User-dictionary entries, in file order.
        stopwords: Extra stop words.
    """

    words: tuple[Entry, ...] = ()
    stopwords: frozenset[str] = frozenset()


def _entry(line: str) -> Entry:
    fields = line.split()
    word, rest = fields[0], fields[1:]
    if not _WORD.fullmatch(word):
        raise ValueError(f"{word!r} holds a character jieba never puts inside a word")
    freq: int | None = None
    tag: str | None = None
    if rest and rest[0].isdigit():
        freq = int(rest.pop(0))
        if not 0 < freq <= _MAX_FREQ:
            raise ValueError(f"frequency {freq} is not between 1 and {_MAX_FREQ}")
    if rest and _TAG.fullmatch(rest[0]):
        tag = rest.pop(0)
    if rest:
        raise ValueError(f"cannot read {' '.join(rest)!r}: expected `word [freq] [tag]`")
    return word, freq, tag


def _lines(data: bytes, source: str) -> list[str]:
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LexiconError(f"{source}: line {line}: not UTF-8; save the file as UTF-8") from None


def parse_user_dict(data: bytes, source: str) -> tuple[Entry, ...]:
    """Read a user dictionary in jieba's `word [freq] [tag]` format.

    Args:
        data: The file's bytes (UTF-8, an optional BOM).
        source: The file's name, for messages.

    Returns:
        The entries in file order; blank and `#` lines skipped.

    Raises:
        LexiconError: A line is malformed; the message names the line.
    """
    entries = []
    for number, line in enumerate(_lines(data, source), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entries.append(_entry(line))
        except ValueError as exc:
            raise LexiconError(f"{source}: line {number}: {exc}") from None
    return tuple(entries)


def parse_stopwords(data: bytes, source: str) -> frozenset[str]:
    """Read a stop-word list: one word per line, blank and `#` lines skipped.

    Raises:
        LexiconError: A line holds more than one word; the message names the line.
    """
    words = set()
    for number, line in enumerate(_lines(data, source), 1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if len(word.split()) > 1:
            raise LexiconError(f"{source}: line {number}: {word!r} is not one word (one stop word per line)")
        words.add(word)
    return frozenset(words)


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise LexiconError(f"{what} {path}: cannot read ({exc.strerror or exc})") from None


def read_lexicon(user_dict: str | None = None, stopwords: str | None = None) -> Lexicon:
    """Read a user dictionary and a stop-word file, either of them optional.

    Args:
        user_dict: Path of a jieba-format dictionary.
        stopwords: Path of a stop-word list.

    Returns:
        The lexicon to pass to `use_lexicon`.

    Raises:
        LexiconError: A file is missing, unreadable, not UTF-8 or has a malformed line.
    """
    words = parse_user_dict(_read(user_dict, "user dictionary"), user_dict) if user_dict else ()
    stops = parse_stopwords(_read(stopwords, "stop-word file"), stopwords) if stopwords else frozenset()
    return Lexicon(words, stops)


@cache
def shipped_entries() -> tuple[Entry, ...]:
    """The policy lexicon every run uses (`core/data/lexicon.txt`)."""
    data = files("tiyao.core").joinpath("data/lexicon.txt").read_bytes()
    return parse_user_dict(data, "core/data/lexicon.txt")

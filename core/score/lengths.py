"""How much of a sentence is text: its characters, its hanzi and its runs of ASCII words.

`char_counts` gives, for every sentence of a document at once, the numbers the length
features are made of (score/features.py): `len(text)`, the matches of `[\u4e00-\u9fff]`
and those of `[A-Za-z0-9]+`, in a few numpy passes over the document's code points,
instead of a regex (and a list of one-character strings) per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Texts per numpy pass: bounds the temporary arrays (~30 bytes per character) of a long report.
_CHUNK = 1 << 14


def char_counts(texts: Sequence[str]) -> tuple[Any, Any, Any]:
    """Per text: its length, its hanzi (U+4E00..U+9FFF) and its runs of ASCII letters and digits.

    Args:
        texts: Sentences.

    Returns:
        `(chars, hanzi, words)`: three int64 arrays, one count per text; `5G网络` gives
        4, 2 and 1.
    """
    import numpy as np

    counts = np.zeros((3, len(texts)), dtype=np.int64)
    for lo in range(0, len(texts), _CHUNK):
        part = texts[lo : lo + _CHUNK]
        counts[:, lo : lo + len(part)] = _counts(part)
    return counts[0], counts[1], counts[2]


def _counts(texts: Sequence[str]) -> Any:
    import numpy as np

    sizes = np.fromiter(map(len, texts), np.int64, len(texts))
    starts = np.cumsum(sizes) - sizes
    # surrogatepass: a lone surrogate is one code point, as it is one character to `re`.
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
    hanzi = (codes >= 0x4E00) & (codes <= 0x9FFF)
    word = (
        ((codes >= ord("0")) & (codes <= ord("9")))
        | ((codes >= ord("A")) & (codes <= ord("Z")))
        | ((codes >= ord("a")) & (codes <= ord("z")))
    )
    # A run of letters and digits counts once, where it starts: after a non-word
    # character, or at the start of its text (a run never goes on into the next text).
    run_start = word.copy()
    run_start[1:] &= ~word[:-1]
    first = starts[sizes > 0]
    run_start[first] = word[first]
    return sizes, _per_text(hanzi, starts, sizes), _per_text(run_start, starts, sizes)


def _per_text(marks: Any, starts: Any, sizes: Any) -> Any:
    import numpy as np

    total = np.zeros(len(marks) + 1, dtype=np.int64)
    np.cumsum(marks, out=total[1:])
    return total[starts + sizes] - total[starts]

"""Regenerate core/data/common_hanzi.txt: python scripts/common_hanzi.py > core/data/common_hanzi.txt

The most frequent Chinese characters, by jieba's dictionary counts (each word's
count credited to its characters), then, after a blank line, the Traditional forms
of those (OpenCC s2t and s2tw) that are not themselves among them. Decoding uses
the sets to tell real text from mojibake: in real Chinese most characters are
among these, in a wrong decoding few are; the second set also tells Traditional
from Simplified.
"""

from __future__ import annotations

import collections
import importlib.resources

import opencc  # noqa: TID253 (a script, not the library)

TOP = 1500


def main() -> None:
    counts: collections.Counter[str] = collections.Counter()
    dictionary = importlib.resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    for line in dictionary.splitlines():
        word, freq, *_ = line.split()
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                counts[ch] += int(freq)
    simplified = [ch for ch, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]]
    traditional: dict[str, None] = {}
    for config in ("s2t", "s2tw"):
        converted = opencc.OpenCC(config).convert("".join(simplified))
        traditional.update(dict.fromkeys(ch for ch in converted if ch not in simplified))
    for block in ("".join(simplified), "".join(traditional)):
        for start in range(0, len(block), 50):
            print(block[start : start + 50])
        print()


if __name__ == "__main__":
    main()

"""Regenerate core/data/idf.txt, tiyao's compact IDF table, from jieba's own.

    python bench/idf_table.py

`jieba.analyse` loads a 270k-word IDF table (~100 MB of Python objects, ~3 s).
tiyao keeps only the words whose IDF is below `MAX_IDF` (the common ~16%, the
ones whose weight differs from "rare"), rounded to 0.1 and grouped by value;
every other word gets `RARE_IDF` (the median IDF of the dropped words). jieba
is MIT-licensed; the derived table keeps its values.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from pathlib import Path

MAX_IDF = 10.0
OUT = Path(__file__).resolve().parents[1] / "core" / "data" / "idf.txt"


def main() -> None:
    import jieba.analyse

    source = Path(jieba.analyse.__file__).parent / "idf.txt"
    groups: dict[float, list[str]] = defaultdict(list)
    rare: list[float] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        word, value = line.rsplit(" ", 1)
        idf = float(value)
        if idf < MAX_IDF and " " not in word:
            groups[round(idf, 1)].append(word)
        else:
            rare.append(idf)
    lines = [
        "# Compact IDF derived from jieba's idf.txt (MIT) by bench/idf_table.py: IDF<TAB>words.",
        f"# rare\t{statistics.median(rare):.1f}",
    ]
    lines += [f"{idf:.1f}\t{' '.join(sorted(set(words)))}" for idf, words in sorted(groups.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(w) for w in groups.values())} words, {OUT.stat().st_size} bytes -> {OUT}")


if __name__ == "__main__":
    main()

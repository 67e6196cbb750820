"""Bench (1) and (5a): one seed, whole process, against the jieba floor.

    python bench/seed.py [--repeat 5] [SEED]

The floor is a Python process that imports jieba and jieba.analyse, cuts the seed
with jieba.lcut and calls jieba.analyse.extract_tags(text, 5): the least any
jieba-based summarizer pays. Targets: time <= 0.6x, peak RSS <= 0.6x.
"""

from __future__ import annotations

import argparse

from _measure import ROOT, TIYAO, floor_script, median_runs, verdict


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", nargs="?", default=str(ROOT / "seeds" / "000_a4df69430f90165f.txt"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    floor = floor_script(
        "import jieba.analyse\n"
        f"text = open({args.seed!r}, encoding='utf-8').read()\n"
        "jieba.lcut(text)\njieba.analyse.extract_tags(text, 5)\n"
    )
    commands = {"floor": floor, "tiyao": [*TIYAO, "summarize", args.seed, "-f", "json"]}
    result = median_runs(commands, args.repeat)
    (ft, fr), (tt, tr) = result["floor"], result["tiyao"]
    print(f"seed {args.seed}, median of {args.repeat} runs")
    print(f"  jieba floor : {ft:6.2f} s  {fr:6.1f} MB")
    print(f"  tiyao       : {tt:6.2f} s  {tr:6.1f} MB")
    print(f"  time ratio  : {verdict(tt / ft, 0.6)}")
    print(f"  RSS ratio   : {verdict(tr / fr, 0.6)}")


if __name__ == "__main__":
    main()

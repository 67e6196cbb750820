"""Write core/data/lexicon.txt: policy terms the cutter must keep whole, found in the reports.

    python scripts/policy_lexicon.py [--reports ../shared/data/reports] [--print]

jieba's dictionary predates most current policy vocabulary: it cuts 新质生产力 into
新质 + 生产力 and 两个结合 into 两个 + 结合, so neither can be a keyword. Two sources of
candidates, both counted over the government reports (one vote per report):

1. Quoted phrases: “…” holding 3-8 Chinese characters and nothing else, that the
   plain cutter splits into two or more words (`“两个确立”`, `“两个结合”`, `“放管服”`):
   reports quote a slogan when they coin or cite it.
2. Keyword runs: two adjacent words of two characters or more, neither a stop word
   (but `发展`), 4-7 characters joined, in >= 4 reports, used >= 3 times per report
   where it appears (licence footers and one-off phrases appear once), and accounting
   for >= 60% of the rarer word's uses (`高质量` + `发展`, `新质` + `生产力`; not
   `经济` + `增长`, whose parts mostly appear apart).

Terms jieba already knows are left out. Each line is a bare word (jieba then suggests
the frequency that keeps it whole). The thresholds were set by reading the output on the
17 reports in ../shared/data/reports and the seeds; rerun after adding reports and review the diff.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from tiyao.core import decode
from tiyao.core.score.cutters import load_rjieba
from tiyao.core.score.tokens import stop_words

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT.parent / "shared" / "data" / "reports"
SEEDS = ROOT / "seeds"
OUT = ROOT / "core" / "data" / "lexicon.txt"
_QUOTED = re.compile(r"“([\u4e00-\u9fff]{3,8})”")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
MIN_QUOTED_REPORTS = 1
MIN_RUN_REPORTS = 4
MIN_USES_PER_REPORT = 3
MIN_COHESION = 0.6
RUN_CHARS = (4, 7)
# A stop word for keywords, but the head of many a policy term (高质量发展, 创新驱动发展).
RUN_HEADS = {"发展"}
HEADER = (
    "# The policy lexicon: words every run keeps whole (jieba user-dictionary format,\n"
    "# `word [freq] [tag]`). Written by scripts/policy_lexicon.py; do not edit by hand.\n"
)


def _runs(words: list[str]) -> list[tuple[str, str]]:
    stops = stop_words() - RUN_HEADS
    pairs = zip(words, words[1:], strict=False)
    return [
        (a, b)
        for a, b in pairs
        if len(a) > 1 and len(b) > 1 and a not in stops and b not in stops
        if RUN_CHARS[0] <= len(a) + len(b) <= RUN_CHARS[1]
    ]


def find_terms(texts: list[str]) -> list[str]:
    """Policy terms in `texts` that the plain cutter splits, in order of reports holding them."""
    cut = load_rjieba(())
    quoted: Counter[str] = Counter()
    words: Counter[str] = Counter()
    uses: Counter[tuple[str, str]] = Counter()
    reports: Counter[tuple[str, str]] = Counter()
    for text in texts:
        quoted.update({q for q in _QUOTED.findall(text) if len(cut(q)) > 1})
        seen: set[tuple[str, str]] = set()
        for piece in _HAN.findall(text):
            piece_words = cut(piece)
            words.update(piece_words)
            runs = _runs(piece_words)
            uses.update(runs)
            seen.update(runs)
        reports.update(seen)
    terms = {q: n for q, n in quoted.items() if n >= MIN_QUOTED_REPORTS}
    for (a, b), n in reports.items():
        if n >= MIN_RUN_REPORTS and uses[a, b] >= MIN_USES_PER_REPORT * n:
            if uses[a, b] >= MIN_COHESION * min(words[a], words[b]):
                terms[a + b] = max(terms.get(a + b, 0), n)
    return sorted(terms, key=lambda t: (-terms[t], t))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=Path, default=REPORTS)
    parser.add_argument("--print", action="store_true", help="print the terms instead of writing the file")
    args = parser.parse_args()
    paths = sorted(args.reports.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    texts = [decode(p.read_bytes()) for p in paths]
    terms = find_terms(texts)
    if args.print:
        print("\n".join(terms))
        return
    OUT.write_text(HEADER + "".join(f"{t}\n" for t in terms), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(terms)} terms from {len(texts)} reports")


if __name__ == "__main__":
    main()

"""Heading precision/recall of `parse_document` on the labelled files in tests/data/headings/.

Run: python tests/segmentation_eval.py   (prints one row per file and level)

A predicted heading counts as correct when its level, line and title (whitespace
and end punctuation ignored) all match a labelled one. Appendix sections are not
scored: the labels list body headings only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from support import ROOT, SEEDS, SHARED_DATA

from tiyao.core import SectionKind, parse_document

LABELS = ROOT / "tests" / "data" / "headings"
REPORTS = ROOT / "tests" / "data" / "reports"
LEVELS = (1, 2)


@dataclass(frozen=True)
class Score:
    name: str
    level: int
    expected: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else float(self.expected == 0)

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else float(self.predicted == 0)


def source_of(name: str) -> Path | None:
    """Where the text of a labelled file is; None when it is not beside this clone."""
    for path in (SEEDS / f"{name}.txt", REPORTS / f"{name}.txt", SHARED_DATA / "reports" / f"{name}.gbk.txt"):
        if path.is_file():
            return path
    return None


def read_text(path: Path) -> str:
    data = path.read_bytes()
    # The Fudan corpus file is GBK; decoding it is tiyao's job elsewhere (issue 9).
    return data.decode("gb18030" if path.name.endswith(".gbk.txt") else "utf-8")


def _norm(title: str) -> str:
    return re.sub(r"\s", "", title).rstrip("。！？!?")


def load_labels(name: str) -> set[tuple[int, int, str]]:
    rows = set()
    for raw in (LABELS / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            level, line, title = raw.split("\t")
            rows.add((int(level), int(line), _norm(title)))
    return rows


def predict(text: str) -> set[tuple[int, int, str]]:
    doc = parse_document(text)
    return {
        (s.level, s.line, _norm(s.title))
        for s in doc.sections
        if s.title is not None and s.kind is SectionKind.body and s.level in LEVELS
    }


def score_file(name: str, text: str) -> list[Score]:
    expected, predicted = load_labels(name), predict(text)
    return [
        Score(
            name,
            level,
            sum(1 for e in expected if e[0] == level),
            sum(1 for p in predicted if p[0] == level),
            len({e for e in expected if e[0] == level} & predicted),
        )
        for level in LEVELS
    ]


def labelled_names() -> list[str]:
    return sorted(p.stem for p in LABELS.glob("*.tsv"))


def main() -> None:
    print(f"{'file':40} {'level':>5} {'expected':>8} {'found':>6} {'P':>6} {'R':>6}")
    for name in labelled_names():
        path = source_of(name)
        if path is None:
            print(f"{name:40} (text not found; skipped)")
            continue
        for s in score_file(name, read_text(path)):
            counts = f"{s.level:>5} {s.expected:>8} {s.predicted:>6}"
            print(f"{name:40} {counts} {s.precision:>6.2f} {s.recall:>6.2f}")


if __name__ == "__main__":
    main()

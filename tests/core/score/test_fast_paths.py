"""Speed-only rewrites give exactly what the plain code they replace gives, on real text.

Each fast path is compared with the straightforward form it stands for (a regex count,
`re.compile`, scipy's sparse product) over the reports in tests/data/reports/ and the seeds.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import ROOT, SEEDS

from tiyao.core.read.readers import parse_read_document, read_document
from tiyao.core.score.alternation import _branches, alternation, source_of
from tiyao.core.score.cutters import _MAY_DIFFER
from tiyao.core.score.features import _BOILERPLATE, sentence_features
from tiyao.core.score.figures import count_figures, extract_figures
from tiyao.core.score.genre import _MARKERS
from tiyao.core.score.lengths import char_counts
from tiyao.core.score.selection import _pool_cosines
from tiyao.core.score.tokens import tokenize

_PATHS = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt")) + sorted(SEEDS.glob("*.txt"))


def _sentences(path: Path) -> list[str]:
    doc = parse_read_document(read_document(path.read_bytes(), str(path)))
    return [s.text for s in doc.sentences]


SENTENCES = {p.name: _sentences(p) for p in _PATHS}


def test_char_counts_equal_the_regex_counts() -> None:
    hanzi, words = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z0-9]+")
    edge = ["", "5G网络", "ab", "", "a", "b1 c", "\ud800字", "Ｚ５é", "x"]
    for texts in [*SENTENCES.values(), edge]:
        chars, han, runs = (c.tolist() for c in char_counts(texts))
        assert chars == [len(t) for t in texts]
        assert han == [len(hanzi.findall(t)) for t in texts]
        assert runs == [len(words.findall(t)) for t in texts]


def test_count_figures_is_the_number_of_figures() -> None:
    counts = [count_figures(t) for texts in SENTENCES.values() for t in texts]
    assert counts == [len(extract_figures(t)) for texts in SENTENCES.values() for t in texts]
    assert sum(counts) > 1000  # the work reports are full of figures


@pytest.mark.parametrize("fast", [_BOILERPLATE, _MAY_DIFFER, *_MARKERS.values()], ids=str)
def test_the_rewritten_patterns_match_where_their_sources_do(fast: re.Pattern[str]) -> None:
    plain = re.compile(source_of(fast))
    for path in _PATHS:
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alternation_matches_where_re_does() -> None:
    pattern = r"[Ee]PS|\d\dE|[|]x|\||[-a]b|[]c]d|[e-]f|估值"
    text = "EPS 2024E ePS |x | -b ab ]d cd ef -f 估值 " * 3
    plain, fast = re.compile(pattern), alternation(pattern)
    assert fast.pattern != pattern and source_of(fast) == pattern
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(fast.findall(text)) == 3 * 12


def test_alternation_rewrites_only_what_it_can() -> None:
    assert alternation(r"[Ee]PS|估值").pattern == r"[Ee估](?:(?<=[Ee])PS|(?<=估)值)"
    for pattern in (r"估值|评级", r"\d{2}E|PE", r"[^a]b|c", r"\bPE|EPS"):
        assert alternation(pattern).pattern == pattern  # plain already, or a head it cannot take apart
    assert _branches(r"a|[|]|(c|d)|\||[]|]") == ["a", "[|]", "(c|d)", r"\|", "[]|]"]


def test_section_cosines_equal_scipys_product_bit_for_bit() -> None:
    import numpy as np

    for texts in SENTENCES.values():
        _, vectors = sentence_features(texts, [tokenize(t) for t in texts], [False] * len(texts))
        for lo in range(0, len(texts), 37):
            pool = list(range(lo, min(lo + 37, len(texts)))) + [0]
            rows = vectors[pool]
            assert np.array_equal(_pool_cosines(vectors, pool), (rows @ rows.T).toarray())

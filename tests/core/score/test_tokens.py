"""The word cutters: rjieba serves, jieba is the reference, and both give the same words.

Every report in tests/data/reports/ and ../shared/data/reports/ (when present) and every
seed is cut with both. The one class of raw difference (an ASCII run joined by `.`/`-`/
`+`/`#`/`&`/`_`/`%`: one token in rjieba, split by jieba) is checked to be the only one,
and `cut` undoes it, so the words compared are identical.
"""

from __future__ import annotations

import difflib
import functools
import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, SEEDS, SHARED_DATA

from tiyao.core import decode
from tiyao.core.score.lexicon import Lexicon
from tiyao.core.score.tokens import (
    current_lexicon,
    cut,
    cutter_name,
    extract_keywords,
    stop_words,
    tokenize,
    use_lexicon,
)

rjieba = pytest.importorskip("rjieba", reason="rjieba has no build for this platform")

_OWN = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
_SHARED = sorted((SHARED_DATA / "reports").glob("*.txt")) if SHARED_DATA.is_dir() else []
# jieba/finalseg `re_skip`: how jieba splits an ASCII run that is not a dictionary word.
_JIEBA_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_ASCII_RUN = re.compile(r"[a-zA-Z0-9+#&._%-]+")


@pytest.fixture(autouse=True)
def _shipped_lexicon():
    use_lexicon(Lexicon())
    yield
    use_lexicon(Lexicon())


def _texts(paths: list[Path]) -> list[tuple[str, str]]:
    return [(p.name, decode(p.read_bytes())) for p in paths]


@functools.cache
def _plain_cutters():
    # without the policy lexicon: raw rjieba against a jieba that has none either
    from tiyao.core.score.cutters import load_jieba

    return load_jieba(()), rjieba.Jieba().cut


def _raw_differences(text: str) -> list[tuple[list[str], list[str]]]:
    plain_jieba, raw_rjieba = _plain_cutters()
    plain, ours = plain_jieba(text), raw_rjieba(text)
    assert "".join(ours) == "".join(plain) == text
    matcher = difflib.SequenceMatcher(None, plain, ours, autojunk=False)
    return [(plain[a:b], ours[c:d]) for op, a, b, c, d in matcher.get_opcodes() if op != "equal"]


@pytest.mark.parametrize("name,text", _texts(_OWN), ids=[p.name for p in _OWN])
def test_both_cutters_give_the_same_words(name: str, text: str) -> None:
    assert cut(text, "rjieba") == cut(text, "jieba")


@pytest.mark.skipif(not _SHARED, reason="../shared/data/reports is not beside this clone (CI has it)")
def test_both_cutters_give_the_same_words_on_every_shared_report() -> None:
    differing = [name for name, text in _texts(_SHARED) if cut(text, "rjieba") != cut(text, "jieba")]
    assert differing == []


def test_the_only_raw_difference_is_a_joined_ascii_run() -> None:
    synthetic = "算力13.EFlops，2022-2024年，0.7pct，排量2.0L，C++与AT&T"
    texts = _texts(_OWN + _SHARED) + [("synthetic", synthetic)]
    seen = []
    for _, text in texts:
        for jieba_side, rjieba_side in _raw_differences(text):
            assert len(rjieba_side) == 1 and _ASCII_RUN.fullmatch(rjieba_side[0]), (jieba_side, rjieba_side)
            assert jieba_side == [p for p in _JIEBA_SKIP.split(rjieba_side[0]) if p]
            seen.append(rjieba_side[0])
    # the class is real (the synthetic line and the provincial reports hold it) and dictionary
    # words such as C++ are not in it
    assert {"13.EFlops", "2022-2024", "0.7pct", "2.0L"} <= set(seen)
    assert "C++" not in seen and "AT&T" not in seen


def test_policy_terms_stay_whole_with_either_cutter() -> None:
    text = "加快发展新质生产力，坚持“两个结合”，推动高质量发展。"
    for name in ("rjieba", "jieba"):
        words = cut(text, name)
        assert {"新质生产力", "两个结合", "高质量发展"} <= set(words), (name, words)


def test_a_user_dictionary_applies_to_both_cutters_and_stop_words_join_the_list() -> None:
    text = "推进数智化转型和低空经济发展，落实一揽子增量政策。"
    assert "低空经济" not in cut(text, "rjieba") and "一揽子增量政策" not in cut(text, "jieba")
    words = (("低空经济", None, None), ("一揽子增量政策", 50, "n"))
    use_lexicon(Lexicon(words=words, stopwords=frozenset({"转型"})))
    assert current_lexicon().stopwords == {"转型"}
    for name in ("rjieba", "jieba"):
        words = cut(text, name)
        assert "低空经济" in words and "一揽子增量政策" in words, (name, words)
    assert "转型" in stop_words() and "转型" in tokenize(text)
    assert "转型" not in extract_keywords(text, 10)
    use_lexicon(Lexicon())
    assert "转型" not in stop_words()
    assert "低空经济" not in cut(text, "rjieba")


def test_rjieba_serves_and_no_jieba_is_loaded_for_a_summary() -> None:
    code = (
        "import sys\n"
        "from tiyao.core import summarize\n"
        "from tiyao.core.score.tokens import cutter_name\n"
        f"summarize(open({str(SEEDS / '000_a4df69430f90165f.txt')!r}, encoding='utf-8').read())\n"
        "print(cutter_name(), 'jieba' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["rjieba", "False"]
    assert cutter_name() == "rjieba"


def test_without_rjieba_jieba_serves_the_same_summary_with_one_notice() -> None:
    seed = str(SEEDS / "000_a4df69430f90165f.txt")
    code = (
        "import sys\n"
        "{block}"
        "from tiyao.core import summarize, document_json_line\n"
        "from tiyao.core.score.tokens import cutter_name, cutter_notice\n"
        f"doc = summarize(open({seed!r}, encoding='utf-8').read())\n"
        "print(cutter_name(), cutter_notice())\n"
        "print(document_json_line(doc), end='')\n"
    )

    def run(block: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", code.format(block=block)], capture_output=True, text=True, check=True
        )
        return result.stdout.split("\n", 1)

    # sys.modules[name] = None makes `import rjieba` raise ImportError, as a missing wheel does
    (fallback, without), (served, with_rjieba) = run("sys.modules['rjieba'] = None\n"), run("")
    assert fallback.startswith("jieba rjieba cannot be imported") and served == "rjieba None"
    assert without == with_rjieba

"""Scoring and selection: features on real text, MMR, budgets, determinism."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tiyao.core import SummaryOptions, parse_document, summarize
from tiyao.core.score.features import FEATURES, combine, score_sentences, sentence_features
from tiyao.core.score.genre import GENRE_WEIGHTS
from tiyao.core.score.leads import document_layout
from tiyao.core.score.selection import select_sentences
from tiyao.core.score.tokens import extract_keywords, tokenize
from tiyao.core.score.vocab import token_ids

REPORTS = Path(__file__).parents[2] / "data" / "reports"

TOPIC = "坚持目标导向,严把“构思关”。"
BODY = (
    "围绕构建新发展格局战略任务,强化前瞻性思考、战略性布局,开展外贸、外资、外包、外经、外智“五外联动”专题研究,"
    "为实现高水平对外开放提供智力支持。"
)
GDP = "2023年,龙岗完成地区生产总值5043.03亿元,同比增长6.3%,创2020年以来最好成绩。"


def _features(texts: list[str], leads: list[bool]) -> dict[str, list[float]]:
    feats, _ = sentence_features(texts, [tokenize(t) for t in texts], leads)
    return {name: [float(x) for x in feats[:, k]] for k, name in enumerate(FEATURES)}


def test_features_mark_leads_figures_phrases_and_fragments() -> None:
    feats = _features([TOPIC, BODY, GDP, "详见附件。"], [True, False, False, False])
    assert feats["lead"] == [1.0, 0.0, 0.0, 0.0]
    assert feats["figures"][2] > 0 and feats["figures"][0] == 0
    assert feats["phrases"][0] > 0 and feats["phrases"][1] > 0 and feats["phrases"][2] == 0
    assert feats["fragment"][3] > feats["fragment"][0] > feats["fragment"][1] == 0
    assert feats["position"] == sorted(feats["position"], reverse=True)


def test_symbols_is_the_share_of_characters_that_are_not_hanzi() -> None:
    feats = _features([TOPIC, BODY, GDP], [True, False, False])
    assert feats["symbols"][0] == 4 / len(TOPIC)  # , “ ” 。
    # Figures spend characters on digits and units; the body is prose with a few marks.
    assert feats["symbols"][2] > 0.4 > feats["symbols"][0] > feats["symbols"][1] > 0


def test_two_near_identical_sentences_are_never_both_chosen() -> None:
    texts = [
        "公司单四季度收入端实现接近10%的增长,显现出明显的改善趋势。",
        "公司单四季度收入端实现接近10%的增长,显现出了明显的改善趋势。",
        "海外疫情对品牌销售的影响依旧存在。",
        "线下业务中,公司积极拓展新零售业务。",
    ]
    scored = score_sentences(texts, [tokenize(t) for t in texts], [True, False, False, False])
    # Give the duplicate the best score: MMR must still pass over it once its twin is in.
    scores = [1.0, 1.0, 0.2, 0.1]
    for count in (2, 3, 4):
        chosen = select_sentences(scores, scored.vectors, range(4), count, lengths=[len(t) for t in texts])
        assert not {0, 1} <= set(chosen)
        assert chosen == sorted(chosen)
    assert select_sentences(scores, scored.vectors, range(4), 2, lengths=[len(t) for t in texts]) == [0, 2]


def test_max_chars_is_never_exceeded(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        doc = summarize(text, options=SummaryOptions(sentences=5, max_chars=120, doc_max_chars=200))
        assert sum(len(p.text) for p in doc.summary) <= 200
        assert doc.summary  # the seeds have sentences shorter than the budget
        for sec in doc.sections:
            assert sum(len(p.text) for p in sec.summary) <= 120


def test_doc_sentences_sets_the_document_summary_length(seed_texts: dict[str, str]) -> None:
    text = seed_texts["002_400b12bd617868b4.txt"]
    doc = summarize(text, options=SummaryOptions(sentences=1, doc_sentences=4))
    assert len(doc.summary) == 4
    assert all(len(sec.summary) <= 1 for sec in doc.sections)


def test_summaries_have_no_duplicates_and_are_deterministic(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        doc = summarize(text, options=SummaryOptions(sentences=3, doc_sentences=6))
        indices = [p.index for p in doc.summary]
        assert indices == sorted(set(indices))
        assert len({p.text for p in doc.summary}) == len(doc.summary)
        assert doc == summarize(text, options=SummaryOptions(sentences=3, doc_sentences=6))


def test_keywords_drop_stop_words_and_numbers(seed_texts: dict[str, str]) -> None:
    keywords = extract_keywords(seed_texts["002_400b12bd617868b4.txt"], 20)
    assert len(keywords) == 20
    assert not any(re.fullmatch(r"[\d.%]+", k) for k in keywords)
    assert not {"我们", "推进", "发展", "2023"} & set(keywords)


def test_sections_carry_figures_and_phrases(seed_texts: dict[str, str]) -> None:
    doc = summarize(seed_texts["002_400b12bd617868b4.txt"])
    figures = [f.text for sec in doc.sections for f in sec.figures]
    assert "5043.03亿元" in figures
    doc = summarize(seed_texts["000_a4df69430f90165f.txt"])
    phrases = [p for sec in doc.sections for p in sec.phrases]
    assert "“两个结合”" in phrases and "“学思想、强党性、重实践、建新功”" in phrases


_SEED_SENTENCES = [TOPIC, BODY, GDP, "详见附件。", "伟大思想引领时代发展,学思践悟永无止境。"]


@settings(max_examples=25, deadline=None)
@given(
    picks=st.lists(st.sampled_from(_SEED_SENTENCES), min_size=1, max_size=12),
    count=st.integers(min_value=1, max_value=5),
    max_chars=st.one_of(st.none(), st.integers(min_value=5, max_value=200)),
)
def test_summary_is_verbatim_ordered_unique_and_within_budget(
    picks: list[str], count: int, max_chars: int | None
) -> None:
    text = "\n".join(picks)  # repeated sentences are near-duplicates by construction
    doc = summarize(text, options=SummaryOptions(sentences=count, max_chars=max_chars))
    chosen = [p.text for p in doc.summary]
    assert len(chosen) <= count and len(set(chosen)) == len(chosen)
    assert [p.index for p in doc.summary] == sorted(p.index for p in doc.summary)
    assert all(t in picks for t in chosen)
    assert max_chars is None or sum(map(len, chosen)) <= max_chars


def test_scores_are_the_matrix_weighted_sum_the_tuner_sees_for_every_genre() -> None:
    # Scoring never builds the feature matrix (one column at a time); the tuner fits on
    # the matrix and `combine`. Both must give the same floats, bit for bit, whatever the
    # genre's weights, and with a feature whose weight is 0 left out of the sum.
    text = (REPORTS / "prov_2025_zhejiang.txt").read_text(encoding="utf-8")
    doc = parse_document(text)
    texts = [s.text for s in doc.sentences]
    tokens, layout = token_ids(texts), document_layout(doc, text)
    feats, _ = sentence_features(texts, tokens, layout.leads, layout)
    for genre, weights in GENRE_WEIGHTS.items():
        scores = score_sentences(texts, tokens, layout.leads, layout, weights).scores
        assert scores.tobytes() == combine(feats, weights).tobytes(), genre
        assert scores.max() == 1.0 and scores.min() == 0.0

"""char-ROUGE against hand-computed cases."""

from __future__ import annotations

import pytest

from tiyao.core import rouge_scores
from tiyao.core.judge.rouge import rouge_tokens


def test_tokens_are_cjk_characters_and_ascii_runs() -> None:
    assert rouge_tokens("营收增长9.8%，Q4好于预期！") == [
        "营",
        "收",
        "增",
        "长",
        "9",
        "8",
        "Q4",
        "好",
        "于",
        "预",
        "期",
    ]


def test_identical_texts_score_one_and_punctuation_is_ignored() -> None:
    scores = rouge_scores("收入显著改善。", "收入，显著改善")
    assert (scores.rouge1, scores.rouge2, scores.rougeL) == (1.0, 1.0, 1.0)


def test_hand_computed_partial_overlap() -> None:
    # candidate 利润大幅增长 (6 tokens), reference 利润增长 (4 tokens)
    # unigrams: overlap 4 -> P 4/6, R 1 -> F 0.8
    # bigrams: cand 利润 润大 大幅 幅增 增长, ref 利润 润增 增长: overlap 2 -> P 2/5, R 2/3 -> F 0.5
    # LCS 利润增长 = 4 -> F 0.8
    scores = rouge_scores("利润大幅增长", "利润增长")
    assert scores.rouge1 == pytest.approx(0.8)
    assert scores.rouge2 == pytest.approx(0.5)
    assert scores.rougeL == pytest.approx(0.8)


def test_clipped_counts_and_order_sensitive_lcs() -> None:
    # candidate 长增长增 vs reference 增长: unigram overlap min(2,1)+min(2,1)=2 -> P 2/4, R 1 -> F 2/3
    # bigrams cand 长增 增长 长增 vs ref 增长: overlap 1 -> P 1/3, R 1 -> F 0.5; LCS 2 -> F 2/3
    scores = rouge_scores("长增长增", "增长")
    assert scores.rouge1 == pytest.approx(2 / 3)
    assert scores.rouge2 == pytest.approx(0.5)
    assert scores.rougeL == pytest.approx(2 / 3)


def test_no_overlap_or_empty_side_scores_zero() -> None:
    assert rouge_scores("天地", "人和") == rouge_scores("", "人和") == rouge_scores("。，", "人和")
    assert rouge_scores("天地", "人和").rouge1 == 0.0

"""Heading precision/recall on the hand-labelled seeds and reports (tests/data/headings/)."""

from __future__ import annotations

import pytest
from segmentation_eval import labelled_names, read_text, score_file, source_of

# Done-when thresholds of issues 4 and 13, per file.
MIN_SCORE = {1: 0.95, 2: 0.95}


@pytest.mark.parametrize("name", labelled_names())
def test_heading_precision_and_recall_per_level(name: str) -> None:
    path = source_of(name)
    if path is None:
        pytest.skip(f"{name}: its text is read from ../shared/data, which is not beside this clone")
    for score in score_file(name, read_text(path)):
        assert score.precision >= MIN_SCORE[score.level], score
        assert score.recall >= MIN_SCORE[score.level], score


def test_every_labelled_file_has_level_1_headings() -> None:
    assert len(labelled_names()) == 16
    for name in labelled_names():
        path = source_of(name)
        if path is not None:
            assert score_file(name, read_text(path))[0].expected > 0

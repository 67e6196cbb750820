"""Token ids (core/score/vocab.py) give what the lists of strings they replace gave."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tiyao.core import parse_document
from tiyao.core.score.features import COLUMN, sentence_features
from tiyao.core.score.leads import document_layout
from tiyao.core.score.tokens import keyword_weights, stop_words, tokenize, top_keywords
from tiyao.core.score.vocab import as_token_ids, heaviest, token_ids, weighted_counts

REPORT = Path(__file__).parents[2] / "data" / "reports" / "gwr_2023_national_wikisource.txt"


@pytest.fixture(scope="module")
def report() -> tuple[list[str], list[list[str]]]:
    texts = [s.text for s in parse_document(REPORT.read_text(encoding="utf-8")).sentences]
    return texts, [tokenize(t) for t in texts]


def test_ids_read_back_as_the_words_in_first_appearance_order(report) -> None:
    import numpy as np

    texts, lists = report
    tokens = token_ids(texts)
    assert list(tokens) == lists and tokens[-1] == lists[-1]
    assert list(tokens.words) == list(dict.fromkeys(w for words in lists for w in words))
    assert tokens.ids.dtype == np.uint16 and len(tokens.ids) == sum(map(len, lists))
    rows = [40, 3, 41, 7]
    assert [tokens.words[k] for k in tokens.gather(rows)] == [w for i in rows for w in lists[i]]
    with pytest.raises(IndexError):
        tokens[len(texts)]


def test_a_vocabulary_past_65536_words_keeps_every_id() -> None:
    import numpy as np

    lists = [[f"词{k}", "共同"] for k in range(70_000)]
    tokens = as_token_ids(lists)
    assert tokens.ids.dtype == np.int32 and len(tokens.words) == 70_001
    assert tokens[69_999] == ["词69999", "共同"] and tokens[0] == ["词0", "共同"]
    assert tokens.sentences_with(tokens.words.index("共同")).tolist() == list(range(70_000))


def test_keywords_from_ids_equal_keywords_from_words(report) -> None:
    texts, lists = report
    tokens = as_token_ids(lists)
    candidate, idf = tokens.candidate, tokens.idf
    # Sections of every size, and the whole document; with 5 keywords, 0 and more than there are.
    spans = [range(0, 1), range(10, 14), range(100, 160), range(0, len(texts))]
    for rows in spans:
        for top in (0, 5, 10_000):
            expected = top_keywords(keyword_weights(lists[i] for i in rows), top)
            found, weights = weighted_counts(tokens.gather(list(rows)), candidate, idf)
            assert [tokens.words[k] for k in found[heaviest(weights, top)]] == expected
    expected_weights = keyword_weights(lists)
    found, weights = weighted_counts(tokens.ids, candidate, idf)
    assert dict(zip((tokens.words[k] for k in found), weights.tolist(), strict=True)) == expected_weights


def test_keyword_and_title_features_match_the_words(report) -> None:
    import numpy as np

    texts, lists = report
    leads = [False] * len(texts)
    feats, vectors = sentence_features(texts, token_ids(texts), leads)
    stops = stop_words()
    content = [[w for w in words if w not in stops] for words in lists]
    weights = keyword_weights(content)
    top = top_keywords(weights, 10)
    total = sum(weights[w] for w in top)
    share = np.asarray([sum(weights[w] for w in top if w in set(words)) / total for words in content])
    assert feats[:, COLUMN["keywords"]].tolist() == (share / share.max()).tolist()
    # One TF-IDF row per sentence, one column per distinct content word, unit rows.
    assert vectors.shape == (len(texts), len(set().union(*content)))
    assert vectors.has_canonical_format
    assert Counter(np.diff(vectors.indptr).tolist()) == Counter(len(set(words)) for words in content)


@pytest.mark.parametrize("title_sentences", [1, 30])  # 30: more than 62 title words (Python-int masks)
def test_title_feature_is_the_share_of_title_words_each_sentence_holds(report, title_sentences) -> None:
    from dataclasses import replace

    texts, lists = report
    doc = parse_document(REPORT.read_text(encoding="utf-8"))
    stops = stop_words()
    title = "".join(texts[:title_sentences])
    words = {w for w in tokenize(title) if w not in stops}
    assert (len(words) > 62) is (title_sentences > 1)
    layout = replace(document_layout(doc), title=title)
    feats, _ = sentence_features(texts, token_ids(texts), layout.leads, layout)
    expected = [len(words & set(sentence)) / len(words) for sentence in lists]
    assert feats[:, COLUMN["title"]].tolist() == expected


def test_chunked_matrix_equals_one_chunk(report, monkeypatch) -> None:
    import numpy as np

    from tiyao.core.score import features, vocab

    texts, _ = report
    tokens = token_ids(texts)
    _, whole = sentence_features(texts, tokens, [False] * len(texts))
    # Chunks of 7 sentences: boundaries fall everywhere, empty rows included.
    monkeypatch.setattr(vocab, "CHUNK", 7)
    monkeypatch.setattr(features, "CHUNK", 7)
    _, chunked = sentence_features(texts, tokens, [False] * len(texts))
    for name in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(whole, name), getattr(chunked, name))
    assert whole.data.tobytes() == chunked.data.tobytes()

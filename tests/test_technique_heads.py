"""The small models over the techniques encoder: whole-word spans, the span-words technique
model, the sentence model and the propaganda score built on it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from slant.analyze.techniques import (
    SpanHeads,
    TechniqueAnalyzer,
    cuts_a_word,
    outlet_sentences,
    propaganda_score,
    snap_to_words,
    spans_from_prediction,
)
from slant.nlp.linear import TfidfSoftmax, span_terms

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("They fled the so-called rebels.", "called rebels", "so-called rebels"),
        ("fighters of Al-Qaeda and ISIS defeated", "Qaeda and ISIS defeated", "Al-Qaeda and ISIS defeated"),
        ("a terrifying Syrian offensive", "terrifying S", "terrifying Syrian"),
        ('the "moderate opposition", he said', 'moderate opposition",', "moderate opposition"),
        ("Lavrov’s friend arrived", "friend", "friend"),
    ],
)
def test_spans_are_widened_to_whole_words_without_edge_punctuation(text: str, piece: str, expected: str) -> None:
    start = text.index(piece)
    s, e = snap_to_words(text, start, start + len(piece))
    assert text[s:e] == expected


def test_cuts_a_word_sees_a_letter_or_digit_on_both_sides_of_an_edge() -> None:
    text = "a terrifying Syrian offensive"
    assert cuts_a_word(text, 2, 14)  # 'terrifying S'
    assert cuts_a_word(text, 3, 12)  # 'errifying'
    assert not cuts_a_word(text, 2, 12)
    assert not cuts_a_word(text, 0, len(text))
    assert not cuts_a_word('the "moderate" ones', 5, 13)


@given(st.text(alphabet="ab -,.\"“”'’\n", max_size=40), st.data())
def test_snapped_spans_never_cut_a_word(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_to_words(text, start, end)
    if e > s:
        assert not cuts_a_word(text, s, e)
        assert text[s:e] == text[s:e].strip()


def test_tfidf_softmax_matches_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn.feature_extraction.text")
    from sklearn.linear_model import LogisticRegression

    texts = ["so-called rebels", "our great nation", "what about them?", "so-called experts", "the nation first!",
             "they never ask what about us"]
    labels = [0, 1, 2, 0, 1, 2]
    vec = sklearn.TfidfVectorizer(analyzer=span_terms, sublinear_tf=True)
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=10.0, max_iter=1000).fit(x, labels)
    terms = vec.get_feature_names_out()
    model = TfidfSoftmax(
        labels=["a", "b", "c"],
        idf=dict(zip(terms, vec.idf_.tolist())),
        weights={t: clf.coef_[:, j].tolist() for j, t in enumerate(terms)},
        bias=clf.intercept_.tolist(),
    )
    probe = ["so-called nation", "what about the rebels!", "unseen words only"]
    expected = clf.predict_proba(vec.transform(probe))
    got = np.array([model.probabilities(span_terms(p)) for p in probe])
    assert np.allclose(got, expected, atol=1e-9)


def test_tfidf_softmax_round_trips_through_json(tmp_path: Path) -> None:
    model = TfidfSoftmax(labels=["a", "b"], idf={"w:x": 1.5}, weights={"w:x": [0.5, -0.5]}, bias=[0.1, -0.1])
    model.save(tmp_path / "m.json")
    again = TfidfSoftmax.load(tmp_path / "m.json")
    assert again.probabilities(["w:x"]) == pytest.approx(model.probabilities(["w:x"]))
    assert json.loads((tmp_path / "m.json").read_text())["labels"] == ["a", "b"]


def test_span_heads_refuse_labels_that_differ_from_the_encoder(tmp_path: Path) -> None:
    TfidfSoftmax(labels=["x"], idf={}, weights={}, bias=[0.0]).save(tmp_path / "span_words.json")
    with pytest.raises(ValueError, match="labels differ"):
        SpanHeads.load(tmp_path, ["Doubt"])


def test_quoted_sentences_are_not_the_outlet_voice() -> None:
    text = 'The council met on Monday. "These people are traitors and vermin," the mayor said. Rain is expected.'
    own = outlet_sentences(text, [(0, 26, 0.1), (27, 86, 0.9), (87, len(text), 0.2)])
    assert [p for _, _, p in own] == [0.1, 0.2]


@pytest.fixture(scope="module")
def analyzer() -> TechniqueAnalyzer:
    return TechniqueAnalyzer()


def test_shipped_model_has_its_heads(analyzer: TechniqueAnalyzer) -> None:
    assert analyzer.heads.words is not None and analyzer.heads.sentences is not None
    assert analyzer.config.word_weight > 0


def test_propaganda_score_ranks_a_partisan_article_above_a_neutral_one(analyzer: TechniqueAnalyzer) -> None:
    partisan = (FIXTURES / "propaganda" / "partisan.txt").read_text()
    neutral = (FIXTURES / "propaganda" / "neutral.txt").read_text()
    p_pred, n_pred = analyzer.predict([partisan, neutral])
    model = analyzer.heads.sentences
    assert model is not None
    high, low = propaganda_score(partisan, p_pred, model), propaganda_score(neutral, n_pred, model)
    assert 0.0 <= low < high <= 1.0
    assert high > 0.3 > low


def test_shipped_spans_start_and_end_on_word_boundaries(analyzer: TechniqueAnalyzer) -> None:
    texts = [(FIXTURES / "propaganda" / name).read_text() for name in ("partisan.txt", "neutral.txt")]
    texts += [p.read_text() for p in sorted((FIXTURES / "techniques" / "articles").glob("*.txt"))]
    spans = 0
    for text, pred in zip(texts, analyzer.predict(texts)):
        for span in spans_from_prediction(text, pred, analyzer.config, heads=analyzer.heads):
            spans += 1
            assert not cuts_a_word(text, span.start, span.end), text[span.start : span.end]
    assert spans > 5

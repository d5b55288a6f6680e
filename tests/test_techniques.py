"""Techniques analyzer: windows and decoding (fast), the shipped model on a fixture (slow)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant.analyze.techniques import (
    Encoded,
    decode_spans,
    make_windows,
    propaganda_share,
    sentence_bounds,
)
from slant.document import Document, Span
from slant.eval.ptc import TECHNIQUES, read_corpus

FIXTURE = Path(__file__).parent / "fixtures" / "techniques"


def test_sentence_bounds_cover_every_non_space_character():
    text = "Title here\n\nFirst one. Second one! Third?\n  Last line without stop"
    bounds = sentence_bounds(text)
    covered = set()
    for s, e in bounds:
        assert text[s:e] == text[s:e].strip() and e > s
        covered.update(range(s, e))
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered
    assert [text[s:e] for s, e in bounds][:3] == ["Title here", "First one.", "Second one!"]


def _fake_offsets(n_tokens: int, per_sentence: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    # token k covers characters [2k, 2k+1); a sentence every `per_sentence` tokens
    offsets = np.array([[2 * k, 2 * k + 1] for k in range(n_tokens)])
    sents = [(2 * a, 2 * min(a + per_sentence, n_tokens) - 1) for a in range(0, n_tokens, per_sentence)]
    return offsets, sents


@pytest.mark.parametrize("n_tokens,per_sentence", [(5, 2), (400, 30), (1000, 500), (191, 191)])
def test_window_cores_tile_the_tokens_once(n_tokens, per_sentence):
    offsets, sents = _fake_offsets(n_tokens, per_sentence)
    windows = make_windows(offsets, sents, max_length=128, context=16)
    cores = [(w.core_lo, w.core_hi) for w in windows]
    assert cores[0][0] == 0 and cores[-1][1] == n_tokens
    assert all(a[1] == b[0] for a, b in zip(cores, cores[1:]))
    for w in windows:
        assert w.lo <= w.core_lo < w.core_hi <= w.hi and w.hi - w.lo <= 126
    # a short sentence is never split across two cores
    if per_sentence < 128 - 2 - 32:
        for w in windows:
            assert w.core_lo % per_sentence == 0


def test_decode_spans_words_threshold_gap_and_line_breaks():
    text = "aa bb cc dd\nee ff"
    starts = [0, 3, 6, 9, 12, 15]
    enc = Encoded(
        ids=np.arange(6),
        offsets=np.array([[s, s + 2] for s in starts]),
        word_ids=np.arange(6),
    )
    prob = np.array([0.9, 0.1, 0.8, 0.2, 0.9, 0.1])
    assert decode_spans(text, enc, prob, 0.5, gap=0) == [
        (0, 2, pytest.approx(0.9)), (6, 8, pytest.approx(0.8)), (12, 14, pytest.approx(0.9))
    ]
    spans = decode_spans(text, enc, prob, 0.5, gap=1)
    # "aa bb cc" bridges one low word; the run stops at the line break before "ee"
    assert [(s, e) for s, e, _ in spans] == [(0, 8), (12, 14)]
    assert spans[0][2] == pytest.approx((0.9 + 0.1 + 0.8) / 3)


def test_propaganda_share_counts_sentences_with_a_span():
    text = "One here.\nTwo here.\nThree here.\nFour here."
    spans = [Span(0, 3, "Doubt"), Span(12, 15, "Slogans")]
    assert propaganda_share(text, spans) == pytest.approx(0.5)
    assert propaganda_share("", []) == 0.0


@pytest.fixture(scope="module")
def analyzer():
    from slant.analyze.techniques import TechniqueAnalyzer
    from slant.nlp.onnx_model import ModelMissing

    try:
        return TechniqueAnalyzer()
    except ModelMissing:
        pytest.fail("the shipped techniques model is missing")


@pytest.mark.slow
def test_shipped_analyzer_on_fixture_articles(analyzer):
    corpus = read_corpus(FIXTURE)
    docs = [Document(id=a, source=a, text=t, language="en") for a, t in corpus.articles.items()]
    docs.append(Document(id="empty", source="empty", text="", language=None))
    analyzer(docs)
    total = 0
    for doc in docs:
        spans = doc.spans["techniques"]
        assert doc.analyzers["techniques"] == "techniques.v1"
        assert 0.0 <= doc.scores["propaganda"] <= 1.0
        for span in spans:
            total += 1
            assert 0 <= span.start < span.end <= len(doc.text)
            piece = doc.text[span.start : span.end]
            assert piece == piece.strip() and "\n" not in piece
            # offsets land on word boundaries of the original text
            assert span.start == 0 or not (doc.text[span.start - 1].isalnum() and piece[0].isalnum())
            assert span.end == len(doc.text) or not (doc.text[span.end].isalnum() and piece[-1].isalnum())
            assert span.label in TECHNIQUES
            assert 0.0 <= span.score <= 1.0 and span.analyzer == "techniques.v1"
    # the fixture is written to be loaded: the model must find something in it
    assert total > 0
    assert docs[-1].spans["techniques"] == [] and docs[-1].scores["propaganda"] == 0.0


@pytest.mark.slow
def test_shipped_analyzer_skips_other_languages(analyzer):
    doc = Document(id="de", source="de", text="Das ist ein völlig skandalöser Verrat.", language="de")
    analyzer([doc])
    assert "techniques" not in doc.spans and any("techniques.v1" in w for w in doc.warnings)


@pytest.mark.slow
def test_shipped_analyzer_is_stable_across_batching(analyzer):
    corpus = read_corpus(FIXTURE)
    texts = list(corpus.articles.values())
    together = analyzer.predict(texts)
    alone = [analyzer.predict([t])[0] for t in texts]
    again = analyzer.predict(texts)
    for a, b, c in zip(together, alone, again):
        np.testing.assert_array_equal(a.span_prob, c.span_prob)
        if analyzer.config.batch_size == 1:  # one window per call: neighbours cannot matter
            np.testing.assert_array_equal(a.span_prob, b.span_prob)
        else:  # dynamic int8 scales activations per batch (measured shifts up to ~0.03)
            np.testing.assert_allclose(a.span_prob, b.span_prob, atol=0.08)


@pytest.mark.slow
def test_eval_ptc_command_prints_all_figures():
    import json

    from typer.testing import CliRunner

    from slant.cli import app

    result = CliRunner().invoke(app, ["eval", "ptc", "--data", str(FIXTURE), "--split", "."])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    for key in ("si_precision", "si_recall", "si_f1", "tc_micro_f1", "flc_f1"):
        assert 0.0 <= out[key] <= 1.0
    assert set(out["per_technique"]) == set(TECHNIQUES)
    assert out["n_articles"] == 2


def test_decode_spans_hysteresis_grows_runs_over_weaker_words():
    text = "aa bb cc dd ee"
    enc = Encoded(ids=np.arange(5), offsets=np.array([[s, s + 2] for s in (0, 3, 6, 9, 12)]), word_ids=np.arange(5))
    prob = np.array([0.1, 0.4, 0.9, 0.45, 0.1])
    assert [(s, e) for s, e, _ in decode_spans(text, enc, prob, 0.5)] == [(6, 8)]
    assert [(s, e) for s, e, _ in decode_spans(text, enc, prob, 0.5, low=0.35)] == [(3, 11)]
    # a run of weak words alone is not a span
    assert decode_spans(text, enc, np.array([0.4, 0.4, 0.1, 0.1, 0.1]), 0.5, low=0.3) == []


def test_fragment_bias_adds_label_prior_and_repetition_bonus():
    from slant.analyze.techniques import fragment_bias

    labels = ["Loaded_Language", "Repetition", "Slogans"]
    text = "Stop the war. We say it again: stop the war."
    prior = [0.5, -0.2, -0.3]
    assert fragment_bias(text, 0, 12, labels, (0.0, 0.0)) is None
    only_prior = fragment_bias(text, 0, 12, labels, (0.0, 0.0), prior)
    assert np.allclose(only_prior, prior)
    recurs = fragment_bias(text, 0, 12, labels, (2.0, -1.0), prior)  # "Stop the war" occurs twice
    assert np.allclose(recurs, [0.5, 1.8, -0.3])
    once = fragment_bias(text, 14, 21, labels, (2.0, -1.0), prior)  # "We say " occurs once
    assert np.allclose(once, [0.5, -1.2, -0.3])
    assert prior == [0.5, -0.2, -0.3]  # the config's list is not modified


def test_label_bias_can_flip_the_chosen_technique():
    from slant.analyze.techniques import technique_probs

    offsets = np.array([[0, 4], [5, 9]])
    logits = np.array([[1.0, 0.8], [1.0, 0.8]], dtype=np.float32)
    assert technique_probs(logits, offsets, 0, 9).argmax() == 0
    assert technique_probs(logits, offsets, 0, 9, np.array([0.0, 0.5], dtype=np.float32)).argmax() == 1

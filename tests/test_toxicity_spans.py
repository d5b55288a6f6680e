"""Evidence spans of toxicity flags (occlusion), the Task 5 span metric, and user thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from slant.analyze.toxicity import (
    MAX_OCCLUSIONS,
    ToxicityScorer,
    _windows,
    check_thresholds,
    parse_thresholds,
    select_evidence,
    word_offsets,
)
from slant.cli import app
from slant.document import TOXICITY_ATTRIBUTES, Comment, Document
from slant.eval.olid import read_toxic_spans, span_f1


def test_word_offsets_trim_punctuation() -> None:
    text = 'You "idiot", go.'
    assert [text[s:e] for s, e in word_offsets(text)] == ["You", "idiot", "go"]


def test_windows_are_bounded() -> None:
    words = [(i, i + 1) for i in range(0, 400, 2)]
    wins = _windows(words, MAX_OCCLUSIONS)
    assert len(wins) <= MAX_OCCLUSIONS
    assert wins[0][0] == 0 and wins[-1][1] == len(words)
    assert _windows(words[:5], MAX_OCCLUSIONS) == [(i, i + 1) for i in range(5)]


def test_select_evidence_merges_adjacent_and_applies_both_cutoffs() -> None:
    text = "you stupid ugly fool today"
    words = word_offsets(text)
    wins = _windows(words, MAX_OCCLUSIONS)
    drops = [0.0, 0.4, 0.3, 0.02, 0.5]
    spans = select_evidence(words, wins, drops, "insult", min_drop=0.05, relative=0.5)
    assert [(text[e.start:e.end], e.drop) for e in spans] == [("stupid ugly", 0.4), ("today", 0.5)]
    assert select_evidence(words, wins, [0.01] * 5, "insult", min_drop=0.05) == []
    assert select_evidence(words, wins, [], "insult") == []


class FakeModelScorer(ToxicityScorer):
    """ToxicityScorer whose attribute probabilities come from a keyword rule, no ONNX model."""

    def __init__(self) -> None:  # noqa: D107 - no model on purpose
        self.attr_thresholds = {a: 0.5 for a in TOXICITY_ATTRIBUTES}

    def attribute_probs(self, texts):
        return np.array([[0.9 if "idiot" in t else 0.1] * len(TOXICITY_ATTRIBUTES) for t in texts])

    variant_probs = attribute_probs


def test_evidence_finds_the_word_that_carries_the_flag() -> None:
    scorer = FakeModelScorer()
    text = "Well, you are an idiot, frankly."
    spans = scorer.evidence(text, ["toxic", "insult"])
    assert [(text[e.start:e.end], e.attribute) for e in spans] == [("idiot", "toxic"), ("idiot", "insult")]
    assert scorer.evidence(text, []) == []
    assert scorer.evidence("", ["toxic"]) == []


def test_span_f1_matches_task5_definition() -> None:
    assert span_f1(set(), set()) == 1.0
    assert span_f1(set(), {1}) == 0.0
    assert span_f1({1, 2}, set()) == 0.0
    assert span_f1({1, 2, 3, 4}, {3, 4, 5, 6}) == pytest.approx(0.5)


def test_read_toxic_spans(tmp_path: Path) -> None:
    (tmp_path / "tsd_test.csv").write_text('spans,text\n"[0, 1, 2]",abc def\n[],fine\n', encoding="utf-8")
    assert read_toxic_spans(tmp_path, "test") == [({0, 1, 2}, "abc def"), (set(), "fine")]
    with pytest.raises(ValueError):
        read_toxic_spans(tmp_path, "dev")


def test_parse_and_check_thresholds() -> None:
    assert parse_thresholds(["threat=0.2", "insult = 0.7"]) == {"threat": 0.2, "insult": 0.7}
    for bad in (["threat"], ["threat=high"], ["rudeness=0.3"], ["threat=1.5"], ["=0.3"]):
        with pytest.raises(ValueError):
            parse_thresholds(bad)
    with pytest.raises(ValueError):
        check_thresholds({"toxic": -0.1})


def test_analyze_cli_rejects_a_bad_threshold_with_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("Title\n\nSome body text.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(page), "--toxicity-threshold", "rudeness=0.3", "-q"])
    assert result.exit_code == 2
    assert "rudeness" in result.output
    result = CliRunner().invoke(app, ["serve", "--toxicity-threshold", "threat=2"])
    assert result.exit_code == 2
    assert "between 0 and 1" in result.output


def test_api_config_merges_thresholds_and_rejects_unknown() -> None:
    from slant.api import _config
    from slant.config import RunConfig

    config = _config(RunConfig(toxicity_thresholds={"insult": 0.6}), None, {"threat": 0.2})
    assert dict(config.toxicity_thresholds) == {"insult": 0.6, "threat": 0.2}
    with pytest.raises(ValueError):
        _config(None, None, {"rudeness": 0.1})


@pytest.mark.slow
def test_analyzer_stores_spans_and_user_threshold_changes_flags() -> None:
    from slant.analyze.toxicity import ToxicityAnalyzer
    from slant.config import RunConfig

    def run(config: RunConfig) -> Comment:
        doc = Document(id="d", source="t", text="body")
        doc.comments = [Comment(id="c1", text="Shut up, you pathetic moron.")]
        ToxicityAnalyzer.from_config(config)([doc])
        return doc.comments[0]

    comment = run(RunConfig())
    assert "insult" in comment.flags
    out = comment.to_dict()
    assert {s["label"] for s in out["spans"]} <= set(comment.flags)
    assert any(s["label"] == "insult" and "moron" in s["text"] for s in out["spans"])
    json.dumps(out)
    strict = run(RunConfig(toxicity_thresholds={a: 1.0 for a in TOXICITY_ATTRIBUTES}))
    assert strict.flags == [] and "spans" not in strict.to_dict()


def test_report_shows_the_evidence_of_a_flag_escaped() -> None:
    from slant.document import Span
    from slant.report import render_document_fragment

    doc = Document(id="d", source="t", text="An article.", analyzers={"toxicity": "toxicity.v1"})
    text = "You <b>moron</b>, really."
    comment = Comment(id="c1", text=text, toxicity={a: 0.1 for a in TOXICITY_ATTRIBUTES}, flags=["insult"])
    start = text.index("<b>moron</b>")
    comment.spans["spans"] = [Span(start, start + len("<b>moron</b>"), "insult", 0.4, analyzer="toxicity.v1")]
    doc.comments = [comment]
    html = render_document_fragment(doc)
    assert "<mark" in html and "&lt;b&gt;moron&lt;/b&gt;</mark>" in html
    assert "(insult)" in html

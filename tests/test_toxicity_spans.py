"""Evidence spans of toxicity flags (the token head), the Task 5 span metric, and user thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from slant.analyze.toxicity import (
    TOKEN_TYPES,
    ToxicityScorer,
    check_thresholds,
    parse_thresholds,
    spans_from_word_probs,
    word_offsets,
    word_probs,
)
from slant.analyze.toxicity_normalize import normalize_with_offsets
from slant.cli import app
from slant.document import TOXICITY_ATTRIBUTES, Comment, Document
from slant.eval.olid import read_toxic_spans, span_f1


def test_word_offsets_trim_punctuation() -> None:
    text = 'You "idiot", go.'
    assert [text[s:e] for s, e in word_offsets(text)] == ["You", "idiot", "go"]


def test_normalized_offsets_point_back_at_the_comment_as_written() -> None:
    text = "You  f*cking idiot &amp; @bob"
    normalized, mapping = normalize_with_offsets(text)
    assert normalized == "You fucking idiot & @USER"
    idiot = normalized.index("idiot")
    assert text[mapping[idiot] : mapping[idiot + 4] + 1] == "idiot"
    fucking = normalized.index("fucking")
    assert text[mapping[fucking] : mapping[fucking + 6] + 1] == "f*cking"
    assert all(-1 <= m < len(text) for m in mapping)


def test_token_ranges_skip_special_tokens() -> None:
    normalized, mapping = normalize_with_offsets("a  moron")
    offsets = [(0, 0), (0, 1), (2, 7), (0, 0)]  # [CLS] a moron [SEP] on "a moron"
    assert ToxicityScorer.token_ranges(offsets, mapping) == [None, (0, 1), (3, 8), None]


def _probs(rows: list[list[float]]) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def test_word_probs_keep_each_words_most_toxic_token() -> None:
    words = [(0, 3), (4, 10)]  # "you morons"
    ranges = [None, (0, 3), (4, 7), (7, 10), None]
    token = _probs([[1, 0, 0, 0, 0, 0], [0.9, 0.1, 0, 0, 0, 0], [0.4, 0.6, 0, 0, 0, 0], [0.2, 0.7, 0, 0, 0, 0.1], [1, 0, 0, 0, 0, 0]])
    assert word_probs(words, ranges, token).tolist() == [token[1].tolist(), token[3].tolist()]


def test_spans_merge_adjacent_words_and_narrow_typed_flags() -> None:
    text = "you stupid ugly fool, I will find you"
    words = word_offsets(text)
    none, insult, threat = TOKEN_TYPES.index("none"), TOKEN_TYPES.index("insult"), TOKEN_TYPES.index("threat")
    rows = []
    for k in range(len(words)):
        row = [0.0] * len(TOKEN_TYPES)
        if k in (1, 2, 3):
            row[none], row[insult] = 0.1, 0.9
        elif k in (5, 6):
            row[none], row[threat] = 0.3, 0.7
        else:
            row[none] = 0.95
            row[insult] = 0.05
        rows.append(row)
    probs = _probs(rows)
    spans = spans_from_word_probs(words, probs, ["toxic", "insult", "threat"], threshold=0.5, fallback=False)
    got = [(e.attribute, text[e.start:e.end]) for e in spans]
    assert got == [("toxic", "stupid ugly fool"), ("toxic", "will find"), ("insult", "stupid ugly fool"), ("threat", "will find")]
    assert spans_from_word_probs(words, probs, ["toxic"], threshold=0.99, fallback=False) == []
    best = spans_from_word_probs(words, probs, ["toxic"], threshold=0.99, fallback=True)
    assert [text[e.start:e.end] for e in best] == ["stupid"]
    # a typed flag with no word of its type shows every toxic word
    only_insults = spans_from_word_probs(words[:4], probs[:4], ["identity_attack"], threshold=0.5, fallback=False)
    assert [text[e.start:e.end] for e in only_insults] == ["stupid ugly fool"]
    assert spans_from_word_probs([], probs[:0], ["toxic"], 0.5, True) == []


@pytest.mark.slow
def test_shipped_token_head_points_at_the_insult() -> None:
    scorer = ToxicityScorer()
    text = "Thanks for the article. Honestly, only a brainless moron would believe this."
    spans = scorer.evidence(text, ["toxic", "insult"])
    assert spans and {e.attribute for e in spans} == {"toxic", "insult"}
    assert all("moron" in text[e.start:e.end] or "brainless" in text[e.start:e.end] for e in spans)
    assert not any("article" in text[e.start:e.end] for e in spans)
    assert scorer.evidence(text, []) == [] and scorer.evidence("", ["toxic"]) == []


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


def test_own_words_cut_quoted_statements_not_scare_quotes() -> None:
    from slant.analyze.toxicity import own_words

    assert own_words('Whoever posted "all of them are rats" should be banned.') == "Whoever posted it should be banned."
    assert own_words("Those “brave freedom fighters” again.") == "Those it again."
    assert own_words('These "rebels" shelled the market.') is None  # a scare-quoted label is the writer's own voice
    assert own_words("> you are all clowns\nNo we are not.") == "\nNo we are not."
    assert own_words("Nothing quoted here.") is None


class KeywordScorer(ToxicityScorer):
    """A scorer whose logits come from a keyword rule, no ONNX model: toxic when 'rats' or 'clown' is in the text."""

    def __init__(self) -> None:  # noqa: D107 - no model on purpose
        self.attr_labels = list(TOXICITY_ATTRIBUTES)
        self.c_labels = ["IND", "GRP", "OTH"]
        self.attr_thresholds = {a: 0.5 for a in TOXICITY_ATTRIBUTES}
        self.a_threshold = self.b_threshold = 0.5
        self.c_bias = np.zeros(3)

    def raw(self, texts):
        hot = np.array([[4.0 if ("rats" in t or "clown" in t) else -4.0] * len(TOXICITY_ATTRIBUTES) for t in texts])
        n = len(texts)
        return {"attributes": hot, "olid_a": np.zeros((n, 2)), "olid_b": np.zeros((n, 2)), "olid_c": np.zeros((n, 3))}


def test_a_flag_must_hold_in_the_commenters_own_words() -> None:
    scorer = KeywordScorer()
    quoting, using, scare = scorer.score([
        'Whoever posted "all of them are rats" should be banned.',
        "All of them are rats.",
        'You "clown".',
    ])
    assert quoting.flags == [] and quoting.attributes["toxic"] > 0.9  # the whole text's probability is kept
    assert "toxic" in using.flags
    assert "toxic" in scare.flags  # a one-word scare quote is not a quoted statement


def test_evidence_cost_is_bounded_on_a_huge_comment() -> None:
    from slant.analyze.toxicity import EVIDENCE_MAX_CHARS

    text = "a " * 100_000 + "#HashTag " * 10
    normalized, mapping = normalize_with_offsets(text[:EVIDENCE_MAX_CHARS])
    assert len(mapping) == len(normalized)
    assert all(-1 <= m < EVIDENCE_MAX_CHARS for m in mapping)


class SwearScorer(KeywordScorer):
    """Keyword logits: 'damn' makes toxic, insult and profanity hot; 'idiots' also makes the threat
    hot; OLID B says untargeted unless the text says 'you'."""

    def raw(self, texts):
        cols = {a: i for i, a in enumerate(TOXICITY_ATTRIBUTES)}
        attrs = np.full((len(texts), len(TOXICITY_ATTRIBUTES)), -4.0)
        olid_b = np.zeros((len(texts), 2))
        for i, t in enumerate(texts):
            if "damn" in t:
                for a in ("toxic", "insult", "profanity"):
                    attrs[i, cols[a]] = 4.0
            if "idiots" in t:
                attrs[i, cols["threat"]] = 4.0
            olid_b[i] = [4.0, -4.0] if "you" in t else [-4.0, 4.0]  # TIN, UNT
        n = len(texts)
        return {"attributes": attrs, "olid_a": np.zeros((n, 2)), "olid_b": olid_b, "olid_c": np.zeros((n, 3))}


def test_swearing_at_nobody_is_profane_not_toxic() -> None:
    at_nobody, at_you, threat = SwearScorer().score(["damn, missed the bus again", "damn you", "damn idiots, wait and see"])
    assert at_nobody.flags == ["profanity"] and at_nobody.olid_b == "UNT"
    assert {"toxic", "insult", "profanity"} <= set(at_you.flags)
    assert {"toxic", "insult", "threat"} <= set(threat.flags)  # a threat has a target whatever OLID B says

"""The shipped toxicity model on a thread written for this test: clear insults, a threat,
dehumanising identity attacks and obfuscated profanity vs. neutral political opinion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant.document import TOXICITY_ATTRIBUTES, Comment, Document

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "fixtures" / "toxicity" / "thread.json"


@pytest.fixture(scope="module")
def scored() -> tuple[Document, dict[str, str]]:
    from slant.analyze.toxicity import ToxicityAnalyzer

    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    doc = Document(id="t", source="fixture", text="An article about a ceasefire.")
    doc.comments = [Comment(id=c["id"], text=c["text"], author=c["author"], parent=c["parent"]) for c in data["comments"]]
    kinds = {c["id"]: c["kind"] for c in data["comments"]}
    ToxicityAnalyzer()([doc])
    return doc, kinds


def _by_kind(doc: Document, kinds: dict[str, str], kind: str) -> list[Comment]:
    return [c for c in doc.comments if kinds[c.id] == kind]


def test_every_comment_has_the_six_probabilities(scored) -> None:
    doc, _ = scored
    for c in doc.comments:
        assert list(c.toxicity) == list(TOXICITY_ATTRIBUTES)
        assert all(0.0 <= v <= 1.0 for v in c.toxicity.values())
        assert set(c.flags) <= set(TOXICITY_ATTRIBUTES)


def test_political_opinion_is_not_flagged(scored) -> None:
    doc, kinds = scored
    for c in _by_kind(doc, kinds, "neutral"):
        assert c.flags == [], (c.id, c.toxicity)


def test_insults_are_flagged(scored) -> None:
    doc, kinds = scored
    for c in _by_kind(doc, kinds, "insult"):
        assert {"toxic", "insult"} <= set(c.flags), (c.id, c.toxicity)


def test_identity_attacks_are_flagged(scored) -> None:
    doc, kinds = scored
    for c in _by_kind(doc, kinds, "identity_attack"):
        assert {"toxic", "identity_attack"} <= set(c.flags), (c.id, c.toxicity)


def test_threat_scores_above_every_non_threat(scored) -> None:
    doc, kinds = scored
    (threat,) = _by_kind(doc, kinds, "threat")
    assert "toxic" in threat.flags
    others = [c.toxicity["threat"] for c in doc.comments if kinds[c.id] != "threat"]
    assert threat.toxicity["threat"] > max(others), (threat.toxicity, others)


def test_obfuscated_profanity_is_flagged(scored) -> None:
    doc, kinds = scored
    for c in _by_kind(doc, kinds, "profanity"):
        assert "profanity" in c.flags, (c.id, c.toxicity)


def test_thread_analytics(scored) -> None:
    doc, kinds = scored
    thread = doc.extras["thread"]
    assert thread["comments"] == 10
    assert thread["toxic_authors"][0]["author"] == "Rex"
    assert thread["insults_at_commenters"] >= 2
    assert thread["insults_at_groups"] >= 2
    assert doc.scores["toxic_comment_share"] == pytest.approx(0.6, abs=0.11)
    assert {"from": "Rex", "to": "Pavel", "count": 1} in thread["replies"]


@pytest.mark.slow
def test_run_config_thresholds_override_the_shipped_ones(scored) -> None:
    from slant.analyze.registry import create
    from slant.config import RunConfig

    doc, _ = scored
    plain = Document(id="u", source="fixture", text=doc.text, comments=[Comment(id=c.id, text=c.text) for c in doc.comments])
    create("toxicity.v1", RunConfig())([plain])
    assert [c.flags for c in plain.comments] == [c.flags for c in doc.comments]  # empty: unchanged
    strict = Document(id="v", source="fixture", text=doc.text, comments=[Comment(id=c.id, text=c.text) for c in doc.comments])
    analyzer = create("toxicity.v1", RunConfig(toxicity_thresholds={"insult": 1.0}))
    analyzer([strict])
    assert any("insult" in c.flags for c in doc.comments)
    assert not any("insult" in c.flags for c in strict.comments)
    assert analyzer.scorer.attr_thresholds["toxic"] == plain_threshold("toxic")
    with pytest.raises(ValueError, match="unknown toxicity attributes"):
        create("toxicity.v1", RunConfig(toxicity_thresholds={"rudeness": 0.5}))


def plain_threshold(attribute: str) -> float:
    from slant.analyze.toxicity import ToxicityScorer

    return ToxicityScorer().attr_thresholds[attribute]

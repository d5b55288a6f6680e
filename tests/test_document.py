"""The data model produces the fixed JSONL contract and round-trips through it."""

from __future__ import annotations

import json

from slant.document import Claim, Document, Span, content_id, document_from_dict

CONTRACT_KEYS = {
    "id", "source", "url", "outlet", "title", "published", "language", "text", "comments",
    "techniques", "actors", "loaded_terms", "claims", "scores", "error",
}


def test_to_dict_has_every_contract_field(sample_document: Document) -> None:
    data = sample_document.to_dict()
    assert CONTRACT_KEYS <= set(data)
    assert data["error"] is None
    technique = data["techniques"][0]
    assert technique == {
        "start": 40, "end": 47, "technique": "Loaded_Language", "score": 0.9,
        "text": sample_document.text[40:47],
    }
    assert data["comments"][1]["parent"] == "c1"
    assert set(data["comments"][0]) >= {"id", "author", "text", "parent", "toxicity", "flags"}
    json.dumps(data)  # serialisable


def test_failed_document_is_minimal() -> None:
    data = Document.failed("abc", "x.html", "binary_input", "looks binary").to_dict()
    assert data["error"] == {"type": "binary_input", "message": "looks binary"}
    assert data["id"] == "abc" and data["source"] == "x.html"


def test_round_trip(sample_document: Document) -> None:
    sample_document.claims = [Claim(0, 10, sample_document.text[:10], ("8,461",), "the ministry", 0.8)]
    data = sample_document.to_dict()
    again = document_from_dict(json.loads(json.dumps(data))).to_dict()
    assert again == data


def test_loaded_term_span_uses_term_key() -> None:
    doc = Document(id="d", source="s", text="a brutal regime")
    doc.add_spans("loaded_terms", [Span(2, 8, "loaded", 0.7)], "loaded_terms.v1")
    term = doc.to_dict()["loaded_terms"][0]
    assert term["term"] == "brutal" and term["start"] == 2 and term["score"] == 0.7


def test_content_id_is_stable_and_content_based() -> None:
    assert content_id("abc") == content_id(b"abc")
    assert content_id("abc") != content_id("abd")
    assert len(content_id("abc")) == 16


def test_every_span_layer_survives_a_round_trip() -> None:
    """Comment evidence spans and document layers beyond techniques (actor mentions, quotes)
    come back from JSONL, so a report built from a results file shows them."""
    from slant.document import Comment

    doc = Document(id="d", source="s", text="The mayor said the plan is a disgrace.")
    doc.add_spans("actor_mentions", [Span(4, 9, "mayor", None, "actors.v1")], "actors.v1")
    comment = Comment(id="c1", text="You moron.", toxicity={"insult": 0.9}, flags=["insult"])
    comment.spans["spans"] = [Span(4, 9, "insult", 0.6, "toxicity.v1")]
    doc.comments = [comment]
    back = document_from_dict(json.loads(json.dumps(doc.to_dict())))
    assert [(s.start, s.end, s.label) for s in back.spans["actor_mentions"]] == [(4, 9, "mayor")]
    assert [(s.start, s.end, s.label, s.score) for s in back.comments[0].spans["spans"]] == [(4, 9, "insult", 0.6)]
    assert back.to_dict() == doc.to_dict()

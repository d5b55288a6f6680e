"""The analyzer registry: one table for names, defaults, order and dependencies."""

from __future__ import annotations

import pytest

from slant.analyze import registry
from slant.analyze.registry import (
    DEFAULT_ANALYZERS,
    REGISTRY,
    SPACY_DEFAULT_ANALYZERS,
    SPECS,
    UnknownAnalyzer,
    resolve,
)
from slant.document import Comment, Document


def test_registered_names_are_pinned() -> None:
    assert sorted(SPECS) == ["actors.v1", "claims.v1", "loaded_terms.v1", "techniques.v1", "toxicity.v1", "voice.v1"]
    assert {n: REGISTRY[n] for n in SPECS} == {n: s.target for n, s in SPECS.items()}


def test_defaults_and_their_order_are_pinned() -> None:
    assert DEFAULT_ANALYZERS == (
        "techniques.v1", "actors.v1", "loaded_terms.v1", "claims.v1", "toxicity.v1", "voice.v1"
    )
    assert resolve(None) == list(DEFAULT_ANALYZERS)
    # the spaCy component's default derives from the same table: toxicity scores comments only
    assert SPACY_DEFAULT_ANALYZERS == ("techniques.v1", "actors.v1", "loaded_terms.v1", "claims.v1", "voice.v1")
    from slant.spacy_component import DEFAULT_ANALYZERS as SPACY_DEFAULT

    assert SPACY_DEFAULT == SPACY_DEFAULT_ANALYZERS


def test_dependencies_are_pinned_and_registered() -> None:
    assert {n: s.reads for n, s in SPECS.items() if s.reads} == {
        "loaded_terms.v1": ("techniques.v1",),
        "voice.v1": ("techniques.v1", "actors.v1", "loaded_terms.v1", "claims.v1"),
    }
    for spec in SPECS.values():
        assert set(spec.reads) <= set(SPECS)
        assert list(DEFAULT_ANALYZERS).index(spec.name) > max(
            (list(DEFAULT_ANALYZERS).index(d) for d in spec.reads), default=-1
        )


def test_resolve_orders_by_dependency_and_adds_nothing() -> None:
    assert resolve(["loaded_terms", "techniques"]) == ["techniques.v1", "loaded_terms.v1"]
    assert resolve(["claims.v1", "loaded_terms.v1"]) == ["claims.v1", "loaded_terms.v1"]
    assert resolve(["loaded_terms"]) == ["loaded_terms.v1"]  # works without techniques, not added
    with pytest.raises(UnknownAnalyzer):
        resolve(["no_such_analyzer"])


def test_plugin_entries_without_a_spec_still_work(monkeypatch) -> None:
    monkeypatch.setitem(REGISTRY, "fake.v1", "web_fakes:FakeAnalyzer")
    assert registry.spec("fake.v1").reads == ()
    assert resolve(["fake"]) == ["fake.v1"]
    analyzer = registry.create("fake.v1")
    assert analyzer.name == "fake.v1"


def test_create_passes_the_config(tmp_path) -> None:
    import json

    from slant.config import RunConfig

    user = tmp_path / "aliases.json"
    user.write_text(json.dumps({"aliases": {"Valley Men": "Northern Liberation Front"}}), encoding="utf-8")
    actors = registry.create("actors.v1", RunConfig(aliases=str(user), packs=()))
    assert actors.table.canonical("Valley Men") == "Northern Liberation Front"
    assert actors.table.canonical("SAA") is None


@pytest.mark.slow
def test_every_span_names_its_analyzer() -> None:
    from slant.analyze.base import BatchContext

    doc = Document(
        id="a", source="a",
        text="The so-called rebels shelled Valmora on Tuesday, killing 12 people, the ministry said.\n\n"
        "These terrorists and their foreign backers are criminals, the army spokesman told reporters.",
    )
    doc.comments = [Comment(id="c1", text="What a disgraceful, idiotic lie from these thugs."), Comment(id="c2", text="Thanks.")]
    context = BatchContext()
    for name in DEFAULT_ANALYZERS:
        registry.create(name)([doc], context)
    layers = {layer: spans for layer, spans in doc.spans.items()}
    assert {"actor_mentions", "loaded_terms"} <= set(layers)
    assert any(layers.values())
    for layer, spans in layers.items():
        assert all(s.analyzer == doc.analyzers[layer] for s in spans), layer
        assert all(s.analyzer is not None for s in spans), layer
    made_by = {"loaded_terms": "loaded_terms.v1", "spans": "toxicity.v1"}  # comment layers and their analyzer
    comment_spans = [(layer, s) for c in doc.comments for layer, spans in c.spans.items() for s in spans]
    assert comment_spans and all(s.analyzer == made_by[layer] for layer, s in comment_spans)


@pytest.mark.slow
def test_the_batch_context_parses_once(monkeypatch) -> None:
    from slant.analyze import base

    calls: list[int] = []
    real = base.parse_documents

    def counting(docs, comments=False):
        calls.append(len(docs))
        return real(docs, comments=comments)

    monkeypatch.setattr(base, "parse_documents", counting)
    docs = [Document(id=str(i), source=str(i), text=f"Troops of Veloria entered town {i} on Monday.") for i in range(3)]
    context = base.BatchContext()
    registry.create("actors.v1")(docs, context)
    registry.create("claims.v1")(docs, context)
    assert calls == [3]
    registry.create("claims.v1")(docs)  # no context: the analyzer parses for itself
    assert calls == [3, 3]
    assert not [k for d in docs for k in vars(d) if k.startswith("_")]  # nothing rides on the documents

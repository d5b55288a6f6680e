"""The "slant" spaCy factory puts slant's layers into doc.spans groups."""

from __future__ import annotations

import pytest


def test_factory_is_registered() -> None:
    from spacy.language import Language

    import slant.spacy_component  # noqa: F401

    assert "slant" in Language.factories


@pytest.mark.slow
def test_component_fills_span_groups(fixtures) -> None:
    import spacy

    from slant.nlp.spacy_runtime import get_nlp

    nlp = spacy.blank("en")
    nlp.add_pipe("slant", config={"analyzers": ["actors.v1", "loaded_terms.v1", "claims.v1"]})
    text = (fixtures / "claims" / "article.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    assert {"slant_techniques", "slant_loaded_terms", "slant_actors", "slant_claims"} <= set(doc.spans)
    assert any(s.label_ == "Velorian Interior Ministry" for s in doc.spans["slant_actors"])
    assert len(doc.spans["slant_claims"]) >= 5
    assert doc.user_data["slant"].claims[0].attributed_to == "Velorian Interior Ministry"
    # reuse of a full pipeline's parse
    full = get_nlp()
    parsed = full(text)
    comp = nlp.get_pipe("slant")
    again = comp(parsed)
    assert [s.text for s in again.spans["slant_claims"]] == [s.text for s in doc.spans["slant_claims"]]

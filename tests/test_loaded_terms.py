"""loaded_terms.v1: lexical loaded-word spans and their merge with the techniques layer."""

from __future__ import annotations

from slant.analyze.loaded_terms import LoadedTermsAnalyzer, merge_technique_spans
from slant.document import Document, Span
from slant.nlp.linear import token_features, tokens_with_offsets


def test_tokens_keep_offsets_and_inner_hyphens() -> None:
    text = "The so-called rebels’ claims."
    toks = tokens_with_offsets(text)
    assert [w for _, _, w in toks] == ["The", "so-called", "rebels", "’", "claims", "."]
    assert all(text[s:e] == w for s, e, w in toks)
    feats = token_features(["so-called", "rebels"], 1, frozenset({"rebels"}))
    assert feats["lex"] == 1.0 and feats["after_quote_or_socalled"] == 1.0


def test_technique_spans_are_merged_with_kinds() -> None:
    doc = Document(id="d", source="d", text="They are vile thugs and cowards.")
    doc.spans["techniques"] = [
        Span(9, 18, "Name_Calling,Labeling", 0.9),
        Span(0, 4, "Doubt", 0.8),
    ]
    merged = merge_technique_spans(doc, [Span(9, 13, "loaded", 0.7, attrs={"source": "lexical"})])
    kinds = {(s.start, s.end, s.label, s.attrs.get("source")) for s in merged}
    assert (9, 13, "loaded", "lexical") in kinds  # lexical spans keep their kind
    assert (9, 18, "name_calling", "techniques") in kinds
    assert not any(s.start == 0 for s in merged)  # other techniques are not loaded terms


def test_analyzer_flags_loaded_words_not_neutral_ones(fixtures) -> None:
    loaded, neutral = (fixtures / "loaded_terms" / "sentences.txt").read_text(encoding="utf-8").splitlines()[:2]
    a = Document(id="a", source="a", text=loaded)
    b = Document(id="b", source="b", text=neutral)
    LoadedTermsAnalyzer()([a, b])
    words = {a.text[s.start : s.end].lower() for s in a.spans["loaded_terms"]}
    assert any("mob" in w for w in words) and "shameful" in words
    assert a.analyzers["loaded_terms"] == "loaded_terms.v1"
    assert len(b.spans["loaded_terms"]) < len(a.spans["loaded_terms"])
    assert all(0 <= s.score <= 1 for s in a.spans["loaded_terms"])

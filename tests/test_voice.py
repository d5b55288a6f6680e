"""voice.v1: quotes credited to their speaker, and every span stamped with whose words it is."""

from __future__ import annotations

from pathlib import Path

from slant.analyze.base import BatchContext
from slant.analyze.voice import VoiceAnalyzer, direct_spans, outlet_voice
from slant.document import Document, Span

FIXTURE = Path(__file__).parent / "fixtures" / "actors" / "voice_page.txt"


def _doc(text: str) -> Document:
    return Document(id="v", source="test", text=text)


def _span(text: str, words: str, layer_label: str = "loaded") -> Span:
    start = text.index(words)
    return Span(start, start + len(words), layer_label, 0.9, "loaded_terms.v1")


def test_possessive_apostrophe_is_never_a_quote() -> None:
    text = "Lavrov’s friend and the army’s ‘heroes’ met. Ostra’s mayor said \"no\"."
    found = [text[s:e] for s, e in direct_spans(text)]
    assert found == ["heroes", "no"]


def test_quoted_outlet_words_are_not_the_outlets_own() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    doc = _doc(text)
    doc.add_spans("loaded_terms", [_span(text, "bloody massacre"), _span(text, "shameless lie")], "loaded_terms.v1")
    VoiceAnalyzer()([doc], BatchContext())
    by_words = {text[s.start : s.end]: s.attrs for s in doc.spans["loaded_terms"]}
    assert by_words["bloody massacre"]["voice"] == "quoted"
    assert "Velorian Herald" in by_words["bloody massacre"]["source"]
    assert by_words["shameless lie"]["voice"] == "outlet"
    assert [text[s.start : s.end] for s in outlet_voice(doc.spans["loaded_terms"])] == ["shameless lie"]


def test_direct_quotes_go_to_the_speaker_not_the_people_discussed() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    doc = _doc(text)
    VoiceAnalyzer()([doc])
    quotes = {text[q.start : q.end]: q.attrs["source"] for q in doc.spans["quotes"]}
    assert quotes["We reject these accusations,"] == "Marta Kovell"
    assert quotes["Nobody was harmed."] == "Marta Kovell"  # a continuation keeps its speaker
    reported = [q for q in doc.spans["quotes"] if q.label == "reported" and "40 families" in text[q.start : q.end]]
    assert reported and "Ostran Relief Agency" in reported[0].attrs["source"]


def test_unnamed_speaker_is_null_not_a_guess() -> None:
    text = "The town was quiet. “It is over,” someone shouted from the crowd."
    doc = _doc(text)
    VoiceAnalyzer()([doc])
    assert [q.attrs["source"] for q in doc.spans["quotes"] if q.label == "direct"] == [None]


def test_a_pronoun_never_resolves_to_a_name_inside_a_quote() -> None:
    text = "Arlo Venn spoke first. “This is nothing next to what Dana Moss did!” he wrote."
    doc = _doc(text)
    VoiceAnalyzer()([doc])
    assert [q.attrs["source"] for q in doc.spans["quotes"] if q.label == "direct"] == ["Arlo Venn"]


# ---------------------------------------------------------------- issue 18: who speaks


def _quotes_of(fixture_name: str) -> tuple[str, dict[str, object]]:
    from slant.eval.actors import analyze_text

    text = (Path(__file__).parent / "fixtures" / fixture_name).read_text(encoding="utf-8")
    doc = analyze_text(text, fixture_name)
    return text, {text[q.start : q.end]: q.attrs["source"] for q in doc.spans["quotes"]}


def test_speakers_named_by_description_participle_or_relation() -> None:
    _text, quotes = _quotes_of("actors_who_says_what.txt")
    assert quotes["Freedom means freedom for everyone,"] == "Carl Dorn"  # "the former vice president said"
    assert quotes["I judged my sister too fast."] == "Mary Dorn"  # "X apologized ..., writing '...'"
    assert quotes["the family was calm"] == "Her mother"  # a possessed noun is one known person


def test_unnamed_speakers_are_null_and_never_inherit_the_previous_quote() -> None:
    text, quotes = _quotes_of("actors_who_says_what.txt")
    assert quotes["supports higher taxes and opposes the dam."] is None  # "an alleged poll said"
    saying = [q for q in quotes if q.startswith("it could hurt talks")]
    assert saying and quotes[saying[0]] is None  # "several lawmakers ..., saying ..."

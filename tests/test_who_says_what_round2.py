"""Issue 18, round 2: speakers a document, a headline, a preposition or the sentence itself names,
and claims that read the speaker as voice.v1 does (invented sentences in
tests/fixtures/actors_issue18_round2.txt, written for these tests; every test but the "cake" guard failed before the round).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.document import Document
from slant.eval.actors import analyze_text

FIXTURE = Path(__file__).parent / "fixtures" / "actors_issue18_round2.txt"


@pytest.fixture(scope="module")
def page() -> tuple[str, Document]:
    text = FIXTURE.read_text(encoding="utf-8")
    return text, analyze_text(text, FIXTURE.name)


def _speaker(page: tuple[str, Document], words: str) -> object:
    text, doc = page
    return next(q.attrs["source"] for q in doc.spans["quotes"] if text[q.start : q.end] == words)


def _claim_source(page: tuple[str, Document], words: str) -> object:
    return next(c.attributed_to for c in page[1].claims if words in c.text)


def test_a_headline_quote_after_a_bare_role_is_named_by_the_same_words_in_the_body(page) -> None:
    assert _speaker(page, "Clear Danger") == "Senator Ivo Pratt"  # 'Senator: "Clear Danger"'
    assert _speaker(page, "clear danger") == "Senator Ivo Pratt"  # 'a senator is saying ... "clear danger"'
    assert _speaker(page, 'there is a "clear danger" at the northern border of Ostra') == "Senator Ivo Pratt"


def test_a_document_speaks_for_the_body_that_issued_it(page) -> None:
    assert _speaker(page, "the repairs would cost the city more than ten million crowns") == "Valdor government"
    assert _speaker(page, "the permit had expired in March") == "Ostra Trade Office"  # "the letter from X said"


def test_a_participle_after_a_preposition_shares_the_subject_of_the_verb_it_hangs_on(page) -> None:
    assert _speaker(page, "he would resign") == "Senator Piet Mols"  # "A day after telling reporters that ..."


def test_a_pronoun_in_a_subordinate_clause_is_bound_inside_its_sentence(page) -> None:
    assert _speaker(page, "All the borders must fall.") == "Tom Berg"  # not Karl Weiss, the previous subject


def test_a_sentence_final_reporting_clause_reports_what_comes_before_it() -> None:
    """The parser sometimes hangs "..., the government said." under the clause it reports (seen on a
    long news sentence); the parse is built by hand here, as no short sentence reproduces it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from slant.analyze.voice import trailing_report

    words = "The agency asked the mayor to wait , the government said .".split()
    heads = [1, 2, 2, 4, 2, 6, 2, 2, 9, 10, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct", "det", "nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 11)
    first, last = trailing_report(doc[10])  # type: ignore[misc]
    assert doc[first.i : last.i + 1].text == "The agency asked the mayor to wait"
    assert trailing_report(doc[2]) is None  # the root reports nothing of its own this way


def test_claims_read_speakers_as_voice_does(page) -> None:
    assert _claim_source(page, "The report said that the repairs") == "Valdor government"
    assert _claim_source(page, "the letter from the Ostra Trade Office") == "Ostra Trade Office"
    assert _claim_source(page, "A Valdor City official said") is None  # one unnamed person
    assert _claim_source(page, "Olga Brand sought to defend the dam") == "Olga Brand"  # "..., saying, '...'"
    assert _claim_source(page, "A day after telling reporters") == "Senator Piet Mols"  # a reported clause in it


def test_the_site_is_the_name_an_earlier_website_stood_in_apposition_with(page) -> None:
    assert _speaker(page, "the files came from a safe in the ministry") == "Valdorleaks.com"  # not Valdor Bank


def test_they_continues_an_institution_that_acts_after_the_last_named_body(page) -> None:
    assert _speaker(page, "there was no crime at the port") == "state police"  # not The Ostra Trade Office


def test_made_clear_reports_the_clause_it_takes() -> None:
    text = (
        "The charges were announced on Friday by Senator Ivo Pratt, the committee chairman, who made clear "
        "during a news conference that the inquiry would go on for another year."
    )
    doc = analyze_text(text, "made-clear")
    said = [q for q in doc.spans["quotes"] if text[q.start : q.end].startswith("the inquiry would go on")]
    assert said and said[0].attrs["source"] in ("Senator Ivo Pratt", "Ivo Pratt")


def test_a_question_put_to_the_speaker_is_asked_by_nobody_named() -> None:
    text = (
        'Senator Ivo Pratt spoke on Monday. But asked if the dam was safe, Senator Ivo Pratt said, "Ask the engineers." '
        "Olga Brand joked about the vote, asking whether the old bridge would be next."
    )
    doc = analyze_text(text, "asked")
    sources = {text[q.start : q.end]: q.attrs["source"] for q in doc.spans["quotes"]}
    assert "if the dam was safe" in sources and sources["if the dam was safe"] is None
    assert not any(s.startswith("But asked") for s in sources)  # no reported clause of "said"
    assert "whether the old bridge would be next" not in sources  # "asking": her own question, none put to her


# ---------------------------------------------------------------- labels


def _labels_of(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in analyze_text(text, "complement").spans.get("actor_labels", []):
        out.setdefault(s.label or "", []).append(str(s.attrs["text"]))
    return out


def test_an_object_complement_the_parser_read_as_a_clause_labels_the_pronoun_s_person() -> None:
    text = "As mayor, Olga Brand promoted Senator Ivo Pratt to deputy and made him her director of transport policy."
    assert "director of transport policy" in _labels_of(text).get("Ivo Pratt", [])


def test_the_passive_subject_of_considered_gets_the_complement() -> None:
    text = "Senator Ivo Pratt spoke on Monday. Pratt is widely considered a future contender for the office."
    assert "future contender for the office" in _labels_of(text).get("Ivo Pratt", [])


def test_a_thing_made_for_someone_is_no_label() -> None:
    labels = _labels_of("The chef made Senator Ivo Pratt a cake.")
    assert not any("cake" in lab for labs in labels.values() for lab in labs)

"""claims.v1: checkable sentences, their numbers, the source they name, check-worthiness."""

from __future__ import annotations

import pytest

from slant.document import Document
from slant.eval.claims import average_precision
from slant.nlp.linear import LinearModel, sentence_features


def test_average_precision() -> None:
    assert average_precision([0.9, 0.8, 0.1], [1, 0, 1]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([0.5], [0]) == 0.0


def test_linear_model_round_trip(tmp_path) -> None:
    m = LinearModel(weights={"has_number": 2.0, "w=killed": 1.0}, bias=-2.0, threshold=0.4, meta={"name": "t"})
    m.save(tmp_path / "m.json")
    back = LinearModel.load(tmp_path / "m.json")
    assert back.score(sentence_features("12 people were killed")) > back.score(sentence_features("people were sad"))
    assert back.meta["name"] == "t" and back.threshold == 0.4


def test_shipped_checkworthy_model_prefers_numbers_over_chatter() -> None:
    from slant.analyze.claims import load_checkworthy_model

    m = load_checkworthy_model()
    fact = m.score(sentence_features("Unemployment rose to 9 percent in 2011, costing 800,000 jobs."))
    chat = m.score(sentence_features("Thank you, it is great to be here tonight."))
    assert fact > m.threshold > chat


@pytest.mark.slow
def test_claims_on_invented_article(fixtures) -> None:
    from slant.analyze.claims import ClaimsAnalyzer

    text = (fixtures / "claims" / "article.txt").read_text(encoding="utf-8")
    doc = Document(id="d", source="d", text=text)
    ClaimsAnalyzer()([doc])
    by_start = {c.text.split()[0] + " " + c.text.split()[1]: c for c in doc.claims}
    for c in doc.claims:
        assert doc.text[c.start : c.end] == c.text
        assert 0.0 <= c.check_worthy <= 1.0
    assert not any(c.text.endswith("?") for c in doc.claims)  # questions are not claims
    residents = by_start["At least"]
    assert residents.numbers == ("1,274",)
    assert residents.attributed_to == "Velorian Interior Ministry"  # 'according to'
    assert by_start["The Northern"].attributed_to == "Northern Liberation Front"  # 'X said that'
    grain = by_start["Some 4,500"]
    assert grain.attributed_to is None and grain.numbers == ("4,500",)  # unattributed number
    cnn = by_start["CNN reported"]
    assert cnn.attributed_to == "CNN" and cnn.quoted_outlet
    assert not residents.quoted_outlet
    assert by_start['"We will'].attributed_to == "General Ostrava"  # quotation + told
    assert by_start["Local sources"].attributed_to.lower() == "local sources"


@pytest.mark.slow
def test_a_claim_never_runs_across_paragraphs() -> None:
    from slant.analyze.claims import ClaimsAnalyzer

    text = "Officials gave a statement on the matter:\n\nAbout 310 families crossed the border at Dresk, the Velorian Red Cross said."
    doc = Document(id="p", source="p", text=text)
    ClaimsAnalyzer()([doc])
    crossing = [c for c in doc.claims if "310" in c.numbers]
    assert len(crossing) == 1 and crossing[0].text.startswith("About 310")
    assert crossing[0].attributed_to == "Velorian Red Cross"


def test_a_quoted_claim_is_credited_to_its_speaker_not_the_people_discussed() -> None:
    from slant.analyze.claims import ClaimsAnalyzer
    from slant.document import Document

    text = "“Dana Moss destroyed 40 homes in Ostra last year,” said Arlo Venn, the mayor of Ostra."
    doc = Document(id="q", source="test", text=text)
    ClaimsAnalyzer()([doc])
    assert doc.claims and doc.claims[0].attributed_to is not None
    assert "Arlo Venn" in doc.claims[0].attributed_to

"""Issue 18, round 3: rules that generalise past the tuned articles (invented sentences in
tests/fixtures/actors_issue18_round3.txt, written for these tests; each assertion failed before the round).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.analyze.voice import embedded_posts
from slant.document import Document
from slant.eval.actors import analyze_text

FIXTURE = Path(__file__).parent / "fixtures" / "actors_issue18_round3.txt"


@pytest.fixture(scope="module")
def page() -> tuple[str, Document]:
    text = FIXTURE.read_text(encoding="utf-8")
    return text, analyze_text(text, FIXTURE.name)


def _labels(page: tuple[str, Document]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in page[1].spans["actor_labels"]:
        out.setdefault(s.label, set()).add(str(s.attrs["text"]))
    return out


def _speaker(page: tuple[str, Document], words: str) -> object:
    text, doc = page
    return next(q.attrs["source"] for q in doc.spans["quotes"] if words in text[q.start : q.end])


def test_a_definite_description_as_possessor_refers_back(page) -> None:
    assert "secretary" in _labels(page)["Mara Lindqvist"]  # "the secretary's account"


def test_a_bare_surname_the_tagger_missed_takes_its_apposition(page) -> None:
    labels = _labels(page)["Tomas Brandt"]
    assert "former harbour engineer" in labels  # "Brandt, a former harbour engineer, said"
    assert "one of the council's four deputy leaders" in labels  # "X, one of the ...": a description


def test_a_participle_led_apposition_is_no_label(page) -> None:
    labels = " ".join(t for ts in _labels(page).values() for t in ts)
    assert "shirt" not in labels and "suit" not in labels  # "X, dressed in a grey tie, grey shirt and a grey suit"


def test_an_abbreviated_title_lets_a_later_description_refer_back(page) -> None:
    assert "lawmaker" in _labels(page)["Ada Morrow"]  # "Sen. Ada Morrow ... The lawmaker"


def test_datelines_audiences_subsets_and_theorists_are_no_labels(page) -> None:
    labels = _labels(page)
    assert "United States government" not in labels  # "WASHINGTON — ..."
    assert "media" not in labels  # "told reporters": who heard it
    assert "Republicans" not in labels and "Democrats" not in labels  # "Top Republicans": which of them
    assert not any("theorists" in t.lower() for ts in labels.values() for t in ts)


def test_more_reporting_verbs_and_identified_documents_speak(page) -> None:
    assert _speaker(page, "the budget was never the issue") == "Director Lena Roos"  # "testified that"
    assert _speaker(page, "kept its lead") == "Harbor Times"  # "according to a Harbor Times poll"
    assert _speaker(page, "could not hold") == "That memo"  # a document identified, no issuer named


def test_an_embedded_post_is_a_direct_quote_of_its_account_holder(page) -> None:
    assert _speaker(page, "The bridge stays closed until spring.") == "Pia Holm"
    text, doc = page
    claim = next(c for c in doc.claims if c.text.startswith("The bridge stays closed"))
    assert claim.attributed_to == "Pia Holm"


def test_an_embedded_post_stops_at_the_line_that_introduces_it() -> None:
    text = (
        "The mayor answered the critics within the hour, in a post of her own:\n"
        "No decision yet.\n#FerryVote on Monday.\n"
        "https://t.co/xyz — Ines Vart (@inesvart) May 2, 2020\nThe vote was later delayed."
    )
    (post,) = embedded_posts(text)
    assert text[post.start : post.end] == "No decision yet.\n#FerryVote on Monday."
    assert post.source == "Ines Vart" and post.kind == "direct"

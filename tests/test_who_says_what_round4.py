"""Issue 18, round 4: kinship nouns, qualified offices, reporting verbs read as names, inverted
reports (invented sentences in tests/fixtures/actors_issue18_round4.txt, written for these tests;
each assertion failed before the round).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slant.document import Document
from slant.eval.actors import analyze_text

FIXTURE = Path(__file__).parent / "fixtures" / "actors_issue18_round4.txt"


@pytest.fixture(scope="module")
def page() -> tuple[str, Document]:
    text = FIXTURE.read_text(encoding="utf-8")
    return text, analyze_text(text, FIXTURE.name)


def _labels(page: tuple[str, Document]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in page[1].spans["actor_labels"]:
        out.setdefault(s.label, []).append(str(s.attrs["text"]))
    return out


def _quote(page: tuple[str, Document], words: str, kind: str | None = None) -> dict:
    text, doc = page
    return next(
        q.attrs for q in doc.spans["quotes"] if text[q.start : q.end].startswith(words) and kind in (None, q.label)
    )


def test_a_possessed_kinship_noun_denotes_the_person_named_with_it(page) -> None:
    wife = _labels(page)["Greta Olander"]
    assert "his wife" in wife  # "... trips for Olander and his wife", after "His wife, Greta Olander,"
    assert wife.count("wife") == 2  # the apposition and "his father and wife" (the possessor shared)
    assert "his father" in _labels(page)["Anton Olander"]  # before "his father, Rev. Anton Olander"


def test_a_kinship_noun_owned_by_the_person_it_would_name_is_left_alone(page) -> None:
    labels = " ".join(t for ts in _labels(page).values() for t in ts)
    assert "sister" not in labels  # "Lena Marsh, the daughter of ..., criticized her sister"


def test_a_qualified_office_with_no_earlier_title_denotes_the_subject_before_it(page) -> None:
    assert "Ohio governor" in _labels(page)["Dario Quint"]  # 'says X. "...," the Ohio governor continues'


def test_a_reporting_verb_read_as_part_of_a_name_still_reports(page) -> None:
    for words in ("shows the mayor", "proves the board"):  # 'The memo “...,” Vesna Kroll Tweeted.'
        quote = _quote(page, words, "direct")
        assert quote["source"] in ("Vesna Kroll", "Kroll") and quote["verb"] == "tweet"
    assert _quote(page, "The memo", "reported")["source"] == "Vesna Kroll"
    actors = {a.name for a in page[1].actors}
    assert not any("Tweeted" in name for name in actors)


def test_an_inverted_report_is_the_earlier_speakers(page) -> None:
    reported = [q for q in page[1].spans["quotes"] if q.label == "reported" and "chance of a new parish" in page[0][q.start : q.end]]
    assert [q.attrs["source"] for q in reported] == ["bishop’s office"]  # not "he answered" over the whole sentence
    assert _quote(page, "never")["source"] == "bishop’s office"  # words quoted inside the office's report

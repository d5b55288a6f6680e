"""The technique glossary: one entry per SemEval-2020 Task 11 label, nothing else, all fields filled."""

from __future__ import annotations

import re

import pytest

from slant.analyze import glossary as glossary_module
from slant.analyze.glossary import GlossaryError, TechniqueEntry, entry, glossary, glossary_json
from slant.document import TECHNIQUES

#: A definition is one or two sentences; an example one short sentence or two.
MAX_SENTENCES = 2
MAX_EXAMPLE_CHARS = 160


def test_every_technique_has_an_entry_and_nothing_else() -> None:
    table = glossary()
    assert list(table) == list(TECHNIQUES)
    assert all(isinstance(e, TechniqueEntry) and e.technique == label for label, e in table.items())


@pytest.mark.parametrize("label", TECHNIQUES)
def test_entries_are_short_and_filled(label: str) -> None:
    e = glossary()[label]
    assert e.name and e.definition and e.example
    assert len(re.findall(r"[.!?](?:\s|$)", e.definition)) <= MAX_SENTENCES
    assert len(e.example) <= MAX_EXAMPLE_CHARS
    assert "_" not in e.name  # a display name, not the raw label


def test_names_are_distinct() -> None:
    names = [e.name.lower() for e in glossary().values()]
    assert len(set(names)) == len(names)


def test_json_twin_keeps_the_order_and_fields() -> None:
    data = glossary_json()
    assert [t["technique"] for t in data["techniques"]] == list(TECHNIQUES)
    assert set(data["techniques"][0]) == {"technique", "name", "definition", "example"}


def test_unknown_label_has_no_entry() -> None:
    assert entry("Loaded_Language") is glossary()["Loaded_Language"]
    assert entry("Not_A_Technique") is None


@pytest.mark.parametrize("table", [
    {"techniques": {t: {"name": "n", "definition": "d.", "example": "e."} for t in TECHNIQUES[1:]}},
    {"techniques": {**{t: {"name": "n", "definition": "d.", "example": "e."} for t in TECHNIQUES}, "Extra": {}}},
    {"techniques": {t: {"name": "n", "definition": " ", "example": "e."} for t in TECHNIQUES}},
    {"techniques": []},
    [],
])
def test_a_malformed_table_is_a_clear_error(monkeypatch, table) -> None:
    monkeypatch.setattr(glossary_module.lexicons, "json_table", lambda name: table)
    glossary.cache_clear()
    try:
        with pytest.raises(GlossaryError, match="techniques_glossary.json"):
            glossary()
    finally:
        glossary.cache_clear()


def test_the_propaganda_score_is_defined_in_the_glossary_json() -> None:
    from slant.analyze.glossary import glossary_json, propaganda_definition

    text = propaganda_definition()
    assert "share" in text and "sentences" in text
    assert glossary_json()["propaganda_score"] == text

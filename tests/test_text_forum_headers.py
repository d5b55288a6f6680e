"""Forum post headers in scraped text (issue 16): '»' between name and date, 'Postby', post numbers,
and a label word stripped from the author slot when one-word profile fields share it. Invented lines."""

from __future__ import annotations

from slant.extract.text.names import has_says, name_before_date
from slant.extract.text.records import _strip_labels


def test_name_before_a_guillemet_date() -> None:
    assert name_before_date("Postby tomato_fan » 20 Jan 2012 19:18") == "tomato_fan"
    assert name_before_date("par Rosalie77 » Lun 8 Juin 2020 14:12") == "Rosalie77"
    assert name_before_date("Gartenzwerg12 » 16 Apr 2020, 18:30") == "Gartenzwerg12"
    assert name_before_date("#48213 by quietlake » Mon Mar 09, 2020 5:22 pm") == "quietlake"
    assert has_says("Post by quietlake » Mon Mar 09, 2020 5:22 pm")


def test_sentences_with_a_guillemet_are_no_headers() -> None:
    assert name_before_date("I think this is wrong » see the manual") is None


def test_label_word_is_stripped_even_beside_one_word_fields() -> None:
    values = {0: "Postby ann", 1: "Joined", 2: "Postby bob", 3: "Postby cleo", 4: "Joined", 5: "Postby dan"}
    assert _strip_labels(values) == {0: "ann", 1: "Joined", 2: "bob", 3: "cleo", 4: "Joined", 5: "dan"}


def test_a_repeated_two_word_name_is_not_a_label() -> None:
    values = {0: "Baal Hammer", 1: "Greta", 2: "Baal Hammer", 3: "Otto", 4: "Baal Hammer"}
    assert _strip_labels(values) == values

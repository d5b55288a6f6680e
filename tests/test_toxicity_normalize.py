"""The toxicity normaliser maps obfuscated profanity back and leaves ordinary words alone."""

from __future__ import annotations

import pytest

from slant.analyze.toxicity_normalize import deobfuscate_token, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("f*ck", "fuck"),
        ("f@ck", "fuck"),
        ("fukking", "fucking"),
        ("fvck", "fuck"),
        ("phuck", "fuck"),
        ("Fuuuuck", "fuck"),
        ("sh1t", "shit"),
        ("sh!tty", "shitty"),
        ("s**t", "shit"),
        ("b!tch", "bitch"),
        ("a$$hole", "asshole"),
        ("f***", "fuck"),
        ("f*cking", "fucking"),
    ],
)
def test_obfuscations_become_the_plain_word(raw: str, expected: str) -> None:
    assert deobfuscate_token(raw) == expected


@pytest.mark.parametrize(
    "word", ["class", "assess", "shot", "cook", "Niger", "Dickens", "pass", "shirt", "duck", "luck", "fork", "slot"]
)
def test_ordinary_words_are_unchanged(word: str) -> None:
    assert deobfuscate_token(word) == word


def test_normalize_sentence_with_punctuation_and_noise() -> None:
    text = "RT @someone: this is f*cking sh1t!!! see https://example.org/x #FakeNews &amp; more"
    assert normalize(text) == "this is fucking shit!!! see URL Fake News & more"


def test_mentions_collapse_and_obfuscation_with_at_sign_is_not_a_mention() -> None:
    assert normalize("@a @b @c f@ck off") == "@USER fuck off"


def test_long_letter_runs_are_shortened() -> None:
    assert normalize("noooooo wayyyy") == "noo wayy"


def test_empty_text() -> None:
    assert normalize("") == ""

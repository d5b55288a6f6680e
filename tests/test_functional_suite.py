"""The functional toxicity suite: its size, its fixed held-out rule, and the scoring (fake scorer)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from slant.cli import COMMAND_MODULES, app
from slant.eval.functional import evaluate_functional, fill, load_suite, select, template_part

MIN_TESTS = 25
MIN_CASES = 1500


def test_suite_has_enough_tests_and_cases_and_both_labels() -> None:
    suite, cases = load_suite()
    tests = {c.test for c in cases}
    assert len(tests) >= MIN_TESTS
    assert len(cases) >= MIN_CASES
    assert {c.label for c in cases} == {"hateful", "non-hateful"}
    assert "every third template" in suite["heldout_rule"]


def test_every_test_has_train_and_heldout_templates_split_every_third() -> None:
    _, cases = load_suite()
    for test in {c.test for c in cases}:
        parts = {c.template: c.part for c in cases if c.test == test}
        assert parts == {i: ("heldout" if i % 3 == 2 else "train") for i in parts}
        assert "heldout" in parts.values() and "train" in parts.values()
    assert [template_part(i) for i in range(6)] == ["train", "train", "heldout"] * 2


def test_heldout_and_train_texts_never_share_a_template() -> None:
    _, cases = load_suite()
    train = {(c.test, c.template) for c in select(cases, "train")}
    held = {(c.test, c.template) for c in select(cases, "heldout")}
    assert train and held and not train & held
    assert len(select(cases, "all")) == len(cases)
    with pytest.raises(ValueError):
        select(cases, "dev")


def test_fill_cycles_shorter_slots_and_rejects_unknown_ones() -> None:
    slots = {"A": ["x", "y", "z"], "B": ["1"]}
    assert fill("{A}-{B}", slots) == ["x-1", "y-1", "z-1"]
    assert fill("no slot", slots) == ["no slot"]
    with pytest.raises(ValueError, match="unknown"):
        fill("{C}", slots)


class KeywordScorer:
    """Flags 'toxic' when the text holds 'hate'."""

    def score(self, texts):
        return [SimpleNamespace(flags=["toxic"] if "hate" in t else []) for t in texts]


def _tiny_suite(folder: Path) -> None:
    tests = [
        {"id": "h", "label": "hateful", "templates": ["I hate {G}", "{G} ok", "I hate {G} a lot"]},
        {"id": "n", "label": "non-hateful", "templates": ["{G} fine", "{G} good", "I hate rain, {G}"]},
    ]
    (folder / "suite.json").write_text(json.dumps({"name": "tiny", "heldout_rule": "every third template",
                                                   "tests": tests}), encoding="utf-8")
    (folder / "slots.json").write_text(json.dumps({"slots": {"G": ["a", "b"]}}), encoding="utf-8")


def test_evaluate_counts_per_test_and_per_label(tmp_path: Path) -> None:
    _tiny_suite(tmp_path)
    held = evaluate_functional(KeywordScorer(), "heldout", tmp_path)
    assert held["cases"] == 4
    assert held["hateful_accuracy"] == 1.0  # "I hate a a lot" flagged
    assert held["non_hateful_accuracy"] == 0.0  # "I hate rain" flagged: wrong
    train = evaluate_functional(KeywordScorer(), "train", tmp_path)
    assert train["per_test"]["h"]["accuracy"] == 0.5  # "I hate a" right, "a ok" wrong
    assert train["per_test"]["n"] == {"label": "non-hateful", "right": 4, "n": 4, "accuracy": 1.0}


def test_bad_label_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "suite.json").write_text(json.dumps({"tests": [{"id": "x", "label": "rude", "templates": ["t"]}]}))
    (tmp_path / "slots.json").write_text(json.dumps({"slots": {}}))
    with pytest.raises(ValueError, match="label"):
        load_suite(tmp_path)


def test_cli_is_registered_and_rejects_a_bad_part() -> None:
    assert "slant.cli.eval_functional" in COMMAND_MODULES
    result = CliRunner().invoke(app, ["eval", "functional", "--part", "dev"])
    assert result.exit_code != 0

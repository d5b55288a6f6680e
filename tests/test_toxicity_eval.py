"""OLID scorer and gold-thread scorer on hand-made cases (fake model, tiny files written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant.analyze.toxicity import CommentScore
from slant.document import TOXICITY_ATTRIBUTES
from slant.eval.olid import evaluate_olid, evaluate_samples, f1_scores, macro_f1, read_level


def test_macro_f1_hand_computed() -> None:
    gold = ["OFF", "OFF", "NOT", "NOT", "NOT"]
    pred = ["OFF", "NOT", "NOT", "NOT", "OFF"]
    # OFF: tp1 fp1 fn1 -> 0.5 ; NOT: tp2 fp1 fn1 -> 4/6
    assert macro_f1(gold, pred, ("NOT", "OFF")) == pytest.approx((0.5 + 4 / 6) / 2)


def test_macro_f1_counts_a_never_predicted_class_as_zero() -> None:
    assert f1_scores(["IND", "GRP", "OTH"], ["IND", "IND", "IND"], ("IND", "GRP", "OTH")) == {
        "IND": pytest.approx(0.5), "GRP": 0.0, "OTH": 0.0}


def test_macro_f1_perfect_and_length_mismatch() -> None:
    assert macro_f1(["a", "b"], ["a", "b"], ("a", "b")) == 1.0
    with pytest.raises(ValueError):
        macro_f1(["a"], [], ("a",))


def _write_olid(folder: Path) -> None:
    rows = {"a": [("1", "you are awful", "OFF"), ("2", "nice day", "NOT"), ("3", "awful people", "OFF"), ("4", "hello", "NOT")],
            "b": [("1", "you are awful", "TIN"), ("3", "awful people", "TIN"), ("5", "damn it", "UNT")],
            "c": [("1", "you are awful", "IND"), ("3", "awful people", "GRP")]}
    for level, items in rows.items():
        (folder / f"testset-level{level}.tsv").write_text(
            "id\ttweet\r\n" + "".join(f"{i}\t{t}\r\n" for i, t, _ in items), encoding="utf-8")
        # labels in a different order than the tweets: the join must use ids
        (folder / f"labels-level{level}.csv").write_text(
            "id,label\r\n" + "".join(f"{i},{lab}\r\n" for i, _, lab in reversed(items)), encoding="utf-8")


class RuleScorer:
    def score(self, texts):
        out = []
        for t in texts:
            off = "awful" in t
            attrs = {a: 0.9 if off and a == "toxic" else 0.0 for a in TOXICITY_ATTRIBUTES}
            out.append(CommentScore(
                attributes=attrs, flags=[a for a in attrs if attrs[a] >= 0.5], offensive=float(off), untargeted=0.0,
                target="GRP" if "people" in t else "IND", target_probs={}, olid_a="OFF" if off else "NOT", olid_b="TIN",
            ))
        return out


def test_read_level_joins_on_id(tmp_path: Path) -> None:
    _write_olid(tmp_path)
    texts, gold = read_level(tmp_path, "a")
    assert texts == ["you are awful", "nice day", "awful people", "hello"]
    assert gold == ["OFF", "NOT", "OFF", "NOT"]


def test_evaluate_olid_on_tiny_sets(tmp_path: Path) -> None:
    _write_olid(tmp_path)
    result = evaluate_olid(tmp_path, RuleScorer())
    assert result["a_macro_f1"] == 1.0
    assert result["b_macro_f1"] == pytest.approx(round((0.8 + 0.0) / 2, 4))  # UNT never predicted
    assert result["c_macro_f1"] == pytest.approx(round((1 + 1 + 0) / 3, 4))
    assert result["a_n"] == 4


def test_evaluate_samples_per_attribute(tmp_path: Path) -> None:
    gold = {"comments": [
        {"text": "awful take", "toxicity": {"toxic": True, "severe": False, "insult": True, "threat": False,
                                            "identity_attack": False, "profanity": False}},
        {"text": "fine take", "toxicity": {"toxic": False, "severe": False, "insult": False, "threat": False,
                                           "identity_attack": False, "profanity": False}},
        {"text": "awful again", "toxicity": {"toxic": False, "severe": False, "insult": False, "threat": False,
                                             "identity_attack": False, "profanity": False}},
    ]}
    (tmp_path / "x.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = evaluate_samples(tmp_path, RuleScorer())
    assert result["comments"] == 3
    toxic = result["attributes"]["toxic"]
    assert (toxic["precision"], toxic["recall"], toxic["support"], toxic["predicted"]) == (0.5, 1.0, 1, 2)
    assert toxic["f1"] == pytest.approx(round(2 / 3, 4))
    assert result["attributes"]["insult"]["f1"] == 0.0  # missed
    assert result["macro_f1_supported"] == pytest.approx(round((2 / 3) / 2, 4), abs=1e-4)

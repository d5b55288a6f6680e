"""Training smoke run: a few steps on a tiny OLID-shaped file, export, parity, and load at run time."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

REPO = Path(__file__).resolve().parent.parent

ROWS = [
    ("NOT", "NULL", "NULL", "what a lovely morning in the park"),
    ("NOT", "NULL", "NULL", "the council meets again on tuesday"),
    ("NOT", "NULL", "NULL", "I disagree with the new tax plan"),
    ("NOT", "NULL", "NULL", "great game last night, well played"),
    ("OFF", "UNT", "NULL", "damn this traffic is the worst"),
    ("OFF", "UNT", "NULL", "holy crap what a week"),
    ("OFF", "TIN", "IND", "@USER you are a complete idiot"),
    ("OFF", "TIN", "IND", "@USER shut up you clown"),
    ("OFF", "TIN", "GRP", "those people are all liars and thieves"),
    ("OFF", "TIN", "GRP", "they are vermin, every one of them"),
    ("OFF", "TIN", "OTH", "this company is a garbage scam"),
    ("OFF", "TIN", "OTH", "that network is pure trash"),
]


def _load_training_module():
    spec = importlib.util.spec_from_file_location("toxicity_training", REPO / "training" / "toxicity.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["toxicity_training"] = module
    spec.loader.exec_module(module)
    return module


def test_training_smoke_run_exports_a_loadable_model(tmp_path: Path) -> None:
    olid = tmp_path / "olid"
    olid.mkdir()
    lines = ["id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c"]
    for i, (a, b, c, text) in enumerate(ROWS * 2):
        lines.append(f"{1000 + i}\t{text}\t{a}\t{b}\t{c}")
    (olid / "olid-training-v1.0.tsv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    out = tmp_path / "model"
    training = _load_training_module()
    training.main([
        "--olid", str(olid), "--davidson", "", "--ethos", "", "--no-written",
        "--epochs", "1", "--max-steps", "2", "--batch-size", "8", "--max-length", "32", "--no-refit",
        "--held-out", "0.25", "--runs", str(tmp_path / "runs"), "--out", str(out), "--no-test-eval",
    ])
    for name in ("model.onnx", "tokenizer.json", "config.json", "MODEL_CARD.md"):
        assert (out / name).exists(), name
    config = json.loads((out / "config.json").read_text())
    assert config["heads"]["attributes"]["labels"] == [
        "toxic", "severe_toxic", "insult", "threat", "identity_attack", "profanity"]
    assert set(config["thresholds"]["attributes"]) == set(config["heads"]["attributes"]["labels"])
    metrics = json.loads((tmp_path / "runs" / "metrics.json").read_text())
    assert metrics["parity_max_abs_logit_diff"] < 1e-3

    from slant.analyze.toxicity import ToxicityScorer

    scores = ToxicityScorer(out).score(["you f*cking idiot", "nice weather"])
    assert len(scores) == 2
    assert all(0.0 <= v <= 1.0 for s in scores for v in s.attributes.values())
    assert scores[0].target in {"IND", "GRP", "OTH"}

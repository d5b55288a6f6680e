"""Check-worthiness data (ClaimBuster, CLEF CheckThat!) and the figures of claims.v1 on their test parts.

Splits (deterministic, documented in the check-worthy MODEL_CARD):
- ClaimBuster 2.5xNCS.json has no official split: sentences with sentence_id % 5 == 0
  are the test part, % 5 == 1 the validation part, the rest train.
- CLEF-2020 Task 5: training/ is train, test-gold/ is test (official).
- CLEF-2019 Task 1: training/ is train, test_annotated/ is test (official).
Test parts are for measuring only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from slant.eval.metrics import prf

CLAIMBUSTER_FILE = "claimbuster/2.5xNCS.json"


def claimbuster(data: Path, part: str) -> list[tuple[str, int]]:
    """(text, label) of one ClaimBuster part: "train", "validation" or "test"."""
    rows = json.loads((Path(data) / CLAIMBUSTER_FILE).read_text(encoding="utf-8"))
    want = {"test": (0,), "validation": (1,), "train": (2, 3, 4)}[part]
    return [(r["text"], int(r["label"])) for r in rows if int(r["sentence_id"]) % 5 in want]


def clef_documents(data: Path, edition: str, part: str) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    """(document name, [(sentence, label)]) for a CLEF edition ("2019"|"2020") and part ("train"|"test")."""
    folder = {
        ("2020", "train"): "clef2020-task5/training",
        ("2020", "test"): "clef2020-task5/test-gold",
        ("2019", "train"): "clef2019-task1/training",
        ("2019", "test"): "clef2019-task1/test_annotated",
    }[(edition, part)]
    for path in sorted((Path(data) / folder).glob("*.tsv")):
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.rstrip("\r").split("\t")
            if len(cols) < 4:
                continue
            rows.append((cols[2], int(cols[3].strip())))
        yield path.stem, rows


def average_precision(scores: list[float], labels: list[int]) -> float:
    """AP of a ranking by score (CLEF's per-document metric); 0 when there is no positive."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def _prf(pred: list[int], gold: list[int]) -> dict[str, float]:
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    fp = sum(1 for p, g in zip(pred, gold) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold) if g and not p)
    return prf(tp, fp, fn)


def evaluate_claims(data: Path) -> dict[str, Any]:
    """Figures of the shipped check-worthiness model on the test parts (JSON-ready)."""
    from slant.analyze.claims import load_checkworthy_model
    from slant.nlp.linear import sentence_features

    model = load_checkworthy_model()
    out: dict[str, Any] = {"model": model.meta.get("name", "checkworthy"), "threshold": model.threshold}
    rows = claimbuster(data, "test")
    scores = [model.score(sentence_features(t)) for t, _ in rows]
    gold = [g for _, g in rows]
    pred = [int(s >= model.threshold) for s in scores]
    acc = sum(1 for p, g in zip(pred, gold) if p == g) / len(gold)
    out["claimbuster_2.5xNCS_test"] = {
        "n": len(rows),
        "positive_class": _prf(pred, gold),
        "accuracy": round(acc, 4),
        "macro_f1": round((_prf(pred, gold)["f1"] + _prf([1 - p for p in pred], [1 - g for g in gold])["f1"]) / 2, 4),
    }
    trained_on = {name for name, _ in clef_documents(data, "2020", "train")}
    for edition in ("2020", "2019"):
        aps, n, p1, skipped = [], 0, [], []
        for name, doc_rows in clef_documents(data, edition, "test"):
            if name in trained_on:  # a CLEF-2019 test debate re-used in CLEF-2020 training
                skipped.append(name)
                continue
            s = [model.score(sentence_features(t)) for t, _ in doc_rows]
            labels = [g for _, g in doc_rows]
            aps.append(average_precision(s, labels))
            best = max(range(len(s)), key=lambda i: s[i])
            p1.append(labels[best])
            n += len(doc_rows)
        out[f"clef{edition}_test"] = {
            "documents": len(aps),
            "sentences": n,
            "MAP": round(sum(aps) / len(aps), 4),
            "P@1": round(sum(p1) / len(p1), 4),
            "excluded_seen_in_training": skipped,
        }
    return out

"""OffensEval 2019 (OLID) scoring, the alt-profanity-check comparison, and the gold-thread check.

The official OLID test sets are for measuring only: nothing here tunes on them.
Scores are macro-F1 over the level's classes, the OffensEval metric. The scorer
is anything with `score(texts) -> [CommentScore]` (slant.analyze.toxicity), so
tests can pass a fake one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from slant.document import TOXICITY_ATTRIBUTES
from slant.eval.metrics import prf

LEVELS: dict[str, tuple[str, ...]] = {
    "a": ("NOT", "OFF"),
    "b": ("TIN", "UNT"),
    "c": ("IND", "GRP", "OTH"),
}
#: gold-file attribute name -> contract attribute name
GOLD_ATTRIBUTE = {"toxic": "toxic", "severe": "severe_toxic", "insult": "insult", "threat": "threat",
                  "identity_attack": "identity_attack", "profanity": "profanity"}


class Scorer(Protocol):
    def score(self, texts: Sequence[str]) -> list[Any]: ...


def f1_scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, float]:
    """Per-class F1 (0 for a class never predicted correctly)."""
    out = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        out[label] = prf(tp, fp, fn, digits=None)["f1"]
    return out


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    if len(gold) != len(pred):
        raise ValueError("gold and predictions differ in length")
    scores = f1_scores(gold, pred, labels)
    return sum(scores.values()) / len(labels)


def read_level(folder: Path, level: str) -> tuple[list[str], list[str]]:
    """Texts and gold labels of one official OLID test level, joined on tweet id."""
    with open(folder / f"labels-level{level}.csv", encoding="utf-8", newline="") as fh:
        reader: Iterator[list[str]] = csv.reader(fh)
        header = next(reader)
        if header and header[0].strip().lower() != "id":  # some copies have no header
            reader = iter([header, *reader])
        gold = {row[0].strip(): row[1].strip() for row in reader if len(row) >= 2}
    texts, labels = [], []
    with open(folder / f"testset-level{level}.tsv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) >= 2 and row[0].strip() in gold:
                texts.append(row[1])
                labels.append(gold[row[0].strip()])
    return texts, labels


def predict_level(scores: Sequence[Any], level: str) -> list[str]:
    if level == "a":
        return [s.olid_a for s in scores]
    if level == "b":
        return [s.olid_b for s in scores]
    return [s.target for s in scores]


def evaluate_olid(folder: Path, scorer: Scorer) -> dict[str, Any]:
    """Macro-F1 of the three OLID heads on the official test sets."""
    out: dict[str, Any] = {}
    for level, labels in LEVELS.items():
        texts, gold = read_level(Path(folder), level)
        pred = predict_level(scorer.score(texts), level)
        out[f"{level}_macro_f1"] = round(macro_f1(gold, pred, labels), 4)
        out[f"{level}_per_class_f1"] = {k: round(v, 4) for k, v in f1_scores(gold, pred, labels).items()}
        out[f"{level}_n"] = len(gold)
    return out


def evaluate_baseline(folder: Path, scorer: Scorer) -> dict[str, Any]:
    """OLID level A: slant vs alt-profanity-check (its predict(), i.e. p >= 0.5), same test set, same run."""
    from profanity_check import predict_prob

    texts, gold = read_level(Path(folder), "a")
    ours = [s.olid_a for s in scorer.score(texts)]
    ours_toxic = ["OFF" if "toxic" in s.flags else "NOT" for s in scorer.score(texts)]
    probs = predict_prob(texts)
    theirs = ["OFF" if p >= 0.5 else "NOT" for p in probs]
    labels = LEVELS["a"]
    return {
        "test_set": "OLID level A (official test, 860 tweets)" if len(gold) == 860 else f"OLID level A ({len(gold)})",
        "slant_olid_a_head": {"a_macro_f1": round(macro_f1(gold, ours, labels), 4),
                              "per_class_f1": {k: round(v, 4) for k, v in f1_scores(gold, ours, labels).items()}},
        "slant_toxic_flag": {"a_macro_f1": round(macro_f1(gold, ours_toxic, labels), 4),
                             "per_class_f1": {k: round(v, 4) for k, v in f1_scores(gold, ours_toxic, labels).items()}},
        "alt_profanity_check": {"a_macro_f1": round(macro_f1(gold, theirs, labels), 4),
                                "per_class_f1": {k: round(v, 4) for k, v in f1_scores(gold, theirs, labels).items()}},
    }


def evaluate_samples(gold_dir: Path, scorer: Scorer) -> dict[str, Any]:
    """Per-attribute precision/recall/F1 of comment flags on hand-labelled threads (*.gold.json).

    Scores the gold comment texts directly, so extraction errors do not count here.
    """
    texts: list[str] = []
    gold: list[dict[str, bool]] = []
    files = sorted(Path(gold_dir).glob("*.gold.json"))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for c in data.get("comments") or []:
            if c.get("toxicity") is None:
                continue
            texts.append(c["text"])
            gold.append({GOLD_ATTRIBUTE[k]: bool(v) for k, v in c["toxicity"].items() if k in GOLD_ATTRIBUTE})
    flags = [set(s.flags) for s in scorer.score(texts)] if texts else []
    per_attr: dict[str, dict[str, float]] = {}
    for attr in TOXICITY_ATTRIBUTES:
        tp = sum(1 for g, f in zip(gold, flags) if g.get(attr) and attr in f)
        fp = sum(1 for g, f in zip(gold, flags) if not g.get(attr) and attr in f)
        fn = sum(1 for g, f in zip(gold, flags) if g.get(attr) and attr not in f)
        per_attr[attr] = {**prf(tp, fp, fn), "support": tp + fn, "predicted": tp + fp}
    supported = [v["f1"] for v in per_attr.values() if v["support"] > 0]
    return {
        "files": [p.name for p in files],
        "comments": len(texts),
        "attributes": per_attr,
        "macro_f1_supported": round(sum(supported) / len(supported), 4) if supported else 0.0,
    }


#: SemEval-2021 Task 5 (Toxic Spans) files under ../shared/data/toxicity-extra/toxic-spans/SemEval2021/data
TOXIC_SPANS_FILES = {"train": "tsd_train.csv", "trial": "tsd_trial.csv", "test": "tsd_test.csv"}


def read_toxic_spans(folder: Path, split: str = "test") -> list[tuple[set[int], str]]:
    """(gold toxic character offsets, text) per post of one SemEval-2021 Task 5 split."""
    if split not in TOXIC_SPANS_FILES:
        raise ValueError(f"split must be one of {sorted(TOXIC_SPANS_FILES)}")
    path = Path(folder) / TOXIC_SPANS_FILES[split]
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            out.append(({int(i) for i in json.loads(row["spans"])}, row["text"]))
    return out


def span_f1(gold: set[int], pred: set[int]) -> float:
    """The Task 5 per-post F1 over character offsets: 1 when both are empty, 0 when only one is."""
    if not gold or not pred:
        return 1.0 if not gold and not pred else 0.0
    tp = len(gold & pred)
    return 2 * tp / (len(gold) + len(pred))


def evaluate_toxic_spans(folder: Path, scorer: Any, split: str = "test", limit: int | None = None) -> dict[str, Any]:
    """Mean per-post span F1 (SemEval-2021 Task 5 metric) of the flags' evidence spans.

    A post gets no span unless the model flags it; the spans are the union of the evidence
    of all its flags (`all_flags`) and, apart, of the `toxic` flag alone.
    """
    import time

    posts = read_toxic_spans(Path(folder), split)[: limit if limit else None]
    started = time.perf_counter()
    f1_all, f1_toxic = [], []
    for gold, text in posts:
        score = scorer.score([text])[0]
        evidence = scorer.evidence(text, score.flags, score.threats) if score.flags else []  # as the analyzer shows it
        all_offsets = {i for e in evidence for i in range(e.start, e.end)}
        toxic_offsets = {i for e in evidence if e.attribute == "toxic" for i in range(e.start, e.end)}
        f1_all.append(span_f1(gold, all_offsets))
        f1_toxic.append(span_f1(gold, toxic_offsets))
    elapsed = time.perf_counter() - started
    n = len(posts)
    return {
        "split": split,
        "posts": n,
        "span_f1_all_flags": round(sum(f1_all) / n, 4) if n else 0.0,
        "span_f1_toxic_flag": round(sum(f1_toxic) / n, 4) if n else 0.0,
        "seconds_per_post": round(elapsed / n, 4) if n else 0.0,
    }

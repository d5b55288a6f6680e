"""Precision, recall and F1: one definition for every scorer and benchmark.

Each scorer counts its own true positives the way its task defines them (span
overlap for PTC, word sets for BABE, matched comments for extraction); what it
does with the counts is the same everywhere, and lives here.
"""

from __future__ import annotations


def ratio(num: float, den: float) -> float:
    """num / den, 0 when there is nothing to divide by."""
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(tp: int, fp: int, fn: int, digits: int | None = 4) -> dict[str, float]:
    """Precision, recall and F1 from counts, rounded to `digits` (None: unrounded)."""
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    scores = {"precision": p, "recall": r, "f1": f1(p, r)}
    return scores if digits is None else {k: round(v, digits) for k, v in scores.items()}

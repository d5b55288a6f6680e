"""`slant eval functional`: the project's own functional test suite for comment toxicity.

Why: a single macro-F1 hides *what* a moderation model gets wrong. The suite
(src/slant/data/functional/) checks one behaviour per test (counter-speech,
negation, reclaimed slurs, veiled threats, obfuscation, ...) with cases filled
from templates written for slant. Each test's templates are split by a rule fixed
in the suite file (every third template held out) so that training data can be
drawn from the `train` part while the `heldout` part stays a fair measurement.

The decision is the `toxic` flag: a case counts as predicted hateful when the
scorer's flags contain "toxic".
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

SUITE_DIR = Path(__file__).resolve().parent.parent / "data" / "functional"
LABELS = ("hateful", "non-hateful")
PARTS = ("heldout", "train", "all")
#: template i of a test is held out when i % HELDOUT_EVERY == HELDOUT_EVERY - 1 (see suite.json)
HELDOUT_EVERY = 3
DECISION_FLAG = "toxic"
_SLOT = re.compile(r"\{([A-Z_]+)\}")


class Scorer(Protocol):
    def score(self, texts: Sequence[str]) -> list[Any]: ...


@dataclass(frozen=True)
class Case:
    """One filled template."""

    test: str
    label: str  # hateful | non-hateful
    text: str
    template: int  # index of the template within its test
    part: str  # train | heldout


def template_part(index: int) -> str:
    """The suite's fixed split rule: every third template (index 2, 5, 8, ...) is held out."""
    return "heldout" if index % HELDOUT_EVERY == HELDOUT_EVERY - 1 else "train"


def _fill_one(template: str, chosen: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: chosen[m.group(1)], template)


def fill(template: str, slots: dict[str, list[str]]) -> list[str]:
    """All cases of one template: one per filler of its longest slot, shorter slots cycling."""
    names = list(dict.fromkeys(_SLOT.findall(template)))
    if not names:
        return [template]
    missing = [n for n in names if not slots.get(n)]
    if missing:
        raise ValueError(f"template {template!r} uses unknown or empty slots {missing}")
    count = max(len(slots[n]) for n in names)
    out = []
    for i in range(count):
        chosen = {n: slots[n][i % len(slots[n])] for n in names}
        out.append(_fill_one(template, chosen))
    return out


def load_suite(folder: Path = SUITE_DIR) -> tuple[dict[str, Any], list[Case]]:
    """The suite description and every case it generates (suite.json + slots.json)."""
    suite = json.loads((Path(folder) / "suite.json").read_text(encoding="utf-8"))
    slots = json.loads((Path(folder) / "slots.json").read_text(encoding="utf-8"))["slots"]
    cases: list[Case] = []
    seen_ids: set[str] = set()
    for test in suite["tests"]:
        tid, label = test["id"], test["label"]
        if label not in LABELS:
            raise ValueError(f"test {tid}: label {label!r} is not one of {LABELS}")
        if tid in seen_ids:
            raise ValueError(f"duplicate test id {tid}")
        seen_ids.add(tid)
        for i, template in enumerate(test["templates"]):
            for text in fill(template, slots):
                cases.append(Case(tid, label, text, i, template_part(i)))
    return suite, cases


def select(cases: Sequence[Case], part: str) -> list[Case]:
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    return [c for c in cases if part == "all" or c.part == part]


def _accuracy(right: int, n: int) -> float | None:
    return round(right / n, 4) if n else None


def evaluate_functional(scorer: Scorer, part: str = "heldout", folder: Path = SUITE_DIR) -> dict[str, Any]:
    """Accuracy per test and overall (hateful and non-hateful cases apart), `toxic` flag as decision."""
    suite, all_cases = load_suite(folder)
    cases = select(all_cases, part)
    scores = scorer.score([c.text for c in cases]) if cases else []
    predicted = [DECISION_FLAG in s.flags for s in scores]
    per_test: dict[str, dict[str, Any]] = {}
    totals = {label: [0, 0] for label in LABELS}  # right, n
    for case, hateful in zip(cases, predicted):
        right = hateful == (case.label == "hateful")
        entry = per_test.setdefault(case.test, {"label": case.label, "right": 0, "n": 0})
        entry["right"] += int(right)
        entry["n"] += 1
        totals[case.label][0] += int(right)
        totals[case.label][1] += 1
    for entry in per_test.values():
        entry["accuracy"] = _accuracy(entry["right"], entry["n"])
    return {
        "suite": suite.get("name"),
        "part": part,
        "decision": f"'{DECISION_FLAG}' in flags",
        "cases": len(cases),
        "tests": len(per_test),
        "hateful_accuracy": _accuracy(*totals["hateful"]),
        "non_hateful_accuracy": _accuracy(*totals["non-hateful"]),
        "hateful_n": totals["hateful"][1],
        "non_hateful_n": totals["non-hateful"][1],
        "per_test": per_test,
    }

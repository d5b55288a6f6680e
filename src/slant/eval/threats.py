"""`slant eval threats`: does the `threat` flag fire on real threats, and stay quiet elsewhere?

The functional suite's threat tests are templates written by the same people who write the
rules; the sample threads hold two threats. Two public sets hold many real ones:

* Toxic Spans (Civil Comments news comments, CC0): a post is a threat when at least two of its
  annotators, and at least half, marked a `Threat` span; a post where nobody did is a non-threat
  (these posts are mostly toxic, so they test that insults are not called threats).
* Implicit Hate (tweets, CC BY 4.0): stage-2 `threatening` tweets against the other implicit-hate
  classes (incitement, white grievance, irony, ...), hateful but not threats.

Held out, fixed before any rule was tuned: Civil Comments posts whose text is in the SemEval-2021
trial or test file; Implicit Hate tweets with `sha256(text) % 3 == 0`. Rules are tuned on the rest.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from slant.eval.metrics import prf
from slant.eval.splits import held_out_third

PARTS = ("tune", "heldout", "all")
#: A Civil Comments post is a threat when at least this many annotators marked a Threat span ...
MIN_THREAT_ANNOTATORS = 2
#: ... and at least this share of its annotators did.
MIN_THREAT_SHARE = 0.5


class Scorer(Protocol):
    def score(self, texts: Sequence[str]) -> list[Any]: ...


@dataclass(frozen=True)
class ThreatCase:
    source: str  # civil | implicit
    text: str
    threat: bool
    part: str  # tune | heldout


def _rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def civil_cases(folder: Path) -> list[ThreatCase]:
    """Threat and no-threat posts of Toxic Spans (`folder`: toxicity-extra/toxic-spans)."""
    texts = {r["comment_id"]: r["comment_text"] for r in _rows(folder / "data" / "comments.csv")}
    post_of = {}
    annotators: dict[str, set[str]] = defaultdict(set)
    for r in _rows(folder / "data" / "annotations.csv"):
        post_of[r["annotation"]] = r["comment_id"]
        annotators[r["comment_id"]].add(r["annotation"])
    marked: dict[str, set[str]] = defaultdict(set)
    for r in _rows(folder / "data" / "spans.csv"):
        if r["type"] == "Threat" and r["annotation"] in post_of:
            marked[post_of[r["annotation"]]].add(r["annotation"])
    semeval = folder / "SemEval2021" / "data"
    heldout = {r["text"] for split in ("trial", "test") for r in _rows(semeval / f"tsd_{split}.csv")}
    out = []
    for post, text in texts.items():
        n, k = len(annotators[post]), len(marked[post])
        if k == 0:
            threat = False
        elif k >= MIN_THREAT_ANNOTATORS and k >= MIN_THREAT_SHARE * n:
            threat = True
        else:
            continue  # one annotator's threat: neither side
        out.append(ThreatCase("civil", text, threat, "heldout" if text in heldout else "tune"))
    return out


def implicit_cases(folder: Path) -> list[ThreatCase]:
    """Stage-2 Implicit Hate tweets (`folder`: toxicity-extra/implicit-hate): threatening or not."""
    out = []
    for r in _rows(folder / "implicit_hate_v1_stg2_posts.tsv", delimiter="\t"):
        text, cls = r["post"].strip(), r["implicit_class"]
        if not text or not cls:
            continue
        part = "heldout" if held_out_third(text) else "tune"
        out.append(ThreatCase("implicit", text, cls == "threatening", part))
    return out


def load_cases(data: Path, part: str) -> list[ThreatCase]:
    """Every case of both sets (`data`: toxicity-extra) in `part`."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    cases = civil_cases(data / "toxic-spans") + implicit_cases(data / "implicit-hate")
    return [c for c in cases if part == "all" or c.part == part]


def evaluate_threats(data: Path, scorer: Scorer, part: str = "tune") -> dict[str, Any]:
    """Threat-flag precision, recall and F1 per set, and the share of threats flagged toxic."""
    cases = load_cases(data, part)
    scores = scorer.score([c.text for c in cases])
    out: dict[str, Any] = {"part": part}
    for source in ("civil", "implicit"):
        rows = [(c, s) for c, s in zip(cases, scores) if c.source == source]
        gold = [c.threat for c, _ in rows]
        pred = [("threat" in s.flags) for _, s in rows]
        tp = sum(g and p for g, p in zip(gold, pred))
        threats = [s for c, s in rows if c.threat]
        out[source] = {
            "cases": len(rows), "threats": sum(gold), "predicted": sum(pred),
            **prf(tp, sum(pred) - tp, sum(gold) - tp),
            "threats_flagged_toxic": round(sum("toxic" in s.flags for s in threats) / max(len(threats), 1), 4),
        }
    return out

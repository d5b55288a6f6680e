"""A deterministic stand-in analyzer for the report, server and browser tests.

It needs no model: technique spans come from fixed cue words (with overlaps
on purpose), comment toxicity from a few insult and threat words, plus simple
actors and claims, so every layer the views render exists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from slant.document import TOXICITY_ATTRIBUTES, Actor, ActorLabel, Claim, Document, Span

CUES: dict[str, str] = {
    r"so-called": "Name_Calling,Labeling",
    r"disgraceful|betrayal|cowardly thugs|terror": "Loaded_Language",
    r"must act now or face disaster|must respond": "Appeal_to_fear-prejudice",
    r"disgraceful betrayal of every family": "Exaggeration,Minimisation",
}
INSULTS = re.compile(r"\b(idiots?|stupid|morons?)\b", re.I)
THREATS = re.compile(r"\b(die|kill)\b", re.I)
NUMBER = re.compile(r"\d[\d,.]*")


class FakeAnalyzer:
    name: ClassVar[str] = "fake.v1"

    def __call__(self, docs: Sequence[Document], context: object | None = None) -> None:
        """`context` is the batch's BatchContext (unused: this fake needs no parse)."""
        for doc in docs:
            spans = []
            for pattern, technique in CUES.items():
                for m in re.finditer(pattern, doc.text, flags=re.I):
                    spans.append(Span(m.start(), m.end(), technique, 0.83, self.name))
            doc.add_spans("techniques", spans, self.name)
            doc.scores["propaganda"] = min(1.0, 0.2 * len(spans))
            flagged = 0
            for comment in doc.comments:
                insult = 0.91 if INSULTS.search(comment.text) else 0.04
                threat = 0.88 if THREATS.search(comment.text) else 0.02
                tox = {attr: 0.01 for attr in TOXICITY_ATTRIBUTES}
                tox.update(toxic=max(insult, threat, 0.05), insult=insult, threat=threat)
                comment.toxicity = tox
                comment.flags = [a for a in ("toxic", "insult", "threat") if tox[a] >= 0.5]
                flagged += bool(comment.flags)
            doc.analyzers["toxicity"] = self.name
            if doc.comments:
                doc.scores["toxic_comment_share"] = flagged / len(doc.comments)
            labels = [ActorLabel(m.group(1), 1, scare_quoted=False, so_called=True)
                      for m in re.finditer(r"so-called (\w+)", doc.text)]
            if labels:
                doc.actors = [Actor("Planning committee" if labels[0].label == "planning" else "Rebels", "GROUP", len(labels), tuple(labels))]
            doc.analyzers["actors"] = self.name
            claims = []
            for m in re.finditer(r"[^.\n]*\d[^.\n]*\.", doc.text):
                attributed = "National Weather Office" if "according to" in m.group(0) else None
                claims.append(Claim(m.start(), m.end(), m.group(0).strip(), tuple(NUMBER.findall(m.group(0))), attributed, 0.7))
            doc.claims = claims
            doc.analyzers["claims"] = self.name


def register(monkeypatch) -> list[str]:
    """Register the fake analyzer for one test; returns the analyzer list to use."""
    from slant.analyze import registry

    monkeypatch.setitem(registry.REGISTRY, "fake.v1", f"{__name__}:FakeAnalyzer")
    return ["fake.v1"]


#: `HOLD[<folder>]` in a document's text makes HoldAnalyzer hold its worker (see below).
HOLD = re.compile(r"HOLD\[(?P<folder>[^\]\s]+)\]")
#: Longest a held worker waits for its release file (seconds).
HOLD_MAX_S = 60.0


class HoldAnalyzer:
    """Holds its worker until released, across processes (the server's workers are processes).

    For a document whose text holds `HOLD[<folder>]` it writes `<folder>/started-<pid>-<n>`,
    then waits until `<folder>/release` exists (at most HOLD_MAX_S): a test can saturate the
    queue deterministically, or leave the file out to play an analysis that never ends.
    """

    name: ClassVar[str] = "hold.v1"

    def __call__(self, docs: Sequence[Document], context: object | None = None) -> None:
        import os
        import time
        from pathlib import Path

        for doc in docs:
            found = HOLD.search(doc.text)
            if found is None:
                continue
            folder = Path(found.group("folder"))
            (folder / f"started-{os.getpid()}-{time.monotonic_ns()}").touch()
            deadline = time.monotonic() + HOLD_MAX_S
            while not (folder / "release").exists() and time.monotonic() < deadline:
                time.sleep(0.02)


def register_hold(monkeypatch) -> list[str]:
    """Register the fake and the holding analyzer; returns the analyzer list to use."""
    from slant.analyze import registry

    monkeypatch.setitem(registry.REGISTRY, "hold.v1", f"{__name__}:HoldAnalyzer")
    return [*register(monkeypatch), "hold.v1"]


def held_text(folder: object, words: str = "") -> str:
    """An English article whose body asks HoldAnalyzer to hold (the marker sits mid-paragraph)."""
    return (
        "Officials in the harbour city said on Friday that the planning committee had met again "
        f"and that HOLD[{folder}] the decision on the flood wall {words}would come next week, after "
        "a long debate about costs and about the families who live along the waterfront.\n\n"
        "Residents said they expected the council to publish the full report before the vote."
    )

"""Score who-says-what (actors.v1 labels, voice.v1 quotes and voice, claims.v1 attribution) against offset gold.

The gold (eval/gold/actors/<article id>.json, format in eval/gold/actors/README.md) names
articles of ../shared/data/ptc and ../shared/data/basil by path and sha256 and marks, as
character offsets into the article text (`article_text`): actors (each by its mentions),
labels (span + the actor it applies to), direct and reported quotes (span + speaker actor
or null) and voice items (span + "outlet" | "quoted" + source actor).

Matching, every rule stated here and in the JSON output:
- A predicted label (an `actor_labels` span) matches a gold label when their spans overlap
  and their texts match by `slant.eval.samples.label_match` (the predicted text as is, or
  without the actor's own name words: "President Donald Trump" gives "President"), and its actor is right: some
  `actor_mentions` span of the predicted actor overlaps a mention of the gold actor.
  Precision is over predicted body labels, recall over gold labels.
- Quote-speaker accuracy: over all gold quotes (unfound ones count as wrong), the predicted
  quote (a `quotes` span) overlapping the gold span most has the right speaker: its
  speaker offsets overlap a gold mention of the gold speaker, or its speaker name matches one
  of that actor's mention texts by `source_match`; a gold null speaker matches only null.
- Claim attribution accuracy: for each gold quote (named or null speaker), the claim
  (`doc.claims`) overlapping the quote's span most, as the quote-speaker rule picks a quote
  (offsets, since this gold has them; a quote is often part of a sentence, so the two-way 60%
  word rule of `slant.eval.samples` would reject the sentence that holds it); its
  `attributed_to` must denote the gold speaker by the actor rule above (`source_match` against the
  speaker's mention texts, as `slant eval samples` compares attributions); null matches only null.
  `claim_attribution_accuracy` is over quotes some claim covers (as samples' attribution accuracy
  is over found claims), `claim_attribution_accuracy_all` counts the uncovered ones as wrong.
- Voice accuracy: over gold voice items, the voice of the `quotes` span covering the item's
  middle ("quoted", else "outlet") equals the gold voice; `voice_source_accuracy` also needs
  the quoted source right (same speaker rule).
Held out: `int(sha256(article_id).hexdigest(), 16) % 3 == 0` (fixed before any result).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from slant.document import Document, Span, content_id
from slant.eval.samples import label_match, source_match
from slant.eval.splits import held_out_third

#: The data root gold paths are relative to (../shared/data from the repository).
DEFAULT_DATA = Path("../shared/data")
PARTS = ("tune", "heldout", "all")


def is_heldout(article_id: str) -> bool:
    """The held-out rule, fixed in eval/gold/actors/README.md before any result was seen."""
    return held_out_third(article_id)


def article_text(path: Path) -> str:
    """The text gold offsets index: a PTC .txt as is; a BASIL .json's body paragraphs, sentences
    joined by one space, paragraphs by a blank line."""
    if path.suffix == ".json":
        art = json.loads(path.read_text(encoding="utf-8"))
        return "\n\n".join(" ".join(p) for p in art["body-paragraphs"])
    return path.read_text(encoding="utf-8")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlap_len(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _Page:
    """One gold article and what slant predicted for it."""

    def __init__(self, gold: dict[str, Any], text: str, doc: Document) -> None:
        self.gold, self.text, self.doc = gold, text, doc
        self.mentions = {a["id"]: [tuple(m) for m in a["mentions"]] for a in gold["actors"]}
        self.pred_mentions: dict[str, list[tuple[int, int]]] = {}
        for s in doc.spans.get("actor_mentions", []):
            self.pred_mentions.setdefault(s.label, []).append((s.start, s.end))

    def actor_right(self, predicted: str | None, gold_actor: str | None) -> bool:
        """Whether a predicted actor name denotes the gold actor (see module doc)."""
        if gold_actor is None or predicted is None:
            return gold_actor is None and predicted is None
        gold_spans = self.mentions.get(gold_actor, [])
        if any(_overlaps(p, g) for p in self.pred_mentions.get(predicted, []) for g in gold_spans):
            return True
        return any(source_match(self.text[s:e], predicted) for s, e in gold_spans)

    def speaker_right(self, span: Span | None, gold_actor: str | None) -> bool:
        if span is None:
            return False
        speaker = span.attrs.get("source")
        if gold_actor is None or speaker is None:
            return gold_actor is None and speaker is None
        at = span.attrs.get("source_span")
        if at and any(_overlaps((at[0], at[1]), g) for g in self.mentions.get(gold_actor, [])):
            return True
        return self.actor_right(str(speaker), gold_actor)


def _without_name(label: str, actor: str) -> str:
    """A label without the actor's own name words ("President Donald Trump" -> "President")."""
    name = {w.lower() for w in re.findall(r"\w+", actor)}
    return " ".join(w for w in re.findall(r"[\w'’-]+", label) if w.lower().rstrip("’'s") not in name and w.lower() not in name)


class _Ranged(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_R = TypeVar("_R", bound=_Ranged)


def _most_overlapping(items: Sequence[_R], start: int, end: int) -> _R | None:
    """The item (a quote span, a claim) overlapping [start, end) most, or None when none does."""
    best = max(items, key=lambda q: _overlap_len((q.start, q.end), (start, end)), default=None)
    return best if best is not None and _overlap_len((best.start, best.end), (start, end)) > 0 else None


def _covering(quotes: Sequence[Span], pos: int) -> Span | None:
    return next((q for q in quotes if q.start <= pos < q.end), None)


def score_page(page: _Page) -> dict[str, Any]:
    """Counts and misses of one article."""
    gold, text, doc = page.gold, page.text, page.doc
    pred_labels = [s for s in doc.spans.get("actor_labels", []) if s.attrs.get("in", "body") == "body"]
    quotes = list(doc.spans.get("quotes", []))

    def label_ok(g: dict[str, Any], p: Span) -> bool:
        said = str(p.attrs.get("text", text[p.start : p.end]))
        gold_text = text[g["start"] : g["end"]]
        return (
            _overlaps((g["start"], g["end"]), (p.start, p.end))
            and (label_match(gold_text, said) or label_match(gold_text, _without_name(said, p.label)))
            and page.actor_right(p.label, g["actor"])
        )

    glabels = gold["labels"]
    found = [g for g in glabels if any(label_ok(g, p) for p in pred_labels)]
    correct = [p for p in pred_labels if any(label_ok(g, p) for g in glabels)]
    speaker_ok = 0
    wrong_speakers = []
    for g in gold["quotes"]:
        q = _most_overlapping(quotes, g["start"], g["end"])
        if page.speaker_right(q, g["speaker"]):
            speaker_ok += 1
        else:
            wrong_speakers.append({"at": [g["start"], g["end"]], "gold": g["speaker"], "predicted": q.attrs.get("source") if q else "no quote"})
    claims_covering = claims_ok = 0
    wrong_claims = []
    for g in gold["quotes"]:
        claim = _most_overlapping(doc.claims, g["start"], g["end"])
        if claim is None:
            continue
        claims_covering += 1
        if page.actor_right(claim.attributed_to, g["speaker"]):
            claims_ok += 1
        else:
            wrong_claims.append({"at": [g["start"], g["end"]], "gold": g["speaker"], "predicted": claim.attributed_to})
    voice_ok = source_ok = 0
    for g in gold["voice"]:
        q = _covering(quotes, (g["start"] + g["end"]) // 2)
        voice = "quoted" if q is not None else "outlet"
        if voice == g["voice"]:
            voice_ok += 1
            source_ok += voice == "outlet" or page.speaker_right(q, g.get("source"))
    return {
        "labels_gold": len(glabels),
        "labels_found": len(found),
        "labels_predicted": len(pred_labels),
        "labels_correct": len(correct),
        "quotes": len(gold["quotes"]),
        "speaker_ok": speaker_ok,
        "quotes_in_claims": claims_covering,
        "claim_attribution_ok": claims_ok,
        "voice_items": len(gold["voice"]),
        "voice_ok": voice_ok,
        "voice_source_ok": source_ok,
        "missed_labels": [[g["start"], g["end"], g["actor"]] for g in glabels if g not in found],
        "wrong_labels": [[p.start, p.end, p.label] for p in pred_labels if p not in correct],
        "wrong_speakers": wrong_speakers,
        "wrong_claim_attributions": wrong_claims,
    }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def load_gold(gold_dir: Path, only: str = "all") -> list[dict[str, Any]]:
    """The gold files of one part (tune, heldout or all), sorted by article id."""
    if only not in PARTS:
        raise ValueError(f"--only must be one of {', '.join(PARTS)}, not {only!r}")
    out = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        held = is_heldout(gold["article_id"])
        if only == "all" or (only == "heldout") == held:
            out.append(gold)
    return out


def analyze_text(text: str, source: str) -> Document:
    """Run actors.v1, claims.v1 and voice.v1 on one article text."""
    from slant.analyze.actors import ActorsAnalyzer
    from slant.analyze.base import BatchContext
    from slant.analyze.claims import ClaimsAnalyzer
    from slant.analyze.voice import VoiceAnalyzer

    doc = Document(id=content_id(text), source=source, text=text)
    context = BatchContext()
    for analyzer in (ActorsAnalyzer(), ClaimsAnalyzer(), VoiceAnalyzer()):
        analyzer([doc], context)
    return doc


def evaluate_actors(gold_dir: Path, only: str = "all", data_dir: Path = DEFAULT_DATA) -> dict[str, Any]:
    """Label precision/recall, quote-speaker accuracy, claim attribution and voice accuracy over one gold part."""
    totals: dict[str, int] = {}
    pages: dict[str, Any] = {}
    for gold in load_gold(gold_dir, only):
        path = Path(data_dir) / gold["path"]
        text = article_text(path)
        if sha256_text(text) != gold["sha256"]:
            pages[gold["article_id"]] = {"error": f"sha256 of {path} differs from the gold's: the article changed"}
            continue
        result = score_page(_Page(gold, text, analyze_text(text, str(path))))
        for key, value in result.items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
        pages[gold["article_id"]] = result
    return {
        "part": only,
        "articles": len(pages),
        "label_precision": _ratio(totals.get("labels_correct", 0), totals.get("labels_predicted", 0)),
        "label_recall": _ratio(totals.get("labels_found", 0), totals.get("labels_gold", 0)),
        "quote_speaker_accuracy": _ratio(totals.get("speaker_ok", 0), totals.get("quotes", 0)),
        "claim_attribution_accuracy": _ratio(totals.get("claim_attribution_ok", 0), totals.get("quotes_in_claims", 0)),
        "claim_attribution_accuracy_all": _ratio(totals.get("claim_attribution_ok", 0), totals.get("quotes", 0)),
        "voice_accuracy": _ratio(totals.get("voice_ok", 0), totals.get("voice_items", 0)),
        "voice_source_accuracy": _ratio(totals.get("voice_source_ok", 0), totals.get("voice_items", 0)),
        "counts": totals,
        "matching": "see slant.eval.actors docstring",
        "pages": pages,
    }

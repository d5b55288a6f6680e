"""Turn a Document into plain view data for the templates (report and web app).

Nothing here produces markup: templates render these values with autoescaping
on, so text from analyzed pages can never become HTML. Overlapping technique
spans are shown by cutting the body at every span boundary into segments, each
carrying the set of techniques that cover it (rendered as stacked underlines).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from slant.document import TECHNIQUES, TOXICITY_ATTRIBUTES, Comment, Document, Span
from slant.store.corpus import outlet_figures as outlet_figures
from slant.store.corpus import technique_counts as corpus_technique_counts

PALETTE_SIZE = 14
MAX_STACK = 4  # underlines drawn per segment; more techniques still show in the title
MAX_THREAD_DEPTH = 8
#: A toxicity attribute at or above this score gets a chip even when not flagged.
CHIP_THRESHOLD = 0.5

#: Layer name -> the key in Document.analyzers that says the layer was produced.
LAYERS: dict[str, str] = {
    "techniques": "techniques",
    "loaded_terms": "loaded_terms",
    "actors": "actors",
    "claims": "claims",
    "toxicity": "toxicity",
}


def colour_index(technique: str) -> int:
    """A stable palette slot for a technique (unknown labels hash into the palette)."""
    if technique in TECHNIQUES:
        return TECHNIQUES.index(technique)
    return sum(technique.encode("utf-8")) % PALETTE_SIZE


def pretty(technique: str) -> str:
    return technique.replace("_", " ").replace(",", ", ")


@dataclass
class Segment:
    """A run of body text covered by the same set of technique spans."""

    text: str
    start: int
    spans: list[Span] = field(default_factory=list)

    @property
    def techniques(self) -> list[str]:
        seen: list[str] = []
        for span in self.spans:
            if span.label not in seen:
                seen.append(span.label)
        return seen

    @property
    def stacked(self) -> list[str]:
        """The techniques drawn as underlines (the rest still show in the title)."""
        return self.techniques[:MAX_STACK]

    @property
    def title(self) -> str:
        parts = []
        for span in self.spans:
            score = f" {span.score:.2f}" if span.score is not None else ""
            parts.append(f"{pretty(span.label)}{score}")
        return "; ".join(parts)


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece lists the spans covering it."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = {0, len(text)}
    for s in valid:
        cuts.update((s.start, s.end))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(points, points[1:]):
        covering = sorted((s for s in valid if s.start <= a and s.end >= b), key=lambda s: (s.start, -s.end, s.label))
        out.append(Segment(text[a:b], a, covering))
    return out


def paragraphs(segs: list[Segment]) -> list[list[Segment]]:
    """Split segments into paragraphs at blank lines, so the body reads like a page."""
    paras: list[list[Segment]] = [[]]
    for seg in segs:
        pieces = seg.text.split("\n\n")
        for i, piece in enumerate(pieces):
            if i > 0:
                paras.append([])
            if piece:
                paras[-1].append(Segment(piece, seg.start, seg.spans))
    return [p for p in paras if p]


@dataclass
class CommentView:
    comment: Comment
    depth: int
    chips: list[tuple[str, float, bool]]  # (attribute, score, flagged)
    max_toxic: float | None
    parent_author: str | None = None  # display name of the comment replied to


def thread(comments: list[Comment]) -> list[CommentView]:
    """Comments in thread order (each reply under its parent), with their depth."""
    by_id = {c.id: c for c in comments}
    children: dict[str | None, list[Comment]] = defaultdict(list)
    for c in comments:
        parent = c.parent if c.parent in by_id and c.parent != c.id else None
        children[parent].append(c)
    out: list[CommentView] = []
    visited: set[str] = set()

    def visit(c: Comment, depth: int) -> None:
        if c.id in visited:
            return
        visited.add(c.id)
        view = _comment_view(c, min(depth, MAX_THREAD_DEPTH))
        if c.parent in by_id and c.parent != c.id:
            view.parent_author = by_id[c.parent].author or "(anonymous)"
        out.append(view)
        for child in children.get(c.id, []):
            visit(child, depth + 1)

    for root in children.get(None, []):
        visit(root, 0)
    for c in comments:  # cycles in parent links: show the rest flat
        visit(c, 0)
    return out


def _comment_view(c: Comment, depth: int) -> CommentView:
    chips: list[tuple[str, float, bool]] = []
    tox = c.toxicity or {}
    for attr in TOXICITY_ATTRIBUTES:
        score = tox.get(attr)
        flagged = attr in c.flags
        if flagged or (score is not None and score >= CHIP_THRESHOLD):
            chips.append((attr, float(score) if score is not None else 1.0, flagged))
    for flag in c.flags:
        if flag not in TOXICITY_ATTRIBUTES:
            chips.append((flag, 1.0, True))
    max_toxic = max(tox.values()) if tox else None
    return CommentView(c, depth, chips, max_toxic)


def present_layers(doc: Document) -> dict[str, bool]:
    """Which layers exist: recorded by an analyzer, or carrying data."""
    has = {layer: key in doc.analyzers for layer, key in LAYERS.items()}
    has["techniques"] |= bool(doc.spans.get("techniques"))
    has["loaded_terms"] |= bool(doc.spans.get("loaded_terms"))
    has["actors"] |= bool(doc.actors)
    has["claims"] |= bool(doc.claims)
    has["toxicity"] |= any(c.toxicity is not None for c in doc.comments)
    return has


def technique_counts(doc: Document) -> Counter[str]:
    """One document's technique spans per technique (the corpus-wide count is the store's)."""
    return corpus_technique_counts([doc])


def author_toxicity(doc: Document) -> list[dict[str, Any]]:
    """Per author: comments, mean and max `toxic`, flagged count (scored comments only)."""
    rows: dict[str, dict[str, Any]] = {}
    for c in doc.comments:
        if c.toxicity is None:
            continue
        name = c.author or "(anonymous)"
        row = rows.setdefault(name, {"author": name, "comments": 0, "sum": 0.0, "max": 0.0, "flagged": 0})
        toxic = float(c.toxicity.get("toxic", max(c.toxicity.values(), default=0.0)))
        row["comments"] += 1
        row["sum"] += toxic
        row["max"] = max(row["max"], toxic)
        row["flagged"] += 1 if c.flags else 0
    out = []
    for row in rows.values():
        out.append({
            "author": row["author"], "comments": row["comments"],
            "mean_toxic": round(row["sum"] / row["comments"], 4), "max_toxic": round(row["max"], 4),
            "flagged": row["flagged"],
        })
    return sorted(out, key=lambda r: (-r["mean_toxic"], r["author"]))


@dataclass
class DocumentView:
    """Everything a template needs to show one document."""

    doc: Document
    anchor: str
    layers: dict[str, bool]
    paragraphs: list[list[Segment]]
    legend: list[tuple[str, int, int]]  # (technique, colour, count)
    loaded_terms: list[tuple[str, str, int, float | None]]  # (term, kind, count, max score)
    thread: list[CommentView]
    technique_chart: list[dict[str, Any]]
    author_chart: list[dict[str, Any]]
    words: int

    @property
    def techniques(self) -> list[str]:
        return [t for t, _, _ in self.legend]


def document_view(doc: Document) -> DocumentView:
    counts = technique_counts(doc)
    legend = sorted(((t, colour_index(t), n) for t, n in counts.items()), key=lambda x: (-x[2], x[0]))
    terms: dict[tuple[str, str], list[float | None]] = defaultdict(list)
    for span in doc.spans.get("loaded_terms", []):
        terms[(span.text_in(doc.text).lower(), span.label)].append(span.score)
    loaded = sorted(
        ((term, kind, len(scores), max((s for s in scores if s is not None), default=None)) for (term, kind), scores in terms.items()),
        key=lambda x: (-x[2], x[0]),
    )
    authors = author_toxicity(doc)
    return DocumentView(
        doc=doc,
        anchor=f"doc-{doc.id}",
        layers=present_layers(doc),
        paragraphs=paragraphs(segments(doc.text, doc.spans.get("techniques", []))),
        legend=legend,
        loaded_terms=loaded,
        thread=thread(doc.comments),
        technique_chart=bar_chart([(pretty(t), n, c) for t, c, n in legend], value_format="{:.0f}"),
        author_chart=bar_chart([(a["author"], a["mean_toxic"], 13 if a["flagged"] else 4) for a in authors[:12]],
                               value_format="{:.2f}", max_value=1.0),
        words=len(doc.text.split()),
    )


def bar_chart(rows: list[tuple[str, float, int]], value_format: str, max_value: float | None = None,
              width: int = 520, bar_height: int = 18, label_width: int = 220) -> list[dict[str, Any]]:
    """Geometry of a horizontal bar chart (rendered as inline SVG by a template)."""
    top = max_value or max((v for _, v, _ in rows), default=0) or 1
    span = width - label_width - 60
    out = []
    for i, (label, value, colour) in enumerate(rows):
        out.append({
            "label": label if len(label) <= 28 else label[:27] + "…",
            "full_label": label,
            "value": value,
            "text": value_format.format(value),
            "colour": colour,
            "y": i * (bar_height + 6),
            "w": max(1, round(span * min(value, top) / top)),
            "x": label_width,
            "h": bar_height,
        })
    return out


def chart_height(rows: list[dict[str, Any]], bar_height: int = 18) -> int:
    return max(1, len(rows)) * (bar_height + 6)

"""Turn a Document into plain view data for the templates (report and web app).

Nothing here produces markup: templates render these values with autoescaping
on, so text from analyzed pages can never become HTML. Overlapping technique
spans are shown by cutting the body at every span boundary into segments, each
carrying the set of techniques that cover it (rendered as stacked underlines).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from slant.analyze.glossary import TechniqueEntry
from slant.analyze.glossary import entry as glossary_entry
from slant.document import TECHNIQUES, TOXICITY_ATTRIBUTES, Actor, ActorLabel, Comment, Document, Span
from slant.store.corpus import outlet_figures as outlet_figures
from slant.store.corpus import technique_counts as corpus_technique_counts

PALETTE_SIZE = 14
MAX_STACK = 4  # underlines drawn per segment; more techniques still show in the title
MAX_THREAD_DEPTH = 8
#: A toxicity attribute at or above this score gets a chip even when not flagged.
CHIP_THRESHOLD = 0.5
#: Actors shown in each actor table before the rest collapse into a <details> element.
TOP_ACTORS = 10
#: The span layer of body mentions (label = canonical actor name), written by actors.v1.
MENTION_LAYER = "actor_mentions"

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


def define(technique: str) -> str:
    """A technique's one-line definition for a tooltip ('' for a label outside the glossary)."""
    found = glossary_entry(technique)
    return found.definition if found is not None else ""


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
class ActorRow:
    """One actor in one place (article body or comment thread)."""

    actor: Actor
    mentions: int  # mentions in this place (all mentions when the place is unknown)
    labels: list[ActorLabel]  # labels used in this place


@dataclass
class ActorTable:
    """The actors of one place, most mentioned first; `rest` is shown collapsed."""

    rows: list[ActorRow]
    exact: bool  # False when mention counts could not be split by place (no actor_mentions layer)

    @property
    def top(self) -> list[ActorRow]:
        return self.rows[:TOP_ACTORS]

    @property
    def rest(self) -> list[ActorRow]:
        return self.rows[TOP_ACTORS:]


def _surface_hits(surfaces: Iterable[str], text: str | None) -> int:
    """How often any of the actor's names occurs in `text` (whole words, longest name first, no overlaps)."""
    names = sorted({s.strip() for s in surfaces if s and s.strip()}, key=len, reverse=True)
    if not text or not names:
        return 0
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    return len(pattern.findall(text))


def _place_counts(doc: Document, actor: Actor, body_spans: Counter[str]) -> tuple[int, int]:
    """(article mentions, thread mentions) of an actor.

    Exact when the analyzer recorded `Actor.mentions_in`. For older results:
    Body mentions are the actor's `actor_mentions` spans. `Actor.mentions` also counts the
    title and the comments, which carry no offsets: without comments the rest is the title's;
    with comments the title's share is estimated by finding the actor's names in the title,
    and what remains is the thread's."""
    if actor.mentions_in:  # recorded by the analyzer (actors.v1 since 2026-12): exact
        places = dict(actor.mentions_in)
        return places.get("body", 0), places.get("comments", 0)
    body = body_spans.get(actor.name, 0)
    outside = max(0, actor.mentions - body)
    if not doc.comments:
        return body + outside, 0
    in_title = min(outside, _surface_hits((actor.name, *actor.aliases), doc.title))
    return body + in_title, outside - in_title


def actor_tables(doc: Document) -> tuple[ActorTable, ActorTable]:
    """The article's actors and the comment thread's actors, as two tables.

    An actor belongs to the article table when the body or title mentions it or a body label
    names it (the analyzer files title labels under body), and to the thread table when a
    comment label names it or comment mentions remain (see `_place_counts`). Without the
    `actor_mentions` layer (older results, other analyzers) only labels say where an actor
    was seen, and the mentions column shows all its mentions."""
    exact = MENTION_LAYER in doc.spans or MENTION_LAYER in doc.analyzers or any(a.mentions_in for a in doc.actors)
    body_spans = Counter(s.label for s in doc.spans.get(MENTION_LAYER, []))
    body_rows: list[ActorRow] = []
    thread_rows: list[ActorRow] = []
    for actor in doc.actors:
        body_labels = [lab for lab in actor.labels if lab.where != "comments"]
        thread_labels = [lab for lab in actor.labels if lab.where == "comments"]
        in_body, in_thread = _place_counts(doc, actor, body_spans) if exact else (actor.mentions, actor.mentions)
        in_thread_table = bool(thread_labels or (exact and in_thread))
        if body_labels or (exact and in_body) or not in_thread_table:
            body_rows.append(ActorRow(actor, in_body, body_labels))
        if in_thread_table:
            thread_rows.append(ActorRow(actor, in_thread, thread_labels))
    return ActorTable(_ranked(body_rows), exact), ActorTable(_ranked(thread_rows), exact)


def _ranked(rows: list[ActorRow]) -> list[ActorRow]:
    """Most mentioned first; ties by labels used, then by name (a stable order for readers)."""
    return sorted(rows, key=lambda r: (-r.mentions, -sum(lab.count for lab in r.labels), r.actor.name.lower()))


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
    definitions: dict[str, TechniqueEntry]  # glossary entries of the techniques found (legend order)
    body_actors: ActorTable
    thread_actors: ActorTable

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
    body_actors, thread_actors = actor_tables(doc)
    found = ((t, glossary_entry(t)) for t, _, _ in legend)
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
        definitions={t: e for t, e in found if e is not None},
        body_actors=body_actors,
        thread_actors=thread_actors,
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

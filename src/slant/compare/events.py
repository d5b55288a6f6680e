"""Group documents that report the same event, from their text alone.

Each document becomes a TF-IDF vector over its title and body words plus
capitalised phrases (names of people, places, groups), with title words and
phrases weighted up because they say what the story is about. Documents are
merged by average-linkage agglomerative clustering on cosine similarity, and two
documents whose dates are further apart than a window never share an event.
Pure numpy: the shipped encoders are classifiers, not sentence encoders, and
scikit-learn is only a training extra.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np

from slant.compare.text import content_words, entity_phrases
from slant.document import Document, published_date

#: Cosine similarity (average linkage) above which two groups are one event.
#: Chosen on BASIL's even years (2010, 2012, ...) and reported on all years.
DEFAULT_THRESHOLD = 0.2
#: Documents published further apart than this many days are never merged.
DEFAULT_WINDOW_DAYS = 7
TITLE_WEIGHT = 3.0
ENTITY_WEIGHT = 2.0
BLOCKED = -1e6


@dataclass
class Event:
    """A group of documents about one event, with a stable id and a readable label."""

    id: str
    label: str
    doc_ids: list[str]
    terms: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "doc_ids": list(self.doc_ids),
            "terms": list(self.terms),
            "entities": list(self.entities),
            "outlets": list(self.outlets),
            "first_published": self.first_published,
            "last_published": self.last_published,
        }


def features(doc: Document) -> dict[str, float]:
    """Weighted feature counts: body words, title words (x3) and phrases ('ent:...')."""
    # A Counter of float weights; typeshed types Counter's values as int only.
    feats = cast("dict[str, float]", Counter())
    title = doc.title or ""
    for word in content_words(doc.text):
        feats[word] += 1.0
    for word in content_words(title):
        feats[word] += TITLE_WEIGHT
    for phrase in entity_phrases(doc.text):
        feats["ent:" + phrase] += ENTITY_WEIGHT
    for phrase in entity_phrases(title):
        feats["ent:" + phrase] += ENTITY_WEIGHT * TITLE_WEIGHT
    return feats


def tfidf_vectors(counts: Sequence[Mapping[str, float]], min_df: int = 1) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (sublinear tf, smoothed idf) over terms in >= min_df documents.

    Sparse dicts rather than a dense matrix: a corpus vocabulary is far wider than
    any one document.
    """
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(counts)
    vectors = []
    for c in counts:
        vec = {
            term: (1.0 + math.log(tf)) * (math.log((1 + n) / (1 + df[term])) + 1.0)
            for term, tf in c.items()
            if df[term] >= min_df
        }
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def similarity(
    docs: Sequence[Document],
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    counts: Sequence[Mapping[str, float]] | None = None,
) -> np.ndarray:
    """Cosine similarities (float32, n x n), with date-incompatible pairs and the diagonal blocked.

    Computed through an inverted index, term by term. Terms found in one
    document only cannot link two documents, so they are left out.
    """
    n = len(docs)
    counts = counts if counts is not None else [features(d) for d in docs]
    vectors = tfidf_vectors(counts, min_df=2 if n > 2 else 1)
    postings: dict[str, tuple[list[int], list[float]]] = {}
    for row, vec in enumerate(vectors):
        for term, weight in vec.items():
            entry = postings.setdefault(term, ([], []))
            entry[0].append(row)
            entry[1].append(weight)
    sim = np.zeros((n, n), dtype=np.float32)
    for rows, weights in postings.values():
        if len(rows) < 2:
            continue
        idx = np.asarray(rows)
        w = np.asarray(weights, dtype=np.float32)
        sim[np.ix_(idx, idx)] += np.outer(w, w)
    if window_days is not None:
        days = [published_date(d.published) for d in docs]
        ordinal = np.array([d.toordinal() if d else 0 for d in days], dtype=np.int64)
        known = np.array([d is not None for d in days])
        far = np.abs(ordinal[:, None] - ordinal[None, :]) > window_days
        far &= known[:, None] & known[None, :]
        sim[far] = BLOCKED
    np.fill_diagonal(sim, BLOCKED)
    return sim


def average_linkage(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering: merge the most similar pair of groups while above threshold.

    Average linkage via the Lance-Williams update, in place on `sim`. Each row's
    best partner is cached, so a merge costs O(n) rather than a full O(n^2) scan.
    """
    n = sim.shape[0]
    if n == 0:
        return []
    sizes = np.ones(n, dtype=np.float64)
    active = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    best_idx = np.argmax(sim, axis=1)
    best_val = sim[np.arange(n), best_idx].astype(np.float64)
    while True:
        i = int(np.argmax(best_val))
        j = int(best_idx[i])
        if best_val[i] < threshold or not active[i] or not active[j] or i == j:
            break
        merged = (sizes[i] * sim[i].astype(np.float64) + sizes[j] * sim[j]) / (sizes[i] + sizes[j])
        sim[i, :] = merged
        sim[:, i] = merged
        sim[i, i] = BLOCKED
        sim[j, :] = BLOCKED
        sim[:, j] = BLOCKED
        sizes[i] += sizes[j]
        active[j] = False
        best_val[j] = -np.inf
        members[i].extend(members[j])
        members[j] = []
        # Rows whose best partner was i or j must rescan; the others can only gain i.
        stale = np.flatnonzero(active & ((best_idx == i) | (best_idx == j)))
        stale = np.union1d(stale, [i])
        if stale.size:
            best_idx[stale] = np.argmax(sim[stale], axis=1)
            best_val[stale] = sim[stale, best_idx[stale]]
        gain = active & (sim[:, i] > best_val)
        gain[i] = False
        best_idx[gain] = i
        best_val[gain] = sim[gain, i]
    return [sorted(m) for m, a in zip(members, active) if a]


def event_id(founder: Document) -> str:
    """Stable id: a hash of the founding (earliest, then smallest-id) document's id."""
    return "ev-" + hashlib.sha256(founder.id.encode("utf-8")).hexdigest()[:12]


def _founder(docs: Sequence[Document]) -> Document:
    return min(docs, key=lambda d: (published_date(d.published) is None, d.published or "", d.id))


def _label(vectors: list[dict[str, float]], top: int = 3) -> tuple[str, list[str], list[str]]:
    centroid: Counter[str] = Counter()
    for vec in vectors:
        centroid.update(vec)
    entities: list[str] = []
    terms: list[str] = []
    for term, weight in sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0])):
        if weight <= 0:
            break
        if term.startswith("ent:"):
            name = term[4:]
            if len(entities) < top and not any(name in e or e in name for e in entities):
                entities.append(name)
        elif len(terms) < top + 2 and not any(term in e.split() for e in entities):
            terms.append(term)
        if len(entities) >= top and len(terms) >= top + 2:
            break
    shown = [e.title() for e in entities[:2]] + [t for t in terms if not any(t in e for e in entities[:2])][:3]
    return " · ".join(shown) or "untitled event", terms, entities


def group_events(
    docs: Sequence[Document],
    threshold: float = DEFAULT_THRESHOLD,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
) -> list[Event]:
    """Events for the successful documents, largest first; every document is in one event."""
    docs = [d for d in docs if d.ok and (d.text or d.title)]
    if not docs:
        return []
    counts = [features(d) for d in docs]
    sim = similarity(docs, window_days, counts)
    vectors = tfidf_vectors(counts)  # all terms: labels may use words only one document has
    events = []
    for rows in average_linkage(sim, threshold):
        group = [docs[r] for r in rows]
        founder = _founder(group)
        label, terms, entities = _label([vectors[r] for r in rows])
        dates = sorted(d.published for d in group if d.published is not None and published_date(d.published))
        ordered = sorted(group, key=lambda d: (d.published or "", d.id))
        events.append(
            Event(
                id=event_id(founder),
                label=label,
                doc_ids=[d.id for d in ordered],
                terms=terms,
                entities=entities,
                outlets=sorted({d.outlet for d in group if d.outlet}),
                first_published=dates[0] if dates else None,
                last_published=dates[-1] if dates else None,
            )
        )
    events.sort(key=lambda e: (-len(e.doc_ids), e.first_published or "", e.id))
    return events

"""Group documents that report the same event, from their text alone.

Each document becomes a TF-IDF vector over its title and body words plus
capitalised phrases (names of people, places, groups), with title words and
phrases weighted up because they say what the story is about. Documents are
merged by average-linkage agglomerative clustering on cosine similarity, and two
documents whose dates are further apart than a window never share an event.

At scale: similarities are computed only inside date blocks (a sparse product per
block, very common terms left out), and the clustering works on those sparse pairs
with a heap, so memory follows the number of similar pairs, never n x n.
`assign_events` adds new documents to existing events without renaming them.
numpy and scipy only: the shipped encoders are classifiers, not sentence encoders,
and scikit-learn is only a training extra.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
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
#: Within a date block, a term in more documents than both of these is not used to pair
#: documents (its idf weight is small, and its postings would make the block quadratic).
DF_CAP_MIN = 200
DF_CAP_SHARE = 0.05


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
    """Unit-length TF-IDF vectors (sublinear tf, smoothed idf) over terms in >= min_df documents,
    as dicts (small inputs and tests; grouping uses `FeatureMatrix`)."""
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


@dataclass
class FeatureMatrix:
    """Raw feature counts of many documents as one CSR matrix: a few bytes per nonzero
    instead of a dict per document (at 100k documents the dicts alone took gigabytes)."""

    counts: Any  # scipy.sparse.csr_matrix, float64 counts
    terms: list[str]

    @classmethod
    def build(cls, docs: Iterable[Document]) -> FeatureMatrix:
        from scipy import sparse

        vocab: dict[str, int] = {}
        indptr, indices, data = [0], array("q"), array("d")
        for doc in docs:
            for term, value in features(doc).items():
                indices.append(vocab.setdefault(term, len(vocab)))
                data.append(value)
            indptr.append(len(indices))
        n = len(indptr) - 1
        matrix = sparse.csr_matrix(
            (np.frombuffer(data, dtype=np.float64), np.frombuffer(indices, dtype=np.int64), np.asarray(indptr)),
            shape=(n, max(1, len(vocab))),
        )
        return cls(matrix, list(vocab))

    def tfidf(self, min_df: int = 1, dtype: Any = np.float64) -> Any:
        """Unit-length TF-IDF rows (the same weights as `tfidf_vectors`), as CSR."""
        from scipy import sparse

        m = self.counts
        n = m.shape[0]
        df = np.bincount(m.indices, minlength=m.shape[1])
        idf = np.log((1 + n) / (1 + df)) + 1.0
        weights = (1.0 + np.log(m.data)) * idf[m.indices]
        weights[df[m.indices] < min_df] = 0.0
        out = sparse.csr_matrix((weights, m.indices.copy(), m.indptr.copy()), shape=m.shape)
        out.eliminate_zeros()
        norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        out = sparse.diags(1.0 / norms) @ out
        return out.astype(dtype).tocsr()


@dataclass
class SimilarityPairs:
    """Document pairs (i < j) and their cosine similarity, as three parallel arrays."""

    i: np.ndarray
    j: np.ndarray
    value: np.ndarray

    def __len__(self) -> int:
        return int(self.i.size)

    def as_dict(self) -> dict[tuple[int, int], float]:
        return {(int(a), int(b)): float(v) for a, b, v in zip(self.i, self.j, self.value)}


def _pairs_block(rows_a: np.ndarray, rows_b: np.ndarray, matrix: Any, same: bool) -> Any:
    """Sparse dot products between two sets of rows, leaving out terms too common to link
    documents cheaply (more than max(DF_CAP_MIN, DF_CAP_SHARE x block) documents)."""
    from scipy import sparse

    a = matrix[rows_a]
    b = a if same else matrix[rows_b]
    df = np.asarray((a != 0).sum(axis=0)).ravel() + (0 if same else np.asarray((b != 0).sum(axis=0)).ravel())
    cap = max(DF_CAP_MIN, int(DF_CAP_SHARE * (len(rows_a) + (0 if same else len(rows_b)))))
    keep = sparse.diags((df <= cap).astype(np.float32))
    return (a @ keep @ b.T).tocoo()


def sparse_similarity(
    docs: Sequence[Document],
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    counts: FeatureMatrix | None = None,
) -> SimilarityPairs:
    """Cosine similarity (i < j) of the document pairs that share a term, computed by date
    block: documents are sorted into blocks of `window_days` days and each block is
    compared with itself and the next one, so no pair further apart than the window is
    ever formed and no n x n matrix exists. Documents without a date are compared with
    all. Terms found in one document only cannot link two documents and are left out;
    within a block, terms in more than DF_CAP_MIN documents and DF_CAP_SHARE of the block
    are left out too (they weigh little after idf and would make a block quadratic).
    Pairs are kept as arrays (12 bytes each), never as a Python dict."""
    n = len(docs)
    counts = counts if counts is not None else FeatureMatrix.build(docs)
    matrix = counts.tfidf(min_df=2 if n > 2 else 1, dtype=np.float32)
    days = [published_date(d.published) for d in docs]
    ordinal = np.array([d.toordinal() if d else 0 for d in days], dtype=np.int64)
    known = np.array([d is not None for d in days], dtype=bool)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def add(block: Any, rows_a: np.ndarray, rows_b: np.ndarray) -> None:
        i, j, v = rows_a[block.row], rows_b[block.col], block.data
        keep = (i != j) & (v > 0)
        if window_days is not None:
            keep &= ~(known[i] & known[j] & (np.abs(ordinal[i] - ordinal[j]) > window_days))
        i, j, v = i[keep], j[keep], v[keep]
        parts.append((np.minimum(i, j).astype(np.int32), np.maximum(i, j).astype(np.int32), v.astype(np.float32)))

    dated = np.flatnonzero(known)
    undated = np.flatnonzero(~known)
    if window_days is None or not dated.size:
        everyone = np.arange(n)
        add(_pairs_block(everyone, everyone, matrix, True), everyone, everyone)
        return _unique_pairs(parts, n)
    span = max(1, window_days)
    bucket = (ordinal[dated] - ordinal[dated].min()) // span
    order = np.argsort(bucket, kind="stable")
    bounds = np.searchsorted(bucket[order], np.arange(int(bucket.max()) + 2))
    blocks = [dated[order[bounds[b] : bounds[b + 1]]] for b in range(len(bounds) - 1)]
    for b, rows in enumerate(blocks):
        if not rows.size:
            continue
        add(_pairs_block(rows, rows, matrix, True), rows, rows)
        if b + 1 < len(blocks) and blocks[b + 1].size:
            add(_pairs_block(rows, blocks[b + 1], matrix, False), rows, blocks[b + 1])
    if undated.size:
        everyone = np.arange(n)
        add(_pairs_block(undated, everyone, matrix, False), undated, everyone)
    return _unique_pairs(parts, n)


def _unique_pairs(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], n: int) -> SimilarityPairs:
    """One entry per pair (a pair inside a block is found twice, as (i, j) and (j, i))."""
    if not parts:
        empty = np.zeros(0, dtype=np.int32)
        return SimilarityPairs(empty, empty, np.zeros(0, dtype=np.float32))
    i = np.concatenate([p[0] for p in parts])
    j = np.concatenate([p[1] for p in parts])
    v = np.concatenate([p[2] for p in parts])
    parts.clear()
    key = i.astype(np.int64) * n + j
    _, first = np.unique(key, return_index=True)
    return SimilarityPairs(i[first], j[first], v[first])


def average_linkage(
    pairs: SimilarityPairs | Mapping[tuple[int, int], float], n: int, threshold: float,
    ordinals: Sequence[int | None] | None = None, window_days: int | None = None,
) -> list[list[int]]:
    """Agglomerative clustering over sparse similarities: merge the pair of groups with the
    highest average similarity (absent pairs count 0) while it is above `threshold`, never
    letting a group's known dates span more than `window_days`.

    Two groups can only merge when some pair between them reaches the threshold, so the
    clustering runs separately inside each connected component of the graph of such
    pairs: Python objects exist for one component at a time, never for every pair."""
    if not isinstance(pairs, SimilarityPairs):
        items = list(pairs.items())
        pairs = SimilarityPairs(np.array([k[0] for k, _ in items], dtype=np.int64),
                                np.array([k[1] for k, _ in items], dtype=np.int64),
                                np.array([v for _, v in items], dtype=np.float64))
    low: list[int | None] = list(ordinals) if ordinals is not None else [None] * n
    if threshold <= 0 or n == 0:
        linked = _linkage(list(range(n)), pairs.i, pairs.j, pairs.value, threshold, low, window_days)
        members = [linked[g] for g in range(n)]
        high = list(low)
        for g in range(n):
            dates = [x for x in (ordinals[k] if ordinals else None for k in members[g]) if x is not None]
            low[g], high[g] = (min(dates), max(dates)) if dates else (None, None)
        # Groups that share no term (average 0) still merge when the threshold is 0: in date order.
        _merge_unlinked(members, low, high, window_days)
        return [sorted(m) for m in members if m]
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    strong = pairs.value >= threshold
    graph = sparse.coo_matrix((np.ones(int(strong.sum()), dtype=np.int8), (pairs.i[strong], pairs.j[strong])),
                              shape=(n, n))
    _, label = connected_components(graph, directed=False)
    inside = label[pairs.i] == label[pairs.j]
    pair_order = np.flatnonzero(inside)[np.argsort(label[pairs.i[inside]], kind="stable")]
    pair_label = label[pairs.i[pair_order]]
    node_order = np.argsort(label, kind="stable")
    node_bounds = np.searchsorted(label[node_order], np.arange(label.max() + 2))
    pair_bounds = np.searchsorted(pair_label, np.arange(label.max() + 2))
    out: list[list[int]] = []
    for c in range(len(node_bounds) - 1):
        nodes = node_order[node_bounds[c] : node_bounds[c + 1]]
        if nodes.size == 1:
            out.append([int(nodes[0])])
            continue
        chosen = pair_order[pair_bounds[c] : pair_bounds[c + 1]]
        linked = _linkage([int(x) for x in nodes], pairs.i[chosen], pairs.j[chosen], pairs.value[chosen],
                           threshold, low, window_days)
        out.extend(sorted(m) for m in linked.values() if m)
    return out


def _linkage(nodes: list[int], left: np.ndarray, right: np.ndarray, values: np.ndarray, threshold: float,
             ordinals: list[int | None], window_days: int | None) -> dict[int, list[int]]:
    """Average linkage over `nodes` (global indices) with a heap and lazy invalidation;
    returns group index -> members (empty for groups merged away)."""
    import heapq

    neighbours: dict[int, dict[int, float]] = {k: {} for k in nodes}
    for i, j, value in zip(left.tolist(), right.tolist(), values.tolist()):
        neighbours[i][j] = neighbours[i].get(j, 0.0) + value
        neighbours[j][i] = neighbours[j].get(i, 0.0) + value
    sizes = dict.fromkeys(nodes, 1)
    version = dict.fromkeys(nodes, 0)
    members: dict[int, list[int]] = {k: [k] for k in nodes}
    low = {k: ordinals[k] for k in nodes}
    high = dict(low)
    heap = [(-v, i, j, 0, 0) for i, j, v in zip(left.tolist(), right.tolist(), values.tolist()) if v >= threshold]
    heapq.heapify(heap)

    def span_ok(i: int, j: int) -> bool:
        if window_days is None:
            return True
        lows = [x for x in (low[i], low[j]) if x is not None]
        highs = [x for x in (high[i], high[j]) if x is not None]
        return not lows or max(highs) - min(lows) <= window_days

    while heap:
        negative, i, j, vi, vj = heapq.heappop(heap)
        if version[i] != vi or version[j] != vj or not members[i] or not members[j]:
            continue
        if -negative < threshold:
            break
        if not span_ok(i, j):
            continue  # spans only grow: this pair can never merge
        if len(neighbours[i]) < len(neighbours[j]):
            i, j = j, i  # fold the smaller neighbourhood into the larger
        for k, value in neighbours[j].items():
            if k == i:
                continue
            neighbours[i][k] = neighbours[i].get(k, 0.0) + value
            neighbours[k][i] = neighbours[k].get(i, 0.0) + value
            del neighbours[k][j]
        neighbours[i].pop(j, None)
        neighbours[j] = {}
        sizes[i] += sizes[j]
        members[i].extend(members[j])
        members[j] = []
        for bound, pick in ((low, min), (high, max)):
            values_ = [x for x in (bound[i], bound[j]) if x is not None]
            bound[i] = pick(values_) if values_ else None
        version[i] += 1
        version[j] += 1
        for k, value in neighbours[i].items():
            average = value / (sizes[i] * sizes[k])
            if average >= threshold:
                a, b = (i, k) if i < k else (k, i)
                heapq.heappush(heap, (-average, a, b, version[a], version[b]))
    return members


def _merge_unlinked(members: list[list[int]], low: list[int | None], high: list[int | None],
                    window_days: int | None) -> None:
    order = sorted((g for g in range(len(members)) if members[g]), key=lambda g: (low[g] is None, low[g] or 0))
    current: int | None = None
    for g in order:
        if current is not None:
            lows = [x for x in (low[current], low[g]) if x is not None]
            highs = [x for x in (high[current], high[g]) if x is not None]
            if window_days is None or not lows or max(highs) - min(lows) <= window_days:
                members[current].extend(members[g])
                members[g] = []
                low[current] = min(lows) if lows else None
                high[current] = max(highs) if highs else None
                continue
        current = g


def event_id(founder: Document) -> str:
    """Stable id: a hash of the founding (earliest, then smallest-id) document's id."""
    return "ev-" + hashlib.sha256(founder.id.encode("utf-8")).hexdigest()[:12]


def _founder(docs: Sequence[Document]) -> Document:
    return min(docs, key=lambda d: (published_date(d.published) is None, d.published or "", d.id))


def _label(tfidf: Any, rows: Sequence[int], terms: Sequence[str], top: int = 3) -> tuple[str, list[str], list[str]]:
    """A readable label from the heaviest terms of the group's TF-IDF centroid."""
    sub = tfidf[list(rows)]
    columns, inverse = np.unique(sub.indices, return_inverse=True)
    weights = np.bincount(inverse, weights=sub.data, minlength=columns.size)
    entities: list[str] = []
    words: list[str] = []
    for weight, term in sorted(zip((-weights).tolist(), (terms[c] for c in columns.tolist()))):
        if -weight <= 0:
            break
        if term.startswith("ent:"):
            name = term[4:]
            if len(entities) < top and not any(name in e or e in name for e in entities):
                entities.append(name)
        elif len(words) < top + 2 and not any(term in e.split() for e in entities):
            words.append(term)
        if len(entities) >= top and len(words) >= top + 2:
            break
    shown = [e.title() for e in entities[:2]] + [t for t in words if not any(t in e for e in entities[:2])][:3]
    return " · ".join(shown) or "untitled event", words, entities


def group_events(
    docs: Sequence[Document],
    threshold: float = DEFAULT_THRESHOLD,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
) -> list[Event]:
    """Events for the successful documents, largest first; every document is in one event."""
    docs = [d for d in docs if d.ok and (d.text or d.title)]
    if not docs:
        return []
    counts = FeatureMatrix.build(docs)
    pairs = sparse_similarity(docs, window_days, counts)
    days = [published_date(d.published) for d in docs]
    ordinals = [d.toordinal() if d else None for d in days]
    groups = average_linkage(pairs, len(docs), threshold, ordinals, window_days)
    del pairs
    tfidf = counts.tfidf()  # all terms: labels may use words only one document has
    events = []
    for rows in groups:
        group = [docs[r] for r in rows]
        events.append(_event_for(group, rows, tfidf, counts.terms, event_id(_founder(group))))
    events.sort(key=lambda e: (-len(e.doc_ids), e.first_published or "", e.id))
    return events


def _event_for(group: Sequence[Document], rows: Sequence[int], tfidf: Any, terms: Sequence[str],
               event_id_: str) -> Event:
    label, top_terms, entities = _label(tfidf, rows, terms)
    dates = sorted(d.published for d in group if d.published is not None and published_date(d.published))
    ordered = sorted(group, key=lambda d: (d.published or "", d.id))
    return Event(
        id=event_id_,
        label=label,
        doc_ids=[d.id for d in ordered],
        terms=top_terms,
        entities=entities,
        outlets=sorted({d.outlet for d in group if d.outlet}),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
    )


def assign_events(
    events: Sequence[Event],
    known: Sequence[Document],
    new: Sequence[Document],
    threshold: float = DEFAULT_THRESHOLD,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
) -> list[Event]:
    """Add `new` documents to `events` (grouped earlier from `known`) without renaming any.

    Each new document joins the existing event whose members it is most similar to on
    average (the same average linkage and threshold as `group_events`) when the event's
    dates stay within the window; the new documents left over are grouped among
    themselves into new events. Existing events keep their ids and members even when a
    new document is earlier than their founder; only their label and dates are updated.
    Costs one grouping of the known and new documents' similarities, no n x n matrix."""
    by_id = {d.id: d for d in known}
    members = [[by_id[i] for i in e.doc_ids if i in by_id] for e in events]
    grouped = {d.id for group in members for d in group}
    fresh = list({d.id: d for d in new if d.ok and (d.text or d.title) and d.id not in grouped}.values())
    if not fresh:
        return list(events)
    docs = [d for group in members for d in group] + fresh
    owner = np.array([k for k, group in enumerate(members) for _ in group] + [-1] * len(fresh), dtype=np.int64)
    counts = FeatureMatrix.build(docs)
    pairs = sparse_similarity(docs, window_days, counts)
    first_new = len(docs) - len(fresh)
    # Sum of similarities of each new document to each event's members.
    sums: dict[tuple[int, int], float] = {}
    for a, b, value in ((pairs.i, pairs.j, pairs.value), (pairs.j, pairs.i, pairs.value)):
        pick = (a >= first_new) & (owner[b] >= 0)
        for x, event, v in zip(a[pick].tolist(), owner[b[pick]].tolist(), value[pick].tolist()):
            sums[(x, event)] = sums.get((x, event), 0.0) + v
    days = [published_date(d.published) for d in docs]
    bounds = []
    for group in members:
        known_days = [d.toordinal() for d in (published_date(m.published) for m in group) if d]
        bounds.append((min(known_days), max(known_days)) if known_days else None)
    best: dict[int, tuple[float, str, int]] = {}
    for (x, event), total in sums.items():
        average = total / len(members[event])
        day, span = days[x], bounds[event]
        if average < threshold:
            continue
        if window_days is not None and day is not None and span is not None:
            if max(span[1], day.toordinal()) - min(span[0], day.toordinal()) > window_days:
                continue
        candidate = (-average, events[event].id, event)
        if x not in best or candidate < best[x]:
            best[x] = candidate
    joined: dict[int, list[int]] = {}
    for x, (_, _, event) in best.items():
        joined.setdefault(event, []).append(x)
    tfidf = counts.tfidf()
    out: list[Event] = []
    rows_of: list[list[int]] = [[] for _ in events]
    for r, k in enumerate(owner[:first_new].tolist()):
        rows_of[k].append(r)
    for k, event in enumerate(events):
        if k not in joined:
            out.append(event)
            continue
        rows = rows_of[k] + joined[k]
        out.append(_event_for([docs[r] for r in rows], rows, tfidf, counts.terms, event.id))
    leftover = [docs[x] for x in range(first_new, len(docs)) if x not in best]
    out.extend(group_events(leftover, threshold, window_days))
    out.sort(key=lambda e: (-len(e.doc_ids), e.first_published or "", e.id))
    return out

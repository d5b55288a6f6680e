"""The one way to query a corpus: filter, list, count and search documents.

The CLI (`slant corpus`, `slant search`), the web app, the HTML report and
`slant compare` all read through here, so an outlet, a filter or a per-outlet
figure means the same thing everywhere. An outlet is always
`Document.outlet_name`. Filters that are cheap in SQL (outlet, technique) are
pushed into the query as a pre-filter; `Filter.matches` then decides exactly,
so SQL and Python can never disagree about what a filter keeps.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from slant.document import Document, document_from_dict, published_date

if TYPE_CHECKING:
    from slant.store.sqlite import CorpusStore, SearchHit


#: Columns every document query selects (the record is the full contract object).
_DOC_COLUMNS = "d.id, d.source, d.url, d.outlet, d.record"


@dataclass(frozen=True)
class Filter:
    """Which documents to keep; every field that is set must match (text matches ignore case).

    outlet: equals `Document.outlet_name`; since/until: the published date, inclusive;
    technique: a body technique span with this label; actor: a substring of an actor's
    name or alias; label: a label some actor was given. Failed documents only match the
    empty filter (and only where a listing asks for them).
    """

    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    technique: str | None = None
    actor: str | None = None
    label: str | None = None

    @property
    def empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))

    def matches(self, doc: Document) -> bool:
        if not doc.ok:
            return self.empty
        if self.outlet and doc.outlet_name.lower() != self.outlet.lower():
            return False
        if self.since or self.until:
            day = published_date(doc.published)
            if day is None or (self.since and day < self.since) or (self.until and day > self.until):
                return False
        if self.technique:
            wanted = self.technique.lower()
            if not any(s.label.lower() == wanted for s in doc.spans.get("techniques", [])):
                return False
        if self.actor:
            wanted = self.actor.lower()
            if not any(wanted in a.name.lower() or any(wanted in x.lower() for x in a.aliases) for a in doc.actors):
                return False
        if self.label:
            wanted = self.label.lower()
            if not any(wanted == lab.label.lower() for a in doc.actors for lab in a.labels):
                return False
        return True


# -- pure functions over Documents (JSONL results use these too) --------------


def filter_documents(docs: Iterable[Document], where: Filter = Filter()) -> list[Document]:
    """The analyzed documents `where` keeps (failed ones never)."""
    return [d for d in docs if d.ok and where.matches(d)]


def technique_counts(docs: Iterable[Document]) -> Counter[str]:
    """Body technique spans per technique, over all given documents."""
    total: Counter[str] = Counter()
    for doc in docs:
        total.update(s.label for s in doc.spans.get("techniques", []))
    return total


def document_row(doc: Document) -> dict[str, Any]:
    """One listing row: what a table of documents shows, without the text."""
    return {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet_name,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "propaganda": doc.scores.get("propaganda"),
        "toxic_comment_share": doc.scores.get("toxic_comment_share"),
        "n_comments": len(doc.comments),
        "techniques": dict(technique_counts([doc]).most_common()),
        "actors": len(doc.actors),
        "claims": len(doc.claims),
        "error_type": doc.error.type if doc.error else None,
    }


def outlet_figures(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """One row per outlet (analyzed documents only), most documents first: the one
    implementation behind `slant corpus outlets`, the report, the web app and compare."""
    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if doc.ok:
            groups[doc.outlet_name].append(doc)
    rows = []
    for outlet, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        words = sum(len(d.text.split()) for d in items)
        techniques = technique_counts(items)
        spans = sum(techniques.values())
        props = [d.scores["propaganda"] for d in items if "propaganda" in d.scores]
        scored = [c for d in items for c in d.comments if c.toxicity is not None]
        flagged = [c for c in scored if c.flags]
        labels: Counter[str] = Counter()
        for d in items:
            for actor in d.actors:
                for lab in actor.labels:
                    if lab.where == "body":
                        labels[lab.label] += lab.count
        dates = sorted(d.published for d in items if d.published and published_date(d.published))
        rows.append({
            "outlet": outlet,
            "documents": len(items),
            "comments": sum(len(d.comments) for d in items),
            "words": words,
            "technique_spans": spans,
            "spans_per_1000_words": round(1000 * spans / words, 2) if words else None,
            "mean_propaganda": round(sum(props) / len(props), 4) if props else None,
            "scored_comments": len(scored),
            "toxic_comment_share": round(len(flagged) / len(scored), 4) if scored else None,
            "first_published": dates[0] if dates else None,
            "last_published": dates[-1] if dates else None,
            "top_techniques": [t for t, _ in techniques.most_common(3)],
            "top_labels": [t for t, _ in labels.most_common(3)],
        })
    return rows


# -- queries over a store ------------------------------------------------------


def _prefilter(where: Filter, include_errors: bool) -> tuple[str, list[Any]]:
    """SQL conditions (on documents `d`) that keep a superset of what `where` keeps."""
    sql = "1=1"
    params: list[Any] = []
    if not (include_errors and where.empty):
        sql += " AND d.error_type IS NULL"
    if where.outlet:
        # A document without a site name goes by its URL host or file name: decided in Python.
        sql += " AND (d.outlet IS NULL OR d.outlet = '' OR slant_lower(d.outlet) = ?)"
        params.append(where.outlet.lower())
    if where.technique:
        sql += (" AND EXISTS (SELECT 1 FROM spans s WHERE s.doc_id = d.id AND s.layer = 'techniques'"
                " AND s.comment_id IS NULL AND slant_lower(s.label) = ?)")
        params.append(where.technique.lower())
    return sql, params


def _document(row: sqlite3.Row) -> Document:
    return document_from_dict(json.loads(row["record"]))


class Corpus:
    """Read queries over one CorpusStore; every listing takes the same `Filter`."""

    def __init__(self, store: CorpusStore) -> None:
        self.store = store

    def _select(self, where: Filter, include_errors: bool, order: str) -> list[sqlite3.Row]:
        condition, params = _prefilter(where, include_errors)
        sql = f"SELECT {_DOC_COLUMNS} FROM documents d WHERE {condition} ORDER BY {order}"
        with self.store.lock:
            return self.store.conn.execute(sql, params).fetchall()

    def iter_documents(self, where: Filter = Filter(), include_errors: bool = False) -> Iterator[Document]:
        """Documents `where` keeps, oldest first (published, then id); failed ones on request."""
        for row in self._select(where, include_errors, "d.published, d.id"):
            doc = _document(row)
            if where.matches(doc) and (doc.ok or include_errors):
                yield doc

    # This method shadows the builtin `list` in the rest of the class body, so the
    # annotations below spell it `builtins.list`.
    def list(self, where: Filter = Filter(), include_errors: bool = False) -> list[Document]:
        return list(self.iter_documents(where, include_errors))

    def documents(self, where: Filter = Filter(), limit: int | None = 50, offset: int = 0,
                  include_errors: bool = False) -> builtins.list[dict[str, Any]]:
        """Listing rows (see `document_row`), newest first, one page of them."""
        rows: list[dict[str, Any]] = []
        skipped = 0
        condition, params = _prefilter(where, include_errors)
        sql = (f"SELECT {_DOC_COLUMNS} FROM documents d WHERE {condition} "
               "ORDER BY d.published IS NULL, d.published DESC, d.id")
        with self.store.lock:
            cursor = self.store.conn.execute(sql, params)
            for row in cursor:
                doc = _document(row)
                if not where.matches(doc) or not (doc.ok or include_errors):
                    continue
                if skipped < offset:
                    skipped += 1
                    continue
                rows.append(document_row(doc))
                if limit is not None and len(rows) >= limit:
                    break
            cursor.close()
        return rows

    def outlets(self) -> builtins.list[str]:
        """Names of the outlets with analyzed documents, sorted."""
        with self.store.lock:
            rows = self.store.conn.execute(
                "SELECT DISTINCT outlet, url, source FROM documents WHERE error_type IS NULL"
            ).fetchall()
        names = {Document(id="", source=r["source"], url=r["url"], outlet=r["outlet"]).outlet_name for r in rows}
        return sorted(names)

    def outlet_figures(self, where: Filter = Filter()) -> builtins.list[dict[str, Any]]:
        return outlet_figures(self.iter_documents(where))

    def technique_counts(self, where: Filter = Filter()) -> builtins.list[tuple[str, int]]:
        """(technique, body spans) for the documents `where` keeps, most frequent first."""
        if not where.empty:
            counts = technique_counts(self.iter_documents(where))
            return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        with self.store.lock:
            rows = self.store.conn.execute(
                "SELECT s.label, COUNT(*) AS n FROM spans s JOIN documents d ON d.id = s.doc_id "
                "WHERE s.layer = 'techniques' AND s.comment_id IS NULL AND d.error_type IS NULL "
                "GROUP BY s.label ORDER BY n DESC, s.label"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def search(self, query: str, where: Filter = Filter(), limit: int = 20) -> builtins.list[SearchHit]:
        """Full-text hits in titles, bodies and comments of the documents `where` keeps, best first."""
        try:
            return self._search(query, where, limit)
        except sqlite3.OperationalError:
            # The user typed FTS syntax by accident ("U.S.", "AND (" ...): search the words as phrases.
            words = [w.replace('"', '""') for w in query.split() if w.strip()]
            if not words:
                return []
            return self._search(" ".join(f'"{w}"' for w in words), where, limit)

    def _search(self, match: str, where: Filter, limit: int) -> builtins.list[SearchHit]:
        from slant.store.sqlite import SearchHit

        condition, params = _prefilter(where, include_errors=False)
        sql = f"""
        SELECT * FROM (
          SELECT f.doc_id, d.title, d.outlet, d.url, d.source, 'body' AS "where", NULL AS comment_id, NULL AS author,
                 snippet(documents_fts, 2, '[', ']', ' … ', 12) AS snippet, bm25(documents_fts) AS rank
          FROM documents_fts f JOIN documents d ON d.id = f.doc_id WHERE documents_fts MATCH ? AND {condition}
          UNION ALL
          SELECT f.doc_id, d.title, d.outlet, d.url, d.source, 'comment', f.comment_id, f.author,
                 snippet(comments_fts, 3, '[', ']', ' … ', 12), bm25(comments_fts)
          FROM comments_fts f JOIN documents d ON d.id = f.doc_id WHERE comments_fts MATCH ? AND {condition}
        ) ORDER BY rank"""
        hits: list[SearchHit] = []
        kept: dict[str, bool] = {}
        with self.store.lock:
            cursor = self.store.conn.execute(sql, [match, *params, match, *params])
            for r in cursor:
                doc_id = r["doc_id"]
                if not where.empty and doc_id not in kept:
                    doc = self.store.get(doc_id)
                    kept[doc_id] = doc is not None and where.matches(doc)
                if not where.empty and not kept[doc_id]:
                    continue
                outlet = Document(id=doc_id, source=r["source"], url=r["url"], outlet=r["outlet"]).outlet_name
                hits.append(SearchHit(doc_id, r["title"], outlet, r["where"], r["comment_id"], r["author"],
                                      r["snippet"], r["rank"]))
                if len(hits) >= limit:
                    break
            cursor.close()
        return hits


def corpus_documents(docs: Sequence[Document], where: Filter = Filter()) -> list[dict[str, Any]]:
    """Listing rows for documents already in memory (JSONL results), same order as `Corpus.documents`."""
    rows = [document_row(d) for d in filter_documents(docs, where)]
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r["published"] or "", reverse=True)
    rows.sort(key=lambda r: r["published"] is None)
    return rows

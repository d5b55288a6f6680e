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
import re
import sqlite3
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from slant.document import Document, document_from_dict, published_date
from slant.store.sqlite import COMMENT_SHIFT, SearchHit, split_comment_rowid, unpack_record

if TYPE_CHECKING:
    from slant.store.sqlite import CorpusStore

#: Longest query accepted (characters); longer ones are refused, not truncated.
MAX_QUERY_CHARS = 1000
#: Most distinct terms in one query: each is one more doclist to intersect.
MAX_QUERY_TERMS = 64
#: Default time limit of one search, in seconds (the server passes its own).
DEFAULT_SEARCH_TIMEOUT_S = 5.0
#: SQLite virtual-machine steps between two checks of the time limit.
PROGRESS_STEPS = 10_000
#: FTS rows read per page while looking for hits the filter keeps.
SEARCH_PAGE = 50
#: Words of context in a snippet.
SNIPPET_WORDS = 12
#: Most matching rows of one index that bm25 scores for one query. FTS5 scores every
#: match before sorting (about 1 µs a row here), so a term found in most of 600k rows
#: would take over half a second; past this many matches only the newest ones (highest
#: row ids, i.e. the most recently stored documents) are ranked, and the result says so.
RANK_CAP = 10_000
_FTS_SYNTAX = re.compile(r'["()*:^{}+\-]|\b(?:AND|OR|NOT|NEAR)\b')
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchError(ValueError):
    """A query that was refused or did not finish; the message says why."""


class QueryTooLong(SearchError):
    """More than MAX_QUERY_CHARS characters or MAX_QUERY_TERMS distinct terms."""


class SearchTimeout(SearchError):
    """The search ran past its time limit."""


class SearchResults(list[SearchHit]):
    """Search hits, best first; `exhaustive` is False when a query matched more than
    RANK_CAP rows of an index and was ranked among the newest RANK_CAP of them only."""

    exhaustive: bool = True


def _fold(word: str) -> str:
    """Lower case without diacritics, as FTS5's unicode61 tokenizer folds words."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


def prepare_query(query: str) -> str:
    """The FTS5 query to run: plain words lose repeats (`the the the` is `the`); raises QueryTooLong."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
    query = query.strip()
    if not _FTS_SYNTAX.search(query):
        query = " ".join(dict.fromkeys(query.split()))
    terms = {_fold(w) for w in _WORD.findall(query) if w not in ("AND", "OR", "NOT", "NEAR")}
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryTooLong(f"query has {len(terms)} distinct terms; the limit is {MAX_QUERY_TERMS}")
    return query


def query_terms(match: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, prefixes) a snippet highlights, folded like the index."""
    words, prefixes = set(), []
    for found in re.finditer(r"(\w+)(\*?)", match, re.UNICODE):
        word, star = found.group(1), found.group(2)
        if word in ("AND", "OR", "NOT", "NEAR"):
            continue
        if star:
            prefixes.append(_fold(word))
        else:
            words.add(_fold(word))
    return frozenset(words), tuple(prefixes)


def make_snippet(text: str, terms: tuple[frozenset[str], tuple[str, ...]], width: int = SNIPPET_WORDS) -> str:
    """A window of `width` words around the first match, matches in [brackets] (the
    contentless index keeps no text, so snippets are made here, for returned hits only)."""
    words, prefixes = terms
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""

    def hit(token: str) -> bool:
        folded = _fold(token)
        return folded in words or any(folded.startswith(p) for p in prefixes)

    first = next((i for i, t in enumerate(tokens) if hit(t.group())), 0)
    start = max(0, min(first - width // 4, len(tokens) - width))
    window = tokens[start : start + width]
    parts, cursor = [], window[0].start()
    for token in window:
        parts.append(text[cursor : token.start()])
        parts.append(f"[{token.group()}]" if hit(token.group()) else token.group())
        cursor = token.end()
    if start + width >= len(tokens):
        parts.append(text[cursor:])
    snippet = "".join(parts).strip()
    return ("… " if start > 0 else "") + snippet + (" …" if start + width < len(tokens) else "")


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
        sql += (" AND EXISTS (SELECT 1 FROM spans s WHERE s.doc = d.rowid AND s.layer = 'techniques'"
                " AND s.comment_id IS NULL AND slant_lower(s.label) = ?)")
        params.append(where.technique.lower())
    return sql, params


def _document(row: sqlite3.Row) -> Document:
    return document_from_dict(unpack_record(row["record"]))


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
                "SELECT s.label, COUNT(*) AS n FROM spans s JOIN documents d ON d.rowid = s.doc "
                "WHERE s.layer = 'techniques' AND s.comment_id IS NULL AND d.error_type IS NULL "
                "GROUP BY s.label ORDER BY n DESC, s.label"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def search(self, query: str, where: Filter = Filter(), limit: int = 20,
               timeout: float | None = DEFAULT_SEARCH_TIMEOUT_S) -> SearchResults:
        """Full-text hits in titles, bodies and comments of the documents `where` keeps, best first.

        Ranks first (bm25 inside FTS5) and builds snippets only for the hits returned. An
        index with more than RANK_CAP matches is ranked over its newest RANK_CAP matches
        (the result's `exhaustive` is then False), so time stays bounded for common terms.
        Raises QueryTooLong for a query past MAX_QUERY_CHARS characters or MAX_QUERY_TERMS
        distinct terms, and SearchTimeout when it runs past `timeout` seconds (None: no limit)."""
        match = prepare_query(query)
        if not match:
            return SearchResults()
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            return self._timed(match, where, limit, deadline)
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise SearchTimeout(f"search ran past its {timeout} s limit") from exc
            # The user typed FTS syntax by accident ("U.S.", "AND ("): search the words as phrases.
            words = [w.replace('"', '""') for w in query.split() if w.strip()]
            if not words:
                return SearchResults()
            try:
                return self._timed(" ".join(f'"{w}"' for w in dict.fromkeys(words)), where, limit, deadline)
            except sqlite3.OperationalError as again:
                if "interrupted" in str(again):
                    raise SearchTimeout(f"search ran past its {timeout} s limit") from again
                raise

    def _timed(self, match: str, where: Filter, limit: int, deadline: float | None) -> SearchResults:
        """`_search` with SQLite interrupted (a progress handler) once `deadline` passes."""
        conn = self.store.conn
        with self.store.lock:
            if deadline is not None:
                conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
            try:
                return self._search(match, where, limit, deadline)
            finally:
                conn.set_progress_handler(None, 0)

    def _search(self, match: str, where: Filter, limit: int, deadline: float | None) -> SearchResults:
        hits = SearchResults()
        if limit <= 0:
            return hits
        terms = query_terms(match)
        loaded: dict[int, Document | None] = {}
        body_floor = self._rank_floor("documents_fts", match)
        comment_floor = self._rank_floor("comments_fts", match)
        hits.exhaustive = body_floor is None and comment_floor is None
        body = self._ranked(match, where, limit, "documents_fts", loaded, deadline, body_floor)
        comments = self._ranked(match, where, limit, "comments_fts", loaded, deadline, comment_floor)
        ranked = sorted(body + comments, key=lambda hit: hit[0])[:limit]
        for rank, fts_rowid, table in ranked:
            if table == "documents_fts":
                doc = loaded[fts_rowid]
                assert doc is not None
                hits.append(SearchHit(doc.id, doc.title, doc.outlet_name, "body", None, None,
                                      make_snippet(doc.text, terms), rank))
            else:
                doc_rowid, position = split_comment_rowid(fts_rowid)
                doc = loaded[doc_rowid]
                assert doc is not None
                comment = doc.comments[position]
                hits.append(SearchHit(doc.id, doc.title, doc.outlet_name, "comment", comment.id, comment.author,
                                      make_snippet(comment.text, terms), rank))
        return hits

    def _rank_floor(self, table: str, match: str) -> int | None:
        """The lowest row id to rank when the index has more than RANK_CAP matches, else None.

        Walking matches in row-id order is cheap (no scoring): ~1 ms for RANK_CAP rows."""
        row = self.store.conn.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (match, RANK_CAP),
        ).fetchone()
        return None if row is None else int(row[0]) + 1

    def _ranked(self, match: str, where: Filter, limit: int, table: str, loaded: dict[int, Document | None],
                deadline: float | None, floor: int | None = None) -> builtins.list[tuple[float, int, str]]:
        """The best `limit` (rank, FTS row id) of one index whose documents `where` keeps,
        among rows with id >= `floor` when given (see RANK_CAP).

        Pages through the index in rank order; only documents on those pages are read."""
        doc_of = "f.rowid" if table == "documents_fts" else f"(f.rowid >> {COMMENT_SHIFT})"
        bound = "" if floor is None else " AND f.rowid >= ?"
        params: builtins.list[Any] = [match] + ([] if floor is None else [floor])
        if where.empty:
            sql = f"SELECT f.rowid, f.rank FROM {table} f WHERE {table} MATCH ?{bound} ORDER BY f.rank LIMIT ? OFFSET ?"
        else:
            condition, extra = _prefilter(where, include_errors=False)
            sql = (f"SELECT f.rowid, f.rank FROM {table} f JOIN documents d ON d.rowid = {doc_of} "
                   f"WHERE {table} MATCH ?{bound} AND {condition} ORDER BY f.rank LIMIT ? OFFSET ?")
            params += extra
        found: builtins.list[tuple[float, int, str]] = []
        page, offset = max(2 * limit, SEARCH_PAGE), 0
        conn = self.store.conn
        while len(found) < limit:
            if deadline is not None and time.monotonic() > deadline:
                raise sqlite3.OperationalError("interrupted")
            rows = conn.execute(sql, [*params, page, offset]).fetchall()
            for fts_rowid, rank in rows:
                doc_rowid = fts_rowid if table == "documents_fts" else split_comment_rowid(fts_rowid)[0]
                if doc_rowid not in loaded:
                    loaded[doc_rowid] = self._load(doc_rowid, where)
                if loaded[doc_rowid] is not None:
                    found.append((float(rank), int(doc_rowid if table == "documents_fts" else fts_rowid), table))
                    if len(found) >= limit:
                        break
            if len(rows) < page:
                break
            offset += page
            page *= 2
        return found

    def _load(self, doc_rowid: int, where: Filter) -> Document | None:
        row = self.store.conn.execute("SELECT record FROM documents WHERE rowid = ?", (doc_rowid,)).fetchone()
        if row is None:
            return None
        doc = document_from_dict(unpack_record(row[0]))
        return doc if doc.ok and where.matches(doc) else None


def corpus_documents(docs: Sequence[Document], where: Filter = Filter()) -> list[dict[str, Any]]:
    """Listing rows for documents already in memory (JSONL results), same order as `Corpus.documents`."""
    rows = [document_row(d) for d in filter_documents(docs, where)]
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r["published"] or "", reverse=True)
    rows.sort(key=lambda r: r["published"] is None)
    return rows

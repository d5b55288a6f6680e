"""The embedded corpus store: documents, comments and spans in one SQLite file.

Upserts are keyed by document id (the hash of the input), so reruns and
resumed runs never duplicate a document. FTS5 indexes bodies, titles and
comments for `slant search` and the web app. Only one process writes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from slant.document import Document, Span, document_from_dict

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT,
    propaganda REAL,
    toxic_comment_share REAL,
    n_comments INTEGER NOT NULL DEFAULT 0,
    error_type TEXT,
    error_message TEXT,
    record TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE TABLE IF NOT EXISTS comments (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    author TEXT,
    parent TEXT,
    text TEXT NOT NULL,
    toxic REAL,
    flags TEXT,
    PRIMARY KEY (doc_id, id)
);
CREATE TABLE IF NOT EXISTS spans (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    layer TEXT NOT NULL,
    comment_id TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    score REAL,
    analyzer TEXT
);
CREATE INDEX IF NOT EXISTS spans_doc ON spans(doc_id);
CREATE INDEX IF NOT EXISTS spans_label ON spans(layer, label);
CREATE TABLE IF NOT EXISTS inputs (
    source TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    status TEXT NOT NULL,
    run_id INTEGER
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT,
    seen INTEGER NOT NULL DEFAULT 0,
    results INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running'
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS comments_fts USING fts5(
    doc_id UNINDEXED, comment_id UNINDEXED, author, text, tokenize = 'unicode61 remove_diacritics 2'
);
"""


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    title: str | None
    outlet: str | None
    where: str  # "body" or "comment"
    comment_id: str | None
    author: str | None
    snippet: str
    rank: float

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CorpusStore:
    """A corpus of analyzed documents in SQLite (":memory:" works for tests)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.lock = threading.RLock()
        with self.lock:
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            # Python's lower(): SQLite's own only folds ASCII, and outlet/technique filters
            # must match exactly what Filter.matches decides in Python.
            self.conn.create_function("slant_lower", 1, _lower, deterministic=True)
            self.conn.executescript(SCHEMA)
            self.conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )

    def close(self) -> None:
        """Close once no other thread is mid-statement: closing a SQLite connection under a
        running statement crashes the process (seen when a server shut down while a
        timed-out analysis was still storing its result); later calls raise ProgrammingError."""
        with self.lock:
            self.conn.close()

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------

    def upsert(self, doc: Document, run_id: int | None = None) -> None:
        """Insert or replace one document and everything hanging off it, atomically."""
        self.upsert_many([doc], run_id)

    def upsert_many(self, docs: Iterable[Document], run_id: int | None = None) -> int:
        count = 0
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for doc in docs:
                    self._write(doc, run_id)
                    count += 1
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return count

    def _write(self, doc: Document, run_id: int | None) -> None:
        c = self.conn
        record = doc.to_dict()
        c.execute("DELETE FROM documents_fts WHERE doc_id = ?", (doc.id,))
        c.execute("DELETE FROM comments_fts WHERE doc_id = ?", (doc.id,))
        c.execute("DELETE FROM spans WHERE doc_id = ?", (doc.id,))
        c.execute("DELETE FROM comments WHERE doc_id = ?", (doc.id,))
        c.execute(
            """INSERT OR REPLACE INTO documents (id, source, url, outlet, title, published, language, text,
               propaganda, toxic_comment_share, n_comments, error_type, error_message, record, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                doc.id, doc.source, doc.url, doc.outlet, doc.title, doc.published, doc.language,
                doc.text if doc.ok else None,
                doc.scores.get("propaganda"), doc.scores.get("toxic_comment_share"),
                len(doc.comments),
                doc.error.type if doc.error else None,
                doc.error.message if doc.error else None,
                json.dumps(record, ensure_ascii=False), _now(),
            ),
        )
        c.execute(
            "INSERT OR REPLACE INTO inputs (source, doc_id, status, run_id) VALUES (?, ?, ?, ?)",
            (doc.source, doc.id, "error" if doc.error else "done", run_id),
        )
        if doc.error:
            return
        c.execute("INSERT INTO documents_fts (doc_id, title, text) VALUES (?, ?, ?)", (doc.id, doc.title or "", doc.text))
        for position, comment in enumerate(doc.comments):
            toxic = comment.toxicity.get("toxic") if comment.toxicity else None
            c.execute(
                "INSERT INTO comments (doc_id, id, position, author, parent, text, toxic, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, comment.id, position, comment.author, comment.parent, comment.text, toxic, json.dumps(comment.flags)),
            )
            c.execute(
                "INSERT INTO comments_fts (doc_id, comment_id, author, text) VALUES (?, ?, ?, ?)",
                (doc.id, comment.id, comment.author or "", comment.text),
            )
            for layer, spans in comment.spans.items():
                self._write_spans(doc.id, layer, spans, comment.id)
        for layer, spans in doc.spans.items():
            self._write_spans(doc.id, layer, spans, None)

    def _write_spans(self, doc_id: str, layer: str, spans: list[Span], comment_id: str | None) -> None:
        self.conn.executemany(
            "INSERT INTO spans (doc_id, layer, comment_id, start, end, label, score, analyzer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, layer, comment_id, s.start, s.end, s.label, s.score, s.analyzer) for s in spans],
        )

    # -- runs and inputs (accounting, resume) ----------------------------------

    def start_run(self, command: str = "") -> int:
        with self.lock:
            cur = self.conn.execute("INSERT INTO runs (started_at, command) VALUES (?, ?)", (_now(), command))
            run_id = cur.lastrowid
            if run_id is None:  # sqlite3 always sets it after an INSERT
                raise RuntimeError("INSERT INTO runs returned no row id")
            return run_id

    def finish_run(self, run_id: int, seen: int, results: int, errors: int, skipped: int = 0, status: str = "finished") -> None:
        with self.lock:
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, seen = ?, results = ?, errors = ?, skipped = ?, status = ? WHERE id = ?",
                (_now(), seen, results, errors, skipped, status, run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]

    def record_progress(self, run_id: int, seen: int, results: int, errors: int, skipped: int) -> None:
        """Keep the run's counts current while it runs, so a killed run still shows its work."""
        with self.lock:
            self.conn.execute(
                "UPDATE runs SET seen = ?, results = ?, errors = ?, skipped = ? WHERE id = ?",
                (seen, results, errors, skipped, run_id),
            )

    def done_inputs(self) -> dict[str, str]:
        """source key -> document id for every input already stored, so a rerun skips them.

        The `inputs` row is written in the same transaction as its document, so a run
        killed at any moment (SIGKILL included) leaves only whole, committed inputs here.
        """
        with self.lock:
            return {row[0]: row[1] for row in self.conn.execute("SELECT source, doc_id FROM inputs")}

    def stored_record(self, source: str) -> dict[str, Any] | None:
        """The contract object stored for an input, under its own source key (a skipped
        input's line in the result file)."""
        with self.lock:
            row = self.conn.execute(
                "SELECT d.record FROM inputs i JOIN documents d ON d.id = i.doc_id WHERE i.source = ?", (source,)
            ).fetchone()
        if row is None:
            return None
        record: dict[str, Any] = json.loads(row[0])
        record["source"] = source  # identical content from two inputs shares one document row
        return record

    # -- reading -------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        with self.lock:
            row = self.conn.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return document_from_dict(json.loads(row["record"])) if row else None

    def counts(self) -> dict[str, int]:
        with self.lock:
            c = self.conn
            return {
                "documents": c.execute("SELECT COUNT(*) FROM documents WHERE error_type IS NULL").fetchone()[0],
                "errors": c.execute("SELECT COUNT(*) FROM documents WHERE error_type IS NOT NULL").fetchone()[0],
                "comments": c.execute("SELECT COUNT(*) FROM comments").fetchone()[0],
                "spans": c.execute("SELECT COUNT(*) FROM spans").fetchone()[0],
            }

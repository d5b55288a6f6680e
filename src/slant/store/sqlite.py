"""The embedded corpus store: documents, spans and full-text indexes in one SQLite file.

Upserts are keyed by document id (the hash of the input), so reruns and
resumed runs never duplicate a document. Layout (schema 2), chosen so that a
write costs the same at 100k documents as at 1k and each body is stored once:

- `documents`: one row per document; the full contract object is kept as
  zlib-compressed JSON (`record`), beside the few columns queries filter on.
- `documents_fts` / `comments_fts`: contentless FTS5 indexes keyed by row id (a
  document's row id; `doc_rowid << COMMENT_SHIFT | position` for a comment).
  Re-writing a document deletes its old index entries by row id with FTS5's
  'delete' command (fed from the old record), never by scanning a column.
- `spans`: every span, for the technique filters and counts.
- `inputs`: one row per (source, document id): resume state and accounting.
- `runs`: one row per run; a run killed without finishing is marked
  `interrupted` when the next run starts on the same store.

Only one process writes at a time; others wait (busy timeout plus retries).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from slant.document import Document, Span, document_from_dict

SCHEMA_VERSION = 2
#: How long one statement waits for another process's lock before SQLite gives up.
BUSY_TIMEOUT_S = 30.0
#: How long a write transaction keeps retrying "database is locked" after that.
LOCK_RETRY_S = 120.0
#: Comment index row id: the document's row id shifted left, plus the comment's position.
COMMENT_SHIFT = 24
MAX_COMMENTS_INDEXED = 1 << COMMENT_SHIFT
#: zlib level for stored records: 6 is within 2% of 9 in size at a third of the time.
ZLIB_LEVEL = 6

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    propaganda REAL,
    toxic_comment_share REAL,
    n_comments INTEGER NOT NULL DEFAULT 0,
    error_type TEXT,
    error_message TEXT,
    record BLOB NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published, id);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
CREATE TABLE IF NOT EXISTS spans (
    doc INTEGER NOT NULL,
    layer TEXT NOT NULL,
    comment_id TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    score REAL,
    analyzer TEXT
);
CREATE INDEX IF NOT EXISTS spans_doc ON spans(doc, layer);
CREATE INDEX IF NOT EXISTS spans_label ON spans(layer, label);
CREATE TABLE IF NOT EXISTS inputs (
    source TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    status TEXT NOT NULL,
    run_id INTEGER,
    seen_run INTEGER,
    PRIMARY KEY (source, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS inputs_doc ON inputs(doc_id);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT,
    seen INTEGER NOT NULL DEFAULT 0,
    results INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running',
    host TEXT,
    pid INTEGER,
    details TEXT
);
CREATE INDEX IF NOT EXISTS runs_status ON runs(status);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS comments_fts USING fts5(
    author, text, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
"""

T = TypeVar("T")


class StoreSchemaError(RuntimeError):
    """The file was written by another version of slant's store layout."""


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


@dataclass(frozen=True)
class InputTouch:
    """An input this run saw but did not re-analyze (resume skip): recorded as seen."""

    source: str
    doc_id: str


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def pack_record(record: dict[str, Any]) -> bytes:
    """The contract object as stored: compact JSON, zlib-compressed."""
    return zlib.compress(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), ZLIB_LEVEL)


def unpack_record(blob: bytes | str) -> dict[str, Any]:
    data = blob if isinstance(blob, str) else zlib.decompress(blob).decode("utf-8")
    record: dict[str, Any] = json.loads(data)
    return record


def comment_rowid(doc_rowid: int, position: int) -> int:
    return (doc_rowid << COMMENT_SHIFT) | position


def split_comment_rowid(rowid: int) -> tuple[int, int]:
    return rowid >> COMMENT_SHIFT, rowid & (MAX_COMMENTS_INDEXED - 1)


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


class CorpusStore:
    """A corpus of analyzed documents in SQLite (":memory:" works for tests)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        self.conn.row_factory = sqlite3.Row
        self.lock = threading.RLock()
        with self.lock:
            self._retry(self._open)

    def _open(self) -> None:
        c = self.conn
        if self.path != ":memory:":
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = NORMAL")
        # Python's lower(): SQLite's own only folds ASCII, and outlet/technique filters
        # must match exactly what Filter.matches decides in Python.
        c.create_function("slant_lower", 1, _lower, deterministic=True)
        check_schema(c)
        c.executescript(SCHEMA)
        c.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

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

    # -- locking ---------------------------------------------------------------

    def _retry(self, action: Callable[[], T]) -> T:
        """Run `action`, retrying while another process holds the lock (past the busy timeout)."""
        deadline = time.monotonic() + LOCK_RETRY_S
        delay = 0.05
        while True:
            try:
                return action()
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    def _transaction(self, body: Callable[[], T]) -> T:
        """`body` inside one write transaction (BEGIN IMMEDIATE), retried as a whole when locked."""

        def attempt() -> T:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                value = body()
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            return value

        with self.lock:
            return self._retry(attempt)

    # -- writing -------------------------------------------------------------

    def upsert(self, doc: Document, run_id: int | None = None) -> None:
        """Insert or replace one document and everything hanging off it, atomically."""
        self.upsert_many([doc], run_id)

    def upsert_many(self, docs: Iterable[Document], run_id: int | None = None) -> int:
        """Write many documents in one transaction; returns how many."""
        items = list(docs)
        self.commit_batch(items, run_id)
        return len(items)

    def commit_batch(self, items: Sequence[Document | InputTouch], run_id: int | None = None) -> int:
        """Write documents and record skipped inputs as seen, in order, in one transaction.

        Returns how many older versions of these inputs were replaced (an input whose
        content changed since an earlier run: the old document goes unless another input
        still holds it)."""

        def body() -> int:
            replaced = 0
            for item in items:
                if isinstance(item, InputTouch):
                    self.conn.execute("UPDATE inputs SET seen_run = ? WHERE source = ? AND doc_id = ?",
                                      (run_id, item.source, item.doc_id))
                else:
                    self._write(item, run_id)
                    replaced += self._replace_older(item.source, item.id, run_id)
            return replaced

        return self._transaction(body)

    def _write(self, doc: Document, run_id: int | None) -> None:
        c = self.conn
        record = doc.to_dict()
        values = (
            doc.id, doc.source, doc.url, doc.outlet, doc.title, doc.published, doc.language,
            doc.scores.get("propaganda"), doc.scores.get("toxic_comment_share"), len(doc.comments),
            doc.error.type if doc.error else None, doc.error.message if doc.error else None,
            pack_record(record), _now(),
        )
        row = c.execute("SELECT rowid, record FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is not None:
            rowid = int(row[0])
            self._unindex(rowid, unpack_record(row[1]))
            c.execute(
                """UPDATE documents SET id = ?, source = ?, url = ?, outlet = ?, title = ?, published = ?,
                   language = ?, propaganda = ?, toxic_comment_share = ?, n_comments = ?, error_type = ?,
                   error_message = ?, record = ?, updated_at = ? WHERE rowid = ?""",
                (*values, rowid),
            )
        else:
            cur = c.execute(
                """INSERT INTO documents (id, source, url, outlet, title, published, language, propaganda,
                   toxic_comment_share, n_comments, error_type, error_message, record, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                values,
            )
            if cur.lastrowid is None:
                raise RuntimeError("INSERT INTO documents returned no row id")
            rowid = cur.lastrowid
        c.execute(
            """INSERT INTO inputs (source, doc_id, status, run_id, seen_run) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (source, doc_id) DO UPDATE SET status = excluded.status, run_id = excluded.run_id,
               seen_run = excluded.seen_run""",
            (doc.source, doc.id, "error" if doc.error else "done", run_id, run_id),
        )
        if doc.error:
            return
        self._index(rowid, record)
        spans: list[tuple[str, str | None, Span]] = [(layer, None, s) for layer, items in doc.spans.items() for s in items]
        spans += [(layer, cm.id, s) for cm in doc.comments for layer, items in cm.spans.items() for s in items]
        self._write_spans(rowid, spans)

    def _index(self, rowid: int, record: dict[str, Any]) -> None:
        self.conn.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                          (rowid, record.get("title") or "", record.get("text") or ""))
        self.conn.executemany(
            "INSERT INTO comments_fts (rowid, author, text) VALUES (?, ?, ?)",
            [(comment_rowid(rowid, i), cm.get("author") or "", cm.get("text") or "")
             for i, cm in enumerate(record.get("comments") or []) if i < MAX_COMMENTS_INDEXED],
        )

    def _unindex(self, rowid: int, old: dict[str, Any]) -> None:
        """Remove a stored document's index entries by row id; a contentless FTS5 table
        needs the values it indexed, which the old record holds."""
        c = self.conn
        c.execute("DELETE FROM spans WHERE doc = ?", (rowid,))
        if old.get("error"):
            return
        c.execute("INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
                  (rowid, old.get("title") or "", old.get("text") or ""))
        c.executemany(
            "INSERT INTO comments_fts (comments_fts, rowid, author, text) VALUES ('delete', ?, ?, ?)",
            [(comment_rowid(rowid, i), cm.get("author") or "", cm.get("text") or "")
             for i, cm in enumerate(old.get("comments") or []) if i < MAX_COMMENTS_INDEXED],
        )

    def _write_spans(self, rowid: int, spans: list[tuple[str, str | None, Span]]) -> None:
        self.conn.executemany(
            "INSERT INTO spans (doc, layer, comment_id, start, end, label, score, analyzer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, layer, cid, s.start, s.end, s.label, s.score, s.analyzer) for layer, cid, s in spans],
        )

    def _replace_older(self, source: str, doc_id: str, run_id: int | None) -> int:
        """Drop older versions of this input (same source, other content) that this run has
        not seen; their documents go too when no other input holds them."""
        c = self.conn
        stale = [r[0] for r in c.execute(
            "SELECT doc_id FROM inputs WHERE source = ? AND doc_id != ? AND seen_run IS NOT ?",
            (source, doc_id, run_id),
        )]
        for old in stale:
            c.execute("DELETE FROM inputs WHERE source = ? AND doc_id = ?", (source, old))
            if c.execute("SELECT 1 FROM inputs WHERE doc_id = ? LIMIT 1", (old,)).fetchone() is None:
                self._delete_document(old)
        return len(stale)

    def _delete_document(self, doc_id: str) -> None:
        row = self.conn.execute("SELECT rowid, record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return
        self._unindex(int(row[0]), unpack_record(row[1]))
        self.conn.execute("DELETE FROM documents WHERE rowid = ?", (row[0],))

    # -- runs and inputs (accounting, resume) ----------------------------------

    def start_run(self, command: str = "") -> int:
        """A new `runs` row; earlier runs still `running` whose process is gone become `interrupted`."""

        def body() -> int:
            self._mark_interrupted()
            cur = self.conn.execute("INSERT INTO runs (started_at, command, host, pid) VALUES (?, ?, ?, ?)",
                                    (_now(), command, socket.gethostname(), os.getpid()))
            if cur.lastrowid is None:  # sqlite3 always sets it after an INSERT
                raise RuntimeError("INSERT INTO runs returned no row id")
            return cur.lastrowid

        return self._transaction(body)

    def _mark_interrupted(self) -> None:
        host = socket.gethostname()
        rows = self.conn.execute("SELECT id, host, pid FROM runs WHERE status = 'running'").fetchall()
        for run_id, run_host, pid in rows:
            if run_host == host and pid is not None and pid != os.getpid() and _pid_alive(int(pid)):
                continue  # still running here, in another process
            if run_host == host and pid == os.getpid():
                continue  # this process's own open run
            if run_host not in (None, host):
                continue  # another machine's run: its liveness is not ours to judge
            self.conn.execute("UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ?",
                              (_now(), run_id))

    def finish_run(self, run_id: int, seen: int, results: int, errors: int, skipped: int = 0,
                   status: str = "finished", details: dict[str, Any] | None = None) -> None:
        def body() -> None:
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, seen = ?, results = ?, errors = ?, skipped = ?, status = ?,"
                " details = ? WHERE id = ?",
                (_now(), seen, results, errors, skipped, status, json.dumps(details) if details else None, run_id),
            )

        self._transaction(body)

    def runs(self) -> list[dict[str, Any]]:
        with self.lock:
            rows = [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]
        for row in rows:
            row["details"] = json.loads(row["details"]) if row.get("details") else {}
        return rows

    def record_progress(self, run_id: int, seen: int, results: int, errors: int, skipped: int) -> None:
        """Keep the run's counts current while it runs, so a killed run still shows its work."""

        def body() -> None:
            self.conn.execute(
                "UPDATE runs SET seen = ?, results = ?, errors = ?, skipped = ? WHERE id = ?",
                (seen, results, errors, skipped, run_id),
            )

        self._transaction(body)

    def done_inputs(self) -> dict[str, set[str]]:
        """source -> ids of the contents stored for it, so a rerun skips an input only when
        both its source and its content (the document id is its hash) are already stored.

        The `inputs` row is written in the same transaction as its document, so a run
        killed at any moment (SIGKILL included) leaves only whole, committed inputs here.
        """
        done: dict[str, set[str]] = {}
        with self.lock:
            for source, doc_id in self.conn.execute("SELECT source, doc_id FROM inputs"):
                done.setdefault(source, set()).add(doc_id)
        return done

    def stored_record(self, source: str, doc_id: str | None = None) -> dict[str, Any] | None:
        """The contract object stored for an input, under its own source key (a skipped
        input's line in the result file)."""
        sql = "SELECT d.record FROM inputs i JOIN documents d ON d.id = i.doc_id WHERE i.source = ?"
        params: tuple[str, ...] = (source,)
        if doc_id is not None:
            sql += " AND i.doc_id = ?"
            params = (source, doc_id)
        with self.lock:
            row = self.conn.execute(sql + " LIMIT 1", params).fetchone()
        if row is None:
            return None
        record = unpack_record(row[0])
        record["source"] = source  # identical content from two inputs shares one document row
        return record

    # -- reading -------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        with self.lock:
            row = self.conn.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return document_from_dict(unpack_record(row["record"])) if row else None

    def counts(self) -> dict[str, int]:
        with self.lock:
            c = self.conn
            return {
                "documents": c.execute("SELECT COUNT(*) FROM documents WHERE error_type IS NULL").fetchone()[0],
                "errors": c.execute("SELECT COUNT(*) FROM documents WHERE error_type IS NOT NULL").fetchone()[0],
                "comments": c.execute(
                    "SELECT COALESCE(SUM(n_comments), 0) FROM documents WHERE error_type IS NULL").fetchone()[0],
                "spans": c.execute("SELECT COUNT(*) FROM spans").fetchone()[0],
            }

    def size_bytes(self) -> int:
        """Bytes the store uses on disk (pages in use, after checkpointing the WAL)."""
        with self.lock:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            free = self.conn.execute("PRAGMA freelist_count").fetchone()[0]
            size = self.conn.execute("PRAGMA page_size").fetchone()[0]
        return int((pages - free) * size)


def check_schema(conn: sqlite3.Connection) -> None:
    """Refuse a store written in another layout, with the command that converts it."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "documents" not in tables:
        return
    version = None
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdigit() else None
    if version == SCHEMA_VERSION:
        return
    raise StoreSchemaError(
        f"this corpus store uses schema version {version or 1}; this slant reads version {SCHEMA_VERSION}. "
        "Convert it with `slant store migrate --db FILE` (the old file is kept as FILE.v1)."
    )


def migrate(path: str | Path, batch: int = 500) -> dict[str, int]:
    """Convert a schema-1 store in place: documents, inputs and runs are copied into the
    current layout; the old file is kept beside it with a `.v1` suffix."""
    path = Path(path)
    old = sqlite3.connect(path)
    try:
        version_row = old.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if version_row and str(version_row[0]) == str(SCHEMA_VERSION):
            return {"documents": 0, "inputs": 0, "runs": 0}
        tmp = path.with_name(path.name + ".migrating")
        tmp.unlink(missing_ok=True)
        copied = {"documents": 0, "inputs": 0, "runs": 0}
        with CorpusStore(tmp) as new:
            cursor = old.execute("SELECT record FROM documents")
            while rows := cursor.fetchmany(batch):
                new.upsert_many([document_from_dict(unpack_record(r[0])) for r in rows])
                copied["documents"] += len(rows)
            with new.lock:
                new.conn.execute("BEGIN IMMEDIATE")
                new.conn.execute("DELETE FROM inputs")
                for source, doc_id, status, run_id in old.execute("SELECT source, doc_id, status, run_id FROM inputs"):
                    new.conn.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?)",
                                     (source, doc_id, status, run_id, run_id))
                    copied["inputs"] += 1
                for row in old.execute("SELECT id, started_at, finished_at, command, seen, results, errors, skipped,"
                                       " status FROM runs"):
                    new.conn.execute("INSERT INTO runs (id, started_at, finished_at, command, seen, results, errors,"
                                     " skipped, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", tuple(row))
                    copied["runs"] += 1
                new.conn.execute("COMMIT")
    finally:
        old.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(path, path.with_name(path.name + ".v1"))
    os.replace(tmp, path)
    return copied


#: Documents per transaction when importing a results file.
IMPORT_BATCH = 500


def import_parquet(results: str | Path, db: str | Path, batch: int = IMPORT_BATCH) -> dict[str, int]:
    """Bulk-load results into a store: a Parquet file (`slant analyze -o X.parquet`) or a dataset
    folder of Parquet parts (`--parquet-dir DIR`, every part in name order), one row group at a
    time, `batch` documents per transaction. Upserts: an input found twice is stored once."""
    import pyarrow.parquet as pq

    from slant.store.outputs import dataset_parts

    files = dataset_parts(results) if Path(results).is_dir() else [Path(results)]
    counts = {"documents": 0, "errors": 0, "files": len(files)}
    with CorpusStore(db) as store:
        run_id = store.start_run(f"slant store import {results}")
        for file in files:
            for table in pq.ParquetFile(str(file)).iter_batches(batch_size=batch, columns=["record"]):
                docs = [document_from_dict(json.loads(r)) for r in table.column(0).to_pylist()]
                store.upsert_many(docs, run_id)
                errors = sum(1 for d in docs if d.error)
                counts["errors"] += errors
                counts["documents"] += len(docs) - errors
        store.finish_run(run_id, counts["documents"] + counts["errors"], counts["documents"], counts["errors"])
    return counts

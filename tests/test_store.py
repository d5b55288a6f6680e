"""The SQLite corpus: idempotent upserts, full-text search, accounting."""

from __future__ import annotations

from pathlib import Path

from slant.document import Document
from slant.store.corpus import Corpus
from slant.store.sqlite import CorpusStore


def test_upsert_is_idempotent(store: CorpusStore, sample_document: Document) -> None:
    store.upsert(sample_document)
    store.upsert(sample_document)
    assert store.counts() == {"documents": 1, "errors": 0, "comments": 2, "spans": 1}


def test_get_round_trips_the_contract(store: CorpusStore, sample_document: Document) -> None:
    store.upsert(sample_document)
    assert store.get("doc1").to_dict() == sample_document.to_dict()
    assert store.get("missing") is None


def test_search_finds_body_and_comments(store: CorpusStore, sample_document: Document) -> None:
    store.upsert(sample_document)
    body_hits = Corpus(store).search("Valmora")
    assert body_hits and body_hits[0].doc_id == "doc1" and body_hits[0].where == "body"
    assert "[Valmora]" in body_hits[0].snippet
    comment_hits = Corpus(store).search("disgrace")
    assert [(h.where, h.comment_id, h.author) for h in comment_hits] == [("comment", "c1", "Ana")]


def test_search_survives_fts_syntax(store: CorpusStore, sample_document: Document) -> None:
    store.upsert(sample_document)
    assert Corpus(store).search('"unbalanced AND (') == []
    assert [h.doc_id for h in Corpus(store).search("Valmora.")] == ["doc1"]  # stray punctuation: searched as words


def test_rewrite_replaces_children(store: CorpusStore, sample_document: Document) -> None:
    store.upsert(sample_document)
    sample_document.comments = sample_document.comments[:1]
    sample_document.spans = {}
    store.upsert(sample_document)
    assert store.counts()["comments"] == 1 and store.counts()["spans"] == 0
    assert Corpus(store).search("disagree") == []


def test_errors_are_stored(store: CorpusStore) -> None:
    store.upsert(Document.failed("e1", "bad.bin", "binary_input", "looks binary"))
    assert store.counts()["errors"] == 1
    assert store.get("e1").error.type == "binary_input"


def test_runs_are_recorded(tmp_path: Path, sample_document: Document) -> None:
    with CorpusStore(tmp_path / "c.sqlite") as s:
        run = s.start_run("slant analyze x")
        s.upsert(sample_document, run)
        s.finish_run(run, seen=1, results=1, errors=0)
    with CorpusStore(tmp_path / "c.sqlite") as s:
        [row] = s.runs()
        assert (row["seen"], row["results"], row["errors"], row["status"]) == (1, 1, 0, "finished")
        assert s.done_inputs() == {"memory": {"doc1"}}


def test_resume_state_lives_in_the_store(store: CorpusStore, sample_document: Document) -> None:
    """What a rerun needs: inputs done, the stored record under each source, live run counts."""
    run = store.start_run("slant analyze x")
    assert store.done_inputs() == {} and store.stored_record("memory") is None
    store.upsert(sample_document, run)
    store.upsert(Document.failed("e1", "bad.bin", "binary_input", "looks binary"), run)
    assert store.done_inputs() == {"memory": {"doc1"}, "bad.bin": {"e1"}}
    assert store.stored_record("memory") == sample_document.to_dict()
    assert store.stored_record("bad.bin")["error"]["type"] == "binary_input"
    store.record_progress(run, seen=3, results=1, errors=1, skipped=1)
    [row] = store.runs()
    assert (row["seen"], row["results"], row["errors"], row["skipped"], row["status"]) == (3, 1, 1, 1, "running")


def test_schema_1_store_is_refused_then_migrated(tmp_path: Path, sample_document: Document) -> None:
    import json
    import sqlite3

    import pytest

    from slant.store.sqlite import StoreSchemaError, migrate

    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '1');"
        "CREATE TABLE documents (id TEXT PRIMARY KEY, record TEXT NOT NULL);"
        "CREATE TABLE inputs (source TEXT PRIMARY KEY, doc_id TEXT, status TEXT, run_id INTEGER);"
        "CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, command TEXT, seen INTEGER,"
        " results INTEGER, errors INTEGER, skipped INTEGER, status TEXT);"
    )
    conn.execute("INSERT INTO documents VALUES (?, ?)", ("doc1", json.dumps(sample_document.to_dict())))
    conn.execute("INSERT INTO inputs VALUES ('memory', 'doc1', 'done', 1)")
    conn.execute("INSERT INTO runs VALUES (1, 'x', 'y', 'slant analyze', 1, 1, 0, 0, 'finished')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreSchemaError, match="slant store migrate"):
        CorpusStore(db)
    assert migrate(db) == {"documents": 1, "inputs": 1, "runs": 1}
    with CorpusStore(db) as store:
        assert store.get("doc1").to_dict() == sample_document.to_dict()
        assert store.done_inputs() == {"memory": {"doc1"}}
        assert [h.doc_id for h in Corpus(store).search("Valmora")] == ["doc1"]
    assert (tmp_path / "old.sqlite.v1").exists()


def test_a_killed_run_is_marked_interrupted_by_the_next(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "c.sqlite"
    with CorpusStore(db) as store:
        store.start_run("first")
    conn = sqlite3.connect(db)  # as if a process that has since died had started it
    conn.execute("UPDATE runs SET pid = 2147483646")
    conn.commit()
    conn.close()
    with CorpusStore(db) as store:
        store.start_run("second")
        assert [r["status"] for r in store.runs()] == ["interrupted", "running"]


def test_writes_wait_for_another_process_lock(tmp_path: Path, sample_document: Document) -> None:
    """Another process holding the write lock for 5 s delays the write, never fails it."""
    import subprocess
    import sys
    import time

    db = tmp_path / "c.sqlite"
    CorpusStore(db).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, time, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
        "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(5.5); c.execute('COMMIT')"), str(db)],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    with CorpusStore(db) as store:
        store.upsert(sample_document, store.start_run("x"))
        assert store.counts()["documents"] == 1
    assert time.monotonic() - started >= 4
    holder.wait(timeout=30)


def test_upsert_cost_does_not_grow_with_the_store(tmp_path: Path, sample_document: Document) -> None:
    """Re-writing a document deletes its index rows by row id: no scan of the FTS tables."""
    with CorpusStore(tmp_path / "c.sqlite") as store:
        store.upsert(sample_document)
        plans = []
        store.conn.set_trace_callback(plans.append)
        store.upsert(sample_document)
        store.conn.set_trace_callback(None)
    assert not any("DELETE FROM documents_fts" in p or "doc_id = " in p and "_fts" in p for p in plans)
    assert any("'delete'" in p for p in plans)


def test_search_limits(store: CorpusStore, sample_document: Document) -> None:
    import pytest

    from slant.store.corpus import MAX_QUERY_CHARS, QueryTooLong, SearchTimeout

    store.upsert(sample_document)
    corpus = Corpus(store)
    assert [h.doc_id for h in corpus.search(" ".join(["the"] * 124))] == ["doc1"]  # 495 characters, answered
    with pytest.raises(QueryTooLong):
        corpus.search("a" * (MAX_QUERY_CHARS + 1))
    with pytest.raises(QueryTooLong):
        corpus.search(" ".join(f"w{i}" for i in range(200)))
    with pytest.raises(SearchTimeout):
        corpus.search("Valmora", timeout=-1.0)


def test_search_ranks_then_snippets_the_page(store: CorpusStore, sample_document: Document) -> None:
    """Only the hits returned are read back (snippets come from their records)."""
    for i in range(30):
        doc = Document(id=f"d{i}", source=f"s{i}", text=f"Valmora report number {i}. " + "filler words " * i,
                       title=f"t{i}", language="en")
        store.upsert(doc)
    hits = Corpus(store).search("Valmora", limit=5)
    assert len(hits) == 5 and all("[Valmora]" in h.snippet for h in hits)
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_store_import_from_results_parquet(tmp_path: Path, sample_document: Document) -> None:
    from typer.testing import CliRunner

    from slant.cli import app
    from slant.store.outputs import open_writer

    results = tmp_path / "out.parquet"
    writer = open_writer(results)
    writer.write(sample_document.to_dict())
    writer.write(Document.failed("e1", "bad.bin", "binary_input", "looks binary").to_dict())
    writer.close()
    db = tmp_path / "c.sqlite"
    outcome = CliRunner().invoke(app, ["store", "import", str(results), "--db", str(db)])
    assert outcome.exit_code == 0, outcome.output
    assert '"documents": 1' in outcome.output and '"errors": 1' in outcome.output
    with CorpusStore(db) as store:
        assert store.get("doc1").to_dict() == sample_document.to_dict()
        assert [h.doc_id for h in Corpus(store).search("disgrace")] == ["doc1"]

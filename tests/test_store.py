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
        assert s.done_inputs() == {"memory": "doc1"}


def test_resume_state_lives_in_the_store(store: CorpusStore, sample_document: Document) -> None:
    """What a rerun needs: inputs done, the stored record under each source, live run counts."""
    run = store.start_run("slant analyze x")
    assert store.done_inputs() == {} and store.stored_record("memory") is None
    store.upsert(sample_document, run)
    store.upsert(Document.failed("e1", "bad.bin", "binary_input", "looks binary"), run)
    assert store.done_inputs() == {"memory": "doc1", "bad.bin": "e1"}
    assert store.stored_record("memory") == sample_document.to_dict()
    assert store.stored_record("bad.bin")["error"]["type"] == "binary_input"
    store.record_progress(run, seen=3, results=1, errors=1, skipped=1)
    [row] = store.runs()
    assert (row["seen"], row["results"], row["errors"], row["skipped"], row["status"]) == (3, 1, 1, 1, "running")

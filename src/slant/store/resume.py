"""What a corpus store already holds, so a rerun skips finished inputs.

The store's `inputs` table maps each input's source key (path, path#record,
URL) to the document it produced, written in the same transaction as the
document. A run killed at any moment (SIGKILL included) therefore leaves only
whole, committed inputs behind; the next run skips exactly those.
"""

from __future__ import annotations

import json
from typing import Any

from slant.store.sqlite import CorpusStore


def done_inputs(store: CorpusStore) -> dict[str, str]:
    """source key -> document id, for every input the store has a record of."""
    with store.lock:
        return {row[0]: row[1] for row in store.conn.execute("SELECT source, doc_id FROM inputs")}


def stored_record(store: CorpusStore, source: str) -> dict[str, Any] | None:
    """The contract object stored for an input, with its own source key."""
    with store.lock:
        row = store.conn.execute(
            "SELECT d.record FROM inputs i JOIN documents d ON d.id = i.doc_id WHERE i.source = ?", (source,)
        ).fetchone()
    if row is None:
        return None
    record = json.loads(row[0])
    record["source"] = source  # identical content from two inputs shares one document row
    return record


def record_progress(store: CorpusStore, run_id: int, seen: int, results: int, errors: int, skipped: int) -> None:
    """Keep the run's counts current while it runs, so a killed run still shows its work."""
    with store.lock:
        store.conn.execute(
            "UPDATE runs SET seen = ?, results = ?, errors = ?, skipped = ? WHERE id = ?",
            (seen, results, errors, skipped, run_id),
        )

"""The events listing of `slant corpus events`: the one corpus listing that needs event grouping.

Filtering, outlets and document listings are the store's (`slant.store.corpus`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slant.compare.events import group_events
from slant.document import Document


def list_events(docs: Sequence[Document]) -> list[dict[str, Any]]:
    """Events found in the documents, largest first."""
    by_id = {d.id: d for d in docs}
    rows = []
    for event in group_events(docs):
        row = event.to_dict()
        row["documents"] = len(event.doc_ids)
        row["titles"] = [by_id[i].title for i in event.doc_ids if by_id[i].title]
        rows.append(row)
    return rows

"""What an engine yields for each input: its Document, or a marker that the store already holds it."""

from __future__ import annotations

from dataclasses import dataclass

from slant.document import Document


@dataclass(frozen=True)
class Skipped:
    """An input the store already holds (resumed runs)."""

    source: str
    doc_id: str


Outcome = Document | Skipped

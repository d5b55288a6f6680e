"""Where results go: JSONL files and the SQLite corpus store."""

from slant.store.jsonl import read_jsonl_documents, write_jsonl
from slant.store.sqlite import CorpusStore, SearchHit

__all__ = ["CorpusStore", "SearchHit", "read_jsonl_documents", "write_jsonl"]

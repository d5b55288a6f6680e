"""JSONL: one contract object per line, the format evaluations read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from slant.document import Document, document_from_dict


def dumps(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def write_jsonl(docs: Iterable[Document], handle: IO[str]) -> int:
    count = 0
    for doc in docs:
        handle.write(dumps(doc) + "\n")
        count += 1
    return count


def read_jsonl_documents(path: str | Path) -> Iterator[Document]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield document_from_dict(json.loads(line))

"""Parquet feeds: one page per row, with the same columns as a JSONL feed.

A row needs an `html` or `text` string column and may carry url, title, outlet
and published (data tools export crawls this way). Source keys are
`path#row<N>` (or the row's url), so each row is one input.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError
from slant.sources.files import page_from_record, register_reader

COLUMNS = ("html", "text", "url", "title", "outlet", "published")


def read_parquet(path: Path, options: Limits) -> Iterator[Page | SourceError]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(str(path))
    except Exception as exc:  # not Parquet, truncated, unreadable
        yield SourceError(str(path), errors.UNREADABLE, f"cannot read Parquet file: {exc}")
        return
    columns = [c for c in COLUMNS if c in parquet.schema_arrow.names]
    number = 0
    for batch in parquet.iter_batches(batch_size=256, columns=columns):
        for row in batch.to_pylist():
            source = f"{path}#row{number}"
            number += 1
            content = row.get("html") or row.get("text")
            if isinstance(content, str) and len(content) > options.max_bytes:
                yield SourceError(source, errors.TOO_LARGE, options.too_large("row", len(content), "characters").message, key=source)
                continue
            yield page_from_record(row, source)


register_reader(".parquet", read_parquet)

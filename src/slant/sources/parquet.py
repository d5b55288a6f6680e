"""Parquet feeds: one page per row, with the same columns as a JSONL feed.

A row needs an `html` or `text` string column and may carry url, title, outlet
and published (data tools export crawls this way). Source keys are
`path#row<N>` (or the row's url), so each row is one input.

Row groups are read one at a time: a row group whose pages are corrupt (the footer
is valid, the data is not) becomes one error record `path#rowgroup<N>`, and the
rows of the other groups are still read, with their numbers unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from slant import errors
from slant.config import Limits
from slant.document import Page, SourceError
from slant.sources.files import container_reader, page_from_record, register_reader

COLUMNS = ("html", "text", "url", "title", "outlet", "published")

#: Rows converted to Python at a time.
BATCH_ROWS = 64


@container_reader
def read_parquet(handle: BinaryIO, name: str, options: Limits) -> Iterator[Page | SourceError]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(handle)
        columns = [c for c in COLUMNS if c in parquet.schema_arrow.names]
        groups = [parquet.metadata.row_group(i).num_rows for i in range(parquet.num_row_groups)]
    except Exception as exc:  # not Parquet, truncated, a schema pyarrow cannot map
        yield SourceError(name, errors.UNREADABLE, f"cannot read Parquet file: {exc}")
        return
    if not any(c in columns for c in ("html", "text")):
        yield SourceError(name, errors.BAD_RECORD, "Parquet file has neither an 'html' nor a 'text' column")
        return
    if sum(groups) == 0:
        yield SourceError(name, errors.EMPTY, "the Parquet file holds no rows")
        return
    first = 0
    for group, rows in enumerate(groups):
        yield from _row_group(parquet, group, first, columns, name, options)
        first += rows


def _row_group(parquet: Any, group: int, first: int, columns: list[str], name: str,
               options: Limits) -> Iterator[Page | SourceError]:
    """The rows of one row group; corrupt data becomes one error record for the group."""
    number = first
    try:
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns, row_groups=[group]):
            for row in batch.to_pylist():
                yield _row(row, f"{name}#row{number}", options)
                number += 1
    except Exception as exc:  # corrupted pages behind a valid footer (OSError), bad encodings
        source = f"{name}#rowgroup{group}"
        yield SourceError(source, errors.BAD_RECORD,
                          f"cannot read rows {number} on of row group {group}: {type(exc).__name__}: {exc}", key=source)


def _row(row: dict[str, Any], source: str, options: Limits) -> Page | SourceError:
    content = row.get("html") or row.get("text")
    if isinstance(content, str) and len(content) > options.max_bytes:
        return SourceError(source, errors.TOO_LARGE, options.too_large("row", len(content), "characters").message, key=source)
    return page_from_record(row, source)


register_reader(".parquet", read_parquet)

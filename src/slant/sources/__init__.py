"""Sources: where pages come from. They yield Pages and never interpret content.

`iter_pages()` takes what the user typed (paths, folders, '-', URLs) and yields
one `Page` or one `SourceError` per input. File readers are registered by suffix
in `READERS`; a new input format (WARC, Parquet) plugs in by adding a reader.
Each input runs inside one boundary: whatever goes wrong while reading it becomes
an error record for that input, never an exception that ends the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from slant.config import Limits
from slant.document import Page, SourceError
from slant.sources import parquet, warc  # noqa: F401  (they register their readers by suffix)
from slant.sources.files import READERS, display_name, guarded, iter_path, read_stdin
from slant.sources.urls import fetch_url, is_url

__all__ = ["READERS", "Page", "SourceError", "iter_pages"]


def _one_input(item: str, options: Limits) -> Iterator[Page | SourceError]:
    if item == "-":
        yield read_stdin(options)
    elif is_url(item):
        yield fetch_url(item, options)
    else:
        yield from iter_path(item, options)


def iter_pages(inputs: Iterable[str], options: Limits | None = None) -> Iterator[Page | SourceError]:
    """One Page or SourceError per input document, in the order given (folders sorted)."""
    options = options or Limits()
    for item in inputs:
        yield from guarded(_one_input(item, options), display_name(item))

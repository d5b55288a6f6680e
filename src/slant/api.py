"""The Python API: analyze text, HTML or paths and get Documents back.

A default Pipeline (default analyzers, models loaded once) is built on first use
and reused by later calls in the same process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from slant.document import Document, Page
from slant.run.pipeline import Pipeline
from slant.run.pool import run_local
from slant.sources import SourceOptions, iter_pages


@lru_cache(maxsize=8)
def _pipeline(analyzers: tuple[str, ...] | None) -> Pipeline:
    return Pipeline(list(analyzers) if analyzers is not None else None)


def get_pipeline(analyzers: Sequence[str] | None = None) -> Pipeline:
    """The shared pipeline for these analyzers (None: the defaults)."""
    return _pipeline(tuple(analyzers) if analyzers is not None else None)


def analyze_text(text: str, url: str | None = None, analyzers: Sequence[str] | None = None) -> Document:
    """Analyze a page scraped to plain text (boilerplate and comments are inferred)."""
    page = Page(source=url or "<text>", content=text, kind="text", url=url)
    return get_pipeline(analyzers).process_batch([page])[0]


def analyze_html(html: str, url: str | None = None, analyzers: Sequence[str] | None = None) -> Document:
    """Analyze an HTML page (body via trafilatura, comment threads from the markup)."""
    page = Page(source=url or "<html>", content=html, kind="html", url=url)
    return get_pipeline(analyzers).process_batch([page])[0]


def analyze_paths(
    paths: Iterable[str],
    analyzers: Sequence[str] | None = None,
    workers: int | None = 1,
    allow_private: bool = False,
) -> list[Document]:
    """Analyze files, folders or URLs: one Document per input (failed ones carry `error`)."""
    items = iter_pages([str(p) for p in paths], SourceOptions(allow_private=allow_private))
    return list(run_local(items, get_pipeline(analyzers), workers=workers))

"""What the routes do, as plain functions: analyze one input, query the corpus.

Routes stay thin: each calls one function here. Analysis functions are
blocking and run on the work queue's threads.
"""

from __future__ import annotations

from typing import Any

from slant import errors
from slant.compare.report import compare_corpus, comparison_options
from slant.config import Limits
from slant.document import Document, Page
from slant.errors import SlantInputError
from slant.run.pipeline import Pipeline
from slant.server.settings import Settings
from slant.sources.urls import fetch_bytes
from slant.store.corpus import Corpus, Filter
from slant.store.sqlite import CorpusStore


def page_from_input(text: str | None, html: str | None, url: str | None, settings: Settings,
                    filename: str | None = None) -> Page:
    """The one Page an analyze request names; fetches URLs through the SSRF-safe fetcher."""
    given = [x for x in (text, html, url) if x]
    if len(given) != 1:
        raise SlantInputError(errors.UNSUPPORTED, "give exactly one of text, html or url")
    if url:
        options = settings.run.limits
        body, content_type, final = fetch_bytes(url.strip(), options, settings.resolver)
        kind = "text" if content_type == "text/plain" else "html"
        return Page(source=url.strip(), content=body, kind=kind, url=final)
    content = html if html else text
    assert content is not None
    settings.run.limits.check_size(len(content.encode("utf-8", "surrogatepass")))
    kind = "html" if html else "text"
    return Page(source=filename or f"<{kind}>", content=content, kind=kind)


def analyze_input(pipeline: Pipeline, store: CorpusStore | None, settings: Settings, text: str | None = None,
                  html: str | None = None, url: str | None = None, filename: str | None = None) -> Document:
    """Fetch or take the input, run the pipeline, store the result; one Document always."""
    try:
        page = page_from_input(text, html, url, settings, filename)
    except SlantInputError as exc:
        source = url or filename or "<input>"
        return Document.failed(Page(source=source, content=source).id, source, exc.code, exc.message)
    doc = pipeline.process_batch([page])[0]
    if store is not None:
        store.upsert(doc)
    return doc


def upload_kind(filename: str, content_type: str | None) -> str:
    name = filename.lower()
    if name.endswith((".html", ".htm", ".xhtml")) or (content_type or "").startswith(("text/html", "application/xhtml")):
        return "html"
    return "text"


def decode_upload(data: bytes, limits: Limits) -> str:
    from slant.extract.decode import decode_bytes

    return decode_bytes(data, limits)


# -- corpus queries: all through slant.store.corpus, the same API the CLI uses ----


def outlets(store: CorpusStore) -> list[str]:
    return Corpus(store).outlets()


def techniques(store: CorpusStore) -> list[tuple[str, int]]:
    return Corpus(store).technique_counts()


def list_documents(store: CorpusStore, outlet: str | None = None, technique: str | None = None,
                   limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Documents newest first (failed inputs too when unfiltered), with their technique counts."""
    return Corpus(store).documents(Filter(outlet=outlet, technique=technique), limit, offset, include_errors=True)


def search(store: CorpusStore, query: str, limit: int = 20, outlet: str | None = None,
           technique: str | None = None) -> list[dict[str, Any]]:
    """Full-text hits, optionally narrowed to an outlet or documents using a technique."""
    return [h.to_dict() for h in Corpus(store).search(query, Filter(outlet=outlet, technique=technique), limit)]


def comparison(store: CorpusStore, event_id: str | None = None, threshold: float | None = None,
               window_days: int | None = None) -> dict[str, Any]:
    """Exactly what `slant compare --db X -o out.json` writes, for this server's corpus.
    Raises UnknownEvent for an event id the corpus does not have."""
    return compare_corpus(store, event_id=event_id, **comparison_options(threshold, window_days))


def compare_page(store: CorpusStore) -> dict[str, Any]:
    """The /compare page: per-outlet figures plus the comparison `slant compare` builds."""
    return {"figures": Corpus(store).outlet_figures(), "data": comparison(store)}

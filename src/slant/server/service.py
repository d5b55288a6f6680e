"""What the routes do, as plain functions: analyze one input, query the corpus.

Routes stay thin: each calls one function here. `analyze_in_worker` runs inside an
analysis worker process (fetching, extraction, analyzers: everything an input can make
slow or crash); `analyze_in_pool` sends it there and stores the result in this process.
Queries take the monotonic deadline their lane gives them.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

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

if TYPE_CHECKING:
    from slant.server.work import ProcessPool

log = logging.getLogger(__name__)

#: Longest search query the server accepts (characters); longer ones get 400. The corpus
#: API has its own, looser limits; this one keeps a request's cost small.
MAX_QUERY_CHARS = 256
#: Longest URL the server accepts.
MAX_URL_CHARS = 2048
#: Seconds one search may run at most, whatever is left of its request's time.
SEARCH_TIMEOUT_S = 2.0


class BadRequest(ValueError):
    """A request the server refuses before any work (HTTP 400)."""


def check_encodable(value: str | None, what: str) -> None:
    """Refuse text that cannot be written as UTF-8 (a lone surrogate such as \\ud800 in JSON)."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadRequest(f"{what} is not valid Unicode (lone surrogate at character {exc.start})") from None


def check_url(url: str) -> str:
    """An http(s) URL with a host and a valid port, or BadRequest; returns it stripped."""
    url = url.strip()
    if len(url) > MAX_URL_CHARS:
        raise BadRequest(f"url is {len(url):,} characters long; the limit is {MAX_URL_CHARS:,}")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a bad port such as :99999
        host = parts.hostname
    except ValueError as exc:
        raise BadRequest(f"not a valid URL: {exc}") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        # other schemes (file:, ftp:) are refused by the fetcher with a fetch_refused record
        return url
    if port == 0:
        raise BadRequest("not a valid URL: port 0")
    return url


def check_query(query: str) -> str:
    if len(query) > MAX_QUERY_CHARS:
        raise BadRequest(f"query is {len(query):,} characters long; the limit is {MAX_QUERY_CHARS}")
    check_encodable(query, "query")
    return query


@dataclass(frozen=True)
class AnalyzeJob:
    """One analyze request, as sent to a worker process."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    filename: str | None = None

    @property
    def source(self) -> str:
        return self.url or self.filename or "<input>"

    def check(self) -> AnalyzeJob:
        """Refuse what no worker should see: unencodable text, malformed URLs (BadRequest)."""
        for what, value in (("text", self.text), ("html", self.html), ("url", self.url), ("filename", self.filename)):
            check_encodable(value, what)
        if self.url:
            check_url(self.url)
        return self

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
    doc, keep = _analyze(pipeline, settings, AnalyzeJob(text, html, url, filename))
    if store is not None and keep:
        store.upsert(doc)
    return doc


def _analyze(pipeline: Pipeline, settings: Settings, job: AnalyzeJob) -> tuple[Document, bool]:
    """(document, whether to store it): refused inputs are answered, not stored."""
    try:
        page = page_from_input(job.text, job.html, job.url, settings, job.filename)
    except SlantInputError as exc:
        return Document.failed(Page(source=job.source, content=job.source).id, job.source, exc.code, exc.message), False
    return pipeline.process_batch([page])[0], True


def analyze_in_worker(pipeline: Pipeline, settings: Settings, job: AnalyzeJob) -> tuple[Document, bool]:
    """The worker side of an analyze request (runs in an analysis process); never raises."""
    try:
        return _analyze(pipeline, settings, job)
    except Exception as exc:  # a bug or a library failure costs this request only
        log.debug("analysis failed for %s", job.source, exc_info=True)
        return _failed(job, f"{type(exc).__name__}: {exc}"), False


def _failed(job: AnalyzeJob, message: str, code: str = errors.ANALYSIS_FAILED) -> Document:
    return Document.failed(Page(source=job.source, content=job.source).id, job.source, code, message)


def analyze_in_pool(pool: ProcessPool, store: CorpusStore | None, job: AnalyzeJob, deadline: float) -> Document:
    """Run `job` in a worker process before `deadline` (TimedOut past it), store the result here."""
    status, result = pool.call(job, deadline)
    if status != "done":
        return _failed(job, str(result))
    doc, keep = result
    if not isinstance(doc, Document):
        return _failed(job, f"the worker answered {type(doc).__name__}, not a Document")
    if store is not None and keep:
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
           technique: str | None = None, deadline: float | None = None) -> list[dict[str, Any]]:
    """Full-text hits, optionally narrowed to an outlet or documents using a technique.

    Runs at most SEARCH_TIMEOUT_S, or until `deadline` (monotonic) when that comes first;
    raises the corpus API's QueryTooLong / SearchTimeout."""
    timeout = SEARCH_TIMEOUT_S if deadline is None else max(0.0, min(SEARCH_TIMEOUT_S, deadline - time.monotonic()))
    hits = Corpus(store).search(query, Filter(outlet=outlet, technique=technique), limit, timeout=timeout)
    return [h.to_dict() for h in hits]


def comparison(store: CorpusStore, event_id: str | None = None, threshold: float | None = None,
               window_days: int | None = None) -> dict[str, Any]:
    """Exactly what `slant compare --db X -o out.json` writes, for this server's corpus.
    Raises UnknownEvent for an event id the corpus does not have."""
    return compare_corpus(store, event_id=event_id, **comparison_options(threshold, window_days))


def compare_page(store: CorpusStore) -> dict[str, Any]:
    """The /compare page: per-outlet figures plus the comparison `slant compare` builds."""
    return {"figures": Corpus(store).outlet_figures(), "data": comparison(store)}

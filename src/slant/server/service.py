"""What the routes do, as plain functions: analyze one input, query the corpus.

Routes stay thin: each calls one function here. Analysis functions are
blocking and run on the work queue's threads.
"""

from __future__ import annotations

import json
from typing import Any

from slant import errors
from slant.document import Document, Page
from slant.errors import SlantInputError
from slant.run.pipeline import Pipeline
from slant.server.settings import Settings
from slant.sources.files import SourceOptions
from slant.sources.urls import fetch_bytes
from slant.store.sqlite import CorpusStore


def page_from_input(text: str | None, html: str | None, url: str | None, settings: Settings,
                    filename: str | None = None) -> Page:
    """The one Page an analyze request names; fetches URLs through the SSRF-safe fetcher."""
    given = [x for x in (text, html, url) if x]
    if len(given) != 1:
        raise SlantInputError(errors.UNSUPPORTED, "give exactly one of text, html or url")
    if url:
        options = SourceOptions(max_bytes=settings.max_page_bytes, allow_private=settings.allow_private,
                                timeout=settings.fetch_timeout)
        body, content_type, final = fetch_bytes(url.strip(), options, settings.resolver)
        kind = "text" if content_type == "text/plain" else "html"
        return Page(source=url.strip(), content=body, kind=kind, url=final)
    content = html if html else text
    assert content is not None
    if len(content.encode("utf-8", "surrogatepass")) > settings.max_page_bytes:
        raise SlantInputError(errors.TOO_LARGE, f"input exceeds the page limit of {settings.max_page_bytes:,} bytes")
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


def decode_upload(data: bytes) -> str:
    from slant.extract.decode import decode_bytes

    return decode_bytes(data, len(data) + 1)


# -- corpus queries (read-only SQL over the store's schema) -------------------


def outlets(store: CorpusStore) -> list[str]:
    with store.lock:
        rows = store.conn.execute(
            "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL AND error_type IS NULL ORDER BY outlet"
        ).fetchall()
    return [r[0] for r in rows]


def techniques(store: CorpusStore) -> list[tuple[str, int]]:
    with store.lock:
        rows = store.conn.execute(
            "SELECT label, COUNT(*) AS n FROM spans WHERE layer = 'techniques' AND comment_id IS NULL "
            "GROUP BY label ORDER BY n DESC, label"
        ).fetchall()
    return [(r[0], r[1]) for r in rows]


def list_documents(store: CorpusStore, outlet: str | None = None, technique: str | None = None,
                   limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Documents newest first, filtered by outlet and/or technique, with their technique counts."""
    sql = ("SELECT id, source, url, outlet, title, published, language, propaganda, toxic_comment_share, "
           "n_comments, error_type FROM documents d WHERE 1=1")
    params: list[Any] = []
    if outlet:
        sql += " AND outlet = ?"
        params.append(outlet)
    if technique:
        sql += (" AND EXISTS (SELECT 1 FROM spans s WHERE s.doc_id = d.id AND s.layer = 'techniques' "
                "AND s.comment_id IS NULL AND s.label = ?)")
        params.append(technique)
    sql += " ORDER BY published DESC, id LIMIT ? OFFSET ?"
    params += [limit, offset]
    with store.lock:
        rows = [dict(r) for r in store.conn.execute(sql, params)]
        for row in rows:
            counts = store.conn.execute(
                "SELECT label, COUNT(*) FROM spans WHERE doc_id = ? AND layer = 'techniques' AND comment_id IS NULL "
                "GROUP BY label ORDER BY COUNT(*) DESC", (row["id"],)
            ).fetchall()
            row["techniques"] = {label: n for label, n in counts}
    return rows


def search(store: CorpusStore, query: str, limit: int = 20, outlet: str | None = None,
           technique: str | None = None) -> list[dict[str, Any]]:
    """Full-text hits, optionally narrowed to an outlet or documents using a technique."""
    hits = [h.to_dict() for h in store.search(query, limit * 4 if (outlet or technique) else limit)]
    if outlet:
        hits = [h for h in hits if h["outlet"] == outlet]
    if technique:
        with store.lock:
            having = {
                r[0] for r in store.conn.execute(
                    "SELECT DISTINCT doc_id FROM spans WHERE layer = 'techniques' AND label = ?", (technique,)
                )
            }
        hits = [h for h in hits if h["doc_id"] in having]
    return hits[:limit]


def all_documents(store: CorpusStore) -> list[Document]:
    return list(store.iter_documents())


def compare_outlets(store: CorpusStore, max_events: int = 10) -> dict[str, Any]:
    """Per-outlet figures, plus same-event framing from slant.compare when it is available."""
    from slant.report.view import outlet_figures

    docs = all_documents(store)
    result: dict[str, Any] = {"figures": outlet_figures(docs), "events": None, "comparison_error": None}
    try:
        from slant.compare.events import group_events
        from slant.compare.framing import compare_framing
    except ImportError:  # built separately; the page degrades to the figures
        return result
    try:
        by_id = {d.id: d for d in docs}
        events = []
        for event in group_events(docs):
            if len(set(event.outlets)) < 2:
                continue
            members = [by_id[i] for i in event.doc_ids if i in by_id]
            framings = compare_framing(members, event.entities)
            events.append({"event": event.to_dict(), "framings": [json.loads(json.dumps(f.to_dict(), default=_jsonable)) for f in framings]})
            if len(events) >= max_events:
                break
        result["events"] = events
    except Exception as exc:  # the comparison is optional: show the figures anyway
        result["comparison_error"] = f"{type(exc).__name__}: {exc}"
    return result


def _jsonable(value: Any) -> Any:
    for attr in ("to_dict", "_asdict"):
        if hasattr(value, attr):
            return getattr(value, attr)()
    if hasattr(value, "__dict__"):
        return value.__dict__
    return str(value)

"""The REST API under /api: analyze, documents, search, compare, techniques, health (OpenAPI at /api/openapi.json)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from slant import __version__
from slant.analyze.glossary import glossary_json
from slant.server import service
from slant.server.deps import get_state, require_api_token

router = APIRouter(prefix="/api", dependencies=[Depends(require_api_token)], tags=["api"])

#: Bounds of every integer a client can send (beyond them: 422, never an overflow deeper down).
MAX_OFFSET = 1_000_000_000
MAX_WINDOW_DAYS = 36_500


class AnalyzeRequest(BaseModel):
    """Exactly one of text, html or url."""

    text: str | None = Field(None, description="A page scraped to plain text.")
    html: str | None = Field(None, description="An HTML page.")
    url: str | None = Field(None, description="An http(s) URL to fetch (public addresses only unless --allow-private).")


@router.post("/analyze", summary="Analyze one page; returns the output-contract object")
async def analyze(body: AnalyzeRequest, request: Request) -> dict[str, Any]:
    state = get_state(request)
    job = service.AnalyzeJob(body.text, body.html, body.url).check()
    doc = await state.work.analysis.run(service.analyze_in_pool, state.work.pool, state.store, job)
    result: dict[str, Any] = doc.to_dict()
    if doc.error is not None:
        status = 422
        if doc.error.type == "fetch_refused":
            status = 403
        elif doc.error.type == "fetch_failed":
            status = 502
        elif doc.error.type == "too_large":
            status = 413
        elif doc.error.type == "timeout":
            status = 504
        raise HTTPException(status, detail=result)
    return result


@router.get("/documents", summary="List stored documents (newest first)")
def documents(request: Request, outlet: str | None = None, technique: str | None = None,
              limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
    state = get_state(request)
    items = service.list_documents(state.store, outlet, technique, limit, offset)
    return {"documents": items, "limit": limit, "offset": offset}


@router.get("/documents/{doc_id}", summary="One stored document as the output-contract object")
def document(doc_id: str, request: Request) -> dict[str, Any]:
    doc = get_state(request).store.get(doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    return doc.to_dict()


@router.get("/search", summary="Full-text search over titles, bodies and comments")
async def search(request: Request, q: str = Query(..., min_length=1), outlet: str | None = None,
                 technique: str | None = None, limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
    """400 for a query over the length limit; 503 when the query gates are full or the search
    runs past its time limit."""
    state = get_state(request)
    service.check_query(q)
    hits = await state.work.queries.run(service.search, state.store, q, limit, outlet, technique)
    return {"query": q, "hits": hits}


@router.get("/compare", summary="Outlets side by side per event: exactly what `slant compare -o x.json` writes")
async def compare(request: Request, event: str | None = None,
                  threshold: float | None = Query(None, ge=0.0, le=1.0),
                  window_days: int | None = Query(None, ge=-1, le=MAX_WINDOW_DAYS)) -> dict[str, Any]:
    from slant.compare.report import UnknownEvent

    store = get_state(request).store

    def run(deadline: float) -> dict[str, Any]:
        return service.comparison(store, event, threshold, window_days)

    try:
        result: dict[str, Any] = await get_state(request).work.queries.run(run)
    except UnknownEvent:
        raise HTTPException(404, f"no event {event!r} in this corpus") from None
    return result


@router.get("/techniques", summary="What each propaganda technique means: exactly what `slant techniques --json` prints")
def techniques() -> dict[str, Any]:
    """The glossary of the 14 SemEval-2020 Task 11 techniques: label, name, definition, example."""
    return glossary_json()


@router.get("/health", summary="Liveness, loaded analyzers and queue load")
def health(request: Request) -> dict[str, Any]:
    state = get_state(request)
    return {
        "status": "ok",
        "version": __version__,
        "analyzers": list(state.pipeline.analyzer_names),
        "store": "sqlite" if state.persistent else "memory",
        "documents": state.store.counts()["documents"],
        "queue": state.work.stats(),
    }

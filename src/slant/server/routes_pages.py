"""The HTML pages: analyze, document view, corpus browser, outlet comparison, login."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from slant.document import ErrorInfo
from slant.report.view import document_view, pretty
from slant.server import service
from slant.server.deps import COOKIE, get_state, require_page_token, token_matches
from slant.server.templating import render

router = APIRouter(dependencies=[Depends(require_page_token)], include_in_schema=False)
login_router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def analyze_form(request: Request) -> Response:
    return render(request, "analyze.html.j2", error=None, mode="text", value="")


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_submit(
    request: Request,
    mode: str = Form("text"),
    content: str = Form(""),
    url: str = Form(""),
    upload: UploadFile | None = File(None),
) -> Response:
    state = get_state(request)
    text = html = page_url = None
    filename = None
    if upload is not None and upload.filename:
        limits = state.settings.run.limits
        data = await upload.read(limits.max_bytes + 1)
        filename = upload.filename
        kind = service.upload_kind(upload.filename, upload.content_type)
        if len(data) > limits.max_bytes:
            error = ErrorInfo("too_large", limits.too_large("file", len(data)).message)
            return render(request, "analyze.html.j2", status_code=413, error=error, mode=mode, value="")
        decoded = service.decode_upload(data, limits)
        html, text = (decoded, None) if kind == "html" else (None, decoded)
    elif mode == "url":
        page_url = url.strip() or content.strip()
    elif mode == "html":
        html = content
    else:
        text = content
    job = service.AnalyzeJob(text, html, page_url, filename).check()
    doc = await state.work.analysis.run(service.analyze_in_pool, state.work.pool, state.store, job)
    if doc.error is not None:
        return render(request, "analyze.html.j2", status_code=422, error=doc.error, mode=mode,
                      value=content if mode != "url" else url)
    return RedirectResponse(f"/documents/{doc.id}", status_code=303)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request) -> Response:
    doc = get_state(request).store.get(doc_id)
    if doc is None:
        return render(request, "not_found.html.j2", status_code=404, what="document")
    return render(request, "document.html.j2", v=document_view(doc))


#: Highest page number of the corpus browser (bounds the offset it turns into).
MAX_PAGE = 1_000_000


@router.get("/corpus", response_class=HTMLResponse)
async def corpus(request: Request, q: str = "", outlet: str = "", technique: str = "",
                 page: int = Query(1, ge=1, le=MAX_PAGE)) -> Response:
    state = get_state(request)
    size = state.settings.page_size
    q = service.check_query(q.strip())
    hits = await state.work.queries.run(service.search, state.store, q, 50, outlet or None, technique or None) if q else None

    def browse(deadline: float) -> dict[str, object]:
        docs = None if q else service.list_documents(state.store, outlet or None, technique or None, size + 1, (page - 1) * size)
        return {"docs": docs, "outlets": service.outlets(state.store), "techniques": service.techniques(state.store)}

    found = await state.work.queries.run(browse)
    docs = found["docs"]
    more = isinstance(docs, list) and len(docs) > size
    params = {k: v for k, v in {"q": q, "outlet": outlet, "technique": technique}.items() if v}
    return render(
        request, "corpus.html.j2", q=q, outlet=outlet, technique=technique, hits=hits,
        docs=(docs or [])[:size], page=page, more=more, outlets=found["outlets"],
        techniques=found["techniques"], persistent=state.persistent,
        next_query=urlencode({**params, "page": page + 1}), prev_query=urlencode({**params, "page": page - 1}),
        pretty=pretty,
    )


@router.get("/compare", response_class=HTMLResponse)
async def compare(request: Request) -> Response:
    state = get_state(request)

    def build(deadline: float) -> dict[str, object]:
        return service.compare_page(state.store)

    return render(request, "compare.html.j2", **await state.work.queries.run(build))


@login_router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    return render(request, "login.html.j2", next=_local(next), failed=False)


@login_router.post("/login", response_class=HTMLResponse)
def login_submit(request: Request, token: str = Form(...), next: str = Form("/")) -> Response:
    expected = get_state(request).settings.token
    if not expected or not token_matches(token, expected):
        return render(request, "login.html.j2", status_code=401, next=_local(next), failed=True)
    response = RedirectResponse(_local(next), status_code=303)
    set_token_cookie(response, expected)
    return response


def set_token_cookie(response: Response, token: str) -> None:
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")


def _local(target: str) -> str:
    """Only same-site paths as redirect targets (no //evil.example, no schemes)."""
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target

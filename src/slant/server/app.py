"""The web app: `create_app(settings)` builds a FastAPI app; main only wires routers.

The lifespan starts the analysis worker processes (each loads its own pipeline and
models once; the server answers only when all are ready) and the query threads beside
the store; every analysis and search passes the bounded gates of `work.py`, never
the event loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from slant import __version__
from slant.document import Page
from slant.report import STATIC as REPORT_STATIC
from slant.run.pipeline import Pipeline
from slant.run.plugins import registry_snapshot
from slant.run.worker import WorkerSetup, threads_per_worker
from slant.server import routes_api, routes_pages, service
from slant.server.deps import AppState, NeedsLogin, token_matches
from slant.server.security import BodyLimit, SameOriginPosts, SecurityHeaders
from slant.server.settings import Settings
from slant.server.templating import render
from slant.server.work import (
    Lane,
    Overloaded,
    PoolSetup,
    ProcessPool,
    TimedOut,
    WorkerUnavailable,
    WorkQueue,
    default_workers,
)
from slant.store.corpus import QueryTooLong, SearchError, SearchTimeout
from slant.store.sqlite import CorpusStore

if TYPE_CHECKING:
    from starlette.middleware.base import RequestResponseEndpoint

RETRY_AFTER = "2"

#: A short page each worker analyzes once at start, so first-call costs (lazy imports,
#: caches) are paid before the first request.
WARM_UP = Page(source="<warm-up>", kind="text", content=(
    "The council met on Tuesday to discuss the budget for road repairs. Officials said the plan "
    "would cost 4 million euros and that work could start in the spring."
))


def start_work(settings: Settings) -> WorkQueue:
    """The analysis worker processes (each with its own pipeline, onnxruntime threads split so
    workers x threads = cores) and the two gates; blocks until every worker has its models."""
    workers = settings.workers or default_workers()
    config = settings.run.with_(threads=settings.run.threads or threads_per_worker(workers))
    setup = PoolSetup(WorkerSetup(config, registry_snapshot(), (WARM_UP,)), service.analyze_in_worker, settings)
    pool = ProcessPool(setup, workers)
    try:
        pool.wait_ready()
    except BaseException:
        pool.shutdown()
        raise
    analysis: Lane[object] = Lane("analysis", workers, settings.queue, settings.timeout)
    queries: Lane[object] = Lane("query", settings.query_workers, settings.queue, settings.timeout)
    return WorkQueue(analysis, queries, pool)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pipeline = Pipeline(settings.run)  # analyzer names only: the models load in the workers
        work = start_work(settings)
        store = CorpusStore(settings.db if settings.db is not None else ":memory:")
        app.state.slant = AppState(settings, pipeline, store, work, persistent=settings.db is not None)
        try:
            yield
        finally:
            work.shutdown()
            store.close()

    app = FastAPI(
        title="slant",
        version=__version__,
        description="Analyze news pages: propaganda techniques, actor labels, claims, toxic comment threads.",
        lifespan=lifespan,
        docs_url=None,  # the Swagger UI loads from a CDN; the schema itself is at /api/openapi.json
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.include_router(routes_api.router)
    app.include_router(routes_pages.login_router)
    app.include_router(routes_pages.router)
    app.mount("/static", StaticFiles(directory=str(REPORT_STATIC)), name="static")
    install_error_handlers(app)
    # Outermost last: headers on every response, then the body limit, then CSRF refusal.
    app.add_middleware(SameOriginPosts)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)

    token = settings.token  # Settings is frozen: the same value the closure would read later
    if token:
        @app.middleware("http")
        async def openapi_needs_token(request: Request, call_next: RequestResponseEndpoint) -> Response:
            # the schema is an API route too
            if request.url.path == "/api/openapi.json":
                from slant.server.deps import bearer

                if not token_matches(bearer(request), token):
                    return JSONResponse({"detail": "missing or wrong bearer token"}, status_code=401,
                                        headers={"WWW-Authenticate": "Bearer"})
            return await call_next(request)

    return app


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "text/html")


def install_error_handlers(app: FastAPI) -> None:
    def error(request: Request, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> Response:
        if wants_html(request):
            response = render(request, "error.html.j2", status_code=status, status=status, message=message)
            for key, value in (headers or {}).items():
                response.headers[key] = value
            return response
        return JSONResponse({"error": {"type": kind, "message": message}}, status_code=status, headers=headers)

    @app.exception_handler(Overloaded)
    async def overloaded(request: Request, exc: Overloaded) -> Response:
        return error(request, 503, "overloaded", str(exc), {"Retry-After": RETRY_AFTER})

    @app.exception_handler(TimedOut)
    async def timed_out(request: Request, exc: TimedOut) -> Response:
        return error(request, 504, "timeout", str(exc))

    @app.exception_handler(WorkerUnavailable)
    async def unavailable(request: Request, exc: WorkerUnavailable) -> Response:
        return error(request, 503, "unavailable", str(exc), {"Retry-After": RETRY_AFTER})

    @app.exception_handler(service.BadRequest)
    async def bad_request(request: Request, exc: service.BadRequest) -> Response:
        return error(request, 400, "bad_request", str(exc))

    @app.exception_handler(SearchError)
    async def search_refused(request: Request, exc: SearchError) -> Response:
        if isinstance(exc, QueryTooLong):
            return error(request, 400, "query_too_long", str(exc))
        if isinstance(exc, SearchTimeout):
            return error(request, 503, "search_timeout", str(exc), {"Retry-After": RETRY_AFTER})
        return error(request, 400, "bad_query", str(exc))

    @app.exception_handler(NeedsLogin)
    async def needs_login(request: Request, exc: NeedsLogin) -> Response:
        state = request.app.state.slant
        given = request.query_params.get("token")
        if given is not None and token_matches(given, state.settings.token):
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + ("?" + urlencode(rest) if rest else "")
            response = RedirectResponse(target, status_code=303)
            routes_pages.set_token_cookie(response, state.settings.token)
            return response
        if request.method == "GET":
            return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)
        return error(request, 401, "unauthorized", "log in first")

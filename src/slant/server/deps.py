"""Shared route dependencies: app state and token authentication.

With a token configured, API routes need `Authorization: Bearer <token>`;
pages accept the same header or the `slant_token` cookie that /login sets
(HttpOnly, SameSite=Strict). Opening any page with `?token=<token>` sets the
cookie and redirects to the same page without the token in the address.
Without a token (the default, bound to 127.0.0.1) nothing is checked.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import HTTPException, Request

from slant.run.pipeline import Pipeline
from slant.server.settings import Settings
from slant.server.work import WorkQueue
from slant.store.sqlite import CorpusStore

COOKIE = "slant_token"


@dataclass
class AppState:
    settings: Settings
    pipeline: Pipeline
    store: CorpusStore
    work: WorkQueue
    persistent: bool  # False: the in-memory corpus of this process only


def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.slant  # set by create_app; Starlette's State is untyped
    return state


def token_matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


class NeedsLogin(Exception):
    """A page request without a valid token: redirect to the login form."""


def require_api_token(request: Request) -> None:
    expected = get_state(request).settings.token
    if expected and not token_matches(bearer(request), expected):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


def require_page_token(request: Request) -> None:
    expected = get_state(request).settings.token
    if not expected:
        return
    if token_matches(bearer(request), expected) or token_matches(request.cookies.get(COOKIE), expected):
        return
    raise NeedsLogin()

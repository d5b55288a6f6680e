"""How one web app instance is configured (the `slant serve` options)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from slant.config import Limits, RunConfig
from slant.sources.urls import Resolver, system_resolver

#: A URL fetch in a request must leave time for the analysis within the request timeout.
SERVER_FETCH_TIMEOUT = 10.0


@dataclass(frozen=True)
class Settings:
    """Limits and switches for the web app; the defaults are safe for a laptop.

    `run` is the RunConfig every analysis uses (analyzers, limits: page size, private
    addresses, fetch timeout), the same object `slant analyze` builds. `token`: when
    set, every page and API route needs it (bearer header for the API; cookie from
    /login or a one-time ?token= for pages). `workers` analyses run at once, each in its
    own process with its own pipeline (0: one per core); `queue` more may wait; beyond
    that requests get 503. Searches pass the same kind of gate: `query_workers` at once,
    `queue` more waiting, each held to `timeout` (and the search limit in service.py).
    """

    db: Path | None = None
    token: str | None = None
    run: RunConfig = RunConfig(limits=Limits(fetch_timeout=SERVER_FETCH_TIMEOUT))
    max_body_bytes: int = 2_000_000
    timeout: float = 30.0
    workers: int = 0
    queue: int = 8
    query_workers: int = 2
    resolver: Resolver = system_resolver  # DNS for URL fetching (tests inject one)
    page_size: int = 50

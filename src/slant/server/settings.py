"""How one web app instance is configured (the `slant serve` options)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from slant.extract.decode import DEFAULT_MAX_BYTES
from slant.sources.urls import Resolver, system_resolver


@dataclass(frozen=True)
class Settings:
    """Limits and switches for the web app; the defaults are safe for a laptop.

    `token`: when set, every page and API route needs it (bearer header for the
    API; cookie from /login or a one-time ?token= for pages). `workers` analyses
    run at once; `queue` more may wait; beyond that requests get 503.
    """

    db: Path | None = None
    token: str | None = None
    allow_private: bool = False
    max_body_bytes: int = 2_000_000
    max_page_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 30.0
    fetch_timeout: float = 10.0
    workers: int = 1
    queue: int = 8
    analyzers: Sequence[str] | None = None  # None: the default analyzers
    resolver: Resolver = system_resolver  # DNS for URL fetching (tests inject one)
    page_size: int = 50
